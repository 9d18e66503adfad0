//! Thin browser adapters. Each function here does one browser thing and reports failure as a
//! typed error; the decisions live in `domain` and `ui`.

pub mod clipboard;
pub mod compress;
pub mod download;
pub mod fetch;
pub mod files;
pub mod fullscreen;
pub mod image;
pub mod location;
pub mod random;
pub mod schedule;
pub mod storage;
pub mod segment;
