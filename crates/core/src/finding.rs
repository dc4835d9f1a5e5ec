//! What detectors report: a byte span of the original line, its kind, and
//! how to write its replacement. Detectors never rewrite; the rewriter does
//! it once, left to right.

use crate::keyring::{Key, Token};
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

/// A pseudonymized finding's canonical value (an E.164 number, a
/// lower-case address): where it sits in the scan's buffer of them
/// (`Scratch::canons`). The keyed token is made from it only when the line
/// is rewritten, so a finding that a filter drops or an overlap merges away
/// costs no HMAC.
#[derive(Clone, Copy)]
pub(crate) struct Canon {
    start: usize,
    end: usize,
}

impl Canon {
    /// Appends `value` to `canons` and returns where it is.
    pub(crate) fn push(value: &[u8], canons: &mut Vec<u8>) -> Canon {
        let start = canons.len();
        canons.extend_from_slice(value);
        Canon {
            start,
            end: canons.len(),
        }
    }

    /// The same value after its buffer was appended to another at `base`.
    pub(crate) fn moved_by(self, base: usize) -> Canon {
        Canon {
            start: base + self.start,
            end: base + self.end,
        }
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
    /// The canonical value, for kinds the policy pseudonymizes; `None`
    /// strips.
    pub canon: Option<Canon>,
}

impl Finding {
    /// The token that pseudonymizes this finding under `key`, its
    /// canonical value read from `canons`; `None` if it is stripped.
    pub(crate) fn token(&self, key: &Key, canons: &[u8]) -> Option<Token> {
        let canon = self.canon?;
        let prefix = match self.kind {
            Kind::Phone => "tel",
            Kind::Email => "mail",
            _ => return None,
        };
        Some(key.make_token(prefix, &canons[canon.start..canon.end]))
    }

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
