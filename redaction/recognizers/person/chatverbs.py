"""A chat's members named in lower case as the subject of what they do today, names that are words too: "paz no
viene hoy", "milagros no puede", "luz ya lo mandó", "rose peut pas", "blanche arrive à 11h", "olive a fini",
"fink fährt am nachmittag raus", "kees heeft het".

Only in French, Spanish, German and Dutch, where a word that is no name seldom opens a message bare before such a
verb (a noun takes its article: "la luz se fue", "die pläne"). In English a bare noun opens chat lines all the
time ("bill is paid", "grant approved"), so English is left to the other rules.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction.normalize import fold_str
from redaction.recognizers.person.lowerwords import BUSINESS_WORDS
from redaction.recognizers.person.tokens import blocked, known_first, known_surname
from redaction.types import Span

# A lower-case word opening a message, a line or a sentence (after a chat's "Name: ", a full stop, a greeting and
# its comma, or a word of time: "buenas. milagros no puede", "mañana milagros vuelve"), then the next two words
_OPENING = regex.compile(
    r"(?:^|\n|[:.!?][ \t]+|,[ \t]+|(?<![\p{L}])(?i:mañana|hoy|ahora|luego|demain|aujourd'hui|morgen|vandaag|straks|"
    r"heute|jetzt|gleich|ya|y|et|und|en|pero|mais|aber|maar|bueno|bon|dann|dus)[ \t]+)"
    r"[ \t]*(?P<name>\p{Ll}[\p{Ll}\p{M}]{2,})[ \t]+(?P<verb>[\p{Ll}'’]+)(?:[ \t]+(?P<next>[\p{Ll}\p{M}'’]+))?"
)
# What a person does or cannot do today, right after the name (``verb``); after "no", "ne", "n'" the next word
_VERBS = {
    "es": lx.word_set(
        "ya puede pudo viene vino va fue llega llegó llego vuelve volvió volvio trae trajo manda mandó mando dice "
        "dijo tiene tuvo está esta estaba sabe llamó llamo contesta contestó responde firmó firmo pasa pasó paso "
        "quedó quedo sigue entra sale salió salio"
    ),
    "fr": lx.word_set(
        "peut peux pourra arrive arrivera vient viendra passe passera prend reprend part revient est sera dit "
        "demande fait s'occupe termine finit appelle rappelle envoie"
    ),
    "de": lx.word_set(
        "kann kommt bringt fährt faehrt fahrt soll hat ist macht muss ruft sagt war geht holt schickt übernimmt"
    ),
    "nl": lx.word_set("kan komt moet zit heeft gaat belt doet wil zegt stuurt neemt brengt haalt"),
}
# (not the verbs English spells alike, "is", "was", "will": a short English chat may read as Dutch or German)
_NEGATIONS = {"es": ("no",), "fr": ("ne", "n'", "peut"), "de": ("nicht",), "nl": ("niet",)}
_NEGATED = lx.word_set("puede pudo viene vino va llega está esta contesta responde sabe tiene")
# Spanish object pronouns between the subject and a verb in the past ("luz lo subió", "paz le mandó")
_CLITICS = lx.word_set("lo la le les se me te nos")
# Words of the name lists that open a chat's sentence as words ("che, ...", "page suivante")
_NOT_NAMES = lx.word_set("che page")
# The French "a" and "est" need their participle or complement ("olive a fini", "innocent est où")
_FR_AUX_NEXT = regex.compile(r"(?:\p{Ll}+(?:é|ée|és|i|is|it|u|ue|ert)|où|malade|là|pas|en|absent|absente|ok)")


# In English only a family name of the lists that is no word opens a message before what the person does or has
# ("doherty has it. and the keys", "okafor rang back"): a bare noun opens English chat lines too ("bill is paid")
_EN_OPENING = regex.compile(
    r"(?:^|\n|[:.!?][ \t]+|,[ \t]+)[ \t]*(?P<name>\p{Ll}[\p{Ll}\p{M}]{2,})[ \t]+(?:has|had|is|was|here|says|said|will|"
    r"can|cant|can't|rang|called|sent|took|got|did|does|knows|wants|needs)(?![\p{L}'’])"
)


def chat_subjects(text: str, lang: str) -> Iterator[Span]:
    """Lower-case first names of the lists (words too) and family names opening a message before what they do."""
    if lang == "en":
        for m in _EN_OPENING.finditer(text):
            folded = fold_str(m.group("name"))
            if folded in lx.all_stopwords() or blocked(folded):
                continue
            if (
                known_surname(folded)
                and not lx.plain_word(folded)
                and not known_first(folded, ambiguous_ok=True)
            ):
                yield Span(m.start("name"), m.end("name"), "PERSON", 0.55, "person_rules")
        return
    if lang not in _VERBS:
        return
    verbs = _VERBS[lang]
    for m in _OPENING.finditer(text):
        name, verb, nxt = m.group("name"), m.group("verb"), m.group("next") or ""
        folded = fold_str(name)
        if (
            folded in lx.all_stopwords()
            or folded in lx.MONTHS
            or folded in lx.WEEKDAYS
            or folded in _NOT_NAMES
        ):
            continue
        if blocked(folded):
            continue  # "anders kan", "dan is": a word the lists block
        if not (known_first(folded, ambiguous_ok=True) or known_surname(folded)):
            continue
        if not _does(lang, verb, nxt, verbs):
            continue
        yield Span(m.start("name"), m.end("name"), "PERSON", 0.55, "person_rules")


def _does(lang: str, verb: str, nxt: str, verbs: frozenset[str]) -> bool:
    if lang == "fr" and verb in ("a", "est"):
        return _FR_AUX_NEXT.fullmatch(nxt) is not None
    if verb in verbs:
        return True
    if verb in _NEGATIONS.get(lang, ()) and nxt:
        return nxt in _NEGATED or nxt in verbs or (lang == "fr" and nxt in ("pas", "peut", "vient"))
    return lang == "es" and verb in _CLITICS and nxt.endswith("ó")  # "luz lo subió"


# A member sent, told or asked, in lower case after the verb ("va mercedes a la reunión", "que vaya consuelo",
# "dites à blanche de laisser les clés", "dile a milagros que", "vraag aan roos", "sag ernst bescheid"), or given
# something ("se lo di a toño", "pregúntenle a caro", "le toca a ceci", "donne-le à yannick", "chez dousse")
_SENT = regex.compile(
    r"(?:^|\n|[:.!?][ \t]+|,[ \t]+)[ \t]*(?:ok[.,]?[ \t]+|y[ \t]+|et[ \t]+|bueno[, \t]+)?"
    r"(?P<verb>va|viene|vino|fue|llega|que[ \t]vaya|que[ \t]venga|dile[ \t]a|decile[ \t]a|avísale[ \t]a|avisale[ \t]a|"
    r"pregúntale[ \t]a|preguntale[ \t]a|dis[ \t]à|dites[ \t]à|demande[ \t]à|demandez[ \t]à|préviens|prévenez|"
    r"vraag[ \t]aan|zeg[ \t]tegen|sag|frag|"
    r"pregúnte(?:n)?le[ \t]a|preguntenle[ \t]a|pregunten[ \t]a|díga(?:n)?le[ \t]a|avísen(?:le)?[ \t]a|"
    r"le[ \t]toca[ \t]a|se[ \t]l[oa]s?[ \t](?:di|dio|dimos|dejé|deje|dejó|pasé|pase|mandé|mande)[ \t]a|"
    r"dá(?:se)?l[oa]s?[ \t]a|pása(?:se)?l[oa]s?[ \t]a|pásale[ \t]a|llámale[ \t]a|llamen[ \t]a|"
    r"donne(?:-le|-la|-les)?[ \t]à|donnez(?:-le|-la|-les)?[ \t]à|donné[ \t]à|passe(?:-le|-la|-les)?[ \t]à|"
    r"envoie(?:-le|-la|-les)?[ \t]à|envoyé[ \t]à|rends(?:-le|-la|-les)?[ \t]à|voir[ \t]avec|vois[ \t]avec|"
    r"vraag[ \t](?:het|even)[ \t]aan|geef[ \t](?:het[ \t])?aan|gib[ \t](?:es|das)[ \t]|frag[ \t]mal)"
    r"[ \t]+(?P<name>\p{Ll}[\p{Ll}\p{M}]{2,})(?![\p{L}\p{M}'’-])"
)
# "chez" and a bare lower-case name: no noun stands there without its article ("chez dousse le chien")
_CHEZ = regex.compile(r"(?<![\p{L}])chez[ \t]+(?P<name>\p{Ll}[\p{Ll}\p{M}-]{2,})(?![\p{L}\p{M}'’-])")
_PRONOUNS_AFTER_CHEZ = lx.word_set("moi toi lui elle nous vous eux elles soi")


# In English, a first name (in lower case too) asked, told or given something, before what it is about or the
# clause's end ("call faith re the KRA PIN", "ask ciara re the PO", "phone Faith re the leaflets", "Tried Mark
# again", "gave it to femi."), or owning a task line before an arrow ("- mercy -> petty cash book")
_ASKED_EN = regex.compile(
    r"\b(?:[Aa]sk|[Tt]ell|[Pp]ing|[Cc]all|[Pp]hone|[Rr]ing|[Tt]ext|[Rr]emind|[Cc]hase|[Mm]essage|[Mm]sg|[Tt]ried|"
    r"[Tt]ry|(?:[Gg]ave|[Gg]ive|[Ss]end|[Ss]ent|[Hh]and|[Hh]anded|[Pp]ass|[Pp]assed)[ \t]+it[ \t]+to|[Cc]heck[ \t]+with)"
    r"[ \t]+(?P<name>\p{L}[\p{Ll}\p{M}]{2,})"
    r"(?=[ \t]*(?:$|[,.;!?)])|[ \t]+(?:re|about|abt|to|if|whether|when|pls|please|asap|tmrw|tomorrow|today|"
    r"tonight|first|again|back)(?![\p{L}]))"
)
_TASK_OWNER_EN = regex.compile(r"(?m)^[ \t]*[-•*][ \t]*(?P<name>\p{Ll}[\p{Ll}\p{M}]{2,})[ \t]*(?:->|→|=>)")

# Words of business that follow such verbs as what is chased, paid or called ("chase bill", "call may")
_THINGS_ASKED = lx.word_set(
    "bill will may page price cash bond sterling rich june april august summer winter"
)


# In Spanish, a first name told apart by where the person works or who they are ("rosario la de la tienda?",
# "amparo la de Cárnicas Amparo o la vecina?", "Empar, la de RRHH", "dolores de la gestoría no le ha contestado")
_ES_WHICH = regex.compile(
    r"(?<![\p{L}])(?P<name>\p{L}[\p{Ll}\p{M}]{2,})(?:,?[ \t]+(?:la|el)[ \t]+de[ \t]+(?:la[ \t]+|el[ \t]+|los[ \t]+)?\p{L}"
    r"|[ \t]+de[ \t]+(?:la|el)[ \t]+(?:gestoría|gestoria|oficina|tienda|contabilidad|recepción|recepcion|"
    r"administración|administracion|ferretería|ferreteria|farmacia|notaría|notaria|inmobiliaria|asesoría|asesoria|"
    r"panadería|panaderia|finca|obra|empresa)(?![\p{L}]))"
)

# A cheap test first: most Spanish notes tell no one apart so
_ES_WHICH_QUICK = regex.compile(
    r"(?:la|el)[ \t]+de[ \t]|de[ \t]+(?:la|el)[ \t]+(?:gestor|oficina|tienda|contab|recep|admin|ferret|farmacia|notar|"
    r"inmob|asesor|panader|finca|obra|empresa)"
)


def which_members(text: str, lang: str) -> Iterator[Span]:
    """Spanish first names of the lists (words too) told apart by where the person works (see ``_ES_WHICH``)."""
    if lang != "es" or _ES_WHICH_QUICK.search(text) is None:
        return
    for m in _ES_WHICH.finditer(text):
        folded = fold_str(m.group("name"))
        if folded in lx.all_stopwords() or folded in lx.MONTHS or folded in lx.WEEKDAYS or blocked(folded):
            continue
        if _ARTICLE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue  # "La luz de la oficina": a noun with its article
        if known_first(folded, ambiguous_ok=True):
            yield Span(m.start("name"), m.end("name"), "PERSON", 0.55, "person_rules")


_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}])(?i:la|el|los|las|un|una|su|sus|mi|tu|del|al|de)[ \t]+\Z")


def sent_members(text: str, lang: str) -> Iterator[Span]:
    """Lower-case first names of the lists (words too), or words that are no word of any of our languages,
    right after a verb that sends, tells, asks or gives to a person."""
    if lang == "en":
        arrow = "->" in text or "→" in text or "=>" in text
        for m in [*_ASKED_EN.finditer(text), *(_TASK_OWNER_EN.finditer(text) if arrow else ())]:
            folded = fold_str(m.group("name"))
            if folded in lx.all_stopwords() or blocked(folded) or not known_first(folded, ambiguous_ok=True):
                continue
            # not what is chased, paid or called ("chase bill again", "- grant -> apply by Friday")
            if folded in _THINGS_ASKED or (
                m.group(0).rstrip().endswith((">", "→")) and folded in BUSINESS_WORDS
            ):
                continue
            yield Span(m.start("name"), m.end("name"), "PERSON", 0.55, "person_rules")
    if lang not in _VERBS:
        return
    matches = list(_SENT.finditer(text))
    if lang == "fr" and "chez" in text:
        matches += [m for m in _CHEZ.finditer(text) if fold_str(m.group("name")) not in _PRONOUNS_AFTER_CHEZ]
    for m in matches:
        folded = fold_str(m.group("name"))
        if (
            folded in lx.all_stopwords()
            or folded in lx.MONTHS
            or folded in lx.WEEKDAYS
            or folded in _NOT_NAMES
        ):
            continue
        if blocked(folded) or not (known_first(folded, ambiguous_ok=True) or _no_word(folded)):
            continue
        yield Span(m.start("name"), m.end("name"), "PERSON", 0.55, "person_rules")


_INFINITIVE = regex.compile(r"\p{L}+(?:ar|er|ir|re|oir|en|eren)")


def _no_word(folded: str) -> bool:
    """A word of no language of ours and no infinitive ("dousse", "kwinten", "sghaier"; not "voir", "rrhh")."""
    return (
        not lx.plain_word(folded)
        and folded not in lx.common_words()
        and _INFINITIVE.fullmatch(folded) is None
        and regex.search(r"[aeiouy]", folded) is not None
        and folded not in lx.places()
    )
