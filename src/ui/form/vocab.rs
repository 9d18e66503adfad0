//! A `<select>` over one of the instrument's vocabularies (factor kinds, categories, actor
//! types, levels, tie types), labelled in the current language.

use crate::domain::instrument::Term;
use crate::ui::common::pick;
use crate::ui::shell::use_app;
use leptos::prelude::*;

#[component]
pub fn TermSelect(
    id: String,
    terms: &'static [Term],
    #[prop(into)] value: Signal<String>,
    on_pick: impl Fn(String) + 'static,
    #[prop(optional)] testid: Option<String>,
) -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    view! {
        <select id=id data-testid=testid prop:value=move || value.get() on:change=move |ev| on_pick(event_target_value(&ev))>
            {terms.iter().map(|t| {
                let tid = t.id.clone();
                let tid2 = t.id.clone();
                view! { <option value=tid selected=move || value.get() == tid2>{pick(lang, &t.label)}</option> }
            }).collect_view()}
        </select>
    }
}
