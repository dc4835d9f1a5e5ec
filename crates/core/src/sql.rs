//! Key/value pairs that SQL statements in logs hold by position rather
//! than by `key=value`: an INSERT's values under its column list
//! (Hibernate's `insert into contact (first_name, …) values ('Angelika',
//! …)`), and EF Core's bound parameters (`[Parameters=[@p0='Larsson' …]]
//! … INSERT INTO [Contacts] ([LastName], …) VALUES (@p0, …)` or `SET
//! [LastName] = @p0`). Each value becomes a field under its column's name,
//! so the key rules decide it as they do for any other pair.

use crate::census::Census;
use crate::fields::{Field, Syntax};
use crate::needles::Needle;

/// The most columns an INSERT is read for.
const MAX_COLUMNS: usize = 64;

/// Appends the column/value pairs of `line`'s SQL to `out`.
pub(crate) fn scan(line: &[u8], census: Census, out: &mut Vec<Field>) {
    // SQL keywords are written in upper or in lower case.
    let values = census
        .find(line, Needle::ValuesUpper)
        .or_else(|| census.find(line, Needle::ValuesLower));
    if let Some(at) = values {
        insert_pairs(line, at, out);
    }
    if let Some(at) = census.find(line, Needle::RailsBinds) {
        rails_binds(line, at + 1, out);
    }
    // `@p0='…'` and `LIKE '…'` quote their values: one byte search rules
    // out both on most lines.
    if !census.holds(line, Needle::Apostrophe) {
        return;
    }
    if census.holds(line, Needle::EfParameter) {
        assigned_parameters(line, out);
    }
    for needle in [Needle::LikeUpper, Needle::LikeLower] {
        for at in census.find_iter(line, needle) {
            like_pair(line, at, out);
        }
    }
}

/// `(c1, c2) VALUES (v1, v2)`: the column list is the last parenthesis
/// closed before `VALUES` (at `at`; SQL Server may put `OUTPUT
/// INSERTED.[Id]` between), the values the one opened right after it.
/// Only when both lists are as long.
fn insert_pairs(line: &[u8], at: usize, out: &mut Vec<Field>) {
    let Some(close) = memchr::memrchr(b')', &line[..at]) else {
        return;
    };
    let Some(open) = memchr::memrchr(b'(', &line[..close]) else {
        return;
    };
    let mut columns = [(0usize, 0usize); MAX_COLUMNS];
    let mut n = 0;
    for (start, end) in split_list(line, open + 1, close) {
        if n == MAX_COLUMNS {
            return;
        }
        columns[n] = identifier(line, start, end);
        n += 1;
    }
    let after = at + "values".len();
    let Some(vopen) = line[after..]
        .iter()
        .position(|&b| !b.is_ascii_whitespace())
        .map(|p| after + p)
        .filter(|&p| line[p] == b'(')
    else {
        return;
    };
    let mut values = [None; MAX_COLUMNS];
    let mut pos = vopen + 1;
    for (i, value) in values.iter_mut().enumerate().take(n) {
        let Some((item, next)) = list_item(line, pos) else {
            return;
        };
        *value = value_span(line, item);
        let last = i + 1 == n;
        match line.get(next) {
            Some(b',') if !last => pos = next + 1,
            Some(b')') if last => {}
            _ => return,
        }
    }
    for (&key, value) in columns.iter().zip(values).take(n) {
        if let Some(value) = value {
            out.push(Field {
                key,
                value,
                syntax: Syntax::Logfmt,
            });
        }
    }
}

/// ActiveRecord's bound values after its SQL (`… WHERE "last_name" = $1
/// [["last_name", "Dimitrova"], ["LIMIT", 1]]`): each `["column", value]`
/// from `at` on is a pair; a value that is no string is skipped.
fn rails_binds(line: &[u8], mut at: usize, out: &mut Vec<Field>) {
    while line[at..].starts_with(b"[\"") {
        let Some(key) = double_quoted(line, at + 1) else {
            return;
        };
        let rest = key.1 + 1;
        if !line[rest..].starts_with(b", ") {
            return;
        }
        let next = match double_quoted(line, rest + 2) {
            Some(value) => {
                out.push(Field {
                    key,
                    value,
                    syntax: Syntax::Logfmt,
                });
                value.1 + 1
            }
            None => rest + 2,
        };
        let Some(close) = memchr::memchr(b']', &line[next..]) else {
            return;
        };
        at = next + close + 1;
        if !line[at..].starts_with(b", ") {
            return;
        }
        at += 2;
    }
}

/// The inside of the double-quoted text opening at `start`.
fn double_quoted(line: &[u8], start: usize) -> Option<(usize, usize)> {
    if line.get(start) != Some(&b'"') {
        return None;
    }
    let len = memchr::memchr(b'"', &line[start + 1..])?;
    Some((start + 1, start + 1 + len))
}

/// EF Core: `[col] = @p0` and `INSERT … ([col], …) VALUES (@p0, …)` name
/// the parameters whose values `@p0='…'` gives.
fn assigned_parameters(line: &[u8], out: &mut Vec<Field>) {
    // `SET [LastName] = @p0`, `WHERE [Phone] = @p1`.
    for at in memchr::memmem::find_iter(line, b"= @p") {
        if let Some(value) = parameter_value(line, at + 2) {
            out.push(Field {
                key: column_before(line, at),
                value,
                syntax: Syntax::Logfmt,
            });
        }
    }
}

/// `phone LIKE '%7334969%'` (`LIKE '` at `at`): the pattern's text
/// without its wildcards, under the column's name.
fn like_pair(line: &[u8], at: usize, out: &mut Vec<Field>) {
    // `last_name ILIKE 'Lindqvist%'`: PostgreSQL's case-blind form.
    let operator = if at > 0 && matches!(line[at - 1], b'I' | b'i') {
        at - 1
    } else {
        at
    };
    if operator == 0 || line[operator - 1] != b' ' {
        return;
    }
    let Some((mut start, mut end)) = quoted(line, at + "LIKE '".len()) else {
        return;
    };
    while start < end && line[start] == b'%' {
        start += 1;
    }
    while end > start && line[end - 1] == b'%' {
        end -= 1;
    }
    out.push(Field {
        key: column_before(line, operator - 1),
        value: (start, end),
        syntax: Syntax::Logfmt,
    });
}

/// The column name that ends at `end` (spaces before it skipped).
fn column_before(line: &[u8], end: usize) -> (usize, usize) {
    let end = line[..end].trim_ascii_end().len();
    let start = line[..end]
        .iter()
        .rposition(|&b| {
            !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'[' | b']' | b'"' | b'`'))
        })
        .map_or(0, |i| i + 1);
    identifier(line, start, end)
}

/// The value of the parameter named at `at` (`@p0`): the quoted text of
/// its `@p0='…'` in the parameter list, if the line has one.
fn parameter_value(line: &[u8], at: usize) -> Option<(usize, usize)> {
    let name_end = at
        + 2
        + line[at + 2..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
    if name_end == at + 2 {
        return None;
    }
    let name = &line[at..name_end];
    memchr::memmem::find_iter(line, name)
        .map(|p| p + name.len())
        .find(|&p| line[p..].starts_with(b"='"))
        .and_then(|p| quoted(line, p + 2))
}

/// The items of a comma-separated list from `from` to `to` (exclusive).
fn split_list(line: &[u8], from: usize, to: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = from;
    memchr::memchr_iter(b',', &line[from..to])
        .map(move |c| from + c)
        .chain([to])
        .map(move |end| {
            let item = (start, end);
            start = end + 1;
            item
        })
}

/// A column name without spaces and quoting (`[LastName]`, `"last_name"`).
fn identifier(line: &[u8], mut start: usize, mut end: usize) -> (usize, usize) {
    let quoting = |b: u8| b.is_ascii_whitespace() || matches!(b, b'[' | b']' | b'"' | b'`');
    while start < end && quoting(line[start]) {
        start += 1;
    }
    while end > start && quoting(line[end - 1]) {
        end -= 1;
    }
    (start, end)
}

/// One item of a VALUES list starting at `pos`: its span, and where the
/// `,` or `)` after it is. A quoted string may hold commas; a nested
/// parenthesis (a function call) ends the reading.
fn list_item(line: &[u8], pos: usize) -> Option<((usize, usize), usize)> {
    let start = pos
        + line[pos..]
            .iter()
            .take_while(|b| b.is_ascii_whitespace())
            .count();
    let mut i = start;
    if line.get(i) == Some(&b'\'') {
        let (_, close) = quoted(line, i + 1)?;
        i = close + 1;
    } else {
        // A bare value, or a function call (`now()`, `lower('…')`) whose
        // parentheses are skipped whole.
        let mut depth = 0usize;
        while i < line.len() {
            match line[i] {
                b'(' => depth += 1,
                b')' if depth > 0 => depth -= 1,
                b',' | b')' if depth == 0 => break,
                b'\'' if depth == 0 => break,
                _ => {}
            }
            i += 1;
        }
    }
    let end = i;
    i += line[i..]
        .iter()
        .take_while(|b| b.is_ascii_whitespace())
        .count();
    matches!(line.get(i), Some(b',' | b')')).then_some(((start, end), i))
}

/// The text of a value: inside its quotes, or an EF Core parameter's
/// bound value; `None` for numbers, NULL and placeholders.
fn value_span(line: &[u8], (start, end): (usize, usize)) -> Option<(usize, usize)> {
    match line[start] {
        b'\'' => Some((start + 1, end - 1)),
        b'@' => parameter_value(line, start),
        _ => None,
    }
}

/// The span inside a single-quoted SQL string whose text starts at
/// `from` (`''` escapes a quote).
fn quoted(line: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut i = from;
    while i < line.len() {
        if line[i] == b'\'' {
            if line.get(i + 1) == Some(&b'\'') {
                i += 2;
                continue;
            }
            return Some((from, i));
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(line: &str) -> Vec<(&str, &str)> {
        crate::fields::pair_texts(line, |line, out| scan(line, Census::of(line), out))
    }

    #[test]
    fn insert_values_align_with_columns() {
        assert_eq!(
            pairs("insert into t (a, [b], `c`) values ('x, y', 5, 'O''Hara')"),
            [("a", "x, y"), ("c", "O''Hara")]
        );
    }

    #[test]
    fn lists_of_different_lengths_give_nothing() {
        assert!(pairs("insert into t (a, b) values ('x')").is_empty());
        assert!(pairs("insert into t (a) values ('x', 'y')").is_empty());
    }

    #[test]
    fn a_function_call_is_one_value() {
        assert_eq!(
            pairs("insert into t (a, b, c) values (lower('x'), 'y', now())"),
            [("b", "y")]
        );
    }

    #[test]
    fn parameters_are_found_by_name_not_prefix() {
        assert_eq!(
            pairs(
                "[Parameters=[@p1='a', @p10='b'] UPDATE [T] SET [X] = @p10, [Y] = @p1 -- @p0='c'"
            ),
            [("X", "b"), ("Y", "a")]
        );
    }
}
