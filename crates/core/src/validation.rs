//! Key/value pairs that messages write in prose: validation errors
//! (Spring's `on field 'lastName': rejected value [Makovac]`, Bean
//! Validation's `updateContact.request.phone: must match "…" (rejected
//! value [42745597])`, `field 'lastName' value 'Ayala' failed rule …`) and
//! audit lines that quote a value after a field's name (`changed: surname
//! 'Brož-Zeman' -> 'Fišer'`), errors that name a column or field and echo
//! its value (MySQL, Oracle, pydantic) and printed queries (`LastName ==
//! "Rossi"`). Each value becomes a field under the name the message gives,
//! so the key rules decide it as they do for any other pair.

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
    let quoted = census.holds(line, Needle::Apostrophe);
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
            push_pair(out, key, (start, start + len));
        }
    }
    for at in census.find_iter(line, Needle::DoubleEquals) {
        if let Some((key, value)) = equality_test(line, at) {
            push_pair(out, key, value);
        }
    }
    if !quoted {
        return;
    }
    column_echoes(line, census, out);
    for at in census.find_iter(line, Needle::InputValue) {
        let start = at + b"input_value='".len();
        let value = quoted_at(line, start);
        if let Some((key, value)) = pydantic_loc(line, at).zip(value) {
            push_pair(out, key, value);
        }
    }
    for at in census.find_iter(line, Needle::FieldQuote) {
        let Some(key) = quoted_at(line, at + b"field '".len()) else {
            continue;
        };
        let rest = &line[key.1 + 1..line.len().min(key.1 + 1 + 8)];
        if rest.starts_with(b" value '") {
            let start = key.1 + 1 + b" value '".len();
            if let Some(value) = quoted_at(line, start) {
                push_pair(out, key, value);
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
            push_pair(out, key, value);
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

/// SQL errors name the column they are about, then echo its value:
/// MySQL's `for column 'last_name' at row 1 -- value '…'`, Oracle's
/// `ORA-12899: value too large for column "CRM"."CUSTOMERS"."LAST_NAME" …
/// bind :2='…'`, SQL Server's `column 'LastName'. Truncated value: '…'`.
fn column_echoes(line: &[u8], census: Census, out: &mut Vec<Field>) {
    for at in census.find_iter(line, Needle::Column) {
        let Some(key) = column_name(line, at + b"column ".len()) else {
            continue;
        };
        let from = key.1 + 1;
        let window = &line[from..line.len().min(from + KEY_WINDOW)];
        let echoed = memchr::memchr_iter(b'\'', window).find(|&q| {
            let before = window[..q].trim_ascii_end();
            let before = before.strip_suffix(b":").unwrap_or(before).trim_ascii_end();
            let bind = before.strip_suffix(b"=").is_some_and(|b| {
                let digits = b.iter().rev().take_while(|d| d.is_ascii_digit()).count();
                digits > 0 && b[..b.len() - digits].ends_with(b":")
            });
            bind || (before.len() >= 5 && before[before.len() - 5..].eq_ignore_ascii_case(b"value"))
        });
        if let Some(value) = echoed.and_then(|q| quoted_at(line, from + q + 1)) {
            push_pair(out, key, value);
        }
    }
}

/// The column named at `start`: `'last_name'`, `` `last_name` `` or the
/// last part of `"CRM"."CUSTOMERS"."LAST_NAME"`.
fn column_name(line: &[u8], mut start: usize) -> Option<(usize, usize)> {
    loop {
        let quote = *line.get(start)?;
        if !matches!(quote, b'\'' | b'"' | b'`') {
            return None;
        }
        let name = start + 1;
        let len = memchr::memchr(quote, &line[name..line.len().min(name + 64)])?;
        let end = name + len;
        if line.get(end + 1) != Some(&b'.') {
            return (len > 0).then_some((name, end));
        }
        start = end + 2;
    }
}

/// The field a pydantic error is about (`2 validation errors for Contact
/// email value is not … [type=…, input_value='…'] full_name String should
/// … [type=…, input_value='…']`, its line breaks gone): the first word of
/// the error, which starts after the previous error's `]` or the model's
/// name. `at` is where `input_value='` starts.
fn pydantic_loc(line: &[u8], at: usize) -> Option<(usize, usize)> {
    let bracket = memchr::memrchr(b'[', &line[..at])?;
    let start = match memchr::memrchr(b']', &line[..bracket]) {
        Some(close) => close + 1,
        None => {
            let intro = memchr::memmem::find(&line[..bracket], b"validation error")?;
            let model = memchr::memmem::find(&line[intro..bracket], b" for ")? + intro + 5;
            model + memchr::memchr(b' ', &line[model..bracket])?
        }
    };
    let text = &line[start..bracket];
    let word = text.iter().position(|b| !b.is_ascii_whitespace())?;
    let len = text[word..]
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.')))?;
    (len > 0).then_some((start + word, start + word + len))
}

/// A printed query's test of a member against a quoted text (LINQ's
/// `c.LastName == "Rossi"`, JavaScript's `user.phone === '…'`); `at` is
/// where `== ` starts. The key is the member's last name part.
fn equality_test(line: &[u8], at: usize) -> Option<((usize, usize), (usize, usize))> {
    let end = line[..at]
        .iter()
        .rposition(|&b| b != b'=' && b != b' ')
        .map(|p| p + 1)?;
    let start = line[..end]
        .iter()
        .rposition(|&b| !(b.is_ascii_alphanumeric() || b == b'_'))
        .map_or(0, |p| p + 1);
    let quote_at = at + b"== ".len();
    let quote = *line.get(quote_at)?;
    if start == end || !matches!(quote, b'"' | b'\'') {
        return None;
    }
    let from = quote_at + 1;
    let len = memchr::memchr(quote, &line[from..line.len().min(from + 128)])?;
    Some(((start, end), (from, from + len)))
}

/// Adds `value` under the key the message names, read as logfmt's pairs are.
fn push_pair(out: &mut Vec<Field>, key: (usize, usize), value: (usize, usize)) {
    out.push(Field {
        key,
        value,
        syntax: Syntax::Logfmt,
    });
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
    fn columns_named_by_sql_errors() {
        assert_eq!(
            pairs("Incorrect string value for column 'last_name' at row 1 -- value 'Oda Lind'"),
            [("last_name", "Oda Lind")]
        );
        assert_eq!(
            pairs(
                r#"ORA-12899: value too large for column "CRM"."C"."SURNAME" (actual: 41) -- bind :2='LIND'"#
            ),
            [("SURNAME", "LIND")]
        );
        assert!(pairs("column 'city' at row 2: no value").is_empty());
    }

    #[test]
    fn pydantic_errors_name_their_field() {
        assert_eq!(
            pairs("2 validation errors for Contact email value is not valid [type=value_error, input_value='x', input_type=str] full_name String should have at most 4 characters [type=string_too_long, input_value='Oda Lind', input_type=str]"),
            [("email", "x"), ("full_name", "Oda Lind")]
        );
    }

    #[test]
    fn equality_tests_of_printed_queries() {
        assert_eq!(
            pairs(r#"(Contacts where c.LastName == "Lind" && FirstName === 'Oda')"#),
            [("LastName", "Lind"), ("FirstName", "Oda")]
        );
        assert!(pairs("if count == 3 then").is_empty());
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
