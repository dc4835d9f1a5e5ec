//! Terminal escape sequences. A formatter with colours on writes
//! `ESC[3mphone ESC[0m ESC[2m= ESC[0m…`: the codes between a key and its
//! value hide the key from the engine, so they are taken out first.

/// The escape byte that starts every sequence removed here.
pub(crate) const ESC: u8 = 0x1b;

/// Appends `line` to `out` without its CSI sequences (`ESC [` parameters,
/// intermediates, one final byte): colours, bold, italic, cursor moves.
/// A lone or truncated `ESC` is kept as written.
pub(crate) fn strip_csi(line: &[u8], out: &mut Vec<u8>) {
    let mut i = 0;
    while let Some(at) = memchr::memchr(ESC, &line[i..]) {
        let start = i + at;
        out.extend_from_slice(&line[i..start]);
        match csi_len(&line[start..]) {
            Some(len) => i = start + len,
            None => {
                out.push(ESC);
                i = start + 1;
            }
        }
    }
    out.extend_from_slice(&line[i..]);
}

/// The length of the CSI sequence at the start of `s`, if it is a whole one.
fn csi_len(s: &[u8]) -> Option<usize> {
    if s.get(1) != Some(&b'[') {
        return None;
    }
    let body = s[2..].iter().position(|b| !(0x20..=0x3f).contains(b))?;
    let end = 2 + body;
    (0x40..=0x7e).contains(&s[end]).then_some(end + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(s: &str) -> String {
        let mut out = Vec::new();
        strip_csi(s.as_bytes(), &mut out);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn colours_around_keys_and_values_go() {
        assert_eq!(
            strip("\x1b[32m INFO\x1b[0m \x1b[3mphone\x1b[0m\x1b[2m=\x1b[0m4915123421279"),
            " INFO phone=4915123421279"
        );
        assert_eq!(strip("\x1b[1;31mred\x1b[0m"), "red");
    }

    #[test]
    fn lone_and_truncated_escapes_stay() {
        assert_eq!(strip("a\x1bb"), "a\x1bb");
        assert_eq!(strip("a\x1b[12"), "a\x1b[12");
        assert_eq!(strip("end\x1b"), "end\x1b");
    }
}
