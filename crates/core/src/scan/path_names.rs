//! A person's name or number as a URL path segment, after a segment that
//! says what it is: `/api/contacts/by-name/Mohamed%20El%20Khattabi`,
//! `/customers/lastname/Berg`, `/v1/users/by-phone/+436641234567`, and an
//! account under a collection of people (`/profile/henrike-vogelsang`,
//! `/api/v1/agents/vogelsang.henrike/avatar.png`). A REST path carries its
//! parameters by position, and the segment before says which one this is,
//! as a key does. A WhatsApp click-to-chat link's path is a number
//! (`https://wa.me/4917586372230`, E.164 without `+`).

use crate::census::{Census, PhraseSet};
use crate::context::{classify_word, KeyClass};
use crate::name::{NameFinder, ValueCheck};
use crate::needles::Needle;
use crate::percent;

/// Collections of people, whose next segment is one person's account. (Not
/// `home`: public system logs name their users' home directories, and
/// those are read as no one's data.)
#[rustfmt::skip]
const PERSON_COLLECTIONS: &[&str] = &[
    "users", "user", "agents", "agent", "profile", "profiles", "people", "persons", "members",
    "member", "employees", "employee", "staff", "customers", "customer", "contacts", "contact",
    "authors", "author", "owners", "owner",
];

/// How the labels before a phone number's segment end (`by-phone/`,
/// `msisdn/`), as the census looks for them.
const PHONE_LABEL_ENDS: &[&str] = &["phone/", "msisdn/", "mobile/"];

/// WhatsApp's click-to-chat host, whose path is the number to chat with in
/// international form without `+` (<https://faq.whatsapp.com/5913398998672934>).
const CLICK_TO_CHAT: &str = "wa.me/";

/// The census patterns that a path segment of a person's or a number may
/// follow: `/users/`, `phone/`, …
pub(crate) fn path_label_patterns() -> Vec<String> {
    let collections = PERSON_COLLECTIONS.iter().map(|c| format!("/{c}/"));
    collections
        .chain(PHONE_LABEL_ENDS.iter().map(|l| l.to_string()))
        .chain([CLICK_TO_CHAT.to_string()])
        .collect()
}

/// What a path segment holds.
pub(super) enum Segment {
    /// A person's name or account.
    Name,
    /// A phone number, if its text reads as one: the label's span is the
    /// key. `international`: written in international form without `+`.
    Phone {
        label: (usize, usize),
        international: bool,
    },
}

/// Calls `found(segment, start, end)` for each path segment after a label
/// that names a person or a number; a name segment must read as a name.
/// `decoded` is scratch for the percent-decoded segment.
pub(super) fn find(
    line: &[u8],
    census: Census,
    names: &NameFinder,
    decoded: &mut Vec<u8>,
    mut found: impl FnMut(Segment, usize, usize),
) {
    // Every name label ends in "name" ("name/", "by-name/", "lastName/").
    let name_labels =
        census.holds(line, Needle::NameLabel) || census.holds(line, Needle::NameLabelUpper);
    if !name_labels && !census.has(PhraseSet::PathLabels) {
        return;
    }
    for slash in memchr::memchr_iter(b'/', line) {
        let Some(label_start) = memchr::memrchr(b'/', &line[..slash]).map(|p| p + 1) else {
            continue;
        };
        let start = slash + 1;
        let segment_len = || {
            line[start..]
                .iter()
                .position(|b| matches!(b, b'/' | b'?' | b'#' | b'&' | b' ' | b'"' | b'\''))
                .unwrap_or(line.len() - start)
        };
        let host = &line[label_start..slash];
        if host.eq_ignore_ascii_case(&CLICK_TO_CHAT.as_bytes()[..CLICK_TO_CHAT.len() - 1]) {
            let label = (label_start, slash);
            let phone = Segment::Phone {
                label,
                international: true,
            };
            found(phone, start, start + segment_len());
            continue;
        }
        // A segment, not the text since the last slash (`Mozilla/5.0
        // (iPhone; …) AppleWebKit/605.1.15`).
        let label = strip_by(host);
        let segment_label = !label.is_empty()
            && label
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'));
        let Some(label) = segment_label
            .then(|| std::str::from_utf8(label).ok())
            .flatten()
        else {
            continue;
        };
        let len = segment_len();
        if len == 0 {
            continue;
        }
        let segment = &line[start..start + len];
        // Without a name label only a phone label or a collection can
        // lead here: most segments are told by a suffix test, without
        // classifying the label as a key.
        let class = if name_labels || is_phone_label(label) {
            classify_word(label)
        } else {
            None
        };
        match class {
            Some(KeyClass::Name) => {
                percent::decode_query(segment, decoded);
                if std::str::from_utf8(decoded)
                    .is_ok_and(|v| names.value_is_name(v, ValueCheck::Loose))
                {
                    found(Segment::Name, start, start + len);
                }
            }
            Some(KeyClass::Phone) => {
                let label = (label_start, slash);
                let phone = Segment::Phone {
                    label,
                    international: false,
                };
                found(phone, start, start + len);
            }
            // `/users/me`, `/agents/status`, `/customers/84213` stay: only
            // an account built from a name is one.
            _ if PERSON_COLLECTIONS
                .iter()
                .any(|c| c.eq_ignore_ascii_case(label))
                && (names.handle_is_name(segment) || names.login_is_name(segment)) =>
            {
                found(Segment::Name, start, start + len);
            }
            _ => {}
        }
    }
}

/// Does a label end like one of `PHONE_LABEL_ENDS` (`by-phone`, `msisdn`)?
fn is_phone_label(label: &str) -> bool {
    PHONE_LABEL_ENDS.iter().any(|end| {
        let end = &end.as_bytes()[..end.len() - 1];
        label.len() >= end.len()
            && label.as_bytes()[label.len() - end.len()..].eq_ignore_ascii_case(end)
    })
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
