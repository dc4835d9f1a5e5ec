//! Numbers said digit by digit and written down by speech-to-text: "zero
//! eight 668 02627", "dva dva jedna devět sedm …", "2 1 0 8 0 3 9 5 7". No
//! number run holds them, since words and single digits separate the
//! groups; read as one sequence of digits they are a phone number, or a
//! card number when longer than any phone number.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::wordset::fold_into;

/// Digits a spoken number has at least and at most: a card number has up
/// to 19 (more than a phone's 15), and a caller reads it out too.
const MIN_DIGITS: usize = 7;
const MAX_DIGITS: usize = 19;

/// The most digits of a phone number (E.164); a longer spoken number is a
/// card's.
pub(super) const MAX_PHONE_DIGITS: usize = 15;

/// Digit words that make a number without any phrase before it: nobody
/// says five digits in a row but a number.
const SELF_EVIDENT_WORDS: usize = 5;

/// The digit words of the languages we log, lower case, each with its digit.
#[rustfmt::skip]
const DIGIT_WORDS: &[(&str, u8)] = &[
    // en, de, fr, es, it, pt, nl
    ("zero", 0), ("oh", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5),
    ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9),
    ("null", 0), ("eins", 1), ("zwei", 2), ("zwo", 2), ("drei", 3), ("vier", 4), ("fünf", 5),
    ("sechs", 6), ("sieben", 7), ("acht", 8), ("neun", 9),
    ("zéro", 0), ("un", 1), ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5), ("sept", 7),
    ("huit", 8), ("neuf", 9),
    ("cero", 0), ("uno", 1), ("dos", 2), ("tres", 3), ("cuatro", 4), ("cinco", 5), ("seis", 6),
    ("siete", 7), ("ocho", 8), ("nueve", 9),
    ("due", 2), ("tre", 3), ("quattro", 4), ("cinque", 5), ("sei", 6), ("sette", 7),
    ("otto", 8), ("nove", 9),
    ("um", 1), ("dois", 2), ("três", 3), ("quatro", 4), ("sete", 7), ("oito", 8),
    ("nul", 0), ("een", 1), ("één", 1), ("twee", 2), ("drie", 3), ("vijf", 5), ("zes", 6),
    ("zeven", 7), ("negen", 9),
    // sv, da, no, fi, et
    ("noll", 0), ("ett", 1), ("två", 2), ("fyra", 4), ("fem", 5), ("sex", 6), ("sju", 7),
    ("åtta", 8), ("nio", 9), ("en", 1), ("to", 2), ("fire", 4), ("seks", 6), ("syv", 7),
    ("otte", 8), ("åtte", 8), ("ni", 9),
    ("nolla", 0), ("yksi", 1), ("kaksi", 2), ("kolme", 3), ("neljä", 4), ("viisi", 5),
    ("kuusi", 6), ("seitsemän", 7), ("kahdeksan", 8), ("yhdeksän", 9),
    ("üks", 1), ("kaks", 2), ("kolm", 3), ("neli", 4), ("viis", 5), ("kuus", 6),
    ("seitse", 7), ("kaheksa", 8), ("üheksa", 9),
    // pl, cs, sk, hu, ro
    ("jeden", 1), ("dwa", 2), ("trzy", 3), ("cztery", 4), ("pięć", 5), ("sześć", 6),
    ("siedem", 7), ("osiem", 8), ("dziewięć", 9),
    ("nula", 0), ("jedna", 1), ("dva", 2), ("tři", 3), ("čtyři", 4), ("pět", 5), ("šest", 6),
    ("sedm", 7), ("osm", 8), ("devět", 9), ("dve", 2), ("tri", 3), ("štyri", 4), ("päť", 5),
    ("šesť", 6), ("sedem", 7), ("osem", 8), ("deväť", 9),
    ("nulla", 0), ("egy", 1), ("kettő", 2), ("három", 3), ("négy", 4), ("öt", 5), ("hat", 6),
    ("hét", 7), ("nyolc", 8), ("kilenc", 9),
    ("unu", 1), ("doi", 2), ("trei", 3), ("patru", 4), ("cinci", 5), ("șase", 6), ("şase", 6),
    ("șapte", 7), ("şapte", 7), ("opt", 8), ("nouă", 9),
    // hr, sr, sl, lt, lv, tr
    ("jedan", 1), ("četiri", 4), ("pet", 5), ("sedam", 7), ("osam", 8), ("devet", 9),
    ("ena", 1), ("štiri", 4),
    ("nulis", 0), ("vienas", 1), ("du", 2), ("trys", 3), ("keturi", 4), ("penki", 5),
    ("šeši", 6), ("septyni", 7), ("aštuoni", 8), ("devyni", 9),
    ("nulle", 0), ("viens", 1), ("divi", 2), ("trīs", 3), ("četri", 4), ("pieci", 5),
    ("seši", 6), ("septiņi", 7), ("astoņi", 8), ("deviņi", 9),
    ("sıfır", 0), ("bir", 1), ("iki", 2), ("üç", 3), ("dört", 4), ("beş", 5), ("altı", 6),
    ("yedi", 7), ("sekiz", 8), ("dokuz", 9),
    // ru, uk, bg, el
    ("ноль", 0), ("нуль", 0), ("один", 1), ("одна", 1), ("два", 2), ("три", 3),
    ("четыре", 4), ("пять", 5), ("шесть", 6), ("семь", 7), ("восемь", 8), ("девять", 9),
    ("чотири", 4), ("п'ять", 5), ("шість", 6), ("сім", 7), ("вісім", 8), ("дев'ять", 9),
    ("нула", 0), ("едно", 1), ("две", 2), ("четири", 4), ("пет", 5), ("шест", 6),
    ("седем", 7), ("осем", 8), ("девет", 9),
    ("μηδέν", 0), ("ένα", 1), ("δύο", 2), ("τρία", 3), ("τέσσερα", 4), ("πέντε", 5),
    ("έξι", 6), ("επτά", 7), ("εφτά", 7), ("οκτώ", 8), ("οχτώ", 8), ("εννέα", 9), ("εννιά", 9),
    // sr (Cyrillic), sl, hr
    ("један", 1), ("седам", 7), ("осам", 8), ("nič", 0),
    // gl, ca, eu
    ("dous", 2), ("catro", 4), ("cinc", 5), ("sis", 6), ("set", 7), ("vuit", 8), ("nou", 9),
    ("bat", 1), ("bi", 2), ("hiru", 3), ("lau", 4), ("bost", 5), ("zazpi", 7), ("zortzi", 8),
    ("bederatzi", 9),
    // is, ga, lb, mt
    ("núll", 0), ("einn", 1), ("tveir", 2), ("þrír", 3), ("fjórir", 4), ("fimm", 5),
    ("sjö", 7), ("átta", 8), ("níu", 9),
    ("náid", 0), ("aon", 1), ("dó", 2), ("trí", 3), ("ceathair", 4), ("cúig", 5), ("sé", 6),
    ("seacht", 7), ("ocht", 8), ("naoi", 9),
    ("eent", 1), ("zwee", 2), ("dräi", 3), ("véier", 4), ("fënnef", 5), ("siwen", 7),
    ("aacht", 8), ("néng", 9),
    ("żero", 0), ("wieħed", 1), ("tnejn", 2), ("tlieta", 3), ("erbgħa", 4), ("ħamsa", 5),
    ("sitta", 6), ("sebgħa", 7), ("tmienja", 8), ("disgħa", 9),
];

/// The bytes that separate tokens (see `find`).
const SEPARATORS: [char; 3] = [' ', ',', ';'];

/// What the census looks for before an ASCII line is tokenized: each
/// ASCII digit word and repeat word with a separator before or after it,
/// and each digit with one on either side. A spoken number is two tokens
/// at least (one gives at most three digits, "triple seven"), each ended
/// by a separator where the next begins: so one of its digit words, or of
/// its four single digits, touches a separator, and one not first nor
/// last (or after "double" or "triple", which touches one itself) has one
/// on either side. An ASCII line without any of these holds none.
pub(crate) fn spoken_digit_patterns() -> Vec<String> {
    let words = DIGIT_WORDS
        .iter()
        .map(|&(w, _)| w)
        .filter(|w| w.is_ascii())
        .chain(["double", "triple"]);
    let beside = words.flat_map(|w| SEPARATORS.map(|s| [format!("{s}{w}"), format!("{w}{s}")]));
    let between = ('0'..='9').flat_map(|d| {
        SEPARATORS
            .into_iter()
            .flat_map(move |a| SEPARATORS.map(|b| format!("{a}{d}{b}")))
    });
    beside.flatten().chain(between).collect()
}

/// The digit words by script: ASCII ones packed into an integer, so the
/// common case (an ordinary Latin word) costs one multiply-and-compare
/// rather than a string hash.
struct DigitWords {
    ascii: FxHashMap<u128, u8>,
    other: FxHashMap<&'static str, u8>,
    /// Per lower-case first letter, a bit per length some ASCII digit word
    /// has: most words of a line are rejected by it without a lookup.
    ascii_shapes: [u32; 26],
}

fn digit_words() -> &'static DigitWords {
    static WORDS: OnceLock<DigitWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        let (ascii, other): (Vec<_>, Vec<_>) = DIGIT_WORDS.iter().partition(|(w, _)| w.is_ascii());
        let mut ascii_shapes = [0u32; 26];
        for (w, _) in &ascii {
            ascii_shapes[usize::from(w.as_bytes()[0] - b'a')] |= 1 << w.len();
        }
        DigitWords {
            ascii_shapes,
            ascii: ascii
                .iter()
                .map(|&(w, d)| (ascii_key(w.as_bytes()).expect("short word"), d))
                .collect(),
            other: other.into_iter().collect(),
        }
    })
}

/// An ASCII word of letters (or `'`) lower-cased and packed into an
/// integer; `None` for anything longer or not a word.
fn ascii_key(word: &[u8]) -> Option<u128> {
    if word.len() > 16 {
        return None;
    }
    let mut key = 0u128;
    for &b in word {
        if !(b.is_ascii_alphabetic() || b == b'\'') {
            return None;
        }
        key = key << 8 | u128::from(b.to_ascii_lowercase());
    }
    Some(key)
}

/// A spoken number: where it is, and its digits.
pub(super) struct Spoken {
    pub start: usize,
    pub end: usize,
    pub digits: [u8; MAX_DIGITS],
    pub len: usize,
    /// Said with "plus" first: the digits open with a calling code.
    pub international: bool,
}

/// The sequence being read: its span, digits, and what it is made of.
#[derive(Default)]
struct Sequence {
    start: usize,
    end: usize,
    digits: [u8; MAX_DIGITS],
    len: usize,
    words: usize,
    single_digits: usize,
    too_long: bool,
    international: bool,
}

impl Sequence {
    fn push(&mut self, start: usize, end: usize, digits: &[u8], word: bool) {
        if self.len == 0 && !self.too_long && !self.international {
            self.start = start;
        }
        self.end = end;
        if self.len + digits.len() > MAX_DIGITS {
            self.too_long = true;
        } else {
            self.digits[self.len..self.len + digits.len()].copy_from_slice(digits);
            self.len += digits.len();
        }
        self.words += usize::from(word);
        self.single_digits += usize::from(!word && digits.len() == 1);
    }

    /// Words or single digits (not groups a number run reads) make it
    /// spoken; five digit words, or a phone phrase before it, a number.
    fn spoken(&self, announced: &impl Fn(usize) -> bool) -> Option<Spoken> {
        let spoken = self.words >= 2 || self.single_digits >= 4;
        let evident = self.words >= SELF_EVIDENT_WORDS;
        (spoken && !self.too_long && self.len >= MIN_DIGITS && (evident || announced(self.start)))
            .then_some(Spoken {
                start: self.start,
                end: self.end,
                digits: self.digits,
                len: self.len,
                international: self.international,
            })
    }
}

/// The bytes that end a spoken sequence at a token's end (see `find`). A
/// table: every token's last byte is looked up.
const ENDS_SEQUENCE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = matches!(
            b as u8,
            b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b':' | b'}' | b']' | b'\\'
        );
        b += 1;
    }
    t
};

/// The first `=` of each token, from searches of the line that go on
/// only past each `=`: most tokens hold none, and reading every byte of
/// every token for one cost more than the rest of a token's tests.
struct NextEquals {
    /// The first `=` at or after where the last search started.
    next: Option<usize>,
}

impl NextEquals {
    fn of(line: &[u8]) -> NextEquals {
        NextEquals {
            next: memchr::memchr(b'=', line),
        }
    }

    /// Where `line[start..end]` holds its first `=`, from `start`. The
    /// `start`s asked about may not decrease.
    fn within(&mut self, line: &[u8], start: usize, end: usize) -> Option<usize> {
        if self.next.is_some_and(|e| e < start) {
            self.next = memchr::memchr(b'=', &line[start..]).map(|i| start + i);
        }
        self.next.filter(|&e| e < end).map(|e| e - start)
    }
}

/// Calls `found` for each spoken number in `line`. `announced(start)`:
/// whether a phone phrase comes right before the number at `start`;
/// `ascii`: the line is all ASCII (its census says), so its tokens are.
/// Byte by byte: every line is read, and most tokens are rejected by their
/// first byte or length before any lookup.
pub(super) fn find(
    line: &[u8],
    ascii: bool,
    announced: impl Fn(usize) -> bool,
    mut found: impl FnMut(Spoken),
) {
    let mut seq = Sequence::default();
    // "double three", "triple seven": how often the next digit is said.
    let mut repeat = 1;
    let mut equals = NextEquals::of(line);
    let mut at = 0;
    while at < line.len() {
        let len = memchr::memchr3(b' ', b',', b';', &line[at..]).unwrap_or(line.len() - at);
        let token = &line[at..at + len];
        // Quotes open a text, after a key too (`text="eight …`); sentence
        // punctuation, and the quote and brace that close a JSON string
        // and object (`…seven"}`), end the sequence.
        let opening = |b: &&u8| matches!(b, b'"' | b'\'' | b'(');
        let lead = match equals.within(line, at, at + len) {
            Some(eq) => eq + 1 + token[eq + 1..].iter().take_while(opening).count(),
            None => token.iter().take_while(opening).count(),
        };
        let trail = token[lead..]
            .iter()
            .rev()
            .take_while(|&&b| ENDS_SEQUENCE[usize::from(b)])
            .count();
        let word = &token[lead..len - trail];
        // ", " leaves an empty token, and a dash stands between groups
        // ("noll sju två - noll ett fem"): the sequence goes on over them.
        if token.is_empty() || token == b"-" || token == "–".as_bytes() {
            at += len.max(1);
            continue;
        }
        if lead > 0 {
            close(&mut seq, &announced, &mut found);
        }
        // "plus three five three …": the number opens with its calling code.
        if seq.len == 0 && word.eq_ignore_ascii_case(b"plus") {
            close(&mut seq, &announced, &mut found);
            seq.international = true;
            seq.start = at + lead;
            at += len + 1;
            continue;
        }
        if let Some(times) = repeat_word(word).filter(|_| trail == 0) {
            repeat = times;
            at += len + 1;
            continue;
        }
        match digit_value(word, ascii) {
            Some((digits, n, is_word)) => {
                let start = at + lead;
                for _ in 0..if n == 1 { repeat } else { 1 } {
                    seq.push(start, start + word.len(), &digits[..n], is_word);
                }
            }
            None => close(&mut seq, &announced, &mut found),
        }
        repeat = 1;
        if trail > 0 {
            close(&mut seq, &announced, &mut found);
        }
        at += len + 1;
    }
    close(&mut seq, &announced, &mut found);
}

/// Reports the sequence if it is a spoken number, and starts a new one.
/// Most tokens close nothing (no digit was read): that test is made where
/// `close` is called, without a call.
#[inline(always)]
fn close(seq: &mut Sequence, announced: &impl Fn(usize) -> bool, found: &mut impl FnMut(Spoken)) {
    if seq.len == 0 && !seq.too_long && !seq.international {
        return;
    }
    report(seq, announced, found);
}

fn report(seq: &mut Sequence, announced: &impl Fn(usize) -> bool, found: &mut impl FnMut(Spoken)) {
    if let Some(n) = seq.spoken(announced) {
        found(n);
    }
    *seq = Sequence::default();
}

/// "double" and "triple" before a digit word: it is said two or three
/// times ("double three" is 33), as British and Irish callers say it.
fn repeat_word(word: &[u8]) -> Option<usize> {
    if word.eq_ignore_ascii_case(b"double") {
        Some(2)
    } else if word.eq_ignore_ascii_case(b"triple") {
        Some(3)
    } else {
        None
    }
}

/// The longest digit word, in bytes.
const MAX_WORD_LEN: usize = 18;

/// The most digits of a group written as digits among the words: "nul
/// zes 12345678" says the trunk and mobile prefix, then the rest in one.
const MAX_GROUP: usize = 8;

/// The digits of one token: a group of at most `MAX_GROUP` ASCII digits,
/// or a digit word in any case (`is_word`). `ascii`: the token is known
/// to be all ASCII, as every token of an ASCII line is.
fn digit_value(token: &[u8], ascii: bool) -> Option<([u8; MAX_GROUP], usize, bool)> {
    let mut digits = [0u8; MAX_GROUP];
    let first = *token.first()?;
    if first.is_ascii_digit() {
        if token.len() > MAX_GROUP || !token.iter().all(u8::is_ascii_digit) {
            return None;
        }
        digits[..token.len()].copy_from_slice(token);
        return Some((digits, token.len(), false));
    }
    if token.len() < 2
        || token.len() > MAX_WORD_LEN
        || !(first.is_ascii_alphabetic() || first >= 0xC0)
    {
        return None;
    }
    let words = digit_words();
    let d = if ascii || token.is_ascii() {
        let first = first.to_ascii_lowercase();
        let shape = first
            .is_ascii_lowercase()
            .then(|| words.ascii_shapes[usize::from(first - b'a')]);
        if shape.map_or(true, |bits| bits & 1u32 << token.len() == 0) {
            return None;
        }
        *words.ascii.get(&ascii_key(token)?)?
    } else {
        let mut buf = [0u8; 64];
        let folded = fold_into(std::str::from_utf8(token).ok()?, &mut buf, false)?;
        *words.other.get(folded)?
    };
    digits[0] = b'0' + d;
    Some((digits, 1, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn equals_are_found_as_in_each_token(
            line in proptest::collection::vec(proptest::sample::select(&b"a==b "[..]), 0..24),
            cuts in proptest::collection::vec(0..30usize, 0..8),
        ) {
            let mut cuts: Vec<usize> = cuts.into_iter().map(|c| c.min(line.len())).collect();
            cuts.sort_unstable();
            let mut equals = NextEquals::of(&line);
            for pair in cuts.windows(2) {
                let (start, end) = (pair[0], pair[1]);
                let each = line[start..end].iter().position(|&b| b == b'=');
                proptest::prop_assert_eq!(equals.within(&line, start, end), each);
            }
        }

        /// The census gate in `scan_spoken_numbers` skips only ASCII lines
        /// where `find` reports nothing, even with every number announced.
        #[test]
        fn lines_the_census_turns_down_hold_no_spoken_number(
            picked in proptest::collection::vec(proptest::sample::select(pieces()), 0..32),
        ) {
            let line = picked.concat();
            let mut reported = 0;
            find(&line, line.is_ascii(), |_| true, |_| reported += 1);
            let census = crate::census::Census::of(&line);
            if line.is_ascii() && !census.has(crate::census::PhraseSet::SpokenDigits) {
                proptest::prop_assert_eq!(reported, 0, "{:?}", String::from_utf8_lossy(&line));
            }
        }
    }

    #[test]
    fn the_census_lets_through_each_shape_of_spoken_number() {
        // Single digits alone; one between quotes and a repeat word; words
        // at both ends of a group; words only.
        for line in [
            "4 4 4 4 4 4 4",
            "x=\"5 1234 triple 6.",
            "\"zero 1234567 eight.",
            "ZERO eight six six eight zero two",
        ] {
            let mut reported = 0;
            find(line.as_bytes(), true, |_| true, |_| reported += 1);
            let census = crate::census::Census::of(line.as_bytes());
            assert!(reported > 0, "{line:?}");
            assert!(
                census.has(crate::census::PhraseSet::SpokenDigits),
                "{line:?}"
            );
        }
    }

    /// Pieces of lines: digit words in any case, digits and groups,
    /// repeat words, the separators and the bytes around tokens.
    fn pieces() -> Vec<Vec<u8>> {
        let mut pieces: Vec<Vec<u8>> = [
            "1", "7", "12", "1234", "12345678", "double", "TRIPLE", "plus", "x", "ab", "-", " ",
            " ", " ", ",", ";", "=", "\"", "'", "(", ".", ")", "}", ":", "\\",
        ]
        .iter()
        .map(|p| p.as_bytes().to_vec())
        .collect();
        // Separators and single digits often enough that spoken numbers
        // occur, with and without digit words.
        for _ in 0..6 {
            pieces.extend([b" ".to_vec(), b"4".to_vec()]);
        }
        for (w, _) in DIGIT_WORDS.iter().filter(|(w, _)| w.is_ascii()).step_by(14) {
            pieces.push(w.as_bytes().to_vec());
            pieces.push(w.to_ascii_uppercase().into_bytes());
        }
        pieces
    }
}
