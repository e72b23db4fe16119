"""Tokens and the basic tests of the person rules: capitalisation, blocked words, name chains, known names."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

from redaction import lexicon as lx
from redaction import namelike
from redaction.normalize import fold_str
from redaction.recognizers.person.named import PLACE_HEADS
from redaction.recognizers.person.words import (
    _FORMAL_PRONOUNS,
    _GERMAN_ARTICLES,
    _INDEFINITE,
    ADDRESSEES,
    CLOSINGS,
    EAST_ASIAN_SURNAMES,
    LABEL_NOUNS,
    PARTICLES,
)

_TOKEN = regex.compile(r"[\p{L}\p{M}](?:[\p{L}\p{M}'’-]*[\p{L}\p{M}])?|\d+|\n|[^\s\p{L}\p{M}\d]")


class Token(NamedTuple):
    """A token of the person rules (a named tuple: built for every word of every text, so cheap to make)."""

    text: str
    start: int
    end: int
    folded: str


_fold = lru_cache(maxsize=65536)(fold_str)


@lru_cache(maxsize=16)
def _tokens(text: str) -> tuple[Token, ...]:
    return tuple(Token(m.group(), m.start(), m.end(), _fold(m.group())) for m in _TOKEN.finditer(text))


def tokenize(text: str) -> list[Token]:
    """Word, number, newline and punctuation tokens with offsets (the rules, NER's filter and the scorer
    tokenize the same text: the last few are kept)."""
    return list(_tokens(text))


# Arabic and Persian surnames written with their lower-case article: "al-Amin", "el-Sayed", "bin-Talal"
_ARTICLE_PREFIX = regex.compile(r"(?:al|el|ul|ad|ed|ar|as|at|az|ash|bin|ibn|abu|bint)-\p{Lu}")


def is_cap(tok: Token) -> bool:
    first = tok.text[0]
    if first.isupper():
        return first.isalpha()
    return "-" in tok.text[2:5] and _ARTICLE_PREFIX.match(tok.text) is not None


@lru_cache(maxsize=65536)
def blocked(folded: str) -> bool:
    """Words that never start or continue a name (stop words, tools, organisation tails)."""
    return (
        folded in lx.all_stopwords()
        or folded in lx.NON_PERSON_TAILS
        or folded in ADDRESSEES
        or folded in lx.TITLES
        or folded in _tool_words()
        or folded.endswith(lx.COMPANY_WORD_ENDINGS)
        or folded in lx.ROLE_WORDS
        or folded in CLOSINGS  # "Atte." (atentamente) is a closing, not the Finnish name
        or folded in lx.FESTIVALS  # "Pongal wishes", "Eid Mubarak"
        or ("-" in folded and folded.rsplit("-", 1)[1] in lx.NON_PERSON_TAILS)  # "Meier-Tech", "Nord-Bau"
        or folded in _INDEFINITE  # "Both Maile and Kanoa", "Someone"
        or folded in _FORMAL_PRONOUNS  # "bei Ihnen", "Passt Ihnen der 14.?"
        or folded in lx.WEEKDAYS
        or (folded.endswith("'s") and folded[:-2] in lx.WEEKDAYS)
        or folded in LABEL_NOUNS  # "Commentaire Dieumerci :"
    )


def _tool_words() -> frozenset[str]:
    global _TOOLS
    if _TOOLS is None:
        _TOOLS = frozenset(fold_str(t) for t in lx.tool_terms() if " " not in t)
    return _TOOLS


_TOOLS: frozenset[str] | None = None


def _is_date_word(tokens: list[Token], j: int) -> bool:
    """A month or weekday used as a date ("May 2024", "3 June", "in Mai"), not a name ("May Chen")."""
    if tokens[j].folded not in lx.MONTHS:
        return False
    near = [tokens[k] for k in (j - 1, j + 1) if 0 <= k < len(tokens)]
    if any(t.text.isdigit() or t.text == "." for t in near):
        return True
    k = j + 1
    while k < len(tokens) and tokens[k].folded in PARTICLES:
        k += 1
    follows_name = k < len(tokens) and is_cap(tokens[k]) and not blocked(tokens[k].folded)
    return not follows_name or tokens[k].folded in lx.MONTHS


def _name_word(tokens: list[Token], j: int) -> bool:
    tok = tokens[j]
    return (
        tok.text[0].isalpha()
        and is_cap(tok)
        and len(tok.text) > 1
        and not (tok.text.isupper() and len(tok.text) <= 4)  # acronyms: "IVA", "TGV", "CFO"
        and not _acronym_plural(tok.text)
        and not blocked(tok.folded)
        and not _is_date_word(tokens, j)
    )


def _acronym_plural(text: str) -> bool:
    """An acronym's plural or possessive ("BSN's", "IDs", "CVs"), no name."""
    base = text[:-2] if text.endswith(("'s", "’s")) else text[:-1] if text.endswith("s") else ""
    return len(base) >= 2 and base.isupper() and len(base) <= 4


def _noun_before_of(folded: str) -> bool:
    """A word no name list knows, long and not spelt like a name or a common word: a noun ("urlaubsantrag",
    "declaratie", "bericht")."""
    return (
        folded.isalpha()
        and not known_first(folded, ambiguous_ok=True)
        and not known_surname(folded)
        and ((len(folded) >= 9 and not namelike.name_like(folded, 0.0)) or folded in lx.common_words())
    )


def _hyphen_tail_surname(tokens: list[Token], i: int, j: int) -> bool:
    """ "Rosalind Achebe-Park": a double surname whose last part is also a firm's tail ("Meier-Tech"), after a
    known first name."""
    tok = tokens[j]
    head, _, tail = tok.folded.rpartition("-")
    return (
        bool(head)
        and is_cap(tok)
        and tail in lx.NON_PERSON_TAILS
        and head.isalpha()
        and not blocked(head)
        and tok.text.rpartition("-")[2][:1].isupper()
        and known_first(tokens[i].folded, ambiguous_ok=False)
    )


# Particles only inside a name, after a name word: "de los", "de las" in lower case, the Italian "Lo"
_INNER_PARTICLES = frozenset({"los", "las", "lo"})


def chain(tokens: list[Token], i: int, limit: int = 4) -> int:
    """Index after the name starting at ``tokens[i]`` (capitalised words and particles); ``i`` if none."""
    j = i
    names = 0
    while j < len(tokens) and names < limit:
        if _name_word(tokens, j) or (names and j == i + 1 and _hyphen_tail_surname(tokens, i, j)):
            names += 1
            j += 1
            continue
        if names >= 2 and _catalan_and(tokens, j):
            j += 1  # "Montse Puig i Ferrer": the Catalan "i" between two family names
            continue
        # particles: "de Vries", "Ruiz de la Fuente", "Van der Berg"
        k = j
        while k < len(tokens) and (tokens[k].folded in PARTICLES or tokens[k].text == "Ó") and k - j < 3:
            inner = tokens[k].folded in _INNER_PARTICLES
            if inner and not (names and (tokens[k].text.islower() or tokens[k].text == "Lo")):
                break  # "Espinosa de los Monteros", "Giuseppina Lo Bianco"; not "Ganadería Los Olivares"
            k += 1
        if k > j and k < len(tokens) and _name_word(tokens, k) and tokens[k].folded not in PLACE_HEADS:
            # a German article is no particle before a noun ("von Anneliese das Reporting"), only before a
            # surname ("Maria das Neves"), capitalised or not ("Das Gutachten von Rutkowski")
            article = tokens[j].folded in _GERMAN_ARTICLES and k == j + 1
            if article and not (known_surname(tokens[k].folded) or namelike.name_like(tokens[k].folded, 0.3)):
                break
            # a long noun before "of" is no given name ("Verlofaanvraag van Mohamed", "Urlaubsantrag von
            # Sven"): a word of nine letters or more that no list knows and that is not spelt like a name
            if names == 1 and j == i + 1 and tokens[j].text.islower() and _noun_before_of(tokens[i].folded):
                break
            j = k
            continue
        break
    return j


def _catalan_and(tokens: list[Token], j: int) -> bool:
    """A lower-case "i" between two family names ("Puig i Ferrer"), not between two given names ("Joan i Maria")."""
    if tokens[j].text != "i" or j + 1 >= len(tokens) or not _name_word(tokens, j + 1):
        return False
    nxt = tokens[j + 1].folded
    prev = tokens[j - 1].folded
    return known_surname(nxt) and (not known_first(nxt, ambiguous_ok=True) or known_surname(prev))


def _lowercase_name(tok: Token, names: frozenset[str], ambiguous: frozenset[str]) -> bool:
    return tok.folded in names and tok.folded not in ambiguous and len(tok.text) >= 4 and tok.text.islower()


def _mention(tokens: list[Token], i: int) -> bool:
    tok = tokens[i]
    if tok.text != "@" or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return nxt.start == tok.end and nxt.text[0].isalpha() and (i == 0 or tokens[i - 1].end < tok.start)


def _strip_possessive(tok: Token) -> tuple[str, int]:
    """Folded word without an English possessive, and where it ends ("Rose's" -> "rose")."""
    if len(tok.folded) > 3 and tok.folded[-2:] in ("'s", "’s"):
        return tok.folded[:-2], tok.end - 2
    return tok.folded, tok.end


def known_first(folded: str, *, ambiguous_ok: bool) -> bool:
    """A first name of the gazetteer; hyphenated ones count when their parts are names ("jan-willem")."""
    return _known_first(folded, ambiguous_ok)


@lru_cache(maxsize=65536)
def _known_first(folded: str, ambiguous_ok: bool) -> bool:
    names, ambiguous = lx.first_names(), lx.ambiguous_names()
    if folded in names or folded in ambiguous:
        return ambiguous_ok or folded not in ambiguous
    parts = [p for p in folded.split("-") if p]
    if len(parts) < 2 or not all(p in names or p in ambiguous for p in parts):
        return False
    return ambiguous_ok or any(p in names and p not in ambiguous for p in parts)


def known_surname(folded: str) -> bool:
    surnames = lx.surnames()
    return folded in surnames or ("-" in folded and any(p in surnames for p in folded.split("-") if p))


def _chat_name(tok: Token) -> bool:
    """A lower-case known first name that is no frequent word in our languages ("joaquin", not "lien")."""
    return (
        tok.text.islower()
        and len(tok.text) >= 4
        and known_first(tok.folded, ambiguous_ok=False)
        and tok.folded not in lx.word_like_names()
        and tok.folded not in lx.STRONG_VERBS  # "will said he'd do it"
        and not blocked(tok.folded)
    )


def _chat_pair(first: Token, second: Token) -> bool:
    """Two lower-case words joined by "and"/"y"/"en" that are names: one a first name that is no frequent
    word, the other any known first name ("lukas und svenja", "daan en fleur", "carmela y joaquín")."""

    def any_first(tok: Token) -> bool:
        return (
            tok.text.islower()
            and len(tok.text) >= 3
            and known_first(tok.folded, ambiguous_ok=True)
            and tok.folded not in lx.all_stopwords()
        )

    def spelt_like_name(tok: Token) -> bool:  # "moritz und aleyna": a name no list knows
        return (
            tok.text.islower()
            and tok.text.isalpha()
            and len(tok.text) >= 4
            and not blocked(tok.folded)
            and tok.folded not in lx.word_like_names()
            and (tok.folded not in lx.common_words() or known_surname(tok.folded))  # "anular y avisar"
            and namelike.name_like(tok.folded, 0.5)
        )

    if (_chat_name(first) and any_first(second)) or (_chat_name(second) and any_first(first)):
        return True
    return (any_first(first) and spelt_like_name(second)) or (any_first(second) and spelt_like_name(first))


def _surname_like(folded: str) -> bool:
    """A known surname, or a word with a typical surname ending that is no ordinary word."""
    if known_surname(folded):
        return True
    return len(folded) >= 5 and folded.endswith(lx.SURNAME_ENDINGS) and not blocked(folded)


def _known_name(folded: str) -> bool:
    """A first name or surname of the lists that is no ordinary word."""
    return known_first(folded, ambiguous_ok=False) or known_surname(folded)


def name_shaped(words: list[Token]) -> bool:
    """Capitalised words that read as a full name although no list knows them all ("Dawit Tesfaye",
    "Priyanka Raghunathan", "Pino Ruiz"): two or three words, none a word-name or an ordinary word, each
    known or name-like by its letters, and one clearly so."""
    names = [t for t in words if t.folded not in PARTICLES]
    if names and _strip_possessive(names[-1])[1] != names[-1].end:  # "Szabó Zoltán's email"
        last = names[-1]
        cut = len(last.text) - 2
        names[-1] = Token(last.text[:cut], last.start, last.end - 2, _strip_possessive(last)[0])
    if not 2 <= len(names) <= 3 or any(t.folded in lx.ambiguous_names() or blocked(t.folded) for t in names):
        return False
    if any(t.text.isupper() or not t.text.isalpha() and "-" not in t.text for t in names):
        return False
    known = sum(_known_name(t.folded) for t in names[:-1]) + _surname_like(names[-1].folded)
    if known == len(names):
        return True
    # family name first ("Nagy Eszter", "Yamamoto Haruki"): a known surname, then a known first name
    if (
        len(names) == 2
        and known_surname(names[0].folded)
        and known_first(names[1].folded, ambiguous_ok=False)
    ):
        return True
    if not all(_known_name(t.folded) or namelike.name_like(t.folded, -0.3) for t in names):
        return False
    unknown = [namelike.score(t.folded) for t in names[:-1] if not _known_name(t.folded)]
    unknown += [] if _surname_like(names[-1].folded) else [namelike.score(names[-1].folded)]
    return sum(unknown) / len(unknown) > (0.0 if known else 0.2)


# One romanised syllable of Mandarin, Cantonese, Korean or Vietnamese ("lei", "min", "seo", "woo", "ngoc").
_SYLLABLE = r"(?:zh|ch|sh|ng|kk|tt|pp|ss|jj|[bcdfghjklmnpqrstwxyz])?y?[aeiou]{1,3}w?(?:ng|n|m|k|p|t|c|h)?"
ONE_SYLLABLE = regex.compile(_SYLLABLE)
_GIVEN_SYLLABLES = regex.compile(rf"(?:{_SYLLABLE}){{1,2}}(?:-(?:{_SYLLABLE}){{1,2}})?")


def _syllabic(tok: Token) -> bool:
    """A capitalised word of one or two romanised syllables that is no word of our languages."""
    return (
        is_cap(tok)
        and not tok.text.isupper()
        and 2 <= len(tok.text) <= 9
        and _GIVEN_SYLLABLES.fullmatch(tok.folded) is not None
        and tok.folded not in lx.all_stopwords()
        and not blocked(tok.folded)
    )


def east_asian_name(tokens: list[Token], i: int) -> tuple[int, int, float] | None:
    """A family name of the East Asian list before or after a given name of romanised syllables ("Wang Lei",
    "Hu Jun", "Park Minseo", "Jun Park"), or a two-syllable given name written in two words whose second is a
    known first name ("Siew Ling"). A word of the lists or a blocked word ("Park") counts only as the family
    name."""
    if i + 1 >= len(tokens):
        return None
    first, second = tokens[i], tokens[i + 1]
    if second.start - first.end != 1 or not (is_cap(first) and is_cap(second)):
        return None
    if i + 2 < len(tokens) and is_cap(tokens[i + 2]) and tokens[i + 2].start - second.end == 1:
        return None  # three capitalised words: a title or a company, left to the other rules
    # "Li Na": a given name of two letters that is a stop word elsewhere, after the family name
    short_given = (
        len(second.text) == 2
        and second.text[1].islower()
        and ONE_SYLLABLE.fullmatch(second.folded) is not None
        and second.folded not in lx.TITLES
    )
    family_first = first.folded in EAST_ASIAN_SURNAMES and (_syllabic(second) or short_given)
    family_last = second.folded in EAST_ASIAN_SURNAMES and _syllabic(first)
    one = [ONE_SYLLABLE.fullmatch(t.folded) is not None for t in (first, second)]
    split_given = (
        all(one) and _syllabic(first) and _syllabic(second) and known_first(second.folded, ambiguous_ok=False)
    )
    if not (family_first or family_last or split_given):
        return None
    cues = lx.PERSON_CUES | CLOSINGS
    checked = (first,) if family_first and short_given else (first, second)
    if any(t.text.isupper() or t.folded in lx.all_stopwords() or t.folded in cues for t in checked):
        return None
    return i + 2, second.end, 0.6
