//! Import classification and merge rules: what happens to each incoming assessment, given
//! the drafts already on this device.
//!
//! | outcome | when | what happens |
//! |---|---|---|
//! | `Imported` | a new id | added |
//! | `Duplicate` | same id, same content (`short_hash`) | skipped |
//! | `Updated` | same id, the local version is in the incoming history | replaced (the incoming one contains every local edit) |
//! | `LocalNewer` | same id, the incoming version is in the local history | skipped: this device already has a newer version |
//! | `Conflict` | same id, the two histories diverged | waits: keep both, keep mine, or take theirs |
//! | `ImportedAsCopy` | the id of a bundled example, edited | added under a new id (examples are read-only) |
//! | `NotStored` | one of the three above, but the browser's storage was full | not added; the file can be imported again after making room |

use std::collections::BTreeMap;

use super::envelope::{read_file, Incoming};
use super::reason::Rejection;
use super::rescore::{rescore, Rescore};
use crate::domain::assessment::Assessment;
use crate::domain::instrument::LoadedInstrument;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Imported,
    ImportedAsCopy,
    Duplicate,
    Updated,
    LocalNewer,
    Conflict,
    /// Would have been added or updated, but the browser's storage was full, so it was not
    /// (set by the store, never by [`classify_batch`]): nothing of it is kept, and importing the
    /// same file again after making room adds it (the ones stored are then duplicates).
    NotStored,
}

impl Outcome {
    /// A stable name, used as `data-outcome` in the page and in tests.
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Imported => "imported",
            Outcome::ImportedAsCopy => "imported-copy",
            Outcome::Duplicate => "duplicate",
            Outcome::Updated => "updated",
            Outcome::LocalNewer => "local-newer",
            Outcome::Conflict => "conflict",
            Outcome::NotStored => "not-stored",
        }
    }

    /// Whether the batch already wrote the incoming assessment into the drafts.
    pub fn applied(self) -> bool {
        matches!(
            self,
            Outcome::Imported | Outcome::ImportedAsCopy | Outcome::Updated
        )
    }
}

/// One incoming assessment and what happened to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub outcome: Outcome,
    /// The assessment as it is stored (for `ImportedAsCopy`: with its new id).
    pub assessment: Assessment,
    /// Filled with another instrument: what re-scoring with the current one changes.
    pub rescore: Option<Rescore>,
}

/// The result of one file.
#[derive(Debug, Clone, PartialEq)]
pub struct FileReport {
    pub name: String,
    pub result: Result<Vec<Entry>, Rejection>,
    /// Format version found in the file (0 = migrated from before versioning).
    pub from_version: u64,
}

/// Classifies every file of a batch, in order, against `drafts` and `examples`. Returns the
/// per-file reports and the drafts after every automatic outcome (`Imported`, `Updated`,
/// `ImportedAsCopy`); conflicts are left for [`resolve`]. A later file in the same batch sees
/// what earlier files imported. A rejected file changes nothing.
///
/// `new_id` gives a fresh id for copies; `copy_suffix` is appended to a copy's site name.
pub fn classify_batch(
    drafts: &BTreeMap<String, Assessment>,
    examples: &[Assessment],
    files: &[(String, Vec<u8>)],
    inst: Option<&LoadedInstrument>,
    new_id: &mut dyn FnMut() -> String,
    copy_suffix: &str,
) -> (Vec<FileReport>, BTreeMap<String, Assessment>) {
    let mut work = drafts.clone();
    let mut reports = Vec::with_capacity(files.len());
    for (name, bytes) in files {
        let read = read_file(bytes);
        let from_version = read.as_ref().map(|r| r.from_version).unwrap_or(1);
        let result = read.map(|r| {
            r.incoming
                .into_iter()
                .map(|inc| classify_one(&mut work, examples, inc, inst, new_id, copy_suffix))
                .collect()
        });
        reports.push(FileReport {
            name: name.clone(),
            result,
            from_version,
        });
    }
    (reports, work)
}

/// What happens to one incoming assessment, against the drafts in `work` (updated with it when
/// the outcome is applied) and the bundled `examples`. [`classify_batch`] does this for every
/// assessment of every file; the import screen calls it in steps.
pub fn classify_one(
    work: &mut BTreeMap<String, Assessment>,
    examples: &[Assessment],
    inc: Incoming,
    inst: Option<&LoadedInstrument>,
    new_id: &mut dyn FnMut() -> String,
    copy_suffix: &str,
) -> Entry {
    let rescore = inst.and_then(|i| rescore(&inc.assessment, inc.exported_overall, i));
    let mut a = inc.assessment;
    let hash = a.short_hash();
    if let Some(ex) = examples.iter().find(|e| e.id == a.id) {
        if ex.short_hash() == hash {
            return Entry {
                outcome: Outcome::Duplicate,
                assessment: a,
                rescore,
            };
        }
        a = as_copy(a, new_id(), copy_suffix);
        work.insert(a.id.clone(), a.clone());
        return Entry {
            outcome: Outcome::ImportedAsCopy,
            assessment: a,
            rescore,
        };
    }
    // Only bundled examples are read-only; an imported file is the user's own to edit.
    if a.example {
        a.example = false;
    }
    let outcome = match work.get(&a.id) {
        None => Outcome::Imported,
        Some(local) => {
            let local_hash = local.short_hash();
            if local_hash == a.short_hash() {
                Outcome::Duplicate
            } else if a.history.contains(&local_hash) {
                Outcome::Updated
            } else if local.history.contains(&a.short_hash()) {
                Outcome::LocalNewer
            } else {
                Outcome::Conflict
            }
        }
    };
    if outcome.applied() {
        work.insert(a.id.clone(), a.clone());
    }
    Entry {
        outcome,
        assessment: a,
        rescore,
    }
}

/// `a` under a new id, named "<site> (imported copy)", still carrying its content and history.
pub fn as_copy(mut a: Assessment, id: String, suffix: &str) -> Assessment {
    a.id = id;
    a.example = false;
    let name = a.profile.site_name.trim().to_string();
    a.profile.site_name = if name.is_empty() {
        suffix.trim().to_string()
    } else {
        format!("{name} {}", suffix.trim())
    };
    a
}

/// How the user settles a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// Keep the local draft and add the incoming one under a new id.
    KeepBoth,
    /// Keep the local draft; drop the incoming one.
    KeepMine,
    /// Replace the local draft with the incoming one; the local one goes to the trash.
    TakeTheirs,
}

/// What the store must do to settle a conflict.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Resolved {
    /// Drafts to add or overwrite (by id).
    pub insert: Vec<Assessment>,
    /// The replaced local version, under a fresh id so it can sit in the trash (one entry
    /// per id) and be restored beside the new one rather than over it.
    pub to_trash: Option<Assessment>,
}

pub fn resolve(
    local: &Assessment,
    incoming: &Assessment,
    choice: Resolution,
    new_id: &mut dyn FnMut() -> String,
    copy_suffix: &str,
    replaced_suffix: &str,
) -> Resolved {
    match choice {
        Resolution::KeepMine => Resolved::default(),
        Resolution::KeepBoth => Resolved {
            insert: vec![as_copy(incoming.clone(), new_id(), copy_suffix)],
            to_trash: None,
        },
        Resolution::TakeTheirs => Resolved {
            insert: vec![incoming.clone()],
            to_trash: Some(as_copy(local.clone(), new_id(), replaced_suffix)),
        },
    }
}
