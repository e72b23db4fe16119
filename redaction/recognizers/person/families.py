"""A family by its name in the plural: "I then spoke to the Hendersons next door", "the Brennans' old accounts",
"Die Nguyens wohnen direkt darüber", "bei den Petrovićs", "de Jansens hebben gebeld", "los Ferrer siguen sin
contestar", "sa visite chez les Bouchard".

English, German and Dutch add an "s" to the family's name after their article; Spanish and French keep the name
as it is ("los Ferrer", "les Bouchard"; the French plural before a verb is ``plural_titles``'). The name is taken
when it is a family name of the lists that is no frequent word (nor is its plural: "the Simpsons", not "the Stones"),
or when the text names one of the family with a title or a first name ("Mrs Kowalczyk said ...", "Pepa Ferrer");
never a place, a firm or a word ("the Andes", "los Reyes", "de Ardennen", "de Bakkers": the bakers).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction.normalize import fold_str
from redaction.recognizers.person.filters import known_firms
from redaction.recognizers.person.tokens import blocked, known_first, known_surname
from redaction.types import Span

_WORD = r"\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}+)?"
# each language's article (and preposition) before a family in the plural
_ARTICLES = {
    "en": r"[Tt]he",
    "de": r"[Dd]ie|(?:[Bb]ei|[Mm]it|[Vv]on|[Zz]u)[ ]den",
    "nl": r"[Dd]e|(?:[Bb]ij|[Mm]et|[Vv]oor)[ ]de",
}
# the article and the name with its plural "s" ("the Joneses", "the Brennans'", "den Petrovićs"); no capitalised
# word after it ("the Ferris Wheel account")
_PLURAL_S = {
    lang: regex.compile(
        rf"(?<![\p{{L}}])(?:{article})[ ](?P<name>(?P<stem>{_WORD})(?:es|s))(?![\p{{L}}\p{{M}}])(?![ ]\p{{Lu}})"
    )
    for lang, article in _ARTICLES.items()
}
# the article and the name as it is ("los Ferrer", "chez les Bouchard")
_PLURAL_SAME = {
    "es": regex.compile(
        rf"(?<![\p{{L}}])(?:los|las)[ ](?P<name>{_WORD})(?![\p{{L}}\p{{M}}])(?![ ]\p{{Lu}}|[ ]de[ ]\p{{Lu}})"
    ),
    "fr": regex.compile(
        rf"(?<![\p{{L}}])(?i:chez|avec|pour|aux?)[ ]les[ ](?P<name>{_WORD})(?![\p{{L}}\p{{M}}])(?![ ]\p{{Lu}})"
    ),
}
_TITLES = (
    r"(?:Mrs?|Ms|Miss|Herr|Herrn|Frau|Mevr|Mevrouw|Dhr|Mw|Mme|Madame|Monsieur|M|Sra?|Señora?|Don|Doña)\.?"
)


def _named(text: str, stem: str) -> bool:
    """One of the family named elsewhere in the text with a title or a first name ("Mrs Kowalczyk", "Pepa
    Ferrer")."""
    for m in regex.finditer(rf"(?<![\p{{L}}])(\p{{L}}+)\.?[ ]{regex.escape(stem)}(?![\p{{L}}])", text):
        before = m.group(1)
        if regex.fullmatch(_TITLES, before) or (
            before[0].isupper() and known_first(fold_str(before), ambiguous_ok=True)
        ):
            return True
    return False


def _family(text: str, stem: str, plural: str = "") -> bool:
    """A family name here: of the lists and no frequent word (nor its plural "the Stones"), or named elsewhere."""
    folded = fold_str(stem)
    if len(folded) < 2 or blocked(folded) or folded in lx.places() or folded in known_firms():
        return False
    if folded in lx.TEAM_WORDS or known_first(folded, ambiguous_ok=False) and not known_surname(folded):
        return False  # "the Davids" of a team, "de Annes"
    if known_surname(folded) and not lx.plain_word(folded):
        return True
    word = plural and (lx.plain_word(fold_str(plural)) or folded in lx.word_surnames())
    if plural and known_surname(folded) and not word:
        return True  # "the Simpsons", "the Joneses": names that are frequent as names, their plural no word
    return _named(text, stem)


def family_plurals(text: str, lang: str) -> Iterator[Span]:
    plural_s = _PLURAL_S.get(lang)
    for m in plural_s.finditer(text) if plural_s is not None else ():
        name, stem = m.group("name"), m.group("stem")
        whole = fold_str(name)
        if whole in lx.places() or lx.plain_word(whole) or whole in known_firms() or blocked(whole):
            continue  # "the Netherlands", "die Grünen", "de Ardennen"
        # "Joneses", "Nguyens": the name with "es" or with "s" alone
        if _family(text, stem, name) or (name.endswith("es") and _family(text, name[:-2], name)):
            yield Span(m.start("name"), m.end("name"), "PERSON", 0.65, "person_rules")
    same = _PLURAL_SAME.get(lang)
    for m in same.finditer(text) if same is not None else ():
        if _family(text, m.group("name")):
            yield Span(m.start("name"), m.end("name"), "PERSON", 0.65, "person_rules")
