//! Command-line arguments. Keys are read from files, never from argv.
//!
//! Every option can also be set in the config file (`--config`) and by its
//! environment variable; the command line and environment win over the file.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Keeps personal data out of logs: reads lines from FILEs (or stdin) and
/// writes them to stdout with phone numbers and emails pseudonymized and
/// names, card numbers, IBANs and secrets stripped.
#[derive(Debug, Parser)]
#[command(name = "scrubline", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Files to filter, in order; none or `-` reads stdin.
    pub files: Vec<PathBuf>,

    #[command(flatten)]
    pub opts: Opts,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the token of a phone number or email under each key of the
    /// ring (active key first), to search logs for one caller.
    Token(TokenArgs),
    /// Validate the config and keys; exit 0, or 78 naming what is wrong.
    Check,
    /// Redact records of Kafka topics as a member of a consumer group; the
    /// config's [kafka] table names the brokers, group and topics.
    #[cfg(feature = "kafka")]
    Kafka,
}

#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct TokenArgs {
    /// A phone number in any written form, e.g. "030 1234567".
    #[arg(long, value_name = "NUMBER")]
    pub phone: Option<String>,

    /// An email address.
    #[arg(long, value_name = "ADDRESS")]
    pub email: Option<String>,
}

/// Options shared by the filter and the subcommands.
#[derive(Clone, Debug, Default, Args)]
pub struct Opts {
    /// TOML config file.
    #[arg(long, global = true, env = "SCRUBLINE_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// File holding the HMAC key (at least 32 bytes; surrounding whitespace
    /// is trimmed). Replaces the config's keys. Without any key, a random
    /// one is made for this run only.
    #[arg(long, global = true, env = "SCRUBLINE_KEY_FILE", value_name = "FILE")]
    pub key_file: Option<PathBuf>,

    /// Id of the key, printed in tokens (1-8 of a-z, 0-9) [default: k1].
    #[arg(long, global = true, env = "SCRUBLINE_KEY_ID", value_name = "ID")]
    pub key_id: Option<String>,

    /// Region of national-format numbers, e.g. DE.
    #[arg(
        long,
        visible_alias = "region",
        global = true,
        env = "SCRUBLINE_DEFAULT_REGION",
        value_name = "CC"
    )]
    pub default_region: Option<String>,

    /// Give a national-format number on a line with no region the country
    /// the stream showed it with before (`+40 712…` then `0712…`: one
    /// token). `false`: always the token of its digits alone [default: true].
    #[arg(
        long,
        global = true,
        env = "SCRUBLINE_LINK_NUMBERS",
        value_name = "true|false"
    )]
    pub link_numbers: Option<bool>,

    /// Worker threads redacting batches [default: all cores].
    #[arg(long, global = true, env = "SCRUBLINE_THREADS", value_name = "N")]
    pub threads: Option<usize>,

    /// Lines longer than this are redacted in overlapping windows
    /// [default: 1048576].
    #[arg(
        long,
        global = true,
        env = "SCRUBLINE_MAX_LINE_BYTES",
        value_name = "BYTES"
    )]
    pub max_line_bytes: Option<usize>,

    /// Where counts go: `stderr`, a FILE (Prometheus text), or `off`.
    /// Counts only, never values [default: off].
    #[arg(
        long,
        global = true,
        env = "SCRUBLINE_STATS",
        value_name = "stderr|FILE|off"
    )]
    pub stats: Option<String>,

    /// Seconds between stats reports; one more is made at exit [default: 60].
    #[arg(
        long,
        global = true,
        env = "SCRUBLINE_STATS_INTERVAL",
        value_name = "SECS"
    )]
    pub stats_interval: Option<u64>,
}
