//! The fixed texts the detectors search a line for. The line's census
//! (`census`) tells in one pass which of them occur, so most are never
//! searched for; one that occurs is searched for with a searcher built once
//! per process (`memmem::find` builds a new one on every call, which showed
//! in profiles), and reports the same positions.

use std::sync::OnceLock;

use memchr::memmem::Finder;

macro_rules! needles {
    ($($(#[$doc:meta])* $name:ident = $bytes:expr;)*) => {
        /// A text the detectors search a line for.
        #[derive(Clone, Copy)]
        pub(crate) enum Needle {
            $($(#[$doc])* $name,)*
        }

        impl Needle {
            /// Every needle, in declaration order: `ALL[n as usize] == n`.
            pub(crate) const ALL: &'static [Needle] = &[$(Needle::$name),*];

            pub(crate) const fn bytes(self) -> &'static [u8] {
                match self {
                    $(Needle::$name => $bytes,)*
                }
            }
        }
    };
}

needles! {
    /// `": "`: logfmt's `key: value` and speaker labels.
    ColonSpace = b": ";
    /// `"%40"`: a percent-encoded `@`.
    PercentAt = b"%40";
    /// `"earer"`: in `Bearer` and `bearer`.
    Earer = b"earer";
    /// `"EARER"`: in `BEARER`.
    EarerUpper = b"EARER";
    /// `\"`: an escaped quote, as JSON inside a string writes its own.
    EscapedQuote = b"\\\"";
    /// `\n`: a line break escaped in a JSON string.
    EscapedNewline = b"\\n";
    /// `] => `: a key of PHP's `print_r` output.
    PhpArrow = b"] => ";
    /// `<<"`: an Erlang binary, as a printed map's keys and values are.
    ErlangBinary = b"<<\"";
    /// `VCARD`: a vCard in the line (`BEGIN:VCARD`).
    Vcard = b"VCARD";
    /// `FN:`: a vCard's formatted name.
    FormattedName = b"FN:";
    /// `</`: a closing XML tag.
    ClosingTag = b"</";
    /// `VALUES`: an SQL INSERT's value list.
    ValuesUpper = b"VALUES";
    /// `values`: the same in lower case (Hibernate).
    ValuesLower = b"values";
    /// `[["`: ActiveRecord's bound values after its SQL (`[["last_name", …]]`).
    RailsBinds = b"[[\"";
    /// `@p0='`: the first of EF Core's bound parameter values.
    EfParameter = b"@p0='";
    /// `LIKE '`: an SQL pattern match on a column (PostgreSQL's `ILIKE`
    /// ends alike).
    LikeUpper = b"LIKE '";
    /// `like '`: the same in lower case.
    LikeLower = b"like '";
    /// `rejected value [`: a validation error's rejected value.
    RejectedValue = b"rejected value [";
    /// `field '`: a validation message naming a field.
    FieldQuote = b"field '";
    /// `column `: an SQL error naming the column it is about.
    Column = b"column ";
    /// `input_value='`: the value a pydantic error echoes.
    InputValue = b"input_value='";
    /// `== `: an equality test of a printed query (LINQ's `==`,
    /// JavaScript's `===`).
    DoubleEquals = b"== ";
    /// `binding parameter`: Hibernate's trace of a bound value.
    BindingParameter = b"binding parameter";
    /// ` '`: a single-quoted text after a word.
    SpaceQuote = b" '";
    /// `PER`: a named-entity label for a person (`PER:`, `PERSON:`).
    Per = b"PER";
    /// `<<<`: the filler of a machine-readable zone's name field.
    MrzFiller = b"<<<";
    /// `, `: the comma of a `Surname, Given` name.
    CommaSpace = b", ";
    /// ` -`: a dash before a message's signature.
    SpaceDash = b" -";
    /// `ame/`: a path label ending in "name" (`/by-name/`, `/lastName/`).
    NameLabel = b"ame/";
    /// `AME/`: the same label in capitals.
    NameLabelUpper = b"AME/";
    /// `" from "`: a change record's old value follows (`changed
    /// LastName from "Žagar" to "Kovačič"`).
    SpaceFromSpace = b" from ";
    /// `" changed "`: the arrow form of a change record follows
    /// (`field LastName changed 'Michel' -> 'Castaño'`).
    SpaceChangedSpace = b" changed ";
    /// `". "`: the end of a sentence, after which a signature may follow.
    DotSpace = b". ";
    /// `：`: the fullwidth colon CJK text writes after a key.
    FullwidthColon = "：".as_bytes();
    /// `（`: the fullwidth bracket CJK text writes a name in after a
    /// role (`客户（魏美麗）`).
    FullwidthOpenParen = "（".as_bytes();
    /// `—`: an em dash, before a signature.
    EmDash = "—".as_bytes();
    // Single bytes: a detector that needs one of them in the line asks
    // the census instead of running its own search over the whole line.
    /// `"`: a JSON string's quote.
    DoubleQuote = b"\"";
    /// `:`: a JSON pair's colon.
    Colon = b":";
    /// `'`: a single-quoted value.
    Apostrophe = b"'";
    /// `=`: a logfmt pair.
    Equals = b"=";
    /// `?`, `&`, `#`: a URL's query or fragment parameters.
    Question = b"?";
    Ampersand = b"&";
    Hash = b"#";
    /// `@`: an e-mail address or a mention.
    At = b"@";
    /// `(`: a call's arguments, a parenthesised name.
    OpenParen = b"(";
    /// `<`: a display name's address.
    LessThan = b"<";
    /// `\\`: an escape, in a login written into JSON.
    Backslash = b"\\";
    /// `{`: a printed struct.
    OpenBrace = b"{";
    /// `;`, `,`, tab: the separators of a row's cells.
    Semicolon = b";";
    Comma = b",";
    Tab = b"\t";
    /// `/`: a path, a passenger's name.
    Slash = b"/";
    /// `;;`: an empty component of a vCard's `N:`.
    EmptyComponent = b";;";
    /// `%`: a percent-encoded value.
    Percent = b"%";
    /// ` "`: a quoted value after a word.
    SpaceDoubleQuote = b" \"";
    /// `MSH|^~`: an HL7 v2 message's header and its encoding characters.
    Hl7Header = b"MSH|^~";
    /// `\r`: a bare carriage return, between an HL7 message's segments.
    CarriageReturn = b"\r";
    /// `[`: the first byte of every default replacement text.
    OpenBracket = b"[";
    /// `|`: a separator of joined pairs (`CDR|ORIG=…|TERM=…`).
    Pipe = b"|";
}

impl Needle {
    /// Does the needle hold an ASCII letter? The census matches in any
    /// ASCII case, so for such a needle it tells only that some casing of
    /// it occurs.
    pub(crate) const fn has_letters(self) -> bool {
        let bytes = self.bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i].is_ascii_alphabetic() {
                return true;
            }
            i += 1;
        }
        false
    }

    /// The needle's searcher, which matches its case exactly.
    pub(crate) fn finder(self) -> &'static Finder<'static> {
        static FINDERS: OnceLock<Vec<Finder<'static>>> = OnceLock::new();
        let finders =
            FINDERS.get_or_init(|| Needle::ALL.iter().map(|n| Finder::new(n.bytes())).collect());
        &finders[self as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_needle_has_its_own_searcher() {
        for (i, &n) in Needle::ALL.iter().enumerate() {
            assert_eq!(n as usize, i);
            assert_eq!(n.finder().needle(), n.bytes());
        }
    }
}
