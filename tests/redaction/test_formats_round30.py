"""Round 30: a person's record numbers by their label (patients, members, the insured, pupils, admissions, staff
codes), driving licences and residence cards by their short words, plates by the car's make or a Swiss plate's
word, a fleet list's columns, a labelled number again later in the text; Dutch family names with particles
after an ambiguous given name or a hyphen; and what must stay (an invoice's or an order's number, a document's
number after a truck). Whole runs, no record context. Every value is invented."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.coverage import covered, every_covered, persons, untouched
from tests.redaction.coverage import found as _found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Start date: 03/03/2025\nStaff ID (HR use): QX-4417\nEmergency contact: her mother", "QX-4417"),
        ("- SSN on file\n- Member ID (Northwind PPO): QRT551208734\n- Home: see form", "QRT551208734"),
        ("1) n° patient 0071429 - suivi cardio - rendez-vous le 12", "0071429"),
        ("Mutualité chrétienne, n° d'affiliée 133-5520917-04 - médecin traitant Dr Lenoir", "133-5520917-04"),
        ("concernant notre collaborateur (n° pers. 30518), entré en 2019", "30518"),
        ("assurance obligatoire, n° d'assuré 2-05917-284 ; son épouse enverra la copie", "2-05917-284"),
        (
            "Date de naissance : 2014-05-09\nCode permanent : BOUL 0914 0512\nNiveau : 4e année",
            "BOUL 0914 0512",
        ),
        ("Demande d'inscription\nN° de fiche GPI : 7130295\nNiveau demandé : 3e année", "7130295"),
        ("bleek ze twee keer in het HIS te staan:\n- patiëntnr. 215984: geboren 1960", "215984"),
        ("verzekerd bij een zorgverzekeraar, relatienr. 284950372\n- tweede dossier", "284950372"),
        ("dhr. (k. 7, cliëntnr. 81-99325, bouwjaar 1941): saturatie ok", "81-99325"),
        ("1) Bewohnerin, Pat.-Nr. 20593, KVNR folgt\n   Am Anger 5", "20593"),
        ("Paciente remitido, historia clínica HC-2023-029945, control en 15 días.", "HC-2023-029945"),
        ("Colaborador: KOBAYASHI, Jorge (cód. QF-4429)\nCoordina: Bienestar", "QF-4429"),
        ("School file\nAdmission No.: NBC/2023/0528\nClass: JSS 2", "NBC/2023/0528"),
        ("My details once again:\nEmp code: VB/PNQ/3302\nDepartment: audit", "VB/PNQ/3302"),
        ("Puesto: auxiliar\nNo. de empleado asignado: ECJ-2253\nFecha de ingreso: 17/02/2025", "ECJ-2253"),
        ("Nº afiliación S.S.: 28/20394851/66\nFecha de alta: mañana", "28/20394851/66"),
        ("DVLA licence WRIGH958032EM8LK, points: none", "WRIGH958032EM8LK"),
        ("IL DL: D647-5528-9943    Vehicle: company pool", "D647-5528-9943"),
        ("BRP ZX5820147, expires 30 April - he is moving to an eVisa", "ZX5820147"),
        ("Her OHIP card 6639-582-014-LM needs renewing on her birthday.", "6639-582-014-LM"),
        ("Lernfahrausweis, Führerausweis-Nr. 31259 4038, begleitet vom Vater.", "31259 4038"),
        ("Work permit\tdone\tHR\tOpen WP no. V213958844, expires 2026-09-30", "V213958844"),
        ("we typed it wrong. Her own EP FIN is K8831529P, that one ok.", "K8831529P"),
        ("un taxi conduit par M. Sarr, permis n° 23 1569 842.", "23 1569 842"),
        ("Nacio el 14/10/1992 en Foz, según el pasaporte.", "14/10/1992"),
        ("Copie reçue\nNé(e) le : 27/09/1985 à Bouaké\n", "27/09/1985"),
        ("Lowieke start maandag (= Louise Verbeke, °13.12.2004, rijksregister volgt).", "13.12.2004"),
    ],
)
def test_a_persons_record_number_by_its_label(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Kontrollschild: BE 592 038 (Leasing)\nRahmenvertrag: KF-77", "BE 592 038"),
        (
            "note the father's car (Toyota Highlander, KJB 528 EF) is to be added to the gate list",
            "KJB 528 EF",
        ),
        ("die is sinds januari van yusuf, Tom heeft de nieuwe Volvo (3-BGT-028)\n", "3-BGT-028"),
        ("Travel: own vehicle, CA 529-338, 1,284 km at the usual rate", "CA 529-338"),
        ("[09:12] Kevin: wie rijdt er nu eigenlijk met de 2-HAL-593? er is een boete", "2-HAL-593"),
        ("parking permits: Huw's car CK21 WNB, Carys's car DE68 PXF (she lives in Newport now)", "DE68 PXF"),
        (
            "Marie-Ève vient aussi, elle prend sa clio grise (GH-429-LM), elle peut nous récupérer",
            "GH-429-LM",
        ),
    ],
)
def test_plates_by_the_cars_make_or_their_word(redactor: Redactor, text: str, plate: str) -> None:
    assert covered(redactor, text, plate, "ID"), _found(redactor, text)


def test_a_fleet_lists_plates_and_licences_by_their_columns(redactor: Redactor) -> None:
    table = (
        "| Matrícula | Vehículo | Conductor/a | Permiso (nº) |\n|---|---|---|---|\n"
        "| 5932 LMN | Furgoneta | Idoia Urrutia | P-4418-2291 |\n"
    )
    assert covered(redactor, table, "5932 LMN", "ID"), _found(redactor, table)
    assert covered(redactor, table, "P-4418-2291", "ID"), _found(redactor, table)
    fleet = (
        "Kennzeichen | Fahrzeug | Fahrer/in | Pers.-Nr. | FS-Nr. | letzte Kontrolle\n"
        "HH-QR 5829 | Kombi | Lange, Wiebke | 41299 | K183Y4QMN63 | 14.08.2024\n"
    )
    assert covered(redactor, fleet, "K183Y4QMN63", "ID"), _found(redactor, fleet)


def test_a_timesheets_staff_numbers_by_their_column(redactor: Redactor) -> None:
    text = "MA-Nr. | Name | Datum | Std\n5582 | Hahn | 11.03. | 6,5\n6213 | Schulze-Omondi | 13.03. | 2,5\n"
    assert covered(redactor, text, "5582", "ID") and covered(redactor, text, "6213", "ID"), _found(
        redactor, text
    )


def test_a_labelled_number_again_later_in_the_text(redactor: Redactor) -> None:
    text = (
        "Deux dossiers: n° patient 0059328 - née en 1976.\n\n"
        "Je propose de fusionner sur le dossier 0059328 si vous confirmez."
    )
    assert every_covered(redactor, text, "0059328", "ID"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("can someone grab the fridge invoice from the truck, INV-51228, bookkeeping needs it", "INV-51228"),
        ("Invoice no. 2024-0042 and order no 88123 are paid; member since 2019.", "2024-0042"),
        ("Invoice no. 2024-0042 and order no 88123 are paid; member since 2019.", "88123"),
        ("Policy no. 7741-0093 renews in May; case no. 2291-B is closed.", "7741-0093"),
        ("FIN 2024 budget 1234567 approved by the board", "1234567"),
    ],
)
def test_numbers_that_are_no_persons(redactor: Redactor, text: str, kept: str) -> None:
    assert untouched(redactor, text, kept), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Er komt een terugvordering. Tim de Wit van de gemeente schuift misschien aan.", "Tim de Wit"),
        ("Gisteren belde Tom de Vries over de planning.", "Tom de Vries"),
        ("Haar klanten verdeel ik zo:\n- mw. Schuiling-de Vries: blijft bij mij\n", "Schuiling-de Vries"),
    ],
)
def test_dutch_family_names_with_particles(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


def test_a_saints_town_stays_a_place(redactor: Redactor) -> None:
    assert persons(redactor, "La oficina de Paz de Ariporo cierra el viernes.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "4. Le chauffeur, Pape (Pape Malick Sarr), passe récupérer les classeurs chez moi.",
            "Pape Malick Sarr",
        ),
        ("appeler le CLSC pour le suivi de Roody (asthme) et de sa sœur", "Roody"),
        ("Dienstdoende: Jurensley Martis, Shurendy Isenia\n\n22:40 Ronde gelopen", "Jurensley Martis"),
        ("y Dña. Montse Puig i Ferrer, representada por su hijo", "Montse Puig i Ferrer"),
        ("Núria Casals i Vidal\nAdministració de finques", "Núria Casals i Vidal"),
    ],
)
def test_given_names_the_lists_missed_and_catalan_double_names(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


def test_a_two_letter_family_name_alone_after_the_full_name(redactor: Redactor) -> None:
    text = "Ousmane Ba coordonne côté client. Ba est très pointilleux sur les délais."
    assert every_covered(redactor, text, "Ba"), _found(redactor, text)
    degree = "Ousmane Ba coordonne côté client; il a un BA en droit."
    assert "BA" not in persons(redactor, degree), _found(redactor, degree)
    joined = "Ho fan en Joan Puig i Maria."  # the Catalan "and" between a name and a given name
    assert "Joan Puig i Maria" not in persons(redactor, joined), _found(redactor, joined)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[08:21] Roxanne: dan neem je Rignald mee. en het bonnetje", "Rignald"),
        ("heb je Sanne gezien? ze zou om 9 uur komen", "Sanne"),
        ("Formulier ontvangen.\nHandtekening klant: K. El Idrissi", "K. El Idrissi"),
        ("Signé : R. Ben Salah, pour accord", "R. Ben Salah"),
    ],
)
def test_a_name_after_the_dutch_je_and_a_capitalised_article_after_initials(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Corrección de nómina\nCapturó: Berenice Ochoa\nVo.Bo. pendiente", "Berenice Ochoa"),
        ("Llamada entrante\nAtendió: Palacios\nMotivo: reclamo", "Palacios"),
        ("Claim 2291\nClaimant: Faith Persad\nPolicy type: home", "Faith Persad"),
        ("Urenregistratie\nMedewerker: Bakker, R.J.\nPeriode: week 12", "Bakker, R.J."),
        ("Storing lift\nTechnieker: Jansen\nDatum: 12/03", "Jansen"),
        ("Cuenta nueva\nTitular: Ane Miren Goikoetxea Arrizabalaga\nDNI: 12345678Z", "Ane Miren Goikoetxea"),
    ],
)
def test_who_entered_served_or_holds_by_their_label(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


def test_a_bank_as_the_accounts_holder_is_nobody(redactor: Redactor) -> None:
    assert persons(redactor, "Titular: Banco Santander\nCuenta: pendiente") == []


def test_a_given_names_number_stays_a_phone(redactor: Redactor) -> None:
    """ "Pat" is a given name before "number", not the short label of a patient's number ("Pat.-Nr.")."""
    text = "Pat number 0412 555 123, call her after five"
    assert covered(redactor, text, "0412 555 123", "PHONE"), _found(redactor, text)
