//! Keeps redacted JSON lines valid. The engine replaces a JSON number
//! value in place (`"phone":4915123421279` becomes `"phone":tel_k1_…`,
//! `"pin":1234` becomes `"pin":[secret]`), which is no longer JSON; tracing
//! writes integer fields as numbers, so this happens to real events. Until
//! the engine quotes such replacements itself, they are quoted here.

/// Does the line look like a JSON object (the only shape fixed here)?
pub(crate) fn is_object(line: &[u8]) -> bool {
    line.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

/// Appends `line` to `out` with every bare (unquoted, non-JSON) object
/// value wrapped in quotes. Returns false, appending nothing, when there
/// was none: the common case costs one scan and no copy.
pub(crate) fn quote_bare_values(line: &[u8], out: &mut Vec<u8>) -> bool {
    let mut copied = 0;
    let mut in_string = false;
    let mut i = 0;
    while i < line.len() {
        let b = line[i];
        if in_string {
            match b {
                b'\\' => i += 1,
                b'"' => in_string = false,
                _ => {}
            }
        } else if b == b'"' {
            in_string = true;
        } else if b == b':' {
            let start = i
                + 1
                + line[i + 1..]
                    .iter()
                    .take_while(|b| b.is_ascii_whitespace())
                    .count();
            if let Some(len) = bare_value_len(&line[start..]) {
                out.extend_from_slice(&line[copied..start]);
                out.push(b'"');
                out.extend_from_slice(&line[start..start + len]);
                out.push(b'"');
                copied = start + len;
                i = copied;
                continue;
            }
        }
        i += 1;
    }
    if copied == 0 {
        return false;
    }
    out.extend_from_slice(&line[copied..]);
    true
}

/// The length of the bare value at the start of `v`: text up to the next
/// `,` `}` `]` or space that is not a JSON value. A replacement such as
/// `[name]` starts like an array, so an array counts only if its first
/// byte inside could start a JSON value.
fn bare_value_len(v: &[u8]) -> Option<usize> {
    let first = *v.first()?;
    let is_json = match first {
        b'"' | b'{' | b'-' | b'0'..=b'9' => true,
        b'[' => v
            .get(1)
            .is_some_and(|b| b"\"{[]-0123456789 \t\r\n".contains(b) || starts_literal(&v[1..])),
        _ => starts_literal(v),
    };
    if is_json {
        return None;
    }
    // A bracketed replacement (`[name]`) ends at its own `]`.
    let end = if first == b'[' {
        v.iter().position(|&b| b == b']').map(|p| p + 1)
    } else {
        v.iter().position(|b| b",}] \t\r\n".contains(b))
    };
    Some(end.unwrap_or(v.len()))
}

fn starts_literal(v: &[u8]) -> bool {
    [&b"true"[..], b"false", b"null"].iter().any(|lit| {
        v.starts_with(lit)
            && v.get(lit.len())
                .map_or(true, |b| !b.is_ascii_alphanumeric() && *b != b'_')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(s: &str) -> Option<String> {
        let mut out = Vec::new();
        quote_bare_values(s.as_bytes(), &mut out).then(|| String::from_utf8(out).unwrap())
    }

    #[test]
    fn bare_replacements_are_quoted() {
        assert_eq!(
            fix(r#"{"phone":tel_k1_df4a9327598a9122,"n":7}"#).as_deref(),
            Some(r#"{"phone":"tel_k1_df4a9327598a9122","n":7}"#)
        );
        assert_eq!(
            fix(r#"{"a":{"pin": [secret]},"cvv":[secret]}"#).as_deref(),
            Some(r#"{"a":{"pin": "[secret]"},"cvv":"[secret]"}"#)
        );
    }

    #[test]
    fn valid_json_is_left_alone() {
        for s in [
            r#"{"a":"x: [name], tel_k1_df4a9327598a9122","b":true,"c":null,"d":-1.5e3}"#,
            r#"{"spans":[{"n":"call"}],"e":[],"f":[1,2],"g":[true],"h":[null],"i":false}"#,
            r#"{"esc":"a \": b","nested":{"k":"v"}}"#,
        ] {
            assert_eq!(fix(s), None, "{s}");
        }
    }

    #[test]
    fn only_objects_are_candidates() {
        assert!(is_object(br#"  {"a":1}"#));
        assert!(!is_object(b"phone=tel_k1_df4a9327598a9122 a: b"));
    }
}
