#!/usr/bin/env python3
"""A generalisation probe: how a redactor does on log lines it was never
tuned on.

It writes labelled lines from its own templates (plain text, logfmt, JSON,
URLs, chat transcripts; English and the other languages a European contact
centre logs) filled by Faker in 25 locales, plus names that no name list can
know (invented from syllables) in context that should give them away. It
runs COMMAND over them once, line for line, and reports per kind and per
locale: how many values leaked (still in the output as written, or for
phones as their digits), and how many IPs and UUIDs were kept. PII-free
lines of the same shapes count as changed when the command touched them.

Faker is also one of the name lists' sources (crates/core/data/names/
SOURCES.md), so listed names measure context and templates, not list
coverage; the invented names measure context alone.

    pip install Faker==40.63.0
    scripts/probe.py --cmd 'target/release/scrubline --key-file K' [--lines 6000] [--seed 1] [--show 20]
"""

import argparse
import collections
import random
import re
import subprocess
import sys
import uuid

from faker import Faker

LOCALES = [
    "en_GB", "en_IE", "de_DE", "de_AT", "fr_FR", "fr_BE", "es_ES", "it_IT", "nl_NL", "pl_PL",
    "pt_PT", "sv_SE", "da_DK", "fi_FI", "cs_CZ", "sk_SK", "ro_RO", "hu_HU", "el_GR", "hr_HR",
    "sl_SI", "lt_LT", "lv_LV", "bg_BG", "tr_TR",
]

# {first} {last} {name} {phone} {email} {iban} {card} {ip} {uuid} {n} {ts} {title}
TEMPLATES = {
    "en": [
        "{ts} INFO dialer: outbound call to {phone} for {name} connected (agent={n}, src={ip}, call={uuid})",
        "{ts} WARN crm-sync: contact {uuid} updated, display name \"{name}\", mobile {phone}",
        'ts={ts} level=info msg="callback booked" customer_name="{name}" callback_number="{phone}" client_ip={ip}',
        '{{"ts":"{ts}","level":"info","event":"caller_identified","caller":{{"fullName":"{name}","msisdn":"{phone}"}},"session":"{uuid}","ip":"{ip}"}}',
        "{ts} INFO survey: GET /s/feedback?rid={uuid}&first={first}&last={last}&tel={phone} from {ip}",
        "{ts} DEBUG chat[{uuid}]: customer wrote: \"hi, it's {first} {last} here, you can reach me on {phone}\"",
        "{ts} INFO agent {n} greeted caller: \"Good afternoon {title} {last}, how can I help?\"",
        "{ts} ERROR billing: card {card} declined for account holder {name} (ip {ip})",
        "{ts} INFO mailer: confirmation sent to {email} for ticket {n}",
        "{ts} INFO refund: payout to IBAN {iban} requested by {name}",
        "{ts} NOTICE ivr: caller {phone} said their name is {first} {last}",
        "{ts} INFO crm: note added by agent {n}: spoke with {name} regarding the invoice, will call back at {phone}",
    ],
    "de": [
        "{ts} INFO Rückruf für {title} {last} unter {phone} angelegt (Anruf {uuid}, Quelle {ip})",
        "{ts} WARN Kunde {name} hat um Löschung seiner Daten gebeten, Telefon: {phone}",
        "{ts} INFO Anrufer {first} {last} wurde an Warteschlange {n} weitergeleitet",
    ],
    "fr": [
        "{ts} INFO Appel entrant de {title} {last} au {phone} (session {uuid})",
        "{ts} INFO Le client {name} demande un rappel au {phone}",
        "{ts} WARN Échec de l'envoi du SMS à {phone} pour {first} {last}",
    ],
    "es": [
        "{ts} INFO Llamada de {name} desde el {phone} asignada al agente {n}",
        "{ts} INFO El cliente {first} {last} solicitó una devolución de llamada",
    ],
    "it": [
        "{ts} INFO Chiamata in arrivo da {name}, numero {phone}, coda {n}",
        "{ts} INFO Il cliente {title} {last} ha chiesto di essere richiamato",
    ],
    "nl": [
        "{ts} INFO Terugbelverzoek van {name} op {phone} (ip {ip})",
        "{ts} INFO Klant {first} {last} heeft gebeld over factuur {n}",
    ],
    "pl": [
        "{ts} INFO Połączenie od {name}, tel. {phone}, kolejka {n}",
        "{ts} INFO Klient {first} {last} poprosił o kontakt",
    ],
    "pt": ["{ts} INFO Chamada de {name} para o número {phone} encaminhada"],
    "sv": ["{ts} INFO Samtal från {name} på {phone} kopplat till agent {n}"],
    "da": ["{ts} INFO Opkald fra {name} på {phone} stillet videre"],
    "fi": ["{ts} INFO Soitto asiakkaalta {name} numerosta {phone}"],
    "cs": ["{ts} INFO Hovor od zákazníka {name}, telefon {phone}"],
    "ro": ["{ts} INFO Apel de la clientul {name}, telefon {phone}"],
    "hu": ["{ts} INFO Hívás {name} ügyféltől, telefonszám: {phone}"],
    "el": ["{ts} INFO Κλήση από τον πελάτη {name} στο {phone}"],
    "tr": ["{ts} INFO Müşteri {name} aradı, telefon {phone}"],
}
TITLES = {
    "en": ["Mr", "Mrs", "Ms", "Dr", "Mr.", "Ms."],
    "de": ["Herrn", "Frau", "Dr."],
    "fr": ["M.", "Mme", "Madame", "Monsieur"],
    "it": ["Sig.", "Sig.ra", "signor", "signora"],
}

# PII-free lines of the same shapes: nothing here may change.
CLEAN = [
    "{ts} INFO dialer: outbound campaign {n} paused by supervisor (src={ip}, run={uuid})",
    'ts={ts} level=info msg="queue stats" queue="Sales Berlin" waiting={n} client_ip={ip}',
    '{{"ts":"{ts}","level":"info","event":"call_ended","reason":"Normal Clearing","session":"{uuid}","ip":"{ip}"}}',
    "{ts} INFO survey: GET /s/feedback?rid={uuid}&lang=de&step=2 from {ip}",
    "{ts} INFO Rückruf geplant für Warteschlange Kundendienst Nord (Anruf {uuid})",
    "{ts} INFO Appel terminé, durée {n} s, file Service Client Paris",
    "{ts} WARN Retry {n} of 5 for webhook https://hooks.example.com/v1/events (source {ip})",
    "{ts} INFO Agent status changed to Available after Wrap Up (agent={n})",
]

SYLLABLES = ["ka", "lo", "mer", "vi", "dan", "ris", "to", "bel", "nor", "sa", "qui", "zel", "tha", "mon", "rek"]


def invented(rng):
    """A capitalised name no list holds (checked against nothing: the
    syllables make real words unlikely, and a hit would only flatter us)."""
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def fill(rng, fakers, loc, template, unknown):
    f = fakers[loc]
    lang = loc[:2]
    first, last = (invented(rng), invented(rng)) if unknown else (f.first_name(), f.last_name())
    vals = {
        "first": first,
        "last": last,
        "name": f"{first} {last}",
        "title": rng.choice(TITLES.get(lang, TITLES["en"])),
        "phone": f.phone_number(),
        "email": f.email(),
        "iban": f.iban(),
        "card": f.credit_card_number(),
        "ip": f"{rng.randint(10, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "n": str(rng.randint(1, 9999)),
        "ts": f"2026-11-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z",
    }
    line = template.format(**vals)
    used = set(re.findall(r"\{(\w+)\}", template))
    if "name" in used:
        used |= {"first", "last"}
    pii = [(k, vals[k]) for k in ("first", "last", "phone", "email", "iban", "card") if k in used]
    keep = [(k, vals[k]) for k in ("ip", "uuid") if k in used]
    return line, pii, keep


def leaked(kind, value, out):
    if kind in ("first", "last"):
        return re.search(r"(?<!\w)" + re.escape(value) + r"(?!\w)", out) is not None
    if kind == "phone":
        digits = re.sub(r"\D", "", value.split("x")[0])
        return value in out or digits in re.sub(r"[^\d]", "", out)
    return value in out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cmd", required=True, help="stdin -> stdout filter to probe")
    ap.add_argument("--lines", type=int, default=6000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=0, help="print up to N leaking lines")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    fakers = {}
    for loc in LOCALES:
        fakers[loc] = Faker(loc)
        fakers[loc].seed_instance(args.seed)
    records = []
    for i in range(args.lines):
        loc = rng.choice(LOCALES)
        if i % 5 == 4:
            records.append((loc, "clean", rng.choice(CLEAN)) + fill(rng, fakers, loc, rng.choice(CLEAN), False))
            continue
        lang = loc[:2] if loc[:2] in TEMPLATES and rng.random() < 0.5 else "en"
        unknown = rng.random() < 0.2
        tpl = rng.choice(TEMPLATES[lang])
        records.append((loc, "unknown" if unknown else lang, tpl) + fill(rng, fakers, loc, tpl, unknown))

    text = "".join(r[3] + "\n" for r in records)
    proc = subprocess.run(args.cmd, shell=True, input=text.encode(), capture_output=True)
    if proc.returncode != 0:
        sys.exit(f"command failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[-400:]}")
    outs = proc.stdout.decode(errors="replace").split("\n")[: len(records)]
    if len(outs) != len(records):
        sys.exit(f"line count differs: {len(records)} in, {len(outs)} out")

    total, leaks = collections.Counter(), collections.Counter()
    by_loc, by_loc_total = collections.Counter(), collections.Counter()
    kept, kept_total, clean_changed, clean_total = 0, 0, 0, 0
    shown = 0
    for (loc, group, tpl, line, pii, keep), out in zip(records, outs):
        if group == "clean":
            clean_total += 1
            clean_changed += out != line
            if out != line and shown < args.show:
                print(f"CHANGED [{loc}] {line}\n     -> {out}")
                shown += 1
        for kind, value in pii:
            key = ("name" if kind in ("first", "last") else kind, group if kind in ("first", "last") else "")
            total[key] += 1
            by_loc_total[loc] += 1
            if leaked(kind, value, out):
                leaks[key] += 1
                by_loc[loc] += 1
                if shown < args.show:
                    print(f"LEAK {kind}={value!r} [{loc}] {out}")
                    shown += 1
        for _, value in keep:
            kept_total += 1
            kept += value in out

    print(f"{'kind':22} {'leaked':>8} {'of':>7} {'rate':>7}")
    for key in sorted(total):
        name = key[0] + (f" ({key[1]})" if key[1] else "")
        print(f"{name:22} {leaks[key]:8} {total[key]:7} {100 * leaks[key] / total[key]:6.2f}%")
    print(f"{'all PII':22} {sum(leaks.values()):8} {sum(total.values()):7} "
          f"{100 * sum(leaks.values()) / sum(total.values()):6.2f}%")
    print(f"IPs/UUIDs kept: {kept}/{kept_total} ({100 * kept / kept_total:.2f}%)")
    print(f"PII-free lines changed: {clean_changed}/{clean_total} ({100 * clean_changed / clean_total:.2f}%)")
    worst = sorted(by_loc_total, key=lambda l: -by_loc[l] / by_loc_total[l])[:8]
    print("worst locales: " + ", ".join(f"{l} {100 * by_loc[l] / by_loc_total[l]:.1f}%" for l in worst))


if __name__ == "__main__":
    main()
