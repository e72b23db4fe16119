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
from redaction.recognizers.person.words import HANDLE_NOT_PARTS, PARTICLES
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
    r"(?P<who>\p{L}[\p{L}'’-]*(?:[._]\p{L}[\p{L}'’-]*)?(?:[ \t]\p{L}[\p{L}'’.-]*){0,4})[ \t]?:[ \t]"
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
    # a speaker of one to three words, particles not counted ("Joke Van de Velde:", "María de los Ángeles Ruiz:")
    every = [
        m
        for m in _CHAT_LINE.finditer(text)
        if sum(fold_str(w) not in PARTICLES for w in m.group("who").split()) <= 3
    ]
    # "[09/04/2024, 07:52] Del: fyi", "12/03/24, 9:14 pm - jas.bains: heard": a messenger's export stamps every
    # line with a date and a time; who speaks there is a person (or a handle), whatever the word
    exported = [
        m
        for m in every
        if _full_date(m.group("date"))
        and (not _export_label(m.group("who")) or _lower_given_name(m.group("who")))
    ]
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
    r"(?m)^[ \t]*(?P<who>\p{L}[\p{L}\d'’._-]*(?:[ \t]\p{Lu}[\p{L}'’-]*){0,2}(?:[ \t]\p{L}\.)?)[ \t]+"
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
    lines = [
        m
        for m in _STAMPED_HEADER.finditer(text)
        if not _label(" ".join(w for w in m.group("who").replace(".", " ").split() if len(w) > 1))
    ]
    if len(lines) < 2:
        return
    counts: dict[str, int] = {}
    for m in lines:
        counts[m.group("who")] = counts.get(m.group("who"), 0) + 1
    sure, other = [], []
    for m in lines:
        who = m.group("who")
        parts = [fold_str(p) for p in regex.split(r"[._\s]+", who) if len(p) > 1]  # "marc d.": an initial
        if any(p in HANDLE_NOT_PARTS or p in lx.all_stopwords() or p in lx.MONTHS for p in parts):
            continue
        if ("." in who or "_" in who) or counts[who] >= 2 or _known(who.replace(".", " ")):
            sure.append(m)
        else:
            other.append(m)
    # in a chat whose senders are sure on two header lines or more, a sender writing once is one too, a word of
    # the letters of a name ("fatlum  09:20" between "reto  09:01" and "luca  09:12")
    if len(sure) >= 2:
        sure += [
            m
            for m in other
            if m.group("who").isalpha()
            and not lx.plain_word(fold_str(m.group("who")))
            and namelike.score(fold_str(m.group("who"))) >= -0.5
        ]
    for m in sure:
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
    """What a messenger's export prints in the speaker's place that is nobody: a label, a team, a month (alone: in
    "mei ling" the Dutch month is a given name's half)."""
    words = [fold_str(w) for w in regex.split(r"[\s._]+", who) if w]
    return any(
        w in lx.FORM_LABELS
        or w in _NOT_SPEAKERS
        or w in lx.TEAM_WORDS
        or w in lx.ROLE_WORDS
        or (w in lx.MONTHS and len(words) == 1)
        for w in words
    )


def _lower_given_name(who: str) -> bool:
    """A messenger's contact saved as a lower-case first name that teams also use for a team or a role ("dev",
    "ops" is none): a first name of the lists, no label of a form or a note, no month."""
    folded = fold_str(who)
    return (
        who.islower()
        and who.isalpha()
        and known_first(folded, ambiguous_ok=True)
        and folded not in lx.FORM_LABELS
        and folded not in _NOT_SPEAKERS
        and folded not in lx.MONTHS
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


# Words before a lower-case name in a message that make it a word again ("la luz", "sin luz", "de paz", "the joke")
_WORD_BEFORE = word_set(
    "the a an this that my our your no any some der die das den dem des ein eine einen im am vom zum zur kein "
    "keine le la les un une du au aux des sans el los las una al del sin con het een de deze dit in op geen"
)
# Words before a lower-case name in a message that only a person fits: sent, asked, thanked, greeted ("va mercedes",
# "que vaya consuelo", "dile a milagros", "demande à rose", "ok roos", "gracias paz")
_ADDRESSED_BEFORE = word_set(
    "va vaya viene venga dile decile pregúntale preguntale avísale avisale ask tell ping thanks thx ok oké okay "
    "gracias merci danke bedankt dank hola hi hey buenas salut moin hoi dis demande demander frag vraag bel "
    "estoy acá aca"
)
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}\d@._/-])\p{Ll}[\p{Ll}\p{M}'’]{2,}(?![\p{L}\p{M}\d@-])")
_WORD_BEFORE_MENTION = regex.compile(r"([\p{L}\p{M}]+)[ \t]*\Z")
_MESSAGE_START = regex.compile(r"(?:^|[:.!?][ \t]+|\n)[ \t]*\Z")


def chat_people(text: str) -> Iterator[Span]:
    """The speakers of a chat (``chat_speakers``) and, in its messages, the words of their names written in lower
    case: a chat calls its members by a first or a family name ("[09:03] Mercedes Kaplan: voy yo", then "va
    mercedes", "Henning Brandt: brandt bringt die pläne", "Roos Hendriks: roos kan niet"). A word of a name that
    is also a frequent word ("roos", "brandt", "luz") counts only opening a message or a sentence or after a word
    that addresses a person ("va", "dile a", "ok"); none after an article or a preposition ("la luz")."""
    speakers = list(chat_speakers(text))
    yield from speakers
    if not speakers:
        return
    words: dict[str, str] = {}  # folded word of a speaker's name -> its lower-case spelling
    for span in speakers:
        for word in regex.split(r"[\s._-]+", text[span.start : span.end]):
            folded = fold_str(word)
            if len(word) >= 3 and word.isalpha() and folded not in lx.all_stopwords() and not _label(word):
                words.setdefault(folded, word.lower())
    if not words:
        return
    taken = [(s.start, s.end) for s in speakers]
    for m in _LOWER_WORD.finditer(text):
        surface = m.group()
        folded = fold_str(surface)
        if folded not in words or any(m.start() < e and s < m.end() for s, e in taken):
            continue
        if after_article(text, m.start()):
            continue
        accented = surface == words[folded] and not surface.isascii()  # "germán", the speaker's own spelling
        word_like = lx.plain_word(folded) or folded in lx.word_like_names() or blocked(folded)
        if word_like and not (accented or where_a_name_stands(text, m.start())):
            continue
        yield Span(m.start(), m.end(), "PERSON", 0.6, "person_rules")


def after_article(text: str, start: int) -> bool:
    """An article, a determiner or a preposition right before ``start`` ("la luz", "sin luz", "the joke")."""
    before = _WORD_BEFORE_MENTION.search(text, max(0, start - 24), start)
    return before is not None and fold_str(before.group(1)) in _WORD_BEFORE


def where_a_name_stands(text: str, start: int) -> bool:
    """A lower-case word at ``start`` of a message stands where a chat puts a name that is also a word: opening the
    message or a sentence, after a greeting and its comma ("moin zusammen, brandt bringt"), or after a word that
    addresses a person ("va mercedes", "ok roos", "demande à rose"); not inside a phrase ("le fond rose")."""
    if _MESSAGE_START.search(text, max(0, start - 3), start) is not None:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    colon = text.find(": ", line_start, start)
    if text[start - 2 : start] == ", " and colon >= 0 and start - colon <= 24:
        return True
    before = _WORD_BEFORE_MENTION.search(text, max(0, start - 24), start)
    prev = fold_str(before.group(1)) if before is not None else ""
    return prev in _ADDRESSED_BEFORE or prev in ("à", "aan")  # "demande à rose", "vraag aan roos"
