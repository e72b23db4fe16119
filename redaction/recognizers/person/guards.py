"""Not persons: a name inside a company, a place after "in", a word-name used as the word, a thing after an article."""

from __future__ import annotations

from functools import lru_cache

import regex

from redaction import lexicon as lx
from redaction.lexicon import word_set
from redaction.normalize import fold_str
from redaction.recognizers.person.named import (
    PLACE_HEADS,
    building_span,
    named_after,
    place_head_before,
    street_span,
)
from redaction.recognizers.person.positions import _places_ahead
from redaction.recognizers.person.tokens import Token, blocked, is_cap, known_first, known_surname, tokenize
from redaction.recognizers.person.words import (
    _ARTICLES,
    _AUXILIARIES,
    _FROM,
    _IN_VERBS,
    _TEAM_WORDS,
    PARTICLES,
)

# Words of firms' names that are verbs in lower case right after a name ("Kwesi Boateng works in")
_VERB_TAILS = frozenset({"works", "trading", "consulting", "holding", "building"})
_TRAVEL_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:train|taxi|tgv|flight|bus|zug|tren|trein|vuelo|ave|eurostar|thalys|ice|uber|cab)[ \t]+\Z"
)
_TITLE_NEXT = regex.compile(
    r"[ \t]*(?:mr|mrs|ms|miss|dr|prof|herr|frau|m|mme|mlle|sr|sra|srta|dhr|mevr|don|doña)\b\.?[ \t]",
    regex.IGNORECASE,
)
_NEXT_WORD = regex.compile(r"[ \t]*([\p{L}\p{M}][\p{L}\p{M}.'’-]*|&)")


_PREV_WORD = regex.compile(r"([\p{L}\p{M}]+)[ \t]*\Z")


# "We use Oscar (the scheduling tool)": a name explained in parentheses as a thing.
_THING_APPOSITION = regex.compile(
    r"[ \t]*\((?:the|a|an|our|their|your|le|la|l'|l’|un|une|notre|el|la|un|una|nuestro|der|die|das|ein|eine|"
    r"unser|unsere|het|de|een|ons|onze)[ \t]+(?:[\p{L}\p{M}-]+[ \t]+){0,2}?"
    r"(?:tool|tools|system|app|application|platform|software|product|module|bot|service|suite|portal|"
    r"database|server|solution|tracker|outil|logiciel|plateforme|herramienta|sistema|plataforma|"
    r"programa|werkzeug|plattform|anwendung|systeem|applicatie|platform|pakket|programma)\b",
    regex.IGNORECASE,
)


# Lower-case project nouns before a one-word code name ("du projet Marais", "im Projekt Nordlicht").
_PROJECT_WORDS = frozenset({"project", "projet", "proyecto", "projecto", "projekt", "Projekt"})


_ROLE_OF = regex.compile(r"([\p{L}\p{M}]+)[ \t]+(?:de|del|van|von)[ \t]+$")
_PROJECT_ROLES = frozenset(
    {"chef", "cheffe", "jefe", "jefa", "directeur", "directrice", "director", "directora"}
) | (lx.ROLE_WORDS)


def _two_first_names(text: str, start: int, end: int, after_amp: int) -> bool:
    """A lone first name, "&", another first name and no company word after it, one of the two only a first
    name ("Baker & McKenzie", "Ernst & Young" stay firms); or a full name, "&" and a first name that is no
    surname ("Sunil Patil & Anjali")."""
    name = fold_str(text[start:end])
    m = _NEXT_WORD.match(text, after_amp)
    if m is None or m.group(1) == "&":
        return False
    other = fold_str(m.group(1).rstrip(".'’"))
    if " " in name:
        # a full name and a first name: "Sunil Patil & Anjali (interior team)"
        words = name.split()
        given = len(words) == 2 and known_first(words[0], ambiguous_ok=False)
        if not (given and known_first(other, ambiguous_ok=False) and not known_surname(other)):
            return False
        tail = _NEXT_WORD.match(text, m.end())
        return tail is None or not (tail.group(1)[0].isupper() or tail.group(1) in lx.ORG_SUFFIXES)
    names = (name, other)
    if not all(known_first(w, ambiguous_ok=True) for w in names):
        return False
    if not any(known_first(w, ambiguous_ok=False) and not known_surname(w) for w in names):
        return False
    tail = _NEXT_WORD.match(text, m.end())
    if tail is not None and tail.group(1)[0].isupper() and tail.group(1) not in lx.ORG_SUFFIXES:
        # a couple sharing the family name after the second given name: "Imran & Sadia Qureshi"
        family = fold_str(tail.group(1).rstrip(".'’"))
        after = _NEXT_WORD.match(text, tail.end())
        return (
            known_surname(family)
            and family not in lx.NON_PERSON_TAILS
            and not known_first(family, ambiguous_ok=True)
            and (after is None or not (after.group(1)[0].isupper() or after.group(1) in lx.ORG_SUFFIXES))
        )
    return tail is None or tail.group(1) not in lx.ORG_SUFFIXES


def _ordinary_word(folded: str) -> bool:
    """An ordinary word no name list knows, that names no role or team ("Tiles", "Financiering")."""
    if folded not in lx.common_words() or folded in lx.ROLE_WORDS or folded in lx.TEAM_WORDS:
        return False
    return not (known_first(folded, ambiguous_ok=True) or known_surname(folded))


def _name_and_noun(text: str, start: int, end: int, noun: str) -> bool:
    """One name that is no plain first name, a single space and an ordinary word: a firm ("Blanco Tiles"),
    not a first name and a surname that is a word too, nor a genitive ("Arjuns Telefon", "Müllers Freigabe"
    where the text names Müller)."""
    name = text[start:end]
    folded = fold_str(name)
    if " " in name or known_first(folded, ambiguous_ok=False):
        return False
    if name.endswith("s") and (
        known_first(folded[:-1], ambiguous_ok=True)
        or known_surname(folded[:-1])
        or regex.search(rf"\b{regex.escape(name[:-1])}\b", text) is not None
    ):
        return False
    return noun not in _IDIOM_NOUNS and _ordinary_word(noun)


# Nouns of German idioms that take a person before them ("bitte Kern Bescheid geben", "Frau Lange Recht geben")
_IDIOM_NOUNS = frozenset({"bescheid", "recht"})


_TITLE_WORD_BEFORE = regex.compile(r"(?<![\p{L}])(\p{L}{2,})\.?[ \t]+$")
_TITLE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:herrn?|frau|mr|mrs|ms|dr|m|mme|sr|sra|dhr|mevr|mw|hr|fr)\.?[ \t]+$", regex.IGNORECASE
)


# Shops named after their owner with a possessive ("Heffernan's Pharmacy"; not "Ivy's team")
_OWNED_SHOPS = word_set(
    "pharmacy chemist chemists café cafe bakery bakes bar pub restaurant bistro kitchen salon garage deli "
    "store stores shop shops montessori nursery surgery diner grill tavern inn"
)


_AND_WORDS = frozenset({"y", "und", "et", "and", "en", "e"})
_FIRM_TAILS_AFTER_AND = word_set(
    "zonen zoon cie compañía compania compagnie sons partners associates hijos hijo hermanos fils frères "
    "freres brothers söhne sohn asociados associés socios cía co"
)


def company_context(text: str, start: int, end: int) -> bool:
    """A name inside a company's name: before a company form or a business noun ("Hoffmann Bau GmbH",
    "Santiago Ports SA", "Patel & Co") or after "Groupe"/"Stichting"; a product explained in parentheses
    ("Oscar (the scheduling tool)")."""
    if _THING_APPOSITION.match(text, end):
        return True
    pos = end
    if text[end : end + 2] in ("'s", "’s") and _NEXT_WORD.match(text, end + 2) is not None:
        m = _NEXT_WORD.match(text, end + 2)
        if m is not None and m.group(1)[:1].isupper() and fold_str(m.group(1).rstrip(".")) in _OWNED_SHOPS:
            return True  # "Heffernan's Pharmacy", "Bertie's Café": a firm named after its owner
    for _ in range(3):  # "Morgan [Stanley] Ventures": up to two more capitalised words before the tail
        m = _NEXT_WORD.match(text, pos)
        if m is None:
            break
        word = m.group(1)
        if word == "&" and pos == end and _two_first_names(text, start, end, m.end()):
            break  # "w/ Aisha & Sunny", "Ana & Blessing to be the trainers": two people, not "Patel & Co"
        if word == "&" and pos == end and _TITLE_NEXT.match(text, m.end()):
            break  # "Mr Rajesh Venkataraman & Mrs Anjali Venkataraman": a couple
        if word in _VERB_TAILS and pos == end:
            break  # "Kwesi Boateng works in", "Akosua Boateng trading under": a verb, not "Boateng Works"
        if word in _AND_WORDS and pos == end:
            # "Moreno y Asociados", "Müller und Söhne", "Dupont et Associés", "Jansen en Zonen": a firm's tail
            tail = _NEXT_WORD.match(text, m.end())
            folded_tail = fold_str(tail.group(1).rstrip(".")) if tail is not None else ""
            firm_tail = folded_tail in lx.NON_PERSON_TAILS or folded_tail in _FIRM_TAILS_AFTER_AND
            if tail is not None and tail.group(1)[:1].isupper() and firm_tail:
                return True
            break
        if word == "&" or word in lx.ORG_SUFFIXES or word.rstrip(".") in lx.ORG_SUFFIXES:
            return True
        folded = fold_str(word.rstrip("."))
        if folded in lx.NON_PERSON_TAILS or folded.endswith(lx.COMPANY_WORD_ENDINGS):
            return True
        if not word[0].isupper() or word.endswith(".") or blocked(folded) or pos != end and word == "&":
            break
        if (
            pos == end
            and m.end() - len(word) == end + 1
            and text[start - 1 : start] != "@"  # "@Pierre Morel" is mentioned
            and _name_and_noun(text, start, end, folded)
        ):
            return True  # "Blanco Tiles", "Sky Broadband", "Visser Financiering": a name and a noun
        pos = m.end()
    words = text[start:end].split()
    if words and named_after(text, start, words) or place_head_before(text, start):
        return True  # "lycée Jean-Moulin", "Colegio Alonso de Ercilla", "Menara Sultan Ismail"
    last = words[-1].rstrip(".,'’") if words else ""
    if street_span(words) or building_span(text, start, words):
        return True
    plain_last = len(last) >= 4 and last[:1].isupper() and last[1:].islower()  # not "MacLeod"
    titled = _TITLE_BEFORE.search(text, max(0, start - 12), start) is not None  # "Herrn Kröll Ende Mai"
    if not titled:  # "Don Wilberth Canché Poot", "Licda. Karla Paz": any title of the lists before the name
        t = _TITLE_WORD_BEFORE.search(text, max(0, start - 16), start)
        titled = t is not None and t.group(1)[:1].isupper() and fold_str(t.group(1)) in lx.TITLES
    if (
        len(words) >= 2
        and plain_last
        and len(words[0]) >= 3
        and not titled
        and _ordinary_word(fold_str(last))
        and not all(
            w.isupper() for w in words[:-1]
        )  # "KABONGO WA KABONGO Prosper": a register's surname first
    ):
        # "Schäfer Getränke", "Brodie Lennox Distillers": the span ends on an ordinary noun, a firm's trade
        head_end = start + len(words[0])
        head = fold_str(words[0])
        # "Aafke van Dijk", "De Graaf", a double name's particle after its hyphen ("Schuiling-de Vries")
        particles = any(
            fold_str(w) in PARTICLES or fold_str(w).rpartition("-")[2] in PARTICLES for w in words
        )
        if (
            not particles
            and not known_first(head, ambiguous_ok=True)
            and (len(words) >= 3 or _name_and_noun(text, start, head_end, fold_str(words[-1])))
        ):
            return True
    city = fold_str(words[0]) if words else ""
    if len(words) > 1 and city in lx.MAJOR_CITIES and not known_first(city, ambiguous_ok=True):
        return True  # "London Euston", "Manchester Piccadilly", "Lyon Part-Dieu": a station or a district
    if _TRAVEL_BEFORE.search(text, max(0, start - 12), start):
        return True  # "Train Manchester Piccadilly", "Taxi Euston to", "TGV Lyon": where a trip goes
    if len(words) > 1 and fold_str(words[0].rstrip(".")) in lx.ORG_INDICATORS | PLACE_HEADS:
        return True  # "con Constructora Reyes": the company word is inside the span
    m = _PREV_WORD.search(text, max(0, start - 40), start)
    if m is not None and m.group(1) in _PROJECT_WORDS and " " not in text[start:end]:
        # "Lancement du projet Marais", "Kick-off project Polder": a project's code name; not the person a
        # role of the project names ("chef de projet Aurélien", "jefa de proyecto Ximena")
        role = _ROLE_OF.search(text, max(0, m.start() - 30), m.start())
        if role is None or fold_str(role.group(1)) not in _PROJECT_ROLES:
            return True
    if m is None or not m.group(1)[0].isupper():
        return False
    before = fold_str(m.group(1))  # "Groupe Aurore", "Laboratoires Garnier", "Construcciones Herrera"
    return before in lx.ORG_INDICATORS or (before in lx.NON_PERSON_TAILS and before not in _TEAM_WORDS)


_IN_BEFORE = regex.compile(
    r"(?:([\p{L}\p{M}'’]+)[ \t]+)?(?<![\p{L}\p{M}])[Ii]n[ \t]+"
    r"(?:(?:\p{Lu}[\p{L}\p{M}-]*,?[ \t]+){1,4}(?:and|und|en|et|y|or|&)[ \t]+)?$"  # "in Fort Worth and X"
)


# "Réunion à Lyon", "la reunión en Santiago", "basée à Nantes": a place after "à"/"en"/"a" that follows a
# meeting, an office, a trip or being somewhere (French "à" and Spanish "a" also bring persons: "merci à X").
_AT_PLACE = regex.compile(r"([\p{L}\p{M}'’-]+)[ \t]+(?:à|en|a|au)[ \t]+$")
_PLACE_BEFORE = word_set(
    "réunion reunion reunión meeting rendez-vous rdv bureau bureaux oficina oficinas sede siège siege salon "
    "feria atelier taller séminaire seminaire seminario congrès congres congreso visite visita déplacement "
    "deplacement viaje voyage vol vuelo train tren basé basée base basado basada situé située situe ubicado "
    "ubicada installé installée vit vivent vive trabaja travaille estamos estoy está esta están estan "
    "sommes suis déjeuner dejeuner dîner almuerzo comida cena événement evenement evento formation "
    "formación formacion conférence conference conferencia entrepôt entrepot almacén almacen usine planta "
    "tienda magasin agence agencia filiale sucursal"
    # expense lines: a meal, a night, a stay somewhere ("repas à Lyon", "hotel en Bilbao")
    " repas hôtel hotel nuit nuitée nuitee séjour sejour estancia hospedaje parking"
)


def firm_words(text: str, tokens: list[Token]) -> set[str]:
    """First words of company names in the text ("Hartley" of "Hartley Foods"), names no list knows."""
    return {tok.folded for k, tok in enumerate(tokens) if _firm_word_at(text, tokens, k)}


def _firm_word_at(text: str, tokens: list[Token], k: int) -> bool:
    tok = tokens[k]
    pair = k + 1 < len(tokens) and is_cap(tok) and tok.text.isalpha() and is_cap(tokens[k + 1])
    return pair and company_context(text, tok.start, tok.end)


class FirmWords:
    """``folded in firm_words(text, tokens)``, asked word by word: only the places of the words asked about
    are read (most texts never ask)."""

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text, self.tokens = text, tokens
        self.known: dict[str, bool] = {}

    def __contains__(self, folded: str) -> bool:
        got = self.known.get(folded)
        if got is None:
            got = any(
                t.folded == folded and _firm_word_at(self.text, self.tokens, k)
                for k, t in enumerate(self.tokens)
            )
            self.known[folded] = got
        return got


def place_after_in(text: str, start: int, end: int) -> bool:
    """A name right after "in" is a place ("workshops in Fort Worth", "Kickoff in Charlotte"), unless "in"
    is a verb's particle ("loop in Hyejin") or the name owns something ("in Charlotte's absence")."""
    if text[end : end + 2] in ("'s", "’s") or text[end : end + 1] in ("'", "’"):
        return False
    at = _AT_PLACE.search(text, max(0, start - 40), start)
    if (
        at is not None
        and fold_str(at.group(1)) in _PLACE_BEFORE
        and not any(c.isspace() for c in text[start:end])
    ):
        return True
    m = _IN_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    return m.group(1) is None or fold_str(m.group(1)) not in _IN_VERBS


# Prepositions before a town ("de l'atelier de Lyon", "à Lyon", "in Milan", "filiale de Milan", "naar Gent")
_TO_PLACE = regex.compile(
    r"(?<![\p{L}\p{M}])(?i:à|a|au|en|de|du|des|del|in|at|from|to|nach|naar|te|vanuit|uit|desde|hacia|para|"
    r"pour|depuis|vers|aus|bei|im)[ \t]+$"
)


def town_used_as_town(text: str, start: int, end: int) -> bool:
    """A learned name that is a large town, alone after a preposition of place ("Étienne Lyon" learned, then
    "l'atelier de Lyon", "à Lyon"): the town, unless a first name or a title comes before it."""
    surface = text[start:end]
    folded = fold_str(surface)
    if " " in surface or not (folded in lx.MAJOR_CITIES or folded in lx.places()):
        return False
    return _TO_PLACE.search(text, max(0, start - 12), start) is not None


_FIRM_PARTNER = regex.compile(r"(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’-]+)[ \t]*&[ \t]*$")


def second_of_firm(text: str, start: int) -> bool:
    """A learned name right after "Surname &" is the second name of a firm ("Smit & Kok", "Rose & Winter
    Brokers"), unless the first is a first name that is no word ("Aisha & Sunny")."""
    m = _FIRM_PARTNER.search(text, max(0, start - 40), start)
    if m is None:
        return False
    first = fold_str(m.group(1))
    return (
        not (known_first(first, ambiguous_ok=False) and first not in lx.word_like_names())
        and first not in lx.TITLES
    )


def said_after(text: str, end: int) -> bool:
    """Whether a lower-case verb of saying follows ``end`` ("kees zei dat", "chance said no")."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).islower() and fold_str(m.group(1)) in lx.STRONG_VERBS


# Business nouns a company's or a client's name modifies ("the Carter Hale invoice", "het Van Dam project").
_THING_NOUNS = word_set(
    "invoice invoices account accounts contract contracts order orders po deal project file case ticket "
    "shipment delivery quote proposal bid tender renewal dispute claim matter portfolio job site rollout "
    "integration migration engagement retainer audit factuur facturen offerte opdracht dossier rechnung "
    "auftrag projekt angebot vertrag"
)


def article_before_word(text: str, start: int, end: int) -> bool:
    """A single word after an article is a thing ("the Jordan trip", "the Patel account"), not a person; so
    is a full name between an article and a business noun ("the Carter Hale invoice", "de Van Dam offerte")."""
    m = _PREV_WORD.search(text, max(0, start - 20), start)
    article = m is not None and fold_str(m.group(1)) in _ARTICLES
    if not any(ch.isspace() for ch in text[start:end]):
        return article
    if not article:
        return False
    nxt = _NEXT_WORD.match(text, end)
    return nxt is not None and nxt.group(1).islower() and fold_str(nxt.group(1)) in _THING_NOUNS


_AFTER_WORD = regex.compile(r"['’]?[\p{L}\p{M}]*[ \t]*([\p{L}\p{M}]+|[^\s\p{L}\p{M}]|$)")


def word_name_used_as_word(text: str, start: int, end: int) -> bool:
    """A single name that is also a word ("Grant", "Penny") followed by a lower-case word that is no verb of
    a person: "Grant money", "Penny wise" (but "Grant approved", "Grant's", "Grant, can you")."""
    surface = text[start:end]
    if any(ch.isspace() for ch in surface) or fold_str(surface) not in lx.ambiguous_names():
        return False
    if text[end : end + 1] in ("'", "’"):
        return False  # a possessive
    m = _AFTER_WORD.match(text, end)
    if m is None or not m.group(1)[:1].isalpha():
        return False  # punctuation or the end: a name standing alone
    word = m.group(1)
    folded = fold_str(word)
    if word[0].isupper():
        return False  # "Grant Wilson"
    if folded in lx.COMM_VERBS or folded in lx.COORDINATORS or folded in _FROM or folded in _AUXILIARIES:
        return False
    if folded in _PERSON_ACTS:
        return False  # "Then Grace went round to see her", "Luz came in Tuesday"
    return not (folded.endswith("ed") and len(folded) > 4)  # English past tense: "Frank logged 12 hours"


# English verbs in the past that only a person does, after a name that is a word ("Grace went", "Hope met")
_PERSON_ACTS = word_set(
    "went came told gave met saw spoke brought drove flew paid kept felt sat stood tried forgot"
)


def place_noun_after(text: str, end: int) -> bool:
    """A place or organisation noun after a single name, directly or after "and" and one more capitalised
    word: "the Jordan offices", "Jordan and Sydney offices" (a learned "Jordan" is no person there)."""
    return _places_ahead(tokenize(text[end : end + 60]), 0)


# Months no one is named after, in our five languages ("May", "June", "Avril", "Julio", "August", "Mei" are names too)
MONTHS = word_set(
    "january february march july september october november december januar februar märz oktober dezember "
    "janvier février fevrier mars juillet septembre octobre novembre décembre decembre enero febrero "
    "marzo mayo junio agosto septiembre octubre noviembre diciembre januari februari maart juli "
    "oktober"
)


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Country and territory names in our five languages, folded (from ``phonenumbers``' locale data, which
    the phone recognizer already ships): "Israel", "Oman", "Jordan" are names of persons elsewhere."""
    from phonenumbers.geodata.locale import LOCALE_DATA

    out: set[str] = set()
    for names in LOCALE_DATA.values():
        for lang in ("en", "de", "fr", "es", "nl"):
            name = names.get(lang, "")
            while name.startswith("*"):
                name = names.get(name[1:], "")
            if name:
                out.add(fold_str(name))
    return frozenset(out)


# Endings of German (and Dutch) nouns that no first name or surname of the lists has ("Empfehlung",
# "Rückstellungen", "Kreditorenbuchhaltung", "Ansprechpartnerin", "Lohnbüro")
_NOUN_ENDINGS = (
    "ung",
    "ungen",
    "heit",
    "keit",
    "schaft",
    "schaften",
    "ität",
    "itat",
    "büro",
    "buro",
    "stelle",
    "kosten",
    "partnerin",
    "nehmer",
    "nehmerin",
    "prüfer",
    "prufer",
    "prüferin",
    "heid",
    "ingen",
    # offices, registers and requests ("Bürgermeisteramt", "Liegenschaftskataster", "Neuanfrage")
    "amt",
    "ämter",
    "amter",
    "behörde",
    "behorde",
    "kataster",
    "gericht",
    "anfrage",
    # rooms, papers and appointments ("Veloraum", "Besprechungszimmer", "Unterlagen", "Kundentermin", "Mietvertrag")
    "raum",
    "zimmer",
    "unterlagen",
    "termin",
    "vertrag",
    "verträge",
    "vertrage",
    "antrag",
    "nachweis",
    "bescheinigung",
    # places, readings, records and slips ("Parkplatz Nord", "Zählerstand Strom", "Datensatz", "Lohnzettel",
    # "Treuhandkonto", "Besuch Auditorin")
    "platz",
    "stand",
    "satz",
    "zettel",
    "konto",
    "besuch",
    "protokoll",
)


def noun_by_ending(word: str) -> bool:
    """A capitalised word of six letters or more with an ending of German or Dutch nouns that no name list
    knows (a surname such as "Hartung" is known and stays a name)."""
    folded = fold_str(word)
    return (
        len(folded) >= 6
        and folded.isalpha()
        and folded.endswith(_NOUN_ENDINGS)
        and not known_first(folded, ambiguous_ok=True)
        and not known_surname(folded)
    )


def not_a_person(text: str, start: int, end: int) -> bool:
    """The guards the rules and NER use: a name inside a company or project, a word after an article, a
    place after "in" or before a place noun, a word-name used as the word; for the scorer also a country."""
    return (
        fold_str(text[start:end]) in countries()
        or fold_str(text[start:end]) in lx.places()
        or noun_by_ending(text[start:end])
        or fold_str(text[start:end]) in MONTHS
        or company_context(text, start, end)
        or article_before_word(text, start, end)
        or place_after_in(text, start, end)
        or (" " not in text[start:end] and place_noun_after(text, end))
        or word_name_used_as_word(text, start, end)
    )


_CLITICS = word_set(
    "no ne n' nicht niet se lo la le les me te nos ya también aussi ook auch ha est va heeft hat ist is"
)
# adjectives after a noun that end like a verb ("Luz verde de dirección", "Rose claire")
_ADJECTIVES_AFTER = word_set(
    "verde roja rojo blanca blanco negra negro nueva nuevo grande buena mala propia misma clara única "
    "verte rouge blanche noire nouvelle bonne claire propre même"
)
_VERB_ENDINGS = {"es": ("a", "e"), "fr": ("e", "t", "d"), "nl": ("t", "de", "te"), "de": ("t", "te")}


def verb_after(text: str, end: int, lang: str) -> bool:
    """The lower-case word after ``end`` is shaped like a verb of a subject in Spanish, French, Dutch or German
    (its third-person ending, or a clitic or negation before the verb: "informa", "suit", "belt", "no lo")."""
    endings = _VERB_ENDINGS.get(lang)
    if endings is None:
        return False
    m = _LOWER_WORD_AFTER.match(text, end)
    if m is None:
        return False
    word = fold_str(m.group(1))
    verb_like = len(word) >= 3 and word.endswith(endings) and word not in _ADJECTIVES_AFTER
    # a Spanish verb in the past ("Pilar abrió la reunión", "Inma llamó")
    verb_like = verb_like or (lang == "es" and len(word) >= 4 and m.group(1).endswith("ó"))
    return word in _CLITICS or verb_like


_LOWER_WORD_AFTER = regex.compile(r"[ \t]+(\p{Ll}[\p{Ll}\p{M}'’]*)")
