//! The site's rounds on the results page and in the report: every round of this site, what
//! changed since the previous round (`changes`), and the community's own view beside the
//! assessors' (`gap`). The arithmetic is `domain::rounds` (exact, only over the indicators
//! answered on both sides); this file gathers the words and the rows.

use super::Page;
use crate::domain::charts::dumbbell::{dumbbell_size, dumbbell_svg, DumbbellRow};
use crate::domain::charts::svg::{esc, table_html, Cell};
use crate::domain::rounds::{self, Counts, Direction, Pair, PairedIndicator};
use crate::domain::scoring::{score_text, Ratio};
use crate::domain::Assessment;
use crate::i18n::rounds::{round_name, NK};
use crate::i18n::{self, Lang};
use crate::routes::Route;
use crate::ui::charts::ChartFigure;
use crate::ui::common::{date, pick, tr};
use leptos::prelude::*;
use std::fmt::Write;

fn direction_word(d: Direction) -> &'static str {
    match d {
        Direction::Improved => tr(NK::Improved),
        Direction::Same => tr(NK::Same),
        Direction::Declined => tr(NK::Declined),
    }
}

/// The words of the three counts: improved / same / declined for a change, community higher /
/// agree / lower for the gap.
const CHANGE_WORDS: [NK; 3] = [NK::Improved, NK::Same, NK::Declined];
const GAP_WORDS: [NK; 3] = [NK::CommunityHigher, NK::Agree, NK::CommunityLower];

/// "ดีขึ้น 8 · เท่าเดิม 10 · ลดลง 2", with the counts as attributes for tests and styles.
fn counts_html(testid: &str, c: Counts, words: [NK; 3]) -> String {
    format!(
        r#"<p class="round-counts" data-testid="{testid}" data-improved="{}" data-same="{}" data-declined="{}"><span class="up">{} {}</span> · <span>{} {}</span> · <span class="down">{} {}</span></p>"#,
        c.improved,
        c.same,
        c.declined,
        esc(tr(words[0])),
        c.improved,
        esc(tr(words[1])),
        c.same,
        esc(tr(words[2])),
        c.declined
    )
}

/// "50.0 → 62.5 (+12.5)", or a dash where either side has no score.
fn before_after(before: Option<Ratio>, after: Option<Ratio>) -> String {
    match rounds::Delta::between(before, after) {
        Some(d) => format!("{} → {} ({})", score_text(before), score_text(after), d.text()),
        None => format!("{} → {}", score_text(before), score_text(after)),
    }
}

/// The per-dimension dumbbell and its table, over the paired indicators of `pair`.
#[allow(clippy::too_many_arguments)]
fn dimension_figure(p: &Page, pair: &Pair, svg_id: &str, testid: &str, title: NK, caption: NK, names: (NK, NK), words: [NK; 3]) -> impl IntoView {
    let inst = &p.inst.instrument;
    let dims: Vec<_> = pair.dimensions.iter().filter(|d| d.before.is_some() || d.after.is_some()).collect();
    let rows: Vec<DumbbellRow> = dims
        .iter()
        .map(|d| {
            let label = inst.dimension(&d.id).map(|x| pick(p.lang, &x.short)).unwrap_or_else(|| d.id.clone());
            let delta = d.delta().map(|x| x.text()).unwrap_or_else(|| tr(NK::NotInBoth).to_string());
            DumbbellRow {
                id: d.id.clone(),
                full: format!("{label}: {}", before_after(d.before, d.after)),
                label,
                first: d.before.map(Ratio::to_f64),
                second: d.after.map(Ratio::to_f64),
                delta_text: delta,
            }
        })
        .collect();
    let table_rows: Vec<Vec<Cell>> = dims
        .iter()
        .map(|d| {
            let name = inst.dimension(&d.id).map(|x| pick(p.lang, &x.name)).unwrap_or_else(|| d.id.clone());
            vec![
                Cell::text(name),
                Cell::num(score_text(d.before)),
                Cell::num(score_text(d.after)),
                Cell::num(d.delta().map(|x| x.text()).unwrap_or_else(|| "–".into())).id(format!("{testid}-delta-{}", d.id)),
                Cell::num(format!("{} / {} / {}", d.counts.improved, d.counts.same, d.counts.declined)),
            ]
        })
        .collect();
    // The column head in short words (the gap's "community higher" would not fit a phone).
    let head = if words == GAP_WORDS { [NK::Higher, NK::Agree, NK::Lower] } else { words };
    let counts_head = format!("{} / {} / {}", tr(head[0]), tr(head[1]), tr(head[2]));
    let table = table_html(
        &[tr(crate::i18n::results::RK::Dimension), tr(names.0), tr(names.1), tr(NK::Difference), &counts_head],
        &table_rows,
    );
    let svg = dumbbell_svg(svg_id, testid, tr(title), (tr(names.0), tr(names.1)), &rows);
    view! {
        <ChartFigure svg_id=svg_id.to_string() file=format!("{}-{testid}", p.file) caption=tr(caption).into()
            size=dumbbell_size(rows.len()) svg legend=().into_any() table table_open=true/>
    }
}

/// The indicators that moved, with their two levels (those that stayed are counted above).
fn moved_table(p: &Page, items: &[&PairedIndicator], testid: &str, names: (NK, NK)) -> String {
    let inst = &p.inst.instrument;
    let rows: Vec<Vec<Cell>> = items
        .iter()
        .map(|i| {
            let label = inst.indicator(&i.id).map(|x| pick(p.lang, &x.label)).unwrap_or_default();
            vec![
                Cell::text(format!("{} {label}", i.id)),
                Cell::num(i.before.to_string()),
                Cell::num(i.after.to_string()),
                Cell::text(direction_word(i.direction())).id(format!("{testid}-{}", i.id)),
            ]
        })
        .collect();
    table_html(&[tr(crate::i18n::results::RK::Indicator), tr(names.0), tr(names.1), tr(NK::Direction)], &rows)
}

/// "answered 24 items, coverage 92%".
fn answered(n: usize, coverage: Option<Ratio>) -> String {
    format!("{} {n} {} · {} {}", tr(NK::Answered), tr(NK::Items), tr(NK::Coverage), i18n::percent_exact(coverage))
}

fn when(lang: Lang, round: u32, d: Option<&str>) -> String {
    match d {
        Some(d) => format!("{} ({})", round_name(lang, round), date(lang, d)),
        None => round_name(lang, round),
    }
}

/// What changed since `before` (the site's previous round on this device).
pub fn changes(p: &Page, before: &Assessment) -> impl IntoView {
    let c = rounds::change(before, p.a, &p.inst.instrument);
    let pair = &c.pair;
    let mut head = format!(
        r#"<p class="round-span" data-testid="changes-rounds">{} → {}</p><p class="muted">{}: {} {}</p>"#,
        esc(&when(p.lang, c.before_round, c.before_date.as_deref())),
        esc(&when(p.lang, c.after_round, c.after_date.as_deref())),
        esc(tr(NK::ChangesBasis)),
        pair.indicators.len(),
        esc(tr(NK::Items)),
    );
    let _ = write!(
        head,
        r#"<ul class="round-coverage"><li>{}: {}</li><li>{}: {}</li></ul>"#,
        esc(&round_name(p.lang, c.before_round)),
        esc(&answered(c.answered_before, c.coverage_before)),
        esc(&round_name(p.lang, c.after_round)),
        esc(&answered(c.answered_after, c.coverage_after)),
    );
    for (ids, label) in [(&pair.only_before, NK::OnlyBefore), (&pair.only_after, NK::OnlyAfter)] {
        if !ids.is_empty() {
            let _ = write!(head, r#"<p class="muted round-left-out">{}: {}</p>"#, esc(tr(label)), esc(&ids.join(", ")));
        }
    }
    let paired = !pair.indicators.is_empty();
    let figures = if paired {
        let overall = format!(
            r#"<p class="round-overall" data-testid="changes-overall"><strong>{}</strong> {}</p>{}"#,
            esc(tr(NK::Overall)),
            esc(&before_after(pair.overall_before, pair.overall_after)),
            counts_html("changes-counts", pair.counts, CHANGE_WORDS)
        );
        let moved: Vec<&PairedIndicator> = pair.indicators.iter().filter(|i| i.direction() != Direction::Same).collect();
        let table = moved_table(p, &moved, "change", (NK::Before, NK::After));
        view! {
            <div class="blk" inner_html=overall></div>
            {dimension_figure(p, pair, "chart-changes", "change-chart", NK::ChangeChartTitle, NK::ChangeCaption, (NK::PreviousRound, NK::ThisRoundHead), CHANGE_WORDS)}
            {(!moved.is_empty()).then(|| view! {
                <h3 class="round-subhead">{tr(NK::ByIndicator)}</h3>
                <div class="chart-table" inner_html=table></div>
            })}
        }
        .into_any()
    } else {
        view! { <p class="notice" data-testid="changes-none">{tr(NK::NothingPaired)}</p> }.into_any()
    };
    view! {
        <section class="card results-section rounds-section" data-testid="changes" aria-labelledby="changes-h">
            <h2 id="changes-h">{tr(NK::ChangesTitle)}</h2>
            <div class="blk" inner_html=head></div>
            {figures}
        </section>
    }
}

/// The community's own view beside the assessors' (only when the community gave levels).
pub fn gap(p: &Page) -> Option<impl IntoView> {
    if !rounds::has_community_lens(p.a) {
        return None;
    }
    let g = rounds::gap(p.a, &p.inst.instrument);
    let pair = &g.pair;
    let inst = &p.inst.instrument;
    let head = format!(
        r#"<p class="hint">{}</p><p class="round-overall" data-testid="gap-overall"><strong>{}</strong> {} {} · {} {}{}</p><p data-testid="gap-community-overall">{}: <strong class="num">{}</strong> ({} {} {})</p>{}"#,
        esc(tr(NK::GapIntro)),
        esc(tr(NK::Overall)),
        esc(tr(NK::Assessors)),
        esc(&score_text(pair.overall_before)),
        esc(tr(NK::Community)),
        esc(&score_text(pair.overall_after)),
        esc(&pair.overall_delta().map(|d| format!(" ({} {})", tr(NK::Difference), d.text())).unwrap_or_default()),
        esc(tr(NK::CommunityOverall)),
        esc(&score_text(g.community_overall)),
        esc(tr(NK::Answered)),
        g.community_answered,
        esc(tr(NK::Items)),
        counts_html("gap-counts", pair.counts, GAP_WORDS),
    );
    let mut text = String::new();
    let _ = write!(text, r#"<h3 class="round-subhead">{}</h3>"#, esc(tr(NK::WidestGaps)));
    if g.widest.is_empty() {
        let _ = write!(text, r#"<p data-testid="gap-widest">{}</p>"#, esc(tr(NK::NoGap)));
    } else {
        text.push_str(r#"<ol class="gap-widest" data-testid="gap-widest">"#);
        for i in &g.widest {
            let label = inst.indicator(&i.id).map(|x| pick(p.lang, &x.label)).unwrap_or_default();
            let _ = write!(
                text,
                r#"<li data-testid="gap-{id}"><span class="indicator-id num">{id}</span> {label}<br><span class="muted">{} {} · {} {} · {} {}</span></li>"#,
                esc(tr(NK::Assessors)),
                i.before,
                esc(tr(NK::Community)),
                i.after,
                esc(tr(NK::LevelsApart)),
                i.levels_apart(),
                id = esc(&i.id),
                label = esc(&label),
            );
        }
        text.push_str("</ol>");
    }
    let figure = (!pair.indicators.is_empty())
        .then(|| dimension_figure(p, pair, "chart-gap", "gap-chart", NK::GapChartTitle, NK::GapCaption, (NK::Assessors, NK::Community), GAP_WORDS));
    Some(view! {
        <section class="card results-section rounds-section" data-testid="gap" aria-labelledby="gap-h">
            <h2 id="gap-h">{tr(NK::GapTitle)}</h2>
            <div class="blk" inner_html=head></div>
            {figure}
            <div class="blk" inner_html=text></div>
        </section>
    })
}

/// Every round of this site on this device, with links (only when there is more than one).
pub fn history(p: &Page, all: &[&Assessment]) -> Option<impl IntoView> {
    let list = rounds::site_rounds(all.iter().copied(), p.a.site());
    if list.len() < 2 {
        return None;
    }
    let items: Vec<_> = list
        .into_iter()
        .map(|a| {
            let label = when(p.lang, a.round, a.profile.assessment_date.as_deref());
            let current = a.id == p.a.id;
            let href = Route::Results { id: a.id.clone() }.to_hash();
            view! {
                <li data-testid=format!("site-round-{}", a.round)>
                    {if current {
                        view! { <strong aria-current="page">{label} " · " {tr(NK::ThisRound)}</strong> }.into_any()
                    } else {
                        view! { <a href=href>{label}</a> }.into_any()
                    }}
                </li>
            }
        })
        .collect();
    Some(view! {
        <nav class="card results-section site-history no-print" data-testid="site-history" aria-labelledby="history-h">
            <h2 id="history-h">{tr(NK::SiteHistory)}</h2>
            <ol>{items}</ol>
        </nav>
    })
}
