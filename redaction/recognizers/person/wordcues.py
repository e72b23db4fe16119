"""First names and surnames that are words too ("grace", "June", "vos", "Mercedes", "Cuesta"), found where
only a person can stand, once the rest of the text is read.

The rules before this one skip such a word unless a cue is sure (the word is more often the word). This pass
runs on the whole text after them, knowing the persons they found, and takes the word as a person in one of
these positions only:

- the speaker of a chat line when other lines of the same chat have persons as speakers ("may: has anyone
  seen the index", "[08:52] mol: nog niet");
- after a verb whose object is always a person ("cc june", "Ask June or Kaito", "did u try grace?");
- opening a clause before a verb of a person, maybe after an adverb ("bill still hasn't signed", "will said
  he'd do it", "klein wollte nochmal", "Cuesta lleva desde las 8", "fröhlich hat angerufen");
- joined by "and"/"or"/"+" to a person found already ("June or Kaito", "me + dolores", "awa, jérôme et
  lucie");
- before its role ("Mercedes, la administrativa"), in a cleft ("c'est Prosper qui reprend"), before a
  pronoun of the verb in Spanish and French ("Mercedes nos comenta", "Rose m'a dit"), or with its firm before
  a verb ("claire from the client side called").

Never after an article or a preposition ("the bill", "in June", "la pierre"). The engine's in-text spreading
then finds the other mentions of a lower-case name.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from redaction import lexicon as lx
from redaction.normalize import fold_str
from redaction.recognizers.person.cuewords import (
    _A_PERSON,
    _ABSENT_ONE,
    _ABSENT_TWO,
    _ABSENT_VERBS,
    _ADVERBS,
    _AFTER_MET,
    _ANY_VERB,
    _ASK,
    _ASK_MONTH,
    _ASKED,
    _AT_WORK,
    _AUX,
    _BUSINESS,
    _CLEFT_AFTER,
    _CLEFT_BEFORE,
    _CLITICS,
    _COLOURS,
    _CONTRAST,
    _FROM,
    _GREETINGS,
    _HAS_NOT,
    _HAVE,
    _INVERTED_VERB_AFTER,
    _JOINERS,
    _LINE_LABELS,
    _MET,
    _NOT_AFTER,
    _NOT_NAMES,
    _NOT_PARTICIPLES,
    _OBJECT_CLITICS,
    _OBJECT_START,
    _OPENERS,
    _PARTICIPLES,
    _PERSON_VERBS,
    _QUESTION_AUX,
    _ROLE_ALL,
    _SAYS,
    _SOFTENERS,
    _VERB_ENDINGS,
    _WHEN,
    _WITH,
)
from redaction.recognizers.person.guards import company_context
from redaction.recognizers.person.tokens import blocked, known_first, known_surname
from redaction.types import Span

# (letters, joined by one apostrophe or hyphen before a letter; written as runs, which scan faster)
_TOKEN = regex.compile(r"[\p{L}\p{M}]+(?:['’-](?=\p{L})[\p{L}\p{M}]+)*|\d+|\n|[^\s\p{L}\p{M}\d]")


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=65536)
def _candidate(word: str) -> bool:
    if len(word) < 3 or not word.replace("-", "").isalpha() or word.isupper():
        return False
    if not (word.islower() or word[0].isupper() and word[1:].islower()):
        return False
    folded = _fold(word)
    if folded in lx.TEAM_WORDS or folded in lx.ROLE_WORDS or folded in lx.TITLES or folded in _LINE_LABELS:
        return False
    if folded in lx.WEEKDAYS or folded in _NOT_NAMES or folded in _SOFTENERS or folded in lx.WORDS_FIRST:
        return False
    if folded in lx.all_stopwords() and folded not in _BUSINESS and folded not in lx.word_surnames():
        return False  # "she", "even", "anders"
    return (
        known_first(folded, ambiguous_ok=True)
        or known_surname(folded)
        or folded in lx.word_surnames()
        or folded in lx.ambiguous_names()
    )


def _listed(folded: str) -> bool:
    return known_first(folded, ambiguous_ok=True) or known_surname(folded) or folded in lx.word_surnames()


def _folded(toks: list[tuple[str, int, int]], k: int) -> str:
    return _fold(toks[k][0]) if 0 <= k < len(toks) else ""


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    return fold_str(word)


def _clause_start(toks: list[tuple[str, int, int]], i: int) -> bool:
    """Nothing before the word in its clause but an opener, an adverb or a chat line's stamp."""
    k = i - 1
    while k >= 0 and (_folded(toks, k) in _OPENERS or _folded(toks, k) in _ADVERBS):
        k -= 1
    if k < 0:
        return True
    prev = toks[k][0]
    if prev == "]":  # "[08:57] jung: ..." handled by speakers; "[08:57] klein wollte"
        return True
    return prev in (".", "!", "?", "\n", ":", ";", ",", "-", "–", "—", "(", "•", "*", ">")


def _verb_after(toks: list[tuple[str, int, int]], i: int, business: bool) -> bool:
    k = i + 1
    while _folded(toks, k) in _ADVERBS:
        k += 1
    verb = _folded(toks, k)
    if business:
        if verb in _HAS_NOT:
            return _folded(toks, k + 1) not in _NOT_PARTICIPLES and _folded(toks, k + 1).isalpha()
        return verb in _SAYS
    if verb in _PERSON_VERBS:
        return True
    if verb in _AUX:
        return any(_folded(toks, j) in _PARTICIPLES for j in range(k + 1, min(k + 5, len(toks))))
    return False


def _person_at(spans: list[Span], start: int, end: int) -> bool:
    return any(s.kind == "PERSON" and s.start <= start and end <= s.end for s in spans)


_LINE_HEAD = regex.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?(?:[-•*·][ \t]*)?@?"
    r"(?P<who>[\p{L}][^\n:–—]{0,40}?)[ \t]*(?::|[ \t][–—-][ \t])[ \t]*(?P<after>\S?)"
)


_DAY_HEADS = lx.WEEKDAY_ABBREVIATIONS | lx.WEEKDAYS | lx.word_set("mar mie mié mo do fr sa so")


def _speakers(text: str, toks: list[tuple[str, int, int]], spans: list[Span]) -> set[int]:
    """Token indexes of chat speakers and list items ("name:" or "name –" opening a line, maybe after a time
    stamp or a bullet), when the text has three such lines and a person speaks in one of them."""
    at = {start: k for k, (_w, start, _e) in enumerate(toks)}
    starts: list[int] = []
    persons = 0
    lines = 0
    for m in _LINE_HEAD.finditer(text):
        lines += 1
        who_start, who_end = m.span("who")
        if any(s.kind == "PERSON" and s.start <= who_start and who_end <= s.end for s in spans):
            persons += 1
            continue
        after = m.group("after")
        if after and (after[0].isdigit() or after in ("€", "£", "$")):
            continue  # "may: 120h" is a month's figure
        if _fold(m.group("who").strip(" .")) in _DAY_HEADS:
            continue  # "Mon: site survey", "Mié: soporte": a timesheet's days
        k = at.get(who_start)
        if k is not None and toks[k][2] == who_end:
            starts.append(k)
    if lines >= 3 and persons:
        return set(starts)
    listed = [k for k in starts if _listed(_folded(toks, k))]
    return set(listed) if len(listed) >= 3 else set()  # "- Visser: controle / - Bakker: WIP / - Vos: ziek"


_AT_HANDLE = regex.compile(
    r"(?<![\w.@/])@(?P<h>\p{L}[\p{L}\p{M}\d]*(?:[._-]\p{L}[\p{L}\p{M}\d]*){0,2})(?![\w@]|\.\p{L})"
)
_NOT_HANDLES = lx.word_set(
    "channel here everyone all team everybody alle iedereen tous todos todas equipo equipe équipe admin "
    "support info office bot"
)


def at_handles(text: str) -> list[Span]:
    """ "@mark.fisher:", "@h.leroy :", "@ernst:", "@daan_m": a chat user's handle, words or not (not "@channel",
    a team's or a mailbox's name)."""
    if "@" not in text:
        return []
    out = []
    for m in _AT_HANDLE.finditer(text):
        parts = [fold_str(p) for p in regex.split(r"[._-]", m.group("h")) if p]
        if any(p in _NOT_HANDLES or p in lx.TEAM_WORDS or p in lx.ROLE_WORDS for p in parts):
            continue
        if len(parts) == 1 and (parts[0].isdigit() or len(parts[0]) < 2):
            continue
        out.append(Span(m.start("h"), m.end("h"), "PERSON", 0.7, "person_rules"))
    return out


def word_names_in_place(text: str, spans: list[Span], lang: str = "") -> list[Span]:
    """Word-names in a person's position, given the persons found in the text already."""
    if not text.strip():
        return []
    handles = [h for h in at_handles(text) if not any(h.start < s.end and s.start < h.end for s in spans)]
    spans = spans + handles
    toks = _tokens(text)
    speakers = _speakers(text, toks, spans)
    # the tokens a detection already covers (the spans this pass adds are tokens, one at a time, in order)
    covered = _covered(toks, spans)
    seen: set[str] = set()  # word-names found in this text: the same word again is the same person
    out: list[Span] = []
    for i, (word, start, end) in enumerate(toks):
        if not word[0].isalpha() or covered[i]:
            continue
        if not _candidate(word):
            strong = word in seen or lang not in ("de", "") and _strong_capital(toks, i)
            if strong and not company_context(text, start, end):
                span = Span(start, end, "PERSON", 0.6, "person_rules")
                out.append(span)
                spans = [*spans, span]
                seen.add(word)
            continue
        folded = _fold(word)
        prev = _folded(toks, i - 1)
        personal_a = prev == "a" and _folded(toks, i - 2) in _A_PERSON
        about = prev in ("for", "to") and _folded(toks, i + 1) in ("re", "about", "regarding")
        about = about or _role_after(toks, i) or prev in _WITH and _folded(toks, i - 2) in _MET
        about = about or prev in _SOFTENERS and _asked_before(toks, i)
        # "con Abril", "a Abril y a Rocío", "avec Avril": a month's name as a person's
        month_named = prev in _MONTH_PERSON_BEFORE and _month_named(toks, i) and not _dated(toks, i)
        personal_a = personal_a or month_named
        if (
            prev in _NOT_AFTER
            and not personal_a
            and not about
            and not (prev in _JOINERS and _joined_to_person(toks, i, spans))
        ):
            continue
        business = folded in _BUSINESS or (folded in lx.MONTHS and not _month_named(toks, i))
        again = word in seen and not business and not _folded(toks, i + 1)[:1].isupper()
        found = (
            again
            or month_named
            or _takes_person(toks, i, spans, speakers, business)
            or (lang not in ("de", "") and not business and _capital_inside(toks, i))
        )
        if found and not company_context(text, start, end):
            span = Span(start, end, "PERSON", 0.6, "person_rules")
            seen.add(word)
            out.append(span)
            spans = [*spans, span]  # "Schaap en Boer": the next word-name may join it
    return handles + out


def _covered(toks: list[tuple[str, int, int]], spans: list[Span]) -> list[bool]:
    """For each token, whether a span overlaps it (one sweep over both, sorted by start)."""
    out = [False] * len(toks)
    ordered = sorted((s.start, s.end) for s in spans)
    j = 0
    reach = -1  # the furthest end of the spans that start before the token's end
    for i, (_word, start, end) in enumerate(toks):
        while j < len(ordered) and ordered[j][0] < end:
            reach = max(reach, ordered[j][1])
            j += 1
        out[i] = reach > start
    return out


# Months that are given names in languages that write their months in lower case ("a Abril y a Rocío",
# "avec Avril"): with a capital inside a sentence and no date around them, the person
_MONTH_NAMES = lx.word_set("abril avril")
_DATE_BEFORE_MONTH = lx.word_set(
    "de del en para hasta desde partir mes finales principios mediados fin début fin mi en au d' jusqu'en "
    "of in until till by from since"
)


_MONTH_PERSON_BEFORE = lx.word_set("con a y e avec et à pour para met en and with")


def _dated(toks: list[tuple[str, int, int]], i: int) -> bool:
    """A date or another month just before ("de enero a Abril", "du 3 au"): a span of time, not a person."""
    return any(
        _folded(toks, j)[:1].isdigit() or _folded(toks, j) in lx.MONTHS for j in range(max(0, i - 4), i - 1)
    )


def _month_named(toks: list[tuple[str, int, int]], i: int) -> bool:
    word = toks[i][0]
    if not word[0].isupper() or _fold(word) not in _MONTH_NAMES or _clause_start(toks, i):
        return False
    nxt = _folded(toks, i + 1)
    if nxt[:1].isdigit() or (nxt in ("de", "del", "'") and _folded(toks, i + 2)[:1].isdigit()):
        return False  # "Abril 2025", "Abril de 2025"
    prev = _folded(toks, i - 1)
    return not prev[:1].isdigit() and prev not in _DATE_BEFORE_MONTH


def _takes_person(
    toks: list[tuple[str, int, int]], i: int, spans: list[Span], speakers: set[int], business: bool
) -> bool:
    if i in speakers:
        return True
    prev, nxt = _folded(toks, i - 1), _folded(toks, i + 1)
    if _asked_before(toks, i) and not business:
        return True  # "sag bitte kurz winter bescheid", "vraag het Mulder"
    if prev == "(" and nxt in (")", "?") and _fold(toks[i - 2][0] if i >= 2 else "") in _ROLE_ALL:
        return True  # "their office manager (rose?)", "son assistante (rose)"
    if prev in _QUESTION_AUX and _clause_start(toks, i - 1) and nxt in _OBJECT_START and not business:
        return True  # "kan vos die niet opvragen?", "heeft vos de klantacceptatie al"
    if prev in _INVERTED_VERB_AFTER and nxt in (",", ".", "\n", "", "?", "!", "pero", "y", "mais", "et"):
        return not business or _folded(toks, i - 2) in _OBJECT_CLITICS  # "lo tiene paz, pero"
    if prev in ("for", "to", "back") and nxt in ("re", "about", "regarding") and not business:
        return True  # "left a note for grace re the date", "call back grace about"
    if _clause_start(toks, i) and _absent(toks, i + 1):
        return True  # "june is off till thursday", "paz está de vacaciones", "Jäger: krank" is a list's
    greeted = prev in _GREETINGS or prev == "," and _folded(toks, i - 2) in _GREETINGS
    if greeted and nxt in (",", ":", "!", "\n"):
        return True  # "Buenas, Herrero:", "hi june,"
    if nxt == "(" and any(_folded(toks, j) in _ROLE_ALL for j in range(i + 2, min(i + 5, len(toks)))):
        return not business  # "Rose (comptable client)", "Brown (client controller)"
    if prev in _HAVE and any(_folded(toks, j) in _ASKED for j in range(i + 1, min(i + 6, len(toks)))):
        return not business  # "Ich hab Lang gebeten", "Ik heb Vink gevraagd"
    if prev in _WITH and _folded(toks, i - 2) in _MET and nxt in _AFTER_MET:
        return not business  # "overleg met Schaap", "call with Green re"
    if nxt == "is" and _folded(toks, i + 2) in _AT_WORK and _clause_start(toks, i) and not business:
        return True  # "ruby is onboarding them"
    if nxt.isdigit():
        return False  # "June 5", "cc may 2024"
    if prev == "a" and _folded(toks, i - 2) in _A_PERSON:
        return True  # "llama a Mercedes", "pregúntale a june"
    month = _fold(toks[i][0]) in lx.MONTHS and not _month_named(toks, i)
    if prev in _ASK and (prev != "ask" or nxt not in ("for", "about") or not business):
        return not month or prev in _ASK_MONTH
    if month:
        return False  # "30 April and Tobias", "Am 4. März schrieb"
    if prev == "try" and nxt in ("?", ".", "!", ",", "\n", "") and not business:
        return True  # "did u try grace?"
    if _clause_start(toks, i) and _verb_after(toks, i, business):
        return True
    if _joined_to_person(toks, i, spans):
        return True
    if business:
        return False
    if nxt == "," and _folded(toks, i + 2) in _NOT_AFTER and _folded(toks, i + 3) in lx.ROLE_WORDS:
        return True  # "Mercedes, la administrativa"
    if any(_before(toks, i, words) for words in _CLEFT_BEFORE) and nxt in _CLEFT_AFTER:
        return True  # "c'est Prosper qui reprend"
    capital = toks[i][0][0].isupper()
    if capital and _clause_start(toks, i) and (nxt in _CLITICS or nxt[:2] in ("m'", "m’")):
        following = _folded(toks, i + 2)
        if nxt[:2] in ("m'", "m’"):
            return True  # "Rose m'a dit"
        return (
            following.isalpha() and following.endswith(_VERB_ENDINGS) and following not in lx.all_stopwords()
        )
    if nxt in _FROM and _clause_start(toks, i):
        return any(_folded(toks, j) in _ANY_VERB for j in range(i + 3, min(i + 8, len(toks))))
    return False


def _strong_capital(toks: list[tuple[str, int, int]], i: int) -> bool:
    """ "overleg met Schaap", "questions à Lemoine (comptable)": a capitalised word no name list knows, in a
    language that writes its nouns in lower case, where only a person stands (met with, asked, a role in
    parentheses after it); not a word that never names anyone (a team, a tool, a town)."""
    word = toks[i][0]
    if len(word) < 3 or not (word[0].isupper() and word[1:].islower() and word.isalpha()):
        return False
    folded = _fold(word)
    if blocked(folded) or folded in lx.TEAM_WORDS or folded in lx.places() or folded in _NOT_NAMES:
        return False
    if (
        _folded(toks, i + 1) in ("de", "del", "van", "von", "du", "des", "la", "der")
        and i + 2 < len(toks)
        and toks[i + 2][0][:1].isupper()
    ):
        return False  # "la llamada con Aceites del Sur": a firm's name goes on
    prev = _folded(toks, i - 1)
    met = prev in _WITH and _folded(toks, i - 2) in _MET and _folded(toks, i + 1) in _AFTER_MET
    return met or _asked_before(toks, i) or _role_after(toks, i)


def _asked_before(toks: list[tuple[str, int, int]], i: int) -> bool:
    k = i - 1
    while _folded(toks, k) in _SOFTENERS:
        k -= 1
    return k < i - 1 and _folded(toks, k) in _ASK


def _role_after(toks: list[tuple[str, int, int]], i: int) -> bool:
    return _folded(toks, i + 1) == "(" and any(
        _folded(toks, j) in _ROLE_ALL for j in range(i + 2, min(i + 5, len(toks)))
    )


def _absent(toks: list[tuple[str, int, int]], k: int) -> bool:
    """An absence after a subject ("is off", "ist krank", "está de vacaciones", "zit thuis")."""
    if _folded(toks, k) not in _ABSENT_VERBS:
        return False
    while _folded(toks, k + 1) in _WHEN:
        k += 1  # "roos is vandaag thuis", "fuchs ist ab Montag in Elternzeit"
    one, two = _folded(toks, k + 1), _folded(toks, k + 2)
    if one in ("off", "out", "away") and two in ("to", "of", "the", "a"):
        return False  # "off to a slow start", "out of scope"
    return one in _ABSENT_ONE or (one, two) in _ABSENT_TWO


def _capital_inside(toks: list[tuple[str, int, int]], i: int) -> bool:
    """ "que Amparo NO viene", "pas Pierre.", "not Ravi": a capitalised first name that is a word too, inside a
    sentence of a language that writes its nouns in lower case, after a word that sets a person against
    another or opens what a person does; not the first word of a longer proper name ("Rose Garden")."""
    word = toks[i][0]
    if not word[0].isupper() or i == 0 or _fold(toks[i - 1][0]) not in _CONTRAST:
        return False
    nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
    if nxt[:1].isupper() and not nxt.isupper() or nxt in ("&", "-", "'", "’", "/", "@"):
        return False
    folded = _fold(word)
    return known_first(folded, ambiguous_ok=True) and folded not in lx.places() and folded not in _COLOURS


def _before(toks: list[tuple[str, int, int]], i: int, words: tuple[str, ...]) -> bool:
    n = len(words)
    return i >= n and tuple(_folded(toks, i - n + j) for j in range(n)) == words


def _joined_to_person(toks: list[tuple[str, int, int]], i: int, spans: list[Span]) -> bool:
    """ "June or Kaito", "me + dolores", "awa, jérôme et lucie": next to a person found, by a joiner."""
    for step in (1, -1):
        j = i + step
        if j < 0 or j >= len(toks):
            continue
        joiner = _folded(toks, j)
        if joiner not in _JOINERS and joiner not in ("+", ","):
            continue
        k = j + step
        if k < 0 or k >= len(toks):
            continue
        if _person_at(spans, toks[k][1], toks[k][2]) or _fold(toks[k][0]) in (
            "me",
            "moi",
            "mí",
            "mij",
            "mich",
        ):
            if joiner == ",":
                # a comma joins only inside a list that "and"/"et" closes, or after a person
                return step == 1 and any(
                    _folded(toks, m) in _JOINERS for m in range(k + 1, min(k + 3, len(toks)))
                )
            return True
    return False
