//! The slim sticky bar that keeps the overall score, coverage, band and save status in view
//! while filling (`overall-score`, `coverage`, `band`, `save-status`).

use super::use_editor;
use crate::i18n::{self, Lang, K};
use crate::ui::common::{pick, tr};
use crate::ui::shell::use_app;
use crate::ui::store::{instrument, use_store, SaveState};
use leptos::prelude::*;

/// The label of a band id in the current language.
pub fn band_label(lang: Lang, band: Option<&str>) -> String {
    let Ok(inst) = instrument() else {
        return String::new();
    };
    band.and_then(|b| inst.instrument.bands.iter().find(|x| x.id == b))
        .map(|b| pick(lang, &b.label))
        .unwrap_or_else(|| lang.t(K::NoScoreYet).to_string())
}

#[component]
pub fn SummaryBar() -> impl IntoView {
    let ed = use_editor();
    let store = use_store();
    let lang = use_app().lang.get_untracked();
    let r = ed.results;
    let overall = move || r.with(|r| i18n::score(r.as_ref().and_then(|r| r.overall)));
    let coverage = move || r.with(|r| i18n::percent_exact(r.as_ref().and_then(|r| r.coverage)));
    let band = move || r.with(|r| band_label(lang, r.as_ref().and_then(|r| r.band.as_deref())));
    let band_id = move || r.with(|r| r.as_ref().and_then(|r| r.band.clone()).unwrap_or_default());
    let provisional = Memo::new(move |_| {
        r.with(|r| {
            r.as_ref()
                .is_some_and(|r| r.provisional && r.overall.is_some())
        })
    });
    let save = move || {
        if ed.read_only.get() {
            return (tr(K::ExampleReadOnlyStatus), "readonly");
        }
        match store.save_state.get() {
            SaveState::Idle => (tr(K::SaveIdle), "saved"),
            SaveState::Pending => (tr(K::SavePending), "pending"),
            SaveState::Saved(_) => (tr(K::SaveSaved), "saved"),
            SaveState::Failed(_) => (tr(K::SaveFailed), "failed"),
        }
    };
    let site = move || ed.with(|a| a.profile.site_name.clone());

    view! {
        <div class="summary-bar" role="region" aria-label=tr(K::LiveResults)>
            <div class="summary-site">{move || crate::ui::common::site_label(lang, &site())}</div>
            <dl class="summary-figures">
                <div>
                    <dt>{tr(K::OverallScore)}</dt>
                    <dd class="score big" data-testid="overall-score">{overall}</dd>
                </div>
                <div>
                    <dt>{tr(K::Band)}</dt>
                    <dd data-testid="band" data-band=band_id class="band-chip">{band}
                        {move || provisional.get().then(|| view! {
                            <span class="provisional" data-testid="provisional">" · " {tr(K::Provisional)}</span>
                        })}
                    </dd>
                </div>
                <div>
                    <dt>{tr(K::Coverage)}</dt>
                    <dd class="score" data-testid="coverage">{coverage}</dd>
                </div>
                <div class="save-wrap">
                    <dt class="visually-hidden">{tr(K::SaveIdle)}</dt>
                    <dd class="save-status" data-testid="save-status" data-state=move || save().1 aria-live="polite">
                        {move || save().0}
                    </dd>
                </div>
            </dl>
            <super::super::drafts::StorageNotice/>
        </div>
    }
}
