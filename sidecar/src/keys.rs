//! Loading keys from files and building the redactor. Key bytes never
//! appear in messages: errors name the file and the key id only.

use std::path::Path;
use std::sync::OnceLock;

use scrubline_core::{Key, Keyring, Redactor};

use crate::exit::Failure;
use crate::settings::{KeySource, Settings};

/// Reads a key file: its content with surrounding whitespace trimmed.
fn read_key(path: &Path) -> Result<Vec<u8>, Failure> {
    let bytes = std::fs::read(path)
        .map_err(|e| Failure::config(format!("cannot read key file {}: {e}", path.display())))?;
    Ok(bytes.trim_ascii().to_vec())
}

/// The random key of this process: made once, so a reload keeps tokens
/// consistent within the run, and announced once.
fn random_key(id: &str) -> Result<Key, Failure> {
    static KEY: OnceLock<Result<Key, String>> = OnceLock::new();
    let key = KEY.get_or_init(|| {
        let mut secret = [0u8; 32];
        getrandom::getrandom(&mut secret).map_err(|e| format!("cannot make a random key: {e}"))?;
        eprintln!(
            "scrubline: warning: no key configured (--key-file or keys in --config); using a random key: tokens are consistent within this run only"
        );
        Key::new(id, &secret).map_err(|e| e.to_string())
    });
    key.clone().map_err(Failure::config)
}

/// The keyring the settings name, every key file read and checked.
pub fn keyring(source: &KeySource) -> Result<Keyring, Failure> {
    match source {
        KeySource::Random { id } => random_key(id).map(Keyring::single),
        KeySource::Single { id, file, field } => {
            let secret = read_key(file).map_err(|e| Failure::config(format!("{field}: {e}")))?;
            let key = Key::new(id, &secret)
                .map_err(|e| Failure::config(format!("{field} {}: {e}", file.display())))?;
            Ok(Keyring::single(key))
        }
        KeySource::Ring(ring, origin) => {
            let mut keys = Vec::with_capacity(ring.keys.len());
            for (i, k) in ring.keys.iter().enumerate() {
                let field = format!("{origin}: keyring.keys[{i}] (id {:?})", k.id);
                let secret =
                    read_key(&k.file).map_err(|e| Failure::config(format!("{field}: {e}")))?;
                let key = Key::new(&k.id, &secret)
                    .map_err(|e| Failure::config(format!("{field} {}: {e}", k.file.display())))?;
                keys.push(key);
            }
            Keyring::new(keys, &ring.active)
                .map_err(|e| Failure::config(format!("{origin}: keyring: {e}")))
        }
    }
}

/// The redactor for these settings; tokens use the ring's active key.
pub fn build_redactor(settings: &Settings) -> Result<Redactor, Failure> {
    let mut builder = Redactor::builder()
        .keyring(keyring(&settings.keys)?)
        .policy(settings.policy.clone())
        .link_numbers(settings.link_numbers);
    if let Some((region, _)) = &settings.default_region {
        builder = builder.default_region(region);
    }
    builder.build().map_err(Failure::from)
}
