//! The workshop views as HTML text over the domain's markup (`domain::workshop::svg`): one
//! string per view, inserted with `inner_html`. The page and the projected slides share these
//! builders; only the amount shown differs (`present`). Every name from a file is escaped.

use crate::domain::fixed::Fixed;
use crate::domain::charts::heatmap::{HeatmapColumn, HeatmapRow};
use crate::domain::charts::network::{layout_network, NetworkOptions, NodeSize};
use crate::domain::charts::tilemap::SOUTHERN_PROVINCE_TILES;
use crate::domain::compare::common_core::Basis;
use crate::domain::compare::partners::to_network_input;
use crate::domain::instrument::LoadedInstrument;
use crate::domain::workshop::svg::{self, esc, truncate_words, TileInput};
use crate::platform::segment::mark_words;
use crate::domain::workshop::{Ranking, SortKey, WorkshopModel};
use crate::i18n::workshop::WK;
use crate::i18n::Lang;
use crate::ui::common::{pick, province_name, type_name};

/// What every view needs.
pub struct Cx<'a> {
    pub inst: &'a LoadedInstrument,
    pub lang: Lang,
    pub anon: bool,
    pub model: &'a WorkshopModel,
    pub ranking: &'a Ranking,
    pub present: bool,
}

/// One view: a finding as its title, what it shows, and the drawing.
#[derive(Clone, Debug, PartialEq)]
pub struct Slide {
    /// `map`, `ranking`, `radars`, `heatmap`, `factors`, `toolset`, `network`.
    pub id: &'static str,
    pub topic: &'static str,
    pub title: String,
    pub caption: &'static str,
    pub html: String,
}

/// A message with its `{slot}`s filled.
pub fn fill(template: &str, slots: &[(&str, String)]) -> String {
    let mut out = template.to_string();
    for (k, v) in slots {
        out = out.replace(k, v);
    }
    out
}

impl Cx<'_> {
    fn t(&self, k: WK) -> &'static str {
        self.lang.t(k)
    }
    pub(crate) fn label(&self, key: &str) -> String {
        self.model.label_of(key, self.anon, self.t(WK::Untitled))
    }
    fn type_index(&self, t: Option<&str>) -> Option<usize> {
        let t = t?;
        self.inst
            .instrument
            .community_types
            .iter()
            .position(|c| c.id == t)
    }
    fn type_name(&self, t: Option<&str>) -> String {
        type_name(self.lang, self.inst, t)
    }
    fn dim_short(&self) -> Vec<String> {
        let i = &self.inst.instrument;
        i.dimensions
            .iter()
            .map(|d| pick(self.lang, &d.short))
            .collect()
    }
    fn n_sites(&self) -> usize {
        self.model.sites.len()
    }
}

/// The workshop's re-weighted scores exist only as f64 (free slider weights); they are written
/// with the same one-decimal rule as every other score (halves away from zero).
/// A re-weighted score as every screen writes it: exact, rounded once (halves away from zero).
fn score_text(v: Option<crate::domain::scoring::Ratio>) -> String {
    crate::domain::scoring::score_text(v)
}

/// The colour legend of the community types.
fn type_legend(cx: &Cx) -> String {
    let mut out = String::from("<ul class=\"wk-legend\">");
    for (i, t) in cx.inst.instrument.community_types.iter().enumerate() {
        out.push_str(&format!(
            "<li><span class=\"dot\" style=\"background:{}\"></span>{}</li>",
            svg::type_colour(Some(i)),
            esc(&pick(cx.lang, &t.name))
        ));
    }
    out.push_str("</ul>");
    out
}

pub fn map(cx: &Cx) -> Slide {
    let cov = &cx.model.coverage;
    let tiles: Vec<TileInput> = cov
        .provinces
        .iter()
        .zip(SOUTHERN_PROVINCE_TILES.iter())
        .map(|(p, tile)| TileInput {
            name: mark_words(cx.lang.pick(tile.name_th, tile.name_en)),
            count: p.site_count,
            by_type: p
                .by_type
                .iter()
                .map(|(t, n)| (svg::type_colour(cx.type_index(t.as_deref())), *n))
                .collect(),
        })
        .collect();
    let missing = cov.provinces_without_sites.len();
    let title = if missing == 0 {
        cx.t(WK::MapFull).to_string()
    } else {
        fill(cx.t(WK::MapGap), &[("{n}", missing.to_string())])
    };
    let mut side = type_legend(cx);
    if missing > 0 {
        side.push_str(&format!(
            "<h3>{}</h3><ul class=\"wk-list\">",
            cx.t(WK::MissingProvinces)
        ));
        for iso in &cov.provinces_without_sites {
            side.push_str(&format!(
                "<li>{}</li>",
                esc(&province_name(cx.lang, Some(iso)))
            ));
        }
        side.push_str("</ul>");
    }
    if !cov.sites_without_province.is_empty() && !cx.present {
        side.push_str(&format!(
            "<h3>{}</h3><ul class=\"wk-list\">",
            cx.t(WK::NoProvinceSites)
        ));
        for k in &cov.sites_without_province {
            side.push_str(&format!("<li>{}</li>", esc(&cx.label(k))));
        }
        side.push_str("</ul>");
    }
    Slide {
        id: "map",
        topic: cx.t(WK::MapTopic),
        caption: cx.t(WK::MapCaption),
        html: format!(
            "<div class=\"wk-split\"><div class=\"wk-chart\">{}</div><div class=\"wk-side\">{side}</div></div>",
            svg::tile_map(&tiles, &title, if cx.present { 800.0 } else { 560.0 })
        ),
        title,
    }
}

pub fn ranking(cx: &Cx) -> Slide {
    let all: Vec<usize> = (0..cx.ranking.ranked.len()).collect();
    ranking_of(cx, &all)
}

/// The ranking table of the places `positions` (0 = first) of the ranking.
fn ranking_of(cx: &Cx, positions: &[usize]) -> Slide {
    let r = cx.ranking;
    let first = r.ranked.first().filter(|x| !x.unscored);
    let later_page = positions.first().is_some_and(|&p| p > 0);
    let title = match (first, r.stability.first()) {
        // Places 11–20 are not about the first site: their slide says which places it shows.
        _ if later_page => fill(
            cx.t(WK::RankPlaces),
            &[
                ("{a}", positions.first().map(|p| p + 1).unwrap_or(1).to_string()),
                ("{b}", positions.last().map(|p| p + 1).unwrap_or(1).to_string()),
                ("{n}", r.ranked.len().to_string()),
            ],
        ),
        (Some(f), Some(s)) => fill(
            cx.t(WK::RankLead),
            &[
                ("{site}", cx.label(&f.key)),
                ("{p}", Fixed(s.kept_rank_share * 100.0, 0).to_string()),
            ],
        ),
        _ => cx.t(WK::RankTopic).to_string(),
    };
    // Sites of different types are scored on the shared core only: the projected ranking
    // says so, since those scores differ from each site's own results page.
    let mut html = if cx.present && matches!(cx.model.basis, Basis::CoreOnly) {
        format!("<p class=\"wk-basis\" data-testid=\"basis-note\">{}</p>", esc(&basis_note(cx)))
    } else {
        String::new()
    };
    html.push_str(&format!(
        "<table class=\"wk-table wk-ranking\"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th class=\"num\">{}</th><th>{}</th><th class=\"num\">{}</th></tr></thead><tbody>",
        cx.t(WK::Rank),
        cx.t(WK::Site),
        cx.t(WK::Type),
        cx.t(WK::Score),
        cx.t(WK::Stability),
        cx.t(WK::RankRange)
    ));
    for &p in positions {
        let (Some(x), Some(st)) = (r.ranked.get(p), r.stability.get(p)) else {
            continue;
        };
        let Some(site) = cx.model.sites.get(x.site_index) else {
            continue;
        };
        let share = st.kept_rank_share * 100.0;
        html.push_str(&format!(
            "<tr data-testid=\"ranking-row\" data-key=\"{}\"><td class=\"num\">{}</td><td>{}<span class=\"sub\">{}</span></td><td><span class=\"dot\" style=\"background:{}\"></span>{}</td>\
             <td class=\"num score\"><span class=\"score-val\">{}</span><span class=\"bar-track\" aria-hidden=\"true\"><span class=\"bar\" style=\"width:{}%\"></span></span></td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            esc(&site.key),
            if x.unscored { "–".to_string() } else { x.rank.to_string() },
            esc(&cx.label(&site.key)),
            esc(&province_name(cx.lang, site.province.as_deref())),
            svg::type_colour(cx.type_index(site.community_type.as_deref())),
            esc(&cx.type_name(site.community_type.as_deref())),
            if x.exact.is_some() { score_text(x.exact) } else { cx.t(WK::NoScore).to_string() },
            Fixed(x.score.unwrap_or(0.0), 0),
            if x.unscored { "–".to_string() } else { format!("{share_f0}%", share_f0 = Fixed(share, 0)) },
            if st.rank_p05 == st.rank_p95 { st.rank_p05.to_string() } else { format!("{}–{}", st.rank_p05, st.rank_p95) },
        ));
    }
    html.push_str("</tbody></table>");
    Slide {
        id: "ranking",
        topic: cx.t(WK::RankTopic),
        title,
        caption: cx.t(WK::RankCaption),
        html,
    }
}

fn dimension_values(cx: &Cx, i: usize) -> Vec<Option<f64>> {
    let site = &cx.model.sites[i];
    cx.inst
        .instrument
        .dimensions
        .iter()
        .map(|d| site.dimension(&d.id))
        .collect()
}

pub fn radars(cx: &Cx) -> Slide {
    let order = cx
        .model
        .sorted(SortKey::Overall, &cx.inst.instrument, Some(cx.ranking));
    radars_of(cx, &order)
}

/// The small multiples of the sites in `order` (indices into the model), best first.
fn radars_of(cx: &Cx, order: &[usize]) -> Slide {
    let inst = &cx.inst.instrument;
    let ids: Vec<String> = inst.dimensions.iter().map(|d| d.id.clone()).collect();
    let means = cx.model.dimension_means(&ids);
    let short = cx.dim_short();
    let scored: Vec<(usize, f64)> = means
        .iter()
        .enumerate()
        .filter_map(|(i, m)| m.map(|m| (i, m)))
        .collect();
    let best = scored
        .iter()
        .cloned()
        .fold(None, |b: Option<(usize, f64)>, x| {
            if b.is_none_or(|b| x.1 > b.1) {
                Some(x)
            } else {
                b
            }
        });
    let worst = scored
        .iter()
        .cloned()
        .fold(None, |b: Option<(usize, f64)>, x| {
            if b.is_none_or(|b| x.1 < b.1) {
                Some(x)
            } else {
                b
            }
        });
    let title = match (best, worst) {
        (Some(b), Some(w)) => fill(
            cx.t(WK::RadarLead),
            &[
                ("{a}", short[b.0].clone()),
                ("{x}", Fixed(b.1, 0).to_string()),
                ("{b}", short[w.0].clone()),
                ("{y}", Fixed(w.1, 0).to_string()),
            ],
        ),
        _ => cx.t(WK::RadarTopic).to_string(),
    };
    let mut html = format!(
        "<p class=\"wk-axes\">↻ {}</p><div class=\"wk-radars\">",
        esc(&short.join(" · "))
    );
    for (n, &i) in order.iter().enumerate() {
        let site = &cx.model.sites[i];
        let name = cx.label(&site.key);
        // The first multiple carries the axis names; the rest stay small and clean.
        let labels: &[String] = if n == 0 && !cx.present { &short } else { &[] };
        html.push_str(&format!(
            "<figure class=\"wk-radar{}\">{}<figcaption><b>{}</b> <span class=\"num\">{}</span></figcaption></figure>",
            if n == 0 && !cx.present { " first" } else { "" },
            svg::radar(&dimension_values(cx, i), labels, if n == 0 && !cx.present { 300.0 } else { 160.0 }, &name),
            esc(&truncate_words(&mark_words(&name), 40)),
            score_text(cx.ranking.exact_of(i))
        ));
    }
    html.push_str("</div>");
    Slide {
        id: "radars",
        topic: cx.t(WK::RadarTopic),
        title,
        caption: cx.t(WK::RadarCaption),
        html,
    }
}

/// The chosen sites overlaid, as a slide whose title says where they differ most.
fn overlay_slide(cx: &Cx, chosen: &[String]) -> Slide {
    let series: Vec<Vec<Option<f64>>> = overlay_sites(cx, chosen)
        .into_iter()
        .map(|i| dimension_values(cx, i))
        .collect();
    let title = match crate::domain::workshop::widest_gap(&series) {
        Some((axis, lo, hi)) => fill(
            cx.t(WK::OverlayLead),
            &[
                ("{n}", series.len().to_string()),
                ("{d}", cx.dim_short()[axis].clone()),
                ("{lo}", Fixed(lo, 0).to_string()),
                ("{hi}", Fixed(hi, 0).to_string()),
            ],
        ),
        None => cx.t(WK::OverlayTitle).to_string(),
    };
    let (chart, legend) = overlay_parts(cx, chosen);
    let html = format!("<div class=\"wk-split\"><div class=\"wk-chart\">{chart}</div><div class=\"wk-side\">{legend}</div></div>");
    Slide {
        id: "overlay",
        topic: cx.t(WK::OverlayTitle),
        title,
        caption: cx.t(WK::RadarCaption),
        html,
    }
}

/// Indices of the chosen sites that are in the model, at most five.
fn overlay_sites(cx: &Cx, chosen: &[String]) -> Vec<usize> {
    chosen
        .iter()
        .filter_map(|k| cx.model.sites.iter().position(|s| s.key == *k))
        .take(crate::domain::workshop::OVERLAY_MAX)
        .collect()
}

/// The overlay of up to five chosen sites, with its legend.
pub fn overlay(cx: &Cx, chosen: &[String]) -> String {
    let (chart, legend) = overlay_parts(cx, chosen);
    chart + &legend
}

/// The overlay's drawing (empty without sites) and its legend, apart.
fn overlay_parts(cx: &Cx, chosen: &[String]) -> (String, String) {
    let idx = overlay_sites(cx, chosen);
    let series: Vec<Vec<Option<f64>>> = idx.iter().map(|&i| dimension_values(cx, i)).collect();
    let chart = if series.is_empty() {
        String::new()
    } else {
        svg::overlay(&series, &cx.dim_short(), 520.0, cx.t(WK::OverlayTitle))
    };
    let mut legend = String::from("<ol class=\"wk-series\">");
    for (n, &i) in idx.iter().enumerate() {
        legend.push_str(&format!(
            "<li>{}{}</li>",
            svg::series_key(n),
            esc(&cx.label(&cx.model.sites[i].key))
        ));
    }
    legend.push_str("</ol>");
    (chart, legend)
}

/// Escaped HTML of a name that may break after its first word only: the browser's own Thai
/// breaking cut type names as "ชุมชนเกษตรอัต / ลักษณ์" and "ชุมชนประมงสี / เขียว" in narrow
/// table headers. Names with spaces (English) break at spaces as usual.
fn break_after_first_word(name: &str) -> String {
    let marked = mark_words(name);
    match marked.split_once(svg::WORD_BREAK) {
        Some((first, rest)) if !name.contains(' ') => format!(
            "{}<wbr><span class=\"nowrap\">{}</span>",
            esc(first),
            esc(&rest.replace(svg::WORD_BREAK, ""))
        ),
        _ => esc(name),
    }
}

/// The attributes of a box that scrolls sideways on the page: a named region in the tab order,
/// so a keyboard user can reach it and scroll it with the arrow keys. Slides never scroll.
fn scroll_region(cx: &Cx, name: &str) -> String {
    if cx.present {
        String::new()
    } else {
        format!(" tabindex=\"0\" role=\"region\" aria-label=\"{}\"", esc(name))
    }
}

/// The legend shared by the heatmap's page and slide: the scale, and only the other states
/// that occur among `rows` (a set compared on the shared core has no "not asked" cell).
fn heat_legend(cx: &Cx, rows: &[HeatmapRow]) -> String {
    use crate::domain::charts::heatmap::CellState;
    let has = |want: fn(&CellState) -> bool| rows.iter().any(|r| r.cells.iter().any(want));
    let mut out = format!("<ul class=\"wk-legend heat\"><li><span class=\"sw ramp\"></span>{} 0 → 100</li>", cx.t(WK::LegendScale));
    if has(|c| matches!(c, CellState::NotApplicable)) {
        out.push_str(&format!("<li><span class=\"sw na\"></span>{}</li>", cx.t(WK::LegendNa)));
    }
    if has(|c| matches!(c, CellState::Unanswered)) {
        out.push_str(&format!("<li><span class=\"sw un\"></span>{}</li>", cx.t(WK::LegendUnanswered)));
    }
    if has(|c| matches!(c, CellState::NotInType)) {
        out.push_str(&format!("<li><span class=\"sw blank\"></span>{}</li>", cx.t(WK::LegendNotAsked)));
    }
    out.push_str("</ul>");
    out
}

pub fn heatmap(cx: &Cx, sort: SortKey) -> Slide {
    heatmap_of(
        cx,
        &cx.model.sorted(sort, &cx.inst.instrument, Some(cx.ranking)),
    )
}

/// The heatmap of the sites in `order` (indices into the model), one row each.
fn heatmap_of(cx: &Cx, order: &[usize]) -> Slide {
    let inst = &cx.inst.instrument;
    let model = cx.model;
    let means = model.column_means();
    let low = means
        .iter()
        .enumerate()
        .filter_map(|(i, m)| m.map(|m| (i, m)))
        .fold(None, |b: Option<(usize, f64)>, x| {
            if b.is_none_or(|b| x.1 < b.1) {
                Some(x)
            } else {
                b
            }
        });
    let title = match low {
        Some((i, m)) => {
            let id = &model.columns[i].0;
            let label = inst.indicator(id).map(|x| pick(cx.lang, &x.label)).unwrap_or_default();
            fill(cx.t(WK::HeatLead), &[("{i}", format!("{id} {}", truncate_words(&mark_words(&label), 28))), ("{x}", Fixed(m, 0).to_string())])
        }
        None => cx.t(WK::HeatTopic).to_string(),
    };
    let columns: Vec<HeatmapColumn> = model
        .columns
        .iter()
        .map(|(id, d)| HeatmapColumn {
            id: id.clone(),
            label: id.clone(),
            group: d.clone(),
        })
        .collect();
    let groups: Vec<(String, String)> = inst.dimensions.iter().map(|d| (d.id.clone(), mark_words(&pick(cx.lang, &d.short)))).collect();
    let rows: Vec<HeatmapRow> = order
        .iter()
        .map(|&i| {
            let s = &model.sites[i];
            HeatmapRow {
                id: s.key.clone(),
                label: mark_words(&cx.label(&s.key)),
                cells: s.indicators.iter().map(|(_, c)| *c).collect(),
                // The N/A reason as the cell's tooltip.
                notes: s
                    .indicators
                    .iter()
                    .map(|(id, _)| {
                        s.na_reasons
                            .iter()
                            .find(|(r, _)| r == id)
                            .map(|(_, why)| format!("{id} N/A: {why}"))
                            .unwrap_or_default()
                    })
                    .collect(),
            }
        })
        .collect();
    let html = format!(
        "{}<div class=\"wk-chart wide\"{}>{}</div>",
        heat_legend(cx, &rows),
        scroll_region(cx, cx.t(WK::HeatTopic)),
        if cx.present {
            // Projected: labels 1.5 × the page's largest, so the 23-column shared core still
            // reads at 28 px or more on a 1920 px screen.
            svg::heatmap(&columns, &groups, &rows, &title, 400.0, 1.5)
        } else {
            svg::heatmap(&columns, &groups, &rows, &title, 300.0, 1.0)
        }
    );
    // The columns are ids on the chart: their names, by dimension, beneath it on the page.
    let mut html = html;
    if !cx.present {
        html.push_str(&format!("<details class=\"wk-key\"><summary>{}</summary><dl>", cx.t(WK::ColumnNames)));
        for (id, _) in &model.columns {
            let name = inst.indicator(id).map(|x| pick(cx.lang, &x.label)).unwrap_or_default();
            html.push_str(&format!("<dt>{}</dt><dd>{}</dd>", esc(id), esc(&name)));
        }
        html.push_str("</dl></details>");
    }
    Slide { id: "heatmap", topic: cx.t(WK::HeatTopic), title, caption: cx.t(WK::HeatCaption), html }
}

/// Factors of one kind (`Some`, a slide) or of every kind (the page): category × type counts,
/// then the texts with their sites.
pub fn factors(cx: &Cx, kind: Option<&str>) -> Slide {
    let inst = &cx.inst.instrument;
    let kinds: Vec<&crate::domain::instrument::Term> = inst
        .factors
        .kinds
        .iter()
        .filter(|k| kind.is_none_or(|w| w == k.id))
        .collect();
    let types = &inst.community_types;
    let term = |list: &[crate::domain::instrument::Term], id: &str| {
        list.iter()
            .find(|t| t.id == id)
            .map(|t| pick(cx.lang, &t.label))
            .unwrap_or_else(|| id.to_string())
    };
    let mut html = String::new();
    let mut title = cx.t(WK::FactorsTopic).to_string();
    for k in &kinds {
        let kind_name = pick(cx.lang, &k.label);
        let groups: Vec<_> = cx.model.factors.iter().filter(|g| g.kind == k.id).collect();
        let lead = match cx.model.top_category(&k.id) {
            Some((cat, n)) if n > 0 => fill(
                cx.t(WK::FactorLead),
                &[
                    ("{kind}", kind_name.clone()),
                    ("{cat}", term(&inst.factors.categories, &cat)),
                    ("{k}", n.to_string()),
                    ("{n}", cx.n_sites().to_string()),
                ],
            ),
            _ => fill(cx.t(WK::FactorNone), &[("{kind}", kind_name.clone())]),
        };
        if kind.is_some() {
            title = lead.clone();
        } else {
            html.push_str(&format!("<h3>{}</h3>", esc(&lead)));
        }
        if groups.is_empty() {
            continue;
        }
        // Category × type counts.
        html.push_str(&format!(
            "<table class=\"wk-table wk-counts\"><thead><tr><th>{}</th>",
            cx.t(WK::Category)
        ));
        for t in types {
            html.push_str(&format!("<th class=\"num\">{}</th>", break_after_first_word(&pick(cx.lang, &t.name))));
        }
        html.push_str(&format!("<th class=\"num\">{}</th></tr></thead><tbody>", cx.t(WK::Total)));
        // The most shared first: the slide quotes the first two, which then support its title.
        let shared = cx.model.categories_by_share(&k.id);
        let cats: Vec<&str> = shared.iter().map(|(c, _)| c.as_str()).collect();
        for cat in &cats {
            html.push_str(&format!(
                "<tr><th>{}</th>",
                esc(&term(&inst.factors.categories, cat))
            ));
            let mut total = 0;
            for t in types {
                let n: usize = groups
                    .iter()
                    .filter(|g| {
                        g.category == *cat && g.community_type.as_deref() == Some(t.id.as_str())
                    })
                    .map(|g| g.count)
                    .sum();
                total += n;
                html.push_str(&format!(
                    "<td class=\"num{}\">{}</td>",
                    if n == 0 { " zero" } else { "" },
                    n
                ));
            }
            let all: usize = groups
                .iter()
                .filter(|g| g.category == *cat)
                .map(|g| g.count)
                .sum();
            let _ = total;
            html.push_str(&format!("<td class=\"num\"><b>{all}</b></td></tr>"));
        }
        html.push_str("</tbody></table>");
        // The words beneath (projection: the two most shared categories, two texts each).
        html.push_str("<div class=\"wk-texts\">");
        for cat in cats.iter().take(if cx.present { 2 } else { usize::MAX }) {
            html.push_str(&format!(
                "<h4>{}</h4><ul>",
                esc(&term(&inst.factors.categories, cat))
            ));
            let texts = groups
                .iter()
                .filter(|g| g.category == *cat)
                .flat_map(|g| g.texts.iter());
            for t in texts.take(if cx.present { 2 } else { usize::MAX }) {
                html.push_str(&format!(
                    "<li>{} <span class=\"sub\">— {}</span></li>",
                    esc(&if cx.present { truncate_words(&mark_words(&t.text), 90) } else { t.text.clone() }),
                    esc(&cx.label(&t.site_key))
                ));
            }
            html.push_str("</ul>");
        }
        html.push_str("</div>");
    }
    Slide {
        id: "factors",
        topic: cx.t(WK::FactorsTopic),
        title,
        caption: cx.t(WK::FactorsCaption),
        html,
    }
}

/// Tool set 1: the whole part × site table (the page) or one part's answers as cards (a slide).
pub fn toolset(cx: &Cx, part: Option<usize>) -> Slide {
    let inst = &cx.inst.instrument;
    let table = &cx.model.toolset;
    let part_name = |p: usize| {
        let id = table.parts.get(p).map(String::as_str).unwrap_or("");
        inst.toolset
            .iter()
            .find(|t| t.id == id)
            .map(|t| pick(cx.lang, &t.title))
            .unwrap_or_else(|| id.to_string())
    };
    let mut html = String::new();
    let title = match part {
        Some(p) => {
            html.push_str("<div class=\"wk-cards\">");
            for (s, key) in table.sites.iter().enumerate() {
                let text = table.cell(p, s);
                if text.is_empty() {
                    continue;
                }
                html.push_str(&format!(
                    "<div class=\"wk-card\"><b>{}</b><p>{}</p></div>",
                    esc(&truncate_words(&mark_words(&cx.label(key)), 30)),
                    esc(&truncate_words(&mark_words(text), if cx.present { 110 } else { 160 }))
                ));
            }
            html.push_str("</div>");
            fill(
                cx.t(WK::ToolsetLead),
                &[
                    ("{part}", part_name(p)),
                    ("{k}", cx.model.toolset_answered(p).to_string()),
                    ("{n}", cx.n_sites().to_string()),
                ],
            )
        }
        None => {
            html.push_str(&format!(
                "<div class=\"wk-scroll\"{}><table class=\"wk-table wk-toolset\"><thead><tr><th>{}</th>",
                scroll_region(cx, cx.t(WK::ToolsetTopic)),
                cx.t(WK::Part)
            ));
            for key in &table.sites {
                html.push_str(&format!("<th>{}</th>", esc(&cx.label(key))));
            }
            html.push_str("</tr></thead><tbody>");
            for p in 0..table.parts.len() {
                html.push_str(&format!("<tr><th>{}</th>", esc(&part_name(p))));
                for s in 0..table.sites.len() {
                    html.push_str(&format!("<td>{}</td>", esc(table.cell(p, s))));
                }
                html.push_str("</tr>");
            }
            html.push_str("</tbody></table></div>");
            cx.t(WK::ToolsetTopic).to_string()
        }
    };
    Slide {
        id: "toolset",
        topic: cx.t(WK::ToolsetTopic),
        title,
        caption: cx.t(WK::ToolsetTopic),
        html,
    }
}

pub fn network(cx: &Cx) -> Slide {
    let inst = &cx.inst.instrument;
    let net = &cx.model.network;
    let title = match net.actors.first() {
        Some(a) => fill(
            cx.t(WK::NetworkLead),
            &[
                ("{actor}", a.name.clone()),
                ("{k}", a.site_count().to_string()),
                ("{n}", cx.n_sites().to_string()),
            ],
        ),
        None => cx.t(WK::NetworkNone).to_string(),
    };
    let levels: Vec<String> = inst.network.levels.iter().map(|l| l.id.clone()).collect();
    // The 60 most shared actors keep the picture readable; the table lists them all.
    let mut shown = net.clone();
    if shown.actors.len() > 60 {
        shown.actors.truncate(60);
        shown.ties.retain(|t| t.a < 60 && t.b < 60);
    }
    let (nodes, edges) = to_network_input(&shown, &levels);
    let layout = layout_network(
        &nodes,
        &edges,
        &NetworkOptions {
            width: 760.0,
            height: 760.0,
            padding: 40.0,
            min_node_radius: 5.0,
            max_node_radius: 22.0,
            size_by: NodeSize::Weight,
        },
    );
    let mut side = format!(
        "<table class=\"wk-table\"><thead><tr><th>{}</th><th class=\"num\">{}</th></tr></thead><tbody>",
        cx.t(WK::Actor),
        cx.t(WK::SitesLinked)
    );
    for a in net.actors.iter().take(if cx.present { 7 } else { 25 }) {
        side.push_str(&format!(
            "<tr><td>{}</td><td class=\"num\">{}</td></tr>",
            esc(&a.name),
            a.site_count()
        ));
    }
    side.push_str("</tbody></table>");
    let html = if net.actors.is_empty() {
        String::new()
    } else {
        format!(
            "<div class=\"wk-split\"><div class=\"wk-chart\">{}</div><div class=\"wk-side\">{side}</div></div>",
            svg::network(&layout, if cx.present { 4 } else { 6 }, &title)
        )
    };
    Slide {
        id: "network",
        topic: cx.t(WK::NetworkTopic),
        title,
        caption: cx.t(WK::NetworkCaption),
        html,
    }
}

/// The basis sentence ("compared on the 15 shared core indicators").
pub fn basis_note(cx: &Cx) -> String {
    let n = cx.model.columns.len().to_string();
    match &cx.model.basis {
        Basis::CoreOnly => fill(cx.t(WK::BasisCore), &[("{n}", n)]),
        Basis::AllIndicators { community_type } => fill(
            cx.t(WK::BasisType),
            &[("{t}", cx.type_name(Some(community_type))), ("{n}", n)],
        ),
    }
}

/// FIES: each site's households with complete answers, stacked by raw-score group (0, 1–3,
/// 4–6, 7–8) with counts, sorted by the share at 4–8 items; sites without household answers
/// listed apart with the kind of data they have.
pub fn fies(cx: &Cx) -> Slide {
    use crate::i18n::fies::FK;
    let m = cx.model;
    let order = m.fies_order();
    let title = match order.first().and_then(|&i| m.fies.get(i)) {
        Some(f) => fill(
            cx.lang.t(FK::SlideLead),
            &[("{site}", cx.label(&f.key)), ("{k}", (f.groups[2] + f.groups[3]).to_string()), ("{n}", f.complete.to_string())],
        ),
        None => cx.lang.t(FK::SlideNone).to_string(),
    };
    let groups = [FK::Group0, FK::Group1, FK::Group2, FK::Group3];
    let mut html = String::from("<p class=\"wk-fies-legend\">");
    for (i, g) in groups.iter().enumerate() {
        html.push_str(&format!("<span><span class=\"fies-key g{i}\"></span>{}</span> ", esc(cx.lang.t(*g))));
    }
    html.push_str(&format!(
        "</p><table class=\"wk-table wk-fies\"><thead><tr><th>{}</th><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th></tr></thead><tbody>",
        cx.lang.t(FK::Site),
        cx.lang.t(FK::GroupsTitle),
        cx.lang.t(FK::Complete),
        cx.lang.t(FK::Share48)
    ));
    for &i in &order {
        let Some(f) = m.fies.get(i) else { continue };
        let mut bar = String::from("<div class=\"fies-stack\">");
        for (g, &count) in f.groups.iter().enumerate() {
            if count > 0 {
                let w = f64::from(count) / f64::from(f.complete.max(1)) * 100.0;
                bar.push_str(&format!("<span class=\"fies-seg g{g}\" style=\"width:{w_f1}%\">{count}</span>", w_f1 = Fixed(w, 1)));
            }
        }
        bar.push_str("</div>");
        html.push_str(&format!(
            "<tr data-testid=\"fies-site-row\" data-key=\"{}\"><td>{}</td><td class=\"wk-fies-bar\">{bar}<span class=\"visually-hidden\">{}</span></td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            esc(&f.key),
            esc(&cx.label(&f.key)),
            esc(&groups.iter().zip(f.groups).map(|(g, c)| format!("{}: {c}", cx.lang.t(*g))).collect::<Vec<_>>().join(", ")),
            f.complete,
            crate::i18n::percent(f.share_4_to_8()),
        ));
    }
    html.push_str("</tbody></table>");
    let without: Vec<String> = m
        .fies
        .iter()
        .filter(|f| f.complete == 0)
        .map(|f| {
            let kind = match f.kind {
                crate::domain::scoring::FiesKind::Summary => FK::KindSummary,
                crate::domain::scoring::FiesKind::None => FK::KindNone,
                _ => FK::Incomplete,
            };
            format!("{} ({})", esc(&cx.label(&f.key)), cx.lang.t(kind))
        })
        .collect();
    if !without.is_empty() {
        html.push_str(&format!("<p class=\"wk-fies-without\">{}: {}</p>", cx.lang.t(FK::WithoutHouseholds), without.join(", ")));
    }
    Slide { id: "fies", topic: cx.lang.t(FK::SlideTopic), title, caption: cx.lang.t(FK::SlideCaption), html }
}

/// Which sites moved since their previous round, and on which dimension: one row per site
/// with an earlier round in the set, largest overall rise first.
pub fn changes(cx: &Cx) -> Slide {
    let order = crate::domain::workshop::rounds::by_overall_change(&cx.model.changes);
    changes_of(cx, &order, 0)
}

/// The change rows `part` (indices of `model.changes`), the first of them at place `from`
/// (0-based) of all: the first slide is titled with the largest rise, the next with their places.
fn changes_of(cx: &Cx, order: &[usize], from: usize) -> Slide {
    use crate::i18n::rounds::round_name;
    let m = cx.model;
    let inst = &cx.inst.instrument;
    let top = order.first().and_then(|&i| m.changes.get(i));
    let title = match top {
        None => cx.lang.t(WK::ChangeNone).to_string(),
        Some(_) if from > 0 => fill(
            cx.lang.t(WK::ChangeMore),
            &[("{a}", (from + 1).to_string()), ("{b}", (from + order.len()).to_string()), ("{n}", m.changes.len().to_string())],
        ),
        Some(c) if c.overall.is_some_and(|d| !d.negative && d.size.tenths() > 0) => fill(
            cx.lang.t(WK::ChangeLead),
            &[("{site}", cx.label(&c.key)), ("{d}", c.overall.map(|d| d.text()).unwrap_or_default())],
        ),
        Some(_) => cx.lang.t(WK::ChangeLeadNone).to_string(),
    };
    let mut html = String::new();
    if !order.is_empty() {
        html.push_str(&format!(
            "<div class=\"wk-scroll\"{}><table class=\"wk-table wk-changes\" data-testid=\"workshop-changes-table\"><thead><tr><th>{}</th>{}<th class=\"num\">{}</th>",
            scroll_region(cx, cx.lang.t(WK::ChangeTopic)),
            esc(cx.lang.t(WK::Site)),
            // The slide names the rounds in its caption; a column of them would not fit at 28 px.
            if cx.present { String::new() } else { format!("<th>{}</th>", esc(cx.lang.t(WK::ChangeRounds))) },
            esc(cx.lang.t(crate::i18n::rounds::NK::Overall)),
        ));
        for d in &inst.dimensions {
            html.push_str(&format!("<th class=\"num\">{}</th>", esc(&pick(cx.lang, &d.short))));
        }
        html.push_str(&format!("<th class=\"num\">{}</th></tr></thead><tbody>", esc(cx.lang.t(WK::ChangeCounts))));
        let cell = |d: Option<crate::domain::rounds::Delta>| match d {
            Some(d) => {
                let class = if d.size.tenths() == 0 { "same" } else if d.negative { "down" } else { "up" };
                format!("<td class=\"num delta {class}\">{}</td>", d.text())
            }
            None => "<td class=\"num\">–</td>".to_string(),
        };
        for &i in order {
            let Some(c) = m.changes.get(i) else { continue };
            html.push_str(&format!(
                "<tr data-testid=\"workshop-change-row\" data-key=\"{}\"><th scope=\"row\">{}</th>{}{}",
                esc(&c.key),
                esc(&cx.label(&c.key)),
                if cx.present {
                    String::new()
                } else {
                    format!("<td class=\"wk-rounds\">{} → {}</td>", esc(&round_name(cx.lang, c.before_round)), esc(&round_name(cx.lang, c.after_round)))
                },
                cell(c.overall),
            ));
            for d in &c.dimensions {
                html.push_str(&cell(*d));
            }
            html.push_str(&format!(
                "<td class=\"num\">{} / {} / {}</td></tr>",
                c.counts.improved, c.counts.same, c.counts.declined
            ));
        }
        html.push_str("</tbody></table></div>");
    }
    Slide { id: "changes", topic: cx.lang.t(WK::ChangeTopic), title, caption: cx.lang.t(WK::ChangeCaption), html }
}

/// The projected deck, in the default order: map, ranking, radars, the overlay of the picked
/// sites (when two or more), heatmap, factors by kind, Tool set 1 parts, then the partner network.
pub fn deck(cx: &Cx, sort: SortKey, overlay: &[String]) -> Vec<Slide> {
    let inst = &cx.inst.instrument;
    let mut slides = vec![map(cx)];
    // Projected text stays at 28 px or more at 1920 × 1080, so many sites take several slides.
    let places: Vec<usize> = (0..cx.ranking.ranked.len()).collect();
    paged(&mut slides, &places, RANKING_ROWS_PER_SLIDE, |part| {
        ranking_of(cx, part)
    });
    let by_score = cx.model.sorted(SortKey::Overall, inst, Some(cx.ranking));
    paged(&mut slides, &by_score, RADARS_PER_SLIDE, |part| {
        radars_of(cx, part)
    });
    if overlay_sites(cx, overlay).len() >= 2 {
        slides.push(overlay_slide(cx, overlay));
    }
    let heat_order = cx.model.sorted(sort, inst, Some(cx.ranking));
    paged(&mut slides, &heat_order, HEATMAP_ROWS_PER_SLIDE, |part| {
        heatmap_of(cx, part)
    });
    slides.push(fies(cx));
    let moved = crate::domain::workshop::rounds::by_overall_change(&cx.model.changes);
    for (n, part) in moved.chunks(CHANGE_ROWS_PER_SLIDE).enumerate() {
        slides.push(changes_of(cx, part, n * CHANGE_ROWS_PER_SLIDE));
    }
    for k in &inst.factors.kinds {
        slides.push(factors(cx, Some(&k.id)));
    }
    for p in 0..cx.model.toolset.parts.len() {
        slides.push(toolset(cx, Some(p)));
    }
    slides.push(network(cx));
    slides
}

/// Sites per projected slide: ten ranking rows, eight radars (two rows of four), ten heatmap rows.
const RANKING_ROWS_PER_SLIDE: usize = 10;
const RADARS_PER_SLIDE: usize = 8;
const HEATMAP_ROWS_PER_SLIDE: usize = 10;
/// Six sites a change slide: a site's name can take two lines at 28 px.
const CHANGE_ROWS_PER_SLIDE: usize = 6;

/// One slide per `per` sites of `order`, titled "… · 1/3", "… · 2/3" when there is more than one.
fn paged(slides: &mut Vec<Slide>, order: &[usize], per: usize, make: impl Fn(&[usize]) -> Slide) {
    let pages: Vec<&[usize]> = order.chunks(per.max(1)).collect();
    for (n, part) in pages.iter().enumerate() {
        let mut slide = make(part);
        if pages.len() > 1 {
            // No-break spaces keep "· 2/3" with the word before it when the title wraps.
            slide.title = format!("{}\u{a0}·\u{a0}{}/{}", slide.title, n + 1, pages.len());
        }
        slides.push(slide);
    }
}
