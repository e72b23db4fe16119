"""Cues of round 11 for a name that stands alone: where the person works ("Pat from Northwind asked", "Rose at
Petals:"), a word-name a note or a request addresses ("Will - handing over", "Will, can you"), a name after a
note's arrow ("-> Dawn")."""

from __future__ import annotations

from redaction import lexicon as lx
from redaction.recognizers.person.positions import _line_start, _lone_noun, _sentence_start
from redaction.recognizers.person.tokens import Token, blocked, is_cap, known_first, known_surname
from redaction.recognizers.person.words import _AUXILIARIES, _SUBJECT_AUX, _VOCATIVE_NEXT

# "from", "aus", "de chez", "bei", "at": where a person works, before the firm's name
_FROM_ORG = frozenset({"from", "aus", "bei", "at", "chez", "uit"})
# things that come from an organisation ("Grant from Innovate UK", "Bill from Vodafone")
NOUNS_FROM = frozenset({"grant", "bill", "will", "order", "offer", "note", "memo", "post"})


# a note addressed to a person by its first word: "Will - handing over ...", "Grace – Mr Chen asked"
_ADDRESS_DASHES = frozenset({"-", "–", "—"})
# modal words that open a request after "Name, ..." in our languages
_REQUEST_NEXT = _VOCATIVE_NEXT | lx.word_set(
    "kun kunt kan kunnen puede podrías podrias pourrais pourriez peut"
)


def word_name_addressed(tokens: list[Token], i: int) -> bool:
    """A word-name the note or a sentence addresses: "Will - handing over ..." as a note's first words, "Will,
    can you note it" opening a sentence (not "May, June and July", nor "Bill - see attached")."""
    tok = tokens[i]
    n = len(tokens)
    if not (is_cap(tok) and tok.text.isalpha() and not tok.text.isupper()) or i + 2 >= n:
        return False
    if not known_first(tok.folded, ambiguous_ok=True) or tok.folded in lx.MONTHS:
        return False
    if tok.folded in NOUNS_FROM and tok.folded != "will":  # "Bill - see attached": the invoice
        return False
    nxt, then = tokens[i + 1], tokens[i + 2]
    asks = (
        nxt.text == ","
        and then.folded in _REQUEST_NEXT
        and then.text.islower()
        and _sentence_start(tokens, i)
    )
    note_start = i == 0 or all(t.text == "\n" for t in tokens[:i])
    addressed = (
        note_start
        and nxt.text in _ADDRESS_DASHES
        and then.text[:1].isalpha()
        and (then.text.islower() or known_first(then.folded, ambiguous_ok=False) or then.folded in lx.TITLES)
    )
    return asks or addressed


def arrow_to_name(tokens: list[Token], i: int) -> bool:
    """A name after an arrow of a note ("Anything urgent -> Dawn.", "Frist notieren → Ivana"): a first name of
    the lists (a word-name too) or a surname, capitalised."""
    tok = tokens[i]
    arrow = (i >= 2 and tokens[i - 1].text == ">" and tokens[i - 2].text in ("-", "=")) or (
        i >= 1 and tokens[i - 1].text in ("→", "⇒")
    )
    if not arrow or not (is_cap(tok) and tok.text.isalpha() and not tok.text.isupper()):
        return False
    if tok.folded in lx.MONTHS or tok.folded in lx.TEAM_WORDS or blocked(tok.folded) and tok.folded != "will":
        return False
    return known_first(tok.folded, ambiguous_ok=True) or known_surname(tok.folded)


def plain_words(words: list[Token]) -> bool:
    return all(t.text.isalpha() and not t.text.isupper() for t in words)


def from_org(tokens: list[Token], end: int) -> bool:
    """Whether "from <Firm> <verb>" follows a name ending at ``tokens[end]``."""
    n = len(tokens)
    k = end
    if k < n and tokens[k].folded == "de" and k + 1 < n and tokens[k + 1].folded == "chez":
        k += 1
    if k >= n or tokens[k].folded not in _FROM_ORG or not tokens[k].text.islower():
        return False
    j = k + 1
    while j < n and j - k <= 3 and is_cap(tokens[j]) and tokens[j].text.isalpha():
        j += 1
    if j == k + 1 or j >= n or tokens[k + 1].folded in lx.MONTHS:
        return False
    nxt = tokens[j]
    # the verb right after the firm, or an elided French pronoun before it ("m'a", "l'a")
    verb = nxt.folded not in lx.all_stopwords() or nxt.folded in _SUBJECT_AUX or nxt.folded in _AUXILIARIES
    # "Rose at Petals: new starter", a note about a client's contact at the line start
    if nxt.text == ":" and _line_start(tokens, end - 1):
        return True
    # "10.10 - Grace from Bellwether Accountants, re: year-end pack": a log line opening with who called
    opens = _line_start(tokens, end - 1) or (end >= 2 and tokens[end - 2].text in ("-", "–", "—", ":"))
    if nxt.text in (",", "(", "-", "–", "—") and opens and j - k >= 2:
        return True
    return (nxt.text.isalpha() and nxt.text.islower() and verb) or (
        "'" in nxt.text and nxt.text[:1].islower()
    )


def word_name_from_org(tokens: list[Token], i: int) -> bool:
    """A word-name, where the person works and a verb: "Faith aus London hat bestätigt" (not "Grant
    from Innovate UK covers it", nor "the Rose from ...")."""
    tok = tokens[i]
    return (
        tok.text.isalpha()
        and is_cap(tok)
        and not tok.text.isupper()
        and known_first(tok.folded, ambiguous_ok=True)
        and tok.folded not in NOUNS_FROM
        and not _lone_noun(tokens, i)
        and from_org(tokens, i + 1)
    )
