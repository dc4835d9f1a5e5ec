//! Test support shared by the integration tests and, through a `#[path]`
//! include, by the fuzz crate: one set of invariants for every path.

// Each test crate uses only part of this module.
#![allow(dead_code)]

pub mod inputs;
pub mod oracle;
pub mod source;
pub mod targets;
