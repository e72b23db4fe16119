"""Round 21: formats of identifiers and addresses as people really type them (whole runs, no record context): a
private car's plate after the car itself, staff numbers that carry their own label, identity and tax numbers after
the labels of more countries, addresses with a unit before the number, a postcode alone after the town, a quoted
unit letter, a German street in lower case. Persons: ``test_persons_round21.py``. Every value is invented."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.coverage import covered
from tests.redaction.coverage import found as _found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the visitor bay is booked for reg KX21 LMP, thanks", "KX21 LMP"),
        ("| Fuel (own car KBZ 221Q) | 900 |", "KBZ 221Q"),
        ("Véhicule perso (parking Wilson) : FB-318-ZT", "FB-318-ZT"),
        ("voiture perso 2-ABC-731 enregistrée", "2-ABC-731"),
        ("14,00 € – eigener PKW B-QR 4410", "B-QR 4410"),
        ("km-vergoeding 80 km, privéauto 7-XKT-21", "7-XKT-21"),
    ],
)
def test_a_private_cars_plate(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Claimant: Ines (emp 00417) | Cost centre 12", "00417"),
        ("28/05 | Toto (emp. 20931) | 3 h", "20931"),
        ("Ficha n.º: EMP-0822", "EMP-0822"),
        ("timesheet of Ravi (EMP-BLR-2207) attached", "EMP-BLR-2207"),
    ],
)
def test_staff_numbers_that_carry_their_label(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


def test_a_word_with_emp_is_no_staff_number(redactor: Redactor) -> None:
    text = "see the emp 2 sheet and the Employer 2024 report"
    assert not any(kind == "ID" for kind, _ in _found(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ya firmó, cc 1.045.778.210 de Cali", "1.045.778.210"),
        ("RIF: V-18204417-3", "V-18204417-3"),
        ("NIC : 199012345671 (new format)", "199012345671"),
        ("his GSTIN 29ABCPK1234L1Z2 and address", "29ABCPK1234L1Z2"),
        ("NTN: 3318204-7", "3318204-7"),
        ("BIR file no.: 204-118-337", "204-118-337"),
        ("National ID: 19821103017", "19821103017"),
        ("carte d'électeur n° 20031184552, tél", "20031184552"),
        ("- CIN : BE771204", "BE771204"),
        ("Zijn ID-kaartnummer is KR 117204 en zijn FIN-nummer 2004187312", "2004187312"),
    ],
)
def test_identity_numbers_after_more_labels(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value), _found(redactor, text)


def test_cc_before_a_plain_number_is_no_id(redactor: Redactor) -> None:
    text = "cc 2 people on the thread, ticket 448120"
    assert not any(kind == "ID" for kind, _ in _found(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Flat: 2F1, 14 Easter Road, Edinburgh EH7 5PL", "2F1, 14 Easter Road, Edinburgh EH7 5PL"),
        ("new flat is 4/22 Cuba Street, Te Aro, Wellington 6011 from May", "4/22 Cuba Street"),
        ("Address: HSE No. 9, Nii Amon St, Dome", "HSE No. 9, Nii Amon St"),
        ("logée au n° 7, avenue Kasa-Vubu, Commune de Kalamu, Kinshasa.", "n° 7, avenue Kasa-Vubu"),
        (
            'Domicilio: Av. Santa Fe 2210, 4° "C", C1123AAF CABA\nCelular: 1',
            'Av. Santa Fe 2210, 4° "C", C1123AAF CABA',
        ),
        (
            'Estudio\nAv. Callao 1120, piso 3 "A", C1023AAN CABA\nTel.',
            'Av. Callao 1120, piso 3 "A", C1023AAN CABA',
        ),
        ("SEÑORA\nCalle 93 # 11-27, apto 401, Bogotá D.C., 110221\n\nRespetada", "Bogotá D.C., 110221"),
        ("- carta a Marcela: Av. Grecia 1880, depto. 502, Ñuñoa, 7750000\n- fin", "Ñuñoa, 7750000"),
        ("bitte an lindenstr. 17 schicken", "lindenstr. 17"),
    ],
)
def test_addresses_as_typed(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ADDRESS"), _found(redactor, text)


@pytest.mark.parametrize(
    "text", ["Ref 2024/18 Marion Street is the file name", "der arbeitsplatz 3 ist frei", "siehe kapitel 2/3"]
)
def test_numbers_that_are_no_unit(redactor: Redactor, text: str) -> None:
    found = _found(redactor, text)
    assert not any(kind == "ADDRESS" and ("2024/" in v or "platz" in v or "2/3" in v) for kind, v in found), (
        found
    )


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("> Tel 0772 555 318 / 0701 555 442 (WhatsApp)", ["0772 555 318", "0701 555 442"]),
        ("Tél. : 76 512 33 08 / 33 869 14 20", ["76 512 33 08", "33 869 14 20"]),
        ("Tel. 0221 / 49 31 77-12 oder 0171 / 442 18 09", ["0221 / 49 31 77-12", "0171 / 442 18 09"]),
        ("Tel 0951 / 29 70 (Zentrale)", ["0951 / 29 70"]),
        ("Tel. +595 21 447 1180 int. 105 | Cel.", ["+595 21 447 1180 int. 105"]),
        ("T. +34 944 07 12 30 (ext. 4417) · M.", ["+34 944 07 12 30 (ext. 4417)"]),
        ("CEA Reg. No. R077311J, HP 9412 6630.", ["9412 6630"]),
    ],
)
def test_phones_as_typed(redactor: Redactor, text: str, values: list[str]) -> None:
    assert all(covered(redactor, text, v, "PHONE") for v in values), _found(redactor, text)


def test_slashes_between_references_are_no_phones(redactor: Redactor) -> None:
    text = "facturas 2024/00871 / 2024/00872 y INV 0012 / 0013"
    assert not any(kind == "PHONE" for kind, _ in _found(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("== EXPORT ==\nemp_no=KIN-4471\ndob=1991-03-14\ntrn=107-338-902\n", "KIN-4471"),
        ("== EXPORT ==\nemp_no=KIN-4471\ndob=1991-03-14\ntrn=107-338-902\n", "1991-03-14"),
        ("campo\tvalor\nlegajo\tCBA-2208\nfecha_nac\t17/04/1990\n", "17/04/1990"),
        ("pers_nr = G-0312\nfuehrerschein_nr = 20918837\nkfz_kennzeichen_privat = G-318 LM\n", "G-318 LM"),
        ("date_naissance: 02/05/1979\nlieu_naissance: Lens\n", "02/05/1979"),
    ],
)
def test_identifiers_in_record_dumps(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


def test_keys_without_an_identifier_keep_their_values(redactor: Redactor) -> None:
    text = "Date: 9 Jan 2025\nTotal: 4 500 EUR\nPersonal: 3 people\nRoom: 204"
    assert not any(kind == "ID" for kind, _ in _found(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("tenant's car (BLE 3309) is blocking the gate", "BLE 3309"),
        ("DNI 41238819K – coche 7712 KRT", "7712 KRT"),
        ("réservée au véhicule immatriculé FG-218-PL.", "FG-218-PL"),
        ("arrivo con la mia macchina, targa GK 339 TR.", "GK 339 TR"),
        ("Kilometerpauschale für meinen privat PKW M-TK 8812", "M-TK 8812"),
        ("car plate B-XY 2291 (his own)", "B-XY 2291"),
    ],
)
def test_plates_after_the_car(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


def test_a_car_with_numbers_that_are_no_plate(redactor: Redactor) -> None:
    text = "the car has 4 GB RAM and the vehicle is a 2024 model"
    assert not any(kind == "ID" for kind, _ in _found(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("CLABE interbancaria: 021180004412345678", "021180004412345678"),
        ("pago a Banco Unión, caja de ahorro 10000034567812", "10000034567812"),
        ("RIB CI008 01045 020198712230 11", "CI008 01045 020198712230 11"),
        ("mon compte SN012 01002 036177712201 09 (CBAO).", "SN012 01002 036177712201 09"),
    ],
)
def test_bank_accounts_of_more_countries(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "IBAN"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Home: 9/31 Latrobe Tce, Paddington QLD 4064", "9/31 Latrobe Tce, Paddington QLD 4064"),
        ("Postfach 41 12 08, 50782 Köln", "Postfach 41 12 08, 50782 Köln"),
        ("Annastraße 12/III, 8010 Graz", "Annastraße 12/III, 8010 Graz"),
        (
            "Hernalser Gürtel 21, Stiege 2, Top 9, 1170 Wien",
            "Hernalser Gürtel 21, Stiege 2, Top 9, 1170 Wien",
        ),
        ("Chemin des Pins 14bis, 1206 Genève", "Chemin des Pins 14bis, 1206 Genève"),
        ("Av. Constitución 1180 Ote., Torre A piso 3, 64000 Monterrey, N.L.", "Av. Constitución 1180 Ote."),
        (
            "Avda. Mariscal López 2210 esq. Kubitschek, piso 4, Asunción",
            "Avda. Mariscal López 2210 esq. Kubitschek",
        ),
        ("Bv. Pellegrini 1220, piso 2 dpto. A, S2000BTN Rosario", "Bv. Pellegrini 1220"),
        (
            "C/ Feria 12, bloque 1, 3ª planta, 41003 Sevilla",
            "C/ Feria 12, bloque 1, 3ª planta, 41003 Sevilla",
        ),
        ("Send to: 4 rue des Lilas, 68300 Saint-Louis, France", "4 rue des Lilas, 68300 Saint-Louis, France"),
        ("Office: #804 – 1120 Nelson St, Vancouver, BC V6E 1J1", "#804 – 1120 Nelson St"),
    ],
)
def test_more_street_addresses(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ADDRESS"), _found(redactor, text)


def test_a_town_ends_at_the_line_break(redactor: Redactor) -> None:
    text = "Adresse : 38 quai des Chartrons, 33300 Bordeaux\nPensez à confirmer la date."
    found = _found(redactor, text)
    assert not any(kind == "ADDRESS" and "Pensez" in v for kind, v in found), found
