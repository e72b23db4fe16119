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
