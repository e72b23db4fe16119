"""Round 34: persons' numbers by more labels (a tenant's, a member's, a patient's, a pupil's, a solicitor's; a staff
number a few words after its label; the next numbers of a list after a labelled one; an
identity word with its possessive, "BSN's"), plates of a shape only the language's plates have (Dutch sidecodes,
French, Spanish and Belgian plates), a UK sort code with its account number, columns named for plates, birth dates
and member numbers by their short labels; names opening a sentence before "who", a nickname in quotes after the
verb of calling, initials before a family name with its particle ("P.-Y. Le Gall"), a court officer before a name;
and what must stay (a pronoun or a preposition opening a Dutch sentence, a month after a word, an acronym's plural,
years and words of the same shapes). Whole runs, no record context. Every value is invented."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.coverage import covered, untouched
from tests.redaction.coverage import found as _found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mijn huurdersnummer is HZ-004518, u kunt mij bellen.", "HZ-004518"),
        ("NB Callum's SRA no. is 604118 if the court asks.", "604118"),
        ("Bitte die Mitgliedsnummer 20417 auf dem Formular angeben.", "20417"),
        ("Her patient no. 7140471 is on the discharge letter.", "7140471"),
        ("Staff numbers for the HR log only: 004517 and 006203.", "004517"),
        ("Staff numbers for the HR log only: 004517 and 006203.", "006203"),
        ("Pers.-Nr. 3051, 3052 und 3099 fehlen noch in der Liste.", "3099"),
        ("Die Krankenkasse fragt nach. Personalnummer bei uns 20417. Ich rufe morgen an.", "20417"),
        ("La CAF a régularisé l'APL. N° allocataire de Mme Koné : 7345128.", "7345128"),
        (
            "De werkgever heeft het ingehouden. Jullie BSN's (Naomi 270415936) staan in ons systeem.",
            "270415936",
        ),
        ("Bright's DBS came back clear; certificate 001234567890 for the file.", "001234567890"),
        ("Volunteer rota: DBS certificate no. 004417209318, renewed in May.", "004417209318"),
    ],
)
def test_persons_numbers_by_more_labels(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("[09:17] Rachid: staat in het dossier: K-231-XS, dat klopt", "K-231-XS"),
        ("De bus met GZ-418-K staat nog bij de garage in Tilburg.", "GZ-418-K"),
        ("Le véhicule de M. Diallo est garé, la FZ-219-QM est bien à lui.", "FZ-219-QM"),
        ("El coche de Pilar, 4821 LKM, está en el garaje de la calle.", "4821 LKM"),
        ("Name | Company | Licence plate\nAma Owusu | Kelbridge | KX19 ZPT", "KX19 ZPT"),
        ("Naam | Nummerbord | Lidnummer\nSanne de Wit | 5-TKL-02 | 20931", "20931"),
        ("Name | Company | D.O.B\nAma Owusu | Kelbridge | 14/03/1988", "14/03/1988"),
        ("Nom ; Date naiss. ; Ville\nKarim Benali ; 12/03/1985 ; Nantes", "12/03/1985"),
    ],
)
def test_plates_by_their_shape_and_columns_by_short_labels(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("he sent it from 20-45-77 / 53912806, refund to same pls", "20-45-77 / 53912806"),
        ("Bank details: 30-94-21 41726639\nEmergency contact: my sister", "30-94-21 41726639"),
    ],
)
def test_a_sort_code_with_its_account(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "IBAN"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I said I would chase the agency myself.\n\nWill, who is nine, was home from school.", "Will"),
        ("Chez la mère de Mme Bouzid, que Yanis appelle « Mima », le mercredi.", "Mima"),
        ("Mission : refonte du SI achats\nAuteur : P.-Y. Le Gall\n\nEn bref : rien.", "P.-Y. Le Gall"),
        ("Rédigé par A. Da Silva le 3 mars.", "A. Da Silva"),
        ("Anrufer/in: Gerichtsvollzieher Ebert, wegen Termin Zwangsvollstreckung", "Ebert"),
    ],
)
def test_more_names(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ik ben inkomen misgelopen. Vanaf maart kan ik € 200 per maand extra betalen.", "Vanaf"),
        ("Dank voor jullie komst vorige week, Naomi. Jullie BSN's staan in ons systeem.", "Jullie"),
        ("De BSN's (Naomi 270415936) staan in ons systeem.", "BSN's"),
        ("Please send the CVs by Friday; the IDs are in the drawer.", "CVs"),
        ("Factura 2024 BCN pagada el lunes.", "2024 BCN"),
        ("Microsoft, who sent the bill, is late again.", "Microsoft"),
        ("Employee no. for 2024 is pending.", "2024"),
        ("DBS check booked for 12 March; invoice 2024 0000 1234 attached.", "2024 0000 1234"),
    ],
)
def test_what_stays(redactor: Redactor, text: str, value: str) -> None:
    assert untouched(redactor, text, value), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "[08-01-2024 08:31] Sanne van Dijk: goeiemorgen allemaal\n[08-01-2024 09:02] Rachid: klopt",
            "08-01-2024",
        ),
        ("00:00:12 Kenneth Doelwijt\nJa, Fatma Aydemir, personeelsnummer 20417.", "Ja"),
        ("00:01:18 Marieke van den Bosch\nKlopt, Yasmina, sorry.", "Klopt"),
        (
            "Logement : rien à signaler.\nSanté : Fanta est suivie par le Dr Nguyen (centre de santé).",
            "Santé",
        ),
        ("Mehmet: Brenner gestört, Fa. Wärmetechnik Sauer kommt um 10.", "Sauer"),
        ("Asesoría Llobregat Fiscal, S.L.P.\n8 de abril de 2025", "S.L.P."),
        ("The Rose Garden project, Grace Church and Jet Airways are clients.", "Rose Garden"),
    ],
)
def test_what_stays_in_chats_notes_and_firms(redactor: Redactor, text: str, value: str) -> None:
    assert untouched(redactor, text, value), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Gemeld door: Jet Schoonderwoerd, medewerker salarisadministratie", "Jet Schoonderwoerd"),
        (
            "Uit het gesprek met cliënt en zijn partner, Lot Pruijssers, blijkt dat de werkgever",
            "Lot Pruijssers",
        ),
        ("Aanwezig waren Harrie van Gorp, Roos Verbeek en Daan.", "Harrie van Gorp"),
        ("Ik heb vanochtend met Harrie van Gorp gesproken.", "Harrie van Gorp"),
    ],
)
def test_a_given_name_that_is_a_word_or_found_apart_before_a_family_name(
    redactor: Redactor, text: str, value: str
) -> None:
    assert covered(redactor, text, value, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "Vive en C/ Progrés 113, 4.º 2.ª, 08904 L'Hospitalet de Llobregat.",
            "08904 L'Hospitalet de Llobregat",
            "ADDRESS",
        ),
        ("Domicile : 12 rue des Lilas, 95290 L'Isle-Adam", "95290 L'Isle-Adam", "ADDRESS"),
        (
            "Kennzeichen D-CS 2290. Az. 14 F 233/24\nAufgenommen: mk\n\nFür: RAin Joanna Nowicka",
            "mk",
            "PERSON",
        ),
        ("Rückruf erbeten.\neingetragen: js", "js", "PERSON"),
    ],
)
def test_towns_with_an_elided_article_and_message_takers(
    redactor: Redactor, text: str, value: str, kind: str
) -> None:
    assert covered(redactor, text, value, kind), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Aufgenommen: es ist alles gut gegangen.", "es"),
    ],
)
def test_words_after_a_takers_label_stay(redactor: Redactor, text: str, value: str) -> None:
    assert untouched(redactor, text, value), _found(redactor, text)
