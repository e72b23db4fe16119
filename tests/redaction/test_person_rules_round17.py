"""Round 17: family names of the hand lists that the word checks had left out only for being frequent as names,
and a firm named after its owner, again alone, that the NER model takes for a person; in whole runs."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction import lexicon as lx
from redaction.normalize import fold_str
from tests.redaction.whole_run import check_whole_run


@pytest.mark.parametrize(
    "name", ["Krüger", "Böttcher", "Lindemann", "Chisholm", "Heathcote", "Okazaki", "Martirosyan", "Sakho"]
)
def test_family_names_frequent_only_as_names_are_known_surnames(name: str) -> None:
    assert fold_str(name) in lx.surnames()


@pytest.mark.parametrize("word", ["leeuwen", "velden", "hennen", "helme", "matan"])
def test_plural_nouns_and_verb_forms_stay_out_of_the_surnames(word: str) -> None:
    assert word not in lx.surnames()


RUN_CASES: list[tuple[str, set[str], set[str]]] = [
    ("Der Kunde hat Änderungen direkt bei Krüger bestellt statt über das Ticket-System.", {"Krüger"}, set()),
    ("Die Unterlagen liegen bei Frau Böttcher, Rückfrage an Lindemann.", {"Böttcher", "Lindemann"}, set()),
    # a shop named after its owner is kept, also where the firm comes back alone
    (
        "merchant is Pemberton Candles, refund ref RF-88213\n\nfine by me. Dmitri please close once Pemberton "
        "confirm",
        {"Dmitri"},
        {"Pemberton"},
    ),
    ("Order the wreaths from Ainsworth Florist as last year.", set(), {"Ainsworth"}),
]


@pytest.mark.parametrize(("text", "found", "kept"), RUN_CASES)
def test_round17_whole_runs(redactor: Redactor, text: str, found: set[str], kept: set[str]) -> None:
    check_whole_run(redactor, text, found, kept)
