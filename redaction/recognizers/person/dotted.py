"""People by dotted initials in notes and minutes: a sign-off after a dash ("– P.N."), who wrote or signed a note
("(V.H.):", "Firma: F.A.H."), the officers of minutes ("Preside M.T.C.", "(f) J.P.S."), initials opening a sentence
before a verb ("A.B. presenta") and after a word of who did the work ("prepared by C.A.")."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction.normalize import fold_str
from redaction.types import Span

_DOTTED = r"\p{Lu}\.(?:[ \t]?-?\p{Lu}\.){1,2}"
# A cheap test before the patterns below: most texts have no dotted initials
_DOTTED_QUICK = regex.compile(r"\p{Lu}\.[ \t]?-?\p{Lu}\.")

# Dotted initials signing a note or a line off after a dash ("... myself. – P.N.", "Merci à tous ! — C.M.",
# "End of log – S.A." as the last line)
_DOTTED_SIGNOFF = regex.compile(r"[-–—][ \t]*(?P<who>(?:\p{Lu}\.){2,3})[ \t]*(?:\n|\Z)")
# Dotted initials in parentheses before a colon, after a dash before a colon, or after a signature's label
_DOTTED_NOTE = regex.compile(
    rf"\((?P<who>{_DOTTED})\)[ \t]*:|(?:^|[–—][ \t]*|-[ \t]+)(?P<who2>{_DOTTED})[ \t]*:(?!\d)"
    rf"|(?<![\p{{L}}])(?i:firma|signed|signature|unterschrift|visa|paraphe|gez\.)[ \t]*:?[ \t]*(?P<who3>{_DOTTED})"
    r"(?![ \t]*\p{Lu}\p{Ll})",  # not the initials of a full name ("Firma: J. L. Quispe")
    regex.MULTILINE,
)
_DOTTED_NOT_INITIALS = frozenset(
    {
        "N.B.",
        "P.S.",
        "S.A.",
        "N.A.",
        "U.S.",
        "U.K.",
        "E.U.",
        "S.L.",
        "B.V.",
        "A.G.",
        "P.D.",
        "C.P.",
        "C.V.",
        "S.C.",
        "A.C.",
        "R.L.",
        "S.R.L.",
        "S.A.S.",
        "S.A.C.",
        "E.I.R.L.",
        "C.A.",
        "D.F.",
        "R.D.",
        "C.C.",
        "T.I.",
        "C.E.",
        "N.I.T.",
        "R.U.T.",
        "D.N.I.",
        "I.V.A.",
        "EE.UU.",
        "A.M.",
        "P.M.",
        "Q.E.P.D.",
        "S.E.",
        "U.E.",
        "O.K.",
        "S.R.",
        "V.O.",
        "C.I.",
    }
)
# The officers of minutes, a signature's "(f)", a role before dotted initials ("Preside M.T.C., secretaria R.X.Y.",
# "secretario-administrador A.B.", "(f) J.P.S.", "Firma la secretaria, P.R.", "Verificó: L.C.R."), or a role in
# parentheses after them ("J.M.P. (presidente, 3ºB)")
_OFFICERS = (
    r"president[ae]?|preside|vicepresident[ae]|secretari[oa]|secretario-administrador|administrador[a]?|"
    r"tesorer[oa]|vocal|síndic[oa]|fiscal|présidente?|secrétaire|trésori(?:er|ère)|chair(?:person)?|secretary|"
    r"treasurer|vorsitzender?|schriftführer(?:in)?|kassier(?:in)?|voorzitter|secretaris|penningmeester|"
    r"verific[óo]|elabor[óo]|redact[óo]|revis[óo]|vérifié[ \t]+par|rédigé[ \t]+par|firma[ \t]+(?:el|la)[ \t]+\p{L}+|"
    # who validates an expense report ("Validateur : C.M.")
    r"validat(?:eur|rice)|approbat(?:eur|rice)|v[ée]rificat(?:eur|rice)"
)
_DOTTED_OFFICER = regex.compile(
    rf"(?:(?<![\p{{L}}])(?i:{_OFFICERS})[ \t]*[,:]?|\(f\)|\(fdo\.?\))[ \t]*(?P<who>(?:\p{{Lu}}\.){{2,4}})(?![\p{{L}}\d])"
    rf"|(?P<who2>(?:\p{{Lu}}\.){{2,4}})[ \t]*\((?i:{_OFFICERS})\b"
)
# Dotted initials opening a sentence before a verb ("A.B. presenta el cierre", "J.M.P. se ofrece", "M.A.S. informa")
_DOTTED_SUBJECT = regex.compile(
    r"(?:^|\n|[.;:][ \t]+)[ \t]*(?P<who>(?:\p{Lu}\.){2,4})[ \t]+(?:se[ \t]+|s'|ne[ \t]+)?"
    r"(?P<verb>\p{Ll}{3,}(?:a|e|ó|ió|t|en|s)|a|est)(?![\p{L}])"
)
# Dotted initials after a word that hands work from a person ("by C.A.", "par J.-P.M.")
_DOTTED_BY = regex.compile(
    r"(?<![\p{L}\d])(?i:by|von|par|por|door)[ \t]+(?P<who>\p{Lu}\.(?:[ \t]?-?\p{Lu}\.){1,2})(?![\p{L}\d])"
)

# A verb of approving right before "by"/"par"/"von"/"door"/"por" ("approved by PL", "freigegeben von AP")
APPROVED = regex.compile(
    r"(?i:approved|signed(?:[ \t]off)?|checked|reviewed|validated|authori[sz]ed|sign-off[ \t]from|validé|"
    r"taken|prepared|minuted|drafted|compiled|written|logged|recorded|entered|raised|"
    r"préparé|préparée|rédigé|rédigée|erstellt|aufgenommen|protokolliert|preparado|redactado|opgesteld|"
    r"validée|signé|vérifié|approuvé|genehmigt|freigegeben|unterschrieben|geprüft|abgezeichnet|aprobado|"
    r"aprobada|firmado|revisado|validado|goedgekeurd|getekend|gecontroleerd|akkoord)[ \t]+(?:\p{L}+[ \t]+)?$"
)

# Dotted initials closing a parenthesis after a comma ("Observaciones (control interno, G.A.):"), or alone on a
# note's last line after a closing's comma ("Bonne journée à vous deux,\nH.M.")
_DOTTED_AFTER_COMMA = regex.compile(
    r"\([^()\n]{2,40}?,[ \t]*(?P<who>(?:\p{Lu}\.){2,4})\)|,[ \t]*\n[ \t]*(?P<who2>(?:\p{Lu}\.){2,3})[ \t]*\Z"
)


def dotted_initials(text: str) -> Iterator[Span]:
    """Spans of dotted initials standing for a person; never a firm's form or an abbreviation ("S.A.", "N.B.")."""
    if "." not in text or _DOTTED_QUICK.search(text) is None:
        return
    for m in _DOTTED_SIGNOFF.finditer(text):
        if m.group("who") not in _DOTTED_NOT_INITIALS:
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")
    for m in _DOTTED_NOTE.finditer(text):
        # "Observación de Contabilidad (V.H.):", "– X.Z.: contestó", "Firma: F.A.H.": who wrote or signed
        who = m.group("who") or m.group("who2") or m.group("who3")
        start = m.start("who") if m.group("who") else m.start("who2") if m.group("who2") else m.start("who3")
        if who.replace(" ", "") not in _DOTTED_NOT_INITIALS:
            yield Span(start, start + len(who), "PERSON", 0.6, "person_rules")
    for m in _DOTTED_OFFICER.finditer(text):
        who, start = (
            (m.group("who"), m.start("who")) if m.group("who") else (m.group("who2"), m.start("who2"))
        )
        if who not in _DOTTED_NOT_INITIALS:
            yield Span(start, start + len(who), "PERSON", 0.6, "person_rules")
    for m in _DOTTED_SUBJECT.finditer(text):
        if m.group("who") not in _DOTTED_NOT_INITIALS and fold_str(m.group("verb")) not in lx.all_stopwords():
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")
    for m in _DOTTED_AFTER_COMMA.finditer(text):
        group = "who" if m.group("who") else "who2"
        if m.group(group) not in _DOTTED_NOT_INITIALS:
            yield Span(m.start(group), m.end(group), "PERSON", 0.6, "person_rules")
    for m in _DOTTED_BY.finditer(text):
        # "prepared by C.A.", "geprüft von K.M.": dotted initials of whoever did the work
        if APPROVED.search(text, max(0, m.start() - 40), m.start()) is not None:
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")
