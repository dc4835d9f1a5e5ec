//! Capitalised words that name a place, not a person: saints' names of
//! towns, streets' prefixes and abbreviations, cities named after people
//! beside a word of the logs.

use super::*;

/// Words that open a place's name: the saints' names of towns and streets.
pub(super) fn is_place_prefix(w: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "san", "santa", "santo", "são", "saint", "sainte", "sankt", "sint", "svatý", "svätý",
        "sveti", "sveta", "święty", "szent",
    ];
    is_any_of(w, PREFIXES)
}

/// Words that open the name of something named after a person: a
/// street's in the Romance and Slavic languages, an organisation's or a
/// venue's (`Stichting Woonbron`, `Spółdzielnia Mieszkaniowa Ursynów`,
/// `Sala Giulietta`, `Konoba Marija`). The names after one are whom it
/// is named after, not the person a line is about. A town hall's or a
/// public office's (`Mairie de Toulouse`, `Ufficio Tributi`) too.
pub(in crate::name) fn is_namesake_prefix(w: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "calle",
        "carrer",
        "avenida",
        "avinguda",
        "paseo",
        "passeig",
        "plaza",
        "rue",
        "avenue",
        "boulevard",
        "quai",
        "allée",
        "rua",
        "praça",
        "via",
        "viale",
        "corso",
        "piazza",
        "piazzale",
        "largo",
        "strada",
        "calea",
        "bulevardul",
        "ulica",
        "aleja",
        "náměstí",
        "ulice",
        // foundations, cooperatives, associations and groups
        "stichting",
        "stiftung",
        "fundacja",
        "fundación",
        "fundação",
        "fondazione",
        "fondation",
        "foundation",
        "spółdzielnia",
        "genossenschaft",
        "cooperativa",
        "coöperatie",
        "vereniging",
        "verein",
        "association",
        "asociación",
        "associação",
        "associazione",
        "groupe",
        "grupo",
        "gruppo",
        // venues: hotels, restaurants, rooms (not "Park", a Korean
        // surname, nor "Casa", a Spanish one)
        "hotel",
        "hôtel",
        "hostel",
        "konoba",
        "ristorante",
        "trattoria",
        "taverna",
        "restaurant",
        "sala",
        "salle",
        // town halls and public offices
        "mairie",
        "rathaus",
        "ufficio",
        "comune",
        "ayuntamiento",
        "gemeente",
        "kommune",
        "municipio",
        "préfecture",
        "prefettura",
        "bezirksamt",
        "landratsamt",
        "stadtverwaltung",
        "urząd",
        // pharmacies, clinics and therapists, named after a place, a saint
        // or a founder (`Apotheke Bahnhof Basel`, `Ljekarna Jelačić`,
        // `Hirslanden Klinik Aarau`); not a doctor's practice (`Praxis`,
        // `Cabinet`, `praktijk`), which carries its living doctor's name
        "apotheke",
        "pharmacy",
        "pharmacie",
        "farmacia",
        "farmácia",
        "farmacie",
        "apteka",
        "lékárna",
        "lekáreň",
        "lekarna",
        "ljekarna",
        "apoteka",
        "gyógyszertár",
        "apotek",
        "apteekki",
        "eczane",
        "аптека",
        "φαρμακείο",
        "klinik",
        "klinika",
        "kliniek",
        "clinic",
        "clinique",
        "clínica",
        "clinica",
        "poliklinika",
        "poliklinik",
        "ambulatorium",
        "physio",
        "physiotherapie",
        "fisioterapia",
        "fizjoterapia",
        "rehabilitacja",
        "stomatologia",
        "rendelő",
    ];
    is_any_of(w, PREFIXES)
}

/// Does the sequence at `at` follow a street's abbreviated prefix, written
/// in lower case before it (`ul.`, `str.`, `бул.`)?
pub(super) fn follows_street_abbreviation(s: &str, at: usize) -> bool {
    // Not "pl.": Hungarian "for example" as often as Polish "square".
    const ABBREVIATIONS: &[&str] = &[
        "ul.",
        "al.",
        "str.",
        "bd.",
        "bul.",
        "nám.",
        "ул.",
        "бул.",
        "вул.",
        "просп.",
        "пр.",
    ];
    s[..at].strip_suffix(". ").is_some_and(|head| {
        let start = head
            .bytes()
            .rposition(|b| matches!(b, b' ' | b'"' | b'(' | b',' | b'='))
            .map_or(0, |i| i + 1);
        is_any_of(&s[start..at - 1], ABBREVIATIONS)
    })
}

/// `Logistics Lincoln`, `Payroll Operations Florence`, `Site Victoria
/// Park`: a city that is a given name too, right beside a word of the
/// logs (one that is no name and introduces none, unlike `Customer`), is
/// the place a team, a site or a room is named after.
pub(super) fn stop_namesake_cities(s: &str, words: &mut [(usize, usize, Part)]) {
    let vocabulary = |w: &(usize, usize, Part)| w.2 == Part::Stop && !is_phrase_word(&s[w.0..w.1]);
    for k in 0..words.len() {
        let beside_vocabulary =
            (k > 0 && vocabulary(&words[k - 1])) || words.get(k + 1).is_some_and(&vocabulary);
        if beside_vocabulary && cities::is_namesake_city(&s[words[k].0..words[k].1]) {
            words[k].2 = Part::Stop;
        }
    }
}
