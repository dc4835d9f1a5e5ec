//! `BlockRedactor`: the lines of a block (a batch of a log stream)
//! redacted one by one, with the protected spans of all of them found
//! first, in one pass of each automaton over the whole block, while its
//! tables are in cache. The output is `redact_into`'s, line for line (see
//! `Protector::find_block`).

use std::ops::Range;

use crate::links::LinkLog;
use crate::protect::BlockSpans;
use crate::redactor::{Findings, Redactor};

/// Redacts the lines of one block. Made by [`Redactor::block`].
pub struct BlockRedactor<'a> {
    redactor: &'a Redactor,
    block: &'a [u8],
    spans: BlockSpans,
}

impl Redactor {
    /// Prepares to redact the lines of `block` (each ending in `\n`, the
    /// last one maybe not) with [`BlockRedactor::redact_into`].
    pub fn block<'a>(&'a self, block: &'a [u8]) -> BlockRedactor<'a> {
        let mut spans = BlockSpans::default();
        self.protect_block(block, &mut spans);
        BlockRedactor {
            redactor: self,
            block,
            spans,
        }
    }
}

impl BlockRedactor<'_> {
    /// Does what [`Redactor::redact_into`] does with `&block[line]`, the
    /// body of one of the block's lines (without its `\n` or `\r\n`);
    /// any other range is redacted on its own, as `redact_into` would.
    pub fn redact_into(&self, line: Range<usize>, out: &mut Vec<u8>) -> Findings {
        let spans = self.spans_of(&line);
        self.redactor
            .redact_into_from(&self.block[line], spans, None, out)
    }

    /// Does what [`Redactor::redact_deferred`] does with `&block[line]`;
    /// `line` is the range of its [`PendingLine`](crate::PendingLine).
    pub fn redact_deferred(
        &self,
        line: Range<usize>,
        out: &mut Vec<u8>,
        log: &mut LinkLog,
    ) -> Findings {
        let spans = self.spans_of(&line);
        let body = &self.block[line.clone()];
        self.redactor
            .redact_deferred_from(body, spans, line, out, log)
    }

    /// The block's protected spans, if `line` is one of its lines.
    fn spans_of(&self, line: &Range<usize>) -> Option<(&BlockSpans, usize)> {
        let after = &self.block[line.end..];
        let whole_line = (line.start == 0 || self.block[line.start - 1] == b'\n')
            && (after.is_empty() || after.starts_with(b"\n") || after.starts_with(b"\r\n"));
        whole_line.then_some((&self.spans, line.start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_block_redacts_each_line_as_redact_into_does() {
        let r = Redactor::builder().key("k1", [7u8; 32]).build().unwrap();
        let block: &[u8] = b"from 10.1.2.3:5060 call +49 151 23421279\r\n\
            2026-03-15T15:40:05Z v1.2.3 sum=67f4826ccb85 ip=fe80::1 Maria Schmidt\n\
            \n\
            phone=0151 23421279 at 24.12.2025 10:20:18";
        let mut lines = Vec::new();
        let mut at = 0;
        for l in block.split(|&b| b == b'\n') {
            let body = l.strip_suffix(b"\r").unwrap_or(l);
            lines.push(at..at + body.len());
            at += l.len() + 1;
        }
        let b = r.block(block);
        for line in lines {
            let (mut ours, mut theirs) = (Vec::new(), Vec::new());
            let found = b.redact_into(line.clone(), &mut ours);
            assert_eq!(found, r.redact_into(&block[line], &mut theirs));
            assert_eq!(ours, theirs);
        }
    }
}
