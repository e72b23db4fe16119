"""Person names without a statistical model: titles, greetings, hand-over verbs, a first-name gazetteer.

The English spaCy model misses non-English and accented names and cannot read German, French, Spanish or
Dutch text; these rules find the names that business text announces ("Herr Vöhringer", "Bonjour Maël",
"approved by Grant Wilson", "Viele Grüße\\nWiebke Janssen"). First names that are ordinary words ("Will",
"May", "Grant") count only with a surname or a cue.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from redaction import lexicon as lx
from redaction.lexicon import word_set
from redaction.normalize import fold_str
from redaction.types import Span

_TOKEN = regex.compile(r"[\p{L}\p{M}](?:[\p{L}\p{M}'’-]*[\p{L}\p{M}])?|\d+|\n|[^\s\p{L}\p{M}\d]")
PARTICLES = word_set("von van de der den du la le del della di da dos das ter ten zu vom d' mac")
ADDRESSEES = word_set(
    "customer customers colleague colleagues team all sir madam everyone kunde kunden kollegen "
    "kolleginnen zusammen allen client clients cliente clientes klant klanten collega collega's tous "
    "todos iedereen equipo équipe equipe leute folks guys support"
)
CLOSINGS = word_set(
    "regards grüße grusse gruß gruss cordialement saludos groet groeten cheers thanks merci danke gracias "
    "bedankt best salutations atentamente hochachtungsvoll sincerely mvg vg lg bises abrazos"
)
# Before a lone first name these make it a noun: "3 Tage", "die Rose", "the Will" (German nouns are capitalised).
DETERMINERS = word_set(
    "the a an this that der die das den dem des ein eine einen einem einer kein keine pro je jede jeder "
    "le la les un une el los las una het een de deze dit"
)
_NAME_CUES = frozenset(lx.PERSON_BY_CUES | {"cc", "hi", "hallo", "dear", "bonjour", "hola", "hello", "hey"})


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    folded: str


def tokenize(text: str) -> list[Token]:
    """Word, number, newline and punctuation tokens with offsets."""
    return [Token(m.group(), m.start(), m.end(), fold_str(m.group())) for m in _TOKEN.finditer(text)]


def is_cap(tok: Token) -> bool:
    return tok.text[0].isupper() and tok.text[0].isalpha()


def blocked(folded: str) -> bool:
    """Words that never start or continue a name (stop words, tools, organisation tails)."""
    return (
        folded in lx.all_stopwords()
        or folded in lx.NON_PERSON_TAILS
        or folded in ADDRESSEES
        or folded in lx.TITLES
        or folded in _tool_words()
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
        and not blocked(tok.folded)
        and not _is_date_word(tokens, j)
    )


def chain(tokens: list[Token], i: int, limit: int = 4) -> int:
    """Index after the name starting at ``tokens[i]`` (capitalised words and particles); ``i`` if none."""
    j = i
    names = 0
    while j < len(tokens) and names < limit:
        if _name_word(tokens, j):
            names += 1
            j += 1
            continue
        # particles: "de Vries", "Ruiz de la Fuente", "Van der Berg"
        k = j
        while k < len(tokens) and tokens[k].folded in PARTICLES and k - j < 3:
            k += 1
        if k > j and k < len(tokens) and _name_word(tokens, k):
            j = k
            continue
        break
    return j


def _lowercase_name(tok: Token, names: frozenset[str], ambiguous: frozenset[str]) -> bool:
    return tok.folded in names and tok.folded not in ambiguous and len(tok.text) >= 4 and tok.text.islower()


def _mention(tokens: list[Token], i: int) -> bool:
    tok = tokens[i]
    if tok.text != "@" or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return nxt.start == tok.end and nxt.text[0].isalpha() and (i == 0 or tokens[i - 1].end < tok.start)


class PersonRecognizer:
    name: str = "person_rules"
    kinds: tuple[str, ...] = ("PERSON",)

    def find(self, text: str, lang: str) -> Iterator[Span]:
        tokens = tokenize(text)
        names = lx.first_names()
        ambiguous = lx.ambiguous_names()
        n = len(tokens)
        i = 0
        while i < n:
            tok = tokens[i]
            nxt = i + 1
            if tok.text in ",:" or tok.text == "\n":
                i += 1
                continue
            # (a) title: "Herr Vöhringer", "Mme Dubois", "Dr. Anna Weber"
            if tok.folded in lx.TITLES and (is_cap(tok) or len(tok.text) >= 4):
                k = nxt + 1 if nxt < n and tokens[nxt].text == "." else nxt
                if tok.folded == "m" and k == nxt:
                    i += 1
                    continue
                end = chain(tokens, k, 3)
                if end > k:
                    yield self._span(tokens, k, end, 0.85)
                    i = end
                    continue
            # (b) greeting or role: "Hi Sophie", "Ansprechpartner: Jan de Vries", "Thanks, Mark"
            if tok.folded in lx.PERSON_CUES or tok.folded in CLOSINGS:
                k = nxt
                while k < n and tokens[k].text in ",:-":
                    k += 1
                end = chain(tokens, k, 3)
                if end > k and (tok.folded in lx.PERSON_CUES or tokens[k].folded in names):
                    yield self._span(tokens, k, end, 0.8)
                    i = end
                    continue
            # (c) hand-over: "approved by Grant Wilson", "met with Sophie", "freigegeben von Herrn X"
            if tok.folded in lx.PERSON_BY_CUES and nxt < n:
                end = chain(tokens, nxt, 3)
                if end > nxt:
                    first = tokens[nxt].folded
                    name_words = sum(1 for t in tokens[nxt:end] if t.folded not in PARTICLES)
                    if (first in names and not tokens[nxt].text.isupper()) or name_words >= 2:
                        yield self._span(tokens, nxt, end, 0.7)
                        i = end
                        continue
                elif _lowercase_name(tokens[nxt], names, ambiguous):
                    yield self._span(tokens, nxt, nxt + 1, 0.6)  # "met with sophie"
                    i = nxt + 1
                    continue
            # (d) gazetteer: "Wiebke Janssen", "Sophie confirmed", "Grant Wilson" (ambiguous: surname needed)
            if is_cap(tok) and tok.folded in names and not tok.text.isupper():
                end = chain(tokens, i, 4)
                prev = tokens[i - 1] if i else None
                lone_noun = prev is not None and (prev.text.isdigit() or prev.folded in DETERMINERS)
                if end > i and not (end - i == 1 and lone_noun):
                    if tok.folded not in ambiguous:
                        yield self._span(tokens, i, end, 0.75 if end - i > 1 else 0.6)
                        i = end
                        continue
                    if end - i > 1 and tokens[i + 1].folded not in ambiguous:
                        yield self._span(tokens, i, end, 0.7)
                        i = end
                        continue
            # (e) mentions: "@sophie.martin" (not the "@" inside an e-mail address)
            if _mention(tokens, i):
                end = nxt + 1
                while end + 1 < n and tokens[end].text in "._" and tokens[end + 1].start == tokens[end].end:
                    end += 2
                yield self._span(tokens, nxt, end, 0.7)
                i = end
                continue
            i += 1
        yield from self._signatures(tokens)

    def _signatures(self, tokens: list[Token]) -> Iterator[Span]:
        """A line of 1-3 capitalised words right after a line ending with a closing formula."""
        lines: list[list[int]] = [[]]
        for idx, tok in enumerate(tokens):
            if tok.text == "\n":
                lines.append([])
            else:
                lines[-1].append(idx)
        for prev, line in zip(lines, lines[1:], strict=False):
            if not prev or not line:
                continue
            words = [tokens[k].folded for k in prev if tokens[k].text[0].isalpha()]
            if not words or words[-1] not in CLOSINGS and not (len(words) <= 4 and CLOSINGS & set(words)):
                continue
            start = line[0]
            end = chain(tokens, start, 3)
            rest = [k for k in line if k >= end]
            if end > start and (not rest or tokens[rest[0]].text in ",|-–("):
                yield self._span(tokens, start, end, 0.8)

    def _span(self, tokens: list[Token], i: int, j: int, score: float) -> Span:
        return Span(tokens[i].start, tokens[j - 1].end, "PERSON", score, self.name)
