"""Round 16: surnames that are frequent only as names, names no list knows after a word that hands something to
a person, and firms that go on after a name; each with texts it must find and texts it must leave alone, in
whole runs without NER (the rules alone)."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction import lexicon as lx
from tests.redaction.whole_run import check_whole_run

# (text, values that must be redacted, values that must stay)
RUN_CASES: list[tuple[str, set[str], set[str]]] = [
    # a surname that wordfreq counts often only as a name counts as no common word
    ("Den Schlüssel für die Halle hat ab sofort Gruber, bitte dort melden.", {"Gruber"}, set()),
    ("btw who has the original of the Ferreira guarantee? client wants it back", {"Ferreira"}, set()),
    ("Côté client, l'interlocuteur principal reste Vasseur ; il a appelé hier.", {"Vasseur"}, set()),
    (
        "las grietas son de retracción, nada estructural según Beltrán, pero hay que sellarlas",
        {"Beltrán"},
        set(),
    ),
    # ... but a firm that goes on after it is no person
    (
        "los estados financieros auditados por Cifuentes, Orellana y Asociados.",
        set(),
        {"Cifuentes", "Orellana"},
    ),
    ("the report prepared by Ferreira Partners, reviewed by the board", set(), {"Ferreira"}),
    # a name no list knows, spelt like a name, after a word that hands something to a person
    ("L'écran est à récupérer chez Aurèle.", {"Aurèle"}, set()),
    ("Hij weet het niet zeker, volgens Latuheru lost het zich vanzelf op.", {"Latuheru"}, set()),
    ("Le pasé el expediente a Hakima para que lo revise.", {"Hakima"}, set()),
    # ... not a place or a firm that goes on, not German nouns, not words
    ("El pedido se envía a Forjas del Norte mañana.", set(), {"Forjas"}),
    ("Wir rechnen mit Verschnitt; das passt.", set(), {"Verschnitt"}),
    ("Las camisetas las compramos con Deusto, como siempre.", set(), set()),
    # a full name in lower case: a surname after particles, also one that is a word, when a rule found the
    # first name alone
    ("notitie bellen met roos van der heijden over de offerte", {"roos van der heijden"}, set()),
    ("anouk: pieter de jong zelf of zijn dochter?", {"pieter de jong"}, set()),
    ("bellen met hugo de boer morgen", {"hugo de boer"}, set()),
    # ... not the Dutch article and a noun, nor a verb after a first name
    ("pim heeft de factuur, lieke de bon", {"lieke"}, {"bon"}),
    ("stuur pieter de offerte van vorige week", {"pieter"}, {"offerte"}),
    ("bart en eline komen ook. groetjes, lisa", {"eline"}, {"komen"}),
    # a German noun of an office, a register or a request opens no name; a person after it only with a name
    (
        "Verteiler: alle; cc: K. Fuchs, O. Melnyk, Bürgermeisteramt Kirchzarten",
        {"K. Fuchs", "O. Melnyk"},
        {"Bürgermeisteramt", "Kirchzarten"},
    ),
    ("3. Neuanfrage Di Stefano (Staufen): Herr Yıldız prüft das.", {"Di Stefano", "Yıldız"}, {"Neuanfrage"}),
    (
        "Titel: Abstimmung Liegenschaftskataster (Teilung + Anfrage Staufen)",
        set(),
        {"Liegenschaftskataster", "Anfrage", "Staufen"},
    ),
    # initials after a title, or owning a task after an arrow; not a professional title before a name, nor a
    # file format
    ("Notiz: Hr. DS sehr nett, hat uns gleich zum Essen eingeladen.", {"DS"}, set()),
    (
        "3. Auszug Liegenschaftskataster beim LRA anfordern → OM\n4. Ortstermin → ggf. JW",
        {"OM", "JW"},
        {"LRA"},
    ),
    ("Gast zu TOP 2: Herr WP Tobias Kranz, Hanse Audit Partners", {"Tobias Kranz"}, {"WP"}),
    ("Export → PDF, dann → CSV an die Buchhaltung.", set(), {"PDF", "CSV"}),
    # initials signing off after a closing, or ending a note's first line; then at their other places in the
    # text, even where their letters are an acronym's ("GL")
    (
        "Je bloque une plage d'une heure.\n\nBien à vous,\nGL\n\n-----Message d'origine-----\nposte GL → même msg",
        {"GL"},
        set(),
    ),
    ("Note de frais – février 2025 – LM\n\nLigne 1 : parking 12,40 €", {"LM"}, set()),
    ("Timesheet KB – jeu. 06/03\n08:30-09:15 | ADMIN | mails", {"KB"}, set()),
    ("Merci,\nHR", set(), {"HR"}),
    ("Clôture du GL au 31/12, balance jointe.", set(), {"GL"}),
    # a first name with the initial of its surname; not the pronoun "I"
    ("5. new lead -> Femi A -> quote next week", {"Femi A"}, set()),
    ("Thanks Anna I will check", {"Anna"}, set()),
    # initials among those present, once two of them are initials; not a role in parentheses after a name
    ("Fri huddle 14/06\npres: SNM, TW, ABK, PR, DF\n1. paid", {"SNM", "TW", "ABK", "PR", "DF"}, set()),
    (
        "Weekoverleg do 13/3\nAanw.: SH, YE, WN, JvdB, PR (notulen)\n1. Klantstatus",
        {"SH", "YE", "WN", "PR"},
        set(),
    ),
    ("Présents : Karin (PL), A. de Graaf (RWS), JM, TB\n1. Budget", {"JM", "TB"}, {"PL", "RWS"}),
    ("Present: CEO, CFO\nExport - PDF (EUR)", set(), {"CEO", "CFO", "PDF", "EUR"}),
    # initials closing a line after a dash, or in parentheses after a lower-case word
    ("Not big money.\nTime spent: 0.75h - TW\nnext line", {"TW"}, set()),
    ("MON 10/06 - wk plan (DF)\n- payroll cut-off Wed", {"DF"}, set()),
    # a chat sender's user name before the clock time and the message
    ("[Teams]\naoife.bk 10:42: morning all\ndeclan.f 10:44: on it", {"aoife.bk", "declan.f"}, set()),
    # "HR" in capitals is a department, no title; a shop named after its owner with a possessive
    ("Tomasz Wiśniewski\nPayroll Specialist\nHarbourview Payroll & HR Ltd", {"Tomasz Wiśniewski"}, {"Ltd"}),
    ("Timesheet query - Heffernan's Pharmacy - EE query", set(), {"Heffernan"}),
    ("Ivy's team signed it off yesterday.", {"Ivy"}, set()),
    # frequent words after a chat cue or an article are the words ("con baja", "de la mutua")
    ("la comunicación del accidente con baja mediante el sistema Delt@", set(), {"baja"}),
    ("le escribo a la sra vega ahora y en copia a la mutua", {"vega"}, {"mutua"}),
    # initials speaking on bulleted lines; a stand-up's labels are no speakers
    ("TO-DO\n- RO: borrador carta → jue\n- RO: llamar al cliente\n- KM: nómina nov", {"RO", "KM"}, set()),
    ("- kathi: krank\n- jo: review fertig\n- blocker: VPN seit gestern", {"kathi", "jo"}, {"blocker"}),
    # initials before a verb after an arrow or a clock time; not a client's acronym "to" do something
    ("Lageplan nötig → RV muss unterschreiben", {"RV"}, set()),
    ("- Mo ca. 15:30 KF meldet: Rover springt", {"KF"}, set()),
    ("BIK diff -> FDE to confirm numbers", set(), {"FDE"}),
    # a lower-case first name before an article and a trade
    ("et aussi pierre le mécanicien il a toujours pas sa fiche de paie", {"pierre"}, set()),
    ("la pierre le mur le toit", set(), {"pierre"}),
    # initials after a request to them; not a department
    ("1ª baja del año → avisar KM p/nómina nov", {"KM"}, set()),
    ("please ask IT to reset the VPN token", set(), {"IT"}),
    # initials after the label of who asked
    ("Ticket #0318\nDemandeur : KB (Fiduciaire Lambotte) – prio : HAUTE", {"KB"}, set()),
    # two given names and a surname in lower case
    ("el oficio pone luz marina cardenas ospina y el numero", {"luz marina cardenas ospina"}, set()),
    # a short form of a first name found in the text
    (
        "Laetitia Meunier : Hello la team\nLaeti, tu peux relancer le client ?",
        {"Laetitia Meunier", "Laeti"},
        set(),
    ),
    # kin after a possessive is no surname; a first name that is a frequent word needs more than a verb before
    ("vielen Dank für die Einladung. Mein Mann und ich werden da sein.", set(), {"Mann"}),
    ("bitte nur im notfall, mein mann jörg hat gedroht das handy zu verstecken", {"jörg"}, {"mann"}),
    ("Die Ladung für Herr Ben Salah ist leider zurück gekommen.", {"Ben Salah"}, {"leider"}),
]


@pytest.mark.parametrize(("text", "found", "kept"), RUN_CASES)
def test_round16_whole_runs(redactor_no_ner: Redactor, text: str, found: set[str], kept: set[str]) -> None:
    check_whole_run(redactor_no_ner, text, found, kept)


@pytest.mark.parametrize("name", ["gruber", "hofmann", "ferreira", "vasseur", "krause"])
def test_surnames_frequent_only_as_names_are_no_plain_words(name: str) -> None:
    assert name in lx.common_words()
    assert not lx.plain_word(name)


@pytest.mark.parametrize("word", ["wolf", "sommer", "baker", "cook", "martin", "cruz", "winter"])
def test_surnames_that_are_words_stay_plain_words(word: str) -> None:
    assert lx.plain_word(word)


def test_a_learned_name_spreads_without_its_legal_form_or_role(redactor_no_ner: Redactor) -> None:
    """A run that learned "Hartwell Pryce LLP" or "Alasdair Munro, Partner" as one value does not redact "LLP"
    or "Partner" alone in later texts; the person's own name still spreads."""
    session = redactor_no_ner.session()
    session.analyze_many(["Signed: Chiamaka Eze, Partner, for and on behalf of Ashby Marsh & Co LLP"])
    later = session.analyze_many(["Tenderer: Quintrell Abbott LLP. Appraiser: the Partner. Eze agreed."])[0][
        1
    ]
    redacted = {e["text"] for e in later}
    assert "Eze" in redacted
    assert "LLP" not in redacted and "Partner" not in redacted


def test_a_learned_surname_is_no_person_before_a_firms_trade_or_as_an_opening_word(
    redactor_no_ner: Redactor,
) -> None:
    """A run that learned "Klein" and "Jansen" as persons leaves them in firm names ("Klein Bürobedarf",
    "Jansen Hoveniers"), and "Muchas gracias" opening a line is the word; the person alone stays
    redacted."""
    session = redactor_no_ner.session()
    session.analyze_many(["Termin mit Herrn Klein, Frau Jansen und Herrn Müller. Saludos de Muchas Ortega."])
    texts = [
        "Neue Kartuschen bestellt über Klein Bürobedarf.",
        "1. Nieuwe klant Jansen Hoveniers uit Sint-Michielsgestel",
        "¿Es la cuenta personal de usted?\nMuchas gracias,\nTom",
        "Die Freigabe liegt vor. Klein hat zugestimmt.",
    ]
    found = [{e["text"] for e in entities} for _, entities in session.analyze_many(texts)]
    assert "Klein" not in found[0] and "Jansen" not in found[1] and "Muchas" not in found[2]
    assert "Klein" in found[3]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Employee no. for HR is E-20418. Payroll needs his bank details.", "E-20418"),
        ("Employee no. for the new starter is EMP-20417 (Dolores Mendez).", "EMP-20417"),
        ("Personeelsnummer Iris voor de declaratie: 20-4471.", "20-4471"),
        ("Timesheet query - EE no. HP-0117\nSunny says", "HP-0117"),
        ("Traducteur indépendant – SIRET 812 449 503 00027, à payer avant le 15.", "812 449 503 00027"),
        ("Salariée : Mme Ferreira, n° SS 2 82 05 99 352 118 42, matricule NDS-044.", "2 82 05 99 352 118 42"),
        ("Consultora junior – nº SS 20/10293847/55", "20/10293847/55"),
    ],
)
def test_identifiers_after_their_label(redactor_no_ner: Redactor, text: str, value: str) -> None:
    """A staff number a few words after its label, a sole trader's SIRET, a social security number."""
    check_whole_run(redactor_no_ner, text, {value}, set())


def test_a_staff_label_without_a_number_redacts_nothing(redactor_no_ner: Redactor) -> None:
    entities = redactor_no_ner.session().analyze_many(["Employee no. of the year: Priya, again."])[0][1]
    assert all(e["type"] != "ID" for e in entities)


@pytest.mark.parametrize(
    "address",
    [
        "C/ Sueca, 58, pta. 9, 46006 València",
        "Polígono El Palmar, nave 7, 41016 Sevilla",
        "Polígono Los Olivares, parcela 14, 23009 Jaén",
        "Witte de Withstraat 50, 3012 BR Rotterdam",
        "Johan de Wittlaan 17, 3445 AG Woerden",
    ],
)
def test_addresses_with_a_door_an_estates_unit_or_a_street_named_after_someone(
    redactor_no_ner: Redactor, address: str
) -> None:
    check_whole_run(redactor_no_ner, f"Nueva dirección / nieuw adres: {address}. Gracias.", {address}, set())
