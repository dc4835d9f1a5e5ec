//! JSON lines mixing steering keys, personal data and arbitrary strings:
//! valid JSON of the same shape comes out.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scrubline_fuzz::{check, targets, JsonLine, REDACTOR};

fuzz_target!(|input: JsonLine| check(targets::json_shape(&REDACTOR, &input)));
