//! Where a bare value ends and what its shape says: a printed structure,
//! a form body's first pair, pairs joined by `; `, an escaped newline, a
//! URL-encoded text, an LDAP filter, the closing brackets of a printed
//! object. The field readers in `fields.rs` cut values with these.

use super::patterns;

/// `{vorname=Sebastian, …}`, `Loaded(name=…`, protobuf's text format
/// `{given_name:"Linnea" …}` (the bare value stops at the quote, after
/// the colon): does a bare value open a printed structure, alone or after
/// its type's name, with a pair in it?
pub(super) fn opens_structure(value: &[u8]) -> bool {
    let type_name = value
        .iter()
        .take_while(|&&b| IN_TYPE_NAME[usize::from(b)])
        .count();
    let opened = value
        .get(type_name)
        .is_some_and(|b| matches!(b, b'{' | b'(' | b'['));
    let starts = type_name == 0 || value[0].is_ascii_alphabetic();
    let inner = || &value[type_name + 1..];
    opened && starts && (inner().contains(&b'=') || inner().ends_with(b":"))
}

/// A table of the bytes for which `$test` holds (of byte `$c`), built at
/// compile time: one lookup per byte on the hot paths.
macro_rules! byte_table {
    ($c:ident => $test:expr) => {{
        let mut t = [false; 256];
        let mut b = 0;
        while b < 256 {
            let $c = b as u8;
            t[b] = $test;
            b += 1;
        }
        t
    }};
}

/// The bytes of a printed structure's type name (`opens_structure`), a
/// table: most bare values are read to their end for it.
const IN_TYPE_NAME: [bool; 256] =
    byte_table!(c => c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'$'));

/// `Struct{ID=5,FIRST_NAME=Loïs,LAST_NAME=To}`, Java's `{name=Ana,
/// msisdn=+49…}`: in a printed structure (a key right after `{`, `(`, `[`
/// or `,`) a bare value ends before `,KEY=` or before the brace that
/// closes the structure. Where `value` ends then, if sooner.
pub(super) fn printed_value_end(value: &[u8]) -> Option<usize> {
    let next_pair = memchr::memchr_iter(b',', value).find(|&c| opens_with_key(&value[c + 1..]));
    let mut end = next_pair.unwrap_or(value.len());
    // A closer the value does not open closes the structure.
    while end > 1 {
        let opener = match value[end - 1] {
            b'}' => b'{',
            b')' => b'(',
            b']' => b'[',
            _ => break,
        };
        if value[..end - 1].contains(&opener) {
            break;
        }
        end -= 1;
    }
    (end < value.len()).then_some(end)
}

/// A C# record's or anonymous type's member (`{ FirstName = Semen,
/// LastName = … }`) opens after `{ ` or `, `; its value, which runs to
/// the next `,`, `{` or `}`, ends before the spaces in front of that.
/// Where it ends, or `None` when `key` is no member.
pub(super) fn record_value_end(
    line: &[u8],
    key: (usize, usize),
    value: (usize, usize),
) -> Option<usize> {
    let member = key.0 >= 2 && matches!(&line[key.0 - 2..key.0], b"{ " | b", ");
    let end = value.0 + line[value.0..value.1].trim_ascii_end().len();
    (member && end > value.0).then_some(end)
}

/// The length of the key `text` opens with: letters, digits, `_`, `.`
/// and `-`, as a bare logfmt key is written.
pub(super) fn key_len(text: &[u8]) -> usize {
    text.iter()
        .take_while(|&&b| IN_BARE_KEY[usize::from(b)])
        .count()
}

/// The bytes of a bare logfmt key (`key_len`), a table: it is asked for
/// every byte of many values.
pub(super) const IN_BARE_KEY: [bool; 256] =
    byte_table!(c => c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-'));

/// Does `text` open with `KEY=` (a key opening with a letter)?
pub(super) fn opens_with_key(text: &[u8]) -> bool {
    let len = key_len(text);
    len > 0 && text[0].is_ascii_alphabetic() && text.get(len) == Some(&b'=')
}

/// `timestamp=1780161800;method=INVITE;dst_user=3494…` (Kamailio's
/// accounting), `Cookie: sid=…; cx_name=…`, `CDR|ORIG=…|TERM=…|ID=…`:
/// pairs joined by `;` or `|`. Where a bare value ends before the next
/// `;KEY=`, `; KEY=` or `|KEY=`, if it holds one; a trailing `;` or `|` is
/// cut too.
pub(super) fn joined_value_end(value: &[u8]) -> Option<usize> {
    memchr::memchr2_iter(b';', b'|', value).find(|&c| {
        let mut rest = &value[c + 1..];
        if rest.first() == Some(&b' ') {
            rest = &rest[1..];
        }
        rest.is_empty() || opens_with_key(rest)
    })
}

/// The key and value of a form's first pair that opens a bare value
/// (`first_name=Suzanne&…`), if the value is a form.
pub(super) fn form_first_pair(
    line: &[u8],
    value: (usize, usize),
) -> Option<((usize, usize), (usize, usize))> {
    let v = &line[value.0..value.1];
    let key = key_len(v);
    if key == 0 || v.get(key) != Some(&b'=') {
        return None;
    }
    let amp = memchr::memchr(b'&', &v[key..])? + key;
    Some(((value.0, value.0 + key), (value.0 + key + 1, value.0 + amp)))
}

/// Where `text` holds an escaped newline (`\n`), if it does.
pub(super) fn escaped_newline(text: &[u8]) -> Option<usize> {
    memchr::memchr_iter(b'\\', text).find(|&i| text.get(i + 1) == Some(&b'n'))
}

/// Is a bare value a URL-encoded text, holding a percent escape of a
/// space, a comma or a non-ASCII byte (`Sara%20Strawa`, `Jos%C3%A9`)?
pub(super) fn is_percent_encoded(value: &[u8]) -> bool {
    let url_safe =
        |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'%' | b'.' | b'_' | b'-' | b'+');
    value.iter().all(url_safe)
        && memchr::memchr_iter(b'%', value).any(|p| {
            let hex = value.get(p + 1..p + 3);
            hex.is_some_and(|h| {
                matches!(h, b"20" | b"2C" | b"2c") || matches!(h[0], b'C' | b'c' | b'D' | b'd')
            }) && hex.is_some_and(|h| h[1].is_ascii_hexdigit())
        })
}

/// After a quoted value whose closing quote is at `close`, the new value of
/// a change written ` → "…"`, ` -> "…"` or ` => "…"`: its span inside the
/// Where the first value of a form body (`a=1&b=2`) starting at `from`
/// ends: at the first `&` where the query pattern matches (`&key=`).
pub(super) fn form_value_end(line: &[u8], from: usize) -> Option<usize> {
    // A key is at most 64 bytes: `&`, key and `=` fit in 66, so each try
    // looks at no more than that.
    memchr::memchr_iter(b'&', &line[from..])
        .map(|i| from + i)
        .find(|&amp| {
            let window = &line[..line.len().min(amp + 66)];
            patterns()
                .url
                .get()
                .find_at(window, amp)
                .is_some_and(|m| m.start() == amp)
        })
}

/// An LDAP search filter (RFC 4515): parenthesised `attr=value` items.
pub(super) fn is_ldap_filter(value: &[u8]) -> bool {
    value.len() > 4
        && value[0] == b'('
        && value[value.len() - 1] == b')'
        && memchr::memchr(b'=', value).is_some()
}

/// How many closing brackets end the value that it does not open but the
/// text before its key does: `Contact(… LastName=Aigner)`, an LDAP
/// filter's `(|(mail=…)(sn=Vogelsang))`.
pub(super) fn closes_object(line: &[u8], key_start: usize, value: (usize, usize)) -> usize {
    let Some(&closer) = line[..value.1].last() else {
        return 0;
    };
    let opener = match closer {
        b')' => b'(',
        b']' => b'[',
        b'}' => b'{',
        _ => return 0,
    };
    let text = &line[value.0..value.1];
    if text.contains(&opener) {
        return 0;
    }
    let closers = text.iter().rev().take_while(|&&b| b == closer).count();
    closers.min(memchr::memchr_iter(opener, &line[..key_start]).count())
}
