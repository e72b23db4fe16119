"""Round 24: names written family name first in lists and tables, persons asked or told something in French,
Spanish and German, lower-case family names of a chat, whole long Hispanic names; identity, staff and birth-date
numbers by more labels and table columns, plates by the car named before them; floors and postcodes around an
address; firms named after their owner's trade. Whole runs, no record context. Every value is invented."""

from __future__ import annotations

import pytest

from redaction import RecordContext, Redactor
from redaction.recognizers.person.reversed import reversed_names
from tests.redaction.coverage import covered, persons
from tests.redaction.coverage import found as _found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Present: Murphy, Aoife; Chandra, Vik; Baptiste, L.; Kaur Sandhu, Jaspreet\nNext: 11 April",
            ["Murphy, Aoife", "Chandra, Vik", "Baptiste, L.", "Kaur Sandhu, Jaspreet"],
        ),
        (
            "Asistentes: Paredes, Lucía; Chávez Mora, J.; Iglesias de la Fuente, Consuelo; Popescu, Andrei.",
            ["Paredes, Lucía", "Chávez Mora, J.", "Iglesias de la Fuente, Consuelo", "Popescu, Andrei"],
        ),
        (
            "Présents : Girard, Élodie ; Roy, J.-P. ; Da Silva Ferreira, Ana ; MENSAH, K. Désiré",
            ["Girard, Élodie", "Roy, J.-P.", "Da Silva Ferreira, Ana", "MENSAH, K. Désiré"],
        ),
        ("Aanwezig: Peeters, Jan; Mertens, Evi; El Amrani, Yassine", ["Peeters, Jan", "Mertens, Evi"]),
        ("Anwesend: Kaiser, Jana; Wolf, Hannah; Öztürk, M.", ["Kaiser, Jana", "Wolf, Hannah", "Öztürk, M."]),
        ("Apologies: Okonkwo, Faith", ["Okonkwo, Faith"]),
    ],
)
def test_family_name_first_in_a_list_is_one_person(redactor: Redactor, text: str, names: list[str]) -> None:
    for name in names:
        assert covered(redactor, text, name, "PERSON"), (name, _found(redactor, text))
    found = [text[s.start : s.end] for s in reversed_names(text)]
    assert set(names) <= set(found), found


def test_family_name_first_in_a_tables_cells(redactor: Redactor) -> None:
    text = (
        "N°\tApellidos y nombres\tDNI\tCelular\n"
        "1\tQuispe Huamán, Rosario\t45871236\t984 312 077\n"
        "2\tCcahuana Apaza, Fortunato\t23984510\t—\n"
        "3\tMamani Condori, Luz Marina\t70125834\t951 478 203\n"
    )
    for name in ("Quispe Huamán, Rosario", "Ccahuana Apaza, Fortunato", "Mamani Condori, Luz Marina"):
        assert covered(redactor, text, name, "PERSON"), (name, _found(redactor, text))
    for number in ("45871236", "23984510", "70125834"):
        assert covered(redactor, text, number, "ID"), (number, _found(redactor, text))
    # the name in its cell is no address, though its given name is a town ("Rosario")
    assert not any(kind == "ADDRESS" for kind, _ in _found(redactor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Attendees: Ngozi Eze, Will Carter; Mark Oduya, Hana Sato",
        "Interviewers: Arash, Meenakshi",
        "Regrets: Joudrey, Lindqvist",
        "Offices: Paris, France; Madrid, Spain; Lyon, Villeurbanne",
        "Vendors: Ferrer i Martí, S.L.; Vidal, S.A.",
    ],
)
def test_two_people_places_and_company_forms_are_no_reversed_name(text: str) -> None:
    assert [text[s.start : s.end] for s in reversed_names(text)] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ce matin : demander à Vanhoutte pour la carte parking.", "Vanhoutte"),
        ("Notizen zu den Belegen (bitte an Frey weitergeben)", "Frey"),
        ("Faut relancer Tchala pour le bon de commande.", "Tchala"),
        ("sanne: en ilse van der hoop komt ook?", "ilse van der hoop"),
        ("yacine: ok. lemaire passe demain avec les plans", "lemaire"),
        ("neha: on leave today: tanvi. kasia wfh tomorrow", "kasia"),
        ("neha: imran on leave today, kasia also wfh", "kasia"),
        ("Trabajadora: Sra. Francisca Javiera Muñoz Tapia, RUT en trámite", "Francisca Javiera Muñoz Tapia"),
        (
            "El 3 de marzo Karla Ivonne Salinas de la Garza <k@x.example> escribió",
            "Karla Ivonne Salinas de la Garza",
        ),
    ],
)
def test_persons_asked_chatted_about_and_named_whole(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "il faut écrire à Paris pour la demande de permis",
        "Friedrich Sommer Logistik GmbH liefert am Montag.",
        "Rechnung von Elektro Kaminski kam heute.",
        "Angebot von Lorenz Akustik liegt vor.",
        "via Pinas Detachering geregeld",
        "Yıldız Installatietechniek komt maandag",
        "the order from Shannon Precision Castings is late",
        "letter from Kiprono & Wekesa Advocates today",
        "au CHU Sylvanus Olympio pour la visite",
    ],
)
def test_towns_particles_and_firms_are_nobody(redactor: Redactor, text: str) -> None:
    assert persons(redactor, text) == [], _found(redactor, text)


def test_ilse_of_the_bank_is_only_ilse(redactor: Redactor) -> None:
    assert persons(redactor, "sanne: en ilse van de bank komt ook?") == ["sanne", "ilse"]


def test_a_learned_given_name_is_no_saints_town(redactor: Redactor) -> None:
    session = redactor.session(RecordContext())
    first, second = session.analyze_many(
        [
            "Salvador llamó ayer por lo del contrato.",
            "No podemos firmar el viernes aquí en San Salvador, gracias.",
        ]
    )
    assert any(e["type"] == "PERSON" for e in first[1])
    assert not any(e["type"] == "PERSON" for e in second[1]), second[1]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("car parked overnight in the visitor spot (Québec plate GTR 418). Thanks", "GTR 418"),
        ("dat is de privéauto van Bakker (GZ-418-K), die mag daar staan", "GZ-418-K"),
        ("km-vergoeding eigen wagen 2-GHT-714, Brugge heen en terug", "2-GHT-714"),
        ("Kennzeichen von Luís (F-LS 4471) wird freigeschaltet.", "F-LS 4471"),
        ("avisale a maco que lleve su carro, el P-561DKR, el pickup no está", "P-561DKR"),
        ("Véhicule perso, pour le badge du parking Antigone : Twingo, FZ-219-QM.", "FZ-219-QM"),
        ("transport avec le véhicule personnel de Yéo (AA-457-FR-01), il a donné son accord", "AA-457-FR-01"),
        (
            "Name | Company | Car reg\nGrant, Marcus | own | WR19 KXT\nNowak, Piotr | Avon | KN67 PLZ\n",
            "WR19 KXT",
        ),
    ],
)
def test_plates_by_the_car_named_before_them(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


def test_a_plate_shape_without_a_car_is_nothing(redactor: Redactor) -> None:
    assert _found(redactor, "Réf. dossier AB-123-CD pour le client, merci.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("que lleve la cédula de ella impresa (43.567.218) porque el portero la pide", "43.567.218"),
        ("el dpi del señor: 2541 87320 0101, a nombre de él", "2541 87320 0101"),
        ("el de Friesen es 9834512 SC y el de Higa 4621380 SC.", "9834512 SC"),
        ("expediente de Karla (cód. empleado 0387)", "0387"),
        ("Solicitante: Dolores (cód. empleado CU-0291)", "CU-0291"),
        ("Zeiterfassung KW 46 – Schulze, Doreen (PNr. 30882)", "30882"),
        ("Mitarbeiter: Berisha, Arben (MA-Nr. 1187)", "1187"),
        ("Empleado n.º SVQ-2231 · NAF 41/10384756/03 · alta", "SVQ-2231"),
        ("Empleado n.º SVQ-2231 · NAF 41/10384756/03 · alta", "41/10384756/03"),
        ("Mme Inès, matricule interne 00417, entrée le 15/04", "00417"),
        ("Départ : M. Thibault (matr. 00392) — solde", "00392"),
        ("site Genève – collaboratrice n° GVA-2291", "GVA-2291"),
        ("No d'employé : 71-0593", "71-0593"),
        ("Ficha de personal n.º 0317 · comentarios", "0317"),
        ("corregir en el legajo N.º 00231.", "00231"),
        ("[x] Empleado # 30418", "30418"),
        ("Matricule attribué : SD-2024-0318.", "SD-2024-0318"),
        ("Carte d'identité n° 592-4418207-63", "592-4418207-63"),
        ("Aufenthaltstitel Nr. Y7KF02LM3, gültig bis 2027", "Y7KF02LM3"),
        (" [x] TPIN: 1002847361", "1002847361"),
        ("Matricule national (CCSS) : 1986 0817 123 45", "1986 0817 123 45"),
        ("Tarjeta de residente temporal: 0000185463", "0000185463"),
        ("TPS : 784512369 RT0001", "784512369 RT0001"),
        ("N° compte contribuable (NCC) : 1903384 R", "1903384 R"),
        ("cód. trabajador LM-00872, CUSPP 598761WCLAE3.", "LM-00872"),
        ("cód. trabajador LM-00872, CUSPP 598761WCLAE3.", "598761WCLAE3"),
        ("Funcionario: Grover | Ítem RRHH: LPZ-0312 | área", "LPZ-0312"),
        ("staff member: Tinotenda (EC no. HRE-0381), junior auditor", "HRE-0381"),
        ("Fecha nacimiento: 03/06/1994", "03/06/1994"),
        ("ik heb alleen zijn geboortedatum (03/07/1989). Vraag het hem", "03/07/1989"),
        ("Blumen für Dijana, sie ist am 15.10.1985 geboren und wird 40", "15.10.1985"),
        (
            "N°\tApellidos y nombres\tDNI\n1\tQuispe Huamán, Rosario\t45871236\n2\tApaza, Pilar\t41123908\n",
            "45871236",
        ),
    ],
)
def test_identity_staff_and_birth_numbers_by_their_labels(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Son numéro : +228 90 14 27 63, sinon Moov 99 52 08 14. Merci", "99 52 08 14"),
        ("Il dit que le fixe du bureau, 22 21 46 07, ne marche plus", "22 21 46 07"),
        ("Contact terrain : Essozimna, 70 45 18 22 (WhatsApp).", "70 45 18 22"),
        ("pidió que la llamen antes de cortar: 223 15 544-1290, se llama Nélida", "223 15 544-1290"),
        ("Teléfonos: 2253-4718 (casa) o al 8841-0962, que es el de la esposa", "8841-0962"),
        ("[Nota de llamada 17/03]: contestó al 2-2418806, confirmó los datos", "2-2418806"),
    ],
)
def test_phones_by_a_landline_a_network_or_the_lines_kind(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "PHONE"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "chez Blanche, Chemin des Trois-Portes 21, 2000 Neuchâtel, 2e étage à gauche. Merci",
            "2e étage à gauche",
        ),
        ("Bv. Oroño 1264, piso 2, S2000 Rosario", "Bv. Oroño 1264, piso 2, S2000 Rosario"),
        ("Av. Colón 3417, 7° A, B7600FYK Mar del Plata", "B7600FYK Mar del Plata"),
        ("House 27, Road 11, Block F, Banani, Dhaka 1213, Flat 5A (4th floor)", "Flat 5A (4th floor)"),
        ("Werkstatt: Eichstraße 41, 5023 Salzburg, beim Maibaum rechts rein", "beim Maibaum rechts rein"),
        (
            "Calle Jaimes Freyre N° 2344, Edif. Illimani, piso 4, of. 402, Sopocachi, La Paz",
            "Calle Jaimes Freyre N° 2344, Edif. Illimani, piso 4, of. 402, Sopocachi, La Paz",
        ),
    ],
)
def test_floors_postcodes_and_directions_around_an_address(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ADDRESS"), _found(redactor, text)


def test_a_car_model_after_a_province_letter_is_no_postcode(redactor: Redactor) -> None:
    assert _found(redactor, "Modelo S2000 Honda en venta, escribir al correo.") == []


def test_a_semicolon_exports_cells_may_hold_commas(redactor: Redactor) -> None:
    text = (
        "medewerker;datum;uren;dossier;omschrijving\n"
        "Vercruysse Lotte;04/11;2,0;BR-1142;overleg over de gevel, koffie in de zaak\n"
        "Popescu Andrei;05/11;3,0;BR-1150;werfbezoek, hoeve achter de molen\n"
    )
    for name in ("Vercruysse Lotte", "Popescu Andrei"):
        assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


def test_a_family_name_first_before_a_parenthesis(redactor: Redactor) -> None:
    text = "11.11. | 1,0 | intern | Einarbeitung Alkhatib, Rania (Praktikum), Zugänge beantragt"
    assert covered(redactor, text, "Alkhatib, Rania", "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("la cuenta a nombre de Paz Etchepare, por favor", "Paz Etchepare"),
        ("rekening op naam van Lotte Vercruysse graag", "Lotte Vercruysse"),
        ("the refund goes out in the name of Tamsin Okoro tomorrow", "Tamsin Okoro"),
    ],
)
def test_whose_name_an_account_is_made_out_in(name: str, text: str) -> None:
    from redaction.recognizers.person.notes import named_in

    assert [text[s.start : s.end] for s in named_in(text)] == [name]


@pytest.mark.parametrize(
    "text", ["facture au nom de Groupe Bélizaire Construction", "au nom de Transports Dupuis Frères"]
)
def test_a_firm_an_account_is_made_out_to_is_nobody(text: str) -> None:
    from redaction.recognizers.person.notes import named_in

    assert list(named_in(text)) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Il n'a pas d'adresse de rue : « derrière la station Total de Bè, maison à étage avec portail bleu, en "
            "face de la pharmacie Bon Secours ».",
            "derrière la station Total de Bè, maison à étage avec portail bleu, en face de la pharmacie Bon Secours",
        ),
        (
            "- Objekt ist schwer zu finden: hinter dem Netto an der Eisenbahnstraße, Hofeinfahrt links, gelbes "
            "Rückgebäude = Eisenbahnstraße 113b",
            "hinter dem Netto an der Eisenbahnstraße, Hofeinfahrt links, gelbes Rückgebäude",
        ),
        (
            "- onderdelen liggen in zijn werkplaats: naast de Jumbo in Lindenholt, blauwe voordeur, bel 2 (staat Mees op)",
            "naast de Jumbo in Lindenholt, blauwe voordeur, bel 2",
        ),
        (
            "- site: the farm past the Croom turn-off on the Adare road, blue gate, Eircode V35 KP72",
            "the farm past the Croom turn-off on the Adare road, blue gate, Eircode V35 KP72",
        ),
        (
            "wendy: es en san lucas, del km 29 entrás por la gasolinera, 3 cuadras para abajo, casa con portón negro",
            "del km 29 entrás por la gasolinera, 3 cuadras para abajo, casa con portón negro",
        ),
    ],
)
def test_directions_by_landmarks_as_the_whole_address(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ADDRESS"), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Note: we are behind the schedule, the blue door project is next to done.",
        "wendy: es en san lucas, del km 29 entrás por la gasolinera, 3 cuadras para abajo, casa con portón negro",
    ],
)
def test_no_address_is_announced_or_the_town_before_the_way_stays(redactor: Redactor, text: str) -> None:
    found = _found(redactor, text)
    assert not any(
        kind == "ADDRESS" and ("schedule" in value or "san lucas" in value) for kind, value in found
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("cuenta del socio: Banco de Chile 00-160-04512-07", "00-160-04512-07"),
        ("cuenta_pago: (vacío) → Banco Ganadero 1310-245879", "1310-245879"),
        ("pago de nómina: Banco del Austro, ahorros N.º 0012458796", "0012458796"),
        ("- Cuenta de planilla Banco Agrícola: 3720458761.", "3720458761"),
        ("me la pasó por acá: ahorros davivienda 4580-1234-5678", "4580-1234-5678"),
    ],
)
def test_accounts_after_a_bank_called_banco_and_more_account_words(
    redactor: Redactor, text: str, value: str
) -> None:
    assert covered(redactor, text, value, "IBAN"), _found(redactor, text)


def test_a_banks_name_before_years_is_no_account(redactor: Redactor) -> None:
    assert _found(redactor, "el Banco de Chile informó el 2024 resultados del ejercicio 2024-2025") == []


@pytest.mark.parametrize("text", ["vigente del 2024-2025 al 2025-2026", "factura al 31/12/2024 pagada"])
def test_years_and_dates_after_al_are_no_phones(redactor: Redactor, text: str) -> None:
    assert _found(redactor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "koffie in de zaak aan het Simon Stevinplein, daarna naar kantoor",
        "onderdelen liggen in de Lange Hezelstraat bij de winkel",
        "nous passons au boulevard Voltaire.\n3. Facturation des heures",
        "à la Distillerie Jeanneret pour la commande",
    ],
)
def test_streets_glued_to_a_name_a_numbered_line_and_a_distillery_are_nobody(
    redactor: Redactor, text: str
) -> None:
    assert _found(redactor, text) == []


def test_a_surname_that_ends_like_a_street_is_still_a_person(redactor: Redactor) -> None:
    assert persons(redactor, "gebeld met Jan Verlaan over de offerte") == ["Jan Verlaan"]
