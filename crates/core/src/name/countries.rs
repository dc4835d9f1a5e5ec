//! Countries whose name closes the name of a company's branch in them: a
//! mobile operator's (`Orange Egypt`, `Telia Finland`, `Digi Romania`,
//! `Elisa Eesti`), a bank's or a retailer's. The lists hold many
//! countries as given names (`Romania`, `Egypt`, `Finland`), yet no
//! person's name ends with one of these.

use std::sync::OnceLock;

use crate::wordset::WordSet;

/// Countries in English and in their own languages, lower case. Not those
/// that are as often a person's name or surname: Jordan, Georgia, Chad,
/// Israel, India, Kenya, Ireland, England, France, Holland, Wales,
/// Portugal, Italia, Argentina, China, Oman, America.
#[rustfmt::skip]
const COUNTRIES: &[&str] = &[
    // Europe, in English
    "albania", "andorra", "armenia", "austria", "azerbaijan", "belarus", "belgium", "bosnia",
    "bulgaria", "croatia", "cyprus", "czechia", "denmark", "estonia", "finland", "germany",
    "greece", "hungary", "iceland", "italy", "kosovo", "latvia", "liechtenstein", "lithuania",
    "luxembourg", "malta", "moldova", "monaco", "montenegro", "netherlands", "macedonia",
    "norway", "poland", "romania", "russia", "serbia", "slovakia", "slovenia", "spain",
    "sweden", "switzerland", "turkey", "ukraine", "uk",
    // in their own languages
    "deutschland", "österreich", "schweiz", "suisse", "svizzera", "españa", "espana",
    "polska", "česko", "slovensko", "magyarország", "românia", "hrvatska", "srbija",
    "slovenija", "shqipëria", "türkiye", "eesti", "latvija", "lietuva", "suomi", "sverige",
    "norge", "danmark", "ísland", "nederland", "belgië", "belgique", "éire", "ελλάδα",
    "hellas", "κύπρος", "україна", "россия", "беларусь", "българия", "србија",
    // Africa, the Middle East, Asia and the Americas
    "egypt", "misr", "مصر", "morocco", "maroc", "المغرب", "tunisia", "tunisie", "algeria",
    "algérie", "nigeria", "ghana", "ethiopia", "tanzania", "uganda", "rwanda", "senegal",
    "sénégal", "cameroon", "cameroun", "qatar", "kuwait", "bahrain", "uae", "lebanon", "iraq",
    "pakistan", "bangladesh", "kazakhstan", "uzbekistan", "japan", "korea", "vietnam",
    "thailand", "malaysia", "philippines", "mexico", "méxico", "colombia", "peru", "perú",
    "chile", "ecuador", "canada", "usa", "australia",
];

/// Is `word` (any case) one of the countries no person's name ends with?
pub(super) fn is_country(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(COUNTRIES)).contains(word)
}
