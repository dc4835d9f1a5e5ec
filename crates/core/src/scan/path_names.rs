//! A name as a URL path segment, after a segment that names it:
//! `/api/contacts/by-name/Mohamed%20El%20Khattabi`, `/customers/lastname/Berg`.
//! A REST path carries its parameters by position, and the segment before
//! says which one this is, as a key does.

use crate::census::Census;
use crate::context::{classify_word, KeyClass};
use crate::name::{NameFinder, ValueCheck};
use crate::needles::Needle;
use crate::percent;

/// Calls `found(start, end)` for each path segment that is a name.
/// `decoded` is scratch for the percent-decoded segment.
pub(super) fn find(
    line: &[u8],
    census: Census,
    names: &NameFinder,
    decoded: &mut Vec<u8>,
    mut found: impl FnMut(usize, usize),
) {
    // Every such label ends in "name" ("name/", "by-name/", "lastName/").
    if !census.holds(line, Needle::NameLabel) && !census.holds(line, Needle::NameLabelUpper) {
        return;
    }
    for slash in memchr::memchr_iter(b'/', line) {
        let Some(label_start) = memchr::memrchr(b'/', &line[..slash]).map(|p| p + 1) else {
            continue;
        };
        let label = &line[label_start..slash];
        let label = strip_by(label);
        let is_name_label =
            std::str::from_utf8(label).is_ok_and(|l| classify_word(l) == Some(KeyClass::Name));
        if !is_name_label {
            continue;
        }
        let start = slash + 1;
        let len = line[start..]
            .iter()
            .position(|b| matches!(b, b'/' | b'?' | b'#' | b'&' | b' ' | b'"' | b'\''))
            .unwrap_or(line.len() - start);
        if len == 0 {
            continue;
        }
        percent::decode_query(&line[start..start + len], decoded);
        if std::str::from_utf8(decoded).is_ok_and(|v| names.value_is_name(v, ValueCheck::Loose)) {
            found(start, start + len);
        }
    }
}

/// `by-name`, `by_name`, `byName`: the label without its "by".
fn strip_by(label: &[u8]) -> &[u8] {
    for prefix in [&b"by-"[..], b"by_", b"by"] {
        if label.len() > prefix.len() && label[..prefix.len()].eq_ignore_ascii_case(prefix) {
            return &label[prefix.len()..];
        }
    }
    label
}
