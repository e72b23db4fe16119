"""Person rules of round 11: each with texts it must find and texts it must leave alone."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from redaction import Redactor
from redaction import lexicon as lx
from redaction.recognizers.person import PersonRecognizer
from redaction.recognizers.person.guards import noun_by_ending
from redaction.recognizers.person.handles import handles
from redaction.recognizers.person.initials import initials
from redaction.recognizers.person.notes import (
    caps_name_lines,
    firm_contacts,
    signoff_name,
)
from redaction.recognizers.person.tokens import known_surname
from redaction.types import Span

RULES = PersonRecognizer()


def persons(text: str, lang: str = "en") -> set[str]:
    return {text[s.start : s.end] for s in RULES.find(text, lang)}


# What the person recognizer as a whole finds: (language, text, persons)
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
    # firms named after a person by a profession's or trade's noun
    (
        "de",
        "Call mit Frau von der Heydt (Geschäftsführung Kanzlei Roth) wegen Verlängerung",
        {"von der Heydt"},
    ),
    ("es", "Reunión con Ortega Salinas Abogados el martes.", set()),
    # every speaker of a chat export, word-names too; a form's labels and an agenda's items are none
    ("en", "[10:02] will: can someone cover the call at 2?\n[10:03] anneke: on it\n", {"will", "anneke"}),
    ("en", "anneke: on it\nsunny: fyi the draft is in\ngrace: ok", {"anneke", "sunny", "grace"}),
    ("en", "Status: open\nNote: call back\nTotal: 4 h", set()),
    ("en", "10:00 Standup: all fine\n11:30 Lunch: canteen", set()),
    # a word-name a note or a sentence addresses, after an arrow, with where the person works
    ("en", "Will - handing over the kitchen file while I am away", {"Will"}),
    ("en", "Yilmaz very relieved. Will, can you note it on the file", {"Yilmaz", "Will"}),
    ("en", "Anything urgent -> Dawn.", {"Dawn"}),
    ("en", "Handover - Tom\nRose at Petals: new starter to add", {"Rose"}),
    ("en", "Tom, Sunny at Sunrise Tandoori is ringing", {"Tom", "Sunny"}),
    # months, statuses and teams are none
    ("en", "May, June and July are busy.", set()),
    ("en", "status -> Done, move to -> Finance", set()),
    ("en", "Summary - all good", set()),
    # the person a note's title names; a lower-case first name after German "an"
    ("en", "EOD - Oduya\n- NEST upload done", {"Oduya"}),
    ("en", "fin de journée – amoah\n- maquette ok", {"amoah"}),
    ("en", "Update - Q3 numbers", set()),
    ("en", "Status - Open", set()),
    ("de", "Umsatzliste fehlt noch, mail an ayşe zum Nachfassen.", {"ayşe"}),
    # a surname of the lists alone where only a person stands; firms, places and a list of firms are none
    ("en", "fwiw Hargreaves already sent the payslips", {"Hargreaves"}),
    ("en", "the old VPN profile; Tuilagi reckons 4.2.1 fixes it.", {"Tuilagi"}),
    ("en", "2) Gallagher: NI number on file is wrong", {"Gallagher"}),
    ("es", "la demanda de Ionescu no se puede presentar hoy", {"Ionescu"}),
    ("nl", "saldibevestigingen van Albert Heijn en Philips ontbreken nog", set()),
    ("es", "la oficina de Bilbao cierra el viernes", set()),
    # week days are never persons
    ("en", "Quick recap before Thursday's partner review.\nFarida", {"Farida"}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_person_rules_round11(lang: str, text: str, expected: set[str]) -> None:
    assert persons(text, lang) == expected


Finder = Callable[[str], Iterator[Span]]
# What each text-level finder of person/notes.py and person/handles.py yields, in order: (finder, text, spans)
FINDER_CASES: list[tuple[Finder, str, list[str]]] = [
    (handles, "@kenji.moriyama ya lo intentó\nluz.carmona: voy, dame 10", ["kenji.moriyama", "luz.carmona"]),
    (handles, "[10:02] priya.sharma: jep, gestern", ["priya.sharma"]),
    (handles, "mail @acme.com, see notes.txt: line 4, billing.team: ok", []),
    (caps_name_lines, "CV\n\nFATOUMATA « FATOU » DIABATÉ\nMarseille", ["FATOUMATA « FATOU » DIABATÉ"]),
    (caps_name_lines, "Anlage\nMEHMET „MEMO“ ÖZTÜRK\nStuttgart", ["MEHMET „MEMO“ ÖZTÜRK"]),
    (caps_name_lines, "HUMAN RESOURCES DEPARTMENT\nMARKETING PLAN\nTOTAL DUE", []),
    (initials, "Reste à chiffrer la verrière. — IB", ["IB"]),
    (initials, "niets aangeklikt.\n— jdv", ["jdv"]),
    (initials, "Todo done\nGW", ["GW"]),
    (initials, "drafted reply for GW to sign. Goedgekeurd door RVD.", ["GW", "RVD"]),
    (initials, "1.5h WF + DH - reviewed the run; our B2B & M&A team", ["WF", "DH"]),
    # business acronyms, ids and abbreviations are none
    (initials, "Invoice sent to HR. Please check with IT\nThanks", []),
    (initials, "Identificado por DNI, plan für KW 12. Solo RR. HH.", []),
    (initials, "Total due by EOD\nok", []),
    (signoff_name, "Besprechungsraum 2.\n– Haas", ["Haas"]),
    (signoff_name, "Todo en la carpeta.\n— Ro", ["Ro"]),
    (signoff_name, "ik heb haar al gezegd dat het in de wachtrij staat.\njoke", ["joke"]),
    (signoff_name, "See you soon.\nThanks", []),
    (signoff_name, "Please review.\n- Finance", []),
    (signoff_name, "The end.\nDone", []),
    (
        firm_contacts,
        "Anatolia Grill KG (Kaya): neu. Brightwell Logistics Ltd (Okafor). Acme GmbH (Berlin), Acme GmbH (HR)",
        ["Kaya", "Okafor"],
    ),
]


@pytest.mark.parametrize(("finder", "text", "expected"), FINDER_CASES)
def test_note_finders(finder: Finder, text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in finder(text)] == expected


# What a whole run (engine and session) redacts as persons: names found in part go on to their whole, a
# learned name never shrinks a mention to its surname, particles never lead into a department
RUN_CASES: list[tuple[str, set[str]]] = [
    ("Mme Soo-jin Han, directrice marketing, nous reproche le retard", {"Soo-jin Han"}),
    ("en Daan van 't Hof (projectleider) aanwezig", {"Daan van 't Hof"}),
    ("kwartaalcijfers doorgenomen met Mei Ling Tan\nma 14:00 voorbereiding", {"Mei Ling Tan"}),
    ("@Bram Visser kun jij toner bestellen?", {"Bram Visser"}),
    ("Ik bedoel: Storm de Graaf komt morgen niet.", {"Storm de Graaf"}),
    ("María de Contabilidad llamó ayer.", {"María"}),
]


@pytest.mark.parametrize(("text", "expected"), RUN_CASES)
def test_whole_names_after_a_run(redactor_no_ner: Redactor, text: str, expected: set[str]) -> None:
    entities = redactor_no_ner.session().analyze_many([text])[0][1]
    assert {e["text"] for e in entities if e["type"] == "PERSON"} == expected


def test_common_surnames_that_wordnet_lists_as_persons_are_known() -> None:
    # WordNet's nouns include famous persons; only a lower-case dictionary word keeps a surname out
    assert all(known_surname(s) for s in ("schmidt", "wagner", "jimenez", "hoffmann", "jansen"))
    assert not any(known_surname(s) for s in ("smith", "baker", "birmingham", "contractor"))


def test_places_of_the_geocoder_are_no_persons_for_weak_cues() -> None:
    places = lx.places()
    assert {"leeds", "bogota", "guadalajara", "dakar"} <= places
    # names the lists know stay for the context to decide
    assert not {"florence", "madison", "becker"} & places
    assert persons("Zoom call, then I fly to Bogotá. Leeds has the files.") == set()
    assert persons("Lunch w/ Marama at noon.") == {"Marama"}


def test_german_nouns_by_their_endings_are_no_persons() -> None:
    assert all(
        noun_by_ending(w) for w in ("Kreditorenbuchhaltung", "Empfehlung", "Lohnbüro", "Ansprechpartnerin")
    )
    assert not any(noun_by_ending(w) for w in ("Hartung", "Jung", "Henning"))
