"""The last look at every person span: words that open no name, firms, places and streets taken for people.

A span any rule found is dropped, or cut to the person inside it, when what it names is a thing: a German
noun or a trade's plural before a name ("Bürgermeisteramt Kirchzarten", "Distribuciones Montalbán"), kin
("mijn vrouw"), a quoted brand, the firm again alone, a town, a street, or a company's name around it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

import regex

from redaction import lexicon as lx
from redaction.normalize import fold_str
from redaction.recognizers.person.guards import (
    FirmWords,
    article_before_word,
    company_context,
    noun_by_ending,
    place_after_in,
)
from redaction.recognizers.person.named import place_head_before, street_span
from redaction.recognizers.person.passes import _KIN_WORDS, _after_possessive, _quoted_brand
from redaction.recognizers.person.tokens import Token, blocked, known_first, known_surname
from redaction.recognizers.person.words import PARTICLES
from redaction.types import Span


@lru_cache(maxsize=1)
def known_firms() -> frozenset[str]:
    """The firms list ("Grant Thornton", "Albert Heijn"), folded."""
    return frozenset(fold_str(f) for f in lx.firm_terms())


# A preposition of place right before a word ("en", "at", "uit", "nach", "aus", "vers", "hacia"; the Dutch "naar"
# and the French "à" send to a person as often, "naar Vos", "parlé à Roux": "à" only after where one lives or goes)
_PLACE_WORD_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?i:en|at|uit|nach|aus|vers|hacia|desde|depuis|vanuit)[ \t]+\Z"
    # the French "à" after where one lives, goes or works ("en vacances à Tadoussac", "réside à Masina", "mission à")
    r"|(?<![\p{L}\p{M}])(?i:vacances|habite|habitent|vit|vivent|réside|résident|résidant|mission|déménagé|déménagée|"
    r"installé|installée|basé|basée|situé|située|bureau|agence|chantier|dépôt|depot|magasin|réunion|rendez-vous|"
    r"rdv|visite|déplacement|né|née|arrivé|arrivée|retour|voyage)[ \t]+à[ \t]+\Z"
)


def _unknown_after_place_word(text: str, start: int, end: int) -> bool:
    """A word no name list knows, alone right after a preposition of place: a town or a district."""
    surface = text[start:end]
    if any(c.isspace() for c in surface) or text[end : end + 2] in ("'s", "’s") or surface.isupper():
        return False  # not initials ("en JMD")
    folded = fold_str(surface)
    if known_first(folded, ambiguous_ok=True) or known_surname(folded):
        return False
    return _PLACE_WORD_BEFORE.search(text, max(0, start - 24), start) is not None


_WITH_BEFORE = regex.compile(r"(?:\bw/|\b(?:with|mit|avec|con|met))[ \t]*$", regex.IGNORECASE)


def _with_before(text: str, start: int) -> bool:
    """Whether "w/", "with", "mit", "avec", "con" or "met" stands right before ``start`` (a person follows)."""
    return _WITH_BEFORE.search(text, max(0, start - 8), start) is not None


# A span's first word before a capitalised one ("Sohn Jonas"), and a possessive's "s" ("Hope's")
_HEAD_WORD = regex.compile(r"(\p{L}+)[ \t]+(?=\p{Lu})")
POSSESSIVE_S = regex.compile(r"['’]s$")


# A saint's name opening a span ("San José", "Santa Rosa", "São Paulo"): a town, a street, a church or a feast
_SAINT = regex.compile(r"(?:San|Santa|Santo|São|Sao|Sant)[ \t]+\p{Lu}")


# Spanish and French plurals of goods and trades ("Salmones", "Envasados", "Cementos", "Artesanías")
_PLURAL_ENDINGS = (
    "ones",
    "ados",
    "idos",
    "ales",
    "eros",
    "eras",
    "entos",
    "ias",
    "erias",
    "ages",
    "ements",
)


def _trade_head(word: str) -> bool:
    """A capitalised plural of goods or trades by its Spanish or French ending that no name list knows
    ("Distribuciones", "Salmones", "Materiales"): it opens a firm's or a thing's name, not a person's (a
    singular word may be a given name no list knows: "Refugio", "Gloire", "Rain"; other words ending in "s" may
    be anything: "Volgens", "Tijdens")."""
    folded = fold_str(word)
    return (
        word[:1].isupper()
        and not word.isupper()
        and len(folded) >= 5
        and folded.endswith(_PLURAL_ENDINGS)
        and not known_first(folded, ambiguous_ok=True)
        and not known_surname(folded)
        and folded not in lx.all_stopwords()
    )


# What makes two capitals a team: an article before them ("la DAF", "die GF", "le CSE", "the HR team"), a person
# in parentheses after them ("GF (Hr. Aigner)", "IT (Nikos P.)", "HR (Fr. Lechner-Yıldız)"; not "HR (chair)"), or a
# longer department's initials next to them ("RH/DAF", "RH, DSI, DAF")
_TEAM_ARTICLE = regex.compile(
    r"(?<![\p{L}])(?i:la|le|les|der|die|das|dem|den|the|el|del|al|het|de[ \t]la|du)[ \t]+\Z"
)
_PERSON_IN_PARENS = regex.compile(
    r"[ \t]*(?:\((?:(?:Hr|Fr|Hrn|Mme|Mlle|M|Mr|Mrs|Ms|Dr|Sr|Sra)\.?[ \t]+)?(?P<word>\p{Lu}(?:[\p{Ll}\p{M}][\p{L}\p{M}]*|\.[ \t]?\p{Lu}))"
    # or a title and a name without parentheses ("vorgelegt von: GF Mag. Dragana Petrović", "DAF Mme Koné")
    r"|(?:Mag|Dr|Prof|Hr|Fr|Mme|Mr|Mrs|Ms)\.[ \t]+(?P<word>\p{Lu}))"
)
_TITLED_NAME_PAREN = regex.compile(
    r"(?<![\p{L}])(?:Hr|Fr|Herr|Frau|Mme|M|Mr|Mrs|Ms|Dr|Sr|Sra)\.?[ \t]+\p{Lu}[\p{L}\p{M}-]+[ \t]*\(\Z"
)
_NEXT_ACRONYM = regex.compile(r"[ \t]*[,/][ \t]*(\p{Lu}{3,})(?![\p{L}])")
_PREV_ACRONYM = regex.compile(r"(?<![\p{L}])(\p{Lu}{3,})[ \t]*[,/][ \t]*\Z")


def team_in_text(text: str, initials: str) -> bool:
    """Two capitals of ``TEAM_INITIALS`` that name a team somewhere in ``text``: then everywhere in it ("GF (Hr.
    Aigner)" in the attendee line, then "liegt bei GF zur Unterschrift", "GF prüft")."""
    if initials not in lx.TEAM_INITIALS:
        return False
    pattern = rf"(?<![\p{{L}}\p{{M}}\d]){initials}(?![\p{{L}}\p{{M}}\d])"
    return any(team_here(text, m.start(), m.end()) for m in regex.finditer(pattern, text))


def team_here(text: str, start: int, end: int) -> bool:
    """Two capitals that name a team here, not a person's initials (see ``_TEAM_ARTICLE``)."""
    if _TEAM_ARTICLE.search(text, max(0, start - 8), start):
        return True
    parens = _PERSON_IN_PARENS.match(text, end)
    if parens is not None and fold_str(parens.group("word")) not in lx.ROLE_WORDS:
        return True  # not "HR (Chair)": a person's initials and their role
    if _TITLED_NAME_PAREN.search(text, max(0, start - 40), start) and text[end : end + 1] == ")":
        return True  # "Fr. Marquardt (HV)", "Herr Aigner (GF)": a titled person's team in parentheses
    after = _NEXT_ACRONYM.match(text, end)
    before = _PREV_ACRONYM.search(text, max(0, start - 12), start)
    return any(m is not None and m.group(1) in lx.NOT_INITIALS for m in (after, before))


def _all_nouns(words: list[str]) -> bool:
    """Capitalised words each a German noun by its ending or a frequent word that no name list knows (two words or
    more: one such word alone may be a family name no list knows, "Vos", "Blanc", "Marsh")."""
    for w in words:
        folded = fold_str(w)
        if (
            not w[:1].isupper()
            or w.isupper()
            or known_first(folded, ambiguous_ok=True)
            or known_surname(folded)
        ):
            return False
        if not (noun_by_ending(w) or lx.plain_word(folded)):
            return False
    return bool(words)


# German articles and contractions before a noun that no person takes ("das Tor", "übers Tor", "am Tor", "vom
# letzten Winter"): "der", "die", "den", "dem", "beim", "zum" stand before a family name in speech ("de Vogel")
_NOUN_ARTICLE = regex.compile(
    r"(?<![\p{L}])(?:das|Das|übers|ins|fürs|aufs|ans|durchs|ums|vom|im|am|Am|Im|ein|eines|einem|kein|"
    r"(?:letzten|nächsten|vergangenen|kommenden|diesen|jeden))[ \t]+\Z"
)


def _noun_after_article(text: str, start: int, word: str) -> bool:
    """A given name of the lists that is also a frequent word, after a German article or contraction that no
    person stands after ("über das Tor", "vom letzten Winter"); not a family name ("im Büro von Vogel")."""
    folded = fold_str(word)
    if " " in word or not lx.plain_word(folded) or known_surname(folded) or word.isupper():
        return False
    return _NOUN_ARTICLE.search(text, max(0, start - 16), start) is not None


def _plain_head(head: str, rest: str) -> bool:
    """A capitalised frequent word heading a span that no list knows as a name, before a name spelt like one."""
    folded = fold_str(head)
    if not head[:1].isupper() or head.isupper() or not lx.plain_word(folded):
        return False
    if known_first(folded, ambiguous_ok=True) or known_surname(folded) or folded in PARTICLES:
        return False
    if folded in lx.TRAVEL_HEADS:
        return False  # "Messe Riem", "Taxi Hbf": the expense line's venue, dropped whole later
    words = rest.split()
    if not words or not words[0][:1].isupper():
        return False
    after = fold_str(words[0])
    return not lx.plain_word(after) or known_surname(after) or known_first(after, ambiguous_ok=False)


# A possessive inside a span, before another word ("Hamza Afridi's CNIC", "Rose's Tyres")
# a Catalan's second surname joined by "i" ("Montserrat Vidal i Puig")
_CATALAN_JOIN = regex.compile(r"[ \t]i[ \t](\p{Lu}[\p{Ll}'’-]+)(?![\p{L}\p{M}'’-])")
_INNER_POSSESSIVE = regex.compile(r"['’]s[ \t]+(?=\S)")
# a firm named after "Fa." (Firma) with up to two words of its trade before the name ("Fa. Wärmetechnik Sauer kommt
# um 10", "Die Fa. Sauer"): the firm, not a person
_FIRM_BEFORE = regex.compile(r"(?<![\p{L}])Fa\.?[ \t]+(?:\p{Lu}[\p{L}-]*[ \t]+){0,2}\Z")


def final_spans(text: str, tokens: list[Token], spans: list[Span], lang: str = "") -> Iterator[Span]:
    """The spans (none inside another) that name a person, each cut to the person where a thing's word
    opens it or a company's name follows it."""
    firms = FirmWords(text, tokens)  # asked only of weak spans
    for span in spans:
        joined = _CATALAN_JOIN.match(text, span.end) if lang == "es" else None
        if (
            joined is not None
            and " " in text[span.start : span.end].strip()
            and known_surname(fold_str(joined.group(1)))
            and not blocked(fold_str(joined.group(1)))
        ):
            span = replace(span, end=joined.end())  # "Alba Ferrer i Climent": a Catalan's two surnames
        possessive = _INNER_POSSESSIVE.search(text, span.start, span.end)
        if possessive is not None:  # "Hamza Afridi's CNIC": the person ends at the possessive
            span = replace(span, end=possessive.start())
        words = text[span.start : span.end].split()
        if len(words) > 1 and words[-1] in lx.ORG_SUFFIXES:
            # "handled by Baird LLP": the firm's form is no part of a name (the firm's test below reads it)
            span = replace(span, end=span.start + len(text[span.start : span.end].rstrip()) - len(words[-1]))
            span = replace(span, end=span.start + len(text[span.start : span.end].rstrip(" \t,")))
        opened = span.start  # where the span opened, before any head word is cut off
        head = _HEAD_WORD.match(text[span.start : span.end])
        kin = head is not None and (
            (head.group(1).islower() and fold_str(head.group(1)) in lx.KIN_CUES)
            or fold_str(head.group(1)) in lx.KIN_CUES_DE
        )
        if head is not None and kin:
            span = replace(span, start=span.start + head.end())  # "Sohn Jonas": the son is Jonas
        elif head is not None and noun_by_ending(head.group(1)):
            # "Bürgermeisteramt Kirchzarten", "Neuanfrage Di Stefano": a German noun opens no name; what
            # follows it is the person only if a name of the lists is in it ("Prüfung Nord" holds none)
            rest = text[span.start + head.end() : span.end]
            if not any(
                known_first(fold_str(w), ambiguous_ok=False)
                or (known_surname(fold_str(w)) and not lx.plain_word(fold_str(w)))
                for w in rest.split()
            ):
                continue
            span = replace(span, start=span.start + head.end())
        elif (
            head is not None
            and lang == "de"
            and _plain_head(head.group(1), text[span.start + head.end() : span.end])
        ):
            # "Rückruf Berisha, 076 ...", "Kollegin Brandt", "Vorschlag Beno Krawc": in German, a frequent word
            # (a noun in capitals) that no list knows as a name opens no name (learned whole, the run would take
            # "Rückruf" for a given name everywhere); elsewhere such a word before a name is a given name no list
            # knows ("Colombe Diallo", "Refugio Orozco")
            span = replace(span, start=span.start + head.end())
        elif head is not None and span.score < 0.8 and _trade_head(head.group(1)):
            # "Distribuciones Montalbán", "Salmones Aguirre SpA", "Envasados San Fernando": a common noun
            # that is no name opens a firm; a person only when a given name follows it ("Pedido Carlos Ruiz")
            after = text[span.start + head.end() : span.end].split()
            if not known_first(fold_str(after[0]), ambiguous_ok=False):
                continue
            span = replace(span, start=span.start + head.end())
        word = POSSESSIVE_S.sub("", text[span.start : span.end])
        if word in lx.NOT_INITIALS or team_in_text(text, word):
            continue  # "Teilnehmer: GF (Hr. Aigner)", "Diffusion : RH, DSI, DAF", "la DAF": a team by its initials
        if fold_str(word) in _KIN_WORDS and _after_possessive(text, span.start):
            continue  # "Mein Mann und ich", "mijn vrouw": kin, not a surname
        if _FIRM_BEFORE.search(text, max(0, opened - 40), opened):
            continue  # "Fa. Wärmetechnik Sauer": a firm
        if _quoted_brand(text, opened, span.end):
            continue  # « Tante Margot », „Pater Lieven Tripel": a brand or a product in quotes
        # "Hartley Foods PO ... approved by Hartley's CFO": the firm again, alone (not "Herr Lange")
        weak = span.score < 0.8 and not known_first(fold_str(word), ambiguous_ok=True)
        if weak and fold_str(word) in firms:
            continue
        if span.score < 0.85 and _SAINT.match(text, span.start, span.end):
            continue  # "San Martín", "Santa Bárbara", "San Pedro Garza García": a saint's town, street or day
        if place_after_in(text, span.start, span.end):
            continue  # "workshops in Fort Worth"
        if weak and _unknown_after_place_word(text, span.start, span.end):
            continue  # "en vacances à Tadoussac", "client job at Mkwasine", "vive en Pedro Juan"
        head_word, _, rest = text[span.start : span.end].partition(" ")
        if head_word in ("te", "ter") and fold_str(rest) in lx.places():
            continue  # "notaris te Maastricht": the town where the notary sits
        if weak and fold_str(word) in lx.places() and not _with_before(text, span.start):
            continue  # "Leeds", "Bogotá", "Dakar": a town no name list knows, found by a weak cue
        if weak and noun_by_ending(word):
            continue  # "Empfehlung", "Rückstellungen": a German noun
        head_article, _, noun = word.partition(" ")
        if head_article in ("Der", "Die", "Das", "Dem") and " " not in noun and lx.plain_word(fold_str(noun)):
            continue  # "Der Richter am Zivilgericht hat ...": the German article and a noun, a judge
        if span.score < 0.8 and " " in word and _all_nouns(word.split()):
            continue  # "Freigabe Teamleitung", "Assistenz Projektleitung", "Taxi Hbf": words, no name in them
        if text[max(0, opened - 4) : opened] in ("Zum ", "Zur "):
            continue  # "Gasthof Zum Goldenen Hirsch", "Gasthaus Zum Roten Hahn": an inn's name
        if span.score < 0.8 and _noun_after_article(text, span.start, word):
            continue  # "über das Tor zur Einfahrt", "am Tor": a German noun that a list knows as a given name
        if " " in text[span.start : span.end] and article_before_word(text, span.start, span.end):
            continue  # "the Carter Hale invoice"
        if street_span(text[span.start : span.end].split()):
            continue  # "Johan de Wittlaan": a street, no person in it
        if not company_context(text, span.start, span.end):
            yield span
            continue
        if place_head_before(text, span.start):
            continue  # "Colegio Francisco José de Caldas": the school's name, particles and all
        # "Anh Tran de Pho Saigon Imports": the person ends before the particle that starts the company
        inner = [t for t in tokens if span.start < t.start < span.end and t.folded in PARTICLES]
        head = text[span.start : span.end].split()[0]
        if inner and fold_str(head) not in lx.ORG_INDICATORS:  # not "Ferretería" of "Ferretería El Rey"
            end = max(t.end for t in tokens if span.start <= t.start and t.end < inner[-1].start)
            yield Span(span.start, end, span.kind, span.score, span.recognizer, span.canonical)
