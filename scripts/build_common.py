#!/usr/bin/env python3
"""Regenerate crates/core/data/names/common.txt: the names of ambiguous.txt
that are frequent words somewhere ("and", "from", "und", "will", "karl",
"chiara"), as opposed to names that are rare words ("mazur", "sjöberg",
"poppy"). Next to a self-introduction a rare one still reads as a name
("z tej strony aleksandra mazur"); a frequent one does not ("this is anna
from billing").

A name is frequent when its Zipf frequency (wordfreq 3.1.1, PyPI; code
Apache-2.0, data CC-BY-SA 4.0) reaches THRESHOLD in any of the languages
below. Wordfreq counts a name's use as a name too, which is why this splits
ambiguous.txt only and never decides what a name is. Only the yes/no list
is shipped, no frequencies.

    pip install wordfreq==3.1.1
    scripts/build_common.py
"""
import pathlib

from wordfreq import zipf_frequency

DATA = pathlib.Path(__file__).resolve().parent.parent / "crates/core/data/names"
LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "fi", "cs", "hu",
             "ro", "tr", "ca", "nb", "el", "ru", "uk", "bg", "hr", "sr", "sk", "sl", "lt", "lv"]
# About once in 30,000 words: "wolf", "greco", "bell" and more common.
THRESHOLD = 4.5


def main():
    ambiguous = (DATA / "ambiguous.txt").read_text(encoding="utf-8").split()
    common = sorted(w for w in ambiguous
                    if max(zipf_frequency(w, lang) for lang in LANGUAGES) >= THRESHOLD)
    (DATA / "common.txt").write_text("".join(w + "\n" for w in common), encoding="utf-8")
    print(f"common.txt: {len(common)} of {len(ambiguous)} ambiguous names")


if __name__ == "__main__":
    main()
