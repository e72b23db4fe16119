"""Names shown by the clause around them: a verb before its subject, a slot only a person fills, a
clause subject shown by its verb, a word-name subject, a first name before a modal question."""

from __future__ import annotations

import regex

from redaction import lexicon as lx
from redaction import namelike
from redaction.recognizers.person.lowercase import LowercaseRules
from redaction.recognizers.person.positions import (
    _places_ahead,
    _sentence_start,
)
from redaction.recognizers.person.tokens import (
    Token,
    _is_date_word,
    blocked,
    chain,
    is_cap,
    known_first,
    known_surname,
)
from redaction.recognizers.person.words import (
    _ASK_NEXT,
    _ASKING,
    _BOTH,
    _CLITICS,
    _ES_PREPOSITIONS,
    _FOR_TO,
    _IS,
    _KNOW,
    _LET,
    _NEGATION,
    _NOT_VERBS_T,
    _ROMANCE_SUBJECT_NEXT,
    _SUBORDINATORS,
    _THANKED_NEXT,
    _THANKED_TO,
    _THANKS_TO,
    _TO,
)

# "s'occupe", "n'a", "l'a", "m'a": a clitic glued to a French verb after its subject.
_CLITIC_VERB = regex.compile(r"[snlm]['’]\p{Ll}+")
_IS_WAS = frozenset({"is", "was", "'s"})
# Endings of verbs in the plural or the past: English "-ed", Spanish "-aron"/"-ieron"/"-an"/"-en", French
# "-ent"/"-ont", German and Dutch "-en", after two names joined ("Rosario y Luz revisaron").
_PLURAL_VERB_ENDINGS = ("ed", "aron", "ieron", "eron", "ent", "ont", "en", "an")


# Conjunctions before a Spanish clause whose subject follows its verb ("y me copie Arévalo").
_ES_JOINS = frozenset({"y", "e", "pero", "o", "que"})


# Verbs that put a person on a call or a thread, and the things they are put on ("wants Dev on the call").
_PUT_ON = frozenset(
    {"want", "wants", "wanted", "need", "needs", "needed", "add", "added", "get", "put", "loop"}
)
_CALL_NOUNS = frozenset(
    {
        "call",
        "calls",
        "meeting",
        "thread",
        "invite",
        "invitation",
        "email",
        "chat",
        "channel",
        "loop",
        "panel",
    }
)


# Spanish verbs that open a sentence before the person who acts, the subject after the verb ("Decidirá
# Sagrario.", "Revisa Sagrario (soporte).", "Firma Encarna."): deciding, reviewing, signing, calling, covering
_VS_VERBS = lx.word_set(
    "decide decidirá decidira revisa revisará revisara firma firmará firmara confirma confirmará confirmara "
    "llama llamará llamara aprueba aprobará aprobara valida validará validara prepara preparará preparara "
    "coordina coordinará coordinara contesta contestará contestara responde responderá respondera gestiona "
    "gestionará gestionara supervisa supervisará supervisara atiende atenderá atendera sustituye sustituirá "
    "sustituira cubre cubrirá cubrira redacta redactará redactara presenta presentará presentara"
)


def _verb_opening(tokens: list[Token], i: int) -> tuple[int, int, float] | None:
    """A name of the lists (or spelt clearly like one) after a sentence-opening verb of ``_VS_VERBS``, closing
    its clause or before a role in parentheses."""
    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and nxt.text not in (".", ",", ";", "(", "\n", "!", "?", ":"):
        return None
    if not (
        known_first(tok.folded, ambiguous_ok=True)
        or known_surname(tok.folded)
        or namelike.name_like(tok.folded, 0.5)
    ):
        return None
    return i + 1, tok.end, 0.55


class ClauseRules(LowercaseRules):
    @staticmethod
    def _verb_first(tokens: list[Token], i: int, lang: str) -> tuple[int, int, float] | None:
        """The Spanish subject after its verb, an object pronoun opening the clause: "Lo lleva Ainhoa",
        "La factura la revisa Remedios." (not "de la empresa Serrano": a preposition before)."""
        if lang != "es" or i < 2:
            return None
        tok, verb, clitic = tokens[i], tokens[i - 1], tokens[i - 2]
        if not is_cap(tok) or tok.text.isupper() or not tok.text.isalpha() or blocked(tok.folded):
            return None
        if verb.folded in _VS_VERBS and clitic.text in (".", "!", "?", "\n", ":", ";", "–", "-"):
            return _verb_opening(tokens, i)  # "Decidirá Sagrario.", "Revisa Sagrario (soporte)."
        if clitic.text.lower() not in _CLITICS or not (verb.text.isalpha() and verb.text.islower()):
            return None
        if verb.folded in lx.all_stopwords():
            return None
        before = tokens[i - 3] if i >= 3 else None
        # also after a conjunction: "Que lo vea Beto y me copie Arévalo."
        opens = (
            before is None or before.text in (".", "!", "?", "\n", ",", ";", ":") or before.text in _ES_JOINS
        )
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
        spelt = (
            known_first(tok.folded, ambiguous_ok=True)
            or known_surname(tok.folded)
            or namelike.name_like(tok.folded, 0.3)
        )
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
        # "She wants Dev on the call", "add Ngozi to the invite": a person put on a call, a thread, an invite
        on_call = (
            prev is not None
            and prev.folded in _PUT_ON
            and prev.text.islower()
            and nxt.folded in ("on", "to", "in", "into")
            and i + 3 < n
            and (
                tokens[i + 2].folded in _CALL_NOUNS
                or (tokens[i + 2].folded in ("the", "this") and tokens[i + 3].folded in _CALL_NOUNS)
            )
        )
        if on_call and spelt:
            return i + 1, tok.end, 0.6
        # not "Thanks to Covid, prices rose": thanked for something
        # "Gracias a Soledad y a Modesto", "merci à Aurore pour", "dank aan Merel voor"
        thanked = (
            prev is not None and prev.folded in _THANKED_TO and i >= 2 and tokens[i - 2].folded in _THANKS_TO
        )
        if thanked and spelt and (nxt.folded in _THANKED_NEXT or nxt.text == "!"):
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
                len(tok.text) >= 4
                and namelike.name_like(tok.folded, bar)
                and tok.folded not in lx.TEAM_WORDS
                and tok.folded not in lx.common_words()
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
            finite = finite and nxt.folded not in lx.MONTHS  # "Vanaf maart": a month, no verb
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

    @staticmethod
    def _word_name_subject(tokens: list[Token], i: int) -> tuple[int, int, float] | None:
        """Capitalised first names (word-names too) as the subject of a clause, shown by the verb after them:
        "Rosario y Luz revisaron", "Honor and Faith flagged" (a pair before a verb form), "Olive s'occupe de",
        "Rose l'a envoyé" (a French clitic), "Chance is checking" (a progressive)."""
        n = len(tokens)
        tok = tokens[i]
        if not _sentence_start(tokens, i) and not (i > 0 and tokens[i - 1].text in (",", ";")):
            return None

        def first(t: Token) -> bool:
            return (
                is_cap(t)
                and t.text.isalpha()
                and not t.text.isupper()
                and len(t.text) >= 3
                and known_first(t.folded, ambiguous_ok=True)
                and t.folded not in lx.all_stopwords()
                and t.folded not in lx.MONTHS
                and not blocked(t.folded)
            )

        # a known surname alone is a subject before a French clitic too ("; Dufresne n'a pas le justificatif")
        surname = (
            is_cap(tok)
            and tok.text.isalpha()
            and len(tok.text) >= 3
            and known_surname(tok.folded)
            and tok.folded not in lx.all_stopwords()
            and not blocked(tok.folded)
        )
        if not (first(tok) or surname) or i + 1 >= n:
            return None
        after = tokens[i + 1]
        # a French clitic before the verb: "Olive s'occupe", "Rose n'a pas", "Luce l'a signé"
        if _CLITIC_VERB.match(after.text) and after.start == tok.end + 1:
            return i + 1, tok.end, 0.6
        if not first(tok):
            return None
        # a progressive: "Chance is checking with procurement", "Sunny was calling"
        if (
            after.folded in _IS_WAS
            and i + 2 < n
            and tokens[i + 2].text.islower()
            and tokens[i + 2].folded.endswith("ing")
            and len(tokens[i + 2].folded) > 5
        ):
            return i + 1, tok.end, 0.6
        # two first names joined, then a plural verb form: "Rosario y Luz revisaron", "Honor and Faith flagged"
        if i + 3 < n and after.folded in lx.COORDINATORS and first(tokens[i + 2]):
            verb = tokens[i + 3]
            if (
                verb.text.isalpha()
                and verb.text.islower()
                and (verb.folded in lx.COMM_VERBS or verb.folded.endswith(_PLURAL_VERB_ENDINGS))
            ):
                return i + 1, tok.end, 0.6  # the second one is then joined to a person
        return None

    @staticmethod
    def _cue_before(tokens: list[Token], i: int) -> bool:
        """A word before a sentence-initial name that announces a source ("Per", "Laut", "Según")."""
        return i > 0 and tokens[i - 1].folded in lx.SOURCE_CUES

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
