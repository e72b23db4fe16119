"""Person names without a statistical model: titles, greetings, hand-over verbs, a first-name gazetteer.

The English spaCy model misses non-English and accented names and cannot read German, French, Spanish or
Dutch text; these rules find the names that business text announces ("Herr Vöhringer", "Bonjour Maël",
"approved by Grant Wilson", "Viele Grüße\\nWiebke Janssen"). First names that are ordinary words ("Will",
"May", "Grant") count only with a surname or a cue.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from redaction import lexicon as lx
from redaction import namelike
from redaction.lexicon import word_set
from redaction.normalize import fold_str
from redaction.types import Span

_TOKEN = regex.compile(r"[\p{L}\p{M}](?:[\p{L}\p{M}'’-]*[\p{L}\p{M}])?|\d+|\n|[^\s\p{L}\p{M}\d]")
PARTICLES = word_set(
    "von van de der den du la le del della di da dos das ter ten te zu vom d' mac el al bin ibn abu bint "
    "binti ap ferch nic ni"
)
ADDRESSEES = word_set(
    "customer customers colleague colleagues team all sir madam everyone kunde kunden kollegen "
    "kolleginnen zusammen allen client clients cliente clientes klant klanten collega collega's tous "
    "todos iedereen equipo équipe equipe leute folks guys support valued"
)
CLOSINGS = word_set(
    "regards grüße grusse gruß gruss cordialement saludos groet groeten cheers thanks merci danke gracias "
    "bedankt best salutations atentamente hochachtungsvoll sincerely mvg vg lg bises abrazos abrazo "
    "groetjes vous wishes thx ciao tschüss tschuss besos cumprimentos obrigado journée journee soirée "
    "buenos buenas días dias tardes noches "
    "soiree día dia atte"
)
# Before a lone first name these make it a noun: "3 Tage", "die Rose", "the Will" (German nouns are capitalised).
DETERMINERS = word_set(
    "the a an this that der die das den dem des ein eine einen einem einer kein keine pro je jede jeder "
    "le la les un une el los las una het een de deze dit"
)
_VOCATIVE_NEXT = word_set(
    "can could would will please pls do did are is have kannst könntest pouvez peux puedes"
)
_FROM = frozenset({"from"})
_FOR_TO = word_set("for to für fuer pour para voor aan a à tegen")
_QUESTION_AUX = word_set("did does do can could will would should has have hat kann kannst heeft kan")
_AUXILIARIES = word_set(
    "a ha has had have is was will would hat hatte ist war wird heeft had is was zal est était sera"
)
_NAME_OF = frozenset(
    tuple(p.split("+"))
    for p in ["nom+de", "behalf+of", "name+of", "namen+von", "nombre+de", "naam+van", "n+v"]
)
_NAME_CUES = frozenset(lx.PERSON_BY_CUES | {"cc", "hi", "hallo", "dear", "bonjour", "hola", "hello", "hey"})


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    folded: str


def tokenize(text: str) -> list[Token]:
    """Word, number, newline and punctuation tokens with offsets."""
    return [Token(m.group(), m.start(), m.end(), fold_str(m.group())) for m in _TOKEN.finditer(text)]


def is_cap(tok: Token) -> bool:
    return tok.text[0].isupper() and tok.text[0].isalpha()


def blocked(folded: str) -> bool:
    """Words that never start or continue a name (stop words, tools, organisation tails)."""
    return (
        folded in lx.all_stopwords()
        or folded in lx.NON_PERSON_TAILS
        or folded in ADDRESSEES
        or folded in lx.TITLES
        or folded in _tool_words()
        or folded.endswith(lx.COMPANY_WORD_ENDINGS)
        or folded in lx.ROLE_WORDS
        or folded in CLOSINGS  # "Atte." (atentamente) is a closing, not the Finnish name
        or ("-" in folded and folded.rsplit("-", 1)[1] in lx.NON_PERSON_TAILS)  # "Meier-Tech", "Nord-Bau"
        or folded in _INDEFINITE  # "Both Maile and Kanoa", "Someone"
        or folded in _FORMAL_PRONOUNS  # "bei Ihnen", "Passt Ihnen der 14.?"
    )


def _tool_words() -> frozenset[str]:
    global _TOOLS
    if _TOOLS is None:
        _TOOLS = frozenset(fold_str(t) for t in lx.tool_terms() if " " not in t)
    return _TOOLS


_TOOLS: frozenset[str] | None = None


def _is_date_word(tokens: list[Token], j: int) -> bool:
    """A month or weekday used as a date ("May 2024", "3 June", "in Mai"), not a name ("May Chen")."""
    if tokens[j].folded not in lx.MONTHS:
        return False
    near = [tokens[k] for k in (j - 1, j + 1) if 0 <= k < len(tokens)]
    if any(t.text.isdigit() or t.text == "." for t in near):
        return True
    k = j + 1
    while k < len(tokens) and tokens[k].folded in PARTICLES:
        k += 1
    follows_name = k < len(tokens) and is_cap(tokens[k]) and not blocked(tokens[k].folded)
    return not follows_name or tokens[k].folded in lx.MONTHS


def _name_word(tokens: list[Token], j: int) -> bool:
    tok = tokens[j]
    return (
        tok.text[0].isalpha()
        and is_cap(tok)
        and len(tok.text) > 1
        and not (tok.text.isupper() and len(tok.text) <= 4)  # acronyms: "IVA", "TGV", "CFO"
        and not blocked(tok.folded)
        and not _is_date_word(tokens, j)
    )


def chain(tokens: list[Token], i: int, limit: int = 4) -> int:
    """Index after the name starting at ``tokens[i]`` (capitalised words and particles); ``i`` if none."""
    j = i
    names = 0
    while j < len(tokens) and names < limit:
        if _name_word(tokens, j):
            names += 1
            j += 1
            continue
        # particles: "de Vries", "Ruiz de la Fuente", "Van der Berg"
        k = j
        while k < len(tokens) and (tokens[k].folded in PARTICLES or tokens[k].text == "Ó") and k - j < 3:
            k += 1
        if k > j and k < len(tokens) and _name_word(tokens, k):
            # a German article is no particle before a noun ("von Anneliese das Reporting"), only before a
            # surname ("Maria das Neves")
            article = tokens[j].text in _GERMAN_ARTICLES and k == j + 1
            if article and not (known_surname(tokens[k].folded) or namelike.name_like(tokens[k].folded, 0.3)):
                break
            j = k
            continue
        break
    return j


_GERMAN_ARTICLES = frozenset({"das", "der", "den", "dem", "des"})


def _lowercase_name(tok: Token, names: frozenset[str], ambiguous: frozenset[str]) -> bool:
    return tok.folded in names and tok.folded not in ambiguous and len(tok.text) >= 4 and tok.text.islower()


def _mention(tokens: list[Token], i: int) -> bool:
    tok = tokens[i]
    if tok.text != "@" or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return nxt.start == tok.end and nxt.text[0].isalpha() and (i == 0 or tokens[i - 1].end < tok.start)


def _strip_possessive(tok: Token) -> tuple[str, int]:
    """Folded word without an English possessive, and where it ends ("Rose's" -> "rose")."""
    if len(tok.folded) > 3 and tok.folded[-2:] in ("'s", "’s"):
        return tok.folded[:-2], tok.end - 2
    return tok.folded, tok.end


def known_first(folded: str, *, ambiguous_ok: bool) -> bool:
    """A first name of the gazetteer; hyphenated ones count when their parts are names ("jan-willem")."""
    names, ambiguous = lx.first_names(), lx.ambiguous_names()
    if folded in names or folded in ambiguous:
        return ambiguous_ok or folded not in ambiguous
    parts = [p for p in folded.split("-") if p]
    if len(parts) < 2 or not all(p in names or p in ambiguous for p in parts):
        return False
    return ambiguous_ok or any(p in names and p not in ambiguous for p in parts)


def known_surname(folded: str) -> bool:
    surnames = lx.surnames()
    return folded in surnames or ("-" in folded and any(p in surnames for p in folded.split("-") if p))


def _chat_name(tok: Token) -> bool:
    """A lower-case known first name that is no frequent word in our languages ("joaquin", not "lien")."""
    return (
        tok.text.islower()
        and len(tok.text) >= 4
        and known_first(tok.folded, ambiguous_ok=False)
        and tok.folded not in lx.word_like_names()
        and not blocked(tok.folded)
    )


def _chat_pair(first: Token, second: Token) -> bool:
    """Two lower-case words joined by "and"/"y"/"en" that are names: one a first name that is no frequent
    word, the other any known first name ("lukas und svenja", "daan en fleur", "carmela y joaquín")."""

    def any_first(tok: Token) -> bool:
        return (
            tok.text.islower()
            and len(tok.text) >= 3
            and known_first(tok.folded, ambiguous_ok=True)
            and tok.folded not in lx.all_stopwords()
        )

    def spelt_like_name(tok: Token) -> bool:  # "moritz und aleyna": a name no list knows
        return (
            tok.text.islower()
            and tok.text.isalpha()
            and len(tok.text) >= 4
            and not blocked(tok.folded)
            and tok.folded not in lx.word_like_names()
            and namelike.name_like(tok.folded, 0.5)
        )

    if (_chat_name(first) and any_first(second)) or (_chat_name(second) and any_first(first)):
        return True
    return (any_first(first) and spelt_like_name(second)) or (any_first(second) and spelt_like_name(first))


def _surname_like(folded: str) -> bool:
    """A known surname, or a word with a typical surname ending that is no ordinary word."""
    if known_surname(folded):
        return True
    return len(folded) >= 5 and folded.endswith(lx.SURNAME_ENDINGS) and not blocked(folded)


def _known_name(folded: str) -> bool:
    """A first name or surname of the lists that is no ordinary word."""
    return known_first(folded, ambiguous_ok=False) or known_surname(folded)


def name_shaped(words: list[Token]) -> bool:
    """Capitalised words that read as a full name although no list knows them all ("Dawit Tesfaye",
    "Priyanka Raghunathan", "Pino Ruiz"): two or three words, none a word-name or an ordinary word, each
    known or name-like by its letters, and one clearly so."""
    names = [t for t in words if t.folded not in PARTICLES]
    if names and _strip_possessive(names[-1])[1] != names[-1].end:  # "Szabó Zoltán's email"
        last = names[-1]
        cut = len(last.text) - 2
        names[-1] = Token(last.text[:cut], last.start, last.end - 2, _strip_possessive(last)[0])
    if not 2 <= len(names) <= 3 or any(t.folded in lx.ambiguous_names() or blocked(t.folded) for t in names):
        return False
    if any(t.text.isupper() or not t.text.isalpha() and "-" not in t.text for t in names):
        return False
    known = sum(_known_name(t.folded) for t in names[:-1]) + _surname_like(names[-1].folded)
    if known == len(names):
        return True
    # family name first ("Nagy Eszter", "Yamamoto Haruki"): a known surname, then a known first name
    if (
        len(names) == 2
        and known_surname(names[0].folded)
        and known_first(names[1].folded, ambiguous_ok=False)
    ):
        return True
    if not all(_known_name(t.folded) or namelike.name_like(t.folded, -0.3) for t in names):
        return False
    unknown = [namelike.score(t.folded) for t in names[:-1] if not _known_name(t.folded)]
    unknown += [] if _surname_like(names[-1].folded) else [namelike.score(names[-1].folded)]
    return sum(unknown) / len(unknown) > (0.0 if known else 0.2)


_INTRODUCTIONS = frozenset(
    tuple(p.split("+"))
    for p in [
        "my+name+is",
        "name+is",
        "this+is",
        "ich+bin",
        "mein+name+ist",
        "hier+ist",
        "je+m'appelle",
        "je+m’appelle",
        "m'appelle",
        "m’appelle",
        "ici",
        "me+llamo",
        "mi+nombre+es",
        "soy",
        "les+habla",
        "mijn+naam+is",
        "ik+ben",
        "met",
    ]
)
_ROLE_NOUNS = word_set(
    "chef cheffe boss lead owner colleague kollege kollegin collègue colega collega sponsor"
)


def _introduced(tokens: list[Token], i: int) -> bool:
    """After a self-introduction ("my name is", "ich bin", "je m'appelle", "me llamo", "ik ben")."""
    for size in (3, 2, 1):
        if i >= size and tuple(t.folded for t in tokens[i - size : i]) in _INTRODUCTIONS:
            return size > 1 or i == size or tokens[i - size - 1].text in (".", "!", "?", "\n", ",", ":")
    return False


def _place_noun(folded: str) -> bool:
    """A word that makes the name before it a place or an organisation ("offices", "team", "airport")."""
    return folded in lx.NON_PERSON_TAILS or (folded.endswith("s") and folded[:-1] in lx.NON_PERSON_TAILS)


def _places_ahead(tokens: list[Token], k: int) -> bool:
    """A place noun at ``tokens[k]``, or after "and" and one more capitalised word ("and Sydney offices")."""
    n = len(tokens)
    if k < n and _place_noun(tokens[k].folded):
        return True
    joined = k + 2 < n and tokens[k].folded in lx.COORDINATORS and is_cap(tokens[k + 1])
    return joined and _place_noun(tokens[k + 2].folded)


def _after_travel(tokens: list[Token], i: int) -> bool:
    """After a travel word and "to"/"nach"/"naar" ("Flight to Kuala Lumpur", "Train to Santa Cruz")."""
    return i >= 2 and tokens[i - 1].folded in _TRAVEL_TO and tokens[i - 2].folded in TRAVEL_WORDS


def _lone_noun(tokens: list[Token], i: int) -> bool:
    """A single word after a count or an article is a thing ("3 Tage", "the Will"), unless the count is part
    of a clock time or "1:1", or the article is the colloquial one before a known first name ("der Timo")."""
    if i == 0:
        return False
    prev = tokens[i - 1]
    if prev.text.isdigit():
        return not (i >= 2 and tokens[i - 2].text == ":")
    if prev.text.lower() not in DETERMINERS:
        return False  # not "à" (to), which folds to the article "a"
    if prev.text == "an" and known_first(tokens[i].folded, ambiguous_ok=False):
        return False  # the German "an" ("Bitte an Frauke weiterleiten"); "an" is rare before an English name
    if prev.text == "a" and known_first(tokens[i].folded, ambiguous_ok=False):
        # the Spanish personal "a", the German "an": a known first name closing the clause or before a
        # function word ("cubre a Joaquín esta semana", "Rückmeldung an Aylin."), not "a Jordan trip"
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None or not nxt.text.isalpha() or nxt.folded in lx.all_stopwords():
            return False
    if (
        prev.folded in _NAME_ARTICLES
        and prev.text.islower()
        and known_first(tokens[i].folded, ambiguous_ok=False)
    ):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        return not (nxt is not None and nxt.text.isalpha() and nxt.text.islower())
    return True


def _line_start(tokens: list[Token], i: int) -> bool:
    """At the start of a line, of a quoted line ("> "), or after a chat time stamp ("[10:42] ")."""
    return i == 0 or tokens[i - 1].text in ("\n", ">", "]")


def _checkbox_before(tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` follows a checklist box ("[ ] buddy:", "[x] laptop"): a label, not a speaker."""
    if i < 2 or tokens[i - 1].text != "]":
        return False
    inner = tokens[i - 2]
    return inner.text == "[" or (i >= 3 and tokens[i - 3].text == "[" and inner.folded in ("x", "✓", "v"))


def _signs_off(tokens: list[Token], k: int, names: frozenset[str]) -> bool:
    """Whether ``tokens[k]`` is one word ending the text after a closing formula, spelt like a name."""
    tok = tokens[k]
    rest = tokens[k + 1 :]
    if not tok.text.isalpha() or len(tok.text) < 3 or any(t.text[0].isalnum() for t in rest):
        return False
    if blocked(tok.folded) or tok.text.isupper() or tok.folded in lx.MONTHS:
        return False
    if tok.text.islower():
        return known_first(tok.folded, ambiguous_ok=True) or namelike.name_like(tok.folded, 0.0)
    return (
        tok.folded in names
        or known_first(tok.folded, ambiguous_ok=True)
        or namelike.name_like(tok.folded, -0.5)
    )


def _time_before(tokens: list[Token], close: int) -> bool:
    """Whether the brackets closing at ``tokens[close]`` hold a clock time ("[10:42]", "[Mo 09:05]")."""
    k = close - 1
    while k >= 0 and tokens[k].text not in ("[", "\n") and close - k < 8:
        if tokens[k].text == ":" and k >= 1 and tokens[k - 1].text.isdigit() and tokens[k + 1].text.isdigit():
            return True
        k -= 1
    return False


def _time_after(tokens: list[Token], k: int) -> int | None:
    """Index after a clock time at ``tokens[k]`` ("10:02 AM", "[2:14 PM]", "09:12"), or None."""
    n = len(tokens)
    bracket = k < n and tokens[k].text in ("[", "(")
    if bracket:
        k += 1
    if not (
        k + 2 < n and tokens[k].text.isdigit() and tokens[k + 1].text == ":" and tokens[k + 2].text.isdigit()
    ):
        return None
    k += 3
    if k < n and tokens[k].folded in ("am", "pm", "uhr", "h"):
        k += 1
    if bracket:
        if k >= n or tokens[k].text not in ("]", ")"):
            return None
        k += 1
    return k


def _lower_text(tokens: list[Token]) -> bool:
    """A text written in lower case: at least six words and no capitalised word but "I" and acronyms."""
    words = [t for t in tokens if t.text[0].isalpha()]
    caps = [t for t in words if t.text[0].isupper() and t.text != "I" and not t.text.isupper()]
    return len(words) >= 6 and not caps


def _clock_line_start(tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` follows a clock time that opens its line ("00:14:02 Rinchen Dorji:")."""
    k = i - 1
    seen = 0
    while k >= 0 and (tokens[k].text.isdigit() or tokens[k].text == ":") and seen < 6:
        k -= 1
        seen += 1
    return seen >= 3 and tokens[i - 2].text == ":"


def _after_initials(tokens: list[Token], i: int) -> int:
    """Index after initials at ``tokens[i]`` ("J.K. ", "A. ", "J. K. "); ``i`` if none."""
    k = i
    while (
        k + 1 < len(tokens)
        and len(tokens[k].text) == 1
        and tokens[k].text.isupper()
        and tokens[k + 1].text == "."
        and k - i < 6
    ):
        k += 2
    return k


def _name_with_initials(tokens: list[Token], i: int) -> int:
    """Index after a name of capitalised words with initials before ("J.K. Mensah") or after ("Svetlana K.")."""
    k = _after_initials(tokens, i)
    if k > i:
        return chain(tokens, k, 3) if chain(tokens, k, 3) > k else i
    end = chain(tokens, i, 4)
    initial = end > i and end + 1 < len(tokens) and len(tokens[end].text) == 1 and tokens[end].text.isupper()
    if initial and tokens[end + 1].text == "." and tokens[end].start == tokens[end - 1].end + 1:
        return end + 2
    return end


def _sentence_start(tokens: list[Token], i: int) -> bool:
    return i == 0 or tokens[i - 1].text in (".", "!", "?", "\n", ">", ":", ";", "(")


_NEXT_WORD = regex.compile(r"[ \t]*([\p{L}\p{M}][\p{L}\p{M}.'’-]*|&)")
_PREV_WORD = regex.compile(r"([\p{L}\p{M}]+)[ \t]*$")
# Articles before a single word make it a thing; not "a" (Spanish "llamar a Aitana") nor the particles of
# surnames ("van der Berg", "von dem Bach", "de Vries").
_ARTICLES = DETERMINERS - {"a", "de", "der", "den", "dem", "des", "van", "von"}
_GRATITUDE = word_set(
    "thanks thank thx cheers congrats congratulations welcome sorry merci danke gracias bedankt dank "
    "bravo felicitaciones félicitations glückwunsch gefeliciteerd"
)
_BE = word_set("is ist est es is = are sind sont son zijn was war était etait era fue")
# Colloquial German and Spanish put an article before a first name ("frag mal die gabi", "der Matthias
# meldet sich", "el pancho dice"): a known first name that is no word counts after these.
_NAME_ARTICLES = word_set("der die el la")
# Modal and perfect auxiliaries after a subject ("Bill will send", "Rose a validé", "Ketut will handle");
# "be" after them is left out ("Grant will be paid").
_SUBJECT_AUX = word_set(
    "will would can could should must shall has had wird kann muss soll hat a va doit peut ha puede debe va "
    "zal kan moet heeft won't can't hasn't hadn't didn't doesn't couldn't wouldn't shouldn't haven't "
    "won’t can’t hasn’t hadn’t didn’t doesn’t couldn’t wouldn’t shouldn’t haven’t"
)
# Titles that announce a person also in lower-case chat ("frau haberkorn", "mr okafor", "mevr jansen").
_LOWER_TITLES = word_set(
    "mr mrs ms herr herrn frau monsieur madame mme senor senora sr sra dhr mevr mevrouw meneer"
)
_NOT_AFTER_AUX = word_set("be been being not sein werden être etre ser estar zijn worden")
# Nouns of a timesheet or expense line before the person it was with ("appel Hinemoa", "call Gunnar").
_MEETING_NOUNS = word_set(
    "call calls appel appels llamada telko telefonat anruf gesprek belafspraak sync lunch dinner déjeuner "
    "dejeuner dîner diner comida cena almuerzo mittagessen abendessen 1:1 meeting réunion reunión"
)
# Before "to"/"from" these make the next capitalised words a place ("Flight to Kuala Lumpur").
TRAVEL_WORDS = word_set(
    "flight flights fly flying flew trip travel travelling traveling train drive ride taxi ticket tickets "
    "bus move moving relocate relocating relocation flug reise zug vol voyage train vuelo viaje vlucht reis"
)
_BOTH = word_set("both beide beiden tous toutes ambos ambas allebei allemaal")
_PLACE_PREPS = word_set(
    "in via near at around between nach aus in bei dans depuis vers en desde hacia naar uit bij"
)
# Lower-case words in a subject's slot that are no names ("did someone check", "both said", "hat jemand").
_INDEFINITE = word_set(
    "someone somebody anyone anybody everyone everybody nobody noone something anything already both also "
    "still just really only even maybe finally everything nothing "
    "jemand niemand etwas beide alle schon auch noch "
    "quelqu'un personne quelque chose tous déjà deja aussi encore "
    "alguien nadie algo ambos todos ya también tambien "
    "iemand niemand iets allebei allemaal ook nog "
    # discourse connectors that open a clause like a subject ("sinon demande à théo", "dann fragt er")
    "then otherwise else sonst dann danach sinon donc alors ensuite puis entonces luego pues sino dan daarna "
    "anders toen"
)
_COLLEAGUE = word_set(
    "colleague colleagues kollege kollegen kollegin collègue collegue colega compañero compañera companero "
    "companera collega"
    # family members in HR notes and field reports ("his daughter Sefa", "seine Frau Ilse")
    " daughter son wife husband brother sister mother father partner tochter sohn ehefrau ehemann bruder "
    "schwester mutter vater fille fils épouse epouse mari frère frere sœur soeur mère mere père pere hija "
    "hijo esposa esposo hermano hermana madre padre dochter zoon vrouw man broer zus moeder vader"
)
_CLEFT = word_set("c'est c’est it's it’s")


def _greeted_name(tok: Token) -> bool:
    """A single capitalised word a greeting may name: a known first name or a word spelt like a name."""
    if not (is_cap(tok) and tok.text.isalpha() and not tok.text.isupper()) or blocked(tok.folded):
        return False
    return known_first(tok.folded, ambiguous_ok=True) or namelike.name_like(tok.folded, 0.0)


_PATRONYMIC = word_set("ap ab ferch bin binti bint ibn")
_GREETINGS = word_set(
    "hi hello dear hey morning afternoon evening thanks hallo liebe lieber moin servus bonjour salut hola "
    "estimado estimada estimados hoi beste dag goedemorgen"
)
_CLITICS = word_set("lo la le los las les se")
_ES_PREPOSITIONS = word_set(
    "de del a al en con por para sin sobre entre desde hasta hacia según segun y o que"
)
_ASKING = word_set(
    "ping pinged pinging ask asked asking tell told telling remind reminded reminding nudge nudged dm message "
    "messaged cc"
)
_ASK_NEXT = word_set("re about if whether to for when and now too again")
_LET = word_set("let keep laat lass lasst")
_KNOW = word_set("know posted updated informed weten wissen")
_THANKS_TO = word_set("thanks thank kudos shoutout shout-out props cheers dank danke merci gracias")
# Words in -t after a first word that are not a finite verb ("Rose met ...", "Mark nicht").
_NOT_VERBS_T = word_set(
    "met mit dat wat het dit niet nicht tot nicht jetzt sonst selbst erst fast meist bist gut nett oft seit "
    "vast echt net best laatst liefst eigentlich gerade kurz bereits"
)
# What follows a subject in French or Spanish: an auxiliary, a frequent verb, "aussi"/"también".
_ROMANCE_SUBJECT_NEXT = word_set(
    "aussi a est sera était va fait peut doit prend reprend remplace vient confirme passe "
    "también tambien ha está esta va puede tiene revisa confirma dice dijo lleva viene será sera"
)
# Polite pronouns written with a capital ("bei Ihnen", "Ihr Team", "Usted").
_FORMAL_PRONOUNS = word_set("ihnen ihr ihre ihrem ihren ihrer ihres sie euch usted ustedes vous u uw")
_NEGATION = word_set("no ne n' n’")
_SELF = word_set("me i myself mich ich moi mí mi yo mij ik")
_PRONOUNS = word_set(
    "you me him her us ich du mich dich mir dir moi toi lui yo tú tu mí mi ik jij mij jou hem haar"
)
_TRAVEL_TO = word_set("to from in into nach naar a vers hacia")
# Words that open a subordinate clause, after which a lower-case name starts the clause ("of daan al
# terug is", "ob timo das macht", "si clémence a envoyé", "i think sunita has it").
_SUBORDINATORS = word_set(
    "if whether that ob dass wenn weil si que quand cuando porque of dat als omdat think guess reckon believe"
)
# What an HR note or a status line says of a person right after the name ("owusu on leave", "June is out
# until the 14th", "bongani ooo", "Kalani ab 14.4. weg"); one or two words, after an optional "is".
_ABSENT = frozenset(
    tuple(p.split("+"))
    for p in [
        "on+leave",
        "out",
        "ooo",
        "off",
        "sick",
        "away",
        "absent",
        "krank",
        "abwesend",
        "weg",
        "im+urlaub",
        "en+congé",
        "en+conge",
        "absente",
        "malade",
        "de+vacaciones",
        "de+baja",
        "ausente",
        "enfermo",
        "enferma",
        "met+verlof",
        "ziek",
        "afwezig",
        "op+vakantie",
        "on+site",
        "onsite",
        "on-site",
        "wfh",
        "on+holiday",
        "on+vacation",
        "pto",
        "en+télétravail",
        "en+teletravail",
        "im+homeoffice",
        "op+kantoor",
    ]
)
_IS = word_set("is ist est está esta is 's are sind sont son zijn están estan")


def _absent_after(tokens: list[Token], k: int) -> bool:
    """Whether an absence phrase starts at ``tokens[k]`` (after an optional "is"/"ist"/"est")."""
    if k < len(tokens) and tokens[k].folded in _IS:
        k += 1
    one = tokens[k].folded if k < len(tokens) else ""
    two = tokens[k + 1].folded if k + 1 < len(tokens) else ""
    if one in ("off", "out", "away") and two in ("to", "of", "the"):
        return False  # "off to a slow start", "out of scope"
    return (one,) in _ABSENT or (one, two) in _ABSENT


# Prepositions ending a clause with a lower-case name ("news de clémence ?", "gehoord van bram?").
_OF_FROM = word_set("of from von vom van de del")
_TO = word_set("to")
_TEAM_WORDS = word_set("team office center centre portal suite")


# "We use Oscar (the scheduling tool)": a name explained in parentheses as a thing.
_THING_APPOSITION = regex.compile(
    r"[ \t]*\((?:the|a|an|our|their|your|le|la|l'|l’|un|une|notre|el|la|un|una|nuestro|der|die|das|ein|eine|"
    r"unser|unsere|het|de|een|ons|onze)[ \t]+(?:[\p{L}\p{M}-]+[ \t]+){0,2}?"
    r"(?:tool|tools|system|app|application|platform|software|product|module|bot|service|suite|portal|"
    r"database|server|solution|tracker|outil|logiciel|plateforme|herramienta|sistema|plataforma|"
    r"programa|werkzeug|plattform|anwendung|systeem|applicatie|platform|pakket|programma)\b",
    regex.IGNORECASE,
)


def company_context(text: str, start: int, end: int) -> bool:
    """A name inside a company's name: before a company form or a business noun ("Hoffmann Bau GmbH",
    "Santiago Ports SA", "Patel & Co") or after "Groupe"/"Stichting"; a product explained in parentheses
    ("Oscar (the scheduling tool)")."""
    if _THING_APPOSITION.match(text, end):
        return True
    pos = end
    for _ in range(3):  # "Morgan [Stanley] Ventures": up to two more capitalised words before the tail
        m = _NEXT_WORD.match(text, pos)
        if m is None:
            break
        word = m.group(1)
        if word == "&" or word in lx.ORG_SUFFIXES or word.rstrip(".") in lx.ORG_SUFFIXES:
            return True
        folded = fold_str(word.rstrip("."))
        if folded in lx.NON_PERSON_TAILS or folded.endswith(lx.COMPANY_WORD_ENDINGS):
            return True
        if not word[0].isupper() or word.endswith(".") or blocked(folded) or pos != end and word == "&":
            break
        pos = m.end()
    words = text[start:end].split()
    if len(words) > 1 and fold_str(words[0]) in lx.ORG_INDICATORS:
        return True  # "con Constructora Reyes": the company word is inside the span
    m = _PREV_WORD.search(text, max(0, start - 40), start)
    if m is None or not m.group(1)[0].isupper():
        return False
    before = fold_str(m.group(1))  # "Groupe Aurore", "Laboratoires Garnier", "Construcciones Herrera"
    return before in lx.ORG_INDICATORS or (before in lx.NON_PERSON_TAILS and before not in _TEAM_WORDS)


_IN_BEFORE = regex.compile(
    r"(?:([\p{L}\p{M}'’]+)[ \t]+)?(?<![\p{L}\p{M}])[Ii]n[ \t]+"
    r"(?:(?:\p{Lu}[\p{L}\p{M}-]*,?[ \t]+){1,4}(?:and|und|en|et|y|or|&)[ \t]+)?$"  # "in Fort Worth and X"
)
# Verbs whose particle "in" brings a person in ("loop in Hyejin", "cc'd in Anouk", "fill in Marta").
_IN_VERBS = word_set(
    "loop looped looping fill filled filling bring brought bringing cc cc'd copy copied copying keep kept "
    "rope roped roping pull pulled pulling let include included call called dial dialled dialed sign signed "
    "check checked log logged bellen"
)


def place_after_in(text: str, start: int, end: int) -> bool:
    """A name right after "in" is a place ("workshops in Fort Worth", "Kickoff in Charlotte"), unless "in"
    is a verb's particle ("loop in Hyejin") or the name owns something ("in Charlotte's absence")."""
    if text[end : end + 2] in ("'s", "’s") or text[end : end + 1] in ("'", "’"):
        return False
    m = _IN_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    return m.group(1) is None or fold_str(m.group(1)) not in _IN_VERBS


def said_after(text: str, end: int) -> bool:
    """Whether a lower-case verb of saying follows ``end`` ("kees zei dat", "chance said no")."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).islower() and fold_str(m.group(1)) in lx.STRONG_VERBS


def article_before_word(text: str, start: int, end: int) -> bool:
    """A single word after an article is a thing ("the Jordan trip", "the Patel account"), not a person."""
    if any(ch.isspace() for ch in text[start:end]):
        return False
    m = _PREV_WORD.search(text, max(0, start - 20), start)
    return m is not None and fold_str(m.group(1)) in _ARTICLES


_AFTER_WORD = regex.compile(r"['’]?[\p{L}\p{M}]*[ \t]*([\p{L}\p{M}]+|[^\s\p{L}\p{M}]|$)")


def word_name_used_as_word(text: str, start: int, end: int) -> bool:
    """A single name that is also a word ("Grant", "Penny") followed by a lower-case word that is no verb of
    a person: "Grant money", "Penny wise" (but "Grant approved", "Grant's", "Grant, can you")."""
    surface = text[start:end]
    if any(ch.isspace() for ch in surface) or fold_str(surface) not in lx.ambiguous_names():
        return False
    if text[end : end + 1] in ("'", "’"):
        return False  # a possessive
    m = _AFTER_WORD.match(text, end)
    if m is None or not m.group(1)[:1].isalpha():
        return False  # punctuation or the end: a name standing alone
    word = m.group(1)
    folded = fold_str(word)
    if word[0].isupper():
        return False  # "Grant Wilson"
    if folded in lx.COMM_VERBS or folded in lx.COORDINATORS or folded in _FROM or folded in _AUXILIARIES:
        return False
    return not (folded.endswith("ed") and len(folded) > 4)  # English past tense: "Frank logged 12 hours"


def _outermost(spans: list[Span]) -> list[Span]:
    """Drop spans that lie inside a longer one ("Hui Wong" inside "Li Hui Wong")."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and out[-1].start <= span.start and span.end <= out[-1].end:
            continue
        out.append(span)
    return out


class PersonRecognizer:
    name: str = "person_rules"
    kinds: tuple[str, ...] = ("PERSON",)

    def find(self, text: str, lang: str) -> Iterator[Span]:
        tokens = tokenize(text)
        # whole names of an attendee list, a chat export or a form win over their parts
        listed = _outermost([*self._listed(tokens), *self._layout(tokens), *self._parenthesised(tokens)])
        spans = listed + [
            span
            for span in (*self._rules(tokens), *self._signatures(tokens), *self._greeted(tokens))
            if not any(span.start < other.end and other.start < span.end for other in listed)
        ]
        spans += self._context(tokens, spans, lang)
        for span in _outermost(spans):
            if place_after_in(text, span.start, span.end):
                continue  # "workshops in Fort Worth"
            if not company_context(text, span.start, span.end):
                yield span
                continue
            # "Anh Tran de Pho Saigon Imports": the person ends before the particle that starts the company
            inner = [t for t in tokens if span.start < t.start < span.end and t.folded in PARTICLES]
            if inner:
                end = max(t.end for t in tokens if span.start <= t.start and t.end < inner[-1].start)
                yield Span(span.start, end, span.kind, span.score, span.recognizer, span.canonical)

    def _rules(self, tokens: list[Token]) -> Iterator[Span]:
        names = lx.first_names()
        ambiguous = lx.ambiguous_names()
        n = len(tokens)
        i = 0
        while i < n:
            tok = tokens[i]
            nxt = i + 1
            if tok.text in ",:" or tok.text == "\n":
                i += 1
                continue
            # (a) title: "Herr Vöhringer", "Mme Dubois", "Dr. Anna Weber"
            dotted = nxt < n and tokens[nxt].text == "." and len(tok.text) >= 2  # "dhr. Boateng"
            if tok.folded in lx.TITLES and (is_cap(tok) or len(tok.text) >= 4 or dotted):
                k = nxt + 1 if nxt < n and tokens[nxt].text == "." else nxt
                if tok.folded == "m" and k == nxt:
                    i += 1
                    continue
                end = chain(tokens, k, 3)
                if end == k and k < n and is_cap(tokens[k]) and tokens[k].folded in lx.NON_PERSON_TAILS:
                    end = max(k + 1, chain(tokens, k + 1, 2))  # "Mr Park Ji-hoon": a surname that is a word
                if end > k:
                    yield self._span(tokens, k, end, 0.85)
                    i = end
                    continue
                lower = tokens[k] if k < n else None
                if (
                    tok.text.islower()
                    and tok.folded in _LOWER_TITLES
                    and lower is not None
                    and lower.text.isalpha()
                    and lower.text.islower()
                    and len(lower.text) >= 3
                    and not blocked(lower.folded)
                ):
                    yield self._span(tokens, k, k + 1, 0.6)  # chat: "mit der frau haberkorn telefoniert"
                    i = k + 1
                    continue
            # (b) greeting or role: "Hi Sophie", "Ansprechpartner: Jan de Vries", "Thanks, Mark"
            if tok.folded in lx.PERSON_CUES or tok.folded in CLOSINGS:
                k = nxt
                while k < n and tokens[k].text in ",:-":
                    k += 1
                end = chain(tokens, k, 3)
                if end > k and (tok.folded in lx.PERSON_CUES or tokens[k].folded in names):
                    yield self._span(tokens, k, end, 0.8)
                    i = end
                    continue
                # "Merci Adjovi,", "Thanks Rashida!": a word spelt like a name, alone before , ! or a line end
                closed = end == k + 1 and (end >= n or tokens[end].text in (",", "!", "\n"))
                if closed and tokens[k].text.isalpha() and namelike.name_like(tokens[k].folded):
                    yield self._span(tokens, k, end, 0.65)
                    i = end
                    continue
                # the text ends with a closing and one word: the writer's name ("Groet, Willemijn",
                # "groetjes noor"), spelt like a name or a known first name also in lower case
                if tok.folded in CLOSINGS and k < n and _signs_off(tokens, k, names):
                    yield self._span(tokens, k, k + 1, 0.6)
                    i = k + 1
                    continue
            # (c) hand-over: "approved by Grant Wilson", "met with Sophie", "freigegeben von Herrn X"
            handle = (
                nxt + 2 < n and tokens[nxt + 1].text == "." and tokens[nxt + 2].start == tokens[nxt + 1].end
            )
            handle = handle and tokens[nxt + 1].start == tokens[nxt].end and tokens[nxt + 2].text.isalpha()
            if (
                tok.folded in lx.PERSON_BY_CUES
                and handle
                and tokens[nxt].text.islower()
                and tokens[nxt + 2].text.islower()
            ):
                yield self._span(tokens, nxt, nxt + 3, 0.6)  # "reverted by a.rahman", "with j.doe"
                i = nxt + 3
                continue
            if tok.folded in lx.PERSON_BY_CUES and nxt < n:
                end = chain(tokens, nxt, 3)
                if end > nxt:
                    first = tokens[nxt].folded
                    name_words = sum(1 for t in tokens[nxt:end] if t.folded not in PARTICLES)
                    # "re-run by Kamalesh": one word no list knows, spelt like a name
                    # a lower bar when the name closes the text ("Dossier suivi par Lenaïg.")
                    closes = all(not t.text[0].isalnum() for t in tokens[end:])
                    bar = -0.1 if closes else 0.25
                    spelt = end == nxt + 1 and tokens[nxt].text.isalpha() and namelike.name_like(first, bar)
                    if (first in names and not tokens[nxt].text.isupper()) or name_words >= 2 or spelt:
                        end = _name_with_initials(tokens, nxt)  # "comment by Batbayar G.:"
                        yield self._span(tokens, nxt, end, 0.7)
                        i = end
                        continue
                elif _lowercase_name(tokens[nxt], names, ambiguous):
                    yield self._span(tokens, nxt, nxt + 1, 0.6)  # "met with sophie"
                    i = nxt + 1
                    continue
            # (d) gazetteer: "Wiebke Janssen", "Sophie confirmed", "Grant Wilson" (ambiguous: surname needed)
            known = is_cap(tok) and known_first(tok.folded, ambiguous_ok=True) and not tok.text.isupper()
            if known and not _after_travel(tokens, i):
                end = chain(tokens, i, 4)
                if end == i + 1 and _places_ahead(tokens, end):
                    i += 1  # "the Sydney offices", "Jordan and Sydney offices": places or teams
                    continue
                lone_noun = _lone_noun(tokens, i)
                if end > i and not (end - i == 1 and lone_noun):
                    if known_first(tok.folded, ambiguous_ok=False):
                        yield self._span(tokens, i, end, 0.75 if end - i > 1 else 0.6)
                        i = end
                        continue
                    if end - i > 1 and tokens[i + 1].folded not in ambiguous:
                        yield self._span(tokens, i, end, 0.7)
                        i = end
                        continue
            # (e) mentions: "@sophie.martin" (not the "@" inside an e-mail address)
            if _mention(tokens, i):
                end = nxt + 1
                while end + 1 < n and tokens[end].text in "._" and tokens[end + 1].start == tokens[end].end:
                    end += 2
                yield self._span(tokens, nxt, end, 0.7)
                i = end
                continue
            i += 1

    def _signatures(self, tokens: list[Token]) -> Iterator[Span]:
        """A line of 1-3 capitalised words right after a line ending with a closing formula."""
        lines: list[list[int]] = [[]]
        for idx, tok in enumerate(tokens):
            if tok.text == "\n":
                lines.append([])
            else:
                lines[-1].append(idx)
        lines = [line for line in lines if line]  # "Sincerely,\n\nLeilani Kahananui": blank lines between
        for prev, line in zip(lines, lines[1:], strict=False):
            words = [tokens[k].folded for k in prev if tokens[k].text[0].isalpha()]
            if not words or words[-1] not in CLOSINGS and not (len(words) <= 4 and CLOSINGS & set(words)):
                continue
            start = line[0]
            end = chain(tokens, start, 3)
            rest = [k for k in line if k >= end]
            if end > start and (not rest or tokens[rest[0]].text in ",|-–("):
                yield self._span(tokens, start, end, 0.8)

    # --- context cues (names no gazetteer rule announces) -------------------------------------------------
    def _context(self, tokens: list[Token], found: list[Span], lang: str = "") -> list[Span]:
        """Names announced by what surrounds them: a role in parentheses, a verb of communication, a mail
        header or quote line, a possessive, a chat cue ("w/ olu", "ask kwame"), "X and Y" after a person.
        Lower-case words count only if they are known first names in such a context."""
        n = len(tokens)
        taken = [False] * n
        person_at: set[int] = set()
        by_start = {t.start: k for k, t in enumerate(tokens)}
        by_end = {t.end: k for k, t in enumerate(tokens)}

        def mark(span: Span) -> None:
            k = by_start.get(span.start)
            while k is not None and k < n and tokens[k].start < span.end:
                taken[k] = True
                k += 1
            if span.start in by_start:
                person_at.add(by_start[span.start])
            last = by_end.get(span.end)
            if last is not None:
                person_at.add(last)

        for span in found:
            mark(span)
        out: list[Span] = []
        i = 0
        while i < n:
            if taken[i] or not tokens[i].text[0].isalpha():
                i += 1
                continue
            got = (
                self._cued(tokens, i, person_at)
                or self._clause_subject(tokens, i, lang)
                or self._slot(tokens, i)
                or self._pinged(tokens, i)
                or self._verb_first(tokens, i, lang)
            )
            if got is None:
                i += 1
                continue
            end, span_end, score = got
            span = Span(tokens[i].start, span_end, "PERSON", score, self.name)
            out.append(span)
            mark(span)
            i = end
        # a second pass: "Joy and Dawn", "Daisy, Iris and Holly" once the last one is known
        for k in range(n - 1, -1, -1):
            if not tokens[k].text[0].isalpha():
                continue
            joined_end = self._coordinated(tokens, k, person_at)
            if joined_end is not None and joined_end < 0:  # a full name tokens[j..k]
                j = -joined_end - 1
                if all(taken[j : k + 1]) and j in person_at:
                    continue  # already found whole
                # scored above the gazetteer so that the whole name wins over a part found before
                span = Span(tokens[j].start, tokens[k].end, "PERSON", 0.8, self.name)
                out.append(span)
                mark(span)
            elif joined_end is not None and not taken[k]:
                span = Span(tokens[k].start, joined_end, "PERSON", 0.6, self.name)
                out.append(span)
                mark(span)
        return out

    def _greeted(self, tokens: list[Token]) -> Iterator[Span]:
        """Everyone a greeting names: "Hello Marley, Reese, see below", "Dear Marley & Reese,", "Hi both -
        Marley and Reese", "Morning Tanvi, Ollie - quick one": single capitalised words joined by commas,
        "&" or "and", the list closed by a comma, a dash, "!" or the line end."""
        n = len(tokens)
        for g, cue in enumerate(tokens):
            if cue.folded not in _GREETINGS or not (g == 0 or tokens[g - 1].text in ("\n", ".", "!", "(")):
                continue
            k = g + 1
            while k < n and (tokens[k].folded in ADDRESSEES or tokens[k].text in (",", "-", "–", ":")):
                k += 1  # "Hi both -", "Hello all,"
            items: list[int] = []
            while k < n and _greeted_name(tokens[k]):
                items.append(k)
                k += 1
                joined = k < n and (tokens[k].text in (",", "&") or tokens[k].folded in lx.COORDINATORS)
                if joined and k + 1 < n and _greeted_name(tokens[k + 1]):
                    k += 1
                    continue
                break
            closed = k >= n or tokens[k].text in (",", "-", "–", "!", ":", "\n", ")")
            if len(items) >= 2 and closed:
                for j in items:
                    yield self._span(tokens, j, j + 1, 0.65)

    @staticmethod
    def _verb_first(tokens: list[Token], i: int, lang: str) -> tuple[int, int, float] | None:
        """The Spanish subject after its verb, an object pronoun opening the clause: "Lo lleva Ainhoa",
        "La factura la revisa Remedios." (not "de la empresa Serrano": a preposition before)."""
        if lang != "es" or i < 2:
            return None
        tok, verb, clitic = tokens[i], tokens[i - 1], tokens[i - 2]
        if not is_cap(tok) or tok.text.isupper() or not tok.text.isalpha() or blocked(tok.folded):
            return None
        if clitic.text.lower() not in _CLITICS or not (verb.text.isalpha() and verb.text.islower()):
            return None
        if verb.folded in lx.all_stopwords():
            return None
        before = tokens[i - 3] if i >= 3 else None
        opens = before is None or before.text in (".", "!", "?", "\n", ",", ";", ":")
        after_noun = (
            before is not None
            and clitic.text.islower()
            and before.text.isalpha()
            and before.text.islower()
            and before.folded not in _ES_PREPOSITIONS
        )
        if not (opens or after_noun):
            return None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and is_cap(nxt):
            return None  # "Lo lleva Transportes Ruiz": a firm goes on
        spelt = known_first(tok.folded, ambiguous_ok=True) or namelike.name_like(tok.folded, 0.3)
        return (i + 1, tok.end, 0.55) if spelt else None

    @staticmethod
    def _pinged(tokens: list[Token], i: int) -> tuple[int, int, float] | None:
        """A lower-case first name that is also a word, after a chat cue of asking and closing its clause
        ("can someone ping faith?", "ask grace re the rate", "tell joy if it changes")."""
        tok = tokens[i]
        n = len(tokens)
        if i == 0 or not tok.text.islower() or not tok.text.isalpha() or len(tok.text) < 3:
            return None
        if tokens[i - 1].folded not in _ASKING or not known_first(tok.folded, ambiguous_ok=True):
            return None
        if tok.folded in lx.all_stopwords() or tok.folded in lx.MONTHS or blocked(tok.folded):
            return None
        nxt = tokens[i + 1] if i + 1 < n else None
        closes = nxt is None or nxt.text in ("?", "!", ".", ",", ";", "\n") or nxt.folded in _ASK_NEXT
        return (i + 1, tok.end, 0.55) if closes else None

    @staticmethod
    def _slot(tokens: list[Token], i: int) -> tuple[int, int, float] | None:
        """A capitalised word in a slot only a person fills: "let Yaw know", "keep Ines posted", "thanks to
        Femi for covering", "Hunter and Sky are both on leave"."""
        n = len(tokens)
        tok = tokens[i]
        if not is_cap(tok) or tok.text.isupper() or not tok.text.isalpha() or i + 1 >= n:
            return None
        if blocked(tok.folded) or tok.folded in lx.TEAM_WORDS or tok.folded in lx.MONTHS:
            return None
        prev, nxt = tokens[i - 1] if i else None, tokens[i + 1]
        spelt = known_first(tok.folded, ambiguous_ok=True) or namelike.name_like(tok.folded, -0.5)
        if prev is not None and prev.folded in _LET and nxt.folded in _KNOW and spelt:
            return i + 1, tok.end, 0.6
        # not "Thanks to Covid, prices rose": thanked for something
        thanked = prev is not None and prev.folded == "to" and i >= 2 and tokens[i - 2].folded in _THANKS_TO
        if thanked and spelt and (nxt.folded in ("for", "and") or nxt.text == "!"):
            return i + 1, tok.end, 0.6
        # "Hunter and Sky are both on leave": two first names before "both"
        if (
            i + 3 < n
            and nxt.folded in lx.COORDINATORS
            and is_cap(tokens[i + 2])
            and known_first(tok.folded, ambiguous_ok=True)
            and known_first(tokens[i + 2].folded, ambiguous_ok=True)
            and not blocked(tokens[i + 2].folded)
            and (
                tokens[i + 3].folded in _BOTH
                or (tokens[i + 3].folded in _IS and i + 4 < n and tokens[i + 4].folded in _BOTH)
            )
        ):
            return i + 1, tok.end, 0.6
        return None

    @staticmethod
    def _clause_subject(tokens: list[Token], i: int, lang: str) -> tuple[int, int, float] | None:
        """A first name that is also a word, opening a clause before its verb: "Fleur neemt het over",
        "Roos heeft de offerte verstuurd, Mark belt vrijdag", "Bonjour à tous, Pierre aussi sera absent";
        and action items of two names ("Jack and Mei to review the timesheets")."""
        n = len(tokens)
        tok = tokens[i]
        if i + 1 >= n or tok.text.isupper() or not tok.text.isalpha() or blocked(tok.folded):
            return None
        prev = tokens[i - 1] if i else None
        nxt = tokens[i + 1]
        if tok.text.islower():
            # chat: a known first name that is no ordinary word ("jesse wacht nog", "vraag aan bas of hij")
            if (
                len(tok.text) < 3
                or not known_first(tok.folded, ambiguous_ok=True)
                or lang not in ("nl", "de")
            ):
                return None
            if prev is not None and prev.folded in _FOR_TO and nxt.folded in _SUBORDINATORS:
                return i + 1, tok.end, 0.55  # "vraag aan noor of ze": also a name that is a word
            if not known_first(tok.folded, ambiguous_ok=False):
                return None
            clause = prev is None or prev.text in (".", "!", "?", "\n", ",", ";", ":")
            finite = len(nxt.text) >= 3 and nxt.text.islower() and nxt.folded.endswith("t")
            if clause and finite and nxt.folded not in _NOT_VERBS_T and not nxt.folded.startswith("ge"):
                return i + 1, tok.end, 0.55
            return None
        if not is_cap(tok):
            return None
        if not known_first(tok.folded, ambiguous_ok=True):
            # "Moin, Hauke hat die Rechnung geprüft": a word no list knows, spelt clearly like a name, the
            # subject of a Dutch or German clause after a greeting or a comma (not a noun opening a text)
            # subject of a Dutch or German clause after a greeting or a comma; opening a sentence (where
            # German nouns stand too) only when spelt very clearly like a name ("Tjark übernimmt ab Montag")
            opens = prev is not None and prev.text in (",", ";") and i >= 2
            sentence = prev is None or prev.text in (".", "!", "?", "\n")
            bar = 0.3 if opens else 0.6
            spelt = (
                len(tok.text) >= 4 and namelike.name_like(tok.folded, bar) and tok.folded not in lx.TEAM_WORDS
            )
            if (
                lang in ("fr", "es")
                and opens
                and spelt
                and nxt.text.lower() in _ROMANCE_SUBJECT_NEXT | _NEGATION
            ):
                return i + 1, tok.end, 0.55  # "Quedamos el jueves; Xabi no puede"
            if not (lang in ("nl", "de") and (opens or sentence) and spelt):
                return None
            finite = len(nxt.text) >= 3 and nxt.text.islower() and nxt.folded.endswith("t")
            finite = finite and nxt.folded not in _NOT_VERBS_T and not nxt.folded.startswith("ge")
            return (i + 1, tok.end, 0.55) if finite and not nxt.folded.endswith("iert") else None
        if (  # "Jack and Mei to review": the second of them
            prev is not None
            and prev.folded in lx.COORDINATORS
            and i + 2 < n
            and nxt.folded in _TO
            and tokens[i + 2].text.isalpha()
            and tokens[i + 2].text.islower()
            and i >= 2
            and is_cap(tokens[i - 2])
            and known_first(tokens[i - 2].folded, ambiguous_ok=True)
            and (i == 2 or tokens[i - 3].text in (".", "!", "?", "\n", ",", ";", ":", "-", "–"))
        ):
            return i + 1, tok.end, 0.6
        if tok.folded in lx.MONTHS or (
            prev is not None and prev.text not in (".", "!", "?", "\n", ",", ";", ":", "-", "–")
        ):
            return None
        # "Jack and Mei to review": two first names, then "to" and a verb, opening a line or an item
        if (
            i + 4 < n
            and nxt.folded in lx.COORDINATORS
            and is_cap(tokens[i + 2])
            and known_first(tokens[i + 2].folded, ambiguous_ok=True)
            and not blocked(tokens[i + 2].folded)
            and tokens[i + 3].folded in _TO
            and tokens[i + 4].text.isalpha()
            and tokens[i + 4].text.islower()
        ):
            return i + 1, tok.end, 0.6
        if not (nxt.text.isalpha() and nxt.text.islower()) or _places_ahead(tokens, i + 1):
            return None
        if lang in ("nl", "de"):
            # the finite verb in second place ends in -t in the third person ("neemt", "belt", "klärt")
            verb = len(nxt.text) >= 3 and nxt.folded.endswith("t") and nxt.folded not in _NOT_VERBS_T
            # not a German participle ("Kurz notiert", "Gut gemacht")
            verb = verb and not (
                lang == "de" and (nxt.folded.startswith("ge") or nxt.folded.endswith("iert"))
            )
        elif lang in ("fr", "es"):
            verb = nxt.text.lower() in _ROMANCE_SUBJECT_NEXT  # not "Grace à toi" (grâce à)
        else:
            return None
        return (i + 1, tok.end, 0.6) if verb else None

    def _cued(self, tokens: list[Token], i: int, person_at: set[int]) -> tuple[int, int, float] | None:
        """(index after the name, end offset, score) if a cue announces a name at ``tokens[i]``."""
        tok = tokens[i]
        n = len(tokens)
        prev = tokens[i - 1] if i else None
        if tok.text.islower():
            return self._lowercase(tokens, i, person_at)
        if len(tok.text) == 1 and i + 2 < n and tokens[i + 1].text == ".":  # "A. Okafor", "J.K. Mensah"
            k = _after_initials(tokens, i)
            if k >= n or k == i:
                return None
            nxt = tokens[k]
            cued = prev is not None and (prev.folded in lx.PERSON_BY_CUES or prev.folded in lx.TITLES)
            if is_cap(nxt) and not blocked(nxt.folded) and (known_surname(nxt.folded) or cued):
                return k + 1, nxt.end, 0.65
            return None
        if not is_cap(tok) or tok.text.isupper():
            return None
        base, base_end = _strip_possessive(tok)
        if base_end != tok.end:  # "Rose's comments", "Katarzyna's notes"
            if (known_first(base, ambiguous_ok=True) or known_surname(base)) and not blocked(base):
                return i + 1, base_end, 0.65
            # "Per Jóhannsson's note": a word no list knows, spelt clearly like a name, not opening a sentence
            spelt = base.isalpha() and len(base) >= 4 and namelike.name_like(base, 0.4) and not blocked(base)
            if spelt and not _sentence_start(tokens, i) and base not in lx.TEAM_WORDS:
                return i + 1, base_end, 0.6
            return None
        if (
            tok.folded in lx.ambiguous_names()
            and i + 2 < n
            and tokens[i + 1].folded in _TO
            and tokens[i + 2].text.islower()
            and (_line_start(tokens, i) or (prev is not None and prev.text in ",;:-"))
        ):
            return i + 1, tok.end, 0.6  # action items: "Will to confirm the rate", "Mark to send it"
        if (
            tok.folded in lx.ambiguous_names()
            and (i == 0 or prev is not None and prev.text in (".", "!", "?", "\n"))
            and i + 1 < n
            and tokens[i + 1].folded in _IS
            and _absent_after(tokens, i + 1)
        ):
            return i + 1, tok.end, 0.6  # "June is out until the 14th": a word-name in a status line
        end = chain(tokens, i, 4)
        if end == i:
            return self._modal_first_name(tokens, i)
        words = tokens[i:end]
        after = tokens[end] if end < n else None
        first_ok = known_first(words[0].folded, ambiguous_ok=True)
        strict_first = known_first(words[0].folded, ambiguous_ok=False)
        surname = any(known_surname(t.folded) for t in words[1:]) or (
            len(words) == 1 and known_surname(words[0].folded)
        )
        # a patronymic: a known first name after "ap", "ferch", "bin", "binti", "ibn" ("Dafydd ap Rhys")
        surname = surname or any(
            a.folded in _PATRONYMIC and known_first(b.folded, ambiguous_ok=False)
            for a, b in zip(words[1:], words[2:], strict=False)
        )
        lone_noun = _lone_noun(tokens, i)
        if end == i + 1 and _places_ahead(tokens, end):
            return None  # "Jordan and Sydney offices"
        if _after_travel(tokens, i):
            return None  # "Flight to Kuala Lumpur", "Zug nach Bad Homburg": a place
        # "an den Kollegen Gärtner", "à notre collègue Hoarau": a capitalised word after "colleague"
        colleague = prev is not None and prev.folded in _COLLEAGUE and end == i + 1 and tok.text.isalpha()
        if colleague and not blocked(tok.folded) and tok.folded not in lx.TEAM_WORDS:
            return end, tok.end, 0.6
        # "en attente : retour de Loïc", "respuesta de Rigoberto": a first name after "of" closing the line
        of_name = end == i + 1 and prev is not None and prev.folded in _OF_FROM and prev.text.islower()
        closes = after is None or after.text in ("\n", ".", "!", "?", ";", ",")
        if (
            of_name
            and closes
            and known_first(tok.folded, ambiguous_ok=False)
            and tok.folded not in lx.word_like_names()
        ):
            return end, tok.end, 0.55
        # "loop in Hyejin", "spoke to Iolana": a two-word chat cue before a word spelt like a name
        pair_cue = i >= 2 and prev is not None and (tokens[i - 2].folded, prev.folded) in lx.CHAT_CUE_PAIRS
        pair_cue = pair_cue and end == i + 1 and tok.text.isalpha() and not blocked(tok.folded)
        if pair_cue and (known_first(tok.folded, ambiguous_ok=False) or namelike.name_like(tok.folded, 0.0)):
            return end, tok.end, 0.6
        # "called Tevita re the generator", "ask Kalinda if": a chat cue before a word spelt like a name
        chat_cue = prev is not None and prev.folded in lx.CHAT_CUES and prev.text.islower()
        chat_cue = chat_cue and end == i + 1 and tok.text.isalpha() and not blocked(tok.folded)
        # a lower bar when no capitalised word follows (a firm's name goes on: "called Vodafone Business")
        bar = 0.25 if after is not None and is_cap(after) else 0.0
        if chat_cue and tok.folded not in lx.TEAM_WORDS and namelike.name_like(tok.folded, bar):
            return end, tok.end, 0.6
        # "sent it to you + Mele", "me and Tavita": a capitalised word joined to a personal pronoun
        pronoun = (
            i >= 2
            and prev is not None
            and prev.folded in lx.COORDINATORS
            and tokens[i - 2].folded in _PRONOUNS
        ) or (  # "dinner for Ngaio and me"
            end + 1 < n and tokens[end].folded in lx.COORDINATORS and tokens[end + 1].folded in _SELF
        )
        if (
            pronoun
            and end == i + 1
            and tok.text.isalpha()
            and not blocked(tok.folded)
            and tok.folded not in lx.TEAM_WORDS
        ) and (namelike.name_like(tok.folded, -0.5) or known_first(tok.folded, ambiguous_ok=True)):
            return end, tok.end, 0.6
        if end == i + 1 and self._cap_pair(tokens, i):
            return end, tok.end, 0.55
        # "signalé à Killian.", "Terugkoppeling aan Jelmer gedaan": one word after "to", inside a sentence
        to_one = (
            end == i + 1
            and prev is not None
            and prev.folded in lx.TO_CUES
            and prev.folded != "from"  # "from Sydney": a place as often as a person
            and tok.folded not in lx.ambiguous_names()
            and prev.text.islower()
            and i >= 2
            and tokens[i - 2].text[:1].isalpha()
            and tok.text.isalpha()
            and not blocked(tok.folded)
            and tok.folded not in lx.TEAM_WORDS
            and not lone_noun
        )
        if to_one and (known_first(tok.folded, ambiguous_ok=False) or namelike.name_like(tok.folded, 0.5)):
            return end, tok.end, 0.55
        # "Interviewers: Arash, Meenakshi": the next item of a comma list after a person
        item = (
            end == i + 1
            and prev is not None
            and prev.text == ","
            and i - 2 in person_at
            and (after is None or after.text in (",", "\n", ";", ".") or after.folded in lx.COORDINATORS)
            and tok.text.isalpha()
            and not blocked(tok.folded)
            and tok.folded not in lx.TEAM_WORDS
        )
        if item and (known_first(tok.folded, ambiguous_ok=False) or namelike.name_like(tok.folded, 0.0)):
            return end, tok.end, 0.55
        shaped = len(words) >= 2 and name_shaped(words)
        strong = self._strong_cue(tokens, i, end) or _introduced(tokens, i)
        # "validé par le chef de projet, Anselme.": a name in apposition after a role, closing the clause
        apposition = (
            prev is not None
            and prev.text == ","
            and any(
                t.folded in lx.ROLE_WORDS or t.folded in _ROLE_NOUNS for t in tokens[max(0, i - 5) : i - 1]
            )
            and (after is None or after.text in (".", "!", ";"))  # not a signature's "Role, Company" line
        )
        strong = strong or apposition
        verb = after is not None and after.folded in lx.COMM_VERBS
        strong_verb = after is not None and after.folded in lx.STRONG_VERBS
        vocative = (
            after is not None
            and after.text == ","
            and end + 1 < n
            and tokens[end + 1].folded in _VOCATIVE_NEXT
            and _sentence_start(tokens, i)
        )
        from_team = (
            after is not None and after.folded == "from" and end + 1 < n and tokens[end + 1].text.islower()
        )
        span_end = words[-1].end
        row = after is not None and after.text in ("|", "\t") and _line_start(tokens, i)  # a table row
        speaker = after is not None and after.text == ":" and _line_start(tokens, i) and first_ok
        to_cue = prev is not None and prev.folded in lx.TO_CUES
        # "the manager is Bisi", "Ansprechpartner ist Kofi Boateng"
        role_is = (
            prev is not None and prev.folded in _BE and i >= 2 and tokens[i - 2].folded in lx.PERSON_CUES
        )
        # "Thanks for the quick turnaround, Oluwadamilare!": a thanked name closing its sentence
        thanked = (
            len(words) <= 2
            and prev is not None
            and prev.text == ","
            and (after is None or after.text in ("!", ".", "\n"))
            and self._sentence_has(tokens, i, _GRATITUDE)
        )
        # "Meike en Jorrit-Jan hebben": a name after "and" and a person
        joined = (
            prev is not None
            and prev.folded in lx.COORDINATORS
            and i - 2 in person_at
            and (
                first_ok
                or surname
                or shaped
                or any(known_first(p, ambiguous_ok=True) for p in words[0].folded.split("-"))
                or (len(words) == 1 and words[0].text.isalpha() and namelike.name_like(words[0].folded))
                or (len(words) == 1 and self._cap_pair(tokens, i - 2))
                or (2 <= len(words) <= 3 and all(t.text.isalpha() and not t.text.isupper() for t in words))
            )
        )
        if role_is or thanked or joined:
            return end, span_end, 0.65
        if len(words) >= 2:
            if (
                strong
                or strong_verb
                or speaker
                or ((first_ok or surname or shaped) and (verb or from_team or row or to_cue))
            ):
                return end, span_end, 0.7
            if strict_first is False and surname and not lone_noun and not _sentence_start(tokens, i):
                return end, span_end, 0.6  # "joined by Kwabena Owusu": an unknown first name before a surname
            if shaped and not lone_noun and (not _sentence_start(tokens, i) or self._cue_before(tokens, i)):
                return end, span_end, 0.6  # "Per Kwabena Asante, ...", "pairing with Dawit Tesfaye"
            # "Temperance Ahiabor will send": a full name before a verb, the surname spelt like a name
            last = words[-1]
            spelt = known_surname(last.folded) or (
                namelike.name_like(last.folded) and not known_first(last.folded, ambiguous_ok=True)
            )
            plain = words[0].text.isalpha() and last.text.isalpha()
            if len(words) == 2 and verb and not lone_noun and plain and spelt:
                return end, span_end, 0.6
            starts = _sentence_start(tokens, i) and after is not None and after.text.islower()
            if shaped and starts and all(_known_name(t.folded) for t in words if t.folded not in PARTICLES):
                return end, span_end, 0.6  # "Pino Ruiz sí", both parts in the lists
            return None
        if lone_noun:
            return None
        w_slash = prev is not None and prev.text == "/" and i >= 2 and tokens[i - 2].folded == "w"
        plain = words[0].folded not in lx.TEAM_WORDS and words[0].text.isalpha()
        if w_slash and plain and (first_ok or surname or namelike.name_like(words[0].folded, 0.0)):
            return end, span_end, 0.6  # "per our call w/ Dilnoza"
        # "Bill will send the bill", "Rose a validé", "Ketut will handle": a subject before an auxiliary
        # and a lower-case verb, at the start of a sentence (a word-name) or inside one (an unknown word)
        aux = (
            after is not None
            and after.text.lower() in _SUBJECT_AUX
            and end + 1 < n
            and tokens[end + 1].text.isalpha()
            and tokens[end + 1].text.islower()
            and tokens[end + 1].folded not in _NOT_AFTER_AUX
            and tokens[end + 1].folded not in lx.all_stopwords()
        )
        starts = i == 0 or (prev is not None and prev.text in (".", "!", "?", "\n"))
        if aux and plain and starts and first_ok and words[0].folded not in lx.MONTHS:
            return end, span_end, 0.6
        # "June is out until the 14th", "Owusu on leave": a name at the start of a status line
        if plain and starts and (first_ok or surname) and _absent_after(tokens, end):
            return end, span_end, 0.6
        # "08:15 - Aisulu on site": an item of a log or a list, a word spelt clearly like a name, its status
        item = prev is not None and prev.text in ("-", "–", ";") and (first_ok or surname or end == i + 1)
        spelt_item = first_ok or surname or namelike.name_like(words[0].folded, 0.4)
        if plain and item and spelt_item and not blocked(words[0].folded) and _absent_after(tokens, end):
            return end, span_end, 0.6
        # "appel Hinemoa", "1:1 Gunnar": a timesheet or expense line naming who it was with
        met = (
            prev is not None
            and prev.folded in _MEETING_NOUNS
            and (after is None or after.text in ("\n", ",", "(", "-", "–", ";", "+"))
        )
        if met and plain and not blocked(words[0].folded) and len(words[0].text) >= 3:
            return end, span_end, 0.6
        if not (first_ok or surname):
            # a word no list knows, announced as a person and spelt like a name ("Thanks, Oluwadamilare!")
            cued = strong or strong_verb or vocative or speaker
            # not the tail of a longer name the rules cannot read ("Na Li replied": NER has the whole)
            alone = prev is None or not (prev.text[:1].isupper() and prev.text.isalpha())
            # a role in parentheses or a mail header is a strong slot: a lower bar for the spelling
            in_parens = (
                after is not None and after.text == "(" and end + 1 < n and tokens[end + 1].text != "<"
            )
            # (not at the start of a sentence, where a capital says nothing: "Klantdiner (Tammeling Transport)")
            lowered = (in_parens or apposition) and not _sentence_start(tokens, i)
            threshold = -0.4 if lowered else namelike.THRESHOLD
            spelt = (
                len(words[0].text) >= 3
                and words[0].text.isalpha()
                and namelike.name_like(words[0].folded, threshold)
            )
            if cued and alone and spelt and plain and not blocked(words[0].folded):
                return end, span_end, 0.6
            # inside a sentence, before an auxiliary and a verb ("whether Wayan can join", "; Ketut will")
            inside = prev is not None and not starts and not prev.text[:1].isupper()
            subject = aux and inside and plain and len(words[0].text) >= 3 and not blocked(words[0].folded)
            if subject and namelike.name_like(words[0].folded, -0.3):
                return end, span_end, 0.55
            return None
        if strong or strong_verb or vocative or from_team or speaker or (verb and (strict_first or surname)):
            return end, span_end, 0.65
        return None

    @staticmethod
    def _cue_before(tokens: list[Token], i: int) -> bool:
        """A word before a sentence-initial name that announces a source ("Per", "Laut", "Según")."""
        return i > 0 and tokens[i - 1].folded in lx.SOURCE_CUES

    @staticmethod
    def _sentence_has(tokens: list[Token], i: int, words: frozenset[str]) -> bool:
        """Whether the sentence holding ``tokens[i]`` has one of ``words`` before it."""
        k = i - 1
        while k >= 0 and tokens[k].text not in (".", "!", "?", "\n"):
            if tokens[k].folded in words:
                return True
            k -= 1
        return False

    def _modal_first_name(self, tokens: list[Token], i: int) -> tuple[int, int, float] | None:
        """ "Will Harper will chair": a first name that is a stop word, before a surname, not in a question."""
        tok = tokens[i]
        if not is_cap(tok) or tok.folded not in lx.ambiguous_names() or _is_date_word(tokens, i):
            return None
        end = chain(tokens, i + 1, 3)
        if end == i + 1:
            return None
        k = end
        while k < len(tokens) and tokens[k].text not in (".", "!", "?", "\n", ";"):
            k += 1
        if k < len(tokens) and tokens[k].text == "?":
            return None  # "Will Kestrel pay?"
        after = tokens[end] if end < len(tokens) else None
        if tok.folded in lx.SOURCE_CUES and after is not None and after.text == ",":
            return None  # "Per Kwabena Asante, the hours...": "per" announces the source
        last = tokens[end - 1].folded
        if known_surname(last) or (after is not None and after.folded in lx.COMM_VERBS):
            return end, tokens[end - 1].end, 0.65
        return None

    def _layout(self, tokens: list[Token]) -> Iterator[Span]:
        """Names placed by the layout of exports and forms rather than by words around them: a chat export's
        speaker line ("Rustam Nazarov [2:14 PM]", "Dawit Haile  10:09 AM", "[Mo 09:05] Svetlana K.:") and
        the value of a role label ("Assigned to: L. Okonkwo", "Bearbeiter: Aigerim", "(Orga: Ernst)")."""
        n = len(tokens)
        for i, tok in enumerate(tokens):
            if not is_cap(tok) or tok.text.isupper() and len(tok.text) > 1:
                continue
            prev = tokens[i - 1] if i else None
            stamp_before = prev is not None and prev.text == "]" and _time_before(tokens, i - 1)
            # "00:14:02 Rinchen Dorji: I think": a transcript line, the clock time at the line start
            stamp_before = stamp_before or _clock_line_start(tokens, i)
            label = self._label_before(tokens, i)
            # "Agent (Pilar): let me check": a role, the name in parentheses, then the colon of a speaker
            role_line = i >= 2 and prev is not None and prev.text == "(" and _line_start(tokens, i - 2)
            if not (_line_start(tokens, i) or stamp_before or label or role_line):
                continue
            end = _name_with_initials(tokens, i)
            if end == i:
                continue
            after = tokens[end] if end < n else None
            if stamp_before and after is not None and after.text == ":":
                yield self._span(tokens, i, end, 0.7)  # "[Mo 09:05] Svetlana K.: ich"
                continue
            if label and (after is None or after.text in ("\n", ",", ";", ")", "(", "|", "-", "–")):
                yield self._span(tokens, i, end, 0.7)  # "Bearbeiter: Aigerim"
                continue
            if (
                role_line
                and after is not None
                and after.text == ")"
                and end + 1 < n
                and tokens[end + 1].text == ":"
            ):
                yield self._span(tokens, i, end, 0.7)
                continue
            if _line_start(tokens, i) and not stamp_before:
                stop = _time_after(tokens, end)
                if stop is not None and (stop >= n or tokens[stop].text == "\n"):
                    yield self._span(tokens, i, end, 0.7)  # "Koa [2:15 PM]"

    @staticmethod
    def _label_before(tokens: list[Token], i: int) -> bool:
        """A role label and its colon right before ``tokens[i]``, at a line start, after "(" or a list comma."""
        k = i - 1
        if k < 1 or tokens[k].text != ":":
            return False
        k -= 1
        if tokens[k].folded in lx.LABEL_TAILS and k >= 1 and tokens[k - 1].folded in lx.ROLE_LABELS:
            k -= 1  # "Reported by:", "Aangemeld door:"
        elif tokens[k].folded not in lx.ROLE_LABELS:
            return False
        return k == 0 or tokens[k - 1].text in ("\n", "(", ",", ";", "|", ">")

    def _parenthesised(self, tokens: list[Token]) -> Iterator[Span]:
        """Two or more names alone in parentheses ("internal sync (Rangi, Pita)", "dinner w/ client team
        (Andile, Precious, Mr. Van der Merwe)"): every item a name, one of them known, titled or spelt like
        a name."""
        n = len(tokens)
        for o, tok in enumerate(tokens):
            if tok.text != "(":
                continue
            items: list[tuple[int, int]] = []
            evidence = False
            selves = 0
            k = o + 1
            while k < n and k - o < 24:
                titled = False
                while k < n and (
                    tokens[k].folded in lx.TITLES and is_cap(tokens[k]) or tokens[k].text == "."
                ):
                    titled = True
                    k += 1
                if k < n and not titled and tokens[k].folded in _SELF and tokens[k].text.islower():
                    # "client call (Brandon, Precious, me)": the writer among them makes it a list of people
                    selves += 1
                    k += 1
                    if k < n and (tokens[k].text in (",", "+", "/") or tokens[k].folded in lx.COORDINATORS):
                        k += 1
                        continue
                    break
                end = _name_with_initials(tokens, k) if k < n else k
                if end == k:
                    break
                words = [t for t in tokens[k:end] if t.text.isalpha() and t.folded not in PARTICLES]
                evidence = evidence or titled or any(_known_name(t.folded) for t in words)
                evidence = evidence or any(namelike.name_like(t.folded, 0.5) for t in words)
                items.append((k, end))
                k = end
                if k < n and (tokens[k].text in (",", "+", "/") or tokens[k].folded in lx.COORDINATORS):
                    k += 1
                    continue
                break
            listed = (evidence and len(items) + selves >= 2) or (selves > 0 and len(items) >= 2)
            if k < n and tokens[k].text == ")" and listed:
                for start, end in items:
                    yield self._span(tokens, start, end, 0.65)

    def _listed(self, tokens: list[Token]) -> Iterator[Span]:
        """Names in an attendee list: "Attendees: Babatunde Fashola, Dr. Deepa Krishnan (notes), Theo"."""
        n = len(tokens)
        for h, tok in enumerate(tokens):
            if tok.folded not in lx.LIST_HEADINGS or h + 1 >= n or tokens[h + 1].text != ":":
                continue
            k = h + 2
            while k < n and tokens[k].text != "\n":
                while k < n and (
                    tokens[k].folded in lx.TITLES
                    or tokens[k].text in ".,;&"
                    or tokens[k].folded in lx.COORDINATORS
                ):
                    k += 1
                if k >= n or tokens[k].text == "\n":
                    break
                end = chain(tokens, k, 4)
                if end > k:
                    yield self._span(tokens, k, end, 0.7)
                    k = end
                # skip to the next list separator (a role in parentheses, a dash, other words)
                depth = 0
                while k < n and tokens[k].text != "\n":
                    if tokens[k].text == "(":
                        depth += 1
                    elif tokens[k].text == ")":
                        depth = max(0, depth - 1)
                    elif depth == 0 and (tokens[k].text in ",;" or tokens[k].folded in lx.COORDINATORS):
                        break
                    k += 1

    def _strong_cue(self, tokens: list[Token], i: int, end: int) -> bool:
        """A role in parentheses, an e-mail display name, a mail header or a quote line."""
        n = len(tokens)
        after = tokens[end] if end < n else None
        if after is not None and after.text == "(" and end + 1 < n and tokens[end + 1].text != "<":
            return True  # "Tunde Bakare (Head of Procurement)"
        k = end
        if k < n and tokens[k].text == "(" and k + 1 < n and tokens[k + 1].text == "<":
            k += 1
        if k < n and tokens[k].text == "<":  # "Chiamaka Nwosu <c.nwosu@...>"
            while k < n and tokens[k].text != ">" and tokens[k].text != "\n":
                k += 1
            if k < n and tokens[k].text == ">":
                return True
        if after is not None and (
            after.folded in lx.QUOTE_AFTER
            or (after.folded == "a" and end + 1 < n and tokens[end + 1].folded == "ecrit")
        ):
            return True
        if i and tokens[i - 1].folded in lx.QUOTE_BEFORE:
            return True
        if i >= 2 and (tokens[i - 2].folded, tokens[i - 1].folded) in _NAME_OF:
            return True  # "au nom de Koffi Agbeko", "on behalf of ...", "t.n.v."
        if i >= 2 and tokens[i - 1].text == ":" and tokens[i - 2].folded in lx.HEADER_CUES:
            return _line_start(tokens, i - 2)
        return False

    @staticmethod
    def _cap_pair(tokens: list[Token], i: int) -> bool:
        """ "add Aigul and Daniyar to the list": two single capitalised words inside a sentence joined by
        "and", neither a word of our lists, both spelt like names (one clearly) or one a known first name."""
        n = len(tokens)
        both = i > 0 and tokens[i - 1].folded in _BOTH  # "Both Iolana and Kekoa are out"
        if (
            i == 0
            or i + 3 > n
            or (_sentence_start(tokens, i) or tokens[i - 1].text[:1].isupper())
            and not both
        ):
            return False
        if tokens[i - 1].folded in _PLACE_PREPS:
            return False  # "flights via Osaka and Busan"
        if tokens[i + 1].folded not in lx.COORDINATORS or tokens[i + 1].text in ("+", "&"):
            return False
        first, second = tokens[i], tokens[i + 2]
        if i + 3 < n and is_cap(tokens[i + 3]):
            return False  # "Aigul and Daniyar Sarsenov": the full-name rules decide
        if i + 3 < n and (
            tokens[i + 3].folded in lx.NON_PERSON_TAILS or tokens[i + 3].folded[:-1] in lx.NON_PERSON_TAILS
        ):
            return False  # "the Jordan and Sydney offices"

        def single(tok: Token) -> bool:
            return (
                is_cap(tok)
                and tok.text.isalpha()
                and not tok.text.isupper()
                and len(tok.text) >= 3
                and not blocked(tok.folded)
                and tok.folded not in lx.TEAM_WORDS
                and tok.folded not in lx.ambiguous_names()
            )

        if not (single(first) and single(second)):
            return False
        known = [known_first(t.folded, ambiguous_ok=False) for t in (first, second)]
        scores = [namelike.score(t.folded) for t in (first, second)]
        if any(known):
            return all(k or sc > -0.3 for k, sc in zip(known, scores, strict=True))
        return min(scores) > 0.0 and max(scores) > namelike.THRESHOLD

    @staticmethod
    def _said_pair(tokens: list[Token], i: int) -> bool:
        """ "rose and ivy both said no": two lower-case first names (word-names too) joined, then "both" or a
        verb of saying."""
        n = len(tokens)
        if i + 3 >= n:
            return False
        first, second, after = tokens[i], tokens[i + 2], tokens[i + 3]
        names = all(
            t.text.isalpha()
            and len(t.text) >= 3
            and known_first(t.folded, ambiguous_ok=True)
            and t.folded not in lx.all_stopwords()
            for t in (first, second)
        )
        said = after.folded in _BOTH or after.folded in lx.STRONG_VERBS
        return names and said

    @staticmethod
    def _pair_subject(tokens: list[Token], i: int) -> tuple[int, int, float] | None:
        """ "rashida + thabang to reconcile": two lower-case words no list knows, both spelt like names,
        joined and followed by "to" and a verb or an auxiliary (an action item's owners)."""
        n = len(tokens)
        if i + 3 >= n or not (tokens[i + 1].folded in lx.COORDINATORS or tokens[i + 1].text == "+"):
            return None
        first, second, after = tokens[i], tokens[i + 2], tokens[i + 3]

        def spelt(tok: Token) -> bool:
            return (
                tok.text.isalpha()
                and tok.text.islower()
                and len(tok.text) >= 3
                and not blocked(tok.folded)
                and tok.folded not in lx.TEAM_WORDS
                and namelike.name_like(tok.folded, 0.0)
            )

        action = (after.folded == "to" and i + 4 < n and tokens[i + 4].text.islower()) or (
            after.folded in _SUBJECT_AUX or after.folded in lx.COMM_VERBS
        )
        before = tokens[i - 1] if i else None
        opens = before is None or not before.text.isalpha() or before.folded in lx.all_stopwords()
        if action and opens and spelt(first) and spelt(second):
            return i + 1, first.end, 0.55
        return None

    @staticmethod
    def _chat_cue(tokens: list[Token], i: int, person_at: set[int]) -> bool:
        """A chat cue right before ``tokens[i]`` ("w/ olu", "ask kwame", "spoke to", "X and")."""
        prev = tokens[i - 1] if i else None
        prev2 = tokens[i - 2] if i >= 2 else None
        return prev is not None and (
            prev.folded in lx.CHAT_CUES
            or (prev.text == "/" and prev2 is not None and prev2.folded == "w")
            or (prev2 is not None and (prev2.folded, prev.folded) in lx.CHAT_CUE_PAIRS)
            or (prev.folded in lx.COORDINATORS and i - 2 in person_at)
        )

    def _lowercase(self, tokens: list[Token], i: int, person_at: set[int]) -> tuple[int, int, float] | None:
        """Chat-style notes: a known first name in lower case, only with a cue before or a verb after."""
        tok = tokens[i]
        n = len(tokens)
        prev = tokens[i - 1] if i else None
        prev2 = tokens[i - 2] if i >= 2 else None
        if (
            tok.folded in lx.ambiguous_names()
            and i + 3 < n
            and tokens[i + 1].folded in _FROM
            and tokens[i + 2].text.islower()
            and tokens[i + 3].folded in lx.STRONG_VERBS
        ):
            # "rose from ops says": a word-name with its team and a verb of saying
            return i + 1, tok.end, 0.55
        if (
            prev is not None
            and prev2 is not None
            and prev.folded in lx.PAIR_JOINERS
            and _chat_pair(prev2, tok)
        ):
            return i + 1, tok.end, 0.55  # "daan en fleur": the second of two names
        if tok.folded in lx.MONTHS:
            return None  # "Op 1 oktober schreef": a date
        if not known_first(tok.folded, ambiguous_ok=False) and not blocked(tok.folded):
            pair_next = i + 2 < n and tokens[i + 1].folded in lx.PAIR_JOINERS and tokens[i + 2].text.islower()
            if pair_next and _chat_pair(tok, tokens[i + 2]):
                return i + 1, tok.end, 0.55  # "thanks iris and devi": the first of two names
            if pair_next and self._said_pair(tokens, i):
                return i + 1, tok.end, 0.55  # "rose and ivy both said no"
            if (
                prev is not None
                and prev.folded in lx.PAIR_JOINERS
                and i >= 2
                and self._said_pair(tokens, i - 2)
            ):
                return i + 1, tok.end, 0.55  # the second of them
            # an unknown word right after "w/" or as the speaker of a time-stamped chat line
            w_slash = prev is not None and prev.text == "/" and prev2 is not None and prev2.folded == "w"
            stamped = prev is not None and prev.text == "]" and i + 1 < n and tokens[i + 1].text == ":"
            stamped = stamped and not _checkbox_before(tokens, i)  # "[ ] buddy: Ezinne": a checklist label
            # not a plain word ("w/ reception"): its letters must not be clearly those of a word
            plain_word = namelike.score(tok.folded) < -1.0
            if (
                (w_slash or stamped)
                and tok.text.isalpha()
                and tok.folded not in lx.TEAM_WORDS
                and not plain_word
            ):
                return i + 1, tok.end, 0.55
            # a surname alone after a chat cue ("waiting on okafor", "ask mensah")
            surname_alone = (
                known_surname(tok.folded)
                and tok.text.isalpha()
                and len(tok.text) >= 4
                and tok.folded not in lx.word_like_names()
                and self._chat_cue(tokens, i, person_at)
            )
            # "mit kübra gesprochen", "con maripaz y con fito": an unknown word spelt like a name after a cue
            spelt_after_cue = (
                tok.text.isalpha()
                and len(tok.text) >= 4
                and tok.folded not in lx.TEAM_WORDS
                and tok.folded not in _INDEFINITE
                and self._chat_cue(tokens, i, person_at)
                and namelike.name_like(tok.folded, 0.5)
                # "con tarifa de socio": a noun with its complement, not a name
                and not (i + 1 < n and tokens[i + 1].folded in _OF_FROM | _FOR_TO)
            )
            if spelt_after_cue:
                return i + 1, tok.end, 0.55
            base, base_end = _strip_possessive(tok)
            if (
                base_end != tok.end
                and known_first(base, ambiguous_ok=False)
                and base not in lx.word_like_names()
            ):
                return i + 1, base_end, 0.55  # "ingrid's view is"
            if surname_alone:
                return i + 1, tok.end, 0.55
            # a surname alone in a status line ("owusu on leave")
            if (
                known_surname(tok.folded)
                and tok.text.isalpha()
                and len(tok.text) >= 4
                and _absent_after(tokens, i + 1)
            ):
                return i + 1, tok.end, 0.55
            # two words spelt like names joined before an action ("rashida + thabang to reconcile")
            pair = self._pair_subject(tokens, i)
            if pair is not None:
                return pair
            # "so basically kirra said", "and yerbol agrees": a word spelt like a name before a verb of saying
            word = (
                tok.text.isalpha()
                and len(tok.text) >= 4
                and tok.folded not in lx.TEAM_WORDS
                and tok.folded not in _INDEFINITE
            )
            said = i + 1 < n and tokens[i + 1].folded in lx.STRONG_VERBS
            # "sure, attached. sokha checked the totals": another verb of a person, opening a clause
            acts = (
                i + 1 < n
                and tokens[i + 1].folded in lx.COMM_VERBS
                and tokens[i + 1].folded not in _AUXILIARIES
                and tokens[i + 1].folded not in _SUBJECT_AUX
                and tokens[i + 1].folded not in _BE
            )
            said = said or (acts and (prev is None or prev.text in (".", "!", "?", "\n", ":", ";", ",")))
            # not a noun after its modifier ("our sign-off sheet says"; but "so basically kirra said")
            modifier = (
                prev is not None
                and prev.text[:1].isalpha()
                and prev.text.islower()
                and not blocked(prev.folded)
                and prev.folded not in lx.COORDINATORS
                and not prev.folded.endswith("ly")
            )
            said = said and not modifier
            if word and said and namelike.name_like(tok.folded, 0.0):
                return i + 1, tok.end, 0.55
            # "ff checken: heeft anouschka de urenstaat", "did kirra get it": a question opening a clause
            asks = (
                prev is not None
                and prev.folded in _QUESTION_AUX
                and (i < 2 or tokens[i - 2].text in ":,;\n.!?")
            )
            if (
                word
                and asks
                and i + 1 < n
                and tokens[i + 1].text.islower()
                and namelike.name_like(tok.folded, -0.3)
            ):
                return i + 1, tok.end, 0.55
            joined_to = prev is not None and prev.folded in lx.COORDINATORS and i - 2 in person_at
            joined_to = (
                joined_to and tok.text.isalpha() and tok.folded not in lx.TEAM_WORDS and len(tok.text) >= 3
            )
            if joined_to and namelike.name_like(tok.folded, 0.0):
                return i + 1, tok.end, 0.55  # the second of the pair
            return None
        if len(tok.text) < 3 or blocked(tok.folded):
            return None
        # "quick q for sunil:", "did tomasz get the export?": a first name that is no word, after "for"/"to"
        # or an auxiliary of a question, before a lower-case verb
        if _chat_name(tok) and prev is not None:
            stop = i + 1
            if stop < n and tokens[stop].text.islower() and _surname_like(tokens[stop].folded):
                stop += 1  # "to hiroshi tanaka"
            nxt = tokens[stop] if stop < n else None
            if prev.folded in _FOR_TO and (nxt is None or not is_cap(nxt)):
                return (
                    stop,
                    tokens[stop - 1].end,
                    0.55,
                )  # "shoutout to parisa for", "aan thijs of", "a fermín"
            if prev.text == "(" and nxt is not None and nxt.text == ")":
                return stop, tokens[stop - 1].end, 0.55  # "la compta (sandrine) a relancé"
            if (
                prev.folded in _QUESTION_AUX
                and nxt is not None
                and nxt.text.islower()
                and not blocked(nxt.folded)
            ):
                return stop, tokens[stop - 1].end, 0.55
        cue = self._chat_cue(tokens, i, person_at) or (
            prev is not None and prev.folded in _GRATITUDE and _chat_name(tok)  # "merci aurélie"
        )
        # "frag mal die gabi", "el pancho dice": the colloquial article before a first name
        cue = cue or (prev is not None and prev.folded in _NAME_ARTICLES and _chat_name(tok))
        cue = cue or (prev is not None and prev.folded in _CLEFT and _chat_name(tok))  # "c'est marius qui"
        # a text written all in lower case (chat): a first name that is no word needs no cue
        cue = cue or (_chat_name(tok) and _lower_text(tokens) and not (prev and prev.folded in DETERMINERS))
        # "des news de clémence ?", "iets gehoord van bram?": a first name closing the clause after "of"
        closing = i + 1 >= n or tokens[i + 1].text in ("?", "!", ".", ",", ";", "\n")
        cue = cue or (prev is not None and prev.folded in _OF_FROM and _chat_name(tok) and closing)
        end = i + 1
        if end < n and tokens[end].text.islower() and _surname_like(tokens[end].folded):
            end += 1  # "olena kovalenko", "adaeze okonkwo-bello"
        after = tokens[end] if end < n else None
        # "kurz notiert: fatma klärt die Mahnung", "yannick a dit que": a clause starting with a first name
        # that is no frequent word, followed by a lower-case word that is no stop word or a verb
        clause = i == 0 or tokens[i - 1].text in (".", "!", "?", "\n", ":", ";", ",")
        # "weet iemand of daan al terug is", "ob timo das macht": after a subordinator any word may follow
        subordinate = prev is not None and prev.folded in _SUBORDINATORS
        verbish = (
            after is not None
            and after.text.isalpha()
            and after.text.islower()
            and (after.folded in lx.COMM_VERBS or after.folded in _AUXILIARIES or not blocked(after.folded))
        )
        following = after is not None and after.text.isalpha() and after.text.islower()
        if _chat_name(tok) and ((clause and verbish) or (subordinate and following)):
            return end, tokens[end - 1].end, 0.55
        # "ole meint, ...", "joost said": a first name that is also a word, starting a clause before a verb
        # of saying, or before an absence ("bongani out tue-thu")
        said = after is not None and (after.folded in lx.STRONG_VERBS or _absent_after(tokens, end))
        if (
            clause
            and said
            and tok.folded not in lx.ambiguous_names()
            and tok.folded not in lx.all_stopwords()
        ):
            return end, tokens[end - 1].end, 0.55
        # two names joined with no other cue: "carmela y joaquin ya revisaron", "wessel of anouk"
        if (
            end == i + 1
            and end + 1 < n
            and after is not None
            and after.folded in lx.PAIR_JOINERS
            and _chat_pair(tok, tokens[end + 1])
        ):
            return end, tok.end, 0.55
        joined_pair = prev is not None and prev.folded in lx.PAIR_JOINERS
        if joined_pair and prev2 is not None and _chat_pair(prev2, tok):
            return end, tokens[end - 1].end, 0.55
        # a verb alone is no cue for a name that is also a frequent word after an adjective or a noun
        # ("the faith-based charity signs"; but "dass tobias das prüft", "jonas hat")
        modified = (
            tok.folded in lx.word_like_names()
            and prev is not None
            and prev.text[:1].isalpha()
            and prev.text.islower()
            and not blocked(prev.folded)
        )
        verb = after is not None and after.folded in lx.COMM_VERBS | _FROM and not modified
        verb_before = (
            prev is not None and prev.folded in lx.COMM_VERBS and len(tok.text) >= 4
        )  # "hat sebastian"
        speaker = after is not None and after.text == ":" and _line_start(tokens, i)  # "[10:42] rahul: ..."
        speaker = speaker and not _checkbox_before(tokens, i)  # "[ ] buddy: Ezinne": a checklist label
        joined = after is not None and after.folded in lx.COORDINATORS and end + 1 in person_at
        if cue or verb or verb_before or speaker or joined:
            return end, tokens[end - 1].end, 0.6
        return None

    def _coordinated(self, tokens: list[Token], k: int, person_at: set[int]) -> int | None:
        """End offset of a first name joined by "and" (or a list comma) to a person after it ("Joy and Dawn")."""
        tok = tokens[k]
        if k + 2 >= len(tokens) or k + 2 not in person_at:
            return None
        if tokens[k + 1].folded not in lx.COORDINATORS and tokens[k + 1].text != ",":
            return None
        # "Aminata Diallo and Ousmane Sow joined": a full name of capitalised words ending before "and"
        if is_cap(tok) and not tok.text.isupper() and not blocked(tok.folded) and k >= 1:
            j = k
            while j >= 1 and k - j < 3:
                prev_tok = tokens[j - 1]
                if is_cap(prev_tok) and _name_word(tokens, j - 1):
                    if prev_tok.folded in lx.ORG_INDICATORS:
                        break  # "La Banque Martin et Martin Kouassi": a company, not a full name
                    j -= 1
                elif prev_tok.folded in PARTICLES and j >= 2 and _name_word(tokens, j - 2):
                    j -= 1  # "Tiphaine Le Bihan et ...": a particle inside the name
                else:
                    break
            while j < k and tokens[j].folded in PARTICLES:
                j += 1
            if j < k and tokens[k + 1].folded in lx.COORDINATORS and chain(tokens, j, 4) == k + 1:
                return -j - 1  # the name starts before this token: see _context
        name = is_cap(tok) and not tok.text.isupper() and known_first(tok.folded, ambiguous_ok=True)
        if name and not blocked(tok.folded) and not _is_date_word(tokens, k):
            return tok.end
        chat = (
            tok.text.islower()
            and len(tok.text) >= 3
            and tokens[k + 1].folded in lx.COORDINATORS
            and known_first(tok.folded, ambiguous_ok=False)
        )
        if chat and not blocked(tok.folded):
            return tok.end  # chat style: "anja und mehmet sind ab montag da"
        return None

    def _span(self, tokens: list[Token], i: int, j: int, score: float) -> Span:
        return Span(tokens[i].start, tokens[j - 1].end, "PERSON", score, self.name)
