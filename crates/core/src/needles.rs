//! Substring searchers built once per process. `memmem::find(haystack,
//! needle)` builds a new searcher on every call, and the scan made several
//! such calls a line: building them showed in profiles. A prebuilt
//! `Finder` reports the same positions.

use std::sync::OnceLock;

use memchr::memmem::Finder;

macro_rules! needle {
    ($(#[$doc:meta])* $name:ident, $bytes:expr) => {
        $(#[$doc])*
        pub(crate) fn $name() -> &'static Finder<'static> {
            static FINDER: OnceLock<Finder<'static>> = OnceLock::new();
            FINDER.get_or_init(|| Finder::new($bytes))
        }
    };
}

needle!(
    /// `": "`: logfmt's `key: value` and speaker labels.
    colon_space,
    b": "
);
needle!(
    /// `"%40"`: a percent-encoded `@`.
    percent_at,
    b"%40"
);
needle!(
    /// `"earer"`: in `Bearer` and `bearer`.
    earer,
    b"earer"
);
needle!(
    /// `"EARER"`: in `BEARER`.
    earer_upper,
    b"EARER"
);
needle!(
    /// `\"`: an escaped quote, as JSON inside a string writes its own.
    escaped_quote,
    b"\\\""
);
needle!(
    /// `\n`: a line break escaped in a JSON string.
    escaped_newline,
    b"\\n"
);
needle!(
    /// `] => `: a key of PHP's `print_r` output.
    php_arrow,
    b"] => "
);
needle!(
    /// `<<"`: an Erlang binary, as a printed map's keys and values are.
    erlang_binary,
    b"<<\""
);
needle!(
    /// `VCARD`: a vCard in the line (`BEGIN:VCARD`).
    vcard,
    b"VCARD"
);
needle!(
    /// `FN:`: a vCard's formatted name.
    formatted_name,
    b"FN:"
);
needle!(
    /// `</`: a closing XML tag.
    closing_tag,
    b"</"
);
needle!(
    /// `VALUES`: an SQL INSERT's value list.
    values_upper,
    b"VALUES"
);
needle!(
    /// `values`: the same in lower case (Hibernate).
    values_lower,
    b"values"
);
needle!(
    /// `@p0='`: the first of EF Core's bound parameter values.
    ef_parameter,
    b"@p0='"
);
needle!(
    /// ` LIKE '`: an SQL pattern match on a column.
    like_upper,
    b" LIKE '"
);
needle!(
    /// ` like '`: the same in lower case.
    like_lower,
    b" like '"
);
needle!(
    /// `rejected value [`: a validation error's rejected value.
    rejected_value,
    b"rejected value ["
);
needle!(
    /// `field '`: a validation message naming a field.
    field_quote,
    b"field '"
);
needle!(
    /// `binding parameter`: Hibernate's trace of a bound value.
    binding_parameter,
    b"binding parameter"
);
needle!(
    /// ` '`: a single-quoted text after a word.
    space_quote,
    b" '"
);
needle!(
    /// `PER`: a named-entity label for a person (`PER:`, `PERSON:`).
    per,
    b"PER"
);
needle!(
    /// `<<<`: the filler of a machine-readable zone's name field.
    mrz_filler,
    b"<<<"
);
needle!(
    /// `, `: the comma of a `Surname, Given` name.
    comma_space,
    b", "
);
needle!(
    /// ` -`: a dash before a message's signature.
    space_dash,
    b" -"
);
needle!(
    /// `ame/`: a path label ending in "name" (`/by-name/`, `/lastName/`).
    name_label,
    b"ame/"
);
needle!(
    /// `AME/`: the same label in capitals.
    name_label_upper,
    b"AME/"
);
needle!(
    /// `" from "`: a change record's old value follows (`changed
    /// LastName from "Žagar" to "Kovačič"`).
    space_from_space,
    b" from "
);
needle!(
    /// `：`: the fullwidth colon CJK text writes after a key.
    fullwidth_colon,
    "：".as_bytes()
);
needle!(
    /// `—`: an em dash, before a signature.
    em_dash,
    "—".as_bytes()
);
