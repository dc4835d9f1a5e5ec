//! The phrases and words around a value that say what it is: words that
//! announce a phone number, things whose number is an identifier, and the
//! phrases that introduce a person. Data only; `context.rs` reads them
//! into word sets once.

/// Words for "number" itself, which say nothing of what is numbered.
#[rustfmt::skip]
pub(super) const NUMBER_WORDS: &[&str] = &[
    "number", "nummer", "numero", "número", "numéro", "no", "no.", "nr", "nr.", "num", "nbr",
    "numer", "číslo", "szám", "numara", "numarası", "номер", "numurs", "numeris", "broj",
];

/// Things whose number is an identifier: "order number 84737281356",
/// "Rechnung Nr. 20240012345", "número de pedido …". A customer's, a
/// client's or a contact's number may be their phone, so those are not here.
#[rustfmt::skip]
pub(super) const IDENTIFIER_NOUNS: &[&str] = &[
    "order", "invoice", "ticket", "case", "account", "contract", "reference", "ref", "tracking",
    "serial", "policy", "booking", "reservation", "membership", "member", "transaction",
    "payment", "shipment", "parcel", "package", "item", "article", "product", "part", "batch",
    "lot", "version", "build", "release", "issue", "incident", "request", "job", "task",
    "document", "receipt", "confirmation", "voucher", "coupon", "vat", "tax", "registration",
    "license", "licence", "vehicle", "flight", "room", "seat", "page", "line", "port", "error",
    "process", "claim", "complaint", "application", "quote", "purchase", "delivery",
    "subscription", "session", "event", "message", "record", "row", "sequence", "meter",
    "device", "imei", "employee", "badge", "loyalty", "refund", "return", "rma", "consignment",
    "container", "cheque", "check", "routing", "sort", "bank", "iban", "bic", "tkt", "pnr",
    // an airline's bag tag (the IATA licence plate: ten digits, the first
    // often 0, so a national phone number's shape)
    "tag", "bag", "baggage", "luggage",
    // de
    "bestellung", "auftrag", "rechnung", "vertrag", "konto", "sendung", "vorgang", "fall",
    "artikel", "beleg", "lieferung", "paket", "vertrags", "auftrags", "rechnungs",
    // nl, sv, da
    "bestelling", "factuur", "zaak", "dossier", "ordre", "faktura", "ärende", "sag",
    // after "number of" in the Romance languages ("número de pedido")
    "pedido", "factura", "contrato", "expediente", "reserva", "seguimiento", "commande",
    "facture", "contrat", "réservation", "suivi", "ordine", "fattura", "contratto", "pratica",
    "prenotazione", "spedizione", "encomenda", "fatura", "processo", "comanda", "factură",
    "zamówienia", "faktury", "umowy", "objednávky", "rendelés", "számla", "sipariş", "заказа",
    "договора", "счета",
];

/// Words about a phone or a call back, unlike the prepositions among the
/// phrases: a number up to three words after one is a phone number.
#[rustfmt::skip]
pub(super) const PHONE_WORDS: &[&str] = &[
    "call", "called", "calling", "phone", "telephone", "number", "nummer", "numero", "número",
    "numéro", "rufnummer", "dial", "dialing", "dialling", "ring", "sms", "whatsapp", "mobile",
    "mobil", "callback", "rückruf", "msisdn", "numer", "číslo", "szám", "telefon", "telefono",
    "telefone", "teléfono", "téléphone", "numerem", "numeru", "čísle", "számon", "numeroon",
    "numărul", "αριθμό", "номер",
    // asking to be called back or contacted
    "contacto", "contato", "kontakt", "contact", "rappel", "rappeler", "rappelé", "rappelée",
    "teruggebeld", "terugbellen", "uppringd", "ringet", "oppringt", "soittoa", "volání", "apel",
    "richiamato", "richiamata", "llamada", "llámeme", "llamar", "ligar", "anrufen",
    "zurückrufen", "visszahívást", "επανάκληση", "reach", "reached", "text",
    "contactado", "contactada", "contactar", "contattato", "contattata", "kontaktiert",
    "contacté", "contactée", "numeriu", "numurs", "numuru", "numbril", "numbrile", "broj", "broju",
    "številko", "številka", "telefonu", "telefonie",
    // mobile and phone as sentences name them ("mi móvil es el …",
    // "síminn minn er …", "in-numru tiegħi hu …", "tālrunis …")
    "móvil", "movil", "celular", "cellulare", "telemóvel", "síminn", "sími", "símanúmer",
    "símanúmerið", "tālrunis", "tālruņa", "numru", "telefonoa", "telefonoak", "κινητό",
    "τηλέφωνο", "τηλέφωνό",
    // "call me back" where the lists had no word yet (lt, et, lv, mt, is,
    // eu, pl, cs/sk, hr, sl, it, pt)
    "perskambinti", "paskambinkite", "helistage", "helistada", "tagasi", "piezvaniet",
    "atzvaniet", "atzvanīt", "piezvanīt", "hringt", "nċemplulu", "ċemplilna", "αριθμού",
    "αριθμός", "ċemplu", "ċempel", "hringið", "hringja", "deitu", "oddzwonić", "telefoniczny",
    "telefonicznie", "zavolejte", "zavolajte", "nazovite", "pokličite", "richiamare", "richiamo",
    "retorno",
    // a passenger's phone in an airline record (IATA/Amadeus): the
    // contact elements `APM` (mobile), `APH` (home), `APB` (business) and
    // the `SSR CTCM` (mobile) and `OSI … CTCP` (phone) remarks
    "apm", "aph", "apb", "ctcm", "ctcp",
    // "the number" in no, da, sv ("nummeret mitt er …")
    "nummeret", "numret", "numeret", "nummeren",
    // calling and calling back in no, da, sv ("ringer tilbake fra …")
    "ringer", "ringe", "ringa", "ringde", "ringte", "tilbake", "tilbage", "tillbaka",
    // "my mobile number is", "call me back on" where the lists had no word
    // yet: no/da/sv, de, nl, fi, tr, id/ms, lt, lv, pt, ca, it, cs/sk, hu,
    // pl, ro, hr, es, fr, en
    "mobilnummer", "mobilnummeret", "mobilnumret", "telefonnummer", "telefonnummeret",
    "telefonnumret", "handynummer", "telefoonnummer", "bel", "bellen", "puhelinnumero",
    "puhelinnumeroni", "numeroni", "soittakaa", "soita", "numaram", "numaramı", "telefonum",
    "arayın", "arayin", "telepon", "ditelepon", "hubungi", "nomor", "nomer", "numeris",
    "skambinkite", "skambinti", "zvaniet", "zvanīt", "liguem", "ligue", "retornar",
    "contactem", "telèfon", "mòbil", "truqueu", "trucar", "recapito", "chiamatemi",
    "richiamatemi", "chiamare", "chiamami", "volejte", "zavolat", "volat", "volajte",
    "zavolať", "telefonní", "telefónne", "hívjanak", "hívjon", "hívja", "hívható",
    "telefonszám", "telefonszámom", "számom", "mobilszám", "mobilszámom", "zadzwonić",
    "zadzwońcie", "komórkowy", "sunați", "sunati", "telefonul", "mobitel", "mobitela",
    "nazvati", "llámenme", "llamen", "llámame", "llamarme", "rappelez", "appelez", "appeler",
    "joignable", "reachable", "erreichbar", "thoại",
    // ga "call" (`cuir glaoch orm ar 3538…`, "call me on")
    "glaoch",
    // sq "call me", lt "to call", fi "to the phone of"
    "telefononi", "më telefononi", "paskambinti", "puhelimeen", "puhelimeeni",
    // sw "number" ("namba yangu ni …"), a call back in sv and et
    "namba", "återuppringning", "tagasihelistamine", "tagasihelistamiseks",
    // WhatsApp as Brazilians write it ("meu zap 3196…")
    "zap", "zapzap",
    // a call in pt ("pede chamada para …"), "call me" in sw, vi "phone"
    // abbreviated (ĐT, điện thoại), and a note's call-back shorthand
    // ("cb: 601 725 750")
    "chamada", "ligação", "ligacao", "nipigie", "đt", "cb",
    // phone, number and call (back) in Cyrillic, Hebrew, Armenian,
    // Georgian, Devanagari and Arabic script (ru, uk, sr, bg; he; hy; ka;
    // hi; ar, fa)
    "позвоните", "перезвоните", "зателефонуйте", "передзвоніть", "телефону", "телефона",
    "мобильный", "мобільний", "позовите", "обадете", "לחזור", "טלפון", "מספר", "נייד",
    "הטלפון", "התקשרו", "התקשר", "զանգահարեք", "հեռախոս", "հեռախոսահամար", "ტელეფონი",
    "ტელეფონია", "ნომერი", "ნომერზე", "ნომრით", "ნომერია", "დარეკეთ", "დამირეკეთ", "नंबर",
    "फोन", "फ़ोन", "मोबाइल", "कॉल", "شماره", "تلفن", "موبایل", "رقم", "رقمي", "هاتف", "هاتفي",
    "جوال", "الجوال", "الهاتف", "اتصل", "اتصلوا", "واتساب",
];

/// Words that, right before a number, say it is a phone number.
#[rustfmt::skip]
pub(super) const PHONE_PHRASES: &[&str] = &[
    // digits a caller keyed in (`digits="0679858707#"`): a number unless
    // the card check took them first
    "dtmf", "digits", "dtmfdigits", "collecteddigits", "entereddigits", "inputdigits",
    "call", "called", "calling", "phone", "tel", "tel.", "telephone", "number", "nummer",
    "numero", "número", "numéro", "rufnummer", "unter", "on", "at", "from", "to", "desde", "al",
    "au", "op", "på", "pe", "na", "la", "uz", "fuq", "dial", "dialing", "dialling", "ring", "sms", "whatsapp",
    "mobile", "mobil", "cell", "reach", "callback", "rückruf", "ani", "msisdn", "caller", "via",
    "bei", "chez", "por", "per", "numara", "numarası", "szám", "číslo", "numer", "puhelin",
    "telefon", "telefono", "telefone", "teléfono", "téléphone", "nr", "nr.", "an", "zu", "naar",
    "till", "til", "ao", "sul", "allo", "alla", "pod", "τηλ", "τηλ.", "τηλέφωνο", "τηλέφωνό",
    "στο", "телефон", "тел", "тел.", "номер", "по", "на", "전화", "번호", "전화번호", "電話", "番号", "電話番号",
    "no.", "for", "für", "pour", "by", "von", "par", "door", "från", "fone",
    "celular", "móvil", "movil", "cellulare", "portable", "gsm", "mobiel", "tlf", "tlf.", "mob",
    "mob.", "cel", "cel.", "cell.", "tel:", "ph", "ph.", "de", "from", "van", "da",
    // who a message goes to or comes from (WhatsApp's `recipient
    // 4915…`, an MSISDN without `+`)
    "recipient", "sender", "destinatario", "destinataire", "empfänger", "absender",
    // Kannel's log of an SMS request (`sender:CityPass receiver:4740202851`)
    "receiver",
    // a mobile operator's subscriber, named by MSISDN (`usage cap exceeded
    // for subscriber 34619161705`)
    "subscriber", "abonné", "abonnent", "abonado", "abbonato",
    // pl "contact (phone)", as in `tel. kontaktowy 513.520.120`
    "kontaktowy", "kontaktowe", "kontaktowego",
    // a dialled number a PBX reads as an extension (`to extension
    // '3939…' rejected`); real extensions are too short to be read
    "extension", "exten",
    // abbreviations on signatures and cards (fr, sv, fi, es, pl)
    "tél", "tél.", "tfn", "tfn.", "puh", "puh.", "telf", "telf.", "kom.", "tālr", "tālr.",
    "ტელ", "ტელ.",
    // a number a validator says is not E.164 is one written otherwise
    "e.164", "e164",
    // "number" as other languages decline it ("pod numerem", "a … számon")
    "numerem", "numeru", "numerze", "čísle", "číslem", "számon", "számra", "számot", "numeroon",
    "numerosta", "numărul", "numarul", "αριθμό", "номеру",
    // the article or preposition a number follows in es, pt, lv ("en el
    // 635…", "liguem-me para o 934…", "pelo 927…", "sazvanīta pa 2658…"),
    // and "number" and "phone" in vi and is ("gọi lại cho tôi số 606…",
    // "náðist í síma 877…")
    "el", "o", "pelo", "pela", "pa", "số", "síma", "símanum",
    // "call (me)" in lt, vi, ka; "phone number" abbreviated in vi (SĐT)
    // and id (No HP, nomor HP)
    "paskambinti", "paskambinkite", "gọi", "დამირეკოთ", "sđt", "sdt", "hp",
    // "(call) me" in et ("helistage mulle 5751480"), "on" in ar as "on"
    // and "at" above ("يمكنكم الاتصال بي على …")
    "mulle", "على",
    // "contact" and "reachable" (hi `संपर्क 9181…`, hu `elérhető: 3620…`,
    // `elérhetőség`)
    "संपर्क", "elérhető", "elérhetőség", "elérhetőségem",
    // an old or new number in a change of contact data
    "old", "new", "previous", "former", "ancien", "nouveau", "alt", "neu", "alte", "neue",
    "antiguo", "nuevo", "anterior", "vecchio", "nuovo", "oud", "nieuw", "gammal", "ny",
];

/// Greetings and pronouns that introduce a name as often as other words:
/// after one only a name the lists hold is taken (`שלום יעל`, but `שלום,
/// החבילה שלי …`, "hello, my parcel …"). Arabic
/// and Persian "I", "hello", "from", the vocative "O"; Hebrew "hello",
/// "I", "hi", "with"; Hindi "I"; Georgian "I am"; Thai "hello", "I".
#[rustfmt::skip]
pub(crate) const LISTED_NAME_PHRASES: &[&str] = &[
    "أنا", "انا", "سلام", "من", "يا", "שלום", "אני", "היי", "עם", "मैं", "მე ვარ", "สวัสดี",
    "ผม", "ฉัน", "ดิฉัน",
    // "this is" and "here (is)" that open a caller's words in af, lv and
    // sr/bs/hr (`Goeiemôre, dis Annelie`, `Labdien, šeit Elizabete`,
    // `Добар дан, овде Урош`), and say where a thing is as often. (Not sq
    // "I am", `jam`: English too, `paper jam Tray 2`.)
    "dis", "šeit", "овде", "ovde", "ovdje",
    // ro Mrs and Mr without their dot (`Am vorbit cu dna Dinu`): English
    // `DNA` and `DL` open other words
    "dna", "dl",
    // Arabic and Georgian "thank you" ("شكراً يوسف على المقابلة"; but
    // "شكراً على …", "thanks for …", as often)
    "شكراً", "شكرا", "მადლობა",
];

/// Words before who wrote a note, made a change or asked for it: a person
/// ("trainer-app note by Sunniva:", "at request of Adrian") as often as a
/// bot or a system ("created by Dependabot"), so after one only a name the
/// lists hold is taken.
#[rustfmt::skip]
pub(crate) const AUTHOR_PHRASES: &[&str] = &[
    "note by", "notes by", "noted by", "comment by", "comments by", "updated by", "created by",
    "added by", "logged by", "entered by", "booked by", "cancelled by", "canceled by",
    "modified by", "edited by", "changed by", "submitted by", "raised by", "reported by",
    "confirmed by", "completed by", "checked by", "verified by",
    // who sent or signed a message (`enviado por Sara`, `Signed Conor`)
    "sent by", "signed", "signed by", "enviado por", "enviada por", "envoyé par",
    "envoyée par", "inviato da", "inviata da", "gesendet von", "verzonden door",
    // "confirmed" in the languages that put the name after it ("patvirtino
    // Egidijus", "apstiprināja Mare", "kinnitas Eve", "bestätigt von …")
    "patvirtino", "apstiprināja", "konfirmoi", "potvrdio", "potvrdila", "potvrdil", "kinnitas",
    "vahvisti", "potwierdził", "potwierdziła", "megerősítette", "a confirmat", "confirmou",
    "confirmó", "confermato da", "confirmé par", "confirmée par", "bestätigt von",
    "bevestigd door", "bekräftat av", "bekræftet af", "bekreftet av", "staðfesti",
    "επιβεβαίωσε", "подтвердил", "подтвердила", "потвърди", "підтвердив", "підтвердила",
    // on whose request something was done or said
    "at request of", "at the request of", "on behalf of",
];

/// Words after which a capitalised word is a person's name: introductions,
/// roles and honorifics in the languages contact centres log.
#[rustfmt::skip]
pub(crate) const NAME_PHRASES: &[&str] = &[
    // en
    "this is", "my name is", "name is", "i am", "i'm", "customer", "caller", "agent", "client",
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof.", "visitor", "contact",
    "requester", "assigned to", "transferred to", "spoke with", "speaking with", "requested by",
    "handled by", "escalated to", "escalated by", "approved by", "rejected by", "reviewed by",
    "transferred by", "dear", "hi", "hello", "operator", "supervisor",
    "representative", "advisor", "cardholder", "account holder", "patient", "passenger", "guest",
    // who applies, claims or borrows (`rejected for applicant Sil Bos`)
    "applicant", "co-applicant", "claimant", "policyholder", "policy holder", "borrower",
    // a guest in de/nl, sv, da, no, hr/sr/bs/sl, pl, es, it, pt, ro
    "gast", "gäst", "gæst", "gjest", "gost", "gošća", "gość", "huésped", "ospite", "hóspede",
    "oaspete",
    "it's", "it is", "call from", "calls from", "display name", "full name", "first name",
    // whom a caller asks to speak to ("ask for Olympia")
    "ask for", "asked for", "asking for", "speak to", "speak with",
    // who handled a contact, as follow-up messages say ("Le atendió Begoña",
    // "presa in carico da Ottavio", "tack för samtalet med Ingegerd"; three
    // words at most)
    "call with", "a call with", "helped by", "served by", "le atendió", "atendido por", "atendida por", "atendido pela",
    "atendida pela", "in carico da", "gestita da", "gestito da", "samtalet med",
    "samtalen med", "hoitaa", "rückruf mit", "gespräch mit", "betreut von", "bearbeitet von",
    "pris en charge par", "traité par", "traitée par", "behandeld door", "geholpen door",
    // thanks to someone ("Merci beaucoup Lina")
    "merci", "merci beaucoup", "danke", "vielen dank", "gracias", "muchas gracias", "grazie",
    "grazie mille", "obrigado", "obrigada", "bedankt", "dank je", "dank u", "tack", "tak",
    "takk", "kiitos", "dziękuję", "děkuji", "ďakujem", "köszönöm", "mulțumesc", "teşekkürler",
    "ευχαριστώ", "спасибо", "дякую", "hvala", "ačiū", "paldies", "aitäh",
    // ar (Maghreb and Levant customers write Arabic script): "my name is"
    // ("I am" is "I" too, and Arabic has no capitals to tell a name by)
    "اسمي", "إسمي",
    // a customer named, and introductions, in scripts without case: Arabic
    // "the customer"; Hebrew "my name", "the customer"; Georgian "my name
    // is", "customer"; Hindi "my name", "customer"; Persian "my name". (Not
    // "I am" nor "here": `انا بحاجة الى مساعدة`, "I need help", is no name.)
    "العميل", "العميلة", "שמי", "הלקוח", "הלקוחה", "ჩემი სახელია", "კლიენტი", "मेरा नाम",
    "ग्राहक", "نام من",
    // greetings, thanks and forms of address in those scripts: Arabic
    // "hello", "the doctor"; Georgian "hello", "doctor",
    // "Mr", "Mrs"; Hindi "hello", "thank you", "Dr.", "Mr", "Mrs". (Not
    // Arabic "Mr", السيد, a family name too, nor Hebrew "hello", שלום, which
    // opens `שלום, החבילה שלי …`, "hello, my parcel …", as often.)
    "مرحباً", "مرحبا", "الدكتور", "الدكتورة", "გამარჯობა", "ექიმი", "ბატონო", "ქალბატონო",
    "ბატონი", "ქალბატონი", "नमस्ते", "धन्यवाद", "डॉ.", "श्री", "श्रीमती",
    // who is speaking on the phone: Arabic "with you (is)", Hebrew
    // "speaking" (m., f.); Persian "the customer"
    "معك", "מדבר", "מדברת", "مشتری",
    // Hebrew "Dr." and "Mrs." as written with their gershayim and geresh
    "ד״ר", "גב׳",
    // Georgian "customer" (nominative, dative); Hebrew "thanks", "my name",
    // "my name is" ("they call me")
    "მომხმარებელი", "მომხმარებელს", "תודה", "השם שלי", "קוראים לי",
    // whose name an account, a booking or an invoice is in
    "the name of", "op naam van", "auf den namen", "au nom de", "a nombre de", "a nome di",
    "em nome de", "na nazwisko", "na jméno", "na meno",
    // it "registered to", ro, hr/sr/sl, ru, uk, bg, el, lv "in the name of"
    "intestato a", "intestata a", "intestati a", "pe numele", "pe numele lui", "na ime",
    "на имя", "на ім'я", "на името на", "στο όνομα", "στο όνομα του", "στο όνομα της",
    "uz vārda",
    // Romanian's article of a man's name in the genitive and dative
    // ("Dosarul lui Ion Rădulescu")
    "lui",
    // a person named by their part: Arabic "in the name of", "the
    // employee in charge", "(with) the user"; Persian "user", "with
    // respect"; Hindi "user", "regards"; Armenian "hello", "user",
    // "regards"; Thai "name", "customer", "Khun" (Mr, Mrs)
    "باسم", "الموظف المسؤول", "المستخدم", "بالمستخدم", "کاربر", "با احترام", "उपयोगकर्ता",
    "सादर", "բարև", "բարև ձեզ", "օգտատեր", "հարգանքով", "ชื่อ", "ลูกค้า", "คุณ",
    // Thai "my name is" (a man's, a woman's), written as one run
    "ผมชื่อ", "ฉันชื่อ", "ดิฉันชื่อ",
    "last name", "given name", "contact name", "customer name", "caller name", "recipient",
    "addressee", "beneficiary",
    // sign-offs: the writer's name follows ("Best regards, Jordan Ward")
    "regards", "sincerely", "cheers", "grüße", "grüßen", "gruß", "cordialement", "saludos",
    "atentamente", "saluti", "groet", "groeten", "pozdrawiam", "poważaniem", "cumprimentos",
    "atenciosamente", "hälsning", "hälsningar", "hilsen", "terveisin", "pozdravem", "stimă",
    "üdvözlettel", "εκτίμηση", "best wishes", "kind wishes", "warm wishes", "many thanks",
    "thanks again", "mvg", "lg", "mvh", "mfg", "vg", "cdlt", "pzdr", "slds", "saludos cordiales", "un saludo", "bien à vous",
    "distinti saluti", "s pozdravem", "med vänlig hälsning", "venlig hilsen", "με εκτίμηση",
    "с уважением", "з повагою",
    // sign-offs of the other languages a European contact centre writes in
    "lep pozdrav", "pozdrav", "srdačan pozdrav", "s poštovanjem", "kveðja", "bestu kveðjur",
    "lugupidamisega", "parimate soovidega", "ar cieņu", "pagarbiai", "su pagarba", "s úctou",
    "selamlar", "ystävällisesti", "groetjes", "cordialmente", "un abrazo",
    "abraços", "trân trọng", "בברכה", "مع التحية", "تحياتي", "პატივისცემით",
    // id/ms, mt, hu, bg, et, lv, lt, pl, ro
    "terima kasih", "hormat saya", "salam hormat", "grazzi", "grazzi ħafna", "saħħa", "üdv",
    "üdvözlet", "поздрави", "благодаря", "с уважение", "tervitades", "sveicieni",
    "linkėjimai", "pozdrowienia", "salutări", "cu drag",
    // affectionate sign-offs of family messages (a tribute page's, a
    // card's: "liefs Bram", "Kram, Åsa", "bisous, Léa")
    "liefs", "love from", "with love", "lots of love", "all my love", "alles liebe", "kram",
    "kramar", "knus", "besos", "bisous", "bises", "baci", "beijos", "beijinhos", "buziaki",
    "pusa", "puszi", "hugs",
    // whom a gift remembers ("wife of the late Jens", "à la mémoire de feu
    // Paul"): en, nl, fr, it, es, de
    "the late", "wijlen", "feu", "le défunt", "la défunte", "il defunto", "la defunta",
    "el difunto", "la difunta", "des verstorbenen", "der verstorbenen",
    // sign-offs whose first word is capitalised too ("Viele Grüße,"), which
    // the single word would read as a title ("Customer Experience")
    "viele grüße", "liebe grüße", "beste grüße", "herzliche grüße", "freundliche grüße",
    "schöne grüße", "mit freundlichen grüßen", "best regards", "kind regards", "warm regards",
    "met vriendelijke groet", "vriendelijke groeten", "hartelijke groeten", "vänliga hälsningar",
    "med venlig hilsen", "vennlig hilsen", "ystävällisin terveisin", "cordiali saluti",
    "un saluto", "bien cordialement", "com os melhores cumprimentos", "z poważaniem",
    "s pozdravom", "cu stimă", "saygılarımla",
    // thanks to someone, and who comes to the customer
    "thanks to", "thank you to", "huge thanks to", "big thanks to", "special thanks to",
    "shout out to", "kudos to", "your engineer", "your technician", "your driver",
    "your courier", "your consultant", "your advisor", "your adviser", "our engineer",
    "our technician", "ihr techniker", "votre technicien", "su técnico", "il tecnico",
    "your patrol", "your mechanic", "your installer", "your inspector", "your surveyor",
    "your assessor", "your adjuster", "your nurse", "your caseworker", "your case manager",
    // a voicemail left for someone, a payee named in a fraud or payment note
    "voicemail for", "payee",
    // a ride's or a delivery's driver, as the app names them to the
    // customer ("Din förare Oskar är på väg") and the customer complains of
    // them ("stěžovat na řidiče Tomáše", "на водителя Ивана"), in the cases
    // the Slavic, Baltic and Finno-Ugric languages put them in. A courier
    // only where it is declined: the bare word is followed by companies
    // (`Kurier Hermes`).
    "fahrer", "fahrerin", "ihr fahrer", "votre chauffeur", "tu conductor", "su conductor",
    "tu repartidor", "il tuo autista", "o seu motorista", "seu motorista", "motorista",
    "je chauffeur",
    "förare", "sjåføren din", "sjåfør", "chauffør", "chaufføren", "kuljettajasi", "kuljettaja",
    "kuljettajaa", "driver kamu", "pengemudi", "řidič", "řidiče", "řidiči", "řidičem", "vodič",
    "vodiča", "vodičovi", "vodičom", "kierowca", "kierowcy", "kierowcę", "kierowcą", "vozač",
    "vozača", "vozaču", "vozačem", "voznik", "voznika", "vozniku", "voznikom", "sofőr",
    "sofőröd", "sofőrt", "sofőrnek", "sofőrrel", "șoferul", "șoferul tău", "șoferului",
    "sürücü", "sürücüyü", "şoför", "vairuotojas", "vairuotoją", "vairuotojui", "vadītājs",
    "vadītāju", "šoferis", "водитель", "водителя", "водителю", "водителем", "водій", "водія",
    "водієві", "возач", "возача", "возачу", "возачем", "шофьор", "шофьора", "οδηγός",
    "οδηγός σας", "οδηγό", "οδηγού", "kuriéra", "kuriérovi", "kurýra", "kurýrovi", "kuriera",
    "kurierowi", "kurjerį", "kurjerio", "курьера", "курьеру", "кур'єра", "futárt", "futárnak",
    "futárral", "curierului", "მძღოლი", "მძღოლს", "הנהג", "הנהג שלך", "השליח", "السائق",
    "سائقك", "المندوب", "راننده", "راننده شما", "ड्राइवर", "คนขับ", "คนขับของคุณ",
    "pemandu anda", "sinu juht", "technician", "my neighbour", "my neighbor",
    // Vietnamese "hello" and "elder sister" before a given name ("Chào chị
    // Linh"; not "anh", "elder brother", a given name too: "Chào Anh")
    "chị", "chào chị", "chào",
    // a call from someone, and the customer in the cases other languages decline
    "anruf von", "appel de", "llamada de", "chamada de", "chiamata da", "oproep van",
    "beschwerde von", "anfrage von", "nachricht von", "message from", "complaint from",
    "email from", "réclamation de", "message de", "queja de", "mensaje de", "reclamo de",
    "messaggio da", "reclamo da", "klacht van", "bericht van", "reklamace od", "skarga od",
    "samtal från", "opkald fra", "anrop fra", "połączenie od", "hovor od", "apel de la",
    "πελάτη", "asiakkaalta", "asiakkaan", "asiakkaalle", "zákazníka", "zákazníkovi", "klienta",
    "klientem", "klientowi", "clientului", "clientei",
    // assigned or issued to someone, and a neighbour who took a parcel
    "asignada a", "asignado a", "assegnato a", "assegnata a", "attribué à", "attribuée à",
    "assigné à", "assignée à", "toegewezen aan", "tilldelat", "tildelt", "přidělen:",
    "přiděleno", "przypisano do", "przydzielono", "atribuído a", "atribuída a", "zugewiesen an",
    "issued to", "neighbour", "neighbor", "nachbar", "voisin", "vecino", "buurman",
    // spoke or talked with, called back, a message from, transferred to:
    // pl, hr/sr/bs, sl, sk/cs, uk/bg/sr (Cyrillic), lt, lv, is, fi, eu,
    // da/no/sv, gl/pt, ca, ga, lb
    "rozmawiałem z", "rozmawiałam z", "rozmowa z", "razgovor s", "razgovor sa",
    "razgovarao sam s", "razgovarala sam s", "pogovor z", "pogovor s", "hovor s", "rozhovor s",
    "розмова з", "разговор с", "разговор са", "kalbėjau su", "perskambinta", "runāju ar",
    "sarunājos ar", "atzvanīju", "talaði við", "skilaboð frá", "símtal frá", "siirretty",
    "puhuin", "deia", "samtale med", "efter samtale med", "etter samtale med", "samtal med",
    "snakket med", "talade med", "viderestillet til", "satt over til", "overført til",
    "kopplat till", "chamada con", "falei con", "falei com", "trucada amb", "custaiméir",
    "hablé con", "hable con", "hablamos con", "talte med", "talt med", "snakkede med",
    "pratade med", "pratat med", "sprach mit", "gesprochen mit", "parlé avec", "parlato con",
    "gesproken met",
    "le meas", "spoke to", "née",
    // letters' salutations: hr/sr/bs, sl, uk, bg/ru, sq, lt, lv, et, eu,
    // cy, and the vocative forms of address hr/sr/bs put before a surname
    // ("Poštovani gospodine Petroviću", "I nderuar z. Mema")
    "poštovani", "poštovana", "поштовани", "поштована", "spoštovani", "spoštovana",
    "шановний", "шановна", "вельмишановний", "вельмишановна", "уважаеми", "уважаема",
    "уважаемый", "уважаемая", "αγαπητέ", "αγαπητή", "i nderuar", "e nderuar", "gerb.", "gerbiamas", "gerbiama",
    "gerbiamasis", "gerbiamoji", "cienījamais", "cienījamā", "godātais", "godātā",
    "lugupeetud", "kaixo", "annwyl", "mirëdita", "përshëndetje", "gospodine", "gospođo",
    "gospođice", "госпођо", "госпођице", "z.", "znj.", "zoti", "zonja", "p.",
    // introductions: sq, et, lv, lt, hr/sr/bs, sl, sk, bg, uk ("helistab Tiit
    // firmast …", "zvana Ieva no …", "Ime mi je Maja")
    // sw "my name is", "I am called"
    "jina langu ni", "jina langu", "naitwa", "mimi ni",
    // mt "I (am)" and "dear" (`Bonġu, jien Karl`, `Għażiż/a Ġużeppi`); is
    // "hello"; af "good morning"
    "jien", "għażiż", "għażiża", "għażiż/a", "halló", "goeiemôre", "goeiemiddag",
    // a citizen a municipal call centre speaks with: no/da, sv
    "innbygger", "innbyggeren", "borgeren", "invånaren",
    "unë jam", "quhem", "emri im është", "helistab", "minu nimi", "mina olen", "zvana",
    "mani sauc", "es esmu", "skambina", "mano vardas", "mano vardas yra", "aš esu",
    "zovem se", "ja sam", "ime mi je", "jaz sem", "volám sa", "ja som", "казвам се",
    "аз съм", "мене звати",
    // who took a case over or called someone: ro, sk, cs, fi, sq, hr/sr/bs
    "preluat de", "preluată de", "vybavuje", "vyřizuje", "soitin", "telefonova",
    "razgovarao sa", "razgovarala sa", "razgovarao s", "razgovarala s", "razgovarao sam sa",
    "razgovarala sam sa",
    // ru "we (I) spoke on the phone with", gl "my name is"
    "созвонились с", "созвонился с", "созвонилась с", "говорил с", "говорила с",
    "разговаривал с", "разговаривала с", "chámome", "chámanme",
    // "I spoke with" in sw, ga, el, mt ("Nimeongea na Kibet", "Labhair mé
    // le Virginia", "Μίλησα με τον Διογένη", "Tkellimt ma' Sarah")
    "nimeongea na", "niliongea na", "nimezungumza na", "labhair mé le", "labhair mé leis",
    "labhair mé léi", "μίλησα με", "μίλησα με τον", "μίλησα με την", "μιλήσαμε με",
    "tkellimt ma'", "tkellimt ma", "kellimt lil",
    // sq "I spoke with", "I have spoken with"; ar "(it was) contacted with",
    // "I contacted"; lt "handed over (to)"
    "fola me", "folur me", "التواصل مع", "تواصلت مع", "perduota",
    // a ticket handed on (`reassigned from … to Oreste F.`), and whom to
    // contact in the languages that say "contact person"
    "reassigned to", "re-assigned to", "reassigned from", "kontakt", "kontaktperson",
    "kontaktní osoba", "kontaktná osoba", "ansprechpartner", "ansprechpartnerin",
    "contactpersoon", "persona de contacto", "personne de contact", "osoba kontaktowa",
    "kapcsolattartó", "yhteyshenkilö",
    // uk "to Mr" (dative); sr (Cyrillic) the customer, female
    "пану", "корисница", "кориснице", "корисници",
    // et "I talked (with)", "I called", "with the customer"; sr (Cyrillic)
    // "with Mrs", "to Mr", Mrs and Miss
    "rääkisin", "helistasin", "kliendiga", "госпођом", "госпођи", "госпође", "господину",
    "господина", "госпођа", "госпођица",
    // who an agent called, and short thanks: en, hr/sr/bs, lv, cs, pl, es,
    // pt; pl, cs, sk, hu; Hindi and Marathi "hello" ("Called Kurt back",
    // "Zvao Ante Horvat", "dzięki Marcinie")
    "called", "phoned", "zvao", "zvala", "nazvao", "nazvala", "zvanīju", "volal jsem",
    "volala jsem", "zadzwoniłem do", "zadzwoniłam do", "llamé a", "liguei para", "dzięki",
    "díky", "vďaka", "köszi", "नमस्कार",
    // the customer in Albanian and Icelandic, in their cases
    "klienti", "klientit", "klientja", "klientes", "viðskiptavinur", "viðskiptavinar",
    "viðskiptavininn", "viðskiptavininum",
    // the customer, the user and the subscriber in Cyrillic: sr, bg, uk, ru
    // (`Корисник Nuno Marques`, `Клиентът Elif Güneş`)
    "корисник", "корисника", "кориснику", "клиентът", "клиента", "потребител",
    "потребителят", "потребителя", "користувач", "користувача", "пользователь",
    "пользователя", "абонент", "абонента", "клієнт", "клієнта", "клієнтка",
    // forms of address in oblique cases (also in `HONORIFICS`)
    "gospodinom", "gospođom", "gospodinu", "gospođi", "gospodina", "gospođe", "gospodom",
    "gospo", "gospe", "pánom", "pánem", "pánovi", "паном", "пана", "панові", "господином",
    "госпожой", "господин", "госпожа", "господине", "госпожо", "här", "den här", "is-sur",
    "is-sinjura",
    // lt, hr/sr/bs; Polish declines the honorific ("z panią Kowalską",
    // "z panem Nowakiem")
    "klientas", "klientė", "klijent", "klijentica", "korisnik", "korisnica", "kupac", "kupca",
    "kupcu", "kupec", "klients", "kliente", "klientam",
    "panią", "panem", "pana", "panu",
    // honorifics and forms of address
    "hr.", "hr", "fru", "frk.", "heer", "de heer", "mevrouw", "herra", "rouva", "neiti", "pane",
    "paní", "slečno", "domnule", "doamnă", "doamna", "dna.", "dl.", "dlui", "dnei",
    "κύριε", "κυρία", "dott.", "dott.ssa",
    "egregio", "thanks", "thank you", "good morning", "good afternoon", "good evening",
    "buenos días", "buenas tardes", "bom dia", "boa tarde", "dzień dobry", "добрый день",
    "здравствуйте", "καλημέρα", "aqui é", "aqui é a", "aqui é o", "mam na imię", "είμαι η",
    "είμαι ο", "ονομάζομαι",
    // greetings that are followed by a name in transcripts and chats
    "good morning", "dobro jutro", "dober dan", "dober večer", "dobar dan", "dobra večer",
    "dobro veče", "zdravo", "bok", "dobry wieczór", "dobry wieczor", "dzien dobry", "witam",
    "dobré ráno", "dobrý den", "dobrý večer", "dobrý deň", "laba diena", "labas rytas",
    "labas vakaras", "labdien", "labrīt", "labvakar", "sveiki", "tere päevast",
    "hyvää päivää", "hyvää huomenta", "hyvää iltaa", "god morgon", "god dag", "god kväll",
    "god aften", "goddag", "godmorgen", "hallå", "buongiorno", "buonasera", "salve",
    "buenas noches", "buenos dias", "bonsoir", "salut", "hey", "boa noite", "guten morgen",
    "guten abend", "grüß gott", "hoi", "goedenavond", "goedendag", "καλησπέρα", "γεια σας",
    "добрий день", "доброго дня", "добрый вечер", "доброе утро", "добър ден", "здравейте",
    "jó napot", "jó reggelt", "jó estét", "günaydın", "iyi günler", "iyi akşamlar",
    "здравей", "здраво", "добар дан", "добро јутро", "добро вече", "habari", "dia duit", "dia dhuit",
    "bună dimineața", "bună seara", "buna seara", "поздрав", "pozdrav", "γεια σου",
    "вітаємо", "привіт", "привет", "god morgen", "geachte",
    // wishes a message opens with ("Happy birthday Ravi!")
    "welcome back", "happy birthday", "gefeliciteerd", "joyeux anniversaire", "bon anniversaire",
    "feliz cumpleaños", "zum geburtstag", "buon compleanno", "grattis", "tillykke",
    "gratulerer", "hyvää syntymäpäivää", "wszystkiego najlepszego", "všechno nejlepší",
    "boldog születésnapot", "la mulți ani", "iyi ki doğdun", "parabéns", "χρόνια πολλά",
    "з днем народження",
    // the customer in Indonesian and Malay, and in Vietnamese
    "pelanggan", "khách hàng",
    // a family member a parent writes about ("my daughter Milica")
    "my daughter", "my son", "my wife", "my husband", "my mother", "my father",
    "meine tochter", "mein sohn", "meine frau", "mein mann", "ma fille", "mon fils",
    "ma femme", "mon mari", "mi hija", "mi hijo", "mi esposa", "mi marido", "mia figlia",
    "mio figlio", "mia moglie", "mio marito", "minha filha", "meu filho", "mijn dochter",
    "mijn zoon", "min dotter", "min son", "min datter", "min søn", "moja córka", "mój syn",
    "moje dcera", "můj syn", "моя дочь", "мой сын", "моя донька", "мій син",
    // a colleague named when a call is handed over
    "colleague", "collega", "kollege", "kollegin", "collègue", "compañero", "compañera",
    "kolega", "koleżanka", "kolegyně", "kollega", "kolleg",
    // forms of address (see `HONORIFICS`)
    "gđa", "gđa.", "gđica", "gospodin", "gospođa", "gospa", "gospod", "pán", "κα", "κα.", "κ.",
    "пані", "пан", "пане", "г-н", "г-жа", "fr.", "sra", "mw.", "mevr", "dhr", "mx.", "ing.",
    "mgr", "mgr.", "frk", "fröken", "ponia", "ponas", "härra", "proua", "senhor", "senhora",
    "sir", "g.", "bw.", "bwana", "bi.", "kungs", "kundze", "k-gs", "k-dze", "sinjur", "sinjura",
    "г.", "г-ђа", "гђа", "гђа.", "ga.", "г-на", "г-ну", "г-ном", "г-жи", "г-же",
    "г-жу", "г-жой", "מר", "גב'", "גברת", "السيدة", "mnr.", "mnr", "mev.", "mev", "mej.",
    "ponui", "poniai", "poną", "ponią", "pono", "ponios", "tuasal", "an tuasal",
    // vi "with" or "to" an elder brother, sister, sir or madam, as an
    // agent writes of a customer (`Đã liên hệ với anh Thành`); not "anh"
    // alone, a given name too
    "với anh", "với chị", "với ông", "với bà", "cho anh", "cho chị", "cho ông", "cho bà",
    // "spoke with" in more languages ("Am vorbit cu Luana", "Говорих с
    // Лесе", "Đã trao đổi với anh Nam")
    "am vorbit cu", "vorbit cu", "говорих с", "разговарях с", "trao đổi với", "nói chuyện với",
    "التحدث مع", "تحدثت مع",
    "hallo", "bonjour", "hola", "ciao", "olá", "ola", "oi", "moin", "moi", "servus", "grüezi",
    "kedves", "panie", "hej", "hei", "ahoj", "szia", "merhaba", "cześć",
    "buna ziua", "bună ziua", "goedemiddag", "goedemorgen", "guten tag", "liebe", "lieber",
    "sehr geehrte", "sehr geehrter", "chère", "cher", "estimado", "estimada", "gentile", "caro",
    "cara", "beste", "kära", "kære", "hyvä", "vážený", "vážená", "tisztelt", "stimate", "stimată",
    "sayın", "szanowny", "szanowna",
    // roles in other languages
    "chauffeur", "chauffør", "chaufför", "fahrer", "fahrerin", "kurier", "kurierin", "bezorger",
    "repartidor", "repartidora", "autista", "entregador", "entregadora",
    "berater", "beraterin", "sachbearbeiter", "sachbearbeiterin", "operatore", "operatrice",
    "operador", "operadora", "agente", "atendente", "medewerker", "handläggare", "konsulent",
    "asiakaspalvelija", "konsultant", "konzultant", "ügyintéző", "operatör", "temsilci",
    // who comes to repair or install (`el técnico Álvaro`, `Monteur: Gernot`,
    // `asentaja Ville Laine`, `teknisyenimiz Ayşe Kaya`; not "Techniker",
    // `Techniker Krankenkasse` is an insurer); and who lives there
    // (`bérlő: Marek Varga`; not "tenant", which a SaaS log names its
    // customers' companies with)
    "technicien", "technicienne", "técnico", "tecnico", "monteur", "monteurin",
    "technikerin", "asentaja", "tekniker", "teknisyen", "teknisyenimiz", "техник",
    "технік", "τεχνικός", "الفني", "तकनीशियन", "locataire", "inquilino", "inquilina",
    "huurder", "lokator", "lokatorka", "nájemník", "nájemnice", "bérlő", "vuokralainen",
    "hyresgäst", "lejer", "leietaker", "kiracı", "chiriaș",
    // who teaches a class (`instruktør Jeppe`, `instructora Cristina`)
    "instructor", "instructora", "instruktør", "instruktor", "instruktorka", "istruttore",
    "istruttrice", "instructeur", "instructrice",
    // who a clinic, a pharmacy or a vet's practice deals with: the patient
    // (de, fr, es/pt, it's NHS "assistito", nl, pl, cs, fi, sv), who
    // prescribed, who dispensed, the nurse and the doctor, and a pet's
    // owner (`Patientin Aigner`, `prescriber Haddad`, `propriétaire Graça
    // Pereira`). Not the bare "veterinario", "medico" or "owner": clinics
    // and teams are named after them (`Clinica Veterinaria San Francesco`,
    // `Centro Medico Milano`, `owner Platform Team`).
    "patientin", "patienten", "patiente", "paciente", "paziente", "assistito", "assistita",
    "patiënt", "pacient", "pacientka", "pacjent", "pacjentka", "potilas",
    "potilaan", "pacients", "pacientė", "pacientas", "pacijent", "pacijentica", "patsient",
    "sjúklingur", "pacientul", "pacienta", "пацијент", "пацијенткиња", "пациент", "пациентка",
    "пацієнт", "пацієнтка", "ασθενής", "prescriber", "prescribed by", "prescripteur", "prescriptrice", "pharmacist",
    "pharmacien", "pharmacienne", "apotheker", "apothekerin", "farmacista", "farmacéutico",
    "farmacéutica", "farmacêutico", "farmacêutica", "apotekare", "nurse", "infirmier",
    "infirmière", "enfermero", "enfermera", "infermiere", "infermiera", "verpleegkundige",
    "sjuksköterska", "sygeplejerske", "sykepleier", "pielęgniarka", "ärztin", "hausarzt",
    "hausärztin", "médecin", "médico", "il medico", "medico curante", "huisarts", "läkare",
    "lääkäri", "lekarz", "lékař", "lékařka", "veterinarian", "vet", "tierarzt", "tierärztin",
    "dierenarts", "dyrlæge", "veterinär", "eläinlääkäri", "weterynarz", "il veterinario",
    "la veterinaria", "el veterinario", "le vétérinaire", "la vétérinaire", "pet owner",
    "propriétaire", "propietario", "propietaria", "proprietario", "proprietaria",
    "eigenaar", "besitzer", "besitzerin", "tierhalter", "tierhalterin", "halter", "halterin",
    // an insurer's policyholder and insured (`holder Balogh opted out`,
    // `Segurado Salvador Neves pede reboque`), in the languages of Europe
    "holder", "policyholder", "policy holder", "insured", "the insured", "segurado", "segurada",
    "asegurado", "asegurada", "assicurato", "assicurata", "assuré", "assurée", "versicherte",
    "versicherter", "versicherungsnehmer", "versicherungsnehmerin", "verzekerde",
    "ubezpieczony", "ubezpieczona", "pojištěný", "pojištěná", "biztosított", "asigurat",
    "asigurată", "försäkrad", "forsikret", "vakuutettu",
    "właściciel", "właścicielka", "majitel", "majitelka", "omistaja", "tulajdonos",
    // "I am" where the pronoun is left out: lt, sl (`Laba diena, esu
    // Lina`); ca with it (not the bare `sóc`: Vietnamese `Chăm sóc Khách
    // hàng`, "customer care")
    "esu", "jaz sem", "jo sóc",
    // de
    "hier ist", "hier spricht", "ich bin", "mein name ist", "ich heiße", "kunde", "kundin",
    "kunden", "herr", "herrn", "frau", "anrufer", "anruferin", "agentin", "mitarbeiter",
    // fr
    "je suis", "c'est", "ici", "je m'appelle", "mon nom est", "m.", "mme", "mme.", "mlle",
    "monsieur", "madame", "le client", "la cliente", "conseiller", "conseillère",
    // an Italian lawyer's title (not fr "Maître": "Le Maître Chocolatier")
    "avv.",
    // es / pt / it
    "soy", "me llamo", "mi nombre es", "el cliente", "la cliente", "cliente", "sr.", "sra.",
    "srta.", "señor", "señora", "doña", "sou", "meu nome é", "eu sou", "o cliente",
    "a cliente", "sono", "mi chiamo", "il cliente", "sig.", "sig.ra", "signor", "signora",
    // nl / nordics / fi
    "ik ben", "mijn naam is", "hier is", "klant", "de klant", "dhr.", "mevr.", "meneer",
    "mevrouw", "jag heter", "jag är", "det är", "kunden", "kund", "jeg hedder", "jeg heter",
    "jeg er", "det er", "olen", "nimeni on", "asiakas",
    // pl / cs / hu / ro / tr
    "nazywam się", "jestem", "klient", "klientka", "pan", "pani", "jmenuji se", "jsem",
    "zákazník", "zákaznice", "a nevem", "vagyok", "ügyfél", "mă numesc", "sunt", "clientul",
    "clienta", "domnul", "doamna", "benim adım", "adım", "müşteri", "bay", "bayan",
    // written without Turkish and Dutch letters in ASCII-only systems
    "benim adim", "adim", "beller", "belster",
    // ru / el / ko / ja (the name follows)
    "меня зовут", "это", "клиент", "клиентка", "господин", "госпожа", "με λένε", "είμαι",
    "πελάτης", "πελάτισσα", "κύριος", "κυρία", "고객", "제 이름은", "저는", "お客様", "私は",
];
