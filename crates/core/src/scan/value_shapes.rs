//! The shapes of a secret key's value that hold no secret: a tally, a
//! request's serial, a masked card number, a printed object.

/// `auth=0/1` in Postfix's per-session command counts: done of tried,
/// never a credential.
pub(super) fn is_tally(value: &[u8]) -> bool {
    let Some(slash) = value.iter().position(|&b| b == b'/') else {
        return false;
    };
    let (done, tried) = (&value[..slash], &value[slash + 1..]);
    [done, tried]
        .iter()
        .all(|n| (1..=4).contains(&n.len()) && n.iter().all(u8::is_ascii_digit))
}

/// `Auth: (390825) Login OK: …`: FreeRADIUS numbers each request in
/// brackets after its category; a serial, never a credential.
pub(super) fn is_bracketed_serial(value: &[u8]) -> bool {
    value.len() > 2
        && value[0] == b'('
        && value[value.len() - 1] == b')'
        && value[1..value.len() - 1].iter().all(u8::is_ascii_digit)
}

/// A value masked before it was logged: a card number as PCI DSS allows
/// it to be shown, or a secret starred out whole (`"cvv":"***"`,
/// `"exp":"**/**"`, `pin=••••`). Neither carries anything to strip.
pub(super) fn is_masked(value: &[u8]) -> bool {
    is_masked_card(value) || is_starred_out(value)
}

/// Stars (or bullets, as forms show a password) and the separators of a
/// date or a number only, at least one star: nothing of the value is left.
fn is_starred_out(value: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(value) else {
        return false;
    };
    text.contains(['*', '•'])
        && text
            .chars()
            .all(|c| matches!(c, '*' | '•' | '/' | '-' | '.' | ' '))
}

/// A masked card number as PCI DSS allows it to be shown
/// (`424242******3484`, `XXXX-XXXX-XXXX-1234`): digits, mask characters
/// and separators only, at least four masked and at most ten digits (the
/// first six and the last four) in the clear.
fn is_masked_card(value: &[u8]) -> bool {
    let digits = value.iter().filter(|b| b.is_ascii_digit()).count();
    let masked = value
        .iter()
        .filter(|&&b| matches!(b, b'*' | b'X' | b'x' | b'#'))
        .count();
    let only = value
        .iter()
        .all(|&b| b.is_ascii_digit() || matches!(b, b'*' | b'X' | b'x' | b'#' | b' ' | b'-'));
    only && masked >= 4 && digits <= 10
}

/// A printed object, not a secret's value: `Token{a64f992 …` (a
/// `toString()` or `Debug` opening its fields), an object literal whose
/// members are read as fields of their own (`card={"number":…}`),
/// `android.os.BinderProxy@2bd79ce` (a class name and an identity hash) or
/// a Kubernetes object's `namespace/name` (`secret=cx-prod/tls-media-proxy`).
pub(super) fn is_object_reference(value: &[u8]) -> bool {
    if opens_object(value) || is_namespaced_name(value) {
        return true;
    }
    let name_len = value
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'$')))
        .unwrap_or(value.len());
    let (name, rest) = value.split_at(name_len);
    let named = name.first().is_some_and(u8::is_ascii_alphabetic);
    let identity_hash =
        rest.len() > 4 && rest[0] == b'@' && rest[1..].iter().all(u8::is_ascii_hexdigit);
    named && (rest.first() == Some(&b'{') || identity_hash)
}

/// `cx-prod/tls-media-proxy`: two DNS labels (lower-case letters, digits
/// and inner dashes, two or more bytes each) joined by one `/`, with a dash
/// in them, as Kubernetes names objects.
fn is_namespaced_name(value: &[u8]) -> bool {
    let label = |l: &[u8]| {
        l.len() >= 2
            && l.iter()
                .all(|&b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && l[0] != b'-'
            && l[l.len() - 1] != b'-'
    };
    let mut parts = value.split(|&b| b == b'/');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(ns), Some(name), None) => label(ns) && label(name) && value.contains(&b'-'),
        _ => false,
    }
}

/// `card={"number":…}`: a value that opens an object literal, whose
/// members the field readers read under their own keys.
pub(super) fn opens_object(value: &[u8]) -> bool {
    value.first() == Some(&b'{')
}
