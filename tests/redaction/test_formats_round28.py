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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Freigabe: Teamleiter Voigt", "Voigt"),
        ("schlüssel hät de Hauswart Frei, de isch ab halbi 8 det", "Frei"),
        ("Rücksprache mit Chefin (Dkfm. Hofer) – wird geprüft.", "Hofer"),
        ("Approved by: Atty. Jose Miguel Reyes", "Jose Miguel Reyes"),
    ],
)
def test_a_name_after_a_german_trade_or_a_title_of_its_region(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Como le expliqué a Goldberg por teléfono, las horas de abril las cargó otra persona.", "Goldberg"),
        ("le pregunté a Quintana y dice que no", "Quintana"),
        ("se lo mandé a Etchepare ayer por la tarde", "Etchepare"),
        ("Informe: Quispe revisó el acta y Torres firmó.", "Quispe"),
    ],
)
def test_a_spanish_indirect_object_or_subject_of_work(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "le pagué a Hacienda y le escribí a Movistar por la factura",
        "les mandé a Madrid los papeles del piso",
        "Jerome 9:22 AM\nhold muna, I'll bring it",
        "[ ] Parking: no bay yet, use the Helen Suzman Boulevard garage until August",
    ],
)
def test_no_person_in_offices_towns_chat_words_and_streets(redactor: Redactor, text: str) -> None:
    found = persons(redactor, text)
    assert all(p in ("jun-jun", "Jerome") for p in found), found


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Adresse d'intervention : 27 rue de Soultz, 67100 Strasbourg — 2e étage gauche, code porte 4521B\nClient",
            "27 rue de Soultz, 67100 Strasbourg — 2e étage gauche, code porte 4521B",
        ),
        (
            "Adresse : 14 bis rue Paul-Bellamy, 44000 Nantes, digicode 4172B, 3e étage",
            "14 bis rue Paul-Bellamy, 44000 Nantes, digicode 4172B, 3e étage",
        ),
        (
            "Wohnung: Wandsbeker Chaussee 214, 22089 Hamburg, hinterhaus",
            "Wandsbeker Chaussee 214, 22089 Hamburg, hinterhaus",
        ),
    ],
)
def test_the_floor_door_and_door_code_after_an_address(redactor: Redactor, text: str, address: str) -> None:
    assert covered(redactor, text, address, "ADDRESS"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("la factura esta mal, el NIE correcto es X2345678L, no X2345687L. Yeray dijo que sí", "X2345687L"),
        ("Pasaporte: AB-482913-7 (vencido); el nuevo es AB-517204-9, llega el lunes", "AB-517204-9"),
    ],
)
def test_a_number_of_an_ids_shape_in_the_same_text_is_an_id(
    redactor: Redactor, text: str, value: str
) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Geboren am 12.03.1988 in Graz; Termin am 14.03.2025 um 10 Uhr.",
        "DNI 12345678Z. Importe 1.234.567,89 EUR, factura 2024-001234.",
    ],
)
def test_no_id_spreads_to_dates_amounts_or_invoices(redactor: Redactor, text: str) -> None:
    ids = [v for k, v in _found(redactor, text) if k == "ID"]
    assert all(v in ("12.03.1988", "12345678Z") for v in ids), ids


def test_a_dutch_name_opening_a_sentence_before_what_a_person_does(redactor: Redactor) -> None:
    text = "12/02 | 0,5 u | telefonisch | Mortier belde, wachtwoord mailbox gereset"
    assert covered(redactor, text, "Mortier", "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ask sanne de vries about it", "sanne de vries"),
        ("hoi met sanne de vries van de boekhouding", "sanne de vries"),
    ],
)
def test_a_lower_case_name_with_a_dutch_family_name_after_its_particle(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


def test_an_order_number_of_an_ids_digits_but_other_letters_is_no_id(redactor: Redactor) -> None:
    text = "Pasaporte: AB-482913-7 (vencido). Pedido PO-517204-9 pendiente de pago."
    assert "PO-517204-9" not in [v for k, v in _found(redactor, text) if k == "ID"], _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Conjoint : Aïssatou Bâ épouse Ndiaye\nEnfants : trois", "Aïssatou Bâ épouse Ndiaye"),
        ("Anna Berg verh. Kovač hat unterschrieben", "Anna Berg verh. Kovač"),
    ],
)
def test_a_birth_name_and_a_married_name_are_one_name(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Name | Mercy Adjei-Boateng\nStaff no. | GGC-0457\nGhana Card | GHA-004512876-1", "GGC-0457"),
        ("Ficha N°: FN-1187\nApellidos y nombres: Gouveia Santoro", "FN-1187"),
        ("Contadora Pública Colegiada – Matrícula 10-2345", "10-2345"),
        ("Agente: Marvin Tzul Coc (gafete 0231)", "0231"),
        ("Código de trabajador: T-0893", "T-0893"),
        ("N° personnel : 2019-044\nService : Paie", "2019-044"),
        ("DN-Nr.:               2044\nFamilienname:         Horvat", "2044"),
    ],
)
def test_a_staff_or_badge_number_after_its_label(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


def test_a_school_year_after_matricula_is_no_id(redactor: Redactor) -> None:
    text = "Matrícula 2024-2025 abierta hasta el viernes."
    assert not any(kind == "ID" for kind, _ in _found(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("voicemail 9 jan 2025 10:42am from +65 8123 4476 (0:41)", "+65 8123 4476"),
        ("el nuevo teléfono de la administración es 2234-5678 y nada más", "2234-5678"),
        ("el celular del oficial para emergencias, 8845-2210.", "8845-2210"),
    ],
)
def test_a_phone_before_a_voicemails_length_or_further_from_its_word(
    redactor: Redactor, text: str, phone: str
) -> None:
    assert covered(redactor, text, phone, "PHONE"), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "22-10-24 08:15 - Mari: ya llegué a la obra",
        "Pagada la factura 2024-0098 (1.250,00 €) el martes.",
    ],
)
def test_a_dated_chat_line_or_a_documents_number_is_no_phone(redactor: Redactor, text: str) -> None:
    assert not any(kind == "PHONE" for kind, _ in _found(redactor, text)), _found(redactor, text)


def test_a_german_name_reporting_under_a_heading(redactor: Redactor) -> None:
    """A heading on the line before ("5. Haustechnik") is no firm's word before the name on the next line."""
    text = "5. Haustechnik\nKrenn meldet Lieferverzug bei den Wohnungsstationen."
    assert covered(redactor, text, "Krenn", "PERSON"), _found(redactor, text)


@pytest.mark.parametrize("text", ["Bauherr meldet Mängel.", "Hausverwaltung prüft die Rechnung."])
def test_a_german_noun_before_a_verb_of_reporting_is_no_person(redactor: Redactor, text: str) -> None:
    assert persons(redactor, text) == [], _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Name             Kovačević\nVorname          Ante\nGeburtsdatum     30.01.1979", "Kovačević"),
        ("Name             Kovačević\nVorname          Ante\nGeburtsdatum     30.01.1979", "Ante"),
        ("3. Seguridad. El oficial Jiménez reporta que el portón eléctrico falló.", "Jiménez"),
        ("que las llaves las guarde el conserje, el senyor Tortosa. Vicent pide calma.", "Tortosa"),
    ],
)
def test_a_name_in_a_forms_column_or_after_a_guard_or_catalan_title(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Name: the new project starts in May.",
        "Schlüssel liegen am Tor zur Einfahrt neben dem Hotel.",
    ],
)
def test_a_forms_word_or_a_gate_is_no_person(redactor: Redactor, text: str) -> None:
    assert persons(redactor, text) == [], _found(redactor, text)


def test_an_inns_name_is_no_person(redactor: Redactor) -> None:
    text = "Notiz Mandantengespräch Gasthof Zum Goldenen Hirsch, 04.03.\nAnwesend: Frau Petra Wolff"
    assert "Goldenen Hirsch" not in persons(redactor, text), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- Mannion: sole trader, farm is out past Claregalway", "Mannion"),
        ("- Zielinski – tax clearance cert needed for the tender.", "Zielinski"),
    ],
)
def test_a_family_name_heading_a_list_item(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Parkplatz Nord ist ab Montag gesperrt.",
        "Zählerstand Strom: 44812 am 01.03.",
        "Besuch Auditorin am Montag, bitte Raum buchen.",
    ],
)
def test_german_places_readings_and_visits_are_no_person(redactor: Redactor, text: str) -> None:
    assert persons(redactor, text) == [], _found(redactor, text)


def test_a_name_after_an_austrian_title(redactor: Redactor) -> None:
    text = "Hofrat Dr. Brenner hat den Bescheid unterschrieben."
    assert covered(redactor, text, "Brenner", "PERSON"), _found(redactor, text)
