"""Round 33: a family by its name in the plural ("the Hendersons next door", "bei den Petrovićs", "los Ferrer"), the
name people call someone ("a man the tenants call Big Vic", "die ze Kuba noemen"), a name that is a word opening a
sentence before what a person does ("Then Grace went round", "Pilar abrió la reunión"), the verb that opens an
attendee list, more words for a person's number and birth ("Kennz.", "salarié n°", "nacido 02-05-1993",
"12-mar-1985"), and addresses written over more lines (the flat's line above the street, the district's line
between street and town, a street named by a whole name, an Amsterdam floor), Surinamese-Chinese family names
joined by "A" ("Tjin A Djie"), a Dutch family name with its particle after a role ("huisarts Van 't Riet"); and what
must stay (places, bands, firms, institutions and words with those shapes). Whole runs, no record context. Every
value is invented."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.coverage import covered, untouched
from tests.redaction.coverage import found as _found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The leak came from upstairs. I spoke to the Lindqvists next door, who confirmed it.", "Lindqvists"),
        ("Half the duplicates are the Okonkwos' old supplier accounts under two spellings.", "Okonkwos"),
        ("Mrs Wozniak rang again. The Wozniaks want the report by Friday.", "Wozniaks"),
        ("Die Yildirims wohnen direkt darüber und haben nichts bemerkt.", "Yildirims"),
        ("Das hat bei den Marković im Sommer geholfen, bei den Jovanovićs auch.", "Jovanovićs"),
        ("Por último, los Ferrer siguen sin contestar. Nuria Ferrer prometió llamar.", "Ferrer"),
        ("Elle a raconté sa visite chez les Tremblay, à Laval, la semaine passée.", "Tremblay"),
    ],
)
def test_a_family_by_its_name_in_the_plural(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("We flew over the Netherlands and the Andes on the way back.", "Netherlands"),
        ("The Stones played in Hyde Park; the Greens won two seats.", "Stones"),
        ("Can we move Amaru to the Ferris Wheel account for two weeks?", "Ferris"),
        ("Me pasó la cotización de Aceros del Valle S.A. de C.V. ayer.", "Aceros"),
        ("Viajamos a los Andes y a los Pirineos en verano.", "Andes"),
        ("In de Ardennen regende het de hele week.", "Ardennen"),
    ],
)
def test_places_bands_and_firms_in_the_plural_stay(redactor: Redactor, text: str, value: str) -> None:
    assert untouched(redactor, text, value), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The caretaker, a man the tenants call Big Rudi, shut the water off around 11 pm.", "Big Rudi"),
        ("zijn huisgenoot, die ze Bartek noemen, speelt tot twee uur 's nachts gitaar.", "Bartek"),
        ("Dhr. Kanhai (Soekdew, voor iedereen Dewa), geboren in Nickerie, woont alleen.", "Dewa"),
        ("Habló con un empleado al que todos llaman Flaco sobre el turno de noche.", "Flaco"),
        ("Everyone calls him Tito, even the client.", "Tito"),
    ],
)
def test_the_name_people_call_someone(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "I visited with Tomasz on Monday. Then Hope went round to see her again. Hope says she is fine.",
            "Hope",
        ),
        ("Long story, sorry. Joy came in on Tuesday without an appointment. I told Joy to wait.", "Joy"),
        (
            "Asistieron Rocío Vidal y Chema.\n\nRocío abrió la reunión con el caso de la familia Benali.",
            "Rocío",
        ),
        ("Anwesend: Fatma Aksoy, Ernst Pichler.\n\nErnst merkte an, dass die Frist bald abläuft.", "Ernst"),
    ],
)
def test_a_name_that_is_a_word_before_what_a_person_does(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "PERSON"), _found(redactor, text)


def test_the_verb_opening_an_attendee_list_is_no_name(redactor: Redactor) -> None:
    text = "Asistieron Marisa Lorente y Chema. Excusó su asistencia Doina Rusu."
    assert untouched(redactor, text, "Asistieron"), _found(redactor, text)
    assert covered(redactor, text, "Marisa Lorente", "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Fahrzeug: Skoda Fabia, Kennz. KO-318GB, Halterin laut Zulassung.", "KO-318GB"),
        ("Unfallgegner: Herr Brandl, Kennz. W-48127C, Tel. folgt.", "W-48127C"),
        ("Suivi de M. Diallo, salarié n° LOG-30418, cariste.", "LOG-30418"),
        ("Numéro de travailleur   | KRT-40297", "KRT-40297"),
        ("Famille Roussel, allocataire CAF n° 4418207.", "4418207"),
        ("Arrendatario: Tomás Ibarra, nacido 14-07-1991, cel. 9 6611 2043", "14-07-1991"),
        ("Fecha de nacimiento: 23-oct-1979\nDomicilio: pendiente", "23-oct-1979"),
    ],
)
def test_more_words_for_a_persons_number_and_birth(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


def test_a_date_after_a_word_of_birth_that_is_no_birth_stays(redactor: Redactor) -> None:
    text = "El proyecto nacido de la fusión se firmó el 12-03-2020."
    assert untouched(redactor, text, "12-03-2020"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Adresse du sinistre :\nAppartement 7, 2e étage droite\n18 rue des Tanneurs\n59000 Lille\nTél. suit",
            "Appartement 7, 2e étage droite\n18 rue des Tanneurs\n59000 Lille",
        ),
        (
            "Home address\nFlat 2, 41 Chestnut Grove\nWalthamstow\nLondon E17 4PB\nMobile to follow",
            "Flat 2, 41 Chestnut Grove\nWalthamstow\nLondon E17 4PB",
        ),
        (
            "Langsgegaan op 3 mei, Willem Barentszlaan 17, 2582 CB Den Haag. Niemand thuis.",
            "Willem Barentszlaan 17, 2582 CB Den Haag",
        ),
        (
            "Adres: Jan Evertsenstraat 61-2hoog, 1057 BS Amsterdam",
            "Jan Evertsenstraat 61-2hoog, 1057 BS Amsterdam",
        ),
    ],
)
def test_addresses_over_more_lines_and_streets_named_by_a_whole_name(
    redactor: Redactor, text: str, value: str
) -> None:
    assert covered(redactor, text, value, "ADDRESS"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Afwezig met kennisgeving: Yaw Mensah en de familie Tjin A Djie.", "Tjin A Djie"),
        ("Eerst overleggen met Lie A Ling voordat je iets doet.", "Lie A Ling"),
        ("3. Ronald Fung A Foe wil een update over de verkoop.", "Ronald Fung A Foe"),
        ("Aanvrager: Johanna Pinas-Tjon A Joe, geboren in Paramaribo.", "Pinas-Tjon A Joe"),
    ],
)
def test_surinamese_chinese_family_names_joined_by_a(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "PERSON"), _found(redactor, text)


def test_a_plan_or_a_type_with_a_capital_a_stays(redactor: Redactor) -> None:
    text = "We kozen Plan A Team en Type A Bloed voor de proef."
    assert untouched(redactor, text, "Plan A Team"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Arts (Van Leeuwen) vandaag laten kijken aub.", "Van Leeuwen"),
        ("De medische stukken (huisarts Van 't Riet, Oss) zitten in map 4.", "Van 't Riet"),
    ],
)
def test_a_family_name_with_its_particle_after_a_role(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("We gaan daarna naar de Raad van State en het Rode Kruis.", "Rode Kruis"),
        ("Ik heb met Microsoft Teams gebeld over de Algemene Voorwaarden.", "Algemene Voorwaarden"),
        ("Het contract met aannemer Van Oord loopt door tot maart.", "Van Oord"),
    ],
)
def test_dutch_institutions_firms_and_titles_stay(redactor: Redactor, text: str, value: str) -> None:
    assert untouched(redactor, text, value), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Predio\nCalle 48D # 65A-22, barrio Laureles, Medellín\nMatrícula 001-845213",
            "Calle 48D # 65A-22, barrio Laureles, Medellín",
        ),
        (
            "Vive en Carrera 43A # 1 Sur-50, El Poblado, Medellín.",
            "Carrera 43A # 1 Sur-50, El Poblado, Medellín",
        ),
    ],
)
def test_a_colombian_address_with_its_side_and_its_district(
    redactor: Redactor, text: str, value: str
) -> None:
    assert covered(redactor, text, value, "ADDRESS"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Payroll still shows her previous surname, Ramaswamy, on the pension file.", "Ramaswamy"),
        ("Mevrouw De Wit, meisjesnaam Kuijpers, belde over de uitkering.", "Kuijpers"),
        ("Nom de jeune fille : Ouattara (voir l'acte).", "Ouattara"),
        ("La titular, apellido de soltera Mamani, firmó ayer.", "Mamani"),
    ],
)
def test_a_family_name_after_the_words_that_name_it(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("El chico se llama Wilmer y vive allí desde marzo.", "allí"),
    ],
)
def test_a_spanish_adverb_of_place_stays(redactor: Redactor, text: str, value: str) -> None:
    assert untouched(redactor, text, value), _found(redactor, text)
