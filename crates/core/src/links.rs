//! Links national-format numbers to the country the same stream has
//! already shown them with: after `+40 712 575 221`, a `0712575221` on a
//! line with no region gets that number's token instead of the token of
//! its digits alone. One number, one token, whatever its written form, as
//! far as the stream itself can tell.
//!
//! Only fingerprints are kept: a per-process random hash of the national
//! number, never its digits. The table is bounded; when it is full it
//! starts over, so memory does not grow with the input.
//!
//! A line's tokens depend on the lines before it, so the table must be
//! read and taught in input order. A caller that redacts one stream in
//! order (the tracing layer, `redact_*`) uses the table at once. A
//! pipeline that scans batches on several threads cannot: which batch
//! teaches a number first would depend on timing. Its workers scan a
//! batch's lines with a [`LinkLog`]: their lessons go there, not to the
//! table; a lookup is answered by the lessons of the batch so far, else by
//! the table as it stands, and recorded with its answer unless the line
//! itself taught it. The ordered stage then settles the lines in input
//! order ([`Redactor::settle_links`](crate::Redactor::settle_links)):
//! if the table, holding exactly the lines before, gives every recorded
//! answer, the line was scanned as one thread would have scanned it, so
//! its redaction stands and its lessons are taught; otherwise (a worker
//! ran ahead of the batch that teaches one of its numbers) it is redacted
//! again against the table. The ordered stage keeps the table nearly up
//! to date, so that is rare. Either way one rule decides
//! (`NumberLinks::link`).

use std::cell::RefCell;
use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::ops::Range;
use std::sync::{PoisonError, RwLock};

use rustc_hash::FxHashMap;

use crate::phone::{CallingCodes, Country};
use crate::redactor::Findings;

/// At most this many numbers are remembered (a few MB).
const CAPACITY: usize = 1 << 18;

/// Shorter national numbers are too easily the same digits by chance.
const MIN_NATIONAL_LEN: usize = 7;

/// The longest trunk prefix libphonenumber knows (HU `06`).
const TRUNK_MAX_LEN: usize = 2;

/// What the linking rule reads and teaches, by fingerprint: the table
/// itself, or a line's [`LinkLog`].
pub(crate) trait Memory {
    fn code_of(&self, key: u64) -> Option<u16>;
    fn learn(&self, key: u64, code: u16);
}

/// The stream's memory of numbers and the key of its fingerprints.
pub(crate) struct NumberLinks {
    /// Fingerprint of a national significant number -> calling code.
    codes: RwLock<FxHashMap<u64, u16>>,
    fingerprint: RandomState,
}

/// How one scan links numbers (see `Scanner::links`): by `rule`'s
/// fingerprints, in `memory`.
#[derive(Clone, Copy)]
pub(crate) struct Links<'a> {
    pub rule: &'a NumberLinks,
    pub memory: &'a dyn Memory,
}

impl Memory for NumberLinks {
    fn code_of(&self, key: u64) -> Option<u16> {
        let codes = self.codes.read().unwrap_or_else(PoisonError::into_inner);
        codes.get(&key).copied()
    }

    fn learn(&self, key: u64, code: u16) {
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
}

impl NumberLinks {
    pub(crate) fn new() -> NumberLinks {
        NumberLinks {
            codes: RwLock::new(FxHashMap::default()),
            fingerprint: RandomState::new(),
        }
    }

    /// The fingerprint of a national number long enough to be linked.
    fn key(&self, national: &[u8]) -> Option<u64> {
        (national.len() >= MIN_NATIONAL_LEN).then(|| self.fingerprint.hash_one(national))
    }

    /// The rule. Remembers the country of a number in E.164 form; gives
    /// one whose country was not known, or only read from its digits, the
    /// country the stream showed it with (`+55 11 96123-4789`, then `(11)
    /// 96123-4789`, which reads as NANP `+1 196…`). `canon` is the
    /// number's canonical form, rewritten in place when it links.
    pub(crate) fn link(
        &self,
        memory: &dyn Memory,
        codes: &CallingCodes,
        canon: &mut Vec<u8>,
        country: Country,
    ) {
        let digits = canon.strip_prefix(b"+").unwrap_or(canon);
        let linked = match country {
            Country::Written | Country::Region => None,
            Country::Msisdn | Country::Guessed | Country::Unknown => {
                self.find(memory, digits, |code| codes.trunk(code))
            }
        };
        match linked {
            Some((code, national)) => {
                let national = national.to_vec();
                canon.clear();
                canon.push(b'+');
                canon.extend_from_slice(code.to_string().as_bytes());
                canon.extend_from_slice(&national);
            }
            None if country != Country::Guessed && canon.first() == Some(&b'+') => {
                if let Some((code, national)) = codes.split_code(&canon[1..]) {
                    if let Some(key) = self.key(national) {
                        memory.learn(key, code);
                    }
                }
            }
            None => {}
        }
    }

    /// The calling code and national number of `digits`, a number written
    /// in national format, if the stream has shown it with its code. As
    /// it stands the number links to any code (ES and PT write no prefix,
    /// and IT's leading `0` is part of the number); failing that, a trunk
    /// prefix is taken off only for a code that writes that one (FR
    /// `06 12 34 18 95` is not ES `612 34 18 95`; HU writes `06`, RU `8`).
    fn find<'d>(
        &self,
        memory: &dyn Memory,
        digits: &'d [u8],
        trunk_of: impl Fn(u16) -> Option<&'static str>,
    ) -> Option<(u16, &'d [u8])> {
        let code_of = |national: &[u8]| memory.code_of(self.key(national)?);
        let as_written = code_of(digits).map(|code| (code, digits));
        as_written.or_else(|| {
            (1..=TRUNK_MAX_LEN.min(digits.len())).find_map(|n| {
                let (trunk, national) = digits.split_at(n);
                let code = code_of(national)?;
                (trunk_of(code).map(str::as_bytes) == Some(trunk)).then_some((code, national))
            })
        })
    }

    /// Settles one line of a [`LinkLog`], in input order: `true` when
    /// the table gives every answer the line's scan recorded (each for a
    /// number the line had not taught itself, which is what the table
    /// holds before the line), so the scan read it as one thread would
    /// have; the line's lessons are then taught. `false` when the line must be scanned again
    /// against the table (also when the table may start over within the
    /// line, which the log cannot see).
    pub(crate) fn settle(&self, log: &LinkLog, line: &PendingLine) -> bool {
        let (seen, learns) = (
            &log.seen[line.seen.clone()],
            &log.learns[line.learns.clone()],
        );
        {
            let codes = self.codes.read().unwrap_or_else(PoisonError::into_inner);
            if codes.len() + learns.len() >= CAPACITY
                || seen
                    .iter()
                    .any(|&(key, code)| codes.get(&key).copied() != code)
            {
                return false;
            }
        }
        for &(key, code) in learns {
            self.learn(key, code);
        }
        true
    }
}

/// The link decisions of a batch's lines, left to the ordered stage (see
/// the module's doc): per line whose scan consulted the memory, the
/// fingerprints it looked up with the answers it got (but for those it
/// taught itself), and the ones it taught, in order. Never digits. Filled by
/// `redact_deferred`, read by
/// [`Redactor::settle_links`](crate::Redactor::settle_links); reused from
/// batch to batch.
#[derive(Default)]
pub struct LinkLog {
    lines: Vec<PendingLine>,
    /// Every pending line's recorded lookups and their answers, end to
    /// end.
    seen: Vec<(u64, Option<u16>)>,
    /// Every pending line's (fingerprint, calling code) lessons, in order.
    learns: Vec<(u64, u16)>,
    /// The batch's lessons so far, the last for each number, with the
    /// line that taught it: its later lines (and a line's later numbers
    /// and passes) see them as they would see the table, and need not
    /// wait for the ordered stage to teach it.
    taught: FxHashMap<u64, (u16, u32)>,
    /// The line being scanned, counted from the batch's first.
    line: u32,
    /// Where the line being scanned starts in `seen` and `learns`.
    open: (usize, usize),
}

/// A line whose redaction may depend on the lines before it.
#[derive(Clone, Debug)]
pub struct PendingLine {
    /// The line, as given to `redact_deferred`: a range of the block, or
    /// of the line itself.
    pub input: Range<usize>,
    /// Its redaction, in the buffer `redact_deferred` appended to.
    pub output: Range<usize>,
    /// What its redaction found.
    pub found: Findings,
    seen: Range<usize>,
    learns: Range<usize>,
}

impl LinkLog {
    /// The lines to settle, in input order.
    pub fn lines(&self) -> &[PendingLine] {
        &self.lines
    }

    /// Forgets every line, to start a batch; keeps the memory.
    pub fn clear(&mut self) {
        self.lines.clear();
        self.seen.clear();
        self.learns.clear();
        self.taught.clear();
        self.line = 0;
        self.open = (0, 0);
    }

    /// Starts a line; drops whatever a line that did not end (the engine
    /// panicked on it) recorded. What it taught stays in `taught`: an
    /// answer from there is recorded, and checked, like the table's.
    pub(crate) fn begin(&mut self) {
        self.seen.truncate(self.open.0);
        self.learns.truncate(self.open.1);
        self.line = self.line.wrapping_add(1);
    }

    /// Ends the line begun last: it is kept if its scan consulted the
    /// memory.
    pub(crate) fn end(&mut self, input: Range<usize>, output: Range<usize>, found: Findings) {
        let (seen, learns) = (self.open.0..self.seen.len(), self.open.1..self.learns.len());
        if !seen.is_empty() || !learns.is_empty() {
            self.lines.push(PendingLine {
                input,
                output,
                found,
                seen,
                learns,
            });
        }
        self.open = (self.seen.len(), self.learns.len());
    }
}

/// The memory of a line's scan with deferred links (see the module's
/// doc): what the batch taught so far, then the table as it stands; every
/// answer but the line's own lessons is recorded; lessons go to the log
/// only.
pub(crate) struct Deferred<'l> {
    table: &'l NumberLinks,
    log: RefCell<&'l mut LinkLog>,
}

impl<'l> Deferred<'l> {
    pub(crate) fn new(table: &'l NumberLinks, log: &'l mut LinkLog) -> Deferred<'l> {
        Deferred {
            table,
            log: RefCell::new(log),
        }
    }
}

impl Memory for Deferred<'_> {
    fn code_of(&self, key: u64) -> Option<u16> {
        let mut log = self.log.borrow_mut();
        let code = match log.taught.get(&key) {
            // Taught by this line: the table would say the same by now.
            Some(&(code, line)) if line == log.line => return Some(code),
            Some(&(code, _)) => Some(code),
            None => self.table.code_of(key),
        };
        log.seen.push((key, code));
        code
    }

    fn learn(&self, key: u64, code: u16) {
        let mut log = self.log.borrow_mut();
        log.learns.push((key, code));
        let line = log.line;
        log.taught.insert(key, (code, line));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trunk(code: u16) -> Option<&'static str> {
        match code {
            36 => Some("06"),
            40 | 49 => Some("0"),
            _ => None,
        }
    }

    fn learn(links: &NumberLinks, memory: &dyn Memory, code: u16, national: &[u8]) {
        if let Some(key) = links.key(national) {
            memory.learn(key, code);
        }
    }

    #[test]
    fn a_national_number_takes_the_code_it_was_seen_with() {
        let links = NumberLinks::new();
        assert_eq!(links.find(&links, b"0712575221", trunk), None);
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
            learn(&links, &links, code, national);
            assert_eq!(links.find(&links, written, trunk), Some((code, national)));
        }
        // A `0` is no trunk prefix of a code that writes none.
        assert_eq!(links.find(&links, b"0612345219", trunk), None);
        // Short numbers are not linked.
        learn(&links, &links, 49, b"123456");
        assert_eq!(links.find(&links, b"0123456", trunk), None);
    }

    #[test]
    fn the_table_stays_bounded() {
        let links = NumberLinks::new();
        for n in 0..(CAPACITY as u64 + 10) {
            learn(
                &links,
                &links,
                49,
                format!("{:09}", n + 100_000_000).as_bytes(),
            );
        }
        assert!(links.codes.read().unwrap().len() <= CAPACITY);
    }

    /// Scans a "line" with deferred links: teaches `taught`, then looks
    /// up `looked_up`, and ends it.
    fn deferred_line(
        links: &NumberLinks,
        log: &mut LinkLog,
        taught: &[(u16, &[u8])],
        looked_up: &[u8],
    ) -> Option<(u16, Vec<u8>)> {
        log.begin();
        let memory = Deferred::new(links, log);
        for &(code, national) in taught {
            learn(links, &memory, code, national);
        }
        let found = links
            .find(&memory, looked_up, trunk)
            .map(|(code, national)| (code, national.to_vec()));
        log.end(0..1, 0..1, Findings::default());
        found
    }

    #[test]
    fn a_batch_sees_its_own_lessons_and_the_table_until_settled() {
        let links = NumberLinks::new();
        let (mut first, mut second) = (LinkLog::default(), LinkLog::default());
        // The first batch teaches a number and uses it on a later line.
        deferred_line(&links, &mut first, &[(40, b"712575221")], b"");
        let later = deferred_line(&links, &mut first, &[], b"0712575221");
        assert_eq!(later, Some((40, b"712575221".to_vec())));
        // A line teaching and using a number itself.
        let own = deferred_line(&links, &mut first, &[(49, b"15123421279")], b"015123421279");
        assert_eq!(own, Some((49, b"15123421279".to_vec())));
        // A line that neither looks up nor teaches is not kept.
        deferred_line(&links, &mut first, &[], b"");
        assert_eq!(first.lines().len(), 3);
        // The second batch, scanned before the first is settled, cannot
        // know its lesson yet; it reads the table, which does not either.
        assert!(links.code_of(links.key(b"712575221").unwrap()).is_none());
        assert_eq!(deferred_line(&links, &mut second, &[], b"0712575221"), None);
        // In order: the first batch's lines stand and teach the table; so
        // the second batch's line, which read otherwise, is to be redone.
        let settle = |log: &LinkLog| -> Vec<bool> {
            log.lines().iter().map(|l| links.settle(log, l)).collect()
        };
        assert_eq!(settle(&first), [true, true, true]);
        assert_eq!(settle(&second), [false]);
        assert_eq!(
            links.find(&links, b"0712575221", trunk),
            Some((40, &b"712575221"[..]))
        );
        assert_eq!(links.code_of(links.key(b"15123421279").unwrap()), Some(49));
        // Scanned once the table knows, a line reads it there and stands.
        second.clear();
        assert!(second.lines().is_empty());
        let read = deferred_line(&links, &mut second, &[], b"0712575221");
        assert_eq!(read, Some((40, b"712575221".to_vec())));
        assert_eq!(settle(&second), [true]);
    }

    #[test]
    fn a_line_that_did_not_end_is_not_settled_and_its_lessons_are_checked() {
        let links = NumberLinks::new();
        let mut log = LinkLog::default();
        log.begin();
        learn(&links, &Deferred::new(&links, &mut log), 40, b"712575221");
        // The engine panicked: no `end`. The next line does not settle it,
        // and what it read of its lesson is checked against the table.
        let read = deferred_line(&links, &mut log, &[], b"0712575221");
        assert_eq!(read, Some((40, b"712575221".to_vec())));
        assert_eq!(log.lines().len(), 1);
        assert!(log.learns.is_empty());
        assert!(!links.settle(&log, &log.lines()[0]));
    }
}
