"""Round 28: people named right after their job or a lawyer's title, nicknames after their article, callers who give
a name that is a word too; and what only looks like a person (a ride or a fair opening an expense line, a chat
export's date and hour, a domain's end read as a title, a building's floors, a titled person's team in parentheses,
German nouns of rooms and papers, a German noun before its genitive). Whole runs, no record context. Every value is
invented."""

from __future__ import annotations

import pytest

from redaction import RecordContext, Redactor
from tests.redaction.coverage import covered, every_covered, persons
from tests.redaction.coverage import found as _found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[ ] Schlüssel Büro 2.14 – Hausmeister Kern\n[ ] Einweisung DATEV", "Kern"),
        ("Mo 24.02., 08:12 – Hausmeister Kern ruft an: Heizung ausgefallen.", "Kern"),
        ("Sachbearbeiterin Vogel ruft morgen zurück.", "Vogel"),
        ("Their bookkeeper Mason left in Nov, new one starts Jan.", "Mason"),
        ("le comptable Lemaire a validé la note de frais.", "Lemaire"),
        ("the driver Musa was late again on Tuesday.", "Musa"),
    ],
)
def test_a_name_right_after_a_persons_job(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hausmeister Service kommt am Montag.",
        "Sachbearbeiterin Buchhaltung: bitte Rückruf.",
    ],
)
def test_a_word_after_a_job_is_no_person(redactor: Redactor, text: str) -> None:
    assert persons(redactor, text) == [], _found(redactor, text)


def test_a_name_told_to_someone_in_a_german_idiom_is_no_firm(redactor: Redactor) -> None:
    """ "Kern Bescheid" is no firm named after Kern: the person the text names is redacted there too."""
    text = "08:12 – Hausmeister Kern ruft an. Briefkasten quillt über, bitte Kern Bescheid geben."
    assert every_covered(redactor, text, "Kern"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("transmis à Me Ruchonnet (avocate de l'ACP) pour avis.", "Ruchonnet"),
        ("Le compromis serait signé chez Me Etchegaray le 28 mars.", "Etchegaray"),
    ],
)
def test_a_name_after_a_french_lawyers_title(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize("text", ["Call Me Maybe is on the playlist.", "Give Me Five, they said."])
def test_the_english_pronoun_me_heads_no_name(redactor: Redactor, text: str) -> None:
    assert persons(redactor, text) == [], _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("el Pato dice que llega a las 10, se le rompió la moto", "Pato"),
        ("[ ] Prevención de riesgos con la Cata\n[ ] Almuerzo de bienvenida", "Cata"),
        ("05:50 El Chele avisa que el licenciado dejó encendido el aire.", "Chele"),
        ('Vo. Bo. Contraloría: Ramiro Salinas ("el Güero")', "Güero"),
    ],
)
def test_a_nickname_after_its_article(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


def test_a_firm_named_with_a_nickname_is_no_person(redactor: Redactor) -> None:
    text = "Inspección en el Taller El Chele, daño en la puerta trasera."
    assert "Chele" not in persons(redactor, text), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hi this is joy calling for the accounts team about the invoice", "joy"),
        ("oye soy curro voy conduciendo y hay un atasco en el puente", "curro"),
    ],
)
def test_a_caller_whose_given_name_is_a_word(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


def test_a_pronoun_after_cest_is_no_caller(redactor: Redactor) -> None:
    text = "hugo dit que c'est toi qui as le fichier. sinon on demande à la compta."
    assert "toi" not in persons(redactor, text), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Line 1 – Train Waverley to Glasgow Queen St, £27.40. Client visit.", "Waverley"),
        ("Line 2 – Taxi Royal Infirmary of Edinburgh to office, £18.20.", "Taxi"),
        ("3 | 11.03. | Taxi Hbf → Messe Riem | 31,00 €", "Riem"),
        ("3 | 11.03. | Taxi Hbf → Messe Riem | 31,00 €", "Hbf"),
    ],
)
def test_a_ride_or_a_fair_opening_an_expense_line_is_no_person(
    redactor: Redactor, text: str, word: str
) -> None:
    assert not any(word in p for p in persons(redactor, text)), _found(redactor, text)


def test_a_chat_exports_date_and_hour_is_no_phone(redactor: Redactor) -> None:
    text = "[03/12/24 07:51] Koffi Aka: le camion est bloqué sur le pont depuis 30 min"
    assert not any(kind == "PHONE" for kind, _ in _found(redactor, text)), _found(redactor, text)


def test_the_end_of_a_domain_is_no_title(redactor: Redactor) -> None:
    text = "elle répond mieux par mail : c.rouxweiss@wanadoo.fr. Inutile de relancer avant lundi."
    assert "Inutile" not in persons(redactor, text), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Heizung im HH 3. OG links ausgefallen, Mieterin Frau Šarić hat ein kleines Kind.", "OG"),
        ("Anwesend: Fr. Marquardt (HV), Hr. Kaczmarek (Mieterbeirat)\nHV prüft die Stundennachweise.", "HV"),
        ("- Schlüssel zurück an Hauswart Koch, Veloraum.\n- Nächster Termin: 14.03.", "Veloraum"),
        ("Kündigung eingegangen: Familie Ferreira, per 30.06.2025.", "Familie"),
    ],
)
def test_floors_teams_rooms_and_family_words_are_no_person(redactor: Redactor, text: str, word: str) -> None:
    assert not any(word in p for p in persons(redactor, text)), _found(redactor, text)


def test_a_learned_name_before_a_german_genitive_is_the_noun(redactor: Redactor) -> None:
    """ "Kern" learned from "Hausmeister Kern" in one text is the word in "Kern des Problems" in another, and the
    person again where it stands as one ("bitte Kern fragen")."""
    session = redactor.session(RecordContext())
    first, second = session.analyze_many(
        [
            "Schlüssel bei Hausmeister Kern abholen.",
            "Kern des Problems war die Inventur. Kern der Störung ist das Ventil. Bitte Kern fragen.",
        ]
    )
    text = "Kern des Problems war die Inventur. Kern der Störung ist das Ventil. Bitte Kern fragen."
    spans = [(e["start"], e["end"]) for e in second[1] if e["type"] == "PERSON"]
    asked = text.index("Kern fragen")
    assert spans == [(asked, asked + 4)], spans
    assert [e["type"] for e in first[1]] == ["PERSON"]
