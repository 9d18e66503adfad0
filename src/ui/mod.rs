//! Leptos components: the app shell and one folder per screen.

pub mod about;
pub mod charts;
pub mod common;
pub mod drafts;
pub mod exchange;
pub mod form;
pub mod new_link;
pub mod results;
pub mod shell;
pub mod store;
pub mod workshop;

pub use shell::App;
