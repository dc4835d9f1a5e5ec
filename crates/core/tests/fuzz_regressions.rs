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
    "json_shape/bare-number-under-secret-key",
    "json_shape/bare-phone-number-under-phone-key",
    "json_shape/bare-card-number",
    "pii_leak/hex-local-part-taken-for-a-hash",
    "pii_leak/phone-in-mac-shape",
    "pii_leak/phone-in-date-shape",
    "pii_leak/comma-glues-phone-to-next-field",
    "pii_leak/unclosed-paren-hides-number",
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

fn open_bare_number_under_secret_key() {
    replay_open("json_shape/bare-number-under-secret-key");
}

#[test]

fn open_bare_phone_number_under_phone_key() {
    replay_open("json_shape/bare-phone-number-under-phone-key");
}

#[test]

fn open_bare_card_number() {
    replay_open("json_shape/bare-card-number");
}

#[test]

fn open_hex_local_part_taken_for_a_hash() {
    replay_open("pii_leak/hex-local-part-taken-for-a-hash");
}

#[test]

fn open_phone_in_mac_shape() {
    replay_open("pii_leak/phone-in-mac-shape");
}

#[test]

fn open_phone_in_date_shape() {
    replay_open("pii_leak/phone-in-date-shape");
}

#[test]

fn open_comma_glues_phone_to_next_field() {
    replay_open("pii_leak/comma-glues-phone-to-next-field");
}

#[test]

fn open_unclosed_paren_hides_number() {
    replay_open("pii_leak/unclosed-paren-hides-number");
}
