//! Links national-format numbers to the country the same stream has
//! already shown them with: after `+40 712 575 221`, a `0712575221` on a
//! line with no region gets that number's token instead of the token of
//! its digits alone. One number, one token, whatever its written form, as
//! far as the stream itself can tell.
//!
//! Only fingerprints are kept: a per-process random hash of the national
//! number, never its digits. The table is bounded; when it is full it
//! starts over, so memory does not grow with the input.

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::sync::{PoisonError, RwLock};

use rustc_hash::FxHashMap;

/// At most this many numbers are remembered (a few MB).
const CAPACITY: usize = 1 << 18;

/// Shorter national numbers are too easily the same digits by chance.
const MIN_NATIONAL_LEN: usize = 7;

pub(crate) struct NumberLinks {
    /// Fingerprint of a national significant number -> calling code.
    codes: RwLock<FxHashMap<u64, u16>>,
    fingerprint: RandomState,
}

impl NumberLinks {
    pub(crate) fn new() -> NumberLinks {
        NumberLinks {
            codes: RwLock::new(FxHashMap::default()),
            fingerprint: RandomState::new(),
        }
    }

    /// Remembers that `national` was written with calling code `code`.
    pub(crate) fn learn(&self, code: u16, national: &[u8]) {
        if national.len() < MIN_NATIONAL_LEN {
            return;
        }
        let key = self.fingerprint.hash_one(national);
        let codes = self.codes.read().unwrap_or_else(PoisonError::into_inner);
        if codes.get(&key) == Some(&code) {
            return;
        }
        drop(codes);
        let mut codes = self.codes.write().unwrap_or_else(PoisonError::into_inner);
        if codes.len() >= CAPACITY {
            codes.clear();
        }
        codes.insert(key, code);
    }

    /// The calling code and national number of `digits`, a number written
    /// in national format, if the stream has shown it with its code. As
    /// it stands the number links to any code (ES and PT write no prefix,
    /// and IT's leading `0` is part of the number); failing that, a trunk
    /// prefix is taken off only for a code that writes that one (FR
    /// `06 12 34 18 95` is not ES `612 34 18 95`; HU writes `06`, RU `8`).
    pub(crate) fn find<'d>(
        &self,
        digits: &'d [u8],
        trunk_of: impl Fn(u16) -> Option<&'static str>,
    ) -> Option<(u16, &'d [u8])> {
        let codes = self.codes.read().unwrap_or_else(PoisonError::into_inner);
        let code_of = |national: &[u8]| {
            (national.len() >= MIN_NATIONAL_LEN)
                .then(|| codes.get(&self.fingerprint.hash_one(national)).copied())
                .flatten()
        };
        let as_written = code_of(digits).map(|code| (code, digits));
        as_written.or_else(|| {
            (1..=TRUNK_MAX_LEN.min(digits.len())).find_map(|n| {
                let (trunk, national) = digits.split_at(n);
                let code = code_of(national)?;
                (trunk_of(code).map(str::as_bytes) == Some(trunk)).then_some((code, national))
            })
        })
    }
}

/// The longest trunk prefix libphonenumber knows (HU `06`).
const TRUNK_MAX_LEN: usize = 2;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_national_number_takes_the_code_it_was_seen_with() {
        let links = NumberLinks::new();
        let trunk = |code| match code {
            36 => Some("06"),
            40 | 49 => Some("0"),
            _ => None,
        };
        assert_eq!(links.find(b"0712575221", trunk), None);
        // Learnt (code, national number), then written as, then found as.
        for (code, national, written) in [
            (40, &b"712575221"[..], &b"0712575221"[..]),
            // Without a trunk prefix (ES, PT, DK write none).
            (34, b"612345219", b"612345219"),
            // A leading 0 that belongs to the number (IT) is kept.
            (39, b"0612345678", b"0612345678"),
            // A two-digit trunk prefix (HU).
            (36, b"201232542", b"06201232542"),
        ] {
            links.learn(code, national);
            assert_eq!(links.find(written, trunk), Some((code, national)));
        }
        // A `0` is no trunk prefix of a code that writes none.
        assert_eq!(links.find(b"0612345219", trunk), None);
        // Short numbers are not linked.
        links.learn(49, b"123456");
        assert_eq!(links.find(b"0123456", trunk), None);
    }

    #[test]
    fn the_table_stays_bounded() {
        let links = NumberLinks::new();
        for n in 0..(CAPACITY as u64 + 10) {
            links.learn(49, format!("{:09}", n + 100_000_000).as_bytes());
        }
        assert!(links.codes.read().unwrap().len() <= CAPACITY);
    }
}
