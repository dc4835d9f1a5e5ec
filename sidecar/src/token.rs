//! `scrubline token`: the token of one phone number or email under each key
//! of the ring, so support can search logs for one caller after a rotation.

use scrubline_core::{Keyring, Policy, Redactor};

use crate::cli::TokenArgs;
use crate::exit::Failure;
use crate::keys;
use crate::settings::{KeySource, Settings};

/// The tokens, active key first, one per line.
pub fn tokens(settings: &Settings, args: &TokenArgs) -> Result<Vec<String>, Failure> {
    if let KeySource::Random { .. } = settings.keys {
        return Err(Failure::config(
            "token needs the keys the logs were written with: set --key-file or keys in --config",
        ));
    }
    let ring = keys::keyring(&settings.keys)?;
    let (text, prefix, what) = match (&args.phone, &args.email) {
        (Some(phone), _) => (phone.as_str(), "tel", "a phone number"),
        (None, Some(email)) => (email.as_str(), "mail", "an email address"),
        (None, None) => return Err(Failure::usage("give --phone or --email")),
    };
    let active = ring.active().id().to_string();
    let mut keys: Vec<_> = ring.keys().to_vec();
    keys.sort_by_key(|k| k.id() != active);
    let mut out = Vec::with_capacity(keys.len());
    for key in keys {
        // The engine itself finds and canonicalizes the value, exactly as it
        // does in a log line; the default policy always pseudonymizes it.
        let id = key.id().to_string();
        let mut builder = Redactor::builder()
            .keyring(Keyring::single(key))
            .policy(Policy::default());
        if let Some((region, _)) = &settings.default_region {
            builder = builder.default_region(region);
        }
        let token = builder.build()?.redact_line(text.trim()).into_owned();
        if !is_token(&token, prefix, &id) {
            let hint = if prefix == "tel" {
                " (for a national format, give its region with --region)"
            } else {
                ""
            };
            return Err(Failure::usage(format!(
                "{text:?} is not recognised as {what}{hint}"
            )));
        }
        out.push(token);
    }
    Ok(out)
}

/// `prefix "_" id "_" hex16`, and nothing else.
fn is_token(text: &str, prefix: &str, id: &str) -> bool {
    text.strip_prefix(prefix)
        .and_then(|t| t.strip_prefix('_'))
        .and_then(|t| t.strip_prefix(id))
        .and_then(|t| t.strip_prefix('_'))
        .is_some_and(|hex| {
            hex.len() == 16 && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
        })
}
