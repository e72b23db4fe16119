"""Round 37: addresses whole, the way people write them (a floor or a door after the number, a farm's or a
building's name before the street, a town's bigger town or region after it, a dash before the postcode, the country
on the letter head's last line, Catalan and Valencian streets, a PO box by its Spanish abbreviation); persons' numbers
broken over two lines, spaced out by a scan, a permit's number after its letter, Switzerland's plates, a plate's
letters in a chat's answer, a Belgian national number spaced, more labels; persons by a family's short word, a title
inside quotes, a given name that is also a word after a title, a Catalan's two surnames; and what must stay. Whole
runs, no record context. Every value is invented."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.coverage import covered, untouched
from tests.redaction.coverage import found as _found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Aviso: Irene Sancho se muda, nueva dirección Av. de la Estació 27, 4º-C, 03005 Alacant. Gracias.",
            "Av. de la Estació 27, 4º-C, 03005 Alacant",
        ),
        (
            "La antigua (Pl. de l'Església 5, 2n, 46011 València) queda como histórico.",
            "Pl. de l'Església 5, 2n, 46011 València",
        ),
        (
            "Inmueble: Carrer de Mallorca 402, pral. 1a, 08013 Barcelona. Propietario: Sr. Puigdomènech.",
            "Carrer de Mallorca 402, pral. 1a, 08013 Barcelona",
        ),
        (
            "Domicilio fiscal: Carrer d'Aragó 77, baix, 08015 Barcelona. Tel. en ficha.",
            "Carrer d'Aragó 77, baix, 08015 Barcelona",
        ),
        (
            "Se vuelven al pueblo: Finca Los Almendros, Ctra. de Úbeda km 4, 23400 Úbeda (Jaén). El correo allí.",
            "Finca Los Almendros, Ctra. de Úbeda km 4, 23400 Úbeda (Jaén)",
        ),
        (
            "Herederos de D. Anselmo Ruiz | Apdo. de Correos 512, 44080 Teruel | sin teléfono",
            "Apdo. de Correos 512, 44080 Teruel",
        ),
        (
            "Il déménage de Liège vers « Rue de Namur 212 boîte 4 – 5100 Jambes » à partir du 1er mars.",
            "Rue de Namur 212 boîte 4 – 5100 Jambes",
        ),
        (
            "Zustellung an den Nebenwohnsitz: Gut Reitberg 7, 5301 Eugendorf bei Salzburg. Handy folgt.",
            "Gut Reitberg 7, 5301 Eugendorf bei Salzburg",
        ),
        (
            "Wohnadresse neu: Weiler Egg, Oberer Rain 4, 3715 Adelboden | AHV folgt",
            "Weiler Egg, Oberer Rain 4, 3715 Adelboden",
        ),
        (
            "Alte Adresse: Seestrasse 18, 3. Stock, 3652 Hilterfingen (Thun). Neu ab Juli.",
            "Seestrasse 18, 3. Stock, 3652 Hilterfingen (Thun)",
        ),
        (
            "Nieuw adres: Boerderij De Eikenhof, Dorpsweg 12, 7711 CD Nieuwleusen, sinds 1 mei.",
            "Boerderij De Eikenhof, Dorpsweg 12, 7711 CD Nieuwleusen",
        ),
        (
            "de huurachterstand voor de woning Kapelstraat 9 bus 3 (derde verdieping, voorkant) bedraagt 2.100 EUR",
            "Kapelstraat 9 bus 3 (derde verdieping, voorkant)",
        ),
        (
            "verkochte woning is Ceintuurbaan 212-2, 2 hoog, 1072 GB Amsterdam, graag de verdieping erbij.",
            "Ceintuurbaan 212-2, 2 hoog, 1072 GB Amsterdam",
        ),
        (
            "In kopie aan:\nDe heer Wouter Mertens\nPostbus 4410\n3006 AK Rotterdam\nNederland\n\nMechelen, 2 mei",
            "Postbus 4410\n3006 AK Rotterdam\nNederland",
        ),
        (
            "Previous address for references: Apt 3, The Granary, Mill Road, Ballsbridge, Dublin 4, D04 X2T6.",
            "Apt 3, The Granary, Mill Road, Ballsbridge, Dublin 4, D04 X2T6",
        ),
    ],
)
def test_addresses_whole(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ADDRESS"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Reto Gisler, AHV 756.4412.\n9083.14 (auf zwei Zeilen im Formular)", "756.4412.\n9083.14"),
        (
            "numéro de sécurité sociale indiqué sur le formulaire :\n   1 91 07 75 114\n   208 38\n   (coupé en deux)",
            "1 91 07 75 114\n   208 38",
        ),
        ("Mme Ferreira, permis B n° C 5512 8830, née le 03.08.1991", "C 5512 8830"),
        ("neu eigene Wohnung. Ausländerausweis B, Nr. E 7719 2046, gültig bis 03/2027", "E 7719 2046"),
        ("Aber Sibel hat Ausweis B (Nr. B 4471 2093), also Tarif A0", "B 4471 2093"),
        ("Aminata Koné – carte de séjour type B n° B 0622 7104 18 – réf. interne", "B 0622 7104 18"),
        ("Kennzeichen für den Parkplatz?\nMirjam: ZH 318 442 (Reto), AG 71 905 (Sibel).", "ZH 318 442"),
        ("Kennzeichen für den Parkplatz?\nMirjam: ZH 318 442 (Reto), AG 71 905 (Sibel).", "AG 71 905"),
        ("Priya Nair\n\nP P S  N o .\n8 4 2 1 9 3 7 T A\n\nDate of birth", "8 4 2 1 9 3 7 T A"),
        ("Führerschein Nr.      Kennzeichen\n2 7 7 3 0 9 1 4      S - 6 1 0 4 4 K", "S - 6 1 0 4 4 K"),
        (
            "10231   Brandt, Lena             12.03.1998   53 120398 S 012    27024259816    –",
            "53 120398 S 012",
        ),
        (
            "[10:08] Nerea: ¿la plaza 14 va incluida? ¿me pasas la matrícula?\n[10:10] Álvaro: 6612 LKD, un Seat gris",
            "6612 LKD",
        ),
        ("Le NN de M. Kaba était écrit 85 07 12 033 15 sur le formulaire papier.", "85 07 12 033 15"),
        ("Thijs Bouwman, BSN 2718\n49307, geb. 12-03-1990", "2718\n49307"),
        ("1. Khadija Amrani – nº de estudiante 22041873, grupo B", "22041873"),
        ("Die Dienstnehmer-Nr. HR-0744 ist vergeben.", "HR-0744"),
        ("Bitte auch Theresas Pensionskassen-Nr. PK-41-220917 übernehmen.", "PK-41-220917"),
    ],
)
def test_persons_numbers(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Die Post bitte an die Zweitwohnung: bei Fam. Lindemann, dort klingeln.", "Lindemann"),
        ("bisher haben wir nur „WG bei Frau Krüger“ ohne Straße.", "Krüger"),
        ("Gesprek (25 min.) met mevrouw An Peeters, dochter, over de aangifte.", "An Peeters"),
        (
            "Propietaria: Sra. Núria Soler i Puig, con DNI en la ficha. La inquilina paga el alquiler por transferencia.",
            "Núria Soler i Puig",
        ),
        ("2. Stellvertretung: Herr RA Tariq Mahmoud, LL.M.", "Tariq Mahmoud"),
    ],
)
def test_persons(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Wir bestellen wieder „Pater Lieven Tripel“ für die Feier.", "Pater Lieven Tripel"),
        ("2. Stellvertretung: Herr RA Tariq Mahmoud, LL.M.", "RA"),
        ("Rechnung 2024-0517 für Mai, Tarif ZH 318 442 laut Liste.", "ZH 318 442"),  # no plate words
        ("Woche 12: 1 2 3 4 5 6 7 frei", "frei"),
        ("NIN: QQ123456C\n12 items were sent back", "12 items"),  # a whole number, then the next line's
    ],
)
def test_what_stays_or_stays_whole(redactor: Redactor, text: str, value: str) -> None:
    assert untouched(redactor, text, value), _found(redactor, text)


def test_a_phone_with_two_spaces_is_still_one(redactor: Redactor) -> None:
    """Only three spaces or more are a table's column gap."""
    text = "Tel. 0171  4419 2280 bitte nach 17 Uhr."
    assert covered(redactor, text, "0171  4419 2280", "PHONE"), _found(redactor, text)


def test_a_dialogue_value_ends_in_no_number_word(redactor: Redactor) -> None:
    text = "[10:08] Nerea: ¿me pasas la matrícula?\n[10:10] Álvaro: 6612 LKD, un Seat gris, el de siempre"
    assert untouched(redactor, text, "un Seat"), _found(redactor, text)
