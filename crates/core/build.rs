//! Packs the name lists into the hash table `src/namedb.rs` reads
//! (`src/name_table.rs` has the layout): built here once, the engine no
//! longer hashes half a million words at every start (a fifth of a short
//! run's time went there).

use std::collections::BTreeMap;
use std::path::Path;

#[path = "src/name_table.rs"]
mod name_table;

use name_table::{home_and_tag, AMBIGUOUS, COMMON, GIVEN, ORDINARY, SURNAME};

/// A slot keeps 1 + an entry's offset in its low 24 bits.
const MAX_WORDS_LEN: usize = (1 << 24) - 1;

fn main() {
    let lists = [
        ("given.txt", GIVEN),
        ("surname.txt", SURNAME),
        ("ambiguous.txt", AMBIGUOUS),
        ("words.txt", ORDINARY),
        ("common.txt", COMMON),
    ];
    let mut flags: BTreeMap<String, u8> = BTreeMap::new();
    for (file, flag) in lists {
        let path = Path::new("data/names").join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).expect("name list readable");
        for word in text.lines().filter(|l| !l.is_empty()) {
            *flags.entry(word.to_string()).or_default() |= flag;
        }
    }
    println!("cargo:rerun-if-changed=src/name_table.rs");
    let mut words = Vec::new();
    let bits = (flags.len() * 2).next_power_of_two().trailing_zeros();
    let mut slots = vec![0u32; 1 << bits];
    for (word, mut f) in flags {
        // A name that is also a frequent word needs a clear name beside it.
        if f & ORDINARY != 0 && f & (GIVEN | SURNAME) != 0 {
            f |= AMBIGUOUS;
        }
        let offset = words.len();
        words.push(f);
        words.push(u8::try_from(word.len()).expect("a listed word is under 256 bytes"));
        words.extend_from_slice(word.as_bytes());
        let (mut i, tag) = home_and_tag(name_table::hash(word.as_bytes()), bits);
        while slots[i] != 0 {
            i = (i + 1) & (slots.len() - 1);
        }
        slots[i] = u32::from(tag) << 24 | (offset as u32 + 1);
    }
    assert!(words.len() <= MAX_WORDS_LEN, "name table too large");
    let out = std::env::var("OUT_DIR").expect("OUT_DIR set by cargo");
    let slot_bytes: Vec<u8> = slots.iter().flat_map(|s| s.to_le_bytes()).collect();
    std::fs::write(Path::new(&out).join("name_words.bin"), words).expect("OUT_DIR writable");
    std::fs::write(Path::new(&out).join("name_slots.bin"), slot_bytes).expect("OUT_DIR writable");
}
