use super::*;
use crate::census::Census;

proptest::proptest! {
    /// The byte test before the split turns down only words the split
    /// turns down.
    #[test]
    fn particles_glue_as_split_by_chars(w in "(al|el|ad|ud|d|x)[-'’é]?[A-Za-zé]{0,3}") {
        let by_split = w.split_once(['-', '\'', '’']).is_some_and(|(particle, surname)| {
            matches!(particle, "al" | "el" | "ad" | "ud" | "d")
                && surname.chars().next().is_some_and(char::is_uppercase)
        });
        proptest::prop_assert_eq!(glued_to_particle(&w), by_split);
    }
}

fn names(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let line = s.as_bytes();
    NameFinder::new().find_in_text(line, Census::of(line), false, |a, b| {
        out.push(s[a..b].to_string())
    });
    out
}

#[test]
fn names_after_phrases() {
    assert_eq!(
        names("Customer Dean Williams called back"),
        ["Dean Williams"]
    );
    assert_eq!(
        names("Hola, soy Angelino Pozuelo, llámeme"),
        ["Angelino Pozuelo"]
    );
    assert_eq!(
        names("for customer Aron de Grote reason=x"),
        ["Aron de Grote"]
    );
    assert_eq!(names("Kunde Gertrude Förster bittet"), ["Gertrude Förster"]);
    assert_eq!(names("by agent Marie Möchlichen"), ["Marie Möchlichen"]);
    assert_eq!(
        names("Mme Zoé Lefèvre-Martin a appelé"),
        ["Zoé Lefèvre-Martin"]
    );
    assert_eq!(names("меня зовут Иван Петров."), ["Иван Петров"]);
    assert_eq!(names("고객 김민준 님"), ["김민준"]);
}

#[test]
fn role_words_without_names() {
    assert!(names("agent agent-4244: transfer").is_empty());
    assert!(names("customer Support queue").is_empty());
    assert!(names("User Agent Mozilla/5.0").is_empty());
    assert!(names("\"speaker\":\"customer\",\"text\":\"hi\"").is_empty());
    assert!(names("customer ID 42").is_empty());
}

fn listed(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    NameFinder::new().find_by_lists(s.as_bytes(), |a, b| out.push(s[a..b].to_string()));
    out
}

#[test]
fn names_from_the_lists_without_context() {
    assert_eq!(
        listed("voicemail for Rozalia Masiak length=466.8s"),
        ["Rozalia Masiak"]
    );
    assert_eq!(
        listed("callback scheduled for NISTOR Lucia at 10:00"),
        ["NISTOR Lucia"]
    );
    assert_eq!(listed("contact \"Evie van Laar\" <x>"), ["Evie van Laar"]);
    assert_eq!(
        listed("INFO  Customer Dean Williams called"),
        ["Dean Williams"]
    );
    assert_eq!(listed("from Κασσιανή Συβιλιά reason"), ["Κασσιανή Συβιλιά"]);
    assert_eq!(listed("voicemail for 구준서 length=4"), ["구준서"]);
    assert_eq!(
        listed("от Ярополк Вышеславцев, тел"),
        ["Ярополк Вышеславцев"]
    );
    assert_eq!(listed("for 渡辺 修平 length"), ["渡辺 修平"]);
    assert_eq!(listed("by Sabrina Pires for"), ["Sabrina Pires"]);
}

#[test]
fn capitalised_words_that_are_not_names() {
    for line in [
        "queue=\"Moving House\" site=Lyon Part-Dieu",
        "[stats] file Premium Care : 2122 appels",
        "queue=\"Service Client\" INFO Started Session 42 of User root",
        "Caused by: java.lang.IllegalStateException: Connection Refused",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)",
    ] {
        assert!(listed(line).is_empty(), "{line}: {:?}", listed(line));
    }
}

#[test]
fn key_values() {
    let f = NameFinder::new();
    for v in [
        "Szilágyi Beáta",
        "A. Cunha",
        "Stijn Luitgardis van Neustrië",
        "SMITH",
        "佐藤 太郎",
    ] {
        assert!(f.value_is_name(v, ValueCheck::Loose), "{v}");
    }
    for v in [
        "agent-3477",
        "customer",
        "Billing",
        "",
        "x@y.z",
        "Premium Care",
    ] {
        assert!(!f.value_is_name(v, ValueCheck::Loose), "{v}");
    }
    assert!(!f.value_is_name("VIP", ValueCheck::Strict));
    assert!(f.value_is_name("Rose", ValueCheck::Strict));
    assert!(!f.value_is_name("Rose", ValueCheck::Word));
    assert!(f.value_is_name("Ottilie", ValueCheck::Word));
}
