"""Nicknames the text itself ties to a person: a word set beside a name found in the text, or after a word that
introduces a nickname.

- ``Pachito (Francisco Wong)``, ``"Chabuca" (Isabel Santa María, asistente)``: a word, quoted or not, right
  before a parenthesis that opens on a person found in the text;
- ``Bappa = Subhajit Dutta``, ``MLH = Macedonio``: a word or initials equated with a person found;
- ``el "Chato" Quispe``: a quoted word right before a person found;
- ``Kwabena ("KB")``, ``Caoimhe (pref. "Keeva")``, ``Jhon Fredy Zapata, "el Mono"``: a quoted word or initials in
  parentheses right after one, or a quoted word after its comma;
- ``Marciano (Ciano)``, ``Jonathan (Jon)``: a part of the given name in parentheses after it;
- ``la Cote (María José Saffie)``: an article makes the word before the parenthesis a nickname;
- ``alias "el Menor"``, ``todos le dicen don Cuco``, ``a.k.a. Bigga``, ``genannt „Hansi"``: a capitalised word
  after a word that introduces a nickname (maybe with an article, a title or quotes between).

The word is never a frequent word unless quotes set it apart, a title, a role, a team, a firm word or a place.
"""

from __future__ import annotations

import regex

from redaction import lexicon as lx
from redaction.normalize import fold_str
from redaction.recognizers.person.tokens import blocked, known_first, known_surname
from redaction.types import Span

# a word (or capitals), maybe in quotes, then "(" or "=" and the start of a person found
_BEFORE = regex.compile(
    r"(?<![\p{L}\d])(?P<q>[\"«“„‘]?)[\u00a0\u202f ]?(?P<w>\p{Lu}[\p{L}'’-]*)(?:(?<=«[\u00a0\u202f ]?\p{L}+)[\u00a0\u202f ])?"
    r"(?P<c>[\"»”“’]?)[ \t]*(?P<sep>\(|=|)[ \t]*$"
)
# initials, with the small letters of a family name's prefix ("MLH", "CMcA", "JvdB")
_INITIALS_SHAPE = regex.compile(r"\p{Lu}(?:\p{Lu}|Mc|Mac|v|vd|vd[BHLMVW]|d)(?:\p{Lu}|Mc|v|vd|d){0,3}")
# a nickname in quotes, then a family name: el "Chato" Quispe, „Ali“ Yılmaz
_QUOTED_SURNAME = regex.compile(
    r"(?<![\p{L}\d])[\"«“„‘](?P<w>\p{Lu}[\p{Ll}'’-]+)[\"»”“’][ \t]+(?P<s>\p{Lu}[\p{Ll}'’-]+)(?![\p{L}\d])"
)
# a quoted short form in parentheses right after the person: Kwabena ("KB"), Caoimhe (pref. "Keeva")
# or after a comma: Jhon Fredy Zapata, "el Mono"
_AFTER_QUOTED = regex.compile(
    r"\G[ \t]*(?:\([ \t]*(?:(?:pref\.?|aka|a\.k\.a\.|called|known[ \t]as|dit|dite|llamad[oa]|genannt)[ \t]+)?"
    r"[\"«“„‘'](?P<w>\p{L}[\p{L}'’-]*)[\"»”“’'](?:[ \t]+[^()\n\"“”]{1,30})?[ \t]*\)"
    # a word that names the name in use, quotes or not: (Rufname „Zeyno“), (roepnaam: Kwam), (prefers Bisi)
    r"|\([ \t]*(?i:rufname|roepnaam|spitzname|bijnaam|surnom|apodo|nickname|prefers|goes[ \t]by|dit|dite)[ \t]*:?[ \t]*"
    r"[\"«“„‘']?[ \t\u00a0]?(?P<w3>\p{Lu}[\p{L}'’-]*)[ \t\u00a0]?[\"»”“’']?[ \t]*[),]"
    # a part of the name itself in parentheses: Marciano (Ciano), Jonathan (Jon), Alexandra (Sandra)
    r"|\([ \t]*(?P<part>\p{Lu}\p{Ll}{2,})[ \t]*\)"
    r"|,[ \t]+[\"«“„‘](?:(?:el|la|der|die|le|il|o|a)[ \t]+)?(?P<w2>\p{Lu}[\p{L}'’-]*)[\"»”“’](?![\p{L}]))"
)
# an article before a nickname before a person's parenthesis: "firma la Cote (María José Saffie)"
_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}])(?:el|la|der|die|le|il|o|a)[ \t]+$")
_NICK_THEN_SURNAME = regex.compile(
    r"\G[ \t]+[\"«“„‘](?P<w>\p{Lu}[\p{Ll}'’-]+)[\"»”“’][ \t]+(?P<s>\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?![\p{L}\d])"
)
# a legend of short forms: "Kürzel: mk = Manuela Kastner, fw = Franz Wöss"
_LOWER_DEFINED = regex.compile(r"(?<![\p{L}\d])(?P<ini>\p{Ll}{2,3})[ \t]*(?:=|:)[ \t]*$")


def _defined_short_forms(text: str, persons: list[Span], taken: list[tuple[int, int]]) -> list[Span]:
    """Lower-case initials equated with a person found whose initials they are, at every place in the text."""
    out: list[Span] = []
    for person in persons:
        m = _LOWER_DEFINED.search(text, max(0, person.start - 8), person.start)
        if m is None:
            continue
        words = [w for w in regex.split(r"[\s-]+", text[person.start : person.end]) if w[:1].isupper()]
        if len(words) < 2 or m.group("ini") != "".join(w[0] for w in words).lower():
            continue
        ini = m.group("ini")
        for occ in regex.finditer(rf"(?<![\p{{L}}\d@._/-]){ini}(?![\p{{L}}\d@/-]|\.\p{{L}})", text):
            if not any(a < occ.end() and occ.start() < b for a, b in taken):
                taken.append(occ.span())
                out.append(Span(occ.start(), occ.end(), "PERSON", 0.6, "person_rules"))
    return out


# words that introduce a nickname, then maybe an article or a title, then maybe a quote, then the name
_INTRO = regex.compile(
    r"(?<![\p{L}])(?:alias|Alias|a\.k\.a\.|aka|AKA|nicknamed|goes[ \t]by|apodad[oa]|apodo|"
    r"le[ \t]+(?:dicen|decimos|dicemos|digan|llaman|llamamos)|les[ \t]+dicen|genannt|surnommée?|bijnaam|"
    # who call someone by a name: "a man the tenants call Big Vic", "everyone calls him Tito", "al
    # que todos llaman Chino", "conocido como el Flaco", "qu'on appelle Dédé", "que tout le monde appelle Kiki"
    r"(?:we|they|everyone|everybody|people|tenants|residents|neighbou?rs|staff|guys|lads|kids|colleagues)[ \t]+"
    r"call(?:s|ed)?(?:[ \t]+(?:him|her))?|"
    r"(?:que|quien)[ \t]+(?:todos[ \t]+|todo[ \t]+el[ \t]+mundo[ \t]+)?(?:(?:le|lo|la)[ \t]+)?llaman|"
    r"conocid[oa][ \t]+como|(?:qu['’]on|que[ \t]+tout[ \t]+le[ \t]+monde|que[ \t]+tous)[ \t]+(?:l['’])?appellent?|"
    # someone named calls someone by a name: "la mère de Mme Bouzid, que Yanis appelle « Mima »", "a quien Lupe
    # llama Chato", "whom the kids call Nana"
    r"(?:que|qu['’])[ \t]*\p{Lu}\p{Ll}+[ \t]+(?:l['’])?appelle|a[ \t]+quien[ \t]+\p{Lu}\p{Ll}+[ \t]+llama|"
    r"whom[ \t]+(?:the[ \t]+)?\p{Ll}+[ \t]+call)"
    r"[ \t]*:?[ \t]+(?:(?:el|la|don|doña|do[nñ]a|der|die|le|de)[ \t]+)?"
    r"(?P<q>[\"«“„‘]?)[ \t\u00a0]?(?:(?:el|la|der|die|le|de)[ \t]+)?(?P<w>\p{Lu}[\p{Ll}'’-]+(?:[ ]\p{Lu}[\p{Ll}'’-]+)?)"
)
# the name before the verb of calling: "zijn huisgenoot, die ze Kuba noemen", "den alle Hansi nennen", "(Dewkoemar,
# voor iedereen Dew)"
_INTRO_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:die|dat|wie|den)[ \t]+(?:ze|we|zij|wij|iedereen|men|alle|wir|sie)[ \t]+"
    r"(?P<w>\p{Lu}[\p{Ll}'’-]+)[ \t]+(?:noemen|noemt|nennen|nennt)(?![\p{L}])"
    r"|,[ \t]+voor[ \t]+iedereen[ \t]+(?P<w2>\p{Lu}[\p{Ll}'’-]+)\)"
)
_INTRO_HINTS: tuple[str, ...] = (
    "lias",
    "k.a",
    "aka",
    "AKA",
    "nicknamed",
    "goes by",
    "apod",
    "dicen",
    "decimos",
    "digan",
)
_INTRO_HINTS += ("llaman", "genannt", "surnomm", "bijnaam", "call", "conocid", "appel")


def _fit(word: str, quoted: bool) -> bool:
    folded = fold_str(word)
    if len(folded) < 2 or blocked(folded) or folded in lx.all_stopwords():
        return False
    if (
        folded in lx.TITLES
        or folded in lx.ROLE_WORDS
        or folded in lx.TEAM_WORDS
        or folded in lx.ORG_INDICATORS
    ):
        return False
    if folded in lx.MONTHS or folded in lx.WEEKDAYS or folded in lx.places():
        return False
    return quoted or not lx.plain_word(folded)


def _fit_named(word: str) -> bool:
    folded = fold_str(word)
    return not (blocked(folded) or folded in lx.all_stopwords() or folded in lx.TITLES or folded in lx.MONTHS)


def _given(word: str) -> bool:
    """A first name or a nickname of the lists (an unquoted word before a person's parenthesis)."""
    folded = fold_str(word)
    return known_first(folded, ambiguous_ok=True) and folded not in lx.places()


def aliases(text: str, spans: list[Span]) -> list[Span]:
    """Nicknames tied to a person the other rules found (see the module's docstring)."""
    persons = [s for s in spans if s.kind == "PERSON"]
    taken = [(s.start, s.end) for s in spans]
    out: list[Span] = []

    def add(start: int, end: int, score: float) -> None:
        if not any(a < end and start < b for a, b in taken):
            taken.append((start, end))
            out.append(Span(start, end, "PERSON", score, "person_rules"))

    for person in persons:
        m = _BEFORE.search(text, max(0, person.start - 40), person.start)
        if m is None or m.end() != person.start:
            continue
        quoted = bool(m.group("q")) and bool(m.group("c"))
        word = m.group("w")
        if m.group("sep") == "(" or m.group("sep") == "=":
            if _INITIALS_SHAPE.fullmatch(word) and m.group("sep") == "=":
                add(m.start("w"), m.end("w"), 0.6)  # "MLH = Macedonio"
            elif (
                _fit(word, quoted)
                and not word.isupper()
                and (quoted or _given(word) or _ARTICLE_BEFORE.search(text, max(0, m.start() - 6), m.start()))
            ):
                add(m.start("w"), m.end("w"), 0.6)  # not "Acme (John Smith)": a firm and its contact
        elif quoted and (_fit(word, False) or _given(word) and _fit(word, True)) and not word.isupper():
            add(m.start("w"), m.end("w"), 0.6)  # el "Chato" Quispe
    for person in persons:
        m = _AFTER_QUOTED.match(text, person.end)
        if m is None:
            continue
        if m.group("part"):
            given = fold_str(text[person.start : person.end].split()[0])
            part = fold_str(m.group("part"))
            if part != given and (given.startswith(part) or given.endswith(part)):
                add(m.start("part"), m.end("part"), 0.6)
            continue
        group = "w" if m.group("w") else "w2" if m.group("w2") else "w3"
        word = m.group(group)
        # a word that names the name in use makes even a town's name the nickname ("dite « Dren »")
        named = group == "w3" and fold_str(word) in lx.places() and _fit_named(word)
        if (word.isupper() and 2 <= len(word) <= 4) or (not word.isupper() and (_fit(word, True) or named)):
            add(m.start(group), m.end(group), 0.8 if group == "w3" else 0.6)  # an intro word is a strong cue
    for person in persons:
        # Kerwin "Boysie" Ramdeen, Agnieszka „Aga“ Nowicki-Berg: the family name after the nickname
        m = _NICK_THEN_SURNAME.match(text, person.end)
        if m is not None and _fit(m.group("w"), True) and _fit(m.group("s"), False):
            add(m.start("w"), m.end("w"), 0.6)
            add(m.start("s"), m.end("s"), 0.6)
    out += _defined_short_forms(text, persons, taken)
    for m in _QUOTED_SURNAME.finditer(text):  # a nickname in quotes before a family name of the lists
        if (
            (_fit(m.group("w"), False) or _given(m.group("w")))
            and known_surname(fold_str(m.group("s")))
            and not blocked(fold_str(m.group("s")))
        ):
            add(m.start("w"), m.end("w"), 0.6)
            add(m.start("s"), m.end("s"), 0.6)
    if any(hint in text for hint in _INTRO_HINTS):
        for m in _INTRO.finditer(text):
            words = m.group("w").split()
            # the cue says it is a name, even a word's ("don Cuco"); "Big Vic": its last word a name's
            # a quoted name after the cue is the name in use even if a town has it ("appelle « Mima »")
            fit = _fit(words[-1], True) or (bool(m.group("q")) and _fit_named(words[-1]))
            if fit and (len(words) == 1 or fold_str(words[0]) not in lx.TITLES):
                start, end = m.start("w"), m.end("w")
                if all(start <= a and b <= end for a, b in taken if a < end and start < b):
                    taken.append((start, end))  # a part found before ("Vic") gives way to the whole nickname
                    # quoted after the cue: a strong one (the filters' weak-cue place test does not apply)
                    score = 0.8 if m.group("q") and not _fit(words[-1], True) else 0.6
                    out.append(Span(start, end, "PERSON", score, "person_rules"))
    if "noem" in text or "nenn" in text or "voor iedereen" in text:
        for m in _INTRO_BEFORE.finditer(text):
            group = "w" if m.group("w") else "w2"
            if _fit(m.group(group), True):
                add(m.start(group), m.end(group), 0.6)
    return out
