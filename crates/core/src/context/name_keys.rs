//! Predicates on keys whose values hold a person, or hold one only in
//! some places: the plain `name` keys, name keys that are also ordinary
//! words, accounts and handles, searches and catalogs.

/// Name keys that are also ordinary words (`last=FAIL`, `"first":"Yes"`)
/// or that hold teams as often as people (`owner=Platform Engineering`):
/// outside query strings their value must read as a name on its own
/// (`ValueCheck::Word`). A vet's practice names its patients too
/// (`patient=Muffin`): there a lone word must be a listed name. A SIP
/// display name is a person's or a line's (`display="Reception"`), and
/// `display` is a screen's elsewhere.
pub(crate) fn is_generic_name_key(key: &str) -> bool {
    matches!(
        key,
        "first"
            | "last"
            | "given"
            | "owner"
            | "assignee"
            | "nm"
            | "person"
            | "patient"
            | "patients"
            | "display"
    )
}

/// Keys of a user name a person chose on a site or an app.
pub(crate) fn is_handle_key(key: &str) -> bool {
    matches!(key, "username" | "screenname" | "loginname")
}

/// Keys of an account's login (`TargetUserName`, `sAMAccountName`,
/// `preferred_username`, sudo's `logname` and `ruser`, `actor`, `target`,
/// `assignee`, `changed_by`):
/// the value is a person's name where the login is built from one
/// (`mnowak`, `g.bianchi`); a service's or a role's account stays.
pub(crate) fn is_account_key(key: &str) -> bool {
    key.ends_with("username")
        || key.ends_with("login")
        // `changed_by`, `createdBy`: who did it, as an audit trail names them.
        || key.ends_with("by")
        // `user`, `from_user`, `to_user`, `targetUser`: whose account.
        || key.ends_with("user")
        || matches!(
            key,
            "logname"
                | "samaccountname"
                | "accountname"
                | "account"
                | "uid"
                | "userid"
                | "loginid"
                | "loginname"
                | "actor"
                | "operator"
                | "agent"
                | "assignee"
                | "owner"
                | "author"
                | "approver"
                | "requester"
                | "target"
                // who a case or a claim is assigned to (`assignedTo`, `adjuster`)
                | "assignedto"
                | "adjuster"
                | "handler"
                | "collector"
                | "supervisor"
                // who came to fix it or sells it (`tech=jkoskinen`,
                // `seller=lolsson`)
                | "tech"
                | "technician"
                | "seller"
                | "buyer"
                // the agent or clerk handling a case, in the languages
                // European CRMs are configured in (it, es/pt, nl, de, pl/sv,
                // fr, sv, da/nb, fi, hu, cs/sk)
                | "operatore"
                | "operatrice"
                | "operador"
                | "operadora"
                | "agente"
                | "medewerker"
                | "behandelaar"
                | "bearbeiter"
                | "sachbearbeiter"
                | "mitarbeiter"
                | "konsultant"
                | "konsultantka"
                | "pracownik"
                | "operateur"
                | "opérateur"
                | "conseiller"
                | "conseillere"
                | "conseillère"
                | "handläggare"
                | "handlaggare"
                | "sagsbehandler"
                | "saksbehandler"
                | "käsittelijä"
                | "kasittelija"
                | "ügyintéző"
                | "ugyintezo"
                | "operátor"
                | "referent"
        )
}

/// Query parameters that hold what someone typed into a search box.
pub(crate) fn is_search_key(key: &str) -> bool {
    matches!(
        key,
        "q" | "query" | "search" | "searchterm" | "term" | "s" | "keyword" | "keywords" | "lookup"
    )
}

/// Keys of a product or catalogue record (`sku`, `quantity`, `ean`).
pub(crate) fn is_catalog_key(key: &str) -> bool {
    matches!(
        key,
        "sku"
            | "ean"
            | "gtin"
            | "upc"
            | "asin"
            | "quantity"
            | "qty"
            | "stock"
            | "price"
            | "unitprice"
            | "productid"
            | "catalog"
            | "catalogue"
            | "inventory"
    )
}

/// Name keys that say only "name" (`name`, `nom`, `navn`): they also name
/// threads, services and queues (`name=main`). The others (`first_name`,
/// `nachname`, `cn`) hold a person, even written in lower case.
pub(crate) fn is_plain_name_key(key: &str) -> bool {
    matches!(
        key,
        "name"
            | "names"
            | "n"
            | "nom"
            | "nome"
            | "navn"
            | "namn"
            | "nimi"
            | "naam"
            | "nombre"
            | "isim"
            | "ad"
            | "adi"
            | "adı"
            | "nev"
            | "név"
            | "nume"
            | "имя"
            | "όνομα"
            | "이름"
            | "名前"
            | "isem"
            | "emri"
            | "emër"
            | "izena"
            | "nafn"
            | "ainm"
            | "enw"
            | "ime"
            | "име"
            | "اسم"
            | "الاسم"
            | "שם"
    )
}
