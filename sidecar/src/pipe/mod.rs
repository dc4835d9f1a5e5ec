//! The filter pipeline: a reader thread cuts the input into batches of
//! whole lines, worker threads redact batches, a writer thread writes them
//! in input order, one write per batch.
//!
//! Memory is bounded: a fixed pool of batch buffers circulates reader ->
//! workers -> writer -> reader, so at most `pool` batches are in flight and
//! a slow output stops the reader (backpressure) instead of growing a queue.

mod reader;
mod window;
mod worker;
mod writer;

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::mpsc;
use std::sync::{Arc, Mutex, RwLock};
use std::thread;

use scrubline_core::{LinkLog, Redactor};

use crate::exit::Failure;
use crate::stats::{BatchCounts, Stats};
#[cfg(feature = "kafka")]
pub(crate) use worker::redact_lines;

/// Written in place of a line the engine could not scan (fail closed).
pub use scrubline_core::WITHHELD;

/// What the pipeline threads share with the rest of the process.
pub struct Shared {
    /// Swapped by a SIGHUP reload; each batch uses the redactor current
    /// when its work starts.
    pub redactor: RwLock<Redactor>,
    /// Set by SIGTERM/SIGINT: stop reading, write what was read, exit.
    pub stop: AtomicBool,
    pub stats: Stats,
}

impl Shared {
    pub fn new(redactor: Redactor) -> Shared {
        Shared {
            redactor: RwLock::new(redactor),
            stop: AtomicBool::new(false),
            stats: Stats::default(),
        }
    }

    pub fn redactor(&self) -> Redactor {
        // A poisoned lock still holds a complete redactor: swaps are one store.
        self.redactor
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }
}

/// Tuning of one run.
#[derive(Clone, Debug)]
pub struct Options {
    pub threads: usize,
    pub max_line_bytes: usize,
}

/// A unit of work: whole lines in, redacted lines out.
#[derive(Default)]
struct Batch {
    seq: u64,
    input: Vec<u8>,
    output: Vec<u8>,
    counts: BatchCounts,
    /// The link decisions the writer settles (see `writer::settle`)...
    links: LinkLog,
    /// ...with the redactor that scanned the batch.
    redactor: Option<Redactor>,
    /// The head of an over-long line (`window`), whose findings count
    /// but which counts as no line: its last part does.
    window: bool,
}

/// How the pipeline ended, when it did not fail.
#[derive(Debug, PartialEq, Eq)]
pub enum End {
    /// Every input was read and written (or a stop signal drained it).
    Done,
    /// The reader of our output went away: a clean end for a filter.
    OutputClosed,
}

/// Filters `files` (stdin when empty or `-`) to stdout.
pub fn run(shared: &Arc<Shared>, files: &[PathBuf], opts: &Options) -> Result<End, Failure> {
    let threads = opts.threads.max(1);
    let pool_size = threads * 2 + 2;
    let (pool_tx, pool_rx) = mpsc::sync_channel::<Batch>(pool_size);
    for _ in 0..pool_size {
        pool_tx
            .send(Batch::default())
            .expect("the pool has room for every batch");
    }
    let (work_tx, work_rx) = mpsc::channel::<Batch>();
    let (done_tx, done_rx) = mpsc::channel::<Batch>();
    // Workers take turns on one queue; batches are big, so the lock is cold.
    let work_rx = Arc::new(Mutex::new(work_rx));

    for i in 0..threads {
        let (work_rx, done_tx, shared) =
            (Arc::clone(&work_rx), done_tx.clone(), Arc::clone(shared));
        thread::Builder::new()
            .name(format!("scrubline-worker-{i}"))
            .spawn(move || worker::run(&shared, &work_rx, &done_tx))
            .map_err(spawn_failure)?;
    }
    let writer = {
        let shared = Arc::clone(shared);
        thread::Builder::new()
            .name("scrubline-writer".into())
            .spawn(move || writer::run(&shared, done_rx, pool_tx))
            .map_err(spawn_failure)?
    };
    let reader = {
        let (shared, files, opts) = (Arc::clone(shared), files.to_vec(), opts.clone());
        thread::Builder::new()
            .name("scrubline-reader".into())
            .spawn(move || reader::run(&shared, &files, &opts, pool_rx, work_tx, done_tx))
            .map_err(spawn_failure)?
    };

    let written = writer
        .join()
        .unwrap_or_else(|_| Err(Failure::io("the output thread failed")))?;
    if written == End::OutputClosed {
        // The reader may be blocked on input nobody will see: leave it.
        return Ok(End::OutputClosed);
    }
    reader
        .join()
        .unwrap_or_else(|_| Err(Failure::io("the input thread failed")))?;
    Ok(End::Done)
}

fn spawn_failure(e: std::io::Error) -> Failure {
    Failure::io(format!("cannot start a thread: {e}"))
}

/// The redactor the sidecar's unit tests share: the spec's test key, region DE.
#[cfg(test)]
pub(crate) fn test_redactor() -> scrubline_core::Redactor {
    test_redactor_builder()
        .default_region("DE")
        .build()
        .unwrap()
}

/// The spec's test key and nothing else set (no default region, so
/// national forms are linked), for tests that need another setting.
#[cfg(test)]
pub(crate) fn test_redactor_builder() -> scrubline_core::RedactorBuilder {
    scrubline_core::Redactor::builder().key("k1", b"scrubline-test-key-0123456789abcdef")
}
