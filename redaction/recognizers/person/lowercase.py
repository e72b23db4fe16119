"""Lower-case names in chat text and names joined by "and" to a person."""

from __future__ import annotations

from redaction import lexicon as lx
from redaction import namelike
from redaction.recognizers.person.layout import LayoutRules
from redaction.recognizers.person.lowerwords import _LOWER_WORDS, _SAYS, BUSINESS_WORDS, glued, lower_surname
from redaction.recognizers.person.positions import (
    _absent_after,
    _checkbox_before,
    _line_start,
    _lower_text,
    sentence_has,
)
from redaction.recognizers.person.spoken import self_introduced
from redaction.recognizers.person.tokens import (
    Token,
    _chat_name,
    _chat_pair,
    _is_date_word,
    _name_word,
    _strip_possessive,
    _surname_like,
    blocked,
    chain,
    is_cap,
    known_first,
    known_surname,
)
from redaction.recognizers.person.words import (
    _ASK_VERBS,
    _ASKED_TO,
    _AUXILIARIES,
    _BE,
    _CLAUSE_NEXT,
    _CLEFT,
    _FOR_TO,
    _FROM,
    _GRATITUDE,
    _INDEFINITE,
    _NAME_ARTICLES,
    _OBJECT_NEXT,
    _OBJECT_PRONOUNS,
    _OF_FROM,
    _PLACE_PREPS,
    _QUESTION_AUX,
    _SUBJECT_AUX,
    _SUBORDINATORS,
    _THANKS,
    DETERMINERS,
    PARTICLES,
)


def _chat_word_name(tokens: list[Token], i: int) -> tuple[int, int, float] | None:
    """A lower-case first name of the lists, also one that is a word ("hope", "joy", "noor", "théo"), where
    only a person fits: thanked ("thx hope!", "thanks joy for"), asked at the end of a clause ("vraag het
    aan noor", "demande à théo"), after a modal before its object ("kan joost het overnemen"), or after the
    colloquial article of a chat ("der jörg", "El beto lo revisa")."""
    tok = tokens[i]
    n = len(tokens)
    if not (tok.text.isalpha() and tok.text.islower() and len(tok.text) >= 3) or i == 0:
        return None
    if tok.folded in lx.all_stopwords() or blocked(tok.folded) or tok.folded in _OBJECT_PRONOUNS:
        return None
    if not known_first(tok.folded, ambiguous_ok=True):
        return None
    prev = tokens[i - 1]
    nxt = tokens[i + 1] if i + 1 < n else None
    closes = nxt is None or nxt.text in (".", "?", "!", ",", "\n", ";") or nxt.folded in _CLAUSE_NEXT
    if prev.folded in _THANKS and (closes or (nxt is not None and nxt.folded == "for")):
        return i + 1, tok.end, 0.55
    if prev.folded in _ASKED_TO and closes and sentence_has(tokens, i, _ASK_VERBS):
        return i + 1, tok.end, 0.55
    strict = known_first(tok.folded, ambiguous_ok=False) and tok.folded not in lx.STRONG_VERBS  # "will said"
    if strict and prev.folded in _QUESTION_AUX and nxt is not None and nxt.folded in _OBJECT_NEXT:
        return i + 1, tok.end, 0.55
    colloquial = prev.folded in _NAME_ARTICLES or prev.folded == "al"
    # "la paye", "la vale": after the French and Spanish "la" a name that is also a word stays a word
    colloquial = colloquial and not (prev.folded == "la" and tok.folded in lx.word_like_names())
    # "de la mutua", "la baja": a frequent word after an article is the word
    colloquial = colloquial and tok.folded not in _LOWER_WORDS and not lx.plain_word(tok.folded)
    at_start = is_cap(prev) and (i == 1 or tokens[i - 2].text in (".", "!", "?", "\n", ":"))
    if (
        strict
        and colloquial
        and (_lower_text(tokens) or at_start)
        and (nxt is None or nxt.folded not in _OF_FROM)
    ):
        return i + 1, tok.end, 0.55
    return None


def strict_first(tok: Token) -> bool:
    """A known first name that is no frequent word of our languages."""
    return known_first(tok.folded, ambiguous_ok=False) and tok.folded not in lx.word_like_names()


# Requests that open a sentence before the people they go to ("Ask Kaito and Storm", "Frag Jonas und Ida").
_IMPERATIVES = lx.word_set(
    "ask tell ping email mail call thank remind contact inform invite cc message text loop "
    "frag fragt ruf informiere bitte demande demandez appelle appelez pregunta preguntale llama avisa "
    "vraag bel informeer"
)


# Trades and roles named after a person with an article ("pierre le mécanicien", "marco el fontanero")
_TRADES = lx.word_set(
    "mécanicien mecanicien mécano mecano électricien electricien plombier chauffeur livreur comptable gérant "
    "gerant stagiaire mecánico mecanico fontanero electricista conductor chófer chofer repartidor contable "
    "encargado encargada becario becaria monteur fahrer hausmeister azubi praktikant praktikantin "
    "mechanic driver cleaner receptionist intern stagiair loodgieter elektricien boekhouder"
)
_ROLE_ARTICLES = lx.word_set("le la el the der die de het")


def _with_role_after(tokens: list[Token], i: int) -> bool:
    """A lower-case first name of the lists before an article and a role or a trade ("pierre le mécanicien",
    "ana la contable", "jonas der azubi")."""
    tok = tokens[i]
    if not (len(tok.text) >= 3 and known_first(tok.folded, ambiguous_ok=True)) or blocked(tok.folded):
        return False
    if i + 2 >= len(tokens) or tokens[i + 1].folded not in _ROLE_ARTICLES or not tokens[i + 1].text.islower():
        return False
    role = tokens[i + 2].folded
    return role in _TRADES or role in lx.ROLE_WORDS


# Particles no sentence uses outside a name ("van der", "van den", "von der"; not "van de": "van de bank")
_NAME_ONLY_PARTICLES = frozenset({("van", "der"), ("van", "den"), ("von", "der")})


def _lower_full_name(tokens: list[Token], i: int) -> tuple[int, int, float] | None:
    """A full name in lower case, as dictation and chat write it ("llamar a rosario domínguez", "dire à aimé
    kaboré", "bellen met roos de vries"): a known first name, then a surname of the lists (after particles)
    that is no first name and no word of our languages."""
    tok = tokens[i]
    n = len(tokens)
    if not (tok.text.isalpha() and len(tok.text) >= 3 and known_first(tok.folded, ambiguous_ok=True)):
        return None
    # two given names and a surname of the lists that is no frequent word ("luz marina cardenas ospina")
    if i + 2 < n and all(t.text.islower() and t.text.isalpha() for t in tokens[i + 1 : i + 3]):
        second, last = tokens[i + 1], tokens[i + 2]
        if (
            known_first(second.folded, ambiguous_ok=True)
            and known_surname(last.folded)
            and not lx.plain_word(last.folded)
            and tokens[i + 1].start - tok.end == 1
            and last.start - second.end == 1
        ):
            end = i + 3
            if (
                end < n
                and tokens[end].text.islower()
                and known_surname(tokens[end].folded)
                and not lx.plain_word(tokens[end].folded)
                and tokens[end].start - last.end == 1
            ):
                end += 1  # a second surname
            return end, tokens[end - 1].end, 0.55
    if blocked(tok.folded) or tok.folded in lx.MONTHS:
        return None
    k = i + 1
    while k < n and tokens[k].folded in PARTICLES and tokens[k].text.islower() and k - i <= 3:
        k += 1
    if k >= n or tokens[k].start - tokens[k - 1].end > 1:
        return None
    last = tokens[k]
    particles = k - i - 1
    if particles == 1 and not known_first(tok.folded, ambiguous_ok=False):
        return None  # "dolores de cabeza": a word-name, a particle and a word
    if (
        particles
        and not (particles >= 2 and known_surname(last.folded))
        and not known_first(tok.folded, ambiguous_ok=False)
    ):
        return None  # "roos van der heijden" only with a surname of the lists after two particles
    plain = last.text.islower() and last.text.replace("-", "").isalpha() and not blocked(last.folded)
    if particles:
        # after particles a surname that is a word too ("pieter de jong", "hugo de wit"), or a word spelt
        # like a name that is no frequent word
        surname = (
            plain
            and len(last.text) >= 3
            and last.folded not in lx.all_stopwords()
            and (
                (known_surname(last.folded) and not lx.plain_word(last.folded))
                or (last.folded in lx.word_surnames() and (particles > 1 or len(last.text) >= 4))
                or (not lx.plain_word(last.folded) and namelike.name_like(last.folded, 0.0))
                # "ilse van der hoop": "van der", "van den", "von der" open only a surname, a word or not
                or (
                    particles == 2
                    and (tokens[i + 1].folded, tokens[i + 2].folded) in _NAME_ONLY_PARTICLES
                    and len(last.text) >= 3
                )
            )
        )  # "lieke de bon": the Dutch article and a noun
    else:
        surname = (
            plain
            and len(last.text) >= 4
            and known_surname(last.folded)
            and not lx.plain_word(last.folded)  # "bart en eline komen ook"
            and not known_first(last.folded, ambiguous_ok=True)
            and last.folded not in lx.word_like_names()
        )
    if surname and tok.folded in lx.MONTHS and (particles or not known_surname(last.folded)):
        return None  # "jan dekker" is a person, "jan van het jaar" no
    return (k + 1, last.end, 0.55) if surname else None


class LowercaseRules(LayoutRules):
    @staticmethod
    def _chat_cue(tokens: list[Token], i: int, person_at: set[int]) -> bool:
        """A chat cue right before ``tokens[i]`` ("w/ olu", "ask kwame", "spoke to", "X and")."""
        prev = tokens[i - 1] if i else None
        prev2 = tokens[i - 2] if i >= 2 else None
        if prev is not None and prev2 is not None and prev2.text == "/" and prev2.end == prev.start:
            return False  # "8 uur p/w vanaf": "w" of a rate or "w/c" of a week, no "with"
        return prev is not None and (
            prev.folded in lx.CHAT_CUES
            or (prev.text == "/" and prev2 is not None and prev2.folded == "w")
            or (prev2 is not None and (prev2.folded, prev.folded) in lx.CHAT_CUE_PAIRS)
            or (prev.folded in lx.COORDINATORS and i - 2 in person_at)
        )

    def _lowercase(self, tokens: list[Token], i: int, person_at: set[int]) -> tuple[int, int, float] | None:
        """Chat-style notes: a known first name in lower case, only with a cue before or a verb after."""
        tok = tokens[i]
        if blocked(tok.folded) and not known_first(tok.folded, ambiguous_ok=True):
            return (
                None  # "the", "und", "pour": every rule below needs a name of the lists or a word not blocked
            )
        if tok.folded in lx.STRONG_VERBS:
            return None  # "will said he'd do it": the verb, not the name Said
        if tok.folded in _LOWER_WORDS:
            return None  # "de la mutua", "per diem": words the name lists hold
        spoken = self_introduced(tokens, i)
        if spoken is not None:
            return spoken  # "soy luz marina castaño", "u spreekt met fleur van der meer"
        full = _lower_full_name(tokens, i)
        if full is not None:
            return full
        if _with_role_after(tokens, i):
            return i + 1, tok.end, 0.55  # "pierre le mécanicien", "dolores la de recepción"
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
        word_name = _chat_word_name(tokens, i)
        if word_name is not None:
            return word_name
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
            w_slash = w_slash and len(tok.text) >= 2  # "w/c 18th": the week commencing
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
                and not lx.plain_word(tok.folded)  # "con baja mediante": a frequent word
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
            # (not a verb before the next person: "ping sreeja or ask Mohammed Rafeeq")
            joined_to = prev is not None and prev.folded in lx.COORDINATORS and i - 2 in person_at
            joined_to = joined_to and i + 1 not in person_at
            joined_to = (
                joined_to and tok.text.isalpha() and tok.folded not in lx.TEAM_WORDS and len(tok.text) >= 3
            )
            if joined_to and namelike.name_like(tok.folded, 0.0):
                return i + 1, tok.end, 0.55  # the second of the pair
            # "grace confirmed", "rose said": a first name that is a word too, opening a clause before a verb
            # only a person does; not a word of business ("grant approved", "bill signed", "will said")
            opens = prev is None or prev.text in (".", "!", "?", "\n", ":", ";", ",", "-", "–")
            speaks = i + 1 < n and tokens[i + 1].folded in _SAYS
            if (
                opens
                and speaks
                and known_first(tok.folded, ambiguous_ok=True)
                and tok.folded not in BUSINESS_WORDS
                and tok.folded not in lx.all_stopwords()
            ):
                return i + 1, tok.end, 0.55
            if lower_surname(tok) and not glued(tokens, i):
                return i + 1, tok.end, 0.55  # "llamar a quispe", "pd: fernández (el de sistemas)"
            return None
        if len(tok.text) < 3 or blocked(tok.folded) or tok.folded in _OBJECT_PRONOUNS:
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
        # (after an article, not after "de" of French and Spanish: "la de marzo de lupita sigue mal")
        cue = cue or (
            _chat_name(tok)
            and _lower_text(tokens)
            and not (prev and prev.folded in DETERMINERS and not (prev.text == "de" and strict_first(tok)))
        )
        # "de klantsessie neemt wouter over": a first name that is no word of our languages, between two
        # lower-case words of a clause (not after an article or a preposition of place)
        inside = (
            prev is not None
            and prev.text.isalpha()
            and prev.text.islower()
            and prev.folded not in DETERMINERS
            and prev.folded not in _PLACE_PREPS
            and i + 1 < n
            and (tokens[i + 1].text.islower() or tokens[i + 1].text in (".", ",", "!", "?"))
        )
        cue = cue or (_chat_name(tok) and inside)
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
        # "le courriel de mathieu pour", "ge moet da eens aan jens vragen": a first name that is no word of
        # our languages needs no cue in lower case either, unless it is part of an address or a handle
        if _chat_name(tok) and tok.folded not in _LOWER_WORDS and not glued(tokens, i):
            return end, tokens[end - 1].end, 0.55
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
                    if prev_tok.folded in _IMPERATIVES:
                        break  # "Ask Kaito and Storm about it": a request opening the sentence
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
