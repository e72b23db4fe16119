"""Given names that are words, written with a capital inside a sentence (``recognizers/person/wordnames.py``)."""

from __future__ import annotations

import pytest

from redaction import RedactionSettings, Redactor


@pytest.fixture(scope="module")
def rules_only() -> Redactor:
    return Redactor(RedactionSettings(ner="off"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lorenzo leans no-hire, I lean hire. Let's let Joy break the tie on Thursday.", "Joy"),
        ("Staffing wk 20: swap Wren onto the Marlow account, keep Baptiste on it", "Wren"),
        ("ok, yo cubro su reunión. avisa a Remedios porfa", "Remedios"),
        ("Acuerdos: aprobada la fase 2; Luz prepara el cronograma para abril.", "Luz"),
        ("Mateo y yo la vemos bien; Paz no pudo entrar.", "Paz"),
        ("Voor de planning: vraag het aan Fleur, zij weet het.", "Fleur"),
        ("the draft went to Summer yesterday, she will send it back", "Summer"),
    ],
)
def test_capitalised_word_name_inside_a_sentence_is_a_person(
    rules_only: Redactor, text: str, name: str
) -> None:
    out = rules_only.session().redact(text)
    assert name not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "We applied for Grant funding in March and the Summer hours apply from June.",
        "Hope Street office closes early; the Summer hours start in June.",
        "Weekly Summer Planning Review Notes",
        "El hotel está en La Paz y la reunión en Santiago.",
        "Die Rose im Logo und die Chance auf den Auftrag sind gut.",
        "Joy is the word the client used in the survey.",
    ],
)
def test_word_names_used_as_words_stay(rules_only: Redactor, text: str) -> None:
    out = rules_only.session().redact(text)
    assert "<PERSON" not in out, out
