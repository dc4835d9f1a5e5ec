//! What to do with each kind of personal data: the policy is plain data,
//! parsed once into enums at build time and never re-read per line.

use std::collections::BTreeMap;

use crate::error::{Error, ErrorKind};

/// A kind of personal data the engine finds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// Phone numbers in any written form.
    Phone,
    /// Email addresses.
    Email,
    /// Payment card numbers (Luhn-valid, known issuer, valid length).
    Card,
    /// International bank account numbers (mod-97 valid).
    Iban,
    /// Passwords, bearer tokens, API keys, card security codes.
    Secret,
    /// Person names.
    Name,
}

impl Kind {
    /// Every kind, in the order stats report them.
    pub const ALL: [Kind; 6] = [
        Kind::Phone,
        Kind::Email,
        Kind::Card,
        Kind::Iban,
        Kind::Secret,
        Kind::Name,
    ];

    /// The lowercase name used in config files and stats.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Phone => "phone",
            Kind::Email => "email",
            Kind::Card => "card",
            Kind::Iban => "iban",
            Kind::Secret => "secret",
            Kind::Name => "name",
        }
    }

    /// Parses a name as written by [`Kind::as_str`].
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// What happens to a finding of one kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Leave it as written.
    Keep,
    /// Replace it with a keyed HMAC token (`tel_k1_…`, `mail_k1_…`); the
    /// same value always gets the same token under the same key. Kinds
    /// without a token form (names, cards, …) are stripped instead.
    Pseudonymize,
    /// Replace it with the kind's replacement text (`[name]`, `[card]`, …).
    Strip,
}

impl Action {
    /// Parses `keep`, `pseudonymize` or `strip`.
    pub fn from_name(name: &str) -> Option<Action> {
        match name {
            "keep" => Some(Action::Keep),
            "pseudonymize" => Some(Action::Pseudonymize),
            "strip" => Some(Action::Strip),
            _ => None,
        }
    }
}

/// Per-kind actions and replacement texts, and rules for named keys.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    actions: [Action; 6],
    replacements: [String; 6],
    key_rules: BTreeMap<String, Action>,
}

impl Default for Policy {
    /// Phones and emails pseudonymized; everything else stripped.
    fn default() -> Policy {
        Policy {
            actions: [
                Action::Pseudonymize,
                Action::Pseudonymize,
                Action::Strip,
                Action::Strip,
                Action::Strip,
                Action::Strip,
            ],
            replacements: Kind::ALL.map(|k| format!("[{}]", k.as_str())),
            key_rules: BTreeMap::new(),
        }
    }
}

impl Policy {
    /// The action for a kind.
    pub fn action(&self, kind: Kind) -> Action {
        self.actions[kind.index()]
    }

    /// The replacement text of a stripped kind.
    pub fn replacement(&self, kind: Kind) -> &str {
        &self.replacements[kind.index()]
    }

    /// Sets the action for a kind.
    pub fn set_action(&mut self, kind: Kind, action: Action) -> &mut Policy {
        self.actions[kind.index()] = action;
        self
    }

    /// Sets the replacement text of a kind. It must be 1 to 64 bytes of
    /// printable ASCII without quotes or backslashes, so that it is safe in
    /// plain text, JSON strings and logfmt values; it must not contain a
    /// digit or `@`, and must hold a bracket (`[ ] < > { } ( )`), so it never
    /// reads as the data it replaces or as a word (`Anna` would be taken
    /// for a name on the next pass).
    pub fn set_replacement(&mut self, kind: Kind, text: &str) -> Result<&mut Policy, Error> {
        let ok = !text.is_empty()
            && text.len() <= 64
            && text
                .bytes()
                .all(|b| b.is_ascii_graphic() && !b"\"'\\@%".contains(&b) && !b.is_ascii_digit())
            && text.bytes().any(|b| b"[]<>{}()".contains(&b));
        if !ok {
            return Err(Error::new(
                ErrorKind::Policy,
                format!(
                    "replacement for {} must be 1-64 printable ASCII characters with a bracket ([ ] < > {{ }} ( )) and without spaces, quotes, backslashes, digits, '@' or '%'",
                    kind.as_str()
                ),
            ));
        }
        self.replacements[kind.index()] = text.to_string();
        Ok(self)
    }

    /// A rule for the values of one JSON/logfmt/URL key, whatever the
    /// detectors would say: `Keep` never touches them (a `queue` or `site`
    /// named like a person), `Strip` always replaces them with the secret
    /// replacement, `Pseudonymize` makes phones and emails tokens and strips
    /// anything else (fail closed). Keys match the way detectors read them:
    /// case, `_`, `-` and the dotted prefix are ignored (`caller_Name`,
    /// `callerName` and `a.callerName` are one key).
    pub fn set_key_rule(&mut self, key: &str, action: Action) -> Result<&mut Policy, Error> {
        let mut normalized = String::new();
        crate::context::normalize_key(key.as_bytes(), &mut normalized);
        if normalized.is_empty() || normalized.len() > 64 {
            return Err(Error::new(
                ErrorKind::Policy,
                format!("key rule for {key:?}: a key is 1 to 64 characters (not counting _ and -)"),
            ));
        }
        self.key_rules.insert(normalized, action);
        Ok(self)
    }

    /// The rule for a key already normalized by the scanner.
    pub(crate) fn key_rule(&self, normalized: &str) -> Option<Action> {
        if self.key_rules.is_empty() {
            return None;
        }
        self.key_rules.get(normalized).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_pseudonymize_contact_data_and_strip_the_rest() {
        let p = Policy::default();
        assert_eq!(p.action(Kind::Phone), Action::Pseudonymize);
        assert_eq!(p.action(Kind::Email), Action::Pseudonymize);
        assert_eq!(p.action(Kind::Name), Action::Strip);
        assert_eq!(p.replacement(Kind::Card), "[card]");
    }

    #[test]
    fn replacement_text_must_be_safe_everywhere() {
        let mut p = Policy::default();
        assert!(p.set_replacement(Kind::Name, "<name>").is_ok());
        for bad in [
            "", "a b", "\"x\"", "x\\", "n4me", "a@b", "%20", "Anna", "REDACTED",
        ] {
            assert!(p.set_replacement(Kind::Name, bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn key_rules_fold_spelling() {
        let mut p = Policy::default();
        p.set_key_rule("caller_Name", Action::Strip).unwrap();
        assert_eq!(p.key_rule("callername"), Some(Action::Strip));
        assert!(p.set_key_rule("__", Action::Keep).is_err());
    }

    #[test]
    fn kind_names_round_trip() {
        for k in Kind::ALL {
            assert_eq!(Kind::from_name(k.as_str()), Some(k));
        }
    }
}
