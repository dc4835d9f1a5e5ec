//! A reservation's contact elements as airline systems write them (the
//! IATA AIRIMP `SSR CTCE` and `SSR CTCM` elements, `CTCE` and `CTCM`
//! after a gateway's own words): `SSR CTCE LH
//! HK1/ANNA.KOWALSKA//GMAIL.COM/EN` is an e-mail address written with `//`
//! for `@` (the teletype alphabet has no `@`), `SSR CTCM LH
//! HK1/491711234567/EN` a mobile number with its calling code and no `+`.
//! And a baggage file's name element (SITA WorldTracer: `AHL CREATED NM
//! KOWALSKA TN … EA …`), the passenger's surname in capitals between two
//! element codes.

use crate::finding::{Confidence, Ctx};
use crate::name::valid_utf8_prefix;
use crate::phone::Country;

use super::repeats::{is_free, push_name};
use super::{Scanner, Scratch};

/// Characters of a contact element's e-mail, as the teletype writes them.
fn is_address_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'+')
}

impl Scanner<'_> {
    /// Pushes the e-mail address or the phone number of each contact
    /// element in `line`.
    pub(super) fn scan_reservation_contacts(&self, line: &[u8], s: &mut Scratch) {
        // `SSR CTCE …`, or the element's code alone where a gateway logs
        // the SSR's action first (`SSR-ADD pnr=YGT6WP CTCE AF HK1/…`).
        for at in memchr::memmem::find_iter(line, b" CTC") {
            let kind = line.get(at + 4).copied();
            if line.get(at + 5) != Some(&b' ') {
                continue;
            }
            // The element's status and count come first (`HK1/`).
            let Some(slash) = memchr::memchr(b'/', &line[at..]).map(|p| at + p) else {
                continue;
            };
            let start = slash + 1;
            let len = line[start..]
                .iter()
                .take_while(|&&b| is_address_byte(b) || b == b'/')
                .count();
            // The value ends before the element's language (`/EN`).
            let value = &line[start..start + len];
            let value = match memchr::memmem::rfind(value, b"/") {
                Some(p) if value[p + 1..].len() == 2 && p > 0 && value[p - 1] != b'/' => {
                    &value[..p]
                }
                _ => value,
            };
            match kind {
                Some(b'E') => self.push_contact_email(s, start, value),
                Some(b'M') => self.push_international_digits(s, start, value),
                _ => {}
            }
        }
    }

    /// Pushes the surname of each name element (`NM KOWALSKA TN`): after
    /// ` NM `, one word of capitals (any script; `/`, `-`, `'` between
    /// names), then the next element's code, two capitals, as the
    /// element list goes on. `5 NM from the coast` is no element. Sought
    /// only on a line with a finding already: a baggage file holds the
    /// passenger's phone or e-mail too, and most lines hold no finding.
    pub(super) fn find_name_elements(&self, line: &[u8], s: &mut Scratch) {
        if s.findings.is_empty() {
            return;
        }
        for at in memchr::memmem::find_iter(line, b" NM ") {
            let start = at + 4;
            let rest = valid_utf8_prefix(&line[start..line.len().min(start + 64)]);
            let len = rest.find(' ').unwrap_or(rest.len());
            let word = &rest[..len];
            let capitals = word
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, '/' | '-' | '\'' | '.'));
            let next_code = rest[len..]
                .strip_prefix(' ')
                .is_some_and(|r| matches!(r.as_bytes(), [a, b, b' ', ..] if a.is_ascii_uppercase() && b.is_ascii_uppercase()));
            let letters = word.chars().filter(|c| c.is_uppercase()).count();
            if capitals && next_code && letters >= 2 && is_free(s, start, start + len) {
                push_name(s, start, start + len);
            }
        }
    }

    /// `LOCAL//DOMAIN.TLD`, pushed with the token of `local@domain.tld`.
    fn push_contact_email(&self, s: &mut Scratch, start: usize, value: &[u8]) {
        let Some(at) = memchr::memmem::find(value, b"//") else {
            return;
        };
        let (local, domain) = (&value[..at], &value[at + 2..]);
        let domain_ok =
            domain.contains(&b'.') && !domain.contains(&b'/') && !domain.ends_with(b".");
        if local.is_empty() || local.contains(&b'/') || !domain_ok {
            return;
        }
        let mut address = Vec::with_capacity(value.len() - 1);
        address.extend_from_slice(local);
        address.push(b'@');
        address.extend_from_slice(domain);
        address.make_ascii_lowercase();
        self.push_email(s, start, start + value.len(), Ctx::Plain, &address);
    }

    /// A number in international form without its `+` (a contact
    /// element's mobile, a call record's A or B number).
    pub(super) fn push_international_digits(&self, s: &mut Scratch, start: usize, value: &[u8]) {
        let codes = &self.detectors.codes;
        if !(7..=15).contains(&value.len())
            || !value.iter().all(u8::is_ascii_digit)
            || !codes.starts_with_code(value)
        {
            return;
        }
        s.canon.clear();
        s.canon.push(b'+');
        s.canon.extend_from_slice(value);
        let end = start + value.len();
        self.push_phone(
            s,
            start,
            end,
            Ctx::Plain,
            Confidence::Strong,
            Country::Written,
        );
    }
}
