//! The writer thread: puts batches back in input order and writes each
//! with one write and a flush, so a shipper sees lines as soon as a batch
//! is done.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::sync::mpsc::{Receiver, SyncSender};

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
    for batch in done {
        waiting.insert(batch.seq, batch);
        while let Some(mut batch) = waiting.remove(&next) {
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

fn recycle(batch: &mut Batch) {
    for buf in [&mut batch.input, &mut batch.output] {
        buf.clear();
        if buf.capacity() > KEEP_CAPACITY {
            buf.shrink_to(KEEP_CAPACITY);
        }
    }
    batch.counts = Default::default();
}
