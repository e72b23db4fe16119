"""Family names in lower case, as a team's chat writes them, where only a person stands.

"marko: brandt bringt die muster morgen", "yacine: ok. lemaire passe demain", "hat jemand die nummer von
brandt?", "le numéro de lemaire", "het nummer van bakker": a surname of the lists that is no word of our
languages and no given name (given names have their own rules), opening a chat message or a sentence before
its verb, or after a phone number's word and "of". Never a word, a place, a month or a team's word.
"""

from __future__ import annotations

from collections.abc import Iterator

from redaction import lexicon as lx
from redaction.recognizers.person.tokens import Token, blocked, known_first, known_surname
from redaction.recognizers.person.words import _AUXILIARIES, _SUBJECT_AUX
from redaction.types import Span

# Negations and clitics that may stand between a subject and its verb ("sosa no puede", "lemaire ne vient pas")
_BEFORE_VERB = lx.word_set("no ne n nicht niet not kan kann hat heeft ha a va est is ist")
# Words of a phone number, an address or a file, then "of" ("die nummer von brandt", "el cel de sosa")
_NUMBER_NOUNS = lx.word_set(
    "nummer handynummer telefonnummer nummer mobiel number mobile phone cell cel celular numéro numero "
    "portable tel móvil movil fijo mail email adresse address adres dirección direccion lager büro bureau "
    "oficina kantoor office"
)
_OF = lx.word_set("von van de del du of di")


def _surname_word(tok: Token) -> bool:
    folded = tok.folded
    return (
        tok.text.isalpha()
        and tok.text.islower()
        and len(tok.text) >= 4
        and known_surname(folded)
        and not known_first(folded, ambiguous_ok=True)
        and not lx.plain_word(folded)
        and not blocked(folded)
        and folded not in lx.places()
        and folded not in lx.MONTHS
        and folded not in lx.TEAM_WORDS
        and folded not in lx.word_surnames()
    )


def _message_start(tokens: list[Token], i: int) -> bool:
    """After a chat speaker's colon, or a sentence's end, on a line that opens with "name:" ("marko: brandt")."""
    if i < 2:
        return False
    prev = tokens[i - 1]
    if prev.text not in (":", ".", "!", "?"):
        return False
    k = i - 1
    while k > 0 and tokens[k - 1].text != "\n":
        k -= 1
    # the line opens with a speaker: "[09:15] marko:", "mo:", "rose.nguyen:"
    colon = next((j for j in range(k, i) if tokens[j].text == ":" and j > k), None)
    return colon is not None and colon <= i - 1 and any(t.text[:1].isalpha() for t in tokens[k:colon])


def lower_surnames(tokens: list[Token]) -> Iterator[Span]:
    """Lower-case surnames of a chat (see the module's docstring)."""
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if not tok.text.islower() or not _surname_word(tok):
            continue
        nxt = tokens[i + 1] if i + 1 < n else None
        subject = (
            _message_start(tokens, i)
            and nxt is not None
            and nxt.text.isalpha()
            and nxt.text.islower()
            and (
                nxt.folded not in lx.all_stopwords()
                or nxt.folded in _BEFORE_VERB
                or nxt.folded in _SUBJECT_AUX
                or nxt.folded in _AUXILIARIES
            )
        )
        numbered = (
            i >= 2
            and tokens[i - 1].folded in _OF
            and tokens[i - 1].text.islower()
            and tokens[i - 2].folded in _NUMBER_NOUNS
            and (nxt is None or not nxt.text[:1].isalpha())
        )
        if subject or numbered:
            yield Span(tok.start, tok.end, "PERSON", 0.55, "person_rules")
