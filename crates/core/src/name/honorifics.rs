//! Names before the honorific suffixes of Japanese and Korean: `様`,
//! `さま`, `さん`, `殿` and `님`, `씨` follow a person's name, with or
//! without a space (`田中様`, `担当：小林 様`, `Rousseau 様`, `정유나 님`),
//! and Korean's "customer" with its honorific (`이중수 고객님과`).

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::lists::Part;
use super::*;
use crate::census::Census;

/// The suffixes, each written after a name only. `고객님` is found whole
/// (the longest match), so the name before "customer" is looked at, not
/// "customer" before `님`.
const SUFFIXES: &[&str] = &["様", "さま", "さん", "殿", "님", "씨", "고객님"];

/// The most bytes looked at before a suffix.
const MAX_NAME: usize = 48;

impl NameFinder {
    /// Calls `found(start, end)` for each name right before an honorific
    /// suffix: a run of Han, kana or Hangul that the lists make a name, or
    /// a capitalised word in a cased script that is no vocabulary.
    pub(crate) fn find_honorific_names(
        &self,
        line: &[u8],
        census: Census,
        mut found: impl FnMut(usize, usize),
    ) {
        static SUFFIX_SEARCH: OnceLock<AhoCorasick> = OnceLock::new();
        if census.is_ascii() {
            return;
        }
        let search = SUFFIX_SEARCH.get_or_init(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(SUFFIXES)
                .expect("valid")
        });
        for m in search.find_iter(line) {
            let end = m.start() - usize::from(line[..m.start()].ends_with(b" "));
            let head = valid_utf8_suffix(&line[end.saturating_sub(MAX_NAME)..end]);
            let len = trailing_run_len(head, |c| c.is_alphabetic() || c == '-' || c == '\'');
            let name = &head[head.len() - len..];
            if self.reads_as_honoured_name(name) {
                found(
                    end - len - self.family_name_before(&head[..head.len() - len]),
                    end,
                );
            }
        }
    }

    /// The bytes of a Japanese family name written before the given name
    /// that ends `head` (`加藤 拓也さん`): a space, then two to four Han or
    /// kana letters the lists hold or that open with a listed surname; 0
    /// for none.
    fn family_name_before(&self, head: &str) -> usize {
        let Some(head) = head.strip_suffix(' ') else {
            return 0;
        };
        let len = trailing_run_len(head, is_uncased_letter);
        let family = &head[head.len() - len..];
        let hangul = family.chars().any(is_hangul_syllable);
        let listed = self.db.lookup(family).surname || self.db.starts_with_cjk_surname(family);
        let whole_word =
            head.len() == len || head[..head.len() - len].ends_with([' ', '：', ':', '"']);
        if (2..=4).contains(&family.chars().count()) && !hangul && listed && whole_word {
            len + 1
        } else {
            0
        }
    }

    /// Is `word`, right before an honorific, a name? One in a script
    /// without case opens with a listed surname or is listed whole, in two
    /// to four letters (`お客様`, "the customer", and `皆様`, "everyone",
    /// are none); one in a cased script is capitalised and no vocabulary.
    fn reads_as_honoured_name(&self, word: &str) -> bool {
        let Some((len, kind)) = super::word(word) else {
            return false;
        };
        if len != word.len() || is_not_name(word) || is_phrase_word(word) {
            return false;
        }
        let known = self.db.lookup(word);
        match kind {
            Word::Uncased => {
                let chars = word.chars().count();
                let hangul = word.chars().all(is_hangul_syllable);
                (2..=4).contains(&chars)
                    && if hangul {
                        self.hangul_part(word, chars, known) == Part::Whole
                    } else {
                        known.any() || self.db.starts_with_cjk_surname(word)
                    }
            }
            Word::Capitalised => !is_log_vocabulary(word, known),
            _ => false,
        }
    }
}
