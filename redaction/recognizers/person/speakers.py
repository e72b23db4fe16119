"""The speakers of a chat pasted into a note: a messenger's export stamped with dates, lines stamped with a clock
time, initials or first names speaking on two lines or more, and the senders of a team tool's header lines
("lena.schulz 09:14"). Labels of forms and notes ("Status:", "DNI: 28...") are no speakers."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction import namelike
from redaction.lexicon import word_set
from redaction.normalize import fold_str
from redaction.recognizers.person.headers import _ACRONYMS
from redaction.recognizers.person.tokens import blocked, known_first, known_surname
from redaction.recognizers.person.words import HANDLE_NOT_PARTS
from redaction.types import Span

# A weekday's short name before a chat line's clock time ("[Sun 10:02] lovely.akter:", "[Mié 9:14]")
WEEKDAY = (
    r"(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lun|mar|mer|mié|mie|jeu|jue|ven|vie|sam|sáb|sab|dim|dom|"
    r"mo|di|mi|do|fr|sa|so|ma|wo|vr|za|zo)\.?,?"
)
# A line of a chat export: an optional weekday and clock time (in brackets or not), a speaker of one to three words, a colon
_CHAT_LINE = regex.compile(
    r"(?m)^[ \t]*(?:[-–•*][ \t]+)?(?P<time>\[?(?:"
    + WEEKDAY
    + r"[ \t]+)?(?P<date>\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?,?[ \t]+)?"
    r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]?[ \t]*[-–]?[ \t]*)?"
    r"(?P<who>\p{L}[\p{L}'’-]*(?:[._]\p{L}[\p{L}'’-]*)?(?:[ \t]\p{L}[\p{L}'’.-]*){0,2})[ \t]?:[ \t]"
)
_NOT_SPEAKERS = word_set(
    "note notes nota notiz todo to-do re aw fw fwd wg tr rv status action actions actie acties total totaal "
    "summe date datum fecha time zeit hora heure tijd subject betreff objet asunto onderwerp system bot "
    "update ps nb info fyi q a answer antwort réponse respuesta antwoord question frage pregunta vraag ok "
    "edit edited"
    # the writer's own lines in minutes and chats ("moi : point avec le DSI", "ich: erledigt")
    " moi me ich ik yo myself"
    # labels of a stand-up's bullet lines ("- blocker: VPN", "- done: export", "- offen: Rechnung")
    " blocker blockers done next wip offen erledigt pendiente pendientes hecho fait fini klaar gedaan"
)


def chat_speakers(text: str) -> Iterator[Span]:
    """Every speaker of a chat export, word-names too ("[10:02] will: can someone cover", "sunny: fyi"): a text
    with at least two speaker lines stamped with a clock time, or at least two whose speaker is a first name
    of the lists written in lower case; labels of forms and notes are no speakers."""
    every = list(_CHAT_LINE.finditer(text))
    # "[09/04/2024, 07:52] Del: fyi", "12/03/24, 9:14 pm - jas.bains: heard": a messenger's export stamps every
    # line with a date and a time; who speaks there is a person (or a handle), whatever the word
    exported = [m for m in every if _full_date(m.group("date")) and not _export_label(m.group("who"))]
    if len(exported) >= 2:
        for m in exported:
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.7, "person_rules")
    lines = [m for m in every if not _label(m.group("who"))]
    # stamped lines of an agenda ("10:00 Standup:", "11:30 Lunch:") are no chat: its speakers look like names
    stamped = [m for m in lines if m.group("time") and _name_like_speaker(m.group("who"))]
    if not any(_known(m.group("who")) for m in stamped):
        stamped = []
    lower_names = [
        m
        for m in lines
        if m.group("who").islower()
        and _lower_speaker(m.group("who"))
        and _known_lower(m.group("who").split()[0])
    ]
    # "JM: VAT return is due", "KP: me, but": initials speaking on two lines or more
    initials = [
        m
        for m in lines
        if _speaking_initials(m.group("who"))
        and not m.group("time")
        and m.group("who") not in _ID_LABELS
        and not _VALUE_AFTER.match(text, m.end())  # "DNI: 28.345.612", "CBU: 0170...": a form's fields
    ]
    chosen = initials if len(initials) >= 2 else []
    # "Hakan Öztürk: ja", "Marija: der arme", "Fatima B: ein fehler": a chat pasted without clock times, two
    # speakers or more whose first word is a first name of the lists that is no word
    named = [
        m
        for m in lines
        if not m.group("time") and m.group("who")[0].isupper() and _first_name_speaker(m.group("who"))
    ]
    if len(stamped) >= 2:
        chosen += stamped
    elif len(named) >= 2 and len({m.group("who") for m in named}) >= 2:
        chosen += named
    elif len(lower_names) >= 2 and not any("_" in m.group("who") for m in lines):
        # (not a record dump's keys: "nom: ...", "site: ...", "tel_fixe: ..." are fields, not a chat's speakers)
        # "babeth :", "kevin b:": a first name alone or with the initial of the surname
        chosen += [m for m in lines if m.group("who").islower() and _lower_speaker(m.group("who"))]
    for m in chosen:
        yield Span(m.start("who"), m.end("who"), "PERSON", 0.7, "person_rules")
    if sum(1 for m in every if m.group("time")) >= 3:
        # "[09:13] la flaca: nel, ...": a nickname with its article speaks on two stamped lines or more
        yield from _nickname_speakers(every)
    yield from _stamped_headers(text)
    yield from _bracket_headers(text)


_ARTICLE_NICKNAME = regex.compile(r"(?:la|el|le|the|der|die|de)[ \t](?P<nick>\p{Ll}{3,})")


def _nickname_speakers(lines: list[regex.Match[str]]) -> Iterator[Span]:
    """An article and a lower-case word speaking on two stamped lines or more: a nickname ("la flaca")."""
    counts: dict[str, int] = {}
    for m in lines:
        if m.group("time") and _ARTICLE_NICKNAME.fullmatch(m.group("who")):
            counts[m.group("who")] = counts.get(m.group("who"), 0) + 1
    for m in lines:
        who = m.group("who")
        nick = _ARTICLE_NICKNAME.fullmatch(who)
        if m.group("time") and nick and counts.get(who, 0) >= 2 and not _label(nick.group("nick")):
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.65, "person_rules")


# A team tool's message header with the sender before the date and time in brackets ("[AGZ · 03/09 09:14]",
# "[Ana Ruiz | 12/05 17:02]", "[Vos, 12-03 08:30]")
_BRACKET_HEADER = regex.compile(
    r"(?m)^[ \t]*\[(?P<who>\p{L}[\p{L}'’.-]*(?:[ \t]\p{L}[\p{L}'’.-]*){0,2})[ \t]*[·|•–,-][ \t]*"
    r"\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?,?[ \t]+\d{1,2}:\d{2}\]"
)


def _bracket_headers(text: str) -> Iterator[Span]:
    """The senders of such headers, when two lines or more have them; labels are no senders."""
    lines = [m for m in _BRACKET_HEADER.finditer(text) if not _export_label(m.group("who"))]
    if len(lines) >= 2:
        for m in lines:
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.7, "person_rules")


# A message header of a chat copied from a team tool: the sender alone on its line, then the clock time
# ("lena.schulz 09:14", "mgutierrez  11:22", "Ama Owusu 9:14 AM"), or the message after a colon ("aoife.bk
# 10:42: morning")
_STAMPED_HEADER = regex.compile(
    r"(?m)^[ \t]*(?P<who>\p{L}[\p{L}\d'’._-]*(?:[ \t]\p{Lu}[\p{L}'’-]*){0,2})[ \t]+"
    r"\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\]?[ \t]*(?:$|:(?=[ \t]))"
)


def _full_date(date: str | None) -> bool:
    """A messenger's stamp carries a full date ("09/04/2024, 07:52"); a day and a month alone ("12/06 08:40", also
    an agenda's "- 12.03 14:00 Termin:") make no export."""
    return bool(date) and len(regex.findall(r"[./-]", date or "")) >= 2


def _stamped_headers(text: str) -> Iterator[Span]:
    """Senders of a chat export whose messages start with a header line "sender time": two such lines or more;
    a sender with a dot or an underscore (a user name), written so twice, or a name of the lists (an agenda's
    "lunch 12:30" is none of these)."""
    lines = [m for m in _STAMPED_HEADER.finditer(text) if not _label(m.group("who").replace(".", " "))]
    if len(lines) < 2:
        return
    counts: dict[str, int] = {}
    for m in lines:
        counts[m.group("who")] = counts.get(m.group("who"), 0) + 1
    for m in lines:
        who = m.group("who")
        parts = [fold_str(p) for p in regex.split(r"[._\s]+", who) if p]
        if any(p in HANDLE_NOT_PARTS or p in lx.all_stopwords() or p in lx.MONTHS for p in parts):
            continue
        if ("." in who or "_" in who) or counts[who] >= 2 or _known(who.replace(".", " ")):
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.7, "person_rules")


def _first_name_speaker(who: str) -> bool:
    words = who.split()
    first = fold_str(words[0])
    if not (known_first(first, ambiguous_ok=False) and first not in lx.word_like_names()):
        return False
    return all(w[:1].isupper() for w in words) and len(words) <= 3


# Labels of identity, tax and bank numbers in capitals: a form's field names, never initials that speak
_ID_LABELS = word_set(
    "DNI NIE NIF CIF RFC RUT RUC CUIT CUIL NSS BSN AHV BIC TIN PAN NIC NID NTN RIF SSN NIN BVN TFN ABN UTR KRA PIN "
    "GST HST QST TPS TVQ CPF CNI CIN RRN CBU CVU RIB IBAN SWIFT CURP INE NIR UID"
)
_VALUE_AFTER = regex.compile(r"[ \t]*[+\d(]")


def _speaking_initials(who: str) -> bool:
    return 2 <= len(who) <= 3 and who.isalpha() and who.isupper() and who not in _ACRONYMS


def _label(who: str) -> bool:
    words = [fold_str(w) for w in who.split()]
    return (
        any(
            w in lx.FORM_LABELS or w in _NOT_SPEAKERS or w in lx.TEAM_WORDS or w in lx.ROLE_WORDS
            for w in words
        )
        # "will:" speaks, and in lower case a surname that is a word too ("lange:", "klein:")
        or any(
            blocked(w) and not known_first(w, ambiguous_ok=True) and not (who.islower() and known_surname(w))
            for w in words
        )
        or any(w in lx.MONTHS for w in words)
    )


def _export_label(who: str) -> bool:
    """What a messenger's export prints in the speaker's place that is nobody: a label, a team, a month."""
    words = [fold_str(w) for w in regex.split(r"[\s._]+", who) if w]
    return any(
        w in lx.FORM_LABELS
        or w in _NOT_SPEAKERS
        or w in lx.TEAM_WORDS
        or w in lx.ROLE_WORDS
        or w in lx.MONTHS
        for w in words
    )


def _known(who: str) -> bool:
    """A word of the speaker, or a part of a user name ("sukanta.das"), is a first name or a surname of the lists."""
    return any(
        known_first(fold_str(w), ambiguous_ok=True) or known_surname(fold_str(w))
        for w in regex.split(r"[\s._]+", who)
        if w
    )


def _name_like_speaker(who: str) -> bool:
    return who.islower() or _known(who) or all(namelike.name_like(fold_str(w), 0.0) for w in who.split())


def _lower_speaker(who: str) -> bool:
    words = who.split()
    return len(words) == 1 or (len(words) == 2 and len(words[1]) == 1 and len(words[0]) >= 3)


def _known_lower(who: str) -> bool:
    """A first name or a surname of the lists, words too ("jan:", "lange:", "sommer:")."""
    return " " not in who and (known_first(fold_str(who), ambiguous_ok=True) or known_surname(fold_str(who)))
