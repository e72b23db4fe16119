"""Phone numbers spelt out in words, as dictation and speech-to-text write them ("oh seven seven hundred nine
hundred one four two", "seis uno dos cuatro ...", "zéro un quatre-vingt-dix-neuf zéro zéro ..."), and street
addresses whose house number is spelt out ("rue de l'ourthe quarante-sept à angleur", "calle mayor número doce",
"forty two church street", "lindenstraße zwölf").

A run of at least five number words in a row (any of our five languages) that stands for eight digits or
more: single digits count one, the tens ("quarante-deux", "dix-sept", "twenty") two, "double"/"triple" repeat
the next digit, "hundred"/"hundert"/"cent" add two zeros. Ordinary prose rarely strings five number words
together; a sentence with "two or three" never reaches eight digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from redaction.lexicon import word_set
from redaction.types import Span

_DIGITS = word_set(
    "zero oh one two three four five six seven eight nine cero uno una dos tres cuatro cinco seis siete "
    "ocho nueve nul een één twee drie vier vijf zes zeven acht negen null eins zwei zwo drei vier fünf "
    "sechs sieben acht neun zéro un une deux trois quatre cinq six sept huit neuf"
)


def _compound_tens(units: str, joints: tuple[str, ...], tens: str) -> frozenset[str]:
    """Tens with their unit in one word, as Dutch and German write them ("achtentachtig", "einundvierzig")."""
    return frozenset(
        f"{unit}{joint}{ten}" for unit in units.split() for joint in joints for ten in tens.split()
    )


_TENS = (
    word_set(
        "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty "
        "fifty sixty seventy eighty ninety diez once doce trece catorce quince dieciséis dieciseis diecisiete "
        "dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa tien elf "
        "twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig dertig veertig vijftig "
        "zestig zeventig tachtig negentig zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn "
        "achtzehn neunzehn zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig dix onze douze "
        "treize quatorze quinze seize vingt vingts trente quarante cinquante soixante"
        # Belgian and Swiss French ("septante-cinq", "nonante-sept")
        " septante nonante huitante octante"
        # Spanish twenties in one word ("veintidós")
        " veintiuno veintiún veintidós veintidos veintitrés veintitres veinticuatro veinticinco veintiséis"
        " veintiseis veintisiete veintiocho veintinueve"
    )
    | _compound_tens(
        "een twee drie vier vijf zes zeven acht negen",
        ("en", "ën"),
        "twintig dertig veertig vijftig zestig zeventig tachtig negentig",
    )
    | _compound_tens(
        "ein zwei drei vier fünf sechs sieben acht neun",
        ("und",),
        "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
    )
)
_REPEAT = {"double": 1, "triple": 2, "doppel": 1, "dubbel": 1}
_ZEROS = {"hundred": 2, "hundert": 2, "cent": 2, "honderd": 2, "cien": 2, "thousand": 3, "tausend": 3}
NUMBER_WORDS = frozenset(_DIGITS | _TENS | set(_REPEAT) | set(_ZEROS))
_ALL = sorted(NUMBER_WORDS, key=len, reverse=True)
_NUMBER_WORD = r"(?:" + "|".join(_ALL) + r")(?:-(?:" + "|".join([*_ALL, "et"]) + r"))*"
# between two number words: spaces and commas, "et"/"y" inside a number ("vingt et un", "treinta y dos"), or a
# dash said as a word ("minus", "Strich", "tiret", "streepje", "guion")
_JOIN = r"(?:[\s,.]{1,3}|\s+(?:et|y|minus|strich|bindestrich|tiret|streepje|guion|guión|dash)\s+)"
# three number words or more in a row: one regex pass over the text, words scored only inside a match, which
# needs five words, the digits of dashed ones counted one each ("cinq-un-quatre, cinq-cinq-cinq, zéro-un-quatre-huit")
_RUN = re.compile(  # the stdlib engine: much faster than ``regex`` on a large alternation
    rf"(?<![\w-]){_NUMBER_WORD}(?:{_JOIN}{_NUMBER_WORD}){{2,}}(?![\w-])"
)  # matched on the lower-cased text (case-insensitive matching is four times slower)
_RUN_ANY_CASE = re.compile(_RUN.pattern, re.IGNORECASE)
_WORD = regex.compile(r"[\p{L}]+(?:-[\p{L}]+)*")


def _value(word: str) -> int:
    """Digits a number word stands for."""
    if word in _DIGITS:
        return 1
    if "-" in word and all(part in _DIGITS for part in word.split("-")):
        return word.count("-") + 1  # digits said one by one, written with dashes: "zéro-un-quatre-huit"
    if word in _TENS or "-" in word:
        return 2  # "twenty", "quatre-vingt-dix-neuf", "dix-sept", "quarante-deux"
    return _REPEAT.get(word, _ZEROS.get(word, 0))


def spoken_numbers(text: str) -> Iterator[Span]:
    """Spans of spelt-out phone numbers."""
    lowered = text.lower()
    # a letter whose lower case is longer ("İ") would shift the offsets: match case-insensitively instead
    found = _RUN.finditer(lowered) if len(lowered) == len(text) else _RUN_ANY_CASE.finditer(text)
    for m in found:
        words = _WORD.findall(m.group())
        if sum(w.count("-") + 1 for w in words) < 5:
            continue  # five number words at least, the parts of dashed ones counted
        if sum(_value(w.lower()) for w in words) >= 8:
            yield Span(m.start(), m.end(), "PHONE", 0.7, "phone")


# House numbers in words, per language group ("quarante-sept", "twenty one", "doce", "zwölf"); a house number
# of one word that is also an ordinary word ("one day", "once", "un", "een") is left out
_EN_NUM = word_set(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred"
)
_FR_ES_NUM = word_set(
    "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente "
    "quarante cinquante soixante septante huitante octante nonante cent dos tres cuatro cinco seis siete ocho "
    "nueve diez doce trece catorce quince dieciséis dieciseis diecisiete dieciocho diecinueve veinte treinta "
    "cuarenta cincuenta sesenta setenta ochenta noventa cien ciento veintiuno veintidós veintidos veintitrés "
    "veintitres veinticuatro veinticinco veintiséis veintiseis veintisiete veintiocho veintinueve"
)
_DE_NL_NUM = word_set(
    "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn "
    "achtzehn neunzehn zwanzig dreißig vierzig fünfzig twee drie vier vijf zes zeven acht negen tien elf "
    "twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig dertig veertig vijftig"
)


def _house(words: frozenset[str]) -> str:
    word = "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"
    one = rf"{word}(?:-(?:{word}|et|un|une|y|uno|und|en|één|een|one))*"
    joined = r"(?:et|y|and)[ \t]+(?:un|une|uno|one)(?![\w-])"  # "vingt et un", "treinta y uno"
    return rf"{one}(?:[ \t]+(?:{joined}|(?:(?:et|y|and)[ \t]+)?{one})){{0,2}}(?:[ \t]+(?:bis|ter))?"


_NAME_WORD = r"[^\W\d_][\w'’-]*"
_SPOKEN_ADDRESS = [  # matched on the lower-cased text with the stdlib engine, as the phone runs
    # French and Spanish: the street word first, the number after the name, the town after "à"
    re.compile(
        rf"(?<![\w-])(?:rue|avenue|boulevard|chemin|allée|allee|impasse|quai|calle|avenida|paseo|camino|"
        rf"plaza|carrer)[ \t]+(?:(?:de[ \t]+la|de[ \t]+l['’]|del|de|du|des|la|le)[ \t]*)?{_NAME_WORD}"
        rf"(?:[ \t]+{_NAME_WORD}){{0,2}}?,?[ \t]+(?:(?:número|numero|num|nº|n°)[ \t]+)?(?P<n>{_house(_FR_ES_NUM)})"
        rf"(?:[ \t]+(?:à|a|en)[ \t]+{_NAME_WORD})?(?![\w-])"
    ),
    # English: the number first, a street word last ("forty two church street")
    re.compile(
        rf"(?<![\w-])(?P<n>{_house(_EN_NUM)})[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?[ \t]+"
        rf"(?:street|road|lane|avenue|drive|close|crescent|terrace|grove|gardens)(?![\w-])"
    ),
    # German and Dutch: the street word at the end of the name, the number after it
    re.compile(
        rf"(?<![\w-]){_NAME_WORD}(?:straße|strasse|weg|gasse|platz|allee|ring|damm|straat|laan|gracht|"
        rf"plein|kade|dijk|singel)[ \t]+(?:nummer[ \t]+)?(?P<n>{_house(_DE_NL_NUM)})(?![\w-])"
    ),
]


def _words_re(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")(?![\w])")


# Each pattern runs only where its street words and a house-number word of its languages stand (most texts
# have neither): French and Spanish, English, German and Dutch
_GATES = (
    (
        (
            "rue",
            "avenue",
            "boulevard",
            "chemin",
            "allée",
            "allee",
            "impasse",
            "quai",
            "calle",
            "avenida",
            "paseo",
            "camino",
            "plaza",
            "carrer",
        ),
        _words_re(_FR_ES_NUM),
    ),
    (
        ("street", "road", "lane", "avenue", "drive", "close", "crescent", "terrace", "grove", "gardens"),
        _words_re(_EN_NUM),
    ),
    (
        (
            "straße",
            "strasse",
            "weg",
            "gasse",
            "platz",
            "allee",
            "ring",
            "damm",
            "straat",
            "laan",
            "gracht",
            "plein",
            "kade",
            "dijk",
            "singel",
        ),
        _words_re(_DE_NL_NUM),
    ),
)


def spoken_addresses(text: str) -> Iterator[Span]:
    """Street addresses whose house number is spelt out in words (dictated notes)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return  # a letter whose lower case is longer would shift the offsets: such texts are left out
    for pattern, (hints, numbers) in zip(_SPOKEN_ADDRESS, _GATES, strict=True):
        if not any(word in lowered for word in hints) or not numbers.search(lowered):
            continue
        for m in pattern.finditer(lowered):
            yield Span(m.start(), m.end(), "ADDRESS", 0.6, "address")
