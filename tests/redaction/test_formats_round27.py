"""Round 27: what only looks like a person (teams by their initials, towns no list knew, German nouns that a name
list knows, headings of nouns), number plates after the car's own word, and names that are words given a task or
acting on a person. Whole runs, no record context. Every value is invented."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.coverage import covered, persons
from tests.redaction.coverage import found as _found


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("Teilnehmer: GF (Hr. Aigner), Bau (Sommer), QM (Fr. Richter); BR entschuldigt", "GF"),
        ("Teilnehmer: GF (Hr. Aigner), Bau (Sommer), QM (Fr. Richter); BR entschuldigt", "QM"),
        ("Présents : N. Haddad (DAF), Clément Vasseur (DSI), Rose Tchamba (RH)", "DAF"),
        ("Diffusion : CODIR, RH, DSI, DAF, CSE\n\n1. Calendrier", "RH"),
        ("Compte rendu de la réunion mensuelle RH/DAF\nLieu : siège", "RH"),
        ("Budget validé par la DAF sous réserve du devis final.", "DAF"),
        ("Frau Novak geht in Pension; die GF schlägt vor, die Stelle intern zu besetzen.", "GF"),
        ("Intro meetings: PMO, QA, Risk", "PMO"),
    ],
)
def test_a_team_by_its_initials_is_no_person(redactor: Redactor, text: str, team: str) -> None:
    assert team not in persons(redactor, text), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Present: HR (chair), OR, CMcG, DW, Paddy Mulgrew\nApologies: none", "HR"),
        ("Present: HR (chair), OR, CMcG, DW, Paddy Mulgrew\nApologies: none", "OR"),
        ("Anwesend: UK, HR, OR, RH, MN\nEntschuldigt: FS\nProtokoll: MN", "RH"),
        ("Fecha: 03/06 | Asistentes: RQ, C. Huamán, Kenji Nakamura\n1. Llaves. Resp.: RQ", "RQ"),
    ],
)
def test_two_capitals_that_a_team_may_spell_stay_a_person_among_initials(
    redactor: Redactor, text: str, initials: str
) -> None:
    assert initials in persons(redactor, text), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Weak on VAT. Came 25 min late, traffic at Dalkeith, then the interview ran over.", "Dalkeith"),
        ("La navette du personnel de Marcory passe désormais par le boulevard.", "Marcory"),
        ("Dit qu'il était chez le client à Jambes avec l'équipe — à confirmer.", "Jambes"),
        ("Refund picked up from the Capalaba branch by the client.", "Capalaba"),
    ],
)
def test_a_town_of_geonames_is_no_person(redactor: Redactor, text: str, place: str) -> None:
    assert place not in persons(redactor, text), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Anlieferung nur über das Tor zur Einfahrt Lindwurmstraße, Schlüssel beim Hausmeister.", "Tor"),
        ("Er wartet am Tor und ruft dann an.", "Tor"),
        ("Oberhofer & Pichler | Freigabe Teamleitung (15.04.): ok, Ausnahme", "Freigabe Teamleitung"),
        (
            "Bewerbungsgespräch – Assistenz Projektleitung (Ref. 2024-IBK-07)\n21.10.2024, 10:00",
            "Projektleitung",
        ),
    ],
)
def test_german_nouns_are_no_person(redactor: Redactor, text: str, word: str) -> None:
    assert not any(word in p or p in word for p in persons(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("liegt im Handschuhfach vom Sprinter HH-JV 2417, Wolf hat die Lieferscheine", "HH-JV 2417"),
        ("kommissarisch (kommt aus Rosenheim, Firmenwagen M-KS 4471, erreichbar abends)", "M-KS 4471"),
        ("Priya du nimmsch de Caddy ZH 284 517, ich de Transit", "ZH 284 517"),
        ("Frau Girard kommt Dienstag mit dem Auto (BS 41 873), bitte Parkplatz reservieren.", "BS 41 873"),
        ("[ ] Parking pass – plate CKTV 882\n[ ] Laptop", "CKTV 882"),
        ("parked the Polo (JZ 47 LP GP) on the avenue, guard says it's fine", "JZ 47 LP GP"),
        ("Fleet: the Isuzu truck UBJ 482K was held at the border for two days.", "UBJ 482K"),
        ("Le chauffeur aujourd'hui c'est Yao, camion 4512 HJ 01, départ 8h.", "4512 HJ 01"),
        (
            "Kilométrique | 86,40 € | 180 km, Peugeot 208 perso EF-207-RA, trajet Rezé–Saint-Nazaire",
            "EF-207-RA",
        ),
    ],
)
def test_a_plate_after_the_cars_word(redactor: Redactor, text: str, plate: str) -> None:
    assert covered(redactor, text, plate, "ID"), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Auto 2024 Messe ist in Halle 3.",
        "We need a truck 40 FT container by Monday.",
        "Incident: he was driving the site ute, company plate 123 ZQF, no injuries.",
    ],
)
def test_no_plate_where_the_words_are_no_plate(redactor: Redactor, text: str) -> None:
    assert not any(kind == "ID" for kind, _ in _found(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Notes: the heating is fixed, Mark let us in. Customer asked about the grant.", "Mark"),
        ("Called the office twice, Frank gave me a reference number for the refund.", "Frank"),
        ("The grant (£38,500) is confirmed. Bill to mark it as received in SAP.", "Bill"),
        ("Remittance advice missing.\nSterling to confirm the bank details by Friday.", "Sterling"),
    ],
)
def test_a_name_that_is_a_word_given_a_task_or_acting_on_a_person(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Budget note. Grant to cover the fees is approved.",
        "Status update. Will let us know by Friday.",
        "Rollout plan. May help us plan the rollout.",
        "Month end. Thanks to them we closed the books.",
    ],
)
def test_words_that_open_a_sentence_stay_words(redactor: Redactor, text: str) -> None:
    word = text.split(". ")[1].split()[0]
    assert word not in persons(redactor, text), _found(redactor, text)


def test_initials_that_name_a_team_once_name_it_everywhere_in_the_text(redactor: Redactor) -> None:
    text = (
        "Teilnehmer: GF (Hr. Aigner), Bau (Sommer), QM (Fr. Richter)\n"
        "TOP 1: Der Vertrag liegt bei GF zur Unterschrift. Bis dahin übernimmt Kaiser."
    )
    assert "GF" not in persons(redactor, text), _found(redactor, text)
    assert "Kaiser" in persons(redactor, text), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Gate opens 8am, bring CNIC. Please mark the file as on hold.", "CNIC"),
        ("Please copy Hamza Afridi's CNIC for the file.", "CNIC"),
        ("Present: Alasdair Grant (chair), Morag Sinclair, Bill Chakraborty", "chair"),
        ("In attendance: HR Executive, Company Secretary.\n\n6.1 Executive changes", "Executive"),
    ],
)
def test_labels_and_roles_are_no_person(redactor: Redactor, text: str, word: str) -> None:
    assert not any(word in p for p in persons(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Point 6 : Plainte et demande d'accommodement — employé n° 004417\nPréparé par : Me Lapointe",
            "004417",
        ),
        ("Aimé Tshibangu (mat. 20871) | 05/11 | Train Nantes–Paris | 112,40 €", "20871"),
    ],
)
def test_a_french_staff_number_after_its_word(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


def test_an_invoice_of_a_client_is_no_staff_number(redactor: Redactor) -> None:
    text = "Facture client n° 2024-118 réglée le 3 mars."
    assert not any(kind == "ID" for kind, _ in _found(redactor, text)), _found(redactor, text)


def test_a_french_name_that_is_a_word_before_a_verb_in_the_future(redactor: Redactor) -> None:
    text = "Problème de joint ; Constant vérifiera sur place et, si besoin, remplacera le profilé."
    assert covered(redactor, text, "Constant", "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("MIN 4/09/24 – HR: Rose proceeds on maternity leave from 1 Oct; her files go to Opio.", "Rose"),
        ("Bookkeeping. Mason left in November, the new one starts in January.", "Mason"),
    ],
)
def test_an_english_name_that_is_a_word_before_what_only_a_person_does(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("She's coming from Soweto, taxi strike on Chris Hani Rd so maybe 10.", "Chris Hani Rd"),
        ("Meet at the corner of Nelson Mandela Avenue after the audit.", "Nelson Mandela Avenue"),
    ],
)
def test_a_street_named_after_a_person_is_no_person(redactor: Redactor, text: str, street: str) -> None:
    assert not any(p in street for p in persons(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("surface", "text", "alone"),
    [
        ("Konto", "Konto\tDE61 6005 0101 0004 2819 66\tunverändert\nSteuerklasse\tI\tIII ab März", True),
        ("Tour", "Tour 3 heute mit dem Sprinter, der Rest folgt morgen früh mit Josef.", True),
        ("Opio", "Opio starts in the Jinja Road branch on Monday, his contract is signed.", False),
        ("Kovačević", "Name\tKovačević\tKovačević-Brenninger\nKonto\tDE61 6005 0101 0004 2819 66", False),
        ("JMD", "Rückfragen bitte an JMD, er hat die Unterlagen und die Konten.", False),
    ],
)
def test_a_german_noun_found_as_a_person_is_not_looked_for_in_other_texts(
    surface: str, text: str, alone: bool
) -> None:
    from redaction.normalize import fold_str
    from redaction.session import _LazyLanguage, _word_alone
    from redaction.types import Span

    start = text.index(surface)
    span = Span(start, start + len(surface), "PERSON", 0.7, "table")
    assert _word_alone(span, surface, _LazyLanguage(fold_str(text))) is alone


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("15/01/2024 09:10 | Entrante | 2225-4018 | Luz Marina Cálix reporta choque", "2225-4018"),
        ("15/01/2024 09:40 | Saliente | 3318-2290 | cel. de Elvin, no contesta.", "3318-2290"),
    ],
)
def test_a_phone_in_a_call_logs_direction_column(redactor: Redactor, text: str, phone: str) -> None:
    assert covered(redactor, text, phone, "PHONE"), _found(redactor, text)


def test_a_code_in_parentheses_after_a_name_is_an_id(redactor: Redactor) -> None:
    text = "- Callum (LS04488), you're missing Wed. Speak to the office if the system is down."
    assert covered(redactor, text, "LS04488", "ID"), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Northgate HVAC comes Tuesday (FAC-1093), someone needs to let them in.",
        "Invoice (INV20418) is due on Friday.",
        "Rechnung | eingehend | 2024-0118 | bezahlt",
    ],
)
def test_no_id_or_phone_where_none_is(redactor: Redactor, text: str) -> None:
    assert not any(kind in ("ID", "PHONE") for kind, _ in _found(redactor, text)), _found(redactor, text)


def test_a_name_with_the_buildings_keeper_in_parentheses(redactor: Redactor) -> None:
    text = "Para abrir el patio: Encarni (portera), 622 418 905. Material: filtro 1 ud."
    assert covered(redactor, text, "Encarni", "PERSON"), _found(redactor, text)
