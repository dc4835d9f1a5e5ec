//! Text written to `RedactingMakeWriter` in arbitrary chunks comes out
//! exactly as written at once, and as the engine redacts it line by line
//! (input layout: `stream::check_fuzz_input`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use scrubline_fuzz::{check, stream, REDACTOR};

fuzz_target!(|data: &[u8]| check(stream::check_fuzz_input(&REDACTOR, data)));
