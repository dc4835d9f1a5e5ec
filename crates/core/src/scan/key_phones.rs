//! The phone numbers in a key's value: the whole value under a phone
//! key, the numbers in it under a party's (`customer=`, `from=`), read in
//! the value's own syntax (a query's encoding, an SQL wildcard, a bare
//! logfmt word).

use phonenumber::country::Id;

use super::numbers::is_epoch;
use super::{Scanner, Scratch};
use crate::card::{self, CardContext};
use crate::fields::{Field, Syntax};
use crate::finding::Ctx;
use crate::numrun;
use crate::percent;
use crate::phone::{self, Evidence};

/// Whose number a key's value may hold: a phone key's is a number; a
/// party's (`customer=`) is a person, a number or a record's id; a network
/// party's (`from=`) also an address or a time.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Holder {
    Phone,
    Person,
    Network,
}

impl Scanner<'_> {
    /// Phone numbers in the value of a phone key (`evidence`: Key, or
    /// International for keys that hold the country code first). Returns
    /// true if one was found.
    /// `Network` keys (`from`, `client`) hold addresses and time bounds as
    /// often as numbers: there a dotted quad stays an IPv4 address and a
    /// Unix time a time. Under any party key a number needs seven digits.
    pub(super) fn phone_in_value(
        &self,
        line: &[u8],
        f: Field,
        region: Option<Id>,
        evidence: Evidence,
        holder: Holder,
        s: &mut Scratch,
    ) -> bool {
        let network = holder == Holder::Network;
        // `customer=893307`, `contact=918941`: a party's short number is
        // a record's id; a subscriber's number has seven digits or more.
        let long_enough = |run: &numrun::Run| holder == Holder::Phone || run.digits().len() >= 7;
        let (v0, v1) = f.value;
        if f.syntax == Syntax::Url {
            // Decode, then the whole value is the number or it is not one,
            // after its scheme if any (Twilio's
            // `From=whatsapp%3A%2B234+706+724+0188`, `To=tel%3A…`).
            percent::decode_query(&line[v0..v1], &mut s.decoded);
            let decoded = std::mem::take(&mut s.decoded);
            let from = number_scheme_len(&decoded);
            let found = (from..decoded.len())
                .find(|&i| numrun::is_run_start(&decoded, i))
                .and_then(|i| numrun::scan(&decoded, i, false))
                .filter(|run| {
                    // (`numrun` reads `tel:` as the number's own prefix.)
                    decoded[from.min(run.start)..run.start]
                        .iter()
                        .all(u8::is_ascii_whitespace)
                        && decoded[run.end..].iter().all(u8::is_ascii_whitespace)
                        && !(network && is_epoch(run))
                        && long_enough(run)
                })
                .and_then(|run| {
                    phone::classify(&run, evidence, region, &self.detectors.codes, &mut s.canon)
                });
            s.decoded = decoded;
            if let Some((conf, country)) = found {
                self.push_phone(s, v0, v1, Ctx::Url, conf, country);
                return true;
            }
            return false;
        }
        let value = &line[..v1];
        // A bare logfmt value is one word: under a phone key it is the
        // number (`to=+4915…`, `ani=tel:0151…`), or it holds none. Digits
        // deep inside another word (`to=ts.!000212`) are no phone, and
        // where such a word ends can move when text after it is replaced.
        let bare = f.syntax == Syntax::Logfmt && !matches!(line[v0 - 1], b'"' | b'\'');
        if bare && !line[v0].is_ascii_digit() && !matches!(line[v0], b'+' | b'(' | b'%') {
            let scheme = line[v0..v1].iter().position(|&b| b == b':');
            if !scheme
                .is_some_and(|p| p <= 5 && line[v0..v0 + p].iter().all(u8::is_ascii_alphabetic))
            {
                return false;
            }
        }
        // `phone LIKE '%7334…%'`: past an SQL wildcard the value is read
        // on its own (`%73` is no escape there).
        let (value, base) = if line[v0 - 1] == b'%' {
            (&line[v0..v1], v0)
        } else {
            (value, 0)
        };
        let mut i = v0 - base;
        let mut any = false;
        while i < v1 - base {
            if numrun::is_run_start(value, i) {
                if let Some(run) = numrun::scan(value, i, false) {
                    // `from=1755788475&to=…`: a time range's bound.
                    // `"card":{"number":"3782…"}`: fifteen digits or more
                    // that an issuer, its length and Luhn accept are a
                    // card's (a phone has fifteen at most, with its
                    // country code); the card finder takes them.
                    let card =
                        run.digits().len() >= 15 && card::is_card(&run, || CardContext::None);
                    if network && (run.is_dotted_quad() || is_epoch(&run))
                        || !long_enough(&run)
                        || card
                    {
                        i = run.end;
                        continue;
                    }
                    if let Some((conf, country)) =
                        phone::classify(&run, evidence, region, &self.detectors.codes, &mut s.canon)
                    {
                        let (start, end) = (base + run.start, base + run.end);
                        self.push_phone(s, start, end, Ctx::Plain, conf, country);
                        any = true;
                    }
                    i = run.end.max(i + 1);
                    continue;
                }
            }
            i += 1;
        }
        any
    }
}

/// The length of the scheme opening a URL value that names a number
/// (`whatsapp:`, `tel:`, `sms:`), 0 if none.
fn number_scheme_len(value: &[u8]) -> usize {
    [&b"whatsapp:"[..], b"tel:", b"sms:"]
        .iter()
        .find(|scheme| {
            value.len() > scheme.len() && value[..scheme.len()].eq_ignore_ascii_case(scheme)
        })
        .map_or(0, |scheme| scheme.len())
}
