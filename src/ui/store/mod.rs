//! The app's data in the browser: the bundled instrument and examples, every draft, the
//! trash, drafts that could not be read, and the autosave state.
//!
//! One plain `Assessment` value per draft, changed only through `Assessment::apply` (the
//! domain reducer). Everything else (scores, completion, lists) is derived where it is shown.

mod bundled;
mod persist;

pub use bundled::{example, examples, instrument, load, LoadError};
use bundled::load_examples;
pub use persist::{TrashEntry, Unreadable};

use crate::domain::assessment::{uuid_v4_from_bytes, Action, Assessment};
use crate::platform::{random, storage::StoreError};
use leptos::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

/// What the save indicator shows.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    /// Nothing changed since the page loaded.
    Idle,
    /// A change waits for the debounce (at most 300 ms).
    Pending,
    /// Written to localStorage at this time (ISO).
    Saved(String),
    /// The browser refused: the work is kept in memory only.
    Failed(StoreError),
}

/// A short message with an optional undo, shown at the bottom of the screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Toast {
    pub text: String,
    /// Id of a trashed draft that "Undo" restores.
    pub undo_restore: Option<String>,
}

#[derive(Clone, Copy)]
pub struct Store {
    pub drafts: RwSignal<BTreeMap<String, Assessment>>,
    pub trash: RwSignal<Vec<TrashEntry>>,
    pub unreadable: RwSignal<Vec<Unreadable>>,
    pub save_state: RwSignal<SaveState>,
    pub toast: RwSignal<Option<Toast>>,
    /// Messages to show once on the next screen (for example what a deep link could not use).
    pub flash: RwSignal<Vec<String>>,
    /// The bundled examples are loaded (`None`: not asked for yet; `Some(false)`: on the way).
    examples_ready: RwSignal<Option<bool>>,
    dirty: StoredValue<BTreeSet<String>>,
    /// Each draft's text as this tab last read or wrote it. A stored text that differs means
    /// another tab (or window) has saved the same draft since.
    stored: StoredValue<BTreeMap<String, String>>,
    timer_armed: StoredValue<bool>,
    /// For messages written outside a component (the autosave timer has no context to ask).
    lang: RwSignal<crate::i18n::Lang>,
}

/// Autosave waits this long after the last change, so typing is not slowed by writes.
const DEBOUNCE: Duration = Duration::from_millis(250);

impl Store {
    /// Loads everything from localStorage and provides the store as context.
    pub fn install() -> Store {
        let loaded = persist::load_all(&random::now_iso());
        let store = Store {
            drafts: RwSignal::new(loaded.drafts),
            trash: RwSignal::new(loaded.trash),
            unreadable: RwSignal::new(loaded.unreadable),
            save_state: RwSignal::new(match loaded.error {
                Some(e) => SaveState::Failed(e),
                None if !crate::platform::storage::available() => {
                    SaveState::Failed(StoreError::Unavailable("localStorage is blocked".into()))
                }
                None => SaveState::Idle,
            }),
            toast: RwSignal::new(None),
            flash: RwSignal::new(Vec::new()),
            examples_ready: RwSignal::new(None),
            dirty: StoredValue::new(BTreeSet::new()),
            stored: StoredValue::new(loaded.stored),
            timer_armed: StoredValue::new(false),
            lang: crate::ui::shell::use_app().lang,
        };
        provide_context(store);
        store.flush_on_hide();
        store.follow_other_tabs();
        store
    }

    /// Starts loading the bundled examples the first time a screen needs them; the returned
    /// value is true (and tracked) once they are there.
    pub fn need_examples(&self) -> bool {
        if self.examples_ready.get_untracked().is_none() {
            self.examples_ready.set(Some(false));
            let ready = self.examples_ready;
            leptos::task::spawn_local(async move {
                load_examples().await;
                ready.set(Some(true));
            });
        }
        self.examples_ready.get() == Some(true)
    }

    /// A fresh random id (UUID v4).
    pub fn new_id() -> String {
        uuid_v4_from_bytes(random::random_bytes::<16>())
    }

    /// The draft or the bundled example with this id.
    pub fn get(&self, id: &str) -> Option<Assessment> {
        self.drafts
            .with_untracked(|d| d.get(id).cloned())
            .or_else(|| example(id).cloned())
    }

    /// Runs `f` over every assessment on this device, drafts then bundled examples (untracked):
    /// a site's rounds may be in either.
    pub fn with_every<T>(&self, f: impl FnOnce(Vec<&Assessment>) -> T) -> T {
        self.drafts.with_untracked(|d| f(d.values().chain(examples().iter()).collect()))
    }

    /// Adds a new draft and saves it at once, and asks the browser to keep the data.
    pub fn insert(&self, a: Assessment) {
        crate::platform::storage::request_persistence();
        let id = a.id.clone();
        self.drafts.update(|d| {
            d.insert(id.clone(), a);
        });
        self.mark_dirty(&id);
        self.flush();
    }

    /// Writes an imported assessment to storage at once, without showing it yet
    /// ([`Store::show_imported`] adds a whole batch to the page in one change). Fails, writing
    /// nothing, when the browser refuses (storage full): the import then stops there instead of
    /// keeping unsaved drafts that every later change would try to write again.
    pub fn save_imported(&self, a: &Assessment) -> Result<(), StoreError> {
        let json = persist::save(a)?;
        self.stored.update_value(|m| {
            m.insert(a.id.clone(), json);
        });
        self.dirty.update_value(|s| {
            s.remove(&a.id);
        });
        Ok(())
    }

    /// Shows assessments already written by [`Store::save_imported`], in one update of the
    /// drafts (one re-render of the list rather than one per assessment).
    pub fn show_imported(&self, list: Vec<Assessment>) {
        if list.is_empty() {
            return;
        }
        crate::platform::storage::request_persistence();
        self.drafts.update(|d| {
            d.extend(list.into_iter().map(|a| (a.id.clone(), a)));
        });
    }

    /// Applies one reducer action to a draft and schedules the autosave. Returns the
    /// reducer's error (for example a read-only example) for the caller to show.
    pub fn dispatch(&self, id: &str, action: Action) -> Result<(), String> {
        let now = random::now_iso();
        let mut result = Ok(());
        self.drafts.update(|d| match d.get_mut(id) {
            Some(a) => {
                if let Err(e) = a.apply(action, &now) {
                    result = Err(e.to_string());
                }
            }
            None => result = Err(format!("no draft {id}")),
        });
        if result.is_ok() {
            self.mark_dirty(id);
        }
        result
    }

    fn mark_dirty(&self, id: &str) {
        self.dirty.update_value(|s| {
            s.insert(id.to_string());
        });
        if !matches!(self.save_state.get_untracked(), SaveState::Failed(_)) {
            self.save_state.set(SaveState::Pending);
        }
        if !self.timer_armed.get_value() {
            self.timer_armed.set_value(true);
            let store = *self;
            set_timeout(
                move || {
                    store.timer_armed.set_value(false);
                    store.flush();
                },
                DEBOUNCE,
            );
        }
    }

    /// Writes every changed draft now. On failure the drafts stay in memory and dirty, and the
    /// save state says why, so nothing typed is lost and the next change retries.
    pub fn flush(&self) {
        let ids: Vec<String> = self.dirty.with_value(|s| s.iter().cloned().collect());
        if ids.is_empty() {
            return;
        }
        let started = random::now_ms();
        let mut failure = None;
        for id in ids {
            let Some(a) = self.drafts.with_untracked(|d| d.get(&id).cloned()) else {
                self.dirty.update_value(|s| {
                    s.remove(&id);
                });
                continue;
            };
            if self.saved_elsewhere(&a) {
                continue;
            }
            match persist::save(&a) {
                Ok(json) => {
                    self.dirty.update_value(|s| {
                        s.remove(&id);
                    });
                    self.stored.update_value(|m| {
                        m.insert(id, json);
                    });
                }
                Err(e) => {
                    // Full or blocked: the other drafts would fail the same way. Trying each
                    // again on every later change made a large import stall the tab (each
                    // insert re-wrote every unsaved draft); they stay dirty for the next try.
                    failure = Some(e);
                    break;
                }
            }
        }
        // Exposed for `make bench` (the time of one autosave write, serialisation included).
        if let Some(w) = web_sys::window() {
            let _ = js_sys::Reflect::set(
                &w,
                &"__gcaSaveMs".into(),
                &(random::now_ms() - started).into(),
            );
        }
        self.save_state.set(match failure {
            Some(e) => SaveState::Failed(e),
            None => SaveState::Saved(random::now_iso()),
        });
    }

    /// When another tab saved this draft since this tab last read it, neither version is
    /// overwritten: the other tab's stays under the draft's id, this tab's changes are saved as
    /// a copy, and a message names the copy. Returns whether that happened.
    fn saved_elsewhere(&self, ours: &Assessment) -> bool {
        let id = ours.id.as_str();
        let Some(seen) = self.stored.with_value(|m| m.get(id).cloned()) else {
            return false;
        };
        let Some(now) = persist::stored_text(id) else {
            return false;
        };
        if now == seen {
            return false;
        }
        let lang = self.lang.get_untracked();
        let mut copy = ours.clone();
        copy.id = Store::new_id();
        copy.example = false;
        let tag = lang.t(crate::i18n::K::OtherTabCopy);
        copy.profile.site_name = format!("{} ({tag})", ours.profile.site_name)
            .trim_start()
            .to_string();
        if persist::save(&copy).is_err() {
            return false; // cannot keep both: let the normal save report the failure
        }
        match Assessment::from_json(&now) {
            Ok(theirs) if theirs.id == id => self.drafts.update(|d| {
                d.insert(id.to_string(), theirs);
            }),
            _ => persist::keep_unreadable(id, &now),
        }
        self.stored.update_value(|m| {
            m.insert(id.to_string(), now);
        });
        self.dirty.update_value(|s| {
            s.remove(id);
        });
        let name = copy.profile.site_name.clone();
        self.drafts.update(|d| {
            d.insert(copy.id.clone(), copy);
        });
        self.flash.update(|f| {
            f.push(
                lang.t(crate::i18n::K::EditedInTwoTabs)
                    .replace("{copy}", &name),
            )
        });
        true
    }

    /// Another tab saved or deleted a draft: take its version, unless this tab has changes of
    /// its own waiting (then [`Store::saved_elsewhere`] keeps both when they are written). The
    /// trash follows the same way.
    fn follow_other_tabs(&self) {
        let store = *self;
        let h = window_event_listener(leptos::ev::storage, move |ev| {
            let Some(key) = ev.key() else { return };
            if let Some(id) = persist::trash_id(&key) {
                // The trash list follows too, so a draft deleted elsewhere can be restored here.
                let entry = ev.new_value().and_then(|raw| persist::read_trash(&raw));
                store.trash.update(|t| {
                    t.retain(|e| e.assessment.id != id);
                    t.extend(entry);
                });
                return;
            }
            let Some(id) = persist::draft_id(&key).map(str::to_string) else {
                return;
            };
            if store.dirty.with_value(|d| d.contains(&id)) {
                return;
            }
            match ev.new_value() {
                Some(raw) => {
                    let Ok(a) = Assessment::from_json(&raw) else {
                        return;
                    };
                    if a.id != id {
                        return;
                    }
                    store.stored.update_value(|m| {
                        m.insert(id.clone(), raw);
                    });
                    store.drafts.update(|d| {
                        d.insert(id, a);
                    });
                }
                None => {
                    store.stored.update_value(|m| {
                        m.remove(&id);
                    });
                    store.drafts.update(|d| {
                        d.remove(&id);
                    });
                }
            }
        });
        on_cleanup(move || h.remove());
    }

    /// Saves at once when the tab is hidden or closed (phones kill background tabs).
    fn flush_on_hide(&self) {
        let store = *self;
        let h1 = window_event_listener(leptos::ev::pagehide, move |_| store.flush());
        let h2 = window_event_listener(leptos::ev::visibilitychange, move |_| store.flush());
        on_cleanup(move || {
            h1.remove();
            h2.remove();
        });
    }

    /// Moves a draft to the trash (restorable for 30 days) and offers Undo.
    pub fn delete(&self, id: &str, message: String) {
        let Some(a) = self.drafts.with_untracked(|d| d.get(id).cloned()) else {
            return;
        };
        let entry = TrashEntry {
            deleted_at: random::now_iso(),
            assessment: a,
        };
        if let Err(e) = persist::trash(&entry) {
            self.save_state.set(SaveState::Failed(e));
            return; // keep the draft where it is rather than lose it
        }
        self.drafts.update(|d| {
            d.remove(id);
        });
        self.trash.update(|t| t.push(entry));
        self.toast.set(Some(Toast {
            text: message,
            undo_restore: Some(id.to_string()),
        }));
    }

    /// Restores a draft from the trash.
    pub fn restore(&self, id: &str) {
        let Some(entry) = self
            .trash
            .with_untracked(|t| t.iter().find(|e| e.assessment.id == id).cloned())
        else {
            return;
        };
        match persist::save(&entry.assessment) {
            Ok(json) => self.stored.update_value(|m| {
                m.insert(id.to_string(), json);
            }),
            Err(e) => {
                self.save_state.set(SaveState::Failed(e));
                return;
            }
        }
        persist::untrash(id);
        self.trash.update(|t| t.retain(|e| e.assessment.id != id));
        self.drafts.update(|d| {
            d.insert(id.to_string(), entry.assessment);
        });
        self.toast.set(None);
    }

    /// Everything in memory as one bundle, for the backup download when storage fails.
    pub fn backup_json(&self) -> String {
        let all: Vec<Assessment> = self
            .drafts
            .with_untracked(|d| d.values().cloned().collect());
        crate::domain::assessment::bundle_json(&all)
    }
}

pub fn use_store() -> Store {
    expect_context::<Store>()
}

/// The view `screen` gives, once the bundled examples are loaded (a loading line until then).
/// Route tables wrap the screens that show examples with it, so that other screens (a deep
/// link to a stored draft) never download them.
pub fn with_examples(screen: impl Fn() -> AnyView + Send + Sync + 'static) -> AnyView {
    let store = use_store();
    (move || {
        if store.need_examples() {
            screen()
        } else {
            view! { <p class="loading" aria-busy="true">{crate::ui::common::tr(crate::i18n::K::Loading)}</p> }.into_any()
        }
    })
    .into_any()
}
