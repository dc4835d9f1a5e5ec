//! Cities whose name opens the name of a place in them: a station, an
//! airport, a club or a shop (`Roma Termini`, `Lisbon Humberto Delgado`,
//! `Hamburg Helmut Schmidt`, `Lisboa Saldanha`, `Madrid Chamberí`). A
//! person's name after the city is the place's namesake, not the person a
//! line is about.

use std::sync::OnceLock;

use crate::wordset::WordSet;

/// Capitals and large cities of Europe and the world, in their English
/// and native spellings, lower case. Not those that are as often a
/// person's name: Sofia, Florence, Victoria, Milan, Paris, London, Lima,
/// Valencia, Sydney, Austin, Dallas, Orlando, Adelaide, Jordan, Nancy,
/// Verona, Bergen, York, Nice, Bath, Lincoln, Chester, Regina, Charlotte,
/// Roma, Palma, Boston, Bologna (and Αθήνα, София: Athena, Sofia).
#[rustfmt::skip]
const CITIES: &[&str] = &[
    "amsterdam", "rotterdam", "utrecht", "eindhoven", "groningen", "brussels", "bruxelles",
    "brussel", "antwerp", "antwerpen", "anvers", "gent", "ghent", "liège", "luxembourg",
    "lisbon", "lisboa", "porto", "madrid", "barcelona", "sevilla", "seville", "bilbao",
    "málaga", "malaga", "zaragoza", "rome", "milano", "napoli", "naples",
    "torino", "turin", "firenze", "venezia", "venice", "genova", "palermo",
    "catania", "berlin", "hamburg", "münchen", "munich", "köln", "cologne", "frankfurt",
    "stuttgart", "düsseldorf", "dortmund", "leipzig", "dresden", "hannover", "nürnberg",
    "nuremberg", "bremen", "wien", "vienna", "salzburg", "innsbruck", "zürich", "zurich",
    "genève", "geneva", "basel", "bern", "lausanne", "lugano", "marseille", "lyon",
    "toulouse", "bordeaux", "lille", "strasbourg", "montpellier", "rennes", "nantes",
    "dublin", "edinburgh", "glasgow", "manchester", "liverpool", "birmingham", "belfast",
    "cardiff", "copenhagen", "københavn", "aarhus", "odense", "stockholm", "göteborg",
    "gothenburg", "malmö", "malmo", "uppsala", "oslo", "trondheim", "stavanger", "helsinki",
    "espoo", "tampere", "reykjavík", "reykjavik", "tallinn", "riga", "vilnius", "kaunas",
    "warszawa", "warsaw", "kraków", "krakow", "gdańsk", "gdansk", "wrocław", "wroclaw",
    "poznań", "poznan", "łódź", "praha", "prague", "brno", "ostrava", "bratislava", "košice",
    "budapest", "debrecen", "ljubljana", "zagreb", "split", "beograd", "belgrade", "sarajevo",
    "skopje", "podgorica", "tirana", "bucurești", "bucuresti", "bucharest", "cluj", "iași",
    "timișoara", "chișinău", "kyiv", "kiev", "lviv", "odesa", "kharkiv", "minsk", "moskva",
    "moscow", "athens", "athina", "thessaloniki", "nicosia", "valletta", "istanbul",
    "ankara", "izmir", "antalya", "dubai", "doha", "cairo", "casablanca", "tunis",
    "tokyo", "osaka", "seoul", "beijing", "shanghai", "singapore", "bangkok", "mumbai",
    "delhi", "toronto", "montreal", "vancouver", "chicago", "seattle", "miami",
    "melbourne", "brisbane", "auckland",
    // Greek and Cyrillic spellings
    "θεσσαλονίκη", "москва", "київ", "киев", "београд", "мінськ", "минск",
];

/// Is `word` (any case) one of the cities?
pub(super) fn is_city(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(CITIES)).contains(word)
}

/// The cities left out of `CITIES` for being given names as often, in
/// lower case: beside a word of the logs they are the place
/// (`Logistics Lincoln`, `Store Florence Centro`, `Retail Jordan Region`).
#[rustfmt::skip]
const NAMESAKE_CITIES: &[&str] = &[
    "sofia", "florence", "victoria", "milan", "paris", "london", "lima", "valencia", "sydney",
    "austin", "dallas", "orlando", "adelaide", "jordan", "nancy", "verona", "bergen", "york",
    "nice", "bath", "lincoln", "chester", "regina", "charlotte", "roma", "palma", "boston",
    "bologna", "madison", "houston", "denver", "phoenix", "hamilton", "kingston", "wellington",
    "santiago", "siena", "florencia", "savannah", "софия", "αθήνα",
];

/// Is `word` (any case) a city that is a given name too?
pub(super) fn is_namesake_city(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(NAMESAKE_CITIES))
        .contains(word)
}
