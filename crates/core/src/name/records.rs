//! Names in fixed record formats that say by their layout which field is
//! a person: a named-entity label (`entities=[PERSON:régis laurent]`), an
//! airline passenger name (`DOLINSEK/PIA MS`), the name field of a
//! passport's machine-readable zone (`P<FRAGOBERT<<MARTINE<<<`), the
//! common name of an LDAP distinguished name (`CN=Kamp\, Stefan,OU=…`)
//! or of an iCalendar user (`ORGANIZER;CN=Ivo Brandt:mailto:…`)
//! and a string Hibernate binds to a statement.

use super::logins::is_clear_surname;
use super::*;
use crate::census::{Census, PhraseSet};
use crate::needles::Needle;

/// The most bytes a name in one of these records is taken to hold.
const MAX_NAME: usize = 64;

/// Titles after an airline passenger name (IATA reservation format).
const PASSENGER_TITLES: &[&str] = &["MR", "MRS", "MS", "MISS", "MSTR", "DR", "MX"];

/// The attribute types that may follow a common name in an LDAP DN.
const DN_ATTRIBUTES: &[&[u8]] = &[b"OU=", b"DC=", b"O=", b"CN=", b"L=", b"C=", b"ST=", b"UID="];

impl NameFinder {
    /// Calls `found(start, end)` for each name these record formats hold.
    pub(crate) fn find_in_records(
        &self,
        line: &[u8],
        census: Census,
        mut found: impl FnMut(usize, usize),
    ) {
        let has = |needle| census.holds(line, needle);
        if has(Needle::Colon) || has(Needle::Equals) || has(Needle::Slash) {
            find_entity_labels(line, census, &mut found);
            self.find_passenger_names(line, &mut found);
            if census.has(PhraseSet::CommonNames) {
                self.find_dn_common_names(line, &mut found);
            }
        }
        find_mrz_names(line, census, &mut found);
        if census.holds(line, Needle::BindingParameter) {
            self.find_bound_names(line, &mut found);
        }
    }

    /// Hibernate's trace of a string bound to a statement (`binding
    /// parameter [3] as [VARCHAR] - [Scheidegger]`, `binding parameter
    /// (7:VARCHAR) <- [Stadelmann]`): no column is named, so the value must
    /// read as a name on its own, as under a key that may hold anything.
    fn find_bound_names(&self, line: &[u8], found: &mut impl FnMut(usize, usize)) {
        let Some(open) = [&b"VARCHAR] - ["[..], b"VARCHAR) <- ["]
            .iter()
            .find_map(|m| memchr::memmem::find(line, m).map(|at| at + m.len()))
        else {
            return;
        };
        let Some(close) = memchr::memrchr(b']', &line[open..]).map(|p| open + p) else {
            return;
        };
        let value = valid_utf8_prefix(&line[open..close]);
        // Queues, languages and products are bound as often (`[Claims
        // Motor]`, `[German]`): no word may be vocabulary, one must be a
        // listed name.
        let words_ok = value.split(' ').all(|w| {
            word(w).is_some_and(|(len, kind)| len == w.len() && kind != Word::Particle)
                && !is_log_vocabulary(w, self.db.lookup(w))
                && !is_not_name(w)
        });
        let listed = value.split(' ').any(|w| self.db.lookup(w).strong());
        if value.len() == close - open
            && words_ok
            && listed
            && self.value_is_name(value, ValueCheck::Strict)
        {
            found(open, close);
        }
    }

    /// `DOLINSEK/PIA MS`: an all-caps surname, `/`, all-caps given names,
    /// and a title; without the title the given name must be a clear one,
    /// or the pair a listed surname and given name of 3+ letters
    /// (`GHEORGHE/ANA`), or a clear surname before a name-like word of 3+
    /// letters (`WANG/XIAOYAN`); `TCP/IP`,
    /// `N/A`, `AES/GCM` are none. Capitals may be any script's
    /// (`BERGSTRÖM/EMMA`, `LAZĂR/GABRIEL`).
    fn find_passenger_names(&self, line: &[u8], found: &mut impl FnMut(usize, usize)) {
        // Bytes of a capitals' word: ASCII capitals, `-`, and any
        // non-ASCII byte, whose characters are checked after.
        let caps = |b: &u8| b.is_ascii_uppercase() || *b == b'-' || *b >= 0x80;
        let all_caps = |w: &str| w.chars().all(|c| c.is_uppercase() || c == '-' || c == ' ');
        for slash in memchr::memchr_iter(b'/', line) {
            let start = line[..slash]
                .iter()
                .rposition(|b| !caps(b))
                .map_or(0, |i| i + 1);
            // A digit may glue on: `1.1DOLINSEK/PIA MS`, boarding passes' `M1`.
            if slash - start < 2 || (start > 0 && line[start - 1].is_ascii_alphabetic()) {
                continue;
            }
            // Given names, words of capitals one space apart, up to a title
            // (`KOWALSKA/ANNA MRS TKOK 16OCT`: the ticket element follows).
            let mut given_end = slash + 1;
            let mut title = false;
            let mut word_start = given_end;
            while let Some(&b) = line.get(given_end) {
                if caps(&b) {
                    given_end += 1;
                    continue;
                }
                let word = valid_utf8_prefix(&line[word_start..given_end]);
                title = word_start > slash + 1 && PASSENGER_TITLES.contains(&word);
                if title
                    || b != b' '
                    || !line.get(given_end + 1).is_some_and(u8::is_ascii_uppercase)
                {
                    break;
                }
                given_end += 1;
                word_start = given_end;
            }
            if !title && word_start > slash + 1 {
                let word = valid_utf8_prefix(&line[word_start..given_end]);
                title = PASSENGER_TITLES.contains(&word);
            }
            let given = valid_utf8_prefix(&line[slash + 1..given_end]);
            let surname = valid_utf8_prefix(&line[start..slash]);
            if !all_caps(given) || !all_caps(surname) {
                continue;
            }
            let first = given.split(' ').next().unwrap_or("");
            // Neither part may be vocabulary: `GET/POST MS` is no passenger;
            // after a title a name may be a rare word (`SYSOEV/MIR MR`).
            let titled = title && self.is_passenger_word(first) && self.is_passenger_word(surname);
            let clear = !given.contains(' ') && given.len() >= 3 && {
                let known = self.db.lookup(given);
                is_clear_given(given, known)
            };
            let listed_pair = || {
                // (A given name of 3+ letters: `HU/AU`, the German
                // vehicle inspection, is none.)
                if first.chars().nth(2).is_none() {
                    return false;
                }
                let (s, g) = (self.db.lookup(surname), self.db.lookup(first));
                (g.given && s.surname || is_clear_surname(s))
                    && self.is_passenger_word(first)
                    && self.is_passenger_word(surname)
            };
            let ends_word = |at: usize| line.get(at).map_or(true, |b| !b.is_ascii_alphanumeric());
            let first_end = slash + 1 + first.len();
            if (titled || clear) && ends_word(given_end) {
                found(start, given_end);
            } else if ends_word(first_end) && listed_pair() {
                // Without a title only the first given name is sure: a
                // boarding pass's PNR follows it (`BENES/RADEK EBLUFEB`).
                // One glued to a letter or digit is the inside of a base64
                // string (`…E1TO/ZAN7i5…`).
                found(start, first_end);
            }
        }
    }

    /// Is a key's whole value an airline passenger name (`PEEVA/ZLATI`,
    /// `TRIGUB/IEVGEN MR`): an all-caps surname, `/`, all-caps given names
    /// and an optional title? Neither part may be vocabulary (`TCP/IP`,
    /// `GET/POST`); without a title each holds three letters or more and
    /// a vowel, and one five or more, for a key's pair of acronyms is
    /// written the same way (`name=SSO/MFA`, `EMEA/APAC`).
    pub(super) fn is_passenger_value(&self, value: &str) -> bool {
        let Some((surname, given)) = value.split_once('/') else {
            return false;
        };
        let titled = given
            .rsplit_once(' ')
            .filter(|(_, title)| PASSENGER_TITLES.contains(title));
        let given = titled.map_or(given, |(names, _)| names);
        let name_part = |w: &str| {
            w.chars().nth(1).is_some()
                && w.chars().all(|c| c.is_uppercase() || c == '-')
                && self.is_passenger_word(w)
        };
        let first = given.split(' ').next().unwrap_or("");
        let long_enough = || {
            let letters = |w: &str| w.chars().count();
            let voiced = |w: &str| {
                w.chars()
                    .any(|c| !c.is_ascii() || b"AEIOUY".contains(&(c as u8)))
            };
            letters(surname).min(letters(first)) >= 3
                && letters(surname).max(letters(first)) >= 5
                && voiced(surname)
                && voiced(first)
        };
        name_part(surname) && given.split(' ').all(name_part) && (titled.is_some() || long_enough())
    }

    /// May `w` be part of a passenger name: no vocabulary (`GET/POST MS`)
    /// nor a word that is never a name?
    fn is_passenger_word(&self, w: &str) -> bool {
        !is_log_vocabulary(w, self.db.lookup(w)) && !is_not_name(w)
    }

    /// `CN=Kamp\, Stefan,OU=Agents,DC=cx`: the common name of a DN (one
    /// that another attribute follows). An escaped comma writes "Surname,
    /// Given", a person; otherwise the value must read as a name (`CN=CX
    /// Agents`, `CN=svc-backup` are groups and accounts).
    fn find_dn_common_names(&self, line: &[u8], found: &mut impl FnMut(usize, usize)) {
        for eq in memchr::memchr_iter(b'=', line) {
            let at = eq.saturating_sub(2);
            if eq < 2
                || !line[at..eq].eq_ignore_ascii_case(b"cn")
                || (at > 0 && line[at - 1].is_ascii_alphanumeric())
            {
                continue;
            }
            let start = eq + 1;
            let mut end = start;
            // In JSON the escape is escaped too: `CN=Kamp\\, Stefan,OU=…`.
            while end < line.len() && end - start <= MAX_NAME && line[end] != b',' {
                end += match &line[end..] {
                    [b'\\', b'\\', b',', ..] => 3,
                    [b'\\', ..] => 2,
                    _ => 1,
                };
            }
            // iCalendar's `ORGANIZER;CN=Ivo Brandt:mailto:…` (RFC 5545):
            // a parameter, ended by the next parameter or the address.
            if at > 0 && line[at - 1] == b';' {
                self.calendar_user_name(line, start, found);
                continue;
            }
            let in_dn = line.get(end) == Some(&b',') && opens_dn_attribute(&line[end + 1..]);
            if !in_dn || end == start {
                continue;
            }
            let value = valid_utf8_prefix(&line[start..end]);
            if value.len() != end - start {
                continue;
            }
            let check = if value.contains("\\,") {
                ValueCheck::Person
            } else {
                ValueCheck::Strict
            };
            let unescaped = value.replace("\\\\,", ",").replace("\\,", ",");
            if self.value_is_name(&unescaped, check) {
                found(start, end);
            }
        }
    }
}

/// Does `rest` (after a comma) open a DN's next attribute (`OU=`, ` DC=`)?
fn opens_dn_attribute(rest: &[u8]) -> bool {
    let rest = &rest[rest.len() - rest.trim_ascii_start().len()..];
    DN_ATTRIBUTES
        .iter()
        .any(|a| rest.len() >= a.len() && rest[..a.len()].eq_ignore_ascii_case(a))
}

/// Is `value` (from a `CN=` value's start) a common name that a DN's next
/// attribute follows (`Warranty Claims,OU=Groups,…`)? `find_dn_common_names`
/// reads such a name whole, with the bytes a bare key's value stops at.
pub(crate) fn is_dn_common_name(value: &[u8]) -> bool {
    let window = &value[..value.len().min(MAX_NAME)];
    memchr::memchr(b',', window).is_some_and(|comma| opens_dn_attribute(&value[comma + 1..]))
}

impl NameFinder {
    /// The common name of a calendar user from `start` (after `;CN=`): up
    /// to the `:` of its address or the `;` of the next parameter. A
    /// quoted name is the quoted strings' business.
    fn calendar_user_name(&self, line: &[u8], start: usize, found: &mut impl FnMut(usize, usize)) {
        let rest = &line[start..line.len().min(start + MAX_NAME + 1)];
        let Some(len) = rest.iter().position(|&b| matches!(b, b':' | b';' | b'"')) else {
            return;
        };
        let value = valid_utf8_prefix(&rest[..len]);
        if len > 0 && value.len() == len && self.value_is_name(value, ValueCheck::Person) {
            found(start, start + len);
        }
    }
}

/// `PERSON:régis laurent`, `PER: "Ana Lima"`: the text after a person
/// label, in any case, up to the punctuation that ends the entity.
fn find_entity_labels(line: &[u8], census: Census, found: &mut impl FnMut(usize, usize)) {
    // Named-entity labels for a person, as NER tools print them before the
    // entity's text: spaCy and Presidio write `PERSON`, CoNLL-style taggers
    // `PER` (found by the same search).
    for at in census.find_iter(line, Needle::Per) {
        let after = at
            + if line[at..].starts_with(b"PERSON") {
                6
            } else {
                3
            };
        if (at > 0 && line[at - 1].is_ascii_alphanumeric())
            || !matches!(line.get(after), Some(b':' | b'='))
        {
            continue;
        }
        let mut start = after + 1;
        while matches!(line.get(start), Some(b' ' | b'"' | b'\'')) {
            start += 1;
        }
        let text = valid_utf8_prefix(&line[start..line.len().min(start + MAX_NAME)]);
        let len = text
            .find(|c: char| !(c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '.')))
            .unwrap_or(text.len());
        let name = text[..len].trim_end();
        if name.chars().any(char::is_alphabetic) {
            found(start, start + name.len());
        }
    }
}

/// The least length of a machine-readable zone's line.
const MRZ_MIN_LEN: usize = 30;

/// Is `field` a zone's name field without its padding: a surname of two
/// capitals or more, `<<`, and given names, their parts joined by `<`?
fn is_mrz_name_field(field: &[u8]) -> bool {
    let Some(at) = memchr::memmem::find(field, b"<<") else {
        return false;
    };
    let parts_ok = |part: &[u8]| {
        part.len() >= 2
            && part
                .split(|&b| b == b'<')
                .all(|p| !p.is_empty() && p.iter().all(u8::is_ascii_uppercase))
    };
    parts_ok(&field[..at]) && parts_ok(&field[at + 2..])
}

/// `P<FRAGOBERT<<MARTINE<<<<…`: in a word of capitals and `<` (ICAO 9303),
/// the name field: surname, `<<`, given names joined by `<`, padded with
/// `<`. A passport's first line opens with its type and issuing state
/// (`P<FRA`), which are not the name.
fn find_mrz_names(line: &[u8], census: Census, found: &mut impl FnMut(usize, usize)) {
    for filler in census.find_iter(line, Needle::MrzFiller) {
        let start = line[..filler]
            .iter()
            .rposition(|b| !(b.is_ascii_uppercase() || *b == b'<'))
            .map_or(0, |i| i + 1);
        let end = filler
            + line[filler..]
                .iter()
                .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || **b == b'<')
                .count();
        // A parser's log may print the name field alone, shorter than a
        // zone's line (`name_field=NWOSU<<NKECHI<<<<<<<<`): its shape says
        // what it is.
        let short = end - start < MRZ_MIN_LEN && !is_mrz_name_field(&line[start..filler]);
        if short || (start > 0 && line[start - 1].is_ascii_alphanumeric()) {
            continue;
        }
        // Only the first filler of a zone line: later ones end the same field.
        if line[start..filler].ends_with(b"<") {
            continue;
        }
        let field = &line[start..filler];
        let name_start = match field {
            [b'P' | b'I' | b'A' | b'C' | b'V', b'A'..=b'Z' | b'<', c @ ..]
                if c.len() > 3 && c[..3].iter().all(u8::is_ascii_uppercase) =>
            {
                start + 5
            }
            _ => start,
        };
        let name = &line[name_start..filler];
        if memchr::memmem::find(name, b"<<").is_some() && name.first() != Some(&b'<') {
            found(name_start, filler);
        }
    }
}
