//! Percent-decoding of URL query values (`%2B49+151…`, `G%C3%A1l+M%C3%A1ria`)
//! so detectors can read them; `+` is a space in query strings.

/// Decodes `input` into `out` (cleared first). Malformed escapes are kept
/// as written. Returns true when anything was decoded.
pub(crate) fn decode_query(input: &[u8], out: &mut Vec<u8>) -> bool {
    out.clear();
    let mut changed = false;
    let mut i = 0;
    while i < input.len() {
        match input[i] {
            b'%' if i + 2 < input.len() => match (hex(input[i + 1]), hex(input[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h << 4 | l);
                    i += 3;
                    changed = true;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => {
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
