#!/usr/bin/env python3
"""Regenerate crates/core/data/names/words.txt: ordinary words, so that a
capitalised one is vocabulary ("Digital Channels", "Release Train",
"Rückruf"), not an unknown name.

Two parts, from wordfreq 3.1.1 (PyPI; code Apache-2.0, data CC-BY-SA 4.0)
and the Debian word lists (`wamerican wbritish wngerman wfrench wspanish
witalian wdutch wportuguese wpolish wswedish wdanish`):
- the most frequent words of a language (top 25,000 in English, whose log
  templates are most, 15,000 in the others) that its Debian list holds as
  an ordinary word (lower case; any case in German, whose nouns are
  capitalised) and no name list knows (given.txt, surname.txt,
  particles.txt): wordfreq alone also ranks names high ("ayşegül",
  "νικόλαο"), the dictionary drops them. Letters only, three or more;
- surnames that are no given name and are common English words (Zipf
  frequency >= 3.5) but not yet in ambiguous.txt: mostly plurals and places
  that the untyped name sources hold ("channels", "benefits", "baltimore").
  The engine treats these as ambiguous (a name only next to a clear one).
Only the yes/no list is shipped, no frequencies.

    apt-get install wamerican wbritish wngerman wfrench wspanish witalian \
        wdutch wportuguese wpolish wswedish wdanish
    pip install wordfreq==3.1.1
    scripts/build_words.py
"""
import pathlib
import unicodedata

from wordfreq import top_n_list, zipf_frequency

DATA = pathlib.Path(__file__).resolve().parent.parent / "crates/core/data/names"
DICT = pathlib.Path("/usr/share/dict")
# wordfreq language -> Debian word lists
LISTS = {
    "en": ["american-english", "british-english"],
    "de": ["ngerman"],
    "fr": ["french"],
    "es": ["spanish"],
    "it": ["italian"],
    "nl": ["dutch"],
    "pt": ["portuguese"],
    "pl": ["polish"],
    "sv": ["swedish"],  # ISO-8859-1 in Debian 12 (wswedish)
    "da": ["danish"],
}


def dictionary(lang):
    """The list's ordinary words, lowercased: lower-case entries (any in German)."""
    out = set()
    for name in LISTS[lang]:
        raw = (DICT / name).read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        for w in text.split("\n"):
            w = unicodedata.normalize("NFC", w.strip())
            if w and (lang == "de" or w == w.lower()):
                out.add(w.lower())
    return out


def main():
    def read(f):
        return set((DATA / f).read_text(encoding="utf-8").split())

    given, surname, ambiguous = read("given.txt"), read("surname.txt"), read("ambiguous.txt")
    names = given | surname | read("particles.txt")
    words = {
        w for w in surname - given - ambiguous if w.isalpha() and zipf_frequency(w, "en") >= 3.5
    }
    for lang in LISTS:
        known = dictionary(lang)
        for w in top_n_list(lang, 25000 if lang == "en" else 15000):
            w = unicodedata.normalize("NFC", w.lower())
            if len(w) >= 3 and w.isalpha() and w in known and w not in names:
                words.add(w)
    out = sorted(words, key=lambda w: w.encode("utf-8"))
    (DATA / "words.txt").write_text("".join(w + "\n" for w in out), encoding="utf-8")
    print(f"words.txt: {len(out)} words")


if __name__ == "__main__":
    main()
