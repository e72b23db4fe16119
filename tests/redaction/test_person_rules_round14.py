"""Rules of round 14 (spoken notes, and names as exports and tools write them): each with texts it must
find and texts it must leave alone, in whole runs without NER (the rules alone)."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.recognizers.email import EmailRecognizer
from redaction.recognizers.person.within import lone_initials, paired_names, path_names, wrapped_names
from redaction.recognizers.tables import TableRecognizer
from redaction.types import Span
from tests.redaction.whole_run import check_whole_run

# (text, values that must be redacted, values that must stay)
RUN_CASES: list[tuple[str, set[str], set[str]]] = [
    # professional titles before a surname, written out; a full stop after one ends the sentence
    ("suite: Maître Vasseur", {"Vasseur"}, {"Maître"}),
    ("llamo para el licenciado Echeverría por la escritura", {"Echeverría"}, set()),
    ("Hola señora abogada Ortega, soy de Nigeria.", {"Ortega"}, {"abogada"}),
    ("de arts heet dokter Hoogeveen als u een verklaring nodig hebt", {"Hoogeveen"}, set()),
    ("tienen buen abogado. Cita asignada el martes.", set(), {"Cita"}),
    ("la plaza de garaje de la calle Doctor Esquerdo se libera en abril", set(), {"Esquerdo"}),
    ("9:30 en la notaría de Sevilla, luego al banco", set(), {"Sevilla"}),
    # chat exports whose messages start with "sender time"
    (
        "lena.schulz 09:14\nweiß jemand ob die Vollmacht da ist\nmarko.j 09:17\nich ruf an\nlena.schulz 09:18\nnein",
        {"lena.schulz", "marko.j"},
        set(),
    ),
    ("Agenda\nstandup 09:00\nlunch 12:30\nreview 15:00", set(), {"standup", "lunch", "review"}),
    # initials defined in parentheses after the name, then used alone
    ("spoke w/ Chidi Nwosu (CN) re: the lease. CN says the landlord is ok.", {"Chidi Nwosu", "CN"}, set()),
    ("Budget for the Cloud Native (CN) programme approved.", set(), {"CN"}),
    # family words before a name (German capitalises them)
    ("quiere reunirse. Su hija Mei hace de intérprete", {"Mei"}, set()),
    ("Sie bringt ihren Sohn Jonas mit.", {"Jonas"}, {"Sohn"}),
    ("persönlich nicht Partei ist.", set(), {"Partei"}),
    # lower-case titles with particles
    ("spreker 2: mr de jong van kantoor noordwal in leeuwarden", {"de jong"}, set()),
    ("use ms de facto standards", set(), {"facto"}),
    # initials handed something, after a colon or a thank-you
    ("- asignado a: MJG", {"MJG"}, set()),
    ("[18:25] Sabine: ok danke JW! brauchst du noch was", {"JW"}, set()),
    # birth dates after a label that first names the person
    ("- GebDat Hr. Okoro 02.09.1978\n", {"02.09.1978"}, set()),
    ("born on the 3rd, invoice dated 12.03.2024", set(), {"12.03.2024"}),
    # lower-case Spanish street words and floors
    (
        "Mi dirección: calle de la Paz 17, 2.º, 46003 Valencia.",
        {"calle de la Paz 17, 2.º, 46003 Valencia"},
        set(),
    ),
    # a CSV export with a header of persons and staff numbers; its numbers again in a folder's name
    (
        "Personalnr;Name;Vorname;Abteilung\n40211;Krüger;Annika;Einkauf\n40215;Asante;Kofi;Lager\n"
        "Ablage: \\\\srv-hr\\akten\\40211-krueger-annika\\",
        {"40211", "Krüger", "Annika", "40215", "Asante", "Kofi", "krueger", "annika"},
        {"Einkauf", "Lager"},
    ),
    ("We met Tom, he said yes, and left.\nContact, owner, manager", set(), {"he said yes"}),
    # hashtags built on a first name
    ("#TeamRhiannon won the quiz #legend #Castellón", {"TeamRhiannon"}, {"legend", "Castellón"}),
    # names in capitals inside a line
    (
        "Agent notes (ZOE CALLAGHAN):\nPerito asignado: ALEJANDRA SOTO",
        {"ZOE CALLAGHAN", "ALEJANDRA SOTO"},
        set(),
    ),
    ("MARIA SALES TEAM, GRACE PERIOD ENDS", set(), {"SALES", "PERIOD"}),
    # initials, particles and a surname
    ("Zie A. de la Fuente voor de rest", {"A. de la Fuente"}, set()),
    # an identity word, a few words on whose number it is, then the number (check digit wrong or not)
    ("BSN van Lieke (voor de aangifte): 204518793 – graag daarna verwijderen.", {"204518793"}, set()),
    ("sí, y su RUC personal es 10456789012 por si lo piden", {"10456789012"}, set()),
    ("JB envoie la copie CNI de sa mère: n° 180675301245", {"180675301245"}, set()),
    ("Passport renewal due, invoice 12345678 paid", set(), {"12345678"}),
    # surnames in capitals beside given names, and "SURNAME, Given" in registers
    (
        "– Mme Ngoc Anh TRAN, juriste\nMonsieur Alexandru POPA\nPour le cabinet,\nHouria BENSAÏD",
        {"Ngoc Anh TRAN", "Alexandru POPA", "Houria BENSAÏD"},
        set(),
    ),
    (
        "2. MACLEOD, Eilidh Catriona – Director\n- Consejero: CHEN, WEI – NIE Y1002938H",
        {"MACLEOD, Eilidh Catriona", "CHEN, WEI"},
        set(),
    ),
    (
        "Hoi, Femke de Graaf hier. Anwesend: KB, JW, AY, OK. Betreff: Engel & Rosa Blumen OHG",
        {"Femke de Graaf"},
        {"Hoi", "OHG"},
    ),
    (
        "OPC               Mariam Ouédraogo; @Reiter bitte UVA Februar fertig",
        {"Mariam Ouédraogo"},
        {"OPC", "UVA", "Februar"},
    ),
    # initials, particles written short, and a surname; German professional abbreviations before a name
    (
        "gez. K. v. Thaden (Versammlungsleiter); cc: dhr. R. ten Cate; W. van 't Hek, gevolmachtigde",
        {"K. v. Thaden", "R. ten Cate", "W. van 't Hek"},
        set(),
    ),
    ("Siehe Anlage B. de Rest und Option A. van Hoof Logistik", set(), {"Rest", "Hoof"}),
    (
        "Partnerin ist Frau StB Dr. Leyla Aksoy; Gast: Herr WP Tobias Kranz",
        {"Leyla Aksoy", "Tobias Kranz"},
        {"StB", "WP"},
    ),
    # birth dates written out, after an asterisk in a register, as month and year after the label
    ("Frau Mag. Nadia El-Amrani, geboren am 22. August 1990, war bei uns", {"22. August 1990"}, set()),
    ("Monsieur Kofi MENSAH-ATTA, né le 14 avril 1988, a été employé", {"14 avril 1988"}, set()),
    (
        "Geschäftsführer: Schumacher, Heike, Köln, *19.09.1969, einzelvertretungsberechtigt",
        {"19.09.1969"},
        set(),
    ),
    ("occupation: Solicitor – date of birth: 08/1974 – nationality: British", {"08/1974"}, set()),
    ("Invoice of 3 November 2024, period 08/2024", set(), {"3 November 2024", "08/2024"}),
    # professional registrations and badges after their label
    ("será D. Íñigo Salaberri Otxoa (colegiado n.º 81442 del ICAM)", {"81442"}, set()),
    ("Fahrer Herr Lukas Brandl (Ausweis-Nr. AK-117); N.º de empleada: CN-2291", {"AK-117", "CN-2291"}, set()),
    ("el legajo de 2024 está en el archivo", set(), {"2024"}),
    # the street line before a postcode and town, whatever its street word; floors and towns with "d'"
    (
        "ADVOCATENKANTOOR DE SMET\nFrankrijklei 88, 2000 Antwerpen · tel.",
        {"Frankrijklei 88, 2000 Antwerpen"},
        set(),
    ),
    ("Bezoekadres: Westblaak 180, 3012 KN Rotterdam", {"Westblaak 180, 3012 KN Rotterdam"}, set()),
    (
        "t.a.v. Postbus 2210, 5202 CE 's-Hertogenbosch, e-mail",
        {"Postbus 2210, 5202 CE 's-Hertogenbosch"},
        set(),
    ),
    (
        "oficina sita en Calle Mayor 28, bajo, 37002 Salamanca",
        {"Calle Mayor 28, bajo, 37002 Salamanca"},
        set(),
    ),
    (
        "réclamante : 15 chemin des Vignes, 38400 Saint-Martin-d'Hères – tél",
        {"15 chemin des Vignes, 38400 Saint-Martin-d'Hères"},
        set(),
    ),
    (
        "noemt zich Kader. Schadeadres Ketelboetersweg 14, 2316 XK Leiden.",
        {"Ketelboetersweg 14, 2316 XK Leiden"},
        {"Kader. Schadeadres"},
    ),
    (
        "We paid invoice 2024, 12, 20095 Hamburg later. Order 4711, 10115 Berlin",
        set(),
        {"invoice", "Order 4711"},
    ),
    # a surname of the lists ending the phrase of a word that hands something to a person, or naming an affair
    (
        "Steering committee on the client side is chaired by Halvorsen; their CFO sits in",
        {"Halvorsen"},
        set(),
    ),
    ("The March invoices, the Lindqvist file and two NDAs are on my desk", {"Lindqvist"}, {"March"}),
    ("we ordered it from Siemens Healthineers last year", set(), {"Siemens"}),
    # an IBAN with a typo in its check digits is one IBAN, its digits no phone number
    ("met hetzelfde IBAN NL27 RABO 0312 7745 90 → samenvoegen", {"NL27 RABO 0312 7745 90"}, set()),
]


@pytest.mark.parametrize(("text", "found", "kept"), RUN_CASES)
def test_round14_whole_runs(redactor_no_ner: Redactor, text: str, found: set[str], kept: set[str]) -> None:
    check_whole_run(redactor_no_ner, text, found, kept)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "my personal one, tunde dot bakare at gmail dot com\nspeaker 1: sure",
            ["tunde dot bakare at gmail dot com"],
        ),
        (
            "locuteur 1: fatou point diallo arobase orange point fr\n",
            ["fatou point diallo arobase orange point fr"],
        ),
        ("es txomin arroba sidreria aranburu punto eus", ["txomin arroba sidreria aranburu punto eus"]),
        (
            "bitte an sekretariat at wolf minus partner punkt de",
            ["sekretariat at wolf minus partner punkt de"],
        ),
        ("look at point de départ, at the end", []),
    ],
)
def test_spoken_email_addresses(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in EmailRecognizer().find(text, "en")] == expected


def _given(text: str, names: list[str]) -> list[Span]:
    return [Span(text.index(n), text.index(n) + len(n), "PERSON", 0.85, "person_rules") for n in names]


def test_file_names_and_paths_name_people() -> None:
    text = "Offen: CV-Nkosi-Thabo.pdf, Vertrag-Kofi-Asante.pdf und final-contract-signed.pdf von Kofi Asante"
    found = [text[s.start : s.end] for s in path_names(text, _given(text, ["Kofi Asante"]))]
    assert found == ["Nkosi", "Thabo", "Kofi", "Asante"]
    assert path_names("see notes.txt and final-draft.docx", []) == []


def test_wrapped_lines_carry_the_surname() -> None:
    text = "Die Belege vom Großmarkt hat seine Mitarbeiterin Nadia\nBenali eingescannt, die Dateien liegen im Ordner."
    assert [text[s.start : s.end] for s in wrapped_names(text, _given(text, ["Nadia"]))] == ["Benali"]
    short = "Attendees:\nYuki\nBudget review\nNext steps"
    assert wrapped_names(short, _given(short, ["Yuki"])) == []
    form = (
        "Surname: OKONKWO          First name(s): Chidinma Joy and some more words here\nJob title: Operative"
    )
    assert wrapped_names(form, _given(form, ["Chidinma Joy"])) == []


def test_spellings_corrections_and_nicknames_next_to_a_name() -> None:
    text = '4. Ruth/Rut Abecassis. Dato: su socio es Gonzalo, "Chalo", que lleva compras. Cornelis (Cor) y Jonas (IT)'
    given = _given(text, ["Ruth", "Gonzalo", "Cornelis", "Jonas"])
    assert [text[s.start : s.end] for s in paired_names(text, given)] == ["Rut Abecassis", "Chalo", "Cor"]
    other = "Ansprechpartner: Herr Okafor / Vertrieb Nord; Rose Lane / Phase 2; Pradeep (Tue)"
    assert paired_names(other, _given(other, ["Okafor", "Rose Lane", "Pradeep"])) == []


def test_lone_initials_where_the_notes_people_go_by_initials() -> None:
    text = "Anwesend: F. Albrecht, K. Yılmaz\nProtokoll: T.\n- K. um die Muster, F. kümmert sich ums Hotel"
    spans = lone_initials(text, _given(text, ["F. Albrecht", "K. Yılmaz"]))
    # three letters stand alone: the minutes-taker "T." too
    assert sorted(text[s.start : s.end] for s in spans) == ["F", "K", "T"]
    one = "Anwesend: F. Albrecht\n- F. kümmert sich ums Hotel, Plan B. steht"
    assert [one[s.start : s.end] for s in lone_initials(one, _given(one, ["F. Albrecht"]))] == ["F"]
    assert lone_initials("Siehe Anlage B. und Option C. im Vertrag", []) == []
    assert lone_initials("rendez-vous chez M. et Mme Moradi avec Anna", _given("x", [])) == []


def test_csv_headers_need_an_export_shape() -> None:
    prose = "We met Tom, he said yes, fine.\nContact, owner, manager\nAnna, Ben, Carla"
    assert [s for s in TableRecognizer().find(prose, "en") if s.kind == "PERSON"] == []
    export = 'medewerker,functie,ma\n"Jansen, Ilse",verzorgende,D\n"Kaya, Emre",helpende,N'
    found = [export[s.start : s.end] for s in TableRecognizer().find(export, "nl")]
    assert found == ["Jansen, Ilse", "Kaya, Emre"]


@pytest.mark.parametrize(
    ("text", "repaired"),
    [
        ("Herr MÃ¼ller-Hoffmann ist da", "Herr Müller-Hoffmann ist da"),
        ("SÃ¶ren WeiÃŸ, OÄŸuz Ã‡elik, itâ€™s", "Sören Weiß, Oğuz Çelik, it’s"),
        ("plain Müller, Ã  la carte", None),
    ],
)
def test_mojibake_is_repaired_with_an_offset_map(text: str, repaired: str | None) -> None:
    from redaction.normalize import repair_mojibake

    result = repair_mojibake(text)
    if repaired is None:
        assert result is None
        return
    assert result is not None and result[0] == repaired
    fixed, index = result
    assert len(index) == len(fixed) + 1 and index[-1] == len(text)
    start = fixed.index("M") if "M" in fixed else 0
    assert text[index[start]] == fixed[start]


def test_names_in_mojibake_are_redacted_where_they_stand(redactor_no_ner: Redactor) -> None:
    text = "Lieferung: Herr MÃ¼ller-Hoffmann ist tagsüber zuhause, Frau SÃ¶ren WeiÃŸ nicht."
    redacted, entities = redactor_no_ner.session().analyze_many([text])[0]
    assert {e["text"] for e in entities if e["type"] == "PERSON"} >= {"MÃ¼ller-Hoffmann"}
    assert "MÃ¼ller" not in redacted and "zuhause" in redacted
    assert all(text[e["start"] : e["end"]] == e["text"] for e in entities)
