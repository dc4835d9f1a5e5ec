//! Keys and the token spec: `prefix "_" key_id "_" hex16`, where hex16 is the
//! first 8 bytes of HMAC-SHA256(key, prefix ":" canonical) in lowercase hex.

use std::fmt;

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::error::{Error, ErrorKind};

type HmacSha256 = Hmac<Sha256>;

/// The shortest key accepted, in bytes.
pub const MIN_KEY_LEN: usize = 32;

/// The longest token the spec allows: "mail" "_" 8-char id "_" 16 hex.
pub(crate) const MAX_TOKEN_LEN: usize = 4 + 1 + 8 + 1 + 16;

/// Is `text` one of our tokens (`tel_k1_0123456789abcdef`,
/// `mail_k1_…`)? Text a first pass wrote must read the same on the second.
pub(crate) fn is_token(text: &[u8]) -> bool {
    (text.starts_with(b"tel_") || text.starts_with(b"mail_"))
        && text.len() > 17
        && text[text.len() - 17] == b'_'
        && text[text.len() - 16..]
            .iter()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Does `text` start with one of our tokens (at most `MAX_TOKEN_LEN` long)?
pub(crate) fn starts_with_token(text: &[u8]) -> bool {
    // Every prefix tried opens as `text` does: without a token's prefix
    // none is a token, and most text is looked at only here.
    (text.starts_with(b"tel_") || text.starts_with(b"mail_"))
        && (17..=text.len().min(MAX_TOKEN_LEN)).any(|n| is_token(&text[..n]))
}

/// One key of a ring: an id (printed in tokens) and its pre-keyed HMAC state.
///
/// The secret itself is not kept: only the HMAC state derived from it, which
/// is cloned per token so the key schedule runs once, at build time.
#[derive(Clone)]
pub struct Key {
    id: String,
    mac: HmacSha256,
}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never print key material.
        f.debug_struct("Key")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

impl Key {
    /// A key from an id (1 to 8 characters of `[a-z0-9]`) and a secret of at
    /// least 32 bytes.
    pub fn new(id: &str, secret: &[u8]) -> Result<Key, Error> {
        if id.is_empty()
            || id.len() > 8
            || !id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            return Err(Error::new(
                ErrorKind::Key,
                format!("key id {id:?} is invalid: use 1 to 8 characters of a-z and 0-9"),
            ));
        }
        if secret.len() < MIN_KEY_LEN {
            return Err(Error::new(
                ErrorKind::Key,
                format!(
                    "key {id:?} is {} bytes long; keys must be at least {MIN_KEY_LEN} bytes (e.g. `head -c 32 /dev/urandom | base64`)",
                    secret.len()
                ),
            ));
        }
        let mac = HmacSha256::new_from_slice(secret).expect("HMAC accepts any key length");
        Ok(Key {
            id: id.to_string(),
            mac,
        })
    }

    /// The key id printed in tokens.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The token for a canonical value under this key, e.g.
    /// `token("tel", "+4915123421279")` is `tel_k1_df4a9327598a9122` under
    /// the spec's test key.
    pub fn token(&self, prefix: &str, canonical: &str) -> String {
        let hex = self.hex_digest(prefix, canonical.as_bytes());
        let hex = std::str::from_utf8(&hex).expect("hex is ASCII");
        format!("{prefix}_{}_{hex}", self.id)
    }

    /// The token in a fixed buffer, for a prefix of at most four bytes
    /// ("tel", "mail"): the allocation-free form the engine uses.
    pub(crate) fn make_token(&self, prefix: &str, canonical: &[u8]) -> Token {
        let mut token = Token {
            bytes: [0; MAX_TOKEN_LEN],
            len: 0,
        };
        token.extend(prefix.as_bytes());
        token.extend(b"_");
        token.extend(self.id.as_bytes());
        token.extend(b"_");
        token.extend(&self.hex_digest(prefix, canonical));
        token
    }

    /// The first 8 bytes of HMAC-SHA256(key, prefix ":" canonical) in
    /// lowercase hex.
    fn hex_digest(&self, prefix: &str, canonical: &[u8]) -> [u8; 16] {
        let mut mac = self.mac.clone();
        mac.update(prefix.as_bytes());
        mac.update(b":");
        mac.update(canonical);
        let digest = mac.finalize().into_bytes();
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut hex = [0; 16];
        for (pair, b) in hex.chunks_exact_mut(2).zip(&digest[..8]) {
            pair[0] = HEX[usize::from(b >> 4)];
            pair[1] = HEX[usize::from(b & 15)];
        }
        hex
    }
}

/// A token as `Key::make_token` writes it, inline: making one never
/// allocates.
#[derive(Clone, Copy)]
pub(crate) struct Token {
    bytes: [u8; MAX_TOKEN_LEN],
    len: u8,
}

impl Token {
    fn extend(&mut self, s: &[u8]) {
        let at = usize::from(self.len);
        self.bytes[at..at + s.len()].copy_from_slice(s);
        self.len += s.len() as u8;
    }

    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.bytes[..usize::from(self.len)]
    }
}

/// The active key and older ones kept for lookups after a rotation.
#[derive(Clone, Debug)]
pub struct Keyring {
    keys: Vec<Key>,
    active: usize,
}

impl Keyring {
    /// A ring holding one key, which is active.
    pub fn single(key: Key) -> Keyring {
        Keyring {
            keys: vec![key],
            active: 0,
        }
    }

    /// A ring from several keys; `active` names the one tokens are made with.
    pub fn new(keys: Vec<Key>, active: &str) -> Result<Keyring, Error> {
        for (i, k) in keys.iter().enumerate() {
            if keys[..i].iter().any(|o| o.id == k.id) {
                return Err(Error::new(
                    ErrorKind::Key,
                    format!("key id {:?} appears twice in the keyring", k.id),
                ));
            }
        }
        let active = keys.iter().position(|k| k.id == active).ok_or_else(|| {
            Error::new(
                ErrorKind::Key,
                format!("the active key id {active:?} is not in the keyring"),
            )
        })?;
        Ok(Keyring { keys, active })
    }

    /// The key tokens are made with.
    pub fn active(&self) -> &Key {
        &self.keys[self.active]
    }

    /// Every key, active or not, in the order given.
    pub fn keys(&self) -> &[Key] {
        &self.keys
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEST_KEY: &[u8] = b"scrubline-test-key-0123456789abcdef";

    #[test]
    fn spec_test_vectors() {
        let k = Key::new("k1", TEST_KEY).unwrap();
        assert_eq!(k.token("tel", "+4915123421279"), "tel_k1_df4a9327598a9122");
        assert_eq!(k.token("tel", "+33612345678"), "tel_k1_18db58bc0e7e350c");
        assert_eq!(k.token("tel", "+12015550123"), "tel_k1_1b2b730606e5825d");
        assert_eq!(
            k.token("mail", "anna.schmidt@example.de"),
            "mail_k1_c88755653bd0b5fc"
        );
    }

    #[test]
    fn short_keys_and_bad_ids_are_refused_without_echoing_the_secret() {
        let e = Key::new("k1", b"too-short-secret").unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Key);
        assert!(!e.to_string().contains("too-short-secret"));
        for id in ["", "K1", "toolongid", "k-1"] {
            assert!(Key::new(id, TEST_KEY).is_err(), "{id:?}");
        }
    }

    #[test]
    fn debug_never_shows_key_material() {
        let k = Key::new("k1", TEST_KEY).unwrap();
        let shown = format!("{:?}", Keyring::single(k));
        assert!(!shown.contains("scrubline-test-key"));
        assert!(shown.contains("k1"));
    }

    #[test]
    fn ring_checks_active_id_and_duplicates() {
        let a = Key::new("a", TEST_KEY).unwrap();
        let b = Key::new("b", &[7u8; 32]).unwrap();
        let ring = Keyring::new(vec![a.clone(), b.clone()], "b").unwrap();
        assert_eq!(ring.active().id(), "b");
        assert!(Keyring::new(vec![a.clone(), b], "c").is_err());
        assert!(Keyring::new(vec![a.clone(), a], "a").is_err());
    }
}
