//! Keys and the token spec: `prefix "_" key_id "_" hex16`, where hex16 is the
//! first 8 bytes of HMAC-SHA256(key, prefix ":" canonical) in lowercase hex.

use std::cell::RefCell;
use std::collections::hash_map::RandomState;
use std::fmt;
use std::hash::BuildHasher;
use std::sync::atomic::{AtomicU64, Ordering};

use hmac::{Hmac, Mac};
use rustc_hash::FxHashMap;
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
    /// Tells keys apart in a thread's `DigestMemo`: each `Key::new` takes
    /// the next number, a clone keeps its key's (the same HMAC state).
    serial: u64,
}

/// The number the next `Key::new` takes.
static NEXT_SERIAL: AtomicU64 = AtomicU64::new(0);

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
            serial: NEXT_SERIAL.fetch_add(1, Ordering::Relaxed),
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
    /// lowercase hex, from this thread's `DigestMemo` when the value was
    /// seen lately.
    fn hex_digest(&self, prefix: &str, canonical: &[u8]) -> [u8; 16] {
        let memoized = MEMO.try_with(|cell| {
            // Not re-entered (nothing here calls back), but a borrowed
            // memo is passed by rather than waited on.
            let mut memo = cell.try_borrow_mut().ok()?;
            let memo = memo.get_or_insert_with(DigestMemo::new);
            if memo.serial != self.serial {
                memo.hex.clear();
                memo.serial = self.serial;
            }
            let print = memo.fingerprint(prefix, canonical);
            if let Some(hex) = memo.hex.get(&print) {
                return Some(*hex);
            }
            let hex = self.compute_hex_digest(prefix, canonical);
            if memo.hex.len() >= MEMO_CAPACITY {
                memo.hex.clear();
            }
            memo.hex.insert(print, hex);
            Some(hex)
        });
        match memoized {
            Ok(Some(hex)) => hex,
            _ => self.compute_hex_digest(prefix, canonical),
        }
    }

    /// `hex_digest`, computed.
    fn compute_hex_digest(&self, prefix: &str, canonical: &[u8]) -> [u8; 16] {
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

/// The most digests a thread's memo holds; when full it starts over, so
/// its memory stays bounded (64 KB of entries).
const MEMO_CAPACITY: usize = 1 << 12;

thread_local! {
    static MEMO: RefCell<Option<DigestMemo>> = const { RefCell::new(None) };
}

/// The digests this thread made lately, for one key: a value seen again (a
/// caller's number on every line of a call, an agent's address) costs two
/// keyed hashes of it rather than an HMAC (two SHA-256 blocks, most of the
/// cost of a line with a token).
///
/// Like the number links (`links.rs`) it never holds a value: an entry is
/// keyed by a 128-bit fingerprint of the HMAC's input under two random
/// SipHash keys of this thread, and holds the digest's hex, which the
/// output prints anyway. Two values share an entry only if both 64-bit
/// halves collide, a chance of 2^-128 a pair (a token itself is a 64-bit
/// digest: two values share a token with a chance of 2^-64 a pair).
struct DigestMemo {
    /// The `Key::serial` of the key the entries were made with.
    serial: u64,
    fingerprint: [RandomState; 2],
    hex: FxHashMap<u128, [u8; 16]>,
}

impl DigestMemo {
    fn new() -> DigestMemo {
        DigestMemo {
            serial: u64::MAX,
            fingerprint: [RandomState::new(), RandomState::new()],
            hex: FxHashMap::default(),
        }
    }

    /// The fingerprint of the HMAC input `prefix ":" canonical` (hashed as
    /// the pair: a `str` and a slice hash unambiguously, with a terminator
    /// and a length).
    fn fingerprint(&self, prefix: &str, canonical: &[u8]) -> u128 {
        let [a, b] = &self.fingerprint;
        let (a, b) = (
            a.hash_one((prefix, canonical)),
            b.hash_one((prefix, canonical)),
        );
        u128::from(a) << 64 | u128::from(b)
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
    fn a_remembered_digest_is_the_one_computed() {
        let a = Key::new("k1", TEST_KEY).unwrap();
        let b = Key::new("k1", &[7u8; 32]).unwrap();
        let a2 = a.clone();
        let values: Vec<String> = (0..3 * MEMO_CAPACITY)
            .map(|i| format!("+49151{i:08}"))
            .collect();
        // Twice over, the keys alternating, past the memo's capacity: every
        // digest is the computed one, whichever key asks and whenever.
        for _ in 0..2 {
            for v in &values {
                for (key, other) in [(&a, &b), (&b, &a), (&a2, &b)] {
                    for prefix in ["tel", "mail"] {
                        let hex = key.hex_digest(prefix, v.as_bytes());
                        assert_eq!(hex, key.compute_hex_digest(prefix, v.as_bytes()));
                        assert_ne!(hex, other.compute_hex_digest(prefix, v.as_bytes()));
                    }
                }
            }
        }
        // The prefix is part of what is remembered: `tel` + `:x` is not
        // `te` + `l:x`.
        assert_eq!(
            a.hex_digest("te", b"l:x"),
            a.compute_hex_digest("te", b"l:x")
        );
        assert_eq!(a.hex_digest("tel", b"x"), a.compute_hex_digest("tel", b"x"));
    }

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
