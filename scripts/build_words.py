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
- the same for sixteen more languages that Debian has no plain word list
  of (cs sk sl hr/sr nb/nn ro hu lt lv is ca el ru uk bg), with their
  Hunspell dictionaries (`hunspell -G` accepts the word in lower case, which
  a proper name's entry does not allow), minus words that are probably
  names the lists hold in another spelling: folded to ASCII letters
  (Unidecode) they are a listed name (`bălan`, `ковальчук`), or they are a
  listed name with a case ending the engine's table takes off (`ozolu`).
  Not Turkish: its surnames are ordinary words too often (`Doğru`);
- surnames that are no given name and are common English words (Zipf
  frequency >= 3.5) but not yet in ambiguous.txt: mostly plurals and places
  that the untyped name sources hold ("channels", "benefits", "baltimore").
  The engine treats these as ambiguous (a name only next to a clear one).
Only the yes/no list is shipped, no frequencies.

    apt-get install wamerican wbritish wngerman wfrench wspanish witalian \
        wdutch wportuguese wpolish wswedish wdanish
    apt-get install hunspell hunspell-cs hunspell-sk hunspell-sl hunspell-hr \
        hunspell-sr hunspell-no hunspell-ro hunspell-hu hunspell-lt hunspell-lv \
        hunspell-is hunspell-ca hunspell-el hunspell-ru hunspell-uk hunspell-bg
    pip install wordfreq==3.1.1 Unidecode==1.3.8
    scripts/build_words.py
"""
import pathlib
import re
import subprocess
import unicodedata

from unidecode import unidecode
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
# wordfreq language -> Hunspell dictionaries (Debian's hunspell-LL packages)
# for the languages Debian has no plain word list of: a word counts when
# `hunspell -G` accepts it in lower case, which a proper name's entry
# (`Praha`, `Jana`) does not allow.
HUNSPELL = {
    "cs": ["cs_CZ"],
    "sk": ["sk_SK"],
    "sl": ["sl_SI"],
    "sh": ["hr_HR", "sr_Latn_RS"],
    "nb": ["nb_NO", "nn_NO"],
    "ro": ["ro_RO"],
    "hu": ["hu_HU"],
    "lt": ["lt_LT"],
    "lv": ["lv_LV"],
    "is": ["is_IS"],
    "ca": ["ca"],
    "el": ["el_GR"],
    "ru": ["ru_RU"],
    "uk": ["uk_UA"],
    "bg": ["bg_BG"],
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


def case_endings():
    """The (ending, replacement) pairs of the engine's declined-name table."""
    source = (DATA.parent.parent / "src/name/declined.rs").read_text(encoding="utf-8")
    table = source[source.index("const INFLECTIONS") :]
    table = table[: table.index("];")]
    return re.findall(r'\("([^"]+)", "([^"]*)"\)', table)


def hunspell_accepts(lang, candidates):
    """The candidates one of the language's Hunspell dictionaries accepts."""
    text = "".join(w + "\n" for w in candidates)
    out = set()
    for dic in HUNSPELL[lang]:
        run = subprocess.run(
            ["hunspell", "-d", dic, "-G"], input=text, capture_output=True, text=True, check=True
        )
        out.update(run.stdout.split())
    return out


def main():
    def read(f):
        return set((DATA / f).read_text(encoding="utf-8").split())

    given, surname, ambiguous = read("given.txt"), read("surname.txt"), read("ambiguous.txt")
    names = given | surname | read("particles.txt")
    words = {
        w for w in surname - given - ambiguous if w.isalpha() and zipf_frequency(w, "en") >= 3.5
    }
    def candidates(lang):
        top = (unicodedata.normalize("NFC", w.lower()) for w in top_n_list(lang, 25000 if lang == "en" else 15000))
        return {w for w in top if len(w) >= 3 and w.isalpha() and w not in names}

    inflections = case_endings()

    def unlike_names(ws):
        # The name lists often hold a name without its diacritics or in
        # Latin letters only (`balan`, `kovalchuk`): a word that folds to a
        # name (`bălan`, `ковальчук`) may well be that name. One that is a
        # listed name with a case ending the engine takes off (`ozolu`,
        # `ozols`'s accusative) is that name in a sentence.
        def name_like(w):
            folded = "".join(c for c in unidecode(w) if c.isalpha())
            return folded in names or any(
                w.endswith(end) and len(w) - len(end) >= 3 and w[: len(w) - len(end)] + base in names
                for end, base in inflections
            )

        return {w for w in ws if not name_like(w)}

    for lang in LISTS:
        words |= candidates(lang) & dictionary(lang)
    for lang in HUNSPELL:
        words |= unlike_names(hunspell_accepts(lang, sorted(candidates(lang))))
    out = sorted(words, key=lambda w: w.encode("utf-8"))
    (DATA / "words.txt").write_text("".join(w + "\n" for w in out), encoding="utf-8")
    print(f"words.txt: {len(out)} words")


if __name__ == "__main__":
    main()
