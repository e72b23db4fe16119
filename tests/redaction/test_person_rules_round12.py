"""Rules of round 12 (ambiguity first, writer's role first): each with texts it must find and texts it must
leave alone, as the recognizer, a finder or a whole run sees them."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from redaction import Redactor
from redaction import lexicon as lx
from redaction.recognizers.person import PersonRecognizer
from redaction.recognizers.person.forms import (
    birth_names,
    greeted_lowercase,
    initial_surnames,
    inverted_names,
    mentions,
    nicknames,
    user_names,
)
from redaction.recognizers.person.handles import handles
from redaction.recognizers.person.initials import initials
from redaction.recognizers.person.speakers import chat_speakers
from redaction.recognizers.person.within import spread_in_text
from redaction.recognizers.tables import TableRecognizer, drop_header_cells
from redaction.types import Span

RULES = PersonRecognizer()
TABLES = TableRecognizer()


def persons(text: str, lang: str = "en") -> set[str]:
    return {text[s.start : s.end] for s in RULES.find(text, lang)}


# What the person recognizer as a whole finds: (language, text, persons)
CASES: list[tuple[str, str, set[str]]] = [
    # two first names joined by "&" are two people; two surnames joined by "&" stay a firm
    ("en", "2h Summer party budget (social cttee w/ Aisha & Sunny)", {"Aisha", "Sunny"}),
    ("en", "We used Ernst & Young and Patel & Co for the audit.", set()),
    # a couple after titles; a verb after a name is no firm's word
    (
        "en",
        "Client: Mr Rajesh Venkataraman & Mrs Anjali Venkataraman",
        {"Rajesh Venkataraman", "Anjali Venkataraman"},
    ),
    ("en", "Ahmed in Risk flagged that Kwesi Boateng works in our Accra office", {"Ahmed", "Kwesi Boateng"}),
    # a lower-case first name that is no word needs no cue; the words the lists know as names do
    ("fr", "as-tu vu le courriel de mathieu pour la conciliation de Laval?", {"mathieu"}),
    ("en", "Per diem as usual, this arvo we fly.", set()),
    # one-word items of an attendee list: initials, surnames that are words; not departments or nobody
    ("en", "Present: AK, PL, MB, Hope Nakamura", {"AK", "PL", "MB", "Hope Nakamura"}),
    ("de", "Teilnehmer: Fr. Koch (Kunde), Jung, Vos, MK", {"Koch", "Jung", "Vos", "MK"}),
    ("en", "Attendees: HR, IT, Finance\nApologies: none", set()),
    # after a title a word of another language is a surname; a written-out title ending a sentence is no title
    ("de", "Herr Vos ist niederländischer Staatsbürger.", {"Vos"}),
    ("en", "Ok sir. His PA will send it.", set()),
    # "Dra." is a title
    ("es", "tutora: Dra. Arantza Mendizábal", {"Arantza Mendizábal"}),
    # a surname that is a word after a first name that is none (the engine extends it: see the runs)
    # stations and trips are places; a first name that is a city stays a name
    ("en", "Train Manchester Piccadilly – London Euston, off-peak. Taxi Euston to Hatton Garden.", set()),
    ("en", "Attendees: Florence Tan (PMO)", {"Florence Tan"}),
    ("en", "Thanks Anna Long and the Henrik Winter Consulting team", {"Anna Long"}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_person_rules_round12(lang: str, text: str, expected: set[str]) -> None:
    assert persons(text, lang) == expected


Finder = Callable[[str], Iterator[Span]]
# What each text-level finder yields, in order: (finder, text, spans)
FINDER_CASES: list[tuple[Finder, str, list[str]]] = [
    # user names of an initial and a name, anywhere; not abbreviations, files or addresses
    (
        handles,
        "Logged by: chase.r\nBearbeiter: t.lange\n09:20 l.roux : Mme",
        ["chase.r", "t.lange", "l.roux"],
    ),
    (handles, "e.g. the p.ex file a.pdf, e.mail, see www.x.com or kofi.mensah@x.org", []),
    # lower-case speakers that are surnames too, initials speaking on two lines
    (chat_speakers, "lange: hat jemand die Liste?\nsommer: liegt im Ordner", ["lange", "sommer"]),
    (chat_speakers, "JM: VAT return is due Friday\nKP: me, but PO matching is open", ["JM", "KP"]),
    (chat_speakers, "Note: call back\nStatus: open", []),
    # initials where only a person stands; business acronyms before a verb stay
    (initials, "leave approved by PL on Tuesday", ["PL"]),
    (initials, "Present: me (SL). Passed to account manager (RK).", ["SL", "RK"]),
    (initials, "Approved: RK (Risk)\nCommercial : JM", ["RK", "JM"]),
    (initials, "KEA présente le budget. JM fragt nochmal.", ["KEA", "JM"]),
    (initials, "The PO is late. HR will check. RAG is Amber.", []),
    # "Surname, First name" of registers; not a closing and a name
    (inverted_names, "Pers.-Nr. 3140 – Fuchs, Jannik: Neueintritt", ["Fuchs", "Jannik"]),
    (
        inverted_names,
        "1) Oyelaran, Temitope – ACA\n2) Deshpande, Kunal – CTA",
        ["Oyelaran", "Temitope", "Deshpande", "Kunal"],
    ),
    (inverted_names, "Cheers, Rach\n---\nBesos, Maite", []),
    (
        greeted_lowercase,
        "hey jonas, kurze frage\ncoucou léa ! t'as vu\nok pierre, je relis",
        ["jonas", "léa", "pierre"],
    ),
    (greeted_lowercase, "ok great, thanks all!\nthanks team, merci", []),
    (initial_surnames, "Bearbeitung: P. Szymańska, ene O. Adeleye", ["P. Szymańska", "O. Adeleye"]),
    (initial_surnames, "i. V. Konstantin Wehrle; A. Introduction; M. Jean-Baptiste Louissaint", []),
    (user_names, "Usuario: Julián Pacheco Ruiz (jpacheco) – Dpto. Fiscal", ["jpacheco"]),
    (user_names, "Closing, see the notes (urgent).\n- jmorales", ["jmorales"]),
    (birth_names, "Mme Françoise Morel née Le Guen, demeurant", ["Le Guen"]),
    (nicknames, "Y la Sole (Soledad Gutiérrez) está de baja", ["Sole", "Soledad Gutiérrez"]),
    (nicknames, "Hoy la Oficina (Sede Central Madrid) cierra", []),
    (
        mentions,
        "sign-off -> @Will Ashworth; @Sunny Park can ops order toner? @Finance Team",
        ["Will Ashworth", "Sunny Park"],
    ),
]


@pytest.mark.parametrize(("finder", "text", "expected"), FINDER_CASES)
def test_form_and_note_finders(finder: Finder, text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in finder(text)] == expected


# Tables and labels: (text, [(kind, value)])
TABLE_CASES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Emp# | Name | Change\n10482 | Fatima Al-Sayed | New starter\n10377 | Connor O'Rourke | Raise",
        [("ID", "10482"), ("PERSON", "Fatima Al-Sayed"), ("ID", "10377"), ("PERSON", "Connor O'Rourke")],
    ),
    (
        "Client\tInv\tContact\tNotes\nOkonkwo Brothers Ltd\tINV-7781\tEmeka (FD)\tpromised BACS",
        [("PERSON", "Emeka")],
    ),
    ("| Name | Role |\n| Tendai Moyo | Approver |", [("PERSON", "Tendai Moyo")]),
    ("Item | Qty | Price\nPaper | 4 | 12.00", []),
    ("Pers.-Nr. 3051 – neue Bank. Employee no. will be HC-40917.", [("ID", "3051"), ("ID", "HC-40917")]),
    (
        "DOB is given as 14/02/1996; geb. 11.09.1984; né le 14/06/1961",
        [("ID", "14/02/1996"), ("ID", "11.09.1984"), ("ID", "14/06/1961")],
    ),
    ("Invoice dated 14/02/2024, due 01.03.2024", []),
]


@pytest.mark.parametrize(("text", "expected"), TABLE_CASES)
def test_tables_and_labels(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.kind, text[s.start : s.end]) for s in TABLES.find(text, "en")] == expected


def test_header_cells_are_no_persons() -> None:
    text = "Client\tContact\tNotes\nAcme\tEmeka\tpaid"
    spans = [Span(14, 19, "PERSON", 0.8, "person_rules"), Span(26, 31, "PERSON", 0.8, "person_rules")]
    kept = drop_header_cells(text, spans)
    assert [text[s.start : s.end] for s in kept] == ["Emeka"]


def test_a_texts_initials_and_chat_names_are_found_again_in_it() -> None:
    text = (
        "Present: PL\nPL hat die Inventur beobachtet. P&L is fine.\npierre: oui\nok pierre, la pierre est là"
    )
    found = [
        Span(9, 11, "PERSON", 0.7, "person_rules"),
        Span(text.index("pierre:"), text.index("pierre:") + 6, "PERSON", 0.7, "person_rules"),
    ]
    spread = spread_in_text(text, found)
    values = sorted((s.start, text[s.start : s.end]) for s in spread)
    # the second "PL" and the "pierre" addressed; not "P&L", not "la pierre"
    assert [v for _, v in values] == ["PL", "PL", "pierre", "pierre"]
    assert text.index("la pierre") + 3 not in [s.start for s in spread]


# What a whole run redacts as persons (engine and session)
RUN_CASES: list[tuple[str, set[str]]] = [
    ("Attendees: D. Young (client CFO), Florence Tan (PMO)", {"D. Young", "Florence Tan"}),
    ("Asistentes: Itziar G., Lola Ferrán, Mohamed", {"Itziar G.", "Lola Ferrán", "Mohamed"}),
    ("[09:12] priya.n: morning all\nmark.t: here. approving now", {"priya.n", "mark.t"}),
    ("ouderschapsverlof 8 uur p/w vanaf 1/4; review w/c 18th (Gareth)", {"Gareth"}),
    ("niet onze Jeroen Vos, maar de klant", {"Jeroen Vos"}),
]


@pytest.mark.parametrize(("text", "expected"), RUN_CASES)
def test_round12_whole_runs(redactor_no_ner: Redactor, text: str, expected: set[str]) -> None:
    entities = redactor_no_ner.session().analyze_many([text])[0][1]
    assert {e["text"] for e in entities if e["type"] == "PERSON"} == expected


def test_learned_names_stay_towns_and_firm_partners() -> None:
    redactor = Redactor()
    session = redactor.session()
    session.analyze_many(
        ["Bien cordialement,\n\nÉtienne Lyon\nAvocat associé", "Fiche: Jung, Vos, MK\nJung hat"]
    )
    later = session.analyze_many(
        ["Il manque les heures de l'atelier de Lyon.", "Kanzlei Lange & Jung Steuerberatung"]
    )
    assert all(e["type"] != "PERSON" for _, entities in later for e in entities)


def test_firm_words_and_word_surnames_data() -> None:
    assert {"tiles", "broadband", "financiering"} <= lx.common_words()
    assert {"vos", "paz", "bravo", "winter"} <= lx.word_surnames()
    # a name and an ordinary noun after it is a firm; a plain first name and a surname is a person
    assert persons("Invoice from Blanco Tiles and Sky Broadband; call Pierre Morel") == {"Pierre Morel"}
