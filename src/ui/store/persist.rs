//! The layout of the app's data in localStorage, one key per draft so that an autosave writes
//! only the draft that changed:
//!
//! - `gca.draft.<id>`: a draft (the assessment JSON);
//! - `gca.trash.<id>`: a deleted draft with its deletion time, kept 30 days;
//! - `gca.unreadable.<id>`: a stored draft that could not be read, set aside untouched.

use crate::domain::assessment::Assessment;
use crate::domain::drafts::trash_expired;
use crate::platform::storage::{self, StoreError};
use std::collections::BTreeMap;

const DRAFT: &str = "gca.draft.";
const TRASH: &str = "gca.trash.";
const UNREADABLE: &str = "gca.unreadable.";

#[derive(Clone, Debug, PartialEq)]
pub struct TrashEntry {
    pub deleted_at: String,
    pub assessment: Assessment,
}

/// A stored draft that did not parse: where it is kept now and why it was set aside.
#[derive(Clone, Debug, PartialEq)]
pub struct Unreadable {
    pub key: String,
    pub reason: String,
    pub bytes: usize,
}

pub struct Loaded {
    pub drafts: BTreeMap<String, Assessment>,
    /// Each draft's text as stored, to notice later when another tab has rewritten it.
    pub stored: BTreeMap<String, String>,
    pub trash: Vec<TrashEntry>,
    pub unreadable: Vec<Unreadable>,
    pub error: Option<StoreError>,
}

pub fn load_all(now_iso: &str) -> Loaded {
    let mut out = Loaded {
        drafts: BTreeMap::new(),
        stored: BTreeMap::new(),
        trash: Vec::new(),
        unreadable: Vec::new(),
        error: None,
    };
    for key in storage::keys_with_prefix(DRAFT) {
        let raw = match storage::get_raw(&key) {
            Ok(Some(r)) => r,
            Ok(None) => continue,
            Err(e) => {
                out.error = Some(e);
                continue;
            }
        };
        match Assessment::from_json(&raw) {
            Ok(a) if key == format!("{DRAFT}{}", a.id) => {
                out.stored.insert(a.id.clone(), raw);
                out.drafts.insert(a.id.clone(), a);
            }
            Ok(a) => set_aside(
                &key,
                &raw,
                format!("id {} does not match its key", a.id),
                &mut out,
            ),
            Err(e) => {
                let reason = e
                    .problems()
                    .first()
                    .map(|p| p.to_string())
                    .unwrap_or_else(|| e.to_string());
                set_aside(&key, &raw, reason, &mut out);
            }
        }
    }
    for key in storage::keys_with_prefix(UNREADABLE) {
        let bytes = storage::get_raw(&key)
            .ok()
            .flatten()
            .map(|r| r.len())
            .unwrap_or(0);
        if !out.unreadable.iter().any(|u| u.key == key) {
            out.unreadable.push(Unreadable {
                key,
                reason: String::new(),
                bytes,
            });
        }
    }
    for key in storage::keys_with_prefix(TRASH) {
        let Ok(Some(raw)) = storage::get_raw(&key) else {
            continue;
        };
        match parse_trash(&raw) {
            Ok(t) if trash_expired(&t.deleted_at, now_iso) => storage::remove(&key),
            Ok(t) => out.trash.push(t),
            Err(e) => set_aside(&key, &raw, e, &mut out),
        }
    }
    out.trash
        .sort_unstable_by(|a, b| b.deleted_at.cmp(&a.deleted_at));
    out
}

/// Reads a trash entry through the same validated path as every other assessment (and one
/// JSON deserializer for the whole app, which keeps the wasm smaller).
fn parse_trash(raw: &str) -> Result<TrashEntry, String> {
    let v: serde_json::Value = serde_json::from_str(raw).map_err(|e| e.to_string())?;
    let deleted_at = v
        .get("deleted_at")
        .and_then(|d| d.as_str())
        .unwrap_or_default()
        .to_string();
    let inner = v
        .get("assessment")
        .map(|a| a.to_string())
        .unwrap_or_default();
    let assessment = Assessment::from_json(&inner).map_err(|e| e.to_string())?;
    Ok(TrashEntry {
        deleted_at,
        assessment,
    })
}

/// Moves an unreadable value to `gca.unreadable.*`. If even that cannot be written (storage
/// full), the value stays where it was: it is reported but never deleted.
fn set_aside(key: &str, raw: &str, reason: String, out: &mut Loaded) {
    let suffix = key.split_once('.').map(|(_, s)| s).unwrap_or(key);
    let target = format!("{UNREADABLE}{suffix}");
    let kept_at = match storage::set_raw(&target, raw) {
        Ok(()) => {
            storage::remove(key);
            target
        }
        Err(_) => key.to_string(),
    };
    out.unreadable.push(Unreadable {
        key: kept_at,
        reason,
        bytes: raw.len(),
    });
}

/// Writes a draft; returns the text written.
pub fn save(a: &Assessment) -> Result<String, StoreError> {
    let json = a.to_json();
    storage::set_raw(&format!("{DRAFT}{}", a.id), &json)?;
    Ok(json)
}

/// The id in a draft's key (`gca.draft.<id>`).
pub fn draft_id(key: &str) -> Option<&str> {
    key.strip_prefix(DRAFT)
}

/// The id in a trash entry's key (`gca.trash.<id>`).
pub fn trash_id(key: &str) -> Option<&str> {
    key.strip_prefix(TRASH)
}

/// A trash entry as another tab wrote it, if it reads.
pub fn read_trash(raw: &str) -> Option<TrashEntry> {
    parse_trash(raw).ok()
}

/// A draft's text as stored now.
pub fn stored_text(id: &str) -> Option<String> {
    storage::get_raw(&format!("{DRAFT}{id}")).ok().flatten()
}

/// Keeps a stored text that cannot be read before it is overwritten.
pub fn keep_unreadable(id: &str, raw: &str) {
    let _ = storage::set_raw(&format!("{UNREADABLE}{id}"), raw);
}

/// Writes the trash entry first and only then removes the draft, so a failure loses nothing.
pub fn trash(entry: &TrashEntry) -> Result<(), StoreError> {
    let json = serde_json::json!({"deleted_at": entry.deleted_at, "assessment": entry.assessment.to_value()}).to_string();
    storage::set_raw(&format!("{TRASH}{}", entry.assessment.id), &json)?;
    storage::remove(&format!("{DRAFT}{}", entry.assessment.id));
    Ok(())
}

pub fn untrash(id: &str) {
    storage::remove(&format!("{TRASH}{id}"));
}
