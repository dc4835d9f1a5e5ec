//! Text inside a query value: free text (`Body=bonjour+Andrea+…+au+%2B32…`,
//! `comment=…`): an SMS webhook, a survey answer or a search is text a
//! person typed, under keys no list can name; or an encoded URL or form
//! (`redirect_uri=…%3Fname%3D…`), whose pairs the line's own scan cannot
//! see. Decoded, it is scanned as a line of its own, and what is found
//! there is redacted in place in the encoded value.

use super::{Scanner, Scratch};
use crate::finding::Ctx;
use crate::percent;

impl Scanner<'_> {
    /// Scans the query value `line[v0..v1]`, decoded in `s.decoded`, as
    /// text and adds its findings,
    /// mapped back onto the encoded value: free text (spaces once decoded),
    /// or an encoded URL or form that holds pairs of its own
    /// (`redirect_uri=https%3A%2F%2F…%3Fname%3DLibor%2BV%25C3%25A1vra`).
    /// A decoded value is scanned once more at most: a value inside it is
    /// not decoded again.
    pub(super) fn scan_query_text(&self, line: &[u8], (v0, v1): (usize, usize), s: &mut Scratch) {
        // Decided on the decoded value the caller left in `s.decoded`: most
        // values are neither, and those cost no allocation.
        let pairs = s.decoded.contains(&b'=');
        let encoded = s.decoded.len() < v1 - v0;
        // Text with spaces, or any encoded text (`query=phone%3A0835835444`).
        let free_text = !pairs && (encoded || s.decoded.contains(&b' '));
        let encoded_pairs = pairs && encoded;
        if self.nested || !(free_text || encoded_pairs) {
            return;
        }
        let (mut text, mut from) = (Vec::new(), Vec::new());
        percent::decode_query_mapped(&line[v0..v1], &mut text, &mut from);
        let mut inner = Scratch::default();
        Scanner {
            nested: true,
            ..*self
        }
        .scan(&text, None, &mut inner);
        let base = s.canons.len();
        s.canons.extend_from_slice(&inner.canons);
        s.findings
            .extend(inner.findings.into_iter().map(|f| crate::finding::Finding {
                start: v0 + from[f.start],
                end: v0 + from[f.end],
                ctx: Ctx::Url,
                canon: f.canon.map(|c| c.moved_by(base)),
                ..f
            }));
    }
}
