//! A tiny decoder that turns fuzzer bytes into choices. The fuzz targets
//! and the property tests both build their structured inputs from bytes
//! with it, so a crash file replays in `cargo test` with no fuzz crates.

/// Reads choices from bytes; once they run out every choice is the first.
pub struct Source<'a> {
    data: &'a [u8],
}

impl<'a> Source<'a> {
    pub fn new(data: &'a [u8]) -> Source<'a> {
        Source { data }
    }

    pub fn byte(&mut self) -> u8 {
        match self.data.split_first() {
            Some((&b, rest)) => {
                self.data = rest;
                b
            }
            None => 0,
        }
    }

    /// A number in `0..n` (`n` at most 256).
    pub fn below(&mut self, n: usize) -> usize {
        usize::from(self.byte()) % n
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    /// Up to `max` characters drawn from `alphabet`.
    pub fn text(&mut self, alphabet: &[&str], max: usize) -> String {
        let len = self.below(max + 1);
        (0..len).map(|_| self.pick(alphabet)).collect()
    }

    /// Up to `max` raw bytes as text: arbitrary, lossily made UTF-8.
    pub fn raw_text(&mut self, max: usize) -> String {
        let len = self.below(max + 1).min(self.data.len());
        let (head, rest) = self.data.split_at(len);
        self.data = rest;
        String::from_utf8_lossy(head).into_owned()
    }

    /// `len` decimal digits.
    pub fn digits(&mut self, len: usize) -> String {
        (0..len)
            .map(|_| char::from(b'0' + (self.byte() % 10)))
            .collect()
    }
}
