//! Leptos components: the app shell and one folder per screen.

pub mod about;
pub mod shell;

pub use shell::App;
