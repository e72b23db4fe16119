"""Names written with initials or opened by a capitalised particle: "A. Okafor", "J.K. Mensah", "J.-P. Rochat a
encore changé", "W. de Boer", "K. v. Thaden", and a surname used alone with its particle inside a sentence
("goedgekeurd door Van der Berg")."""

from __future__ import annotations

from redaction import lexicon as lx
from redaction.recognizers.person.positions import _after_initials, _line_start
from redaction.recognizers.person.tokens import Token, blocked, is_cap, known_surname
from redaction.recognizers.person.words import _SUBJECT_AUX, PARTICLES

# Capitalised particles that open a surname used alone ("Van der Berg", "De Graaf", "Von Arx", "Da Silva").
CAP_PARTICLES = frozenset({"van", "de", "von", "ter", "ten", "di", "da", "dos"})
# nouns a capital letter labels ("appendix B", "Variante A", "punto C"): the letter is no initial
_LETTER_LABELS = lx.word_set(
    "appendix annex anhang anlage section option plan variant variante phase stage type typ class klasse "
    "grade block punkt punto point part teil article artikel item schedule exhibit figure table tabelle "
    "chapter kapitel annexe anexo bijlage optie fase deel"
)


# The capitalised first word of an Arabic, Berber or Flemish family name after initials
_CAPITAL_PARTICLES = frozenset(
    {"El", "Al", "Ben", "Ait", "Aït", "Ould", "Abou", "Bou", "De", "Van", "Vanden", "Vander"}
    # "P.-Y. Le Gall", "A. Da Silva", "G. Di Stefano", "M. Del Río", "H. Ter Horst"
    | {"Le", "La", "Du", "Da", "Di", "Del", "Della", "Dos", "Ter", "Ten"}
)


def _lower_particle(tokens: list[Token], p: int) -> bool:
    """A particle in lower case: "de", "van", "ter", the abbreviated "v." and the Dutch "'t"."""
    tok = tokens[p]
    nxt = tokens[p + 1].text if p + 1 < len(tokens) else ""
    if tok.text == "v" and nxt == ".":
        return True
    if tok.text == "'" and nxt == "t":
        return True
    return tok.text.islower() and (tok.folded in PARTICLES or tok.folded == "t")


def initials_and_surname(tokens: list[Token], i: int) -> tuple[int, int, float] | None:
    """(index after the name, end offset, score) for initials and a surname starting at ``tokens[i]`` (a single
    capital followed by a full stop)."""
    n = len(tokens)
    prev = tokens[i - 1] if i else None
    k = _after_initials(tokens, i)
    if k >= n or k == i:
        return None
    nxt = tokens[k]
    cued = prev is not None and (prev.folded in lx.PERSON_BY_CUES or prev.folded in lx.TITLES)
    # "A. Wöginger: Lohnzettel fertig": initials and a surname as the speaker of a line of minutes
    speaker = (
        _line_start(tokens, i)
        and k == i + 2
        and k + 1 < n
        and tokens[k + 1].text == ":"
        and nxt.text.isalpha()
        and len(nxt.text) >= 3
        and nxt.folded not in lx.TEAM_WORDS
    )
    # "J.-P. Rochat a encore changé", "K. Mensah said": initials, a surname and a verb (not the
    # letter of "Option A. Tom said", "see appendix B. Total is")
    labelled = prev is not None and (
        prev.folded in _LETTER_LABELS or (prev.text[:1].isupper() and prev.text.isalpha() and not cued)
    )
    acts = (
        not labelled
        and k + 1 < n
        and tokens[k + 1].text.islower()
        and (tokens[k + 1].folded in _SUBJECT_AUX or tokens[k + 1].folded in lx.COMM_VERBS)
        and nxt.text.isalpha()
        and len(nxt.text) >= 3
        and nxt.folded not in lx.TEAM_WORDS
    )
    if is_cap(nxt) and not blocked(nxt.folded) and (known_surname(nxt.folded) or cued or speaker or acts):
        return k + 1, nxt.end, 0.65
    # "W. de Boer", "J. van der Berg", "K. v. Thaden", "W. van 't Hek": initials, particles and a surname
    p = k
    # right after the initials, a family name's capitalised article ("K. El Idrissi", "M. Ben Salah", "J. De Smet")
    if p < n and tokens[p].text in _CAPITAL_PARTICLES:
        p += 1
    while p < n and p - k < 4 and _lower_particle(tokens, p):
        p += 2 if tokens[p].text in ("v", "'") else 1
    last = tokens[p] if k < p < n else None
    if (
        last is not None
        and not (prev is not None and prev.folded in _LETTER_LABELS)
        and is_cap(last)
        and last.text.isalpha()
        and len(last.text) >= 3
        and not blocked(last.folded)
        and last.folded not in lx.TEAM_WORDS
        and last.folded not in lx.ORG_INDICATORS
    ):
        return p + 1, last.end, 0.65
    return None


def particle_surname(tokens: list[Token], i: int) -> tuple[int, int, float] | None:
    """(index after the name, end offset, score) for a surname opened by the capitalised particle at
    ``tokens[i]``, inside a sentence with no capitalised word before it (not "Banco De Chile")."""
    n = len(tokens)
    prev = tokens[i - 1]
    k = i
    while k < n and tokens[k].folded in PARTICLES and k - i < 3:
        k += 1
    last = tokens[k] if k < n else None
    if (
        not prev.text[:1].isupper()
        and last is not None
        and is_cap(last)
        and last.text.isalpha()
        and len(last.text) >= 3
        and not blocked(last.folded)
        and last.folded not in lx.TEAM_WORDS
        and not (k + 1 < n and is_cap(tokens[k + 1]))
    ):
        return k + 1, last.end, 0.6
    return None
