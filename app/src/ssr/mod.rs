//! Server-only code of the `app` crate: the `Store` trait, shared state and context helpers.
//! Compiled only with the `ssr` feature, never into the browser bundle.

pub mod catalog;
pub mod coverage;
pub mod dashboard;
pub mod education;
pub mod gazetteer;
pub mod geo;
pub mod i18n;
pub mod publish;
pub mod state;
pub mod suggest;
pub mod svg;
pub mod views;
pub mod store;

pub use state::AppState;
pub use store::{EventRecord, Store, StoreError};
