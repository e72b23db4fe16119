"""Person rules of round 6, each with texts it must find and texts it must leave alone."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.recognizers.person import PersonRecognizer, place_after_in

RULES = PersonRecognizer()


def persons(text: str, lang: str = "en") -> set[str]:
    return {text[s.start : s.end] for s in RULES.find(text, lang)}


CASES: list[tuple[str, str, set[str]]] = [
    # East Asian family name with a romanised given name, either order; a split two-syllable given name
    ("de", "Verantwortlich: Hu Jun\nFrist: 30.06.", {"Hu Jun"}),
    ("de", "Prüfer: Wang Lei, Freigabe durch Mohammed Karimi.", {"Wang Lei", "Mohammed Karimi"}),
    (
        "en",
        "Signed off by Kim Jiwoo (QA lead) and Park Minseo (release manager).",
        {"Kim Jiwoo", "Park Minseo"},
    ),
    ("nl", "Overleg in Utrecht met Jun Park en Kofi Asante.", {"Jun Park", "Kofi Asante"}),
    ("en", "Bogdan arranges the venue, Siew Ling the travel.", {"Bogdan", "Siew Ling"}),
    (
        "en",
        "PR approved by Zhang Wei and Li Na. Ana Popescu requested changes.",
        {"Zhang Wei", "Li Na", "Ana Popescu"},
    ),
    ("en", "We met at Central Park. The Long Island office. Hang Seng index.", set()),
    ("nl", "Hoi Sanne, ik stuur het vandaag.", {"Sanne"}),
    # a name found once marks its other places in the text, and its neighbours are seen again
    (
        "en",
        "Honor and Faith both flagged the duplicate payment; Honor will raise the credit note.",
        {"Honor", "Faith"},
    ),
    ("en", "Pat the hours down to 7.5? No - Pat said leave them.", {"Pat"}),
    # trades and family firms end a company, not a person
    ("en", "Keisha will raise the credit note with Parker Lane Supplies.", {"Keisha"}),
    ("fr", "C'est lui qui valide les notes de frais chez Martin Frères.", set()),
    ("nl", "Dewi heeft het contract met Van Leeuwen Advies opgesteld.", {"Dewi"}),
    # a place after a meeting or office noun and à/en/a (but "merci à Aurore" is a person)
    ("fr", "Réunion à Lyon avec Chen Jie et Amadou Ba.", {"Chen Jie", "Amadou Ba"}),
    (
        "es",
        "La reunión en Santiago se pasa al martes; Paz y Ángeles confirman asistencia.",
        {"Paz", "Ángeles"},
    ),
    ("fr", "Merci à Aurore pour le tableau de bord.", {"Aurore"}),
    # a French name glued to an elided article or preposition
    ("fr", "Le dossier d'Éloïse est complet.", {"Éloïse"}),
    ("fr", "L'avis d'Anaïs Morel compte.", {"Anaïs Morel"}),
    ("fr", "Le bureau d'Amsterdam et l'Espagne.", set()),
    # the addressee closing a question to "you"
    ("nl", "Wil jij aansluiten, Mingzhu?", {"Mingzhu"}),
    ("en", "Is that the final version, then?", set()),
    # the person a document goes to for an act only a person performs; the sender of a message
    (
        "en",
        "Please route the contract to Heath for legal review and to Sterling for signature.",
        {"Heath", "Sterling"},
    ),
    ("en", "Flight to Berlin for the review.", set()),
    ("en", "Reminder from Sunny: timesheets close Friday at noon.", {"Sunny"}),
    ("en", "Email from Berlin office: all fine.", set()),
    # word-names as subjects: a pair before a plural verb, a French clitic verb
    ("es", "Rosario y Luz revisaron el contrato.", {"Rosario", "Luz"}),
    ("fr", "Rose a relancé le client ; Olive s'occupe de l'avoir.", {"Rose", "Olive"}),
    ("es", "Rosario y Luz, dos barrios de la ciudad.", set()),
    # lower-case word-names where only a person fits
    ("en", "Thx hope! and thanks joy for the quick turnaround on the invoice", {"hope", "joy"}),
    ("en", "thanks again for the help, will send more", set()),
    ("nl", "sem heeft de offerte, vraag het aan noor", {"sem", "noor"}),
    ("fr", "ok je reviens vers toi, sinon demande à théo", {"théo"}),
    ("nl", "volgens mij is hij ziek, dus misschien kan joost het overnemen", {"joost"}),
    ("de", "sag mal, war der jörg heute schon da? die anneliese sucht ihn", {"jörg", "anneliese"}),
    ("de", "[10:05] oksana: ja, liegt bei mir, ich prüfe sie heute", {"oksana"}),
    ("nl", "even ter info: esra is ziek, de klantsessie neemt wouter over.", {"esra", "wouter"}),
    ("nl", "we nemen de offerte over en sturen hem morgen.", set()),
    # a whole East Asian name wins over its first part found alone
    ("fr", "Hugo présente, Xiao Mei prend les notes.", {"Hugo", "Xiao Mei"}),
    # a name in apposition after a role, between commas before a lower-case verb
    ("en", "Their controller, Precious Nkemelu, confirms by email.", {"Precious Nkemelu"}),
    ("en", "Their controller, Kestrel Ltd, confirms by email.", set()),
    # German and Dutch "from the team"
    ("de", "Die Kosten sind frei. Sonnhild aus der Buchhaltung zahlt sie aus.", {"Sonnhild"}),
    ("de", "Rückmeldung aus der Buchhaltung kam gestern.", set()),
    # thanked with the preposition of each language
    ("es", "Gracias a Soledad y a Modesto por cerrar la auditoría.", {"Soledad", "Modesto"}),
    ("es", "Gracias a Dios, todo llegó.", set()),
    # a role before a name in parentheses is no name; trades end companies
    ("en", "Driver (Santos) called in sick.", {"Santos"}),
    ("fr", "Relancer Bernard Transports et Paris Habitat.", set()),
    # two lower-case syllables that are both first names, in a chat written in lower case
    (
        "en",
        "wah the invoice got problem leh, ask wei ling check can? jun hao also not sure",
        {"wei ling", "jun hao"},
    ),
    ("en", "the sun man said no and we ran long", set()),
    # "Namens" before a full name; not before a company
    ("nl", "Namens Aafke Terpstra-Bouma: graag de offerte opnieuw sturen.", {"Aafke Terpstra-Bouma"}),
    ("nl", "Namens Bakkerij Visser BV wensen wij u een fijne dag.", set()),
    # a full name between an article and a business noun is a client or a firm
    ("en", "Forwarded to Carter for approval. Note the Carter Hale invoice is separate.", {"Carter"}),
    ("en", "Ask the Maria Lopez who called yesterday.", {"Maria Lopez"}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=lambda v: str(v)[:50])
def test_person_rules(lang: str, text: str, expected: set[str]) -> None:
    assert persons(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("Réunion à Lyon demain.", "Lyon", True),
        ("La reunión en Santiago se pasa.", "Santiago", True),
        ("Merci à Aurore pour tout.", "Aurore", False),
        ("Sanne en Bram komen ook.", "Bram", False),
    ],
)
def test_place_after_meeting_preposition(text: str, name: str, place: bool) -> None:
    start = text.index(name)
    assert place_after_in(text, start, start + len(name)) is place


@pytest.mark.parametrize(
    ("text", "word", "person"),
    [
        ("Sato Kenji (Osaka) and Kim Min-seo (Busan) both prefer Thursday.", "Busan", False),
        ("Kim Min-seo (Busan) prefers Thursday.", "Busan", False),
        ("TODO: book venue (Saltanat) and confirm catering", "Saltanat", True),
    ],
)
def test_ner_word_in_parentheses_after_a_name_is_a_place(text: str, word: str, person: bool) -> None:
    from redaction.ner import clean_person

    start = text.index(word)
    assert (clean_person(text, start, start + len(word), "en") is not None) is person


def test_learned_single_name_is_no_person_before_a_place_noun(redactor_no_ner: Redactor) -> None:
    """A name learned in the run ("Jordan Mbeki") is not spread to a place before "offices"."""
    session = redactor_no_ner.session()
    text = "Jordan and Sydney offices closed Friday; Jordan Mbeki from Sydney will cover. Jordan agreed."
    ((_, entities),) = session.analyze_many([text])
    starts = sorted(e["start"] for e in entities if e["type"] == "PERSON")
    assert 0 not in starts
    assert text.index("Jordan Mbeki") in starts and text.rindex("Jordan") in starts


# round 7: each rule with texts it must find and texts it must leave alone
ROUND7: list[tuple[str, str, set[str]]] = [
    # a capital initial with its dot after a known first name in a closing, a signature or running text
    ("en", "Regards, Sowmya K.", {"Sowmya K."}),
    ("en", "Thanks,\nPriya K.", {"Priya K."}),
    ("en", "Anna M. will check it.", {"Anna M."}),
    ("en", "Thanks Anna. I will check.", {"Anna"}),
    ("en", "Hi Anna, I. e. the file is late.", {"Anna"}),
    # a first name that is also a word needs a second word spelt like a surname
    ("en", "Hope Okeke's sign-off is attached. We hope to invoice in March.", {"Hope Okeke's"}),
    ("en", "Grant Wilson approved the budget.", {"Grant Wilson"}),
    ("en", "The Hang Seng index fell.", set()),
    # places joined before a place noun with an "-es" plural
    ("en", "Georgia and Virginia branches are closed.", set()),
    ("en", "Georgia and Virginia will check the branches.", {"Georgia", "Virginia"}),
    # "de" before a known first name: French/Spanish "of", the Swiss article; a holiday stays a word
    (
        "de",
        "Grüezi Herr Schnyder, de Roger hät mer gseit, dass d Rechnig no nöd zahlt isch.",
        {"Schnyder", "Roger"},
    ),
    ("fr", "La note de Roger est validée.", {"Roger"}),
    ("fr", "La fête de Noël et la rue de Paris.", set()),
    ("fr", "Joyeux Noël à tous.", set()),
    ("nl", "Zie de Map voor de stukken.", set()),
    # the first word of a firm named earlier, alone again later, is the firm (a title still makes a person)
    (
        "en",
        "[3:02 PM] Xochitl Ramírez: is the Hartley Foods PO approved?\n[3:04 PM] Sung-min Yoo: yes, approved by Hartley's CFO",
        {"Xochitl Ramírez", "Sung-min Yoo"},
    ),
    ("de", "Die Lange Logistik GmbH zahlt im Mai. Herr Lange selbst ist nicht erreichbar.", {"Lange"}),
    # a request opening the sentence is no first part of a full name before "and"
    ("en", "Ask Kaito and Storm about it.", {"Kaito", "Storm"}),
    ("en", "Aminata Diallo and Ousmane Sow joined.", {"Aminata Diallo", "Ousmane Sow"}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROUND7, ids=lambda v: str(v)[:50])
def test_person_rules_round7(lang: str, text: str, expected: set[str]) -> None:
    assert persons(text, lang) == expected


ROUND8: list[tuple[str, str, set[str]]] = [
    # the agent of an act of approval after "by"/"par"/"por"/"door"
    ("fr", "Demande de congé validée par Lefebvre hier.", {"Lefebvre"}),
    ("es", "Solicitud de vacaciones aprobada por Iturriaga.", {"Iturriaga"}),
    ("nl", "Verlof goedgekeurd door Van der Berg.", {"Van der Berg"}),
    ("fr", "Correction faite par Amadou.", {"Amadou"}),
    ("en", "Budget approved by Procurement on Monday.", set()),
    # a long noun before "of" is no given name
    ("nl", "Verlofaanvraag van Mohamed El Amrani goedgekeurd.", {"Mohamed El Amrani"}),
    ("de", "Urlaubsantrag von Sven Lindqvist genehmigt.", {"Sven Lindqvist"}),
    ("nl", "Aafke van Dijk belt morgen.", {"Aafke van Dijk"}),
    # the buddy of a new starter, after "is" or a label that closes its sentence
    ("de", "Neuer Kollege ab Montag, Pate ist Till.", {"Till"}),
    ("fr", "Le badge est prêt. Parrain : Victor.", {"Victor"}),
    ("en", "Done. Owner: Finance.", set()),
    # a task, a dash and who does it, closing the item of a list
    ("en", "Close: accruals - Rhys; intercompany - Wu; revaluation - Olamide.", {"Rhys", "Wu", "Olamide"}),
    ("en", "Status: accruals - done; bank recs - pending.", set()),
    # ... any plain word there when an earlier item of the line names a person
    ("es", "Cierre: provisiones - Guadalupe; IVA - Ortega.", {"Guadalupe", "Ortega"}),
    ("en", "Close: accruals - Rhys; bank recs - pending; FX - Done.", {"Rhys"}),
    # "task Name, task Name": an item shaped like the item before it, whose name is a person
    (
        "nl",
        "Afsluiting: bankaansluiting Wouter, accruals Ayşe, btw-aangifte Dijkstra.",
        {"Wouter", "Ayşe", "Dijkstra"},
    ),
    ("nl", "Facturen van Wouter, accruals Finance, btw Excel.", {"Wouter"}),
    # list lines shaped like a line whose first word is a person
    (
        "en",
        "standup:\nahmed - fixed the feed\nyuna - still on dedupe\npat - out sick",
        {"ahmed", "yuna", "pat"},
    ),
    ("en", "todo:\nfix - the bank feed\ncheck - vendor dedupe", set()),
    ("en", "[11:02] kemi: shipped\nnote: none", {"kemi"}),
    ("en", "Pipeline:\n1. Adaeze Uchenna - offer\n2. Pilar - withdrew", {"Adaeze Uchenna", "Pilar"}),
    ("en", "Steps:\n1. Review - done\n2. Sign - open", set()),
    # a surname with a capitalised particle inside a sentence
    ("nl", "Panel: De Graaf en Mirjam.", {"De Graaf", "Mirjam"}),
    ("es", "Nos vemos en la oficina De Madrid Centro.", set()),
    ("nl", "De Graaf Bouw levert morgen.", set()),
    # a "Surname, Given name" table cell
    ("en", "| Employee | Hours |\n| Lin, Mei | 6 |", {"Lin, Mei"}),
    ("en", "| Area | Hours |\n| Audit, Tax | 6 |", set()),
    # a known surname alone after a chat cue or "to", closing the clause; not going on into a firm
    ("de", "Bitte Rückruf, Kopie an Gruber.", {"Gruber"}),
    ("es", "Mauricio dice que iba con Salgado a la oficina.", {"Mauricio", "Salgado"}),
    ("nl", "Wie heeft de offerte voor Smit & Visser gemaakt?", set()),
    ("de", "Wir planen für Herbst die Einführung.", set()),
    ("nl", "Kees zegt dat Visser het had goedgekeurd, maar Visser zit in Lissabon.", {"Kees", "Visser"}),
    # a double surname whose last part is also a firm's tail, after a known first name
    ("en", "OOO from the 5th: Rosalind Achebe-Park.", {"Rosalind Achebe-Park"}),
    ("de", "Die Meier-Tech GmbH zahlt im Mai.", set()),
    # objections come from persons
    ("de", "Einspruch von Wendel, das Hotel war vorgegeben.", {"Wendel"}),
    ("de", "Einspruch von Amts wegen.", set()),
    # a lower-case text: a first name that is no word after the "de" of French and Spanish
    ("es", "oye, la de marzo de lupita sigue mal", {"lupita"}),
    ("es", "oye, la factura de marzo sigue mal", set()),
    # the Spanish subject after its verb, after "y" and an object pronoun; a known surname
    ("es", "Que lo vea Beto y me copie Arévalo.", {"Beto", "Arévalo"}),
    ("es", "Que lo vea Beto y me copie Transportes Ruiz.", {"Beto"}),
    # a known surname alone before a French clitic verb
    ("fr", "Repas à Lyon ; Dufresne n'a pas le justificatif.", {"Dufresne"}),
    ("fr", "Repas à Paris ; Lyon n'a pas le justificatif.", set()),
    # a person put on a call, a thread or an invite
    ("en", "She wants Hope on the call Thursday.", {"Hope"}),
    ("en", "She wants Legal on the call Thursday.", set()),
    ("en", "Please add Ngozi to the invite.", {"Ngozi"}),
    ("en", "We need Excel on the laptop and Java in the build.", set()),
    # a word-name opening a clause after a comma and a conjunction, before an auxiliary
    ("en", "Will is out until June, so Hope will cover the timesheets.", {"Will", "Hope"}),
    ("en", "The books close late, so May will be busy.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROUND8, ids=lambda v: str(v)[:50])
def test_person_rules_round8(lang: str, text: str, expected: set[str]) -> None:
    assert persons(text, lang) == expected


ROUND8_GUARDS: list[tuple[str, str, set[str]]] = [
    # an attendee list ends at the next label
    (
        "en",
        "Attendees: Obi (PM), Rahul, and Farrah from finance. Agenda: scope, RACI, Milestone 1.",
        {"Obi", "Rahul", "Farrah"},
    ),
    ("en", "Attendees: Obi, Rahul. Notes by Farrah.", {"Obi", "Rahul", "Farrah"}),
    # a meal or a night somewhere: a place after "à"/"en"
    ("fr", "Note de frais : repas à Lyon (84 €).", set()),
    ("fr", "Merci à Aurore pour le suivi.", {"Aurore"}),
    # a well-known firm named like a person joins no one to it
    ("nl", "Saldibevestigingen van Albert Heijn en Philips ontbreken nog.", set()),
    ("nl", "Saldibevestigingen van Kees en Jansen ontbreken nog.", {"Kees", "Jansen"}),
    # a one-word code name after a lower-case project noun
    ("fr", "Lancement du projet Marais avec Théo.", {"Théo"}),
    ("nl", "Kick-off project Polder: projectleider Sanne.", {"Sanne"}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROUND8_GUARDS, ids=lambda v: str(v)[:50])
def test_person_guards_round8(lang: str, text: str, expected: set[str]) -> None:
    """Through the whole redactor (NER, allow list, guards), context-free."""
    session = Redactor().session()
    _, entities = session.analyze_many([text])[0]
    assert {text[e["start"] : e["end"]] for e in entities if e["type"] == "PERSON"} == expected


def test_project_role_names_a_person() -> None:
    """ "chef de projet Aurélien": the role of a project, then its person (not a code name)."""
    assert persons("Réunion de cadrage : chef de projet Aurélien, côté client Mme Benali.", "fr") >= {
        "Aurélien"
    }
