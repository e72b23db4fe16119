"""Callers who say who they are, as speech recognition writes it: in lower case, with fillers and titles ("hola
buenas soy luz marina castaño llamo por", "u spreekt met fleur van der meer van de administratie", "c'est
mehmet euh mehmet eustur du garage", "hier ist jonas winter von geo plan"), and names spelt out letter by
letter ("p e t r o v i c", "Y-I-L-D-I-R-I-M")."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction import namelike
from redaction.lexicon import word_set
from redaction.recognizers.person.tokens import Token, blocked, known_first, known_surname
from redaction.recognizers.person.words import PARTICLES
from redaction.types import Span

# Words that introduce the speaker's own name, alone ("soy", "c'est") or after another word ("this is")
_INTRO_WORDS = word_set("soy c'est m'appelle i'm")
_INTRO_PAIRS = frozenset(
    {
        ("this", "is"),
        ("name", "is"),
        ("name's", ""),
        ("i", "am"),
        ("hier", "ist"),
        ("hier", "spricht"),
        ("name", "ist"),
        ("ich", "bin"),
        ("je", "suis"),
        ("moi", "c'est"),
        ("c", "est"),
        ("nom", "est"),
        ("spreekt", "met"),
        ("ik", "ben"),
        ("naam", "is"),
        ("hier", "is"),
        ("me", "llamo"),
        ("nombre", "es"),
        ("le", "habla"),
        ("les", "habla"),
        ("te", "habla"),
    }
)
# what a speaker says between the introduction and the name ("c'est euh mehmet", "met mevrouw de boer")
_FILLERS = word_set("euh uh eh äh ähm ehm em hm eeh ehh uhm um encore again wieder weer")
# what a caller says right after their own given name ("this is joy calling for", "soy curro voy conduciendo",
# "c'est rose du cabinet"): after one of these, a given name that is a word too is the caller's
_AFTER_OWN_NAME = word_set(
    "calling from here speaking again llamando hablando de del voy du des von vom aus hier van uit"
)
_SPOKEN_TITLES = word_set(
    "mevrouw meneer mevr dhr herr frau monsieur madame mme señor señora sr sra doña don mr mrs ms miss doctor dr "
    "doktor docteur dokter"
)


# any word that can stand right before the name
_BEFORE_NAME = _INTRO_WORDS | {b for _, b in _INTRO_PAIRS} | _FILLERS | _SPOKEN_TITLES


def _introduced(tokens: list[Token], i: int) -> bool:
    """Whether the words before ``tokens[i]`` (fillers and titles skipped) introduce the speaker."""
    k = i - 1
    # fillers, titles and the name said twice ("c'est mehmet euh mehmet eustur")
    while k >= 0 and (
        tokens[k].folded in _FILLERS
        or tokens[k].folded in _SPOKEN_TITLES
        or tokens[k].folded == tokens[i].folded
    ):
        k -= 1
    if k < 0 or not tokens[k].text.islower():
        return False
    if tokens[k].folded in _INTRO_WORDS:
        return True
    return k >= 1 and (tokens[k - 1].folded, tokens[k].folded) in _INTRO_PAIRS


def _given(tok: Token) -> bool:
    return (
        tok.text.isalpha()
        and len(tok.text) >= 3
        and not blocked(tok.folded)
        and tok.folded not in lx.all_stopwords()
        and (known_first(tok.folded, ambiguous_ok=True) or (namelike.name_like(tok.folded, 0.3)))
    )


def _family(tok: Token) -> bool:
    """A word that can end a spoken full name: a surname of the lists, a word-surname, or a word that is no
    frequent word of our languages ("eustur")."""
    return (
        tok.text.isalpha()
        and len(tok.text) >= 3
        and tok.folded not in lx.all_stopwords()
        and not blocked(tok.folded)
        and (
            known_surname(tok.folded)
            or tok.folded in lx.word_surnames()
            or not lx.plain_word(tok.folded)
            or known_first(tok.folded, ambiguous_ok=False)
        )
    )


def self_introduced(tokens: list[Token], i: int) -> tuple[int, int, float] | None:
    """(index after the name, end offset, score) for a lower-case name the speaker introduces at ``tokens[i]``:
    a given name (a second one may follow), then particles and a family name, or a family name."""
    tok = tokens[i]
    n = len(tokens)
    # the cheap tests first: this runs for every lower-case word
    if i == 0 or (tokens[i - 1].folded not in _BEFORE_NAME and tokens[i - 1].folded != tok.folded):
        return None
    if not tok.text.islower() or not _introduced(tokens, i) or not _given(tok):
        return None
    end = i + 1
    if end < n and tokens[end].text.islower() and known_first(tokens[end].folded, ambiguous_ok=True):
        nxt = tokens[end]
        if nxt.text.isalpha() and len(nxt.text) >= 3 and nxt.folded not in lx.all_stopwords():
            end += 1  # "luz marina"
    k = end
    while k < n and k - end < 3 and tokens[k].text.islower() and tokens[k].folded in PARTICLES:
        k += 1
    if k > end:  # "fleur van der meer": after particles any word that is no stop word
        last = tokens[k] if k < n else None
        if (
            last is not None
            and last.text.islower()
            and last.text.isalpha()
            and len(last.text) >= 3
            and last.folded not in lx.all_stopwords()
        ):
            return k + 1, last.end, 0.6
    elif k < n and tokens[k].text.islower() and _family(tokens[k]):
        stop = k
        second = tokens[k + 1] if k + 1 < n else None
        if second is not None and second.text.islower() and _family(second) and known_surname(second.folded):
            stop = k + 1  # a double surname ("fatima machado lopes")
        return stop + 1, tokens[stop].end, 0.6  # "mehmet eustur", "jonas winter"
    # a given name alone: one of the lists that is no word ("c'est mehmet"), or spelt clearly like a name
    alone = not lx.plain_word(tok.folded) and (
        known_first(tok.folded, ambiguous_ok=False) or namelike.name_like(tok.folded, 0.5)
    )  # not "c'est toi"
    # "this is joy calling", "soy curro voy conduciendo": a given name that is a word too, then the caller's words
    alone = alone or (
        end < n
        and tokens[end].folded in _AFTER_OWN_NAME
        and tokens[end].text.islower()
        and (known_first(tok.folded, ambiguous_ok=True) or tok.folded in lx.word_like_names())
    )
    return (end, tokens[end - 1].end, 0.55) if alone else None


# A name spelt out letter by letter: single letters joined by spaces or hyphens ("p e t r o v i c",
# "Y-I-L-D-I-R-I-M", "m a c h a d o"), five letters or more, or four after a word of spelling
_SPELT = re.compile(  # the stdlib engine: it runs on every text
    r"(?<![\w'’-])[^\W\d_](?:(?:[ \t]|[ \t]?-[ \t]?)[^\W\d_]){3,}(?![\w'’]|-[^\W\d_])"
)
_SPELLING_CUES = regex.compile(
    r"(?i:spelt|spelled|spelling|spell|buchstabiert|buchstabieren|épelé|épeler|s'écrit|se[ \t]escribe|deletreo|"
    r"deletreado|gespeld|spellen|that's|c'est|das[ \t]ist|es|is)[ \t:,(]*\Z"
)


def spelt_names(text: str) -> Iterator[Span]:
    """Names spelt out letter by letter in dictated or typed notes."""
    for m in _SPELT.finditer(text):
        letters = [ch for ch in m.group() if ch.isalpha()]
        cued = _SPELLING_CUES.search(text, max(0, m.start() - 30), m.start()) is not None
        same_case = all(ch.islower() for ch in letters) or all(ch.isupper() for ch in letters)
        if same_case and (len(letters) >= 5 or (cued and len(letters) >= 4)):
            yield Span(m.start(), m.end(), "PERSON", 0.6, "person_rules")
