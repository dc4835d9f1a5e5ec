//! Keys, keyrings, replacement texts and regions from untrusted config:
//! clear errors, no panics, and what is accepted redacts idempotently.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scrubline_fuzz::{check, targets, ConfigCase, REDACTOR};

fuzz_target!(|input: ConfigCase| check(targets::config(&REDACTOR, &input)));
