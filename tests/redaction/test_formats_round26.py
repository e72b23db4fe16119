"""Round 26: a shorter way to a place when the sentence says a place is there or names it first; the way in, the
floor or the room after an address; a Dutch postcode whose letters spell a unit. Whole runs, no record context.
Every value is invented."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.coverage import covered, every_covered
from tests.redaction.coverage import found as _found


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Plumber rang. Tell him it's round the back, past the bins, green door with the broken bell. He has the key.",
            "round the back, past the bins, green door with the broken bell",
        ),
        (
            "For the visit, the house is the one past the Centra, second after the church, red door. Bring the forms.",
            "the one past the Centra, second after the church, red door",
        ),
        (
            "Entrega: el cliente vive en Triana, detrás del mercado, portón azul. Llamar antes.",
            "Triana, detrás del mercado, portón azul",
        ),
        (
            "Visite chez les Morel, Ougrée, derrière l'école communale, la maison avec la porte bleue. Dossier ouvert.",
            "Ougrée, derrière l'école communale, la maison avec la porte bleue",
        ),
        (
            "Frau Yilmaz wohnt hinter dem Bäcker, grünes Tor, direkt gegenüber der Schule. Rückruf abends.",
            "hinter dem Bäcker, grünes Tor, direkt gegenüber der Schule",
        ),
        (
            "Huisbezoek bij mevr. Claes, Sint-Amands, achter de kerk, het huis met de rode garagepoort. Alles ok.",
            "Sint-Amands, achter de kerk, het huis met de rode garagepoort",
        ),
    ],
)
def test_a_shorter_way_there_when_the_sentence_announces_a_place(
    redactor: Redactor, text: str, address: str
) -> None:
    assert covered(redactor, text, address, "ADDRESS"), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "We are behind the plan, green light from the board expected on Friday.",
        "Thanks, behind schedule again, red flags on two tasks.",
        "It's past the deadline, blue team owns the fix.",
        "Ergebnis: hinter den Erwartungen, grünes Licht erst im Mai.",
    ],
)
def test_prose_with_a_landmark_and_a_colour_is_no_address(redactor: Redactor, text: str) -> None:
    assert not any(kind == "ADDRESS" for kind, _ in _found(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Neue Adresse: Hauptstr. 12, 70173 Stuttgart, durch die Einfahrt, Werkstatt hinten rechts. Danke.",
            "Hauptstr. 12, 70173 Stuttgart, durch die Einfahrt, Werkstatt hinten rechts",
        ),
        (
            "wohnt jetzt Lindenstr. 9, 04109 Leipzig, dritter Stock links. Bitte",
            "Lindenstr. 9, 04109 Leipzig, dritter Stock links",
        ),
        (
            "Abholung: Annenstraße 7, 8020 Graz, Eingang über den Hof. Vorher anrufen",
            "Annenstraße 7, 8020 Graz, Eingang über den Hof",
        ),
        (
            "we wonen nu Tiensestraat 41, 3000 Leuven, op den hoek bij de bakker. Dank u.",
            "Tiensestraat 41, 3000 Leuven, op den hoek bij de bakker",
        ),
        ("déposer les clés au 4 rue Foch, 3e étage gauche\n- appeler", "4 rue Foch, 3e étage gauche"),
        (
            "elle est à l'EHPAD, 12 rue de Nantes, 35000 Rennes, chambre 118. Merci",
            "12 rue de Nantes, 35000 Rennes, chambre 118",
        ),
    ],
)
def test_the_way_in_the_floor_or_the_room_after_an_address(
    redactor: Redactor, text: str, address: str
) -> None:
    assert covered(redactor, text, address, "ADDRESS"), _found(redactor, text)


def test_a_dutch_postcode_whose_letters_spell_a_unit(redactor: Redactor) -> None:
    text = "Dhr. Smits woont tijdelijk bij zijn zus: Lankforst 12-04, 6538 KB Nijmegen. Leefgeld per week."
    assert covered(redactor, text, "Lankforst 12-04, 6538 KB Nijmegen", "ADDRESS"), _found(redactor, text)
    # a size in kilobytes is no postcode
    size = "Het bestand is 2048 KB groot, Nijmegen kreeg het per mail."
    assert not any(kind == "ADDRESS" for kind, _ in _found(redactor, size)), _found(redactor, size)


@pytest.mark.parametrize(
    ("text", "name", "lang_hint"),
    [
        (
            "14/03/24, 10:02 - Rocío Heredia: se lo di a toño el sobre con la provisión\n14/03/24, 10:05 - Javi: ok",
            "toño",
            "es",
        ),
        (
            "[2/08/24, 7:44 a. m.] Paola: pregúntenle a caro, ella la tiene en el correo\n[2/08/24, 7:50 a. m.] Pacho: listo",
            "caro",
            "es",
        ),
        (
            "[18.06.24, 14:17:09] Besnik: chez dousse le chien était dehors, on a fait quand même\n[18.06.24, 14:18:00] Carla: ok merci",
            "dousse",
            "fr",
        ),
        (
            "TO DO (Tue)\n- call faith re the KRA PIN for the new guard\n- pay the water bill\n- printer toner!!",
            "faith",
            "en",
        ),
        (
            "quick one: can you ask ciara re the PO for the Galway job and ping olu about the rota please",
            "ciara",
            "en",
        ),
        ("TO DO\n- mercy -> petty cash book, ask why 3,500 missing\n- printer toner", "mercy", "en"),
    ],
)
def test_a_member_asked_or_given_something_in_lower_case(
    redactor: Redactor, text: str, name: str, lang_hint: str
) -> None:
    assert covered(redactor, text, name, "PERSON"), (lang_hint, _found(redactor, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("can you chase bill again and call back the bank about the statement", "bill"),
        ("TO DO\n- grant -> apply by Friday, forms on the drive\n- budget -> check", "grant"),
        ("Pour la réunion on va chez moi, apporte le dossier et voir avec compta demain.", "compta"),
    ],
)
def test_a_word_after_such_a_verb_stays(redactor: Redactor, text: str, word: str) -> None:
    assert not any(value == word for _, value in _found(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Atendió el contador, con Consuelo de recepción. Mosquera no llegó.\nQuedó pendiente la firma.",
            "Mosquera",
        ),
        (
            "Fissures sur la dalle, photos envoyées hier soir.\nLe Goff a rappelé : visite décalée au 12.",
            "Le Goff",
        ),
    ],
)
def test_a_family_name_opening_a_sentence_denied_or_with_its_particle(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


def test_a_body_or_a_place_with_an_article_opening_a_sentence_stays(redactor: Redactor) -> None:
    text = "Le Conseil a validé le budget. La Poste a envoyé le colis. Le Havre a confirmé la date."
    assert not any(kind == "PERSON" for kind, _ in _found(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("- call re KRA PIN for the guard, she has it, A027183946Z? confirm by Friday", "A027183946Z"),
        ("BSN in het dossier klopt niet, ze gaf 204183672 door. terugbellen na 14u", "204183672"),
        ("Se detecta que la cédula, Wilmer la suya es 16.745.902 cierto?", "16.745.902"),
        ("la carte grise n'est pas à jour dans le SIRH (mat. salarié 00523).", "00523"),
        ("Jolien V. (pnr 40377)\n- 11/01 – € 23,50 – lunch klant", "40377"),
        ("patente à son nom, matricule fiscal 1642738/K/P/000. Pour le véhicule, rien.", "1642738/K/P/000"),
        ("données pour la déclaration : numéro d'entreprise 0784.623.519, merci", "0784.623.519"),
        ("Cliente: Marvin Quesada, céd. 1-1342-0657. Casa en Curridabat.", "1-1342-0657"),
        ("falta la firma del socio (venezolano, PPT 5487321) en el acta.", "5487321"),
    ],
)
def test_a_personal_number_some_words_after_its_word(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


def test_an_order_number_far_after_an_id_word_stays(redactor: Redactor) -> None:
    text = "The passport office was slow again. Order 20240518 ships Monday, invoice INV-88412 attached."
    assert not any(value == "20240518" for _, value in _found(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        (
            "Saludos desde el Puerto de La Libertad. mi número es 7890 2211. gracias y bendiciones",
            "7890 2211",
        ),
        ("Son numéro c'est le 22 514 608, son mari c'est le 98 303 671. Merci.", "98 303 671"),
        ("Tiene dos: el suyo, his number is 4420 9168, y el de la oficina.", "4420 9168"),
    ],
)
def test_a_persons_number_by_its_possessive_or_shaped_like_the_one_before(
    redactor: Redactor, text: str, phone: str
) -> None:
    assert covered(redactor, text, phone, "PHONE"), _found(redactor, text)


def test_an_invoice_number_shaped_like_a_phone_stays(redactor: Redactor) -> None:
    text = "Factura número 4521 8890 pagada. El número de pedido es 7731 2290."
    assert not any(kind == "PHONE" for kind, _ in _found(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Suivi: M. Gurung – 1045, rue King Ouest, app. 3, Sherbrooke (QC) J1H 1R4. Diabète.",
            "1045, rue King Ouest, app. 3, Sherbrooke (QC) J1H 1R4",
        ),
        (
            "Les claus del bajo: Carrer d'Alboraia 14, baix, 46020 València — timbre roto",
            "Carrer d'Alboraia 14, baix, 46020 València",
        ),
    ],
)
def test_a_quebec_town_with_its_province_in_parentheses_and_a_catalan_street(
    redactor: Redactor, text: str, address: str
) -> None:
    assert covered(redactor, text, address, "ADDRESS"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Présences : PN, SG, Rose, K. Rai, Olivier (stagiaire)\n\n☐ PN – appeler le client re: feuillets\n"
            "☐ SG – relancer la banque",
            ["PN", "SG"],
        ),
        (
            "Présents : A.K.H. (conseiller), Mahougnon Adjovi, S.T. (secrétariat)\nAbsent excusé : Raoul\n",
            ["A.K.H.", "S.T."],
        ),
        (
            "No habiendo más temas, se levanta la sesión a las 11:15.\nFirman: A.V., M.A.A.",
            ["A.V.", "M.A.A."],
        ),
        (
            "Observaciones (control interno, G.A.): falta factura legal del remís.\n\nRevisó: LMG",
            ["G.A.", "LMG"],
        ),
        ("Merci pour le dossier de juin.\n\nBonne journée à vous deux,\nH.M.", ["H.M."]),
        ("Note de frais – mars 2024\nValidateur : C.M.\n\nNDF-0412 | Taxi aéroport | 38,00 €", ["C.M."]),
        ("Mileage ok. Lunch fine. Don't pay the taxi until MH approves.", ["MH"]),
        ("Rückfragen Buchhaltung (TK):\n- 04.03. Eigenbeleg nur bis 25 € ohne Begründung", ["TK"]),
    ],
)
def test_initials_in_attendee_lines_signatures_and_approvals(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    for name in names:
        assert covered(redactor, text, name, "PERSON"), (name, _found(redactor, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("akiko: schick ich dir gleich per DM, nicht hier rein", "DM"),
        ("Name as per NIC, branch as per the passbook.", "NIC"),
        ("Présents : IT, RH, direction (DAF)\nOrdre du jour : budget", "IT"),
        ("Signed on behalf of Alpha Ltd. (Registered office, U.K.)", "U.K."),
    ],
)
def test_an_acronym_or_a_country_by_its_letters_stays(redactor: Redactor, text: str, word: str) -> None:
    assert not any(value == word for _, value in _found(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Lieferung kam über die Spedition Meister, Rechnung folgt.", "Spedition Meister"),
        (
            "Die Abrechnung macht Engel Steuerberatung, Ansprechpartnerin ist Frau Roth.",
            "Engel Steuerberatung",
        ),
        ("Angebot von Hahn Gebäudereinigung liegt vor, 3 Angebote nötig.", "Hahn Gebäudereinigung"),
        (
            "Prüfbericht der Braun Wirtschaftsprüfungsgesellschaft ist da.",
            "Braun Wirtschaftsprüfungsgesellschaft",
        ),
        ("Suite à la clôture de mon compte chez Belfius, merci de mettre à jour le RIB.", "Belfius"),
        ("Please note my new Stanbic account for the refund.", "Stanbic"),
    ],
)
def test_a_firm_named_after_a_family_with_its_trade_or_a_bank_stays(
    redactor: Redactor, text: str, firm: str
) -> None:
    assert not any(kind == "PERSON" and value in firm for kind, value in _found(redactor, text)), _found(
        redactor, text
    )


def test_a_surname_spelt_like_a_bank_with_an_accent_is_still_a_person(redactor: Redactor) -> None:
    text = "Asistentes: Enrique Monzó Tarazona (gerente) y Lucía Ferrer."
    assert covered(redactor, text, "Enrique Monzó Tarazona", "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Côté est en vacances à Tadoussac jusqu'au 12, le dossier attend.", "Tadoussac"),
        ("Gavin says the client job at Mkwasine can be billed next month.", "Mkwasine"),
        ("Le client habite à Kpalimé depuis mars, il passera vendredi.", "Kpalimé"),
    ],
)
def test_a_town_no_list_knows_after_a_preposition_of_place_stays(
    redactor: Redactor, text: str, place: str
) -> None:
    assert not any(value == place for _, value in _found(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- fenna ziek t/m donderdag, haar tickets gaan naar JWvdM", "JWvdM"),
        ("J'en ai parlé à Roux hier, il valide le devis.", "Roux"),
    ],
)
def test_a_person_sent_something_stays_a_person(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("fyi Hope is off Thurs & Fri, Grant covering her clients till Monday.", "Grant"),
        ("Called the office. Rose travelling, back next week.", "Rose"),
        ("4. Volunteers: HR to phone Faith re the schools leaflet drop.", "Faith"),
        ("Thu 20/06 – 0.5h – Tried Mark again, left a message.", "Mark"),
        ("Pidió los comprobantes del alquiler. Su esposa, Sol, es la que guarda los recibos.", "Sol"),
        ("No answer on his mobile. Or call his PA, Blessing, on the office line.", "Blessing"),
    ],
)
def test_a_first_name_that_is_a_word_by_what_the_person_does_or_is_to_them(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Marketing covering the launch costs, Finance leading the audit.",
        "Su empresa, Soluciones Norte, es la que factura.",
    ],
)
def test_a_team_or_a_firm_in_such_places_stays(redactor: Redactor, text: str) -> None:
    assert not any(kind == "PERSON" for kind, _ in _found(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Blessing in finance says the February claim is stuck.", "Blessing"),
        ("Give it to Bill in accounts before the bill run on the 25th.", "Bill"),
        ("[09:20] maca: dice que dolores de la gestoría no le ha contestado\n[09:21] tono: ok", "dolores"),
        (
            "[09:22] tono: oye, rosario la de la tienda ya pagó la factura?\n[09:23] wendy: esa no, la otra",
            "rosario",
        ),
    ],
)
def test_a_first_name_told_apart_by_where_the_person_works(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


def test_a_noun_with_its_article_before_a_workplace_stays(redactor: Redactor) -> None:
    text = "La luz de la oficina no funciona. El de la tienda vino ayer."
    assert not any(kind == "PERSON" for kind, _ in _found(redactor, text)), _found(redactor, text)


def test_an_english_family_name_in_lower_case_opening_a_chat_message(redactor: Redactor) -> None:
    text = (
        "[14/03/2024, 08:50] Niamh McCann: doherty has it. and the keys. he's in from 10\n"
        "[14/03/2024, 10:02] Stephen Gracey: doherty here now, keys sorted. bill is paid\n"
    )
    assert every_covered(redactor, text, "doherty"), _found(redactor, text)
    assert not any(value == "bill" for _, value in _found(redactor, text)), _found(redactor, text)


def test_hrn_is_a_title_before_a_name(redactor: Redactor) -> None:
    text = "Gespräch mit Hrn. Bauer wegen der Rechnung, danach Rückruf an Hrn Özdemir."
    found = _found(redactor, text)
    assert not any(value.startswith("Hrn") for _, value in found), found
    assert covered(redactor, text, "Bauer", "PERSON") and covered(redactor, text, "Özdemir", "PERSON"), found
