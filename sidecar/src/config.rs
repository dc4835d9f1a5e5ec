//! The TOML config file, as written. Unknown fields are refused so a typo
//! is reported rather than silently ignored; values are checked in
//! `settings`, which knows where each one came from.
//!
//! ```toml
//! default_region = "DE"
//! link_numbers = true
//! threads = 4
//! stats = "/var/lib/node_exporter/scrubline.prom"
//! stats_interval = 30
//! max_line_bytes = 1048576
//!
//! [keyring]
//! active = "k2"
//! keys = [
//!   { id = "k1", file = "/etc/scrubline/k1.key" },
//!   { id = "k2", file = "/etc/scrubline/k2.key" },
//! ]
//!
//! [actions]        # keep | pseudonymize | strip
//! email = "strip"
//!
//! [replacements]   # text of stripped kinds
//! name = "[redacted-name]"
//!
//! [keys]           # rules for named JSON/logfmt/URL keys, over the detectors
//! queue = "keep"           # never touched
//! accountRef = "strip"     # always [secret]
//! contact = "pseudonymize" # phone/email token, else stripped
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::exit::Failure;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    pub key_file: Option<PathBuf>,
    pub key_id: Option<String>,
    pub keyring: Option<KeyringConfig>,
    pub default_region: Option<String>,
    pub link_numbers: Option<bool>,
    pub threads: Option<usize>,
    pub max_line_bytes: Option<usize>,
    pub stats: Option<String>,
    pub stats_interval: Option<u64>,
    #[serde(default)]
    pub actions: BTreeMap<String, String>,
    #[serde(default)]
    pub replacements: BTreeMap<String, String>,
    #[serde(default)]
    pub keys: BTreeMap<String, String>,
    /// `scrubline kafka`'s table; without the feature it is refused as unknown.
    #[cfg(feature = "kafka")]
    pub kafka: Option<crate::kafka::KafkaConfig>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyringConfig {
    pub active: String,
    pub keys: Vec<KeyConfig>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyConfig {
    pub id: String,
    pub file: PathBuf,
}

impl ConfigFile {
    /// Reads and parses `path`; relative key paths are made relative to
    /// the config's own folder, so the config works from any directory.
    pub fn load(path: &Path) -> Result<ConfigFile, Failure> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            Failure::config(format!("cannot read config file {}: {e}", path.display()))
        })?;
        let mut config: ConfigFile = toml::from_str(&text).map_err(|e| {
            Failure::config(format!(
                "config {}: {}",
                path.display(),
                e.to_string().trim_end()
            ))
        })?;
        let base = path.parent().unwrap_or(Path::new(""));
        if let Some(file) = &mut config.key_file {
            *file = base.join(&*file);
        }
        for key in config.keyring.iter_mut().flat_map(|r| r.keys.iter_mut()) {
            key.file = base.join(&key.file);
        }
        Ok(config)
    }
}
