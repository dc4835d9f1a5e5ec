//! A name key written as a word before a quoted value, with no `=` or
//! `:` between: `caller said name "ilse brandt"`, `lookup name "BRANDT,
//! Ilse"`, `display name "Ilse Brandt" set` (IVR, PBX and import logs).
//! The field readers see no pair there.

use super::repeats::is_free;
use super::{Scanner, Scratch};
use crate::census::Census;
use crate::context::{classify_word, KeyClass};
use crate::name::{valid_utf8_prefix, ValueCheck};
use crate::needles::Needle;

/// The most bytes a quoted name is taken to hold.
const MAX_NAME: usize = 96;

impl Scanner<'_> {
    /// Adds a name finding for each quoted value right after a name key
    /// word and one space that reads as a name.
    pub(super) fn find_quoted_after_name_keys(&self, line: &[u8], census: Census, s: &mut Scratch) {
        // Only a quote after a space can open the value: searching for the
        // pair passes over the quotes of JSON lines, which never follow one.
        for open in census.find_iter(line, Needle::SpaceDoubleQuote) {
            if open < 2 {
                continue;
            }
            let word_end = open;
            let word_start = line[..word_end]
                .iter()
                .rposition(|b| !b.is_ascii_alphabetic())
                .map_or(0, |p| p + 1);
            if word_end - word_start < 2 {
                continue;
            }
            let word = valid_utf8_prefix(&line[word_start..word_end]);
            if classify_word(word) != Some(KeyClass::Name) {
                continue;
            }
            let start = open + 2;
            let Some(len) = line[start..]
                .iter()
                .take(MAX_NAME + 1)
                .position(|&b| b == b'"')
            else {
                continue;
            };
            let end = start + len;
            let value = valid_utf8_prefix(&line[start..end]);
            if len > 0
                && value.len() == len
                && is_free(s, start, end)
                && self.detectors.names.value_is_name(value, ValueCheck::Loose)
            {
                self.push_name(s, start, end);
            }
        }
    }
}
