//! `#/a/<id>/results`: where a site stands, right after the focus group, and the one-page A4
//! report the academic team wants for every site (`style/results.css` holds the print layout).
//!
//! The page is computed once from the stored assessment (a draft or a bundled example) with
//! `domain::scoring::score`; nothing here is reactive except the buttons, and the whole page
//! re-renders when the language changes (see `shell::Screen`).

mod charts;
mod sections;

use crate::domain::instrument::{Band, LoadedInstrument};
use crate::domain::scoring::{score, Results};
use crate::domain::Assessment;
use crate::i18n::results::RK;
use crate::i18n::{self, Lang, K};
use crate::routes::Route;
use crate::domain::assessment::Section;
use crate::ui::common::{date, pick, province_name, site_label, tr, type_name};
use crate::ui::shell::use_app;
use crate::ui::store::{instrument, use_store};
use leptos::prelude::*;

/// What every part of the page reads.
pub(crate) struct Page<'a> {
    pub lang: Lang,
    pub inst: &'static LoadedInstrument,
    pub a: &'a Assessment,
    pub r: &'a Results,
    /// A short prefix for downloaded file names.
    pub file: String,
}

/// The label of a band id (of the overall score or a dimension), or "no score yet".
pub(crate) fn band_label(lang: Lang, bands: &[Band], id: Option<&str>) -> String {
    id.and_then(|b| bands.iter().find(|x| x.id == b))
        .map(|b| pick(lang, &b.label))
        .unwrap_or_else(|| lang.t(K::NoScoreYet).to_string())
}

#[component]
pub fn ResultsPage(id: String) -> impl IntoView {
    let store = use_store();
    let lang = use_app().lang.get_untracked();
    let (Ok(inst), Some(a)) = (instrument(), store.get(&id)) else {
        return view! {
            <section class="card empty-state" data-testid="results-missing">
                <h1>{tr(K::NotFoundAssessment)}</h1>
                <p>{tr(K::NotFoundBody)}</p>
                <a class="button" href="#/">{tr(K::BackToDrafts)}</a>
            </section>
        }
        .into_any();
    };
    let r = score(&a, &inst.instrument);
    let p = Page { lang, inst, a: &a, r: &r, file: format!("gca-{}", a.id.get(..8).unwrap_or("site")) };
    let edit = Route::Edit { id: a.id.clone(), section: Section::Indicators }.to_hash();

    view! {
        <article class="results" data-testid="results" data-id=a.id.clone()>
            {report_header(&p)}
            <div class="row results-actions no-print">
                <button data-testid="print-report" on:click=|_| crate::platform::image::print()>{tr(RK::Print)}</button>
                <a class="button secondary" data-testid="results-edit" href=edit>{tr(RK::EditAssessment)}</a>
                <a class="button quiet" href="#/">{tr(K::BackToDrafts)}</a>
            </div>
            {a.example.then(|| view! { <p class="notice warn example-note">{tr(RK::ExampleData)}</p> })}
            {summary(&p)}
            <div class="results-grid">
                {charts::dimensions(&p)}
                {charts::pillars(&p)}
            </div>
            {sections::top_and_bottom(&p)}
            {charts::indicators(&p)}
            <div class="results-grid">
                {sections::fies(&p)}
                {charts::network(&p)}
            </div>
            {sections::toolset(&p)}
            {sections::factors(&p)}
        </article>
    }
    .into_any()
}

/// Site, type, province, date (Buddhist Era in Thai) and the instrument version: the report's
/// header on screen and on paper.
fn report_header(p: &Page) -> impl IntoView {
    let pr = &p.a.profile;
    let when = pr.assessment_date.as_deref().map(|d| date(p.lang, d)).unwrap_or_else(|| tr(RK::NoDate).to_string());
    let version = if p.a.instrument.version.is_empty() || p.a.instrument.version == p.inst.instrument.version {
        p.inst.instrument.version.clone()
    } else {
        format!("{} → {}", p.a.instrument.version, p.inst.instrument.version)
    };
    view! {
        <header class="report-header" data-testid="report-header">
            <p class="report-kicker">{tr(RK::ReportTitle)}</p>
            <h1 data-testid="results-site">{site_label(p.lang, &pr.site_name)}</h1>
            <p class="report-meta">
                <span>{type_name(p.lang, p.inst, pr.community_type.as_deref())}</span>
                <span>{province_name(p.lang, pr.province.as_deref())}</span>
                <span>{tr(K::AssessmentDate)} " " {when}</span>
                <span>{tr(RK::InstrumentVersion)} " " {version}</span>
            </p>
        </header>
    }
}

/// The overall score with its band (and the provisional mark), and coverage.
fn summary(p: &Page) -> impl IntoView {
    let r = p.r;
    let band = band_label(p.lang, &p.inst.instrument.bands, r.band.as_deref());
    let provisional = r.provisional && r.overall.is_some();
    let to_answer = r.applicable.saturating_sub(r.not_applicable);
    view! {
        <section class="score-summary card" aria-label=tr(K::OverallScore)>
            <div class="figure">
                <span class="figure-label">{tr(K::OverallScore)}</span>
                <span class="figure-value num" data-testid="results-overall">{i18n::score(r.overall)}</span>
            </div>
            <div class="figure">
                <span class="figure-label">{tr(K::Band)}</span>
                <span class="figure-band" data-testid="results-band" data-band=r.band.clone().unwrap_or_default()>{band}</span>
                {provisional.then(|| view! { <span class="provisional" data-testid="results-provisional">{tr(K::Provisional)}</span> })}
            </div>
            <div class="figure">
                <span class="figure-label">{tr(K::Coverage)}</span>
                <span class="figure-value num" data-testid="results-coverage">{i18n::percent(r.coverage)}</span>
                <span class="muted num">{format!("{} {} / {} {}", tr(RK::AnsweredOf), r.answered, to_answer, tr(RK::Items))}</span>
            </div>
        </section>
    }
}
