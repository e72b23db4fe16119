"""Round 15: the broader name lists (given and family names of about ninety name cultures) and the fixes
they needed, each with texts it must find and texts it must leave alone, in whole runs without NER (the rules
alone); and the NER clean-up of an acronym before a name."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.ner import clean_person
from redaction.recognizers.person.tokens import known_first, known_surname
from tests.redaction.whole_run import check_whole_run

# (text, values that must be redacted, values that must stay)
RUN_CASES: list[tuple[str, set[str], set[str]]] = [
    # names of the new lists, mentioned once after a cue the rules already read
    ("Kontrolle diesmal bitte durch Wojciechowski.", {"Wojciechowski"}, set()),
    ("Kun jij met Hendrikje afstemmen of de cliënt akkoord gaat?", {"Hendrikje"}, set()),
    ("Selon Wiśniewski, on peut en rattraper une semaine.", {"Wiśniewski"}, set()),
    ("Laut Brzezinski ist alles erledigt.", {"Brzezinski"}, set()),
    ("Selon Paris, la loi change.", set(), {"Paris"}),
    ("les alertes vers la boîte suivie par Faustine", {"Faustine"}, set()),
    # a surname of the lists that is no common word, alone among lower-case words inside a clause
    ("Ask the client whether Hakimi still wants the mezzanine.", {"Hakimi"}, set()),
    ("2) Petrescu conteste nos honoraires.", {"Petrescu"}, set()),
    ("faut-il inviter Vukovic à la restitution ?", {"Vukovic"}, set()),
    ("Die Anker im Bestand rechnet Pham nochmal nach.", {"Pham"}, set()),
    ("los vecinos viven en Pozuelo desde 2019.", set(), {"Pozuelo"}),
    # the parties of a case, one word each: a person, word-name or not; a firm goes on or has a legal form
    ("Sache: Wolf ./. Kessler Logistik AG (Kündigungsschutz)", {"Wolf"}, {"Kessler"}),
    ("Note – SARL Vautrin c/ Bellamy", {"Bellamy"}, {"Vautrin"}),
    ("Objet : Dossier Roux c/ SCI Les Pierres Blanches", {"Roux"}, {"Pierres"}),
    ('le litige "Cooperativa El Ceibo c/ Provincia de Buenos Aires"', set(), {"Ceibo", "Provincia"}),
    ("dudas sobre herencia en Bangladés vs España", set(), {"Bangladés", "España"}),
    # a first name of the lists in capitals inside lower-case text; not an acronym ending its phrase
    ("Bestes Roggenbrot in Münster!! Danke an JANA an der Theke", {"JANA"}, set()),
    ("Bestellung lief über Filiale Hafen, FINN hatte Dienst.", {"FINN"}, set()),
    ("ask FERGUS to answer, he knows the geometry", {"FERGUS"}, set()),
    ("matricule S-2291, école INSA. Quelques points", set(), {"INSA"}),
    ("N° SIRET : 852 417 396 00018", set(), {"SIRET"}),
    # a surname that is a word, as the subject between an auxiliary or a conjunction and a lower-case word
    ("Die Nachweise für die Treppe hat Sommer geprüft, keine Einwände.", {"Sommer"}, set()),
    ("dazu soll Wolf eine Befragung aufsetzen.", {"Wolf"}, set()),
    ("nichts unterschreiben, bevor Wendt den Entwurf gesehen hat.", {"Wendt"}, set()),
    # a capitalised German article opens no name: the noun after it is no given name before "von"
    ("Der Bericht von Kowalczyk kommt morgen.", {"Kowalczyk"}, {"Bericht"}),
    ("3. Brandschutz: Das Gutachten von Rutkowski wird bis 30.04. erwartet.", {"Rutkowski"}, {"Gutachten"}),
    ("Maria von Arx hat angerufen.", {"Maria von Arx"}, set()),
    # the client of a German office: a title before a surname, never a name itself
    ("Notiz zur ESt-Erklärung 2023 – Mandant Çelik", {"Çelik"}, {"Mandant"}),
    ("Der Mandant rief an, weil ihm die Gegenseite einen Vergleich anbot.", set(), {"Mandant"}),
    # "SURNAME, Given" with a known given name and a surname that wordfreq counts often
    ("2. MACLEOD, Eilidh Catriona – Director – appointed 02/09/2019", {"MACLEOD, Eilidh Catriona"}, set()),
    # words the new lists hold as names stay words: weekday abbreviations, greetings, holidays, indices
    ("Parte de horas – semana 18\nLun 4h  Clínica Dental – migración", set(), {"Lun"}),
    ("El lun, 10 mar 2025, escribió el cliente", set(), {"lun"}),
    ("Hoi, Femke de Graaf hier. De factuur klopt niet.", {"Femke de Graaf"}, {"Hoi"}),
    ("Nous vous rappelons que vos congés de la Toussaint restent accordés.", set(), {"Toussaint"}),
    ("Henk: de rozen bij de ingang zijn dood.", {"Henk"}, {"rozen"}),
    ("The Hang Seng index fell.", set(), {"Hang Seng"}),
]


@pytest.mark.parametrize(("text", "found", "kept"), RUN_CASES)
def test_round15_whole_runs(redactor_no_ner: Redactor, text: str, found: set[str], kept: set[str]) -> None:
    check_whole_run(redactor_no_ner, text, found, kept)


@pytest.mark.parametrize(
    ("given", "family"),
    [("goulven", "petrescu"), ("hendrikje", "brzezinski"), ("jun-seo", "oduya"), ("honorine", "hakimi")],
)
def test_new_lists_know_names_of_more_cultures(given: str, family: str) -> None:
    assert known_first(given, ambiguous_ok=False)
    assert known_surname(family)


@pytest.mark.parametrize("word", ["prosper", "contractor", "pere", "rozen", "lun", "hoi", "salam"])
def test_new_lists_leave_words_unknown(word: str) -> None:
    """A name of the new lists that is also a word stays as unknown as it was (no new plain name)."""
    assert not known_surname(word)
    assert word in {"prosper"} or not known_first(word, ambiguous_ok=False)


def test_ner_hit_loses_an_acronym_that_is_a_word() -> None:
    text = "3h recalcul TVA Morel, questions pour Aminata"
    span = clean_person(text, text.index("TVA"), text.index(","), "fr")
    assert span is not None and text[span.start : span.end] == "Morel"
    initials = "The call with JP Morel went fine."
    span = clean_person(initials, initials.index("JP"), initials.index(" went"), "en")
    assert span is not None and initials[span.start : span.end] == "JP Morel"


def test_a_learned_word_surname_is_the_word_after_an_article(redactor_no_ner: Redactor) -> None:
    """The run learns "Sommer" from a clause where a person stands; in a later text "im Sommer" is the season,
    while a learned surname of the lists stays a person after the Spanish "a"."""
    session = redactor_no_ner.session()
    first = "Die Nachweise für die Treppe hat Sommer geprüft. Für die Unterlagen ist Moussa Ndiaye zuständig."
    later = ["Kommt die Sonderzahlung im Sommer wieder?", "Pon a Ndiaye en el turno del martes."]
    session.analyze_many([first])
    entities = [e["text"] for _, found in session.analyze_many(later) for e in found]
    assert "Sommer" not in entities
    assert "Ndiaye" in entities
