//! Mailboxes no person owns: roles, desks and teams in the languages of
//! Europe, service accounts and numbered seats. Their addresses are kept,
//! since they tell a troubleshooter where a message went and name nobody.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

/// A mailbox no person owns: a role (RFC 2142's `postmaster`, `abuse`,
/// `support`; `noreply`, `mailer-daemon`, a SIP `ping` or `test` user), an
/// Exchange `HealthMailbox…` or a numbered seat (`agent-231`). Roles that
/// only open a local part (`noreply-eu`, `queue-billing`) count where no
/// person's name could follow them. A sub-address (`support+anna.berg`)
/// may carry a person, and a VERP bounce (`bounces+…=example.com`) holds
/// a recipient's address: with a `+` a local part is no role (fail closed).
pub(crate) fn is_role_mailbox(local: &[u8]) -> bool {
    #[rustfmt::skip]
    const ROLES: &[&str] = &[
        "postmaster", "abuse", "hostmaster", "webmaster", "noc", "security", "info", "marketing",
        "sales", "support", "noreply", "donotreply", "mailerdaemon", "bounce", "bounces", "root",
        "daemon", "nobody", "ping", "test", "anonymous", "service", "billing", "contact", "help",
        "helpdesk", "admin", "administrator", "office", "hello", "privacy", "notifications",
        "notification", "notify", "alerts", "alert", "newsletter", "news", "feedback", "invoices",
        "invoice", "accounts", "careers", "jobs", "team", "system", "mailer", "survey", "surveys",
        "queue", "kundenservice", "kundendienst", "klantenservice", "serviceclient", "assistenza",
        "atencionalcliente", "servicioalcliente", "voicemail", "fax", "dpo", "reception",
        "frontdesk", "servicedesk", "night", "returns", "refunds", "orders", "shipping",
        "delivery", "logistics", "warehouse", "dispatch", "escalations", "escalation",
        "complaints", "claims", "payments", "finance", "accounting", "legal", "compliance",
        "payroll", "procurement", "purchasing", "operations", "customercare", "customerservice",
        "unsubscribe", "optout", "kontakt", "contacto", "contatto", "contato", "kundeservice",
        "kundtjanst", "asiakaspalvelu", "klantendienst", "obslugaklienta",
        // data protection and security desks, and machines' accounts
        "rgpd", "gdpr", "dsgvo", "datenschutz", "dataprotection", "privacidad", "avg", "itsupport",
        "ithelpdesk", "incident", "incidents", "incidentresponse", "soc", "csirt", "cert",
        "automation", "integration", "monitoring", "backup", "devops", "sre",
        // returns desks in the languages of Europe's shops, and a build's account
        "rma", "retouren", "retour", "retours", "devoluciones", "devolucoes", "resi",
        "zwroty", "reklamace", "reklamacje", "palautukset", "returer", "ci", "build", "release",
        // the desks of clinics, insurers and HR departments: appointments,
        // claims, pharmacy, benefits, personnel and recruiting, front office
        "hr", "rrhh", "personal", "personalabteilung", "benefits", "recruiting", "recruitment",
        "recrutement", "talent", "appointments", "termine", "terminvergabe", "rendezvous", "rdv",
        "citas", "citaprevia", "prenotazioni", "afspraken", "bookings", "booking", "reservations",
        "reservas", "schaden", "schadenmeldung", "sinistres", "sinistri", "siniestros", "schade",
        "pharmacy", "apotheke", "pharmacie", "farmacia", "apotek", "patients", "patienten",
        "accueil", "empfang", "secretariat", "sekretariat", "segreteria", "secretaria",
        "buchhaltung", "facturation", "facturacion", "fatturazione",
        // a laboratory's results desk and a practice's reception and
        // prescriptions desks, in the languages of Europe (`befunde@`,
        // `wyniki@`, `recepce@`, `rezepte@`)
        "results", "resultats", "resultados", "risultati", "befunde", "uitslagen", "wyniki",
        "vysledky", "tulokset", "lab", "labo", "labor", "laboratory", "laboratorio", "praxis",
        "praktijk", "recepce", "recepcja", "recepcion", "recepcao", "rezepte", "rezept",
        "prescriptions", "ordonnances", "ricette", "recetas", "receitas", "refills",
        // desks and departments in more of Europe's languages: service,
        // support and sales; fleets, workshops and rentals; tickets, box
        // offices and members; collections and claims
        "servicio", "servico", "servizio", "soporte", "suporte", "supporto", "assistance",
        "podpora", "tuki", "asiakastuki", "kundservice", "ugyfelszolgalat", "obsluga", "biuro",
        "atendimento", "clientes", "ventas", "vendas", "vendite", "vertrieb", "verkauf",
        "kundenbetreuung", "verwaltung", "hausverwaltung", "vermietung", "lettings", "repairs",
        "maintenance", "wartung", "fleet", "flotte", "fuhrpark", "werkstatt", "roaming", "ops",
        "it", "tickets", "ticketing", "boxoffice", "billetterie", "kassa", "members",
        "membership", "mitglieder", "groups", "events", "press", "presse", "media", "partners",
        "suppliers", "einkauf", "inkasso", "inkaso", "windykacja", "szkody", "fanservice",
        // social-media care desks
        "social", "socialmedia", "community",
        // a gaming operator's desks: identity checks, VIP hosts, payouts,
        // safer gambling (`kyc@`, `safer.gambling@`)
        "kyc", "vip", "verification", "verify", "withdrawals", "payouts", "deposits",
        "responsiblegaming", "responsiblegambling", "safergambling", "safergaming",
        // HR and payroll desks in the languages of Europe (de `lohn@`, fr
        // `paie@`; not `rh@`, as likely a person's initials), people teams,
        // onboarding and applications
        "lohn", "gehalt", "entgelt", "personalbuero", "paie", "nomina", "nominas", "stipendi",
        "loner", "palkat", "people", "peopleops", "onboarding", "talentacquisition",
        "applications", "candidates", "bewerbung", "bewerbungen", "karriere", "emploi",
        "empleo", "lavoro", "vacatures", "werkenbij",
        // after-sales and warranty desks (fr `sav@`, service après-vente;
        // es `servicio.tecnico@`), an airline's check-in and lost-property
        // desks, a club's spa
        "garantie", "garanzia", "garantia", "gwarancja", "warranty", "sav", "aftersales",
        "serviciotecnico", "assistenzatecnica", "technischerdienst", "checkin", "lostandfound",
        "fundbuero", "baggage", "spa",
        // a mobile operator's and broadband provider's desks: number
        // porting, SIM and eSIM activation, top-ups, installations, faults
        "porting", "portability", "esim", "sim", "activation", "activations", "provisioning",
        "topup", "prepaid", "broadband", "fibre", "fiber", "fibra", "install",
        "installation", "installations", "outages", "faults",
        // "do not reply" in the languages of Europe (`ne-pas-repondre@`),
        // and a council's parking, appeals and casework desks
        "nepasrepondre", "noresponder", "nonrispondere", "nichtantworten", "nietbeantwoorden",
        "naoresponda", "nieodpowiadaj", "svarainte", "ikkesvar", "eivastaa", "parking",
        "appeals", "casework",
        // a town hall's and public office's desks: citizens' service,
        // registry and post rooms, fines, taxes, waste and bulky waste,
        // vehicle registration, benefits (de, nl, sv/no/da, fi, is, it,
        // es, fr, en)
        "buergerservice", "buergeramt", "buergerbuero", "burgerzaken", "stadtverwaltung",
        "rathaus", "kontaktcenter", "kundcenter", "servicecenter", "callcenter", "postmottak",
        "postmottaket", "registrator", "kirjaamo", "upplysingar", "anagrafe", "protocollo",
        "tributi", "multas", "multe", "amendes", "bussgeld", "bussgeldstelle", "abfall", "muell",
        "sperrmuell", "rifiuti", "rifiutiingombranti", "residuos", "dechets", "encombrants",
        "afval", "zulassung", "kfzzulassung", "zulassungsstelle", "steuer", "steueramt", "impots",
        "tax", "taxes", "skatt", "mairie", "ayuntamiento", "comune", "gemeente", "kommune",
        "kunta", "sozialamt", "jobcenter", "wohngeld", "kindergeld", "familienkasse", "pensions",
        "housing", "permits", "licensing", "registry", "citizens", "residents", "council",
        "cityhall", "townhall",
        // a landlord's, a letting agent's and a building's desks: arrears
        // and collections, tenancies, leasing, facilities, concierge and
        // caretaker (en, it `gestione@`, fr `gerance@`, de, nl, es, pt,
        // sv/no, fi, pl)
        "arrears", "collections", "recoveries", "tenancy", "tenancies", "tenants", "leasing",
        "rentals", "facilities", "facility", "estates", "property", "propertymanagement",
        "concierge", "conciergerie", "caretaker", "gestione", "affitti", "locazioni", "gerance",
        "syndic", "mieterservice", "mahnwesen", "huurders", "verhuur", "alquileres",
        "arrendamentos", "cobros", "cobrancas", "recouvrement", "hyresgast", "utleie", "vuokraus",
        "isannointi", "najem", "portineria",
        // a payment operator's disputes and fraud desks, a gaming or
        // streaming operator's tournaments, an IVR's SIP user
        "chargebacks", "chargeback", "disputes", "fraud", "tournaments", "ivr",
        // an insurer's claims desks (pt, da/no, sv, fi, cs, sk, ro, first
        // notice of loss), finance's payables and receivables, data subject
        // requests, on-call rotas (`oncall-sre@`, `accounts-payable@`)
        "sinistros", "skade", "skader", "skador", "vahingot", "likvidace", "likvidacia", "daune",
        "fnol", "payable", "payables", "receivable", "receivables", "dsr", "requests", "oncall",
    ];
    /// A team's list after its name and a dash (`cc-supervisors`,
    /// `qa_reports`); `anna.team` joins a person's name the way addresses
    /// do, and stays personal.
    const TEAM_SUFFIXES: &[&str] = &[
        "team",
        "supervisors",
        "reports",
        "ops",
        "admins",
        "leads",
        "managers",
        "group",
        "alerts",
        "bot",
        "sync",
    ];
    /// Roles after which a tag, never a name, follows (`noreply-eu`), and
    /// service accounts (`svc-scim`, `svc_reporting`).
    const ROLE_PREFIXES: &[&str] = &[
        "noreply",
        "donotreply",
        "alerts",
        "notifications",
        "queue",
        "svc",
    ];
    /// Seats and lines numbered for a switch (`sip:agent-231@pbx`).
    /// (And a bounce address numbered by its mailing: `bounce-7731`.)
    const NUMBERED: &[&str] = &[
        "agent",
        "ext",
        "extension",
        "line",
        "trunk",
        "seat",
        "desk",
        "bounce",
    ];
    let probe = local.len() > 13 && local[..13].eq_ignore_ascii_case(b"healthmailbox");
    if probe {
        return true;
    }
    if local.contains(&b'+') || local.contains(&b'=') || local.len() > 32 {
        return false;
    }
    // What follows a role word and a separator (`agent-231`: `231`).
    let after = |r: &&str| {
        let r = r.as_bytes();
        (local.len() > r.len() + 1
            && local[..r.len()].eq_ignore_ascii_case(r)
            && matches!(local[r.len()], b'-' | b'_' | b'.'))
        .then(|| &local[r.len() + 1..])
    };
    // `agent-231`, and `trunk5` with no separator.
    let glued = |r: &&str| {
        let r = r.as_bytes();
        (local.len() > r.len() && local[..r.len()].eq_ignore_ascii_case(r))
            .then(|| &local[r.len()..])
    };
    let numbered = NUMBERED
        .iter()
        .filter_map(|r| after(r).or_else(|| glued(r)))
        .any(|rest| rest.iter().all(u8::is_ascii_digit));
    if numbered {
        return true;
    }
    let mut folded = [0u8; 32];
    let mut n = 0;
    for &b in local {
        if !matches!(b, b'-' | b'_' | b'.') {
            folded[n] = b.to_ascii_lowercase();
            n += 1;
        }
    }
    let Ok(folded) = std::str::from_utf8(&folded[..n]) else {
        return false;
    };
    let team = TEAM_SUFFIXES.iter().any(|t| {
        let t = t.as_bytes();
        local.len() > t.len() + 1
            && local[local.len() - t.len()..].eq_ignore_ascii_case(t)
            && matches!(local[local.len() - t.len() - 1], b'-' | b'_')
    });
    // `hr-service`, `it_helpdesk`, `claims.support`: roles joined.
    let roles_joined = || {
        let mut parts = local.split(|b| matches!(b, b'-' | b'_' | b'.'));
        local.iter().any(|b| matches!(b, b'-' | b'_' | b'.'))
            && parts.all(|p| {
                std::str::from_utf8(p).is_ok_and(|p| {
                    ROLES.iter().any(|r| r.eq_ignore_ascii_case(p))
                        || TEAM_SUFFIXES.iter().any(|t| t.eq_ignore_ascii_case(p))
                })
            })
    };
    // A set: each address's local part is looked up, and the list is long.
    static ROLE_SET: OnceLock<FxHashSet<&str>> = OnceLock::new();
    let role_set = ROLE_SET.get_or_init(|| ROLES.iter().copied().collect());
    team || role_set.contains(folded)
        || ROLE_PREFIXES.iter().any(|r| after(r).is_some())
        || roles_joined()
}
