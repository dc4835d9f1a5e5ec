//! Where a match of the JSON or the LOGFMT pattern may start, for the
//! searches that try each such offset (`json_pairs`, `logfmt_pairs`):
//! each gives the first such offset at or after `from`. An offset left
//! out could hold no match; one given may hold none (the search tells).

use super::groups::{Found, Pair};

/// A JSON pair opens with `{` or `,` (`[{,]\s*"`).
pub(super) fn json(line: &[u8], from: usize) -> Option<usize> {
    memchr::memchr2(b'{', b',', line.get(from..)?).map(|c| from + c)
}

/// A LOGFMT pair opens at the line's start (`^`: the key there, or after
/// a separator there) or at a separator (`[\s,;|(\[{]`) before a key's
/// first byte. The key runs on over its plain bytes (`IN_KEY`) and then
/// needs what may follow one: `=`, `:`, ` =`, `)` or `,` (an option,
/// `CALLERID(name,i)`), or `[` or `%` of a subscript (`contact[name]`,
/// `%5Bname%5D`), which are not key bytes. Where none follows, the
/// search goes on after the run: none of its bytes is a separator.
pub(super) fn logfmt(line: &[u8], from: usize) -> Option<LogfmtStart> {
    if from == 0 {
        return Some(LogfmtStart {
            at: 0,
            key_run_end: None,
        });
    }
    let mut c = from;
    while c + 1 < line.len() {
        if !(SEPARATOR[usize::from(line[c])] && KEY_START[usize::from(line[c + 1])]) {
            c += 1;
            continue;
        }
        let mut end = c + 2;
        while end < line.len() && IN_KEY[usize::from(line[end])] {
            end += 1;
        }
        let keyed = match line.get(end) {
            Some(b'=' | b':' | b')' | b',' | b'[' | b'%') => true,
            Some(b' ') => line.get(end + 1) == Some(&b'='),
            _ => false,
        };
        if keyed {
            return Some(LogfmtStart {
                at: c,
                key_run_end: Some(end),
            });
        }
        c = end;
    }
    None
}

/// Where a LOGFMT pair may start, as `logfmt` found it.
pub(super) struct LogfmtStart {
    /// The offset: the line's start, or a separator before a key.
    pub at: usize,
    /// After a separator, where the run of plain key bytes (`IN_KEY`)
    /// after the key's first byte ends: the search walked it, and the
    /// pair's reader goes on from there instead of walking it again.
    pub key_run_end: Option<usize>,
}

/// `[\s,;|(\[{]`, `\s` as `(?-u)` reads it.
const SEPARATOR: [bool; 256] = byte_table(b"\t\n\x0b\x0c\r ,;|([{");

/// A key's first byte: `[A-Za-z_\x80-\xff]`.
const KEY_START: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphabetic() || c == b'_' || c >= 0x80;
        b += 1;
    }
    t
};

/// A key's plain bytes: `[A-Za-z0-9_.\-\x80-\xff]`. A table: the
/// pair readers test every byte of every key with it.
pub(super) const IN_KEY: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-') || c >= 0x80;
        b += 1;
    }
    t
};

const fn byte_table(bytes: &[u8]) -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < bytes.len() {
        t[bytes[i] as usize] = true;
        i += 1;
    }
    t
}

/// The leftmost pair at or after `from`: the first start `next_start`
/// finds from which `read_pair` reads a whole pair (its end and groups).
pub(super) fn leftmost_pair(
    line: &[u8],
    mut from: usize,
    next_start: impl Fn(&[u8], usize) -> Option<usize>,
    read_pair: impl Fn(&[u8], usize) -> Option<(usize, Pair)>,
) -> Option<Found> {
    while let Some(c) = next_start(line, from) {
        if let Some((end, pair)) = read_pair(line, c) {
            return Some(((c, end), pair));
        }
        from = c + 1;
    }
    None
}
