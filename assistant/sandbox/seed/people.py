"""Invented people and companies for the sandbox seed (no real personal data).

Every name, address, phone number, VAT id and IBAN below is made up.  E-mail
domains use the reserved ``.example`` TLD; IBANs have valid MOD-97 check digits
(so redaction recognisers that validate them still fire) but random bank codes;
UK numbers use Ofcom's drama range.
"""

from __future__ import annotations

import random
import string
import unicodedata
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    phone_fmt: str  # "#" = random digit
    iban_bban: str  # "9" digit, "A" upper letter, "X" alnum
    vat_fmt: str
    city_zip: tuple[tuple[str, str], ...]
    streets: tuple[str, ...]
    street_first: bool = False  # "12 High Street" vs "Hauptstraße 12"


COUNTRIES: dict[str, Country] = {
    c.code: c
    for c in (
        Country(
            "BE",
            "Belgium",
            "+32 # ### ## ##",
            "999999999999",
            "BE0#########",
            (("1000", "Brussels"), ("9000", "Ghent"), ("2000", "Antwerpen")),
            ("Rue des Tanneurs", "Kortrijksesteenweg", "Avenue Louise-Marie"),
        ),
        Country(
            "DE",
            "Germany",
            "+49 40 #### ####",
            "999999999999999999",
            "DE#########",
            (("20095", "Hamburg"), ("50667", "Köln"), ("80331", "München")),
            ("Speicherstraße", "Lindenallee", "Am Kaiserkai"),
        ),
        Country(
            "FR",
            "France",
            "+33 4 ## ## ## ##",
            "9999999999XXXXXXXXXXX99",
            "FR##9########",
            (("69002", "Lyon"), ("33000", "Bordeaux"), ("75011", "Paris")),
            ("rue des Capucins", "quai Saint-Vincent", "avenue des Tilleuls"),
            street_first=True,
        ),
        Country(
            "ES",
            "Spain",
            "+34 96# ### ###",
            "99999999999999999999",
            "ESB########",
            (("46001", "Valencia"), ("28004", "Madrid"), ("41001", "Sevilla")),
            ("Calle de la Paz", "Avenida del Puerto", "Calle Colón"),
        ),
        Country(
            "NL",
            "Netherlands",
            "+31 30 ### ####",
            "AAAA9999999999",
            "NL#########B01",
            (("3511", "Utrecht"), ("1015", "Amsterdam"), ("2511", "Den Haag")),
            ("Oudegracht", "Keizersgracht", "Lange Voorhout"),
        ),
        Country(
            "CH",
            "Switzerland",
            "+41 44 ### ## ##",
            "99999XXXXXXXXXXXX",
            "CHE-###.###.### MWST",
            (("8001", "Zürich"), ("3011", "Bern"), ("4051", "Basel")),
            ("Bahnhofstrasse", "Seefeldstrasse", "Spalenberg"),
        ),
        Country(
            "NO",
            "Norway",
            "+47 55 ## ## ##",
            "99999999999",
            "NO#########MVA",
            (("5003", "Bergen"), ("0150", "Oslo"), ("7011", "Trondheim")),
            ("Bryggen", "Strandgaten", "Kongens gate"),
        ),
        Country(
            "GB",
            "United Kingdom",
            "+44 113 496 0###",
            "AAAA99999999999999",
            "GB#########",
            (("LS1 4AP", "Leeds"), ("M1 1AE", "Manchester"), ("BS1 4DJ", "Bristol")),
            ("Park Row", "Wellington Street", "Queen Square"),
            street_first=True,
        ),
        Country(
            "IT",
            "Italy",
            "+39 02 #### ####",
            "A9999999999XXXXXXXXXXXX",
            "IT###########",
            (("20121", "Milano"), ("10121", "Torino"), ("40121", "Bologna")),
            ("Via Solferino", "Corso Magenta", "Via dei Mille"),
        ),
        Country(
            "PL",
            "Poland",
            "+48 12 ### ## ##",
            "999999999999999999999999",
            "PL##########",
            (("31-007", "Kraków"), ("00-001", "Warszawa"), ("50-001", "Wrocław")),
            ("ulica Floriańska", "ulica Długa", "aleja Róż"),
        ),
    )
}


@dataclass(frozen=True)
class Client:
    name: str
    country: str
    domain: str
    industry: str
    contacts: tuple[tuple[str, str], ...]  # (name, job title)


CLIENTS: tuple[Client, ...] = (
    Client(
        "Brightwater Logistics GmbH",
        "DE",
        "brightwater-logistics.example",
        "logistics",
        (("Katrin Müller", "Head of Operations"), ("Jürgen Hoffmann", "CFO")),
    ),
    Client(
        "Maison Lefort SAS",
        "FR",
        "maison-lefort.example",
        "retail",
        (("Amélie Rousseau", "Directrice Marketing"), ("François Girard", "Directeur Général")),
    ),
    Client(
        "Costa Azul Hoteles S.L.",
        "ES",
        "costa-azul-hoteles.example",
        "hospitality",
        (("José Martínez", "Revenue Manager"), ("Lucía Fernández", "Directora Financiera")),
    ),
    Client(
        "Van der Berg Installaties B.V.",
        "NL",
        "vdberg-installaties.example",
        "engineering",
        (("Sanne van der Berg", "Managing Director"), ("Joris Bakker", "IT Lead")),
    ),
    Client(
        "Nordlys Energi AS",
        "NO",
        "nordlys-energi.example",
        "energy",
        (("Ingrid Solberg", "Sustainability Director"), ("Øyvind Haugen", "Controller")),
    ),
    Client(
        "Greenfield Dental Group Ltd",
        "GB",
        "greenfield-dental.example",
        "healthcare",
        (
            ("Olivia Hughes", "Practice Director"),
            ("Rajesh Patel", "Finance Manager"),
            ("Siobhan O'Neill", "Office Manager"),
        ),
    ),
    Client("Studio Fiore S.r.l.", "IT", "studiofiore.example", "design", (("Giulia Ricci", "Art Director"),)),
    Client(
        "Alpenrose Feinmechanik AG",
        "CH",
        "alpenrose-feinmechanik.example",
        "manufacturing",
        (("Reto Brunner", "COO"), ("Claudia Käser", "HR Business Partner")),
    ),
    Client(
        "Kowalski i Synowie Sp. z o.o.",
        "PL",
        "kowalski-synowie.example",
        "construction",
        (("Agnieszka Nowak", "Project Director"), ("Tomasz Wiśniewski", "Procurement")),
    ),
    Client(
        "Atelier Brabant BV",
        "BE",
        "atelier-brabant.example",
        "architecture",
        (("Wout Peeters", "Partner"), ("Elise Claes", "Office Coordinator")),
    ),
)

SUPPLIERS: tuple[Client, ...] = (
    Client(
        "Cloudnine Hosting Ltd",
        "GB",
        "cloudnine-hosting.example",
        "it",
        (("Mark Ellison", "Account Manager"),),
    ),
    Client(
        "Papeterie Delvaux SRL", "BE", "papeterie-delvaux.example", "office", (("Nadia Delvaux", "Owner"),)
    ),
    Client(
        "Reisebüro Sonnenschein GmbH",
        "DE",
        "reisebuero-sonnenschein.example",
        "travel",
        (("Heike Brandt", "Travel Consultant"),),
    ),
)

#: the firm's staff: (name, job title, department, hourly cost, has a user account)
EMPLOYEES: tuple[tuple[str, str, str, float, bool], ...] = (
    ("Hannah Berger", "Managing Partner", "Management", 120.0, True),
    ("Lucas Moreau", "Senior Consultant", "Consulting", 85.0, True),
    ("Sofia Navarro", "Project Manager", "Delivery", 80.0, True),
    ("Pieter de Vries", "Principal Consultant", "Consulting", 95.0, True),
    ("Emma Schulz", "Consultant", "Consulting", 60.0, False),
    ("Julien Lefèvre", "Data Analyst", "Delivery", 55.0, False),
    ("Marta Kowalczyk", "Business Analyst", "Delivery", 58.0, True),
    ("Jonas Eriksson", "Consultant", "Consulting", 62.0, False),
    ("Chloé Dubois", "Junior Consultant", "Consulting", 45.0, False),
    ("Tomás García", "Solution Architect", "Delivery", 90.0, False),
    ("Anouk Jansen", "Finance & Office Manager", "Finance & Administration", 50.0, False),
    ("Felix Wagner", "Consultant", "Consulting", 64.0, False),
)

FIRST_NAMES = (
    "Mila",
    "Noah",
    "Lea",
    "Elias",
    "Inès",
    "Hugo",
    "Sara",
    "Liam",
    "Nora",
    "Matteo",
    "Zoé",
    "Emil",
    "Alba",
    "Finn",
    "Ilse",
    "Bram",
    "Greta",
    "Pablo",
    "Maren",
    "Oskar",
)
LAST_NAMES = (
    "Vermeulen",
    "Keller",
    "Martin",
    "Lindqvist",
    "Romero",
    "Bianchi",
    "Novak",
    "Fischer",
    "Dupont",
    "Hansen",
    "Janssens",
    "Moreno",
    "Visser",
    "Weber",
    "Costa",
    "Larsen",
)


def ascii_slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("Ø", "O").replace("ł", "l"))
    clean = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return "".join(c if c.isalnum() else "." for c in clean).strip(".").replace("..", ".")


def fill(rng: random.Random, pattern: str) -> str:
    return "".join(str(rng.randint(0, 9)) if c == "#" else c for c in pattern)


def iban(rng: random.Random, country: str) -> str:
    """A random IBAN with valid check digits, formatted in groups of four."""
    bban = "".join(
        str(rng.randint(0, 9))
        if c == "9"
        else rng.choice(string.ascii_uppercase)
        if c == "A"
        else rng.choice(string.digits + string.ascii_uppercase)
        for c in COUNTRIES[country].iban_bban
    )
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(numeric) % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


@dataclass
class Address:
    street: str
    zip: str
    city: str
    country: str
    extra: dict[str, str] = field(default_factory=dict)

    def oneline(self) -> str:
        return f"{self.street}, {self.zip} {self.city}"


def address(rng: random.Random, country: str) -> Address:
    c = COUNTRIES[country]
    number = rng.randint(2, 148)
    street_name = rng.choice(c.streets)
    street = f"{number} {street_name}" if c.street_first else f"{street_name} {number}"
    zip_code, city = rng.choice(c.city_zip)
    return Address(street, zip_code, city, country)
