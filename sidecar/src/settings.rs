//! One run's settings: command line and environment over the config file
//! over defaults, checked once. Every message names the field and what is
//! allowed.

use std::path::PathBuf;
use std::time::Duration;

use scrubline_core::{Action, Kind, Policy};

use crate::cli::Opts;
use crate::config::{ConfigFile, KeyringConfig};
use crate::exit::Failure;
use crate::stats::Target;

const DEFAULT_MAX_LINE: usize = 1 << 20;
/// Windows of long lines need room for their overlap.
const MIN_MAX_LINE: usize = 64 << 10;
const MAX_MAX_LINE: usize = 256 << 20;
const DEFAULT_STATS_INTERVAL: u64 = 60;

/// Where the keys come from.
#[derive(Debug)]
pub enum KeySource {
    /// No key configured: a random one for this process.
    Random {
        id: String,
    },
    Single {
        id: String,
        file: PathBuf,
        field: String,
    },
    Ring(KeyringConfig, String),
}

#[derive(Debug)]
pub struct Settings {
    pub keys: KeySource,
    pub default_region: Option<(String, String)>,
    pub link_numbers: bool,
    pub threads: usize,
    pub max_line_bytes: usize,
    pub stats: Target,
    pub stats_interval: Duration,
    pub policy: Policy,
}

/// A value and the name of where it was set, for messages.
struct Set<T> {
    value: T,
    from: String,
}

/// The command line (or environment) value, else the config's.
fn pick<T>(
    cli: Option<T>,
    flag: &str,
    file: Option<T>,
    field: &str,
    origin: &str,
) -> Option<Set<T>> {
    match (cli, file) {
        (Some(value), _) => Some(Set {
            value,
            from: flag.to_string(),
        }),
        (None, Some(value)) => Some(Set {
            value,
            from: format!("{origin}: {field}"),
        }),
        (None, None) => None,
    }
}

impl Settings {
    pub fn load(opts: &Opts) -> Result<Settings, Failure> {
        let (file, origin) = match &opts.config {
            Some(path) => (
                ConfigFile::load(path)?,
                format!("config {}", path.display()),
            ),
            None => (ConfigFile::default(), "config".to_string()),
        };
        let bad = |from: &str, what: String| Failure::config(format!("{from}: {what}"));

        let threads = match pick(opts.threads, "--threads", file.threads, "threads", &origin) {
            None => std::thread::available_parallelism().map_or(1, |n| n.get()),
            Some(Set { value: 0, from }) => {
                return Err(bad(
                    &from,
                    "0 is not allowed: use 1 or more (default: all cores)".into(),
                ))
            }
            Some(s) => s.value,
        };
        let max_line_bytes =
            match pick(opts.max_line_bytes, "--max-line-bytes", file.max_line_bytes, "max_line_bytes", &origin) {
                None => DEFAULT_MAX_LINE,
                Some(Set { value, from }) if !(MIN_MAX_LINE..=MAX_MAX_LINE).contains(&value) => {
                    return Err(bad(
                        &from,
                        format!("{value} is out of range: use {MIN_MAX_LINE} to {MAX_MAX_LINE} (default {DEFAULT_MAX_LINE})"),
                    ))
                }
                Some(s) => s.value,
            };
        let stats = match pick(
            opts.stats.clone(),
            "--stats",
            file.stats.clone(),
            "stats",
            &origin,
        ) {
            None => Target::Off,
            Some(Set { value, from }) if value.is_empty() => {
                return Err(bad(&from, "empty: use stderr, off, or a file path".into()))
            }
            // `--stats on` once wrote a file named `on`: a word that reads as
            // a switch is refused rather than taken for a path.
            Some(Set { value, from }) if Target::looks_like_a_switch(&value) => {
                return Err(bad(
                    &from,
                    format!("{value:?} reads as a switch: use stderr, off, or a file path (./{value} for a file of that name)"),
                ))
            }
            Some(s) => Target::parse(&s.value),
        };
        let stats_interval = match pick(
            opts.stats_interval,
            "--stats-interval",
            file.stats_interval,
            "stats_interval",
            &origin,
        ) {
            None => DEFAULT_STATS_INTERVAL,
            Some(Set { value: 0, from }) => {
                return Err(bad(&from, "0 is not allowed: use 1 or more seconds".into()))
            }
            Some(s) => s.value,
        };
        let default_region = pick(
            opts.default_region.clone(),
            "--default-region",
            file.default_region.clone(),
            "default_region",
            &origin,
        )
        .map(|s| (s.value, s.from));
        if let Some((region, from)) = &default_region {
            scrubline_core::parse_region(region).map_err(|e| bad(from, e.to_string()))?;
        }
        let link_numbers = pick(
            opts.link_numbers,
            "--link-numbers",
            file.link_numbers,
            "link_numbers",
            &origin,
        )
        .map_or(true, |s| s.value);
        let policy = policy(&file, &origin)?;
        let keys = key_source(opts, file, &origin)?;
        Ok(Settings {
            keys,
            default_region,
            link_numbers,
            threads,
            max_line_bytes,
            stats,
            stats_interval: Duration::from_secs(stats_interval),
            policy,
        })
    }
}

fn policy(file: &ConfigFile, origin: &str) -> Result<Policy, Failure> {
    let kinds = Kind::ALL.map(Kind::as_str).join(", ");
    let kind = |table: &str, name: &str| {
        Kind::from_name(name).ok_or_else(|| {
            Failure::config(format!(
                "{origin}: {table}.{name}: unknown kind; allowed: {kinds}"
            ))
        })
    };
    let mut policy = Policy::default();
    for (name, action) in &file.actions {
        let k = kind("actions", name)?;
        let a = Action::from_name(action).ok_or_else(|| {
            Failure::config(format!(
                "{origin}: actions.{name} = {action:?}: allowed: keep, pseudonymize, strip"
            ))
        })?;
        policy.set_action(k, a);
    }
    for (key, action) in &file.keys {
        let a = Action::from_name(action).ok_or_else(|| {
            Failure::config(format!(
                "{origin}: keys.{key} = {action:?}: allowed: keep, pseudonymize, strip"
            ))
        })?;
        policy
            .set_key_rule(key, a)
            .map_err(|e| Failure::config(format!("{origin}: keys.{key}: {e}")))?;
    }
    for (name, text) in &file.replacements {
        let k = kind("replacements", name)?;
        policy
            .set_replacement(k, text)
            .map_err(|e| Failure::config(format!("{origin}: replacements.{name}: {e}")))?;
    }
    Ok(policy)
}

/// `--key-file` replaces the config's keys; in the config, `key_file`
/// (one key) and `[keyring]` (rotation) exclude each other.
fn key_source(opts: &Opts, file: ConfigFile, origin: &str) -> Result<KeySource, Failure> {
    let key_id = pick(
        opts.key_id.clone(),
        "--key-id",
        file.key_id.clone(),
        "key_id",
        origin,
    );
    if let Some(path) = &opts.key_file {
        let id = key_id.map_or_else(|| "k1".to_string(), |s| s.value);
        return Ok(KeySource::Single {
            id,
            file: path.clone(),
            field: "--key-file".into(),
        });
    }
    match (file.key_file, file.keyring) {
        (Some(_), Some(_)) => Err(Failure::config(format!(
            "{origin}: key_file and [keyring] are both set: use key_file for one key or [keyring] for several"
        ))),
        (Some(path), None) => {
            let id = key_id.map_or_else(|| "k1".to_string(), |s| s.value);
            Ok(KeySource::Single { id, file: path, field: format!("{origin}: key_file") })
        }
        (None, Some(ring)) => {
            if let Some(Set { from, .. }) = key_id {
                return Err(Failure::config(format!(
                    "{from}: applies to a single key file only; with [keyring] each key has its own id"
                )));
            }
            if ring.keys.is_empty() {
                return Err(Failure::config(format!(
                    "{origin}: keyring.keys is empty: list at least one {{ id = \"k1\", file = \"/path/to/key\" }}"
                )));
            }
            Ok(KeySource::Ring(ring, origin.to_string()))
        }
        (None, None) => Ok(KeySource::Random { id: key_id.map_or_else(|| "k1".to_string(), |s| s.value) }),
    }
}
