"""Round 22: addresses without a street as people give them (the building, flat and district parts before a street,
directions by landmarks after it or in an address field), phone numbers dictated with dashes or compound number
words, the speakers of a chat stamped with a weekday, word-names of West and Central African naming traditions, and
fewer false detections (sales taxes by their initials, a sentence's end inside a street name). Whole runs, no record
context. Every value is invented."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.coverage import covered, persons
from tests.redaction.coverage import found as _found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Logement : Résidence Les Glycines, bât. D, esc. 3, appt 41, 2e étage, 17 rue des Lilas, 31000 Toulouse.",
            "Résidence Les Glycines, bât. D, esc. 3, appt 41, 2e étage, 17 rue des Lilas, 31000 Toulouse",
        ),
        (
            "domicilio real en Monoblock 7, casa 3, Barrio Norte, calle Alvear 2210, Rosario",
            "Monoblock 7, casa 3, Barrio Norte",
        ),
        (
            "demeurant Lieu-dit La Borde, chemin des Vignes, 24200 Sarlat",
            "Lieu-dit La Borde, chemin des Vignes",
        ),
        ("livraison au Hangar 6, 12 quai de la Loire, 44000 Nantes", "Hangar 6, 12 quai de la Loire"),
        (
            "Adresse : Résidence Nour, imm. C, appt 9, 21 rue Tarik, 20250 Casablanca",
            "Résidence Nour, imm. C",
        ),
        ("address na No 9 Adebayo Close, Ikeja, Lagos", "No 9 Adebayo Close"),
        ("Maison 22, L-9160 Ingeldorf", "Maison 22, L-9160 Ingeldorf"),
        ("5120, avenue du Parc, espace 305, Montréal (Québec) H2V 4G2", "espace 305"),
    ],
)
def test_the_parts_before_and_after_a_street(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ADDRESS"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "the house is at 14 Okafor Close, Yaba, behind the Mobil filling station, red gate. call me",
            "behind the Mobil filling station, red gate",
        ),
        (
            "vive en Av. Mariscal López 3310, Asunción, al lado de la farmacia Catedral. Tel",
            "al lado de la farmacia Catedral",
        ),
        (
            "Plot 44, Sector 3, Uttara, Dhaka-1230, near the Shapla school gate. driver",
            "Plot 44, Sector 3, Uttara, Dhaka-1230, near the Shapla school gate",
        ),
        (
            "Dirección: Curridabat, del Walmart 200 metros sur y 50 oeste, casa esquinera, portón verde\nTel",
            "Curridabat, del Walmart 200 metros sur y 50 oeste, casa esquinera, portón verde",
        ),
    ],
)
def test_directions_by_landmarks(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ADDRESS"), _found(redactor, text)


def test_landmark_directions_stop_at_another_detection(redactor: Redactor) -> None:
    """A phone inside the clause after an address stays a phone: the directions do not swallow it."""
    text = "14 Okafor Close, Yaba, near the market call 0803 555 0192 today."
    kinds = dict((value, kind) for kind, value in _found(redactor, text))
    assert kinds.get("0803 555 0192") == "PHONE", kinds


def test_a_long_address_field_needs_directions() -> None:
    """Over 80 characters an address field's value is taken only when it gives directions by landmarks."""
    from redaction.recognizers.address_layout import layout_addresses

    prose = "Address: to be confirmed by the client in the next 2 weeks once the lease for the new office is signed\n"
    assert [s for s in layout_addresses(prose)] == []
    directions = (
        "Dirección: Escazú, de la iglesia 300 metros norte y 25 este, casa de dos pisos color verde\n"
    )
    spans = list(layout_addresses(directions))
    assert [directions[s.start : s.end] for s in spans] == [directions[11:-1]]


def test_a_sentence_end_is_no_part_of_a_street(redactor: Redactor) -> None:
    text = "Bail au 38 quai des Chartrons, 33300 Bordeaux. Place de parking n° 17 incluse."
    addresses = [value for kind, value in _found(redactor, text) if kind == "ADDRESS"]
    assert addresses == ["38 quai des Chartrons, 33300 Bordeaux"], addresses
    assert covered(redactor, "flat 2, 12 St. Anne's Road, Leeds", "12 St. Anne's Road", "ADDRESS")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "son cell c'est six-un-quatre, deux-deux-cinq, zéro-neuf-sept-un. merci",
            "six-un-quatre, deux-deux-cinq, zéro-neuf-sept-un",
        ),
        (
            "su número es tres tres cuatro, veintiséis, cincuenta y uno, dieciocho. gracias",
            "tres tres cuatro, veintiséis, cincuenta y uno, dieciocho",
        ),
        (
            "mijn nummer is nul zes, eenenveertig, zeventig, tweeëntwintig, negentien",
            "nul zes, eenenveertig, zeventig, tweeëntwintig, negentien",
        ),
        (
            "Nummer null eins sieben zwei, einundvierzig, dreiundsechzig, neunzehn",
            "null eins sieben zwei, einundvierzig, dreiundsechzig, neunzehn",
        ),
    ],
)
def test_phones_dictated_with_dashes_and_compound_words(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "PHONE"), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "quatre-vingt-dix-neuf, dix-sept et vingt-deux ans",  # three numbers, no phone
        "one two three, go!",
        "veintiséis, treinta y dos",
    ],
)
def test_few_number_words_are_no_phone(redactor: Redactor, text: str) -> None:
    assert [kind for kind, _ in _found(redactor, text) if kind == "PHONE"] == []


def test_a_list_of_phones_after_a_plural_label(redactor: Redactor) -> None:
    assert covered(redactor, "Teléfonos: 2290-5531 (casa)", "2290-5531", "PHONE")


def test_sales_taxes_by_their_initials_are_nobody(redactor: Redactor) -> None:
    text = "Merci de payer 2 300,00 $ + TPS/TVQ d'ici vendredi. GST/HST included."
    assert persons(redactor, text) == []


def test_the_speakers_of_a_chat_stamped_with_a_weekday(redactor: Redactor) -> None:
    text = (
        "[Mon 09:02] ruma.begum: site visit moved\n"
        "[Mon 09:05] tapan.das: ok, I take the car\n"
        "[Mon 09:11] ruma.begum: thanks"
    )
    assert {"ruma.begum", "tapan.das"} <= set(persons(redactor, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bonjour Bienvenu, le dossier est prêt.", "Bienvenu"),
        ("Hi Wisdom, the invoice went out today.", "Wisdom"),
        ("Réunion avec Fidèle Mukendi demain à 10h.", "Fidèle Mukendi"),
    ],
)
def test_word_names_of_west_and_central_africa(redactor: Redactor, text: str, name: str) -> None:
    assert name in persons(redactor, text), _found(redactor, text)


def test_the_same_words_as_words_stay(redactor: Redactor) -> None:
    text = "Nous vous souhaitons la bienvenue. Le client est fidèle depuis 2015; justice for all clients."
    assert persons(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # IBANs of Central America and of West and Central Africa by their national shape, no banking word
        ("Leonel Campos\tCR05 0152 0200 1026 2840 66\t+506 8712 3345", "CR05 0152 0200 1026 2840 66", "IBAN"),
        ("compte CBAO : SN08 S010 0152 0000 1234 5678 9012", "SN08 S010 0152 0000 1234 5678 9012", "IBAN"),
        (
            "rapprochement CM21 1000 2000 3000 4000 5000 600 vérifié",
            "CM21 1000 2000 3000 4000 5000 600",
            "IBAN",
        ),
        # identity and tax numbers after the labels of Central America, residence cards, a table's pipe
        ("• DPI: 2471 58302 0101\n• NIT: 3920174-K", "2471 58302 0101", "ID"),
        ("• DPI: 2471 58302 0101\n• NIT: 3920174-K", "3920174-K", "ID"),
        ("a nombre de su hermano, NIT 6620418-3, no", "6620418-3", "ID"),
        ("tiene carnet de residencia nro. 5.118.207 vigente", "5.118.207", "ID"),
        ("| NSS (IMSS) | 41108826531 |", "41108826531", "ID"),
        ("renouvellement du titre de séjour n° 7405128836 en cours", "7405128836", "ID"),
        ("> verblijfskaart nr. 418-2270915-33 (geldig tot 2028)", "418-2270915-33", "ID"),
        ("DIMEX 180422913307\tBAC", "180422913307", "ID"),
        ("tarjeta de residente (USCIS# A-318-402-227)", "A-318-402-227", "ID"),
        # a private car's plate after more words for it
        ("site visits, own vehicle PBX 2213. The contractor", "PBX 2213", "ID"),
        ("two trips in my own truck (ALB-7710) so", "ALB-7710", "ID"),
        ("Ngozi will drive, her car is LND-514GH", "LND-514GH", "ID"),
        ("mais ma voiture AB-3108-DK est au garage", "AB-3108-DK", "ID"),
        ("placa moto personal KZT 19D para el parqueadero", "KZT 19D", "ID"),
        ("un Corolla blanco tablilla HRT-305", "HRT-305", "ID"),
        ("mileage 40 mi, own truck KY plate 713 BWN", "713 BWN", "ID"),
    ],
)
def test_accounts_ids_and_plates_of_more_places(redactor: Redactor, text: str, value: str, kind: str) -> None:
    assert covered(redactor, text, value, kind), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Fwd: New voicemail from (859) 362-7741 – 1 min 40 s", "(859) 362-7741"),
        ("sur son Digicel 3712-4409 ou sur le Natcom 4410 2291.", "3712-4409"),
        ("sur son Digicel 3712-4409 ou sur le Natcom 4410 2291.", "4410 2291"),
        ("landline: (02) 8721-4410 loc. 31", "(02) 8721-4410 loc. 31"),
    ],
)
def test_phones_after_a_voicemail_or_a_network(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "PHONE"), _found(redactor, text)


def test_a_voicemails_length_is_no_part_of_the_number(redactor: Redactor) -> None:
    text = "Fwd: New voicemail from (859) 362-7741 – 1 min 40 s"
    assert ("PHONE", "(859) 362-7741") in _found(redactor, text)


def test_mobile_networks_are_no_persons(redactor: Redactor) -> None:
    assert persons(redactor, "sur son Digicel 3712-4409 ou via Safaricom 0722 555 019") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "vive en 9 calle 4-27, zona 1, Colonia Bethania, Ciudad de Guatemala, 01007. Tel",
            "9 calle 4-27, zona 1",
        ),
        (
            "oficina: 4a. avenida 12-58, zona 10, Guatemala 01010",
            "4a. avenida 12-58, zona 10, Guatemala 01010",
        ),
        (
            "Urb. Villa Nevárez, Calle B #7, Bayamón PR 00961",
            "Urb. Villa Nevárez, Calle B #7, Bayamón PR 00961",
        ),
        ("PO Box 9023318, San Juan PR 00902-3318", "PO Box 9023318, San Juan PR 00902-3318"),
        ("dejar en el Apdo. 2210-1000 San José, a nombre de ella.", "Apdo. 2210-1000 San José"),
        ("Cond. Torres del Mar, Apt. 9-C, 1400 Calle Loíza, San Juan PR 00911", "Cond. Torres del Mar"),
        (
            "au 4-2280, rue Rachel Est, Montréal (Québec)  H2H 1R8 merci",
            "4-2280, rue Rachel Est, Montréal (Québec)  H2H 1R8",
        ),
        (
            "mail to Box 22, Site 7, RR 2, Sylvan Lake AB T4S 1X6 please",
            "Box 22, Site 7, RR 2, Sylvan Lake AB T4S 1X6",
        ),
        ("HC 71 Box 215, Hazard KY 41701. House is", "HC 71 Box 215, Hazard KY 41701"),
        ("shop at 5012 48 St, Lacombe", "5012 48 St, Lacombe"),
        ("the yard is at NE-12-41-26-W4", "NE-12-41-26-W4"),
        ("he lives Lot 41 Cherry Gardens now", "Lot 41 Cherry Gardens"),
        ("LP 12 Saddle Road, Maraval", "LP 12 Saddle Road, Maraval"),
        ("Lot 9 Sookram Trace, off Eastern Main Road, Sangre Grande (no number)", "Lot 9 Sookram Trace"),
        ("at 22 Hope Road, Kingston 6 by noon", "22 Hope Road, Kingston 6"),
        (
            "Blk 4 Lot 17, Phase 1, Sunrise Subd., Brgy. Dolores, Taytay, Rizal 1920.",
            "Blk 4 Lot 17, Phase 1, Sunrise Subd., Brgy. Dolores, Taytay, Rizal 1920",
        ),
        (
            "Lange Nieuwstraat 48, 3de verdieping, 2000 Antwerpen",
            "Lange Nieuwstraat 48, 3de verdieping, 2000 Antwerpen",
        ),
        ("Annenstraße 14/3. Stock, 8020 Graz", "Annenstraße 14/3. Stock, 8020 Graz"),
        ("Lendkai 17, Hof rechts. Stellplatz", "Lendkai 17, Hof rechts"),
        ("Gerbergasse 21 · 4001 Basel", "Gerbergasse 21 · 4001 Basel"),
    ],
)
def test_addresses_of_more_places(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ADDRESS"), _found(redactor, text)


@pytest.mark.parametrize("text", ["saved to Google Drive 2024 folder", "shared on Box 2024, see the folder"])
def test_a_tool_named_like_a_box_is_no_address(redactor: Redactor, text: str) -> None:
    assert [kind for kind, _ in _found(redactor, text) if kind == "ADDRESS"] == []


def test_a_found_names_lower_case_echo_in_a_chat(redactor: Redactor) -> None:
    text = (
        "[09:12] aminata.diop: est-ce que Khadija passe ce matin ?\n"
        "[09:13] moussa: non khadija est malade, voir avec Ousmane\n"
        "[09:14] aminata.diop: ok. ousmane tu peux y aller ?"
    )
    found = persons(redactor, text)
    assert "khadija" in found and "ousmane" in found, found


def test_a_word_names_lower_case_twin_stays_a_word(redactor: Redactor) -> None:
    text = "Will said he is off. will you check? ok. will do. Grace sent it; the grace period ends."
    assert sorted(persons(redactor, text)) == ["Grace", "Will"], persons(redactor, text)


def test_chat_speakers_by_nickname_and_in_bracket_headers(redactor: Redactor) -> None:
    chat = (
        "[09:12] chato: ya quedó lo del cliente?\n"
        "[09:13] la güera: no, falta la orden de compra\n"
        "[09:14] chato: ok\n"
        "[09:20] la güera: mañana la mando"
    )
    assert "la güera" in persons(redactor, chat)
    thread = (
        "[RMZ · 03/09 09:14] Nuevos datos bancarios recibidos.\n"
        "[TLO · 03/09 09:40] Pide antes el certificado, RMZ.\n"
        "[RMZ · 03/09 10:02] Hecho."
    )
    assert {"RMZ", "TLO"} <= set(persons(redactor, thread))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Angebot bis Freitag überarbeiten.\n-- notiert: mk", "mk"),
        ("TOTAL 12.5h – submitted by tmorgan", "tmorgan"),
        ("Le prometí respuesta mañana.\n— anotó: jlrz", "jlrz"),
        ("Beleg liegt bei. Visum durch akoenig.", "akoenig"),
        ("– erfasst: D. Yıldırım, HR", "D. Yıldırım"),
    ],
)
def test_who_recorded_an_entry(redactor: Redactor, text: str, name: str) -> None:
    assert name in persons(redactor, text), _found(redactor, text)


def test_recorded_by_a_word_is_nobody(redactor: Redactor) -> None:
    assert persons(redactor, "The claim was submitted by email and noted by the team.") == []


def test_chat_stamps_with_a_day_and_a_month(redactor: Redactor) -> None:
    chat = "[12/06 08:40] Nadège J-P : le contact c'est lui\n[12/06 09:10] Wilfrid : ok"
    assert {"Nadège J-P", "Wilfrid"} <= set(persons(redactor, chat))
    headers = "[Vos, 12-03 08:30] Klant belt terug\n[Kuipers, 12-03 09:10] ok, ik pak het op"
    assert {"Vos", "Kuipers"} <= set(persons(redactor, headers))
    agenda = "- 12.03 14:00 Termin: Abnahme\n- 13.03 09:00 Lieferung: Beton"
    assert persons(redactor, agenda) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("house no 22 Ring Road, Osu", "house no 22 Ring Road, Osu"),
        ("to Plot no. 7 Kofi Annan St today", "Plot no. 7 Kofi Annan St"),
        ("he lives Lot 12 Cherry Gardens now", "Lot 12 Cherry Gardens"),
    ],
)
def test_a_house_or_plot_word_keeps_its_number_word(redactor: Redactor, text: str, value: str) -> None:
    """Adding 'Lot' and 'LP' before a house number must not lose the optional 'No.' after 'house' or 'plot'."""
    assert covered(redactor, text, value, "ADDRESS"), _found(redactor, text)
