//! The writer thread: puts batches back in input order, settles their
//! link decisions in that order, and writes each with one write and a
//! flush, so a shipper sees lines as soon as a batch is done.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::sync::mpsc::{Receiver, SyncSender};

use scrubline_core::Findings;

use super::worker::redact_one;
use super::{Batch, End, Shared};
use crate::exit::Failure;

/// Batches bigger than this give their memory back after a giant line.
const KEEP_CAPACITY: usize = 4 << 20;

pub(super) fn run(
    shared: &Shared,
    done: Receiver<Batch>,
    pool: SyncSender<Batch>,
) -> Result<End, Failure> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    // At most the pool's size: the reader cannot run further ahead.
    let mut waiting = BTreeMap::new();
    let mut next = 0u64;
    let mut spare = Vec::new();
    for batch in done {
        waiting.insert(batch.seq, batch);
        while let Some(mut batch) = waiting.remove(&next) {
            settle(&mut batch, &mut spare);
            match out.write_all(&batch.output).and_then(|()| out.flush()) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(End::OutputClosed),
                Err(e) => return Err(Failure::io(format!("cannot write output: {e}"))),
            }
            shared.stats.add_out(&batch.counts);
            next += 1;
            recycle(&mut batch);
            // The reader is gone once the input ended: a full pool is fine.
            let _ = pool.try_send(batch);
        }
    }
    Ok(End::Done)
}

/// Settles the batch's link decisions, after every earlier batch's (see
/// `scrubline_core::LinkLog`): the memory of numbers is taught here only,
/// in input order, so tokens do not depend on which worker got to a batch
/// first. A line that read the memory otherwise than it reads now is
/// redacted again here, as one thread would have, in place of the
/// worker's. Each settled line's counts are added here.
fn settle(batch: &mut Batch, spare: &mut Vec<u8>) {
    let Some(redactor) = batch.redactor.take() else {
        return;
    };
    spare.clear();
    let (counts, window) = (&mut batch.counts, batch.window);
    let mut count = |found: Option<Findings>| match found {
        Some(found) if window => counts.findings.add(&found),
        Some(found) => counts.add_line(&found),
        None => counts.failed += 1,
    };
    let mut copied = None;
    for line in batch.links.lines() {
        if redactor.settle_links(&batch.links, line) {
            count(Some(line.found));
            continue;
        }
        let from = copied.unwrap_or(0);
        spare.extend_from_slice(&batch.output[from..line.output.start]);
        count(redact_one(
            &redactor,
            &batch.input[line.input.clone()],
            spare,
            None,
        ));
        copied = Some(line.output.end);
    }
    if let Some(from) = copied {
        spare.extend_from_slice(&batch.output[from..]);
        std::mem::swap(&mut batch.output, spare);
    }
}

fn recycle(batch: &mut Batch) {
    for buf in [&mut batch.input, &mut batch.output] {
        buf.clear();
        if buf.capacity() > KEEP_CAPACITY {
            buf.shrink_to(KEEP_CAPACITY);
        }
    }
    batch.counts = Default::default();
    batch.links.clear();
    batch.redactor = None;
    batch.window = false;
}

#[cfg(test)]
mod tests {
    use scrubline_core::Redactor;

    use super::*;
    use crate::pipe::worker::{redact_batch, redact_lines};

    /// No default region, so national forms are linked.
    fn redactor() -> Redactor {
        crate::pipe::test_redactor_builder().build().unwrap()
    }

    /// A batch as a worker hands it over: links not settled yet.
    fn scanned(redactor: &Redactor, input: &[u8]) -> Batch {
        let mut batch = Batch {
            input: input.to_vec(),
            ..Batch::default()
        };
        batch.counts = redact_batch(
            redactor,
            &batch.input,
            &mut batch.output,
            Some(&mut batch.links),
        );
        batch.redactor = Some(redactor.clone());
        batch
    }

    #[test]
    fn a_batch_scanned_before_the_one_that_shows_its_number_is_redone_in_order() {
        let first: &[u8] = b"plain\ncallback +40 712 575 221\n";
        let second: &[u8] =
            b"ani=0712575221 for Kunde Gertrude F\xc3\xb6rster\nplain\nani=0712575221\n";
        // A worker scans the second batch before the first is settled.
        let r = redactor();
        let mut later = scanned(&r, second);
        let mut earlier = scanned(&r, first);
        let mut spare = Vec::new();
        settle(&mut earlier, &mut spare);
        settle(&mut later, &mut spare);
        // As one thread redacting the stream in order, counts included.
        let in_order = redactor();
        for (batch, input) in [(&earlier, first), (&later, second)] {
            let mut want = Vec::new();
            let counts = redact_lines(&in_order, input, &mut want);
            assert_eq!(batch.output, want);
            let (got, want) = (batch.counts, counts);
            assert_eq!(
                (got.lines, got.changed, got.failed, got.findings),
                (want.lines, want.changed, want.failed, want.findings)
            );
        }
        let linked = b"tel_k1_";
        assert_eq!(later.output.windows(7).filter(|w| w == linked).count(), 2);
        assert_eq!(
            (later.counts.changed, later.counts.findings.total()),
            (2, 3)
        );
    }
}
