//! What detectors report: a byte span of the original line, its kind, and
//! how to write its replacement. Detectors never rewrite; the rewriter does
//! it once, left to right.

use crate::keyring::MAX_TOKEN_LEN;
use crate::policy::Kind;

/// Where a finding sits, which decides how its replacement is escaped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ctx {
    /// Plain text, logfmt, or a JSON string: the default replacements are safe.
    Plain,
    /// A URL (query value, path): the replacement must be URL-safe.
    Url,
    /// A bare JSON number: the replacement is written as a JSON string.
    JsonBare,
}

/// How sure a detector is. A `Weak` finding yields to weak protected spans
/// (versions, epochs, plain times); a `Strong` one (prefix, key or phrase
/// context) does not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Confidence {
    Weak,
    Strong,
}

/// A keyed token already computed, stored inline so findings never allocate.
#[derive(Clone, Copy)]
pub(crate) struct Token {
    bytes: [u8; MAX_TOKEN_LEN],
    len: u8,
}

impl Token {
    pub(crate) fn from_slice(s: &[u8]) -> Token {
        let mut bytes = [0u8; MAX_TOKEN_LEN];
        bytes[..s.len()].copy_from_slice(s);
        Token {
            bytes,
            len: s.len() as u8,
        }
    }

    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.bytes[..usize::from(self.len)]
    }
}

/// One piece of personal data found in a line.
#[derive(Clone, Copy)]
pub(crate) struct Finding {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub ctx: Ctx,
    pub confidence: Confidence,
    /// The pseudonym, for kinds the policy pseudonymizes; `None` strips.
    pub token: Option<Token>,
}

impl Finding {
    pub(crate) fn overlaps(&self, start: usize, end: usize) -> bool {
        self.start < end && start < self.end
    }
}

/// Orders findings and merges overlaps so the rewriter sees disjoint
/// spans: the earliest start wins (then the longest, then the stronger),
/// and a later finding that runs past it extends it, so no tail of a
/// finding is ever left unredacted.
pub(crate) fn resolve_overlaps(findings: &mut Vec<Finding>) {
    findings.sort_unstable_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then(b.end.cmp(&a.end))
            .then(b.confidence.cmp(&a.confidence))
            // The same span found as a card and as a secure-flow value is
            // counted as the more specific kind.
            .then((a.kind == Kind::Secret).cmp(&(b.kind == Kind::Secret)))
    });
    let mut kept = 0;
    for i in 0..findings.len() {
        let f = findings[i];
        if kept > 0 && f.start < findings[kept - 1].end {
            let last = &mut findings[kept - 1];
            last.end = last.end.max(f.end);
            continue;
        }
        findings[kept] = f;
        kept += 1;
    }
    findings.truncate(kept);
}
