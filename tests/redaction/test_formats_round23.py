"""Round 23: people named without a cue and words that only look like names (firms that open with a trade's plural,
a family name with its initials in a list of minutes, a surname with a capital inside it at a sentence's start),
Canadian bank accounts as a direct-deposit form gives them, an extension alone, English floors by their ordinal
and a suite before its street number. Whole runs, no record context. Every value is invented."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.session import _plain_word_opening
from tests.redaction.coverage import covered, persons
from tests.redaction.coverage import found as _found


@pytest.mark.parametrize(
    "text",
    [
        "Pedido de Distribuciones Montalbán para el martes, 40 cajas.",
        "Visita a Salmones Aguirre SpA en Puerto Montt el jueves.",
        "Factura de Envasados San Fernando pendiente de pago.",
        "Cotizaciones de varilla con Materiales Quintero, entrega el lunes.",
    ],
)
def test_a_firm_opened_by_a_trades_plural_is_nobody(redactor: Redactor, text: str) -> None:
    assert persons(redactor, text) == []


def test_a_person_after_a_trades_plural_is_still_found(redactor: Redactor) -> None:
    text = "Pedido de Distribuciones Montalbán (contacto: Carlos Montalbán) para el martes."
    assert "Carlos Montalbán" in persons(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Dépôt direct : transit 30125, institution 815, compte 0412378. Merci.",
            "transit 30125, institution 815, compte 0412378",
        ),
        (
            "Direct deposit: institution 815, transit 30512, folio 0482716",
            "institution 815, transit 30512, folio 0482716",
        ),
        (
            "pay to transit 04512, inst. 219, acct 00458-12 from now on",
            "transit 04512, inst. 219, acct 00458-12",
        ),
        ("Reimburse to the new one: 00840-004-9901276.", "00840-004-9901276"),
    ],
)
def test_canadian_accounts_by_transit_institution_and_account(
    redactor: Redactor, text: str, value: str
) -> None:
    assert covered(redactor, text, value, "IBAN"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Questions to the claimant, ext 2214, or her cell.", "ext 2214"),
        ("Rückfragen bitte an die Buchhaltung, intern 4417.", "intern 4417"),
        ("Pour toute question : poste 2240 (comptabilité).", "poste 2240"),
    ],
)
def test_an_extension_alone_is_a_phone(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "PHONE"), _found(redactor, text)


def test_a_phone_keeps_its_extension_in_one_span(redactor: Redactor) -> None:
    text = "Call the office on 514 555 0199 poste 112 tomorrow."
    assert ("PHONE", "514 555 0199 poste 112") in _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Senior Consultant\n201 Portage Ave, 18th Floor, Winnipeg MB R3B 3K6\nd. 204-555-0106",
            "201 Portage Ave, 18th Floor, Winnipeg MB R3B 3K6",
        ),
        (
            "Office: Unit 4, 2nd Floor, 17 Malone Road, Belfast BT9 6RT",
            "Unit 4, 2nd Floor, 17 Malone Road, Belfast BT9 6RT",
        ),
        (
            "Send it to Suite 610 – 1122 Mainland St, Vancouver BC V6B 5L1 please",
            "Suite 610 – 1122 Mainland St, Vancouver BC V6B 5L1",
        ),
    ],
)
def test_floors_by_their_ordinal_and_a_suite_before_the_street(
    redactor: Redactor, text: str, value: str
) -> None:
    assert covered(redactor, text, value, "ADDRESS"), _found(redactor, text)


def test_a_dash_after_a_number_that_is_no_suite_opens_no_address(redactor: Redactor) -> None:
    text = "Invoice 2024 - 88 Queen St, Toronto ON M5H 2N2"
    assert ("ADDRESS", "88 Queen St, Toronto ON M5H 2N2") in _found(redactor, text)


def test_family_names_with_their_initials_in_minutes(redactor: Redactor) -> None:
    text = "Present: Smith, R.J. (chair); Tan K.L.; Ahmadi, F.; Sampson\n\n1. Tan K.L. noted the figures."
    found = persons(redactor, text)
    for name in ("Smith, R.J.", "Tan K.L.", "Ahmadi, F."):
        assert name in found, found


def test_a_surname_first_with_its_initial_stays_whole_where_it_comes_again(redactor: Redactor) -> None:
    text = "Reviewer: CHAKRABORTY, S.\n- CHAKRABORTY, S. (Wed): do not involve the client yet."
    assert persons(redactor, text) == ["CHAKRABORTY, S.", "CHAKRABORTY, S."]


def test_a_capital_inside_a_surname_keeps_it_a_name_at_a_sentence_start(redactor: Redactor) -> None:
    text = "Can someone look at this. McAllister reckons it's already paid. Ask Sam McAllister."
    assert persons(redactor, text) == ["McAllister", "Sam McAllister"]


def test_a_word_in_capitals_opening_a_line_is_still_a_word() -> None:
    """Only a capital inside a mixed-case word marks a name; a heading in capitals is the word."""
    assert _plain_word_opening("PROTOKOLL der Sitzung vom 3. Mai", 0, "protokoll")
    assert _plain_word_opening("Protokoll der Sitzung vom 3. Mai", 0, "protokoll")
    assert not _plain_word_opening("McAllister reckons it's paid", 0, "mcallister")


@pytest.mark.parametrize(
    "text",
    [
        "El hijo estudia en el Colegio Francisco José de Caldas de Bogotá.",
        "la sucursal de Av. Pedro de Valdivia cierra a las ocho",
        "nos vemos en C/ Luis Montoto, frente al bar",
        "on se gare au parking Albertine, puis métro Louise",
        "Termin im Uniklinikum Carl Gustav Carus, Haus 27",
        "Carpark passes for Menara Sultan Ismail, level B2",
        "coffees for the workshop at Simon Fraser Hall on Friday",
        "Mr Jacobs from Jacobs & Hendricks Attorneys wants a call",
    ],
)
def test_places_and_firms_named_after_people_are_nobody(redactor: Redactor, text: str) -> None:
    assert not [p for p in persons(redactor, text) if p not in ("Jacobs",)], persons(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sarah Hall and Mary Anne Hall joined the call.", "Mary Anne Hall"),
        ("mijn vader ligt in het ziekenhuis. Ayşe kan sluiten om 18:00", "Ayşe"),
        ("Audience SARL Vautrin c/ Bellamy, renvoi au 12 mai", "Bellamy"),
        ("Contactar a Ramón de la Av. Central para la entrega", "Ramón"),
    ],
)
def test_people_next_to_place_words_are_still_found(redactor: Redactor, text: str, name: str) -> None:
    found = persons(redactor, text)
    assert name in found, found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("aanwezig: Huizinga (vz), Wiersma\nafwezig m.k.: Bosscher\n\n1. Mededelingen", ["Bosscher"]),
        ("Present: Okafor\nRegrets: Joudrey, Lindqvist\n\n1. Minutes", ["Joudrey", "Lindqvist"]),
    ],
)
def test_absent_lists_with_a_note_before_the_colon(redactor: Redactor, text: str, names: list[str]) -> None:
    found = persons(redactor, text)
    assert all(n in found for n in names), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("02-09 | 3,5 | reunión c/ Tapia en faena Maipú, revisión EP N°4", "Tapia"),
        ("jue 20 | 4h | visita obra c/ Popescu + técnica mutua", "Popescu"),
        ("sync w/ Okafor tmrw re the deck", "Okafor"),
    ],
)
def test_a_notes_with_written_with_a_slash(redactor: Redactor, text: str, name: str) -> None:
    assert name in persons(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Entrega en c/ Mayor, 12, 3º B, Madrid",
        'el litigio "Cooperativa El Ceibo c/ Provincia de Buenos Aires", incluida la apelación',
    ],
)
def test_a_street_or_a_lawsuits_versus_after_c_slash_is_nobody(redactor: Redactor, text: str) -> None:
    assert persons(redactor, text) == []


def test_a_user_names_surname_where_the_text_names_that_person_by_it(redactor: Redactor) -> None:
    text = "usuario | glosa\nb.cabrera | levantamiento de red\npancho | el terreno lo vio cabrera la semana pasada"
    assert "cabrera" in persons(redactor, text)


def test_a_user_names_surname_in_a_firms_name_stays(redactor: Redactor) -> None:
    text = "[09:12] m.fontaine: devis envoyé\n[09:14] lea: merci, Fontaine Informatique a répondu"
    assert "Fontaine" not in persons(redactor, text)


def test_a_company_form_in_initials_is_no_ones_initials(redactor: Redactor) -> None:
    text = "Factura de Construccions Ferrer i Martí, S.L. pendiente"
    assert not any("S.L." in p for p in persons(redactor, text))


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("I said I will speak with the storekeeper myself. – P.N.", ["P.N."]),
        ("Merci à tous pour la migration !\n— C.M.", ["C.M."]),
        (
            "Actions: RJ – letter to the contractor; FA – drawings; MDG – revised schedule.",
            ["RJ", "FA", "MDG"],
        ),
        ("Actiepunten:\nFZB – btw-check | BV – alternatief vertaalbureau", ["FZB", "BV"]),
        ("Revisado: JLR – OK salvo el taxi", ["JLR"]),
        ("transmis à la compta. GB rappelle avant vendredi.", ["GB"]),
        ("(14/06) HT recomienda no pagar a terceros", ["HT"]),
        ("Présents : Nour El Houda Benali (NEB), Anahid Tchakerian\n- NEB prépare le chiffrage", ["NEB"]),
    ],
)
def test_initials_signing_owning_a_task_or_checking(
    redactor: Redactor, text: str, initials: list[str]
) -> None:
    found = persons(redactor, text)
    assert all(i in found for i in initials), found


@pytest.mark.parametrize(
    "text",
    [
        "NOTE – see the attached schedule\n- HR – onboarding pack for the new starters",
        "Factura emitida por Construcciones Vidal, S.A. – N.B.: pagar antes del viernes",
    ],
)
def test_notes_departments_and_company_forms_are_no_initials(redactor: Redactor, text: str) -> None:
    assert persons(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Employee: Wójcik, Agnieszka (payroll no. 004418)", "004418"),
        ("MyKad 880704-10-5531, EPF no 17820394. Staying at", "17820394"),
        ("Empleado: Ionuț Popescu\tN.º personal: ZGZ-2217", "ZGZ-2217"),
        ("Pour rappel mon NIU est P018612345673K, il figure sur la facture", "P018612345673K"),
        ("vino en su auto particular, chapa AAEK 512, según consta", "AAEK 512"),
        ("E. Begić | 6,5 | dto., Begić fährt privat (GU 417 BH), km-Geld 84", "GU 417 BH"),
        ("Besichtigung Areal: Privatauto BS 412 877, 18 km à CHF 0.70", "BS 412 877"),
    ],
)
def test_payroll_numbers_tax_numbers_and_plates_by_their_words(
    redactor: Redactor, text: str, value: str
) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Legal name: Nwachukwu-Bains, Adaeze\nPreferred name: Dez\nEmployee no.: TO-40672", "Dez"),
        ("Nieuwe collega: Nordin Azzouzi, start 1 april als junior", "Nordin Azzouzi"),
    ],
)
def test_a_preferred_name_and_a_new_colleague_by_their_labels(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name in persons(redactor, text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Notiz Support (mk): Rückruf an die Kundin bis Freitag", "mk"),
        ("Nota de Administración (L. Chang): copia firmada escaneada", "L. Chang"),
        ("Notiz intern (MH, 12.04.): Unterlagen vollständig", "MH"),
    ],
)
def test_who_wrote_a_note_in_parentheses_before_its_colon(redactor: Redactor, text: str, who: str) -> None:
    assert who in persons(redactor, text)


@pytest.mark.parametrize("text", ["Note (HR): the policy applies to all", "Nota (RRHH): revisar contratos"])
def test_a_departments_note_has_no_author(redactor: Redactor, text: str) -> None:
    assert persons(redactor, text) == []


def test_a_family_name_first_keeps_its_given_name(redactor: Redactor) -> None:
    text = "Spesenabrechnung Juni – Sivakumar, Tharshan (Pers.-Nr. 30-1187)"
    assert "Sivakumar, Tharshan" in persons(redactor, text)
    assert "Smith" in persons(redactor, "Paid to Smith, Monday (late)")
    assert "Smith, Monday" not in persons(redactor, "Paid to Smith, Monday (late)")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Adresse : Boulevard Carl-Vogt 12 – Case postale 2218 – 1211 Genève 4\nTél. 022 555 01 02",
            "Boulevard Carl-Vogt 12 – Case postale 2218 – 1211 Genève 4",
        ),
        (
            "livrer au 45 rue Solférino, bât. B, appt 12 (3e étage), 59000 Lille demain",
            "45 rue Solférino, bât. B, appt 12 (3e étage), 59000 Lille",
        ),
        (
            "Move to 23 Ntlazane Street, Site C, Khayelitsha, 7784",
            "23 Ntlazane Street, Site C, Khayelitsha, 7784",
        ),
    ],
)
def test_a_post_office_number_a_floor_in_parentheses_and_a_postcode_after_the_town(
    redactor: Redactor, text: str, value: str
) -> None:
    assert covered(redactor, text, value, "ADDRESS"), _found(redactor, text)


def test_a_year_after_the_town_is_no_postcode(redactor: Redactor) -> None:
    text = "She moved to 23 Ntlazane Street, Site C, Khayelitsha, 2019 onwards."
    assert ("ADDRESS", "23 Ntlazane Street, Site C, Khayelitsha") in _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Approver comment (M. Zhou): ok except lunch", "M. Zhou"),
        ("Bitte an M. Öztürk weiterleiten, danke.", "M. Öztürk"),
        ("Rendez-vous avec M. Dupont demain à 10h pour la facture", "Dupont"),
    ],
)
def test_an_initial_m_outside_french_stays_with_its_surname(redactor: Redactor, text: str, name: str) -> None:
    assert name in persons(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "für die Einkommensteuer braucht sie noch ihre Steuer-ID bestätigt: 47 036 892 815",
        "Ehepartner\t–\tunverändert\nKonto\tDE61 6005 0101 0004 2819 66\tunverändert",
    ],
)
def test_the_labels_of_numbers_and_notes_are_nobody(redactor: Redactor, text: str) -> None:
    assert persons(redactor, text) == []
