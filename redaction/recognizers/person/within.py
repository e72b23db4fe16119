"""A name found once in a text, found again in the same text: initials ("Present: AK, PL" then "PL hat die
Inventur beobachtet") and a lower-case name of a chat ("pierre:" speaking, then "ok pierre, tu peux").

Only within one text, and only for the shapes the rules are sure of where they found them: capital
initials and one lower-case word. The run's sessions spread full names across texts; these shapes are too
short to carry from one text to another (another text's "PL" may be a profit and loss account).
"""

from __future__ import annotations

import regex

from redaction import lexicon as lx
from redaction import namelike
from redaction.normalize import fold_str
from redaction.recognizers.person.filters import team_in_text
from redaction.recognizers.person.guards import company_context
from redaction.recognizers.person.tokens import blocked, known_first, known_surname
from redaction.recognizers.person.words import HANDLE_NOT_PARTS, PARTICLES
from redaction.types import Span

# Words before a lower-case name that make it the word again ("la pierre", "im winter", "de winter")
_WORD_BEFORE = lx.word_set(
    "the a an this that my our your der die das den dem des ein eine einen im am vom zum zur le la les un une "
    "du au aux el los las una al del het een de deze dit in op"
)
_MIXED_INITIALS = regex.compile(r"\p{Lu}(?:Mc|Mac|O'|vd|v|d)\p{Lu}{1,2}|\p{Lu}{2}(?:Mc|vd)\p{Lu}")
_DOTTED_INITIALS = regex.compile(r"(?:\p{Lu}\.){2,4}")
_PREV = regex.compile(r"([\p{L}\p{M}'’]+)[ \t]*$")
# Initials defined in parentheses right after the name ("Chidi Nwosu (CN)", "Sr. Abdul Rahman (AR)")
# or with a role after them ("Syed Ali Raza Naqvi (SARN, chair)", "Jean-Baptiste Muller (JB, chef de projet)")
_DEFINED = regex.compile(r"\G[ \t]*\((?P<ini>\p{Lu}{2,4})(?:\)|[ \t]*[,;–-][^()\n]{1,40}\))")


def defined_initials(text: str, spans: list[Span]) -> list[Span]:
    """Initials in parentheses after a name found, when they are that name's initials: a note defines the short
    form it then uses ("spoke w/ Chidi Nwosu (CN) ... CN says"); ``spread_in_text`` finds the other uses."""
    out = []
    for span in spans:
        if span.kind != "PERSON":
            continue
        m = _DEFINED.match(text, span.end)
        if m is None:
            continue
        words = [w for w in regex.split(r"[\s-]+", text[span.start : span.end]) if w[:1].isalpha()]
        full = "".join(w[0] for w in words).upper()
        core = "".join(w[0] for w in words if fold_str(w) not in PARTICLES).upper()
        # the given names' initials of a name written family name first ("Park Ji-hoon (JH)", "Nguyen Van An (VA)")
        given = full[1:] if len(full) >= 3 else ""
        ini = m.group("ini")
        # or some of them, the first and the last kept ("Nour El Houda Benali (NEB)")
        part = ini[0] == full[0] and ini[-1] == full[-1] and _subsequence(ini, full)
        if (ini in (full, core, given) or part) and len(words) >= 2:
            out.append(Span(m.start("ini"), m.end("ini"), "PERSON", max(span.score, 0.7), "person_rules"))
    return out


def _subsequence(short: str, long: str) -> bool:
    """Whether the letters of ``short`` appear in ``long`` in order."""
    it = iter(long)
    return all(ch in it for ch in short)


# A user name in lower case made of two or three dotted or underscored parts, not inside an address or a path
_HANDLE_RUN = regex.compile(
    r"(?<![\w.@/\\-])\p{Ll}[\p{Ll}'-]*(?:[._]\p{Ll}[\p{Ll}'-]*){1,2}(?![\w@/\\-]|\.\w)"
)
_NOT_HANDLE_PARTS = HANDLE_NOT_PARTS | {"test"}  # "dkouris_test": a test account


def whole_handle(text: str, span: Span) -> Span:
    """A name found as one part of a user name grows to the whole user name ("ahkeat" in "ahkeat.lim", "bains"
    in "jas.bains"): the rest of it is the same person's name."""
    end, start = span.end, span.start
    after = text[end : end + 2]
    before = text[max(0, start - 2) : start]
    if not (
        (len(after) == 2 and after[0] in "._" and after[1].islower())
        or (len(before) == 2 and before[1] in "._" and before[0].islower())
    ):
        return span
    for m in _HANDLE_RUN.finditer(text, max(0, start - 40), min(len(text), end + 40)):
        if m.start() <= start and end <= m.end():
            parts = regex.split(r"[._]", m.group())
            if any(fold_str(p) in _NOT_HANDLE_PARTS for p in parts):
                return span
            return Span(m.start(), m.end(), "PERSON", span.score, span.recognizer)
    return span


# Two-letter words a chat line says that are no speaker's name
_SHORT_WORDS = frozenset(
    [
        "so",
        "ok",
        "da",
        "ty",
        "di",
        "mo",
        "ed",
        "al",
        "do",
        "go",
        "hi",
        "no",
        "on",
        "or",
        "to",
        "up",
        "us",
        "we",
        "me",
        "my",
        "he",
        "it",
        "is",
        "in",
        "at",
        "as",
        "an",
        "am",
        "be",
        "by",
        "if",
        "of",
        "ya",
        "yo",
        "la",
        "le",
        "el",
        "un",
        "en",
        "de",
        "du",
        "et",
        "te",
        "tu",
        "se",
        "si",
        "ne",
        "na",
        "ja",
        "je",
        "ik",
        "om",
        "op",
        "er",
        "ze",
        "es",
        "ca",
        "re",
        "cc",
        "pm",
        "am",
        "fw",
        "np",
        "gm",
        "gn",
        "gg",
        "hr",
        "it",
        "qa",
    ]
)


def _short_speaker(text: str, name: str) -> bool:
    """A two-letter lower-case name that speaks in the text's chat ("[09:20] bo: here now", "wu: ok"): its other
    mentions are that person ("anyone seen bo?", "danke wu")."""
    if len(name) != 2 or name in _SHORT_WORDS:
        return False
    return (
        regex.search(rf"(?m)^(?:\[[^\]\n]{{1,24}}\][ \t]*|[\d:. ,/-]{{5,24}}[ \t-]*)?{name}:", text)
        is not None
    )


def _standalone(text: str, start: int, end: int) -> bool:
    before = text[start - 1 : start]
    after = text[end : end + 1]
    if before and (before.isalnum() or before in "&/-_.@'’"):
        return False
    possessive = after in "'’" and text[end + 1 : end + 2] == "s" and not text[end + 2 : end + 3].isalnum()
    if after and (after.isalnum() or after in "&/-_@'’") and not possessive:
        return False
    return not (after == "." and text[end + 1 : end + 2].isalnum())


def spread_in_text(text: str, spans: list[Span]) -> list[Span]:
    """Other mentions, in the same text, of initials and lower-case chat names the rules found there."""
    taken = [(s.start, s.end) for s in spans]
    seen: set[str] = set()
    extra: list[Span] = []
    for span in spans:
        if span.kind != "PERSON" or span.recognizer in ("record", "session"):
            continue
        surface = text[span.start : span.end]
        initials = (
            (2 <= len(surface) <= 3 and surface.isalpha() and surface.isupper())
            or _MIXED_INITIALS.fullmatch(surface) is not None  # "CMcA", "GMcA", "JvdB"
            or _DOTTED_INITIALS.fullmatch(surface) is not None  # "J.M.P.", "A.B." of minutes
        )
        lower = (
            surface.isalpha() and surface.islower() and (len(surface) >= 3 or _short_speaker(text, surface))
        )
        if not (initials or lower) or surface in seen:
            continue
        seen.add(surface)
        for m in regex.finditer(
            rf"(?<![\p{{L}}\p{{M}}\d]){regex.escape(surface)}(?![\p{{L}}\p{{M}}\d])", text
        ):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken) or not _standalone(text, s, e):
                continue
            if team_in_text(text, surface):
                continue  # "GF" taken for initials, but "GF (Hr. Aigner)", "die GF" in the text: the team
            if lower:
                prev = _PREV.search(text, max(0, s - 30), s)
                if prev is not None and fold_str(prev.group(1)) in _WORD_BEFORE:
                    continue
            extra.append(Span(s, e, "PERSON", span.score, span.recognizer))
            taken.append((s, e))
    return spans + extra


# A file name or a path ("CV-Adebayo-Tunde-2026.pdf", "\\srv-hr\akten\40211-krueger-annika\",
# "C:\Users\oadeyemi\Documents"): its pieces between dashes, dots, underscores and separators
_PATH = regex.compile(
    r"(?:[\p{L}\d_.:-]*[\\/])+[\p{L}\d_.-]*|[\p{L}\d_-][\p{L}\d_.-]*\.(?:pdf|docx?|xlsx?|pptx?|jpe?g|png|"
    r"csv|txt|msg|eml|zip|odt|ods|heic|tiff?)(?![\p{L}\d])",
    regex.IGNORECASE,
)
_PIECE = regex.compile(r"\p{L}[\p{L}\p{M}]*")
_FILE_EXT = regex.compile(
    r"\.(?:pdf|docx?|xlsx?|pptx?|jpe?g|png|csv|txt|msg|eml|zip|odt|ods|heic|tiff?)(?![\p{L}\d])",
    regex.IGNORECASE,
)


def _loose(word: str) -> str:
    """Folded, with the umlauts an export spells out ("krueger" = "Krüger")."""
    return fold_str(word).replace("ae", "a").replace("oe", "o").replace("ue", "u")


def path_names(text: str, spans: list[Span]) -> list[Span]:
    """Pieces of file names and paths that are words of a person found in the same text ("Krüger, Annika"
    in a table, then "40211-krueger-annika"): exports name files after people."""
    if "\\" not in text and "/" not in text and _FILE_EXT.search(text) is None:
        return []
    words = {
        _loose(w)
        for s in spans
        if s.kind == "PERSON"
        for w in _PIECE.findall(text[s.start : s.end])
        if len(w) >= 3 and fold_str(w) not in PARTICLES
    }
    if not words:
        return []
    taken = [(s.start, s.end) for s in spans]
    out = []
    for m in _PATH.finditer(text):
        pieces = list(_PIECE.finditer(m.group()))
        named = [_loose(p.group()) in words for p in pieces]
        # "CV-Nkosi-Thabo.pdf", "PC-0412-benyahia-samir.pdf": a first name of the lists next to a name
        for k, piece in enumerate(pieces):
            if named[k] or not _first_name(piece.group()):
                continue
            near = [
                j for j in (k - 1, k + 1) if 0 <= j < len(pieces) and _joined(m.group(), pieces[k], pieces[j])
            ]
            if any(named[j] or _surname_like(pieces[j].group()) for j in near):
                named[k] = True
                for j in near:
                    named[j] = named[j] or _surname_like(pieces[j].group())
        for piece, hit in zip(pieces, named, strict=True):
            start, end = m.start() + piece.start(), m.start() + piece.end()
            if hit and not any(start < e and s < end for s, e in taken):
                out.append(Span(start, end, "PERSON", 0.6, "person_rules"))
    return out


def _joined(path: str, a: regex.Match[str], b: regex.Match[str]) -> bool:
    """Two pieces of a file name joined by one dash, dot or underscore."""
    gap = path[min(a.end(), b.end()) : max(a.start(), b.start())]
    return gap in ("-", "_", ".")


def _first_name(piece: str) -> bool:
    folded = fold_str(piece)
    return len(folded) >= 3 and known_first(folded, ambiguous_ok=False) and folded not in lx.all_stopwords()


def _surname_like(piece: str) -> bool:
    folded = fold_str(piece)
    if len(folded) < 3 or blocked(folded) or folded in _FILE_WORDS:
        return False
    return known_surname(folded) or known_first(folded, ambiguous_ok=False) or namelike.name_like(folded, 0.5)


# Words of file names that are no names ("CV", "final", "contract", "signed")
_FILE_WORDS = lx.word_set(
    "cv lebenslauf curriculum final draft entwurf concept borrador brouillon contract contrat contrato "
    "vertrag signed getekend firmado signé signe scan copy kopie copia copie notes notizen notas notities "
    "passport pasaporte passeport paspoort diploma invoice factura facture rechnung factuur lettre letter "
    "brief carta motivation motivatie anschreiben portfolio foto photo bon receipt ticket recibo"
)


# The words that open the next line after a name that ends a line ("Nadia\nBenali eingescannt", "Mme Hélène\n
# Rouxel de préparer"), when the sentence runs on after them: a wrapped line, not a new item
_WRAPPED = regex.compile(
    r"\G[ \t]*\n[ \t]*(?P<name>\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+(?:(?:de|del|la|van|der|den|von|le|da|dos|di)[ \t]+)*"
    r"\p{Lu}[\p{L}\p{M}'’-]+)?)(?=[ \t]*[,;)]|[ \t]+\p{Ll})"
)


def wrapped_names(text: str, spans: list[Span]) -> list[Span]:
    """The rest of a name that a wrapped line carried to the next one: capitalised words spelt like names
    that open the next line right after a person found at the end of a line, the sentence going on."""
    if "\n" not in text:
        return []
    taken = [(s.start, s.end) for s in spans]
    widest = max(len(line) for line in text.split("\n"))
    out = []
    for span in spans:
        if span.kind != "PERSON":
            continue
        m = _WRAPPED.match(text, span.end)
        if m is None or any(m.start("name") < e and s < m.end("name") for s, e in taken):
            continue
        line = text[text.rfind("\n", 0, span.start) + 1 : span.end]
        # a wrapped line is about as wide as the widest of the text; a short one is an item, a label or a
        # signature ("Attendees:\nYuki\nBudget review", "Ing. Emiliano Ruiz\nMesa de Soporte")
        if widest < 45 or len(line) < 0.7 * widest or len(line.split()) < 4:
            continue
        rest = text[m.end("name") : text.find("\n", m.end("name")) % (len(text) + 1)]
        if ":" in rest[:25]:
            continue  # "Chidinma Joy\nJob title: ...": the next line is a form's label
        words = [fold_str(w) for w in m.group("name").split() if fold_str(w) not in PARTICLES]
        if all(_wrapped_word(w) for w in words):
            out.append(Span(m.start("name"), m.end("name"), "PERSON", min(span.score, 0.7), "person_rules"))
    return out


def _wrapped_word(folded: str) -> bool:
    if len(folded) < 2 or blocked(folded) or folded in lx.all_stopwords() or folded in lx.ORG_INDICATORS:
        return False
    if folded in PARTICLES or folded in lx.places() or folded in _SHORT_DAYS:
        return False
    return known_surname(folded) or known_first(folded, ambiguous_ok=True) or namelike.score(folded) > -0.3


_NAME_WORDS = r"\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+){0,2}"
# Another spelling or a correction next to a name found: "Kowalczyk/Kowalcyk?", "Ruth/Rut", "Dekkr → Dekker"
_PAIR_AFTER = regex.compile(
    rf"\G[ \t]*(?:/|→|->|=>)[ \t]*[\"“„«]?(?P<name>{_NAME_WORDS})(?![\p{{L}}\p{{M}}'’-])(?![ \t]*\d)"
)
_PAIR_BEFORE = regex.compile(rf"(?P<name>{_NAME_WORDS})[\"”“»]?[ \t]*(?:/|→|->|=>)[ \t]*\Z")
# A nickname in quotes or parentheses right after the name: 'Gonzalo, "Chalo", que', "Cornelis (Cor)"
_NICK = regex.compile(
    r"\G(?:,?[ \t]*[\"“„«][ \t]*(?P<q>\p{Lu}[\p{L}\p{M}'’-]+)[ \t]*[\"”“»]|[ \t]*\((?P<p>\p{Lu}[\p{Ll}\p{M}'’-]+)\))"
)


def paired_names(text: str, spans: list[Span]) -> list[Span]:
    """Names standing with a person found: another spelling or a correction across "/" or an arrow, and a
    nickname in quotes or parentheses right after the name (a first name of the lists, or one that shares
    the name's first letters: "Cornelis (Cor)", not "Jonas (IT)")."""
    taken = [(s.start, s.end) for s in spans]
    out = []

    def add(start: int, end: int, score: float) -> None:
        if not any(start < e and s < end for s, e in taken):
            out.append(Span(start, end, "PERSON", score, "person_rules"))
            taken.append((start, end))

    for span in spans:
        if span.kind != "PERSON":
            continue
        heads = {fold_str(w)[:3] for w in text[span.start : span.end].split()}
        m = _PAIR_AFTER.match(text, span.end)
        if m is not None and _pair_words(m.group("name").split(), heads):
            add(m.start("name"), m.end("name"), 0.6)
        b = _PAIR_BEFORE.search(text, max(0, span.start - 60), span.start)
        if b is not None and _pair_words(b.group("name").split(), heads):
            add(b.start("name"), b.end("name"), 0.6)
        n = _NICK.match(text, span.end)
        if n is None:
            continue
        group = "q" if n.group("q") else "p"
        nick = fold_str(n.group(group))
        if blocked(nick) or nick in lx.TEAM_WORDS or nick in lx.ROLE_WORDS or nick in _SHORT_DAYS:
            continue
        if nick in lx.MONTHS or nick in lx.places():
            continue
        if known_first(nick, ambiguous_ok=True) or nick[:3] in heads or group == "q":
            add(n.start(group), n.end(group), 0.6)
    return out


def _pair_word(word: str, heads: set[str]) -> bool:
    """A word across "/" or an arrow from a name: a name of the lists, spelt like one, or the same name
    spelt otherwise ("Ruth/Rut", "Kowalczyk/Kowalcyk"); no business word ("Sommer/Winterbetrieb")."""
    folded = fold_str(word)
    if (
        len(folded) < 2
        or blocked(folded)
        or folded in lx.all_stopwords()
        or folded in lx.ORG_INDICATORS
        or folded in lx.TEAM_WORDS
        or folded in lx.MONTHS
        or folded in _SHORT_DAYS
        or folded in lx.places()
    ):
        return False
    return folded[:3] in heads or _wrapped_word(folded)


def _pair_words(words: list[str], heads: set[str]) -> bool:
    """The first word across the "/" or arrow as ``_pair_word`` says, the others no business words."""
    return _pair_word(words[0], heads) and all(
        _pair_word(w, heads) or not (blocked(fold_str(w)) or fold_str(w) in lx.all_stopwords())
        for w in words[1:]
    )


# Weekdays as calendars shorten them ("Mon/Tue", "(Thu)"); "Tue" is a Danish first name too
_SHORT_DAYS = lx.word_set(
    "mon tue tues wed thu thur thurs fri sat sun mo di mi do fr sa so lun mar mer jeu ven sam dim lu ju vi "
    "sá ma wo vr za zo"
)


# One capital and a full stop standing alone ("T. ruft heute zurück", "apologies: D.", "Ask K. about",
# "Instandhaltung (R.) informiert"): not part of "U.S.", "P.-Y." or "e.g.", not before a capitalised word
# (that is "K. Yılmaz", found by the rules) or a number ("S. 12")
_LONE = regex.compile(r"(?<![\p{L}\d.&/-])(?P<x>\p{Lu})\.(?![\p{L}\d.-])(?![ \t]*\p{Lu})(?![ \t]*\d)")
# Words before a letter that make it a label ("Option A.", "Anlage B.", "Halle C.", "Plan B.")
_LETTER_LABELS = lx.word_set(
    "option options plan phase annex appendix anlage anhang punkt teil typ type klasse class block bloque "
    "halle hall gebäude building edificio bâtiment batiment gebouw variante variant version versión "
    "category kategorie categoría categorie catégorie level niveau nivel stufe grade note nota zone zona "
    "tier seite page página pagina article artikel artículo articulo art abschnitt section sección "
    "vitamin vitamine vitamina lot los fase optie opción opcion bijlage annexe anexo"
)
_INITIAL_BEFORE = regex.compile(r"(?<![\p{L}\d.&/-])\p{Lu}\.(?:-?\p{Lu}\.)?[ \t]+\Z")
_WORD_BEFORE_LETTER = regex.compile(r"([\p{L}]+)[ \t]*$")


def lone_initials(text: str, spans: list[Span]) -> list[Span]:
    """A person's initial alone where the note's people go by their initials: the letter is the first letter
    of a person found in the text ("Anwesend: F. Albrecht, K. Yılmaz" then "K. um die Muster"; "Attendees:
    Kwame" then "Ask K. about"), or two letters or more of the note stand so (a list of initials)."""
    if "." not in text:
        return []
    out = []
    taken = [(s.start, s.end) for s in spans]
    for s in spans:  # "M. Kuipers" where the rules found "Kuipers": the initial before it too
        i = _INITIAL_BEFORE.search(text, max(0, s.start - 8), s.start) if s.kind == "PERSON" else None
        if i is not None and not any(i.start() < e and b < i.end() for b, e in taken):
            out.append(
                Span(i.start(), i.start() + len(i.group().rstrip()), "PERSON", s.score, "person_rules")
            )
    found = [m for m in _LONE.finditer(text) if not _letter_label(text, m.start()) and not _monsieur(text, m)]
    if not found:
        return []
    letters = {text[s.start] for s in spans if s.kind == "PERSON" and text[s.start].isupper()}
    many = len({m.group("x") for m in found}) >= 2
    for m in found:
        x = m.group("x")
        start, end = m.start("x"), m.end("x")
        if any(start < e and s < end for s, e in taken):
            continue
        if x in letters or (many and sum(1 for f in found if f.group("x") == x) >= 1 and len(found) >= 3):
            out.append(Span(start, end, "PERSON", 0.55, "person_rules"))
    return out


_AND_TITLE = regex.compile(r"\G[ \t]+(?:et|&|und|y|en|and)[ \t]+\p{Lu}")


def _monsieur(text: str, m: regex.Match[str]) -> bool:
    """ "M. et Mme Moradi": the French title, not an initial."""
    return m.group("x") == "M" and _AND_TITLE.match(text, m.end()) is not None


def _letter_label(text: str, start: int) -> bool:
    before = _WORD_BEFORE_LETTER.search(text, max(0, start - 30), start)
    return before is not None and fold_str(before.group(1)) in _LETTER_LABELS


_ANY_SEPARATOR = r"(?:[ \t]{1,3}(?:[-./][ \t]{1,3})?|[-./])?"


def ids_again(text: str, spans: list[Span]) -> list[Span]:
    """A staff number that a table or a label showed, again elsewhere in the text ("40211;Krüger;Annika"
    then the folder "\\srv-hr\akten\40211-krueger-annika"), or a patient's number read after its label and then
    alone ("n° patient 0048217 ... fusionner sur le dossier 0048217"): the same identifier, wherever it stands,
    and a long one however it is spaced or grouped there."""
    out = []
    taken = [(s.start, s.end) for s in spans]
    values = {
        (text[s.start : s.end], s.recognizer)
        for s in spans
        if s.kind == "ID"
        and (
            s.recognizer == "table"
            or (s.recognizer == "national_id" and sum(ch.isdigit() for ch in text[s.start : s.end]) >= 5)
        )
    }
    # the longest first (a number's whole before its part), then sorted: one order whatever the hash seed
    for value, recognizer in sorted(values, key=lambda v: (-len(v[0]), v)):
        if len(value) < 4:
            continue
        pattern = regex.escape(value)
        chars = [ch for ch in value if ch.isalnum()]
        if len(chars) >= 7 and sum(ch.isdigit() for ch in chars) >= 5:
            # spaced or grouped otherwise ("6 6 0 1 2 2 8 4 7 3, lo escribo junto, 6601228473", "28/1047329156 ...
            # como 28 10473291 56"): the same characters in the same order, any separators between them
            pattern = _ANY_SEPARATOR.join(regex.escape(ch) for ch in chars)
        for m in regex.finditer(rf"(?<![\p{{L}}\d]){pattern}(?![\p{{L}}\d])", text):
            if not any(m.start() < e and b < m.end() for b, e in taken):
                out.append(Span(m.start(), m.end(), "ID", 0.7, recognizer))
                taken.append(m.span())
    return out


# Where a lower-case word stands as a name in a chat: opening a message or a sentence, after a yes or a no, a
# greeting, "and", "with", "ask" ("non bienvenu est malade", "ok. pierre tu peux y aller ?", "ik ga wel. bakker rijdt
# mee"); not after an article or a preposition ("la pierre angulaire", "de post")
_ECHO_BEFORE = regex.compile(
    r"(?:\A|[.!?:;]|\n|(?<![\p{L}])(?i:non|no|nee|nein|oui|yes|yep|ja|sí|si|ok|okay|oké|oke|et|and|en|und|y|hi|hey|"
    r"salut|hola|hallo|cc|avec|with|met|mit|con|ask|tell|dis|dile|vraag|frag))[ \t]*\Z"
)


def lower_echoes(text: str, spans: list[Span]) -> list[Span]:
    """A one-word name found capitalised ("Bienvenu", "Pierre") is the same person where a chat writes it in lower
    case in a name's place ("non bienvenu est malade", "ok. pierre tu peux"): four letters or more, a name of the
    lists, only in texts that write in lower case (a chat), never after an article or a preposition."""
    names = {
        text[s.start : s.end]
        for s in spans
        if s.kind == "PERSON" and text[s.start : s.end].isalpha() and text[s.start : s.end].istitle()
    }
    names = {n for n in names if len(n) >= 4 and n.lower() != n and _listed(fold_str(n))}
    if not names:
        return []
    taken = [(s.start, s.end) for s in spans]
    out = []
    for name in sorted(names):  # sorted: one order whatever the hash seed
        lower = name.lower()
        if lower not in text:
            continue  # no lower-case echo at all (most names)
        for m in regex.finditer(rf"(?<![\p{{L}}\d@._-]){regex.escape(lower)}(?![\p{{L}}\d@_-]|\.\w)", text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if _ECHO_BEFORE.search(text, max(0, m.start() - 12), m.start()) is None:
                continue
            out.append(Span(m.start(), m.end(), "PERSON", 0.55, "person_rules"))
    return out


def _listed(folded: str) -> bool:
    """A first name of the lists, or a surname that is no frequent word; never a word the rules block ("will")."""
    if blocked(folded) or folded in lx.all_stopwords() or folded in lx.ambiguous_names():
        return False  # "hope you had", "grace period", "dolores de cabeza": words as often as names
    return known_first(folded, ambiguous_ok=True) or (known_surname(folded) and not lx.plain_word(folded))


# A user name of an initial (or two) and a surname, or of a name and an initial ("b.cabrera", "jb.chassagne",
# "karim.b", "m_okafor"): its long part is a name
_HANDLE_PARTS = regex.compile(r"(?P<a>\p{Ll}{1,12})[._](?P<b>\p{Ll}{1,16})")


def handle_surnames(text: str, spans: list[Span]) -> list[Span]:
    """The surname of a found user name, where the same text names that person by it ("b.cabrera" in a
    timesheet's user column, then "el terreno lo vio cabrera", "visita con Cabrera"): a part of four letters or
    more that is a name of the lists or spelt like a name and no frequent word, lower case or capitalised."""
    parts = set()
    for s in spans:
        if s.kind != "PERSON":
            continue
        m = _HANDLE_PARTS.fullmatch(text, s.start, s.end)
        if m is None:
            continue
        for part in (m.group("a"), m.group("b")):
            if len(part) >= 4 and _handle_part(part):
                parts.add(part)
    if not parts:
        return []
    taken = [(s.start, s.end) for s in spans]
    out = []
    for part in sorted(parts):  # sorted: one order whatever the hash seed
        for m in regex.finditer(
            rf"(?<![\p{{L}}\d]){regex.escape(part)}(?![\p{{L}}\d])", text, regex.IGNORECASE
        ):
            surface = m.group()
            if not (surface.islower() or surface.istitle()) or any(
                a < m.end() and m.start() < b for a, b in taken
            ):
                continue
            if not _standalone(text, m.start(), m.end()):
                continue
            if surface.istitle() and company_context(text, m.start(), m.end()):
                continue  # "Fontaine Informatique", "Garcia Conseil": the firm named after the family
            out.append(Span(m.start(), m.end(), "PERSON", 0.55, "person_rules"))
            taken.append((m.start(), m.end()))
    return out


def _handle_part(folded: str) -> bool:
    if (
        blocked(folded)
        or folded in lx.all_stopwords()
        or folded in lx.ambiguous_names()
        or folded in HANDLE_NOT_PARTS
    ):
        return False
    if lx.plain_word(folded) and not (known_surname(folded) or known_first(folded, ambiguous_ok=False)):
        return False
    if folded in lx.places():
        return False  # "brasil", "provincia": a place's name in a user name is no one's
    return known_first(folded, ambiguous_ok=True) or known_surname(folded) or namelike.name_like(folded, 0.0)
