//! Record counts of the stage, reported beside the pipe's line counts:
//! records in, out, withheld, consumer lag and records/s. Counts only.

use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use crate::pipe::Shared;
use crate::stats::{write_atomically, Target};

pub struct Counters {
    records_in: AtomicU64,
    records_out: AtomicU64,
    records_withheld: AtomicU64,
    lag: AtomicU64,
    /// When the last rate was taken and the records out then.
    last: Mutex<(Instant, u64)>,
}

impl Default for Counters {
    fn default() -> Counters {
        Counters {
            records_in: AtomicU64::new(0),
            records_out: AtomicU64::new(0),
            records_withheld: AtomicU64::new(0),
            lag: AtomicU64::new(0),
            last: Mutex::new((Instant::now(), 0)),
        }
    }
}

impl Counters {
    /// A round acknowledged: `read` records consumed, `out` produced to the
    /// output, `withheld` to the dead-letter topic.
    pub fn add_round(&self, read: u64, out: u64, withheld: u64) {
        self.records_in.fetch_add(read, Ordering::Relaxed);
        self.records_out.fetch_add(out, Ordering::Relaxed);
        self.records_withheld.fetch_add(withheld, Ordering::Relaxed);
    }

    pub fn set_lag(&self, lag: u64) {
        self.lag.store(lag, Ordering::Relaxed);
    }

    /// Name, help and value of each metric; the rate is over the time since
    /// the previous call.
    fn metrics(&self) -> [(&'static str, &'static str, &'static str, u64); 5] {
        let get = |a: &AtomicU64| a.load(Ordering::Relaxed);
        let out = get(&self.records_out);
        let rate = {
            let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
            let secs = last.0.elapsed().as_secs_f64();
            let rate = if secs > 0.0 {
                (out - last.1) as f64 / secs
            } else {
                0.0
            };
            *last = (Instant::now(), out);
            rate as u64
        };
        [
            (
                "records_in_total",
                "counter",
                "Records consumed and acknowledged downstream.",
                get(&self.records_in),
            ),
            (
                "records_out_total",
                "counter",
                "Records produced to the output topic.",
                out,
            ),
            (
                "records_withheld_total",
                "counter",
                "Records the engine could not scan, sent to the dead-letter topic as a marker.",
                get(&self.records_withheld),
            ),
            (
                "consumer_lag",
                "gauge",
                "Records behind the partitions' ends, at the last librdkafka statistics.",
                get(&self.lag),
            ),
            (
                "records_per_second",
                "gauge",
                "Records out per second since the previous report.",
                rate,
            ),
        ]
    }

    /// The pipe's report with the stage's counts appended.
    pub fn report(&self, shared: &Shared, target: &Target) {
        match target {
            Target::Off => {}
            Target::Stderr => {
                let mut line = shared.stats.render_line();
                for (name, _, _, value) in self.metrics() {
                    let name = name.trim_end_matches("_total");
                    let _ = write!(line, " {name}={value}");
                }
                eprintln!("{line}");
            }
            Target::File(path) => {
                let mut text = shared.stats.render_prometheus();
                for (name, kind, help, value) in self.metrics() {
                    let _ = writeln!(text, "# HELP scrubline_kafka_{name} {help}");
                    let _ = writeln!(text, "# TYPE scrubline_kafka_{name} {kind}");
                    let _ = writeln!(text, "scrubline_kafka_{name} {value}");
                }
                if let Err(e) = write_atomically(path, text.as_bytes()) {
                    eprintln!("scrubline: cannot write stats file {}: {e}", path.display());
                }
            }
        }
    }
}

/// Reports every `interval` for the life of the process (the stage makes
/// one more report when it ends).
pub fn spawn_reporter(
    shared: &Arc<Shared>,
    counters: &Arc<Counters>,
    target: Target,
    interval: Duration,
) {
    if target == Target::Off {
        return;
    }
    let (shared, counters) = (Arc::clone(shared), Arc::clone(counters));
    let spawned = thread::Builder::new()
        .name("scrubline-stats".into())
        .spawn(move || loop {
            thread::sleep(interval);
            counters.report(&shared, &target);
        });
    if let Err(e) = spawned {
        eprintln!("scrubline: cannot start the stats thread, periodic stats are off: {e}");
    }
}
