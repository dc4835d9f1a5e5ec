//! Keys as the class lists compare them: the last dotted segment,
//! lower case, without `_`, `-` and spaces; a name part under a `name`
//! segment, a list's element, a form's nested field and a JSON key
//! written with escapes read as what they say.

/// Lowercases (ASCII) the last dotted segment of a key and drops `_`, `-`
/// and spaces, so `caller_Name`, `callerName` and `a.caller-name` agree.
pub(crate) fn normalize_key(key: &[u8], out: &mut String) {
    out.clear();
    push_normalized_key(key, out);
}

/// The field inside a key's last URL-encoded subscript
/// (`contact%5Bname%5D` → `name`).
fn encoded_subscript(key: &[u8]) -> Option<&[u8]> {
    let n = key.len();
    if n < 8 || !key[n - 3..].eq_ignore_ascii_case(b"%5d") {
        return None;
    }
    let inner = &key[..n - 3];
    let open = (0..inner.len().saturating_sub(2))
        .rev()
        .find(|&i| inner[i..i + 3].eq_ignore_ascii_case(b"%5b"))?;
    (open > 0 && open + 3 < inner.len()).then(|| &inner[open + 3..])
}

/// Decodes the `\uXXXX` escapes of an ASCII JSON key into `out`; `false`
/// when one is malformed or the key holds another escape.
fn decode_json_escapes(key: &[u8], out: &mut String) -> bool {
    let mut rest = key;
    while let Some(at) = memchr::memchr(b'\\', rest) {
        out.extend(rest[..at].iter().map(|&b| char::from(b)));
        let hex = rest
            .get(at + 2..at + 6)
            .filter(|_| rest.get(at + 1) == Some(&b'u'));
        let Some(c) = hex
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .and_then(char::from_u32)
        else {
            return false;
        };
        out.push(c);
        rest = &rest[at + 6..];
    }
    out.extend(rest.iter().map(|&b| char::from(b)));
    true
}

/// [`normalize_key`], appending to `out`. `customer.name.last` is read as
/// `lastName`: a name part under a `name` segment keeps what it is a part
/// of.
pub(crate) fn push_normalized_key(key: &[u8], out: &mut String) {
    let dot = key.iter().rposition(|&b| b == b'.');
    if let Some(i) = dot.filter(|&i| i + 1 < key.len()) {
        let part = &key[i + 1..];
        let name_part = [&b"first"[..], b"last", b"given", b"family", b"middle"]
            .iter()
            .any(|p| part.eq_ignore_ascii_case(p));
        if name_part && i >= 4 && key[i - 4..i].eq_ignore_ascii_case(b"name") {
            push_normalized_key(part, out);
            out.push_str("name");
            return;
        }
    }
    let last = match dot {
        Some(i) if i + 1 < key.len() => &key[i + 1..],
        _ => key,
    };
    // `$name`, `$phone`: Mixpanel's and Segment's reserved properties
    // mark their names with `$`.
    let last = last.strip_prefix(b"$").unwrap_or(last);
    // `phones[0]`: an element of a flattened path's list is what the list
    // holds. `contact[name]`, `contact%5Bname%5D`: a form's nested field
    // is what its own key says.
    let last = match last.strip_suffix(b"]") {
        Some(open) => match open.iter().rposition(|&b| b == b'[') {
            Some(i) if i > 0 && open[i + 1..].iter().all(u8::is_ascii_digit) => &open[..i],
            Some(i) if i > 0 && i + 1 < open.len() => &open[i + 1..],
            _ => last,
        },
        None => encoded_subscript(last).unwrap_or(last),
    };
    // `"pr\u00e9nom"`: a JSON key written with escapes is read decoded.
    if last.is_ascii() && memchr::memmem::find(last, b"\\u").is_some() {
        let mut decoded = String::new();
        if decode_json_escapes(last, &mut decoded) {
            push_normalized_key(decoded.as_bytes(), out);
            return;
        }
    }
    if last.is_ascii() {
        // The common case, byte by byte.
        let ascii = last
            .iter()
            .filter(|&&b| !matches!(b, b'_' | b'-' | b' '))
            .map(|&b| char::from(b.to_ascii_lowercase()));
        out.extend(ascii);
        return;
    }
    let Ok(s) = std::str::from_utf8(last) else {
        return;
    };
    for c in s.chars() {
        match c {
            '_' | '-' | ' ' => {}
            // `імʼя`, `ім’я`: Ukrainian writes its apostrophe several ways.
            '\u{2BC}' | '\u{2019}' => out.push('\''),
            _ => out.extend(c.to_lowercase()),
        }
    }
}
