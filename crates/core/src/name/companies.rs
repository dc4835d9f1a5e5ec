//! Companies' legal forms (`GmbH`, `S.A.`, `d.o.o.`): capitalised words
//! before or after one name a company, not a person.

/// Does `rest` (the text after a name) open with a company's legal form
/// (" BV", " GmbH", " S.A.", " & Söhne")?
pub(super) fn opens_with_company_form(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let form = rest
        .split([' ', ',', ';', '"', ')', '<', '&', '}', ']'])
        .next()
        .unwrap_or("");
    is_company_form(form)
}

/// Is one of the next three words of `text`, before a field ends, a
/// company's legal form (`Mobility AB,amount=…` after `nimi=Quartz`)?
pub(super) fn company_form_follows(text: &str) -> bool {
    let field = text
        .split([',', ';', '"', ')', '}', '=', '&'])
        .next()
        .unwrap_or("");
    field.split(' ').take(3).any(is_company_form)
}

/// Does a value end with a company's legal form (`Zenith Parts BV`)?
pub(super) fn ends_with_company_form(value: &str) -> bool {
    value
        .rsplit_once(' ')
        .is_some_and(|(_, last)| is_company_form(last))
}

/// Is `word`, as written, a company's legal form?
pub(super) fn is_company_form(word: &str) -> bool {
    COMPANY_FORMS.contains(&word)
}

/// Companies' legal forms, as written: "SE" and "SA" are legal forms, "se"
/// and "sa" words.
const COMPANY_FORMS: &[&str] = &[
    "BV", "B.V.", "NV", "N.V.", "GmbH", "AG", "KG", "OHG", "SE", "Ltd", "Ltd.", "LTD", "Limited",
    "LLC", "LLP", "Inc", "Inc.", "PLC", "plc", "SA", "S.A.", "SAS", "SARL", "SpA", "S.p.A.", "Srl",
    "S.r.l.", "SRL", "Oy", "Oyj", "AB", "A/S", "AS", "ASA", "ApS", "Kft", "Kft.", "Zrt", "Zrt.",
    "Nyrt", "s.r.o.", "a.s.", "d.o.o.", "d.d.", "sp.", "A.E.", "e.V.", "&",
    // pt, es, it, lv/lt, bg, nl/be, ee, is
    "Lda", "Lda.", "Ltda", "Ltda.", "S.L.", "SL", "S.L.U.", "SLU", "SNC", "SIA", "UAB", "EOOD",
    "OOD", "BVBA", "SPRL", "OÜ", "ehf", "ehf.", "hf.", "KGaA", "GbR",
    // a Portuguese holding company (`Jerónimo Martins SGPS`)
    "SGPS", "S.G.P.S.",
];
