"""Round 18: bank accounts that are no IBAN, regional ids and street addresses (whole runs of the redactor, no
record context, as ``assistant redact --jsonl`` sees a text). Every value is invented; the account numbers
with a check digit are computed to pass (or, in the negative cases, to fail) it."""

from __future__ import annotations

import pytest

from redaction import RecordContext, Redactor
from redaction.recognizers.bank_account import BankAccountRecognizer, _cbu_ok, _clabe_ok
from tests.redaction.coverage import covered as _covered


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _spans(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    session = redactor.session(RecordContext())
    (result,) = session.analyze_many([text])
    return [(e["type"], text[e["start"] : e["end"]]) for e in result[1]]


def test_check_digits() -> None:
    assert _clabe_ok("002180700954312787") and not _clabe_ok("002180700954312785")
    assert _cbu_ok("0000003100044217756820") and not _cbu_ok("0000003100044217756829")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # found by their check digits alone
        ("Transferir a 002180700954312787 antes del viernes.", "002180700954312787"),
        ("Me pasás el 0000003100044217756820 y listo.", "0000003100044217756820"),
        # New Zealand: bank, branch, account, suffix
        ("her ANZ account 06-0158-0932114-00 please", "06-0158-0932114-00"),
        ("ASB 12-3077-0123456-00", "12-3077-0123456-00"),
        # after a word that announces an account
        ("Please pay: sort code 20-45-67, account number 41234567 (Barclays).", "20-45-67"),
        ("Please pay: sort code 20-45-67, account number 41234567 (Barclays).", "41234567"),
        ("BSB 062-914, account 1043 8872", "062-914"),
        ("BSB 062-914, account 1043 8872", "1043 8872"),
        ("Acc no 0123456789 (GTBank), name: the supplier", "0123456789"),
        ("A/c No. 50100418823345, IFSC HDFC0000523", "50100418823345"),
        ("Cuenta de ahorros Bancolombia No. 0570-0081-9932 a nombre de él", "0570-0081-9932"),
        ("Cuenta corriente Banco de Chile Nº 00-123-45678-09.", "00-123-45678-09"),
        ("Pagar a la CCI 00219300412345678915 (BCP)", "00219300412345678915"),
        ("CLABE: 002180700954312785", "002180700954312785"),  # a typo in its check digit: still an account
        ("Kontonummer 1234567890, BLZ 370 400 44", "1234567890"),
        ("RIB : 30004 00550 00012345678 12", "30004 00550 00012345678 12"),
    ],
)
def test_bank_accounts_found(redactor: Redactor, text: str, value: str) -> None:
    assert _covered(redactor, text, value), _spans(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Konto 1200 Forderungen gegen Kunden", "1200"),  # a ledger account
        ("compte 411000 clients, compte 401000 fournisseurs", "411000"),
        ("Konto 2024-00123 ausgeglichen", "2024-00123"),  # a document's number after its year
        ("account manager called on 12/03/2024 about it", "12/03/2024"),
        ("Transferir 002180700954312785 hoy", "002180700954312785"),  # no word, no valid check digit
    ],
)
def test_numbers_that_are_no_account(redactor: Redactor, text: str, value: str) -> None:
    accounts = [v for kind, v in _spans(redactor, text) if kind == "IBAN"]
    assert not any(value in v or v in value for v in accounts), accounts


def test_an_iban_with_a_typo_stays_whole(redactor: Redactor) -> None:
    """ "Konto: DE44 ..." with a wrong check digit: the account rule never takes the digits after "DE"."""
    text = "Bitte auf das Konto DE44 2104 9911 0627 3355 18 überweisen."
    assert _covered(redactor, text, "DE44 2104 9911 0627 3355 18")
    starts = [s.start for s in BankAccountRecognizer().find(text, "de")]
    assert text.index("44 2104") not in starts, starts


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Cédula: C.C. 80.145.772 de Bogotá", "80.145.772"),
        ("Su CC 1020456789 está vencida", "1020456789"),
        ("ID number 8607135412089.", "8607135412089"),
        ("Staff file 8607135412082 (Durban)", "8607135412082"),  # a South African id by its Luhn digit
    ],
)
def test_ids(redactor: Redactor, text: str, value: str) -> None:
    assert _covered(redactor, text, value), _spans(redactor, text)


def test_cc_in_lower_case_is_a_copy(redactor: Redactor) -> None:
    text = "cc 12 people on the 2024001 mail"
    assert not any(kind == "ID" for kind, _ in _spans(redactor, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("la obra de Carrera 11 No. 93-46, Bogotá. Lo atiende", "Carrera 11 No. 93-46, Bogotá"),
        ("Visita en Calle 72 # 10-07, oficina 502 (Bogotá).", "Calle 72 # 10-07, oficina 502"),
        (
            "Dirección fiscal: Jr. Huallaga 532, Of. 301, Cercado de Lima. Cualquier",
            "Jr. Huallaga 532, Of. 301, Cercado de Lima",
        ),
        (
            "será Alameda Mazarredo 47, 3º dcha., 48009 Bilbao. El teléfono",
            "Alameda Mazarredo 47, 3º dcha., 48009 Bilbao",
        ),
        (
            "domiciliado en Av. Providencia 1650, depto. 804, Providencia, Santiago. Teléfono",
            "Av. Providencia 1650, depto. 804, Providencia, Santiago",
        ),
        (
            "Address: 14B Admiralty Way, Lekki Phase 1, Lagos\nPhone: 0803 456 7812",
            "14B Admiralty Way, Lekki Phase 1, Lagos",
        ),
        (
            "He's at 23 Florida Road, Morningside, Durban 4001, cell 082 554 1937.",
            "23 Florida Road, Morningside, Durban 4001",
        ),
        ("She's moved to 17 Te Ngae Rd, Rotorua 3010, mobile 021 448 6302.", "17 Te Ngae Rd, Rotorua 3010"),
        ("Av. Corrientes 1234, piso 5, C1043AAZ CABA", "C1043AAZ CABA"),
        (
            "Adresse : 4512, rue Saint-Denis, app. 3, Montréal QC H2J 2L3 merci",
            "4512, rue Saint-Denis, app. 3, Montréal QC H2J 2L3",
        ),
        (
            "Siège : 1250, boul. René-Lévesque Ouest, bureau 2200",
            "1250, boul. René-Lévesque Ouest, bureau 2200",
        ),
        ("Nouvelle adresse rue des Vennes 112, 4020 Liège depuis mars", "rue des Vennes 112, 4020 Liège"),
        ("Chaussée de Louvain 430/2, 1030 Schaerbeek", "Chaussée de Louvain 430/2, 1030 Schaerbeek"),
        (
            "Adresse 12 résidence du Beffroi, apt 5 – 59800 Lille",
            "12 résidence du Beffroi, apt 5 – 59800 Lille",
        ),
        ("Seestrasse 54 | 8800 Thalwil", "Seestrasse 54 | 8800 Thalwil"),
        (
            "Adresse: 9B Kauri Street, Hamilton East, Hamilton 3216 ok",
            "9B Kauri Street, Hamilton East, Hamilton 3216",
        ),
    ],
)
def test_addresses(redactor: Redactor, text: str, value: str) -> None:
    assert _covered(redactor, text, value), _spans(redactor, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Avda. de la Constitución 12, 41004 Sevilla, Tel. 954 12 34 56", "Tel"),  # a label is no place
        (
            "Send it to 23 Florida Road, Durban, Pedro said it was fine.",
            "Pedro said",
        ),  # no boundary after him
        ("Hauptstraße 12, Hamburg, the team will visit", "the team"),
    ],
)
def test_places_after_a_street_stop(redactor: Redactor, text: str, kept: str) -> None:
    """The address ends before a label, a person or words that go on the sentence."""
    start = text.index(kept)
    session = redactor.session(RecordContext())
    (result,) = session.analyze_many([text])
    addresses = [(e["start"], e["end"]) for e in result[1] if e["type"] == "ADDRESS"]
    assert addresses and not any(s < start + len(kept) and start < e for s, e in addresses), addresses


@pytest.mark.parametrize(
    ("text", "word", "person"),
    [
        ("Receipt attached, GBP 142.", "Receipt", False),
        ("Update 3 (jm): Rebuild done, Grace confirmed working", "Rebuild", False),
        ("Voicemail from +44 7700 900318, received", "Voicemail", False),
        ("Bilan de l'année : bonne progression", "Bilan", False),
        ("the afternoon is off the table. Fingers crossed - I have hope", "Fingers", False),
        # a word that is a name too, with a verb of a person or a possessive after it
        ("Demande d'approbation : Stanislas souhaite participer au congrès", "Stanislas", True),
        ("3. AML – Dez's passport still missing from the file", "Dez", True),
        ("Sent to Okonkwo yesterday", "Okonkwo", True),  # not opening a sentence
    ],
)
def test_model_hits_that_open_a_sentence(text: str, word: str, person: bool) -> None:
    """A single-word person of the NER model that opens a sentence and is a frequent word no name list holds
    ("Receipt attached") is dropped, unless a verb of a person or a possessive follows it."""
    from redaction.ner import clean_person

    start = text.index(word)
    assert (clean_person(text, start, start + len(word)) is not None) is person


def test_compounds_of_words_need_no_model_run() -> None:
    from redaction.ner import _worth_ner
    from redaction.recognizers.person.tokens import tokenize

    def worth(word: str) -> bool:
        (tok,) = [t for t in tokenize(word) if t.text == word]
        return _worth_ner(tok, "en")

    assert not worth("Kick-off") and not worth("Paris-Lyon")
    assert worth("Jean-Baptiste") or worth("Okonkwo-Adeyemi")


@pytest.mark.parametrize(
    ("text", "name", "firm"),
    [
        ("el de Moreno y Asociados lo firmas tú", "Moreno", True),
        ("Rechnung von Müller und Söhne erhalten", "Müller", True),
        ("merci à Dupont et Associés pour le dossier", "Dupont", True),
        ("offerte van Jansen en Zonen", "Jansen", True),
        ("el informe pericial de Arquitectura Moreno SLP", "Moreno", True),
        ("Moreno y Vidal revisaron el informe", "Moreno", False),  # two people
        ("Müller und Schmidt kommen morgen", "Müller", False),
    ],
)
def test_firm_tails_after_and(text: str, name: str, firm: bool) -> None:
    from redaction.recognizers.person.guards import company_context

    start = text.index(name)
    assert company_context(text, start, start + len(name)) is firm


def test_learned_surname_in_a_firm_name_stays(redactor: Redactor) -> None:
    """A surname learned from a person is not spread into a firm's name in another text of the run."""
    session = redactor.session(RecordContext())
    first, second = session.redact_many(
        ["Llamó Juan Moreno ayer.", "el informe de Arquitectura Moreno SLP y el de Moreno y Asociados"]
    )
    assert "Moreno" not in first and second.count("Moreno") == 2, (first, second)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ignacio dice que no. Decidirá Amparo.", "Amparo"),
        ("Los papeles están. Coordina Encarna (gerencia).", "Encarna"),
    ],
)
def test_spanish_subject_after_an_opening_verb(redactor: Redactor, text: str, name: str) -> None:
    assert _covered(redactor, text, name), _spans(redactor, text)


def test_opening_verb_before_a_word_is_no_name(redactor: Redactor) -> None:
    text = "Revisa contrato. Firma Dirección."
    assert not any(kind == "PERSON" for kind, _ in _spans(redactor, text))


def test_learned_month_name_stays_a_month_in_dates(redactor: Redactor) -> None:
    """ "June" learned as a person is not spread into dates ("21–22 June", "last June", "June 2025"), but is
    into a greeting ("Thanks June, 3 files attached")."""
    session = redactor.session(RecordContext())
    _, second = session.redact_many(
        [
            "On payroll: June's run will include the overtime.",
            "moved to 21–22 June. Fees rose vs last June. Thanks June, 3 files attached. June 2025 close.",
        ]
    )
    assert second.count("June") == 3 and "Thanks <PERSON" in second, second


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aan de dure kant, maar Goedele heeft het goedgekeurd.", "Goedele"),
        ("Convention signée ; elle l'enverra à Priscille demain.", "Priscille"),
        ("Borgstelling door zijn vrouw, Nazira, is geregeld.", "Nazira"),
    ],
)
def test_round18_given_names(redactor: Redactor, text: str, name: str) -> None:
    from redaction.recognizers.person.tokens import known_first

    assert known_first(name.lower(), ambiguous_ok=False)
    assert _covered(redactor, text, name), _spans(redactor, text)


@pytest.mark.parametrize(
    ("text", "value", "found"),
    [
        ("Representante: 12.345.678-5 firmó.", "12.345.678-5", True),  # Chile's RUT, check digit 5
        ("Representante: 12.345.678-4 firmó.", "12.345.678-4", False),  # wrong check digit, no word
        ("El trabajador 20-12345678-6 cobra.", "20-12345678-6", True),  # Argentina's CUIL
        ("El trabajador 20-12345678-3 cobra.", "20-12345678-3", False),
        ("Persona física GODE561231GR8 registrada.", "GODE561231GR8", True),  # Mexico's RFC of a person
        ("clave de elector GMVLMR80070501M100", "GMVLMR80070501M100", True),  # INE voter key
        ("credencial INE 1234567890123 vigente", "1234567890123", True),
    ],
)
def test_latin_american_ids(redactor: Redactor, text: str, value: str, found: bool) -> None:
    assert _covered(redactor, text, value) is found, _spans(redactor, text)


def test_places_after_a_street_leave_the_sentence_dot(redactor: Redactor) -> None:
    text = "Our office moved to Hauptstraße 12, 20095 Hamburg, Germany. Call me."
    session = redactor.session(RecordContext())
    (result,) = session.analyze_many([text])
    addresses = [text[e["start"] : e["end"]] for e in result[1] if e["type"] == "ADDRESS"]
    assert addresses == ["Hauptstraße 12, 20095 Hamburg, Germany"], addresses


@pytest.mark.parametrize(
    "text",
    [
        "Escalade – réclamation Maison Delorme (campagne de printemps)",
        "fournisseur Nettoyage Dubois (entretien des bureaux)",
        "el equipo de Bilbao para el cliente Forjas Echeverría:",
        "on prend un intérimaire via Victoire Intérim.",
    ],
)
def test_trades_and_houses_named_after_people_are_firms(redactor: Redactor, text: str) -> None:
    assert not any(kind == "PERSON" for kind, _ in _spans(redactor, text)), _spans(redactor, text)
