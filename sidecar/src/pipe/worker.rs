//! A worker thread: redacts whole batches, line by line, failing closed.

use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{Receiver, Sender};
use std::sync::Mutex;

use memchr::memchr;
use scrubline_core::{Findings, LinkLog, Redactor};

use super::{Batch, Shared, WITHHELD};
use crate::stats::BatchCounts;

pub(super) fn run(shared: &Shared, work: &Mutex<Receiver<Batch>>, done: &Sender<Batch>) {
    loop {
        // Hold the lock only to take a batch, never while redacting.
        let next = work.lock().unwrap_or_else(|e| e.into_inner()).recv();
        let Ok(mut batch) = next else { return };
        let redactor = shared.redactor();
        // The writer settles the batch's links in input order, with the
        // redactor (and so the memory of numbers) that scanned it.
        batch.counts = redact_batch(
            &redactor,
            &batch.input,
            &mut batch.output,
            Some(&mut batch.links),
        );
        batch.redactor = Some(redactor);
        shared.stats.add_in(batch.counts.lines);
        if done.send(batch).is_err() {
            // The writer is gone (output closed or failed): nothing to do.
            return;
        }
    }
}

/// Redacts every line of `input` into `output`, keeping each line's end
/// (`\n`, `\r\n`, or none for a final line) as it was. The batch is one
/// block for the engine (`Redactor::block`). Its lines are redacted in
/// order on this thread, so they link numbers at once.
#[cfg(any(feature = "kafka", test))]
pub(crate) fn redact_lines(redactor: &Redactor, input: &[u8], output: &mut Vec<u8>) -> BatchCounts {
    redact_batch(redactor, input, output, None)
}

/// `redact_lines`; with `links`, the batch is one of several redacted at
/// once, so its link decisions are left in `links` for the writer (see
/// `writer::settle`), and so are the counts of the lines they concern.
pub(super) fn redact_batch(
    redactor: &Redactor,
    input: &[u8],
    output: &mut Vec<u8>,
    mut links: Option<&mut LinkLog>,
) -> BatchCounts {
    if let Some(log) = links.as_deref_mut() {
        log.clear();
    }
    let pending = |links: &Option<&mut LinkLog>| links.as_ref().map_or(0, |l| l.lines().len());
    let mut counts = BatchCounts::default();
    output.clear();
    output.reserve(input.len() + input.len() / 8);
    let block = redactor.block(input);
    let mut rest = input;
    while !rest.is_empty() {
        let end = memchr(b'\n', rest).map_or(rest.len(), |i| i + 1);
        let (line, next) = rest.split_at(end);
        let (body, terminator) = split_line_end(line);
        let at = input.len() - rest.len();
        let before = pending(&links);
        let line = at..at + body.len();
        let found = fail_closed(output, |out| match links.as_deref_mut() {
            Some(log) => block.redact_deferred(line, out, log),
            None => block.redact_into(line, out),
        });
        match found {
            // Counted by the writer, once settled.
            Some(_) if pending(&links) > before => {}
            Some(found) => counts.add_line(&found),
            None => counts.failed += 1,
        }
        output.extend_from_slice(terminator);
        counts.lines += 1;
        rest = next;
    }
    counts
}

/// Redacts one line body; `None` when the engine failed on it, in which
/// case the marker stands in its place and nothing of the line is kept.
/// With `links`, as `Redactor::redact_deferred` does.
pub(super) fn redact_one(
    redactor: &Redactor,
    body: &[u8],
    output: &mut Vec<u8>,
    links: Option<&mut LinkLog>,
) -> Option<Findings> {
    fail_closed(output, |out| match links {
        Some(log) => redactor.redact_deferred(body, out, log),
        None => redactor.redact_into(body, out),
    })
}

/// Runs `redact`, which appends to `output`; if it panics, whatever it
/// appended is dropped and the marker written instead.
fn fail_closed(
    output: &mut Vec<u8>,
    redact: impl FnOnce(&mut Vec<u8>) -> Findings,
) -> Option<Findings> {
    let start = output.len();
    // The engine promises not to panic; if it ever does, this line is
    // withheld and the process goes on. The redactor holds no state a
    // panic could leave half-changed (its scratch is reset per line).
    match panic::catch_unwind(AssertUnwindSafe(|| redact(output))) {
        Ok(found) => Some(found),
        Err(_) => {
            output.truncate(start);
            output.extend_from_slice(WITHHELD);
            None
        }
    }
}

/// Splits a line into its body and its terminator (`\n`, `\r\n` or none).
fn split_line_end(line: &[u8]) -> (&[u8], &[u8]) {
    let cut = if line.ends_with(b"\r\n") {
        line.len() - 2
    } else if line.ends_with(b"\n") {
        line.len() - 1
    } else {
        line.len()
    };
    line.split_at(cut)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipe::test_redactor as redactor;

    #[test]
    fn line_ends_are_kept_and_lines_counted() {
        let mut out = Vec::new();
        let c = redact_lines(&redactor(), b"a\r\nb\n\nno end", &mut out);
        assert_eq!(out, b"a\r\nb\n\nno end");
        assert_eq!((c.lines, c.changed, c.failed), (4, 0, 0));
    }

    #[test]
    fn a_panic_withholds_the_line_and_keeps_what_came_before() {
        let mut out = b"earlier line\n".to_vec();
        let found = fail_closed(&mut out, |out| {
            out.extend_from_slice(b"half of a raw +49 151");
            panic!("engine bug");
        });
        assert!(found.is_none());
        assert_eq!(out, [&b"earlier line\n"[..], WITHHELD].concat());
    }

    #[test]
    fn findings_are_counted_per_line() {
        let mut out = Vec::new();
        let c = redact_lines(&redactor(), b"call +49 151 23421279\r\nplain\n", &mut out);
        assert_eq!(out, b"call tel_k1_df4a9327598a9122\r\nplain\n");
        assert_eq!((c.lines, c.changed), (2, 1));
        assert_eq!(c.findings.total(), 1);
    }
}
