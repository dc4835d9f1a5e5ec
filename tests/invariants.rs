//! Properties every output must have, checked on the bundled example log:
//! idempotence, changes only inside findings, invalid UTF-8 untouched.

use regex::bytes::Regex;
use scrubline_core::Redactor;

const TEST_KEY: &[u8] = b"scrubline-test-key-0123456789abcdef";

fn redactor() -> Redactor {
    Redactor::builder().key("k1", TEST_KEY).build().unwrap()
}

fn example_lines() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/contact-centre.log");
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

/// What the engine writes in place of a finding.
fn replacement() -> Regex {
    Regex::new(r"(?:tel|mail)_k1_[0-9a-f]{16}|\[(?:name|card|iban|secret)\]|%5B(?:name|card|iban|secret)%5D").unwrap()
}

/// The output with its replacements cut out must be the input with some
/// spans cut out, in order: nothing outside a finding changed.
fn changed_only_inside_findings(input: &[u8], output: &[u8]) -> bool {
    let mut rest = input;
    let replacement = replacement();
    let mut segments = replacement.split(output).peekable();
    let first = segments.next().unwrap_or_default();
    if !rest.starts_with(first) {
        return false;
    }
    rest = &rest[first.len()..];
    while let Some(seg) = segments.next() {
        if segments.peek().is_none() {
            return rest.ends_with(seg);
        }
        match rest
            .windows(seg.len().max(1))
            .position(|w| seg.is_empty() || w == seg)
        {
            Some(i) => rest = &rest[i + seg.len()..],
            None => return false,
        }
    }
    true
}

#[test]
fn example_log_has_findings_on_most_lines() {
    let r = redactor();
    let changed = example_lines()
        .iter()
        .filter(|l| r.redact_line(l) != l.as_str())
        .count();
    assert!(changed >= 10, "only {changed} lines changed");
}

#[test]
fn redacting_redacted_output_changes_nothing() {
    let r = redactor();
    for line in example_lines() {
        let once = r.redact_line(&line).into_owned();
        assert_eq!(r.redact_line(&once), once.as_str(), "line: {line}");
    }
}

#[test]
fn output_differs_from_input_only_inside_findings() {
    let r = redactor();
    for line in example_lines() {
        let out = r.redact_bytes(line.as_bytes());
        assert!(
            changed_only_inside_findings(line.as_bytes(), &out),
            "line: {line}\nout:  {}",
            String::from_utf8_lossy(&out)
        );
    }
}

#[test]
fn the_check_itself_catches_a_change_outside_findings() {
    assert!(changed_only_inside_findings(
        b"a 0151 b",
        b"a tel_k1_0123456789abcdef b"
    ));
    assert!(!changed_only_inside_findings(
        b"a 0151 b",
        b"A tel_k1_0123456789abcdef b"
    ));
    assert!(!changed_only_inside_findings(
        b"a 0151 b",
        b"a tel_k1_0123456789abcdef c"
    ));
}

#[test]
fn invalid_utf8_passes_through_byte_for_byte() {
    let r = redactor();
    for line in example_lines() {
        let clean = r.redact_bytes(line.as_bytes()).into_owned();
        for bad in [&b"\xff"[..], b"\xc3", b"\xe2\x82", b"\x00", b"\xed\xa0\x80"] {
            let mut input = bad.to_vec();
            input.push(b' ');
            input.extend_from_slice(line.as_bytes());
            input.push(b' ');
            input.extend_from_slice(bad);
            let mut expected = bad.to_vec();
            expected.push(b' ');
            expected.extend_from_slice(&clean);
            expected.push(b' ');
            expected.extend_from_slice(bad);
            assert_eq!(
                r.redact_bytes(&input).as_ref(),
                &expected[..],
                "line: {line} with {bad:?}"
            );
        }
    }
}

#[test]
fn pii_free_lines_are_borrowed() {
    let r = redactor();
    let line = "2026-05-04T09:12:25.102Z INFO queue-stats queue=\"Billing\" waiting=12 sla=92.5%";
    assert!(matches!(r.redact_line(line), std::borrow::Cow::Borrowed(_)));
}
