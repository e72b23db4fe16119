"""A Dutch or German family name alone, its particle capitalised: "Van Kampen opende", "Ten Brink (FG)".

Minutes and case notes name colleagues by their family name alone, and a Dutch family name alone takes a
capital on its particle ("Van der Veen erkende ...", "Ter Haar was er niet", "Op den Akker: graag ...", "'t Hart,
de applicatiebeheerder"); a German one may too at a sentence's start ("Von Arnim fehlte"). Such a name is often a
word or a town of its own ("Veen", "Kampen", "Brink"), and a firm is named so too ("het contract met Van Oord"):
the pass takes it only where a person stands: after a title ("Mevrouw Ten Have"), before a verb only a person does,
a role in parentheses, a colon that opens a line's words, or an apposition of a role ("Kamps, de projectleider").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction.normalize import fold_str
from redaction.recognizers.person.cuewords import _ANY_VERB
from redaction.recognizers.person.filters import known_firms
from redaction.types import Span

_PARTICLE_NAME = regex.compile(
    r"(?<![\p{L}'’.-])(?:Van(?:[ ](?:der|den|de|het|'t|’t))?|Ter|Ten|Uit[ ]den|Op[ ]den|Op[ ]de|In[ ](?:'t|’t|het)"
    r"|'t|’t|Von(?:[ ](?:der|dem|und[ ]zu))?|Vom|Zur)[ ]\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}'’-])"
)
# Dutch and German verbs in the past or present that a person does in minutes and reports (the shared list holds
# the verbs of saying); not "is", "heeft", "wordt": a firm is and has too ("het contract met Van Oord wordt ...")
_VERBS = lx.word_set(
    "stelde stelt opende opent gaf geeft vond vindt erkende erkent besloot beslist liep zat kwam komt ging gaat "
    "nam neemt deed doet meldde meldt antwoordde antwoordt reageerde reageert leidde leidt presenteerde "
    "presenteert lichtte wees wijst noemde noemt legde stemde sprak spreekt hoorde dacht denkt wist "
    "fehlte fehlt schlug schlägt eröffnete eröffnet berichtete berichtet erklärte erklärt leitete"
)
_HEADS = (
    "Van ",
    "Ter ",
    "Ten ",
    "Uit den ",
    "Op de",
    "In 't",
    "In ’t",
    "In het ",
    "'t ",
    "’t ",
    "Von ",
    "Vom ",
    "Zur ",
)
_NAME_BEFORE = regex.compile(r"\p{Lu}[\p{L}&.'’-]*[ ]\Z")
_ROLE = regex.compile(r"[ \t]*\([^()\n]{1,40}\)")
_APPOSITION = regex.compile(r",[ \t]+(?:de|het|der|die|onze|unser|unsere)[ \t]+\p{Ll}")
# What a firm is to the writer: no person's role ("Van Wijk (aannemer)", "Ter Beek, de leverancier")
_FIRM_ROLES = lx.word_set(
    "aannemer onderaannemer leverancier opdrachtgever klant installateur bank verzekeraar verhuurder "
    "uitzendbureau transporteur vervoerder groothandel fabrikant lieferant auftraggeber kunde bauunternehmen "
    "firma hersteller bv nv gmbh ag kg"
)
_ROLES = lx.word_set(
    "voorzitter notulist secretaris penningmeester fg dpo ceo cfo cto coo hr mentor stagiair jurist notaris huisarts "
    "vorsitz vorsitzende protokoll leiter leiterin arts tandarts dokter advocaat advocate verpleegkundige wijkagent "
    "arzt ärztin anwalt anwältin notar notarin"
)
_ROLE_ENDINGS = (
    "beheerder",
    "leider",
    "adviseur",
    "medewerker",
    "monteur",
    "coördinator",
    "coordinator",
    "manager",
    "directeur",
    "leiterin",
    "leiter",
    "berater",
    "beraterin",
    "referent",
    "referentin",
)
_NEXT_WORD = regex.compile(r"[ \t]+(\p{Ll}+)")
# a person's role right before the name, maybe opening its parentheses ("huisarts Van 't Hek", "Arts (Van Rijn)")
_ROLE_BEFORE = regex.compile(r"(?<![\p{L}])(\p{L}+)[ \t]*\(?[ \t]*\Z")


def _role_after(text: str, end: int) -> bool:
    """A person's role after the name, in parentheses or an apposition ("(voorzitter)", ", de projectleider");
    not a firm's ("Van Wijk (aannemer)", ", de leverancier")."""
    m = _ROLE.match(text, end)
    if m is not None:  # "(voorzitter)", "(FG)", "(notulist)": a person's function, or its initials
        inner = m.group().strip(" \t()")
        if not inner.strip():
            return False
        return regex.fullmatch(r"\p{Lu}{2,4}", inner) is not None or _person_role(inner.split()[0])
    m = _APPOSITION.match(text, end)
    if m is None:
        return False
    word = regex.match(r"\p{L}+", text[m.end() - 1 :])
    return word is not None and _person_role(word.group())


def _person_role(word: str) -> bool:
    """A word for what a person does: a role of the lists, or a Dutch or German word for one by its ending
    ("applicatiebeheerder", "projectleider", "adviseur", "Vorsitzende"); not a firm's ("aannemer", "leverancier")."""
    folded = fold_str(word)
    if folded in _FIRM_ROLES:
        return False
    return folded in lx.ROLE_WORDS or folded in _ROLES or folded.endswith(_ROLE_ENDINGS)


def particle_names(text: str) -> Iterator[Span]:
    """Family names with a capitalised particle, where a person stands (see the module's docstring)."""
    if not any(head in text for head in _HEADS):
        return
    firms = None
    for m in _PARTICLE_NAME.finditer(text):
        end = m.end()
        before = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        titled = before is not None and fold_str(before.group().strip(" .")) in lx.TITLES
        if before is not None and not titled:
            continue  # "Steenfabriek Van der Meer is ...": the end of a firm's name (not "Mevrouw Ten Have")
        after = _NEXT_WORD.match(text, end)
        line_head = text[: m.start()].rstrip(" \t")
        role = _ROLE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        cued = (
            titled
            or (role is not None and _person_role(role.group(1)))  # "huisarts Van 't Hek", "Arts (Van Rijn)"
            or (after is not None and (after.group(1) in _VERBS or after.group(1) in _ANY_VERB))
            or _role_after(text, end)
            or (text[end : end + 2] == ": " and (not line_head or line_head.endswith(("\n", ".", "!", "?"))))
        )
        if not cued:
            continue
        if firms is None:
            firms = known_firms()
        if fold_str(m.group()) in firms:
            continue
        yield Span(m.start(), end, "PERSON", 0.85, "person")
