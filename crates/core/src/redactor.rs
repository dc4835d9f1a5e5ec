//! The `Redactor`: built once, then `redact_*` per line from any thread.

use std::borrow::Cow;
use std::cell::RefCell;
use std::ops::Range;
use std::sync::Arc;

use phonenumber::country::Id;

use crate::detectors::Detectors;
use crate::error::{Error, ErrorKind};
use crate::finding::{Ctx, Finding};
use crate::keyring::{Key, Keyring};
use crate::links::{Deferred, LinkLog, Links, NumberLinks, PendingLine};
use crate::percent;
use crate::phone::CallingCodes;
use crate::policy::{Action, Kind, Policy};
use crate::protect::BlockSpans;
use crate::scan::{Scanner, Scratch};

/// Passes over a changed line before it is withheld; real lines settle
/// in two (the second changes nothing).
const MAX_PASSES: usize = 4;

/// Stands in for a line that is withheld rather than risked: one the
/// engine could not settle, or (in the sidecar) one it failed on.
pub const WITHHELD: &[u8] = b"[scrubline: line withheld]";

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// Counts of what one call found, per kind. Never values.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Findings {
    counts: [u32; 6],
}

impl Findings {
    /// How many findings of `kind` were replaced.
    pub fn count(&self, kind: Kind) -> u32 {
        self.counts[kind.index()]
    }

    /// All findings replaced, of every kind.
    pub fn total(&self) -> u32 {
        self.counts.iter().sum()
    }

    /// Adds another call's counts to these.
    pub fn add(&mut self, other: &Findings) {
        for (a, b) in self.counts.iter_mut().zip(other.counts) {
            *a = a.saturating_add(b);
        }
    }
}

/// Keeps personal data out of log lines. Immutable once built, `Send +
/// Sync`, and cheap to clone (the detectors are shared).
#[derive(Clone)]
pub struct Redactor {
    inner: Arc<Inner>,
}

struct Inner {
    keyring: Keyring,
    policy: Policy,
    default_region: Option<Id>,
    links: Option<NumberLinks>,
    detectors: Detectors,
    /// The policy's distinct replacement texts, sorted.
    replacements: Vec<Vec<u8>>,
}

impl std::fmt::Debug for Redactor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Redactor")
            .field("keyring", &self.inner.keyring)
            .field("policy", &self.inner.policy)
            .field("default_region", &self.inner.default_region)
            .finish_non_exhaustive()
    }
}

/// Builds a [`Redactor`]: a key (or keyring) is required; the region and
/// the policy have defaults.
#[derive(Debug, Default)]
pub struct RedactorBuilder {
    keyring: Option<Result<Keyring, Error>>,
    default_region: Option<String>,
    policy: Policy,
    unlinked: bool,
}

impl RedactorBuilder {
    /// Uses one key, `id` (1-8 of `[a-z0-9]`) with a secret of at least 32
    /// bytes. Errors are reported by [`build`](Self::build).
    pub fn key(mut self, id: &str, secret: impl AsRef<[u8]>) -> Self {
        self.keyring = Some(Key::new(id, secret.as_ref()).map(Keyring::single));
        self
    }

    /// Uses a whole keyring; tokens are made with its active key.
    pub fn keyring(mut self, keyring: Keyring) -> Self {
        self.keyring = Some(Ok(keyring));
        self
    }

    /// The ISO 3166 region (e.g. `"DE"`) of numbers written in national
    /// format, when the line itself gives no hint.
    pub fn default_region(mut self, region: &str) -> Self {
        self.default_region = Some(region.to_string());
        self
    }

    /// Whether a number written in national format on a line with no
    /// region takes the country the stream has shown it with before (on by
    /// default): after `+40 712 575 221`, `0712575221` gets the same token.
    /// Off, its token is always that of its digits alone (the token spec's
    /// stateless rule), whatever came before.
    pub fn link_numbers(mut self, link: bool) -> Self {
        self.unlinked = !link;
        self
    }

    /// Per-kind actions and replacement texts.
    pub fn policy(mut self, policy: Policy) -> Self {
        self.policy = policy;
        self
    }

    /// Compiles every detector once.
    pub fn build(self) -> Result<Redactor, Error> {
        let keyring = self.keyring.unwrap_or_else(|| {
            Err(Error::new(
                ErrorKind::NoKey,
                "no key given: call .key(id, secret) or .keyring(ring)",
            ))
        })?;
        let default_region = match self.default_region {
            None => None,
            Some(r) => Some(parse_region(&r)?),
        };
        let mut texts: Vec<&str> = Kind::ALL
            .iter()
            .map(|&k| self.policy.replacement(k))
            .collect();
        // Kinds may share a replacement text: look for each text once.
        texts.sort_unstable();
        texts.dedup();
        let replacements = texts.iter().map(|t| t.as_bytes().to_vec()).collect();
        Ok(Redactor {
            inner: Arc::new(Inner {
                keyring,
                policy: self.policy,
                default_region,
                links: (!self.unlinked).then(NumberLinks::new),
                detectors: Detectors::new(),
                replacements,
            }),
        })
    }
}

/// Parses an ISO 3166-1 alpha-2 region code the phone metadata knows.
pub fn parse_region(region: &str) -> Result<Id, Error> {
    let upper = region.trim().to_ascii_uppercase();
    let known = upper
        .parse::<Id>()
        .ok()
        .filter(|id| upper.len() == 2 && CallingCodes::knows_region(id.as_ref()));
    match known {
        Some(id) => Ok(id),
        None => Err(Error::new(
            ErrorKind::Region,
            format!(
                "region {region:?} is not a known ISO 3166-1 alpha-2 code (e.g. DE, FR, GB, US)"
            ),
        )),
    }
}

impl Redactor {
    /// Starts building a redactor.
    pub fn builder() -> RedactorBuilder {
        RedactorBuilder::default()
    }

    /// The keyring tokens are made with.
    pub fn keyring(&self) -> &Keyring {
        &self.inner.keyring
    }

    /// The policy in force.
    pub fn policy(&self) -> &Policy {
        &self.inner.policy
    }

    /// Redacts one line of text. `Cow::Borrowed` when it needs no change.
    pub fn redact_line<'a>(&self, line: &'a str) -> Cow<'a, str> {
        match self.redact_bytes(line.as_bytes()) {
            Cow::Borrowed(_) => Cow::Borrowed(line),
            // Findings start and end on ASCII delimiters or char boundaries
            // and replacements are ASCII, so valid UTF-8 stays valid.
            Cow::Owned(v) => Cow::Owned(
                String::from_utf8(v)
                    .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
            ),
        }
    }

    /// Redacts one line of bytes; invalid UTF-8 passes through untouched.
    /// `Cow::Borrowed` when it needs no change.
    pub fn redact_bytes<'a>(&self, line: &'a [u8]) -> Cow<'a, [u8]> {
        let mut out = Vec::new();
        match self.redact_passes(line, None, None, &mut out) {
            // The common case: no copy, no allocation.
            None => Cow::Borrowed(line),
            Some(_) => Cow::Owned(out),
        }
    }

    /// Appends the redacted line to `out` (a buffer reused across lines)
    /// and returns what was found.
    pub fn redact_into(&self, line: &[u8], out: &mut Vec<u8>) -> Findings {
        self.redact_into_from(line, None, None, out)
    }

    /// [`redact_into`](Self::redact_into) for a pipeline that redacts a
    /// stream's lines out of order (on several threads) and writes them
    /// in order: what a line's tokens owe to the lines before it (see
    /// [`RedactorBuilder::link_numbers`]) is not read from the stream's
    /// memory here but recorded in `log`, to be settled in input order by
    /// [`settle_links`](Self::settle_links). The line is
    /// `0..line.len()` in its [`PendingLine`].
    pub fn redact_deferred(&self, line: &[u8], out: &mut Vec<u8>, log: &mut LinkLog) -> Findings {
        self.redact_deferred_from(line, None, 0..line.len(), out, log)
    }

    /// Settles one line of `log` (filled by this redactor), in input
    /// order: after every line before it. `true`: its redaction stands
    /// (what it taught is now known to the stream). `false`: the stream
    /// knew one of the numbers it looked up, so it must be redacted again,
    /// with [`redact_into`](Self::redact_into), now; that gives what
    /// redacting the stream in order would have given.
    pub fn settle_links(&self, log: &LinkLog, line: &PendingLine) -> bool {
        self.inner
            .links
            .as_ref()
            .map_or(true, |links| links.settle(log, line))
    }

    /// [`redact_deferred`](Self::redact_deferred) of a line of a block
    /// (`block`: its protected spans) that is `input` in the caller's
    /// terms.
    pub(crate) fn redact_deferred_from(
        &self,
        line: &[u8],
        block: Option<(&BlockSpans, usize)>,
        input: Range<usize>,
        out: &mut Vec<u8>,
        log: &mut LinkLog,
    ) -> Findings {
        log.begin();
        let start = out.len();
        // With links off there is nothing to defer.
        let deferred = self.inner.links.as_ref().map(|t| Deferred::new(t, log));
        let found = self.redact_into_from(line, block, deferred.as_ref(), out);
        log.end(input, start..out.len(), found);
        found
    }

    /// [`redact_into`](Self::redact_into), with the first pass's protected
    /// spans taken from the line's block (`Some((spans, offset))`).
    /// `deferred`: the line's link decisions go there (see
    /// `redact_deferred`).
    pub(crate) fn redact_into_from(
        &self,
        line: &[u8],
        block: Option<(&BlockSpans, usize)>,
        deferred: Option<&Deferred>,
        out: &mut Vec<u8>,
    ) -> Findings {
        self.redact_passes(line, block, deferred, out)
            .unwrap_or_else(|| {
                out.extend_from_slice(line);
                Findings::default()
            })
    }

    /// Finds the protected spans of every line of `block` at once.
    pub(crate) fn protect_block(&self, block: &[u8], spans: &mut BlockSpans) {
        self.inner.detectors.protector.find_block(block, spans);
    }

    /// Appends the redacted line to `out`, or returns `None` (appending
    /// nothing) when nothing was found or nothing changed.
    ///
    /// A rewrite can bring detectors to a different reading of what is
    /// left (a replacement ends a word run, a token joins digits), so a
    /// line that changed is scanned again until a pass changes nothing:
    /// that makes redacting redacted output a no-op by construction. A
    /// line still changing after `MAX_PASSES` is withheld, failing closed.
    /// Only the first pass reads `block`: later ones scan rewritten text.
    fn redact_passes(
        &self,
        line: &[u8],
        block: Option<(&BlockSpans, usize)>,
        deferred: Option<&Deferred>,
        out: &mut Vec<u8>,
    ) -> Option<Findings> {
        let start = out.len();
        let mut counts = self.pass(line, block, deferred, out)?;
        if out[start..] == *line {
            // Only findings that were already in their redacted form.
            out.truncate(start);
            return None;
        }
        let mut next = Vec::new();
        for _ in 1..MAX_PASSES {
            match self.pass(&out[start..], None, deferred, &mut next) {
                // A finding may be rewritten as it already reads (a
                // URL-encoded replacement under a secret key).
                Some(more) if next != out[start..] => {
                    counts.add(&more);
                    out.truncate(start);
                    out.append(&mut next);
                }
                _ => return Some(counts),
            }
        }
        out.truncate(start);
        out.extend_from_slice(WITHHELD);
        Some(counts)
    }

    /// One scan and rewrite of `line` onto `out`; `None` when nothing was
    /// found.
    fn pass(
        &self,
        line: &[u8],
        block: Option<(&BlockSpans, usize)>,
        deferred: Option<&Deferred>,
        out: &mut Vec<u8>,
    ) -> Option<Findings> {
        self.with_findings(line, block, deferred, |findings, canons| {
            (!findings.is_empty()).then(|| self.rewrite(line, findings, canons, out))
        })
    }

    /// Scans `line` into this thread's scratch buffers and hands its
    /// findings, and the canonical values they point into, to `then`.
    fn with_findings<R>(
        &self,
        line: &[u8],
        block: Option<(&BlockSpans, usize)>,
        deferred: Option<&Deferred>,
        then: impl FnOnce(&[Finding], &[u8]) -> R,
    ) -> R {
        let inner = &*self.inner;
        let links = inner.links.as_ref().map(|rule| Links {
            rule,
            memory: match deferred {
                Some(log) => log,
                None => rule,
            },
        });
        let scanner = Scanner {
            detectors: &inner.detectors,
            policy: &inner.policy,
            default_region: inner.default_region,
            links,
            replacements: &inner.replacements,
            nested: false,
        };
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut scratch) => {
                scanner.scan(line, block, &mut scratch);
                then(&scratch.findings, &scratch.canons)
            }
            // Re-entered from the same thread (a redactor used inside a
            // writer it feeds): use a fresh scratch rather than panic.
            Err(_) => {
                let mut scratch = Scratch::default();
                scanner.scan(line, block, &mut scratch);
                then(&scratch.findings, &scratch.canons)
            }
        })
    }

    /// Copies `line` to `out` with each finding replaced: one pass, left to
    /// right. Tokens are made here, for the findings that survived the scan.
    fn rewrite(
        &self,
        line: &[u8],
        findings: &[Finding],
        canons: &[u8],
        out: &mut Vec<u8>,
    ) -> Findings {
        let mut counts = Findings::default();
        out.reserve(line.len() + findings.len() * 16);
        let mut pos = 0;
        for f in findings {
            out.extend_from_slice(&line[pos..f.start]);
            let token = match self.inner.policy.action(f.kind) {
                Action::Pseudonymize => f.token(self.inner.keyring.active(), canons),
                _ => None,
            };
            let text = match &token {
                Some(t) => t.as_bytes(),
                None => self.inner.policy.replacement(f.kind).as_bytes(),
            };
            match f.ctx {
                Ctx::Url => percent::encode_into(text, out),
                Ctx::Plain => out.extend_from_slice(text),
                Ctx::JsonBare => {
                    out.push(b'"');
                    out.extend_from_slice(text);
                    out.push(b'"');
                }
            }
            counts.counts[f.kind.index()] += 1;
            pos = f.end;
        }
        out.extend_from_slice(&line[pos..]);
        counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn redactor() -> Redactor {
        Redactor::builder().key("k1", [7u8; 32]).build().unwrap()
    }

    #[test]
    fn the_withheld_marker_is_left_as_it_is() {
        assert!(matches!(
            redactor().redact_bytes(WITHHELD),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn a_line_read_differently_after_its_rewrite_is_settled_in_one_call() {
        // The first rewrite turns `001 23101/3.1:03` into a token after
        // which `01101/32` reads as a bare JSON number.
        let r = redactor();
        let once = r.redact_bytes(b"{\x04\xae=001 23101/3.1:03 01101/32");
        assert_eq!(*r.redact_bytes(&once), *once);
    }
}
