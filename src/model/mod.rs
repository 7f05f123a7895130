//! Typed content: what each file format means, free of parsing.

pub mod blueprint;
pub mod checklist;
mod criteria_keuze;
pub mod document;
pub mod faq;
pub mod manifest;
pub mod municipality;
pub mod reference;
pub mod slug;
mod traits;
