"""Names of a team's own chat, written fast and in lower case: after a title in lower case ("mrs petrova",
"dr. vogel", "mevr. el amrani"), owning something ("jung's PR", "sunny's timesheet"), the person a request
goes to ("dile a paz", "sag bitte kim", "vraag het aan mol", "cc fra + bogdan") and the items of a stand-up
or handover list ("- shu: CT600s filed", "olu – finishing the consolidation"). Each finder reads the whole
text and yields spans."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction import namelike
from redaction.normalize import fold_str
from redaction.recognizers.person.lowerwords import _LOWER_WORDS
from redaction.recognizers.person.tokens import blocked, known_first, known_surname
from redaction.recognizers.person.words import PARTICLES
from redaction.types import Span

_LOWER_WORD = r"\p{Ll}[\p{Ll}\p{M}]*(?:-\p{Ll}[\p{Ll}\p{M}]+)?"
# a title in lower case, then one or two lower-case words (after particles): "dr. vogel", "sr. ibrahim diallo"
_TITLED = regex.compile(
    r"(?<![\p{L}\p{M}])(?P<title>mrs|mr|ms|dr|dra|mme|mlle|sr|sra|srta|dhr|mevr|fr|hr|frau|herr|herrn|"
    r"señor|señora|senor|senora|don|doña)\.?[ \t]+"
    rf"(?P<who>(?:(?:de|van|von|der|den|el|al|le|la|del|da|di|du|bin|ben)[ \t-])?{_LOWER_WORD}"
    rf"(?:[ \t]{_LOWER_WORD})?)"
)
# a lower-case name owning something: "jung's PR", "wang li's model"
_OWNER = regex.compile(rf"(?<![\p{{L}}\p{{M}}@./])(?P<who>{_LOWER_WORD})['’]s(?![\p{{L}}])")
# a request to a person, then the person: "dile a paz", "sag bitte kim", "vraag het even aan mol", "cc fra"
_TO_PERSON = regex.compile(
    r"(?<![\p{L}\p{M}])(?:dile|díselo|diselo|pregúntale|preguntale|pásalo|pasalo|pásaselo|copia|"
    r"sag|sagt|frag|fragt|schick|schreib|ruf|"
    r"dis|demande|demandez|relance|relancer|préviens|previens|passe|"
    r"vraag|vraagt|bel|mail|stuur|"
    r"ask|tell|ping|cc|loop[ \t]+in|send[ \t]+(?:it|her|him|them)[ \t]+to|via)"
    r"(?:[ \t]+(?:mal|bitte|kurz|doch|es|het|even|ff|eens|le|la|lui|les|a|à|al|an|aan|bij|to|it))*[ \t]+"
    rf"(?P<who>{_LOWER_WORD})(?P<more>(?:[ \t]*[+&,/][ \t]*|[ \t]+(?:and|und|et|y|en)[ \t]+){_LOWER_WORD})?"
)
_NEXT_LOWER = regex.compile(rf"[ \t]+({_LOWER_WORD})(?![\p{{L}}\p{{M}}])")
# Dutch and German: the person, then the verb of asking or sending at the end
_ASK_LAST = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?:aan|bij|an|bei)[ \t]+(?P<who>{_LOWER_WORD})[ \t]+(?:(?:nog|even|ff|eens|mal|kurz)[ \t]+)?"
    r"(?:vragen|navragen|melden|doorgeven|sturen|mailen|bellen|doorsturen|fragen|nachfragen|schicken|"
    r"weiterleiten|geben|schreiben)(?![\p{L}])"
)
# an item of a stand-up or handover list: "- shu: CT600s", "olu – finishing", "• bea: entrevistas"
_ITEM = regex.compile(rf"(?m)^[ \t]*(?:[-•*][ \t]*)?(?P<who>{_LOWER_WORD})[ \t]*(?::|[–—]|-(?=[ \t]))[ \t]")
_NOT_ITEMS = lx.word_set(
    "note notes nota notiz todo to-do status action actions actie acties total misc aob next next steps "
    "update info fyi ps nb re aw fw fwd wg tr rv q a yo ich moi me yo ik wij we nous nosotros blocker "
    "blockers done open urgent urgences urgente"
)


def _word(folded: str) -> bool:
    return (
        folded in _LOWER_WORDS  # "a la mutua", "per diem": words the name lists hold
        or folded in lx.all_stopwords()
        or folded in lx.TEAM_WORDS
        or folded in lx.MONTHS
        or folded in lx.WEEKDAYS
    )


def _name(folded: str) -> bool:
    """A first name or a surname of the lists, words too, or a word spelt like a name."""
    if _word(folded) or folded in lx.ROLE_WORDS:
        return False
    if known_first(folded, ambiguous_ok=True) or known_surname(folded) or folded in lx.word_surnames():
        return True
    return namelike.name_like(folded, 0.5)


def _listed(folded: str) -> bool:
    return known_first(folded, ambiguous_ok=True) or known_surname(folded) or folded in lx.word_surnames()


def lower_titled(text: str, lang: str) -> Iterator[Span]:
    """ "mrs petrova", "dr. vogel", "sr. ibrahim diallo", "mevr. el amrani": a lower-case name after a title
    (not French "me", which is a pronoun before a verb far more often than a lawyer's title)."""
    for m in _TITLED.finditer(text):
        title = m.group("title")
        if title == "don" and lang != "es":
            continue
        who = m.group("who")
        words = who.replace("-", " ").split()
        head = fold_str(words[0])
        if _word(head) and head not in PARTICLES:
            continue
        last = fold_str(words[-1])
        second_plain = len(words) > 1 and not _listed(last) and (last in lx.common_words() or not _name(last))
        if _word(last) or blocked(last) and not known_surname(last) or second_plain:
            # "dr. vogel will": keep the first word only when the second is a plain word
            if len(words) == 1 or _word(head) or blocked(head):
                continue
            end = m.start("who") + len(who.split()[0])
            yield Span(m.start("who"), end, "PERSON", 0.6, "person_rules")
            continue
        yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")


def lower_owners(text: str) -> Iterator[Span]:
    """ "jung's PR", "sunny's timesheet": a name of the lists in lower case owning something (not a word of
    business: "the bill's total", "the will's executor")."""
    if "'" not in text and "’" not in text:
        return
    for m in _OWNER.finditer(text):
        folded = fold_str(m.group("who"))
        if (
            folded in _BUSINESS
            or _word(folded)
            or folded in lx.common_words()
            and not (known_first(folded, ambiguous_ok=True) or known_surname(folded))
        ):
            continue
        if known_first(folded, ambiguous_ok=True) or known_surname(folded):
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")


_ADVERBS = lx.word_set("anders even ff eens nog maar toch gewoon dann sonst noch auch mal alors encore aussi")
_BUSINESS = lx.word_set(
    "grant bill will may mark page chase price cash sterling bond today tomorrow yesterday week month year "
    "client company team firm everyone nobody someone anyone"
)


def to_person(text: str) -> Iterator[Span]:
    """The person a request goes to, in lower case: "dile a paz", "sag bitte kim", "cc fra + bogdan", and with
    the verb at the end in Dutch and German ("aan roos vragen", "bij mol navragen", "an mira schicken")."""
    for m in _ASK_LAST.finditer(text):
        folded = fold_str(m.group("who"))
        if folded not in _BUSINESS and _name(folded) and (folded not in lx.common_words() or _listed(folded)):
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")
    for m in _TO_PERSON.finditer(text):
        for group in ("who", "more"):
            value = m.group(group)
            if not value:
                continue
            inner = regex.search(_LOWER_WORD + r"$", value)
            if inner is None:
                continue
            start = m.start(group) + inner.start()
            folded = fold_str(inner.group())
            if folded in _BUSINESS or not _name(folded):
                break
            if folded in lx.common_words() and not _listed(folded):
                break
            if folded in _ADVERBS:
                break  # "bel anders 06 12...", "frag doch"
            end = start + len(inner.group())
            tail = _NEXT_LOWER.match(text, end)  # "ask wei ling", "dile a paz gómez"
            if tail is not None and group == "who" and not m.group("more"):
                nxt = fold_str(tail.group(1))
                if _listed(nxt) and not _word(nxt) and nxt not in _BUSINESS:
                    end = tail.end(1)
            yield Span(start, end, "PERSON", 0.6, "person_rules")


def list_items(text: str) -> Iterator[Span]:
    """The people of a stand-up or handover list: lines opening with one lower-case word and ":" or a dash,
    at least three of them, two of them names of the lists; every such word that is no label is a person."""
    items = [m for m in _ITEM.finditer(text) if fold_str(m.group("who")) not in _NOT_ITEMS]
    items = [m for m in items if not _word(fold_str(m.group("who")))]
    if len(items) < 3:
        return
    known = [
        m
        for m in items
        if known_first(fold_str(m.group("who")), ambiguous_ok=True) or known_surname(fold_str(m.group("who")))
    ]
    if len(known) < 2:
        return
    for m in items:
        folded = fold_str(m.group("who"))
        if (
            folded in lx.ROLE_WORDS
            or folded in lx.common_words()
            and not (known_first(folded, ambiguous_ok=True) or known_surname(folded) or len(folded) <= 4)
        ):
            continue
        yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")


def chat_names(text: str, lang: str) -> Iterator[Span]:
    yield from lower_titled(text, lang)
    yield from lower_owners(text)
    yield from to_person(text)
    yield from list_items(text)
