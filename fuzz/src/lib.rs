//! Shared by the fuzz targets: the invariants and input builders of the
//! core test suite (included by path, so fuzzing and `cargo test` check
//! one spec), plus `Arbitrary` for the structured inputs.

use std::sync::LazyLock;

use arbitrary::{Arbitrary, Unstructured};
use scrubline_core::Redactor;

#[path = "../../crates/core/tests/support/mod.rs"]
mod support;

pub use support::inputs::{ConfigCase, JsonLine, PiiLine};
pub use support::targets;

/// The tracing writer's streaming invariant (chunked = whole = line by line).
#[path = "../../crates/tracing/tests/support/stream.rs"]
pub mod stream;

/// Built once per process: building compiles every detector.
pub static REDACTOR: LazyLock<Redactor> = LazyLock::new(support::oracle::redactor);

/// Panics with the broken invariant, which is what libFuzzer records.
pub fn check(result: Result<(), String>) {
    if let Err(e) = result {
        panic!("{e}");
    }
}

// The structured inputs decode all the fuzzer's bytes with the same
// decoder `cargo test` replays crash files with.
macro_rules! from_all_bytes {
    ($($t:ty),*) => {$(
        impl<'a> Arbitrary<'a> for $t {
            fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
                Ok(<$t>::from_bytes(u.bytes(u.len())?))
            }
        }
    )*};
}
from_all_bytes!(PiiLine, JsonLine, ConfigCase);
