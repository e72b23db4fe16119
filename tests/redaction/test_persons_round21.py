"""Round 21: how people really type names (whole runs of the redactor, no record context, as ``assistant redact
--jsonl`` sees a text): speakers of a messenger's export, initials across a thread (defined in parentheses, equated
in a legend, after "taken by" or "Aprobado", closing a line, the initials of a name found), user names, names in
capitals (three words and more, a register's "SURNAME SURNAME Given" and "SURNAME, I."), nicknames set beside a
name, South Asian and Malaysian name forms; and what is no person: a table's header cell, a language, a firm's
trade, a town after "te". Every person is invented."""

from __future__ import annotations

import pytest

from redaction import RecordContext, Redactor
from tests.redaction.coverage import covered as _covered
from tests.redaction.coverage import found as _found
from tests.redaction.coverage import persons as _persons

_EXPORT = (
    "[14/05/2024, 08:02] Del: anyone got the scaffold invoice?\n"
    "[14/05/2024, 08:05] marek.zawada: in the shared drive\n"
    "[14/05/2024, 08:06] Bex: cheers Del\n"
)


@pytest.mark.parametrize("value", ["Del", "marek.zawada", "Bex"])
def test_speakers_of_a_dated_messenger_export(redactor: Redactor, value: str) -> None:
    assert _covered(redactor, _EXPORT, value), _found(redactor, _EXPORT)


def test_an_export_line_of_the_system_is_nobody(redactor: Redactor) -> None:
    text = "[14/05/2024, 08:02] Note: messages are end-to-end encrypted\n[14/05/2024, 08:03] Update: group created\n"
    assert _persons(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Regards,\nKim Seo-yeon (SY), Site Engineer\nSY will send the levels.", "SY"),
        ("Present: Obinna Chukwuma Eze (OCE, chair), two others. OCE signs the minutes.", "OCE"),
        ("File note by GR. GR = Grainne Rafferty", "GR"),
        ("Kürzel: tb = Tobias Brandt\n02.05. | tb | Anruf beim Kunden", "tb"),
        ("CALL NOTE 14:20 - taken by PQ\nPQ to send the form by Friday.", "PQ"),
        ("PAYROLL - prepared by D.O., checked by the manager", "D.O."),
        ("Gastos del viaje, total 40.000\nAprobado RV 08/07", "RV"),
        ("> Quedo atento a su respuesta. Saludos, TMV", "TMV"),
        ("· 03/04 LK: falta el certificado de empresa", "LK"),
        ("Attendees: Thu Trang Vo, Ruben Ortiz.\nTTV to circulate the notes; RO to book the room.", "TTV"),
        ("Present: Marie-Louise Kessler, Tomas Gil. ML relit le contrat.", "ML"),
        ("Follow-up by CMcG. CMcG = Cathal McGrath", "CMcG"),
    ],
)
def test_initials_standing_for_a_person(redactor: Redactor, text: str, value: str) -> None:
    assert _covered(redactor, text, value), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Invoice ref TK-0418 for Tanja Kurz, see the attached PDF.",  # a reference built on her initials
        "Carlos Vega sent his CV to HR last week.",  # "CV" is no initials of Carlos Vega here
        "Total HT 4 000 €, Henri Tissot valide le devis.",  # hors taxe
        "Approved VAT rate of 20 percent for the quarter.",
        "Kind regards, HR",
    ],
)
def test_letters_that_are_no_initials(redactor: Redactor, text: str) -> None:
    persons = _persons(redactor, text)
    assert not any(p in ("TK", "CV", "HT", "VAT", "HR") for p in persons), persons


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Assignee: beng.hock | Reporter: ops", "beng.hock"),
        ("VPN activada para el usuario mtrujillo desde hoy.", "mtrujillo"),
        ("Bitte dem Benutzer kpawlak die Rechte geben.", "kpawlak"),
    ],
)
def test_user_names(redactor: Redactor, text: str, value: str) -> None:
    assert _covered(redactor, text, value), _found(redactor, text)


def test_a_learned_name_takes_the_whole_user_name(redactor: Redactor) -> None:
    session = redactor.session(RecordContext())
    session.analyze_many(["Comments from Wei Ming on the draft."])
    text = "-- weiming.tan (02/Sep): approved"
    ((_, entities),) = session.analyze_many([text])
    assert any(text[e["start"] : e["end"]] == "weiming.tan" for e in entities), entities


@pytest.mark.parametrize("text", ["the user admin and the user support", "el usuario soporte no entra"])
def test_user_labels_before_words(redactor: Redactor, text: str) -> None:
    assert _persons(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("SEÑORA\nLUZ MARINA OSPINA CAICEDO\nCalle 10 # 4-20", "LUZ MARINA OSPINA CAICEDO"),
        ("ATTE.\n\nANA LUCÍA PEREIRA DE LA TORRE\nGerente", "ANA LUCÍA PEREIRA DE LA TORRE"),
        ("Solicita: DOREEN BLACKWOOD GRANT, céd. 1-0234-0567", "DOREEN BLACKWOOD GRANT"),
        ("1. KABONGO WA KABONGO Prosper, chef d'équipe", "KABONGO WA KABONGO Prosper"),
        ("2. MWAMBA NGALULA Espérance, secrétaire", "MWAMBA NGALULA Espérance"),
        ("| LE ROUX Maëlle | lun. | 7,5 |", "LE ROUX Maëlle"),
        ("Onderwerp: klacht – KLANT VERHOEVEN, P.\n\nHoi,", "VERHOEVEN, P."),
        ("Reviewer: BANERJEE, T.\n- BANERJEE, T. (Wed): fine by me", "BANERJEE, T."),
    ],
)
def test_names_in_capitals(redactor: Redactor, text: str, value: str) -> None:
    assert _covered(redactor, text, value), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "PAYROLL CHANGES - JUNE 2024 - ACCRA OFFICE",
        "CONSULTORES ASOCIADOS S.A.S. RESPUESTA A DERECHO DE PETICIÓN",
        "SAN JOSÉ COSTA RICA TERMINAL NORTE",
        "TOTAL, E. and VAT, F.",
    ],
)
def test_capitals_that_are_no_names(redactor: Redactor, text: str) -> None:
    persons = _persons(redactor, text)
    assert not any(len(p.split()) >= 2 or p.isupper() and len(p) > 3 for p in persons), persons


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('* Kofi Boateng ("KB") - change of bank details', "KB"),
        ('Starter: Niamh Kelleher (pref. "Neeve" on badge)', "Neeve"),
        ("Name: Derya Aksoy-Kaya (Rufname „Dede“)\nEintritt: 01.10.", "Dede"),
        ("Naam: Kwadwo Mensah-Bonsu (roepnaam: Kojo)\nBSN: x", "Kojo"),
        ('lo autoriza un tal Jhon Jairo Ruiz, "el Paisa", pero está de viaje.', "Paisa"),
        ("3. KALALA Désiré (dit « Dédé »), électricien", "Dédé"),
        ('Voice note from Curtis "Bigga" Ramsaran, 11:02', "Ramsaran"),
        ("Neue Kollegin Katarzyna „Kasia“ Lewandowska-Ott, Start 04.11.", "Lewandowska-Ott"),
    ],
)
def test_nicknames_beside_a_name(redactor: Redactor, text: str, value: str) -> None:
    assert _covered(redactor, text, value), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sorry, Rakeshbhai was away all week.", "Rakeshbhai"),
        ("Please ask Nirmalaben for the log.", "Nirmalaben"),
        ("• 3 Apr – Md. Rafiqul Haque (Rony): counts ok now.", "Md. Rafiqul Haque"),
        ("Onboard KUMARESAN A/L RAJU as freelance interpreter.", "KUMARESAN A/L RAJU"),
        ("Payee: Thilaga d/o Munusamy, account below.", "Thilaga d/o Munusamy"),
        ("closing meeting w/ Kariuki wa Njenga, MD.", "Kariuki wa Njenga"),
        ("Hans vd Berg belde over de offerte.", "Hans vd Berg"),
    ],
)
def test_name_forms_of_the_regions(redactor: Redactor, text: str, value: str) -> None:
    assert _covered(redactor, text, value), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Date | Description | Amount\n04/06 | Lunch w/ client | $64.10", "Description"),
        ("04/06 | Lunch w/ client | $64.10\n05/06 | Taxi from airport | $71.55", "Lunch"),
        ("We need a freelance Tamil interpreter for the hearing.", "Tamil"),
        ("Paid Kamau Hardware for the fittings.", "Kamau Hardware"),
        ("Instructions from Papadopoulos Legal arrived.", "Papadopoulos Legal"),
        ("verschenen voor mij, notaris te Maastricht:", "te Maastricht"),
        ("Bappy bhai pls check LED counts", "bhai pls check LED"),
        ("the A/C 1234 and the I/O board", "A/C"),
    ],
)
def test_words_that_are_no_persons(redactor: Redactor, text: str, word: str) -> None:
    assert word not in _persons(redactor, text), _found(redactor, text)


def test_a_record_dumps_keys_are_no_speakers(redactor: Redactor) -> None:
    text = (
        "matricule: LIL-0012\nnom: DEWAELE\nnom_usage: DEWAELE-MARTIN\nsite: Agence Nord\nposte: comptable\n"
    )
    persons = _persons(redactor, text)
    assert not any(p in ("matricule", "nom_usage", "site", "poste") for p in persons), persons


def test_departments_in_a_column_of_owners_are_no_persons(redactor: Redactor) -> None:
    text = "Task\tStatus\tOwner\nWork permit\tdone\tHR\nLaptop\topen\tIT\nDirect deposit\topen\tPayroll\n"
    persons = _persons(redactor, text)
    assert not any(p in ("HR", "IT", "Payroll") for p in persons), persons


def test_a_learned_name_is_no_acronym_in_capitals(redactor: Redactor) -> None:
    session = redactor.session(RecordContext())
    session.analyze_many(["Kaixo, soy Iban Etxeberria, del equipo de Bilbao."])
    text = "Por favor usen la cuenta IBAN ES24 2100 0418 4702 0034 5671."
    ((_, entities),) = session.analyze_many([text])
    assert not any(e["type"] == "PERSON" and text[e["start"] : e["end"]] == "IBAN" for e in entities), (
        entities
    )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Onboarding documents. Ya tiene NIE, falta el alta.", "Ya tiene NIE"),
        ("Nota de Nómina: revisar el día 25.", "Nota de Nómina"),
        ("The driver is Pietro Rossi, Qld licence 071 534 298", "Qld"),
        ("TPIN registration with ZRA – to do once permit is out", "ZRA"),
    ],
)
def test_labels_clauses_and_authorities_are_no_persons(redactor: Redactor, text: str, word: str) -> None:
    assert word not in _persons(redactor, text), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("== EXPORT ==\nemp_no=KIN-2208\nsurname=BROWN-LEE\ngiven_names=Tameka Joy\n", "BROWN-LEE"),
        ("== EXPORT ==\nemp_no=KIN-2208\nsurname=BROWN-LEE\ngiven_names=Tameka Joy\n", "Tameka Joy"),
        ("vorname = Jelena\nnachname = Marković-Huber\ntitel_nach = MSc\n", "Marković-Huber"),
        ("line_mgr=Dwayne Clarke\nlast_changed_by=kimo\n", "kimo"),
        ("Observación de Contabilidad (V.R.): falta el NIT del hostal", "V.R."),
        ("[Nota de llamada 17/03 – Q.Z.: contestó al teléfono fijo]", "Q.Z."),
        ("opinión de cumplimiento adjunta. Firma: L.M.R.", "L.M.R."),
        ("Interner Vermerk (K.-H. Brunnbauer, 23.07.): Rückruf", "K.-H. Brunnbauer"),
        ("the purchasers CHAN KAI MING (NRIC No. S7712345A) and others", "CHAN KAI MING"),
    ],
)
def test_names_in_dumps_dotted_initials_and_family_names_first(
    redactor: Redactor, text: str, value: str
) -> None:
    assert _covered(redactor, text, value), _found(redactor, text)


def test_initials_of_a_signed_full_name_stay_with_it(redactor: Redactor) -> None:
    text = "Cónyuge: Rosa Condori\nFirma: J. L. Quispe      Fecha: 07/03/2025"
    assert _covered(redactor, text, "J. L. Quispe"), _found(redactor, text)


def test_a_sentence_key_is_no_name_key(redactor: Redactor) -> None:
    text = "Manager: see the note below\nOwner: the finance team"
    assert _persons(redactor, text) == [], _found(redactor, text)
