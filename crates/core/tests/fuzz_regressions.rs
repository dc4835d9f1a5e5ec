//! Replays every input committed under `fuzz/regressions/<target>/`
//! through the check its fuzz target runs, so a crash once found stays
//! fixed without a fuzzer. See `fuzz/README.md` for how files get there.

mod support;

use std::fs;
use std::path::{Path, PathBuf};

use support::oracle::redactor;
use support::targets;

/// Committed reproducers of engine bugs not fixed yet: skipped by the
/// replay of everything and run one by one by the ignored tests below.
/// Fixing one: delete its entry and its test.
const OPEN: &[&str] = &[
    "redact_bytes/unclosed-paren-after-group-not-idempotent",
    "lines/unclosed-paren-before-another-number",
    "json_shape/number-in-array-after-phone-key",
    "json_shape/card-number-under-empty-key",
    "pii_leak/name-covers-start-of-email",
    "pii_leak/national-number-with-date-shape",
];

fn regressions() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/regressions")
}

fn replay(target: &str, file: &Path) -> Result<(), String> {
    let data = fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
    targets::replay(target, &redactor(), &data)
}

#[test]
fn every_committed_fuzz_input_passes() {
    let mut replayed = 0;
    let mut failures = Vec::new();
    for dir in fs::read_dir(regressions()).expect("fuzz/regressions exists") {
        let dir = dir.unwrap().path();
        let target = dir.file_name().unwrap().to_str().unwrap().to_string();
        for file in fs::read_dir(&dir).unwrap() {
            let file = file.unwrap().path();
            let name = format!("{target}/{}", file.file_name().unwrap().to_str().unwrap());
            if OPEN.contains(&name.as_str()) {
                continue;
            }
            replayed += 1;
            if let Err(e) = replay(&target, &file) {
                failures.push(format!("{name}: {e}"));
            }
        }
    }
    assert!(replayed > 0, "no committed fuzz inputs found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn replay_open(name: &str) {
    assert!(OPEN.contains(&name));
    let (target, _) = name.split_once('/').unwrap();
    replay(target, &regressions().join(name)).unwrap();
}

#[test]
fn open_unclosed_paren_after_group_not_idempotent() {
    replay_open("redact_bytes/unclosed-paren-after-group-not-idempotent");
}

#[test]
fn open_number_in_array_after_phone_key() {
    replay_open("json_shape/number-in-array-after-phone-key");
}

#[test]
fn open_name_covers_start_of_email() {
    replay_open("pii_leak/name-covers-start-of-email");
}

#[test]
fn open_national_number_with_date_shape() {
    replay_open("pii_leak/national-number-with-date-shape");
}

#[test]
fn open_card_number_under_empty_key() {
    replay_open("json_shape/card-number-under-empty-key");
}

#[test]
fn open_unclosed_paren_before_another_number() {
    replay_open("lines/unclosed-paren-before-another-number");
}
