"""Round 39: persons' data that a reader sees from the layout (a birth date and a code in the rows of a table whose
header is missing, a letter head's flat, floor and building lines above the street, a Spanish floor by its word, an
Amsterdam street's ordinal and its ground floor, a German street's declined adjective) and names joined to a person
by "+", "&" or "/"; and what must stay. Whole runs, no record context. Every value is invented."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.recognizers.checked_ids import checked_shapes
from redaction.recognizers.rows import row_birth_dates, row_codes
from redaction.types import Span
from tests.redaction.coverage import covered, untouched
from tests.redaction.coverage import found as _found

_TABLE = (
    "Pasted from the deposits tab, the header row got lost.\n\n"
    "Ngozi Adebayo\t07700 900318\t14/09/1987\t41 Redland Grove, Bristol BS6 6PR\n"
    "Piotr Zieliński\t07700 900472\t02/03/1979\t8 Cotham Road, Bristol BS6 6DR\n"
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a birth date in a row of a table without its header
        (_TABLE, "14/09/1987"),
        (_TABLE, "02/03/1979"),
        (
            "Marta Iglesias Peña | 51839264K | 23/06/1984 | 611 204 877 | Almacén\nIker Sagasti | 30198475M | 09/12/1995 | 688 301 442 | Taller",
            "23/06/1984",
        ),
        (
            "Aus der Liste:\nJonas Brandt - Antragsteller - 11.04.1983 - T2201947K\nLea Brandt - Tochter - 30.06.2016",
            "30.06.2016",
        ),
        # an Austrian social insurance number as the card writes it (its check digit, a birth date)
        ("[14:02] Jovana Ilić: meine ist 3511 240587, die vom Mann schick ich gleich", "3511 240587"),
        # codes of one shape in one column, each in a row that names its person
        (
            "Yannick Morel        04/02/1981     17KX50318     hublot\n"
            "Inès Benali          19/11/1990     20MP44107     couloir\n",
            "20MP44107",
        ),
        (
            "000712   Selin Aydemir        vegetarisch\n"
            "000955   Hannes Vogelsang     -\n"
            "001204   Kwabena Asante       vegan\n",
            "000955",
        ),
    ],
)
def test_row_values(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a table's dates of the text's own time (a start, a meeting): the text speaks of a later year
        (
            "Starters for the 2025 intake:\nNgozi Adebayo\tPH-00813\t03/06/2024\tLeeds\n"
            "Piotr Zieliński\tPH-00814\t10/06/2024\tYork\n",
            "03/06/2024",
        ),
        # dates within a year of each other and no other year: meetings, not births
        (
            "Anna Berg | 0612345678 | 01-04-2025 | intake\nTom Vos | 0687654321 | 15-04-2025 | intake",
            "01-04-2025",
        ),
        # invoices in a column: a document's number
        (
            "Adaeze Nwosu\t£640.00\tINV20931\tpaid\nTomasz Nowak\t£212.00\tINV20957\topen\n",
            "INV20931",
        ),
        # a year's dates in minutes' prose
        ("Anna Berg, 12.03.2019, signed the lease for the office.", "12.03.2019"),
    ],
)
def test_what_stays(redactor: Redactor, text: str, value: str) -> None:
    assert untouched(redactor, text, value), _found(redactor, text)


def _persons(text: str, *names: str) -> list[Span]:
    return [Span(text.index(n), text.index(n) + len(n), "PERSON", 0.9, "test") for n in names]


def test_a_header_names_the_columns() -> None:
    rows = "Yannick Morel\t17KX50318\t4A\nInès Benali\t20MP44107\t9C\nLuc Girard\t18QA20733\t2F\n"
    found = row_codes(rows, _persons(rows, "Yannick Morel", "Inès Benali", "Luc Girard"))
    assert [rows[s.start : s.end] for s in found] == ["17KX50318", "20MP44107", "18QA20733"]
    text = "Name\tFlight code\tSeat\n" + rows  # the table rules read a table by its header
    assert row_codes(text, _persons(text, "Yannick Morel", "Inès Benali", "Luc Girard")) == []


def test_an_austrian_insurance_number_needs_its_check_digit() -> None:
    assert list(checked_shapes("Versicherung: 3511 240587", "de")) == [(14, 25, 0.8)]
    assert list(checked_shapes("Versicherung: 3512 240587", "de")) == []  # the check digit fails
    assert list(checked_shapes("Versicherung: 3511 240587 12", "de")) == []  # a longer number's part


def test_no_person_no_row() -> None:
    text = "Batch 12\t07700 900318\t14/09/1987\tBristol\n"
    assert row_birth_dates(text, []) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a letter head's flat and floor line and its building's line above the street
        (
            "Mr Kwame Boateng\nFlat 7, Third Floor\nCarlton House\n18 Queen's Road\nHebden Bridge\nHX7 8AB\n\nDear Sir",
            "Flat 7, Third Floor\nCarlton House\n18 Queen's Road\nHebden Bridge\nHX7 8AB",
        ),
        # a Spanish floor by its word
        (
            "Vivo en Calle Alfonso I 23, tercero C, 50003 Zaragoza, desde marzo.",
            "Calle Alfonso I 23, tercero C, 50003 Zaragoza",
        ),
        # a German street's declined adjective
        (
            "Sie wohnt jetzt in der Großen Bergstraße 14, 22767 Hamburg.",
            "Großen Bergstraße 14, 22767 Hamburg",
        ),
        # an Amsterdam street's ordinal, its ground floor
        ("Ruben\t1e Helmersstraat 61-II\t1054 DE\tAmsterdam", "1e Helmersstraat 61-II\t1054 DE\tAmsterdam"),
        ("Noor\tCommelinstraat 118 hs\t1093 TX\tAmsterdam", "Commelinstraat 118 hs\t1093 TX\tAmsterdam"),
    ],
)
def test_addresses(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ADDRESS"), _found(redactor, text)


def test_a_town_of_words_before_a_uk_postcode(redactor: Redactor) -> None:
    text = "Please send the keys to 7 Grainger Street, Newcastle upon Tyne NE1 5JE by Friday."
    assert covered(redactor, text, "7 Grainger Street, Newcastle upon Tyne NE1 5JE", "ADDRESS"), _found(
        redactor, text
    )


def test_a_building_word_ending_its_line_is_no_house_number(redactor: Redactor) -> None:
    text = "Mrs Lena Okafor\nMarlow House\n4 Church Lane\nThame\nOX9 3AB"
    assert covered(redactor, text, "Marlow House\n4 Church Lane\nThame\nOX9 3AB", "ADDRESS"), _found(
        redactor, text
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rota:\nMo: Jaroslav (früh)\nDi: Yusuf + Mai\nMi: Jaroslav", "Mai"),
        ("week 14 | Rachid & Fenna | keuken\nweek 15 | Rachid | BHV", "Fenna"),
        ("Desk swap: Olumide / Precious from Monday", "Precious"),
        # two first names of the lists joined so, whatever their case
        ("On call:\nMON – KWAME + PRIYA\nTUE – IMRAN / SVETLANA", "PRIYA"),
        ("- 0,5h intern: jonas/dmitri Zugang einrichten", "dmitri"),
        # the family name after a given name and its nickname
        ('3. Stefanie "Steef" Vollenhove – nieuwe reiskosten', "Vollenhove"),
        ("CC: Dolores (Lola) Arrieta; Sergio Calvo", "Arrieta"),
    ],
)
def test_joined_names(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Owner: Rachid / Payroll, due Friday", "Payroll"),
        ("Rachid & Marketing will present on Monday", "Marketing"),
        ("Slots: Fenna + Tuesday", "Tuesday"),
        ("Teams: HR / IT / Sales & Marketing, Q&A on Friday", "Marketing"),
        ("Thanks Anna (Finance) Reporting is late.", "Reporting"),
    ],
)
def test_joined_words_stay(redactor: Redactor, text: str, value: str) -> None:
    assert untouched(redactor, text, value), _found(redactor, text)
