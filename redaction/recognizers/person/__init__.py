"""Person names without a statistical model: titles, greetings, hand-over verbs, a first-name gazetteer.

The English spaCy model misses non-English and accented names and cannot read German, French, Spanish or
Dutch text; these rules find the names that business text announces ("Herr Vöhringer", "Bonjour Maël",
"approved by Grant Wilson", "Viele Grüße\\nWiebke Janssen"). First names that are ordinary words ("Will",
"May", "Grant") count only with a surname or a cue.

The rules live in submodules: `words` (word sets), `tokens` (tokens and name tests), `positions`
(where a token stands), `guards` (not persons), `layout`, `lowercase`, `clauses`, `cues` and `recognizer` (the rules).
"""

from redaction.recognizers.person.clauses import ClauseRules
from redaction.recognizers.person.cues import CueRules
from redaction.recognizers.person.guards import (
    article_before_word,
    company_context,
    firm_words,
    noun_by_ending,
    place_after_in,
    place_noun_after,
    said_after,
    second_of_firm,
    town_used_as_town,
    verb_after,
    word_name_used_as_word,
)
from redaction.recognizers.person.layout import LayoutRules
from redaction.recognizers.person.lowercase import LowercaseRules
from redaction.recognizers.person.recognizer import PersonRecognizer
from redaction.recognizers.person.rulebase import RuleBase
from redaction.recognizers.person.tokens import (
    Token,
    blocked,
    chain,
    is_cap,
    known_first,
    known_surname,
    name_shaped,
    tokenize,
)
from redaction.recognizers.person.words import ADDRESSEES, CLOSINGS, DETERMINERS, PARTICLES, TRAVEL_WORDS

__all__ = [
    "ADDRESSEES",
    "CLOSINGS",
    "ClauseRules",
    "CueRules",
    "DETERMINERS",
    "LayoutRules",
    "LowercaseRules",
    "PARTICLES",
    "PersonRecognizer",
    "RuleBase",
    "TRAVEL_WORDS",
    "Token",
    "article_before_word",
    "blocked",
    "chain",
    "company_context",
    "firm_words",
    "noun_by_ending",
    "is_cap",
    "known_first",
    "known_surname",
    "name_shaped",
    "place_after_in",
    "second_of_firm",
    "town_used_as_town",
    "verb_after",
    "place_noun_after",
    "said_after",
    "tokenize",
    "word_name_used_as_word",
]
