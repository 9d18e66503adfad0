//! The figure around a results chart. The chart itself is SVG markup written by
//! `domain::charts::svg` from the pure layouts (strings keep the wasm small; see there).
//!
//! Every chart is a `<figure>` with a visible caption, an SVG `<title>`, a legend in HTML (Thai
//! wraps there, not in SVG), a data table, and buttons to save the chart as SVG or PNG. Missing
//! values are hatched (a pattern, not a colour) and named in the legend. Colours are set as SVG
//! presentation attributes so a downloaded SVG looks the same as on screen; `style/results.css`
//! turns them black-safe for print.

use crate::i18n::results::RK;
use crate::platform::image;
use crate::ui::common::tr;
use leptos::prelude::*;

/// The legend of scored, not applicable and unanswered marks.
pub fn missing_legend(with_na: bool) -> impl IntoView {
    view! {
        <ul class="chart-legend" aria-hidden="true">
            <li><span class="swatch scored"></span>{tr(RK::LegendScored)}</li>
            {with_na.then(|| view! { <li><span class="swatch na"></span>{tr(RK::LegendNa)}</li> })}
            <li><span class="swatch unanswered"></span>{tr(RK::LegendUnanswered)}</li>
        </ul>
    }
}

/// A chart with its caption, legend, table and download buttons.
///
/// `table_open`: the table is shown below the chart (for short, essential tables); otherwise
/// it sits in a `<details>` that screen readers and curious readers can open.
#[component]
pub fn ChartFigure(
    svg_id: String,
    /// The downloaded file's name, without extension.
    file: String,
    caption: String,
    /// The SVG's size in CSS pixels for the PNG download.
    size: (f64, f64),
    /// The chart's SVG markup (from `domain::charts::svg`).
    svg: String,
    legend: AnyView,
    /// The data table's markup (`domain::charts::svg::table_html`).
    table: String,
    #[prop(optional)] table_open: bool,
) -> impl IntoView {
    let (sid, sid2, f2) = (svg_id.clone(), svg_id, file.clone());
    view! {
        <figure class="chart-figure">
            <figcaption class="chart-caption">{caption}</figcaption>
            <div class="chart-box" inner_html=svg></div>
            {legend}
            {if table_open {
                view! { <div class="chart-table" inner_html=table></div> }.into_any()
            } else {
                view! { <details class="chart-table"><summary>{tr(RK::ShowTable)}</summary><div inner_html=table></div></details> }.into_any()
            }}
            <div class="chart-downloads row no-print">
                <button class="secondary small" on:click=move |_| { let _ = image::download_svg(&sid, &format!("{file}.svg")); }>
                    {tr(RK::DownloadSvg)}
                </button>
                <button class="secondary small" on:click=move |_| { let _ = image::download_png(&sid2, &format!("{f2}.png"), size.0, size.1); }>
                    {tr(RK::DownloadPng)}
                </button>
            </div>
        </figure>
    }
}
