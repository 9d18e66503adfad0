//! `#/a/<id>/results`: where a site stands, right after the focus group, and the one-page A4
//! report the academic team wants for every site (`style/results.css` holds the print layout).
//!
//! The page is computed once from the stored assessment (a draft or a bundled example) with
//! `domain::scoring::score`; nothing here is reactive except the buttons, and the whole page
//! re-renders when the language changes (see `shell::Screen`).

mod charts;
mod rounds;
mod sections;

use crate::domain::assessment::Section;
use crate::domain::instrument::{Band, LoadedInstrument};
use crate::domain::report_html::{self, SummaryText};
use crate::domain::scoring::{score, Results};
use crate::domain::Assessment;
use crate::i18n::results::RK;
use crate::i18n::{self, Lang, K};
use crate::routes::Route;
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
    let p = Page {
        lang,
        inst,
        a: &a,
        r: &r,
        file: format!("gca-{}", a.id.get(..8).unwrap_or("site")),
    };
    let edit = Route::Edit {
        id: a.id.clone(),
        section: Section::Indicators,
    }
    .to_hash();

    let header = report_header(&p);
    let summary = summary(&p);
    let (strongest, weakest) = sections::top_and_bottom(&p);
    let (fies, toolset, factors) = (
        sections::fies(&p),
        sections::toolset(&p),
        sections::factors(&p),
    );
    let (characteristics, na_reasons, recheck) = sections::rubric(&p);
    // The site's other rounds: drafts and bundled examples on this device, read in place.
    let (changes, history) = store.with_every(|all| {
        let previous = crate::domain::rounds::previous_round(all.iter().copied(), &a);
        (previous.map(|b| rounds::changes(&p, b)), rounds::history(&p, &all))
    });
    let gap = rounds::gap(&p);
    let id = a.id.clone();
    let follow_id = a.id.clone();

    // Two pages on paper, each two columns (`.col`); on a phone the columns dissolve
    // (`display: contents`) and `style/results.css` orders the sections.
    view! {
        <article class="results" data-testid="results" data-id=a.id.clone()>
            <div class="blk" inner_html=header></div>
            <div class="row results-actions no-print">
                <button data-testid="print-report" on:click=|_| crate::platform::image::print()>{tr(RK::Print)}</button>
                <crate::ui::exchange::ExportButton id/>
                <a class="button secondary" data-testid="results-edit" href=edit>{tr(RK::EditAssessment)}</a>
                <button class="secondary" data-testid="start-follow-up" on:click=move |_| crate::ui::drafts::start_follow_up(store, &follow_id)>
                    {tr(crate::i18n::rounds::NK::StartFollowUp)}
                </button>
                <a class="button quiet" href="#/">{tr(K::BackToDrafts)}</a>
            </div>
            {a.example.then(|| view! { <p class="notice warn example-note">{tr(RK::ExampleData)}</p> })}
            <div class="blk" inner_html=summary></div>
            {(!recheck.is_empty()).then(|| view! { <div class="blk" inner_html=recheck></div> })}
            // On screen right after the score (a follow-up is read for its change); on paper a
            // page of its own after the two report pages (`style/results.css`).
            {(changes.is_some() || gap.is_some()).then(|| view! {
                <div class="rounds-page">{changes}{gap}</div>
            })}
            {history}
            <div class="results-grid report-page">
                <div class="col">
                    {charts::dimensions(&p)}
                    <div class="blk" inner_html=strongest></div>
                    <div class="blk" inner_html=factors></div>
                </div>
                <div class="col">
                    {charts::pillars(&p)}
                    <div class="blk" inner_html=weakest></div>
                    <div class="blk" inner_html=fies></div>
                </div>
            </div>
            <div class="results-grid report-page page-two">
                <div class="col">
                    {charts::indicators(&p)}
                </div>
                <div class="col">
                    {charts::network(&p)}
                    <div class="blk" inner_html=toolset></div>
                    <div class="blk" inner_html=characteristics></div>
                    <div class="blk" inner_html=na_reasons></div>
                </div>
            </div>
        </article>
    }
    .into_any()
}

/// Site, type, province, date (Buddhist Era in Thai) and the instrument version: the report's
/// header on screen and on paper.
fn report_header(p: &Page) -> String {
    let pr = &p.a.profile;
    let when = pr
        .assessment_date
        .as_deref()
        .map(|d| date(p.lang, d))
        .unwrap_or_else(|| tr(RK::NoDate).to_string());
    let version = if p.a.instrument.version.is_empty()
        || p.a.instrument.version == p.inst.instrument.version
    {
        p.inst.instrument.version.clone()
    } else {
        format!("{} → {}", p.a.instrument.version, p.inst.instrument.version)
    };
    let meta = [
        type_name(p.lang, p.inst, pr.community_type.as_deref()).to_string(),
        province_name(p.lang, pr.province.as_deref()).to_string(),
        format!("{} {}", tr(K::AssessmentDate), when),
        format!("{} {}", tr(RK::InstrumentVersion), version),
        crate::i18n::rounds::round_name(p.lang, p.a.round),
    ];
    report_html::header_html(
        tr(RK::ReportTitle),
        &site_label(p.lang, &pr.site_name),
        &meta,
    )
}

/// The overall score with its band (and the provisional mark), and coverage.
fn summary(p: &Page) -> String {
    let r = p.r;
    let to_answer = r.applicable.saturating_sub(r.not_applicable);
    report_html::summary_html(&SummaryText {
        overall_label: tr(K::OverallScore).into(),
        overall: i18n::score(r.overall),
        band_label: tr(K::Band).into(),
        band: band_label(p.lang, &p.inst.instrument.bands, r.band.as_deref()),
        band_id: r.band.clone().unwrap_or_default(),
        provisional: (r.provisional && r.overall.is_some()).then(|| tr(K::Provisional).to_string()),
        coverage_label: tr(K::Coverage).into(),
        coverage: i18n::percent_exact(r.coverage),
        answered: format!(
            "{} {} / {} {}",
            tr(RK::AnsweredOf),
            r.answered,
            to_answer,
            tr(RK::Items)
        ),
    })
}
