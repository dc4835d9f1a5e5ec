//! Numbers in free text: digit runs (cards first, then phones) and numbers
//! said digit by digit. What a run is and what makes it a phone are
//! `numrun`'s and `phone`'s; here the line's context decides.

use phonenumber::country::Id;

use super::before::{
    ends_with_phone_key, is_caller_id_address, is_contact_record_id, is_dialled_after_caller_id,
    is_identifier_key, is_phone_key_word, is_phone_parse_input, is_queue_log_caller,
    names_an_identifier, phone_context, phone_noun_leads, unspaced_phone_word_before, word_before,
};
use super::{spoken_digits, Scanner, Scratch};
use crate::card;
use crate::census::{Census, PhraseSet};
use crate::context::{card_context, is_network_party, is_preposition};
use crate::finding::{Confidence, Ctx};
use crate::numrun::{self, Prefix};
use crate::occurrences::splat;
use crate::phone::{self, Country, Evidence};
use crate::policy::Kind;

/// The fewest digits, `00` included, of a number dialled abroad under an
/// identifier's key: a country code and a European national number
/// (`00` `45` and eight digits).
const MIN_DIALLED_WITH_00: usize = 12;

/// The fewest digits of a number a phone parser's error reports.
const MIN_PARSE_FAILURE_DIGITS: usize = 7;

/// The bytes that can open a number run: a digit, `+`, `(` or `%`. A
/// table: this search reads most bytes of every line.
const OPENS_RUN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = matches!(b as u8, b'0'..=b'9' | b'+' | b'(' | b'%');
        b += 1;
    }
    t
};

/// The first byte at or after `from` that can open a run. Eight bytes at
/// a time: those of 0x25..=0x39 (`%` to `9`, which holds every opener and
/// few other bytes of a line: `-./,&'`) are looked up in `OPENS_RUN`, the
/// rest skipped together. Every line is read this way, most of it bytes
/// that open nothing.
fn next_opener(line: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(eight) = line.get(i..i + 8) {
        let x = u64::from_le_bytes(eight.try_into().expect("8 bytes"));
        let low = x & splat(0x7f);
        let mut candidates =
            (low + splat(0x80 - 0x25)) & !(low + splat(0x80 - 0x3a)) & !x & splat(0x80);
        while candidates != 0 {
            let at = i + (candidates.trailing_zeros() / 8) as usize;
            if OPENS_RUN[usize::from(line[at])] {
                return Some(at);
            }
            candidates &= candidates - 1;
        }
        i += 8;
    }
    let rest = line.get(i..).unwrap_or_default();
    rest.iter()
        .position(|&b| OPENS_RUN[usize::from(b)])
        .map(|p| i + p)
}

impl Scanner<'_> {
    /// Number runs in free text: cards first, then phones.
    pub(super) fn scan_numbers(&self, line: &[u8], region: Option<Id>, s: &mut Scratch) {
        let mut i = 0;
        let mut next_protected = 0;
        while i < line.len() {
            // Straight to the next byte that can open a run.
            match next_opener(line, i) {
                Some(at) => i = at,
                None => break,
            }
            // Skip strong protected spans wholesale: nothing inside them is PII.
            while next_protected < s.protected.len() && s.protected[next_protected].end <= i {
                next_protected += 1;
            }
            if let Some(p) = s.protected.get(next_protected) {
                if p.strong && p.start <= i {
                    i = p.end;
                    continue;
                }
            }
            if !numrun::is_run_start(line, i) {
                i += 1;
                continue;
            }
            let card_word = || card_context(word_before(line, i).1);
            if let Some(end) = card::typed_card_end(line, i, card_word) {
                self.push(s, Kind::Card, i, end, Ctx::Plain, Confidence::Strong, None);
                i = end;
                continue;
            }
            // Most runs are short (a port, a count): past a stretch that
            // holds too few digits for any run in it to matter, at the
            // cost of a byte loop rather than a run's scan. (A card typed
            // in groups parted by two spaces is looked for first.)
            if let Some(end) = short_stretch_end(line, i) {
                i = end;
                continue;
            }
            match numrun::scan(line, i, false) {
                // Fewer than six digits are neither a phone nor a card.
                Some(run) if run.len < 6 => i = run.end.max(i + 1),
                Some(run) => {
                    // The words before a run are read only for a run
                    // that its shape leaves a card or a phone: long runs
                    // of digits (ids, counters) are neither.
                    let word_before_run = || word_before(line, run.start);
                    // The user part of a sip:/tel: URI is a number, never a card.
                    if !run.uri && card::is_card(&run, || card_context(word_before_run().1)) {
                        self.push(
                            s,
                            Kind::Card,
                            run.start,
                            run.end,
                            Ctx::Plain,
                            Confidence::Strong,
                            None,
                        );
                    } else if phone::may_be_phone(&run) {
                        let (before_at, before) = word_before_run();
                        // "from 86.36.76.60" is an address and "from=1755788475"
                        // a time; "dialing 34.40.68.31" is a number.
                        let address_or_time = (run.is_dotted_quad() || is_epoch(&run)) && {
                            let lower = before.to_ascii_lowercase();
                            is_network_party(&lower)
                                || is_private_looking_address(line, &run, &lower)
                        };
                        let evidence = if ((phone_context(line, before_at, before)
                            && !is_contact_record_id(
                                line,
                                before_at,
                                before,
                                &line[run.start..run.end],
                            ))
                            || ends_with_phone_key(before)
                            || is_phone_key_word(before)
                            || unspaced_phone_word_before(&line[..run.start])
                            || is_queue_log_caller(line, run.start, run.end)
                            || is_caller_id_address(line, run.start, run.end)
                            || is_dialled_after_caller_id(line, run.start)
                            || run.len >= MIN_PARSE_FAILURE_DIGITS
                                && is_phone_parse_input(line, run.start, before))
                            && !address_or_time
                            && !heads_a_record(line, &run, before, &self.detectors.codes)
                        {
                            // `Sími 7848896`, `síminn minn er 8495310`: a
                            // phone's noun just before it vouches for a
                            // local number as a key does.
                            if phone_noun_leads(line, before_at, before) {
                                Evidence::Key
                            } else {
                                Evidence::Phrase
                            }
                        } else {
                            Evidence::None
                        };
                        // An identifier's key holds an identifier, however
                        // much its digits look like a national number (one
                        // written with its `+` or `00` is still a phone, and
                        // so is an address's user part:
                        // `jid=4915…@s.whatsapp.net`). Only written compact:
                        // a number in groups (`ts: "0894/36/5770/07`) is
                        // written as people write phones, and any doubt
                        // fails closed. `student_id=0064089543`: ten digits
                        // with `00` leave eight for a country code and a
                        // number, shorter than any European one; the id's
                        // zero padding.
                        let international = |digits: &[u8]| {
                            digits.starts_with(b"00") && digits.len() >= MIN_DIALLED_WITH_00
                        };
                        let identifier = evidence == Evidence::None
                            && run.groups == 1
                            && run.prefix == Prefix::None
                            && !international(run.digits())
                            && line.get(run.end) != Some(&b'@')
                            // The key is read only for a run that would be
                            // a phone without it: few compact runs are.
                            && phone::may_be_phone_unsaid(&run)
                            && (is_identifier_key(line, before_at, before, run.start)
                                || names_an_identifier(before));
                        let phone = (!opens_with_date(line, &run)
                            && !opens_with_lone_zero(line, &run)
                            && !identifier)
                            .then(|| {
                                phone::classify(
                                    &run,
                                    evidence,
                                    region,
                                    &self.detectors.codes,
                                    &mut s.canon,
                                )
                            })
                            .flatten();
                        if let Some((conf, country)) = phone {
                            self.push_phone(s, run.start, run.end, Ctx::Plain, conf, country);
                        }
                    }
                    i = run.end.max(i + 1);
                }
                None => {
                    // Skip the rest of a digit string: no run starts inside it.
                    // A failed "(" or "+" may still be followed by a number.
                    let digits = line[i].is_ascii_digit();
                    i += 1;
                    while digits && i < line.len() && line[i].is_ascii_digit() {
                        i += 1;
                    }
                }
            }
        }
    }

    /// Numbers said digit by digit (`spoken_digits`).
    pub(super) fn scan_spoken_numbers(
        &self,
        line: &[u8],
        census: Census,
        region: Option<Id>,
        s: &mut Scratch,
    ) {
        // An ASCII line whose census holds no digit word or digit beside a
        // separator holds no spoken number (`spoken_digit_patterns`).
        if census.is_ascii() && !census.has(PhraseSet::SpokenDigits) {
            return;
        }
        let announced = |start| {
            let (at, before) = word_before(line, start);
            phone_context(line, at, before)
        };
        spoken_digits::find(line, census.is_ascii(), announced, |n| {
            s.canon.clear();
            let digits = &n.digits[..n.len];
            // "the long number on the card is five one oh one …": sixteen
            // digits or more, Luhn-valid or misheard, are a card's.
            if n.len > spoken_digits::MAX_PHONE_DIGITS {
                self.push(
                    s,
                    Kind::Card,
                    n.start,
                    n.end,
                    Ctx::Plain,
                    Confidence::Strong,
                    None,
                );
                return;
            }
            let codes = &self.detectors.codes;
            let country = if n.international && codes.starts_with_code(digits) {
                s.canon.push(b'+');
                s.canon.extend_from_slice(digits);
                Country::Written
            } else {
                phone::canonical_without_prefix(
                    digits,
                    region,
                    Evidence::Phrase,
                    codes,
                    &mut s.canon,
                )
            };
            self.push_phone(s, n.start, n.end, Ctx::Plain, Confidence::Strong, country);
        });
    }
}

/// Where the stretch of bytes a number run starting at `i` may span
/// ends, when it holds fewer than six digits (`None` otherwise). A run
/// spans digits, the separators, parentheses and `+` that `numrun`
/// joins groups with, and their escapes (`%20`, `%28`, `%29`, `%2B`, the
/// no-break space's two bytes); an extension (`x123`) only after seven
/// digits. So every run that starts in the stretch ends in it, with fewer
/// than six digits: none is a phone or a card, and the scan goes on past
/// it as it would have after scanning each (a strong protected span is
/// skipped the same from there).
fn short_stretch_end(line: &[u8], i: usize) -> Option<usize> {
    let mut digits = 0;
    let mut end = i;
    while let Some(&b) = line.get(end) {
        if !matches!(
            b,
            b'0'..=b'9'
                | b' '
                | b'.'
                | b'-'
                | b'/'
                | b'+'
                | b'('
                | b')'
                | b'%'
                | b'B'
                | b'b'
                | 0xC2
                | 0xA0
        ) {
            break;
        }
        digits += usize::from(b.is_ascii_digit());
        if digits >= 6 {
            return None;
        }
        end += 1;
    }
    Some(end)
}

/// `DHCPACK on 10.21.27.66`: after a bare preposition, a dotted quad that
/// is a valid IPv4 address opening with `1` (10/8, 127/8, 172.16/12,
/// 192.168/16 and the like) is an address: the numbers written that way
/// (Danish, Norwegian) never open with 1.
fn is_private_looking_address(line: &[u8], run: &numrun::Run, before: &str) -> bool {
    let text = &line[run.start..run.end];
    run.is_dotted_quad()
        && is_preposition(before)
        && text.first() == Some(&b'1')
        && std::str::from_utf8(text).is_ok_and(|t| t.parse::<std::net::Ipv4Addr>().is_ok())
}

/// `topics for 789133135: …`, `stats for 123456789: …`: a bare run of
/// digits after a preposition and before a colon heads what the line says
/// about a record; a phone written there has a `+` or trunk `0`, or is an
/// MSISDN (`inbound from 905380461398: STOP`).
fn heads_a_record(
    line: &[u8],
    run: &numrun::Run,
    before: &str,
    codes: &phone::CallingCodes,
) -> bool {
    let d = run.digits();
    run.groups == 1
        && run.prefix == Prefix::None
        && d[0] != b'0'
        && !(d.len() >= 11 && codes.plausible_international(d))
        && line.get(run.end) == Some(&b':')
        && line.get(run.end + 1).map_or(true, |&b| b == b' ')
        && is_preposition(&before.to_ascii_lowercase())
}

/// A Unix time in seconds or milliseconds since 2017 (`1755788475`,
/// `1725069337671`): ten or thirteen digits in one group opening `1[5-9]`.
pub(super) fn is_epoch(run: &numrun::Run) -> bool {
    run.groups == 1 && run.prefix == Prefix::None && is_unix_time(run.digits())
}

/// Digits that read as a Unix time in seconds or milliseconds since 2017.
pub(super) fn is_unix_time(d: &[u8]) -> bool {
    matches!(d.len(), 10 | 13) && d[0] == b'1' && (b'5'..=b'9').contains(&d[1])
}

/// `0.794 0.520` (two timings), `0 81141 1569 2917` (an access log's
/// columns): a lone zero before a dot opens a decimal, never a phone
/// number. Before a space it is a trunk zero only where an area code or
/// operator prefix follows it (`0 212 698 87 14` in Turkey, `0 801 …` in
/// France): two or three digits.
fn opens_with_lone_zero(line: &[u8], run: &numrun::Run) -> bool {
    let lone = run.prefix == numrun::Prefix::None
        && !run.opens_with_paren
        && run.groups > 1
        && run.group_lens()[0] == 1
        && run.digits()[0] == b'0';
    lone && match line.get(run.start + 1) {
        Some(b'.') => true,
        Some(b' ') => !(2..=3).contains(&run.group_lens()[1]),
        _ => false,
    }
}

/// `2025.06.08-4978` (a build tag), `2024-03-15.0012`, `2026/03/04 05:30`
/// (a date and its hour): a run without `+`
/// that opens with a date, year first, is a version or a serial.
fn opens_with_date(line: &[u8], run: &numrun::Run) -> bool {
    let t = &line[run.start..run.end];
    let two = |i: usize| -> Option<u8> {
        let (a, b) = (*t.get(i)?, *t.get(i + 1)?);
        (a.is_ascii_digit() && b.is_ascii_digit()).then(|| (a - b'0') * 10 + (b - b'0'))
    };
    run.prefix == Prefix::None
        && matches!(two(0), Some(19 | 20))
        && two(2).is_some()
        && matches!(t.get(4), Some(b'.' | b'-' | b'/'))
        && t.get(7) == t.get(4)
        && two(5).is_some_and(|m| (1..=12).contains(&m))
        && two(8).is_some_and(|d| (1..=31).contains(&d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_run_table_is_the_byte_test() {
        for b in 0..=u8::MAX {
            let opens = matches!(b, b'0'..=b'9' | b'+' | b'(' | b'%');
            assert_eq!(OPENS_RUN[usize::from(b)], opens, "{b:#x}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_next_opener_is_the_first_byte_the_table_takes(
            line in proptest::collection::vec(
                proptest::sample::select(&b"09%(+$&'),-./:a\xa5\xb0"[..]), 0..40),
            from in 0..44usize,
        ) {
            let from = from.min(line.len());
            let each = line[from..].iter().position(|&b| OPENS_RUN[usize::from(b)]);
            proptest::prop_assert_eq!(next_opener(&line, from), each.map(|p| from + p));
        }

        /// What `short_stretch_end` promises: every run that starts in a
        /// short stretch ends in it with fewer than six digits.
        #[test]
        fn runs_in_a_short_stretch_are_short_and_end_in_it(
            line in "(x|[0-9]|[ ./()+-]|%2[0B89b]|\u{a0}|[0-9]x[0-9])*"
        ) {
            let line = line.as_bytes();
            for i in (0..line.len()).filter(|&i| numrun::is_run_start(line, i)) {
                let Some(end) = short_stretch_end(line, i) else { continue };
                for j in (i..end).filter(|&j| numrun::is_run_start(line, j)) {
                    if let Some(run) = numrun::scan(line, j, false) {
                        proptest::prop_assert!(run.len < 6 && run.end <= end, "{:?} at {j}", line);
                    }
                }
            }
        }
    }
}
