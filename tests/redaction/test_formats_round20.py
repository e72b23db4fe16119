"""Round 20: formats of the regions (whole runs of the redactor, no record context, as ``assistant redact --jsonl``
sees a text): post-office boxes of Latin America and Francophone Africa, account numbers after a bank's name,
Ugandan, Zimbabwean, Senegalese and South African ids, streets named after a date or a town, roads by their
kilometre, addresses two rules found in parts, landlines after their word; and what must stay out: timestamps,
references and register numbers as phones, labels' numbers as postcodes. Every number and address is invented."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.coverage import covered as _covered
from tests.redaction.coverage import found as _found


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "Mandar a la casilla de correo 2210, Asunción, o por correo.",
            "casilla de correo 2210, Asunción",
            "ADDRESS",
        ),
        ("Postal: P.O. Box MP 1187, Harare", "P.O. Box MP 1187, Harare", "ADDRESS"),
        ("Itaú 4429817 | BROU 001587392-00002", "4429817", "IBAN"),
        ("Itaú 4429817 | BROU 001587392-00002", "001587392-00002", "IBAN"),
        ("Name\tNIN\nAkello Grace\tCF88120312XKLA\t12 days", "CF88120312XKLA", "ID"),
        ("We act for Mr Tendai Moyo (ID 08-1234567 K 08).", "08-1234567 K 08", "ID"),
        ("The proprietor is me (ID 8907150221083) from March.", "8907150221083", "ID"),
        (
            "la dirección: Av. 18 de Julio 1451 ap. 603, Montevideo, CP 11200.",
            "Av. 18 de Julio 1451 ap. 603",
            "ADDRESS",
        ),
        (
            "vengan a la planta, Carretera a Tlajomulco km 12.5, Jal.",
            "Carretera a Tlajomulco km 12.5",
            "ADDRESS",
        ),
    ],
)
def test_boxes_accounts_ids_and_streets_of_the_regions(
    redactor: Redactor, text: str, value: str, kind: str
) -> None:
    assert _covered(redactor, text, value, kind), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "El pago llegó el 18 de Julio de 2024 por HSBC 2024 results.",
        "Santander +34 912 345 678 is the branch; ING 1234 is a ledger code.",
    ],
)
def test_dates_and_short_numbers_are_no_addresses_or_accounts(redactor: Redactor, text: str) -> None:
    kinds = {kind for kind, _ in _found(redactor, text)}
    assert not kinds & {"ADDRESS", "IBAN"}, _found(redactor, text)


def test_an_address_two_rules_found_in_parts_is_one(redactor: Redactor) -> None:
    text = "C/ Gustavo Mejía Ricart No. 54, Ens. Naco, Santo Domingo, D.N. 10124\nTel. 809-541-2290 ext. 305"
    found = _found(redactor, text)
    addresses = [value for kind, value in found if kind == "ADDRESS"]
    assert addresses == ["C/ Gustavo Mejía Ricart No. 54, Ens. Naco, Santo Domingo, D.N. 10124"], found


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("El fijo de la oficina es 2907 4415 interno 3.", "2907 4415 interno 3", "PHONE"),
        ("Any changes text me 8515 2276 or email.", "8515 2276", "PHONE"),
        (
            "Address: Unit 14, 3rd floor, Shree Ganesh Industrial Estate, Off Mahakali Caves Road, Andheri (E), "
            "Mumbai 400093. Ask for the desk.",
            "Unit 14, 3rd floor, Shree Ganesh Industrial Estate, Off Mahakali Caves Road, Andheri (E), Mumbai 400093",
            "ADDRESS",
        ),
        (
            "Site: Unit 7, Marine Park, 12 Opal Boulevard, Montague Gardens, 7441\nInspected by: the team",
            "Unit 7, Marine Park, 12 Opal Boulevard, Montague Gardens, 7441",
            "ADDRESS",
        ),
    ],
)
def test_phones_and_addresses_of_the_regions(redactor: Redactor, text: str, value: str, kind: str) -> None:
    assert _covered(redactor, text, value, kind), _found(redactor, text)


def test_a_line_after_an_address_stays_out_of_it(redactor: Redactor) -> None:
    text = "Site: Unit 7, Marine Park, 12 Opal Boulevard, Montague Gardens, 7441\nInspected by: the team"
    assert not any("Inspected" in value for _, value in _found(redactor, text)), _found(redactor, text)


def test_numbers_near_a_phone_word_that_are_no_phones(redactor: Redactor) -> None:
    text = "La factura 2902 4471 del 3 de mayo; el texto 1234 5678."
    assert [kind for kind, _ in _found(redactor, text) if kind == "PHONE"] == [], _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "2026-02-02 08:14  Lease LW-4B-2026 created by admin\n2026-02-03 11:02  Deposit received",
        "[2025-11-04 09:12] build finished; next run 2025-11-05 07:30",
    ],
)
def test_timestamps_are_no_phones(redactor: Redactor, text: str) -> None:
    assert [kind for kind, _ in _found(redactor, text)] == [], _found(redactor, text)


def test_a_phone_beginning_with_a_year_is_still_a_phone(redactor: Redactor) -> None:
    text = "Call 2026 555 0142 after lunch."
    assert ("PHONE", "2026 555 0142") in _found(redactor, text), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Date : ven. 04/10/2024 17:31\nObjet : TR: Résidence",
        "Ticket #2024-11873 – Drucker; EXPEDIENTE 2026/00871; ET claim 2207815/2024",
        "Company number: 09773120\nImmatriculation : 812 447 390 R.C.S. Bordeaux",
        "ASBL Les Amis du Moulin (n° entreprise 0456.789.123)",
        "Mandanten-Nr. 44018\nNürnberg, 10.05.2024",
        "Nummer der Firma: HRB 98412\nAktueller Ausdruck, abgerufen am 08.05.2024",
        "Fri 4.5h Summer Lane Dental - year-end, june/july",
    ],
)
def test_dates_references_and_register_numbers_are_no_phones_or_addresses(
    redactor: Redactor, text: str
) -> None:
    assert [kind for kind, _ in _found(redactor, text) if kind in ("PHONE", "ADDRESS")] == [], _found(
        redactor, text
    )


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Tél. entreprise : 01 23 45 67 89", "01 23 45 67 89", "PHONE"),
        ("Hauptstr. 5\n10115\nBerlin", "10115\nBerlin", "ADDRESS"),
    ],
)
def test_phones_and_postcodes_near_those_words_still_count(
    redactor: Redactor, text: str, value: str, kind: str
) -> None:
    assert any(k == kind and value in v for k, v in _found(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Büro: Hanauer Landstraße 126, 60314 Frankfurt am Main", "Hanauer Landstraße 126", "ADDRESS"),
        ("Praxis Liebenauer Hauptstraße 2, 8041 Graz", "Liebenauer Hauptstraße 2", "ADDRESS"),
        ("Livraison : Route de la Corniche 12, 1096 Cully", "Route de la Corniche 12", "ADDRESS"),
        ("Courrier : 01 BP 4217 Abidjan 01", "01 BP 4217 Abidjan 01", "ADDRESS"),
        ("Adresse : Cité Keur Gorgui, villa n° 45, Dakar", "Cité Keur Gorgui, villa n° 45, Dakar", "ADDRESS"),
        ("CNI 1 751 1991 04382 (titulaire)", "1 751 1991 04382", "ID"),
    ],
)
def test_francophone_and_german_formats(redactor: Redactor, text: str, value: str, kind: str) -> None:
    assert _covered(redactor, text, value, kind), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "la route de Genève 2024 est fermée jusqu'en mai",
        "Tel 1 800 2024 55512 for the hotline",
        "On se voit à Dakar, lundi, avec l'équipe.",
    ],
)
def test_years_phones_and_towns_alone_are_no_addresses_or_ids(redactor: Redactor, text: str) -> None:
    assert [kind for kind, _ in _found(redactor, text) if kind in ("ADDRESS", "ID")] == [], _found(
        redactor, text
    )
