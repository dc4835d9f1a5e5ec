//! Percent-decoding of URL query values (`%2B49+151…`, `G%C3%A1l+M%C3%A1ria`)
//! so detectors can read them; `+` is a space in query strings.

/// Decodes `input` into `out` (cleared first). Malformed escapes are kept
/// as written. Returns true when anything was decoded.
pub(crate) fn decode_query(input: &[u8], out: &mut Vec<u8>) -> bool {
    decode(input, out, None, QUERY)
}

/// How a text escapes bytes: the byte before two hex digits, and the byte
/// that stands for a space, if any.
#[derive(Clone, Copy)]
struct Escapes {
    escape: u8,
    space: Option<u8>,
}

/// A URL query: `%XX`, and `+` for a space.
const QUERY: Escapes = Escapes {
    escape: b'%',
    space: Some(b'+'),
};

/// As `decode_query`, and once more when the decoded text still holds an
/// escape: CloudFront and proxies that log a query they forward encode it
/// twice (`n=Bianca%2520Tudor`).
pub(crate) fn decode_query_twice(input: &[u8], out: &mut Vec<u8>) {
    decode_query(input, out);
    let escaped = out
        .windows(3)
        .any(|w| w[0] == b'%' && hex(w[1]).is_some() && hex(w[2]).is_some());
    if escaped {
        let once = std::mem::take(out);
        decode_query(&once, out);
    }
}

/// As `decode_query`, but a `+` stays a `+`: an address's
/// (`anna+news@…`), which no space could stand for.
pub(crate) fn decode_escapes(input: &[u8], out: &mut Vec<u8>) {
    let escapes = Escapes {
        space: None,
        ..QUERY
    };
    decode(input, out, None, escapes);
}

/// Decodes the text of an RFC 2047 Q-encoded word (`Minh_Anh_L=C3=A2m`):
/// `=XX` for a byte, `_` for a space.
pub(crate) fn decode_q_encoded(input: &[u8], out: &mut Vec<u8>) {
    let escapes = Escapes {
        escape: b'=',
        space: Some(b'_'),
    };
    decode(input, out, None, escapes);
}

/// As `decode_query`, also writing into `from` (cleared first) where each
/// decoded byte's source starts in `input`, then `input.len()`: a span
/// found in the decoded text maps back onto the encoded one.
pub(crate) fn decode_query_mapped(input: &[u8], out: &mut Vec<u8>, from: &mut Vec<usize>) {
    from.clear();
    decode(input, out, Some(from), QUERY);
    from.push(input.len());
}

fn decode(
    input: &[u8],
    out: &mut Vec<u8>,
    mut from: Option<&mut Vec<usize>>,
    escapes: Escapes,
) -> bool {
    out.clear();
    let mut changed = false;
    let mut i = 0;
    while i < input.len() {
        if let Some(from) = from.as_deref_mut() {
            from.push(i);
        }
        match input[i] {
            b if b == escapes.escape && i + 2 < input.len() => {
                match (hex(input[i + 1]), hex(input[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push(h << 4 | l);
                        i += 3;
                        changed = true;
                        continue;
                    }
                    _ => out.push(b),
                }
            }
            b if Some(b) == escapes.space => {
                out.push(b' ');
                changed = true;
            }
            b => out.push(b),
        }
        i += 1;
    }
    changed
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Percent-encodes everything but RFC 3986 unreserved bytes, for
/// replacement texts written into URLs.
pub(crate) fn encode_into(input: &[u8], out: &mut Vec<u8>) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in input {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b);
        } else {
            out.extend_from_slice(&[b'%', HEX[usize::from(b >> 4)], HEX[usize::from(b & 15)]]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoded_bytes_map_back_to_their_source() {
        let (mut out, mut from) = (Vec::new(), Vec::new());
        decode_query_mapped(b"a+%C3%A0%zz", &mut out, &mut from);
        assert_eq!(out, "a à%zz".as_bytes());
        assert_eq!(from, [0, 1, 2, 5, 8, 9, 10, 11]);
    }

    fn dec(s: &str) -> String {
        let mut out = Vec::new();
        decode_query(s.as_bytes(), &mut out);
        String::from_utf8_lossy(&out).into_owned()
    }

    #[test]
    fn decodes_escapes_and_plus() {
        assert_eq!(dec("%2B49+1512+3422658"), "+49 1512 3422658");
        assert_eq!(dec("G%C3%A1l+M%C3%A1ria"), "Gál Mária");
        assert_eq!(dec("100%"), "100%");
        assert_eq!(dec("%zz%4"), "%zz%4");
    }

    #[test]
    fn encodes_reserved_bytes() {
        let mut out = Vec::new();
        encode_into(b"[name]", &mut out);
        assert_eq!(out, b"%5Bname%5D");
    }
}
