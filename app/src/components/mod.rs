//! Shared UI components.
pub mod event_card;
pub mod layout;
pub mod search_form;
