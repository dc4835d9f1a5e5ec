//! Pairs passed to a call, as SDKs and app code log their calls: a setter
//! whose name says what it sets (`setFirstName("Volkan")`, Braze's and
//! Firebase's user setters), and a call whose first string names its
//! second (`setCustomKey("customer_name", "Barış Bozkurt")`,
//! `putExtra('lastName', 'Berg')`). The key and value patterns of
//! `fields` read neither.

use crate::census::Census;
use crate::fields::{Field, Syntax};
use crate::needles::Needle;

/// The longest key read.
const MAX_KEY: usize = 64;

/// Appends the pairs of `line`'s calls to `out`.
pub(crate) fn scan(line: &[u8], census: Census, out: &mut Vec<Field>) {
    // Most lines hold no `(`: the census says so without a search.
    if !census.holds(line, Needle::OpenParen) {
        return;
    }
    for open in memchr::memchr_iter(b'(', line) {
        let Some(first) = quoted(line, open + 1) else {
            continue;
        };
        let after = skip_spaces(line, first.1 + 1);
        match line.get(after) {
            // `name("key", "value")`
            Some(b',') => {
                let Some(second) = quoted(line, skip_spaces(line, after + 1)) else {
                    continue;
                };
                let closes = line.get(skip_spaces(line, second.1 + 1)) == Some(&b')');
                let key_like = (1..=MAX_KEY).contains(&(first.1 - first.0))
                    && line[first.0..first.1]
                        .iter()
                        .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'));
                if closes && key_like {
                    out.push(Field {
                        key: first,
                        value: second,
                        syntax: Syntax::Logfmt,
                    });
                }
            }
            // `setKey("value")`
            Some(b')') => {
                let ident = line[..open]
                    .iter()
                    .rev()
                    .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
                    .count();
                let name = &line[open - ident..open];
                let setter = name.len() > 3
                    && name.len() - 3 <= MAX_KEY
                    && name.starts_with(b"set")
                    && name[3].is_ascii_uppercase();
                if setter {
                    out.push(Field {
                        key: (open - ident + 3, open),
                        value: first,
                        syntax: Syntax::Logfmt,
                    });
                }
            }
            _ => {}
        }
    }
}

/// The inside of a string in double or single quotes opening at `at`
/// (without escapes: a value that has one is left to the other readers).
fn quoted(line: &[u8], at: usize) -> Option<(usize, usize)> {
    let quote = *line.get(at).filter(|&&q| q == b'"' || q == b'\'')?;
    let len = line[at + 1..]
        .iter()
        .position(|&b| b == quote || b == b'\\')?;
    (line[at + 1 + len] == quote).then_some((at + 1, at + 1 + len))
}

fn skip_spaces(line: &[u8], mut at: usize) -> usize {
    while line.get(at) == Some(&b' ') {
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(line: &str) -> Vec<(&str, &str)> {
        crate::fields::pair_texts(line, |line, out| scan(line, Census::of(line), out))
    }

    #[test]
    fn setters_and_named_arguments() {
        assert_eq!(
            pairs(r#"BrazeUser: setFirstName("Volkan") setPhoneNumber("+4915123421279")"#),
            [("FirstName", "Volkan"), ("PhoneNumber", "+4915123421279")]
        );
        assert_eq!(
            pairs(r#"setCustomKey("customer_name", "Barış Bozkurt"); setUserId("u_1")"#),
            [("customer_name", "Barış Bozkurt"), ("UserId", "u_1")]
        );
        assert_eq!(
            pairs("putExtra('lastName', 'Berg')"),
            [("lastName", "Berg")]
        );
        // no key, no setter, or more arguments
        assert!(
            pairs(r#"log("hello world", "x") get("a") setup("b") f("a", "b", "c")"#).is_empty()
        );
        assert!(pairs(r#"set("v") reset("v") print("a\"b")"#).is_empty());
    }
}
