"""Round 32: the name a note turns to ("Wietske, hier de stand", "Maricruz, te dejo lo pendiente"), one name alone
on a memo's header line, a person's number said a few words after its word ("the staff no. for Obinna is
00731"), a double family name with its particle ("Tran-van Dijk"), the
floor, wing or door before a street ("porte droite", "2-hoog achter"; a German one on its own line: "Hinterhaus,
2. OG rechts"); and what must
stay (a reply's "Ja,", a place before a comma, a fee that is no number of a person, a labelled number read
whole). Whole runs, no record context. Every value is invented."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.coverage import covered, untouched
from tests.redaction.coverage import found as _found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Overdracht week 9\n\nWietske, hier de stand van zaken voor de komende weken.", "Wietske"),
        ("Nota de traspaso\n\nMaricruz, te dejo lo pendiente mientras estoy fuera.", "Maricruz"),
        (
            "Subject: Fwd: new starters\n\nRuaidhri, see below from payroll and sort the pension setup.",
            "Ruaidhri",
        ),
        ("Ne gardez pas ce papier dans le classeur, Yousra, tu le détruis après saisie.", "Yousra"),
        ("Übergabe\n\nJosko, anbei die Liste der offenen Punkte.", "Josko"),
    ],
)
def test_the_name_a_note_turns_to(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("> Kun je de uren checken?\nJa, heb ik gedaan. Klopt nu.", "Ja"),
        ("Overall, we stayed within budget.\nParis, je crois, reste la meilleure option.", "Paris"),
        ("Sorry, I missed the call.\nAlso, can you resend the deck?", "Also"),
    ],
)
def test_a_reply_or_a_word_before_a_comma_stays(redactor: Redactor, text: str, value: str) -> None:
    assert untouched(redactor, text, value), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Para: Maricruz\nDe: Anselmo\nAsunto: pendientes\n\nGracias.", "Maricruz"),
        ("An: Jaroslawa\nVon: Kilian\nBetreff: Übergabe\n\nDanke.", "Jaroslawa"),
    ],
)
def test_one_name_alone_on_a_memos_header_line(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "PERSON"), _found(redactor, text)


def test_a_team_alone_on_a_header_line_stays(redactor: Redactor) -> None:
    text = "To: Finance\nFrom: Anselmo\nSubject: accruals\n\nThanks."
    assert untouched(redactor, text, "Finance"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Staff no. for Obinna is 00731, the others get theirs from the system.", "00731"),
        ("Het relatienummer van Sjoerd bij de verzekeraar is 208815532. Graag doorgeven.", "208815532"),
        ("Patiëntnummer in het ziekenhuis is 7711092, maar de brief zegt iets anders.", "7711092"),
        ("Su SIP es 4471 2208, me lo dijo de memoria.", "4471 2208"),
        ("Die Personalnr. im System ist schon vergeben: 104417.", "104417"),
        ("The passport she showed at the right-to-work check was 552019834, expiring later.", "552019834"),
    ],
)
def test_a_persons_number_said_a_few_words_after_its_word(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


def test_a_fee_is_no_persons_number(redactor: Redactor) -> None:
    text = "The passport renewal fee was 7500 yen in total, paid by card."
    assert untouched(redactor, text, "7500"), _found(redactor, text)


def test_a_labelled_insurance_number_is_read_whole(redactor: Redactor) -> None:
    text = "Ms Ifeoma Nwachukwu\nNational Insurance number: PX 41 27 93 C\nDate: 3 March 2025\n"
    assert covered(redactor, text, "PX 41 27 93 C", "ID"), _found(redactor, text)


def test_a_double_family_name_with_its_particle(redactor: Redactor) -> None:
    text = "Casus 3: familie Tran-van Dijk. De vader heeft hulp nodig bij de aanvraag."
    assert covered(redactor, text, "Tran-van Dijk", "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            'Post goes to her basement now: "Basement Flat, 22 Clanbrassil Terrace, Dublin 8" on the envelope.',
            "Basement Flat, 22 Clanbrassil Terrace, Dublin 8",
        ),
        (
            "Nouvelle adresse : Bât. B, esc. 1, 3e étage, porte droite, 9 impasse des Tilleuls, 69100 Villeurbanne.",
            "Bât. B, esc. 1, 3e étage, porte droite, 9 impasse des Tilleuls, 69100 Villeurbanne",
        ),
        (
            "Tenant moved downstairs: Ground Floor Flat, 7 Mornington Road, Leeds LS6 3DQ, from Monday.",
            "Ground Floor Flat, 7 Mornington Road, Leeds LS6 3DQ",
        ),
        ("2) dhr. Ouaziz, 2-hoog achter, Lange Leidsedwarsstraat 17c. Lift doet het niet.", "2-hoog achter"),
        (
            "Korrespondenz an:\nMarlene Drechsel\nHinterhaus, 2. OG rechts\nKopernikusstraße 31\n10243 Berlin\n\nDanke",
            "Hinterhaus, 2. OG rechts\nKopernikusstraße 31\n10243 Berlin",
        ),
        (
            "1) mevr. Kromodimedjo, Vrijheidslaan 61B 3-hoog, 1079 KS Amsterdam – bel aan",
            "61B 3-hoog, 1079 KS",
        ),
    ],
)
def test_the_floor_wing_or_door_before_a_street(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ADDRESS"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("| Ravindra & Sunita Deshpande | 14 Elm Grove |", ("Ravindra", "Sunita Deshpande")),
        (
            "Verder: de heren Boateng en Mensah van Accra Foods BV willen een nieuwe adviseur.",
            ("Boateng", "Mensah"),
        ),
        (
            "Anwesend waren die Herren Yıldırım, Brandl und von Gemmingen.",
            ("Yıldırım", "Brandl", "von Gemmingen"),
        ),
        ("MM. Ndiaye et Sarr ont signé le bail.", ("Ndiaye", "Sarr")),
        ("El marido, Vicent, también quiere cita para limpieza.", ("Vicent",)),
        ("Vraag anders aan Femke, die heeft de kopie van het paspoort.", ("Femke",)),
        ("If it's urgent talk to Ngozi, who has the signed copy.", ("Ngozi",)),
        ("Lo prepara Xavi mañana con la Inma y el Jaume.", ("Inma", "Jaume")),
    ],
)
def test_people_named_by_their_company(redactor: Redactor, text: str, values: tuple[str, ...]) -> None:
    for value in values:
        assert covered(redactor, text, value, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("We use Simon & Schuster Ltd for the print run.", "Simon"),
        ("Mañana vamos a la Paz y luego a Oruro.", "Paz"),
        ("Wir fahren mit der Bahn an die Isar.", "Isar"),
        ("Ga naar Gent, die stad is mooi in de lente.", "Gent"),
    ],
)
def test_firms_places_and_things_with_those_words_stay(redactor: Redactor, text: str, value: str) -> None:
    assert untouched(redactor, text, value), _found(redactor, text)


def test_a_two_letter_chat_name_where_it_speaks(redactor: Redactor) -> None:
    text = (
        "[09:02] sunny: morning all, anyone seen bo? she had the keys\n"
        "[09:20] bo: here now!! sorry, signal died\n"
        "[09:21] tunde.a: lol bo living the dream\n"
    )
    starts = [i for i in range(len(text)) if text.startswith("bo", i) and not text[i - 1].isalpha()]
    assert len(starts) == 3
    spans = redactor.session().analyze_many([text])[0][1]
    for start in starts:
        assert any(e["start"] <= start and start + 2 <= e["end"] for e in spans), _found(redactor, text)


def test_a_two_letter_word_is_no_chat_name(redactor: Redactor) -> None:
    text = "[09:02] ana: so we go?\n[09:03] so: yes\n"
    assert untouched(redactor, text, "so we go"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "• Lieke Bosman (partner): burgerservicenr. 174920338. Haar nummer staat ook op de aanslag.",
            "174920338",
        ),
        ("Tomasz heeft een oud sofinummer opgegeven (1823.40.771) – dat is gewoon zijn BSN.", "1823.40.771"),
        ("Paciente Amparo Llorens, NHC 008812. Viene el martes.", "008812"),
        ("Krasniqi, Drita – PID 331908 – geb. 12.04.2012", "331908"),
        (
            "Sie will die Versichertenkartennummer vom Kind: 80756 00044 71238 11093. Danke",
            "80756 00044 71238 11093",
        ),
        ("Un Fiat Duna a nombre del causante, dominio RQT 552. Lo guarda el hijo.", "RQT 552"),
    ],
)
def test_more_words_for_a_persons_number(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


def test_a_domain_is_no_plate(redactor: Redactor) -> None:
    text = "El dominio de la empresa es acme.com.ar y vence en 2027."
    assert untouched(redactor, text, "2027"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Ze woont bij haar zus in Den Haag, Laan van Meerdervoort 188, 2517 AN. Ik bel haar.",
            "188, 2517 AN",
        ),
        (
            "Marta is in Poland now: ul. Piękna 14/6, 00-549 Warszawa. Post takes ten days.",
            "ul. Piękna 14/6, 00-549 Warszawa",
        ),
        (
            "Lucía vive en Portugal: Rua do Almada, 118, 2.º Dto., 4050-031 Porto.\nEl resto sigue igual.",
            "Rua do Almada, 118, 2.º Dto., 4050-031 Porto",
        ),
        (
            "c/o Emre Kaya\nHauptplatz 9, 1. Stock\n2460 Bruck an der Leitha\nTel. folgt",
            "2460 Bruck an der Leitha",
        ),
        (
            "fam. Verkerk, Zuidweg 40, buitengebied Bleiswijk. Navi stuurt je fout.",
            "Zuidweg 40, buitengebied Bleiswijk",
        ),
        (
            "Adres Suriname: Kwattaweg 612, Paramaribo, t.h.v. de Chinese winkel\nTelefoon volgt",
            "t.h.v. de Chinese winkel",
        ),
    ],
)
def test_addresses_as_other_places_write_them(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ADDRESS"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("- Mercy at 0803 555 0119, after 5pm only", "Mercy"),
        ("Vous pouvez joindre mon adjoint Fidèle au +243 81 555 2347 ou moi-même.", "Fidèle"),
    ],
)
def test_a_name_at_a_phone_number(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "PERSON"), _found(redactor, text)


def test_a_team_at_a_phone_number_stays(redactor: Redactor) -> None:
    text = "Call Reception at 0800 123 456 for access to the building."
    assert untouched(redactor, text, "Reception"), _found(redactor, text)


def test_the_name_alone_on_its_line_before_the_body(redactor: Redactor) -> None:
    text = "FW: sickness absence - staff no 00482\n\nGrace,\nsee below from the GP surgery. Can you file it?"
    assert covered(redactor, text, "Grace", "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Aanwezig waren Harrie van Gorp, Roos Verbeek, Ayşe Kaya en Sjaak Mol.",
            ("Harrie", "Roos Verbeek", "Ayşe Kaya", "Sjaak Mol"),
        ),
        ("Anwesend waren Ernst Vollmer, Jet Hofer und Beer Lang.", ("Ernst Vollmer", "Jet Hofer")),
    ],
)
def test_an_attendee_list_after_a_verb_of_being(
    redactor: Redactor, text: str, values: tuple[str, ...]
) -> None:
    for value in values:
        assert covered(redactor, text, value, "PERSON"), _found(redactor, text)


def test_an_attendee_heading_with_teams_stays(redactor: Redactor) -> None:
    text = "Present were the Finance team and Marketing."
    assert untouched(redactor, text, "Finance"), _found(redactor, text)


def test_more_citizens_numbers_in_a_text_about_them(redactor: Redactor) -> None:
    text = (
        "[09:40] Fleur: mag ik de BSN's van de drie huurders?\n"
        "[09:41] Bas: 198840238\n[09:41] Bas: 244173564\n"
        "[09:43] Bas: factuur 123456782 is trouwens ook binnen\n"
    )
    for value in ("198840238", "244173564"):
        assert covered(redactor, text, value, "ID"), _found(redactor, text)
    assert untouched(redactor, text, "123456782"), _found(redactor, text)


def test_pps_numbers_in_a_text_about_them(redactor: Redactor) -> None:
    text = "Emeka's PPS is 8834512TA. Agnieszka's I have as 8834519 W but the portal wants 8834519W."
    for value in ("8834519 W", "8834519W"):
        assert covered(redactor, text, value, "ID"), _found(redactor, text)


def test_an_invoice_in_a_text_about_pps_numbers_stays(redactor: Redactor) -> None:
    text = "PPS numbers to follow tomorrow. Invoice 1234567A is attached."
    assert untouched(redactor, text, "1234567A"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Post bitte an: c/o Müller, Akazienstr. 17, 10823 Berlin.",
            "c/o Müller, Akazienstr. 17, 10823 Berlin",
        ),
        ("Nouvelle adresse : 112 bis avenue Jean-Jaurès, 75019 Paris, 4e gauche.", "75019 Paris, 4e gauche"),
    ],
)
def test_whom_the_post_goes_through_and_the_floors_side(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ADDRESS"), _found(redactor, text)


def test_a_person_found_before_the_address_stays_a_person(redactor: Redactor) -> None:
    text = "Send it c/o Marta Kowalczyk, 12 Main Street, Cork."
    assert covered(redactor, text, "Marta Kowalczyk", "PERSON"), _found(redactor, text)
    assert covered(redactor, text, "12 Main Street, Cork", "ADDRESS"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Note added by BK 5:10 pm: called back, left a message.", "BK"),
        ("— Les Andriamanana (rue Nationale, près de la gare) ont appelé trois fois.", "Andriamanana"),
        ("Les Dupont (voisins du dessus) sont partis sans laisser d'adresse.", "Dupont"),
    ],
)
def test_initials_after_added_by_and_a_family_in_the_plural(
    redactor: Redactor, text: str, value: str
) -> None:
    assert covered(redactor, text, value, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Row added by HR yesterday after the review.", "HR"),
        ("Capturó: RH el lunes por la mañana.", "RH"),
        ("Les Verts ont voté contre le budget.", "Verts"),
        ("Les Halles (Paris) sont fermées le dimanche.", "Halles"),
    ],
)
def test_a_department_or_a_place_stays(redactor: Redactor, text: str, value: str) -> None:
    assert untouched(redactor, text, value), _found(redactor, text)
