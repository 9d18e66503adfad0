//! Leptos components: the app shell and one folder per screen. Screens of the field build
//! (`index.html`) are compiled with the `field` feature, screens of the analyst build
//! (`workshop.html`) with `analyst`; the shell, charts, store and common pieces serve both.

pub mod charts;
pub mod common;
pub mod shell;
pub mod store;

#[cfg(feature = "field")]
pub mod about;
#[cfg(feature = "field")]
pub mod drafts;
#[cfg(feature = "field")]
pub mod exchange;
#[cfg(feature = "field")]
pub mod field;
#[cfg(feature = "field")]
pub mod form;
#[cfg(feature = "field")]
pub mod new_link;
#[cfg(feature = "field")]
pub mod results;

#[cfg(feature = "analyst")]
pub mod analyst;
#[cfg(feature = "analyst")]
pub mod proposals;
#[cfg(feature = "analyst")]
pub mod plan;
#[cfg(feature = "analyst")]
pub mod workshop;

pub use shell::App;
