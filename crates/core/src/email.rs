//! Email addresses, plain or percent-encoded in URLs (`a.b%40example.com`).
//! The canonical form (what the token hashes) is the decoded address,
//! lowercased.

use std::sync::OnceLock;

use regex_automata::{meta, Input};

use crate::census::Census;
use crate::keyring::starts_with_token;
use crate::needles::Needle;
use crate::on_demand::OnDemand;
use crate::percent;

mod local_part;
mod roles;

use local_part::LocalBounded;
pub(crate) use roles::is_role_mailbox;

pub(crate) struct EmailFinder {
    re: LocalBounded,
    webmail_without_tld: LocalBounded,
    quoted_mistyped: OnDemand,
}

/// An address; also with a doubled `@` (`y.cohen@@gmail.com`), as users
/// mistype it and validators echo it back.
const EMAIL: &str = r"(?-u)[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}(?:@@?|%40)[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.)+[A-Za-z]{2,24}";

/// A mistyped address whose domain lost its dot (`florianhoedl08@gmail`).
/// `user@host` is how logs name accounts on machines (`root@web`,
/// `postgres@db1`), so only webmail providers count: brands no one names
/// a host after, and before [`MAIL_WORDS`] also brands that are words or
/// host names.
const WEBMAIL_WITHOUT_TLD: &str = r"(?-u)[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@@?(?i:gmail|googlemail|gmx|yahoo|ymail|hotmail|outlook|icloud|protonmail|yandex|seznam|libero|tiscali|laposte|wanadoo|t-online|freenet|aol|posteo|zoho|rambler|interia|onet|virgilio|telenet|ziggo|btinternet|citromail|freemail|azet|abv|web|wp|free|mail|live|o2|orange|sky|alice|inbox|centrum|post)";

/// An address with letters of any script (RFC 6532: `иван.петров@почта.рф`),
/// sought only in lines that hold non-ASCII text.
const EMAIL_ANY_SCRIPT: &str =
    r"[\p{L}\p{N}][\p{L}\p{N}._%+\-]{0,63}@[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,62}\.)+\p{L}{2,24}";

/// `EMAIL_ANY_SCRIPT`, compiled at the first line whose address breaks a
/// bound of [`EMAIL_ANY_SCRIPT_UNBOUNDED`]: its Unicode classes, repeated
/// up to 64 times, take some 150 million instructions to compile, more
/// than a megabyte of ASCII logs takes to redact. One per process, shared
/// by every redactor. With the PikeVM alone: it is searched in a few bytes
/// around an `@` (`each_any_script`), where the DFAs would double that
/// cost and the backtracker's set-up would cost more than the search.
fn any_script() -> &'static meta::Regex {
    static RE: OnceLock<meta::Regex> = OnceLock::new();
    RE.get_or_init(|| crate::meta_regex::compile_pikevm_only(EMAIL_ANY_SCRIPT))
}

/// `EMAIL_ANY_SCRIPT` without its upper bounds: each class compiled once
/// or twice, not some 150 times, so it compiles and searches in a
/// fraction of the cost. Its matches are `EMAIL_ANY_SCRIPT`'s wherever
/// they keep the bounds (`within_any_script_bounds`): it matches all that
/// pattern matches, in the same order of preference.
const EMAIL_ANY_SCRIPT_UNBOUNDED: &str =
    r"[\p{L}\p{N}][\p{L}\p{N}._%+\-]*@[\p{L}\p{N}](?:[\p{L}\p{N}\-]*\.)+\p{L}{2,}";

/// `EMAIL_ANY_SCRIPT_UNBOUNDED`, compiled at the first line that may hold
/// an address in any script.
fn any_script_unbounded() -> &'static meta::Regex {
    static RE: OnceLock<meta::Regex> = OnceLock::new();
    RE.get_or_init(|| crate::meta_regex::compile_pikevm_only(EMAIL_ANY_SCRIPT_UNBOUNDED))
}

/// Does an `EMAIL_ANY_SCRIPT_UNBOUNDED` match keep `EMAIL_ANY_SCRIPT`'s
/// bounds: at most 64 chars before its `@`, 63 in its first label, 62 in
/// each other and 24 in its last? Its classes hold no `.` or `@`, so
/// these part the match as they part the pattern.
fn within_any_script_bounds(text: &[u8]) -> bool {
    let chars = |part: &[u8]| part.iter().filter(|&&b| b & 0xC0 != 0x80).count();
    let Some(at) = memchr::memchr(b'@', text) else {
        return false;
    };
    let (local, domain) = (&text[..at], &text[at + 1..]);
    let labels = domain.split(|&b| b == b'.');
    let last = labels.clone().count() - 1;
    chars(local) <= 64
        && labels.enumerate().all(|(i, label)| {
            let most = if i == last {
                24
            } else if i == 0 {
                63
            } else {
                62
            };
            chars(label) <= most
        })
}

/// A quoted value with an `@` that no other pattern reads as an address:
/// validators echo back what a user mistyped (`'anna@web,de'`,
/// `"x.berg@iol"`). In a line that speaks of e-mail it is someone's address.
const QUOTED_MISTYPED: &str =
    r#"(?-u)["'][A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@@?[A-Za-z0-9][A-Za-z0-9.,\-]{0,252}["']"#;

/// Webmail brands that are also words or host names.
const WORDLIKE_BRANDS: &[&[u8]] = &[
    b"web", b"wp", b"free", b"mail", b"live", b"o2", b"orange", b"sky", b"alice", b"inbox",
    b"centrum", b"post",
];

/// Words that say the text speaks of e-mail ("Email address …", "correo").
const MAIL_WORDS: &[&[u8]] = &[b"mail", b"correo", b"courriel", b"posta"];

impl EmailFinder {
    pub(crate) fn new() -> EmailFinder {
        EmailFinder {
            re: LocalBounded::new(EMAIL),
            webmail_without_tld: LocalBounded::new(WEBMAIL_WITHOUT_TLD),
            quoted_mistyped: OnDemand::new(QUOTED_MISTYPED),
        }
    }

    /// Calls `found(start, end, canonical)` for each address in `line`.
    pub(crate) fn find(
        &self,
        line: &[u8],
        census: Census,
        scratch: &mut Vec<u8>,
        mut found: impl FnMut(usize, usize, &[u8]),
    ) {
        let has_at = census.holds(line, Needle::At);
        if !has_at && !census.holds(line, Needle::PercentAt) {
            return;
        }
        let mut emit = |s: usize, e: usize| {
            percent::decode_escapes(&line[s..e], scratch);
            scratch.make_ascii_lowercase();
            // `Jürgen.Weiß@…` and `jürgen.weiß@…` are one address: one token.
            if let Some(lower) = std::str::from_utf8(scratch)
                .ok()
                .filter(|text| !text.is_ascii())
                .map(str::to_lowercase)
            {
                scratch.clear();
                scratch.extend_from_slice(lower.as_bytes());
            }
            found(s, e, scratch);
        };
        for (start, end) in self.re.find_iter(line) {
            if let Some(s) = whole_address(line, start, end) {
                emit(s, end);
            }
        }
        if !has_at {
            return;
        }
        for (start, end) in self.webmail_without_tld.find_iter(line) {
            let brand =
                &line[memchr::memrchr(b'@', &line[start..end]).map_or(0, |i| start + i + 1)..end];
            let wordlike = WORDLIKE_BRANDS
                .iter()
                .any(|w| brand.eq_ignore_ascii_case(w));
            // "x@gmail.com" is the first pattern's.
            let domain_goes_on = line.get(end) == Some(&b'.');
            if domain_goes_on || (wordlike && !mentions_mail(&line[..start])) {
                continue;
            }
            if let Some(s) = whole_address(line, start, end) {
                emit(s, end);
            }
        }
        if !census.is_ascii() {
            self.each_any_script(line, |start, end| {
                // An ASCII address is the first pattern's.
                if line[start..end].is_ascii() {
                    return;
                }
                if let Some(s) = whole_address(line, start, end) {
                    emit(s, end);
                }
            });
        }
        // Asked once, and only of a line that quotes an `@`.
        let mut speaks_of_mail = None;
        for m in self.quoted_mistyped.get().find_iter(line) {
            if !*speaks_of_mail.get_or_insert_with(|| mentions_mail(line)) {
                return;
            }
            let text = m.as_bytes();
            let inner = &text[1..text.len() - 1];
            let at = memchr::memchr(b'@', inner).unwrap_or(0);
            let local = &inner[..at];
            // Read (or let go) by the patterns above; a webmail brand's
            // match must be the whole value (`x@webhost,de` is not `x@web`).
            let read_before = self.re.find_at(inner, 0).is_some()
                || self
                    .webmail_without_tld
                    .find_at(inner, 0)
                    .is_some_and(|w| w == (0, inner.len()));
            // A comma typed for the last dot (`anna@web,de`), or a value
            // whose key names mail (`"email":"x.berg@iol"`); not a release
            // (`"release":"crm@3.1"`) or a router (`"api@docker"`).
            let domain = &inner[at + 1..];
            let comma_for_dot = memchr::memrchr(b',', domain).is_some_and(|c| {
                (2..=3).contains(&(domain.len() - c - 1))
                    && domain[c + 1..].iter().all(u8::is_ascii_alphabetic)
            });
            let keyed = mentions_mail(&line[m.start().saturating_sub(12)..m.start()]);
            if text[0] != text[text.len() - 1]
                || !(comma_for_dot || keyed)
                || read_before
                || !local.iter().any(u8::is_ascii_alphabetic)
                || is_role_mailbox(local)
            {
                continue;
            }
            emit(m.start() + 1, m.end() - 1);
        }
    }

    /// Calls `found(start, end)` for each match of `EMAIL_ANY_SCRIPT`
    /// in `line`, the matches its `find_iter` gives.
    ///
    /// On that pattern's Unicode classes the lazy DFA gives up, and the
    /// NFA engines take about a thousand instructions a byte: reading
    /// the rest of the line for each match is costly. A match holds one `@` and, around it, only bytes that
    /// `in_address` takes; so the next match from `at` is the one in the
    /// run of such bytes around the next `@` (from `at` on), or it lies
    /// past that `@`. Each search reads that run alone.
    fn each_any_script(&self, line: &[u8], mut found: impl FnMut(usize, usize)) {
        let mut at = 0;
        while let Some(i) = memchr::memchr(b'@', &line[at..]) {
            let a = at + i;
            let start = line[at..a]
                .iter()
                .rposition(|&b| !in_address(b))
                .map_or(at, |p| at + p + 1);
            let end = line[a + 1..]
                .iter()
                .position(|&b| !in_address(b))
                .map_or(line.len(), |p| a + 1 + p);
            let window = Input::new(&line[..end]).range(start..);
            let matched = any_script_unbounded().find(window.clone()).and_then(|m| {
                if within_any_script_bounds(&line[m.start()..m.end()]) {
                    Some(m)
                } else {
                    any_script().find(window)
                }
            });
            match matched {
                Some(m) => {
                    found(m.start(), m.end());
                    at = m.end();
                }
                None => at = a + 1,
            }
        }
    }
}

/// Can `b` be part of an `EMAIL_ANY_SCRIPT` match other than its `@`?
/// Its ASCII letters, digits and `._%+-`, and any byte of a multi-byte char.
fn in_address(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"._%+-".contains(&b) || b >= 0x80
}

/// Does `text` speak of e-mail ("Email address …", "correo")?
fn mentions_mail(text: &[u8]) -> bool {
    holds_any(text, MAIL_WORDS)
}

/// Does `text` hold one of `words`, in any ASCII case?
fn holds_any(text: &[u8], words: &[&[u8]]) -> bool {
    words
        .iter()
        .any(|w| text.windows(w.len()).any(|x| x.eq_ignore_ascii_case(w)))
}

/// Where the address matched at `start..end` really starts, or `None`
/// when the match is not a whole address of a person.
fn whole_address(line: &[u8], start: usize, end: usize) -> Option<usize> {
    let mut s = start;
    // "%2Bx@y" in a URL: the "%2B" belongs to the escape, not the address.
    let text = &line[s..end];
    if text.len() > 3 && text[..3].eq_ignore_ascii_case(b"%2B") {
        s += 3;
    }
    // A VERP bounce address (`bounces+77-anna.berg=example.com@mx.example`)
    // encodes the recipient's address before its `@`: the pattern, which
    // takes no `=`, matched only the part after it. The whole local part
    // goes. (A `key=` before an address holds no `+`.)
    if s > 0 && line[s - 1] == b'=' {
        let token = line[..s - 1]
            .iter()
            .rposition(|b| !(b.is_ascii_alphanumeric() || b"._%+-".contains(b)))
            .map_or(0, |p| p + 1);
        if line[token..s - 1].contains(&b'+') {
            s = token;
        }
    }
    // "\u000bx@y" or "\nanna@x" in a JSON string: the escape is not
    // part of the address, and cutting into it would break the JSON.
    if s > 0 && line[s - 1] == b'\\' {
        let escape = if line[s] == b'u' { 5 } else { 1 };
        s = (s + escape).min(end);
        if !line.get(s).is_some_and(u8::is_ascii_alphanumeric) {
            return None;
        }
    }
    // "4915123421279@pbx" is the user part of a SIP URI: the number
    // is the phone detector's, the host is no one's personal data.
    let at = memchr::memchr(b'@', &line[s..end]).map_or(end, |i| s + i);
    let local = &line[s..at];
    // A local part that starts with one of our tokens was glued to
    // the text the token replaced.
    if local.iter().all(|b| b.is_ascii_digit() || *b == b'+') || starts_with_token(local) {
        return None;
    }
    // "J.si8", "a@b.c@d", "xyzanna@b.de" with a local part longer
    // than the pattern takes: not a whole address, and replacing
    // the part would leave a token glued to the rest.
    let next = line.get(end).copied().unwrap_or(b' ');
    let domain_goes_on = matches!(next, b'.' | b'-' | b'%' | b'+')
        && line.get(end + 1).is_some_and(u8::is_ascii_alphanumeric);
    let cut_short = next.is_ascii_alphanumeric() || matches!(next, b'@' | b'_') || domain_goes_on;
    let glued_left = start > 0
        && (line[start - 1].is_ascii_alphanumeric() || b"._%+-".contains(&line[start - 1]));
    if cut_short
        || glued_left
        || is_unit_or_message_id(line, s, &line[at..end])
        || is_stamped_message_id(local)
        || is_hex_message_id(&line[s.saturating_sub(20)..s], local)
        || is_role_mailbox(local)
        || is_file_name(&line[at..end])
    {
        return None;
    }
    Some(s)
}

/// `logo@2x.png`: a file named for a screen density, its extension no
/// top-level domain.
fn is_file_name(domain: &[u8]) -> bool {
    const EXTENSIONS: &[&[u8]] = &[
        b"png", b"jpg", b"jpeg", b"gif", b"svg", b"webp", b"ico", b"css", b"js", b"json", b"html",
        b"htm", b"php", b"txt", b"log", b"xml", b"pdf", b"map", b"woff", b"woff2",
    ];
    let tld = domain.rsplit(|&b| b == b'.').next().unwrap_or_default();
    EXTENSIONS.iter().any(|e| tld.eq_ignore_ascii_case(e))
}

/// A message id a mail server made up, wherever it is logged (Postfix's
/// `id=20250314091522.4C1D0B7@mx1.example.net`, whose local part is the
/// time it was queued, `YYYYMMDDhhmmss`, a dot and the queue id): a
/// person's mailbox is never named so.
fn is_stamped_message_id(local: &[u8]) -> bool {
    local.len() > 15
        && local[..14].iter().all(u8::is_ascii_digit)
        && (local.starts_with(b"19") || local.starts_with(b"20"))
        && local[14] == b'.'
        && local[15..]
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// A message id a mail service made up from a random or counted number
/// (Exim's `id=d06f4427de0f7b0a.JRhopi@…`, Mailgun's `message-id=
/// 20250101165121.8.7D00E8…@…`): where the text `before` it names an id
/// or a message, twelve or more hex digits, at least two of them decimal,
/// then a dot and more. (Without the word, a local part of that shape may
/// still be someone's: fail closed.)
fn is_hex_message_id(before: &[u8], local: &[u8]) -> bool {
    let mut parts = local.split(|&b| b == b'.');
    let head = parts.next().unwrap_or_default();
    head.len() >= 12
        && parts.next().is_some_and(|p| !p.is_empty())
        && head.iter().all(u8::is_ascii_hexdigit)
        && head.iter().filter(|b| b.is_ascii_digit()).count() >= 2
        && holds_any(before, &[b"id", b"message"])
}

/// Address-shaped names that reach no one: systemd unit instances
/// (`getty@tty1.service`, `user@1000.slice`) and message ids
/// (`message-id=<20260504100000.4F2A11C0@mx1.example.net>`, JSON's
/// `"message_id": "<…>"`, `In-Reply-To:`, `References:`).
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
    let before = &line[start.saturating_sub(24)..start];
    let message_id = before.last() == Some(&b'<') && {
        // `Message-ID: <…`, `message-id=<…`, JSON's `"message_id": "<…`.
        let key = before[..before.len() - 1]
            .strip_suffix(b"\"")
            .unwrap_or(&before[..before.len() - 1])
            .trim_ascii_end();
        let key = key
            .strip_suffix(b"=")
            .or_else(|| key.strip_suffix(b":"))
            .unwrap_or(key)
            .trim_ascii_end();
        let key = key.strip_suffix(b"\"").unwrap_or(key);
        let mut folded = [0u8; 24];
        let mut n = 0;
        for &b in key
            .iter()
            .rev()
            .filter(|b| !matches!(b, b'-' | b'_'))
            .take(folded.len())
        {
            n += 1;
            folded[folded.len() - n] = b.to_ascii_lowercase();
        }
        let folded = &folded[folded.len() - n..];
        [&b"messageid"[..], b"msgid", b"inreplyto", b"references"]
            .iter()
            .any(|id| folded.ends_with(id))
    };
    unit || message_id
}

#[cfg(test)]
mod tests {
    use regex::bytes::Regex;

    use super::*;

    fn emails(s: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut scratch = Vec::new();
        let line = s.as_bytes();
        EmailFinder::new().find(line, Census::of(line), &mut scratch, |a, b, c| {
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
    fn mistyped_addresses_echoed_by_validators() {
        assert_eq!(
            emails("invalidValue=y.cohen@@gmail.com}")[0].0,
            "y.cohen@@gmail.com"
        );
        assert_eq!(
            emails("Email florianhoedl08@gmail is invalid")[0].0,
            "florianhoedl08@gmail"
        );
        assert_eq!(
            emails("Email address j.kim677@web is invalid")[0].0,
            "j.kim677@web"
        );
        assert_eq!(emails("to a@gmail.com")[0].0, "a@gmail.com");
        assert_eq!(emails("to a@gmail.com").len(), 1);
        assert!(emails("Accepted publickey for deploy@web from 10.0.0.1").is_empty());
        assert!(emails("ssh root@db1 and admin@wp and x@gmailer").is_empty());
        assert_eq!(
            emails("Email: 'lena.voss@webhost,de' is not a valid email address")[0].0,
            "lena.voss@webhost,de"
        );
        assert_eq!(
            emails(r#"{"email":"tove.lind@iol"} invalid email"#)[0].0,
            "tove.lind@iol"
        );
        // Quoted, but the line does not speak of e-mail, or the mailbox is a role's.
        assert!(emails("deploy 'ops.bot@build01' failed").is_empty());
        assert!(emails("Email 'root@db1' bounced").is_empty());
        assert!(emails(r#"mail sent {"release":"crm@3.13.7","router":"api@docker"}"#).is_empty());
    }

    #[test]
    fn addresses_in_any_script() {
        assert_eq!(
            emails("erasure failed for иван.петров@почта.рф: 2 of 3")[0].0,
            "иван.петров@почта.рф"
        );
        assert_eq!(
            emails("für jörg.weiß@beispiel.de")[0].0,
            "jörg.weiß@beispiel.de"
        );
    }

    /// `EMAIL_ANY_SCRIPT` as `Regex::new` compiles it, as an oracle.
    fn any_script_by_regex() -> &'static Regex {
        static RE: OnceLock<Regex> = OnceLock::new();
        RE.get_or_init(|| Regex::new(EMAIL_ANY_SCRIPT).expect("valid"))
    }

    type Spans = Vec<(usize, usize)>;

    /// `each_any_script`'s matches in `line`, and the oracle's.
    fn any_script_both_ways(line: &str) -> (Spans, Spans) {
        let line = line.as_bytes();
        let mut ours = Vec::new();
        EmailFinder::new().each_any_script(line, |a, b| ours.push((a, b)));
        let theirs = any_script_by_regex()
            .find_iter(line)
            .map(|m| (m.start(), m.end()))
            .collect();
        (ours, theirs)
    }

    proptest::proptest! {
        #[test]
        fn any_script_matches_as_find_iter(line in "(([aé]{1,3}[.@]){1,6}[aé]{0,3}[ ,%+-]){0,4}") {
            let (ours, theirs) = any_script_both_ways(&line);
            proptest::prop_assert_eq!(ours, theirs);
        }

        /// Parts about as long as the pattern's bounds.
        #[test]
        fn any_script_bounds_as_find_iter(line in "(([aé]{60,66}[.@]){1,3}[aé]{20,26}[ .]){1,3}") {
            let (ours, theirs) = any_script_both_ways(&line);
            proptest::prop_assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn not_emails() {
        assert!(emails("user@localhost git@ x@1.2").is_empty());
        assert!(emails("Started getty@tty1.service, user@1000.slice").is_empty());
        assert!(
            emails("message-id=<2026.4F2A@mx1.example.net> Message-ID: <a1@b.example.org>")
                .is_empty()
        );
        assert!(
            emails(r#"{"message_id": "<5504ac9c@mx4.mail.example>", "msg_id":"<a@b.cd>"}"#)
                .is_empty()
        );
    }

    #[test]
    fn mailboxes_no_person_owns() {
        let roles = "postmaster@mx.example.org <MAILER-DAEMON@em.example.de> no-reply@x.example \
            noreply-eu@notify.example sip:queue-billing@sbc.example.net sip:ping@ims.example.org \
            sip:agent-231@pbx.example.de HealthMailbox41bd3a4930c38df034fe0f2227ef77d6@contoso.local \
            HealthMailboxf95e78fa5da1@contoso.local \
            /img/logo-cx@2x.png to=<cc-supervisors@bank.nl> <qa_reports@x.eu> dpo@x.eu fax@x.de";
        assert!(emails(roles).is_empty(), "{:?}", emails(roles));
        // A VERP bounce holds the recipient's address; a role word opening
        // a person's local part is no role.
        let people = "bounces+7731-anna.berg=example.com@mail.example.net info.anna@example.org \
            baaaaaaaaaaaaaaaaaaa@ea.de <b77777777777777777@x1.de> support+anna.berg@x.de \
            anna.team@x.de";
        // A message id in angle brackets (`<2A14…5CD98@EXCH02.local>`) is
        // redacted too: its local part could as well be a person's alias,
        // and its token still ties the lines of one message together.
        assert_eq!(emails(people).len(), 6);
    }
}
