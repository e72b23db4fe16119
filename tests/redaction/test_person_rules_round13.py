"""Rules of round 13 (names that are words, read once the rest of the text is known): each with texts it
must find and texts it must leave alone, as the finder and a whole run see them."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.recognizers.person.wordcues import word_names_in_place
from redaction.types import Span


def _persons_given(text: str, known: list[str]) -> list[str]:
    """What the finder adds to the persons ``known`` (found before it in the same text)."""
    spans = []
    for name in known:
        start = text.index(name)
        spans.append(Span(start, start + len(name), "PERSON", 0.9, "person_rules"))
    return [text[s.start : s.end] for s in word_names_in_place(text, spans)]


# (text, persons found before, what the finder adds)
FINDER_CASES: list[tuple[str, list[str], list[str]]] = [
    # the speaker of a chat line, when the chat's other speakers are persons
    ("may: has anyone seen the bundle index?\ntunde: not me\nmay: ok", ["tunde"], ["may", "may"]),
    ("may: 120h\njune: 96h\ntotal: 216h", [], []),  # months with their figures
    ("[08:52] mol: nog niet\n[08:53] roos: ok\n[08:54] mol: top", ["roos"], ["mol", "mol"]),
    # after a verb whose object is a person; not a date
    ("also pls don't cc june on anything", [], ["june"]),
    ("cc may 2024 figures", [], []),
    ("did u try grace?", [], ["grace"]),
    ("we will try grace periods next year", [], []),
    # opening a clause before a person's verb, maybe after an adverb
    ("bill still hasn't signed the rep letter", [], ["bill"]),
    ("the bill still hasn't been paid", [], []),
    ("bill still hasn't been paid", [], []),
    ("will said he'd do it by friday", [], ["will"]),
    ("noch nicht, klein wollte nochmal drüberschauen", [], ["klein"]),
    ("fröhlich hat angerufen, die Honorarnote ist doppelt", [], ["fröhlich"]),
    ("Cuesta lleva desde las 8 con la pericial", [], ["Cuesta"]),
    ("cuesta muchísimo que la ETT conteste", [], []),
    ("nog niet, vos wil er nog even naar kijken", [], ["vos"]),
    ("in June said the auditors", [], []),
    ("grant approved by the board", [], []),
    # joined to a person found already
    ("Ask June or Kaito about the invoices.", ["Kaito"], ["June"]),
    ("2, me + dolores. original's in the strongroom", [], ["dolores"]),
    ("the grant and Kaito's budget", ["Kaito"], []),
    # before its role, in a cleft, before a pronoun of the verb, with its firm before a verb
    ("Antes de nada, llama a Mercedes, la administrativa, para confirmarlo.", [], ["Mercedes"]),
    ("Por otra parte, Mercedes nos comenta que hay un anticipo.", [], ["Mercedes"]),
    ("la mercedes nos espera en el garaje", [], []),
    ("claire from the client side called twice re MFA resets", [], ["claire"]),
]


@pytest.mark.parametrize(("text", "known", "expected"), FINDER_CASES)
def test_word_names_in_a_persons_place(text: str, known: list[str], expected: list[str]) -> None:
    assert _persons_given(text, known) == expected


# Whole runs without NER: what is redacted, and what stays
RUN_CASES: list[tuple[str, set[str], set[str]]] = [
    (
        "bill still hasn't signed the rep letter\ndid u try grace?\ngrace is on a plane to Lagos, back thu",
        {"bill", "grace"},
        {"Lagos", "letter"},
    ),
    ("will said he'd do it. also pls don't cc june on anything", {"will", "june"}, {"said"}),
    ("Mark as paid once the bill clears. The grant comes in May.", set(), {"Mark", "bill", "grant", "May"}),
]


@pytest.mark.parametrize(("text", "found", "kept"), RUN_CASES)
def test_round13_whole_runs(redactor_no_ner: Redactor, text: str, found: set[str], kept: set[str]) -> None:
    entities = redactor_no_ner.session().analyze_many([text])[0][1]
    persons = {e["text"] for e in entities if e["type"] == "PERSON"}
    assert found <= persons
    redacted = {e["text"] for e in entities}
    assert not (kept & redacted)


MORE_CASES: list[tuple[str, list[str], list[str]]] = [
    # a request softened between its verb and the person
    ("sommer: sag bitte kurz winter bescheid, der macht die Freigabe", [], ["winter"]),
    ("das ist bitte kurz winter", [], []),
    # a role, then the name in parentheses
    ("rang their office manager (rose?) twice, no answer", [], ["rose"]),
    ("the colour (rose) matches", [], []),
    # a question opening on its verb, then the subject
    ("roos: ok. kan vos die niet opvragen?", [], ["vos"]),
    # Spanish subject after its verb
    ("moreno: lo tiene paz, pero está en una reunión", [], ["paz"]),
    ("la ciudad tiene paz, y orden", [], []),
    ("el cierre trimestral lo revisa amparo\n- otro", [], ["amparo"]),
    # a note for a person about something; a person at work on something
    ("left a note for grace re the re-enrolment date", [], ["grace"]),
    ("and ruby is onboarding them", [], ["ruby"]),
    ("summer is coming", [], []),
    # stand-up items with dashes
    ("- seb : migration AD\n- nico : absent\n- blanc : il manque le carnet", ["seb", "nico"], ["blanc"]),
]


@pytest.mark.parametrize(("text", "known", "expected"), MORE_CASES)
def test_more_word_names_in_a_persons_place(text: str, known: list[str], expected: list[str]) -> None:
    assert _persons_given(text, known) == expected


LAST_CASES: list[tuple[str, list[str], list[str]]] = [
    # chat handles after "@", words or not; not a channel
    ("#audit\n@mark.fisher: has anyone seen it?\n@april.n: shared drive", [], ["mark.fisher", "april.n"]),
    ("@channel kurze Info: ab Montag in Elternzeit", [], []),
    ("write to info@example.com", [], []),
    # list items whose other items are full names
    (
        "Daily\n• Koch: Inventur\n• Mehmet Yıldız: Anhang\n• Jäger: krank",
        ["Mehmet Yıldız"],
        ["Koch", "Jäger"],
    ),
    # absent, greeted, a role in parentheses, asked (verb last), met with
    ("[09:15] pat: will do. june is off till thursday", [], ["june"]),
    ("Buenas, Herrero:\n\nEl jueves vamos", [], ["Herrero"]),
    ("TVA, questions à Rose (comptable client)", [], ["Rose"]),
    ("Ich hab Lang gebeten, parallel die Kasse zu prüfen", [], ["Lang"]),
    (
        "subsidieaanvraag, overleg met Vink\nintern - MT; Vink en Boer over capaciteit",
        [],
        ["Vink", "Vink", "Boer"],
    ),
    ("the list is too long, a call with legal re scope", [], []),
]


@pytest.mark.parametrize(("text", "known", "expected"), LAST_CASES)
def test_handles_items_and_cued_word_names(text: str, known: list[str], expected: list[str]) -> None:
    assert sorted(_persons_given(text, known)) == sorted(expected)


def test_stand_up_items_and_capitals_where_only_a_person_stands() -> None:
    items = "Stand-up\n- Visser: controle bij de klant\n- Bakker: WIP-analyse\n- Vos: ziek\n- Status: groen"
    assert _persons_given(items, []) == ["Visser", "Bakker", "Vos"]
    months = "- Mai: 120h\n- Juni: 96h\n- Juli: 80h"
    assert _persons_given(months, []) == []
    met = "subsidieaanvraag, overleg met Schaap\nMT; Schaap en Boer over capaciteit"
    assert [t for t in _given_lang(met, "nl")] == ["Schaap", "Schaap", "Boer"]
    assert _given_lang("Besprechung mit Schaap, dann Pause", "de") == []  # German nouns are capitalised
    assert _given_lang("overleg met Finance over de begroting", "nl") == []
    assert _persons_given("geen idee, vraag het Mulder", []) == ["Mulder"]
    assert _persons_given("roos is vandaag thuis maar wel online", []) == ["roos"]


def _given_lang(text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in word_names_in_place(text, [], lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("estuvo en la llamada con Aceites del Sur", "es"),  # a firm's name goes on
        ("la llamada con", "es"),  # the text ends there
        ("overleg met", "nl"),
        ("@", "en"),
        ("- may:", "en"),
    ],
)
def test_no_person_and_no_error_at_the_edges(text: str, lang: str) -> None:
    assert _given_lang(text, lang) == []


# Firms, places and products named after people (dev34's lessons): what a whole run keeps, what it finds
FIRM_CASES: list[tuple[str, set[str], set[str]]] = [
    ("la oficina de San Martín y la clínica de Santa Marta", set(), {"Martín", "Santa Marta"}),
    ("We hired a Ford Transit and a Toyota Hilux for Kwame Mensah.", {"Kwame Mensah"}, {"Transit", "Hilux"}),
    ("salle Marie-Curie, puis rue Victor-Hugo avec Aminata Diallo", {"Aminata Diallo"}, {"Victor-Hugo"}),
    ("Die Rechnung von Schäfer Getränke ist doppelt, sagt Serkan Kaya.", {"Serkan Kaya"}, {"Schäfer"}),
    ("el pedido de Panadería Campos y la factura de Confecciones Rubio", set(), {"Campos", "Rubio"}),
    ("de huur wordt elke maand betaald; lieve groeten", set(), {"elke", "lieve"}),
    ("der Betrag ist darin enthalten; Lohnbüro prüft", set(), {"darin"}),
    # names stay names: titles, particles, first names with a surname that is a word
    ("Gutachten kommt lt. Herrn Kröll Ende Mai.", {"Kröll"}, set()),
    (
        "Aafke van Dijk belt morgen; Elke Schmidt und Frans de Vries auch.",
        {"Aafke van Dijk", "Elke Schmidt"},
        set(),
    ),
    ("Meeting with SUZUKI Takeshi next week", {"SUZUKI Takeshi"}, set()),
    ("Best,\nEilidh MacLeod\nAccounts Payable", {"Eilidh MacLeod"}, set()),
]


@pytest.mark.parametrize(("text", "found", "kept"), FIRM_CASES)
def test_firms_places_and_products_named_after_people(
    redactor_no_ner: Redactor, text: str, found: set[str], kept: set[str]
) -> None:
    entities = redactor_no_ner.session().analyze_many([text])[0][1]
    persons = [e["text"] for e in entities if e["type"] == "PERSON"]
    assert all(any(f in p for p in persons) for f in found), persons
    assert not any(k in p for k in kept for p in persons), persons


@pytest.mark.parametrize(
    ("words", "street"),
    [
        (["Alexandra", "Palace", "Way"], True),
        (["Van", "Goghstraat"], True),
        (["Johan", "de", "Wittlaan"], True),
        (["Jan", "Verlaan"], False),  # a surname that ends like a street
        (["Anna", "Close"], False),
        (["Jun", "Park"], False),
    ],
)
def test_streets_named_after_people(words: list[str], street: bool) -> None:
    from redaction.recognizers.person.named import street_span

    assert street_span(words) is street


def test_no_person_pair_of_infinitives(redactor_no_ner: Redactor) -> None:
    text = "Si es así, anular la factura y avisar a don Alirio."
    persons = {
        e["text"] for e in redactor_no_ner.session().analyze_many([text])[0][1] if e["type"] == "PERSON"
    }
    assert "así" not in persons and "Alirio" in persons


def test_initials_after_a_minutes_label() -> None:
    from redaction.recognizers.person.initials import initials

    text = "1. Jahresabschluss: TL erläutert die Rückstellung.\nTOP 2: PMS beantragt eine Prüfung.\nNote: PO is approved"
    assert [text[s.start : s.end] for s in initials(text)] == ["TL", "PMS"]
