//! IBANs: country code, check digits, and a BBAN whose mod-97 check holds,
//! written compact or in groups of four.

use crate::occurrences::{any_window, splat, zero_bytes};
use crate::on_demand::OnDemand;

pub(crate) struct IbanFinder {
    re: OnDemand,
}

const IBAN: &str = r"(?-u)\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b";

/// ISO 13616 countries and their IBAN lengths.
const LENGTHS: &[(&[u8; 2], usize)] = &[
    (b"AD", 24),
    (b"AE", 23),
    (b"AL", 28),
    (b"AT", 20),
    (b"AZ", 28),
    (b"BA", 20),
    (b"BE", 16),
    (b"BG", 22),
    (b"BH", 22),
    (b"BR", 29),
    (b"CH", 21),
    (b"CR", 22),
    (b"CY", 28),
    (b"CZ", 24),
    (b"DE", 22),
    (b"DK", 18),
    (b"DO", 28),
    (b"EE", 20),
    (b"EG", 29),
    (b"ES", 24),
    (b"FI", 18),
    (b"FO", 18),
    (b"FR", 27),
    (b"GB", 22),
    (b"GE", 22),
    (b"GI", 23),
    (b"GL", 18),
    (b"GR", 27),
    (b"GT", 28),
    (b"HR", 21),
    (b"HU", 28),
    (b"IE", 22),
    (b"IL", 23),
    (b"IS", 26),
    (b"IT", 27),
    (b"JO", 30),
    (b"KW", 30),
    (b"KZ", 20),
    (b"LB", 28),
    (b"LI", 21),
    (b"LT", 20),
    (b"LU", 20),
    (b"LV", 21),
    (b"MC", 27),
    (b"MD", 24),
    (b"ME", 22),
    (b"MK", 19),
    (b"MR", 27),
    (b"MT", 31),
    (b"MU", 30),
    (b"NL", 18),
    (b"NO", 15),
    (b"PK", 24),
    (b"PL", 28),
    (b"PS", 29),
    (b"PT", 25),
    (b"QA", 29),
    (b"RO", 24),
    (b"RS", 22),
    (b"SA", 24),
    (b"SE", 24),
    (b"SI", 19),
    (b"SK", 24),
    (b"SM", 27),
    (b"TN", 24),
    (b"TR", 26),
    (b"UA", 29),
    (b"VG", 24),
    (b"XK", 20),
];

impl IbanFinder {
    pub(crate) fn new() -> IbanFinder {
        IbanFinder {
            re: OnDemand::new(IBAN),
        }
    }

    /// Calls `found(start, end)` for each valid IBAN in `line`.
    pub(crate) fn find(&self, line: &[u8], mut found: impl FnMut(usize, usize)) {
        if !has_start(line) {
            return;
        }
        for m in self.re.get().find_iter(line) {
            if valid(m.as_bytes()) {
                found(m.start(), m.end());
            }
        }
    }
}

/// Do four bytes read as an IBAN's start: two capitals, two digits?
fn is_start(w: &[u8; 4]) -> bool {
    w[0].is_ascii_uppercase()
        && w[1].is_ascii_uppercase()
        && w[2].is_ascii_digit()
        && w[3].is_ascii_digit()
}

/// The prefilter: do four bytes of `line` read as an IBAN's start? Every
/// line is asked, and few hold two capitals and two digits in a row:
/// eight offsets are tested at once for bytes of their ranges, and only
/// those that pass are looked at.
fn has_start(line: &[u8]) -> bool {
    any_window(line, |i, at| {
        let mut candidates = may_start(at);
        while candidates != 0 {
            let start = i + (candidates.trailing_zeros() / 8) as usize;
            if line[start..].first_chunk().is_some_and(is_start) {
                return true;
            }
            candidates &= candidates - 1;
        }
        false
    })
}

/// The high bit of each of eight bytes of a line where two bytes of
/// 0x40..=0x5f (the capitals and `@[\]^_`) and two of 0x30..=0x3f (the
/// digits and `:;<=>?`) may start, given `at[k]`, the eight bytes `k` on
/// from the first (zeros past the line's end).
fn may_start(at: [u64; 4]) -> u64 {
    let capital = |w: u64| (w & splat(0xe0)) ^ splat(0x40);
    let digit = |w: u64| (w & splat(0xf0)) ^ splat(0x30);
    zero_bytes(capital(at[0]) | capital(at[1]) | digit(at[2]) | digit(at[3]))
}

fn valid(text: &[u8]) -> bool {
    let compact: Vec<u8> = text.iter().copied().filter(|&b| b != b' ').collect();
    let Some(&(_, len)) = LENGTHS.iter().find(|(cc, _)| compact[..2] == cc[..]) else {
        return false;
    };
    if compact.len() != len {
        return false;
    }
    // Move the first four characters to the end, letters to 10..35, mod 97.
    let rem = compact[4..]
        .iter()
        .chain(&compact[..4])
        .fold(0u32, |acc, &b| {
            if b.is_ascii_digit() {
                (acc * 10 + u32::from(b - b'0')) % 97
            } else {
                (acc * 100 + u32::from(b - b'A' + 10)) % 97
            }
        });
    rem == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ibans(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        IbanFinder::new().find(s.as_bytes(), |a, b| out.push(s[a..b].to_string()));
        out
    }

    #[test]
    fn valid_ibans_compact_and_grouped() {
        assert_eq!(
            ibans("iban DE89370400440532013000 ok"),
            ["DE89370400440532013000"]
        );
        assert_eq!(
            ibans("GB82 WEST 1234 5698 7654 32."),
            ["GB82 WEST 1234 5698 7654 32"]
        );
    }

    proptest::proptest! {
        #[test]
        fn has_start_is_any_window_a_start(
            line in proptest::collection::vec(
                // With the bytes `may_start` lets through as capitals and digits.
                proptest::sample::select(b"AZaz09 -@_:?/\xc3\xff".to_vec()), 0..40),
        ) {
            // The prefilter as it was: every window tried.
            let any_window = line.windows(4).any(|w| {
                w[0].is_ascii_uppercase()
                    && w[1].is_ascii_uppercase()
                    && w[2].is_ascii_digit()
                    && w[3].is_ascii_digit()
            });
            proptest::prop_assert_eq!(has_start(&line), any_window);
        }
    }

    #[test]
    fn lookalike_ids_are_not_ibans() {
        assert!(ibans("DE89370400440532013001 AB12CDEF1234 XX00123412341234").is_empty());
    }
}
