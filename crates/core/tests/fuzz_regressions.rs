//! Replays every input committed under `fuzz/regressions/<target>/`
//! through the check its fuzz target runs, so a crash once found stays
//! fixed without a fuzzer. See `fuzz/README.md` for how files get there.

mod support;

use std::fs;
use std::path::{Path, PathBuf};

use support::oracle::redactor;
use support::targets;

/// Targets whose inputs another crate replays: `stream` needs the tracing
/// writer (`crates/tracing/tests/stream.rs`).
const ELSEWHERE: &[&str] = &["stream"];

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
        if ELSEWHERE.contains(&target.as_str()) {
            continue;
        }
        for file in fs::read_dir(&dir).unwrap() {
            let file = file.unwrap().path();
            let name = format!("{target}/{}", file.file_name().unwrap().to_str().unwrap());
            replayed += 1;
            if let Err(e) = replay(&target, &file) {
                failures.push(format!("{name}: {e}"));
            }
        }
    }
    assert!(replayed > 0, "no committed fuzz inputs found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
