//! The data-driven case corpus: every `tests/cases/*.toml` file holds
//! `[[case]]` tables (name, input, expected, optional region), run through
//! every entry point of the engine. In `expected`, `<tel:+4915123421279>`
//! and `<mail:a@b.de>` stand for the token of that canonical value under the
//! test key, so cases state which number a token must be.

use std::borrow::Cow;
use std::path::Path;

use regex::Regex;
use scrubline_core::{Key, Redactor};
use serde::Deserialize;

const TEST_KEY: &[u8] = b"scrubline-test-key-0123456789abcdef";

#[derive(Deserialize)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    input: String,
    expected: String,
    region: Option<String>,
    gap: Option<String>,
}

fn expand_tokens(expected: &str) -> String {
    let key = Key::new("k1", TEST_KEY).unwrap();
    let placeholder = Regex::new(r"<(tel|mail):([^>]+)>").unwrap();
    placeholder
        .replace_all(expected, |c: &regex::Captures<'_>| key.token(&c[1], &c[2]))
        .into_owned()
}

/// Each case states one line's output, so numbers are not linked across
/// lines here: that the stream links them is `links.rs`'s to show.
fn redactor(region: Option<&str>) -> Redactor {
    let mut b = Redactor::builder().key("k1", TEST_KEY).link_numbers(false);
    if let Some(r) = region {
        b = b.default_region(r);
    }
    b.build().unwrap()
}

#[test]
fn case_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let (plain, de) = (redactor(None), redactor(Some("DE")));
    let mut failures = Vec::new();
    let mut count = 0;
    for path in files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
    {
        let text = std::fs::read_to_string(path).unwrap();
        let file: File =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for case in file.case {
            count += 1;
            let r = match case.region.as_deref() {
                None => &plain,
                Some("DE") => &de,
                Some(other) => &redactor(Some(other)).clone(),
            };
            let expected = expand_tokens(&case.expected);
            let got = r.redact_line(&case.input);
            let bytes = r.redact_bytes(case.input.as_bytes());
            let again = r.redact_line(&got);
            let mut problems = Vec::new();
            match (&case.gap, got == expected) {
                (None, false) => {
                    problems.push(format!("  expected: {expected}\n  got:      {got}"))
                }
                (Some(why), true) => {
                    problems.push(format!("  gap closed ({why}): remove its `gap` line"))
                }
                _ => {}
            }
            if bytes.as_ref() != got.as_bytes() {
                problems.push("  redact_bytes differs from redact_line".to_string());
            }
            if again != got {
                problems.push(format!("  not idempotent: {again}"));
            }
            if (got == case.input) != matches!(got, Cow::Borrowed(_)) {
                problems.push("  Cow::Borrowed must mean unchanged".to_string());
            }
            if !problems.is_empty() {
                let file = path.file_name().unwrap().to_string_lossy();
                failures.push(format!(
                    "{file}: {}\n  input:    {}\n{}",
                    case.name,
                    case.input,
                    problems.join("\n")
                ));
            }
        }
    }
    assert!(count > 0, "no cases found in {}", dir.display());
    assert!(
        failures.is_empty(),
        "{} of {count} cases failed:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}
