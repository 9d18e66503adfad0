//! Exchange: the JSON envelope that carries assessments between devices, import with
//! classification and merge rules, share links, and CSV tables. See `docs/exchange-format.md`.
//!
//! Pure functions only. The browser side (reading files, compressing, downloading, the
//! store) lives in `platform` and `ui::exchange`; every decision lives here so that it is
//! tested natively, including against the hostile files of `tests/fixtures/hostile/`.
//!
//! The one rule that shapes everything: **nothing is ever lost**. A rejected file changes
//! nothing; a duplicate is skipped; an incoming later revision replaces its own ancestor; a
//! diverging edit waits for the user; "take theirs" puts the replaced version in the trash.

pub mod base64url;
pub mod csv;
pub mod envelope;
pub mod limits;
pub mod merge;
pub mod reason;
pub mod rescore;
pub mod share;

#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;

pub use envelope::{export_all, export_one, file_name, read_file, Incoming, ReadFile};
pub use merge::{
    classify_batch, classify_one, resolve, Entry, FileReport, Outcome, Resolution, Resolved,
};
pub use reason::Rejection;
