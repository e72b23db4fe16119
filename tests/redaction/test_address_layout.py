"""Addresses by layout (form fields, English-style address lines, towns in capitals) and identity numbers by
their published formats: cases written from the postal and id formats, not from an evaluation set."""

from __future__ import annotations

import pytest

from redaction import Redactor

# (language, text, values that must be redacted completely, words that must stay)
ADDRESSES = [
    ("fr", "Courrier à envoyer : 12 rue du Faubourg Saint-Honoré\n75008 PARIS", ["12 rue du Faubourg Saint-Honoré", "75008 PARIS"], ["Courrier"]),
    ("nl", "Nieuw adres: Kastanjelaan 14\n3038 KL ROTTERDAM", ["Kastanjelaan 14", "3038 KL ROTTERDAM"], ["Nieuw"]),
    ("en", "Send it to 18 Kingfisher Rise, Bristol BS5 6QT please", ["18 Kingfisher Rise, Bristol BS5 6QT"], ["Send", "please"]),
    ("en", "Her address: Unit 4, Riverside Business Park, 9 Mill Lane, Leeds LS10 1AB", ["Unit 4, Riverside Business Park, 9 Mill Lane, Leeds LS10 1AB"], ["Her"]),
    ("en", "Deliver to The Old Forge, Church Hill, Great Amwell SG12 9RT", ["The Old Forge, Church Hill, Great Amwell SG12 9RT"], ["Deliver"]),
    ("en", "Invoice sent to Acme Widgets Ltd, 9 Mill Lane, Leeds LS10 1AB", ["9 Mill Lane, Leeds LS10 1AB"], ["Acme", "Widgets", "Invoice"]),
    ("en", "Home: 4821 Maple Ridge Dr, Apt 3B, Columbus, OH 43215", ["4821 Maple Ridge Dr, Apt 3B, Columbus, OH 43215"], ["Home"]),
    ("en", "lives at 14 Ashgrove Park, Ballincollig, Co. Cork P31 X2Y4", ["14 Ashgrove Park, Ballincollig, Co. Cork P31 X2Y4"], ["lives"]),
    ("de", "Straße: Ahornweg 5\nPLZ/Ort: 34117 Kassel", ["Ahornweg 5", "34117 Kassel"], []),
    ("de", "wohnt jetzt Am Sonnenhang 4, 79104 Freiburg im Breisgau", ["Am Sonnenhang 4, 79104 Freiburg im Breisgau"], ["wohnt"]),
    ("de", "Anschrift: An der Alster 12, 20099 HAMBURG", ["An der Alster 12, 20099 HAMBURG"], []),
    ("fr", "Adresse : 8, allée des Peupliers\nCode postal : 44300\nVille : Nantes", ["8, allée des Peupliers", "44300", "Nantes"], []),
    ("fr", "Client au 1250, rang du Petit-Bois, Saint-Jean-sur-Richelieu (Québec) J2X 4H6", ["1250, rang du Petit-Bois, Saint-Jean-sur-Richelieu (Québec) J2X 4H6"], ["Client"]),
    ("fr", "BP 4521, 31405 Toulouse Cedex 4", ["31405 Toulouse Cedex 4"], []),
    ("es", "vive en Camino del Molino s/n, 41920 San Juan de Aznalfarache (Sevilla)", ["Camino del Molino s/n, 41920 San Juan de Aznalfarache (Sevilla)"], ["vive"]),
    ("es", "su domicilio: c/ Mayor 5, 2º dcha, 28013 Madrid", ["c/ Mayor 5, 2º dcha, 28013 Madrid"], ["domicilio"]),
    ("es", "Passeig de Gràcia 55, 08007 Barcelona", ["Passeig de Gràcia 55, 08007 Barcelona"], []),
    ("nl", "Straat + huisnr: Achter de Hoven 5\nPostcode: 5611 AB\nWoonplaats: Eindhoven", ["Achter de Hoven 5", "5611 AB", "Eindhoven"], []),
    ("nl", "Adres: Van Ostadestraat 233-2, 1073 TK Amsterdam", ["Van Ostadestraat 233-2, 1073 TK Amsterdam"], []),
    ("nl", "Ons adres is Laan van Meerdervoort 212, 2563 AK Den Haag.", ["Laan van Meerdervoort 212, 2563 AK Den Haag"], ["adres"]),
    ("nl", "Wei Chen\nBurgemeester de Withstraat 7\n5611 AB Eindhoven", ["Burgemeester de Withstraat 7", "5611 AB Eindhoven"], []),
    ("es", "Dirección: C/ Virgen de los Reyes 12, 2.º B\nCP y localidad: 41003 Sevilla", ["C/ Virgen de los Reyes 12, 2.º B", "41003 Sevilla"], []),
    ("es", "a Carrer de Mallorca 215, 3r 1a, 08008 Barcelona el lunes", ["Carrer de Mallorca 215, 3r 1a, 08008 Barcelona"], ["lunes"]),
    ("es", "Domicilio: Av. Chapultepec Sur 480, int. 12, Col. Americana, 44160 Guadalajara, Jal.", ["Av. Chapultepec Sur 480, int. 12, Col. Americana, 44160 Guadalajara, Jal"], []),
    ("de", "Adresse: Kastanienweg 7, 3. OG links, 80993 München. Danke", ["Kastanienweg 7, 3. OG links, 80993 München"], ["Danke"]),
    ("fr", "Nom : KHOURY   CP / Ville : 33600  Pessac\nIBAN : voir plus bas", ["33600  Pessac"], ["IBAN"]),
    # not addresses
    ("de", "Am Freitag 14 Uhr im Büro; Ort: Besprechungsraum Nord", [], ["Freitag", "Besprechungsraum", "Nord"]),
    ("en", "Total: 12000 EUR, 15000 USD in Q3; Zip: see attached", [], ["EUR", "USD", "attached"]),
    ("fr", "Adresse e-mail : voir le dossier ; Ville : Lyon", [], ["Lyon", "dossier"]),
    ("en", "Sprint 4 Review, Green Light for Phase 2", [], ["Review", "Green", "Light"]),
]  # fmt: skip

IDS = [
    ("en", "Her NI number is QQ 12 34 56 C and DOB on file", "QQ 12 34 56 C"),
    ("en", "driving licence number MORGA753116SM9IJ checked", "MORGA753116SM9IJ"),
    ("de", "Führerscheinnummer: B072RRE2I55", "B072RRE2I55"),
    ("de", "Steuernummer 21/815/08150 beim Finanzamt", "21/815/08150"),
    ("de", "Versichertennummer A123456780 (TK)", "A123456780"),
    ("de", "Seine Steuer-ID lautet 47 036 892 815.", "47 036 892 815"),
    ("en", "codice fiscale RSSMRA85T10A562S", "RSSMRA85T10A562S"),
    ("en", "her tax code: RSSMRA85T10A562S", "RSSMRA85T10A562S"),  # the check letter alone
    ("nl", "PESEL 44051401359 van de nieuwe medewerker", "44051401359"),
    ("de", "TC Kimlik No 10000000146", "10000000146"),
    ("es", "el consultor 123.456.789-09 firmó", "123.456.789-09"),  # CPF by its two check digits
    ("nl", "paspoortnummer: SPECI2014, geldig tot 2031", "SPECI2014"),
    ("es", "el NUSS que tenemos está mal, el correcto es 28/41730582/55", "28/41730582/55"),
    ("en", "my passport number for the new contract, it is Z4827193.", "Z4827193"),
    ("de", "Ausweisnummer zur Legitimation: L8Z2R41TX.", "L8Z2R41TX"),
    ("en", "National Insurance number: NK 73 81 04 B", "NK 73 81 04 B"),
    ("fr", "N° fiscal : 3017 482 905 316", "3017 482 905 316"),
]


def _redacted(redactor: Redactor, text: str, lang: str) -> list[tuple[int, int]]:
    _, entities = redactor.session().analyze_many([text])[0]
    return [(e["start"], e["end"]) for e in entities]


def _covered(text: str, value: str, spans: list[tuple[int, int]]) -> bool:
    start = text.index(value)
    return all(
        any(s <= i < e for s, e in spans) for i in range(start, start + len(value)) if text[i].isalnum()
    )


@pytest.mark.parametrize(("lang", "text", "values", "keep"), ADDRESSES, ids=lambda v: str(v)[:30])
def test_address_layouts(
    redactor: Redactor, lang: str, text: str, values: list[str], keep: list[str]
) -> None:
    spans = _redacted(redactor, text, lang)
    for value in values:
        assert _covered(text, value, spans), value
    for word in keep:
        start = text.index(word)
        assert not any(s < start + len(word) and start < e for s, e in spans), word


@pytest.mark.parametrize(("lang", "text", "value"), IDS, ids=lambda v: str(v)[:30])
def test_identity_numbers(redactor: Redactor, lang: str, text: str, value: str) -> None:
    assert _covered(text, value, _redacted(redactor, text, lang)), value


def test_check_digits_decide_alone() -> None:
    """Without an identity word only a valid check letter or digit makes a number personal; a codice fiscale's
    or a Spanish social security number's own shape after a document's word ("ref") needs its check too (bare, a
    wrong check is one copied wrong: round 35)."""
    from redaction.recognizers.national_id import NationalIdRecognizer

    recognizer = NationalIdRecognizer()

    def found(text: str) -> set[str]:
        return {text[s.start : s.end] for s in recognizer.find(text, "en")}

    assert found("ref RSSMRA85T10A562S") == {"RSSMRA85T10A562S"}
    assert found("ref RSSMRA85T10A562T") == set()
    assert found("ref 123.456.789-09") == {"123.456.789-09"}
    assert found("ref 123.456.789-00 and 111.111.111-11") == set()
    assert found("ref 28/41730582/55") == {"28/41730582/55"}
    assert found("ref 28/41730582/56 and invoice 2024/00012345/01") == set()
