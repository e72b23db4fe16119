"""A family or given name opening a sentence of French, Spanish, Dutch or English minutes and notes before what the
person did or said: "Huenchumil informa que ...", "Saffie propone oficiar ...", "Pierre presentó las boletas", "Lavoie
passe demain", "Kheira deja el puesto", "De Smet belt terug"; and the person a Spanish clitic announces ("le
expliqué a Goldberg").

In French and Spanish a noun opening a sentence takes its article ("El ascensor sigue", "La voiture a pris"), so
a bare capitalised word before a verb of the third person is a name or a place or a firm: places are left out
(the lists know them), and so are frequent words that no name list holds ("Orange a envoyé", "Hacienda
reclama"). In Dutch only a surname's particle opens such a sentence ("De Smet", "Van Damme"): a noun after "de"
is written in lower case. English opens sentences with nouns ("Payroll confirmed", "Price has gone up"): there a
name that is also a word counts only before a verb of saying or doing or a task's "to" ("Pat to follow up", "Price
did two debt cases"), and teams, roles and a few words that open sentences as words ("Grant to cover", "Hope to
see you") never. German capitalises every noun ("Bauherr hat"): there only a word spelt clearly like a name, no noun by its ending,
before a verb of reporting or asking ("Krenn meldet Lieferverzug").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction import namelike
from redaction.normalize import fold_str
from redaction.recognizers.person.guards import noun_by_ending
from redaction.recognizers.person.tokens import blocked, known_first, known_surname
from redaction.types import Span

# The opening of a sentence: a line, a numbered point, after a full stop, a colon or a semicolon
_OPENING = r"(?:^|\n|[.!?:;][ \t]+|\n[ \t]*(?:\d{1,2}[.)]|[-•*])[ \t]+|\|[ \t]+)[ \t]*"
# a name, or a French or Spanish family name with its particle ("Le Gall a rappelé", "De la Fuente informa")
_NAME = (
    r"(?P<name>(?:(?P<particle>Le|La|Da|Del|De[ \t]la|De|Di|Dos|Du)[ \t]+)?"
    r"\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]{2,})?)"  # not "J'ai"
)
_SUBJECT = regex.compile(
    _OPENING + _NAME + r"[ \t]+(?P<verb>[\p{Ll}'’]+)(?:[ \t]+(?P<next>[\p{Ll}\p{M}'’]+))?"
)
_NL_SUBJECT = regex.compile(
    _OPENING
    + r"(?P<name>(?:De|Van|Van[ \t]+de[rn]?|Vanden|Vander|Ver|Ten|Ter|Op[ \t]+de)[ \t]+\p{Lu}[\p{Ll}\p{M}'’]{2,})"
    + r"[ \t]+(?P<verb>[\p{Ll}'’]+)(?![\p{L}])"
)
# What a person does in minutes and notes, in the third person (present or past)
_VERBS = {
    "es": lx.word_set(
        "informa informó informo propone propuso deja dejó pregunta preguntó explica explicó indica indicó "
        "solicita solicitó comenta comentó presenta presentó señala señaló confirma confirmó recuerda recordó "
        "llama llamó manda mandó envía envió dice dijo pide pidió plantea planteó sugiere sugirió advierte "
        "advirtió firma firmó entrega entregó acepta aceptó aclara aclaró agradece agradeció llega llegó viene "
        "vino trae trajo tiene tuvo está estuvo sigue va fue puede pudo quiere debe queda quedó se ofrece asume "
        "asumió reporta reportó avisa avisó contesta contestó responde respondió expone expuso"
        # what a person does at work ("Mesa ya aprobó", "Quispe revisó el acta", "Ortiz renunció")
        " aprueba aprobó autoriza autorizó revisa revisó paga pagó cobra cobró atiende atendió recibe recibió "
        "escribe escribió renuncia renunció trabaja trabajó necesita necesitó entra entró sale salió regresa "
        "regresó vuelve volvió"
    ),
    # German writes every noun with a capital: only a word spelt like a name, no noun by its ending, before one of
    # these ("Krenn meldet Lieferverzug", "Ramadani berichtet")
    "de": lx.word_set(
        "meldet meldete berichtet berichtete sagt sagte fragt fragte ruft rief schreibt schrieb bestätigt bestätigte "
        "informiert informierte übernimmt übernahm prüft prüfte klärt klärte schickt schickte erledigt erledigte"
    ),
    "fr": lx.word_set(
        "passe passera appelle rappelle demande confirme propose signale indique explique souhaite veut doit "
        "peut vient viendra prend reprend envoie valide signe arrive part revient dit relance transmet précise "
        "rappellera enverra sera était"
    ),
}
# The French auxiliary with its participle ("Castex a repris", "Côté a appelé", "Fabre est passé")
_FR_PARTICIPLE = regex.compile(r"\p{Ll}+(?:é|ée|és|i|is|it|u|ue|ert|ait)")
# The Dutch verbs after a surname with its particle
_NL_VERBS = lx.word_set(
    "belt heeft is zegt komt stuurt moet kan gaat doet neemt vraagt meldt bevestigt tekent laat was had"
)
# ... and after a bare capitalised word: Dutch writes its nouns in lower case, so a capitalised word opening a
# sentence before one of these (no auxiliary: "Amsterdam is", "Philips heeft") is a name ("Hoogland meldt een
# overschrijding", "Mortier belde", "Lieke plant de evaluatie")
_NL_ACTS = lx.word_set(
    "belt belde meldt meldde zegt zei vraagt vroeg mailt mailde stuurt stuurde tekent tekende plant plande "
    "bevestigt bevestigde regelt regelde neemt nam brengt bracht haalt haalde levert leverde betaalt betaalde "
    "stelt stelde geeft gaf komt kwam laat liet werkt werkte zit zat"
)
_NL_BARE = regex.compile(
    _OPENING + r"(?P<name>\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]+)[ \t]+(?P<verb>\p{Ll}+)(?![\p{L}])"
)


# English: what a person does or said, right after a name opening a sentence ("Ochen to follow up the objection",
# "Sione works at the freezing works", "Price did two debt cases"); a name that is also a word only before a verb
# of saying or doing ("Pat to follow up", "Price did"), never before "is", "has" ("Summer has arrived")
_EN_SAYS = lx.word_set(
    "says said asked called rang emailed texted confirmed agreed did saw met phoned replied"
)
_EN_DOES = _EN_SAYS | lx.word_set(
    "works worked wants needs starts started joined left signed sent brought took reported will can can't cannot "
    "won't"
)
# What only a person does, after a name that is a word ("HR: Rose proceeds on maternity leave", "so Mason covers
# the first visit", "Mason left in Nov"; not "starts", "joins": "Summer starts")
_EN_PERSON_ACTS = lx.word_set("covers proceeds resigned retired left")
# English words that are names too and open sentences as the word ("Grant to cover the fees", "Hope to see you")
_EN_WORDS = lx.word_set(
    "grant bill will may mark hope faith joy rich frank sterling april june august sunny chase"
)


def sentence_subjects(text: str, lang: str) -> Iterator[Span]:
    """Names opening a sentence before a verb of what a person does (see the module's docstring)."""
    if lang == "en":
        yield from _english_subjects(text)
        return
    if lang == "nl":
        for m in _NL_SUBJECT.finditer(text):
            if m.group("verb") in _NL_VERBS:
                # sure enough that a village of the same name ("De Smet") does not undo it
                yield Span(m.start("name"), m.end("name"), "PERSON", 0.8, "person_rules")
        for m in _NL_BARE.finditer(text):
            if m.group("verb") in _NL_ACTS and _name_word(fold_str(m.group("name")), -1.0):
                yield Span(m.start("name"), m.end("name"), "PERSON", 0.55, "person_rules")
        return
    verbs = _VERBS.get(lang)
    if verbs is None:
        return
    if lang == "es":
        yield from _indirect_objects(text)
    for m in _SUBJECT.finditer(text):
        name, verb, nxt = m.group("name"), m.group("verb"), m.group("next") or ""
        # a surname spelt unlike a name passes too ("Castex a repris"); after a particle the name's own word
        if m.group("particle"):
            folded = fold_str(name[len(m.group("particle")) :].strip())
            common = folded in lx.common_words() and not known_surname(folded)
            if common or folded in lx.places() or not _does(lang, verb, nxt, verbs):
                continue  # "Le Conseil a validé", "La Poste a envoyé"
        elif not _does(lang, verb, nxt, verbs) or not _name_word(fold_str(name), -1.0):
            continue
        elif lang == "de" and (noun_by_ending(name) or not _name_word(fold_str(name), 0.0)):
            continue  # "Bauherr meldet", "Hausverwaltung prüft": nouns
        yield Span(m.start("name"), m.end("name"), "PERSON", 0.55, "person_rules")


# The Spanish indirect object said twice: a clitic, a verb, then "a" and the person ("le expliqué a Goldberg", "les
# pregunté a Quintana y Paz", "se lo mandé a Etchepare"): the clitic says a person receives it
_INDIRECT = regex.compile(
    r"(?<![\p{L}])(?:[Ll]es?|[Ss]e[ \t]+l[oa]s?)[ \t]+\p{Ll}+[ \t]+a[ \t]+"
    r"(?P<name>\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]+(?:[ \t]+\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]+)?)(?![\p{L}])"
)


def _receiver_word(folded: str) -> bool:
    """A name word after the clitic's "a": a family name of the lists even where a town bears it ("Goldberg")."""
    if folded in lx.MAJOR_CITIES or blocked(folded):
        return False
    return known_surname(folded) or _name_word(folded, -1.0)


def _indirect_objects(text: str) -> Iterator[Span]:
    if " a " not in text:
        return
    for m in _INDIRECT.finditer(text):
        words = m.group("name").split()
        if all(_receiver_word(fold_str(w)) for w in words) and fold_str(words[0]) not in lx.ORG_INDICATORS:
            # sure enough that a town of the same name ("Goldberg") does not undo it
            yield Span(m.start("name"), m.end("name"), "PERSON", 0.8, "person_rules")


# What the French "a" has that a person holds ("Schmutz a les clés", "Diop a encore le dossier")
_FR_HAS = lx.word_set("les pas encore déjà toujours bien")
# What a Spanish "no" denies ("Mosquera no llegó", "Flores no firma")
_ES_NOT = lx.word_set(
    "llegó llego vino vino firma firmó firmo contesta contestó contesto viene puede pudo quiso quiere"
)


# Adverbs between a Spanish subject and its verb
_ES_ADVERBS = lx.word_set("ya también tambien todavía todavia aún aun nunca siempre")


def _does(lang: str, verb: str, nxt: str, verbs: frozenset[str]) -> bool:
    if lang == "fr" and len(verb) >= 7 and verb.endswith(("era", "ira")) and verb not in lx.all_stopwords():
        return True  # the third person's future ("Constant vérifiera sur place", "Blanc transmettra")
    if lang == "fr" and verb in ("a", "est", "s'est", "n'a"):
        return _FR_PARTICIPLE.fullmatch(nxt) is not None or (verb == "a" and nxt in _FR_HAS)
    if lang == "es" and verb == "no":
        return nxt in _ES_NOT or nxt in verbs
    if lang == "es" and verb in _ES_ADVERBS:
        return nxt in verbs  # "Mesa ya aprobó", "Flores todavía no firma" (not "Mesa ya servida")
    if lang == "es" and verb == "se":
        return nxt.endswith(("a", "e", "ó", "ió"))  # "J. se ofrece", "Quispe se compromete"
    return verb in verbs


def _name_word(folded: str, floor: float = -0.3) -> bool:
    """A name of the lists, or a word spelt like a name that is no frequent word; never a place."""
    if folded in lx.all_stopwords() or blocked(folded) or folded in lx.MONTHS or folded in lx.WEEKDAYS:
        return False
    if folded in lx.places() or folded in lx.MAJOR_CITIES:
        return False
    if known_first(folded, ambiguous_ok=True) or known_surname(folded):
        return True
    return not lx.plain_word(folded) and namelike.score(folded) >= floor


# An English first name after a clause's comma or full stop, before what the person is doing ("..., Grant covering
# her clients", "Rose travelling, back next week")
_EN_DOING = regex.compile(
    r"(?:^|\n|[.,;][ \t]+)(?P<name>\p{Lu}\p{Ll}+)[ \t]+(?:covering|travelling|traveling|leading|chairing|attending|"
    r"presenting|visiting|driving|handling)(?![\p{L}])"
)


# An English first name placed in a team ("Blessing in finance says", "Give it to Bill in accounts", "Summer from
# payroll")
_EN_IN_TEAM = regex.compile(
    r"(?<![\p{L}])(?P<name>\p{Lu}\p{Ll}+)[ \t]+(?:in|from)[ \t]+(?:the[ \t]+)?(?i:finance|accounts|accounting|hr|"
    r"payroll|legal|sales|marketing|reception|admin|ops|operations|compliance|procurement|tax|audit|billing|"
    r"credit[ \t]+control|facilities|it[ \t]+support)(?![\p{L}])"
)


# Cheap tests first: most English notes place no one in a team and say no one is covering or travelling
_EN_IN_TEAM_QUICK = regex.compile(
    r"(?:in|from)[ \t]+(?:the[ \t]+)?(?i:finance|accounts|accounting|hr|payroll|legal|sales|marketing|reception|admin|"
    r"ops|operations|compliance|procurement|tax|audit|billing|credit|facilities|it[ \t]+support)(?![\p{L}])"
)
_EN_DOING_WORDS = (
    "covering",
    "travel",
    "leading",
    "chairing",
    "attending",
    "presenting",
    "visiting",
    "driving",
    "handling",
)


# A name that is also a word, given an action item ("Bill to mark it as received", "Sterling to confirm number"): only
# before the verbs of a task ("Grant to cover the fees", "Hope to see you" are the words)
_EN_TASK_VERBS = lx.word_set(
    "confirm mark chase call send check review book phone ring sign update pull approve prepare follow sort email "
    "draft circulate contact arrange invoice schedule brief speak talk liaise organise organize collect reply text"
)
# ... or the subject of a verb with a person as its object ("Mark let us in", "Frank gave me a reference", "Bill
# told them"), after a comma, a dash or a parenthesis too
_EN_ACTS_ON = regex.compile(
    r"(?:^|\n|[.!?:;,(][ \t]+|[ \t][–-][ \t]+|\()(?P<name>\p{Lu}\p{Ll}+)[ \t]+(?P<verb>\p{Ll}{2,})[ \t]+"
    r"(?:us|me|him|her|them)(?![\p{L}])"
)
_EN_MODALS = lx.word_set("will may can must shall")
# Short verbs of the stop-word lists that still act on a person ("Mark let us in", "Bill told them")
_EN_ACTS_ON_VERBS = lx.word_set("let gave told sent asked rang called")


def _english_subjects(text: str) -> Iterator[Span]:
    for m in (
        _EN_ACTS_ON.finditer(text) if any(w in text for w in (" us", " me", " him", " her", " them")) else ()
    ):
        folded = fold_str(m.group("name"))
        if folded in _EN_MODALS or folded in lx.MONTHS or folded in lx.TEAM_WORDS or folded in lx.ROLE_WORDS:
            continue
        verb = m.group("verb")
        if verb in lx.all_stopwords() and verb not in _EN_ACTS_ON_VERBS:
            continue  # "Grant for us", "Thanks to them"
        if known_first(folded, ambiguous_ok=True) and not blocked(folded):
            yield Span(m.start("name"), m.end("name"), "PERSON", 0.55, "person_rules")
    for m in _EN_IN_TEAM.finditer(text) if _EN_IN_TEAM_QUICK.search(text) else ():
        folded = fold_str(m.group("name"))
        if folded in lx.MONTHS or folded in lx.WEEKDAYS or folded in lx.TEAM_WORDS or folded in lx.ROLE_WORDS:
            continue
        if known_first(folded, ambiguous_ok=True) and not blocked(folded):
            yield Span(m.start("name"), m.end("name"), "PERSON", 0.55, "person_rules")
    for m in _EN_DOING.finditer(text) if any(w in text for w in _EN_DOING_WORDS) else ():
        folded = fold_str(m.group("name"))
        if folded in lx.MONTHS or folded in lx.WEEKDAYS or folded in lx.TEAM_WORDS or folded in lx.ROLE_WORDS:
            continue
        if known_first(folded, ambiguous_ok=True) and not blocked(folded):
            yield Span(m.start("name"), m.end("name"), "PERSON", 0.55, "person_rules")
    for m in _SUBJECT.finditer(text):
        name, verb, nxt = m.group("name"), m.group("verb"), m.group("next") or ""
        folded = fold_str(name)
        if (
            (folded in _EN_WORDS and not (verb == "to" and nxt in _EN_TASK_VERBS))
            or folded in lx.TEAM_WORDS
            or folded in lx.ROLE_WORDS
            or not _name_word(folded, -1.0)
        ):
            continue
        to_do = verb == "to" and nxt not in ("be", "the", "a", "date", "do", "")  # "Ochen to follow up"
        if folded in _EN_WORDS and verb == "to" and nxt in _EN_TASK_VERBS and folded not in _EN_MODALS:
            yield Span(m.start("name"), m.end("name"), "PERSON", 0.55, "person_rules")
            continue
        if lx.plain_word(folded):  # a name that is a word: only before saying or doing
            if to_do or verb in _EN_SAYS or verb in _EN_PERSON_ACTS:
                yield Span(m.start("name"), m.end("name"), "PERSON", 0.55, "person_rules")
        elif to_do or verb in _EN_DOES:
            yield Span(m.start("name"), m.end("name"), "PERSON", 0.55, "person_rules")


# A person's role with its article, a comma, then the person's name set apart by commas ("viene el electricista,
# Chaij, para la factura", "the plumber, Okoro, came at nine", "le comptable, Mbarga, a envoyé")
_APPOSITIVE = regex.compile(
    r"(?<![\p{L}])(?i:el|la|the|our|le|la|notre|der|die|unser|unsere|de|het|onze|nuestro|nuestra)[ \t]+"
    r"(?P<role>\p{Ll}[\p{Ll}-]{3,})[ \t]*,[ \t]+"
    r"(?P<name>\p{Lu}[\p{Ll}\p{M}'’-]{2,}(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’-]{2,}){0,2})[ \t]*,"
)
_TRADES = lx.word_set(
    "electricista fontanero plomero gasfitero carpintero albañil pintor cerrajero contador contadora abogado "
    "abogada arquitecto arquitecta técnico técnica mecánico chofer conductor jardinero perito tasador notario "
    "electrician plumber carpenter builder painter locksmith accountant lawyer solicitor architect surveyor "
    "mechanic driver gardener valuer notary technician "
    "électricien plombier menuisier maçon peintre serrurier comptable avocat avocate architecte technicien "
    "mécanicien chauffeur jardinier expert notaire géomètre "
    "elektriker installateur klempner schreiner tischler maler schlosser steuerberater anwalt anwältin "
    "architekt architektin techniker mechaniker fahrer gärtner gutachter notar "
    "elektricien loodgieter timmerman schilder slotenmaker boekhouder advocaat architect monteur chauffeur "
    "tuinman taxateur notaris landmeter"
)


# A relative or an assistant with a possessive or an article, then the name set apart by commas ("Su esposa, Sol, es
# la que guarda los recibos", "call his PA, Blessing, 0812 ...", "sa fille, Rose, a appelé", "El marido, Vicent,
# también quiere cita")
_KIN_APPOSITIVE = regex.compile(
    r"(?<![\p{L}])(?i:su|sus|his|her|their|my|mi|sa|son|leur|ma|mon|zijn|haar|hun|mijn|seine|seiner|ihre|ihr|meine"
    r"|el|la|the|le|de|het|der|die)"
    r"[ \t]+(?P<role>(?i:esposa|esposo|mujer|marido|hija|hijo|hermana|hermano|madre|padre|wife|husband|daughter|son|"
    r"sister|brother|mother|father|pa|assistant|secretary|femme|mari|fille|fils|sœur|soeur|frère|frere|mère|mere|"
    r"père|pere|assistante|secrétaire|vrouw|man|dochter|zoon|zus|broer|moeder|vader|frau|mann|tochter|sohn|"
    r"schwester|bruder|mutter|vater|assistentin|sekretärin|secretaria|asistente))[ \t]*,[ \t]+"
    r"(?P<name>\p{Lu}[\p{Ll}\p{M}'’-]{1,}(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’-]{2,}){0,2})[ \t]*,"
)


def role_appositives(text: str) -> Iterator[Span]:
    """A name set apart by commas right after a trade or a profession with its article (see ``_APPOSITIVE``),
    or after a relative or an assistant with a possessive (``_KIN_APPOSITIVE``): a name of the lists or a word
    spelt like one, never a place or a frequent word (a first name that is a word counts after a relative)."""
    if "," not in text:
        return
    for m in _KIN_APPOSITIVE.finditer(text):
        words = [fold_str(w) for w in m.group("name").split()]
        if all(known_first(w, ambiguous_ok=True) or _name_word(w, -1.0) for w in words):
            yield Span(m.start("name"), m.end("name"), "PERSON", 0.6, "person_rules")
    for m in _APPOSITIVE.finditer(text):
        if fold_str(m.group("role")) not in _TRADES and m.group("role").lower() not in _TRADES:
            continue
        words = [fold_str(w) for w in m.group("name").split()]
        if all(_name_word(w, -1.0) for w in words):
            yield Span(m.start("name"), m.end("name"), "PERSON", 0.6, "person_rules")
