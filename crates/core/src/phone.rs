//! Phone numbers: a number run becomes a phone when its shape or its
//! context says so, and is normalised to E.164 for the token.
//!
//! Country calling codes, national prefixes and validity come from the
//! `phonenumber` crate (libphonenumber's metadata), through a table a test
//! keeps equal to it (`regions`); nothing here is a hand-kept table of
//! countries.

use std::collections::HashMap;

use phonenumber::country::Id;

use crate::finding::Confidence;
use crate::numrun::{sep, Prefix, Run};

mod regions;

/// What the text around a run says about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Evidence {
    /// Nothing: only the run's own shape can make it a phone.
    None,
    /// A phrase before it ("call me at", "unter", "llámeme al").
    Phrase,
    /// A phone key (`phone=`, `"caller":`) holds it.
    Key,
    /// A key that names the international form (`msisdn`, `e164`,
    /// `wa_id`): the digits start with the country code, whatever they look like.
    International,
}

/// What the metadata says about one region: its calling code, its
/// national (trunk) prefix and the lengths its national numbers have.
struct RegionInfo {
    code: u16,
    national_prefix: Option<&'static str>,
    lengths: u32,
}

/// Calling codes, trunk prefixes and number lengths from libphonenumber's
/// metadata (through the `regions` table), read once into plain tables.
/// The crate's own `parse` and `is_valid` are not used on the hot path:
/// they compile regexes through a 100-entry cache that thrashes on varied
/// input.
pub(crate) struct CallingCodes {
    /// What each calling code's regions share, indexed by the code.
    by_code: Vec<CodeInfo>,
    regions: HashMap<&'static str, RegionInfo>,
}

#[derive(Clone, Copy, Default)]
struct CodeInfo {
    /// Bit set of national number lengths (0 = unused code).
    lengths: u32,
    /// The trunk prefix the code's regions write national numbers with
    /// (`0`; HU `06`, RU `8`, NANP `1`); the regions of one code agree.
    trunk: Option<&'static str>,
}

/// Where the country of a number's canonical form came from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Country {
    /// Written with the number (`+`, `00`) or certain from its field.
    Written,
    /// The default region or a hint from the line; also a number that
    /// region does not fit, read otherwise: with a region known, the
    /// stream's links are never consulted, so tokens do not depend on
    /// which lines came first (or on thread timing).
    Region,
    /// Read as an MSISDN: a calling code and a national number, eleven
    /// digits or more, which national numbers seldom are.
    Msisdn,
    /// Read as an MSISDN from ten digits, which may as well be a national
    /// number: `3123441767` is NL `+31 23441767` or IT `312 344 1767`.
    Guessed,
    /// Not known: the canonical form is the digits alone.
    Unknown,
}

impl CallingCodes {
    pub(crate) fn new() -> CallingCodes {
        let mut by_code = vec![CodeInfo::default(); 1000];
        let mut regions = HashMap::new();
        for &(id, code, national_prefix, lengths) in regions::REGIONS {
            if let Some(info) = by_code.get_mut(usize::from(code)) {
                info.lengths |= lengths.max(1);
                info.trunk = info.trunk.or(national_prefix);
            }
            regions.insert(
                id,
                RegionInfo {
                    code,
                    national_prefix,
                    lengths,
                },
            );
        }
        CallingCodes { by_code, regions }
    }

    /// Does the metadata know `region` (an ISO 3166-1 alpha-2 code)?
    pub(crate) fn knows_region(region: &str) -> bool {
        regions::REGIONS.iter().any(|&(id, ..)| id == region)
    }

    /// The calling code of a region written as its ISO 3166-1 alpha-2
    /// code in capitals (`IE`), as a row's country cell holds it.
    pub(crate) fn code_of_region(&self, cell: &[u8]) -> Option<u16> {
        if cell.len() != 2 || !cell.iter().all(u8::is_ascii_uppercase) {
            return None;
        }
        let id = std::str::from_utf8(cell).ok()?;
        self.regions.get(id).map(|info| info.code)
    }

    /// The calling code `digits` (without `+`) starts with: its length,
    /// the code and what its regions share.
    fn code_prefix(&self, digits: &[u8]) -> Option<(usize, u16, CodeInfo)> {
        // No calling code starts with 0 ("+0.18" is not "+1…").
        if digits.first() == Some(&b'0') {
            return None;
        }
        let mut code = 0u16;
        for (i, &d) in digits.iter().take(3).enumerate() {
            code = code * 10 + u16::from(d - b'0');
            let info = self.by_code[usize::from(code)];
            if info.lengths != 0 {
                return Some((i + 1, code, info));
            }
        }
        None
    }

    /// `digits` (E.164 without `+`) as its calling code and its national
    /// number.
    pub(crate) fn split_code<'d>(&self, digits: &'d [u8]) -> Option<(u16, &'d [u8])> {
        let (len, code, _) = self.code_prefix(digits)?;
        Some((code, &digits[len..]))
    }

    /// The trunk prefix `code`'s national numbers are written with.
    pub(crate) fn trunk(&self, code: u16) -> Option<&'static str> {
        self.by_code
            .get(usize::from(code))
            .and_then(|info| info.trunk)
    }

    /// Does `digits` (without `+`) start with a country calling code?
    pub(crate) fn starts_with_code(&self, digits: &[u8]) -> bool {
        self.code_prefix(digits).is_some()
    }

    /// Is `digits` a calling code followed by a national number of a length
    /// that code's regions use?
    pub(crate) fn plausible_international(&self, digits: &[u8]) -> bool {
        self.code_prefix(digits)
            .is_some_and(|(n, _, info)| info.lengths & (1 << (digits.len() - n).min(31)) != 0)
    }
}

/// Is `+digits` a number libphonenumber's metadata holds valid: a
/// calling code and a national number of a type that country assigns?
/// Slow (the crate compiles its patterns through a small cache): only
/// for the few numbers a looser test has let through.
pub(crate) fn is_valid_international(digits: &[u8]) -> bool {
    valid_international(digits).is_some()
}

/// Is `+digits` a valid number of a mobile range (or of a range the
/// country shares between mobiles and fixed lines)? Slow, as
/// [`is_valid_international`].
pub(crate) fn is_mobile_international(digits: &[u8]) -> bool {
    use phonenumber::Type;
    valid_international(digits).is_some_and(|n| {
        matches!(
            n.number_type(&phonenumber::metadata::DATABASE),
            Type::Mobile | Type::FixedLineOrMobile
        )
    })
}

/// `+digits` parsed, when the metadata holds it valid.
fn valid_international(digits: &[u8]) -> Option<phonenumber::PhoneNumber> {
    let digits = std::str::from_utf8(digits).ok()?;
    phonenumber::parse(None, format!("+{digits}"))
        .ok()
        .filter(phonenumber::is_valid)
}

/// Can `classify` take `run` as a phone, whatever the evidence? Not with
/// more digits than any number has, its `00` aside: a caller that must
/// read the words around a run for its evidence reads them only then.
pub(crate) fn may_be_phone(run: &Run) -> bool {
    let d = run.digits();
    d.len() <= MAX_DIGITS || d.len() <= MAX_DIGITS + 2 && d.starts_with(b"00")
}

/// Can `classify` take `run` as a phone with no evidence (`Evidence::None`)?
/// Only with its `+` or `00`, in a `sip:`/`tel:` URI, or written as
/// `looks_like_phone` or `looks_like_national` says: a caller that must
/// read a key to rule the run out (an identifier's) reads it only then.
pub(crate) fn may_be_phone_unsaid(run: &Run) -> bool {
    let d = run.digits();
    run.uri
        || run.prefix == Prefix::Plus
        || d.starts_with(b"00")
        || looks_like_phone(run)
        || looks_like_national(d, run.groups)
}

/// The most digits a number has, country code and all (E.164).
const MAX_DIGITS: usize = 15;

/// Decides whether `run` is a phone number and writes its canonical form
/// (E.164, or its digits alone when its country cannot be known) to
/// `canon`. `region` is the default region or a hint from the line.
pub(crate) fn classify(
    run: &Run,
    evidence: Evidence,
    region: Option<Id>,
    codes: &CallingCodes,
    canon: &mut Vec<u8>,
) -> Option<(Confidence, Country)> {
    canon.clear();
    let d = run.digits();
    // A row of zeros (a hex dump's "00000000 0000") is no number. Without
    // context "0.10635664" and "09.910337" are decimals; after a phrase
    // "06.12346032" (NL) and "01.234143726" (AT) are numbers, but a lone
    // "0" is never an area code.
    let zeros = d.iter().all(|&b| b == b'0');
    if zeros && evidence < Evidence::Key {
        return None;
    }
    let zero_point = run.group_lens()[0] == 1 && d[0] == b'0';
    if run.is_decimal() && (evidence == Evidence::None || (evidence < Evidence::Key && zero_point))
    {
        return None;
    }
    if (run.is_year_reference() || run.is_slashed_reference() || run.is_long_decimal())
        && evidence < Evidence::Key
    {
        return None;
    }
    // `SERVFAIL 0.101676 0 321`: a lone `0` and a dot open a fraction and
    // the columns after it, never a number (trunk prefixes are written with
    // their area code, `06.12…`).
    if zero_point && run.seps & sep::DOT != 0 && evidence == Evidence::None {
        return None;
    }
    if run.prefix == Prefix::Plus {
        if !(7..=MAX_DIGITS).contains(&d.len()) || !codes.starts_with_code(d) {
            return None;
        }
        canon.push(b'+');
        canon.extend_from_slice(d);
        return Some((Confidence::Strong, Country::Written));
    }
    // `numbers="04 10 29 39 43 48"`: six or more pairs of digits are a row
    // of small numbers (a lottery draw, a byte dump); the pairs of a
    // national number are five at most (`06 12 34 56 78`).
    if run.groups >= 6 && run.group_lens().iter().all(|&l| l == 2) {
        return None;
    }
    // "0049 151…", "00 49 151…": the "00" and the calling code make the
    // first group at most five digits (a hex dump's "00589370 90990003" is
    // no number); written compact it is one group.
    let intl_00 = run.groups == 1 || (2..=5).contains(&run.group_lens()[0]);
    if d.len() >= 9 && d.starts_with(b"00") && d[2] != b'0' && intl_00 {
        let intl = &d[2..];
        // (An airline's bag tag, a zero and a carrier's code, reads as one
        // too: `0057003796` as `+57…`. Any length a calling code does not
        // use is still taken: a number written so must never leak.)
        if !(7..=MAX_DIGITS).contains(&intl.len()) || !codes.starts_with_code(intl) {
            return None;
        }
        canon.push(b'+');
        canon.extend_from_slice(intl);
        return Some((Confidence::Strong, Country::Written));
    }
    // `previous 2.7.10.8968`: dotted groups two of which are single digits
    // are a version; a number's groups hold two to four digits, and only
    // a calling code (`1.800.…`) may be one.
    let single_digits = run.group_lens().iter().filter(|&&l| l == 1).count();
    if evidence < Evidence::Key && run.seps == sep::DOT && single_digits >= 2 {
        return None;
    }
    // The user part of a `sip:`/`tel:` URI is a number whatever its shape.
    let evidence = if run.uri && evidence < Evidence::Key {
        Evidence::Key
    } else {
        evidence
    };
    let confidence = match evidence {
        Evidence::Key | Evidence::International if d.len() >= 6 => Confidence::Strong,
        Evidence::Phrase if d.len() >= 8 && !ends_in_stray_digit(run) => Confidence::Strong,
        // "Rückruf unter 848 7862": a local number without its area code,
        // grouped as exchange and line.
        Evidence::Phrase if run.group_lens() == [3, 4] => Confidence::Strong,
        _ if looks_like_phone(run) || looks_like_national(d, run.groups) => Confidence::Weak,
        _ => return None,
    };
    if d.len() > MAX_DIGITS {
        return None;
    }
    let country = canonical_without_prefix(d, region, evidence, codes, canon);
    Some((confidence, country))
}

/// A number with no `+`, no `00` and no context is a phone only when it is
/// written like one: a trunk `0` with groups, an area code in parentheses,
/// the North American 3-3-4, or three or more short groups that are not a
/// thousands-separated count.
fn looks_like_phone(run: &Run) -> bool {
    let d = run.digits();
    let g = run.group_lens();
    if run.groups < 2 || !(8..=12).contains(&d.len()) {
        return false;
    }
    if run.opens_with_paren {
        return true;
    }
    if d[0] == b'0' {
        return true;
    }
    if g == [3, 3, 4] && run.seps.count_ones() == 1 {
        return true;
    }
    let thousands = g[1..].iter().all(|&l| l == 3) && run.seps & !(sep::SPACE | sep::DOT) == 0;
    // A row of equal groups ("3552 3534 3375") or of single digits
    // ("IRQs 3 4 5 6 7") is a table of values, not a number.
    let table = g.iter().all(|&l| l == g[0]) || g.iter().filter(|&&l| l == 1).count() > 1;
    run.groups >= 3 && d.len() >= 9 && g.iter().all(|&l| l <= 4) && !thousands && !table
}

/// "new 1074297378 1": a lone digit after a long group is the next value
/// of the line, not the end of a number.
fn ends_in_stray_digit(run: &Run) -> bool {
    matches!(run.group_lens(), [.., prev, 1] if *prev >= 5)
}

/// A compact number with one trunk `0` and a national length (`0612339643`);
/// zero-padded ids start with more zeros.
pub(crate) fn looks_like_national(d: &[u8], groups: usize) -> bool {
    groups == 1 && (9..=11).contains(&d.len()) && d[0] == b'0' && d[1] != b'0'
}

/// Canonical form of a number written without an international prefix:
/// E.164 when its region is known (the trunk prefix replaced by the calling
/// code), `+` and its digits when it is an MSISDN, else its digits alone.
pub(crate) fn canonical_without_prefix(
    d: &[u8],
    region: Option<Id>,
    evidence: Evidence,
    codes: &CallingCodes,
    canon: &mut Vec<u8>,
) -> Country {
    match read_without_prefix(d, region, evidence, codes, canon) {
        Country::Msisdn | Country::Guessed | Country::Unknown if region.is_some() => {
            Country::Region
        }
        country => country,
    }
}

fn read_without_prefix(
    d: &[u8],
    region: Option<Id>,
    evidence: Evidence,
    codes: &CallingCodes,
    canon: &mut Vec<u8>,
) -> Country {
    let keyed = evidence >= Evidence::Key;
    if evidence == Evidence::International
        && d[0] != b'0'
        && d.len() >= 8
        && codes.starts_with_code(d)
    {
        canon.push(b'+');
        canon.extend_from_slice(d);
        return Country::Written;
    }
    let info = region.and_then(|id| codes.regions.get(id.as_ref()));
    let trunk = info.and_then(|i| i.national_prefix.filter(|p| d.starts_with(p.as_bytes())));
    // An MSISDN: the country code written without "+", as in `msisdn=`,
    // `wa_id=` or an integer field. Without a trunk prefix, eleven or more
    // digits that read as code + national number are one, whatever the
    // default region (national numbers that long are rare).
    let msisdn = d[0] != b'0'
        && d.len() >= 10
        && (codes.plausible_international(d)
            || (keyed && d.len() >= 11 && codes.starts_with_code(d)));
    if trunk.is_none() && msisdn && d.len() >= 11 {
        canon.push(b'+');
        canon.extend_from_slice(d);
        return Country::Msisdn;
    }
    if let Some(info) = info {
        let nsn = &d[trunk.map_or(0, str::len)..];
        let fits = nsn.len() < 32 && info.lengths & (1 << nsn.len()) != 0;
        if !nsn.is_empty() && (trunk.is_some() || fits) {
            canon.push(b'+');
            canon.extend_from_slice(info.code.to_string().as_bytes());
            canon.extend_from_slice(nsn);
            return Country::Region;
        }
    }
    if msisdn {
        canon.push(b'+');
        canon.extend_from_slice(d);
        return if d.len() >= 11 {
            Country::Msisdn
        } else {
            Country::Guessed
        };
    }
    canon.extend_from_slice(d);
    Country::Unknown
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numrun;

    fn canon(text: &str, evidence: Evidence, region: Option<&str>) -> Option<String> {
        let b = text.as_bytes();
        let i = (0..b.len()).find(|&i| numrun::is_run_start(b, i))?;
        let run = numrun::scan(b, i, false)?;
        let mut out = Vec::new();
        let region = region.map(|r| r.parse::<Id>().unwrap());
        classify(&run, evidence, region, &CallingCodes::new(), &mut out)?;
        Some(String::from_utf8(out).unwrap())
    }

    #[test]
    fn one_number_many_forms() {
        for form in [
            "+49 151 23421279",
            "0049 151 23421279",
            "tel:+49-151-23421279",
            "+4915123421279",
            "+49 (0)151 23421279",
            "+49.151.2342.1279",
        ] {
            assert_eq!(
                canon(form, Evidence::None, None).as_deref(),
                Some("+4915123421279"),
                "{form}"
            );
        }
        assert_eq!(
            canon("4915123421279", Evidence::Key, None).as_deref(),
            Some("+4915123421279")
        );
        assert_eq!(
            canon("0151 23421279", Evidence::None, Some("DE")).as_deref(),
            Some("+4915123421279")
        );
    }

    #[test]
    fn national_numbers_use_the_region_or_stay_digits() {
        assert_eq!(
            canon("(06 1) 233 9643", Evidence::None, Some("HU")).as_deref(),
            Some("+3612339643")
        );
        assert_eq!(
            canon("02 1281 8291", Evidence::None, Some("IT")).as_deref(),
            Some("+390212818291")
        );
        assert_eq!(
            canon("030 1234567", Evidence::None, None).as_deref(),
            Some("0301234567")
        );
    }

    #[test]
    fn counts_and_ids_are_not_phones() {
        assert_eq!(canon("3664", Evidence::None, None), None);
        assert_eq!(canon("8083246860854968", Evidence::None, None), None);
        assert_eq!(canon("1 234 567 890", Evidence::None, None), None);
        assert_eq!(canon("7316457", Evidence::Phrase, None), None);
        // decimals, tables of values, hex dumps, a "+" before no calling code
        assert_eq!(canon("0.10635664", Evidence::None, None), None);
        assert_eq!(canon("0.10635664", Evidence::Phrase, None), None);
        assert_eq!(canon("3552 3534 3375", Evidence::None, None), None);
        assert_eq!(canon("3 4 5 6 7 10 11 12", Evidence::None, None), None);
        assert_eq!(canon("00589370 90990003", Evidence::None, None), None);
        assert_eq!(canon("00000000 0000", Evidence::None, None), None);
        assert_eq!(canon("+0.182379", Evidence::None, None), None);
        assert_eq!(canon("1074297378 1", Evidence::Phrase, None), None);
        // ... while a dotted national number after a phrase is one
        assert_eq!(
            canon("06.12346032", Evidence::Phrase, Some("NL")).as_deref(),
            Some("+31612346032")
        );
    }

    #[test]
    fn msisdn_keys_say_the_number_is_international() {
        // Nine digits: too short to be read as an MSISDN without the key.
        assert_eq!(
            canon("468121793", Evidence::International, Some("DE")).as_deref(),
            Some("+468121793")
        );
        assert_eq!(
            canon("468121793", Evidence::Key, None).as_deref(),
            Some("468121793")
        );
    }

    proptest::proptest! {
        /// A run `may_be_phone` turns down is no phone under any evidence,
        /// and one `may_be_phone_unsaid` turns down none without evidence.
        #[test]
        fn runs_turned_down_are_no_phones(
            groups in proptest::collection::vec("[0-9]{1,9}", 1..5),
            lead in proptest::sample::select(vec!["", "+", "00", "0", "(0)", "tel:"]),
            sep in proptest::sample::select(vec![" ", "-", ".", "/"]),
            region in proptest::sample::select(vec![None, Some("DE"), Some("FR")]),
        ) {
            let text = format!("{lead}{}", groups.join(sep));
            let b = text.as_bytes();
            let Some(run) = (0..b.len())
                .find(|&i| numrun::is_run_start(b, i))
                .and_then(|i| numrun::scan(b, i, false))
            else {
                return Ok(());
            };
            let codes = CallingCodes::new();
            if !may_be_phone_unsaid(&run) {
                let region = region.map(|r| r.parse::<Id>().unwrap());
                let mut out = Vec::new();
                proptest::prop_assert!(
                    classify(&run, Evidence::None, region, &codes, &mut out).is_none(),
                    "{text}"
                );
            }
            if !may_be_phone(&run) {
                let region = region.map(|r| r.parse::<Id>().unwrap());
                for evidence in
                    [Evidence::None, Evidence::Phrase, Evidence::Key, Evidence::International]
                {
                    let mut out = Vec::new();
                    proptest::prop_assert!(
                        classify(&run, evidence, region, &codes, &mut out).is_none(),
                        "{text} {evidence:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn keyed_compact_numbers_are_phones() {
        assert_eq!(
            canon("34612670504", Evidence::Key, None).as_deref(),
            Some("+34612670504")
        );
        assert_eq!(
            canon("1123469216", Evidence::Key, None).as_deref(),
            Some("1123469216")
        );
    }
}
