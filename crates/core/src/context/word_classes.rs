//! The classes of words read as keys, remembered per thread: the words
//! before numbers and values (`port`, `pid`, `from`) come back line after
//! line, and a word no list holds is tried against every phone, role and
//! name part (`classify_key`) each time it is asked.

use std::cell::RefCell;

use super::{classify_key, KeyClass};
use crate::name_table::hash;

/// log2 of the words remembered per thread; a word whose slot another
/// holds is classified again and takes the slot.
const SLOT_BITS: u32 = 8;

/// Folded words longer than this are classified every time: a slot holds
/// its word inline, so the memo never allocates.
const MAX_WORD: usize = 24;

#[derive(Clone, Copy)]
struct Slot {
    word: [u8; MAX_WORD],
    /// 0: a free slot (no key is empty: an empty word is never stored).
    len: u8,
    class: KeyClass,
}

const FREE: Slot = Slot {
    word: [0; MAX_WORD],
    len: 0,
    class: KeyClass::Other,
};

thread_local! {
    static SLOTS: RefCell<[Slot; 1 << SLOT_BITS]> =
        const { RefCell::new([FREE; 1 << SLOT_BITS]) };
}

/// `classify_key(key)`, from this thread's memo when it was asked before.
pub(super) fn remembered_class(key: &str) -> KeyClass {
    let bytes = key.as_bytes();
    if bytes.is_empty() || bytes.len() > MAX_WORD {
        return classify_key(key);
    }
    let i = (hash(bytes) >> (64 - SLOT_BITS)) as usize;
    let held = SLOTS.with(|slots| {
        let slot = &slots.borrow()[i];
        (slot.word[..usize::from(slot.len)] == *bytes).then_some(slot.class)
    });
    if let Some(class) = held {
        return class;
    }
    let class = classify_key(key);
    SLOTS.with(|slots| {
        let slot = &mut slots.borrow_mut()[i];
        slot.word[..bytes.len()].copy_from_slice(bytes);
        slot.len = bytes.len() as u8;
        slot.class = class;
    });
    class
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn a_remembered_class_is_the_class(
            keys in proptest::collection::vec("[a-dp-t_]{0,30}|phone|callername|from", 1..80)
        ) {
            for _ in 0..2 {
                for key in &keys {
                    proptest::prop_assert_eq!(remembered_class(key), classify_key(key));
                }
            }
        }
    }
}
