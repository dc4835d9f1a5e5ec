//! Free text inside a query value (`Body=bonjour+Andrea+…+rappeler+au+%2B32…`,
//! `comment=…`, `msg=…`): an SMS webhook, a survey answer or a search is
//! text a person typed, under keys no list can name. Decoded, it is
//! scanned as a line of its own, and what is found there is redacted in
//! place in the encoded value.

use super::{Scanner, Scratch};
use crate::finding::Ctx;
use crate::percent;

impl Scanner<'_> {
    /// Scans the query value `line[v0..v1]` as text and adds its findings,
    /// mapped back onto the encoded value. Values that hold pairs of their
    /// own (`=` once decoded) are left to the field scan, so the text
    /// scanned here holds no query and this never recurses.
    pub(super) fn scan_query_text(&self, line: &[u8], (v0, v1): (usize, usize), s: &mut Scratch) {
        let (mut text, mut from) = (Vec::new(), Vec::new());
        percent::decode_query_mapped(&line[v0..v1], &mut text, &mut from);
        if !text.contains(&b' ') || text.contains(&b'=') {
            return;
        }
        let mut inner = Scratch::default();
        self.scan(&text, &mut inner);
        s.findings
            .extend(inner.findings.into_iter().map(|f| crate::finding::Finding {
                start: v0 + from[f.start],
                end: v0 + from[f.end],
                ctx: Ctx::Url,
                ..f
            }));
    }
}
