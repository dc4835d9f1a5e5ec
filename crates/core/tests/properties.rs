//! The fuzz targets' invariants as property tests, small enough for CI:
//! the same checks and input builders (`support/`), driven by proptest.

mod support;

use std::sync::LazyLock;

use proptest::prelude::*;
use scrubline_core::Redactor;
use support::inputs::{ConfigCase, JsonLine, PiiLine};
use support::oracle::{check_line, redactor};
use support::targets;

static R: LazyLock<Redactor> = LazyLock::new(redactor);

/// Bytes that steer the detectors: digits, separators, prefixes, quotes,
/// key characters, and a few non-ASCII and invalid UTF-8 bytes.
const LOG_BYTES: &[u8] = b"0123456789  +()-./:=@%2B\"{}[],;?&_aAeKnrstxT\t\xc3\xa4\xff";

fn log_line() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(prop::sample::select(LOG_BYTES), 0..120)
}

fn pass(result: Result<(), String>) -> Result<(), TestCaseError> {
    result.map_err(TestCaseError::fail)
}

proptest! {
    #[test]
    fn any_bytes_keep_every_invariant(line in prop::collection::vec(any::<u8>(), 0..200)) {
        pass(check_line(&R, &line))?;
    }

    #[test]
    fn log_like_bytes_keep_every_invariant(line in log_line()) {
        pass(check_line(&R, &line))?;
    }

    #[test]
    fn lines_do_not_depend_on_each_other(lines in prop::collection::vec(log_line(), 1..6)) {
        pass(targets::lines(&R, &lines.join(&b'\n')))?;
    }

    #[test]
    fn json_keeps_its_shape(seed in prop::collection::vec(any::<u8>(), 0..200)) {
        pass(targets::json_shape(&R, &JsonLine::from_bytes(&seed)))?;
    }

    #[test]

    fn inserted_phones_and_emails_never_leak(seed in prop::collection::vec(any::<u8>(), 0..120)) {
        pass(targets::pii_leak(&R, &PiiLine::from_bytes(&seed)))?;
    }

    #[test]
    fn config_is_refused_or_works(seed in prop::collection::vec(any::<u8>(), 0..300)) {
        pass(targets::config(&R, &ConfigCase::from_bytes(&seed)))?;
    }
}
