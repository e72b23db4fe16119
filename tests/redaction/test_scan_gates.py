"""The cheap tests that let a pattern's scan be skipped (a listed word's first letters must stand in the text) are
necessary conditions of the pattern: the words they test are the pattern's own, and what the pattern finds is still
found. Every value is invented."""

from __future__ import annotations

import pytest
import regex

from redaction import Redactor
from redaction.normalize import first_runs, letter_runs, lower_letter_runs
from tests.redaction.coverage import covered
from tests.redaction.coverage import found as _found


def test_letter_runs_are_the_texts_runs_of_letters() -> None:
    text = "Pat.-Nr. 4471, l'Hôpital; STEUER-ID 12"
    assert letter_runs(text) == {"Pat", "Nr", "l", "Hôpital", "STEUER", "ID"}
    assert lower_letter_runs(text) == {"pat", "nr", "l", "hôpital", "steuer", "id"}
    assert first_runs(["Port Harcourt", "steuer-id", "Dar es Salaam"]) == {"Port", "steuer", "Dar"}
    with pytest.raises(ValueError):
        first_runs(["#id"])


def test_the_extension_words_are_the_patterns_own() -> None:
    from redaction.recognizers import phone

    alternatives = regex.search(r"\(\?i:(.*?)\)\[", phone._EXTENSION_ALONE.pattern).group(1).split("|")
    assert first_runs(alternatives, lower=True) == phone._EXTENSION_WORDS


def test_the_region_towns_and_said_words_gates_come_from_their_lists() -> None:
    from redaction.recognizers import address_regional, said_ids

    assert "Port" in address_regional._TOWN_FIRSTS and "Dar" in address_regional._TOWN_FIRSTS
    assert "steuer" in said_ids._FIRSTS and "staff" in said_ids._FIRSTS


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Questions to Gillian, EXT 2214 after lunch.", "EXT 2214", "PHONE"),
        ("Pago a BancoSol 1310245879 el lunes.", "1310245879", "IBAN"),
        ("Transferencia Banco de Chile 00-160-04512-07 hecha.", "00-160-04512-07", "IBAN"),
        ("Staff no. for Chidinma is 00418, please update.", "00418", "ID"),
    ],
)
def test_what_the_gated_patterns_find_is_still_found(
    redactor: Redactor, text: str, value: str, kind: str
) -> None:
    assert covered(redactor, text, value, kind), _found(redactor, text)
