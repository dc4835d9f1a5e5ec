//! The reader thread: big reads straight into pooled batch buffers, cut at
//! the last line end with memchr. A batch is sent when it is full or when
//! the input has nothing more ready (so a quiet log still flows at once).

use std::fs::File;
use std::io::{self, Read};
use std::os::fd::{AsFd, BorrowedFd};
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::mpsc::{Receiver, Sender};

use memchr::memrchr;
use rustix::event::{poll, PollFd, PollFlags, Timespec};

use super::{window, Batch, Options, Shared};
use crate::exit::Failure;

/// Bytes asked of one read.
const READ_SIZE: usize = 256 << 10;
/// A batch is sent once it holds this much.
const BATCH_SIZE: usize = 256 << 10;
/// How often a reader waiting for input looks for a stop signal.
const STOP_CHECK: Timespec = Timespec {
    tv_sec: 0,
    tv_nsec: 100_000_000,
};
const NO_WAIT: Timespec = Timespec {
    tv_sec: 0,
    tv_nsec: 0,
};
/// Most bytes read after a stop signal: a producer that keeps writing
/// must not keep the process alive.
const DRAIN_LIMIT: usize = 64 << 20;

pub(super) fn run(
    shared: &Shared,
    files: &[PathBuf],
    opts: &Options,
    pool: Receiver<Batch>,
    work: Sender<Batch>,
    done: Sender<Batch>,
) -> Result<(), Failure> {
    let mut reader = Reader {
        shared,
        opts,
        pool,
        work,
        done,
        seq: 0,
        batch: Batch::default(),
        complete: 0,
    };
    let stdin_only = files.iter().all(|f| f.as_os_str() == "-");
    if stdin_only {
        return reader.read_stdin();
    }
    for path in files {
        if path.as_os_str() == "-" {
            reader.read_stdin()?;
        } else {
            reader.read_file(path)?;
        }
        if shared.stop.load(Ordering::Relaxed) {
            break;
        }
    }
    Ok(())
}

struct Reader<'a> {
    shared: &'a Shared,
    opts: &'a Options,
    pool: Receiver<Batch>,
    work: Sender<Batch>,
    done: Sender<Batch>,
    seq: u64,
    /// The batch being filled: whole lines, then maybe part of one.
    batch: Batch,
    /// Where the whole lines of `batch.input` end.
    complete: usize,
}

impl Reader<'_> {
    fn read_stdin(&mut self) -> Result<(), Failure> {
        let stdin = io::stdin();
        let fd = stdin.as_fd();
        self.read_from(&mut stdin.lock(), Some(fd))
    }

    fn read_file(&mut self, path: &Path) -> Result<(), Failure> {
        let mut file = File::open(path)
            .map_err(|e| Failure::io(format!("cannot open {}: {e}", path.display())))?;
        // A regular file always has data or EOF ready: no need to poll.
        self.read_from(&mut file, None)
    }

    /// Reads `input` to its end (or to a stop signal), then sends
    /// everything, a final line without LF included, as it is. `fd` is
    /// polled when reading could block, so a stop is seen while waiting.
    fn read_from(&mut self, input: &mut dyn Read, fd: Option<BorrowedFd>) -> Result<(), Failure> {
        let mut drained = 0;
        loop {
            let pending = self.complete > 0;
            if self.shared.stop.load(Ordering::Relaxed) {
                // Lines written before the signal may still sit in the
                // pipe: take what is there now (bounded), then stop.
                match fd {
                    Some(fd) if drained < DRAIN_LIMIT && ready(fd, &NO_WAIT) => {}
                    _ => break,
                }
            } else if let Some(fd) = fd {
                if !ready(fd, if pending { &NO_WAIT } else { &STOP_CHECK }) {
                    if pending {
                        self.send_complete()?;
                    }
                    continue;
                }
            }
            let len = self.batch.input.len();
            self.batch.input.resize(len + READ_SIZE, 0);
            let read = input.read(&mut self.batch.input[len..]);
            let n = *read.as_ref().unwrap_or(&0);
            self.batch.input.truncate(len + n);
            if self.shared.stop.load(Ordering::Relaxed) {
                drained += n;
            }
            match read {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    // Lines already read are still written before failing.
                    self.send_all()?;
                    return Err(Failure::io(format!("cannot read input: {e}")));
                }
            }
            if let Some(i) = memrchr(b'\n', &self.batch.input[len..]) {
                self.complete = len + i + 1;
            }
            let partial = self.batch.input.len() - self.complete;
            if self.complete > 0
                && (self.batch.input.len() >= BATCH_SIZE || partial >= self.opts.max_line_bytes)
            {
                self.send_complete()?;
            }
            while self.complete == 0 && self.batch.input.len() >= self.opts.max_line_bytes {
                self.send_window()?;
            }
        }
        self.send_all()
    }

    /// Sends the whole lines and starts the next batch with the rest.
    fn send_complete(&mut self) -> Result<(), Failure> {
        let mut next = self.take_batch()?;
        next.input
            .extend_from_slice(&self.batch.input[self.complete..]);
        self.batch.input.truncate(self.complete);
        let full = std::mem::replace(&mut self.batch, next);
        self.complete = 0;
        self.send(full)
    }

    /// Sends everything held, a line without LF included.
    fn send_all(&mut self) -> Result<(), Failure> {
        if self.batch.input.is_empty() {
            return Ok(());
        }
        self.complete = self.batch.input.len();
        self.send_complete()
    }

    /// Redacts the head of an over-long line here, in order, and sends the
    /// result straight to the writer; the rest stays for the next window.
    fn send_window(&mut self) -> Result<(), Failure> {
        let mut out = self.take_batch()?;
        let redactor = self.shared.redactor();
        let (cut, found) = window::redact_head(
            &redactor,
            &self.batch.input,
            &mut out.output,
            &mut out.links,
        );
        match found {
            // Counted by the writer, once settled.
            Some(_) if !out.links.lines().is_empty() => {}
            Some(f) => out.counts.findings = f,
            None => out.counts.failed = 1,
        }
        // The writer may redact the head again (see `writer::settle`).
        out.input.extend_from_slice(&self.batch.input[..cut]);
        out.redactor = Some(redactor);
        out.window = true;
        self.batch.input.drain(..cut);
        out.seq = self.next_seq();
        self.done.send(out).map_err(|_| output_gone())
    }

    fn send(&mut self, mut batch: Batch) -> Result<(), Failure> {
        batch.seq = self.next_seq();
        self.work.send(batch).map_err(|_| output_gone())
    }

    fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq - 1
    }

    /// A free buffer; waits while every buffer is in flight (backpressure).
    fn take_batch(&mut self) -> Result<Batch, Failure> {
        self.pool.recv().map_err(|_| output_gone())
    }
}

/// Whether `fd` has data (or EOF, or an error `read` will report) now, or
/// within `timeout`.
fn ready(fd: BorrowedFd, timeout: &Timespec) -> bool {
    let mut fds = [PollFd::from_borrowed_fd(fd, PollFlags::IN)];
    // EINTR and other poll errors count as ready: `read` tells the truth.
    !matches!(poll(&mut fds, Some(timeout)), Ok(0))
}

/// The writer stopped first; it reports why (closed or failed output).
fn output_gone() -> Failure {
    Failure::io("output stopped")
}
