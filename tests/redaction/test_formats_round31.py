"""Round 31: a typed-up form's values under their labels (columns set by spaces, a label alone on its line), a
pasted table's second header and identity columns by their words, initials in a sign-in sheet's signature
column, an address joined by slashes, a home above a shop found by its bell, an OCR'd form's spaced birth dates
and e-mail addresses, Dutch and German family names whose particle is capitalised; and what must stay (a firm's
name ending in a particle name, a timesheet's hours under a tab table's header, an invoice's number in a form,
a verb after a firm). Whole runs, no record context. Every value is invented."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.coverage import covered, persons, untouched
from tests.redaction.coverage import found as _found

_FORM = (
    "ALTA DE CLIENTE\n"
    "Apellidos, nombre                    NIE              F. nacimiento\n"
    "Ionescu Pop, Dragoș                  X7731842L        11/08/1983\n"
    "N.º afiliación SS                    Teléfono\n"
    "08/44718203/29                       633 20 41 87\n"
    "Domicilio\n"
    "c/ Sepúlveda 141, 2º 1ª / 08011 Barcelona\n"
    "Factura pendiente: F-2025-0233 (412,00 €)\n"
)


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("X7731842L", "ID"),
        ("11/08/1983", "ID"),
        ("Ionescu Pop, Dragoș", "PERSON"),
        ("08/44718203/29", None),  # an identifier or a phone: redacted either way
        ("c/ Sepúlveda 141, 2º 1ª / 08011 Barcelona", "ADDRESS"),
    ],
)
def test_a_forms_values_under_their_labels(redactor: Redactor, value: str, kind: str | None) -> None:
    assert covered(redactor, _FORM, value, kind), _found(redactor, _FORM)


def test_a_forms_invoice_number_stays(redactor: Redactor) -> None:
    assert untouched(redactor, _FORM, "F-2025-0233"), _found(redactor, _FORM)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Personalbogen\nName, Vorname                      Geburtsdatum\nYılmaz, Derya                      "
            "02.05.1991\nSteuer-ID                          Sozialversicherungsnummer\n61 483 920 157"
            "                     65 020591 Y 442\n",
            "65 020591 Y 442",
        ),
        (
            "Fiche\nN° de sécurité sociale                         Né(e) le\n1 77 08 31 555 102 66"
            "                          19/08/1977\n",
            "19/08/1977",
        ),
        (
            "Véhicule\nImmatriculation        Puissance fiscale\nFK-318-QD              6 CV\n",
            "FK-318-QD",
        ),
        ("Werknemer\nBSN\n204 118 376\nAfdeling: logistiek\n", "204 118 376"),
    ],
)
def test_identity_numbers_under_their_label_line(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


def test_a_pasted_tables_second_header_names_its_own_columns(redactor: Redactor) -> None:
    text = (
        "1)\nSurname | Forename(s) | Date of birth\nOyelaran | Bisola | 21/02/1994\n"
        "NI number | Staff no. | Line manager\nKT 51 82 90 A | QD-41877 | Raman, Priya\n"
    )
    assert covered(redactor, text, "QD-41877", "ID"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Nom Prénom ; n° registre national ; n° personnel\nMERTENS Lise ; 01.07.22-318.40 ; 88121\n",
            "88121",
        ),
        ("Nachname;Vorname;SV-Nr.;Pers.-Nr.\nKrainer;Veronika;4418 120690;K-0712\n", "4418 120690"),
    ],
)
def test_identity_columns_of_an_export_by_their_words(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value), _found(
        redactor, text
    )  # an identifier (or a phone: redacted either way)


def test_initials_in_a_sign_in_sheets_signature_column(redactor: Redactor) -> None:
    text = "Nº | Nombre | DNI | Firma\n1 | Zubiri, Ane | 44.129.377 | A.Z.\n2 | Lemaire, Paul | – | ✓\n"
    assert covered(redactor, text, "A.Z.", "PERSON"), _found(redactor, text)
    assert "✓" not in "".join(persons(redactor, text))


def test_a_timesheets_hours_under_a_tab_tables_header_stay(redactor: Redactor) -> None:
    text = "Surname\tForename\tStaff No\tHours/wk\nAbara\tChidi\tHL-0520\t37.5\nMoss\tAnna\tHL-0521\t22.5\n"
    assert covered(redactor, text, "HL-0520", "ID"), _found(redactor, text)
    assert untouched(redactor, text, "37.5"), _found(redactor, text)


@pytest.mark.parametrize(
    "address",
    [
        "Flat 2/17 Hyde Park Road/Leeds/LS6 1AG",
        "Gutenbergstr. 9 / 3. OG rechts / 70176 Stuttgart",
        "Sonnenallee 71/Hinterhaus/2. OG/12045 Berlin",
        "Vaartweg 12 bis/1211 LK Hilversum",
    ],
)
def test_an_address_joined_by_slashes(redactor: Redactor, address: str) -> None:
    text = f"Home address (one line please)\n{address}\n\nNotes follow."
    assert covered(redactor, text, address, "ADDRESS"), _found(redactor, text)


def test_slashes_stop_before_a_phone(redactor: Redactor) -> None:
    text = "Adresse: Lindenweg 4 / Tel 0711 2389401"
    assert untouched(redactor, text, "Tel"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Unit: above the laundromat on Queen St W near Dovercourt, side door, buzzer 4. No mail there.",
            "above the laundromat on Queen St W near Dovercourt, side door, buzzer 4",
        ),
        (
            "Sie wohnt über dem Kiosk in der Körnerstraße, Eingang im Hof, Klingel 2 – ohne Namen.",
            "über dem Kiosk in der Körnerstraße, Eingang im Hof, Klingel 2",
        ),
        (
            "Woning: boven de slager in de Molenstraat, deur links van de etalage, bel 5. Geen brievenbus.",
            "boven de slager in de Molenstraat, deur links van de etalage, bel 5",
        ),
    ],
)
def test_a_home_above_a_shop_by_its_bell(redactor: Redactor, text: str, address: str) -> None:
    assert covered(redactor, text, address, "ADDRESS"), _found(redactor, text)


def test_over_a_threshold_is_no_address(redactor: Redactor) -> None:
    text = "We are well over the threshold for Q3, ring 2 of the rollout starts Monday."
    assert untouched(redactor, text, "threshold"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Né(e) le : 1 4 / 0 3 / 1 9 8 8    à Oran\n", "1 4 / 0 3 / 1 9 8 8", "ID"),
        ("Fecha de nacimiento: 2 9/11/1990\nDirección:", "2 9/11/1990", "ID"),
        ("Courriel : amel.brahimi@ orange.fr\nTél.", "amel.brahimi@ orange.fr", "EMAIL"),
        ("Correo: jpvaldes88@hot mail.com\nCónyuge:", "jpvaldes88@hot mail.com", "EMAIL"),
    ],
)
def test_an_ocrd_forms_spaced_dates_and_addresses(
    redactor: Redactor, text: str, value: str, kind: str
) -> None:
    assert covered(redactor, text, value, kind), _found(redactor, text)


def test_a_space_in_a_host_that_is_no_providers_stays_apart(redactor: Redactor) -> None:
    text = "see bas@acme group.com for details"
    assert not covered(redactor, text, "bas@acme group.com", "EMAIL"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("De klant belde. Van der Wal erkende dat de planning te krap was.", "Van der Wal"),
        ("Aanwezig: het projectteam. Ter Horst (voorzitter) opende om 9 uur.", "Ter Horst"),
        (
            "Het dossier gaat vandaag digitaal weg.\nOp den Brouw: graag eerst de reactie afwachten.",
            "Op den Brouw",
        ),
        ("'t Lam, de applicatiebeheerder, kende het oude systeem goed.", "'t Lam"),
        ("De bieding is binnen. Mevrouw Ten Kate is niet eerder betrokken geweest.", "Ten Kate"),
        ("Die Sitzung begann spät. Von Trotha fehlte entschuldigt.", "Von Trotha"),
        ("Die Runde war kurz. Lindqvist eröffnete mit den Zahlen.", "Lindqvist"),
    ],
)
def test_family_names_whose_particle_is_capitalised(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Het monster van Steenhandel Van der Zwan is afgekeurd (te rood).", "Van der Zwan"),
        ("het contract met Van Oord wordt pas in mei getekend", "Van Oord"),
        ("Ter Apel ligt in Groningen, vlak bij de grens.", "Ter Apel"),
    ],
)
def test_firms_and_places_with_a_particle_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert untouched(redactor, text, kept), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("los compradores son Anselmo Quiroga (20-31844057-6) y su hija", "20-31844057-6"),
        ("voilà ce que j'ai : Mathis Leroux (21KB30418), le reste suit", "21KB30418"),
        ("3) Irmgard Falkenhain (30-5517 / C771904825), geb. 14.02.1940", "C771904825"),
        ("she sent a driving licence instead, HOLME861124JK9QT, will that do?", "HOLME861124JK9QT"),
        ("cartes : GAGN 6552 1708 et permis G2207-150366-04 pour lui", "GAGN 6552 1708"),
        ("cartes : GAGN 6552 1708 et permis G2207-150366-04 pour lui", "G2207-150366-04"),
        ("his licence R4418-20931-60412, he drives the van", "R4418-20931-60412"),
        ("et les dates de naissance demandées : 04/09/1983, 17/01/1986\nMerci", "17/01/1986"),
        ("Activité : kinésithérapeute – N° RPPS : 10003418276\nRégime", "10003418276"),
    ],
)
def test_numbers_after_a_name_and_by_their_shape(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Meeting with Sarah Lowe (2024) about the budget", "2024"),
        ("Order ABCDE123456FG7HI shipped with SKU WXYZ 1234 5678", "ABCDE123456FG7HI"),
        ("Anmeldung\nName | Geb. | Kurs\nBrandt, Ole | 12,50 | Erste Hilfe\n", "12,50"),
    ],
)
def test_codes_and_sums_that_are_no_identifiers(redactor: Redactor, text: str, kept: str) -> None:
    assert untouched(redactor, text, kept), _found(redactor, text)


def test_a_dictated_plus_before_a_country_code(redactor: Redactor) -> None:
    text = "her brother is Kwame, his number is plus 233 20 518 4471 you can call him"
    assert covered(redactor, text, "plus 233 20 518 4471", "PHONE"), _found(redactor, text)


def test_a_lists_birth_dates_under_a_short_column_name(redactor: Redactor) -> None:
    text = "Teilnehmer\nName | Geb. | Kurs\nBrandt, Ole | 03.04.1990 | Erste Hilfe\nVogt, Ina | 21.11.1987 | Brandschutz\n"
    assert covered(redactor, text, "21.11.1987", "ID"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cuenta No. 458-123456-78\nAsesor: Andrés F. Rincón\nObservaciones: ninguna", "Andrés F. Rincón"),
        ("Recibido por: Yuliana\nFirma: ________ María del C. Ospina", "María del C. Ospina"),
        (
            "[14/03/2024, 08:02:11] Tunde Bakare: can you chase the lender\n"
            "[14/03/2024, 08:05:02] mei ling: on it\n[14/03/2024, 08:07:40] Tunde Bakare: ok",
            "mei ling",
        ),
    ],
)
def test_given_names_before_an_initial_and_a_speaker_with_a_months_word(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


def test_a_frequent_word_at_a_lines_start_needs_no_ner_in_any_language() -> None:
    from redaction.ner import NER_LANGS, needs_ner

    assert needs_ner("Saisir les heures avant vendredi", "fr", NER_LANGS, []) is False
    assert needs_ner("Dar de alta al proveedor", "es", NER_LANGS, []) is False
    assert needs_ner("Merci à Aminata", "fr", NER_LANGS, []) is True


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Paid with the firm's card **** **** **** 7310 on 12/03", "**** **** **** 7310"),
        ("Kreditkarte 4417 XXXX XXXX 2093, Beleg folgt", "4417 XXXX XXXX 2093"),
        ("Visa xxxx-xxxx-xxxx-5528 (the firm's own card)", "xxxx-xxxx-xxxx-5528"),
        ("card no. 4921 3375 0846 1127 (copied from the receipt)", "4921 3375 0846 1127"),
    ],
)
def test_cards_masked_by_their_last_digits_or_copied_by_hand(
    redactor: Redactor, text: str, value: str
) -> None:
    assert covered(redactor, text, value), _found(redactor, text)


def test_a_long_number_without_a_cards_word_stays(redactor: Redactor) -> None:
    text = "order 4921 3375 0846 1127 shipped on Monday"
    assert untouched(redactor, text, "4921 3375 0846 1127"), _found(redactor, text)
