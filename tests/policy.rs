//! Policy knobs, end to end: per-kind actions, replacement texts and key
//! rules change the output the way their docs say.

use scrubline_core::{Action, Kind, Policy, Redactor};

const TEST_KEY: &[u8] = b"scrubline-test-key-0123456789abcdef";

fn redactor(policy: Policy) -> Redactor {
    Redactor::builder()
        .key("k1", TEST_KEY)
        .policy(policy)
        .build()
        .unwrap()
}

#[test]
fn kind_actions_and_replacements() {
    let mut p = Policy::default();
    p.set_action(Kind::Email, Action::Strip);
    p.set_action(Kind::Phone, Action::Keep);
    p.set_replacement(Kind::Email, "<email>").unwrap();
    let r = redactor(p);
    assert_eq!(
        r.redact_line("to anna@example.de from +49 151 23421279"),
        "to <email> from +49 151 23421279"
    );
}

#[test]
fn key_rules_override_the_detectors() {
    let mut p = Policy::default();
    p.set_key_rule("queue", Action::Keep).unwrap();
    p.set_key_rule("account_ref", Action::Strip).unwrap();
    p.set_key_rule("contact", Action::Pseudonymize).unwrap();
    let r = redactor(p);
    // A queue named like a person stays; a key never seen before is stripped.
    assert_eq!(
        r.redact_line(r#"queue="Anna Schmidt" accountRef=ACC-77 contact=+4915123421279"#),
        r#"queue="Anna Schmidt" accountRef=[secret] contact=tel_k1_df4a9327598a9122"#
    );
    // Pseudonymize fails closed on values that are neither phone nor email.
    assert_eq!(
        r.redact_line(r#"{"contact":"VIP desk 7"}"#),
        r#"{"contact":"[secret]"}"#
    );
    // Without the rule, the same queue value is a name.
    let plain = redactor(Policy::default());
    assert_eq!(
        plain.redact_line(r#"queue="Anna Schmidt""#),
        r#"queue="[name]""#
    );
}
