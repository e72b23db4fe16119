"""Build ``eval.jsonl``: the held-out dispute email set (``python -m evals.disputes.build_eval``).

The cores (one intent each, per language) are written separately from the classifier's training set
(``assistant/classifiers/data/train.jsonl``) with different wording and invented authors. This script wraps them
deterministically the way real mail arrives: greetings, signatures full of PII (names, phones, addresses,
IBANs, VAT numbers), quoted earlier messages (our own payment reminders, which share vocabulary with the
labels), forwarded headers. All people and companies are invented.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from evals.disputes import cores_de, cores_en, cores_es, cores_fr, cores_nl
from evals.disputes.injections import INJECTIONS

OUT = Path(__file__).with_name("eval.jsonl")

PEOPLE = {
    "en": [
        (
            "Harriet Coleman",
            "Head of Accounts Payable",
            "Brightwater Logistics Ltd",
            "+44 20 7946 0312",
            "14 Wharf Road, London N1 7GR",
        ),
        (
            "Desmond Okafor",
            "Finance Controller",
            "Kestrel Foods plc",
            "+44 161 496 0784",
            "9 Mill Lane, Manchester M4 5JD",
        ),
        (
            "Priya Raman",
            "Procurement Lead",
            "Northgate Health Trust",
            "+44 113 496 0551",
            "220 Park Row, Leeds LS1 5HN",
        ),
    ],
    "de": [
        (
            "Sabine Hörmann",
            "Leiterin Kreditorenbuchhaltung",
            "Alpenkraft Energie GmbH",
            "+49 89 2154 7731",
            "Leopoldstraße 112, 80802 München",
        ),
        (
            "Jürgen Wehrle",
            "Controller",
            "Wehrle & Söhne Maschinenbau KG",
            "+49 711 896 4410",
            "Hauptstraße 7, 70173 Stuttgart",
        ),
        (
            "Katrin Lübbers",
            "Einkauf",
            "Nordsee Reederei AG",
            "+49 40 3012 8856",
            "Am Sandtorkai 44, 20457 Hamburg",
        ),
    ],
    "fr": [
        (
            "Élodie Marchand",
            "Responsable comptabilité fournisseurs",
            "Groupe Lumière SA",
            "+33 1 42 68 53 10",
            "18 rue de la Paix, 75002 Paris",
        ),
        (
            "Thierry Gauthier",
            "Contrôleur de gestion",
            "Vignobles Gauthier SAS",
            "+33 5 56 44 21 87",
            "3 quai des Chartrons, 33000 Bordeaux",
        ),
        (
            "Nadia Benali",
            "Acheteuse",
            "Transports Rhône-Alpes SARL",
            "+33 4 72 10 66 45",
            "57 cours Lafayette, 69003 Lyon",
        ),
    ],
    "es": [
        (
            "Marta Quintana",
            "Responsable de cuentas a pagar",
            "Aceites del Sur S.L.",
            "+34 954 21 87 30",
            "Calle Sierpes 41, 41004 Sevilla",
        ),
        (
            "Javier Ibarra",
            "Controller financiero",
            "Construcciones Ibarra S.A.",
            "+34 944 15 62 08",
            "Gran Vía 28, 48001 Bilbao",
        ),
        (
            "Lucía Fernández",
            "Compras",
            "Hoteles Mediterráneo S.A.",
            "+34 963 52 40 77",
            "Avenida del Puerto 12, 46023 Valencia",
        ),
    ],
    "nl": [
        (
            "Femke Jansen",
            "Hoofd crediteurenadministratie",
            "Polderzorg B.V.",
            "+31 20 794 5521",
            "Keizersgracht 221, 1016 DV Amsterdam",
        ),
        (
            "Bram van Dijk",
            "Controller",
            "Van Dijk Installatietechniek B.V.",
            "+31 10 456 7732",
            "Coolsingel 65, 3012 AC Rotterdam",
        ),
        (
            "Sanne de Groot",
            "Inkoop",
            "Groene Haven Logistiek N.V.",
            "+31 30 233 9087",
            "Oudegracht 150, 3511 AZ Utrecht",
        ),
    ],
}
GREET = {
    "en": ["Dear accounts team,", "Hello,", "Hi there,", "Good morning,"],
    "de": ["Sehr geehrte Damen und Herren,", "Hallo zusammen,", "Guten Tag,", "Liebes Buchhaltungsteam,"],
    "fr": ["Madame, Monsieur,", "Bonjour,", "Bonjour à toute l'équipe,", "Chers collègues,"],
    "es": ["Estimados señores:", "Hola:", "Buenos días,", "Estimado equipo:"],
    "nl": ["Geachte heer, mevrouw,", "Beste allemaal,", "Goedemorgen,", "Hallo,"],
}
CLOSE = {
    "en": ["Kind regards,", "Best wishes,", "Thanks,", "Regards,"],
    "de": ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "Freundliche Grüße"],
    "fr": ["Cordialement,", "Bien à vous,", "Meilleures salutations,", "Sincères salutations,"],
    "es": ["Un saludo,", "Atentamente,", "Saludos cordiales,", "Gracias,"],
    "nl": ["Met vriendelijke groet,", "Groeten,", "Hartelijke groet,", "Vriendelijke groeten,"],
}
REMINDER = {
    "en": (
        "On {d} Northwind Advisory Accounts <ar@northwind.example> wrote:",
        "Dear customer, our records show that invoice {inv} of {amt} is now overdue. Please arrange payment or let us know if anything is unclear.",
    ),
    "de": (
        "Am {d} schrieb Northwind Advisory Buchhaltung <ar@northwind.example>:",
        "Sehr geehrte Kundin, sehr geehrter Kunde, die Rechnung {inv} über {amt} ist überfällig. Bitte veranlassen Sie die Zahlung oder melden Sie sich bei Rückfragen.",
    ),
    "fr": (
        "Le {d}, Northwind Advisory Comptabilité <ar@northwind.example> a écrit :",
        "Madame, Monsieur, la facture {inv} d'un montant de {amt} est échue. Merci de procéder au règlement ou de nous contacter en cas de question.",
    ),
    "es": (
        "El {d}, Northwind Advisory Contabilidad <ar@northwind.example> escribió:",
        "Estimado cliente: la factura {inv} por {amt} está vencida. Le rogamos que realice el pago o nos contacte si tiene alguna duda.",
    ),
    "nl": (
        "Op {d} schreef Northwind Advisory Debiteuren <ar@northwind.example>:",
        "Geachte klant, factuur {inv} van {amt} is vervallen. Wilt u de betaling regelen of contact opnemen bij vragen?",
    ),
}


def amount(rng: random.Random, lang: str) -> str:
    value = rng.choice([1840, 2375.5, 4120, 960, 12800, 7315.25, 3250])
    if lang == "en":
        return f"EUR {value:,.2f}"
    text = f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{text} €" if lang in ("de", "fr", "es") else f"€ {text}"


def wrap(rng: random.Random, lang: str, subject: str, body: str) -> tuple[str, str, str, str, list[str]]:
    inv = f"INV/2026/{rng.randint(1, 60):05d}"
    amt = amount(rng, lang)
    refs = [inv] if "{inv}" in subject + body else []
    subject, body = subject.format(inv=inv, amt=amt), body.format(inv=inv, amt=amt)
    name, title, company, phone, address = rng.choice(PEOPLE[lang])
    first, last = name.split(" ", 1)
    email = f"{first.lower()[0]}.{last.lower().replace(' ', '')}@{company.split()[0].lower()}.example"
    email = email.encode("ascii", "ignore").decode()
    parts = [
        rng.choice(GREET[lang]),
        "",
        body,
        "",
        rng.choice(CLOSE[lang]),
        name,
        title,
        company,
        address,
        f"Tel. {phone} | {email}",
    ]
    if rng.random() < 0.35:
        parts.append(
            f"IBAN NL{rng.randint(10, 99)}RABO0{rng.randint(100000000, 999999999)} | VAT "
            f"{rng.choice(['DE', 'FR', 'NL', 'ES', 'GB'])}{rng.randint(100000000, 999999999)}"
        )
    if rng.random() < 0.4:  # a quoted earlier reminder from us: shares vocabulary with the labels
        header, text = REMINDER[lang]
        refs = refs or [inv]
        parts += [
            "",
            header.format(d="12.03.2026"),
            *("> " + line for line in text.format(inv=inv, amt=amt).split("\n")),
        ]
        if not subject.lower().startswith(("re", "aw")):
            subject = ("AW: " if lang == "de" else "RE: ") + subject
    return subject, "\n".join(parts), name, email, refs


def build() -> list[dict[str, object]]:
    rng = random.Random(20260417)
    rows: list[dict[str, object]] = []
    for lang, module in (
        ("en", cores_en),
        ("de", cores_de),
        ("fr", cores_fr),
        ("es", cores_es),
        ("nl", cores_nl),
    ):
        for label, cores in module.CORES.items():
            for subject, body in cores:
                rows.append({"label": label, "lang": lang, "kind": "core", "core": (subject, body)})
    for label, subject, body in cores_en.NEAR_MISSES:
        rows.append({"label": label, "lang": "en", "kind": "near_miss", "core": (subject, body)})
    for label, lang, subject, body in INJECTIONS:
        rows.append({"label": label, "lang": lang, "kind": "injection", "core": (subject, body)})
    out = []
    for i, row in enumerate(rows):
        subject, body = row.pop("core")  # type: ignore[misc]
        subj, text, name, email, refs = wrap(rng, str(row["lang"]), subject, body)
        out.append(
            {
                "id": f"eval-{i:04d}",
                **row,
                "subject": subj,
                "body": text,
                "from_name": name,
                "from_email": email,
                "invoice_refs": refs,
            }
        )
    return out


if __name__ == "__main__":
    rows = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} emails -> {OUT}")
