//! The keys that say what their value is, by class: the lists
//! `key_classes` merges into one map.

#[rustfmt::skip]
pub(super) const PHONE_KEYS: &[&str] = &[
    "phone", "phoneno", "phonenumber", "tel", "telno", "telephone", "telefon", "telefone",
    "telefono", "teléfono", "téléphone", "telefonnummer", "rufnummer", "nummer", "number",
    "numero", "número", "numéro", "mobile", "mobil", "mobilenumber", "mobiel", "cell",
    "cellphone", "msisdn", "ani", "dnis", "cli", "clid", "callerid", "callernumber",
    "callingnumber", "callednumber", "callee", "callback", "callbacknumber", "contactnumber",
    "waid", "whatsapp", "whatsappid", "sms", "fax", "handy", "gsm", "tlf", "puhelin",
    "telefonszam", "telefonszám", "numar", "număr", "dial", "dialed", "dialled", "destination",
    "ddi", "did", "e164", "contactno", "phonenr", "telnr", "callbackno",
    // a callback number as IVRs abbreviate it (`cb_number=918089138`)
    "cbnumber", "cbnum", "cbno",
    // mobile and phone in more of the languages a contact centre logs
    "telemóvel", "telemovel", "mòbil", "móvil", "movil", "celular", "cellulare", "portable",
    "κινητό", "κινητο", "τηλέφωνο", "τηλεφωνο", "tālr", "tālrunis", "talrunis", "sími", "simi",
    "farsími", "símanúmer", "numru", "mobilni", "mobilný", "mobilny", "komórka", "komorka",
    "handynummer", "mobilnummer", "telefonoa", "mugikorra",
    // Kamailio's pseudo-variables as xlog lines name them: $fU, $tU, $rU
    // (the From, To and request URI's user part)
    "fu", "tu", "ru",
    // SMPP's source and destination addresses (`deliver_sm src_addr=…`),
    // and the WhatsApp Cloud API's `recipient_id` (the customer's wa_id)
    "sourceaddr", "srcaddr", "destinationaddr", "destaddr", "dstaddr", "recipientid",
    // an MSISDN under an id's name, as some gateways key it, and a
    // STIR/SHAKEN PASSporT's telephone numbers (RFC 8225 `tn`)
    "msisdnid", "tn",
    // a mobile payment's payer and payee, addressed by number (Bizum's,
    // Twint's `payer_alias`)
    "payeralias", "payeealias",
    // a shift's on-call line (`on_call="21 226 425"`)
    "oncall",
    // whom a text message goes to (`sms_to`; not a part: `sms_token`)
    "smsto", "smsnumber", "smsrecipient",
    // a telephony server's directory numbers of the other party and the
    // agent's own line (Genesys T-Server's `OtherDN`, `ThisDN`)
    "otherdn", "thisdn",
    // a carrier's call records: the calling and called party (`ORIG=`,
    // `calling=`, `a_number=`; SS7's calling and called party numbers)
    "calling", "called", "orig", "anumber", "bnumber", "anum", "bnum", "cgpn", "cdpn",
    // contact-centre platforms' call events: CSTA/TSAPI's calling and called
    // device (Avaya AES), Cisco Finesse's dialog addresses, NICE CXone's
    // contact addresses, a dialer list's numbered numbers (Five9 `number1`)
    "callingdevice", "calleddevice", "fromaddress", "toaddress", "fromaddr", "toaddr",
    "number1", "number2", "number3",
    // where an alert or a late-visit notice is texted (`notify=3538…`)
    "notify", "notifyto", "notifyphone", "notifynumber",
];

#[rustfmt::skip]
pub(super) const NAME_KEYS: &[&str] = &[
    "name",
    // short forms in query strings and CRM exports
    "n", "nm", "fn", "ln", "fname", "lname", "firstname", "fullname", "lastname",
    "givenname", "surname", "familyname", "middlename", "displayname", "nickname", "callername",
    // a caller's name as the network delivers it (CNAM), and as a SIP
    // proxy logs the From header's display name (`display="Kurt Grech"`)
    "cnam", "callernameid", "cidname", "display",
    // the name a message template greets by (`greeting_name="Sevginur"`)
    "greetingname", "salutationname", "addressee", "addresseename", "greeting", "salutation",
    "customername", "agentname", "contactname", "profilename", "clientname", "visitorname",
    "requestername", "recipientname", "sendername", "holdername", "cardholder", "cardholdername",
    "ccholder", "cardholdersname", "nameoncard",
    "accountholder", "patientname", "membername", "employeename", "personname", "realname",
    // whom a gift or a tribute page remembers (`in_memory_of="…"`)
    "inmemoryof", "inmemory", "intributeof",
    // a named-entity recogniser's label for a person (`PERSON=["…"]`)
    "person",
    // who answered a survey, took part, signed
    "respondent", "respondentname", "participant", "participantname", "attendee", "interviewee",
    "signatory", "signedby",
    // the people of a hiring process, a workforce and a clinic, one or a
    // list (`recruiter="…"`, `"interviewers":["…","…"]`, `cashier=…`); not
    // `worker`, a process's name as often
    "candidate", "candidates", "applicant", "applicants", "interviewer", "interviewers",
    "recruiter", "recruiters", "hiringmanager", "referee", "referees", "employee", "employees",
    "colleague", "buddy", "reviewers", "approvers", "panelists", "patient", "patients",
    "doctor", "physician", "practitioner", "clinician", "prescriber", "pharmacist", "nurse",
    "veterinarian", "cashier",
    // who gives a class, a treatment or a repair (`therapist=…`,
    // `"instructor":"…"`, `technician=…`)
    "therapist", "trainer", "instructor", "instructors", "coach", "teacher", "tutor", "stylist",
    "physio", "physiotherapist", "masseur", "masseuse", "beautician", "receptionist",
    "technician",
    // who shows a property or lets it (an estate agency's `negotiator=…`)
    "negotiator",
    // who goes with a patient or a passenger (`escort="Károly"`)
    "escort", "companion", "chaperone",
    // who claims a prize or witnesses it, and a gaming operator's money
    // laundering reporting officer; `names`, a list of a record's people
    "claimant", "claimants", "witness", "mlro", "names",
    "agent", "assignee", "owner", "speakername", "speaker", "cn", "kunde", "kundin", "kundenname", "klant",
    "cliente", "nome", "nom", "prenom", "prénom", "vorname", "nachname", "navn", "fornavn",
    "efternavn", "etternavn", "namn", "fornamn", "förnamn", "efternamn", "nimi", "etunimi",
    "sukunimi", "imie", "imię", "nazwisko", "jmeno", "jméno", "prijmeni", "příjmení", "nev",
    "név", "nume", "prenume", "ad", "adi", "adı", "soyad", "soyadi", "soyadı", "isim", "nombre",
    "apellido", "apellidos", "cognome", "naam", "voornaam", "achternaam", "όνομα", "επώνυμο",
    "имя", "фамилия", "이름", "성명", "名前", "氏名", "vezetéknév", "keresztnév", "utónév",
    "sobrenome", "soyisim", "apelido", "achternaam",
    // hr, sr, sl, sk, lt, lv, et, uk, bg
    "ime", "prezime", "priimek", "meno", "priezvisko", "vardas", "pavarde", "pavardė", "vārds",
    "uzvārds", "eesnimi", "perekonnanimi", "familienname", "ім'я", "прізвище", "име",
    "отчество", "по батькові", "побатькові", "patronymic", "perenimi", "vards", "uzvards",
    "презиме",
    // sq, ca, eu, mt, is, ga, cy, lb
    "emri", "mbiemri", "emër", "mbiemër", "emer", "mbiemer", "cognom", "cognoms", "izena",
    "abizena", "abizenak", "deitura", "isem", "kunjom", "nafn", "fornafn", "eftirnafn",
    "ainm", "sloinne", "céadainm", "enw", "cyfenw", "virnumm", "familljennumm",
    // a surname's parts and other forms of one
    "tussenvoegsel", "voorvoegsel", "voorletters", "roepnaam", "rufname", "geburtsname",
    "nomdefamille", "nomdenaissance", "nomdusage", "primerapellido", "segundoapellido",
    "apellidopaterno", "apellidomaterno", "sobrenomes", "nomecompleto", "nominativo",
    "imiona", "adsoyad", "adsoyadi", "adısoyadı", "ονοματεπώνυμο", "الاسم", "اسم", "שם",
    "nomeproprio", "primeironome", "ultimonome", "segundonome", "nomedefamilia",
    // a name's parts as query and form keys (`?first=…&last=…`)
    "first", "last", "given", "forename", "forenames", "givennames", "firstnames", "lastnames",
    "surnames",
    // without their accents (`keresztnev=`), in other words for a full name,
    // and as database columns abbreviate them (`CUST_NM`)
    "keresztnev", "vezeteknev", "utonev", "nomcomplet", "vollname", "vollstaendigername",
    "holder", "custnm", "custname", "customernm", "fullnm", "firstnm", "lastnm",
    // LDAP's surname attribute (`sn=Polák`, RFC 4519), and vCard's full
    // name as contact cards spell it out (`formatted_name`, RFC 6350 FN)
    "sn", "formattedname",
];

#[rustfmt::skip]
pub(super) const PARTY_KEYS: &[&str] = &[
    "caller", "customer", "from", "to", "contact", "recipient", "sender", "requester", "client",
    "visitor", "user", "party", "callerparty", "calledparty", "kund", "asiakas", "klient",
    "müşteri", "ügyfél", "zákazník", "cliente", "src", "dst", "dest",
    // the user part of a SIP URI in proxy accounting (Kamailio's `src_user`)
    "srcuser", "dstuser", "dstouser", "fromuser", "touser", "ruriuser",
    // ArcSight CEF's source and destination user names
    "suser", "duser",
    // accounts and coaching pairs (`username="fatma.sidler"`, `coachee="Eliana"`)
    "username", "screenname", "loginname", "coach", "coachee", "trainee", "trainer", "mentor", "mentee",
    // who drives, rides or repairs: ride, delivery and roadside logs
    // (`driver=Raivis`, `courier="Foteini"`)
    "driver", "courier", "rider", "technician", "passenger",
    // an airline's or a tour operator's passenger (`pax="TRIGUB/IEVGEN"`)
    "pax",
    // who lives there, inspects or repairs it: housing and field-service
    // logs (`"resident":"Inge Brouwer"`, `tech="Visser"`; not `tenant`, a
    // SaaS platform's customer company, nor `buyer`, `seller`, often
    // companies: `buyer="Cabot Financial"`)
    "resident", "occupant", "landlord", "inspector", "tech",
    // lists of people (`"participants": ["…", "…"]`)
    "participants", "recipients", "attendees", "members", "agents", "customers", "contacts",
    "callers", "users", "assignees", "watchers", "cc", "bcc",
    // who did or approved it in an audit trail (`actor=amini.mohammad`)
    "actor", "manager", "approver", "author", "reporter",
    // who pays (a SEPA mandate's debtor, a payment's payer)
    "debtor", "payer",
    // who a parcel, a letter or a payment is for (a carrier's consignee)
    "consignee", "addressee", "receiver", "payee", "beneficiary",
    // a charity's or a membership body's people (`supporter="…"`,
    // `volunteer="…"`, a legacy's `executor` and `deceased`; not `donor`,
    // which in number porting is the operator a number leaves)
    "supporter", "volunteer", "executor", "deceased",
    // a club's, a gym's or a coworking space's member (`member=Keogan`; a
    // party key, so a tier is no name: `member=Gold`)
    "member",
    // an insurer's and a care provider's people (`"insured":"Gallo, Juana"`)
    "insured", "policyholder", "caregiver", "carer",
];

#[rustfmt::skip]
pub(super) const SECRET_KEYS: &[&str] = &[
    "password", "passwd",
    // not "pwd": sudo logs PWD= (the working directory) on every command
    "pass", "secret", "clientsecret", "token", "accesstoken", "refreshtoken", "idtoken", "apikey",
    "apitoken", "authorization", "auth", "bearer", "privatekey", "cvv", "cvc", "cvv2", "cvc2",
    "cid", "securitycode", "pin", "otp", "passcode", "passwort", "kennwort", "motdepasse",
    "contrasena", "contraseña",
];

#[rustfmt::skip]
pub(super) const REGION_KEYS: &[&str] = &[
    "country", "countrycode", "region", "regioncode", "locale", "market", "land", "pays", "pais",
    "país", "paese",
];

/// Keys that mark an event as part of a secure (payment) flow when their
/// value is true, and keys whose mere presence does.
#[rustfmt::skip]
pub(super) const SECURE_FLAGS: &[&str] = &[
    "secureflow", "secure", "securemode", "pci", "pcimode", "paymentflow", "securecapture",
    "sensitive",
];
#[rustfmt::skip]
pub(super) const SECURE_KEYS: &[&str] = &[
    "cvv", "cvc", "cvv2", "cvc2", "pan", "cardnumber", "securitycode", "expiry", "expirydate",
    "exp",
];

/// Keys whose values stay in a secure flow event: ids and the event's own
/// bookkeeping (time, level, event name, step, outcome, timings).
#[rustfmt::skip]
pub(super) const SECURE_FLOW_SAFE: &[&str] = &[
    "ts", "time", "timestamp", "@timestamp", "date", "level", "lvl", "severity", "event", "evt",
    "type", "msg", "message", "node", "step", "flow", "state", "status", "result", "outcome",
    "reason", "code", "duration", "durationms", "latency", "latencyms", "elapsed", "elapsedms",
    "attempt", "attempts", "retries", "service", "svc", "host", "hostname", "ip", "gateway",
    "env", "region", "queue", "amount", "currency", "cur", "method", "path", "component",
    "logger", "thread", "app", "version",
    // why a payment failed (Stripe's `decline_code`, an acquirer's
    // response code): an enumerated outcome
    "declinecode", "declinereason", "errorcode", "errortype", "failurecode", "failurereason",
    "reasoncode", "responsecode", "resultcode", "returncode", "statuscode",
    // what the payment is for: the order and the merchant's reference
    "order", "ordernumber", "orderno", "ordernr", "ordercode", "orderref", "orderreference",
    "ref", "reference", "merchantref", "merchantreference",
    "pspreference", "invoice", "invoicenumber",
    // a card's brand and funding type, which PCI DSS lets any receipt show
    "brand", "cardbrand", "scheme", "cardscheme", "funding",
    // the issuer's number, which PCI DSS lets a masked card show in the
    // clear (first six or eight digits)
    "bin", "cardbin", "iin",
    // where the card was taken: the merchant's shop, till and terminal
    "terminal", "terminalid", "store", "storeid", "shop", "merchant", "till", "pos", "channel",
    // who processed it and what it refunds: the payment service provider
    // and acquirer, a return's authorisation
    "psp", "acquirer", "processor", "rma",
    // what a receipt prints of an authorisation (ISO 8583's retrieval
    // reference and trace numbers, the approval code, the acquirer's
    // reference) and its response time
    "rrn", "stan", "authcode", "approvalcode", "arn", "rt", "took",
];
