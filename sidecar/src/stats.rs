//! Counters of what the filter did: lines and findings per kind, never
//! values. Updated by the pipeline threads, reported on stderr or as a
//! Prometheus text file.

use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

use scrubline_core::{Findings, Kind};

use crate::pipe::Shared;

/// Where stats go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Off,
    Stderr,
    /// A Prometheus text file, replaced atomically at each report.
    File(PathBuf),
}

impl Target {
    /// Parses `off`, `stderr` or a file path.
    pub fn parse(text: &str) -> Target {
        match text {
            "off" => Target::Off,
            "stderr" => Target::Stderr,
            path => Target::File(PathBuf::from(path)),
        }
    }

    /// A value a user means as on/off, not as a file name.
    pub fn looks_like_a_switch(text: &str) -> bool {
        const SWITCHES: &[&str] = &["on", "true", "yes", "1", "false", "no", "0", "none"];
        SWITCHES.iter().any(|s| s.eq_ignore_ascii_case(text))
    }
}

/// Counts of one batch, added to the totals once it is written.
#[derive(Clone, Copy, Debug, Default)]
pub struct BatchCounts {
    pub lines: u64,
    pub changed: u64,
    pub failed: u64,
    pub findings: Findings,
}

impl BatchCounts {
    /// One line redacted, with what was found in it.
    pub fn add_line(&mut self, found: &Findings) {
        self.changed += u64::from(found.total() > 0);
        self.findings.add(found);
    }
}

/// Totals since start; shared by every thread.
#[derive(Debug, Default)]
pub struct Stats {
    lines_in: AtomicU64,
    lines_out: AtomicU64,
    lines_changed: AtomicU64,
    lines_failed: AtomicU64,
    findings: [AtomicU64; Kind::ALL.len()],
}

impl Stats {
    /// Lines handed to the engine.
    pub fn add_in(&self, lines: u64) {
        self.lines_in.fetch_add(lines, Ordering::Relaxed);
    }

    /// A batch written to the output.
    pub fn add_out(&self, c: &BatchCounts) {
        self.lines_out.fetch_add(c.lines, Ordering::Relaxed);
        self.lines_changed.fetch_add(c.changed, Ordering::Relaxed);
        self.lines_failed.fetch_add(c.failed, Ordering::Relaxed);
        for (i, kind) in Kind::ALL.into_iter().enumerate() {
            self.findings[i].fetch_add(u64::from(c.findings.count(kind)), Ordering::Relaxed);
        }
    }

    fn lines(&self) -> [(&'static str, &'static str, u64); 4] {
        let get = |a: &AtomicU64| a.load(Ordering::Relaxed);
        [
            ("lines_in", "Lines read.", get(&self.lines_in)),
            ("lines_out", "Lines written.", get(&self.lines_out)),
            (
                "lines_changed",
                "Lines written with at least one finding replaced.",
                get(&self.lines_changed),
            ),
            (
                "lines_failed",
                "Lines the engine could not scan, replaced by a marker.",
                get(&self.lines_failed),
            ),
        ]
    }

    fn kinds(&self) -> impl Iterator<Item = (&'static str, u64)> + '_ {
        Kind::ALL
            .into_iter()
            .zip(&self.findings)
            .map(|(k, a)| (k.as_str(), a.load(Ordering::Relaxed)))
    }

    /// One line for stderr: `scrubline: stats lines_in=… phone=…`.
    pub fn render_line(&self) -> String {
        let mut s = String::from("scrubline: stats");
        for (name, _, value) in self.lines() {
            let _ = write!(s, " {name}={value}");
        }
        for (kind, value) in self.kinds() {
            let _ = write!(s, " {kind}={value}");
        }
        s
    }

    /// The Prometheus text exposition format, counters only.
    pub fn render_prometheus(&self) -> String {
        let mut s = String::new();
        for (name, help, value) in self.lines() {
            let _ = writeln!(s, "# HELP scrubline_{name}_total {help}");
            let _ = writeln!(s, "# TYPE scrubline_{name}_total counter");
            let _ = writeln!(s, "scrubline_{name}_total {value}");
        }
        s.push_str("# HELP scrubline_findings_total Findings replaced, per kind.\n");
        s.push_str("# TYPE scrubline_findings_total counter\n");
        for (kind, value) in self.kinds() {
            let _ = writeln!(s, "scrubline_findings_total{{kind=\"{kind}\"}} {value}");
        }
        s
    }

    /// Reports the totals to `target`. A failed report is said on stderr
    /// and never stops the filter: stats must not cost log lines.
    pub fn report(&self, target: &Target) {
        let result = match target {
            Target::Off => Ok(()),
            Target::Stderr => {
                eprintln!("{}", self.render_line());
                Ok(())
            }
            Target::File(path) => write_atomically(path, self.render_prometheus().as_bytes()),
        };
        if let (Err(e), Target::File(path)) = (result, target) {
            eprintln!("scrubline: cannot write stats file {}: {e}", path.display());
        }
    }
}

/// Reports every `interval` on a background thread, for the life of the
/// process (the final report is made by `main` at exit).
pub fn spawn_reporter(shared: &Arc<Shared>, target: Target, interval: Duration) {
    if target == Target::Off {
        return;
    }
    let shared = Arc::clone(shared);
    let spawned = thread::Builder::new()
        .name("scrubline-stats".into())
        .spawn(move || loop {
            thread::sleep(interval);
            shared.stats.report(&target);
        });
    if let Err(e) = spawned {
        eprintln!("scrubline: cannot start the stats thread, periodic stats are off: {e}");
    }
}

/// Writes beside the target and renames, so a scraper never reads half a file.
pub(crate) fn write_atomically(path: &Path, data: &[u8]) -> io::Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    std::fs::write(&tmp, data)?;
    std::fs::rename(&tmp, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prometheus_text_has_total_counters_per_kind() {
        let stats = Stats::default();
        stats.add_in(3);
        stats.add_out(&BatchCounts {
            lines: 3,
            changed: 1,
            failed: 0,
            findings: Findings::default(),
        });
        let text = stats.render_prometheus();
        assert!(text.contains("scrubline_lines_in_total 3\n"));
        assert!(text.contains("scrubline_lines_changed_total 1\n"));
        assert!(text.contains("scrubline_findings_total{kind=\"phone\"} 0\n"));
        assert!(text.contains("# TYPE scrubline_lines_out_total counter\n"));
    }
}
