//! The four charts of the results page, each with its caption, legend and table: dimensions
//! (radar), pillars and BCG (bars), indicators (bars grouped by dimension) and the network.
//! The markup comes from `domain::charts::svg`; this file only gathers the data.

use super::{band_label, Page};
use crate::domain::charts::bars::{BarGroupInput, BarInput, BarLayoutOptions};
use crate::domain::charts::marks::short_label;
use crate::domain::charts::network::{NetworkEdge, NetworkNode};
use crate::domain::charts::svg::{self, table_html, BarNote, Cell, RadarAxisInput};
use crate::domain::instrument::Term;
use crate::domain::scoring::Ratio;
use crate::i18n::results::RK;
use crate::i18n::{self, K};
use crate::ui::charts::{missing_legend, ChartFigure};
use crate::ui::common::{pick, tr};
use leptos::prelude::*;

fn note(value: Option<Ratio>, full: String, not_applicable: bool) -> BarNote {
    let value_text = match value {
        Some(_) => i18n::score(value),
        None if not_applicable => tr(RK::Na).to_string(),
        None => "–".to_string(),
    };
    BarNote {
        value_text,
        full,
        not_applicable,
    }
}

fn section(id: &'static str, class: &'static str, title: RK, body: AnyView) -> impl IntoView {
    view! {
        <section class=class aria-labelledby=id>
            <h2 id=id>{tr(title)}</h2>
            {body}
        </section>
    }
}

/// The radar of dimensions, with the table of every dimension's score below it.
pub fn dimensions(p: &Page) -> impl IntoView {
    let inst = &p.inst.instrument;
    let axes: Vec<RadarAxisInput> =
        p.r.dimensions
            .iter()
            .map(|d| RadarAxisInput {
                id: d.id.clone(),
                label: inst
                    .dimension(&d.id)
                    .map(|x| pick(p.lang, &x.short))
                    .unwrap_or_else(|| d.id.clone()),
                value: d.score.map(Ratio::to_f64),
                text: i18n::score(d.score),
            })
            .collect();
    let rows: Vec<Vec<Cell>> =
        p.r.dimensions
            .iter()
            .map(|d| {
                let name = inst
                    .dimension(&d.id)
                    .map(|x| pick(p.lang, &x.name))
                    .unwrap_or_else(|| d.id.clone());
                let band = d
                    .score
                    .map(|_| band_label(p.lang, &inst.bands, d.band.as_deref()))
                    .unwrap_or_else(|| tr(RK::NoScore).to_string());
                vec![
                    Cell::text(name),
                    Cell::num(i18n::score(d.score)).id(format!("dimension-score-{}", d.id)),
                    Cell::num(format!(
                        "{} / {}",
                        d.answered,
                        d.applicable.saturating_sub(d.not_applicable)
                    )),
                    Cell::text(band),
                ]
            })
            .collect();
    let table = table_html(
        &[
            tr(RK::Dimension),
            tr(RK::Score),
            tr(RK::Answered),
            tr(RK::Level),
        ],
        &rows,
    );
    let svg = svg::radar_svg("chart-radar", "radar-dimensions", tr(RK::RadarTitle), &axes);
    let fig = view! {
        <ChartFigure svg_id="chart-radar".into() file=format!("{}-dimensions", p.file) caption=tr(RK::RadarCaption).into()
            size=svg::RADAR_SIZE svg legend=missing_legend(false).into_any() table table_open=true/>
    };
    section(
        "radar-h",
        "card results-section radar-section",
        RK::RadarTitle,
        fig.into_any(),
    )
}

/// The six food-security pillars and the three BCG letters, as bars.
pub fn pillars(p: &Page) -> impl IntoView {
    let pillar_names = [
        RK::PAvailability,
        RK::PAccess,
        RK::PUtilization,
        RK::PStability,
        RK::PAgency,
        RK::PSustainability,
    ];
    let bcg_names = [RK::BcgB, RK::BcgC, RK::BcgG];
    let mut notes = Vec::new();
    let mut rows = Vec::new();
    let mut group =
        |id: &str, label: RK, results: &[crate::domain::scoring::TagResult], names: &[RK]| {
            let bars = results
                .iter()
                .zip(names)
                .map(|(t, n)| {
                    let name = tr(*n).to_string();
                    let nt = note(t.score, name.clone(), false);
                    rows.push(vec![
                        Cell::text(name.clone()),
                        Cell::num(nt.value_text.clone()),
                        Cell::num(t.answered.to_string()),
                    ]);
                    notes.push(nt);
                    BarInput {
                        id: t.tag.clone(),
                        label: name,
                        value: t.score.map(Ratio::to_f64),
                    }
                })
                .collect();
            BarGroupInput {
                id: id.into(),
                label: tr(label).into(),
                bars,
            }
        };
    let groups = vec![
        group("pillars", RK::Pillars, &p.r.pillars, &pillar_names),
        group("bcg", RK::Bcg, &p.r.bcg, &bcg_names),
    ];
    // 480 units wide so that its 19-unit text prints at about 9.5 pt in a half-page column.
    let options = BarLayoutOptions {
        width: 480.0,
        label_width: 200.0,
        value_width: 64.0,
        row_height: 29.0,
        header_height: 34.0,
        group_gap: 8.0,
        ..Default::default()
    };
    let (svg, size) = svg::bars_svg(
        "chart-pillars",
        "pillars",
        tr(RK::PillarsTitle),
        &groups,
        &notes,
        &options,
        19.0,
    );
    let table = table_html(
        &[tr(RK::PillarsTitle), tr(RK::Score), tr(RK::AnsweredOf)],
        &rows,
    );
    let fig = view! {
        <ChartFigure svg_id="chart-pillars".into() file=format!("{}-pillars", p.file) caption=tr(RK::PillarsCaption).into()
            size svg legend=missing_legend(false).into_any() table/>
    };
    section(
        "pillars-h",
        "card results-section pillars-section",
        RK::PillarsTitle,
        fig.into_any(),
    )
}

/// Every applicable indicator's score, grouped by dimension.
pub fn indicators(p: &Page) -> impl IntoView {
    let inst = &p.inst.instrument;
    let mut notes = Vec::new();
    let mut rows = Vec::new();
    let groups: Vec<BarGroupInput> = inst
        .dimensions
        .iter()
        .filter_map(|d| {
            let bars: Vec<BarInput> =
                p.r.indicators
                    .iter()
                    .filter(|i| i.dimension == d.id)
                    .map(|i| {
                        let full = inst
                            .indicator(&i.id)
                            .map(|x| pick(p.lang, &x.label))
                            .unwrap_or_default();
                        let n = note(i.score, full.clone(), i.not_applicable);
                        let level = i
                            .level
                            .filter(|_| !i.not_applicable)
                            .map(|l| l.to_string())
                            .unwrap_or_else(|| "–".into());
                        rows.push(vec![
                            Cell::text(i.id.clone()),
                            Cell::text(full.clone()),
                            Cell::num(level),
                            Cell::num(n.value_text.clone()),
                        ]);
                        notes.push(n);
                        BarInput {
                            id: i.id.clone(),
                            label: format!("{} {}", i.id, short_label(&full, 16)),
                            value: i.score.map(Ratio::to_f64),
                        }
                    })
                    .collect();
            (!bars.is_empty()).then(|| BarGroupInput {
                id: d.id.clone(),
                label: pick(p.lang, &d.name),
                bars,
            })
        })
        .collect();
    // 480 units wide: 18-unit text prints at about 9.5 pt in a half-page column.
    let options = BarLayoutOptions {
        width: 480.0,
        label_width: 230.0,
        value_width: 58.0,
        row_height: 25.0,
        header_height: 32.0,
        group_gap: 6.0,
        ..Default::default()
    };
    let (svg, size) = svg::bars_svg(
        "chart-indicators",
        "indicator-bars",
        tr(RK::IndicatorsTitle),
        &groups,
        &notes,
        &options,
        18.0,
    );
    let table = table_html(
        &["ID", tr(RK::Indicator), tr(RK::Level), tr(RK::Score)],
        &rows,
    );
    let fig = view! {
        <ChartFigure svg_id="chart-indicators".into() file=format!("{}-indicators", p.file) caption=tr(RK::IndicatorsCaption).into()
            size svg legend=missing_legend(true).into_any() table/>
    };
    section(
        "indicators-h",
        "card results-section indicators-section",
        RK::IndicatorsTitle,
        fig.into_any(),
    )
}

fn term(p: &Page, terms: &[Term], id: &str) -> String {
    terms
        .iter()
        .find(|t| t.id == id)
        .map(|t| pick(p.lang, &t.label))
        .unwrap_or_else(|| id.to_string())
}

/// The partner network as a graph, with the actors and ties as a table.
pub fn network(p: &Page) -> impl IntoView {
    let voc = &p.inst.instrument.network;
    let net = &p.a.network;
    if net.actors.is_empty() {
        let body = view! { <p class="muted" data-testid="network-empty">{tr(RK::NoActorsYet)}</p> };
        return section(
            "network-h",
            "card results-section network-section",
            RK::NetworkTitle,
            body.into_any(),
        )
        .into_any();
    }
    let name_of = |id: &str| {
        net.actors
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let nodes: Vec<NetworkNode> = net
        .actors
        .iter()
        .map(|a| NetworkNode {
            id: a.id.clone(),
            label: a.name.clone(),
            level: voc.levels.iter().position(|l| l.id == a.level),
            weight: None,
        })
        .collect();
    let edges: Vec<NetworkEdge> = net
        .ties
        .iter()
        .map(|t| NetworkEdge {
            from: t.from.clone(),
            to: t.to.clone(),
            weight: 1.0,
        })
        .collect();
    let ring_name = |level: Option<usize>| {
        level
            .and_then(|l| voc.levels.get(l))
            .map(|t| pick(p.lang, &t.label))
            .unwrap_or_else(|| tr(RK::NoLevel).to_string())
    };
    let mut used: Vec<Option<usize>> = nodes.iter().map(|n| n.level).collect();
    used.sort_unstable_by_key(|l| l.unwrap_or(usize::MAX));
    used.dedup();
    let rings = used
        .iter()
        .enumerate()
        .map(|(i, l)| format!("{} {}", i + 1, ring_name(*l)))
        .collect::<Vec<_>>()
        .join(" · ");
    let svg = svg::network_svg(
        "chart-network",
        "network-map",
        tr(RK::NetworkTitle),
        &nodes,
        &edges,
        &ring_name,
    );
    let mut rows: Vec<Vec<Cell>> = net
        .actors
        .iter()
        .map(|a| {
            let ties = net
                .ties
                .iter()
                .filter(|t| t.from == a.id || t.to == a.id)
                .count();
            vec![
                Cell::text(a.name.clone()),
                Cell::text(term(p, &voc.actor_types, &a.actor_type)),
                Cell::text(term(p, &voc.levels, &a.level)),
                Cell::num(ties.to_string()),
            ]
        })
        .collect();
    rows.extend(net.ties.iter().map(|t| {
        vec![
            Cell::text(format!("{} → {}", name_of(&t.from), name_of(&t.to))),
            Cell::text(term(p, &voc.tie_types, &t.tie_type)),
            Cell::default(),
            Cell::default(),
        ]
    }));
    let table = table_html(
        &[
            tr(K::ActorName),
            tr(K::ActorType),
            tr(K::ActorLevel),
            tr(RK::TiesCount),
        ],
        &rows,
    );
    let legend = view! {
        <p class="chart-legend network-legend"><strong>{tr(RK::NetworkLevels)} ": "</strong> {rings}</p>
    };
    let fig = view! {
        <ChartFigure svg_id="chart-network".into() file=format!("{}-network", p.file) caption=tr(RK::NetworkCaption).into()
            size=svg::NETWORK_SIZE svg legend=legend.into_any() table/>
    };
    section(
        "network-h",
        "card results-section network-section",
        RK::NetworkTitle,
        fig.into_any(),
    )
    .into_any()
}
