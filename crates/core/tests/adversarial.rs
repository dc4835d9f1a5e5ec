//! Hostile lines: huge, repetitive, nested, binary. Each must come back
//! with every invariant kept, in time linear in its size.
//!
//! No wall-clock asserts (CI machines vary): sizes stay small enough for a
//! debug build, and each test prints its throughput. To measure at full
//! size, in release:
//!
//!     SCRUBLINE_ADVERSARIAL_MB=100 cargo test --release -p scrubline-core \
//!         --test adversarial -- --nocapture --test-threads 1

mod support;

use std::sync::LazyLock;
use std::time::Instant;

use scrubline_core::Redactor;
use support::oracle::{
    check_json, check_line, check_no_leak, redactor, unchanged_outside_findings,
};

static R: LazyLock<Redactor> = LazyLock::new(redactor);

/// The size of the big inputs, in bytes.
fn size() -> usize {
    let mb = std::env::var("SCRUBLINE_ADVERSARIAL_MB")
        .ok()
        .and_then(|v| v.parse::<f64>().ok())
        .unwrap_or(1.0);
    (mb * 1024.0 * 1024.0) as usize
}

/// `unit` repeated to about `len` bytes.
fn repeat(unit: &str, len: usize) -> Vec<u8> {
    unit.as_bytes().repeat(len / unit.len().max(1) + 1)
}

/// Redacts a big line once, timed, then checks the invariants that stay
/// linear at any size. Returns the output.
fn check_big(name: &str, input: &[u8]) -> Vec<u8> {
    let start = Instant::now();
    let out = R.redact_bytes(input).into_owned();
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "{name:>24}: {:>8.1} MB/s ({} bytes)",
        input.len() as f64 / 1e6 / secs.max(1e-9),
        input.len()
    );
    if std::str::from_utf8(input).is_ok() {
        assert!(
            std::str::from_utf8(&out).is_ok(),
            "{name}: valid UTF-8 in, invalid out"
        );
    }
    if let Err(e) = unchanged_outside_findings(input, &out) {
        panic!("{name}: {e}");
    }
    assert!(R.redact_bytes(&out) == out, "{name}: not idempotent");
    out
}

fn count(hay: &[u8], needle: &str) -> usize {
    memchr::memmem::find_iter(hay, needle.as_bytes()).count()
}

#[test]
fn one_huge_log_line() {
    let unit = "2026-03-04T13:59:31Z INFO callback from 46.176.91.50 conv=14409bfc-68fc-4a14-b5ef-8b3e07073b51 for Kunde Gertrude Förster unter +49 151 23421279 | ";
    let input = repeat(unit, size());
    let reps = input.len() / unit.len();
    let out = check_big("huge log line", &input);
    assert_eq!(count(&out, "tel_k1_df4a9327598a9122"), reps);
    assert_eq!(count(&out, "46.176.91.50"), reps);
}

/// The common case at its largest: protected spans everywhere, no
/// personal data, so the line comes back borrowed.
#[test]
fn one_huge_line_without_findings() {
    let unit = "GET /api/v2/items/14409bfc-68fc-4a14-b5ef-8b3e07073b51 from 46.176.91.50:5060 status=200 dur=12ms | ";
    let input = repeat(unit, size());
    assert_eq!(check_big("huge clean line", &input), input);
    assert!(matches!(
        R.redact_bytes(&input),
        std::borrow::Cow::Borrowed(_)
    ));
}

/// Name phrases and findings next to timestamps, packed: each took 10x
/// longer per 4x size once (minutes at 4 MB), so they stay as a guard.
#[test]
fn dense_names_and_timestamped_findings() {
    for unit in [
        "Kunde ",
        "Kunde Anna Schmidt, ",
        "for Kunde Gertrude Förster | ",
        "2026-03-04T13:59:31Z x +49 151 23421279 | ",
    ] {
        let out = check_big(unit, &repeat(unit, size() / 4));
        assert_eq!(
            count(&out, "Schmidt") + count(&out, "Förster") + count(&out, "23421279"),
            0
        );
    }
}

#[test]
fn a_million_digits() {
    check_big("digits", &repeat("7", size().max(1_000_000)));
}

#[test]
fn a_million_plus_signs() {
    check_big("plus signs", &repeat("+", size().max(1_000_000)));
}

/// Separators and prefixes that make number runs, fields and addresses
/// start (and fail) at every byte.
const RUNS: &[&str] = &[
    "1 ",
    "(",
    "-.",
    "1-",
    "(1",
    "1)",
    "+1 ",
    "+(",
    "%2B",
    "%28",
    "%2B1%20",
    "00",
    "tel:",
    "tel:+1-",
    "1.",
    "=",
    "a=",
    "a=\"",
    "\"a\":",
    "\"a\":\"",
    "?a=",
    "&phone=1",
    "@",
    "a@",
    "%40",
    "a.",
    "Bearer ",
    "\\",
    "\"k\":\"v\",",
    "phone: \"",
    "1:2",
    "ff:",
    "::",
    "a1",
    "Jan 1 ",
    "\u{a0}1",
];

#[test]
fn long_separator_runs() {
    for unit in RUNS {
        check_big(unit, &repeat(unit, size() / 8));
    }
}

#[test]
fn deeply_nested_json() {
    let depth = size() / 16;
    let mut deep = "[".repeat(depth).into_bytes();
    deep.extend_from_slice("]".repeat(depth).as_bytes());
    check_big("nested arrays", &deep);
    let objects = format!(
        "{}\"+49 151 23421279\"{}",
        "{\"phone\":".repeat(depth / 8),
        "}".repeat(depth / 8)
    );
    check_big("nested objects", objects.as_bytes());
    // serde_json parses 128 levels; within that, the shape must survive.
    let line = format!(
        "{}{{\"phone\":\"+49 151 23421279\",\"name\":\"Anna Schmidt\"}}{}",
        "{\"a\":[".repeat(60),
        "]}".repeat(60)
    );
    check_json(&R, &line).unwrap();
}

#[test]
fn nul_bytes() {
    check_big("NUL", &vec![0u8; size()]);
    check_no_leak(&R, "\0\0+49 151 23421279\0\0").unwrap();
}

#[test]
fn invalid_utf8_at_every_position() {
    let line = "Kunde Anna Schmidt unter +49 151 23421279, mail anna.schmidt@example.de";
    let item = line.find('+').unwrap()..line.find(',').unwrap();
    for bad in [
        &[0xFF][..],
        &[0xC3],
        &[0x80],
        &[0xE2, 0x82],
        &[0xF0, 0x9F, 0x98],
    ] {
        for i in 0..=line.len() {
            let mut input = line.as_bytes()[..i].to_vec();
            input.extend_from_slice(bad);
            input.extend_from_slice(&line.as_bytes()[i..]);
            check_line(&R, &input).unwrap_or_else(|e| panic!("{bad:?} at {i}: {e}"));
            let out = R.redact_bytes(&input);
            // A stray byte glued to the number makes it part of a word;
            // anywhere else the number must still go.
            if i + 1 < item.start || i > item.end + 1 {
                assert!(
                    count(&out, "23421279") == 0,
                    "{bad:?} at {i}: {}",
                    String::from_utf8_lossy(&out)
                );
            }
        }
    }
}

/// Lines made of nothing but personal data, each kind on its own.
#[test]
fn lines_of_only_pii() {
    let cases = [
        ("phones", "+49 151 23421279, ", "23421279"),
        ("national phones", "0151 23421279; ", "23421279"),
        ("emails", "anna.schmidt@example.de ", "@"),
        ("cards", "4111 1111 1111 1111 ", "1111"),
        ("ibans", "DE89 3704 0044 0532 0130 00 ", "3704"),
        ("secrets", "password=hunter2x ", "hunter2x"),
    ];
    for (name, unit, leak) in cases {
        let out = check_big(name, &repeat(unit, size() / 4));
        assert_eq!(count(&out, leak), 0, "{name} leaked");
    }
}

/// Findings packed between protected spans (IPs, UUIDs, tokens), the
/// densest mix a busy log line has.
#[test]
fn pii_between_protected_spans() {
    let unit = "46.176.91.50 +49 151 23421279 tel_k1_df4a9327598a9122 anna.schmidt@example.de ";
    let out = check_big("pii between protected", &repeat(unit, size() / 4));
    assert_eq!(count(&out, "23421279"), 0);
}
