//! Command-line arguments. Keys are read from files, never from argv.

use std::path::PathBuf;

use clap::Parser;

/// Keeps personal data out of logs: reads lines from FILEs (or stdin) and
/// writes them to stdout with phone numbers and emails pseudonymized and
/// names, card numbers, IBANs and secrets stripped.
#[derive(Debug, Parser)]
#[command(name = "scrubline", version)]
pub struct Cli {
    /// Files to filter, in order; none or `-` reads stdin.
    pub files: Vec<PathBuf>,

    /// File holding the HMAC key (at least 32 bytes; surrounding whitespace
    /// is trimmed). Without one, a random key is made for this run only.
    #[arg(long, env = "SCRUBLINE_KEY_FILE", value_name = "FILE")]
    pub key_file: Option<PathBuf>,

    /// Id of the key, printed in tokens (1-8 of a-z, 0-9).
    #[arg(
        long,
        env = "SCRUBLINE_KEY_ID",
        value_name = "ID",
        default_value = "k1"
    )]
    pub key_id: String,

    /// Region of national-format numbers, e.g. DE.
    #[arg(long, env = "SCRUBLINE_DEFAULT_REGION", value_name = "CC")]
    pub default_region: Option<String>,

    /// Worker threads redacting batches; default: all cores.
    #[arg(long, env = "SCRUBLINE_THREADS", value_name = "N")]
    pub threads: Option<usize>,

    /// Lines longer than this are redacted in overlapping windows.
    #[arg(long, env = "SCRUBLINE_MAX_LINE_BYTES", value_name = "BYTES", default_value_t = 1 << 20)]
    pub max_line_bytes: usize,

    /// Where counts go: `stderr`, a FILE (Prometheus text), or `off`.
    /// Counts only, never values.
    #[arg(
        long,
        env = "SCRUBLINE_STATS",
        value_name = "stderr|FILE|off",
        default_value = "off"
    )]
    pub stats: String,

    /// Seconds between stats reports (one more is made at exit).
    #[arg(
        long,
        env = "SCRUBLINE_STATS_INTERVAL",
        value_name = "SECS",
        default_value_t = 60
    )]
    pub stats_interval: u64,
}
