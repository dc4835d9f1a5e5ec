//! One line's scan: protected spans, then structure, then the detectors,
//! all on the original bytes; the result is a sorted list of disjoint
//! findings for the rewriter.

use phonenumber::country::Id;

use crate::census::{Census, PhraseSet};
use crate::context::{
    is_account_key, is_catalog_key, is_event_key, is_generic_name_key, is_handle_key,
    is_international_key, is_network_party, is_number_word, is_plain_name_key, is_search_key,
    is_secure_flow_safe, is_secure_marker, KeyClass,
};
use crate::detectors::Detectors;
use crate::fields::{Field, Syntax};
use crate::finding::{resolve_overlaps, Canon, Confidence, Ctx, Finding};
use crate::json_escapes;
use crate::links::Links;
use crate::name::ValueCheck;
use crate::needles::Needle;
use crate::percent;
use crate::phone::{Country, Evidence};
use crate::policy::{Action, Kind, Policy};
use crate::protect::{BlockSpans, Protected, Reads};

mod access_log;
mod before;
mod document_names;
use before::{is_contact_record_key, is_membership_number, numbers_a_thing};
mod filters;
mod indirect;
mod key_phones;
mod keys;
mod labels;
mod name_values;
mod named_after;
mod numbers;
mod parenthesised;
mod particles;
mod path_names;
pub(crate) use path_names::path_label_patterns;
use path_names::Segment;
mod call_records;
mod query_text;
mod quoted_after_key;
mod recordings;
mod repeated_names;
mod repeats;
mod replaced;
mod reservation_contacts;
mod spoken_digits;
mod spoken_email;
mod value_shapes;

use filters::{drop_blocked, drop_by_key, drop_call_ids, drop_overlapping, quote_bare_json_values};
use key_phones::Holder;
use keys::{classify_keys, FieldKey, KeyMemo};
use labels::{in_object_of_a_thing, names_a_thing, opens_sentence};
use replaced::find_texts;
use value_shapes::{is_bracketed_serial, is_masked, is_object_reference, is_tally, opens_object};

pub(crate) use document_names::document_extension_patterns;
pub(crate) use recordings::audio_extension_patterns;
pub(crate) use spoken_digits::spoken_digit_patterns;
pub(crate) use spoken_email::at_word_patterns;

/// Buffers reused from line to line (one set per thread), so a line with
/// no findings allocates nothing.
#[derive(Default)]
pub(crate) struct Scratch {
    pub protected: Vec<Protected>,
    /// What the protector reads of the line.
    protect_reads: Reads,
    pub fields: Vec<Field>,
    pub findings: Vec<Finding>,
    canon: Vec<u8>,
    /// The canonical values of this line's pseudonymized findings, end to
    /// end (see `Canon`).
    pub canons: Vec<u8>,
    decoded: Vec<u8>,
    /// A line with escaped characters, decoded, and where each of its
    /// bytes starts in the line (see `json_escapes`).
    unescaped: Vec<u8>,
    unescaped_from: Vec<usize>,
    /// Replacement texts already in the line (see `find_replacements`).
    replaced: Vec<(usize, usize)>,
    /// Every field's normalized key, end to end; `keys[i]` is field `i`'s.
    key_text: String,
    keys: Vec<FieldKey>,
    /// The keys of earlier lines, normalized and classified.
    key_memo: KeyMemo,
}

/// Everything a scan reads: immutable, shared by all threads.
#[derive(Clone, Copy)]
pub(crate) struct Scanner<'a> {
    pub detectors: &'a Detectors,
    pub policy: &'a Policy,
    pub default_region: Option<Id>,
    /// Countries of numbers seen in international form (off: `None`).
    pub links: Option<Links<'a>>,
    /// The policy's distinct replacement texts, sorted (see
    /// `find_replacements`).
    pub replacements: &'a [Vec<u8>],
    /// Scanning a decoded query value (see `query_text`), which may not
    /// hold another one to decode.
    pub nested: bool,
}

impl Scanner<'_> {
    /// Fills `s.findings` with the disjoint findings of `line`, sorted.
    /// `block`: the line's protected spans were found with its block,
    /// where it starts at this offset; `None`: they are found here.
    pub(crate) fn scan(&self, line: &[u8], block: Option<(&BlockSpans, usize)>, s: &mut Scratch) {
        if json_escapes::has_escaped_text(line) {
            return self.scan_unescaped(line, s);
        }
        s.protected.clear();
        s.fields.clear();
        s.findings.clear();
        s.canons.clear();
        match block {
            Some((spans, at)) => spans.line(at, at + line.len(), &mut s.protected),
            None => self
                .detectors
                .protector
                .find(line, &mut s.protected, &mut s.protect_reads),
        }
        // Taken once: the replacement search, the field readers and the
        // text finders consult it.
        let census = Census::of(line);
        self.find_replacements(line, census, &mut s.replaced);
        crate::fields::scan(line, census, &mut s.fields);
        classify_keys(line, s);
        indirect::resolve_indirect_keys(line, s);
        let region = self.region_hint(line, s).or(self.default_region);
        self.scan_fields(line, region, s);
        self.scan_numbers(line, region, s);
        self.scan_spoken_numbers(line, census, region, s);
        if census.has(PhraseSet::AudioFiles) {
            self.scan_recording_names(line, region, s);
        }
        if census.has(PhraseSet::DocumentFiles) {
            self.scan_document_names(line, s);
        }
        self.scan_text(line, census, region, s);
        self.find_parenthesised_names(line, census, s);
        self.find_quoted_after_name_keys(line, census, s);
        let names = &self.detectors.names;
        drop_by_key(line, s, |v| {
            std::str::from_utf8(v).is_ok_and(|v| names.reads_as_full_name(v))
        });
        drop_call_ids(line, s, |local| {
            std::str::from_utf8(local).is_ok_and(|v| names.value_is_name(v, ValueCheck::Loose))
        });
        access_log::drop_access_log_metrics(line, &mut s.findings);
        drop_blocked(&s.protected, &mut s.findings);
        drop_overlapping(&s.replaced, &mut s.findings);
        repeated_names::find_repeated_names(line, census, names, s);
        self.find_row_msisdns(line, s);
        self.find_national_forms(line, s);
        self.find_names_in_contact_rows(line, s);
        self.find_name_elements(line, s);
        self.find_numbers_beside_names(line, region, s);
        self.find_cardholders_beside_cards(line, s);
        self.find_trunk_numbers_in_named_rows(line, region, s);
        repeats::find_repeated_phones(line, s);
        particles::extend_names_over_particles(line, s);
        particles::extend_names_over_given_after_comma(line, &self.detectors.names, s);
        named_after::drop_named_places(line, s);
        resolve_overlaps(&mut s.findings);
        quote_bare_json_values(line, &mut s.findings);
    }

    /// Scans `line` with its escaped characters decoded (which leaves none
    /// to decode) and maps the findings back onto the escaped text.
    fn scan_unescaped(&self, line: &[u8], s: &mut Scratch) {
        let (mut text, mut from) = (
            std::mem::take(&mut s.unescaped),
            std::mem::take(&mut s.unescaped_from),
        );
        json_escapes::decode_mapped(line, &mut text, &mut from);
        self.scan(&text, None, s);
        for f in &mut s.findings {
            f.start = from[f.start];
            f.end = from[f.end];
        }
        (s.unescaped, s.unescaped_from) = (text, from);
    }

    /// A `country=FR` / `"locale":"fr_FR"` field names the region of
    /// national-format numbers on this line.
    fn region_hint(&self, line: &[u8], s: &mut Scratch) -> Option<Id> {
        for (f, k) in s.fields.iter().zip(&s.keys) {
            if k.class != KeyClass::Region {
                continue;
            }
            let v = &line[f.value.0..f.value.1];
            let cc = match v.len() {
                2 => v,
                5 if matches!(v[2], b'_' | b'-') => &v[3..],
                _ => continue,
            };
            if let Ok(cc) = std::str::from_utf8(cc) {
                if let Ok(id) = cc.to_ascii_uppercase().parse::<Id>() {
                    return Some(id);
                }
            }
        }
        None
    }

    fn scan_fields(&self, line: &[u8], region: Option<Id>, s: &mut Scratch) {
        let secure = self.is_secure_flow(line, s);
        for i in 0..s.fields.len() {
            let f = s.fields[i];
            let (v0, v1) = f.value;
            // A JSON boolean (`"payment":true`) tells nothing; it is read
            // only to mark a secure flow (`is_secure_flow`).
            let boolean = f.syntax == Syntax::Json && matches!(&line[v0..v1], b"true" | b"false");
            if v0 == v1 || boolean {
                continue;
            }
            // `"shifts":{"gruber.leonie":"early"}`: a map keyed by login.
            let raw_key = &line[f.key.0..f.key.1];
            if f.syntax == Syntax::Json
                && raw_key.contains(&b'.')
                && self.detectors.names.login_is_name(raw_key)
            {
                self.push_name(s, f.key.0, f.key.1);
            }
            let k = s.keys[i];
            let key = &s.key_text[k.start..k.end];
            let evidence = if is_international_key(key) {
                Evidence::International
            } else {
                Evidence::Key
            };
            if let Some(rule) = self.policy.key_rule(key) {
                self.apply_key_rule(line, f, rule, region, evidence, s);
                continue;
            }
            let ctx = if f.syntax == Syntax::Url {
                Ctx::Url
            } else {
                Ctx::Plain
            };
            // (`name=kdabrowski` as useradd logs a new account, too.)
            let login_key = is_account_key(key) || k.class == KeyClass::Name;
            if login_key && self.detectors.names.account_is_name(&line[v0..v1])
                || key.ends_with("by")
                    && self.detectors.names.is_lone_given_name(&line[v0..v1])
                    && !runs_on_capitalised(&line[v1..])
            {
                self.push(s, Kind::Name, v0, v1, ctx, Confidence::Strong, None);
                continue;
            }
            let holder = match k.class {
                KeyClass::Party if is_network_party(key) => Holder::Network,
                KeyClass::Party => Holder::Person,
                _ => Holder::Phone,
            };
            match k.class {
                KeyClass::Secret => {
                    let v = &line[v0..v1];
                    if !self.is_replacement(v)
                        && !is_object_reference(v)
                        && !is_tally(v)
                        && !is_bracketed_serial(v)
                        && !is_masked(v)
                        && !self.opens_prose(line, f)
                    {
                        self.push(s, Kind::Secret, v0, v1, ctx, Confidence::Strong, None);
                    }
                }
                // `invoice number=8473728135612`: the key names no phone.
                KeyClass::Phone if is_number_word(key) && numbers_a_thing(line, f.key.0) => {}
                // `matched contacts: 31415926`: a CRM record's id.
                KeyClass::Party
                    if is_contact_record_key(key, &line[v0..v1])
                        || is_membership_number(key, &line[v0..v1]) => {}
                class @ (KeyClass::Phone | KeyClass::Party) => {
                    let handle_key = is_handle_key(key);
                    let phone = self.phone_in_value(line, f, region, evidence, holder, s);
                    let value = &line[v0..v1];
                    // `caller_id changed from "Liu Lei"`: a caller id is a
                    // name where it holds words and no digit (ServiceNow's
                    // user reference, a CNAM display name; not
                    // `phone_verified=True`).
                    let lettered =
                        || value.contains(&b' ') && !value.iter().any(u8::is_ascii_digit);
                    if !phone && class == KeyClass::Party {
                        // `"username":"the_real_sean"`: a handle a person
                        // chose, from their name.
                        let names = &self.detectors.names;
                        let handle = handle_key
                            && (names.handle_is_name(value) || names.login_is_name(value));
                        if handle {
                            self.push(s, Kind::Name, v0, v1, ctx, Confidence::Strong, None);
                        } else {
                            self.name_in_value(line, f, ValueCheck::Strict, s);
                        }
                    } else if !phone && lettered() {
                        self.name_in_value(line, f, ValueCheck::Strict, s);
                    }
                }
                // `{"name":"Host","value":"…"}`: beside a `value` a plain
                // name names the value (a header, tag or attribute).
                KeyClass::Name
                    if is_plain_name_key(key) && beside(line, i, s, |k, _| k == "value") => {}
                // `Domain Name: CONTOSO`, `Workstation Name: WKS-7`: a
                // printed record's name of a thing, not of a person.
                KeyClass::Name
                    if is_plain_name_key(key)
                        && (names_a_thing(line, f.key.0) || in_object_of_a_thing(line, f)) => {}
                KeyClass::Name => {
                    // A form or query holds what a person typed: there
                    // `?first=Ottilie` is a name, listed or not. So is a
                    // `first` beside another name part's key.
                    let check = if is_generic_name_key(key)
                        && f.syntax != Syntax::Url
                        && !beside_person_key(line, i, s)
                    {
                        ValueCheck::Word
                    } else if (is_plain_name_key(key) || key == "displayname") && has_catalog_key(s)
                    {
                        ValueCheck::FullName
                    } else if is_plain_name_key(key) {
                        ValueCheck::Loose
                    } else {
                        ValueCheck::Person
                    };
                    self.name_in_value(line, f, check, s);
                }
                // In a payment or DTMF event every value but the ids and
                // the event's own bookkeeping goes, whatever it looks like.
                // `target: message` in tracing's text output is not a field:
                // only `key=value`, JSON and query pairs are stripped here.
                // (The safe keys, a list of fifty, are only read in such an
                // event, which few lines are.)
                KeyClass::Region | KeyClass::Other
                    if secure
                        && !is_secure_flow_safe(key)
                        && !is_amount_value(line, i, key, s)
                        && (f.syntax != Syntax::Logfmt || line.get(f.key.1) == Some(&b'=')) =>
                {
                    let v = &line[v0..v1];
                    if !self.is_replacement(v) && !is_masked(v) && !opens_object(v) {
                        self.push(s, Kind::Secret, v0, v1, ctx, Confidence::Strong, None);
                    }
                }
                // `"name": {"given": "Sep", "family": "Wolfsdr"}`,
                // `?given=Sep&family=Wolfsdr`: beside a given name in the
                // same object or query, `family` is the surname (alone it
                // may be an address or font family).
                KeyClass::Other if key == "family" && beside_given_name(line, i, s) => {
                    self.name_in_value(line, f, ValueCheck::Loose, s);
                }
                // `{"type":"text","text":"Péter"}`: a message template's
                // parameter (WhatsApp Cloud API) fills a placeholder, most
                // often the customer's name; a value that reads as one is.
                KeyClass::Other
                    if f.syntax == Syntax::Json
                        && key == "text"
                        && beside(line, i, s, |k, _| k == "type") =>
                {
                    self.name_in_value(line, f, ValueCheck::Strict, s);
                }
                // `?q=Saraceno%2C+Annamaria`: a search or free-text query
                // parameter holds a person when the lists find one in it.
                KeyClass::Other if f.syntax == Syntax::Url => {
                    percent::decode_query(&line[v0..v1], &mut s.decoded);
                    // A nested URL or form (`url=https://…?name=…`) is
                    // searched pair by pair, not taken whole.
                    let nested = s
                        .decoded
                        .iter()
                        .any(|b| matches!(b, b'/' | b'?' | b'=' | b'&'));
                    let mut named = false;
                    if !nested {
                        let names = &self.detectors.names;
                        names.find_by_lists(&s.decoded, |_, _| named = true);
                        named |= is_search_key(key)
                            && std::str::from_utf8(&s.decoded)
                                .is_ok_and(|v| names.reads_as_searched_person(v));
                    }
                    if named {
                        self.push(s, Kind::Name, v0, v1, Ctx::Url, Confidence::Strong, None);
                    } else {
                        self.scan_query_text(line, (v0, v1), s);
                    }
                }
                // `q="henrike vogelsang"`, `"query":"VOGELSANG Henrike"`: the
                // same search box, logged as a field.
                KeyClass::Other
                    if is_search_key(key)
                        && std::str::from_utf8(&line[v0..v1])
                            .is_ok_and(|v| self.detectors.names.reads_as_searched_person(v)) =>
                {
                    self.push(s, Kind::Name, v0, v1, ctx, Confidence::Strong, None);
                }
                // `"metadata":"agent:i.diaz"`, `tag=assignee:mnowak`: a value
                // that tags a login with its part (as search syntaxes and
                // apps' echo metadata write it).
                KeyClass::Other if f.syntax != Syntax::Url => {
                    if let Some(at) = self.tagged_login(&line[v0..v1]) {
                        self.push(s, Kind::Name, v0 + at, v1, ctx, Confidence::Strong, None);
                    }
                }
                KeyClass::Region | KeyClass::Other => {}
            }
        }
    }

    /// Where the login starts in a value `part:login` whose part names
    /// a person's account (`agent:`, `user:`, `assignee:`) and whose login
    /// is built from a name.
    fn tagged_login(&self, value: &[u8]) -> Option<usize> {
        const PARTS: &[&[u8]] = &[
            b"agent",
            b"user",
            b"operator",
            b"assignee",
            b"owner",
            b"author",
            b"login",
        ];
        // Most values hold no such tag: the part is letters only, eight at
        // most, so only a value opening with a letter is searched, and
        // only over its first nine bytes (a time's `T12:` stops early).
        if !value.first().is_some_and(u8::is_ascii_alphabetic) {
            return None;
        }
        // Nine bytes at most: a byte loop, where memchr's set-up costs more.
        let colon = value[..value.len().min(9)]
            .iter()
            .position(|&b| b == b':')?;
        let (part, login) = (&value[..colon], &value[colon + 1..]);
        (PARTS.iter().any(|p| p.eq_ignore_ascii_case(part))
            && self.detectors.names.login_is_name(login))
        .then_some(colon + 1)
    }

    /// Replacement texts already in the line (a second pass), sorted: no
    /// finding may touch one. A custom one may read like a token or a name
    /// ("Ag(Mms((…" after "Bearer"), and a value that holds one
    /// (`secret=[secret];…`) was redacted already.
    fn find_replacements(&self, line: &[u8], census: Census, replaced: &mut Vec<(usize, usize)>) {
        // Every default replacement opens with `[`, which most lines lack.
        let absent = |b| b == b'[' && !census.holds(line, Needle::OpenBracket);
        find_texts(self.replacements, line, absent, replaced);
    }

    /// Does `text` start with one of the policy's replacement texts?
    fn starts_with_replacement(&self, text: &[u8]) -> bool {
        Kind::ALL
            .iter()
            .any(|&k| text.starts_with(self.policy.replacement(k).as_bytes()))
    }

    /// Is `value` one of the policy's replacement texts (already redacted)?
    fn is_replacement(&self, value: &[u8]) -> bool {
        Kind::ALL
            .iter()
            .any(|&k| self.policy.replacement(k).as_bytes() == value)
    }

    /// Is this line an event of a secure (payment) flow? A marker key with
    /// a true value (`secureFlow=true`, `"pci":1`), a card or security-code
    /// key, or a DTMF capture event with a value of three or more keyed
    /// digits: a menu choice (`"event": "dtmf", "digits": "3", "menu":
    /// "main"`) is none.
    fn is_secure_flow(&self, line: &[u8], s: &mut Scratch) -> bool {
        let fields = || s.fields.iter().zip(&s.keys);
        let marker = fields().any(|(f, k)| {
            let key = &s.key_text[k.start..k.end];
            let value = &line[f.value.0..f.value.1];
            // A card masked as receipts print it (`pan=545454******3179`)
            // is no payment data, nor a code starred out (`"cvv":"***"`).
            is_secure_marker(key, value) && !self.is_replacement(value) && !is_masked(value)
        });
        let dtmf_event = || {
            fields().any(|(f, k)| {
                let value = &line[f.value.0..f.value.1];
                is_event_key(&s.key_text[k.start..k.end])
                    && value.windows(4).any(|w| w.eq_ignore_ascii_case(b"dtmf"))
            })
        };
        let captured_digits = || {
            fields().any(|(f, k)| {
                let value = &line[f.value.0..f.value.1];
                let keyed = value
                    .iter()
                    .all(|b| b.is_ascii_digit() || matches!(b, b'*' | b'#' | b' ' | b'-'));
                let digits = value.iter().filter(|b| b.is_ascii_digit()).count();
                !is_secure_flow_safe(&s.key_text[k.start..k.end]) && keyed && digits >= 3
            })
        };
        marker || (dtmf_event() && captured_digits())
    }

    /// A configured rule for this key decides instead of the detectors.
    fn apply_key_rule(
        &self,
        line: &[u8],
        f: Field,
        rule: Action,
        region: Option<Id>,
        evidence: Evidence,
        s: &mut Scratch,
    ) {
        let (v0, v1) = f.value;
        let ctx = if f.syntax == Syntax::Url {
            Ctx::Url
        } else {
            Ctx::Plain
        };
        match rule {
            // Never touched: nothing may cut into the value.
            Action::Keep => {
                let at = s.protected.partition_point(|p| p.start < v0);
                s.protected.insert(
                    at,
                    Protected {
                        start: v0,
                        end: v1,
                        strong: true,
                    },
                );
            }
            Action::Strip => self.push(s, Kind::Secret, v0, v1, ctx, Confidence::Strong, None),
            Action::Pseudonymize => {
                let email = line[v0..v1].contains(&b'@')
                    || line[v0..v1]
                        .windows(3)
                        .any(|w| w.eq_ignore_ascii_case(b"%40"));
                if !email && !self.phone_in_value(line, f, region, evidence, Holder::Phone, s) {
                    self.push(s, Kind::Secret, v0, v1, ctx, Confidence::Strong, None);
                }
            }
        }
    }

    /// `auth: refreshed oauth token …`: after a program's or a topic's
    /// `key: `, an ordinary lower-case word that more words follow opens a
    /// sentence; it is no value of the key.
    fn opens_prose(&self, line: &[u8], f: Field) -> bool {
        let (v0, v1) = f.value;
        opens_sentence(line, f, v1) && self.detectors.names.is_ordinary_word(&line[v0..v1])
    }

    fn scan_text(&self, line: &[u8], census: Census, region: Option<Id>, s: &mut Scratch) {
        let d = self.detectors;
        let mut decoded = std::mem::take(&mut s.decoded);
        d.emails.find(line, census, &mut decoded, |a, b, canon| {
            let ctx = if line[a..b].contains(&b'%') {
                Ctx::Url
            } else {
                Ctx::Plain
            };
            self.push_email(s, a, b, ctx, canon);
        });
        path_names::find(
            line,
            census,
            &d.names,
            &mut decoded,
            |segment, a, b| match segment {
                Segment::Name => {
                    self.push(s, Kind::Name, a, b, Ctx::Url, Confidence::Strong, None);
                }
                Segment::Phone {
                    label,
                    international,
                } => {
                    let f = Field {
                        key: label,
                        value: (a, b),
                        syntax: Syntax::Url,
                    };
                    let evidence = if international {
                        Evidence::International
                    } else {
                        Evidence::Key
                    };
                    self.phone_in_value(line, f, region, evidence, Holder::Phone, s);
                }
            },
        );
        if census.has(PhraseSet::AtWords) {
            spoken_email::find(line, &mut decoded, |e| {
                self.push_email(s, e.start, e.end, Ctx::Plain, e.address);
            });
        }
        s.decoded = decoded;
        d.ibans.find(line, |a, b| {
            self.push(s, Kind::Iban, a, b, Ctx::Plain, Confidence::Strong, None)
        });
        self.scan_call_records(line, s);
        if census.holds(line, Needle::Slash) {
            crate::card::find_expiring_cards(line, |a, b| {
                self.push(s, Kind::Card, a, b, Ctx::Plain, Confidence::Strong, None)
            });
            self.scan_reservation_contacts(line, s);
        }
        // Prefilter: "earer" is in both "Bearer" and "bearer".
        let bearer = census.holds(line, Needle::Earer) || census.holds(line, Needle::EarerUpper);
        if bearer {
            for m in d.bearer.get().captures_iter(line) {
                let t = m.get(1).expect("token group");
                // A replacement text may start like a token ("Bearer
                // Xname(((…" after one pass): it stays as it is.
                if self.starts_with_replacement(&line[t.start()..]) {
                    continue;
                }
                self.push(
                    s,
                    Kind::Secret,
                    t.start(),
                    t.end(),
                    Ctx::Plain,
                    Confidence::Strong,
                    None,
                );
            }
        }
        let phone_found = s.findings.iter().any(|f| f.kind == Kind::Phone);
        let mut name = |a, b| self.push_name(s, a, b);
        d.names.find_in_text(line, census, true, &mut name);
        if census.holds(line, Needle::LessThan) {
            d.names.find_display_names(line, &mut name);
        }
        d.names.find_logins(line, census, &mut name);
        d.names.find_speaker_labels(line, census, &mut name);
        if census.holds(line, Needle::At) {
            d.names.find_mentions(line, &mut name);
        }
        if census.has(PhraseSet::Introductions) {
            d.names.find_spoken_introductions(line, &mut name);
        }
        if census.has(PhraseSet::AfterName) {
            d.names.find_names_before_phrases(line, &mut name);
        }
        d.names.find_dash_signatures(line, census, &mut name);
        d.names
            .find_end_signatures(line, census, phone_found, &mut name);
        d.names.find_qualified_names(line, census, &mut name);
        d.names.find_cjk_signatures(line, census, &mut name);
        d.names.find_cjk_closing_names(line, census, &mut name);
        d.names.find_honorific_names(line, census, &mut name);
        d.names.find_cjk_fields(line, census, &mut name);
        if census.has(PhraseSet::Particles) {
            d.names.find_particle_names(line, &mut name);
        }
        d.names.find_spelled_names(line, &mut name);
        d.names.find_inverted_names(line, census, &mut name);
        d.names.find_in_cells(line, census, &mut name);
        d.names.find_vcard_names(line, census, &mut name);
        d.names.find_in_records(line, census, &mut name);
        d.names.find_hl7_names(line, census, &mut name);
        d.names.find_by_lists(line, &mut name);
    }

    #[allow(clippy::too_many_arguments)]
    fn push_phone(
        &self,
        s: &mut Scratch,
        start: usize,
        end: usize,
        ctx: Ctx,
        conf: Confidence,
        country: Country,
    ) {
        self.link_number(&mut s.canon, country);
        let canon = self.canon(Kind::Phone, s);
        self.push(s, Kind::Phone, start, end, ctx, conf, canon);
    }

    /// Pushes an e-mail finding whose address, written canonically
    /// (lower case), is `canon`.
    fn push_email(&self, s: &mut Scratch, start: usize, end: usize, ctx: Ctx, canon: &[u8]) {
        s.canon.clear();
        s.canon.extend_from_slice(canon);
        let canon = self.canon(Kind::Email, s);
        self.push(s, Kind::Email, start, end, ctx, Confidence::Strong, canon);
    }

    /// Links the number whose canonical form is `canon` to the country
    /// the stream showed it with, or teaches the stream its country (see
    /// `NumberLinks::link`).
    fn link_number(&self, canon: &mut Vec<u8>, country: Country) {
        if let Some(links) = self.links {
            links
                .rule
                .link(links.memory, &self.detectors.codes, canon, country);
        }
    }

    /// Keeps `s.canon` for the token, if the policy pseudonymizes `kind`.
    fn canon(&self, kind: Kind, s: &mut Scratch) -> Option<Canon> {
        let tokened = matches!(kind, Kind::Phone | Kind::Email)
            && self.policy.action(kind) == Action::Pseudonymize;
        tokened.then(|| Canon::push(&s.canon, &mut s.canons))
    }

    /// Adds a name found in plain text, as sure as its rule is.
    fn push_name(&self, s: &mut Scratch, start: usize, end: usize) {
        self.push(
            s,
            Kind::Name,
            start,
            end,
            Ctx::Plain,
            Confidence::Strong,
            None,
        );
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &self,
        s: &mut Scratch,
        kind: Kind,
        start: usize,
        end: usize,
        ctx: Ctx,
        confidence: Confidence,
        canon: Option<Canon>,
    ) {
        if self.policy.action(kind) == Action::Keep || start >= end {
            return;
        }
        s.findings.push(Finding {
            start,
            end,
            kind,
            ctx,
            confidence,
            canon,
        });
    }
}

/// `by=Omni Supervisor`: a bare value's word goes on as a title.
fn runs_on_capitalised(rest: &[u8]) -> bool {
    rest.first() == Some(&b' ') && rest.get(1).is_some_and(u8::is_ascii_uppercase)
}

/// Is field `i` a neighbour of a field of the same object (in JSON, no
/// brace between them) whose key and class `named` accepts?
fn beside(line: &[u8], i: usize, s: &Scratch, named: impl Fn(&str, KeyClass) -> bool) -> bool {
    [i.wrapping_sub(1), i + 1].into_iter().any(|j| {
        s.keys.get(j).is_some_and(|k| {
            named(&s.key_text[k.start..k.end], k.class) && indirect::same_object(line, s, i, j)
        })
    })
}

/// `"amount":{"value":3000,"currency":"EUR"}`: a value beside a currency
/// in the same object is the amount (money, not payment data).
fn is_amount_value(line: &[u8], i: usize, key: &str, s: &Scratch) -> bool {
    key == "value" && beside(line, i, s, |k, _| matches!(k, "currency" | "cur"))
}

/// Is field `i` a neighbour of a given-name field of the same object?
fn beside_given_name(line: &[u8], i: usize, s: &Scratch) -> bool {
    const GIVEN: &[&str] = &[
        "given",
        "givenname",
        "first",
        "firstname",
        "forename",
        "vorname",
    ];
    beside(line, i, s, |key, _| GIVEN.contains(&key))
}

/// Is field `i` a neighbour of a key that holds nothing but a name part
/// (`lname`, `givenName`, `nachname`)? Beside one, `first` and `last` are
/// the other parts of the same person (`"first":"SILJE","lname":…`).
fn beside_person_key(line: &[u8], i: usize, s: &Scratch) -> bool {
    beside(line, i, s, |key, class| {
        class == KeyClass::Name && !is_plain_name_key(key) && !is_generic_name_key(key)
    })
}

/// Does the line's record have a product's keys (`{"name":"Yoga Mat Pro",
/// "sku":"…","quantity":4}`), so that a plain `name` names the product?
/// Asked only for a name key's value, which few fields are.
fn has_catalog_key(s: &Scratch) -> bool {
    s.keys
        .iter()
        .any(|k| is_catalog_key(&s.key_text[k.start..k.end]))
}
