//! Places, days and brands named after people: a street, square or avenue
//! (`rue Victor Hugo`, `avenida Miguel Hernández`, `Karl Marx Allee`) and
//! a saint's town or feast (`Sant Joan`, `Saint Martin`), a hospital or
//! a university named after someone (`Klinikum Ernst von Bergmann`), towns that
//! are also given names, written with their country's code as sign-in
//! and travel alerts write them (`Milan(IT)`, `Florence (IT)`), and the
//! houses of fashion, retail and industry that carry their founder's name
//! (`Calvin Klein Boxer 3-Pack`, `Albert Heijn`). The name finders read the
//! person; the word beside it, or the whole, says the text speaks of a
//! place or a brand.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use super::Scratch;
use crate::name::in_log_words;
use crate::policy::Kind;
use crate::redactor::parse_region;
use crate::wordset::{fold_bytes, WordSet};

/// Words before a street's name, in the languages of the region. Not
/// `via` nor `place`, English words before a person as often ("escalated
/// via Anna Berg", "place Anna Berg on hold").
#[rustfmt::skip]
const STREET_BEFORE: &[&str] = &[
    // fr, es, ca, pt, it
    "rue", "avenue", "av.", "boulevard", "bd", "bd.", "allée", "quai", "impasse",
    "chemin", "cours", "calle", "c/", "avenida", "avda.", "paseo", "plaza", "camino",
    "carretera", "carrer", "passeig", "plaça", "avinguda", "rambla", "rua", "praça", "travessa",
    "largo", "alameda", "viale", "piazza", "piazzale", "corso", "vicolo",
    // pl, cs/sk, ro, hr/sr/sl, el
    "ulica", "ul.", "aleja", "al.", "plac", "ulice", "náměstí", "nám.", "strada", "str.",
    "bulevardul", "calea", "piața", "trg", "οδός", "οδού", "λεωφόρος",
];

/// Words after a street's name.
#[rustfmt::skip]
const STREET_AFTER: &[&str] = &[
    "street", "st.", "road", "rd.", "avenue", "ave", "lane", "boulevard", "square", "straße",
    "strasse", "str.", "platz", "weg", "allee", "gasse", "ring", "laan", "straat", "plein",
    "gatan", "vägen", "gade", "vej", "gate", "veien", "utca", "út", "tér", "caddesi", "sokak",
    "sokağı", "bulvarı", "iela", "gatvė", "tänav",
    // a district or a town named after someone (`Nasr City`, `Quezon City`)
    "city",
    // an airport named after someone (`King Khalid International`)
    "airport", "international", "intl", "aeropuerto", "aeroporto", "aéroport", "flughafen",
    "lotnisko", "letiště", "havalimanı", "lentoasema", "flygplats", "lufthavn", "luchthaven",
    "aerodrom", "repülőtér", "aeroport",
];

/// Of `STREET_AFTER`, the words no surname is, which end a street's name
/// that a finder read whole (`Karl Marx Allee`, `Karl-Marx-Straße`; not
/// `Nadja Ring`, `Lindsey van der Laan`).
#[rustfmt::skip]
const STREET_ENDS: &[&str] = &[
    "street", "road", "avenue", "boulevard", "straße", "strasse", "platz", "allee", "gasse",
    "straat", "gatan", "vägen", "utca", "caddesi", "sokak", "sokağı", "iela", "gatvė", "tänav",
    "city", "airport", "international", "aeropuerto", "aeroporto", "aéroport", "flughafen", "lotnisko",
    "letiště", "havalimanı", "lentoasema", "flygplats", "lufthavn", "luchthaven", "repülőtér",
];

/// A saint's title: the name after it is a town, a church or a feast day.
/// And the houses named after a person long dead: hospitals, clinics,
/// universities, schools, foundations (`Klinikum Ernst von Bergmann`,
/// `Policlinico Gemelli`, `Przychodnia Mokotów`). Not a doctor's practice
/// or a pharmacy, which carry their living owner's name.
#[rustfmt::skip]
const SAINTS_AND_HOUSES: &[&str] = &[
    "sant", "san", "santa", "santo", "são", "saint", "sainte", "sankt", "st.", "ste.", "st",
    "sveti", "sveta", "svatý", "svatá", "święty", "święta", "szent",
    // hospitals and clinics
    "hospital", "hôpital", "ospedale", "policlinico", "poliklinika", "poliklinik", "klinikum",
    "krankenhaus", "clinique", "clínica", "clinica", "przychodnia", "szpital", "nemocnice",
    "nemocnica", "bolnica", "bolnišnica", "kórház", "sairaala", "sjukhus", "sygehus",
    "ziekenhuis", "spital", "centro", "νοσοκομείο", "κλινική", "больница", "клиника", "лікарня",
    "клініка", "болница",
    // a health centre (fr `Centre de santé …`, hr/sr `Dom zdravlja …`) and
    // a hospital or institute in Vietnamese (`Bệnh viện …`)
    "santé", "zdravlja", "здравља", "viện",
    // universities, schools, foundations
    "university", "universität", "università", "universidad", "université", "universiteit",
    "universidade", "uniwersytet", "univerzita", "gymnasium", "liceo", "lycée", "colegio",
    "istituto", "instituto", "institut", "fondazione", "fundación", "fundação", "stiftung",
    "πανεπιστήμιο", "университет", "університет",
    // residential and office buildings, named after someone or anything
    // (`Torre Isabella`, `Résidence Sophia`, `Beatrice Lofts`); not `Park`
    // (a Korean surname), `Plaza` (a Spanish one), `Quartier` (a French
    // one), `House` or `Court` (English ones)
    "torre", "tower", "towers", "residence", "résidence", "residenza", "residencia",
    "residencial", "edificio", "edifício", "palazzo", "immeuble", "condominio", "condomínio",
    "lofts", "apartments", "residences", "heights", "mansions", "gardens", "quay",
];

/// Brands that are a founder's name, as shops, marketplaces and carriers'
/// logs name them (product titles, brand pages, pick-up points), and
/// airports named after someone. Public knowledge, in lower case; a name
/// found that opens with one is the brand or the airport.
#[rustfmt::skip]
const EPONYMS: &[&str] = &[
    // fashion and luxury
    "hugo boss", "calvin klein", "tommy hilfiger", "ralph lauren", "jack wolfskin",
    "giorgio armani", "emporio armani", "louis vuitton", "yves saint laurent", "marc jacobs",
    "michael kors", "ted baker", "karl lagerfeld", "paul smith", "tom ford", "jean paul gaultier",
    "christian dior", "christian louboutin", "salvatore ferragamo", "ermenegildo zegna",
    "roberto cavalli", "vivienne westwood", "stella mccartney", "alexander mcqueen", "kate spade",
    "tory burch", "vera wang", "carolina herrera", "paco rabanne", "tom tailor", "marc o'polo",
    "gerry weber", "betty barclay", "marc cain", "max mara", "bruno banani", "jimmy choo",
    "oscar de la renta", "thomas sabo", "pierre cardin", "nina ricci", "elie saab",
    // retail, food and drink
    "albert heijn", "marks spencer", "john lewis", "harvey nichols", "dr. oetker", "ben jerry",
    "tim hortons", "jack daniel", "johnnie walker", "jim beam", "william grant",
    // industry, cars and finance
    "robert bosch", "carl zeiss", "aston martin", "rolls royce", "mercedes benz", "alfa romeo",
    // car makers named after their founders, as rental, ride and dealer
    // logs name the car (`i en Toyota Corolla`, `Škoda Octavia`); not
    // Mercedes, Honda or Suzuki, which open people's names as often
    "toyota", "škoda", "skoda", "citroën", "citroen", "peugeot", "renault", "opel", "porsche",
    "ferrari", "lamborghini", "maserati", "bugatti", "lancia", "tesla", "chevrolet", "chrysler",
    "dodge", "bentley", "mclaren", "tata", "mahindra",
    "morgan stanley", "goldman sachs", "dow jones", "johnson johnson", "ernst young",
    // airports named after someone, as travellers and airlines name them
    // without the word "airport" (`terminal à Nikola Tesla`)
    "charles de gaulle", "leonardo da vinci", "marco polo", "galileo galilei",
    "cristoforo colombo", "sandro pertini", "falcone borsellino", "frédéric chopin",
    "fryderyk chopin", "frederic chopin", "lech wałęsa", "jan paweł ii", "václav havel",
    "vaclav havel", "franz josef strauß", "franz josef strauss", "konrad adenauer",
    "helmut schmidt", "willy brandt", "wolfgang amadeus mozart", "liszt ferenc", "ferenc liszt",
    "nikola tesla", "franjo tuđman", "franjo tudjman", "henri coandă", "henri coanda",
    "george enescu", "traian vuia", "avram iancu", "eleftherios venizelos", "lennart meri",
    "josep tarradellas", "adolfo suárez", "adolfo suarez", "humberto delgado",
    "cristiano ronaldo", "francisco sá carneiro", "joão paulo ii", "john lennon", "george best",
    "heydar aliyev", "shota rustaveli", "sabiha gökçen", "sabiha gokcen", "adnan menderes",
    "ben gurion", "rafic hariri", "queen alia", "king khalid", "king fahd", "king abdulaziz",
    "indira gandhi", "rajiv gandhi", "chhatrapati shivaji", "netaji subhas chandra bose",
    "ninoy aquino", "jomo kenyatta", "julius nyerere", "kenneth kaunda", "murtala muhammed",
    "nnamdi azikiwe", "oliver reginald tambo", "o. r. tambo", "or tambo", "king shaka",
    "léopold sédar senghor", "houari boumediene", "pierre elliott trudeau",
    "lester b. pearson", "john f. kennedy", "ronald reagan", "george bush", "louis armstrong",
    "luis muñoz marín", "benito juárez", "benito juarez", "jorge chávez", "jorge chavez",
    "simón bolívar", "simon bolivar", "arturo merino benítez", "jorge newbery",
    "juscelino kubitschek", "antônio carlos jobim", "santos dumont", "josé martí",
];

/// Does a name found open with a brand or an airport of `EPONYMS` (`Calvin Klein
/// Boxer`; `&` and `-` between the founders' names are read as spaces), a
/// particle before it aside?
fn is_eponym(name: &[u8]) -> bool {
    // `da Hugo Boss`: a finder may take the particle before the name.
    let name = BETWEEN
        .iter()
        .find_map(|p| name.strip_prefix(p.as_bytes())?.strip_prefix(b" "))
        .unwrap_or(name);
    let mut folded = [0u8; 48];
    let mut len = 0;
    for &b in name.iter().take(folded.len()) {
        match b {
            b'&' => continue,
            b'-' => folded[len] = b' ',
            _ => folded[len] = b.to_ascii_lowercase(),
        }
        if len > 0 && folded[len] == b' ' && folded[len - 1] == b' ' {
            continue;
        }
        len += 1;
    }
    let folded = &folded[..len];
    if folded.is_ascii() {
        return opens_with_eponym(folded);
    }
    // Lower case beyond ASCII too (`Škoda`, `ŠKODA`).
    let mut lower = [0u8; 64];
    fold_bytes(crate::name::valid_utf8_prefix(folded), &mut lower, false)
        .is_some_and(opens_with_eponym)
}

/// Does a name folded as `is_eponym` folds it open with one of `EPONYMS`?
/// A brand ends at the end or before a space or an apostrophe (`Jack
/// Daniel's`): only the beginnings that end there are looked up.
fn opens_with_eponym(folded: &[u8]) -> bool {
    let ends = (1..folded.len()).filter(|&p| matches!(folded[p], b' ' | b'\''));
    ends.chain([folded.len()])
        .any(|end| eponyms().contains(&folded[..end]))
}

/// `EPONYMS` as a set: every name found is looked up, one lookup for each
/// of its beginnings that may be a brand rather than one comparison for
/// each brand.
fn eponyms() -> &'static FxHashSet<&'static [u8]> {
    static SET: OnceLock<FxHashSet<&'static [u8]>> = OnceLock::new();
    SET.get_or_init(|| EPONYMS.iter().map(|brand| brand.as_bytes()).collect())
}

/// Particles between a street word and the name (`avenida de Miguel …`).
const BETWEEN: &[&str] = &[
    "de", "del", "de la", "di", "da", "do", "dos", "della", "des", "du",
];

fn sets() -> &'static [WordSet; 4] {
    static SETS: OnceLock<[WordSet; 4]> = OnceLock::new();
    SETS.get_or_init(|| {
        let before: Vec<&str> = STREET_BEFORE
            .iter()
            .chain(SAINTS_AND_HOUSES)
            .copied()
            .collect();
        let [after, ends, openers] =
            [STREET_AFTER, STREET_ENDS, SAINTS_AND_HOUSES].map(WordSet::new);
        [WordSet::new(&before), after, ends, openers]
    })
}

/// Drops the name findings that name a place, a day or a brand.
pub(super) fn drop_named_places(line: &[u8], s: &mut Scratch) {
    let [before, after, ends, openers] = sets();
    // Most words are turned down by their first and last bytes before their
    // UTF-8 is checked.
    let has = |set: &WordSet, word: &[u8]| set.contains_utf8(word);
    s.findings.retain(|f| {
        if f.kind != Kind::Name {
            return true;
        }
        let name = &line[f.start..f.end];
        let first = &name[..name
            .iter()
            .position(|&b| matches!(b, b' ' | b'-'))
            .unwrap_or(name.len())];
        let last = &name[name
            .iter()
            .rposition(|&b| matches!(b, b' ' | b'-'))
            .map_or(0, |p| p + 1)..];
        let place = has(before, last_word(without_particle(&line[..f.start])))
            || has(openers, first)
            // `Ιπποκράτειο Νοσοκομείο`, `Charité Klinikum`: the house last
            || has(openers, last)
            || has(ends, last)
            || is_glued_street(last)
            || has(after, next_word(&line[f.end..]))
            || first.len() == name.len() && is_town_with_country(name, &line[f.end..])
            || is_eponym(name);
        !place
    });
}

/// `Jan van Galenstraat`, `Karl-Theodor-Strasse`, `Drottninggatan`: a
/// street named after someone, its word glued to the name's last (Dutch,
/// German and the Nordic languages write it so). Only endings no surname
/// has; not `weg` or `laan` (`Hartweg`, `Vanderlaan`).
fn is_glued_street(last: &[u8]) -> bool {
    const GLUED: &[&str] = &[
        "straat", "straße", "strasse", "gasse", "gatan", "vägen", "gade", "gata", "plein",
    ];
    GLUED.iter().any(|end| {
        let end = end.as_bytes();
        last.len() > end.len() + 2 && last[last.len() - end.len()..].eq_ignore_ascii_case(end)
    })
}

/// `Milan(IT)`, `Oslo (NO)`: a word the log vocabulary holds as a place,
/// then an ISO 3166 country code in brackets. (A person is written with
/// a country as `Anna Berg (SE)`: two words, which this never reads.)
fn is_town_with_country(word: &[u8], rest: &[u8]) -> bool {
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    let code = match rest {
        [b'(', a, b, b')', ..] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => &rest[1..3],
        _ => return false,
    };
    let known = |text: &[u8]| std::str::from_utf8(text).is_ok_and(|t| parse_region(t).is_ok());
    known(code) && std::str::from_utf8(word).is_ok_and(in_log_words)
}

/// The text before a name, without the space and a particle that join
/// it to a street word (`avenida de `).
fn without_particle(head: &[u8]) -> &[u8] {
    let head = head.strip_suffix(b" ").unwrap_or(head);
    BETWEEN
        .iter()
        .find_map(|p| head.strip_suffix(p.as_bytes())?.strip_suffix(b" "))
        .unwrap_or(head)
}

/// The last word of `head`, up to the space, quote or bracket before it.
fn last_word(head: &[u8]) -> &[u8] {
    let start = head
        .iter()
        .rposition(|&b| matches!(b, b' ' | b'"' | b'\'' | b'(' | b'[' | b'=' | b':'))
        .map_or(0, |p| p + 1);
    &head[start..]
}

/// The word after a name's space, without the marks that end a clause.
fn next_word(rest: &[u8]) -> &[u8] {
    let Some(rest) = rest.strip_prefix(b" ") else {
        return &[];
    };
    let end = rest
        .iter()
        .position(|&b| {
            matches!(
                b,
                b' ' | b',' | b';' | b':' | b'!' | b'?' | b')' | b'"' | b'\''
            )
        })
        .unwrap_or(rest.len());
    let word = &rest[..end];
    // "Oxford Street." ends a sentence; "St." keeps its dot.
    match word.strip_suffix(b".") {
        Some(w) if w.len() > 3 => w,
        _ => word,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The comparison with each brand in turn that the set replaced, as
    /// its oracle.
    fn opens_with_a_listed_brand(folded: &[u8]) -> bool {
        EPONYMS.iter().any(|brand| {
            folded.starts_with(brand.as_bytes())
                && matches!(folded.get(brand.len()), None | Some(b' ' | b'\''))
        })
    }

    proptest::proptest! {
        #[test]
        fn the_set_finds_what_the_list_finds(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "hugo", "boss", "jack", "daniel", "wolfskin", "o.", "r.", "tambo", "or",
                "jan", "paweł", "ii", "marc", "o'polo", "king", "khalid", "x", " ", "'", "s",
            ]), 0..8),
        ) {
            let folded = pieces.concat().into_bytes();
            proptest::prop_assert_eq!(
                opens_with_eponym(&folded),
                opens_with_a_listed_brand(&folded)
            );
        }
    }
}
