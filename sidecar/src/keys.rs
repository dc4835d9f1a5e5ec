//! Loading keys from files and building the redactor. Key bytes never
//! appear in messages.

use std::path::{Path, PathBuf};

use scrubline_core::Redactor;

use crate::exit::Failure;

/// Reads a key file: its content with surrounding whitespace trimmed.
pub fn read_key(path: &Path) -> Result<Vec<u8>, Failure> {
    let bytes = std::fs::read(path)
        .map_err(|e| Failure::config(format!("cannot read key file {}: {e}", path.display())))?;
    Ok(bytes.trim_ascii().to_vec())
}

/// A fresh random key for this process only.
fn random_key() -> Result<Vec<u8>, Failure> {
    let mut key = vec![0u8; 32];
    getrandom::getrandom(&mut key)
        .map_err(|e| Failure::config(format!("cannot make a random key: {e}")))?;
    Ok(key)
}

pub fn build_redactor(
    key_file: &Option<PathBuf>,
    key_id: &str,
    region: Option<&str>,
) -> Result<Redactor, Failure> {
    let secret = match key_file {
        Some(path) => read_key(path)?,
        None => {
            eprintln!(
                "scrubline: warning: no --key-file given; using a random key for this run: tokens are consistent within this run only"
            );
            random_key()?
        }
    };
    let mut builder = Redactor::builder().key(key_id, &secret);
    if let Some(region) = region {
        builder = builder.default_region(region);
    }
    let what = key_file
        .as_ref()
        .map(|p| format!("key file {}: ", p.display()))
        .unwrap_or_default();
    builder
        .build()
        .map_err(|e| Failure::config(format!("{what}{e}")))
}
