//! Names split over the cells of a CSV, TSV or semicolon row
//! (`2024-03-24,Cornelius,Mülichen,…`, `Olsson;Carolina;…`): each cell is a
//! lone word, which no other rule takes alone, but two neighbouring cells
//! make a name when one is a clear given name and the other a surname.

use super::*;
use crate::census::Census;
use crate::needles::Needle;

/// The fewest separators a line needs to be read as a row.
const MIN_SEPARATORS: usize = 3;

impl NameFinder {
    /// Calls `found(start, end)` for each cell of a row that holds half of
    /// a name split over two neighbouring cells.
    pub(crate) fn find_in_cells(
        &self,
        line: &[u8],
        census: Census,
        mut found: impl FnMut(usize, usize),
    ) {
        let seps = [
            (b';', Needle::Semicolon),
            (b',', Needle::Comma),
            (b'\t', Needle::Tab),
        ];
        for (sep, needle) in seps {
            // The census rules out a separator the line lacks without a
            // search.
            if !census.holds(line, needle)
                || memchr::memchr_iter(sep, line)
                    .nth(MIN_SEPARATORS - 1)
                    .is_none()
            {
                continue;
            }
            let mut prev: Option<((usize, usize), Cell)> = None;
            // A cell is half of one name at most: in `Woods;Jessica;Manchester`
            // the town after the pair stays.
            let mut prev_paired = false;
            let mut start = 0;
            let colon_space = census.holds(line, Needle::ColonSpace);
            // A printed list opens and closes cells too (`row: ['Bianca', …]`).
            for end in memchr::memchr3_iter(sep, b'[', b']', line).chain([line.len()]) {
                let span = trim_cell(line, start, end, colon_space);
                let cell = self.cell(&line[span.0..span.1]);
                if cell == Cell::Other && self.is_lower_case_name_cell(&line[span.0..span.1]) {
                    found(span.0, span.1);
                }
                let paired = !prev_paired
                    && prev.is_some_and(|(prev_span, prev_cell)| {
                        let pair = prev_cell.pairs_with(cell);
                        if pair {
                            found(prev_span.0, prev_span.1);
                            found(span.0, span.1);
                        }
                        pair
                    });
                prev_paired = paired;
                prev = Some((span, cell));
                start = end + 1;
            }
        }
    }

    /// A cardholder's name as a card is embossed and a payment export
    /// writes it beside the number (`…;4111…;EUR;JOANNA KOWALCZYK`): two
    /// to four words in capitals, none ordinary or log vocabulary, one of
    /// them a listed name (`EUR`, `CARD NOT PRESENT`, `VISA` are none).
    pub(crate) fn is_embossed_name(&self, cell: &[u8]) -> bool {
        let Ok(text) = std::str::from_utf8(cell) else {
            return false;
        };
        let words = text.split(' ');
        let mut listed = false;
        (2..=4).contains(&words.clone().count())
            && words.into_iter().all(|w| {
                let known = self.db.lookup(w);
                listed |= known.any() && !known.common;
                w.chars().count() >= 2
                    && w.chars()
                        .all(|c| c.is_uppercase() || matches!(c, '-' | '\''))
                    && !is_log_vocabulary(w, known)
                    && !is_not_name(w)
            })
            && listed
    }

    /// A whole name in one cell, in lower case as CDRs and exports keep
    /// what callers typed (`"abebe haile"`): two or three words, each a
    /// listed name and no frequent word, one of them a clear given name.
    fn is_lower_case_name_cell(&self, text: &[u8]) -> bool {
        // Every cell of a row is asked, and few hold lower-case words
        // only: words of lower-case chars, `-` and `'`, one space apart,
        // have no other ASCII byte, and a space.
        let lower_case_words = text
            .iter()
            .all(|&b| b >= 0x80 || b.is_ascii_lowercase() || matches!(b, b'-' | b'\'' | b' '));
        if !lower_case_words || memchr::memchr(b' ', text).is_none() {
            return false;
        }
        let Ok(text) = std::str::from_utf8(text) else {
            return false;
        };
        let words = text.split(' ');
        let count = words.clone().count();
        let mut given = false;
        let all_names = (2..=3).contains(&count)
            && words.into_iter().all(|w| {
                let known = self.db.lookup(w);
                given |= is_clear_given(w, known);
                w.chars().count() >= 2
                    && is_lower_case_word(w)
                    && known.any()
                    && !known.common
                    && !is_log_vocabulary(w, known)
                    && !is_not_name(w)
            });
        all_names && given
    }

    /// What one cell holds, for pairing with its neighbour.
    fn cell(&self, text: &[u8]) -> Cell {
        // A capitalised or upper-case word opens with a capital, ASCII or
        // not: most cells of a row (numbers, ids, `"key":` in JSON) are
        // told by their first byte.
        let opens_particle = text.first().is_some_and(u8::is_ascii_lowercase)
            && (super::phrase::starts_with_particle(text) || opens_with_surname_opener(text));
        if !text
            .first()
            .is_some_and(|&b| b.is_ascii_uppercase() || b >= 0x80)
            && !opens_particle
        {
            return Cell::Other;
        }
        let Ok(w) = std::str::from_utf8(text) else {
            return Cell::Other;
        };
        if is_particle_surname(w) {
            return Cell::Surname;
        }
        let Some((len, kind)) = word(w) else {
            return Cell::Other;
        };
        // `…,直樹,高橋,…`: a run of Han, kana or Hangul the lists hold, as
        // long as a name part.
        if kind == Word::Uncased {
            let listed = len == w.len() && w.chars().count() <= 4 && self.db.lookup(w).any();
            return if listed { Cell::Uncased } else { Cell::Other };
        }
        let whole_word = len == w.len() && matches!(kind, Word::Capitalised | Word::Upper);
        // `…,"Cork Patrick Street",CH,1,…`: two capitals that name a
        // country are its code, a cell a row holds as often as a name.
        if !whole_word || w.len() == 2 && crate::phone::CallingCodes::knows_region(w) {
            return Cell::Other;
        }
        let known = self.db.lookup(w);
        if is_clear_given(w, known) {
            Cell::Given
        } else if is_surname_like(w, known) {
            if known.any() {
                Cell::Surname
            } else {
                Cell::Unknown
            }
        } else if known.any() && !in_log_words(w) && !is_not_name(w) {
            Cell::Ambiguous
        } else if known.given {
            Cell::Worded
        } else {
            Cell::Other
        }
    }
}

/// Particles that open an Arabic or Irish surname, beyond the name
/// particles that join a name's parts (`PARTICLES`).
const SURNAME_OPENERS: &[&str] = &["bint", "binti", "Ó", "Ní", "Nic", "Uí"];

/// Does a cell open with one of `SURNAME_OPENERS` and a space? No opener
/// holds a space, so its space is the cell's first, at most five bytes
/// in: found once, rather than each opener compared in turn.
fn opens_with_surname_opener(text: &[u8]) -> bool {
    let Some(space) = text.iter().take(6).position(|&b| b == b' ') else {
        return false;
    };
    SURNAME_OPENERS
        .iter()
        .any(|p| p.as_bytes() == &text[..space])
}

/// `de Graaf`, `ibn Hamza Taha`, `bint Hamad`, `Ó Briain`: one to three
/// particles, then one or two capitalised words. A surname that opens
/// with its particle is a name wherever it stands.
fn is_particle_surname(cell: &str) -> bool {
    // Most cells are one word, and the rest open with no particle: both
    // are told before any word is lexed.
    if cell.len() > 48 || !cell.contains(' ') {
        return false;
    }
    let mut particles = 0;
    let mut names = 0;
    for w in cell.split(' ') {
        let particle = is_particle(w) || SURNAME_OPENERS.contains(&w);
        if particle && names == 0 {
            particles += 1;
        } else if particles == 0 {
            return false;
        } else if word(w).is_some_and(|(len, kind)| len == w.len() && kind == Word::Capitalised) {
            names += 1;
        } else {
            return false;
        }
    }
    (1..=3).contains(&particles) && (1..=2).contains(&names)
}

impl NameFinder {
    /// In a contact record's row (one that holds a name, an address or a
    /// phone found), calls `found(start, end)` for each one-word cell
    /// that is half of a name: beside a cell `is_found` says holds a name
    /// found, a listed name; beside another such word, any two where one
    /// is listed (`Failing row contains (625955, Murat, Koç, …)`), a given
    /// name that is a place or a word too beside a listed name
    /// (`00u8…,Carolina,Roth,…`), two a script without case writes
    /// (`…,直樹,高橋,…`). A cell that reads as a party's name, a given
    /// name to a surname, is one (`…,Enterprise Plus,Jozef Fiala,…`).
    pub(crate) fn find_in_contact_row(
        &self,
        cells: impl Iterator<Item = (usize, usize)>,
        line: &[u8],
        is_found: impl Fn(usize, usize) -> bool,
        mut found: impl FnMut(usize, usize),
    ) {
        let mut prev: Option<((usize, usize), Cell, bool)> = None;
        for span in cells {
            let (a, b) = trim_cell(line, span.0, span.1, true);
            // A given name first and a surname last: `Hostel Jasmine`,
            // `Johnson Controls`, `Victorian Literature` are none.
            let full_name = || {
                std::str::from_utf8(&line[a..b]).is_ok_and(|t| {
                    let (Some((first, _)), Some((_, last))) =
                        (t.split_once(' '), t.rsplit_once(' '))
                    else {
                        return false;
                    };
                    let (first, last) = (self.db.lookup(first), self.db.lookup(last));
                    first.given
                        && last.surname
                        && !first.ordinary
                        && !last.ordinary
                        && self.reads_as_party_name(t)
                })
            };
            let mut taken = is_found(a, b);
            if !taken && full_name() {
                found(a, b);
                taken = true;
            }
            let cell = if taken {
                Cell::Other
            } else {
                self.cell(&line[a..b])
            };
            if let Some((p, prev_cell, prev_taken)) = prev {
                let listed = |c: Cell| {
                    matches!(
                        c,
                        Cell::Given | Cell::Surname | Cell::Ambiguous | Cell::Uncased
                    )
                };
                // All capitals in a row are codes and statuses (`SMTP,FAIL`)
                // as often as names.
                let lower = |(a, b): (usize, usize)| {
                    line[a..b].iter().any(u8::is_ascii_lowercase)
                        || std::str::from_utf8(&line[a..b]).is_ok_and(|t| {
                            t.chars().any(|c| c.is_lowercase() || is_uncased_letter(c))
                        })
                };
                let namish = |c: Cell| listed(c) || matches!(c, Cell::Unknown | Cell::Worded);
                if prev_taken && listed(cell) {
                    found(a, b);
                } else if taken && listed(prev_cell) {
                    found(p.0, p.1);
                } else if namish(prev_cell)
                    && namish(cell)
                    && (listed(prev_cell) || listed(cell))
                    && lower(p)
                    && lower((a, b))
                {
                    found(p.0, p.1);
                    found(a, b);
                }
            }
            prev = Some(((a, b), cell, taken));
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Cell {
    /// A clear given name.
    Given,
    /// An unambiguous listed name.
    Surname,
    /// A capitalised word no list knows.
    Unknown,
    /// A listed name that is also an ordinary word or a place ("Woods",
    /// "Kiss"): a name only beside a listed one.
    Ambiguous,
    /// A listed given name that is a place or log vocabulary too, or an
    /// ambiguous one ("Austin", "Carolina", "Dev"): a name only in a
    /// contact row, beside a listed name.
    Worded,
    /// A run of a script without case that the lists hold (`高橋`, `김`):
    /// a name only in a contact row.
    Uncased,
    Other,
}

impl Cell {
    fn pairs_with(self, next: Cell) -> bool {
        use Cell::*;
        matches!(
            (self, next),
            (Given, Given | Surname | Unknown | Ambiguous)
                | (Surname | Unknown | Ambiguous, Given)
                | (Surname, Ambiguous)
                | (Ambiguous, Surname)
        )
    }
}

/// A cell's span without surrounding spaces, quotes and the brackets of
/// a printed list (`['Bianca', 'COSTA', …]`). `colon_space`: the line
/// may hold `": "` (its census says); where it holds none, no cell is
/// searched for one, which read every byte pair of every cell.
fn trim_cell(line: &[u8], mut start: usize, mut end: usize, colon_space: bool) -> (usize, usize) {
    // `rejected (duplicate email): "Aldekoa","Nerea",…` and PostgreSQL's
    // bound parameters (`parameters: $1 = 'x', $2 = 'Henrike'`): text before
    // a cell's quoted value is no part of it. (Before a value in single
    // quotes it is most often a key, `{'last': 'Berg'}`, whose rules
    // decide.)
    if end > start + 1 && matches!(line[end - 1], b'"' | b'\'') {
        let quote = line[end - 1];
        if let Some(q) = memchr::memrchr(quote, &line[start..end - 1]) {
            if quote == b'"' || is_positional_parameter(&line[start..start + q]) {
                start += q;
            }
        }
    }
    // `last good record: Szewczyk,Halina,…`, `before: 'Marini","Sofia",…`:
    // a label before the cells of a row is no part of its cell (a quoted
    // key's value, `"msg": "…`, is no row's cell). (A cell is a few
    // bytes: read by hand, not by `memmem::rfind`, which builds a searcher
    // on every call.)
    let label = colon_space
        .then(|| line[start..end].windows(2).rposition(|w| w == b": "))
        .flatten();
    if let Some(colon) = label {
        if start + colon > 0 && !matches!(line[start + colon - 1], b'"' | b'\'') {
            start += colon + 2;
        }
    }
    while start < end && matches!(line[start], b' ' | b'"' | b'\'' | b'[' | b'(') {
        start += 1;
    }
    while end > start && matches!(line[end - 1], b' ' | b'"' | b'\'' | b']' | b')') {
        end -= 1;
    }
    (start, end)
}

/// Does `prefix` end in a positional parameter and its `=` (`… $2 = `)?
fn is_positional_parameter(prefix: &[u8]) -> bool {
    let Some(name) = prefix.trim_ascii_end().strip_suffix(b"=") else {
        return false;
    };
    let name = name.trim_ascii_end();
    let digits = name.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    digits > 0 && name[..name.len() - digits].ends_with(b"$")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_opener_ends_at_its_first_space_five_bytes_in_at_most() {
        assert!(SURNAME_OPENERS
            .iter()
            .all(|p| p.len() <= 5 && !p.contains(' ')));
    }

    proptest::proptest! {
        #[test]
        fn openers_are_found_as_compared_in_turn(cell in "(binti?|Ó|Ní|Nic|Uí|bin|N|i)?[ a-zíÓ]{0,8}") {
            let cell = cell.as_bytes();
            let in_turn = SURNAME_OPENERS
                .iter()
                .any(|p| cell.starts_with(p.as_bytes()) && cell.get(p.len()) == Some(&b' '));
            proptest::prop_assert_eq!(opens_with_surname_opener(cell), in_turn);
        }

        /// A line without `": "` trims its cells alike whether or not
        /// they are searched for one.
        #[test]
        fn cells_trim_alike_without_a_label(line in "[a-z:\"'$1= \\[\\]()]{0,24}", cut in 0..24usize) {
            let line = line.as_bytes();
            let cut = cut.min(line.len());
            if !line.windows(2).any(|w| w == b": ") {
                for (a, b) in [(0, cut), (cut, line.len())] {
                    proptest::prop_assert_eq!(trim_cell(line, a, b, false), trim_cell(line, a, b, true));
                }
            }
        }
    }
}
