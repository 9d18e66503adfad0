//! `#/present`: the workshop projected, one view per screen, large type on a light background.
//! Keys: → Page Down space next, ← Page Up previous, Home/End, Esc back to `#/workshop`.
//!
//! The slides follow the saved set live (a second window running `#/workshop` re-weights and
//! the projector follows, through the `storage` event) until "freeze" snapshots the computed
//! model and ranking, so numbers cannot change mid-discussion. Anonymise re-labels the frozen
//! snapshot too: hiding names must always work.

use super::views::{self, Cx};
use super::{gather, load_saved};
use crate::domain::workshop::svg::esc;
use crate::domain::workshop::{Ranking, WorkshopModel, WorkshopSet};
use crate::i18n::workshop::WK;
use crate::platform::{fullscreen, location};
use crate::ui::common::tr;
use crate::ui::shell::use_app;
use crate::ui::store::{instrument, use_store};
use leptos::prelude::*;

#[component]
pub fn PresentPage() -> impl IntoView {
    let store = use_store();
    let lang = use_app().lang.get_untracked();
    let Ok(inst) = instrument() else {
        return ().into_any();
    };
    let (set0, imported0) = load_saved();
    let anon = RwSignal::new(set0.anonymous);
    let saved = RwSignal::new((set0, imported0));
    let reload = window_event_listener(leptos::ev::storage, move |_| saved.set(load_saved()));
    on_cleanup(move || reload.remove());
    // "Hide names" on the page reaches an open projector like every other change: the saved
    // flag is followed whenever it changes (the projector's own button still toggles it here).
    let saved_anon = Memo::new(move |_| saved.with(|(s, _)| s.anonymous));
    Effect::new(move |_| anon.set(saved_anon.get()));

    // Never compared: a `PartialEq` of the whole model would cost more wasm than it saves.
    let live = Memo::new_with_compare(
        move |_| {
            saved.with(|(set, imported)| {
                let model =
                    WorkshopModel::build(&gather(store, &set.chosen, imported), &inst.instrument);
                let ranking = Ranking::compute(&model, &set.all_weights(&inst.instrument));
                (model, ranking)
            })
        },
        |_, _| true,
    );
    let frozen = RwSignal::new(None::<(WorkshopModel, Ranking)>);
    // The proposals (and their votes) as they were when the deck was frozen.
    let frozen_proposals = RwSignal::new(None::<Vec<crate::domain::workshop::proposals::Proposal>>);
    let slides = Memo::new(move |_| {
        let anon = anon.get();
        let is_frozen = frozen.with(Option::is_some);
        let build = |(m, r): &(WorkshopModel, Ranking)| {
            let cx = Cx {
                inst,
                lang,
                anon,
                model: m,
                ranking: r,
                present: true,
            };
            if m.sites.is_empty() {
                return Vec::new();
            }
            // The order and the overlay's sites follow the page live, but not while frozen.
            let choices = |(set, _): &(WorkshopSet, Vec<_>)| (set.sort, set.overlay_keys(r));
            let (sort, overlay) = if is_frozen { saved.with_untracked(choices) } else { saved.with(choices) };
            let mut slides = views::deck(&cx, sort, &overlay)
                .iter()
                .map(|s| format!("<h1>{}</h1>{}", esc(&s.title), s.html).replace("data-testid=\"heatmap-row\"", ""))
                .collect::<Vec<String>>();
            // The proposals, one a slide, after the views they came from.
            let proposals = match frozen_proposals.get() {
                Some(p) => p,
                None => saved.with(|(set, _)| set.proposals.clone()),
            };
            let list = saved.with_untracked(|(set, imported)| gather(store, &set.chosen, imported));
            let px = crate::ui::proposals::text::Px {
                inst,
                lang,
                anon,
                src: crate::domain::workshop::proposals::Sources { assessments: &list, model: m, inst: &inst.instrument },
            };
            slides.extend(px.slides(&proposals, is_frozen));
            // The model-site plan of the same set, as the last slide.
            let label = |id: &str| cx.label(id);
            slides.push(crate::ui::plan::plan_slide(inst, lang, anon.then_some(&label as &dyn Fn(&str) -> String)));
            slides
        };
        match frozen.with(|f| f.as_ref().map(build)) {
            Some(slides) => slides,
            None => live.with(build),
        }
    });
    let index = RwSignal::new(0usize);
    let count = move || slides.with(Vec::len);
    let go = move |delta: i32| {
        let n = count();
        index.update(|i| *i = (*i as i32 + delta).clamp(0, n.saturating_sub(1) as i32) as usize);
    };
    let leave = move || {
        fullscreen::exit();
        location::set_hash("#/workshop");
    };
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        match ev.key().as_str() {
            "ArrowRight" | "PageDown" | " " | "ArrowDown" => go(1),
            "ArrowLeft" | "PageUp" | "ArrowUp" => go(-1),
            "Home" => index.set(0),
            "End" => index.set(count().saturating_sub(1)),
            "Escape" => leave(),
            _ => return,
        }
        ev.prevent_default();
    });
    // In full screen the browser keeps the first Esc for itself (it leaves full screen), so
    // leaving full screen is taken as leaving projection: one Esc is enough either way.
    let was_full = StoredValue::new(false);
    let full = window_event_listener_untyped("fullscreenchange", move |_| {
        if fullscreen::is_active() {
            was_full.set_value(true);
        } else if was_full.get_value() {
            was_full.set_value(false);
            leave();
        }
    });
    on_cleanup(move || {
        keys.remove();
        full.remove();
    });

    // A dot for a proposal, recorded in the set (the proposals page follows); not while frozen.
    let on_vote = move |ev: leptos::ev::MouseEvent| {
        use wasm_bindgen::JsCast;
        if frozen.with_untracked(Option::is_some) {
            return;
        }
        let id = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("[data-vote]").ok().flatten())
            .and_then(|e| e.get_attribute("data-vote"));
        if let Some(id) = id {
            saved.update(|(set, _)| {
                let _ = crate::domain::workshop::proposals::apply(&mut set.proposals, crate::domain::workshop::proposals::Change::Vote(id, 1));
                let _ = crate::platform::storage::set_raw(crate::domain::workshop::SET_KEY, &set.to_json());
            });
        }
    };

    view! {
        <div class="present" data-testid="present" data-anon=move || anon.get().to_string()>
            <article class="slide" aria-live="polite" data-testid="slide" on:click=on_vote inner_html=move || {
                let i = index.get();
                slides.with(|s| s.get(i).cloned().unwrap_or_else(|| format!("<h1>{}</h1>", lang.t(WK::PresentEmpty))))
            }></article>
            <p class="present-progress num" data-testid="progress">{move || format!("{} / {}", index.get() + 1, count().max(1))}</p>
            <nav class="present-bar" aria-label=tr(WK::KeysHint)>
                <button data-testid="prev-slide" on:click=move |_| go(-1)>"← " {tr(WK::Prev)}</button>
                <button data-testid="next-slide" on:click=move |_| go(1)>{tr(WK::Next)} " →"</button>
                <button data-testid="present-anonymise" aria-pressed=move || anon.get().to_string() on:click=move |_| anon.update(|a| *a = !*a)>{tr(WK::Anonymise)}</button>
                <button data-testid="freeze" aria-pressed=move || frozen.with(Option::is_some).to_string() on:click=move |_| {
                    if frozen.with_untracked(Option::is_some) {
                        frozen.set(None);
                        frozen_proposals.set(None);
                    } else {
                        frozen_proposals.set(Some(saved.with_untracked(|(set, _)| set.proposals.clone())));
                        frozen.set(Some(live.get_untracked()));
                    }
                }>{move || if frozen.with(Option::is_some) { lang.t(WK::Frozen) } else { lang.t(WK::Freeze) }}</button>
                <button on:click=move |_| { fullscreen::enter(); }>{tr(WK::FullScreen)}</button>
                <button data-testid="exit-present" on:click=move |_| leave()>{tr(WK::Exit)} " (Esc)"</button>
                <span class="hint">{tr(WK::KeysHint)}</span>
            </nav>
        </div>
    }
    .into_any()
}
