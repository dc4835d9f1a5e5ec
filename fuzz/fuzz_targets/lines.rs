//! A buffer of many lines: each line's result is independent of the lines
//! redacted before it on the same thread, and of buffer reuse.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scrubline_fuzz::{check, targets, REDACTOR};

fuzz_target!(|data: &[u8]| check(targets::lines(&REDACTOR, data)));
