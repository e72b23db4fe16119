"""Passes over a text's person spans once the rules have run: a span grown by what follows it (a surname in
lower case, the initial of a surname), the same initials and short forms of a found first name elsewhere in the
text, and spans that are no person (kin after a possessive, a brand in quotation marks)."""

from __future__ import annotations

from dataclasses import replace

import regex

from redaction import lexicon as lx
from redaction import namelike
from redaction.normalize import fold_str
from redaction.recognizers.person.headers import _ACRONYMS
from redaction.recognizers.person.initials import DEPARTMENTS
from redaction.recognizers.person.lowercase import _lower_full_name
from redaction.recognizers.person.tokens import Token, blocked, known_first
from redaction.types import Span

# A person's kin after a possessive ("Mein Mann und ich", "ma femme", "mijn man"): no name, even where a
# surname is spelt the same ("Mann")
_KIN_WORDS = lx.KIN_CUES | lx.KIN_CUES_DE | lx.word_set("mann frau man vrouw femme mari mujer wife husband")
_POSSESSIVES = lx.word_set(
    "mein meine meinem meinen meiner dein deine sein seine seinem seinen ihr ihre ihrem ihren unser unsere "
    "my his her our their mon ma ta sa ses son notre votre mi mis su sus nuestro nuestra mijn zijn haar ons "
    "onze hun jouw je"
)


_QUOTES = {"«": "»", "„": "“", "‚": "‘"}


_NICKNAME_PAREN = regex.compile(r"\([ \t]*(?:\p{L}+\.?[ \t]*:?[ \t]*)?$")
# a verb of calling someone by a name right before the quotes ("que Yanis appelle « Mima »", "die alle „Zeyno“ nennen")
_CALLED_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:appellen?t?|appelle|llaman?|call(?:s|ed)?|genannt|surnomm[ée]e?s?|alias|dite?)[ \t]*$"
)
_SPACE_OR_DASH = regex.compile(r"[\s-]+")
# a civil title right before the name inside the quotes: a person, not a brand ("„WG bei Frau Krause“"); civil
# titles only, not the lexicon's every title: a brand may wear a religious or an academic one ("„Pater Lieven Tripel“")
_CIVIL_TITLE_BEFORE = regex.compile(rf"(?<![\p{{L}}]){lx.CIVIL_TITLE_PATTERN}\.?[ \t]+$")


def _quoted_brand(text: str, start: int, end: int) -> bool:
    """The span lies inside French or German quotation marks that hold five words or fewer on one line: the
    name of a brand, a product or a campaign (« Don Porfirio », « Petit Louis », „Pater Lieven Tripel")."""
    line_start = text.rfind("\n", 0, start) + 1
    for opening, closing in _QUOTES.items():
        left = text.rfind(opening, line_start, start)
        if left < 0 or text.rfind(closing, left, start) >= 0:
            continue
        if _NICKNAME_PAREN.search(text, max(0, left - 24), left) or _CALLED_BEFORE.search(
            text, max(0, left - 16), left
        ):
            continue  # (Rufname „Zeyno“), (dit « Dédé »): a nickname in parentheses after its person
        if _CIVIL_TITLE_BEFORE.search(text, max(left, start - 12), start):
            continue  # „WG bei Frau Krause“: a person by her title
        right = text.find(closing, end)
        line_end = text.find("\n", end)
        if right < 0 or (0 <= line_end < right):
            continue
        if len(text[left + 1 : right].split()) <= 5:
            return True
    return False


def _after_possessive(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].split()
    return bool(before) and fold_str(before[-1]) in _POSSESSIVES


_INITIAL_AFTER = regex.compile(r"[ \t](\p{Lu})\.?(?=[ \t,;:)\n]|$)")


def _with_initial_after(text: str, span: Span) -> Span:
    """A first name found alone, with the initial of the surname after it ("Ray M to send hrs", "Sunny A hrs
    query", "Femi A ->"): not the pronoun "I"."""
    word = text[span.start : span.end]
    if span.kind != "PERSON" or not word.isalpha() or not word[:1].isupper():
        return span
    if not known_first(fold_str(word), ambiguous_ok=True):
        return span
    m = _INITIAL_AFTER.match(text, span.end)
    if m is None or m.group(1) == "I":
        return span
    return replace(span, end=m.end())


# A family name's initials after it, as minutes and lists write them ("Smith, R.J. (chair);", "Ahmadi, F.;",
# "Tan K.L.;", "Chong W.Y."): two or more dotted initials, or one after a comma, then the end of the item
_SURNAME_INITIALS = regex.compile(
    r"(?:,[ \t]?(?:\p{Lu}\.){1,3}(?=[ \t]*(?:[,;)(\n]|$))"
    r"|[ \t](?:\p{Lu}\.){2,3}(?=[ \t]*(?:[,;)(\n]|$)|[ \t]+\p{Ll}))"
)


# Company forms written as initials ("Ferrer i Martí, S.L.", "Vidal, S.A.")
_FIRM_INITIALS = frozenset(
    {"S.L.", "S.A.", "B.V.", "N.V.", "S.C.", "C.V.", "S.L.P.", "S.A.S.", "S.R.L.", "S.P.A."}
)


# A family name first, then the given name, closing the item ("Sivakumar, Tharshan (Pers.-Nr. ...)")
# (before a parenthesis only: "Regrets: Joudrey, Lindqvist" lists two people)
_GIVEN_AFTER_COMMA = regex.compile(r",[ \t](\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]+)(?=[ \t]*\()")


def _given_name_after(folded: str) -> bool:
    """A given name, or a word spelt like one that is no frequent word, month or weekday."""
    if lx.plain_word(folded) or folded in lx.MONTHS or folded in lx.WEEKDAYS or folded in lx.places():
        return known_first(folded, ambiguous_ok=False)
    return known_first(folded, ambiguous_ok=True) or namelike.name_like(folded, 0.3)


def _with_initials_after(text: str, span: Span) -> Span:
    """A family name found alone, with its initials after it ("Smith, R.J.", "Chong W.Y."): not a first name's
    (a given name and the initial of the surname is ``_with_initial_after``'s)."""
    word = text[span.start : span.end]
    if span.kind != "PERSON" or not word[:1].isupper() or " " in word:
        return span
    m = _SURNAME_INITIALS.match(text, span.end)
    if m is not None and m.group().lstrip(", \t").rstrip(".") + "." not in _FIRM_INITIALS:
        return replace(span, end=m.end())
    g = _GIVEN_AFTER_COMMA.match(text, span.end)
    if g is not None and _given_name_after(fold_str(g.group(1))):
        return replace(span, end=g.end(1))  # "Sivakumar, Tharshan (Pers.-Nr. 30-1187)"
    return span


def _same_initials(text: str, tokens: list[Token], spans: list[Span]) -> list[Span]:
    """Initials found as a person once ("Bien à vous,\nGL", "TR de GL (El Idrissi)") are that person at their
    other places in the text too ("poste GL → même msg", "Te bespreken met GL."), even where their letters
    are an acronym's elsewhere; never a department's ("HR", "IT")."""
    found = {
        text[s.start : s.end]
        for s in spans
        if s.kind == "PERSON" and 2 <= s.end - s.start <= 3 and text[s.start : s.end].isupper()
    }
    found = {w for w in found if w.isalpha() and w not in DEPARTMENTS}
    if not found:
        return []
    taken = [(s.start, s.end) for s in spans]
    return [
        Span(t.start, t.end, "PERSON", 0.55, "person_rules")
        for t in tokens
        if t.text in found and not any(a < t.end and t.start < b for a, b in taken)
    ]


# Letters that are a firm's form, a document or a thing far more often than a person's initials
_NOT_PERSON_INITIALS = lx.word_set(
    "CV SA BV NV AG KG TV PC VM DB OS UI UX HQ CC BCC PS NB TBA TBD OK KO RH DG DA DF MD GM QA QC CA CE CS GP RN "
    "JV IP IR NI NL SL SC SP WC AC DC HT TTC CF LO NO NR KW SI YES NON JA NEE"
)


def _initials_of_names(text: str, tokens: list[Token], spans: list[Span]) -> list[Span]:
    """Capital initials that are those of a full name found in the text ("Thanh Tran (PM) ... TT noted", "Gaspard
    Ehrhart ... GE → compte rendu", "Jean-Baptiste Muller ... JBM" or "JB"): the initials of every word of the
    name, or of a hyphenated given name's parts; never a department's, an acronym's or a firm form's letters."""
    wanted: set[str] = set()
    for s in spans:
        if s.kind != "PERSON":
            continue
        words = [w for w in _SPACE_OR_DASH.split(text[s.start : s.end]) if w[:1].isupper() and w.isalpha()]
        if len(words) < 2 or len(words) > 3 or any(len(w) < 2 for w in words):
            continue
        wanted.add("".join(w[0] for w in words))
        given = text[s.start : s.end].split()[0]
        if given.count("-") == 1 and all(p[:1].isupper() for p in given.split("-")):
            wanted.add("".join(p[0] for p in given.split("-")))  # "Jean-Baptiste Muller" goes by "JB"
    wanted = {
        w for w in wanted if w not in DEPARTMENTS and w not in _ACRONYMS and w not in _NOT_PERSON_INITIALS
    }
    if not wanted:
        return []
    taken = [(s.start, s.end) for s in spans]
    return [
        Span(t.start, t.end, "PERSON", 0.55, "person_rules")
        for t in tokens
        if t.text in wanted
        and not any(a < t.end and t.start < b for a, b in taken)
        and not _REF_AROUND.match(text, t.end)  # "ref YT-0307": a reference built on the initials
        and text[t.start - 1 : t.start] not in ("-", "/", "_", ".", "#")
    ]


_REF_AROUND = regex.compile(r"[-/_.#]?\d|[-/_]\p{L}")


def _short_forms(text: str, tokens: list[Token], spans: list[Span]) -> list[Span]:
    """A capitalised short form of a first name found in the text ("Laetitia Meunier" ... "Laeti, tu peux",
    "Christoph" ... "Chris"): four letters or more, no frequent word, the start of that first name."""
    firsts = {
        fold_str(text[s.start : s.end].split()[0])
        for s in spans
        if s.kind == "PERSON" and text[s.start : s.end][:1].isupper()
    }
    firsts = {f for f in firsts if len(f) >= 6 and known_first(f, ambiguous_ok=False)}
    if not firsts:
        return []
    taken = [(s.start, s.end) for s in spans]
    out = []
    for t in tokens:
        word = t.text
        if not (len(word) >= 4 and word.isalpha() and word[0].isupper() and word[1:].islower()):
            continue
        if lx.plain_word(t.folded) or blocked(t.folded) or any(a < t.end and t.start < b for a, b in taken):
            continue
        if any(f.startswith(t.folded) and len(f) - len(t.folded) >= 2 for f in firsts):
            out.append(Span(t.start, t.end, "PERSON", 0.55, "person_rules"))
    return out


def _with_lower_surnames(tokens: list[Token], spans: list[Span]) -> list[Span]:
    """A lower-case first name found alone, with the surname after it ("met hugo de wit", "jan dekker doet"):
    the whole name, as ``_lower_full_name`` reads it."""
    starts = {tok.start: i for i, tok in enumerate(tokens)}
    out = []
    for span in spans:
        i = starts.get(span.start)
        if i is not None and tokens[i].end == span.end and tokens[i].text.islower():
            full = _lower_full_name(tokens, i)
            if full is not None and full[1] > span.end:
                span = replace(span, end=full[1])
        out.append(span)
    return out
