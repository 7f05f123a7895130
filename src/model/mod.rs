//! Typed content: what each file format means, free of positions and parsing.

pub mod blueprint;
pub mod manifest;
pub mod reference;
