//! The invariants every redaction must keep, as checks that return what
//! broke. Shared by the property tests, the adversarial tests, the fuzz
//! regression replay and the fuzz targets (which include this file by
//! path), so one spec is checked on every path.

use std::borrow::Cow;

use scrubline_core::Redactor;

/// The spec's test key and region, so tokens match DESIGN.md's vectors.
pub fn redactor() -> Redactor {
    Redactor::builder()
        .key("k1", b"scrubline-test-key-0123456789abcdef")
        .default_region("DE")
        .build()
        .expect("test redactor builds")
}

/// What the default policy writes in place of a finding, plain and
/// percent-encoded; tokens are matched separately.
const REPLACEMENTS: &[&[u8]] = &[
    b"[name]",
    b"[card]",
    b"[iban]",
    b"[secret]",
    b"%5Bname%5D",
    b"%5Bcard%5D",
    b"%5Biban%5D",
    b"%5Bsecret%5D",
];

/// The length of the replacement starting at `out[i..]`, if any: one of
/// the default replacements or a `tel_k1_`/`mail_k1_` token, bare or in
/// the quotes that keep a replaced bare JSON number valid.
fn replacement_at(out: &[u8], i: usize) -> Option<usize> {
    if out[i] == b'"' {
        if let Some(len) = bare_replacement_at(out, i + 1) {
            if out.get(i + 1 + len) == Some(&b'"') {
                return Some(len + 2);
            }
        }
    }
    bare_replacement_at(out, i)
}

fn bare_replacement_at(out: &[u8], i: usize) -> Option<usize> {
    let rest = out.get(i..)?;
    // A bare JSON number is replaced by a quoted string: `"cvv":"[secret]"`.
    if i > 0 && out[i - 1] == b':' && rest.first() == Some(&b'"') {
        if let Some(len) = unquoted_replacement_at(out, i + 1) {
            if out.get(i + 1 + len) == Some(&b'"') {
                return Some(len + 2);
            }
        }
    }
    unquoted_replacement_at(out, i)
}

fn unquoted_replacement_at(out: &[u8], i: usize) -> Option<usize> {
    let rest = &out[i..];
    if let Some(r) = REPLACEMENTS.iter().find(|r| rest.starts_with(r)) {
        return Some(r.len());
    }
    for prefix in [&b"tel_k1_"[..], b"mail_k1_"] {
        if rest.starts_with(prefix) {
            let hex = &rest[prefix.len()..];
            if hex.len() >= 16
                && hex[..16]
                    .iter()
                    .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
            {
                return Some(prefix.len() + 16);
            }
        }
    }
    None
}

/// Splits `out` into the literal stretches between replacements.
fn literal_segments(out: &[u8]) -> (Vec<&[u8]>, usize) {
    let mut segments = Vec::new();
    let mut replaced = 0;
    let (mut start, mut i) = (0, 0);
    while i < out.len() {
        match replacement_at(out, i) {
            Some(len) => {
                segments.push(&out[start..i]);
                replaced += 1;
                i += len;
                start = i;
            }
            None => i += 1,
        }
    }
    segments.push(&out[start..]);
    (segments, replaced)
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    memchr::memmem::find(hay.get(from..)?, needle).map(|p| p + from)
}

/// Output equals input outside findings: the literal stretches of the
/// output between replacements appear in the input in order, the first
/// at its start and the last at its end. (A replacement-looking text the
/// input already held, such as a token, may match an empty gap.)
pub fn unchanged_outside_findings(input: &[u8], out: &[u8]) -> Result<(), String> {
    let (segments, replaced) = literal_segments(out);
    if replaced == 0 {
        return if input == out {
            Ok(())
        } else {
            Err("output changed without a replacement".into())
        };
    }
    let (first, last) = (segments[0], segments[segments.len() - 1]);
    if !input.starts_with(first) {
        return Err(format!(
            "output starts {:?}, not as the input",
            String::from_utf8_lossy(first)
        ));
    }
    let mut pos = first.len();
    for seg in &segments[1..segments.len() - 1] {
        match find(input, seg, pos) {
            Some(p) => pos = p + seg.len(),
            None => {
                return Err(format!(
                    "output text {:?} is not in the input",
                    String::from_utf8_lossy(seg)
                ))
            }
        }
    }
    if !input.ends_with(last) || input.len() - last.len() < pos {
        return Err(format!(
            "output ends {:?}, not as the input",
            String::from_utf8_lossy(last)
        ));
    }
    Ok(())
}

/// Every line invariant: UTF-8 kept, unchanged outside findings,
/// idempotent, and `redact_line`/`redact_into` agree with `redact_bytes`.
pub fn check_line(r: &Redactor, input: &[u8]) -> Result<(), String> {
    let out = r.redact_bytes(input);
    let borrowed = matches!(out, Cow::Borrowed(_));
    if borrowed != (*out == *input) {
        return Err("Cow::Borrowed must mean nothing was found, Owned that something was".into());
    }
    let valid_utf8 = std::str::from_utf8(input).is_ok();
    if valid_utf8 && std::str::from_utf8(&out).is_err() {
        return Err("valid UTF-8 in, invalid UTF-8 out".into());
    }
    // A line the engine could not settle is withheld whole (fail closed).
    if *out != *scrubline_core::WITHHELD {
        unchanged_outside_findings(input, &out)?;
    }
    let again = r.redact_bytes(&out);
    if *again != *out {
        return Err(format!(
            "not idempotent: second pass turned {:?} into {:?}",
            String::from_utf8_lossy(&out),
            String::from_utf8_lossy(&again)
        ));
    }
    let mut buf = b"kept:".to_vec();
    let findings = r.redact_into(input, &mut buf);
    if buf[..5] != *b"kept:" || buf[5..] != *out || (findings.total() == 0) != borrowed {
        return Err("redact_into must append what redact_bytes returns".into());
    }
    if let Ok(text) = std::str::from_utf8(input) {
        if r.redact_line(text).as_bytes() != &*out {
            return Err("redact_line differs from redact_bytes".into());
        }
    }
    Ok(())
}

/// One structural event of a JSON text: strings and numbers are scalar
/// leaves whose text does not matter (a redacted number is written as a
/// string token, `{"phone":"tel_k1_…"}`); literals keep their kind.
#[derive(Debug, PartialEq, Eq)]
enum Event {
    Punct(u8),
    Scalar,
    Literal(u8),
}

/// The structure of a JSON text already known to be valid.
fn shape(json: &[u8]) -> Vec<Event> {
    let mut events = Vec::new();
    let mut i = 0;
    while i < json.len() {
        match json[i] {
            b'{' | b'}' | b'[' | b']' | b':' | b',' => {
                events.push(Event::Punct(json[i]));
                i += 1;
            }
            b'"' => {
                i += 1;
                while json[i] != b'"' {
                    i += if json[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
                events.push(Event::Scalar);
            }
            b't' | b'f' | b'n' => {
                events.push(Event::Literal(json[i]));
                i += if json[i] == b'f' { 5 } else { 4 };
            }
            b if b.is_ascii_whitespace() => i += 1,
            _ => {
                while i < json.len() && !b",}] \t\r\n".contains(&json[i]) {
                    i += 1;
                }
                events.push(Event::Scalar);
            }
        }
    }
    events
}

/// A JSON line stays valid JSON with the same structure, and keeps every
/// line invariant.
pub fn check_json(r: &Redactor, line: &str) -> Result<(), String> {
    check_line(r, line.as_bytes())?;
    let out = r.redact_line(line);
    if let Err(e) = serde_json::from_str::<serde_json::Value>(&out) {
        return Err(format!("invalid JSON out ({e}): {out}"));
    }
    if shape(out.as_bytes()) != shape(line.as_bytes()) {
        return Err(format!("JSON shape changed: {out}"));
    }
    Ok(())
}

/// Removes tokens and replacements from `out`, leaving what the input
/// contributed.
fn without_replacements(out: &[u8]) -> Vec<u8> {
    literal_segments(out).0.concat()
}

/// The line's only digits and `@` are the inserted item's, so any digit
/// or `@` left outside a token is (part of) the item leaking.
pub fn check_no_leak(r: &Redactor, line: &str) -> Result<(), String> {
    let out = r.redact_line(line);
    let rest = without_replacements(out.as_bytes());
    if rest.iter().any(|b| b.is_ascii_digit() || *b == b'@') {
        return Err(format!("leaked: {out}"));
    }
    check_line(r, line.as_bytes())
}
