//! Key/value pairs that messages write in prose: validation errors
//! (Spring's `on field 'lastName': rejected value [Makovac]`, Bean
//! Validation's `updateContact.request.phone: must match "…" (rejected
//! value [42745597])`, `field 'lastName' value 'Ayala' failed rule …`) and
//! audit lines that quote a value after a field's name (`changed: surname
//! 'Brož-Zeman' -> 'Fišer'`). Each value becomes a field under the name the
//! message gives, so the key rules decide it as they do for any other pair.

use crate::census::Census;
use crate::context::{classify_word, KeyClass};
use crate::fields::{Field, Syntax};
use crate::needles::Needle;

/// How far before a rejected value its field name is looked for.
const KEY_WINDOW: usize = 256;

/// Appends the field/value pairs of `line`'s validation messages to `out`.
pub(crate) fn scan(line: &[u8], census: Census, out: &mut Vec<Field>) {
    // `surname 'A'` and `field 'x' value 'y'` quote their values: one byte
    // search rules out both on most lines.
    let quoted = memchr::memchr(b'\'', line).is_some();
    if quoted {
        quoted_after_key_word(line, census, out);
    }
    for at in census.find_iter(line, Needle::RejectedValue) {
        let start = at + b"rejected value [".len();
        let Some(len) = memchr::memchr(b']', &line[start..]) else {
            continue;
        };
        let from = at.saturating_sub(KEY_WINDOW);
        let key = quoted_field_name(line, from, at).or_else(|| property_path(line, from, at));
        if let Some(key) = key {
            out.push(Field {
                key,
                value: (start, start + len),
                syntax: Syntax::Logfmt,
            });
        }
    }
    if !quoted {
        return;
    }
    for at in census.find_iter(line, Needle::FieldQuote) {
        let Some(key) = quoted_at(line, at + b"field '".len()) else {
            continue;
        };
        let rest = &line[key.1 + 1..line.len().min(key.1 + 1 + 8)];
        if rest.starts_with(b" value '") {
            let start = key.1 + 1 + b" value '".len();
            if let Some(value) = quoted_at(line, start) {
                out.push(Field {
                    key,
                    value,
                    syntax: Syntax::Logfmt,
                });
            }
        }
    }
}

/// `surname 'Brož-Zeman' -> 'Fišer'`: a single-quoted value after a word
/// that names a person's name or number, and the new value of a change.
fn quoted_after_key_word(line: &[u8], census: Census, out: &mut Vec<Field>) {
    for space in census.find_iter(line, Needle::SpaceQuote) {
        let start = line[..space]
            .iter()
            .rposition(|&b| !(b.is_ascii_alphabetic() || b == b'_'))
            .map_or(0, |i| i + 1);
        let Ok(word) = std::str::from_utf8(&line[start..space]) else {
            continue;
        };
        if word.is_empty() || !matches!(classify_word(word), Some(KeyClass::Name | KeyClass::Phone))
        {
            continue;
        }
        let key = (start, space);
        let mut at = space + 2;
        while let Some(value) = quoted_at(line, at) {
            out.push(Field {
                key,
                value,
                syntax: Syntax::Logfmt,
            });
            let rest = &line[value.1 + 1..];
            let Some(arrow) = [&b" -> '"[..], " \u{2192} '".as_bytes()]
                .into_iter()
                .find(|a| rest.starts_with(a))
            else {
                break;
            };
            at = value.1 + 1 + arrow.len();
        }
    }
}

/// The name in the last `field '…'` between `from` and `to`.
fn quoted_field_name(line: &[u8], from: usize, to: usize) -> Option<(usize, usize)> {
    let at = memchr::memmem::rfind(&line[from..to], b"field '")? + from;
    quoted_at(line, at + b"field '".len())
}

/// `updateContact.request.phone: must match …`: the dotted property path
/// right before the last `: ` between `from` and `to` (its last segment
/// names the field; the key rules read only that).
fn property_path(line: &[u8], from: usize, to: usize) -> Option<(usize, usize)> {
    let colon = memchr::memmem::rfind(&line[from..to], b": ")? + from;
    let start = line[..colon]
        .iter()
        .rposition(|&b| !(b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_')))
        .map_or(0, |i| i + 1);
    let path = &line[start..colon];
    (path.contains(&b'.') && path.first().is_some_and(u8::is_ascii_alphabetic))
        .then_some((start, colon))
}

/// The span of a single-quoted text starting at `start`, up to its quote.
fn quoted_at(line: &[u8], start: usize) -> Option<(usize, usize)> {
    let len = memchr::memchr(b'\'', &line[start..line.len().min(start + 128)])?;
    (len > 0).then_some((start, start + len))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(line: &str) -> Vec<(&str, &str)> {
        crate::fields::pair_texts(line, |line, out| scan(line, Census::of(line), out))
    }

    #[test]
    fn spring_field_errors() {
        assert_eq!(
            pairs(
                "Field error in object 'req' on field 'lastName': rejected value [Makovac]; codes"
            ),
            [("lastName", "Makovac")]
        );
        assert_eq!(
            pairs("ConstraintViolationException: update.request.phone: must match \"x\" (rejected value [42745597])"),
            [("update.request.phone", "42745597")]
        );
    }

    #[test]
    fn quoted_values_after_a_name_word() {
        assert_eq!(
            pairs("changed: surname 'Brož-Zeman' -> 'Fišer', given_name='x'"),
            [("surname", "Brož-Zeman"), ("surname", "Fišer")]
        );
        assert!(pairs("queue 'Berlin' -> 'Hamburg'").is_empty());
    }

    #[test]
    fn field_then_value() {
        assert_eq!(
            pairs("field 'lastName' value 'Ayala' failed rule pattern"),
            [("lastName", "Ayala")]
        );
        assert_eq!(
            pairs("field 'x' is required; rejected value [] by rule"),
            [("x", "")]
        );
        assert!(pairs("rejected value [5] with no field").is_empty());
    }
}
