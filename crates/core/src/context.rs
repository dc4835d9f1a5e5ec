//! Context: what a key name or the words before a value say about it.
//! Pure data plus one lookup each; adding a language is adding words here.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

mod key_lists;
mod name_keys;
mod normalize;
mod phrases;
mod word_classes;
pub(crate) use name_keys::{
    is_account_key, is_catalog_key, is_generic_name_key, is_handle_key, is_plain_name_key,
    is_search_key,
};
pub(crate) use normalize::{normalize_key, push_normalized_key};

use crate::wordset::{fold_into, WordSet};
use key_lists::{
    NAME_KEYS, PARTY_KEYS, PHONE_KEYS, REGION_KEYS, SECRET_KEYS, SECURE_FLAGS, SECURE_FLOW_SAFE,
    SECURE_KEYS,
};
pub(crate) use phrases::NAME_PHRASES;
use phrases::{
    AUTHOR_PHRASES, IDENTIFIER_NOUNS, LISTED_NAME_PHRASES, NUMBER_WORDS, PHONE_PHRASES, PHONE_WORDS,
};

/// What a key says its value holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum KeyClass {
    /// A phone number (`phone`, `msisdn`, `ani`, `telefon`, …).
    Phone,
    /// A person's name (`callerName`, `firstName`, `kunde`, …).
    Name,
    /// Either, decided by the value's shape (`caller`, `customer`, `from`).
    Party,
    /// A secret (`password`, `token`, `cvv`, …): stripped whatever it holds.
    Secret,
    /// A region hint for national-format numbers (`country`, `region`, `locale`).
    Region,
    /// Nothing known.
    Other,
}

/// Parts of a key that make it a phone's (`homePhone`; `u_contact_number`,
/// a ServiceNow custom field).
const PHONE_KEY_PARTS: &[&str] = &[
    "phone",
    "msisdn",
    "mobile",
    "telef",
    "teleph",
    "rufnummer",
    "contactnumber",
];

/// The lists above as hash sets, built once per process.
struct Sets {
    key_classes: FxHashMap<String, KeyClass>,
    network_party_keys: WordSet,
    card_words: WordSet,
    id_words: WordSet,
    phone_phrases: WordSet,
    phone_words: WordSet,
    number_words: WordSet,
    identifier_nouns: WordSet,
    name_phrases: WordSet,
    /// The endings of the name phrases (see `ends_name_phrase`).
    name_phrase_endings: WordSet,
    postposed_roles: WordSet,
    honorifics: WordSet,
    listed_name_phrases: WordSet,
    author_phrases: WordSet,
}

fn sets() -> &'static Sets {
    static SETS: OnceLock<Sets> = OnceLock::new();
    SETS.get_or_init(|| {
        let all_phrases: Vec<&str> = NAME_PHRASES
            .iter()
            .chain(LISTED_NAME_PHRASES)
            .chain(AUTHOR_PHRASES)
            .copied()
            .collect();
        let name_phrases = WordSet::new(&all_phrases);
        Sets {
            key_classes: key_classes(),
            network_party_keys: WordSet::new(NETWORK_PARTY_KEYS),
            card_words: WordSet::new(CARD_WORDS),
            id_words: WordSet::new(ID_WORDS),
            phone_phrases: WordSet::new(PHONE_PHRASES),
            phone_words: WordSet::new(PHONE_WORDS),
            number_words: WordSet::new(NUMBER_WORDS),
            identifier_nouns: WordSet::new(IDENTIFIER_NOUNS),
            name_phrase_endings: name_phrases.endings(),
            name_phrases,
            postposed_roles: WordSet::new(POSTPOSED_ROLES),
            honorifics: WordSet::new(HONORIFICS),
            listed_name_phrases: WordSet::new(LISTED_NAME_PHRASES),
            author_phrases: WordSet::new(AUTHOR_PHRASES),
        }
    })
}

/// Forms of address: after one, a lone all-caps word is a surname.
#[rustfmt::skip]
const HONORIFICS: &[&str] = &[
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof.", "herr", "herrn", "frau",
    "hr.", "fru", "heer", "de heer", "mevrouw", "meneer", "dhr.", "mevr.", "m.", "mme", "mme.",
    "mlle", "monsieur", "madame", "sr.", "sra.", "srta.", "señor", "señora", "doña", "sig.",
    "sig.ra", "signor", "signora", "dott.", "dott.ssa", "pan", "pani", "panie", "paní", "domnul",
    "doamna", "doamnă", "domnule", "dna.", "dl.", "dlui", "dnei", "bay", "bayan",
    "κύριε", "κυρία", "κύριος", "господин",
    "госпожа", "herra", "rouva", "gđa", "gđa.", "gđica", "gospodin", "gospođa", "gospa",
    "gospod", "pán", "pane", "κα", "κα.", "κ.", "пані", "пан", "пане", "г-н", "г-жа", "fr.",
    "sra", "mw.", "mevr", "dhr", "mx.", "ing.", "mgr", "mgr.", "frk.", "frk", "fröken", "neiti",
    "ponia", "ponas", "härra", "proua", "senhor", "senhora", "sir",
    // forms of address in the cases Slavic languages put them in after
    // "with", "to", "for" (hr/sr/bs, sl, sk/cs, uk, bg)
    "gospodinom", "gospođom", "gospodinu", "gospođi", "gospodina", "gospođe", "gospodom",
    "gospo", "gospe", "pánom", "pánem", "pánovi", "pani", "panem", "pana", "panu", "panią",
    "paním", "паном", "пана", "панові",
    "господином", "госпожой", "господин", "госпожа", "господине", "госпожо",
    // lb, mt
    "här", "madame", "is-sur", "is-sinjura",
    // the vocative of hr/sr/bs, and Albanian's Mr and Mrs
    "gospodine", "gospođo", "gospođice", "госпођо", "госпођице", "z.", "znj.", "zoti", "zonja",
    // sr (Cyrillic) in the cases after "with", "to"
    "госпођом", "госпођи", "госпође", "господину", "господина", "пану",
    // hr/sr/bs `g.` (gospodin), Swahili Bwana and Bibi
    "g.", "bw.", "bwana", "bi.",
    // lv Mr and Mrs, written out and abbreviated (`k-gs Rubenis`); mt Mr
    // and Mrs without the article (`Sinjura Camilleri`); sr (Cyrillic) `г.`
    // and `г-ђа`
    "kungs", "kundze", "k-gs", "k-dze", "sinjur", "sinjura", "г.", "г-ђа", "гђа", "гђа.",
    // sl `ga.` (gospa), ru г-н and г-жа in their cases. (Not et `pr`,
    // proua: a pull request as often, and da/no `pr.` is "per", `pr. dag`.)
    "ga.", "г-на", "г-ну", "г-ном", "г-жи", "г-же", "г-жу", "г-жой",
    // Hebrew Mr and Mrs (the geresh typed as an apostrophe, as keyboards
    // do); Arabic Mrs (not Mr, السيد, a family name too)
    "מר", "גב'", "גב׳", "גברת", "ד״ר", "السيدة",
    // af Mr, Mrs, Miss; lt Mr and Mrs in the dative, accusative, genitive
    // (`Paskambinta ponui Jankauskui`)
    "mnr.", "mnr", "mev.", "mev", "mej.", "ponui", "poniai", "poną", "ponią", "pono", "ponios",
    // ga Mr (`an tUasal Ó Rúnaidhe`)
    "tuasal", "an tuasal",
];

/// Is `word` a form of address ("Mr", "Herrn", "Sra.")?
pub(crate) fn is_honorific(word: &str) -> bool {
    sets().honorifics.contains(word)
}

/// Is `word` a role or form of address that follows the name (hu
/// "Kovács úr", "… ügyféltől", tr "Ayşe hanım")?
pub(crate) fn is_postposed_role(word: &str) -> bool {
    sets().postposed_roles.contains(word)
}

/// Role words and forms of address written after the name.
#[rustfmt::skip]
pub(crate) const POSTPOSED_ROLES: &[&str] = &[
    // hu: customer (declined), Mr, Mrs
    "ügyfél", "ügyféltől", "ügyfélnek", "ügyfelet", "ügyféllel", "ügyfelünk", "úr", "úrnak",
    "urat", "úrral", "asszony", "asszonynak", "asszonyt", "asszonnyal",
    // tr: Mr, Mrs
    "bey", "beyi", "beye", "beyle", "hanım", "hanımı", "hanıma", "hanımla",
    // lv: Mr, Mrs, in their cases (`Puriņš kungs apstrīd rēķinu`)
    "kungs", "kunga", "kungam", "kungu", "kundze", "kundzes", "kundzei", "kundzi",
];

/// Is `word` a name phrase after which only a listed name is taken (a
/// greeting or pronoun that opens other words as often: `שלום`, `أنا`,
/// `šeit`)?
pub(crate) fn is_listed_name_phrase(word: &str) -> bool {
    sets().listed_name_phrases.contains(word)
}

/// Is `phrase` one before an author ("note by", "created by"), after which
/// only a listed name is taken?
pub(crate) fn is_author_phrase(phrase: &str) -> bool {
    sets().author_phrases.contains(phrase)
}

/// Is `word` one of the name phrases ("Kunde", "Mme", "this is")?
pub(crate) fn is_name_phrase(word: &str) -> bool {
    sets().name_phrases.contains(word)
}

/// [`is_name_phrase`] of a phrase folded already.
pub(crate) fn is_folded_name_phrase(folded: &[u8]) -> bool {
    sets().name_phrases.contains_folded(folded)
}

/// Can a name phrase end with `word`, the last of its words? When not,
/// no phrase of one, two or three words ends with it. Asked at nearly
/// every space, so the word comes as bytes: most are turned down before
/// they are checked for UTF-8.
pub(crate) fn ends_name_phrase(word: &[u8]) -> bool {
    sets().name_phrase_endings.contains_utf8(word)
}

/// Can a name phrase end with a word of three bytes or more that ends
/// with `tail`? When not, [`ends_name_phrase`] of every such word is false.
pub(crate) fn may_end_name_phrase(tail: [u8; 3]) -> bool {
    sets().name_phrase_endings.may_end_with(tail)
}

/// Classifies a word read as a key (`by_phone`, `lastName`), folded as keys
/// are; `None` when it is too long to be one.
pub(crate) fn classify_word(word: &str) -> Option<KeyClass> {
    let mut buf = [0u8; 64];
    fold_into(word, &mut buf, true).map(word_classes::remembered_class)
}

/// Classifies a normalized key: one hash lookup, then the phone key parts
/// (`homePhone`, `mobileNo`) for keys no list names.
pub(crate) fn classify_key(key: &str) -> KeyClass {
    let listed = sets().key_classes.get(key).copied().or_else(|| {
        // `apellido1`, `surname2`: the parts of a name in numbered fields.
        let stem = key.trim_end_matches(|c: char| c.is_ascii_digit());
        (stem.len() >= 4 && key.len() - stem.len() == 1)
            .then(|| sets().key_classes.get(stem).copied())
            .flatten()
            .filter(|&class| class == KeyClass::Name && !is_plain_name_key(stem))
    });
    match listed {
        Some(class @ (KeyClass::Secret | KeyClass::Phone)) => class,
        // `phone_number_id`, `phoneSid`: the id of a number's record (the
        // WhatsApp Cloud API's business number, a Twilio resource), not
        // the number.
        _ if has_phone_part(key) && !key.ends_with("id") => KeyClass::Phone,
        None if is_qualified_tel_key(key) => KeyClass::Phone,
        // `alert_sms`, `notify_sms`: where a text message goes.
        None if key.ends_with("sms") => KeyClass::Phone,
        // `customer_ani`, `origDnis`: caller and called number with a qualifier.
        // Asterisk's AGI writes the dialled number as `agi_dnid`.
        // `agi_callerid`, `origCallerId`: a caller id with a qualifier.
        None if key.ends_with("ani")
            || key.ends_with("dnis")
            || key.ends_with("dnid")
            || key.ends_with("callerid") =>
        {
            KeyClass::Phone
        }
        None if is_party_number_key(key) => KeyClass::Phone,
        Some(class) => class,
        // `fromAgent`, `assignedAgent`, `escalationSupervisor`: a role with
        // a qualifier may hold a person (but `userAgent` is a browser).
        None if key != "useragent" && ROLE_SUFFIXES.iter().any(|r| key.ends_with(r)) => {
            KeyClass::Party
        }
        // `requested_by`, `createdBy`, `approvedBy`: who did it (but not
        // `groupBy` or `sortBy`, which hold field names).
        None if key.ends_with("edby") => KeyClass::Party,
        // `billingLastName`, `participantName`: a person's name part, or a
        // role's name (not `hostname`, `queueName`).
        None if is_person_name_key(key) => KeyClass::Name,
        None => KeyClass::Other,
    }
}

/// Does `key` hold one of `PHONE_KEY_PARTS`? Every field's key is asked:
/// one walk over its few bytes, comparing where a part's first byte is,
/// costs less than a substring searcher built per part.
fn has_phone_part(key: &str) -> bool {
    let key = key.as_bytes();
    (0..key.len()).any(|i| {
        PHONE_KEY_PARTS
            .iter()
            .any(|p| key[i..].starts_with(p.as_bytes()))
    })
}

/// `tel_mobil`, `telPrivat`, `tel_home`: `tel` and the line it names
/// (a bare `tel…` prefix is as often `telemetry` or `telnet`).
fn is_qualified_tel_key(key: &str) -> bool {
    const LINES: &[&str] = &[
        "mobil",
        "privat",
        "private",
        "home",
        "work",
        "office",
        "business",
        "fix",
        "fixe",
        "fixed",
        "gsm",
        "cell",
        "dienst",
        "dienstlich",
        "buero",
        "büro",
        "festnetz",
        "portable",
        "domicile",
        "casa",
        "movil",
        "móvil",
        "cellulare",
        "ufficio",
        "thuis",
        "werk",
        "prive",
    ];
    key.strip_prefix("tel").is_some_and(|line| {
        LINES.contains(&line)
            || line
                .strip_suffix(char::is_numeric)
                .is_some_and(str::is_empty)
    })
}

/// `CallerIDNum`, `caller_id_number`, `ConnectedLineNum`, `redirecting_nr`:
/// the number of a party to a call. Only call parties count: a customer's
/// or an order's number is an identifier.
fn is_party_number_key(key: &str) -> bool {
    const NUMBER: &[&str] = &["number", "num", "nr", "nbr", "no"];
    // Short stems must be the whole stem (`photo_no` is not `to_no`).
    const WHOLE: &[&str] = &[
        "from", "to", "src", "dst", "dest", "orig", "cid", "cli", "ani",
    ];
    #[rustfmt::skip]
    const ENDING: &[&str] = &[
        "caller", "callerid", "callee", "called", "calling", "connectedline", "redirecting",
        "redirected", "forwarded", "forwarding", "transferred", "transfer", "originating",
        "origination", "destination", "source", "target", "callback", "party", "dialed",
        "dialled",
    ];
    NUMBER
        .iter()
        .filter_map(|n| key.strip_suffix(n))
        .any(|stem| WHOLE.contains(&stem) || ENDING.iter().any(|e| stem.ends_with(e)))
}

/// Does a key no list holds end in a person's name part (`…firstname`,
/// `…surname`), or is it a role's name (`participantname`)?
fn is_person_name_key(key: &str) -> bool {
    // `resourceDisplayName`, `appDisplayName`, `queue_name`: a thing's.
    const THINGS: &[&str] = &[
        "resource",
        "app",
        "application",
        "service",
        "device",
        "group",
        "team",
        "role",
        "queue",
        "tenant",
        "org",
        "organization",
        "organisation",
        "product",
        "item",
        "file",
        "channel",
        "project",
        "site",
        "host",
        "server",
        "bot",
        "skill",
        "flow",
        "campaign",
        "policy",
        "rule",
        "plan",
        "package",
        "module",
        "company",
        "principal",
        "serviceprincipal",
        "workspace",
        "folder",
        "table",
        "column",
        "index",
        "bucket",
        "topic",
        "stream",
        "region",
        "zone",
    ];
    let thing = |part: &str| {
        key.strip_suffix(part)
            .is_some_and(|stem| THINGS.iter().any(|t| stem.ends_with(t)))
    };
    if thing("displayname") || thing("fullname") {
        return false;
    }
    const PARTS: &[&str] = &[
        "firstname",
        "lastname",
        "surname",
        "givenname",
        "fullname",
        "displayname",
        "forename",
        "familyname",
        "middlename",
        // FreeSWITCH's `variable_sip_from_display`, `sip_to_display`
        "fromdisplay",
        "todisplay",
    ];
    const ROLES: &[&str] = &[
        "participant",
        "member",
        "speaker",
        "subscriber",
        "person",
        "patient",
        "holder",
        "guest",
        "passenger",
        "signer",
        "owner",
        "visitor",
        "sender",
        // caller id name (`cid_name`, `callerIdName`, `clidName`)
        "cid",
        "clid",
        "callerid",
        // a record's person under a qualifier (`crm_name`, `primary_name`)
        "crm",
        "primary",
        "duplicate",
        "matched",
        "legal",
        "billing",
        "shipping",
        "delivery",
        "recipient",
        "emergency",
        "spouse",
        "partner",
        "guardian",
        "employee",
        "manager",
        "reviewer",
        "evaluator",
        "approver",
        "author",
        "reporter",
        "respondent",
        "beneficiary",
        "payer",
        "payee",
        "insured",
        "driver",
        "student",
        // who a merge keeps, who cares, who stands surety
        "survivor",
        "caregiver",
        "carer",
        "guarantor",
        "traveller",
        "traveler",
        // gaming, prize and hiring records (`player_name`, `winner_name`)
        "player",
        "claimant",
        "winner",
        "witness",
        "candidate",
        "applicant",
        "real",
        "maiden",
        "birth",
        "nick",
        "preferred",
        "spoken",
    ];
    // A role's short name part (`billing_first`, `customer_lname`).
    const SHORT_PARTS: &[&str] = &["name", "first", "last", "fname", "lname"];
    // A change's before and after of a name part (`old_last`,
    // `new_fname`); not of a `name`, which files and hosts have too.
    const CHANGED: &[&str] = &["old", "new", "prev", "previous", "former"];
    let changed_part = ["first", "last", "fname", "lname"]
        .iter()
        .filter_map(|p| key.strip_suffix(p))
        .any(|stem| CHANGED.contains(&stem));
    PARTS.iter().any(|p| key.ends_with(p))
        || changed_part
        || SHORT_PARTS
            .iter()
            .filter_map(|p| key.strip_suffix(p))
            .any(|role| {
                !role.is_empty() && ROLES.iter().chain(ROLE_SUFFIXES).any(|r| role.ends_with(r))
            })
}

/// Roles that, at the end of a key no list holds, make it a party key.
const ROLE_SUFFIXES: &[&str] = &[
    "agent",
    "customer",
    "caller",
    "contact",
    "requester",
    "recipient",
    "assignee",
    "supervisor",
    "evaluator",
    "reviewer",
    "approver",
    "auditor",
    "assessor",
    "technician",
    // who moves in or out (`new_occupant="Tomás"`, `previous_resident`)
    "occupant",
    "resident",
    // who travels or stays (`co_passenger="Zdeněk"`, `lead_traveller`,
    // `main_guest`)
    "passenger",
    "traveller",
    "traveler",
    "guest",
];

/// The key lists as one map from folded key to class; where lists share a
/// key the first class wins (secret, phone, name, party, region). `cid` is
/// a card security code in payment flows but a correlation id almost
/// everywhere else, so it is left out: only the explicit names count.
fn key_classes() -> FxHashMap<String, KeyClass> {
    let mut map = FxHashMap::default();
    let lists = [
        (SECRET_KEYS, KeyClass::Secret),
        (PHONE_KEYS, KeyClass::Phone),
        (NAME_KEYS, KeyClass::Name),
        (PARTY_KEYS, KeyClass::Party),
        (REGION_KEYS, KeyClass::Region),
    ];
    let mut buf = [0u8; 64];
    for (list, class) in lists {
        for key in list.iter().filter(|&&k| k != "cid") {
            let folded = fold_into(key, &mut buf, true).expect("short key");
            map.entry(folded.to_string()).or_insert(class);
        }
    }
    map
}

/// Is `key=value` a secure-flow marker?
pub(crate) fn is_secure_marker(key: &str, value: &[u8]) -> bool {
    // Every field of every line is asked: the key, which rarely is one,
    // is looked at before the value.
    let truthy = || {
        [&b"true"[..], b"1", b"yes", b"on"]
            .iter()
            .any(|t| value.eq_ignore_ascii_case(t))
    };
    // `exp` is a card's expiry (`12/27`, `1227`) in a payment and a
    // token's expiry time (`exp=1709109787`, RFC 7519) in an OAuth flow:
    // only the card's marks a secure flow.
    let expiry_key = matches!(key, "exp" | "expiry" | "expirydate");
    let card_expiry = || {
        (4..=7).contains(&value.len())
            && value
                .iter()
                .all(|b| b.is_ascii_digit() || matches!(b, b'/' | b'-'))
    };
    (SECURE_FLAGS.contains(&key) && truthy())
        || (SECURE_KEYS.contains(&key) && !value.is_empty() && (!expiry_key || card_expiry()))
}

/// Does this key name the event (`evt`, `event`, `type`)?
pub(crate) fn is_event_key(key: &str) -> bool {
    matches!(
        key,
        "evt" | "event" | "eventtype" | "type" | "action" | "msg" | "message"
    )
}

/// May this key's value stay in a secure-flow event? Ids (`sessionId`,
/// `call_id`) and bookkeeping keys may.
pub(crate) fn is_secure_flow_safe(key: &str) -> bool {
    key.ends_with("id")
        || key.ends_with("ids")
        || SECURE_FLOW_SAFE.contains(&key)
        || SECURE_FLAGS.contains(&key)
}

/// Does this phone key name the international form, country code first?
pub(crate) fn is_international_key(key: &str) -> bool {
    matches!(
        key,
        "msisdn" | "e164" | "waid" | "whatsappid" | "whatsapp" | "msisdnid" | "tn"
            // SIP proxies account the user parts carriers send, E.164 without `+`
            | "srcuser" | "dstuser" | "dstouser" | "ruriuser" | "fu" | "tu" | "ru"
            // mobile payments (Bizum, Twint, Vipps, MobilePay) address a
            // payer or payee by their number, E.164 without `+`
            | "payeralias" | "payeealias"
    )
}

/// Party keys that hold network addresses as often as numbers.
#[rustfmt::skip]
const NETWORK_PARTY_KEYS: &[&str] = &[
    "from", "to", "client", "source", "peer", "remote", "src", "dst", "dest",
];

/// Is this normalized party key one where a dotted quad is an IPv4 address?
pub(crate) fn is_network_party(key: &str) -> bool {
    sets().network_party_keys.contains(key)
}

/// Keys and words that announce a card number.
#[rustfmt::skip]
const CARD_WORDS: &[&str] = &[
    "card", "cardno", "cardnumber", "pan", "cc", "ccnum", "ccnumber", "creditcard", "debitcard",
    "kreditkarte", "karte", "kartennummer", "carte", "cartebancaire", "tarjeta", "cartão",
    "cartao", "carta", "karta", "kaart", "kort", "kortnummer", "kortti", "visa", "mastercard",
    "amex", "maestro", "digits", "dtmf",
];

/// Keys and words after which a compact number is an identifier.
#[rustfmt::skip]
const ID_WORDS: &[&str] = &[
    "build", "checkpoint", "offset", "txn", "seq", "sequence", "protocol", "protocolo",
    "protokoll", "ref", "reference", "order", "invoice", "ticket", "nonce", "trace", "span",
    "hash", "epoch", "ts", "timestamp", "version", "count", "bytes", "size", "dossier", "case",
    "contract", "vertrag", "job", "batch", "build_id", "commit", "serial", "imei", "imsi",
    // a library's or shop's item: its barcode, ISBN, EAN
    "barcode", "isbn", "ean", "upc", "gtin",
];

/// What the word before a number says about a card number.
pub(crate) fn card_context(word: &str) -> crate::card::CardContext {
    use crate::card::CardContext;
    // `card.number=`, `payment.card.pan=`: a dotted path whose field is
    // a card's, as a printed request names it.
    let dotted_card = || {
        word.rsplit_once('.').is_some_and(|(head, _)| {
            sets()
                .card_words
                .contains(head.rsplit('.').next().unwrap_or(head))
        })
    };
    if sets().card_words.contains(word) || dotted_card() {
        CardContext::Card
    } else if sets().id_words.contains(word)
        || (word.len() > 2
            && (word.ends_with("id") || word.ends_with("Id") || word.ends_with("ID")))
    {
        CardContext::Id
    } else {
        CardContext::None
    }
}

/// Is the word before a number a phone phrase ("unter", "call", "dialing")?
pub(crate) fn is_phone_phrase(word: &str) -> bool {
    // An arrow in a change of contact data ("-> 612.34.52.61"), matched as
    // written: the word sets fold '-' away, and a bare ">" compares numbers.
    matches!(word, "->" | "-->" | "=>" | "→") || sets().phone_phrases.contains(word)
}

/// Is `word` a word for "number" itself ("number", "Nr.", "numéro")?
pub(crate) fn is_number_word(word: &str) -> bool {
    sets().number_words.contains(word)
}

/// Is `word` a thing whose number is an identifier ("order", "Rechnung")?
pub(crate) fn is_identifier_noun(word: &str) -> bool {
    sets().identifier_nouns.contains(word)
}

/// The prepositions among the phone phrases: they put an address or a
/// time after them as often as a number (`DHCPACK on 10.21.27.66`).
pub(crate) fn is_preposition(word: &str) -> bool {
    matches!(
        word,
        "on" | "at"
            | "from"
            | "to"
            | "via"
            | "for"
            | "by"
            | "an"
            | "zu"
            | "bei"
            | "von"
            | "van"
            | "de"
            | "da"
            | "op"
            | "na"
            | "pe"
            | "la"
            | "al"
            | "au"
            | "ao"
            | "per"
            | "por"
            | "par"
            | "pour"
            | "für"
            | "chez"
            | "door"
            | "naar"
            | "från"
            | "till"
            | "til"
            | "på"
            | "sul"
            | "allo"
            | "alla"
            | "pod"
            | "desde"
            | "по"
            | "на"
            | "στο"
    )
}

/// Does `word` announce a phone number, as a phrase right before it or a
/// word a few words back? Arabic glues "and" (`و`) to the word after it:
/// `ورقمي 9665…`, "and my number …".
pub(crate) fn announces_phone(word: &str) -> bool {
    let word = word
        .strip_prefix('و')
        .filter(|w| !w.is_empty())
        .unwrap_or(word);
    is_phone_phrase(word) || is_phone_word(word)
}

/// Is `word` one that puts a phone number a few words further on ("pediu
/// contacto para o …", "my number is …")?
pub(crate) fn is_phone_word(word: &str) -> bool {
    sets().phone_words.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(key: &str) -> KeyClass {
        let mut s = String::new();
        normalize_key(key.as_bytes(), &mut s);
        classify_key(&s)
    }

    #[test]
    fn keys_in_many_spellings() {
        assert_eq!(class("callerName"), KeyClass::Name);
        assert_eq!(class("caller_name"), KeyClass::Name);
        assert_eq!(class("requester.name"), KeyClass::Name);
        assert_eq!(class("phoneNumber"), KeyClass::Phone);
        assert_eq!(class("caller_number"), KeyClass::Phone);
        assert_eq!(class("wa_id"), KeyClass::Phone);
        assert_eq!(class("telefon"), KeyClass::Phone);
        assert_eq!(class("caller"), KeyClass::Party);
        assert_eq!(class("CVV"), KeyClass::Secret);
        assert_eq!(class("country"), KeyClass::Region);
        assert_eq!(class("CallerIDNum"), KeyClass::Phone);
        assert_eq!(class("effective_caller_id_number"), KeyClass::Phone);
        assert_eq!(class("ConnectedLineNum"), KeyClass::Phone);
    }

    #[test]
    fn ordinary_keys_are_other() {
        for k in [
            "queue",
            "sessionId",
            "cid",
            "node",
            "hostname",
            "status",
            "ticketNumber",
            "customer_number",
            "photo_no",
            "order_nr",
        ] {
            assert_eq!(class(k), KeyClass::Other, "{k}");
        }
    }
}
