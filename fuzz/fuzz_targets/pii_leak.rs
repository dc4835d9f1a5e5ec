//! Safe text around one phone number (in each written form) or email:
//! none of its digits and no `@` survive outside a token.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scrubline_fuzz::{check, targets, PiiLine, REDACTOR};

fuzz_target!(|input: PiiLine| check(targets::pii_leak(&REDACTOR, &input)));
