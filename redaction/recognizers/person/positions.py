"""Where a token stands: after a self-introduction, before a place noun, at a line start, near a time."""

from __future__ import annotations

from redaction import lexicon as lx
from redaction import namelike
from redaction.recognizers.person.tokens import (
    ONE_SYLLABLE,
    Token,
    blocked,
    chain,
    is_cap,
    known_first,
    known_surname,
)
from redaction.recognizers.person.words import (
    _ABSENT,
    _INTRODUCTIONS,
    _IS,
    _NAME_ARTICLES,
    _TRAVEL_TO,
    DETERMINERS,
    TRAVEL_WORDS,
)


def _introduced(tokens: list[Token], i: int) -> bool:
    """After a self-introduction ("my name is", "ich bin", "je m'appelle", "me llamo", "ik ben")."""
    for size in (3, 2, 1):
        if i >= size and tuple(t.folded for t in tokens[i - size : i]) in _INTRODUCTIONS:
            return size > 1 or i == size or tokens[i - size - 1].text in (".", "!", "?", "\n", ",", ":")
    return False


def _place_noun(folded: str) -> bool:
    """A word that makes the name before it a place or an organisation ("offices", "team", "airport")."""
    tails = lx.NON_PERSON_TAILS
    if folded in tails or (folded.endswith("s") and folded[:-1] in tails):
        return True
    return folded.endswith("es") and folded[:-2] in tails  # "branches", "boxes"


def _places_ahead(tokens: list[Token], k: int) -> bool:
    """A place noun at ``tokens[k]``, or after "and" and one more capitalised word ("and Sydney offices")."""
    n = len(tokens)
    if k < n and _place_noun(tokens[k].folded):
        return True
    joined = k + 2 < n and tokens[k].folded in lx.COORDINATORS and is_cap(tokens[k + 1])
    return joined and _place_noun(tokens[k + 2].folded)


def _after_travel(tokens: list[Token], i: int) -> bool:
    """After a travel word and "to"/"nach"/"naar" ("Flight to Kuala Lumpur", "Train to Santa Cruz")."""
    return i >= 2 and tokens[i - 1].folded in _TRAVEL_TO and tokens[i - 2].folded in TRAVEL_WORDS


# Relative pronouns that are determiners too: before a known first name and its verb, the subject of a relative
# clause ("the req that Priya closed", "das Angebot, das Priya geschickt hat", "de offerte die Sanne stuurde")
_RELATIVES = frozenset({"that", "das", "dat", "die"})


def _lone_noun(tokens: list[Token], i: int) -> bool:
    """A single word after a count or an article is a thing ("3 Tage", "the Will"), unless the count is part
    of a clock time or "1:1", or the article is the colloquial one before a known first name ("der Timo")."""
    if i == 0:
        return False
    prev = tokens[i - 1]
    if prev.text.isdigit():
        return not (i >= 2 and tokens[i - 2].text == ":")
    if prev.text.lower() not in DETERMINERS:
        return False  # not "à" (to), which folds to the article "a"
    if prev.text == "de" and known_first(tokens[i].folded, ambiguous_ok=False) and tokens[i].text.isalpha():
        return False  # "de" of French/Spanish, the Swiss "de Roger": Dutch "de" is no article of a capital
    if prev.text == "je" and known_first(tokens[i].folded, ambiguous_ok=False):
        return False  # the Dutch "je" is "you" as often as "your": "dan neem je Rignald mee", "heb je Sanne gezien"
    if prev.text == "an" and known_first(tokens[i].folded, ambiguous_ok=False):
        return False  # the German "an" ("Bitte an Frauke weiterleiten"); "an" is rare before an English name
    if prev.text == "an" and known_surname(tokens[i].folded):
        # the German "an" before a surname closing the clause ("Kopie an Gruber.")
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None or nxt.text in (".", ",", ";", "!", "?", "\n"):
            return False
    if prev.text == "a" and known_first(tokens[i].folded, ambiguous_ok=False):
        # the Spanish personal "a", the German "an": a known first name closing the clause or before a
        # function word ("cubre a Joaquín esta semana", "Rückmeldung an Aylin."), not "a Jordan trip"
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None or not nxt.text.isalpha() or nxt.folded in lx.all_stopwords():
            return False
    if (
        (prev.folded in _NAME_ARTICLES or prev.folded in _RELATIVES)
        and prev.text.islower()
        and known_first(tokens[i].folded, ambiguous_ok=False)
    ):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        return not (nxt is not None and nxt.text.isalpha() and nxt.text.islower())
    return True


def _line_start(tokens: list[Token], i: int) -> bool:
    """At the start of a line, of a quoted line ("> "), or after a chat time stamp ("[10:42] ")."""
    return i == 0 or tokens[i - 1].text in ("\n", ">", "]")


def _checkbox_before(tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` follows a checklist box ("[ ] buddy:", "[x] laptop"): a label, not a speaker."""
    if i < 2 or tokens[i - 1].text != "]":
        return False
    inner = tokens[i - 2]
    return inner.text == "[" or (i >= 3 and tokens[i - 3].text == "[" and inner.folded in ("x", "✓", "v"))


def _signs_off(tokens: list[Token], k: int, names: frozenset[str]) -> bool:
    """Whether ``tokens[k]`` is one word ending the text after a closing formula, spelt like a name."""
    tok = tokens[k]
    rest = tokens[k + 1 :]
    if not tok.text.isalpha() or len(tok.text) < 3 or any(t.text[0].isalnum() for t in rest):
        return False
    if blocked(tok.folded) or tok.text.isupper() or tok.folded in lx.MONTHS:
        return False
    if tok.text.islower():
        return known_first(tok.folded, ambiguous_ok=True) or namelike.name_like(tok.folded, 0.0)
    return (
        tok.folded in names
        or known_first(tok.folded, ambiguous_ok=True)
        or namelike.name_like(tok.folded, -0.5)
    )


def _time_before(tokens: list[Token], close: int) -> bool:
    """Whether the brackets closing at ``tokens[close]`` hold a clock time ("[10:42]", "[Mo 09:05]")."""
    k = close - 1
    while k >= 0 and tokens[k].text not in ("[", "\n") and close - k < 8:
        if tokens[k].text == ":" and k >= 1 and tokens[k - 1].text.isdigit() and tokens[k + 1].text.isdigit():
            return True
        k -= 1
    return False


def _time_after(tokens: list[Token], k: int) -> int | None:
    """Index after a clock time at ``tokens[k]`` ("10:02 AM", "[2:14 PM]", "09:12"), or None."""
    n = len(tokens)
    bracket = k < n and tokens[k].text in ("[", "(")
    if bracket:
        k += 1
    if not (
        k + 2 < n and tokens[k].text.isdigit() and tokens[k + 1].text == ":" and tokens[k + 2].text.isdigit()
    ):
        return None
    k += 3
    if k < n and tokens[k].folded in ("am", "pm", "uhr", "h"):
        k += 1
    if bracket:
        if k >= n or tokens[k].text not in ("]", ")"):
            return None
        k += 1
    return k


def _lower_text(tokens: list[Token]) -> bool:
    """A text written in lower case: at least six words and no capitalised word but "I" and acronyms."""
    words = [t for t in tokens if t.text[0].isalpha()]
    caps = [t for t in words if t.text[0].isupper() and t.text != "I" and not t.text.isupper()]
    return len(words) >= 6 and not caps


def _clock_line_start(tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` follows a clock time that opens its line ("00:14:02 Rinchen Dorji:")."""
    k = i - 1
    seen = 0
    while k >= 0 and (tokens[k].text.isdigit() or tokens[k].text == ":") and seen < 6:
        k -= 1
        seen += 1
    return seen >= 3 and tokens[i - 2].text == ":"


def _after_initials(tokens: list[Token], i: int) -> int:
    """Index after initials at ``tokens[i]`` ("J.K. ", "A. ", "J. K. "); ``i`` if none."""
    k = i
    while (
        k + 1 < len(tokens)
        and len(tokens[k].text) == 1
        and tokens[k].text.isupper()
        and tokens[k + 1].text == "."
        and k - i < 7
    ):
        k += 2
        # "J.-P. Rochat", "M.-C. Dubois": French hyphenated initials
        hyphen = k + 2 < len(tokens) and tokens[k].text == "-" and tokens[k].start == tokens[k - 1].end
        if (
            hyphen
            and len(tokens[k + 1].text) == 1
            and tokens[k + 1].text.isupper()
            and tokens[k + 2].text == "."
        ):
            k += 1
    return k


def _name_with_initials(tokens: list[Token], i: int) -> int:
    """Index after a name of capitalised words with initials before ("J.K. Mensah") or after ("Svetlana K.")."""
    k = _after_initials(tokens, i)
    if k > i:
        return chain(tokens, k, 3) if chain(tokens, k, 3) > k else i
    end = chain(tokens, i, 4)
    return _initial_after(tokens, i, end)


def _initial_after(tokens: list[Token], i: int, end: int) -> int:
    """``end`` moved past one capital initial with its dot right after the name ``tokens[i:end]``
    ("Sowmya K.", "Anna M."); ``end`` if none."""
    initial = end > i and end + 1 < len(tokens) and len(tokens[end].text) == 1 and tokens[end].text.isupper()
    if initial and tokens[end + 1].text == "." and tokens[end].start == tokens[end - 1].end + 1:
        return end + 2
    return end


def _sentence_start(tokens: list[Token], i: int) -> bool:
    return i == 0 or tokens[i - 1].text in (".", "!", "?", "\n", ">", ":", ";", "(")


def _greeted_name(tok: Token) -> bool:
    """A single capitalised word a greeting may name: a known first name or a word spelt like a name."""
    if not (is_cap(tok) and tok.text.isalpha() and not tok.text.isupper()) or blocked(tok.folded):
        return False
    return known_first(tok.folded, ambiguous_ok=True) or namelike.name_like(tok.folded, 0.0)


_ALSO = frozenset({"also", "too", "ook", "auch", "aussi", "también", "tambien"})


def _absent_after(tokens: list[Token], k: int) -> bool:
    """Whether an absence phrase starts at ``tokens[k]`` (after an optional "is"/"ist"/"est")."""
    if k < len(tokens) and tokens[k].folded in _ALSO:
        k += 1  # "sunny also wfh", "lars ook ziek"
    if k < len(tokens) and tokens[k].folded in _IS:
        k += 1
    one = tokens[k].folded if k < len(tokens) else ""
    two = tokens[k + 1].folded if k + 1 < len(tokens) else ""
    if one in ("off", "out", "away") and two in ("to", "of", "the"):
        return False  # "off to a slow start", "out of scope"
    return (one,) in _ABSENT or (one, two) in _ABSENT


def lower_east_asian_name(tokens: list[Token], i: int) -> tuple[int, int, float] | None:
    """Two lower-case romanised syllables that are both first names of the lists, in a text written in lower
    case ("jun hao also not sure", "ask wei ling"): one given name in two words, or family and given name."""
    if i + 1 >= len(tokens):
        return None
    first, second = tokens[i], tokens[i + 1]
    if second.start - first.end != 1 or not (first.text.islower() and second.text.islower()):
        return None
    for tok in (first, second):
        if not (tok.text.isalpha() and ONE_SYLLABLE.fullmatch(tok.folded)):
            return None
        if not known_first(tok.folded, ambiguous_ok=True) or tok.folded in lx.all_stopwords():
            return None
        if tok.folded in lx.word_like_names() or blocked(tok.folded):
            return None
    if not any(known_first(t.folded, ambiguous_ok=False) for t in (first, second)):
        return None
    return (i + 2, second.end, 0.55) if _lower_text(tokens) else None


def sentence_has(tokens: list[Token], i: int, words: frozenset[str]) -> bool:
    """Whether the sentence holding ``tokens[i]`` has one of ``words`` before it."""
    k = i - 1
    while k >= 0 and tokens[k].text not in (".", "!", "?", "\n"):
        if tokens[k].folded in words:
            return True
        k -= 1
    return False
