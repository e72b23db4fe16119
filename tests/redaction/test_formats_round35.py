"""Round 35: tables whose columns are set apart by spaced dashes or slashes (a header line naming persons, identity
numbers and birth dates, then one line a row), columns named by a pupil's or a member's number or by the name in
parentheses; the next staff numbers led by a zero after a labelled one; a mutual's, an association's and a pension
scheme's member numbers by their labels; and what must stay (a table's other columns, amounts, words of a sentence
set apart by dashes, numbers not led by a zero). Whole runs, no record context. Every value is invented."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.coverage import covered, untouched
from tests.redaction.coverage import found as _found

_MEMBERS = (
    "Liste des membres 2025\n\n"
    "N° membre – Nom, prénom – né(e) le – N° AVS – section\n"
    "M-0312 – Perrin, Maëlle – 11.04.1987 – 756.1234.5678.97 – course à pied\n"
    "M-0318 – Okafor, Chidi – 02.09.1979 – (à compléter) – ski\n\n"
    "Cotisation : 60 CHF par membre, facture CSF-2025-017."
)
_SIGN_IN = (
    "Sign-in (name – company – PPSN – vehicle reg)\n"
    "Ciarán Duffy – Brightwater Electrical – 7654321TA – 191-D-33018\n"
    "Maja Kowal – Harbour Interiors – 2233445KB – no vehicle (Luas)\n"
)
_ALTAS = (
    "Os paso las altas:\n\n"
    "Nombre – DNI/NIE – F. nac. – nº empleado\n"
    "1. Rachid Amrani Sellami – X1234567L – 12/04/1994 – E-4081\n"
    "2. Nuria Vidal Soler – 12345678Z – 03-11-1988 – E-4082\n"
)
_AZUBIS = (
    "Azubi (Name, Vorname) / geb. / Berufsschule, Schüler-Nr.\n"
    "1) Tran, Thi Lan / 11. Mai 2004 / BBS Nordstadt, S-330417\n"
    "2) Krasniqi, Ardit / 29.11.2003 / BBS Nordstadt, S-330452\n"
)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (_MEMBERS, "M-0312", "ID"),
        (_MEMBERS, "11.04.1987", "ID"),
        (_MEMBERS, "02.09.1979", "ID"),
        (_MEMBERS, "Okafor, Chidi", "PERSON"),
        (_SIGN_IN, "191-D-33018", "ID"),
        (_SIGN_IN, "2233445KB", "ID"),
        (_ALTAS, "E-4081", "ID"),
        (_ALTAS, "03-11-1988", "ID"),
        (_AZUBIS, "S-330452", "ID"),
        (_AZUBIS, "29.11.2003", "ID"),
        (_AZUBIS, "Krasniqi, Ardit", "PERSON"),
    ],
)
def test_tables_set_apart_by_spaced_dashes_or_slashes(
    redactor: Redactor, text: str, value: str, kind: str
) -> None:
    assert covered(redactor, text, value, kind), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_MEMBERS, "course à pied"),
        (_MEMBERS, "CSF-2025-017"),
        (_SIGN_IN, "Brightwater Electrical"),
        (_SIGN_IN, "no vehicle"),
        (_AZUBIS, "BBS Nordstadt"),
        # a header names no person's number: the rows stay
        ("Plan – owner – budget – status\nPhase 2 – platform team – 12.500 – on track\n", "12.500"),
        # dashes in running prose name no columns
        ("We met twice – first in Leeds, then online – and agreed on 3 steps – see below.", "3 steps"),
    ],
)
def test_a_dashed_tables_other_columns_stay(redactor: Redactor, text: str, value: str) -> None:
    assert untouched(redactor, text, value), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "1) Bank details\nEmployee: Asha Rao – payroll no. 004512\n\n2) Leaver\nTom Ferris – 004601 – last day 19 July",
            "004601",
        ),
        ("Payroll no. 004512 for Asha; Tyler Quinn, 004630, starts plan 2.", "004630"),
        ("Mutuelle Atlantique, n° sociétaire 4428190, sinistre du 3 mars.", "4428190"),
        ("Daniela: tu número de asociada es 55821, ya lo corregí.", "55821"),
        ("Vorige uitvoerder: PF Techniek, deelnemersnummer 0049127733.", "0049127733"),
    ],
)
def test_staff_and_member_numbers(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a zero-led staff number makes no other number of its length a staff number
        ("Payroll no. 004512; arrears 110333 pence, order 204601 shipped.", "204601"),
        ("Payroll no. 004512; postcode 08904 for the letter.", "08904"),
    ],
)
def test_numbers_not_led_by_a_zero_stay(redactor: Redactor, text: str, value: str) -> None:
    assert untouched(redactor, text, value), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Right to work confirmed, share code W4K 7PD 2XN, checked 3 May.", "W4K 7PD 2XN"),
        ("FS-Nr. B072RRE2I55 gesehen am 11.03.", "B072RRE2I55"),
        ("Führerschein-Nr. J0K9L2M4X71 liegt vor.", "J0K9L2M4X71"),
        ("Matrikelnummer 4471823 der Studentin fehlt.", "4471823"),
        ("N° d'étudiant 21904417 à reporter.", "21904417"),
        ("Carte vitale : 2 85 05 75 123 456 78 à jour.", "2 85 05 75 123 456 78"),
        ("TIE nº E12345678 en trámite.", "E12345678"),
        ("Tarjeta sanitaria CIP: MRTN123456789012 en vigor.", "MRTN123456789012"),
        ("eID 591-4471823-06 van Wouter.", "591-4471823-06"),
        ("Vreemdelingennummer 2876543019 op de verblijfspas.", "2876543019"),
        ("BIG-nummer 19012345601 van de huisarts.", "19012345601"),
        ("Frequent flyer no. BA 60712284 added to the booking.", "BA 60712284"),
        ("Policyholder no. 88-4471-23 for the claim.", "88-4471-23"),
        ("Mitarbeiternummer 20417 im System.", "20417"),
    ],
)
def test_more_identity_labels(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kopie eID van Samira vervalt 03/2025, nieuwe kaart opvragen.", "03/2025"),
        ("Tie the boxes, 123456 of them, before Friday.", "123456"),
        ("Deliver to W4K 7PD by noon, says the courier.", "noon"),
    ],
)
def test_expiry_dates_and_words_stay(redactor: Redactor, text: str, value: str) -> None:
    assert untouched(redactor, text, value), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Employee ID - HC-40917", "HC-40917"),
        ("Licence plate - KX19 ZPT", "KX19 ZPT"),
        ("F. de nacimiento: 12-04-1994", "12-04-1994"),
        ("Date naiss. 02/12/1971", "02/12/1971"),
        ("Permiso de conducir nº 41228377Q", "41228377Q"),
        ("identiteitsbewijs nummer IX1234567", "IX1234567"),
        # a DNI or an NIE whose letter is not its check letter: an NIE's shape anywhere, a DNI's in Spanish text
        ("Andreea sent Y2093841T yesterday.", "Y2093841T"),
        ("Khadija cree que es 48291736K pero no lo tiene claro.", "48291736K"),
        # France's social security number in its own spacing, its key copied wrong
        ("Mme Leroy 2 95 06 69 266 041 37 à vérifier.", "2 95 06 69 266 041 37"),
    ],
)
def test_labels_after_a_dash_and_identity_numbers_by_their_shape(
    redactor: Redactor, text: str, value: str
) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a DNI's shape in English text naming no document, a date's digits before a letter
        ("For the batch it is 48291736K, confirmed.", "48291736K"),
        ("Expediente 20240115A abierto, DNI pendiente.", "20240115A"),
        # fifteen digits without the social security number's spacing, a month out of its place
        ("Référence 1 95 16 69 266 041 37 du colis.", "1 95 16 69 266 041 37"),
    ],
)
def test_shapes_that_are_no_identity_number_stay(redactor: Redactor, text: str, value: str) -> None:
    assert untouched(redactor, text, value), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a codice fiscale and a Spanish social security number whose check is copied wrong
        ("Mario RSSMRA85T10A562X per il contratto.", "RSSMRA85T10A562X"),
        ("José 28/10234567/82 en la TGSS.", "28/10234567/82"),
        # an Irish PPS number written whole in English text that names no PPS
        ("Eoin 7123456FA on the register.", "7123456FA"),
    ],
)
def test_shapes_of_their_own_with_a_wrong_check(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Assureur : MAIF, contrat habitation n° 4478120 H pour la maison.", "4478120 H"),
        ("Ref 4478120H of the shipment, see attached.", "4478120H"),
    ],
)
def test_a_pps_shape_of_a_document_stays(redactor: Redactor, text: str, value: str) -> None:
    assert untouched(redactor, text, value), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Geboortedata: Lieke 14-08-1958, Bas 03-05-1989.", "03-05-1989"),
        ("Fechas de nacimiento: Lucía 12/04/1994; Marcos 03/11/1988.", "03/11/1988"),
        ("Passports: Neha 560271943, Ewan 128844105.", "560271943"),
        ("Passports: Neha 560271943, Ewan 128844105.", "128844105"),
        ("Kentekens: Bas GZ-418-K, Lieke K-231-XS.", "GZ-418-K"),
        ("Staff nos: Asha 004512, Tom 004601.", "004601"),
        ("Pasaportes: Lucía PAB123456 y Marcos PAC654321.", "PAC654321"),
        ("Mitarbeiter: Jonas Weber (20417), Lena Vogt (20452).", "20417"),
        ("Attendees: Neha Desai (560271943), Ewan McAllister (128844105).", "128844105"),
    ],
)
def test_the_next_numbers_of_a_list_each_after_a_name(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a number of another shape after the next name, and a list of invoices, stay
        ("Geboortedata: Lieke 14-08-1958, Bas kamer 12.", "12"),
        ("Invoices: Acme 2024-0098, Brightline 2024-0112.", "2024-0112"),
        # one person's number in parentheses alone may be an extension or a room; years stay
        ("Call Jonas Weber (20417) about the lease.", "20417"),
        ("Books by Ana Flores (2019) and Tom Ferris (2021) were cited.", "2021"),
    ],
)
def test_other_numbers_of_a_list_stay(redactor: Redactor, text: str, value: str) -> None:
    assert untouched(redactor, text, value), _found(redactor, text)


def test_a_students_word_takes_no_number_a_few_words_on(redactor: Redactor) -> None:
    text = "L'étudiant doit régler la facture 2024001234 avant lundi."
    assert untouched(redactor, text, "2024001234"), _found(redactor, text)
