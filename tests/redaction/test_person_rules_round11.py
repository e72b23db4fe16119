"""Person rules of round 11: each with texts it must find and texts it must leave alone."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.recognizers.person import PersonRecognizer
from redaction.recognizers.person.notes import caps_name_lines, handles
from redaction.recognizers.person.tokens import known_surname

RULES = PersonRecognizer()


def persons(text: str, lang: str = "en") -> set[str]:
    return {text[s.start : s.end] for s in RULES.find(text, lang)}


CASES: list[tuple[str, str, set[str]]] = [
    # a name, where the person works, and a verb; not a grant from a funder, not the place itself
    ("en", "btw Pat from Northwind asked if we patch 3.4 too", {"Pat"}),
    ("de", "Faith aus London hat bestätigt, dass alles passt.", {"Faith"}),
    ("en", "Grant from Innovate UK covers the pilot.", set()),
    # initials and a surname: the speaker of a line of minutes, or before a verb; not a labelled letter
    ("de", "Stand-up Wien\nA. Wöginger: Lohnzettel L16 fertig.", {"A. Wöginger"}),
    ("fr", "J.-P. Rochat a encore changé le plan comptable.", {"J.-P. Rochat"}),
    ("en", "See Appendix B. Total is fine.", set()),
    # lower-case full names of the lists, as dictation writes them; not "dolores de cabeza"
    ("es", "nota de voz: llamar a rosario domínguez mañana", {"rosario domínguez"}),
    ("fr", "dire à aimé kaboré que la maquette a plu", {"aimé kaboré"}),
    ("es", "tiene dolores de cabeza desde el lunes", set()),
    # a first name goes on into a surname with particles (not into a department)
    ("nl", "Ik bedoel: Storm de Graaf komt morgen niet.", {"Storm de Graaf"}),
    ("es", "María de Contabilidad llamó ayer.", {"María"}),
    # firms named after a person by a profession's or trade's noun
    (
        "de",
        "Call mit Frau von der Heydt (Geschäftsführung Kanzlei Roth) wegen Verlängerung",
        {"von der Heydt"},
    ),
    ("es", "Reunión con Ortega Salinas Abogados el martes.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_person_rules_round11(lang: str, text: str, expected: set[str]) -> None:
    assert persons(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@kenji.moriyama ya lo intentó\nluz.carmona: voy, dame 10", ["kenji.moriyama", "luz.carmona"]),
        ("[10:02] priya.sharma: jep, gestern", ["priya.sharma"]),
        ("mail @acme.com, see notes.txt: line 4, billing.team: ok", []),
    ],
)
def test_chat_handles(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in handles(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CV\n\nFATOUMATA « FATOU » DIABATÉ\nMarseille", ["FATOUMATA « FATOU » DIABATÉ"]),
        ("Anlage\nMEHMET „MEMO“ ÖZTÜRK\nStuttgart", ["MEHMET „MEMO“ ÖZTÜRK"]),
        ("HUMAN RESOURCES DEPARTMENT\nMARKETING PLAN\nTOTAL DUE", []),
    ],
)
def test_name_lines_in_capitals(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in caps_name_lines(text)] == expected


def test_common_surnames_that_wordnet_lists_as_persons_are_known() -> None:
    # WordNet's nouns include famous persons; only a lower-case dictionary word keeps a surname out
    assert all(known_surname(s) for s in ("schmidt", "wagner", "jimenez", "hoffmann", "jansen"))
    assert not any(known_surname(s) for s in ("smith", "baker", "birmingham", "contractor"))


def test_places_of_the_geocoder_are_no_persons_for_weak_cues() -> None:
    from redaction import lexicon as lx

    places = lx.places()
    assert {"leeds", "bogota", "guadalajara", "dakar"} <= places
    # names the lists know stay for the context to decide
    assert not {"florence", "madison", "becker"} & places
    assert persons("Zoom call, then I fly to Bogotá. Leeds has the files.") == set()
    assert persons("Lunch w/ Marama at noon.") == {"Marama"}


def test_german_nouns_by_their_endings_are_no_persons() -> None:
    from redaction.recognizers.person.guards import noun_by_ending

    assert all(
        noun_by_ending(w) for w in ("Kreditorenbuchhaltung", "Empfehlung", "Lohnbüro", "Ansprechpartnerin")
    )
    assert not any(noun_by_ending(w) for w in ("Hartung", "Jung", "Henning"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every speaker of a chat export, word-names too
        ("[10:02] will: can someone cover the call at 2?\n[10:03] anneke: on it\n", {"will", "anneke"}),
        ("anneke: on it\nsunny: fyi the draft is in\ngrace: ok", {"anneke", "sunny", "grace"}),
        # a form's labels and an agenda's items are no speakers
        ("Status: open\nNote: call back\nTotal: 4 h", set()),
        ("10:00 Standup: all fine\n11:30 Lunch: canteen", set()),
    ],
)
def test_chat_speakers_and_agendas(text: str, expected: set[str]) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reste à chiffrer la verrière. — IB", ["IB"]),
        ("niets aangeklikt.\n— jdv", ["jdv"]),
        ("Todo done\nGW", ["GW"]),
        ("drafted reply for GW to sign. Goedgekeurd door RVD.", ["GW", "RVD"]),
        # business acronyms, ids and abbreviations are none
        ("Invoice sent to HR. Please check with IT\nThanks", []),
        ("Identificado por DNI, plan für KW 12. Solo RR. HH.", []),
        ("Total due by EOD\nok", []),
    ],
)
def test_initials(text: str, expected: list[str]) -> None:
    from redaction.recognizers.person.notes import initials

    assert [text[s.start : s.end] for s in initials(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word-name a note or a sentence addresses, after an arrow, with where the person works
        ("Will - handing over the kitchen file while I am away", {"Will"}),
        ("Yilmaz very relieved. Will, can you note it on the file", {"Yilmaz", "Will"}),
        ("Anything urgent -> Dawn.", {"Dawn"}),
        ("Handover - Tom\nRose at Petals: new starter to add", {"Rose"}),
        ("Tom, Sunny at Sunrise Tandoori is ringing", {"Tom", "Sunny"}),
        # months, statuses and teams are none
        ("May, June and July are busy.", set()),
        ("status -> Done, move to -> Finance", set()),
        ("Summary - all good", set()),
    ],
)
def test_word_names_addressed(text: str, expected: set[str]) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EOD - Oduya\n- NEST upload done", {"Oduya"}),
        ("fin de journée – amoah\n- maquette ok", {"amoah"}),
        ("Update - Q3 numbers", set()),
        ("Status - Open", set()),
        ("Umsatzliste fehlt noch, mail an ayşe zum Nachfassen.", {"ayşe"}),
    ],
)
def test_note_titles_and_german_an(text: str, expected: set[str]) -> None:
    assert persons(text, "de" if "Umsatz" in text else "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Besprechungsraum 2.\n– Haas", ["Haas"]),
        ("Todo en la carpeta.\n— Ro", ["Ro"]),
        ("ik heb haar al gezegd dat het in de wachtrij staat.\njoke", ["joke"]),
        ("See you soon.\nThanks", []),
        ("Please review.\n- Finance", []),
        ("The end.\nDone", []),
    ],
)
def test_signoff_names(text: str, expected: list[str]) -> None:
    from redaction.recognizers.person.notes import signoff_name

    assert [text[s.start : s.end] for s in signoff_name(text)] == expected


def test_joined_initials() -> None:
    from redaction.recognizers.person.notes import initials

    text = "1.5h WF + DH - reviewed the run; our B2B & M&A team"
    assert [text[s.start : s.end] for s in initials(text)] == ["WF", "DH"]


def test_contact_in_parentheses_after_a_firm() -> None:
    from redaction.recognizers.person.notes import firm_contacts

    text = (
        "Anatolia Grill KG (Kaya): neu. Brightwell Logistics Ltd (Okafor). Acme GmbH (Berlin), Acme GmbH (HR)"
    )
    assert [text[s.start : s.end] for s in firm_contacts(text)] == ["Kaya", "Okafor"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mme Soo-jin Han, directrice marketing, nous reproche le retard", "Soo-jin Han"),
        ("en Daan van 't Hof (projectleider) aanwezig", "Daan van 't Hof"),
        ("kwartaalcijfers doorgenomen met Mei Ling Tan\nma 14:00 voorbereiding", "Mei Ling Tan"),
        ("@Bram Visser kun jij toner bestellen?", "Bram Visser"),
    ],
)
def test_whole_names_after_a_run(redactor_no_ner: Redactor, text: str, name: str) -> None:
    """A name found in part goes on to its whole, and a learned name never shrinks a mention to its surname."""
    entities = redactor_no_ner.session().analyze_many([text])[0][1]
    assert name in [e["text"] for e in entities]


def test_weekdays_are_no_persons() -> None:
    assert persons("Quick recap before Thursday's partner review.\nFarida") == {"Farida"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a surname of the lists alone where only a person stands
        ("en", "fwiw Hargreaves already sent the payslips", {"Hargreaves"}),
        ("en", "the old VPN profile; Tuilagi reckons 4.2.1 fixes it.", {"Tuilagi"}),
        ("en", "2) Gallagher: NI number on file is wrong", {"Gallagher"}),
        ("es", "la demanda de Ionescu no se puede presentar hoy", {"Ionescu"}),
        # firms, places and a list of firms are none
        ("nl", "saldibevestigingen van Albert Heijn en Philips ontbreken nog", set()),
        ("es", "la oficina de Bilbao cierra el viernes", set()),
    ],
)
def test_surname_slots(lang: str, text: str, expected: set[str]) -> None:
    assert persons(text, lang) == expected
