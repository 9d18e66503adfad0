//! The markup of one indicator card of the form, written as a string.
//!
//! A card is the form's most repeated element (26–36 per assessment) and the first thing a field
//! worker waits for on a phone. Built as one string and inserted once, it costs one HTML parse
//! instead of about sixty reactive nodes, and a few KB of wasm instead of the framework code that
//! a view tree of this size makes (docs/performance.md). The screen (`ui::form::indicators`)
//! listens to the card's events in one place and keeps the chosen level, N/A and the community's
//! level in step with the assessment through [`CardState`].

use crate::domain::charts::svg::esc;
use std::fmt::Write;

/// The texts of one card, already in the user's language.
pub struct CardText<'a> {
    pub id: &'a str,
    pub label: &'a str,
    pub definition: &'a str,
    pub evidence: Vec<&'a str>,
    pub source: &'a str,
    pub levels: Vec<&'a str>,
    pub level_rule: &'a str,
    /// The previous round's answer ("Previous round · Round 1 (3 Nov 2026): Level 2"), on a
    /// follow-up only.
    pub previous: Option<String>,
    pub words: CardWords<'a>,
}

/// The interface words a card needs (from the message catalogue).
pub struct CardWords<'a> {
    pub evidence_hints: &'a str,
    pub source: &'a str,
    pub community_level: &'a str,
    pub level: &'a str,
    pub clear_community: &'a str,
    pub not_applicable: &'a str,
    pub clear_answer: &'a str,
}

/// What the assessment says about one indicator, as the card shows it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CardState {
    pub level: Option<u8>,
    pub not_applicable: bool,
    pub community: Option<u8>,
}

impl CardState {
    /// The level shown as chosen: none while N/A is ticked.
    pub fn shown(self) -> Option<u8> {
        if self.not_applicable {
            None
        } else {
            self.level
        }
    }

    /// The one level of the radio group that takes the Tab key: the chosen one, else the first.
    pub fn tab_stop(self, n: u8) -> bool {
        self.shown().map_or(n == 0, |l| l == n)
    }

    /// "Clear answer" is offered when a level is chosen and N/A is not ticked.
    pub fn clearable(self) -> bool {
        self.shown().is_some()
    }
}

/// The card's markup below the `<article>`: question, definition, evidence hints, the level
/// rule, the five levels as a WAI-ARIA radio group, the previous round's answer, the
/// community's own level as native radios, and the N/A tick box with "clear answer". Controls
/// carry `data-level`, `data-community` or `data-act` so that one listener serves the card.
/// `state` sets the first drawing; later changes are applied by the screen.
pub fn card_html(t: &CardText, state: CardState) -> String {
    let id = esc(t.id);
    let mut out = String::with_capacity(4096);
    let _ = write!(
        out,
        r#"<header class="indicator-head"><span class="indicator-id num">{id}</span><h3 id="q-{id}">{}</h3></header><p class="definition">{}</p><details class="evidence-hints"><summary>{}</summary><ul>"#,
        esc(t.label),
        esc(t.definition),
        esc(t.words.evidence_hints)
    );
    for e in &t.evidence {
        let _ = write!(out, "<li>{}</li>", esc(e));
    }
    let _ = write!(
        out,
        r#"</ul><p class="muted source">{}: {}</p></details><p class="level-rule" data-testid="level-rule-{id}">{}</p><div class="levels" role="radiogroup" aria-labelledby="q-{id}">"#,
        esc(t.words.source),
        esc(t.source),
        esc(t.level_rule)
    );
    for (n, text) in t.levels.iter().enumerate() {
        let n = n as u8;
        let on = state.shown() == Some(n);
        let _ = write!(
            out,
            r#"<button type="button" role="radio" class="level{}" data-testid="level-{id}-{n}" data-level="{n}" aria-checked="{on}" tabindex="{}"><span class="visually-hidden">{n}: </span>{}</button>"#,
            if on { " selected" } else { "" },
            if state.tab_stop(n) { "0" } else { "-1" },
            esc(text)
        );
    }
    out.push_str("</div>");
    if let Some(p) = &t.previous {
        let _ = write!(out, r#"<p class="previous-answer" data-testid="previous-{id}">{}</p>"#, esc(p));
    }
    let _ = write!(
        out,
        r#"<fieldset class="community-level"><legend>{}</legend><div class="community-choices">"#,
        esc(t.words.community_level)
    );
    for n in 0..t.levels.len() as u8 {
        let _ = write!(
            out,
            r#"<label class="community-choice num"><input type="radio" name="community-{id}" data-testid="community-level-{id}-{n}" data-community="{n}" aria-label="{} {n}"{}>{n}</label>"#,
            esc(t.words.level),
            if state.community == Some(n) { " checked" } else { "" }
        );
    }
    let _ = write!(
        out,
        r#"<button type="button" class="quiet small" data-testid="community-clear-{id}" data-act="community-clear"{}>{}</button></div></fieldset><div class="row indicator-foot"><label class="na-toggle"><input type="checkbox" data-testid="na-{id}" data-act="na"{}>{} (N/A)</label><button type="button" class="quiet" data-act="clear"{}>{}</button></div>"#,
        if state.community.is_some() { "" } else { " hidden" },
        esc(t.words.clear_community),
        if state.not_applicable { " checked" } else { "" },
        esc(t.words.not_applicable),
        if state.clearable() { "" } else { " hidden" },
        esc(t.words.clear_answer)
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text<'a>(previous: Option<String>) -> CardText<'a> {
        CardText {
            id: "C01",
            label: "ชุมชนมี <อาหาร> พอกินไหม",
            definition: "นิยาม & ความหมาย",
            evidence: vec!["ปฏิทินอาหาร", "บัญชี \"กองทุน\""],
            source: "FAO 2013",
            levels: vec!["ไม่มี", "มีบ้าง", "มีครึ่งหนึ่ง", "มีเกือบทั้งหมด", "มีครบ"],
            level_rule: "เลือกระดับสูงสุดที่เข้าเงื่อนไขครบทุกข้อ",
            previous,
            words: CardWords {
                evidence_hints: "หลักฐานที่ควรดู",
                source: "ที่มา",
                community_level: "ระดับที่ชุมชนให้",
                level: "ระดับ",
                clear_community: "ล้างระดับของชุมชน",
                not_applicable: "ไม่เกี่ยวข้อง",
                clear_answer: "ล้างคำตอบ",
            },
        }
    }

    #[test]
    fn text_from_the_instrument_is_escaped() {
        let html = card_html(&text(Some("รอบก่อน: <b>2</b>".into())), CardState::default());
        assert!(html.contains("ชุมชนมี &lt;อาหาร&gt; พอกินไหม"));
        assert!(html.contains("นิยาม &amp; ความหมาย"));
        assert!(html.contains("บัญชี &quot;กองทุน&quot;"));
        assert!(html.contains("รอบก่อน: &lt;b&gt;2&lt;/b&gt;"));
        assert!(!html.contains("<b>"));
    }

    #[test]
    fn an_unanswered_card_has_one_tab_stop_on_the_first_level_and_nothing_to_clear() {
        let html = card_html(&text(None), CardState::default());
        assert_eq!(html.matches(r#"aria-checked="true""#).count(), 0);
        assert_eq!(html.matches(r#"aria-checked="false""#).count(), 5);
        assert_eq!(html.matches(r#"tabindex="0""#).count(), 1);
        assert!(html.contains(r#"data-testid="level-C01-0" data-level="0" aria-checked="false" tabindex="0""#));
        assert!(html.contains(r#"data-act="clear" hidden>"#));
        assert!(html.contains(r#"data-act="community-clear" hidden>"#));
        assert!(!html.contains("previous-C01"));
        assert_eq!(html.matches(r#"type="radio" name="community-C01""#).count(), 5);
    }

    #[test]
    fn each_level_and_community_radio_is_named_with_its_number() {
        // The level's number is drawn by CSS (`.level::before`, hidden from assistive
        // technology); the name a screen reader reads is "3: <level text>".
        let html = card_html(&text(None), CardState::default());
        assert!(html.contains(r#"<span class="visually-hidden">3: </span>มีเกือบทั้งหมด</button>"#));
        assert!(html.contains(r#"aria-label="ระดับ 4">4</label>"#));
        // The id and the five hidden numbers: twenty-one spans fewer than a card with a span for
        // each level's number and text, two in each community choice and a spacer.
        assert_eq!(html.matches("<span").count(), 1 + 5);
    }

    #[test]
    fn a_chosen_level_is_checked_and_takes_the_tab_stop_unless_not_applicable() {
        let chosen = CardState { level: Some(3), not_applicable: false, community: Some(2) };
        let html = card_html(&text(None), chosen);
        assert!(html.contains(r#"class="level selected" data-testid="level-C01-3" data-level="3" aria-checked="true" tabindex="0""#));
        assert!(html.contains(r#"data-testid="level-C01-0" data-level="0" aria-checked="false" tabindex="-1""#));
        assert!(html.contains(r#"data-testid="community-level-C01-2" data-community="2" aria-label="ระดับ 2" checked>2</label>"#));
        assert!(html.contains(r#"data-act="clear">"#));
        let na = CardState { not_applicable: true, ..chosen };
        let html = card_html(&text(None), na);
        assert_eq!(html.matches(r#"aria-checked="true""#).count(), 0, "N/A hides the kept level");
        assert!(html.contains(r#"data-act="na" checked>"#));
        assert!(html.contains(r#"data-act="clear" hidden>"#));
    }
}
