//! Payment card numbers: a number run with a known issuer prefix, a length
//! that issuer uses, and a valid Luhn check digit. The three together keep
//! epoch millis, order numbers and ids (which pass Luhn one time in ten)
//! from being taken for cards.

use crate::numrun::{sep, Prefix, Run};

/// (prefix range low, high, number of prefix digits, allowed lengths)
const ISSUERS: &[(u32, u32, u32, &[usize])] = &[
    (4, 4, 1, &[13, 16, 19]),                       // Visa
    (51, 55, 2, &[16]),                             // Mastercard
    (2221, 2720, 4, &[16]),                         // Mastercard 2-series
    (34, 34, 2, &[15]),                             // American Express
    (37, 37, 2, &[15]),                             // American Express
    (300, 305, 3, &[14, 16, 19]),                   // Diners Club
    (36, 36, 2, &[14, 16, 19]),                     // Diners Club
    (38, 39, 2, &[14, 16, 19]),                     // Diners Club
    (6011, 6011, 4, &[16, 19]),                     // Discover
    (644, 649, 3, &[16, 19]),                       // Discover
    (65, 65, 2, &[16, 19]),                         // Discover
    (3528, 3589, 4, &[16, 17, 18, 19]),             // JCB
    (62, 62, 2, &[16, 17, 18, 19]),                 // UnionPay
    (50, 50, 2, &[12, 13, 14, 15, 16, 17, 18, 19]), // Maestro
    (56, 58, 2, &[12, 13, 14, 15, 16, 17, 18, 19]), // Maestro
    (63, 63, 2, &[12, 13, 14, 15, 16, 17, 18, 19]), // Maestro
    (67, 67, 2, &[12, 13, 14, 15, 16, 17, 18, 19]), // Maestro
    (2200, 2204, 4, &[16, 17, 18, 19]),             // Mir
    (9792, 9792, 4, &[16]),                         // Troy
    (60, 60, 2, &[16]),                             // RuPay
    (81, 82, 2, &[16]),                             // RuPay
    (508, 508, 3, &[16]),                           // RuPay
];

/// What the key or word before a number says about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CardContext {
    /// `pan=`, `"card":`, "my card …": any Luhn-valid number is a card.
    Card,
    /// `build=`, `offset=`, `txnId=`: a compact number there is an id.
    Id,
    /// Nothing said: issuer, length and Luhn must all agree.
    None,
}

/// Is the run a card number? Written in groups it is one whenever issuer,
/// length and Luhn agree; written compact after an id key it is an id.
/// `ctx` is asked only for a run of a card's shape: most runs are not,
/// and reading the word before one costs more than the shape's checks.
pub(crate) fn is_card(run: &Run, ctx: impl FnOnce() -> CardContext) -> bool {
    let d = run.digits();
    let shape = run.prefix == Prefix::None
        && run.seps & !(sep::SPACE | sep::DASH) == 0
        && (12..=19).contains(&d.len())
        && card_grouping(run.group_lens());
    if !shape {
        return false;
    }
    let ctx = ctx();
    // Maestro's twelve digits only where a card word says so.
    (d.len() > 12 || ctx == CardContext::Card)
        && match ctx {
            CardContext::Card => luhn(d),
            CardContext::Id if run.groups == 1 => false,
            // Thirteen compact digits with no card word are an MSISDN
            // ("4915123421279") far more often than a legacy Visa number.
            CardContext::None if run.groups == 1 && d.len() == 13 => false,
            _ => issuer_accepts(d) && luhn(d),
        }
}

/// How card numbers are printed: compact, in fours (the last group
/// shorter), or Amex/Diners' 4-6-5 and 4-6-4. "251125 090001 5842" is a
/// date and time, not a card.
fn card_grouping(groups: &[u8]) -> bool {
    match groups {
        [_] | [4, 6, 5] | [4, 6, 4] => true,
        [init @ .., last] => init.iter().all(|&g| g == 4) && (1..=4).contains(last),
        [] => false,
    }
}

/// A card number as people type it into a chat or an SMS, in a shape the
/// number runs do not read as one number: digit by digit (`4 5 3 2 …`),
/// in fours parted by two spaces, in eights (`52335866 68198266`) or as
/// 4-8-4 (`4024 67943060 1364`). Spaces (one or two) or single dashes
/// part the groups. Where a number of such a shape that opens at `start`
/// ends, when issuer, length and Luhn agree (after a card word, Luhn
/// alone, and any grouping).
/// `ctx` is asked only for a number of a card's length.
pub(crate) fn typed_card_end(
    line: &[u8],
    start: usize,
    ctx: impl FnOnce() -> CardContext,
) -> Option<usize> {
    const MAX_GROUPS: usize = 19;
    if start > 0 && line[start - 1].is_ascii_alphanumeric() {
        return None;
    }
    let mut digits = [0u8; 19];
    let mut len = 0;
    let mut groups = [0u8; MAX_GROUPS];
    let mut n = 0;
    let mut double_space = false;
    let mut i = start;
    loop {
        let g = line[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        if g == 0 || len + g > digits.len() || n == MAX_GROUPS {
            return None;
        }
        digits[len..len + g].copy_from_slice(&line[i..i + g]);
        len += g;
        groups[n] = g as u8;
        n += 1;
        i += g;
        let sep = match &line[i..] {
            [b' ', b' ', d, ..] if d.is_ascii_digit() => 2,
            [b' ' | b'-', d, ..] if d.is_ascii_digit() => 1,
            _ => break,
        };
        double_space |= sep == 2;
        i += sep;
    }
    if line.get(i).is_some_and(u8::is_ascii_alphanumeric) || !(13..=19).contains(&len) || n < 2 {
        return None;
    }
    let groups = &groups[..n];
    let typed = groups.iter().all(|&g| g == 1)
        || matches!(groups, [8, 8] | [4, 8, 4])
        || (double_space && card_grouping(groups));
    let d = &digits[..len];
    let valid = match ctx() {
        CardContext::Card => luhn(d),
        _ => typed && issuer_accepts(d) && luhn(d),
    };
    valid.then_some(i)
}

/// Calls `found(start, end)` for each card number written with its
/// expiry after a slash, the span holding both (`4640756595502761/0627`), as an airline
/// reservation's form of payment prints it, glued to `CC` and the card's
/// two-letter code (`FP CCVI4640756595502761/0627`,
/// `FPO/CCTP165516283454508/0530/N6bb…`). The code vouches for the number
/// (UATP's airline cards open with 1, an issuer no list here holds); a
/// number standing alone needs issuer and Luhn to agree, as any does.
pub(crate) fn find_expiring_cards(line: &[u8], mut found: impl FnMut(usize, usize)) {
    for slash in memchr::memchr_iter(b'/', line) {
        let expiry = &line[slash + 1..];
        let mmyy = expiry.len() >= 4
            && expiry[..4].iter().all(u8::is_ascii_digit)
            && !expiry.get(4).is_some_and(u8::is_ascii_alphanumeric)
            && matches!(&expiry[..2], [b'0', b'1'..=b'9'] | [b'1', b'0'..=b'2']);
        if !mmyy {
            continue;
        }
        let start = line[..slash]
            .iter()
            .rposition(|b| !b.is_ascii_digit())
            .map_or(0, |i| i + 1);
        let d = &line[start..slash];
        if !(13..=19).contains(&d.len()) || !luhn(d) {
            continue;
        }
        let coded = start >= 4
            && line[start - 4..start - 2] == *b"CC"
            && line[start - 2..start].iter().all(u8::is_ascii_uppercase)
            && !(start > 4 && line[start - 5].is_ascii_alphanumeric());
        let alone = start == 0 || !line[start - 1].is_ascii_alphanumeric();
        // The code and the expiry go with the number: they are payment
        // data too, and a token of hex letters and digits (`CCCA5375…`)
        // is protected as an id unless the card covers more than it.
        if coded {
            found(start - 4, slash + 5);
        } else if alone && issuer_accepts(d) {
            found(start, slash + 5);
        }
    }
}

fn issuer_accepts(d: &[u8]) -> bool {
    ISSUERS.iter().any(|&(lo, hi, n, lens)| {
        let prefix = d[..n as usize]
            .iter()
            .fold(0u32, |a, &b| a * 10 + u32::from(b - b'0'));
        (lo..=hi).contains(&prefix) && lens.contains(&d.len())
    })
}

/// The Luhn mod-10 check over ASCII digits.
pub(crate) fn luhn(d: &[u8]) -> bool {
    let sum: u32 = d
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &b)| {
            let v = u32::from(b - b'0');
            if i % 2 == 1 {
                let x = v * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                v
            }
        })
        .sum();
    sum % 10 == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numrun;

    fn card(s: &str) -> bool {
        numrun::scan(s.as_bytes(), 0, false).is_some_and(|r| is_card(&r, || CardContext::None))
    }

    #[test]
    fn real_card_shapes() {
        assert!(card("4111111111111111"));
        assert!(card("4111 1111 1111 1111"));
        assert!(card("5387-7680-2541-9643") || !luhn(b"5387768025419643"));
        assert!(card("378282246310005"));
        assert!(card("3416 840505 20963") || !luhn(b"341684050520963"));
        assert!(card("6011111111111117"));
    }

    #[test]
    fn cards_as_people_type_them() {
        let typed =
            |s: &str| typed_card_end(s.as_bytes(), 0, || CardContext::None) == Some(s.len());
        assert!(typed("4 5 3 2 0 1 5 1 1 2 8 3 0 3 6 6"));
        assert!(typed("4532  0151  1283  0366"));
        assert!(typed("45320151 12830366"));
        assert!(typed("4532 01511283 0366"));
        // A dash or one space in fours is a number run's (`is_card`).
        assert!(!typed("4532 0151 1283 0366"));
        assert!(!typed("4 5 3 2 0 1 5 1 1 2 8 3 0 3 6 7")); // Luhn fails
        assert!(!typed("80832468 60854968")); // no issuer starts with 8
        assert!(!typed("00.366  1702  1737  4511")); // columns of a log line
        let after_card_word =
            typed_card_end(b"2 3 5 4 9 0 1 6 6 1 8 6 1 2 9 1", 0, || CardContext::Card);
        assert_eq!(after_card_word, Some(31));
    }

    #[test]
    fn ids_and_epochs_are_not_cards() {
        assert!(!card("1773945479526")); // epoch millis: no issuer starts with 17
        assert!(!card("8083246860854968")); // no issuer starts with 8
        assert!(!card("4111111111111112")); // Luhn fails
        assert!(!card("411111111111111")); // Visa has no 15-digit numbers
        assert!(!card("251125 090001 5842")); // an HDFS date and time
        assert!(!card("4915123293057")); // a German MSISDN that passes Luhn
    }

    #[test]
    fn context_decides_borderline_numbers() {
        let run = |s: &str| numrun::scan(s.as_bytes(), 0, false).unwrap();
        // Luhn-valid, but 3591 is no issuer's prefix: a card only after "pan".
        assert!(is_card(&run("3591131427127222"), || CardContext::Card));
        assert!(!is_card(&run("3591131427127222"), || CardContext::None));
        // Issuer and Luhn agree, but it sits under an id key.
        assert!(!is_card(&run("4111111111111111"), || CardContext::Id));
        assert!(is_card(&run("4111 1111 1111 1111"), || CardContext::Id));
    }
}
