//! The body of each fuzz target: the fuzz crate calls these, and
//! `fuzz_regressions.rs` replays committed inputs through them by name.

use scrubline_core::{parse_region, Key, Keyring, Policy, Redactor};

use super::inputs::{ConfigCase, JsonLine, PiiLine};
use super::oracle::{check_json, check_line, check_no_leak};

/// Replays a committed input of the target named `target`. Byte targets
/// take the file as it is; the structured line targets take the line
/// their input printed (its `Debug`), which stays a valid reproduction
/// when the input builder changes.
pub fn replay(target: &str, r: &Redactor, data: &[u8]) -> Result<(), String> {
    let line = || {
        String::from_utf8(data.to_vec())
            .map_err(|e| format!("a {target} regression must be UTF-8: {e}"))
    };
    match target {
        "redact_bytes" => check_line(r, data),
        "lines" => lines(r, data),
        "json_shape" => json_shape(r, &JsonLine(line()?)),
        "pii_leak" => pii_leak(r, &PiiLine(line()?)),
        "config" => config(r, &ConfigCase::from_bytes(data)),
        _ => Err(format!("no fuzz target named {target:?}")),
    }
}

/// A JSON line comes out as valid JSON of the same shape.
pub fn json_shape(r: &Redactor, line: &JsonLine) -> Result<(), String> {
    check_json(r, &line.0)
}

/// An inserted phone number or email never leaks.
pub fn pii_leak(r: &Redactor, line: &PiiLine) -> Result<(), String> {
    check_no_leak(r, &line.0)
}

/// Lines are independent: each keeps every invariant, and its result does
/// not depend on which lines the same thread redacted before it (the
/// engine reuses per-thread scratch buffers from line to line).
pub fn lines(r: &Redactor, data: &[u8]) -> Result<(), String> {
    let lines: Vec<&[u8]> = data.split(|&b| b == b'\n').collect();
    let forward: Vec<Vec<u8>> = lines
        .iter()
        .map(|l| r.redact_bytes(l).into_owned())
        .collect();
    let mut backward: Vec<Vec<u8>> = lines
        .iter()
        .rev()
        .map(|l| r.redact_bytes(l).into_owned())
        .collect();
    backward.reverse();
    if forward != backward {
        return Err("a line's result depends on the lines redacted before it".into());
    }
    // One reused buffer, as the sidecar batches lines: the same bytes.
    let mut batch = Vec::new();
    for l in &lines {
        r.redact_into(l, &mut batch);
        batch.push(b'\n');
    }
    batch.pop();
    if batch != forward.join(&b'\n') {
        return Err("redact_into into a reused buffer differs from line by line".into());
    }
    lines.iter().try_for_each(|l| check_line(r, l))
}

/// Keys, keyrings, replacement texts and regions from untrusted config:
/// errors, never panics; errors name the problem and never the secret; a
/// redactor built from what was accepted keeps UTF-8 and is idempotent.
pub fn config(r: &Redactor, case: &ConfigCase) -> Result<(), String> {
    let mut keys = Vec::new();
    for (id, secret) in &case.keys {
        match Key::new(id, secret) {
            Ok(k) => keys.push(k),
            Err(e) => {
                // The message must not depend on the secret: the same error
                // for a different secret of the same length. (Looking for
                // the secret in the message fails when a fuzzed secret
                // happens to spell part of the fixed text.)
                let msg = e.to_string();
                let other: Vec<u8> = secret.iter().map(|b| b ^ 0x55).collect();
                let other_msg = Key::new(id, &other).err().map(|e| e.to_string());
                if msg.is_empty() || other_msg.as_deref() != Some(msg.as_str()) {
                    return Err(format!("bad key error {msg:?}"));
                }
            }
        }
    }
    let ring = match Keyring::new(keys, &case.active) {
        Ok(ring) if ring.active().id() != case.active => return Err("wrong active key".into()),
        Ok(ring) => Some(ring),
        Err(e) if e.to_string().is_empty() => return Err("empty keyring error".into()),
        Err(_) => None,
    };
    let mut policy = Policy::default();
    if policy.set_replacement(case.kind, &case.replacement).is_ok()
        && policy.replacement(case.kind) != case.replacement
    {
        return Err("accepted replacement not stored".into());
    }
    let region_ok = match parse_region(&case.region) {
        Ok(_) => case.region.trim().len() == 2,
        Err(e) => !e.to_string().is_empty(),
    };
    if !region_ok {
        return Err(format!(
            "region {:?} accepted or refused wrongly",
            case.region
        ));
    }
    let Some(ring) = ring else {
        return check_line(r, case.line.as_bytes());
    };
    let built = Redactor::builder()
        .keyring(ring)
        .default_region(&case.region)
        .policy(policy)
        .build();
    let custom = match built {
        Ok(custom) => custom,
        Err(_) if parse_region(&case.region).is_err() => return Ok(()),
        Err(e) => return Err(format!("valid config refused: {e}")),
    };
    let out = custom.redact_line(&case.line);
    let again = custom.redact_line(&out);
    if again != out {
        return Err(format!(
            "custom policy not idempotent: {out:?} -> {again:?}"
        ));
    }
    Ok(())
}
