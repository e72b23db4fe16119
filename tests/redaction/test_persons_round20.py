"""Round 20: persons of the regions, from notes by other writers (whole runs of the redactor, no record context,
as ``assistant redact --jsonl`` sees a text): honorifics joined by a hyphen ("-da", "-ji"), user names of a first
and a family name, the Malay "binte", nicknames the text ties to a person, "Chief" and "Rev." before names, long
names and particles, a learned name growing to the full name; and what is no person: a verb opening a clause,
form labels, frequent words that are rare names, greetings and festivals. Formats: ``test_formats_round20.py``.
Every person is invented."""

from __future__ import annotations

import pytest

from redaction import RecordContext, Redactor
from tests.redaction.coverage import covered as _covered
from tests.redaction.coverage import found as _found
from tests.redaction.coverage import persons as _persons


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ok Harsha-da, I will move it to next week.", "Harsha-da"),
        ("Please ask Mehul-ji to sign the annexure.", "Mehul-ji"),
        ("The file is with Rina-di now, not with me.", "Rina-di"),
        ("Kamal bhai will call the transporter.", "Kamal"),
        ("Bose babu has retired, send it to the new partner.", "Bose"),
        ("Deshpande madam asked for the sub-contract.", "Deshpande"),
    ],
)
def test_south_asian_honorifics_after_a_name(redactor: Redactor, text: str, value: str) -> None:
    assert _covered(redactor, text, value), _found(redactor, text)


@pytest.mark.parametrize(
    "text", ["Rolls-Royce and Coca-Cola sent their forms.", "The hand-ji and the fix-da build are in QA."]
)
def test_hyphenated_words_are_no_honorifics(redactor: Redactor, text: str) -> None:
    assert _persons(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("- tanvir.hossain (Mon): waiting for the structural inputs.", "tanvir.hossain"),
        ("[09:02] ibironke.east: morning all, who is on site today?", "ibironke.east"),
        ("Assignee: sudeshna.mitra   Reviewer: KAR, P.", "sudeshna.mitra"),
    ],
)
def test_user_names_of_a_first_and_a_family_name(redactor: Redactor, text: str, value: str) -> None:
    assert _covered(redactor, text, value), _found(redactor, text)


def test_file_names_and_libraries_are_no_user_names(redactor: Redactor) -> None:
    text = "The build reads config.yaml and uses react.js and node.js; see notes.txt."
    assert _persons(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Assistant: Aminah binte Yusof (ext. 214)", "Aminah binte Yusof"),
        ("4. Faridah bte Hamzah - halal", "Faridah bte Hamzah"),
    ],
)
def test_malay_patronymics_inside_the_name(redactor: Redactor, text: str, value: str) -> None:
    assert value in _persons(redactor, text), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('Coordinar la entrega con "Tuca" (Arturo Beltrán Osuna, almacén), anexo 12.', "Tuca"),
        ("pregúntale a Pachito (Gerardo Wong Ibarra) del cliente", "Pachito"),
        ("Mi suegro, don Anselmo Garza (todos le dicen don Chemo), habló ayer.", "Chemo"),
        ('El encargado será Yunior Batista, alias "el Menor", cel. aparte.', "Menor"),
        ("Bubai = Sandipan Ghosh, he is at the Howrah site.", "Bubai"),
    ],
)
def test_nicknames_the_text_ties_to_a_person(redactor: Redactor, text: str, value: str) -> None:
    assert _covered(redactor, text, value), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('We moved them to the "Premium" Smith plan last year.', "Premium"),
        ("The client (Hannah Okafor) approved it.", "client"),
        ("the project known as Phoenix and the tool aka Jira", "Phoenix"),
    ],
)
def test_words_beside_a_person_are_no_nicknames(redactor: Redactor, text: str, word: str) -> None:
    assert word not in _persons(redactor, text), _found(redactor, text)


def test_a_title_after_with_is_no_person(redactor: Redactor) -> None:
    found = _persons(redactor, "estoy en junta con el ing Ocampo y con doña Chela")
    assert "doña" not in found and "Chela" in found, found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("• Desarrollo: Ayoze Betancor Umpiérrez y Nauzet migraron el catálogo.", "Ayoze Betancor Umpiérrez"),
        ("feedback de Sr. Vaswani (Haresh Vaswani Motwani) muy positivo", "Haresh Vaswani Motwani"),
        ("Espero la firma de Yokasta Almonte Bisonó y de Dioris.", "Dioris"),
        ("Tersoo and Tamunotonye came late twice last week.", "Tamunotonye"),
    ],
)
def test_names_of_the_regions(redactor: Redactor, text: str, value: str) -> None:
    assert _covered(redactor, text, value), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("We met Chief Okonkwo at the site office.", "Okonkwo"),
        ("Chief Dein Harry-Jaja said he would tell you.", "Dein Harry-Jaja"),
        ("References: Rev. Delroy Bailey (pastor), glowing.", "Delroy Bailey"),
        ("Atte.,\nLic. Ramón Emilio Hazoury Selman\nDirector", "Ramón Emilio Hazoury Selman"),
        (
            "cerrar cuando Caro (Carolina Espinosa de los Monteros) valide",
            "Carolina Espinosa de los Monteros",
        ),
        ("Giuseppina Lo Bianco firmó ayer la traducción.", "Giuseppina Lo Bianco"),
        ("Also Deshpande madam from your side had asked for it.", "Deshpande"),
    ],
)
def test_titles_particles_and_long_names(redactor: Redactor, text: str, value: str) -> None:
    assert _covered(redactor, text, value), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Our Chief Executive Officer, the Chief Justice and the Chief Engineer met; see Rev. 3 and Rev 2.1.",
        "Cliente: Destiladora Los Orozco, S.A. de C.V.; Ganadería Los Olivares SL; vivo en Los Rosales.",
    ],
)
def test_job_titles_and_firms_with_articles_are_no_persons(redactor: Redactor, text: str) -> None:
    assert _persons(redactor, text) == [], _found(redactor, text)


def test_a_name_learned_elsewhere_grows_to_the_full_name_here(redactor: Redactor) -> None:
    """The session learns "Rubén" from one text; in another, "Rubén Ñaupari M." is still redacted whole."""
    texts = ['Pagos: Rubén "Cacho" Silva, cableado.', "gracias!!\nRubén Ñaupari M.\nconsultor senior"]
    results = redactor.session(RecordContext()).analyze_many(texts)
    spans = [(e["start"], e["end"]) for e in results[1][1]]
    start = texts[1].index("Rubén Ñaupari M.")
    value = "Rubén Ñaupari M."
    assert all(
        any(s <= k < e for s, e in spans) for k in range(start, start + len(value)) if texts[1][k].isalnum()
    )


@pytest.mark.parametrize(
    ("text", "verb", "name"),
    [
        ("15/02 Baba Rudo came in. Says Tino will be back on Monday.", "Says", "Tino"),
        ("02/07 09:10 – Llamada. Habla Wang Xiaoling, quiere cambiar de asesoría.", "Habla", "Wang Xiaoling"),
        ("- Mentioned Okonkwo as reference for the job.", "Mentioned", "Okonkwo"),
    ],
)
def test_a_verb_opening_the_clause_is_no_part_of_the_name(
    redactor: Redactor, text: str, verb: str, name: str
) -> None:
    found = _persons(redactor, text)
    assert name in found and not any(verb in value for value in found), found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("120 – Outlook keeps asking for password\nRequester: Grace Kowalczyk (Tax, 3rd floor)", "Requester"),
        ("Lan's right-to-work check is booked with Payroll on Monday; Rowe needs a copy.", "Payroll"),
    ],
)
def test_form_labels_and_teams_are_no_persons(redactor: Redactor, text: str, word: str) -> None:
    assert word not in _persons(redactor, text), _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Durante este tiempo la cartera la llevó el equipo.",
        "Nada de remedios caseros con el PDF, por favor.",
        "Segundo, la conciliación bancaria de marzo.",
        "Manda el CV y el contrato firmado.",
        "Vino un mensajero con documentos para firmar.",
    ],
)
def test_frequent_words_that_are_rare_names_open_sentences_as_words(redactor: Redactor, text: str) -> None:
    assert _persons(redactor, text) == [], _found(redactor, text)


def test_those_words_are_names_beside_a_surname(redactor: Redactor) -> None:
    found = _persons(redactor, "Hablé con Nada Haddad ayer. Segundo Quispe firmó el acta.")
    assert "Nada Haddad" in found and "Segundo Quispe" in found, found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Approver (Farheen Siddiqui, Mgr): Approved with deduction.", "Farheen Siddiqui", "Mgr"),
        ("Minutes taken by (Jonathan Hallworth, Chair) and circulated.", "Jonathan Hallworth", "Chair"),
    ],
)
def test_a_role_after_a_name_in_parentheses_is_no_second_person(
    redactor: Redactor, text: str, name: str, role: str
) -> None:
    found = _persons(redactor, text)
    assert name in found and role not in found, found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ngā mihi, Wiremu Tipene", "Wiremu Tipene"),
        ("Kia ora Hemi, the hui is on Friday.\nNgā mihi nui,\nAroha", "Aroha"),
    ],
)
def test_maori_greetings_and_sign_offs_are_no_names(redactor: Redactor, text: str, person: str) -> None:
    found = _persons(redactor, text)
    assert person in found and not {"Ngā", "mihi", "Kia"} & set(found), found


def test_names_spelt_like_those_words_are_still_names(redactor: Redactor) -> None:
    found = _persons(redactor, "Nga Nguyen signed. Kia Mahoney called.")
    assert found == ["Nga Nguyen", "Kia Mahoney"], found


@pytest.mark.parametrize(
    "text",
    [
        "Inshallah we finish Friday. Eid Mubarak everyone!",
        "Happy Diwali and Pongal wishes to the team. Ramadan Kareem.",
        "Sat Sri Akal ji, Waheguru bless.",
        "Shukran for sorting it. Enkosi. Dankie.",
    ],
)
def test_greetings_and_festivals_are_no_names(redactor: Redactor, text: str) -> None:
    assert _persons(redactor, text) == [], _found(redactor, text)


def test_a_regional_closing_line_is_no_name_and_the_signer_after_it_is(redactor: Redactor) -> None:
    found = _persons(redactor, "Thanks for the payment.\nSalaams,\nTasneem")
    assert found == ["Tasneem"], found


def test_names_that_make_those_greetings_are_names_elsewhere(redactor: Redactor) -> None:
    found = _persons(redactor, "Kareem Hassan and Mubarak Ali signed. Sri Lakshmi called.")
    assert found == ["Kareem Hassan", "Mubarak Ali", "Sri Lakshmi"], found
