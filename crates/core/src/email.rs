//! Email addresses, plain or percent-encoded in URLs (`a.b%40example.com`).
//! The canonical form (what the token hashes) is the decoded address,
//! lowercased.

use regex::bytes::Regex;

use crate::keyring::starts_with_token;
use crate::percent;

pub(crate) struct EmailFinder {
    re: Regex,
}

const EMAIL: &str = r"(?-u)[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}(?:@|%40)[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.)+[A-Za-z]{2,24}";

impl EmailFinder {
    pub(crate) fn new() -> EmailFinder {
        EmailFinder {
            re: Regex::new(EMAIL).expect("valid email regex"),
        }
    }

    /// Calls `found(start, end, canonical)` for each address in `line`.
    pub(crate) fn find(
        &self,
        line: &[u8],
        scratch: &mut Vec<u8>,
        mut found: impl FnMut(usize, usize, &[u8]),
    ) {
        if memchr::memchr(b'@', line).is_none() && crate::needles::percent_at().find(line).is_none()
        {
            return;
        }
        for m in self.re.find_iter(line) {
            let mut s = m.start();
            // "%2Bx@y" in a URL: the "%2B" belongs to the escape, not the address.
            let text = &line[s..m.end()];
            if text.len() > 3 && text[..3].eq_ignore_ascii_case(b"%2B") {
                s += 3;
            }
            // "\u000bx@y" or "\nanna@x" in a JSON string: the escape is not
            // part of the address, and cutting into it would break the JSON.
            if s > 0 && line[s - 1] == b'\\' {
                let escape = if line[s] == b'u' { 5 } else { 1 };
                s = (s + escape).min(m.end());
                if !line.get(s).is_some_and(u8::is_ascii_alphanumeric) {
                    continue;
                }
            }
            // "4915123421279@pbx" is the user part of a SIP URI: the number
            // is the phone detector's, the host is no one's personal data.
            let at = memchr::memchr(b'@', &line[s..m.end()]).map_or(m.end(), |i| s + i);
            let local = &line[s..at];
            // A local part that starts with one of our tokens was glued to
            // the text the token replaced.
            if local.iter().all(|b| b.is_ascii_digit() || *b == b'+') || starts_with_token(local) {
                continue;
            }
            // "J.si8", "a@b.c@d", "xyzanna@b.de" with a local part longer
            // than the pattern takes: not a whole address, and replacing
            // the part would leave a token glued to the rest.
            let next = line.get(m.end()).copied().unwrap_or(b' ');
            let domain_goes_on = matches!(next, b'.' | b'-' | b'%' | b'+')
                && line.get(m.end() + 1).is_some_and(u8::is_ascii_alphanumeric);
            let cut_short =
                next.is_ascii_alphanumeric() || matches!(next, b'@' | b'_') || domain_goes_on;
            let m0 = m.start();
            let glued_left = m0 > 0
                && (line[m0 - 1].is_ascii_alphanumeric() || b"._%+-".contains(&line[m0 - 1]));
            if cut_short || glued_left || is_unit_or_message_id(line, s, &line[at..m.end()]) {
                continue;
            }
            percent::decode_query(&line[s..m.end()], scratch);
            scratch.make_ascii_lowercase();
            found(s, m.end(), scratch);
        }
    }
}

/// Address-shaped names that reach no one: systemd unit instances
/// (`getty@tty1.service`, `user@1000.slice`) and message ids
/// (`message-id=<20260504100000.4F2A11C0@mx1.example.net>`).
fn is_unit_or_message_id(line: &[u8], start: usize, domain: &[u8]) -> bool {
    const UNIT_TYPES: &[&[u8]] = &[
        b"service",
        b"socket",
        b"mount",
        b"automount",
        b"target",
        b"timer",
        b"slice",
        b"scope",
        b"path",
        b"device",
        b"swap",
    ];
    let tld = domain.rsplit(|&b| b == b'.').next().unwrap_or_default();
    let unit = UNIT_TYPES.iter().any(|t| tld.eq_ignore_ascii_case(t));
    let before = &line[start.saturating_sub(13)..start];
    let message_id = before.last() == Some(&b'<') && {
        let key = before[..before.len() - 1].trim_ascii_end();
        let key = key
            .strip_suffix(b"=")
            .or_else(|| key.strip_suffix(b":"))
            .unwrap_or(key);
        key.len() >= 10 && key[key.len() - 10..].eq_ignore_ascii_case(b"message-id")
    };
    unit || message_id
}

#[cfg(test)]
mod tests {
    use super::*;

    fn emails(s: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut scratch = Vec::new();
        EmailFinder::new().find(s.as_bytes(), &mut scratch, |a, b, c| {
            out.push((s[a..b].to_string(), String::from_utf8(c.to_vec()).unwrap()))
        });
        out
    }

    #[test]
    fn plain_and_encoded() {
        assert_eq!(
            emails("to Anna.Schmidt@Example.de and ?e=camilla57%40virgilio.it&x=1"),
            [
                (
                    "Anna.Schmidt@Example.de".into(),
                    "anna.schmidt@example.de".into()
                ),
                (
                    "camilla57%40virgilio.it".into(),
                    "camilla57@virgilio.it".into()
                )
            ]
        );
    }

    #[test]
    fn json_escapes_are_not_part_of_the_address() {
        assert_eq!(emails(r"a\u000banna@x.de b")[0].0, "anna@x.de");
        assert_eq!(emails(r"a\nanna@x.de b")[0].0, "anna@x.de");
    }

    #[test]
    fn not_emails() {
        assert!(emails("user@localhost git@ x@1.2").is_empty());
        assert!(emails("Started getty@tty1.service, user@1000.slice").is_empty());
        assert!(
            emails("message-id=<2026.4F2A@mx1.example.net> Message-ID: <a1@b.example.org>")
                .is_empty()
        );
    }
}
