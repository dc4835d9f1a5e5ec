//! People named in the names of the documents a back office files:
//! `Mahnung_Eliska_Dvorak_707371.pdf`, `INV-2024-046988-olivia-ashworth.pdf`,
//! `contract_mikkel-mortensen_signed.pdf`. Invoices, contracts and letters
//! are filed under their addressee, so two neighbouring parts of the file
//! name that read as a given name and a surname, in either order and in
//! any case, are the addressee's name.

use super::recordings::{file_names, is_extension, parts};
use super::{Scanner, Scratch};

/// Formats of letters, forms, exports and scans (compared in lower case).
const DOCUMENT_EXTENSIONS: [&[u8]; 14] = [
    b"pdf", b"docx", b"doc", b"odt", b"rtf", b"xlsx", b"xls", b"csv", b"eml", b"msg", b"jpg",
    b"jpeg", b"png", b"tiff",
];

impl Scanner<'_> {
    /// Names among the `-`/`_`/`.`-separated parts of document file names.
    pub(super) fn scan_document_names(&self, line: &[u8], s: &mut Scratch) {
        let word = |(a, b): (usize, usize)| std::str::from_utf8(&line[a..b]).ok();
        for (name_start, dot) in file_names(line, is_document_extension) {
            let mut prev: Option<(usize, usize)> = None;
            for part in parts(line, name_start, dot) {
                if let Some(first) = prev {
                    let named = word(first)
                        .zip(word(part))
                        .is_some_and(|(a, b)| self.detectors.names.reads_as_filed_person(a, b));
                    if named {
                        self.push_name(s, first.0, part.1);
                        prev = None;
                        continue;
                    }
                }
                prev = Some(part);
            }
        }
    }
}

/// Each document extension after its dot, for the census: a line without
/// one holds no document's file name.
pub(crate) fn document_extension_patterns() -> Vec<String> {
    super::recordings::extension_patterns(&DOCUMENT_EXTENSIONS)
}

/// Is `after` (what follows a `.`) a document's extension that ends there?
/// Most dots in a line are followed by a digit, or by a word longer or
/// shorter than any extension (a host's, a class's), told before any
/// extension is compared.
fn is_document_extension(after: &[u8]) -> bool {
    let letters = after
        .iter()
        .take(5)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let ends = after
        .get(letters)
        .map_or(true, |b| !b.is_ascii_alphanumeric());
    (3..=4).contains(&letters) && ends && is_extension(after, &DOCUMENT_EXTENSIONS)
}
