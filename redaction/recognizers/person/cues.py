"""Names announced by the words around them: titles of a slot, mentions, sources, lists, clause subjects."""

from __future__ import annotations

from redaction import lexicon as lx
from redaction import namelike
from redaction.recognizers.person.addressed import (
    NOUNS_FROM,
    arrow_to_name,
    from_org,
    plain_words,
    word_name_addressed,
    word_name_from_org,
)
from redaction.recognizers.person.clauses import ClauseRules
from redaction.recognizers.person.guards import noun_by_ending
from redaction.recognizers.person.initialled import CAP_PARTICLES, initials_and_surname, particle_surname
from redaction.recognizers.person.positions import (
    _absent_after,
    _after_travel,
    _introduced,
    _line_start,
    _lone_noun,
    _places_ahead,
    _sentence_start,
    sentence_has,
)
from redaction.recognizers.person.tokens import (
    Token,
    _known_name,
    _strip_possessive,
    blocked,
    chain,
    is_cap,
    known_first,
    known_surname,
    name_shaped,
)
from redaction.recognizers.person.words import (
    _BE,
    _COLLEAGUE,
    _FOR_TASK,
    _FROM_CUES,
    _FROM_THE,
    _GRATITUDE,
    _IS,
    _JOB_BEFORE_NAME,
    _MEETING_NOUNS,
    _MESSAGE_NOUNS,
    _NOT_AFTER_AUX,
    _OF_FROM,
    _PATRONYMIC,
    _PLACE_PREPS,
    _PRONOUNS,
    _ROLE_NOUNS,
    _SELF,
    _SUBJECT_AUX,
    _TASKS,
    _TO,
    _VOCATIVE_NEXT,
    _YOU,
    LOWER_PARTICLES,
    NL_PREPOSITIONS,
    PARTICLES,
)

# What a message is about, after its sender ("Klacht van Zwaan over factuur 2024-1187", "mail from Otieno re the
# invoice", "Anfrage von Krenn bzgl. der Frist"; not "wegen": "Einspruch von Amts wegen")
_ABOUT = frozenset(
    {"over", "about", "re", "regarding", "über", "ueber", "bzgl", "sur", "concernant", "sobre", "acerca"}
)

# Conjunctions that open a clause after a comma ("..., so Hope will cover").
_CLAUSE_OPENERS = frozenset(
    {
        "so",
        "but",
        "then",
        "and",
        "dann",
        "aber",
        "und",
        "donc",
        "alors",
        "mais",
        "pero",
        "entonces",
        "maar",
        "dan",
    }
)


# prepositions before a place, never before the subject of a clause
_BEFORE_PLACE = _PLACE_PREPS | {"from", "im"}


def _for_task(tokens: list[Token], k: int) -> bool:
    """Whether "for review", "zur Freigabe", "pour validation", "para su firma", "ter ondertekening" starts at
    ``tokens[k]`` (a preposition, at most two small words, then an act only a person performs)."""
    if k >= len(tokens) or tokens[k].folded not in _FOR_TASK:
        return False
    for j in range(k + 1, min(k + 4, len(tokens))):
        if tokens[j].folded in _TASKS:
            return True
        if not tokens[j].text.isalpha():
            return False
    return False


def _item_start(tokens: list[Token], i: int) -> bool:
    """At the start of a line or of a numbered item ("3. Pilar - withdrew")."""
    if _line_start(tokens, i):
        return True
    return (
        i >= 2 and tokens[i - 1].text == "." and tokens[i - 2].text.isdigit() and _line_start(tokens, i - 2)
    )


class CueRules(ClauseRules):
    def _cued(self, tokens: list[Token], i: int, person_at: set[int]) -> tuple[int, int, float] | None:
        """(index after the name, end offset, score) if a cue announces a name at ``tokens[i]``."""
        tok = tokens[i]
        n = len(tokens)
        prev = tokens[i - 1] if i else None
        # "ahmed - fixed the bank feed / yuna - still on vendor dedupe", "2. Björn Halvorsen - 2nd interview /
        # 3. Pilar - withdrew": a list line shaped like another line whose first name is a person
        if (
            _item_start(tokens, i)
            and i + 1 < n
            and tokens[i + 1].text in ("-", "–")
            and tok.text.isalpha()
            and len(tok.text) >= 2
            and not blocked(tok.folded)
            and tok.folded not in lx.TEAM_WORDS
            and tok.folded not in lx.all_stopwords()
            and any(
                j != i
                and tokens[j].text.islower() == tok.text.islower()
                and _item_start(tokens, j)
                and any(t.text == tokens[i + 1].text for t in tokens[j + 1 : j + 4])
                for j in person_at
            )
        ):
            return i + 1, tok.end, 0.55
        if tok.text in LOWER_PARTICLES and prev is not None and prev.folded in NL_PREPOSITIONS:
            return particle_surname(tokens, i)  # "die cv ketel bij van Beurden", "afspraak met ter Horst"
        if tok.text.islower():
            return self._lowercase(tokens, i, person_at)
        if len(tok.text) == 1 and i + 2 < n and tokens[i + 1].text == ".":  # "A. Okafor", "J.K. Mensah"
            return initials_and_surname(tokens, i)
        if not is_cap(tok) or tok.text.isupper():
            return None
        # "goedgekeurd door Van der Berg", "Panel: De Graaf en Mirjam": a surname with a capitalised particle
        # inside a sentence, no capitalised word before it (not "Banco De Chile")
        if (
            tok.folded in CAP_PARTICLES
            and prev is not None
            and prev.text not in (".", "!", "?", "\n", ">", "(")
        ):
            return particle_surname(tokens, i)
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
        if end <= i + 1 and (word_name_from_org(tokens, i) or word_name_addressed(tokens, i)):
            return i + 1, tok.end, 0.6
        if arrow_to_name(tokens, i):
            return max(end, i + 1), tokens[max(end, i + 1) - 1].end, 0.6
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
        # "Pat from Northwind asked", "Faith aus London hat bestätigt": a first name (a word-name too), where
        # the person works, then a verb
        if (
            first_ok
            and not lone_noun
            and plain_words(words)
            and words[0].folded not in NOUNS_FROM
            and from_org(tokens, end)
        ):
            return end, words[-1].end, 0.6
        if end == i + 1 and _places_ahead(tokens, end):
            return None  # "Jordan and Sydney offices"
        if _after_travel(tokens, i):
            return None  # "Flight to Kuala Lumpur", "Zug nach Bad Homburg": a place
        # "an den Kollegen Gärtner", "à notre collègue Hoarau": a capitalised word after "colleague"
        colleague = prev is not None and prev.folded in _COLLEAGUE and end == i + 1 and tok.text.isalpha()
        if colleague and not blocked(tok.folded) and tok.folded not in lx.TEAM_WORDS:
            return end, tok.end, 0.6
        # "Hausmeister Kern", "their bookkeeper Mason left", "la portera Encarni": one word after a person's job, a
        # name of the lists (a family name that is a word too), no German noun
        job = prev is not None and prev.folded in _JOB_BEFORE_NAME and end == i + 1 and tok.text.isalpha()
        if (
            job
            and not blocked(tok.folded)
            and tok.folded not in lx.TEAM_WORDS
            and tok.folded not in lx.places()
            and not noun_by_ending(tok.text)
            and (
                known_surname(tok.folded)
                or known_first(tok.folded, ambiguous_ok=True)
                or tok.folded in lx.word_surnames()
                # "el contador Chocooj": a word spelt clearly like a name that is no word
                or (not lx.plain_word(tok.folded) and namelike.name_like(tok.folded, 0.3))
            )
        ):
            return end, tok.end, 0.6
        # "validée par Lefebvre", "aprobada por Iturriaga", "goedgekeurd door Van der Berg": the agent of an
        # act of approval, a name of the lists, a full name or a word spelt like a name
        by_approval = (
            prev is not None
            and prev.folded in lx.PERSON_BY_CUES
            and prev.text.islower()
            and i >= 2
            and tokens[i - 2].folded in lx.APPROVAL_PARTICIPLES
            and plain_words(words)
            and tok.folded not in lx.TEAM_WORDS
            and not lone_noun
        )
        if by_approval and (
            known_first(tok.folded, ambiguous_ok=False)
            or known_surname(words[-1].folded)
            or (len(words) >= 2 and name_shaped(words))
            or (len(words) == 1 and namelike.name_like(tok.folded, -0.3))
        ):
            return end, words[-1].end, 0.65
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
        # "route it to Heath for legal review", "an Ortrud zur Freigabe", "à Soline pour validation": the
        # person a document goes to for an act only a person performs
        plain = plain_words(words) and len(words) <= 3
        sent_for = (
            plain
            and prev is not None
            and prev.folded in lx.TO_CUES
            and prev.folded != "from"
            and prev.text.islower()
            and after is not None
            and _for_task(tokens, end)
            and tok.folded not in lx.TEAM_WORDS
            and not lone_noun
        )
        # "Reminder from Sunny:", "Nachricht von Heath.", "mensaje de Luz": the sender of a message
        message_from = (
            plain
            and prev is not None
            and prev.folded in _FROM_CUES
            and i >= 2
            and tokens[i - 2].folded in _MESSAGE_NOUNS
            and (
                after is None
                or after.text in (":", ".", ",", "!", "\n", "(", "-", "–")
                or after.folded in _ABOUT
            )
            and tok.folded not in lx.TEAM_WORDS
        )
        if sent_for or message_from:
            return end, words[-1].end, 0.6
        # "loop in Hyejin", "spoke to Iolana": a two-word chat cue before a word spelt like a name
        pair_cue = i >= 2 and prev is not None and (tokens[i - 2].folded, prev.folded) in lx.CHAT_CUE_PAIRS
        pair_cue = pair_cue and end == i + 1 and tok.text.isalpha() and not blocked(tok.folded)
        town = tok.folded in lx.places() or tok.folded in lx.MAJOR_CITIES  # "écrire à Paris"
        if pair_cue and (
            known_first(tok.folded, ambiguous_ok=False)
            or (namelike.name_like(tok.folded, 0.0) and not town)
            or (known_surname(tok.folded) and not lx.plain_word(tok.folded) and not town and not lone_noun)
        ):
            return end, tok.end, 0.6
        # a surname alone goes on into a firm ("voor Smit & Visser", "con Salgado Hermanos")
        firm_on = after is not None and (after.text in ("&", "+") or is_cap(after))
        # "called Tevita re the generator", "ask Kalinda if": a chat cue before a word spelt like a name
        chat_cue = prev is not None and prev.folded in lx.CHAT_CUES and prev.text.islower()
        chat_cue = chat_cue and end == i + 1 and tok.text.isalpha() and not blocked(tok.folded)
        # a lower bar when no capitalised word follows (a firm's name goes on: "called Vodafone Business")
        bar = 0.25 if after is not None and is_cap(after) else 0.0
        if (
            chat_cue
            and tok.folded not in lx.TEAM_WORDS
            and (
                namelike.name_like(tok.folded, bar)
                or (known_surname(tok.folded) and not lone_noun and not firm_on)
            )
        ):
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
        if to_one and (
            known_first(tok.folded, ambiguous_ok=False)
            or (
                known_surname(tok.folded) and (after is None or after.text in (".", ",", "!", "?", ";", "\n"))
            )
            or namelike.name_like(tok.folded, 0.5)
        ):
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
            # not a signature's "Role, Company" line; "Their controller, Precious Nkemelu, confirms by email."
            and (
                after is None
                or after.text in (".", "!", ";")
                or (
                    after.text == ","
                    and end + 1 < n
                    and tokens[end + 1].text.isalpha()
                    and tokens[end + 1].text.islower()
                    and plain_words(words)
                )
            )
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
        # "Sonnhild aus der Buchhaltung zahlt", "Joris van de inkoop belt": German and Dutch "from the team"
        from_team = from_team or (
            after is not None
            and end + 2 < n
            and (after.folded, tokens[end + 1].text) in _FROM_THE
            and tokens[end + 2].text.isalpha()
            and (tokens[end + 2].folded in lx.ROLE_WORDS or tokens[end + 2].folded in lx.TEAM_WORDS)
        )
        # "Pat from Northwind asked", "Faith aus London hat bestätigt", "Frank de chez Qonto m'a dit": a
        # name, then where the person works (a capitalised name) and a verb in lower case
        from_team = from_team or (words[0].folded not in NOUNS_FROM and from_org(tokens, end))
        span_end = words[-1].end
        row = after is not None and after.text in ("|", "\t") and _line_start(tokens, i)  # a table row
        speaker = after is not None and after.text == ":" and _line_start(tokens, i) and first_ok
        to_cue = prev is not None and prev.folded in lx.TO_CUES
        # "the manager is Bisi", "Ansprechpartner ist Kofi Boateng"
        role_is = (
            prev is not None
            and prev.folded in _BE
            and i >= 2
            and (tokens[i - 2].folded in lx.PERSON_CUES or tokens[i - 2].folded in lx.ROLE_LABELS)
        )
        # "Thanks for the quick turnaround, Oluwadamilare!": a thanked name closing its sentence
        thanked = (
            len(words) <= 2
            and prev is not None
            and prev.text == ","
            and (after is None or after.text in ("!", ".", "\n"))
            and sentence_has(tokens, i, _GRATITUDE)
        )
        # "Wil jij aansluiten, Mingzhu?", "Can you check, Ifeoma?": the addressee closing a question to "you"
        asked = (
            len(words) <= 2
            and prev is not None
            and prev.text == ","
            and after is not None
            and after.text == "?"
            and sentence_has(tokens, i, _YOU)
            and plain_words(words)
            and (first_ok or surname or shaped or namelike.name_like(words[0].folded, 0.0))
        )
        thanked = thanked or asked
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
                or (2 <= len(words) <= 3 and plain_words(words))
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
        # "..., so Hope will cover", "; dann Till wird": a clause opened by a conjunction after a comma
        opens = (
            prev is not None
            and prev.folded in _CLAUSE_OPENERS
            and i >= 2
            and tokens[i - 2].text in (",", ";", ".", "\n")
        )
        if aux and plain and (starts or opens) and first_ok and words[0].folded not in lx.MONTHS:
            return end, span_end, 0.6
        # "June is out until the 14th", "Owusu on leave": a name at the start of a status line
        if plain and starts and (first_ok or surname) and _absent_after(tokens, end):
            return end, span_end, 0.6
        # "08:15 - Aisulu on site": an item of a log or a list, a word spelt clearly like a name, its status
        item = prev is not None and prev.text in ("-", "–", ";") and (first_ok or surname or end == i + 1)
        spelt_item = first_ok or surname or namelike.name_like(words[0].folded, 0.4)
        if plain and item and spelt_item and not blocked(words[0].folded) and _absent_after(tokens, end):
            return end, span_end, 0.6
        # "accruals - Rhys; bank recs - Oksana; intercompany - Wu;": a task, a dash and who does it, closing
        # the item of a list
        owner = (
            prev is not None
            and prev.text in ("-", "–")
            and i >= 2
            and tokens[i - 2].text.isalpha()
            and (after is None or after.text in (";", "\n", "."))
        )
        # ... or any plain word there when an earlier item of the same line names a person ("IVA - Ortega.")
        sibling = owner and any(
            j < i and tokens[j - 1].text in ("-", "–") and "\n" not in (t.text for t in tokens[j:i])
            for j in person_at
            if j >= 1
        )
        sibling = sibling and len(words[0].text) >= 3 and words[0].folded not in lx.ambiguous_names()
        lower_task = owner and tokens[i - 2].text.islower()
        if plain and ((lower_task and spelt_item) or sibling) and not blocked(words[0].folded):
            return end, span_end, 0.6
        # "bankaansluiting Wouter, accruals Ayşe, btw-aangifte Dijkstra.": a task and who does it, an item
        # shaped like the item before it, whose name is a person
        task = (
            prev is not None and prev.text.replace("-", "").isalpha() and prev.text.islower() and end == i + 1
        )
        closes_item = after is None or after.text in (",", ";", ".", "\n")
        if plain and task and closes_item and spelt_item and not blocked(words[0].folded):
            k = i - 2
            while k > 0 and k > i - 5 and tokens[k].text not in (",", ";", "\n"):
                k -= 1
            if k > 1 and tokens[k].text in (",", ";") and k - 1 in person_at and tokens[k - 2].text.islower():
                return end, span_end, 0.55
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
            cued = strong or strong_verb or vocative or speaker or from_team
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
            # (not after a preposition of place: "aus London hat", "in Gent is")
            inside = (
                prev is not None
                and not starts
                and not prev.text[:1].isupper()
                and prev.folded not in _BEFORE_PLACE
            )
            subject = aux and inside and plain and len(words[0].text) >= 3 and not blocked(words[0].folded)
            if subject and namelike.name_like(words[0].folded, -0.3):
                return end, span_end, 0.55
            return None
        if strong or strong_verb or vocative or from_team or speaker or (verb and (strict_first or surname)):
            return end, span_end, 0.65
        return None
