//! Phone numbers: a number run becomes a phone when its shape or its
//! context says so, and is normalised to E.164 for the token.
//!
//! Country calling codes, national prefixes and validity come from the
//! `phonenumber` crate (libphonenumber's metadata); nothing here is a
//! hand-kept table of countries.

use phonenumber::country::Id;
use phonenumber::Mode;

use crate::finding::Confidence;
use crate::numrun::{sep, Prefix, Run};

/// What the text around a run says about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Evidence {
    /// Nothing: only the run's own shape can make it a phone.
    None,
    /// A phrase before it ("call me at", "unter", "llámeme al").
    Phrase,
    /// A phone key (`phone=`, `"msisdn":`) holds it.
    Key,
}

/// The country calling codes in use, indexed by code, built once.
pub(crate) struct CallingCodes {
    known: Vec<bool>,
}

impl CallingCodes {
    pub(crate) fn new() -> CallingCodes {
        let mut known = vec![false; 1000];
        for meta in phonenumber::metadata::DATABASE.iter() {
            if let Some(k) = known.get_mut(usize::from(meta.country_code())) {
                *k = true;
            }
        }
        CallingCodes { known }
    }

    /// Does `digits` (without `+`) start with a country calling code?
    fn starts_with_code(&self, digits: &[u8]) -> bool {
        let mut code = 0usize;
        for &d in digits.iter().take(3) {
            code = code * 10 + usize::from(d - b'0');
            if self.known[code] {
                return true;
            }
        }
        false
    }
}

/// Decides whether `run` is a phone number and writes its canonical form
/// (E.164, or its digits alone when its country cannot be known) to
/// `canon`. `region` is the default region or a hint from the line.
pub(crate) fn classify(
    run: &Run,
    evidence: Evidence,
    region: Option<Id>,
    codes: &CallingCodes,
    canon: &mut Vec<u8>,
) -> Option<Confidence> {
    canon.clear();
    let d = run.digits();
    if run.prefix == Prefix::Plus {
        if !(7..=15).contains(&d.len()) || !codes.starts_with_code(d) {
            return None;
        }
        canon.push(b'+');
        canon.extend_from_slice(d);
        return Some(Confidence::Strong);
    }
    if d.len() >= 9 && d.starts_with(b"00") && d[2] != b'0' {
        let intl = &d[2..];
        if !(7..=15).contains(&intl.len()) || !codes.starts_with_code(intl) {
            return None;
        }
        canon.push(b'+');
        canon.extend_from_slice(intl);
        return Some(Confidence::Strong);
    }
    // The user part of a `sip:`/`tel:` URI is a number whatever its shape.
    let evidence = if run.uri { Evidence::Key } else { evidence };
    let confidence = match evidence {
        Evidence::Key if d.len() >= 6 => Confidence::Strong,
        Evidence::Phrase if d.len() >= 8 && (run.groups > 1 || d.len() <= 15) => Confidence::Strong,
        _ if looks_like_phone(run) || looks_like_national(d, run.groups) => Confidence::Weak,
        _ => return None,
    };
    if d.len() > 15 {
        return None;
    }
    canonical_without_prefix(d, region, evidence == Evidence::Key, codes, canon);
    Some(confidence)
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
    run.groups >= 3 && d.len() >= 9 && g.iter().all(|&l| l <= 4) && !thousands
}

/// A compact number with one trunk `0` and a national length (`0612339643`);
/// zero-padded ids start with more zeros.
fn looks_like_national(d: &[u8], groups: usize) -> bool {
    groups == 1 && (9..=11).contains(&d.len()) && d[0] == b'0' && d[1] != b'0'
}

/// Canonical form of a number written without an international prefix.
fn canonical_without_prefix(
    d: &[u8],
    region: Option<Id>,
    keyed: bool,
    codes: &CallingCodes,
    canon: &mut Vec<u8>,
) {
    let digits = std::str::from_utf8(d).expect("ASCII digits");
    if let Some(id) = region {
        if let Ok(n) = phonenumber::parse(Some(id), digits) {
            if d[0] == b'0' || phonenumber::is_valid(&n) {
                canon.extend_from_slice(n.format().mode(Mode::E164).to_string().as_bytes());
                return;
            }
        }
    }
    // An MSISDN: the country code written without "+", as in `msisdn=`/`wa_id=`.
    if d[0] != b'0' && d.len() >= 10 && codes.starts_with_code(d) {
        let valid =
            phonenumber::parse(None, format!("+{digits}")).is_ok_and(|n| phonenumber::is_valid(&n));
        if valid || (keyed && d.len() >= 11) {
            canon.push(b'+');
            canon.extend_from_slice(d);
            return;
        }
    }
    canon.extend_from_slice(d);
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
