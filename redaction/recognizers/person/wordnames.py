"""Given names that are ordinary words, written with a capital where the word would not have one.

"Joy", "Hope", "Summer", "Luz", "Paz", "Remedios", "Fleur", "Floor", "Wren" are given names and words. In
English, French, Spanish and Dutch the word is written in lower case inside a sentence, so the capitalised
form there is the name: "ask Joy for the receipts", "la nota de Remedios", "Fleur en ik". German capitalises
its nouns: there only words that are no German noun count. The capital is no evidence at the start of a
sentence or a line, in a title-case heading ("Summer Party Budget"), before another capitalised word ("Hope
Street", "Grace Church"), after an article ("la Paz", "the Summer release"), inside a company's name, or
before a lower-case noun that shows the word ("Grant funding", "Chance of rain"): the guards of
``guards.py`` decide those.
"""

from __future__ import annotations

from collections.abc import Iterator

from redaction import lexicon as lx
from redaction.recognizers.person.guards import (
    article_before_word,
    company_context,
    place_after_in,
    place_noun_after,
    verb_after,
    word_name_used_as_word,
)
from redaction.recognizers.person.tokens import Token
from redaction.types import Span

# Given names whose word is a lower-case common word in en/fr/es/nl (no place, month, brand or deity).
WORD_NAMES = frozenset(
    [
        "amber",
        "angel",
        "autumn",
        "blanche",
        "bonnie",
        "chance",
        "cherry",
        "comfort",
        "constance",
        "crystal",
        "daisy",
        "dawn",
        "destiny",
        "diamond",
        "divine",
        "dusty",
        "ebony",
        "faith",
        "fleur",
        "floor",
        "grace",
        "hazel",
        "heath",
        "holly",
        "honor",
        "hope",
        "hunter",
        "innocent",
        "iris",
        "ivy",
        "jade",
        "joy",
        "lily",
        "lucky",
        "mercy",
        "misty",
        "olive",
        "pax",
        "pearl",
        "penny",
        "precious",
        "prudence",
        "raven",
        "river",
        "robin",
        "rocky",
        "rose",
        "ruby",
        "scarlet",
        "sky",
        "storm",
        "summer",
        "sunny",
        "violet",
        "will",
        "wren",
        "harmony",
        "trinity",
        "patience",
        "blessing",
        "amparo",
        "consuelo",
        "dolores",
        "luz",
        "paz",
        "pilar",
        "remedios",
        "rosario",
        "socorro",
        "soledad",
        "nieves",
        "estrella",
        "esperanza",
        "alegria",
        "caridad",
        "milagros",
        "gracia",
        "inmaculada",
        "concepcion",
        "asuncion",
        "encarnacion",
        "angeles",
        "rocio",
        "reyes",
        "celeste",
        "aimable",
        "clemence",
        "desire",
        "victoire",
        "esperance",
        "aurore",
        "roos",
        "zomer",
        "bloem",
        "sterre",
    ]
)
# Of those, the German nouns (German writes them with a capital anyway).
_GERMAN_NOUNS = frozenset(["rose", "iris", "olive", "chance", "jade", "dame", "engel", "gnade"])
_SENTENCE_END = frozenset({".", "!", "?", "\n", "-", "–", "•", "*", "(", '"', "«", "¿", "¡"})
_COORDINATORS = frozenset([",", "and", "or", "&", "und", "oder", "y", "e", "o", "et", "ou", "en", "of"])
# English verbs and words whose object is a person: "let Joy break the tie", "swap Wren onto ..."
_PERSON_OBJECT = frozenset(
    [
        "let",
        "ask",
        "asked",
        "tell",
        "told",
        "ping",
        "pinged",
        "cc",
        "swap",
        "move",
        "moved",
        "put",
        "thank",
        "thanks",
        "call",
        "called",
        "email",
        "emailed",
        "meet",
        "met",
        "invite",
        "invited",
        "loop",
        "copy",
        "with",
        "and",
        "or",
        "&",
        "w/",
        "via",
        "per",
    ]
)


def _title_case_line(tokens: list[Token], i: int) -> bool:
    """Most words of the token's line are capitalised: a heading or a subject line."""
    lo = i
    while lo > 0 and tokens[lo - 1].text != "\n":
        lo -= 1
    hi = i
    while hi + 1 < len(tokens) and tokens[hi + 1].text != "\n":
        hi += 1
    words = [t for t in tokens[lo : hi + 1] if t.text[0].isalpha() and len(t.text) > 3]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) >= 0.6 * len(words)


def word_names(tokens: list[Token], text: str, lang: str) -> Iterator[Span]:
    """Capitalised word-names inside a sentence, as persons (score 0.6)."""
    for i, tok in enumerate(tokens):
        word = tok.text
        if len(word) < 3 or not word[0].isupper() or not word[1:].islower() or tok.folded not in WORD_NAMES:
            continue
        if lang == "de" and tok.folded in _GERMAN_NOUNS:
            continue
        opening = i == 0 or tokens[i - 1].text in _SENTENCE_END or tokens[i - 1].text.startswith(("'", "’"))
        if opening or tokens[i - 1].folded in _COORDINATORS:
            # the capital of a sentence's first word, or a pair the context rules read ("Rosario y Luz, dos
            # barrios"); but in Spanish, French and Dutch the subject of a verb ("y Amparo no lo aceptó",
            # "Dolores pasa a Consultoría": the word would take an article there)
            if lang in ("es", "fr", "nl") and tokens[i - 1].text != "'" and verb_after(text, tok.end, lang):
                yield Span(tok.start, tok.end, "PERSON", 0.55, "person_rules")
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and nxt.text[0].isupper() and nxt.text[0].isalpha():
            continue  # "Hope Street", "Summer Party"; full names are the gazetteer's
        if _title_case_line(tokens, i):
            continue
        start, end = tok.start, tok.end
        prev = tokens[i - 1].folded
        # Spanish writes a person object with "a" ("avisa a Remedios"); no article there
        article = article_before_word(text, start, end) and not (lang == "es" and prev == "a")
        # "Grant funding", "Summer hours": English joins such words to a noun; French, Spanish and Dutch
        # do not write the word with a capital there
        # (not before a function word: "went to Summer yesterday")
        after = tokens[i + 1].folded if i + 1 < len(tokens) else ""
        function_word = any(after in words for words in lx.STOPWORDS.values())
        as_word = (
            lang in ("en", "de")
            and prev not in _PERSON_OBJECT
            and not function_word
            and word_name_used_as_word(text, start, end)
        )
        if (
            article
            or as_word
            or company_context(text, start, end)
            or place_after_in(text, start, end)
            or place_noun_after(text, end)
        ):
            continue
        yield Span(start, end, "PERSON", 0.6, "person_rules")
