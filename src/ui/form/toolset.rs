//! Tool set 1 (เครื่องมือชุดที่ 1): the eight qualitative parts, each with its prompt and
//! helper questions and a field that grows.

use super::use_editor;
use crate::domain::assessment::Action;
use crate::i18n::K;
use crate::ui::common::{pick, tr};
use crate::ui::shell::use_app;
use crate::ui::store::instrument;
use leptos::prelude::*;

#[component]
pub fn ToolsetSection() -> impl IntoView {
    let ed = use_editor();
    let lang = use_app().lang.get_untracked();
    let Ok(inst) = instrument() else {
        return ().into_any();
    };
    inst.instrument.toolset.iter().enumerate().map(|(i, part)| {
        let pid = part.id.as_str();
        let field_id = format!("toolset-{pid}");
        view! {
            <section class="card toolset-part" data-testid=format!("toolset-part-{pid}")>
                <h2><span class="num muted">{i + 1} ". "</span>{pick(lang, &part.title)}</h2>
                <p>{pick(lang, &part.prompt)}</p>
                <details>
                    <summary>{tr(K::HelperQuestions)}</summary>
                    <ul>{part.questions.iter().map(|q| view! { <li>{pick(lang, q)}</li> }).collect_view()}</ul>
                </details>
                <label class="visually-hidden" for=field_id.clone()>{pick(lang, &part.title)}</label>
                <textarea id=field_id.clone() data-testid=field_id rows="5"
                    prop:value=move || ed.with(|a| a.toolset.get(pid).cloned().unwrap_or_default())
                    on:input=move |ev| ed.dispatch(Action::SetToolset { part: pid.to_string(), text: event_target_value(&ev) })></textarea>
            </section>
        }
    }).collect_view().into_any()
}
