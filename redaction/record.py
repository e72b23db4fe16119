"""Record-aware matching: find the values the Odoo data declares, in free text, tolerantly.

For each declared value we derive the spellings people actually write: any case, with or without accents
or German transliteration ("Müller", "MUELLER"), first or last name alone, "Müller, Jürgen", "J. Müller",
"jurgen.muller", possessives ("Müller's", "Müllers"), phones in national or international form with any
separators, IBANs and VAT ids with or without spaces, street words abbreviated ("Hauptstr. 12"). All
variants go into one regex over the folded text; matches are mapped back to the original text.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from redaction import lexicon as lx
from redaction.allow import compile_fast
from redaction.lexicon import word_set
from redaction.normalize import Folded, fold, fold_str, spellings
from redaction.recognizers.person import PARTICLES, said_after
from redaction.recognizers.phone import parse_phone
from redaction.types import SensitiveValue, Span

_LEGAL = word_set(
    "gmbh ag kg ug mbh co ltd llc inc plc corp sa sas sarl sl slu bv nv vof ohg ev se limited spa srl & "
    "und and et y en cie group holding"
)
_NOT_DATE_PREV = word_set("in im en de of on am bis seit since until depuis desde sinds tot end ende fin mid")
_MODAL_NEXT = word_set("i you we they he she it the this that be have not u je vous nous")
_STREET_WORDS = {
    "strasse": r"(?:strasse|str\.?)",
    "str.": r"(?:strasse|str\.?)",
    "street": r"(?:street|st\.?)",
    "avenue": r"(?:avenue|av\.?|ave\.?)",
    "road": r"(?:road|rd\.?)",
    "calle": r"(?:calle|c/)",
    "boulevard": r"(?:boulevard|bd\.?|blvd\.?)",
}
_SEP = r"[\s\-.,/()]*"


# Guards for variants that are ordinary words too: "name" must be capitalised and not a date or a modal
# verb ("May 2024", "Will you"); "cap" must be capitalised (a town alone); "short" (a family name of two
# letters alone) must be written as a name, a capital and a small letter, and is guarded as "name" too.
Guard = str | None
_PREPOSITIONS = frozenset(["de", "of", "on", "in", "du", "van", "von", "für", "pour", "para", "por"])
Variant = tuple[str, Guard, str, str]  # (regex over folded text, guard, kind, canonical value)


@dataclass(frozen=True)
class Entry:
    kind: str
    canonical: str
    guard: Guard = None


def _alnum_pattern(chars: str) -> str:
    """Characters with any separators between them (IBAN, VAT, phone digits, account numbers)."""
    return _SEP.join(regex.escape(c) for c in chars)


def _words_pattern(folded: str) -> str:
    """Words of a folded value with tolerant whitespace and hyphens."""
    words = [w for w in regex.split(r"[\s\-]+", folded.strip()) if w]
    return r"[\s\-]+".join(regex.escape(w) for w in words)


def _not_a_name_part(unit: str) -> bool:
    """A part of a longer value that names no one alone: a legal form, a business noun, a title or a role
    word, a field label ("LLP", "Partner", "Tel", "email"; not a stop word: "May" is a first name too)."""
    words = unit.strip(".,;:()").split()
    if not words:
        return True  # punctuation alone
    word = words[-1]
    folded = fold_str(word)
    return (
        word in lx.ORG_SUFFIXES
        or folded in lx.NON_PERSON_TAILS
        or folded in lx.ROLE_WORDS
        or folded in lx.TITLES
        or folded in lx.FORM_LABELS
        or folded in _FIELD_WORDS
    )


# Words of a note's fields and roles that a rule may take into a name's span ("Tel. Mdt.", "email chidi@...",
# "Sommerfeld & Partner")
_FIELD_WORDS = word_set(
    "tel tél mob mobil email e-mail mail fax voicemail requester chair steuer-id iban partner partnerin "
    "associé associée socio socia vennoot"
)


def _ambiguous(core: str) -> bool:
    """A name part that is also a word, a month or too short to stand alone unguarded."""
    return core in lx.ambiguous_names() or core in lx.MONTHS or core in lx.all_stopwords() or len(core) <= 3


def _word_part(unit: str) -> bool:
    """A part of a name a run learned that is a month, a day, a word joining a birth and a married name, a kin
    word or a frequent word written in lower case, and no name of the lists ("Thu" of "Pham Thu Trang", "geb." of
    "Kaczmarek geb. Nowak", "Familie" of "Küche Familie Brenner", "nómina" of "CLABE nómina"): it is not looked for
    alone in the run's other texts (a capitalised word that is a word too stays: "Winter", "Fink", "Pape" are
    family and given names no list knows)."""
    word = unit.strip(".,;:()")
    folded = fold_str(word)
    if " " in folded or folded in lx.first_names() or folded in lx.surnames():
        return False
    return (
        folded in lx.MONTHS
        or folded in lx.WEEKDAYS
        or folded in lx.WEEKDAY_ABBREVIATIONS
        or folded in _LINK_WORDS
        or folded in lx.KIN_CUES_DE
        or word.islower()
        and lx.plain_word(folded)
    )


# Words that join or follow names in a record and name no one alone ("geb.", "verh.", "épouse")
_LINK_WORDS = word_set("geb verh verw née nee épouse epouse ép vve veuve")


def _person_variants(value: str, learned: bool = False) -> Iterable[tuple[str, Guard]]:
    parts = [p for p in regex.split(r"\s+", value.strip()) if p and p.lower().rstrip(".") not in lx.TITLES]
    # glue particles to the following word: "de la Fuente", "van der Berg"
    units: list[str] = []
    pending: list[str] = []
    for part in parts:
        if part.lower() in PARTICLES:
            pending.append(part)
            continue
        units.append(" ".join([*pending, part]))
        pending = []
    if not units:
        return
    first, last = units[0], units[-1]
    single_word = len(units) == 1 and " " not in first
    for spelling in spellings(" ".join(units)):
        # a one-word name that is also a word ("Hope") is guarded like a first name alone
        guard = "name" if single_word and _ambiguous(spelling.split()[-1]) else None
        yield _words_pattern(spelling), guard
    for unit in dict.fromkeys(units):
        if len(units) > 1 and (_not_a_name_part(unit) or learned and _word_part(unit)):
            continue  # "Fitch LLP", "Alasdair Munro, Partner" learned: "LLP" and "Partner" alone are no one
        for spelling in spellings(unit):
            core = spelling.split()[-1]
            if len(core) < 3 and " " not in spelling:
                # a family name of two letters alone, written as a name ("Ousmane Ba ... Ba est très
                # pointilleux", "Li", "Ng"): the last part of a longer name, no stop word ("Le", "Do")
                if (
                    len(core) == 2
                    and unit == last
                    and len(units) > 1
                    and core.lower() not in lx.all_stopwords()
                ):
                    yield _words_pattern(spelling), "short"
                continue
            yield _words_pattern(spelling), "name" if _ambiguous(core) else None
    if len(units) >= 2:
        for f, lst in itertools.product(sorted(spellings(first)), sorted(spellings(last))):
            lst_c = lst.replace(" ", "")
            yield rf"{_words_pattern(lst)},?\s+{_words_pattern(f)}", None  # "Müller, Jürgen"
            yield rf"{regex.escape(f[0])}\.?\s*{_words_pattern(lst)}", None  # "J. Müller"
            for sep in (".", "_", "-", ""):
                yield regex.escape(f.replace(" ", "") + sep + lst_c), None  # "jurgen.muller"
            if len(lst_c) >= 4:
                yield regex.escape(f[0] + "." + lst_c), None
                yield regex.escape(f[0] + lst_c), "name" if len(f[0] + lst_c) < 6 else None
                yield regex.escape(lst_c + "." + f.replace(" ", "")), None


def _org_variants(value: str) -> Iterable[tuple[str, Guard]]:
    for spelling in spellings(value):
        yield _words_pattern(spelling), "cap" if " " not in spelling.strip() else None
        words = [w for w in regex.split(r"[\s,]+", spelling) if w]
        while words and words[-1].replace(".", "") in _LEGAL:
            words.pop()
        core = " ".join(words)
        if core and core != spelling.strip() and len(core) >= 3 and core not in lx.all_stopwords():
            yield _words_pattern(core), "cap" if len(words) == 1 else None
        first = words[0] if words else ""
        if len(words) > 1 and len(first) >= 5 and first not in lx.all_stopwords() and first not in lx.MONTHS:
            yield regex.escape(first), "cap"  # the short name: "Kestrel" for "Kestrel Components plc"


def _address_variants(value: str) -> Iterable[tuple[str, Guard]]:
    compact = value.strip()
    if compact.isdigit():  # a postcode counts only before a town ("20095 Hamburg"), not as any number
        yield regex.escape(compact) + r"(?=[\s,]+(?!eur|usd|chf|gbp|euro|dollar)[^\W\d_])", None
        return
    for spelling in spellings(value):
        pattern = _words_pattern(spelling)
        for word, alt in _STREET_WORDS.items():
            pattern = pattern.replace(regex.escape(word), alt)
        single_word = " " not in spelling.strip() and not any(c.isdigit() for c in spelling)
        yield pattern, "cap" if single_word else None


def _phone_variants(value: str) -> Iterable[tuple[str, Guard]]:
    number = parse_phone(value) or parse_phone(value, "de")
    digits = "".join(c for c in value if c.isdigit())
    if number is None:
        if len(digits) >= 6:
            yield _alnum_pattern(digits), None
        return
    cc, nsn = str(number.country_code), str(number.national_number)
    prefix = rf"(?:(?:\+|00){_SEP}{regex.escape(cc)}{_SEP}(?:\(?0\)?{_SEP})?|0{_SEP})?"
    yield prefix + _alnum_pattern(nsn), None


def _kind_variants(kind: str, value: str, learned: bool = False) -> Iterable[tuple[str, Guard]]:
    if kind == "PERSON":
        yield from _person_variants(value, learned)
    elif kind == "ORG":
        yield from _org_variants(value)
    elif kind == "ADDRESS":
        yield from _address_variants(value)
    elif kind == "PHONE":
        yield from _phone_variants(value)
    elif kind in ("IBAN", "VAT", "CARD", "ID"):
        compact = "".join(c for c in value if c.isalnum()).lower()
        if len(compact) >= 5:
            yield _alnum_pattern(compact), None
        if kind == "VAT" and compact[:2].isalpha() and len(compact) >= 10:
            yield _alnum_pattern(compact[2:]), None  # "USt-IdNr. 123 456 789"
    elif kind == "URL":
        core = regex.sub(r"^(?:https?://)?(?:www\.)?", "", value.strip().lower()).rstrip("/")
        if core:
            yield r"(?:https?://)?(?:www\.)?" + regex.escape(core) + "/?", None
    else:  # EMAIL, IP
        for spelling in spellings(value):
            yield regex.escape(spelling.strip()), None


def variants(item: SensitiveValue) -> Iterable[Variant]:
    """(regex over folded text, guard, kind, canonical value) for one declared value."""
    value, kind = item.value, item.kind
    if kind == "PERSON" and "," in value:  # Odoo display name "Company, Contact"
        company, _, person = value.rpartition(",")
        # a name a run found in a text written "QUISPE MAMANI, Juan" is a surname and a given name, no firm
        first_kind = "PERSON" if item.source == "session" else "ORG"
        if item.source == "session":  # and the whole again as written ("Smith, R.J." in a list of minutes)
            whole = rf"{_words_pattern(fold_str(company))},\s*{_words_pattern(fold_str(person))}"
            yield whole, None, "PERSON", value
        for pattern, guard in _org_variants(company.strip()):
            yield pattern, guard, first_kind, company.strip()
        value = person.strip()
    for pattern, guard in _kind_variants(kind, value, learned=item.source == "session"):
        yield pattern, guard, kind, value


class RecordMatcher:
    """Finds declared values in text. Build once per set of values; ``find`` is thread-safe."""

    def __init__(self, values: Iterable[SensitiveValue], allow: Iterable[str] = ()) -> None:
        allowed = {fold(a).text.strip() for a in allow}
        self.entries: list[Entry] = []
        alternatives: list[tuple[int, str]] = []
        seen: set[str] = set()
        for item in values:
            if fold(item.value).text.strip() in allowed:
                continue
            for pattern, guard, kind, canonical in variants(item):
                if not pattern or pattern in seen:
                    continue
                seen.add(pattern)
                alternatives.append((len(pattern), f"(?P<g{len(self.entries)}>{pattern})"))
                self.entries.append(Entry(kind, canonical, guard))
        alternatives.sort(key=lambda a: -a[0])
        self._regex = (
            compile_fast(r"(?<![\w@])(?:" + "|".join(a for _, a in alternatives) + r")(?:s|'s)?(?![\w])")
            if alternatives
            else None
        )

    def __bool__(self) -> bool:
        return self._regex is not None

    def find(self, text: str, folded: Folded | None = None) -> list[Span]:
        if self._regex is None or not text:
            return []
        folded = folded or fold(text)
        out: list[Span] = []
        for m in self._regex.finditer(folded.text):
            group = m.lastgroup
            if group is None:
                continue
            entry = self.entries[int(group[1:])]
            start, end = folded.span(*m.span(group))
            if m.end() > m.end(group) and folded.text[m.end(group)] == "s":
                end = folded.span(m.start(group), m.end())[1]  # German genitive "Müllers" (not "Müller's")
            if entry.guard and not self._guard_ok(text, start, end, entry.guard):
                continue
            out.append(Span(start, end, entry.kind, 1.0, "record", entry.canonical))
        return out

    @staticmethod
    def _guard_ok(text: str, start: int, end: int, guard: str) -> bool:
        """An ambiguous word counts as the name only capitalised and outside dates and modal questions, or in
        lower case before a verb of saying ("iris said no" once "Iris" is known)."""
        if guard == "short" and not (text[start].isupper() and text[start + 1 : end].islower()):
            return False  # "Ba", not "BA" (a degree) nor "ba"
        if not text[start].isupper():
            return said_after(text, end)
        if guard == "cap":
            return True
        before = text[max(0, start - 12) : start].split()
        after = text[end : end + 12].split()
        if after and (after[0][:1].isdigit() or after[0].lower().strip(",.?!") in _MODAL_NEXT):
            return False
        if before and (before[-1].isdigit() or before[-1].lower() in _NOT_DATE_PREV):
            return False
        # "Dolores de cabeza", "Ruby on rails": a word followed by a preposition and a lower-case word
        after = text[end : end + 40].split()
        if (
            len(after) >= 2
            and after[0] in _PREPOSITIONS
            and after[1][:1].islower()
            and after[1] not in PARTICLES
        ):
            return False
        # "12. Mai" / "am 3. May." are dates; a sentence may end in a number: "on May 12. May will sign"
        return not (before and before[-1].rstrip(".").isdigit() and (not after or not after[0][:1].isalpha()))


@lru_cache(maxsize=4096)
def matcher_for(values: tuple[SensitiveValue, ...], allow: tuple[str, ...] = ()) -> RecordMatcher:
    """Cached matcher (sessions of the same records reuse it)."""
    return RecordMatcher(values, allow)
