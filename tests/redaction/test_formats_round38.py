"""Round 38: persons' numbers as forms, exports and dictation write them (a form's dot leaders between the label and
the value, a dump's keys that say whose number in ``snake_case``, a number spaced out after the word that says it, the
same number again spaced or grouped otherwise, a DNI or NIE spaced with its check letter, an Irish PPS number with
dashes, a Belgian card's letter before its number); and what must stay. Whole runs, no record context. Every value
is invented."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.normalize import form_leaders
from tests.redaction.coverage import covered, untouched
from tests.redaction.coverage import found as _found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a form's dot leaders
        ("Stammdaten\nPersonalnummer ......... 00562\nName ................... Brandl", "00562"),
        ("Führerschein-Nr. ....... K0719PT3382\nDienstwagen: nein", "K0719PT3382"),
        ("Kfz-Kennzeichen ........ GAP-LW 318 (privat)", "GAP-LW 318"),
        # a dump's keys that say whose number
        ("surname: Okonjo\nni_number: kp 61 07 23 c\nstart_date: 2025-02-03", "kp 61 07 23 c"),
        ("apellidos: Ferrán Soto\nnº_empleado: 000741\ncategoria: Junior", "000741"),
        ("naam: Wuyts\npensioen_deelnemersnr: PF-55120893\nafdeling: Audit", "PF-55120893"),
        ("name: Haddad\nbrp_number: ZT4410928\nteam: Tax", "ZT4410928"),
        # spaced out after the word that says it
        ("His BRP number is Z X 4 4 1 0 9 2 8, please check it against the card.", "Z X 4 4 1 0 9 2 8"),
        (
            "Die Mandantin hat die Nummer diktiert als T 2 2 K 0 9 4 1 7, also noch prüfen.",
            "T 2 2 K 0 9 4 1 7",
        ),
        ("Hij is geboren 1 4 0 3 1 9 7 7 volgens het formulier.", "1 4 0 3 1 9 7 7"),
        # the same number again, spaced or grouped otherwise
        ("número de póliza 7 7 0 3 1 8 8 4 2 1, lo escribo junto: 7703188421.", "7703188421"),
        ("Su nº de afiliación 31/5520194487; en el papel puso 31 55201944 87, revisar.", "31 55201944 87"),
        # a DNI or NIE spaced, with its check letter
        ("DNI, se lo leo despacio: 52 718 403 B. Fecha de nacimiento en la ficha.", "52 718 403 B"),
        ("el NIE de la nueva viene como X 4419027 Z en el correo", "X 4419027 Z"),
        # an Irish PPS number with dashes
        ("The payroll portal shows 6120487-R-A for him, can you check?", "6120487-R-A"),
        # a Belgian card's letter, an "Ausweis-Nr."
        ("titre_sejour: carte F n° B 0771934 28\nadresse: voir dossier", "B 0771934 28"),
        ("- Hat Ausweis B, Ausweis-Nr. E 7712 0493, gültig bis 2027.", "E 7712 0493"),
        # a client's number with a person named on its line
        ("Subject: RE: tax refund - Niamh Delaney (client no. QT-40918)", "QT-40918"),
        ("Adreswijziging - mevrouw Griet Vermeersch (klantnr. BXV-771204)", "BXV-771204"),
        ("Cliente: Aurelio Pastrana Gil, número de cliente 6614. Siniestro del 3 de marzo.", "6614"),
        ("Mandant Herr Jonas Kittelmann, Mandanten-Nr. K 44817. Es geht um die Erstattung.", "K 44817"),
        # a birth date after a short "geb", after a child's kinship in a family's list
        ("Reisende: Selin Aksoy - Pass U4471982, geb 17.08.1988. Sitzplatz am Gang.", "17.08.1988"),
        ("- Irene Pascual Ortiz, hija, 22-04-2014, nº de asegurado en la ficha", "22-04-2014"),
        ("Kinder: Mila (Tochter): 09.11.2017, Ben (Sohn): 30.01.2020", "09.11.2017"),
        ("pasaporte U55120934 – f.n. 1979-11-02 – domicilio en la ficha", "1979-11-02"),
        # a client's number whose own letters spell a policy's word is still a client's
        ("Re: refund - Ciara Lynch (client no. POL-33107)", "POL-33107"),
        # codes of one shape after persons' names in a list
        ("Patiëntnummers: Wessel PT-44120, Lotte PT-44121, Sem PT-44125.", "PT-44121"),
        # a birth date asked for without a question, given opening the next turn
        (
            "[10:02] Femke: voor dhr. Okafor hebben we z'n geboortedatum nodig\n[10:04] Ruben: 14-02-1966. BSN volgt",
            "14-02-1966",
        ),
        ("[09:11] Sam: need Ola's DOB for the form\n[09:13] Kate: ola 7/4/91 I think", "7/4/91"),
        # a staff number right after "staff"; plates in lower case after their word
        ("[09:05] dev_k: mine is staff 40917, the rest is in the sheet", "40917"),
        ("[09:06] dev_k: car is kp19 vtx (sorry, phone)", "kp19 vtx"),
        ("le tiers, dont il a relevé la plaque gh 418 pk en minuscules", "gh 418 pk"),
        ("Ihr Auto, Kennzeichen m-jk 4410, stand im Hof", "m-jk 4410"),
    ],
)
def test_persons_numbers(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Woche 12: 1 2 3 4 5 6 7 frei", "1 2 3 4 5 6 7"),  # a count, not a number
        ("Die Summe ist 4 5 0 0 0 laut Beleg", "4 5 0 0 0"),  # five characters: too short for a number
        ("Importe 12 345 678 A pagar en marzo", "12 345 678"),  # no check letter: an amount
        ("order_no: 4500-2231\ninvoice_no: 2025-0418", "4500-2231"),  # no key says whose
        ("ni_contribution: 412.50\nni_category: A", "412.50"),
        ("Seite 3 ........ 17\nAnhang ......... 22", "17"),  # a table of contents
        ("Wait.... the meeting moved to room 4.12", "4.12"),
        ("Acme Logistics BV (client no. 44120) paid on time.", "44120"),  # no person: a firm's number
        (
            "Adaeze Nwosu, contact for the insured firm, policy no. 88120455",
            "88120455",
        ),  # a name makes no policy a person's
        ("Las fechas son: 12/03/2025 y 19/03/2025", "12/03/2025"),  # no kinship: dates
        ("Rooms: Anna B204, Tom B207, Lea B209", "B207"),  # three digits: rooms
        ("Orders: Anna 44120, Tom 44137", "44120"),  # digits alone: three persons at least
        (
            "[09:11] Sam: the DOB field is broken again\n[09:13] Kate: fixed on 12/05/2025",
            "12/05/2025",
        ),  # not opening
    ],
)
def test_what_stays(redactor: Redactor, text: str, value: str) -> None:
    assert untouched(redactor, text, value), _found(redactor, text)


def test_a_five_digit_staff_number_after_leaders_is_no_postcode(redactor: Redactor) -> None:
    text = "Personalnummer ........ 00417\nGeburtsname ........... Maurer"
    assert covered(redactor, text, "00417", "ID"), _found(redactor, text)
    assert untouched(redactor, text, "Geburtsname"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the street line before the flat's or the floor's part, when no street word names it
        (
            "Familie Aksoy: Wohnadresse Hohe Warte 41, Top 12, 1190 Wien. Post bitte ins Büro.",
            "Hohe Warte 41, Top 12, 1190 Wien",
        ),
        (
            "| 10533 | Sanne Wouters | Blaak 212, 9e etage, 3011 AD Rotterdam |",
            "Blaak 212, 9e etage, 3011 AD Rotterdam",
        ),
    ],
)
def test_addresses(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ADDRESS"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # columns named for a candidate's, a frequent flyer's number, an Irish Safe Pass card
        (
            "No. | Nombre | No. candidato | Sede\n1 | Marisol Quintero Vega | C-40217 | Aula 3\n"
            "2 | Tomás Herrera Lujan | C-40218 | Aula 3",
            "C-40218",
        ),
        (
            "SURNAME/FORENAME | DOB | FF no.\nADEYEMI/TOLU MR | 04MAY1981 | KL 77120453\n"
            "VARGA/ESZTER MS | 19SEP1990 | LH 99201448",
            "KL 77120453",
        ),
        (
            "Sign-in (name – company – Safe Pass – vehicle reg)\nCiarán Moloney – Brightside Joinery – SP 20417732 – none",
            "SP 20417732",
        ),
    ],
)
def test_identity_columns(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


def test_an_address_word_before_the_street_stays(redactor: Redactor) -> None:
    text = "Familie Aksoy: Wohnadresse Hohe Warte 41, Top 12, 1190 Wien. Post bitte ins Büro."
    assert untouched(redactor, text, "Wohnadresse"), _found(redactor, text)


def test_form_leaders_keep_every_offset() -> None:
    text = "Name ........ Kovač\nNr.:...... 12\nWait.... ok\nnothing here"
    read = form_leaders(text)
    assert read is not None and len(read) == len(text)
    assert read.splitlines()[0] == "Name:         Kovač"
    assert read.splitlines()[1] == "Nr.:       12"  # a colon already there: spaces only
    assert form_leaders("no leaders here... at all") is None
