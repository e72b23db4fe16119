"""Names placed by layout: chat-export speaker lines, role labels, parentheses, attendee lists, pairs."""

from __future__ import annotations

from collections.abc import Iterator

from redaction import lexicon as lx
from redaction import namelike
from redaction.recognizers.person.headers import HeaderRules
from redaction.recognizers.person.positions import (
    _clock_line_start,
    _line_start,
    _name_with_initials,
    _sentence_start,
    _time_after,
    _time_before,
)
from redaction.recognizers.person.tokens import (
    Token,
    _known_name,
    _tool_words,
    blocked,
    chain,
    is_cap,
    known_first,
    known_surname,
)
from redaction.recognizers.person.words import _BOTH, _NAME_OF, _PLACE_PREPS, _SELF, _SUBJECT_AUX, PARTICLES
from redaction.types import Span

_NAME_LABEL_MODIFIERS = frozenset(
    ["first", "last", "full", "given", "family", "middle", "maiden", "preferred", "legal", "vollstandiger"]
)
# "Nieuwe collega: Nordin Azzouzi", "New starter: ...": a word before a role's label
_ROLE_LABEL_MODIFIERS = frozenset(
    ["new", "nieuwe", "nieuw", "neue", "neuer", "nouveau", "nouvelle", "nuevo", "nueva", "interim", "acting"]
)

# A role or its abbreviation after the name in parentheses ("(Farheen Siddiqui, Mgr)"): no second person
_ROLE_AFTER_NAME = lx.ROLE_WORDS | lx.word_set(
    "mgr asst snr exec chair chairperson chairman chairwoman admin dir md gm"
)

# A list's heading before a verb of being opens the list as its colon does ("Aanwezig waren ...", "Anwesend waren")
_WERE = frozenset(
    ["waren", "zijn", "were", "are", "sind", "étaient", "etaient", "sont", "estuvieron", "fueron"]
)


# Items of an agenda after a clock time ("10:00 Standup:", "12:30 Lunch:"): no speakers
_AGENDA_ITEMS = lx.word_set(
    "kick-off kickoff standup stand-up lunch break pause review retro demo intro sync call meeting workshop "
    "wrap-up coffee dinner keynote session opening closing welcome agenda q&a mittagspause mittagessen "
    "besprechung déjeuner dejeuner réunion reunion almuerzo comida reunión lunchpauze overleg vergadering"
)


def _speaker_like(words: list[Token]) -> bool:
    """A stamped line's speaker, not an agenda item: a name of the lists or a word spelt like a name."""
    names = [t for t in words if t.text[0].isalpha() and len(t.text) > 1]
    if not names or any(t.folded in _AGENDA_ITEMS for t in names):
        return False
    return any(known_first(t.folded, ambiguous_ok=True) or known_surname(t.folded) for t in names) or any(
        namelike.name_like(t.folded, 0.0) for t in names
    )


# Initials that name a department or a role rather than a person, even in an attendee list.
_LIST_NOT_INITIALS = lx.word_set(
    "HR IT QA PM PMO VP CEO CFO CTO COO CIO DPO OPS DEV ALL TEAM MKT BI UX UI EU UK US NL DE FR ES BE CH AT "
    "DAF DRH DSI RH TI GF CISO CRO CMO CPO SVP EVP MD GM BD PA EA HSE RA"
)


_NOBODY = lx.word_set(
    "none nobody noone everyone everybody all tbc tbd n/a keine keiner niemand alle aucun personne tous "
    "toutes nadie ninguno ninguna todos todas geen niemand iedereen allen client clients kunde klant cliente"
)


def _heading_filler(tok: Token) -> bool:
    """A token between a list's heading and its colon: a dot, brackets, a letter or a short lower-case
    abbreviation ("afwezig m.k.:", "Excusé(e)s :", "Apologies rec'd:")."""
    return tok.text in ".()" or (tok.text.isalpha() and tok.text.islower() and len(tok.text) <= 3)


def _list_item(tokens: list[Token], k: int) -> bool:
    """One word standing alone as an item of an attendee list: capital initials that name no department
    ("RK", "PL") or a capitalised word that names no team, role, month, firm or tool ("Baker", "Jung", "Vos")."""
    tok, n = tokens[k], len(tokens)
    nxt = tokens[k + 1] if k + 1 < n else None
    if (
        nxt is not None
        and nxt.text not in (",", ";", "\n", "(", "&", "/")
        and nxt.folded not in lx.COORDINATORS
    ):
        return False
    if tok.text.isupper() and 2 <= len(tok.text) <= 3 and tok.text.isalpha():
        return tok.text not in _LIST_NOT_INITIALS
    if not (tok.text[:1].isupper() and tok.text[1:].islower() and len(tok.text) >= 3):
        return False
    folded = tok.folded
    not_anyone = (
        lx.TEAM_WORDS,
        lx.ROLE_WORDS,
        lx.MONTHS,
        lx.WEEKDAYS,
        lx.ORG_INDICATORS,
        lx.NON_PERSON_TAILS,
    )
    if folded in _NOBODY or any(folded in words for words in not_anyone):
        return False
    # a word alone between the commas of the list is a name too ("Vos", "Long"), unless the tools know it
    return folded not in _tool_words()


def _bilingual_label(tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` a name field's label in another language after ours and a slash ("Achternaam / Nazwisko"):
    ours is a name label, the other a name label too or no word of our languages (not "Naam / Status")."""
    other = tokens[k].folded
    return tokens[k - 2].folded in lx.NAME_LABELS and (other in lx.NAME_LABELS or not lx.plain_word(other))


class LayoutRules(HeaderRules):
    def _layout(self, tokens: list[Token]) -> Iterator[Span]:
        """Names placed by the layout of exports and forms rather than by words around them: a chat export's
        speaker line ("Rustam Nazarov [2:14 PM]", "Dawit Haile  10:09 AM", "[Mo 09:05] Svetlana K.:") and
        the value of a role label ("Assigned to: L. Okonkwo", "Bearbeiter: Aigerim", "(Orga: Ernst)")."""
        n = len(tokens)
        for i, tok in enumerate(tokens):
            if not is_cap(tok):
                continue
            if tok.text.isupper() and len(tok.text) > 1 and not self._name_label_before(tokens, i):
                continue  # capitals: only as the value of a name field ("Nom : KHOURY")
            prev = tokens[i - 1] if i else None
            # "| Lin, Mei | ACME Audit |": a table cell "Surname, Given name", one of them in the lists
            cell = (
                prev is not None
                and prev.text == "|"
                and i + 3 < n
                and tokens[i + 1].text == ","
                and is_cap(tokens[i + 2])
                and tokens[i + 3].text == "|"
                and tok.text.isalpha()
                and tokens[i + 2].text.isalpha()
                and not blocked(tok.folded)
                and not blocked(tokens[i + 2].folded)
            )
            if cell and (
                known_first(tokens[i + 2].folded, ambiguous_ok=True)
                or known_surname(tok.folded)
                or known_first(tok.folded, ambiguous_ok=False)
            ):
                yield self._span(tokens, i, i + 3, 0.7)
                continue
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
            if label and self._name_label_before(tokens, i):
                # a name field holds the whole name, whatever its words ("Vorname: Ayşe Nur")
                while (
                    end < n
                    and end - i < 4
                    and is_cap(tokens[end])
                    and tokens[end].text.isalpha()
                    and tokens[end].start - tokens[end - 1].end == 1
                    and tokens[end].folded not in lx.FORM_LABELS
                ):
                    end += 1
            if label:  # a form's column gap ends the value ("Nom : KHOURY            Prénom : Rania")
                end = next((k for k in range(i + 1, end) if tokens[k].start - tokens[k - 1].end >= 3), end)
            after = tokens[end] if end < n else None
            if stamp_before and after is not None and after.text == ":" and _speaker_like(tokens[i:end]):
                yield self._span(tokens, i, end, 0.7)  # "[Mo 09:05] Svetlana K.: ich"
                continue
            closes = after is not None and after.text == "." and (end + 1 >= n or tokens[end + 1].text != ".")
            team = end == i + 1 and tok.folded in lx.TEAM_WORDS  # "Owner: Finance."
            if (
                label
                and not team
                and (
                    after is None
                    or closes
                    or after.text in ("\n", ",", ";", ")", "(", "|", "-", "–")
                    or after.start - tokens[end - 1].end >= 3
                )
            ):
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
    def _name_label_before(tokens: list[Token], i: int) -> bool:
        """A name field's label and its colon right before ``tokens[i]`` ("Name:", "Nom / Prénom :",
        "Achternaam / Nazwisko:")."""
        if i < 2 or tokens[i - 1].text != ":":
            return False
        bilingual = i >= 4 and tokens[i - 3].text == "/" and _bilingual_label(tokens, i - 2)
        return tokens[i - 2].folded in lx.NAME_LABELS or bilingual

    @staticmethod
    def _label_before(tokens: list[Token], i: int) -> bool:
        """A role label and its colon right before ``tokens[i]``, at a line start, after "(" or a list comma."""
        k = i - 1
        if k < 1 or tokens[k].text != ":":
            return False
        k -= 1
        if k >= 2 and tokens[k - 1].text == "/" and _bilingual_label(tokens, k):
            k -= 2  # a bilingual form's label, ours first ("Achternaam / Nazwisko:", "Nom / Name :")
        if (
            tokens[k].folded in lx.LABEL_TAILS
            and k >= 1
            and (tokens[k - 1].folded in lx.ROLE_LABELS or tokens[k - 1].folded in lx.ROLE_PARTICIPLES)
        ):
            k -= 1  # "Reported by:", "Aangemeld door:"
        elif tokens[k].folded in lx.NAME_LABELS:
            # "Name:", "Name, Vorname:", "Nom / Prénom :", "First name:", "Full name:"
            if k >= 1 and tokens[k - 1].folded in _NAME_LABEL_MODIFIERS:
                k -= 1
            gap = k >= 1 and tokens[k].start - tokens[k - 1].end >= 3  # "DEMIR     Vorname: Ayşe"
            return k == 0 or gap or tokens[k - 1].text in ("\n", "(", ",", ";", "|", ">", ".", "/")
        elif tokens[k].folded not in lx.ROLE_LABELS:
            return False
        elif k >= 1 and tokens[k - 1].folded in _ROLE_LABEL_MODIFIERS:
            k -= 1
        # also after a sentence, when the value closes its own ("badge. Parrain : Victor.")
        return k == 0 or tokens[k - 1].text in ("\n", "(", ",", ";", "|", ">", ".")

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
            roles = 0
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
                if items and end == k + 1 and not titled and tokens[k].folded in _ROLE_AFTER_NAME:
                    roles += (
                        1  # "(Farheen Siddiqui, Mgr)", "(Jonathan Hallworth, Chair)": a role, no second name
                    )
                    k = end
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
            listed = (evidence and len(items) + selves + roles >= 2) or (selves > 0 and len(items) >= 2)
            if k < n and tokens[k].text == ")" and listed:
                for start, end in items:
                    yield self._span(tokens, start, end, 0.65)

    def _listed(self, tokens: list[Token]) -> Iterator[Span]:
        """Names in an attendee list: "Attendees: Babatunde Fashola, Dr. Deepa Krishnan (notes), Theo"."""
        n = len(tokens)
        for h, tok in enumerate(tokens):
            if tok.folded not in lx.LIST_HEADINGS:
                continue
            colon = h + 1
            # "afwezig m.k.:", "Excusé(e)s :": a short abbreviation or ending between the heading and its colon
            while (
                colon < n and colon - h <= 5 and tokens[colon].text != ":" and _heading_filler(tokens[colon])
            ):
                colon += 1
            # or a verb of being ("Aanwezig waren Harrie van Gorp, Roos Verbeek ...", "Present were ...")
            said = colon < n and colon == h + 1 and tokens[colon].folded in _WERE and tok.text[0].isupper()
            if colon >= n or (tokens[colon].text != ":" and not said):
                continue
            k = colon + 1
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
                if end < n and tokens[end].text == ":" and tokens[end - 1].text.isalpha():
                    break  # the next label ("..., Farrah from finance. Agenda: scope, Milestone 1")
                if end == k and _list_item(tokens, k):
                    end = (
                        k + 1
                    )  # "Present: AK, PL, MB", "Teilnehmer: Jung, Vos, MK": initials, a surname alone
                if end > k:
                    yield self._span(tokens, k, end, 0.7)
                    k = end
                # skip to the next list separator (a role in parentheses, a dash, other words)
                depth = 0
                label = False
                while k < n and tokens[k].text != "\n":
                    if tokens[k].text == "(":
                        depth += 1
                    elif tokens[k].text == ")":
                        depth = max(0, depth - 1)
                    elif depth == 0 and (tokens[k].text in ",;" or tokens[k].folded in lx.COORDINATORS):
                        break
                    elif depth == 0 and k + 1 < n and tokens[k + 1].text == ":" and tokens[k].text.isalpha():
                        label = True
                        break
                    k += 1
                if label:
                    break

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
        if i and tokens[i - 1].folded == "namens" and end - i >= 2:
            return True  # "Namens Aafke Terpstra-Bouma:": Dutch and German "on behalf of" before a full name
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
