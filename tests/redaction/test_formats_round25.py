"""Round 25: a register's given-name columns, a chat's members called by a word of their name in lower case, a
messenger's contact saved as a first name that teams also use. Whole runs, no record context. Every value is
invented."""

from __future__ import annotations

import pytest

from redaction import RecordContext, Redactor
from tests.redaction.coverage import covered, every_covered
from tests.redaction.coverage import found as _found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Surname\tForename\tStaff No\tHours/wk\nKowalczyk\tAgnieszka\tHL-0412\t37.5\n"
            "Mahmood\tTariq\tHL-0419\t30\nLeung\tWai Man\tHL-0437\t37.5\n",
            ["Kowalczyk", "Tariq", "Wai Man"],
        ),
        (
            "N°\tAPELLIDOS\tNOMBRES\tDNI\n1\tMosquera Riascos\tYesenia\t45871236\n2\tIpia Yule\tDora Liliana\t23984510\n",
            ["Mosquera Riascos", "Yesenia", "Dora Liliana"],
        ),
        ("Nom | Prénoms | Service\nDiallo | Awa Mariama | Paie\nKouadio | Jean-Marc | RH\n", ["Awa Mariama"]),
        ("Familienname\tVornamen\tAbteilung\nYilmaz\tSelin Ayşe\tBuchhaltung\n", ["Yilmaz", "Selin Ayşe"]),
        ("Achternaam | Voornamen | Team\nDe Smet | Lotte Marie | Fiscaal\n", ["Lotte Marie"]),
    ],
)
def test_a_registers_given_name_columns(redactor: Redactor, text: str, names: list[str]) -> None:
    for name in names:
        assert covered(redactor, text, name, "PERSON"), (name, _found(redactor, text))


def test_a_messengers_contact_saved_as_a_first_name_a_team_also_uses(redactor: Redactor) -> None:
    text = (
        "3/12/24, 7:41 a.m. - Tyrone: who has the units today\n"
        "3/12/24, 7:43 a.m. - Tyrone: me and dev\n"
        "3/12/24, 7:50 a.m. - dev: here. traffic on the bridge\n"
        "3/12/24, 8:11 a.m. - dev: its in the glovebox i think\n"
    )
    assert every_covered(redactor, text, "dev"), _found(redactor, text)
    # a team's name in a chat without a messenger's dates is no person
    plain = "dev: deploy is green\nops: thanks\nqa: one flaky test\n"
    assert not any(kind == "PERSON" for kind, _ in _found(redactor, plain)), _found(redactor, plain)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "[5/6/24 09:03] Germán Rossi: buen día gente\n[5/6/24 09:06] Sol Benítez: va mercedes, ya tiene los "
            "papeles\n[5/6/24 09:10] Mercedes Kaplan: voy yo sí\n[5/6/24 09:15] Sol Benítez: estoy acá germán jaja",
            "mercedes",
        ),
        (
            "[5/6/24 09:03] Germán Rossi: buen día gente\n[5/6/24 09:10] Mercedes Kaplan: voy yo sí\n"
            "[5/6/24 09:15] Sol Benítez: estoy acá germán jaja",
            "germán",
        ),
        (
            "[12/04/24, 08:12:44] Henning Brandt: moin zusammen, brandt bringt die pläne um 10 mit\n"
            "[12/04/24, 08:13:10] Sonja Weber: ok, danke",
            "brandt",
        ),
        (
            "[03/03/2024, 08:10] Pieter Claes: wie gaat er mee?\n"
            "[03/03/2024, 08:14] Joke Van de Velde: morgen! joke kan vandaag niet mee naar Gent",
            "joke",
        ),
        (
            "[15/8/24 07:00] Socorro Apaza: quién va al mercado?\n[15/8/24 07:02] Elvira Mamani: que vaya consuelo\n"
            "[15/8/24 07:05] Consuelo Huarca: ya voy",
            "consuelo",
        ),
    ],
)
def test_a_chat_calls_its_members_by_a_word_of_their_name(redactor: Redactor, text: str, name: str) -> None:
    assert every_covered(redactor, text, name), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a member's name that is a word, used as the word after an article or a preposition
        (
            "[1/3/24 20:01] Luz Marina Quispe: llegué\n[1/3/24 20:02] Nelly Colque: se fue la luz en la oficina\n"
            "[1/3/24 20:03] Nelly Colque: sin luz no hay sistema",
            "luz",
        ),
        (
            "[1/3/24 20:01] Roos Hendriks: ben er\n[1/3/24 20:02] Bas Smit: mooie bos met een roos erop\n",
            "roos",
        ),
        # inside a phrase, not where a chat puts a name
        (
            "[1/3/24 20:01] Sol Benítez: hola\n[1/3/24 20:02] Germán Rossi: mañana hace sol y calor\n",
            "sol",
        ),
    ],
)
def test_a_members_name_used_as_a_word_stays(redactor: Redactor, text: str, word: str) -> None:
    start = text.rindex(word)
    (result,) = redactor.session(RecordContext()).analyze_many([text])
    assert not any(e["start"] <= start < e["end"] for e in result[1]), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[2/05/24 7:12] Yeison Cuero: buenas. milagros no puede hoy, se le enfermó la niña", "milagros"),
        ("[14/03/24 9:30] Ioana Dumitrescu: luz ya lo mandó el modelo 145?", "luz"),
        ("[5/6/24 09:03] Germán Rossi: buen día gente. paz no viene hoy, tiene turno médico", "paz"),
        ("[04/03/2024 08:47] Mathilde V.: bonjour à tous, rose peut pas ce matin", "rose"),
        ("[09.04.24, 08:15] Dario: ok. olive a fini l'état des lieux de sortie au 3e", "olive"),
        ("innocent est où ?? le camion attend\nprosper arrive à 14h\n", "prosper"),
        ("innocent est où ?? le camion attend\nprosper arrive à 14h\n", "innocent"),
        ("oké notitie voor het team. vink moet nog de plattegrond tekenen", "vink"),
        ("also notiz für mich. frank muss bis freitag das exposé haben", "frank"),
    ],
)
def test_a_chat_member_named_in_lower_case_before_what_they_do(
    redactor: Redactor, text: str, name: str
) -> None:
    assert every_covered(redactor, text, name), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mijn voorstel: 50/50 en verder geen gedoe. anders gaat het naar de rechter.", "anders"),
        ("[1/3/24 20:02] Nelly Colque: la luz se fue otra vez en la oficina", "luz"),
        ("[1/3/24 20:02] Nelly: ok. rose est la couleur du logo, pas le gris", "rose"),
        # English opens chat lines with bare nouns: left to the other rules
        ("[1/3/24 20:02] Sam: ok. bill is paid, grant is approved", "bill"),
    ],
)
def test_a_word_opening_a_chat_line_stays(redactor: Redactor, text: str, word: str) -> None:
    start = text.index(word)
    (result,) = redactor.session(RecordContext()).analyze_many([text])
    assert not any(e["start"] <= start < e["end"] for e in result[1]), _found(redactor, text)


def test_a_name_of_a_registers_column_opens_a_sentence_of_the_same_note(redactor: Redactor) -> None:
    text = (
        "Last name\tFirst name\tPhone\nBorden\tMarcus\t902-455-7721\nOpio\tDenis\t902-463-0198\n\n"
        "Borden asked about his mother's estate. Opio starts in the Jinja Road branch.\n"
    )
    for name in ("Borden", "Opio"):
        assert every_covered(redactor, text, name), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        (
            "Asistentes: J.M.P. (presidente, 3ºB); Vicent Llorca (4ºA). Actúa como secretario-administrador A.B., "
            "de la administración de fincas.\n\n1. Cuentas 2023. A.B. presenta el cierre. Vos pregunta; J.M.P. se "
            "ofrece.",
            ["J.M.P.", "A.B."],
        ),
        (
            "PRIMERO: Presentes 23 asociadas. Preside M.T.C., secretaria R.X.Y., tesorera J.P.S.\nSe acuerda que "
            "nadie saca producto sin que firme J.P.S.\n\n(f) M.T.C.     (f) R.X.Y.     (f) J.P.S.",
            ["M.T.C.", "R.X.Y.", "J.P.S."],
        ),
        (
            "Asistentes: presidenta C.H.P., tesorero M.A.S., secretaria P.R. y 19 vecinos.\n3. Tesorería. M.A.S. "
            "informa $412.000 en caja.\nSe cierra la sesión. Firma la secretaria, P.R.",
            ["C.H.P.", "M.A.S.", "P.R."],
        ),
        ("Présents : le président J.-M.B. et la trésorière A.D.\nA.D. présente les comptes.", ["A.D."]),
    ],
)
def test_dotted_initials_of_the_officers_of_minutes(
    redactor: Redactor, text: str, initials: list[str]
) -> None:
    for value in initials:
        assert every_covered(redactor, text, value), (value, _found(redactor, text))


def test_dotted_company_forms_and_abbreviations_stay(redactor: Redactor) -> None:
    text = "Textiles del Norte S.A. presenta su oferta. Sede en EE.UU. desde 2019.\nP.D. recuerden el acta. N.B. esto va."
    assert not any(kind == "PERSON" for kind, _ in _found(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("1. Ascensores. Huenchumil informa que el ascensor sigue detenido desde marzo.", "Huenchumil"),
        ("Se aprueba el presupuesto. Saffie propone oficiar a la municipalidad.", "Saffie"),
        ("3. Conserjería. Kheira deja el puesto el 31 de marzo.", "Kheira"),
        ("Transferencia hecha el lunes. Pierre presentó las boletas.", "Pierre"),
        ("Il faut refaire sa déclaration. Lavoie passe demain à 10 h avec les feuillets T4.", "Lavoie"),
        (
            "Verslag van het overleg. Zij heeft getekend via de KMO-portefeuille. De Smet belt terug, zij kon niet "
            "komen.",
            "De Smet",
        ),
    ],
)
def test_a_name_opening_a_sentence_before_what_the_person_did(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "El banco confirma la transferencia. Hacienda reclama el pago del IVA trimestral.",
        "Bonne nouvelle pour le bureau. Orange a envoyé la facture de la fibre.",
        "Reunión del lunes. Valencia queda fuera del reparto este año.",
        "Verslag van het overleg. De gemeente belt terug over de vergunning.",
    ],
)
def test_a_firm_a_place_or_a_noun_opening_a_sentence_stays(redactor: Redactor, text: str) -> None:
    assert not any(kind == "PERSON" for kind, _ in _found(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Finding the place: head out past the Base, go past the Pak'nSave, turn left at the roundabout by the Z "
            "station, then it's the end of the cul-de-sac, white weatherboard with the trampoline.",
            "past the Pak'nSave, turn left at the roundabout by the Z station",
        ),
        (
            "no tiene número en la puerta, o sea, es la blanca con la buganvilla morada pasando la rotonda del "
            "Mercadona, la segunda a la izquierda después del bar, la del portón de madera.",
            "la blanca con la buganvilla morada pasando la rotonda del Mercadona, la segunda a la izquierda",
        ),
        (
            "Sa fille sera là. Lardenne et là c'est la maison jaune après la pharmacie, portail en fer forgé, "
            "deuxième à gauche après l'église, au fond de l'impasse.",
            "la maison jaune après la pharmacie, portail en fer forgé, deuxième à gauche après l'église",
        ),
        (
            "ze zei: het rode huis achter de Delhaize, tweede rechts na de kerk, dan het derde huis met de witte "
            "garagepoort. haar gsm volgt",
            "het rode huis achter de Delhaize, tweede rechts na de kerk",
        ),
        (
            "Zufahrt wie beim letzten Mal: von der Meißner Straße rein, am Spielplatz vorbei, das dritte Haus links "
            "mit dem grauen Carport, gegenüber der Bäckerei.",
            "am Spielplatz vorbei, das dritte Haus links mit dem grauen Carport",
        ),
    ],
)
def test_directions_by_landmarks_with_no_label(redactor: Redactor, text: str, address: str) -> None:
    assert covered(redactor, text, address, "ADDRESS"), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "We are behind schedule on the audit, the red one is the draft, second round of comments next week.",
        "La reunión es después del almuerzo, la propuesta azul quedó aprobada, el resto sigue igual.",
        "Le dossier est derrière nous, la version bleue est validée, on passe à la suite.",
    ],
)
def test_prose_with_a_landmark_or_a_colour_is_no_address(redactor: Redactor, text: str) -> None:
    assert not any(kind == "ADDRESS" for kind, _ in _found(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "2. PAYE returns for the tea estates are filed. Ochen to follow up the objection before Friday.",
            "Ochen",
        ),
        ("Owners are Sione and Losana Taufa. Sione works at the freezing works so ring after five.", "Sione"),
        ("The council wants it back by the 20th. Price did two debt cases this week.", "Price"),
        ("Side door has a ramp. Pat to follow up next week with the family.", "Pat"),
    ],
)
def test_an_english_name_opening_a_sentence_before_what_the_person_does(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Budget notes. Sales to confirm the forecast by Friday.",
        "Funding round two. Grant to cover the consultancy fees until June.",
        "Payroll run done. Finance to confirm the totals by Friday.",
        "Thanks for the call. Hope to see you at the site visit.",
    ],
)
def test_an_english_word_opening_a_sentence_stays(redactor: Redactor, text: str) -> None:
    assert not any(kind == "PERSON" for kind, _ in _found(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "values", "kind"),
    [
        (
            "N°\tAPELLIDOS\tNOMBRES\tC.C. / DOC.\tCELULAR\n1\tMosquera Riascos\tYesenia\t1.130.624.587\t316 482 9017\n"
            "2\tCaicedo Angulo\tJhon Fredy\t94.518.260\t\n",
            ["1.130.624.587", "94.518.260"],
            "ID",
        ),
        (
            "APELLIDOS\tNOMBRES\tDNI / CE\tHORA\nHuamaní Ccori\tYony\t44873102\t08:02\nRangel Pérez\tYusmary\t"
            "CE 002184573\t08:45\n",
            ["44873102", "CE 002184573"],
            "ID",
        ),
        (
            "Achternaam\tVoornaam\tPers.nr\tma\tdi\nde Wit\tLotte\t10482\tB\t–\nÖztürk\tEmre\t10517\tT\tB\n",
            ["10482", "10517"],
            "ID",
        ),
        (
            "Nom\tPrénom\tPoste\tNet à payer\tRIB\nNYOBE\tPatience\tmagasinière\t185 000\t10005 00012 04827150101 36\n",
            ["10005 00012 04827150101 36"],
            "IBAN",
        ),
    ],
)
def test_id_and_account_columns_of_a_register(
    redactor: Redactor, text: str, values: list[str], kind: str
) -> None:
    for value in values:
        assert covered(redactor, text, value, kind), (value, _found(redactor, text))


def test_a_column_of_times_or_amounts_is_no_account(redactor: Redactor) -> None:
    text = "Nom\tPrénom\tHeure / Durée\tMontant\nDiallo\tAwa\t08:30 / 45 min\t185 000\n"
    assert not any(kind in ("ID", "IBAN") for kind, _ in _found(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Notes from last week: Howells saw the Ali family again about the benefit overpayment.", "Ali"),
        (
            "primero a las nueve la casa de los holandeses, la de los Bakker. no tiene número en la puerta.",
            "Bakker",
        ),
        ("La casa de los Quispe no sale bien en Maps: es la de dos pisos.", "Quispe"),
    ],
)
def test_a_family_named_as_a_family(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "El proyecto de los Andes sigue en marcha, con los Mossos de guardia.",
        "Visitamos la casa de los Olivos en la sierra.",
    ],
)
def test_a_place_or_a_body_after_los_is_no_family(redactor: Redactor, text: str) -> None:
    assert not any(kind == "PERSON" for kind, _ in _found(redactor, text)), _found(redactor, text)


def test_a_sender_writing_once_in_a_chat_of_header_lines(redactor: Redactor) -> None:
    text = (
        "reto  09:01\ns gääle huus hinter em coop\nfrey  09:05\nok\nluca  09:10\nund d pläne mitneh\n"
        "fatlum  09:20\nha si. fahr mit frey zäme\n"
    )
    assert every_covered(redactor, text, "fatlum"), _found(redactor, text)
    text = (
        "nadia 09:04 : super\nfrançois.lambotte 09:08 : ok\nmarc d. 09:15 : Dethier a rappelé pour la Dimona"
    )
    assert covered(redactor, text, "marc d.", "PERSON"), _found(redactor, text)
    # an agenda's stamped lines are no senders
    agenda = "lunch 12:30\nreview 14:00\nwrap-up 16:30\n"
    assert not any(kind == "PERSON" for kind, _ in _found(redactor, agenda)), _found(redactor, agenda)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Secrétaire de séance : MFL\n\n1. Comptes 2023 : approuvés à l'unanimité.", "MFL"),
        ("el salón de la zona 3, por si el profe Mynor llega antes.", "Mynor"),
        ("El martes viene el electricista, Chaij, para la factura.", "Chaij"),
        ("On Monday the plumber, Okoro, came at nine to fix the boiler.", "Okoro"),
    ],
)
def test_a_person_by_a_role_before_them(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


def test_a_place_after_a_role_and_a_comma_stays(redactor: Redactor) -> None:
    text = "We met the architect, Lisbon, and Porto teams last week."
    assert not any(value == "Lisbon" for _, value in _found(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "N°\tPrénom(s)\tNom\tStructure\n1\tCheikh Tidiane\tGUEYE\tMairie\n2\tRokhaya\tSARR\tGIE Jappo\n",
            "Rokhaya",
            "PERSON",
        ),
        (
            "Intervenante\tLundi\tMardi\nLe Goff Maëlle\tM. Pichon\t—\nKerbrat Yann\t—\tMme Oliveira\n",
            "Kerbrat Yann",
            "PERSON",
        ),
        ("Also his TIN, 1004187263\nand the land title for the plot.", "1004187263", "ID"),
        ("Mamadou Diatta, entreprise individuelle, NINEA 006184732 2V2", "006184732 2V2", "ID"),
        (
            "the date of birth on the file is wrong, it should be the 2nd of June 1971, not 1977, tell Áine.",
            "2nd of June 1971",
            "ID",
        ),
        (
            "Date de naissance de l'assurée pour le contrat, elle me dit 22 février 1958. Euh… rappeler demain.",
            "22 février 1958",
            "ID",
        ),
        ("Castex a repris le dossier depuis le passage de MS au pôle social.", "Castex", "PERSON"),
    ],
)
def test_more_columns_labels_and_birth_dates(redactor: Redactor, text: str, value: str, kind: str) -> None:
    assert covered(redactor, text, value, kind), _found(redactor, text)


def test_a_recent_date_far_after_a_word_of_birth_stays(redactor: Redactor) -> None:
    text = "Date of birth still missing from the onboarding form, we chased on 12/03/2024 and again later."
    assert not any(kind == "ID" for kind, _ in _found(redactor, text)), _found(redactor, text)


def test_the_people_of_a_rota_by_the_days_of_its_header(redactor: Redactor) -> None:
    text = (
        "Front desk rota, week of 15 July\n\n"
        "        Mon        Tue        Wed        Thu        Fri\n"
        "AM      Dimitra    Thanh      Dimitra    Raj        Marco\n"
        "PM      Raj        Marco      Precious   Thanh      Dimitra\n"
        "Late    Costa      –          Costa      Off        Precious\n"
    )
    for name in ("Dimitra", "Thanh", "Raj", "Marco", "Precious", "Costa"):
        assert every_covered(redactor, text, name), (name, _found(redactor, text))
    assert not any(value in ("Off", "Late", "AM", "PM") for _, value in _found(redactor, text)), _found(
        redactor, text
    )


def test_a_timetable_by_days_is_no_rota_of_people(redactor: Redactor) -> None:
    text = "Opening hours\n        Mon        Tue        Wed\nDesk    Open       Closed     Open\nPhones  Yes        No         Yes\n"
    assert not any(kind == "PERSON" for kind, _ in _found(redactor, text)), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[14/03/24 10:02] Amparo Lacasa: ok. va mercedes a la reunión de las 12?", "mercedes"),
        ("[15/8/24 07:02] Socorro Apaza: que vaya consuelo, yo no llego", "consuelo"),
        (
            "[09.04.24 09:02] Huguenin: je passe vers 11h. dites à blanche de laisser les clés chez Zbinden",
            "blanche",
        ),
    ],
)
def test_a_member_sent_told_or_asked_in_lower_case(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name, "PERSON"), _found(redactor, text)


def test_a_verb_before_a_word_that_is_no_name_stays(redactor: Redactor) -> None:
    text = "[14/03/24 10:02] Amparo Lacasa: ok. va bien la reunión, viene mucha gente"
    assert not any(kind == "PERSON" and value != "Amparo Lacasa" for kind, value in _found(redactor, text)), (
        _found(redactor, text)
    )


def test_an_indian_mobile_written_in_two_groups(redactor: Redactor) -> None:
    text = "Anbu will go with you. Anyway it's 98401 27365. The godown is not on Google properly."
    assert covered(redactor, text, "98401 27365", "PHONE"), _found(redactor, text)
    # an invoice's two groups of five digits that no numbering plan knows stay
    plain = "Anyway the reference is 10005 00012 for the transfer."
    assert not any(kind == "PHONE" for kind, _ in _found(redactor, plain)), _found(redactor, plain)
