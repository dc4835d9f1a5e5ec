//! The last steps of a line's scan: dropping the findings that protected
//! spans or text already replaced stop, and marking the ones that replace
//! a bare JSON number.

use crate::finding::{Confidence, Ctx, Finding};
use crate::policy::Kind;
use crate::protect::Protected;

use std::sync::OnceLock;

use super::Scratch;
use crate::wordset::WordSet;

/// Keys whose values name a company, a product or a programme. Brands
/// and companies are often people's names (`brand="Hugo Boss"`, `merchant="Albert
/// Heijn"`), so a name the lists find in such a value is no person.
#[rustfmt::skip]
const COMPANY_KEYS: &[&str] = &[
    "product", "productname", "brand", "company", "companyname", "merchant", "merchantname",
    "vendor", "tenant", "tenantname", "org", "organization", "organisation", "organizationname",
    "tariff", "plan", "campaign", "campaignname", "model", "vehicle", "carrier", "bank",
    "employer", "industry", "make", "manufacturer", "brandname",
    // funds, awards and study programmes, named after their founders
    // (`fund="Beca Benito Juárez"`, `programme="Erasmus Mundus"`)
    "fund", "fundname", "scholarship", "grant", "award", "programme", "program", "course",
    "coursename",
];

/// Keys whose values name a queue, a team or a place, often after a person
/// (`queue="Hugo Boss Orders"`, `site="Victoria"`): a name that is only
/// part of such a value is no person, but a value that is a name and
/// nothing else and reads as a full name (`queue="Anna Schmidt"`, not
/// `queue="Ferrero Orders"`) may be one: any doubt fails closed.
#[rustfmt::skip]
const PLACE_KEYS: &[&str] = &[
    "queue", "queuename", "skill", "skillname", "team", "teamname", "site", "sitename",
    "department", "store", "storename", "branch", "location", "city",
    // clinics, schools, hotels and streets are named after people
    // (`clinic="Centre de santé Victor Hugo"`, `street="Jana Pawła II 18"`)
    "clinic", "clinicname", "hospital", "hospitalname", "pharmacy", "pharmacyname", "practice",
    "school", "schoolname", "university", "campus", "hotel", "hotelname", "venue", "street",
    "streetname", "airport", "station", "office", "depot", "warehouse",
];

/// Drops the findings a protected span stops, in one sweep over both
/// lists sorted by start (linear, however many of each a line holds).
pub(super) fn drop_blocked(protected: &[Protected], findings: &mut Vec<Finding>) {
    findings.sort_unstable_by_key(|f| f.start);
    let mut first = 0;
    findings.retain(|f| {
        while first < protected.len() && protected[first].end <= f.start {
            first += 1;
        }
        !protected[first..]
            .iter()
            .take_while(|p| p.start < f.end)
            .any(|p| blocks(p, f))
    });
}

/// Drops the findings that overlap a replaced span (both lists sorted by
/// start), in one sweep.
pub(super) fn drop_overlapping(replaced: &[(usize, usize)], findings: &mut Vec<Finding>) {
    if replaced.is_empty() {
        return;
    }
    let mut first = 0;
    findings.retain(|f| {
        while first < replaced.len() && replaced[first].1 <= f.start {
            first += 1;
        }
        !replaced[first..]
            .iter()
            .take_while(|r| r.0 < f.end)
            .any(|r| f.overlaps(r.0, r.1))
    });
}

/// Does a protected span stop a finding? A weak span stops weak findings;
/// a strong one stops any finding it overlaps, except a strong finding that
/// holds it strictly inside: "2026-03-15" in "+49 2026-03-15 12", a hash-like
/// local part in "deadbeefcafe@example.com", a MAC shape in "+1-20-12-34-56-78-90".
fn blocks(p: &Protected, f: &Finding) -> bool {
    if !f.overlaps(p.start, p.end) {
        return false;
    }
    if !p.strong {
        return f.confidence == Confidence::Weak;
    }
    let strictly_inside =
        p.start >= f.start && p.end <= f.end && (p.start > f.start || p.end < f.end);
    !(f.confidence == Confidence::Strong && strictly_inside)
}

/// A finding that replaces a bare JSON number (`{"phone":4915123421279}`,
/// `[4111111111111111]`) must write a string, or the line stops being JSON.
/// Whether a finding sits inside a string is read off the line itself,
/// walking its quotes and escapes once; text after the document (`{…}
/// call +1 201…`) holds no values and keeps its replacements bare.
pub(super) fn quote_bare_json_values(line: &[u8], findings: &mut [Finding]) {
    if findings.is_empty() || !crate::fields::looks_like_json(line) {
        return;
    }
    let mut strings = crate::fields::JsonStrings::default();
    for finding in findings.iter_mut() {
        // In single quotes (a Python dict's `'phone': '0612…'`, which
        // opens like JSON) the value is a string already.
        let single_quoted = finding.start > 0 && line[finding.start - 1] == b'\'';
        if !single_quoted
            && strings.outside(line, finding.start)
            && line[finding.start] != b'"'
            && is_value_position(line, finding.start, finding.end)
        {
            finding.ctx = Ctx::JsonBare;
        }
    }
}

/// Is `line[start..end]` where a JSON value stands: after `:`, `[` or `,`
/// and before `,`, `]`, `}` or the line's end, spaces aside?
fn is_value_position(line: &[u8], start: usize, end: usize) -> bool {
    let before = line[..start]
        .iter()
        .rev()
        .find(|b| !b.is_ascii_whitespace());
    let after = line[end..].iter().find(|b| !b.is_ascii_whitespace());
    matches!(before, Some(b':' | b'[' | b',')) && matches!(after, None | Some(b',' | b']' | b'}'))
}

/// Drops the name findings inside the values of keys that name a company
/// (`COMPANY_KEYS`) or, when they are part of the value only, a place
/// (`PLACE_KEYS`).
/// `is_person(value)`: whether a place key's whole value reads as a
/// person's full name.
pub(super) fn drop_by_key(line: &[u8], s: &mut Scratch, is_person: impl Fn(&[u8]) -> bool) {
    let Scratch {
        fields,
        keys,
        key_text,
        findings,
        ..
    } = s;
    // Most lines hold no name: then there is nothing to look up.
    if !findings.iter().any(|x| x.kind == Kind::Name) {
        return;
    }
    for (f, k) in fields.iter().zip(keys.iter()) {
        let key = &key_text[k.start..k.end];
        let (v0, v1) = f.value;
        // A name that covers the value without its spaces is the whole value.
        let whole = trimmed(line, f.value);
        let drop: &dyn Fn(&Finding) -> bool = if company_keys().contains(key) {
            &|x| x.kind == Kind::Name
        } else if place_keys().contains(key) {
            let person = is_person(&line[whole.0..whole.1]);
            &move |x| x.kind == Kind::Name && (x.start > whole.0 || x.end < whole.1 || !person)
        } else {
            continue;
        };
        findings.retain(|x| !(x.start >= v0 && x.end <= v1 && drop(x)));
    }
}

/// Keys (normalized) that hold a SIP Call-ID.
/// Kamailio's and OpenSIPS' `$ci` pseudo-variable logs as `ci=`; media
/// and QoS reports key the call by its Call-ID (`call=`).
const CALL_ID_KEYS: &[&str] = &[
    "callid",
    "sipcallid",
    "origcallid",
    "bcallid",
    "acallid",
    "ci",
    "call",
];

/// A SIP Call-ID (`a84b4c76e66710@pc33.atlanta.com`, RFC 3261 8.1.1.4) has
/// an address's shape but names a call, not a mailbox, and it is what a
/// troubleshooter correlates on: the e-mail finding that is a call-id
/// key's whole value is dropped, unless `is_person(local_part)` (a
/// mailbox written where an id should be: fail closed). Anything else
/// found in it stays found.
pub(super) fn drop_call_ids(line: &[u8], s: &mut Scratch, is_person: impl Fn(&[u8]) -> bool) {
    if !s.findings.iter().any(|x| x.kind == Kind::Email) {
        return;
    }
    let local_part = |start: usize, end: usize| {
        let value = &line[start..end];
        &value[..memchr::memchr(b'@', value).unwrap_or(value.len())]
    };
    // A SIP trace's header written without its colon (`… 486 Busy Here
    // Call-ID 3358c907@gw-fra-03… CSeq 102 INVITE`).
    let after_header = |at: usize| {
        let before = line[..at].trim_ascii_end();
        let header = before.strip_suffix(b":").unwrap_or(before);
        header.len() >= 7 && header[header.len() - 7..].eq_ignore_ascii_case(b"call-id")
    };
    s.findings.retain(|x| {
        !(x.kind == Kind::Email && after_header(x.start) && !is_person(local_part(x.start, x.end)))
    });
    for (f, k) in s.fields.iter().zip(s.keys.iter()) {
        if !CALL_ID_KEYS.contains(&&s.key_text[k.start..k.end]) {
            continue;
        }
        let (start, end) = trimmed(line, f.value);
        if !is_person(local_part(start, end)) {
            s.findings
                .retain(|x| !(x.kind == Kind::Email && x.start == start && x.end == end));
        }
    }
}

/// A value's span without the spaces around it.
fn trimmed(line: &[u8], (v0, v1): (usize, usize)) -> (usize, usize) {
    let text = &line[v0..v1];
    (
        v0 + (text.len() - text.trim_ascii_start().len()),
        v0 + text.trim_ascii_end().len(),
    )
}

fn company_keys() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(COMPANY_KEYS))
}

fn place_keys() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(PLACE_KEYS))
}
