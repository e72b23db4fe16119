"""Round 19: persons of the regions (whole runs of the redactor, no record context, as ``assistant redact
--jsonl`` sees a text): timesheet days that open lines, titles and honorifics of West Africa and South Asia,
"Ma." and "a/l" inside a name, a month's name as a person's, South African, Mapuche and Maya family names.
Every person is invented."""

from __future__ import annotations

import pytest

from redaction import RecordContext, Redactor
from tests.redaction.coverage import covered as _covered


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _persons(redactor: Redactor, text: str) -> list[str]:
    session = redactor.session(RecordContext())
    (result,) = session.analyze_many([text])
    return [text[e["start"] : e["end"]] for e in result[1] if e["type"] == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "Timesheet wk 11\nMon: site survey w/ Oluwaseun at Lekki\nTue: design review\nWed: x\nThu: admin\nFri: off",
        "Parte de horas\nLun: levantamiento con Rigoberto Garza\nMar: junta con el cliente\nMié: soporte\nJue: cierre",
        "Mon: site survey\nTue: x\nWed: y\nThu: z\nFri: off",
    ],
)
def test_timesheet_days_opening_lines_are_no_speakers(redactor: Redactor, text: str) -> None:
    days = {"Mon", "Tue", "Wed", "Thu", "Fri", "Lun", "Mar", "Mié", "Jue"}
    assert not days & set(_persons(redactor, text)), _persons(redactor, text)


def test_chat_speakers_named_like_months_still_speak(redactor: Redactor) -> None:
    text = "mei: can you check the invoice\njan: on it\nmei: thanks\njan: done"
    found = _persons(redactor, text)
    assert found.count("mei") == 2 and found.count("jan") == 2, found


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        ("Spoke to Alhaji Musa Danladi about the permit.", "Musa Danladi", "Alhaji"),
        ("Barr. Nkechi Ugwu will file the response.", "Nkechi Ugwu", "Barr"),
        ("Smt. Radha Krishnamurthy from accounts signed.", "Radha Krishnamurthy", "Smt"),
        ("Shri Anand Joshi approved the estimate.", "Anand Joshi", "Shri"),
        ("Hajia Amina Bello sent the receipts.", "Amina Bello", "Hajia"),
    ],
)
def test_titles_stay_outside_the_name(redactor: Redactor, text: str, person: str, title: str) -> None:
    found = _persons(redactor, text)
    assert person in found and not any(title in f for f in found), found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Sharma ji approved the quote.", "Sharma"),
        ("Please check with Venkat garu before Friday.", "Venkat"),
        ("Guptaji will call the client.", "Guptaji"),
    ],
)
def test_south_asian_honorifics_after_a_name(redactor: Redactor, text: str, person: str) -> None:
    assert _covered(redactor, text, person), _persons(redactor, text)


@pytest.mark.parametrize(
    "text",
    ["Obiora Nnaji signed the form.", "The Taj ji restaurant is closed. Please reply ji."],
)
def test_honorific_rule_keeps_names_and_words_whole(redactor: Redactor, text: str) -> None:
    found = _persons(redactor, text)
    assert found == (["Obiora Nnaji"] if "Obiora" in text else []), found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("- access: Ma. Theresa Villanueva (IT)", "Ma. Theresa Villanueva"),
        ("Mª José Pérez firmó el acta.", "Mª José Pérez"),
        ("Rajesh Kumar a/l Subramaniam to present the costing.", "Rajesh Kumar a/l Subramaniam"),
        ("Priya d/o Ramasamy called about the claim.", "Priya d/o Ramasamy"),
    ],
)
def test_parts_inside_a_name(redactor: Redactor, text: str, person: str) -> None:
    assert person in _persons(redactor, text), _persons(redactor, text)


def test_a_verb_between_two_persons_is_no_name(redactor: Redactor) -> None:
    text = "if the audit needs sign-off ping sreeja or ask Mohammed Rafeeq (finance)."
    found = _persons(redactor, text)
    assert "ask" not in " ".join(found).split() and "Mohammed Rafeeq" in found, found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Nos recibió Don Wilberth Canché Poot, encargado de la hacienda.", "Wilberth Canché Poot"),
        ("la licda. Karla Paz necesita las firmas hoy", "Karla Paz"),
    ],
)
def test_a_title_before_a_name_ending_in_a_word(redactor: Redactor, text: str, person: str) -> None:
    assert person in _persons(redactor, text), _persons(redactor, text)


@pytest.mark.parametrize(
    ("text", "person", "found"),
    [
        ("Jue: capacitación a Abril y a Rocío Cantú", "Abril", True),
        ("Hablé con Abril ayer, dice que sí.", "Abril", True),
        ("We met with Abril and planned the rollout.", "Abril", True),
        ("La entrega es en Abril, como siempre.", "Abril", False),
        ("Nos vemos el 3 de Abril con Rocío.", "Abril", False),
        ("de enero a Abril se cerró el proyecto.", "Abril", False),
    ],
)
def test_a_month_as_a_given_name(redactor: Redactor, text: str, person: str, found: bool) -> None:
    assert _covered(redactor, text, person) is found, _persons(redactor, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Wynand Erasmus to follow up with the client.", "Wynand Erasmus"),
        ("Pretorius said the site is ready; Coetzee disagreed.", "Coetzee"),
        ("Erasmus and Naidoo both signed.", "Naidoo"),
        ("El facilitador será Aukan Llancaqueo, de Temuco.", "Aukan Llancaqueo"),
        ("Revisó el acta Sucely Tzoc en Quetzaltenango.", "Sucely Tzoc"),
    ],
)
def test_regional_family_names(redactor: Redactor, text: str, person: str) -> None:
    assert _covered(redactor, text, person), _persons(redactor, text)


@pytest.mark.parametrize(
    "text",
    ["The Erasmus programme funds the exchange.", "Le Morne Rouge est au nord de la Martinique."],
)
def test_words_among_the_new_names_are_kept(redactor: Redactor, text: str) -> None:
    assert _persons(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("ok lah, pls send the quotation to jasmine tan by friday", "jasmine tan"),
        ("Iyer sir has approved the revised estimate.", "Iyer"),
        ("Please inform Lakshmi madam before the review.", "Lakshmi"),
        ("Ms May signed the engagement letter.", "May"),
    ],
)
def test_chat_surnames_and_forms_of_address(redactor: Redactor, text: str, person: str) -> None:
    assert _covered(redactor, text, person), _persons(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "thanks jasmine, tan lines look good",
        "Thank you Sir. Dear Sir or Madam, the report is attached.",
        "Dr. Mayer reviewed the March 2024 figures.",
    ],
)
def test_forms_of_address_alone_are_kept(redactor: Redactor, text: str) -> None:
    found = _persons(redactor, text)
    assert not {"tan", "Sir", "Madam", "March"} & {w for f in found for w in f.split()}, found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Meeting with the Zwane family: Bheki and his mother.", "Zwane"),
        ("The Naidoos and the Pillays both RSVPd.", "Naidoos"),
        ("la famille Diallo a confirmé la date.", "Diallo"),
        ("la familia Quispe Mamani también firmó.", "Quispe Mamani"),
    ],
)
def test_families_named_by_their_surname(redactor: Redactor, text: str, person: str) -> None:
    assert _covered(redactor, text, person), _persons(redactor, text)


def test_families_of_words_are_kept(redactor: Redactor) -> None:
    text = "The Royal family visited. The Finance family of products. The Browns and the Greens."
    assert _persons(redactor, text) == []


def test_lower_case_nicknames_among_recipients(redactor: Redactor) -> None:
    text = "de: maria.j.flores@empresa.pe\npara: chio, pochi, coco\nasunto: cierre"
    found = _persons(redactor, text)
    assert {"chio", "pochi", "coco"} <= set(found), found
    assert _persons(redactor, "to: accounts, billing, support\nsubject: close") == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("enviado por: jgonzalez | aprobó: mcastro", "mcastro"),
        ("assigned to oadeyemi, reviewed by tmoore.", "oadeyemi"),
        ("ticket closed; tmoore to check the export", "tmoore"),
    ],
)
def test_user_names_of_an_initial_and_a_surname(redactor: Redactor, text: str, person: str) -> None:
    assert _covered(redactor, text, person), _persons(redactor, text)


def test_words_shaped_like_glued_user_names_are_kept(redactor: Redactor) -> None:
    text = "along the way we moved ahead; aramos la tierra. tayari, hotte, abona, lates"
    assert _persons(redactor, text) == []


def test_spanish_families_in_the_plural(redactor: Redactor) -> None:
    found = _persons(redactor, "Los Gómez y los Ibáñez confirmaron la fecha.")
    assert found == ["Gómez", "Ibáñez"], found
    assert _persons(redactor, "Los Angeles y los Andes; los Pinos, Los Mochis y los Cabos.") == []


def test_a_surname_first_in_capitals_is_a_person_not_a_firm(redactor: Redactor) -> None:
    """A name found as "QUISPE MAMANI, Juan" is learned as a surname and a given name: both are persons
    where the run meets them again, and the whole stays one person as written (a declared "Company, Contact"
    stays Odoo's firm and contact)."""
    session = redactor.session(RecordContext())
    text = "Asistentes: QUISPE MAMANI, Juan; HUAMÁN, Rosa\nLuego Quispe Mamani habló con Rosa."
    (result,) = session.analyze_many([text])
    kinds = {text[e["start"] : e["end"]]: e["type"] for e in result[1]}
    assert kinds.get("QUISPE MAMANI, Juan") == "PERSON" and kinds.get("Quispe Mamani") == "PERSON", kinds
    assert "ORG" not in kinds.values(), kinds


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("beneficiary: A O ADEBAYO, ref INV-2291", "A O ADEBAYO"),
        ("Payee: K.R. NAIDU", "K.R. NAIDU"),
        ("Calendar: Sync w/ Bao + Linh (Tran Thi Linh), organizer: hkowalski", "Tran Thi Linh"),
        ("uh this is kofi calling for mister van der berg", "van der berg"),
        ("MR DESMOND BAPTISTE              Defendant", "DESMOND BAPTISTE"),
    ],
)
def test_payees_family_names_first_and_spoken_titles(redactor: Redactor, text: str, person: str) -> None:
    assert _covered(redactor, text, person), _persons(redactor, text)


def test_initials_before_acronyms_are_kept(redactor: Redactor) -> None:
    text = "I O SYSTEMS and A B TESTING shipped the US AIR report."
    assert _persons(redactor, text) == [], _persons(redactor, text)


def test_word_names_alone_among_recipients(redactor: Redactor) -> None:
    text = "van: Sanne\naan: Daan; Fleur; mw. El Idrissi\nonderwerp: uren"
    assert "Fleur" in _persons(redactor, text), _persons(redactor, text)
    text = "To: Grace, Accounts, Support\nSubject: close"
    assert _persons(redactor, text) == ["Grace"], _persons(redactor, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("morgen termin mit hr. dr. brandstätter u. fr. mag. pichler wg. jahresabschluss", "pichler"),
        ("rdv avec maître dubois-fontaine lundi ; prévenir capucine", "dubois-fontaine"),
    ],
)
def test_lower_case_titles_before_lower_case_names(redactor: Redactor, text: str, person: str) -> None:
    assert _covered(redactor, text, person), _persons(redactor, text)


def test_academic_titles_without_their_dot_announce_no_name(redactor: Redactor) -> None:
    assert _persons(redactor, "see prof notes before the exam") == []


@pytest.mark.parametrize(
    ("text", "value", "found"),
    [
        ("NRIC S1234567D on file", "S1234567D", True),  # Singapore, check letter D
        ("ref S1234567A on file", "S1234567A", False),  # wrong check letter, no identity word
        ("MyKad 900101-14-5678", "900101-14-5678", True),
        ("CNIC 35202-1234567-1", "35202-1234567-1", True),
        ("Ghana Card GHA-712345678-3", "GHA-712345678-3", True),
        ("KRA PIN A123456789Z", "A123456789Z", True),
        ("IRD no. 49-091-850", "49-091-850", True),
        ("TIN 123-456-789-000", "123-456-789-000", True),
        ("SSS no. 34-1234567-8", "34-1234567-8", True),
        ("the tin 123456 cans arrived", "123456", False),  # the word, not the acronym
    ],
)
def test_identity_numbers_of_more_countries(redactor: Redactor, text: str, value: str, found: bool) -> None:
    assert _covered(redactor, text, value) is found, text


@pytest.mark.parametrize(
    "address",
    [
        "Plot 1415 Adetokunbo Ademola Street, Victoria Island, Lagos 101241",
        "No. 42, 3rd Cross, 5th Main, HSR Layout Sector 2, Bengaluru 560102",
        "14 Jan Smuts Avenue, Parktown, Johannesburg, 2193",
        "P.O. Box 30577-00100, Nairobi",
        "House No. GA-123-4567, Spintex Road, Accra",
        "Flat 5B, Block 7, Clifton, Karachi 75600",
        "Unit 1203, 88 Paseo de Roxas, Makati City 1226",
        "Blk 123 Ang Mo Kio Ave 3 #05-67 Singapore 560123",
        "No. 8, Jalan Ampang, 50450 Kuala Lumpur",
        "H.No. 8-2-293/82/A, Road No. 36, Jubilee Hills, Hyderabad 500033",
    ],
)
def test_regional_addresses_whole(redactor: Redactor, address: str) -> None:
    text = f"Please deliver to {address}. Thanks"
    assert _covered(redactor, text, address), text


@pytest.mark.parametrize(
    "text",
    [
        "New hire starts 2 June, Makati office, buddy to be named.",
        "We met Priya, Anand, Ravi in Bengaluru last week.",
        "Invoice 4471, PO 2231, Lagos team to check.",
        "The team from Lagos, Accra and Nairobi joined.",
    ],
)
def test_towns_in_prose_are_no_address(redactor: Redactor, text: str) -> None:
    session = redactor.session(RecordContext())
    (result,) = session.analyze_many([text])
    assert not [e for e in result[1] if e["type"] == "ADDRESS"], result[1]


@pytest.mark.parametrize(
    "iban",
    ["PK36SCBL0000001123456702", "BR1800360305000010009795493C1", "EG380019000500000000263180002"],
)
def test_ibans_of_the_whole_registry(redactor: Redactor, iban: str) -> None:
    text = f"Please pay to IBAN {iban} by Friday."
    assert _covered(redactor, text, iban), text


@pytest.mark.parametrize(
    ("text", "value", "found"),
    [
        ("CI 1.234.567-8 del titular", "1.234.567-8", True),
        ("DPI 1234 56789 0101 (Guatemala)", "1234 56789 0101", True),
        ("C.I. 4.567.890 vigente", "4.567.890", True),
        ("matrícula 1234 BCD del coche de empresa", "1234 BCD", True),
        ("placa ABC-123, estacionamiento 4", "ABC-123", True),
        ("Kennzeichen M-AB 1234 für den Parkausweis", "M-AB 1234", True),
        ("número de empleado E-20931", "E-20931", True),
        ("300 dpi scan of the CI pipeline 123456 build", "123456", False),
        ("la matrícula del curso 2025 está abierta", "2025", False),
    ],
)
def test_latin_american_ids_plates_and_staff_numbers(
    redactor: Redactor, text: str, value: str, found: bool
) -> None:
    assert _covered(redactor, text, value) is found, text


@pytest.mark.parametrize(
    "address",
    [
        "Pje. Los Aromos 1432, Ñuñoa, Santiago",
        "Avenida 6 de Diciembre N34-120 y Portugal, Quito",
        "Mz. B Lt. 12, Urb. Santa Patricia, La Molina, Lima",
        "Boulevard Morazán, Edificio Torre Libertad, local 3, Tegucigalpa",
        "Colonia Escalón, Calle Loma Linda #246, San Salvador",
        "Km 14.5 Carretera a El Salvador, Guatemala",
        "Calle Las Palmas 23, Urbanización Los Naranjos, 29660 Marbella",
    ],
)
def test_latin_american_addresses_whole(redactor: Redactor, address: str) -> None:
    text = f"Enviar a {address}. Gracias"
    assert _covered(redactor, text, address), text


def test_a_number_alone_before_a_town_is_no_address(redactor: Redactor) -> None:
    session = redactor.session(RecordContext())
    text = "Factura 4471, pedido 22, Bogotá. We shipped 12 units, 4 pallets, Lagos"
    (result,) = session.analyze_many([text])
    assert not [e for e in result[1] if e["type"] == "ADDRESS"], result[1]


@pytest.mark.parametrize(
    "text",
    ["vu avec Kofi Yao Kouassi et Aya N'Guessan, Abidjan", "Workshop with Ama and Kojo, Kigali"],
)
def test_big_towns_after_a_list_of_persons_are_kept(redactor: Redactor, text: str) -> None:
    town = text.rsplit(", ", 1)[1]
    assert town not in _persons(redactor, text), _persons(redactor, text)
