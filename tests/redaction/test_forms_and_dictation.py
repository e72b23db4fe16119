"""Names in form fields, spans across a form's column gaps, and phone numbers spelt out by dictation: cases
written from form layouts and speech-to-text output, not from an evaluation set."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.recognizers.spoken_number import spoken_numbers


def _redact(redactor: Redactor, text: str) -> str:
    return redactor.session().redact(text)


@pytest.mark.parametrize(
    ("text", "names", "labels"),
    [
        ("Nom : KHOURY            Prénom : Rania\nAdresse : 7 bis, allée des Glycines", ["KHOURY", "Rania"], ["Nom", "Prénom"]),
        ("Name: DEMIR              Vorname: Ayşe Nur\nAbteilung: Einkauf", ["DEMIR", "Ayşe Nur"], ["Name", "Vorname", "Einkauf"]),
        ("Name, Vorname: Kowalski, Dawid", ["Kowalski", "Dawid"], ["Name", "Vorname"]),
        ("Nom / Prénom : LE BIHAN Maëlle", ["LE BIHAN Maëlle"], ["Nom", "Prénom"]),
        ("From: Ana Souza\nTo: Dawn Achterberg\nCc: Rashid al-Amin\nSubject: RE: Invoice", ["Ana Souza", "Dawn Achterberg", "Rashid al-Amin"], ["Cc", "Subject", "Invoice"]),
        ("Role        Name                Contact\nSite lead   Kwabena Owusu       ext. 12", ["Kwabena Owusu"], ["Role", "Name", "Contact", "Site"]),
        ("Von: Hoffmann, Grace\nAn: Schmidt, Bastian; Nowak, Aleksandra\nDatum: Fr 11.10", ["Hoffmann", "Grace", "Schmidt", "Bastian", "Nowak", "Aleksandra"], ["Von", "Datum"]),
        ("Aan: Anouk Verbeek\nCC: Dewi Soebroto; G. Lachmon\nOnderwerp: verhuizing", ["Anouk Verbeek", "Dewi Soebroto", "Lachmon"], ["Onderwerp"]),
        ("Para: Administración\nCC: Contabilidad; Soledad Ferrer\nAsunto: nómina", ["Soledad Ferrer"], ["Administración", "Contabilidad", "Asunto"]),
        ("Ticket #4471\nReported by: Tesfaye Gebremedhin\nAssigned to: L. Okonkwo\nPriority: low", ["Tesfaye Gebremedhin", "L. Okonkwo"], ["Assigned", "Priority"]),
    ],
)  # fmt: skip
def test_form_fields(redactor: Redactor, text: str, names: list[str], labels: list[str]) -> None:
    out = _redact(redactor, text)
    for name in names:
        assert all(part not in out for part in name.split()), (name, out)
    for label in labels:
        assert label in out, (label, out)


@pytest.mark.parametrize(
    "text",
    [
        "her number is oh seven seven hundred nine hundred one four two also tell mensah",
        "su móvil es seis uno dos cuatro cuatro cinco nueve ocho siete y decirle",
        "ze is bereikbaar op nul zes twee vier acht een negen zeven drie vijf en niet vergeten",
        "son numéro c'est zéro un quatre-vingt-dix-neuf zéro zéro quarante-deux dix-sept et dire",
        "Nummer null eins sieben eins drei neun zwei acht vier vier null eins und",
    ],
)
def test_spelt_out_phone_numbers(redactor: Redactor, text: str) -> None:
    [span] = list(spoken_numbers(text))
    assert text[span.start - 1] == " " and span.kind == "PHONE"
    assert "<PHONE_1>" in _redact(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "we need two or three people, one for five days",
        "one two three four five six",  # six digits: no phone
        "Onex and Sixt sent seven invoices",
    ],
)
def test_number_words_in_prose_are_no_phone(text: str) -> None:
    assert list(spoken_numbers(text)) == []


@pytest.mark.parametrize(
    ("text", "initials", "kept"),
    [
        ("Actions: ST, DV\nNext meeting Monday", ["ST", "DV"], ["Actions"]),
        ("Responsables: RB y XC", ["RB", "XC"], ["Responsables"]),
        ("her tickets go to PvdB until JWvdM is back", ["PvdB", "JWvdM"], ["tickets"]),
        ("Actions: HR, IT\nOwner: QA", [], ["HR", "IT", "QA"]),
        ("uittreksel KvK volgt, de VvE betaalt, de PvdA ook", [], ["KvK", "VvE", "PvdA"]),
    ],
)
def test_initials_of_people(redactor: Redactor, text: str, initials: list[str], kept: list[str]) -> None:
    out = _redact(redactor, text)
    assert all(i not in out.split() and i + "," not in out for i in initials), out
    assert all(word in out for word in kept), out
