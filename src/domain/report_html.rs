//! HTML for the read-only text blocks of the results page and its printed report: the header,
//! the overall score, strongest and weakest indicators, FIES, Tool set 1 and the factors.
//!
//! Why strings: like the charts (`charts::svg`), these blocks are static once drawn, and every
//! distinct Leptos `view!` tree is monomorphised into the wasm. Written here as text, they cost
//! a few small functions, are set with one `inner_html` per block, and are tested natively.
//! The caller picks the language; every text and attribute goes through [`esc`], so names and
//! notes typed by a focus group (or a hostile file) stay text.

use crate::domain::fixed::Fixed;
use super::charts::svg::esc;
use std::fmt::Write;

/// The report's header: site, type, province, date and instrument version (`meta`, in order).
pub fn header_html(kicker: &str, site: &str, meta: &[String]) -> String {
    let mut out = format!(
        r#"<header class="report-header" data-testid="report-header"><p class="report-kicker">{}</p><h1 data-testid="results-site">{}</h1><p class="report-meta">"#,
        esc(kicker),
        esc(site)
    );
    for m in meta {
        let _ = write!(out, "<span>{}</span>", esc(m));
    }
    out.push_str("</p></header>");
    out
}

/// The overall score, band and coverage, as written on the page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SummaryText {
    pub overall_label: String,
    pub overall: String,
    pub band_label: String,
    pub band: String,
    /// The band's id (`data-band`), empty for none.
    pub band_id: String,
    /// "provisional", when the score is.
    pub provisional: Option<String>,
    pub coverage_label: String,
    pub coverage: String,
    /// "answered 22 / 24 items".
    pub answered: String,
}

fn figure(out: &mut String, label: &str, body: &str) {
    let _ = write!(
        out,
        r#"<div class="figure"><span class="figure-label">{}</span>{body}</div>"#,
        esc(label)
    );
}

pub fn summary_html(s: &SummaryText) -> String {
    let mut out = format!(
        r#"<section class="score-summary card" aria-label="{}">"#,
        esc(&s.overall_label)
    );
    figure(
        &mut out,
        &s.overall_label,
        &format!(
            r#"<span class="figure-value num" data-testid="results-overall">{}</span>"#,
            esc(&s.overall)
        ),
    );
    let mut band = format!(
        r#"<span class="figure-band" data-testid="results-band" data-band="{}">{}</span>"#,
        esc(&s.band_id),
        esc(&s.band)
    );
    if let Some(p) = &s.provisional {
        let _ = write!(
            band,
            r#"<span class="provisional" data-testid="results-provisional">{}</span>"#,
            esc(p)
        );
    }
    figure(&mut out, &s.band_label, &band);
    figure(
        &mut out,
        &s.coverage_label,
        &format!(
            r#"<span class="figure-value num" data-testid="results-coverage">{}</span><span class="muted num">{}</span>"#,
            esc(&s.coverage),
            esc(&s.answered)
        ),
    );
    out.push_str("</section>");
    out
}

/// One strongest or weakest indicator.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RankedItem {
    pub score: String,
    pub id: String,
    pub label: String,
    /// "Level 3 · good".
    pub level: String,
    /// The descriptor of the level reached.
    pub descriptor: String,
}

/// A list of ranked indicators (`data-testid="<testid>"`, items `<testid>-item`), or `empty`.
pub fn ranked_html(testid: &str, title: &str, items: &[RankedItem], empty: &str) -> String {
    let t = esc(testid);
    let mut out = format!(
        r#"<section class="card results-section ranked" data-testid="{t}"><h2>{}</h2>"#,
        esc(title)
    );
    if items.is_empty() {
        let _ = write!(out, r#"<p class="muted">{}</p>"#, esc(empty));
    } else {
        out.push_str(r#"<ol class="ranked-list">"#);
        for i in items {
            let _ = write!(
                out,
                r#"<li data-testid="{t}-item"><p class="ranked-head"><span class="ranked-score num">{}</span> <strong>{} {}</strong></p><p class="ranked-level"><span class="level-chip num">{}</span> <span class="descriptor">{}</span></p></li>"#,
                esc(&i.score),
                esc(&i.id),
                esc(&i.label),
                esc(&i.level),
                esc(&i.descriptor)
            );
        }
        out.push_str("</ol>");
    }
    out.push_str("</section>");
    out
}

/// One FIES item: its code, question, yes-rate (0–1, for the small bar) and "yes/asked".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FiesRow {
    pub code: String,
    pub text: String,
    pub rate_text: String,
    pub rate: Option<f64>,
    pub yes_of: String,
}

/// One raw-score group of the stacked bar: its label, count and share of complete households.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FiesGroupText {
    pub label: String,
    pub count: u32,
    pub share: Option<f64>,
}

/// The household part of the FIES block (format 2).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FiesHouseholdsText {
    /// "7 of 22 households with complete answers reported …".
    pub sentence: String,
    pub groups_title: String,
    /// Column heads of the groups table: group, households, share.
    pub groups_head: [String; 3],
    /// 0, 1–3, 4–6, 7–8.
    pub groups: Vec<FiesGroupText>,
    pub caveat: String,
    /// Column heads of the items table: item, yes-rate, yes / answered.
    pub head: [String; 3],
    pub rows: Vec<FiesRow>,
}

/// 1.0's site totals, shown apart with their own caveat.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FiesSummaryText {
    pub title: String,
    pub caveat: String,
    pub head: [String; 3],
    pub rows: Vec<FiesRow>,
}

fn fies_items_table(out: &mut String, head: &[String; 3], rows: &[FiesRow]) {
    out.push_str(r#"<table class="data-table fies-table"><thead><tr>"#);
    for h in head {
        let _ = write!(out, r#"<th scope="col">{}</th>"#, esc(h));
    }
    out.push_str("</tr></thead><tbody>");
    for r in rows {
        let width = r.rate.filter(|x| x.is_finite()).map(|x| (x * 100.0).clamp(0.0, 100.0)).unwrap_or(0.0);
        let _ = write!(
            out,
            r#"<tr><th scope="row"><span class="fies-code">{}</span> <span class="fies-text">{}</span></th><td class="num fies-rate">{}<span class="rate-track" aria-hidden="true"><span class="rate-fill" style="width:{width_f0}%"></span></span></td><td class="num muted">{}</td></tr>"#,
            esc(&r.code),
            esc(&r.text),
            esc(&r.rate_text),
            esc(&r.yes_of),
            width_f0 = Fixed(width, 0));
    }
    out.push_str("</tbody></table>");
}

/// The FIES block of the results page and report: the households' sentence, a stacked bar of
/// the raw-score groups with counts (and the same numbers as a table), the item yes-rates and
/// the caveat; then, when the site has them, 1.0's summary counts apart. `empty` is shown when
/// there is neither.
pub fn fies_block_html(title: &str, households: Option<&FiesHouseholdsText>, summary: Option<&FiesSummaryText>, empty: &str) -> String {
    let mut out = format!(
        r#"<section class="card results-section fies-section" data-testid="fies-summary" aria-labelledby="fies-h"><h2 id="fies-h">{}</h2>"#,
        esc(title)
    );
    if let Some(h) = households {
        let _ = write!(out, r#"<p class="fies-sentence" data-testid="fies-sentence">{}</p>"#, esc(&h.sentence));
        let _ = write!(out, r#"<h3 class="fies-groups-title">{}</h3><div class="fies-stack" data-testid="fies-groups-bar" aria-hidden="true">"#, esc(&h.groups_title));
        for (i, g) in h.groups.iter().enumerate() {
            let share = g.share.filter(|x| x.is_finite()).map(|x| (x * 100.0).clamp(0.0, 100.0)).unwrap_or(0.0);
            if g.count > 0 {
                let _ = write!(out, r#"<span class="fies-seg g{i}" style="width:{share_f1}%">{}</span>"#, g.count, share_f1 = Fixed(share, 1));
            }
        }
        out.push_str(r#"</div><table class="data-table fies-groups" data-testid="fies-groups"><thead><tr>"#);
        for x in &h.groups_head {
            let _ = write!(out, r#"<th scope="col">{}</th>"#, esc(x));
        }
        out.push_str("</tr></thead><tbody>");
        for (i, g) in h.groups.iter().enumerate() {
            let pct = g.share.filter(|x| x.is_finite()).map(|x| format!("{}%", Fixed(x * 100.0, 0))).unwrap_or_else(|| "–".into());
            let _ = write!(
                out,
                r#"<tr><th scope="row"><span class="fies-key g{i}" aria-hidden="true"></span>{}</th><td class="num">{}</td><td class="num">{}</td></tr>"#,
                esc(&g.label),
                g.count,
                pct
            );
        }
        out.push_str("</tbody></table>");
        fies_items_table(&mut out, &h.head, &h.rows);
        let _ = write!(out, r#"<p class="caveat" data-testid="fies-caveat">{}</p>"#, esc(&h.caveat));
    }
    if let Some(s) = summary {
        let _ = write!(
            out,
            r#"<div class="fies-summary-counts" data-testid="fies-summary-counts"><h3>{}</h3><p class="caveat" data-testid="{}">{}</p>"#,
            esc(&s.title),
            if households.is_some() { "fies-summary-caveat" } else { "fies-caveat" },
            esc(&s.caveat)
        );
        fies_items_table(&mut out, &s.head, &s.rows);
        out.push_str("</div>");
    }
    if households.is_none() && summary.is_none() {
        let _ = write!(out, r#"<p class="muted" data-testid="fies-caveat">{}</p>"#, esc(empty));
    }
    out.push_str("</section>");
    out
}

/// Tool set 1: each part's title and what the focus group said (`None`: `not_recorded`).
pub fn toolset_html(title: &str, parts: &[(String, Option<String>)], not_recorded: &str) -> String {
    let mut out = format!(
        r#"<section class="card results-section toolset-section" data-testid="toolset-summary" aria-labelledby="toolset-h"><h2 id="toolset-h">{}</h2><dl class="toolset-list">"#,
        esc(title)
    );
    for (part, text) in parts {
        let (class, body) = match text {
            Some(t) => ("toolset-part", t.as_str()),
            None => ("toolset-part empty", not_recorded),
        };
        let _ = write!(
            out,
            r#"<div class="{class}"><dt>{}</dt><dd>{}</dd></div>"#,
            esc(part),
            esc(body)
        );
    }
    out.push_str("</dl></section>");
    out
}

/// A titled list of (term, text) rows, e.g. characteristics seen, N/A reasons, answers to check
/// again; `intro` (may be empty) under the title, `empty` when there are no rows.
pub fn terms_html(testid: &str, title: &str, intro: &str, rows: &[(String, String)], empty: &str) -> String {
    let mut out = format!(
        r#"<section class="card results-section terms-section" data-testid="{}" aria-labelledby="{}-h"><h2 id="{}-h">{}</h2>"#,
        esc(testid),
        esc(testid),
        esc(testid),
        esc(title)
    );
    if !intro.is_empty() {
        let _ = write!(out, r#"<p class="hint">{}</p>"#, esc(intro));
    }
    if rows.is_empty() {
        let _ = write!(out, r#"<p class="muted">{}</p>"#, esc(empty));
    } else {
        out.push_str(r#"<dl class="toolset-list">"#);
        for (term, text) in rows {
            let _ = write!(out, r#"<div class="toolset-part"><dt>{}</dt><dd>{}</dd></div>"#, esc(term), esc(text));
        }
        out.push_str("</dl>");
    }
    out.push_str("</section>");
    out
}

/// One kind of factor: its id, label, and its factors as (category, text).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FactorKind {
    pub id: String,
    pub label: String,
    pub items: Vec<(String, String)>,
}

/// How many factors of each kind, then the texts grouped by kind with their category.
pub fn factors_html(title: &str, kinds: &[FactorKind]) -> String {
    let mut out = format!(
        r#"<section class="card results-section factors-section" data-testid="factors-summary" aria-labelledby="factors-h"><h2 id="factors-h">{}</h2><ul class="factor-counts">"#,
        esc(title)
    );
    for k in kinds {
        let _ = write!(
            out,
            r#"<li data-testid="factor-count-{}"><span class="num factor-n">{}</span> {}</li>"#,
            esc(&k.id),
            k.items.len(),
            esc(&k.label)
        );
    }
    out.push_str(r#"</ul><div class="factor-groups">"#);
    for k in kinds.iter().filter(|k| !k.items.is_empty()) {
        let _ = write!(
            out,
            r#"<div class="factor-group"><h3>{}</h3><ul>"#,
            esc(&k.label)
        );
        for (category, text) in &k.items {
            let _ = write!(
                out,
                r#"<li><span class="tag">{}</span> {}</li>"#,
                esc(category),
                esc(text)
            );
        }
        out.push_str("</ul></div>");
    }
    out.push_str("</div></section>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: &str = r#"<script>alert(1)</script><img src=x onerror=alert(2)>"'&"#;

    /// No tag, attribute or entity can come from the hostile string: only its escaped form.
    fn assert_inert(html: &str) {
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(
            !html.contains(r#""'&""#),
            "raw quotes and ampersand: {html}"
        );
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;"));
        // Every `onerror=` is inside escaped text, never an attribute of a real tag.
        for part in html.split('<').skip(1) {
            let tag = part.split('>').next().unwrap_or_default();
            assert!(!tag.contains("onerror"), "an attribute leaked into <{tag}>");
        }
        // Tags balance: the writer's own markup only.
        assert_eq!(html.matches('<').count() % 2, 0, "{html}");
    }

    fn h() -> String {
        HOSTILE.to_string()
    }

    #[test]
    fn header_escapes_and_keeps_its_test_ids() {
        let s = header_html(HOSTILE, HOSTILE, &[h(), "จ.พัทลุง".into()]);
        assert_inert(&s);
        assert!(
            s.contains(r#"data-testid="report-header""#)
                && s.contains(r#"data-testid="results-site""#)
        );
        assert!(s.contains("<span>จ.พัทลุง</span>"));
    }

    #[test]
    fn summary_escapes_every_field_and_the_band_attribute() {
        let s = SummaryText {
            overall_label: h(),
            overall: "63.4".into(),
            band_label: h(),
            band: h(),
            band_id: r#"x" onerror="alert(1)"#.into(),
            provisional: Some(h()),
            coverage_label: h(),
            coverage: "92%".into(),
            answered: h(),
        };
        let out = summary_html(&s);
        assert!(out.contains(r#"data-band="x&quot; onerror=&quot;alert(1)""#));
        assert!(out.contains(r#"data-testid="results-overall">63.4<"#));
        assert!(out.contains(r#"data-testid="results-provisional""#));
        let no_prov = summary_html(&SummaryText {
            provisional: None,
            ..s
        });
        assert!(!no_prov.contains("results-provisional"));
    }

    #[test]
    fn ranked_lists_items_or_says_none() {
        let item = RankedItem {
            score: "100.0".into(),
            id: "C12".into(),
            label: h(),
            level: h(),
            descriptor: h(),
        };
        let s = ranked_html("strongest", HOSTILE, &[item.clone(), item], "none");
        assert_inert(&s);
        assert_eq!(s.matches(r#"data-testid="strongest-item""#).count(), 2);
        let empty = ranked_html("weakest", "t", &[], "ยังไม่มี");
        assert!(empty.contains(r#"<p class="muted">ยังไม่มี</p>"#) && !empty.contains("<ol"));
    }

    #[test]
    fn the_fies_block_escapes_draws_counts_and_keeps_summary_counts_apart() {
        let row = FiesRow { code: h(), text: h(), rate_text: "30%".into(), rate: Some(0.3), yes_of: "6/20".into() };
        let hh = FiesHouseholdsText {
            sentence: h(),
            groups_title: h(),
            groups_head: [h(), h(), h()],
            groups: vec![
                FiesGroupText { label: h(), count: 12, share: Some(0.6) },
                FiesGroupText { label: h(), count: 8, share: Some(0.4) },
                FiesGroupText { label: h(), count: 0, share: Some(0.0) },
                FiesGroupText { label: h(), count: 0, share: Some(f64::NAN) },
            ],
            caveat: h(),
            head: [h(), h(), h()],
            rows: vec![row.clone()],
        };
        let sum = FiesSummaryText { title: h(), caveat: h(), head: [h(), h(), h()], rows: vec![row] };
        let s = fies_block_html(HOSTILE, Some(&hh), Some(&sum), "none");
        assert_inert(&s);
        for id in ["fies-summary", "fies-sentence", "fies-groups-bar", "fies-groups", "fies-caveat", "fies-summary-counts", "fies-summary-caveat"] {
            assert!(s.contains(&format!(r#"data-testid="{id}""#)), "{id}");
        }
        assert!(s.contains("width:60.0%") && s.contains("width:40.0%"));
        assert_eq!(s.matches("fies-seg ").count(), 2, "empty groups draw no segment");
        let only = fies_block_html("t", None, Some(&sum), "none");
        assert!(!only.contains("fies-groups-bar") && only.contains("fies-summary-counts"));
        assert!(only.contains(r#"data-testid="fies-caveat""#), "the summary's caveat is the block's caveat");
        let none = fies_block_html("t", None, None, "ยังไม่มีข้อมูล");
        assert!(none.contains("ยังไม่มีข้อมูล"));
    }

    #[test]
    fn toolset_marks_parts_not_recorded() {
        let s = toolset_html(
            HOSTILE,
            &[(h(), Some(h())), ("ส่วนที่ 2".into(), None)],
            "ยังไม่ได้บันทึก",
        );
        assert_inert(&s);
        assert!(s.contains(
            r#"<div class="toolset-part empty"><dt>ส่วนที่ 2</dt><dd>ยังไม่ได้บันทึก</dd></div>"#
        ));
    }

    #[test]
    fn factors_count_every_kind_and_list_only_non_empty_ones() {
        let kinds = [
            FactorKind {
                id: "enabling".into(),
                label: h(),
                items: vec![(h(), h()), ("ทุน".into(), "มีกองทุน".into())],
            },
            FactorKind {
                id: r#"x"><script>"#.into(),
                label: "empty".into(),
                items: vec![],
            },
        ];
        let s = factors_html(HOSTILE, &kinds);
        assert_inert(&s);
        assert!(s.contains(
            r#"data-testid="factor-count-enabling"><span class="num factor-n">2</span>"#
        ));
        assert!(s.contains(r#"data-testid="factor-count-x&quot;&gt;&lt;script&gt;"><span class="num factor-n">0</span>"#));
        assert_eq!(s.matches(r#"class="factor-group""#).count(), 1);
        assert!(s.contains(r#"<li><span class="tag">ทุน</span> มีกองทุน</li>"#));
    }

    #[test]
    fn terms_escape_and_say_when_empty() {
        let h = terms_html("na-reasons", "<b>t</b>", "", &[("C01 <i>".into(), "<img onerror=x>".into())], "none");
        assert!(h.contains("&lt;b&gt;t&lt;/b&gt;") && h.contains("&lt;img onerror=x&gt;") && !h.contains("<img"));
        assert!(h.contains(r#"data-testid="na-reasons""#));
        let e = terms_html("x", "T", "intro", &[], "nothing here");
        assert!(e.contains("nothing here") && e.contains("intro"));
    }
}
