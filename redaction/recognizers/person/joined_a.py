"""Surinamese-Chinese family names joined by a capital "A": "Tjon A Fong", "Fung A Loi", "Lie A Ling", "Tjin A
Djie", with the given name before them ("Kenneth Fung A Loi") or a double name's other half ("Brouwer-Tjon A
Fong").

The clan's syllable before the "A" is one of the few that these names start with; the syllable after it is
capitalised and short. A first name of the lists right before the name is taken with it; a capitalised word or an
ampersand after it makes it a firm's name ("Tjon A Fong Installatietechniek", "Lie A Ling B.V.").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction.normalize import fold_str
from redaction.types import Span

# the clans' syllables before the joining "A"
_CLANS = (
    "Tjon|Tjin|Tjong|Tjoe|Tjen|Fung|Lie|Kon|Chin|Wong|Sang|Jong|Lin|Ho|Tsang|Tsai|Liem|Lim|Man|Kong|Tam|Tang|"
    "Foe|Sjoe|Chang|Joe|Loe|Sam|Song|Akum|Ahin|Kiem|Kwie|Lee|Lo|Ng|Tai|Ten|Tsjoe|Wijngaarde|Soe"
)
_JOINED = regex.compile(
    rf"(?<![\p{{L}}])(?:(?P<given>\p{{Lu}}\p{{Ll}}+)[ ]|\p{{Lu}}\p{{Ll}}+-)?(?P<name>(?:{_CLANS})[ ]A[ ]\p{{Lu}}\p{{Ll}}{{1,7}})"
    r"(?![\p{L}-])"
    # not a firm named after the family ("Tjon A Fong Installatietechniek", "Lie A Ling B.V.", "Kon A Sen & Zn")
    r"(?![ ]\p{Lu}|[ ]&)"
)


def joined_a_names(text: str) -> Iterator[Span]:
    if " A " not in text:
        return
    for m in _JOINED.finditer(text):
        given = m.group("given")
        start = m.start("name")
        if given is not None and fold_str(given) in lx.first_names():
            start = m.start("given")  # "Kenneth Fung A Loi"
        elif m.group() != m.group("name") and given is None:
            start = m.start()  # "Brouwer-Tjon A Fong": the double name whole
        yield Span(start, m.end("name"), "PERSON", 0.8, "person_rules")
