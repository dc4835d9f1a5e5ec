//! IPv4 addresses, the strong pattern's last alternative, found by hand
//! from the dots of a line.

use super::separators;

/// The bounds of the first match of the IPv4 pattern
/// `(?:OCTET\.){3}OCTET(?::\d{1,5})?`, `OCTET` being
/// `25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d`, that starts at or after `from`, as
/// a leftmost-first search finds it. A match's first octet is one to three
/// digits before the first `.` after its start, so only the three offsets
/// before a dot are tried; those before the previous dot were tried with
/// it. An octet before a dot is the whole run of digits from where it
/// starts to the dot, so after the first dot come two runs of one to
/// three digits, each before a dot, and a digit: most dots (versions,
/// decimals, host names) are passed over by that test alone.
pub(super) fn next_ipv4(hay: &[u8], seps: &[u64], from: usize) -> Option<(usize, usize)> {
    let digit = |i: usize| hay.get(i).is_some_and(u8::is_ascii_digit);
    // The length of the run of one to three digits at `i` that a dot ends.
    let octet_run = |i: usize| {
        let len = (i..i + 3).take_while(|&k| digit(k)).count();
        (len > 0 && hay.get(i + len) == Some(&b'.')).then_some(len)
    };
    let shaped = |dot: usize| {
        octet_run(dot + 1)
            .and_then(|a| octet_run(dot + 2 + a).map(|b| dot + 3 + a + b))
            .is_some_and(digit)
    };
    let mut tried = from;
    // The dots from the separator map (`seps`, the map of `hay`): a
    // memchr restarted at each of them cost more.
    let dots = separators::offsets(seps.len(), from, |k| separators::word(seps, k));
    for dot in dots.filter(|&p| hay[p] == b'.') {
        if dot > tried && digit(dot - 1) && shaped(dot) {
            for start in tried.max(dot.saturating_sub(3))..dot {
                if let Some(end) = ipv4_at(hay, start, 0) {
                    return Some((start, end));
                }
            }
        }
        tried = dot + 1;
    }
    None
}

/// Where the IPv4 pattern's match at `hay[at..]` ends, given `octet`
/// octets read before it: the first reading that matches in the pattern's
/// order of preference (each octet as long as it may be, then shorter).
fn ipv4_at(hay: &[u8], at: usize, octet: usize) -> Option<usize> {
    let digit = |i: usize| hay.get(i).is_some_and(u8::is_ascii_digit);
    for len in [3, 2, 1] {
        let fits = match len {
            // `25[0-5]|2[0-4]\d|1\d\d`: 100 to 255.
            3 => {
                digit(at)
                    && digit(at + 1)
                    && digit(at + 2)
                    && matches!(
                        &hay[at..at + 3],
                        [b'1', ..] | [b'2', b'0'..=b'4', _] | [b'2', b'5', b'0'..=b'5']
                    )
            }
            // `[1-9]\d`, then `\d`.
            2 => digit(at) && digit(at + 1) && hay[at] != b'0',
            _ => digit(at),
        };
        if !fits {
            continue;
        }
        let end = at + len;
        if octet == 3 {
            // An optional port, as many digits as it may hold.
            let port = (end + 1..end + 6).take_while(|&i| digit(i)).count();
            return Some(if hay.get(end) == Some(&b':') && port > 0 {
                end + 1 + port
            } else {
                end
            });
        }
        if hay.get(end) == Some(&b'.') {
            if let Some(end) = ipv4_at(hay, end + 1, octet + 1) {
                return Some(end);
            }
        }
    }
    None
}

/// The IPv4 alternative `next_ipv4` finds by hand, as an oracle.
#[cfg(test)]
pub(super) const IPV4: &str =
    r"(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?::\d{1,5})?";

#[cfg(test)]
mod tests {
    use super::*;

    use regex::bytes::Regex;

    proptest::proptest! {
        #[test]
        fn ipv4_as_its_pattern_finds_it(
            pieces in proptest::collection::vec(proptest::sample::select(&[
                "0.", "1.", "05.", "99.", "199.", "249.", "255.", "256.", "300.", "1234.",
                "0", "7", "25", "255", "256", "999", ".", ":", ":5060", ":123456", "a",
            ][..]), 0..24)
        ) {
            let re = Regex::new(&format!("(?-u){IPV4}")).expect("valid");
            let line = pieces.concat();
            let line = line.as_bytes();
            let mut seps = Vec::new();
            separators::map(line, &mut seps, &mut Vec::new());
            for from in 0..=line.len() {
                let theirs = re.find_at(line, from).map(|m| (m.start(), m.end()));
                proptest::prop_assert_eq!(next_ipv4(line, &seps, from), theirs);
            }
        }
    }
}
