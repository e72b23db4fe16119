"""Phone numbers spelt out in words, as dictation and speech-to-text write them ("oh seven seven hundred nine
hundred one four two", "seis uno dos cuatro ...", "zéro un quatre-vingt-dix-neuf zéro zéro ...").

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
_TENS = word_set(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty "
    "fifty sixty seventy eighty ninety diez once doce trece catorce quince dieciséis dieciseis diecisiete "
    "dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa tien elf "
    "twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig dertig veertig vijftig "
    "zestig zeventig tachtig negentig zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn "
    "achtzehn neunzehn zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig dix onze douze "
    "treize quatorze quinze seize vingt vingts trente quarante cinquante soixante"
    # Belgian and Swiss French ("septante-cinq", "nonante-sept")
    " septante nonante huitante octante"
)
_REPEAT = {"double": 1, "triple": 2, "doppel": 1, "dubbel": 1}
_ZEROS = {"hundred": 2, "hundert": 2, "cent": 2, "honderd": 2, "cien": 2, "thousand": 3, "tausend": 3}
_ALL = sorted(_DIGITS | _TENS | set(_REPEAT) | set(_ZEROS), key=len, reverse=True)
_NUMBER_WORD = r"(?:" + "|".join(_ALL) + r")(?:-(?:" + "|".join([*_ALL, "et"]) + r"))*"
# five number words or more in a row: one regex pass over the text, words scored only inside a match
# between two number words: spaces and commas, "et"/"y" inside a number ("vingt et un", "treinta y dos"), or a
# dash said as a word ("minus", "Strich", "tiret", "streepje", "guion")
_JOIN = r"(?:[\s,.]{1,3}|\s+(?:et|y|minus|strich|bindestrich|tiret|streepje|guion|guión|dash)\s+)"
_RUN = re.compile(  # the stdlib engine: much faster than ``regex`` on a large alternation
    rf"(?<![\w-]){_NUMBER_WORD}(?:{_JOIN}{_NUMBER_WORD}){{4,}}(?![\w-])"
)  # matched on the lower-cased text (case-insensitive matching is four times slower)
_RUN_ANY_CASE = re.compile(_RUN.pattern, re.IGNORECASE)
_WORD = regex.compile(r"[\p{L}]+(?:-[\p{L}]+)*")


def _value(word: str) -> int:
    """Digits a number word stands for."""
    if word in _DIGITS:
        return 1
    if word in _TENS or "-" in word:
        return 2  # "twenty", "quatre-vingt-dix-neuf", "dix-sept", "quarante-deux"
    return _REPEAT.get(word, _ZEROS.get(word, 0))


def spoken_numbers(text: str) -> Iterator[Span]:
    """Spans of spelt-out phone numbers."""
    lowered = text.lower()
    # a letter whose lower case is longer ("İ") would shift the offsets: match case-insensitively instead
    found = _RUN.finditer(lowered) if len(lowered) == len(text) else _RUN_ANY_CASE.finditer(text)
    for m in found:
        if sum(_value(w.lower()) for w in _WORD.findall(m.group())) >= 8:
            yield Span(m.start(), m.end(), "PHONE", 0.7, "phone")
