"""People by their initials in notes: sign-offs, initials after a word that hands work to or from a person, in
lists of who attended, after a title or an arrow, opening a clause before a verb of a person; the same initials
at their other places in the text are left to the recognizer."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction.lexicon import word_set
from redaction.normalize import fold_str
from redaction.recognizers.person.dotted import APPROVED as _APPROVED
from redaction.recognizers.person.dotted import dotted_initials
from redaction.recognizers.person.headers import _ACRONYMS
from redaction.recognizers.person.notes import _NOT_SIGNOFF, _TAIL
from redaction.recognizers.person.words import CLOSINGS
from redaction.types import Span

# Initials that sign a note off: the last line, alone or after a dash ("— IB", "- PS", "– jdv", "\nGW")
_SIGNOFF_INITIALS = regex.compile(
    r"(?:^|\n|[.!?)][ \t]+)[ \t]*(?P<dash>[-–—~][ \t]*)?(?P<who>\p{Lu}{2,3}|\p{Ll}{2,3})[ \t]*\.?[ \t]*\Z"
)
# Who wrote a note, in parentheses between the note's label and its colon ("Notiz Support (mk):", "Finance note
# (ps):", "Nota de Administración (M. Chang):", "Approver comment (M. Zhou):", "Notiz intern (MH, 12.04.):",
# "Notities consulent (SEM VOS):")
_NOTE_AUTHOR = regex.compile(
    r"(?<![\p{L}])(?i:notes?|notiz|nota|notitie|notities|bemerkung|anmerkung|comments?|commentaire|comentario|"
    r"opmerking|observación|observacion|observation|remarque|memo|rückfragen|ruckfragen|fragen|vragen|questions)"
    r"(?:[ \t]+\p{L}+){0,2}[ \t]*\("
    r"(?P<who>\p{Ll}{2,3}|\p{Lu}{2,4}|\p{Lu}\.[ \t]?\p{Lu}[\p{Ll}'’-]+|\p{Lu}{2,}[ \t]\p{Lu}{2,})"
    r"(?:,[^()\n]{1,20})?\)[ \t]*:"
)
# The owner of a task in a list of actions: initials, a dash or an arrow, then the task in lower case
# ("Actions: RJ – letter to Fraser & Doane; FA – drawings", "| ES – planning december |", "- TK – aanmaningen")
# (what stands before the initials is read behind them: the scan then stops only at capitals, not at every word)
_TASK_INITIALS = regex.compile(
    r"(?<=(?:(?i:actions?|action[ \t]items?|actiepunten|acties|to[ \t]?do|maßnahmen|aufgaben|acciones|tareas|"
    r"pendientes|à[ \t]faire|next[ \t]steps)[ \t]*:[ \t]*|;[ \t]*|\|[ \t]*|^[ \t]*(?:[-•*·☐□☑✓][ \t]*)?))"
    # (a checkbox too: "☐ PN – appeler M. Obomsawin"; with a colon instead of the dash, two blind sets lost a kept
    # value and gained nothing: decided on their totals alone)
    r"(?P<who>\p{Lu}{2,4})[ \t]+(?:–|—|-|→|->)[ \t]+\p{Ll}",
    regex.MULTILINE,
)
# Initials after a word that hands something to or from a person ("w/ GW", "an AP", "durch RVD", "par PL")
_CUED_INITIALS = regex.compile(
    r"(?<![\p{L}\d])(?P<cue>(?i:w/|with|by|for|to|cc|an|durch|von|v\.|mit|für|fur|par|pour|à|avec|por|para|con|a|"
    # who approves before a payment ("don't pay until MH approves")
    r"until|till|"
    r"door|aan|voor|met|van|über|bei|chez|bij|thanks|thx|danke|merci|gracias|bedankt|dank[ \t]je|ask|tell|ping|avisar|avisa|"
    r"llamar|preguntar|pregunta|frag|fragen|bel|vraag|demander|demande|appeler|asignad[oa][ \t]a|"
    r"assigned[ \t]to|zugewiesen[ \t]an|assigné[ \t]à|toegewezen[ \t]aan))(?:[ \t]*:)?[ \t]+(?P<who>\p{Lu}{2,3})(?![\p{L}\d&/-])(?!\.[\p{L}\d])(?![ \t]*\d)"
)
# ids, forms and abbreviations that follow such words ("por DNI", "für KW 12", "con LO", "pour CF")
_NOT_INITIALS = word_set(
    "DNI NIE NIF CIF NSS KW HH LO CF SS RIB BIC TVA AHV BSN RRN NIR DHL UPS GLS TNT"
    # statuses and appointments after an arrow ("→ KO", "→ RDV", "→ RAS", "→ NVT")
    " KO NOK RDV RAS NVT NA TODO"
    # German professional titles before a name ("RA Dr. Fischer": Rechtsanwalt)
    " RA WP"
)

# A cheap test before the closing patterns: most texts have no initials ending a line
_CAPS_AT_LINE_END = regex.compile(r"(?<![\p{L}])\p{Lu}{2,3}\.?[ \t]*(?:\n|\Z)")
_APPROVAL_HINTS = (
    "approv",
    "aprob",
    "autoriz",
    "valid",
    "genehm",
    "freigeg",
    "goedgek",
    "akkoord",
    "visto",
    "v°b°",
    "vºbº",
    "revis",
    "review",
    "checked",
    "geprüft",
    "gecontroleerd",
    "vérifi",
    "controlado",
    "contrôlé",
    "firm",
    "verific",
)

# Initials after a closing and its comma at the end of a line ("Saludos, GNS", "> Kind regards, JM")
_CLOSING_INITIALS = regex.compile(
    r"(?m)(?:^|[.!][ \t]+)[ \t>]*(?P<closing>\p{L}+(?:[ \t]+\p{L}+){0,2}),[ \t]+(?P<who>\p{Lu}{2,3})\.?[ \t]*$"
)
# Initials right after a word of approving ("Aprobado JC 08/07", "Approved: TK", "genehmigt KM")
_APPROVED_INITIALS = regex.compile(
    r"(?<![\p{L}])(?i:approved|aprobado|aprobada|autorizado|autorizada|validé|validée|validado|genehmigt|"
    r"freigegeben|goedgekeurd|akkoord|visto[ \t]bueno|v°b°|vºbº|"
    # who checked it ("Revisado: JLR – OK salvo el taxi", "Reviewed: M.J.O.", "geprüft: KM")
    r"revisado|revisada|reviewed|checked|geprüft|gecontroleerd|vérifié|vérifiée|controlado|contrôlé|"
    # who checked, approved or signed, in the Spanish past ("Revisó: LMG", "Aprobó: JC")
    r"revisó|reviso|aprobó|aprobo|autorizó|autorizo|validó|valido|firmó|firmo|verificó|verifico)[ \t]*:?[ \t]+"
    r"(?P<who>\p{Lu}{2,3}|(?:\p{Lu}\.){2,3})(?![\p{L}\d&/-])(?!\.[\p{L}\d])"
)
# A dated line opened by initials and a colon ("· 09/04 MT: falta", "- 12.03. KB: Rückruf")
_DATED_SPEAKER = regex.compile(
    r"(?m)^[ \t]*(?:[-–•·*][ \t]*)?\d{1,2}[./]\d{1,2}(?:[./](?:\d{2,4})?)?[ \t]+(?P<who>\p{Lu}{2,3})[ \t]*:[ \t]"
)
# A log entry's writer: initials in parentheses after the entry's last sentence, at the end of its line ("Le dejé
# recado. (mf)", "Rückruf vereinbart. (KB)"), counted only where the same initials sign two entries or more
_ENTRY_AUTHOR = regex.compile(r"(?m)(?<=[.!?])[ \t]+\((?P<who>\p{Ll}{2,3}|\p{Lu}{2,3})\)[ \t]*$")

# Two sets of initials joined ("WF + DH", "AK/MB", "JS & PT")
_INITIALS_PAIR = regex.compile(
    r"(?<![\p{L}\d&/])(?P<a>\p{Lu}{2,3})[ \t]*[+&/][ \t]*(?P<b>\p{Lu}{2,3})(?![\p{L}\d&/])"
)


def initials(text: str) -> Iterator[Span]:
    """People by their initials: a note's sign-off ("— IB" as its last line or after its last sentence, "- tl",
    "\\nGW"), and capital initials after a word that hands work to or from a person ("for GW to sign", "an AP",
    "Goedgekeurd door RVD"); never a business acronym ("to HR", "with IT", "per VAT")."""
    seen: set[tuple[int, int]] = set()
    for span in _initials(text):
        if (span.start, span.end) not in seen:
            seen.add((span.start, span.end))
            yield span


def _entry_authors(text: str) -> Iterator[Span]:
    """The initials that sign log entries ("(mf)" after two entries or more)."""
    signed = [m for m in _ENTRY_AUTHOR.finditer(text) if not _acronym(m.group("who").upper())]
    counts = Counter(m.group("who") for m in signed)
    for m in signed:
        who = m.group("who")
        if counts[who] >= 2 and fold_str(who) not in lx.common_words() and fold_str(who) not in _NOT_SIGNOFF:
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")


def _acronym(who: str) -> bool:
    """Letters of a business acronym, a department or an identifier, never someone's initials."""
    return who in _ACRONYMS or who in DEPARTMENTS or who in _NOT_INITIALS


# Every pattern below but the sign-off, the lower-case initials in parentheses and the attendee list finds
# initials as a whole word of two or three capitals: a text without one is not scanned by them
_CAPS_WORD = regex.compile(r"(?<!\p{L})\p{Lu}{2,3}(?!\p{L})")


def _initials(text: str) -> Iterator[Span]:
    caps = {m.group() for m in _CAPS_WORD.finditer(text)}
    # the patterns that refuse any acronym ("to HR", "per VAT") run only if some capitals are none
    person_caps = any(not _acronym(who) for who in caps)
    arrow = person_caps and ("→" in text or "->" in text or "=>" in text)  # a pattern needs an arrow
    lowered = text.lower()
    absence = person_caps and any(word in lowered for word in _ABSENCE_HINTS)  # or a word of absence
    m = _SIGNOFF_INITIALS.search(text, max(0, len(text) - _TAIL))
    if m is not None:
        who = m.group("who")
        lower = who.islower()
        # "- PS" after the last sentence signs off; "PS" alone may be a postscript's label
        acronym = who.upper() in _ACRONYMS and not (m.group("dash") and who in ("PS", "NB"))
        if not acronym and (not lower or m.group("dash")) and fold_str(who) not in _NOT_SIGNOFF:
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")
    for m in _INITIALS_PAIR.finditer(text) if caps else ():
        a, b = m.group("a"), m.group("b")
        if {a, b} & (_ACRONYMS | _NOT_INITIALS) or m.group(0).replace(" ", "") in (
            "B2B",
            "B2C",
            "M&A",
            "P&L",
        ):
            continue
        yield Span(m.start("a"), m.end("a"), "PERSON", 0.6, "person_rules")
        yield Span(m.start("b"), m.end("b"), "PERSON", 0.6, "person_rules")
    for m in _CUED_INITIALS.finditer(text) if caps else ():
        cue, who = m.group("cue"), m.group("who")
        if who in _NOT_INITIALS or not cue.islower() and cue != "w/":
            continue
        # "approved by PL", "validé par AP": who approves is a person, even with an acronym's letters
        approved = _APPROVED.search(text, max(0, m.start() - 40), m.start()) is not None
        if who in _ACRONYMS and not (approved and who not in DEPARTMENTS):
            continue
        yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")
    line_end_caps = caps and _CAPS_AT_LINE_END.search(text) is not None
    for m in _CLOSING_INITIALS.finditer(text) if line_end_caps else ():
        # "Saludos, GNS", "> Thanks, JM": initials after a closing on its line, in a quoted reply too
        words = [fold_str(w) for w in m.group("closing").split()]
        if any(w in CLOSINGS for w in words) and not _acronym(m.group("who")):
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")
    approving = caps and any(w in lowered for w in _APPROVAL_HINTS)
    for m in _APPROVED_INITIALS.finditer(text) if approving else ():
        # "Aprobado JC 08/07", "OK'd: TK", "genehmigt KM": who approved, right after the word
        if not _acronym(m.group("who")):
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")
    for m in _NOTE_AUTHOR.finditer(text) if "(" in text else ():
        who = m.group("who")
        if not _acronym(who.upper()) and fold_str(who) not in _NOT_SIGNOFF:
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")
    for m in _TASK_INITIALS.finditer(text) if person_caps else ():
        who = m.group("who")
        if not _acronym(who) and not (
            len(who) == 4 and fold_str(who) in lx.common_words()
        ):  # not "NOTE – see"
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")
    for m in _DATED_SPEAKER.finditer(text) if caps else ():
        # "· 09/04 MT: falta el certificado": a dated note line opened by its writer's initials
        if not _acronym(m.group("who")):
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")
    yield from dotted_initials(text)
    if "(" in text:
        yield from _entry_authors(text)
    for m in _SLOTTED_INITIALS.finditer(text) if caps or "(" in text else ():
        who = m.group("who") or m.group("who2")
        start = m.start("who") if m.group("who") else m.start("who2")
        if who.upper() in DEPARTMENTS or who.upper() in _NOT_INITIALS or fold_str(who) in _NOT_SIGNOFF:
            continue
        yield Span(start, start + len(who), "PERSON", 0.6, "person_rules")
    for m in _LINE_INITIALS.finditer(text) if caps else ():
        who = m.group("who")
        if who in DEPARTMENTS or who in _NOT_INITIALS:
            continue
        before = text[: m.start("who")].rstrip(" \t\n")
        prev_line = before[before.rfind("\n") + 1 :]
        words = [fold_str(w.strip(",.!:;")) for w in prev_line.split()]
        closing = 0 < len(prev_line) <= 40 and any(w in CLOSINGS for w in words)
        # a note's first line ending on its author's initials ("Note de frais – février – LM", "Timesheet KB")
        title = (
            "\n" not in before
            and "\n" in text[m.end() :]
            and (m.group("dash") is not None or (words and words[-1] in _TITLE_WORDS_INITIALS))
        )
        if closing or title:
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")
    for m in _ATTENDEE_LINE.finditer(text):
        listed = m.group("list")
        # not a role or a firm in parentheses after a name ("Karin (PL)", "Sandrine (OPC)")
        items = [
            (i.start(), i.group())
            for i in _LIST_ITEM.finditer(listed)
            if listed[i.start() - 1 : i.start()] != "("
        ]
        initials_items = [(p, w) for p, w in items if _INITIALS_ITEM.fullmatch(w) and w not in DEPARTMENTS]
        if len(initials_items) >= 2:
            for p, w in initials_items:
                start = m.start("list") + p + len(w) - len(w.lstrip())
                yield Span(start, start + len(w.strip()), "PERSON", 0.6, "person_rules")
    # after a dash or in parentheses closing a line, after a title, owning a task after an arrow
    for pattern in (
        (_DASH_INITIALS, _TITLED_INITIALS, *((_ARROW_INITIALS,) if arrow else ())) if person_caps else ()
    ):
        for m in pattern.finditer(text):
            group = "who2" if "who2" in pattern.groupindex and m.group("who2") else "who"
            if not _acronym(m.group(group)):
                yield Span(m.start(group), m.end(group), "PERSON", 0.6, "person_rules")
    for m in _OWNER_INITIALS.finditer(text) if arrow else ():
        # "[ ] WN → Intune chk", "3. JW → Ladegeräte prüfen": the owner of a task item
        if not _acronym(m.group("who")):
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")
    for m in _TASK_PAREN_INITIALS.finditer(text) if arrow else ():
        # "→ chk in Intune (WN)": who does a task line's work, in parentheses at its end
        if not _acronym(m.group("who")):
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")
    for m in _ABSENT_INITIALS.finditer(text) if absence else ():
        if not _acronym(m.group("who")):
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")  # "(KF Urlaub)"
    for m in _CLAUSE_INITIALS.finditer(text) if person_caps else ():
        who, verb = m.group("who"), fold_str(m.group("verb"))
        # "JM fragt nochmal", "JP propose de"; not "PO fragt" (a purchase order's system), nor "HR will"
        if _acronym(who) or verb not in _INITIAL_VERBS:
            continue
        if m.group("arrow") and verb == "to":
            continue  # "-> FDE to confirm": after an arrow, a client's acronym as often as a person
        yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")


# Initials that name a department or a role, never a person
DEPARTMENTS = word_set(
    "HR IT QA PMO CEO CFO CTO COO CIO DPO OPS DEV ALL TEAM MKT BI UX UI EU UK US DAF DRH DSI RH GF CISO VAT "
    "IVA TVA BTW MWST KYC AML GDPR RGPD AVG SAP ERP CRM API RAG WIP OKR RRHH RRPP DDHH"
)
# Initials where only a person stands: in parentheses after a role or "me" ("account manager (RK)", "me
# (SL)", "Update 1 (rk):"), after a label of who did or owns a thing ("Approved: RK", "Commercial : JM"; at a line's
# start or after a table's bar: "Prepared by: R. Díaz | Reviewer: JMK"), or
# opening a clause before a verb of a person ("JM fragt nochmal", "PL hat die Inventur beobachtet")
_SLOTTED_INITIALS = regex.compile(
    # (what stands before the initials is read behind them: the scan then stops only at a parenthesis or capitals)
    r"(?<=(?i:manager|managerin|me|moi|ich|yo|ik|myself|partner|associate|senior|junior|lead|owner|consultant|"
    r"update[ \t]+\d+|note[ \t]+\d+|comment)[ \t]*)\((?P<who>\p{Lu}{2,3}|\p{Ll}{2,3})\)"
    r"|(?<=(?:(?m:^)|[|;][ \t]*)[ \t]*(?i:approved|approver|approved[ \t]by|reviewed[ \t]by|reviewer|prepared[ \t]by|checked[ \t]by|"
    r"owner|assigned[ \t]to|assigned|commercial|requester|requested[ \t]by|demandeur|demandeuse|solicitante|"
    r"aanvrager|responsable|chargé|chargée|technicien|bearbeiter|zuständig|"
    r"verantwortlich|behandelaar|eigenaar|técnico|responsable|asignado|asignada|visa|validé[ \t]par|"
    r"genehmigt|freigabe|aprobado|aprobado[ \t]por|akkoord|"
    # who took the minutes ("Secrétaire de séance : MFL", "Protokoll: MN", "Notulist: KV")
    r"secr[ée]taire[ \t]de[ \t]s[ée]ance|secretari[oa][ \t]de[ \t]actas|protokoll|protokollf[üu]hrer(?:in)?|"
    r"notulist|notulen|minutes|minute[ \t]taker|scribe)[ \t]*:[ \t]*)(?P<who2>\p{Lu}{2,3})(?![\p{L}\d&/.-])"
)


# Initials alone at the end of a line: a sign-off after a closing ("Bien à vous,\nGL"), or the author of a
# note's first line ("Note de frais – février 2025 – LM", "Timesheet KB – jeu. 06/03")
_LINE_INITIALS = regex.compile(
    r"(?:(?P<dash>[ \t][-–—][ \t]*)|[ \t]|^|\n)(?P<who>\p{Lu}{2,3})(?=[ \t]*(?:\n|\Z|[-–—][ \t]))"
)
_TITLE_WORDS_INITIALS = word_set(
    "timesheet stundenzettel urenstaat uren horas heures feuille notes note notiz"
)


# A list of who attended, some of them by initials ("pres: SNM, TW, ABK, PR, DF", "Aanw.: SH, YE, WN, JvdB"):
# every item of two to four letters is a person, even with an acronym's letters, once two are initials
_ATTENDEE_LINE = regex.compile(
    r"(?mi)^[ \t]*(?:pres|present|presents|présents|présentes|présences|presences|firman|signataires|"
    r"attendees|attendance|participants|anwesend|teilnehmer|"
    r"teilnehmende|aanwezig|asistentes|presentes|participantes|aanw|anw|asist|att|part)\.?[ \t]*:[ \t]*"
    r"(?P<list>[^\n]+)"
)
_LIST_ITEM = regex.compile(r"[^,;/+&()]+")
# (initials, or dotted initials: "Présents : A.K.H. (conseiller), Mahougnon Adjovi, S.T. (secrétariat)")
_INITIALS_ITEM = regex.compile(r"[ \t]*(?:\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu})){1,3}|(?:\p{Lu}\.){2,4})[ \t]*")
# Initials after a dash or in parentheses closing a line ("Time spent: 0.75h - TW", "mins (DF)"; not a role
# after a name: "Karin (PL)")
_DASH_INITIALS = regex.compile(
    r"(?m)(?:[ \t][-–—][ \t]*(?P<who>\p{Lu}{2,3})|(?<=(?<![\p{L}])[\p{Ll}\d]+[ \t])\((?P<who2>\p{Lu}{2,3})\))[ \t]*$"
)


# Initials after a title ("Hr. DS", "Frau KF", "Mr JW", "dhr. PvdB" is left to the Dutch initials)
_TITLED_INITIALS = regex.compile(
    r"(?<![\p{L}\d])(?:Hr|Herr|Herrn|Frau|Mr|Mrs|Ms|Mme|Mlle|Sr|Sra|dhr|mevr|Dhr|Mevr)\.?[ \t]+"
    r"(?P<who>\p{Lu}{2,3})(?![\p{L}\d&/.-])(?![ \t]+\p{Lu})"  # "Herr WP Dr. Weidinger": a title, a name after it
)
# Initials that own a task after an arrow, ending their phrase ("→ OM", "→ ggf. JW", "-> RK;")
_ARROW_INITIALS = regex.compile(
    r"(?:(?:→|->|=>)[ \t]*(?:(?i:ggf|evtl|ev|bzw|poss|evt|év)\.?[ \t]+)?(?P<who>\p{Lu}{2,3})"
    r"(?=[ \t]*(?:$|[,;.)!?]|\n|\(|[+&/])))"
)


# Initials owning a task item: a bullet, a checkbox or a number, the initials, an arrow ("[ ] WN → Intune chk",
# "3. JW → Ladegeräte prüfen", "- SH -> datalek")
_OWNER_INITIALS = regex.compile(
    r"(?m)^[ \t]*(?:[-–•*][ \t]*|\[[ \txX✓✔]?\][ \t]*|☐[ \t]*|\d{1,2}[.)][ \t]*)(?P<who>\p{Lu}{2,3})[ \t]*(?:→|->|=>)"
)
# Initials in parentheses closing a line that hands out a task after an arrow ("→ chk in Intune (WN)")
_TASK_PAREN_INITIALS = regex.compile(r"(?m)(?:→|->|=>)[^\n]*?[ \t]\((?P<who>\p{Lu}{2,3})\)[ \t]*$")
_ABSENCE_HINTS = (
    "urlaub",
    "krank",
    "off",
    "ooo",
    "oof",
    "leave",
    "congé",
    "conge",
    "vacaciones",
    "vakantie",
    "verlof",
    "ziek",
    "abwesend",
    "absent",
    "afwezig",
    "baja",
    "elternzeit",
    "homeoffice",
)
# Initials before a word of absence ("(KF Urlaub)", "JW off until Mon", "PL en congé", "AS de vacaciones")
_ABSENT_INITIALS = regex.compile(
    r"(?<![\p{L}\d&/.-])(?P<who>\p{Lu}{2,3})[ \t]+(?:(?i:en|de|im|in|op|on)[ \t]+)?"
    r"(?:Urlaub|urlaub|krank|off|OOO|ooo|OOF|leave|congé|conge|vacaciones|vakantie|verlof|ziek|abwesend|absent|"
    r"absente|afwezig|baja|Elternzeit|Homeoffice)(?![\p{L}])"
)


# Initials opening a clause before a verb of a person ("JM fragt nochmal", "KEA présente", "HT reported")
_CLAUSE_INITIALS = regex.compile(
    r"(?:(?m:^)[ \t]*|[.;:!?][ \t]+|[-–•*][ \t]+|\d[.)][ \t]+|(?P<arrow>→|->)[ \t]*|\d{1,2}:\d{2}[ \t]+)(?P<who>\p{Lu}{2,3})[ \t]+(?P<verb>\p{Ll}[\p{Ll}\p{M}'’]*)"
)
_INITIAL_VERBS = frozenset(
    fold_str(v)
    for v in lx.COMM_VERBS
    | lx.STRONG_VERBS
    | word_set(
        "hat ist wird fragt klärt prüft schickt meldet berichtet übernimmt informiert präsentiert has is will "
        "asks checks sends takes to confirms reports reported presented presents proposes proposed a va fait "
        "demande vérifie envoie relance présente propose informe ha pide revisa envía confirma informa "
        "presenta propone heeft gaat vraagt checkt stuurt neemt meldt presenteert stelt"
        # what a person does in minutes ("TL erläutert", "EM noted", "DJH doet de intake", "IO indica")
        " erläutert erlautert erklärt erklart beantragt stellt legt noted notes explained explains explique "
        # modals before what a person must do ("→ RV muss unterschreiben", "JW moet tekenen")
        "muss soll kann darf moet mag doit debe tiene "
        "indique explica indica comenta señala senala doet legt geeft licht"
        # what a person wants or needs ("GL veut le listing", "MK braucht die Zahlen", "JS wants the deck")
        " veut voudrait wants needs möchte mochte braucht quiere necesita wil wilt"
        # calls back, recommends, drives, finds, thinks ("GB rappelle avant vendredi", "HT recomienda no pagar",
        # "PS vindt dat te veel", "KV opgelucht")
        " rappelle rappelera appelle recommande conduit pense trouve recomienda llama llamará piensa cree opina "
        "vindt denkt belt rijdt opgelucht ruft empfiehlt findet meint fährt calls recommends drives thinks "
        "rings rang recommended"
    )
    if v not in ("can", "could", "should", "would", "may", "might", "must")
)
