//! The live results panel beside the form (from 1024 px): every dimension's score as it is
//! filled. Dimensions without an answer show "–", never 0.

use crate::domain::fixed::Fixed;
use super::use_editor;
use crate::i18n;
use crate::i18n::K;
use crate::ui::common::{pick, tr};
use crate::ui::shell::use_app;
use crate::ui::store::instrument;
use leptos::prelude::*;

#[component]
pub fn LivePanel() -> impl IntoView {
    let ed = use_editor();
    let lang = use_app().lang.get_untracked();
    let Ok(inst) = instrument() else {
        return ().into_any();
    };
    let dims = move || {
        ed.results
            .with(|r| r.as_ref().map(|r| r.dimensions.clone()).unwrap_or_default())
    };
    view! {
        <aside class="live-panel card" aria-label=tr(K::LiveResults)>
            <h2>{tr(K::LiveResults)}</h2>
            <ul class="dim-bars">
                {move || dims().into_iter().map(|d| {
                        let name = inst.instrument.dimensions.iter().find(|x| x.id == d.id).map(|x| x.name.clone());
                        let w = d.score.map(|s| s.to_f64()).unwrap_or(0.0).clamp(0.0, 100.0);
                        let missing = d.score.is_none();
                        view! {
                            <li class="dim-bar" class:missing=missing>
                                <span class="dim-name">{name.as_ref().map(|n| pick(lang, n)).unwrap_or_default()}</span>
                                <span class="bar-track" aria-hidden="true"><span class="bar-fill" style=format!("width:{w_f1}%", w_f1 = Fixed(w, 1))></span></span>
                                <span class="dim-score num">{i18n::score(d.score)}</span>
                                <span class="dim-count muted num">{d.answered} "/" {d.applicable.saturating_sub(d.not_applicable)}</span>
                            </li>
                        }
                }).collect_view()}
            </ul>
        </aside>
    }
    .into_any()
}
