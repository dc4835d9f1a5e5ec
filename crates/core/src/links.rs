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

    /// Remembers that `national` was written with calling code `code`;
    /// `trunk_zero`: that code's numbers are written nationally with a `0`.
    pub(crate) fn learn(&self, code: u16, trunk_zero: bool, national: &[u8]) {
        if national.len() < MIN_NATIONAL_LEN {
            return;
        }
        let key = self.key(trunk_zero, national);
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
    /// in national format, if the stream has shown it with its code: after
    /// a trunk `0` only a code that writes one (FR `06 12 34 18 95` is not
    /// ES `612 34 18 95`), as it stands any code (ES, PT, and IT, whose
    /// leading `0` is part of the number).
    pub(crate) fn find<'d>(&self, digits: &'d [u8]) -> Option<(u16, &'d [u8])> {
        let codes = self.codes.read().unwrap_or_else(PoisonError::into_inner);
        let trunkless = digits.strip_prefix(b"0").filter(|d| !d.starts_with(b"0"));
        [
            trunkless.map(|d| (true, d)),
            Some((false, digits)),
            Some((true, digits)),
        ]
        .into_iter()
        .flatten()
        .filter(|(_, d)| d.len() >= MIN_NATIONAL_LEN)
        .find_map(|(trunk_zero, d)| Some((*codes.get(&self.key(trunk_zero, d))?, d)))
    }

    fn key(&self, trunk_zero: bool, national: &[u8]) -> u64 {
        self.fingerprint.hash_one((trunk_zero, national))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_national_number_takes_the_code_it_was_seen_with() {
        let links = NumberLinks::new();
        assert_eq!(links.find(b"0712575221"), None);
        links.learn(40, true, b"712575221");
        assert_eq!(links.find(b"0712575221"), Some((40, &b"712575221"[..])));
        // Without a trunk prefix (ES, PT, DK write none).
        links.learn(34, false, b"612345219");
        assert_eq!(links.find(b"612345219"), Some((34, &b"612345219"[..])));
        // A `0` is no trunk prefix of a code that writes none.
        assert_eq!(links.find(b"0612345219"), None);
        // A leading 0 that belongs to the number (IT) is kept.
        links.learn(39, false, b"0612345678");
        assert_eq!(links.find(b"0612345678"), Some((39, &b"0612345678"[..])));
        // Short numbers are not linked.
        links.learn(49, true, b"123456");
        assert_eq!(links.find(b"0123456"), None);
    }

    #[test]
    fn the_table_stays_bounded() {
        let links = NumberLinks::new();
        for n in 0..(CAPACITY as u64 + 10) {
            links.learn(49, true, format!("{:09}", n + 100_000_000).as_bytes());
        }
        assert!(links.codes.read().unwrap().len() <= CAPACITY);
    }
}
