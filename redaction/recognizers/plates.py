"""Private cars' number plates: after a word that names the plate or the car, or of a shape no other number has.

A plate is personal data when the car is a person's own ("own car KDG 418M", "voiture perso 1-KPT-482",
"eigener PKW L-KN 2207", "matrícula 1234 BCD", "kenteken 12-ABC-3"); a fleet's or a client's plates are
written the same way and treated the same. The national-id recognizer yields what this finds.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

# Car makes that name the car before its plate (one list for the pattern and for the cheap test before it)
_MAKES = (
    "toyota",
    "volvo",
    "renault",
    "peugeot",
    "citroen",
    "citroën",
    "volkswagen",
    "vw",
    "skoda",
    "škoda",
    "opel",
    "ford",
    "nissan",
    "honda",
    "hyundai",
    "kia",
    "mazda",
    "seat",
    "fiat",
    "dacia",
    "audi",
    "bmw",
    "mercedes",
    "tesla",
    "suzuki",
    "mitsubishi",
    "subaru",
    "chevrolet",
    "isuzu",
)
# A private car's number plate after its word ("matrícula 1234 BCD", "placa ABC-123", "Kennzeichen M-AB 1234",
# "kenteken 12-ABC-3", "plaque AB-123-CD", "reg. no. KX19 ABC")
_PLATE = regex.compile(
    r"(?<![\p{L}])(?i:matr[íi]cula|placas?|patente|kenteken|kennzeichen|kennz\.|nummernschild|plaque|"
    r"(?:number|licen[cs]e|registration|reg\.?|car|(?-i:[A-Z]{2}|\p{Lu}\p{Ll}+))[ \t]+plate|reg(?:istration)?\.?[ \t]+(?:no\.?|number|nr\.?)|"
    # the car itself, private ("own car KDG 418M", "voiture perso 1-KPT-482", "eigener PKW L-KN 2207", "reg LKQ482")
    r"reg\.?|(?:own|private|personal)[ \t]+(?:car|vehicle|truck|van|bike)|(?:voiture|véhicule|vehicule)[ \t]+perso(?:nnel(?:le)?)?|"
    r"priv(?:[ée]|at)auto|eigen[ \t]+(?:auto|wagen)|(?:eigene[rnms]?|private[rnms]?)[ \t]+(?:PKW|Pkw|Auto|Wagen)|"
    # Paraguay's and Uruguay's "chapa", a German "fährt privat (GU 417 BH)"
    r"chapa|dominio|(?<=f(?:ä|ae)hrt[ \t]+)privat|"
    r"(?:carro|coche|auto)[ \t]+propio|"
    # the car named by itself ("véhicule immatriculé GH-417-KP", "coche 4821 LKM", "targa FN 482 KL", "rego 482 XJB",
    # "car (ALE 4417)", "Fahrzeug des Bewohners VK 2317", "privat PKW S-IK 7203")
    r"v[ée]hicule(?:[ \t]+immatricul[ée]e?)?|immatricul[ée]e?|vehicle|coche|carro|targa|rego|car|voiture|tablilla|"
    # a company car, a van, a truck or a model by its name ("Firmenwagen M-KS 4471", "Sprinter HH-JV 2417", "de Caddy
    # ZH 284 517", "mit dem Auto (BS 41 873)", "the Isuzu truck UBJ 482K", "camion 4512 HJ 01", "plate CKTV 882"; not
    # "company plate 123 ZQF", a fleet's)
    r"firmenwagen|dienstwagen|lieferwagen|transporter|sprinter|caddy|transit|polo|camion|camionnette|truck|lorry|"
    r"bakkie|auto|(?<!company[ \t])plate|"
    # Switzerland's plate word ("Kontrollschild: ZH 481 927"), a car by its make, maybe with its model ("the father's
    # car (Toyota Highlander, KJA 417 DE)", "de nieuwe Volvo (2-AFT-917)")
    r"kontrollschild|(?:" + "|".join(_MAKES) + r")"
    r"(?:[ \t]+(?-i:\p{Lu}[\p{L}\d-]*|\d{1,3}))?|"
    r"moto|fahrzeug"
    r"(?:[ \t]+de[sr][ \t]+\p{L}+)?|pkw|kfz)"
    r"(?:[ \t]*\([^()\n]{1,30}\))?"  # "Véhicule perso (parking Compans) : GH-417-RZ"
    # whose car it is ("privéauto van Bakker (GZ-418-K)", "Kennzeichen von Luís (F-LS 4471)")
    r"(?:[ \t]+(?i:van|von|de|des|du|of|del)[ \t]+\p{Lu}[\p{L}\p{M}'’-]+(?=[ \t]*[(:]))?"
    r"(?![\p{L}])(?:,?[ \t]+(?i:del?|du|van|des|von|of|the|my|his|her|su|el|la|coche|auto|carro|vehículo|vehiculo|"
    # (a filler word is a whole word: "DE68 PXF" is a plate, not "de" and "68 PXF")
    r"wagens?|voiture|car|n[º°o]\.?|nr\.?|no\.?|is|es|est|ist|personal|particular|"
    # now, since a change ("Kennzeichen ist jetzt M-LK 2290", "the reg is now KX21 BFD", "kenteken is nu ...")
    r"jetzt|now|nu|maintenant|désormais|ahora|aktuell|currently|momenteel)(?![\p{L}\d])){0,3},?[ \t]*(?:[:#(]|[–—-](?=[ \t]))?[ \t]*"
    r"(?P<plate>(?=[A-Z0-9 -]{5,12}(?![A-Z0-9]))(?=[A-Z -]*\d)(?=[0-9 -]*[A-Z])[A-Z0-9]{1,4}(?:[ -]?[A-Z0-9]{1,4}){1,3})"
    r"(?![\w-])"
)
# ... and in lower case, as typed on a phone ("car is yx21 bfo", "la plaque fg 219 lm", "Kennzeichen b-hl 2891",
# "kenteken 52-xkt-7"): only of a country's own shape (Britain's, France's, Germany's, the Netherlands', Spain's),
# not any run of letters and digits ("car is 2 years old")
_PLATE_LOWER = regex.compile(
    _PLATE.pattern[: _PLATE.pattern.index("(?P<plate>")]
    + r"(?P<plate>[a-z]{2}\d{2}[ ]?[a-z]{3}|[a-z]{2}[- ]\d{3}[- ][a-z]{2}|[a-zäöü]{1,3}-[a-z]{1,2}[ ]?\d{1,4}|"
    r"\d{1,3}-[a-z]{2,3}-\d{1,3}|[a-z]{1,3}-\d{1,3}-[a-z]{1,3}|\d{4}[ -]?[bcdfghjklmnprstvwxyz]{3})(?![\w-])"
)
# Plates of a shape no other number has (France's "FZ-219-QM", Belgium's "1-KPT-482"), on a line that names the car
# earlier ("Véhicule perso, pour le badge du parking : Twingo, FZ-219-QM", "Kilométrique | ... Peugeot 208 perso
# EF-207-RA")
_PLATE_SHAPE = regex.compile(
    r"(?<![\w-])(?:[A-HJ-NP-TV-Z]{2}-\d{3}-[A-HJ-NP-TV-Z]{2}|[1-9]-[A-Z]{3}-\d{3})(?![\w-])"
)
# A Dutch plate of the sidecodes since 1999 (a group of one, consonants only: "K-231-XS", "GZ-418-K", "5-TKL-02"),
# a shape no other Dutch number has; read in Dutch text anywhere
_NL_SIDECODE = regex.compile(
    r"(?<![\w-])(?=[A-Z0-9-]{8}(?![\w-]))(?:[BDFGHJKLNPRSTVXZ]{1,3}-\d{1,3}-[BDFGHJKLNPRSTVXZ]{1,3}|"
    r"\d{1,3}-[BDFGHJKLNPRSTVXZ]{2,3}-\d{1,3})(?![\w-])"
)
# Plates of a shape no other number of the language has, read in its text anywhere: France's since 2009
# ("FZ-219-QM", no I, O or U), Spain's since 2000 ("1234 BCD", consonants only), Belgium's ("1-KPT-482")
_LANG_SHAPES = {
    "fr": _PLATE_SHAPE,
    "es": regex.compile(r"(?<![\w-])(?!(?:19|20)\d\d)\d{4}[ -]?[BCDFGHJKLMNPRSTVWXYZ]{3}(?![\w-])"),
    "nl": regex.compile(r"(?<![\w-])[1-9]-[A-Z]{3}-\d{3}(?![\w-])"),
    # Britain's since 2001 ("LK19 HXT"): two letters, the age's two digits, a space, three letters; a postcode's
    # second half is a digit and two letters ("SW4 6JB"), so no postcode has it
    "en": regex.compile(r"(?<![\w-])[A-HJ-PR-Y][A-HJ-PR-Y](?:0[1-9]|[1-7]\d) [A-HJ-PR-Z]{3}(?![\w-])"),
}
# Switzerland's: the canton's two letters, then up to six digits in two groups ("ZH 418 227", "GE 90 331"), in a text
# about plates only
_SWISS_PLATE = regex.compile(
    r"(?<![\w-])(?:AG|AI|AR|BE|BL|BS|FR|GE|GL|GR|JU|LU|NE|NW|OW|SG|SH|SO|SZ|TG|TI|UR|VD|VS|ZG|ZH)[ \t]\d{1,3}[ \t']\d{3}"
    r"(?![\w-]|[.,]\d)"
)
# A document's reference word right before a number of a plate's shape ("Réf. dossier AB-123-CD", "factuur
# 2-ABC-123"): the number is the document's (not a noun after its article: "staat in het dossier: K-231-XS")
_REFERENCE_BEFORE = regex.compile(
    r"(?<!(?i:het|de|le|la|the|el|den|dem|das)[ \t])(?i:r[ée]f(?:[ée]rence)?\.?|dossier|facture|factuur|factura|commande|bestelling|pedido|ticket|n[º°o]\.?|"
    r"nr\.?|num[ée]ro|n[úu]mero|kenmerk|code|art(?:icle|ikel|[íi]culo)?\.?)[ \t]*:?[ \t]*\Z"
)
_CAR_ON_LINE = regex.compile(
    r"(?i:v[ée]hicule|voiture|\bauto\b|wagen|\bcar\b|coche|carro|\bpkw\b|plaque|immatricul|kenteken|kennzeichen|"
    r"\bperso\b|kilom[ée]tr|"
    # who drives it ("wie rijdt er nu met de 1-GZK-482?")
    r"\brijdt\b|\brijden\b|\bdrives\b|\bdriving\b|\bf(?:ä|ae)hrt\b|\bconduit\b|\bconduce\b|\bmaneja\b)"
    r"[^\n]{0,100}\Z"
)
# Words one of which must be in the text (lower-cased) before the plate patterns run
_PLATE_KEYS = (
    "matr",
    "placa",
    "patente",
    "kenteken",
    "kennz",
    "plaque",
    "plate",
    "reg",
    "car",
    "perso",
    "auto",
    "pkw",
    "wagen",
    "propio",
    "hicule",
    "immatricul",
    "coche",
    "targa",
    "rego",
    "fahrzeug",
    "kfz",
    "vehicle",
    "voiture",
    "truck",
    "tablilla",
    "moto",
    "chapa",
    "dominio",
    "privat",
    "sprinter",
    "caddy",
    "transit",
    "polo",
    "camion",
    "lorry",
    "bakkie",
    "kontrollschild",
    "rijd",
    "drives",
    "driving",
    "fährt",
    "faehrt",
    "conduit",
    "conduce",
    "maneja",
    *_MAKES,
)


# A document's number, not a plate ("grab the fridge invoice from the truck, INV-40117")
_DOCUMENT_NUMBER = regex.compile(r"(?:INV|PO|REF|ORD|FAC|FACT|TKT|QT|SO|WO|RMA|CN|DN)[- ]?\d")


def _referenced(text: str, start: int) -> bool:
    return _REFERENCE_BEFORE.search(text, max(0, start - 24), start) is not None


def plate_spans(text: str, lang: str = "") -> Iterator[tuple[int, int]]:
    """(start, end) of each number plate: after its word, or of a distinctive shape on a line naming the car (a
    shape only the language's plates have in its text anywhere, unless a document's reference word precedes it)."""
    if lang == "nl" and "-" in text:
        for m in _NL_SIDECODE.finditer(text):
            alnum = m.group().replace("-", "")
            if (
                any(len(g) == 1 for g in m.group().split("-"))
                and len(alnum) == 6
                and not _referenced(text, m.start())
            ):
                yield m.start(), m.end()
    shape = _LANG_SHAPES.get(lang)
    if shape is not None and any(ch.isdigit() for ch in text):
        for m in shape.finditer(text):
            if not _referenced(text, m.start()):
                yield m.start(), m.end()
    lowered = text.lower()
    keyed = any(w in lowered for w in _PLATE_KEYS)
    for m in _PLATE.finditer(text) if keyed else ():
        plate = m.group("plate")
        alnum = [ch for ch in plate if ch.isalnum()]
        # letters and digits both in the plate itself, five of them at least ("Auto 2024 Messe", "truck 40 FT")
        if (
            len(alnum) >= 5
            and any(ch.isdigit() for ch in alnum)
            and any(ch.isalpha() for ch in alnum)
            and not _DOCUMENT_NUMBER.match(plate)
        ):
            yield m.start("plate"), m.end("plate")
    for m in _PLATE_LOWER.finditer(text) if keyed else ():
        if not _DOCUMENT_NUMBER.match(m.group("plate")):
            yield m.start("plate"), m.end("plate")
    for m in _SWISS_PLATE.finditer(text) if keyed else ():  # "ZH 418 227 (Reto), AG 55 912 (Sibel)"
        if not _referenced(text, m.start()):
            yield m.start(), m.end()
    for m in _PLATE_SHAPE.finditer(text) if "-" in text else ():
        line_start = text.rfind("\n", 0, m.start()) + 1
        # on a line naming the car, or in parentheses after the car's words ("sa clio grise (FG-318-XK)")
        bracketed = text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")"
        if bracketed or (keyed and _CAR_ON_LINE.search(text, line_start, m.start())):
            yield m.start(), m.end()
