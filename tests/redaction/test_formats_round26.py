"""Round 26: a shorter way to a place when the sentence says a place is there or names it first; the way in, the
floor or the room after an address; a Dutch postcode whose letters spell a unit. Whole runs, no record context.
Every value is invented."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.coverage import covered
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
