//! Arbitrary bytes as one line: no panic, UTF-8 kept, unchanged outside
//! findings, idempotent.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scrubline_fuzz::{check, targets, REDACTOR};

fuzz_target!(|data: &[u8]| check(targets::replay("redact_bytes", &REDACTOR, data)));
