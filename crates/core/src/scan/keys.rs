//! Every field's key, normalized and classified once per line, with the
//! keys of earlier lines remembered: a stream writes the same few keys
//! (`ts`, `level`, `msg`, `conversationId`) on line after line, and
//! normalizing and classifying a key (a hash lookup, then its phone,
//! party, role and name parts) cost more than the rest of a field's scan.

use super::indirect::is_value_key;
use super::Scratch;
use crate::context::{classify_key, push_normalized_key, KeyClass};
use crate::name_table::hash;

/// A field's key, normalized and classified once per line: the region
/// hint, the secure-flow check and the field scan all read it.
#[derive(Clone, Copy)]
pub(super) struct FieldKey {
    pub start: usize,
    pub end: usize,
    pub class: KeyClass,
    /// The key holds the value of a key named nearby (`indirect`).
    pub value_key: bool,
}

/// What a key's normalized text says, worked out once per key.
#[derive(Clone, Copy)]
struct Facts {
    class: KeyClass,
    value_key: bool,
}

/// log2 of the keys remembered per thread; a key whose slot another holds
/// is worked out again and takes the slot. A mix of services writes a
/// few thousand keys: at 256 slots they took each other's, and four in
/// five classifications of a 5 MB mix were of keys seen before. (A slot
/// and its text take under 100 bytes: at most 400 KiB a thread.)
const SLOT_BITS: u32 = 12;

/// Keys (as written and normalized) longer than this are not remembered:
/// a slot holds its key inline and its normalized text in a string of
/// this capacity, so remembering one allocates at most once per slot.
const MAX_KEY: usize = 32;

/// What normalizing and classifying one key gave. All are functions of
/// the key's bytes alone, so a remembered answer is the answer.
struct Slot {
    written: [u8; MAX_KEY],
    written_len: u8,
    /// Text, so that appending it checks no UTF-8 again (that check was
    /// 0.5 % of the sample's instructions).
    normalized: String,
    facts: Facts,
}

/// The keys of earlier lines, by the hash of their bytes as written.
#[derive(Default)]
pub(super) struct KeyMemo {
    /// Empty until the first key, then `1 << SLOT_BITS` long; `None`: a free slot.
    slots: Vec<Option<Slot>>,
}

impl KeyMemo {
    /// Appends `key` normalized to `text` and returns what it says.
    fn push(&mut self, key: &[u8], text: &mut String) -> Facts {
        if key.len() > MAX_KEY {
            return push_and_classify(key, text);
        }
        if self.slots.is_empty() {
            self.slots.resize_with(1 << SLOT_BITS, || None);
        }
        // The top bits of the product are the well-mixed ones.
        let i = (hash(key) >> (64 - SLOT_BITS)) as usize;
        if let Some(slot) = &self.slots[i] {
            if slot.written[..usize::from(slot.written_len)] == *key {
                text.push_str(&slot.normalized);
                return slot.facts;
            }
        }
        let start = text.len();
        let facts = push_and_classify(key, text);
        let normalized = &text[start..];
        if normalized.len() <= MAX_KEY {
            let slot = self.slots[i].get_or_insert_with(|| Slot {
                written: [0; MAX_KEY],
                written_len: 0,
                normalized: String::with_capacity(MAX_KEY),
                facts,
            });
            slot.written[..key.len()].copy_from_slice(key);
            slot.written_len = key.len() as u8;
            slot.normalized.clear();
            slot.normalized.push_str(normalized);
            slot.facts = facts;
        }
        facts
    }
}

fn push_and_classify(key: &[u8], text: &mut String) -> Facts {
    let start = text.len();
    push_normalized_key(key, text);
    let key = &text[start..];
    Facts {
        class: classify_key(key),
        value_key: is_value_key(key),
    }
}

/// Normalizes and classifies every field's key once, into `s.keys`.
pub(super) fn classify_keys(line: &[u8], s: &mut Scratch) {
    s.key_text.clear();
    s.keys.clear();
    for f in &s.fields {
        let start = s.key_text.len();
        let facts = s.key_memo.push(&line[f.key.0..f.key.1], &mut s.key_text);
        s.keys.push(FieldKey {
            start,
            end: s.key_text.len(),
            class: facts.class,
            value_key: facts.value_key,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn a_remembered_key_reads_as_a_new_one(
            keys in proptest::collection::vec("[a-cA-C_.\\-é\\\\u0-9]{0,40}", 1..60)
        ) {
            let mut memo = KeyMemo::default();
            for _ in 0..2 {
                for key in &keys {
                    let (mut ours, mut theirs) = (String::from("x"), String::from("x"));
                    let facts = memo.push(key.as_bytes(), &mut ours);
                    let fresh = push_and_classify(key.as_bytes(), &mut theirs);
                    proptest::prop_assert_eq!(facts.class, fresh.class);
                    proptest::prop_assert_eq!(facts.value_key, fresh.value_key);
                    proptest::prop_assert_eq!(ours, theirs);
                }
            }
        }
    }
}
