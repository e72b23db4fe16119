"""Round 29: addresses as people write them where they live (Amsterdam's floors, Flemish and Dutch street names
with an adjective, Curaçao's "Kaya", Moroccan districts, Quebec's numbered avenues, Montevideo's and the Basque
Country's streets without a street word), the officers of minutes and who took a note, a contact's name before
the phone number, a log's initials, a Dutch family name's particle in lower case; and what must stay (a firm
after "c/o", a document's number before a floor, a town before a phone number). Whole runs, no record context.
Every value is invented."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.coverage import covered, persons, untouched
from tests.redaction.coverage import found as _found


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "hij woont tegenwoordig op Kerkstraat 12-II, 1017 GC Amsterdam, ik stuur het per post",
            "Kerkstraat 12-II, 1017 GC Amsterdam",
        ),
        ("Gerda Hendrikse, Biltstraat 77bis, 3572 AE Utrecht\n", "Biltstraat 77bis, 3572 AE Utrecht"),
        (
            "- Familie Öztürk, Zwart Janstraat 41b, 3035 AN Rotterdam: huurachterstand",
            "Zwart Janstraat 41b, 3035 AN Rotterdam",
        ),
        (
            "woont nog altijd op de Plantin en Moretuslei 118 bus 3, 2018 Antwerpen. Zijn dossier",
            "Plantin en Moretuslei 118 bus 3, 2018 Antwerpen",
        ),
        (
            "nieuw adres: Gistelse Steenweg 214 bus 3, 8200 Sint-Andries. en zijn gsm",
            "Gistelse Steenweg 214 bus 3, 8200 Sint-Andries",
        ),
        (
            "Huidig adres: Kaya Kalbas 24, Steenrijk, Willemstad\nTel.",
            "Kaya Kalbas 24, Steenrijk, Willemstad",
        ),
        (
            "l'adresse de la maison familiale : Hay Hassani, rue 12, n° 34, Casablanca. Sa sœur",
            "Hay Hassani, rue 12, n° 34, Casablanca",
        ),
        (
            "Adresse : Résidence Yasmine, imm. B, appt 12, 45 rue Ibnou Mounir, Maârif, 20330 Casablanca.",
            "Résidence Yasmine, imm. B, appt 12, 45 rue Ibnou Mounir, Maârif, 20330 Casablanca",
        ),
        (
            "Immeuble : 1275, 3e Avenue, app. 3, Québec (Québec) G1L 2X4\nPrix",
            "1275, 3e Avenue, app. 3, Québec (Québec) G1L 2X4",
        ),
        ("Asunto: Humedad en el baño – Zabalbide, 48, 2º dcha.\n\nBuenos días", "Zabalbide, 48, 2º dcha."),
        ("Unidad: Juan Benito Blanco 1032 apto 501, Pocitos", "Juan Benito Blanco 1032 apto 501"),
        ("Origen: C/ Mayor 5, bajo B, 28013 Madrid (sin ascensor)", "C/ Mayor 5, bajo B, 28013 Madrid"),
        (
            "soy Lucía, Av. Corrientes 1234 piso 3 dto. B, cel 11 5834-2290",
            "Av. Corrientes 1234 piso 3 dto. B",
        ),
        (
            "1) Doña Esperanza — Col. Kennedy, 3a etapa, bloque 12, casa 1405, Tegucigalpa. Entregado",
            "Col. Kennedy, 3a etapa, bloque 12, casa 1405, Tegucigalpa",
        ),
        (
            "Whg. Erdbergstraße 112/Stiege 2/Top 14, 1030 Wien\nÜbergabe am 31.01.",
            "Erdbergstraße 112/Stiege 2/Top 14, 1030 Wien",
        ),
        (
            "her mother's place, 3 Sea View Terrace, Greystones – update address if she does.",
            "3 Sea View Terrace, Greystones",
        ),
    ],
)
def test_addresses_written_the_local_way(redactor: Redactor, text: str, address: str) -> None:
    assert covered(redactor, text, address, "ADDRESS"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Factura 1234 piso 3 de la torre", "Factura 1234"),
        ("Post bitte an c/o Steuerkanzlei Berger GmbH, Akazienstr. 17, 10823 Berlin", "c/o Steuerkanzlei"),
    ],
)
def test_what_stands_before_an_address_that_is_none(redactor: Redactor, text: str, kept: str) -> None:
    """A document's number before a floor is no street; a firm after "c/o" stays out of the address."""
    assert untouched(redactor, text, kept), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Voorzitter: Hermans. Notulen: Van Wijk.\n\n1. Opening", "Hermans"),
        ("Présidente : Moreau\nSecrétaire : Lambert\n", "Moreau"),
        ("Genoteerd door: Jet", "Jet"),
        ("Deposit received.\n\nNotes by: kayla m.", "kayla m."),
        ("03/04 09:15 [ciarán d.] Inbound. Caller reporting water damage.", "ciarán d."),
        ("Achternaam / Nazwisko: Wiśniewski\nVoornamen / Imiona: Piotr Tomasz", "Wiśniewski"),
        ("Antwoord volgt. Vraag van Özkan: waarom is de schoonmaak duurder?", "Özkan"),
        ("kan nie heb om 8u nog die cv ketel bij van Beurden\n", "van Beurden"),
        ("Participants : Nguyen Thi Thu Hà (cheffe de projet), Aram Petrossian (DSI)", "Nguyen Thi Thu Hà"),
        ("Prepared by: R. Castellano-Diaz, EA | Reviewer: JMK\n", "JMK"),
    ],
)
def test_officers_note_takers_and_names_in_running_dutch_and_french(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Notes: Done.\n",
        "Naam / Status: Open\n",
        "Secretary: Finance.\n",
        "we gaan met van Gogh museum",
    ],
)
def test_labels_and_words_that_name_nobody(redactor: Redactor, text: str) -> None:
    assert persons(redactor, text) == [], _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Marie-Ève Tremblay 8 h 53\nGuylaine Côté, 514 555-0182 poste 224. Pis la nouvelle",
            "Guylaine Côté",
        ),
        ("Bouwbedrijf Van Gils staat nog open. uitvoerder is Tom Oerlemans 013-5423891", "Tom Oerlemans"),
    ],
)
def test_a_contacts_name_right_before_the_number(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Büro Hamburg: 040 1234567",
        "Hotel Bristol: +41 22 123 45 67",
        "Reception, 020 7946 0321",
        "Service Client 0800 123 456",
    ],
)
def test_an_office_a_hotel_or_a_desk_before_a_number_is_no_person(redactor: Redactor, text: str) -> None:
    assert persons(redactor, text) == [], _found(redactor, text)


def test_the_initials_that_sign_log_entries(redactor: Redactor) -> None:
    """Initials in parentheses closing two entries or more are their writer's; once alone they are not read."""
    text = (
        "13/06 11:00 – Llama la inquilina. Le dejé recado. (mf)\n"
        "14/06 09:20 – Controlé con contaduría: no entró nada. (mf)\n"
        "17/06 10:00 – Cerrado. (gb)"
    )
    assert covered(redactor, text, "mf", "PERSON"), _found(redactor, text)
    assert "gb" not in persons(redactor, text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "la dirección es San Pedro, de la iglesia católica 200 m al sur y 50 oeste, casa verde con rejas blancas\n",
            "de la iglesia católica 200 m al sur y 50 oeste",
        ),
        (
            "ese es de Jean-Carlo Vargas, del Palí de Barreal 300 norte, 25 este, apto 3. Pagó por SINPE",
            "del Palí de Barreal 300 norte, 25 este, apto 3",
        ),
        (
            "Sr. Osman Flores — de donde fue el cine Lux, 2 cuadras arriba y media al lago, portón café. No había",
            "de donde fue el cine Lux, 2 cuadras arriba y media al lago",
        ),
        (
            "el local de doña Amor: 6a avenida, entre 10 y 11 calle, zona 1, casa esquinera. La señora",
            "6a avenida, entre 10 y 11 calle, zona 1",
        ),
    ],
)
def test_central_american_addresses_by_landmark_distance_and_cross_streets(
    redactor: Redactor, text: str, address: str
) -> None:
    assert covered(redactor, text, address, "ADDRESS"), _found(redactor, text)


def test_a_distance_in_prose_is_no_address(redactor: Redactor) -> None:
    text = "el informe de este mes tiene 200 páginas al final y 30 anexos"
    assert [k for k, _ in _found(redactor, text) if k == "ADDRESS"] == []


@pytest.mark.parametrize(
    ("text", "name", "noun"),
    [
        (
            "06.06. | 0.75 h | Mandat 2024-131 | Rückruf Berisha, 076 335 18 92, Frage zur Steuer",
            "Berisha",
            "Rückruf",
        ),
        (
            "- Antrag Elternzeit liegt bei Kollegin Brandt, Rücksprache mit Herrn Okafor.",
            "Brandt",
            "Kollegin",
        ),
        ("[ ] Buddy zuweisen → Vorschlag Beno Krawc (kennt sie privat)", "Beno Krawc", "Vorschlag"),
    ],
)
def test_a_german_noun_before_a_name_stays_out_of_it(
    redactor: Redactor, text: str, name: str, noun: str
) -> None:
    """The noun is no part of the name, so the run never learns it as a given name to look for elsewhere."""
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)
    session = redactor.session()
    later = f"Bitte um {noun} bis Freitag. Der {noun} ist wichtig."
    _, entities = session.analyze_many([text, later])[1]
    assert entities == [], entities


def test_a_name_before_an_inn_or_a_word_name_elsewhere_is_kept(redactor: Redactor) -> None:
    text = "Hallo, kann mir jemand die Zugangsdaten für den Mandanten Gasthaus Zum Roten Hahn geben?"
    assert persons(redactor, text) == [], _found(redactor, text)
    text = "Reunión con Colombe Diallo y Refugio Orozco el lunes."
    assert covered(redactor, text, "Colombe Diallo", "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Site visit – Kharghar, 14 Feb\nVisited by: Sunil Patil & Anjali (interior team)\n", "Sunil Patil"),
        ("Atendido por: Keilyn Rangel\nMotivo: reclamo", "Keilyn Rangel"),
    ],
)
def test_who_visited_or_attended(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


def test_a_full_name_and_a_firms_tail_stay_a_firm(redactor: Redactor) -> None:
    assert persons(redactor, "Invoice from Sunil Patil & Sons Ltd. is due.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nationaliteit: Pools\nPaspoortnr.: EK4471902\nBSN: 647860028", "EK4471902"),
        ("Geboortedatum: 14-03-1987\nID-kaart nr.: FB 0457712\nAdres: Kwattaweg", "FB 0457712"),
        ("Naam: Xiomara Martina\nPersoonsnummer (sedula): 1983041507\nHuidig adres:", "1983041507"),
    ],
)
def test_a_document_number_after_its_short_word(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


def test_a_national_insurance_number_in_pairs_stays_whole(redactor: Redactor) -> None:
    text = "NI number: PX 73 19 42 A, start date 3 March."
    assert covered(redactor, text, "PX 73 19 42 A", "ID"), _found(redactor, text)


def test_the_sender_of_a_complaint_before_what_it_is_about(redactor: Redactor) -> None:
    text = "- Klacht van Zwaan over factuur 2024-1187 (€ 4.860,00). MK belt haar terug."
    assert covered(redactor, text, "Zwaan", "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("first", "later", "word"),
    [
        # a name a rule found in one text whose parts are words: the words alone are not looked for elsewhere
        ("Besprechung mit Ilona Kaczmarek geb. Nowak am Montag.", "Geb. 12.03.1980 in Graz", "Geb"),
        ("Teilnehmer: Pham Thu Trang (Finanzen)", "Thu 14:00 call with the auditors", "Thu"),
        ("Entrega en Casa Benigna, Santa Ana.", "la casa de la esquina es la verde", "casa"),
    ],
)
def test_a_word_inside_a_learned_name_is_not_looked_for_alone(
    redactor: Redactor, first: str, later: str, word: str
) -> None:
    session = redactor.session()
    _, entities = session.analyze_many([first, later])[1]
    assert not any(word.lower() in e["text"].lower() for e in entities if e["type"] == "PERSON"), entities


def test_a_learned_full_name_still_finds_its_given_name_elsewhere(redactor: Redactor) -> None:
    session = redactor.session()
    _, entities = session.analyze_many(["Call with Ngozi Okonkwo-Bassey about the lease.", "Ngozi agreed."])[
        1
    ]
    assert [e["text"] for e in entities if e["type"] == "PERSON"] == ["Ngozi"], entities
