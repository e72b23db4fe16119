"""Round 36: a person's number asked for in a call or a chat and given in the next turn (spelt out or in figures)
and read back; a number written as a found identity number but for one slip (a digit changed, two swapped), a date of
birth corrected the same way; Britain's plates by their shape, a plate after "now"; a bare number after a person's
name and a dash; more words of a person's number said in a sentence; and what must stay (answers to other
questions, amounts, other dates, numbers far from one slip). Whole runs, no record context. Every value is
invented."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.coverage import covered, untouched
from tests.redaction.coverage import found as _found

_CALL_EN = (
    "Call log 14:05\n"
    "Dana: Thanks Mr Brzezinski. Can I take your tenant reference?\n"
    "Caller: It's K, zero seven, three three one eight.\n"
    "Dana: K-07-3318, lovely. And which flat is it?\n"
    "Caller: Flat 4, the boiler again.\n"
)
_CALL_ES = (
    "Marta: Muy bien. ¿Me dice su número de póliza?\n"
    "Cliente: Sí, a ver... erre, te, cinco, cinco, ocho, uno, dos, cero, siete.\n"
    "Marta: RT-5581207. ¿Y el DNI del tomador?\n"
    "Cliente: Cuarenta y uno, cero dos, siete, tres, ocho, nueve, equis.\n"
)
_CALL_DE = (
    "Herr Wolf: Haben Sie das Kennzeichen?\n"
    "Anruferin: Ja, K wie Kaufmann, Strich, L wie Ludwig, M wie Martha, drei, null, neun, eins.\n"
    "Herr Wolf: K-LM 3091, notiert. Und Ihre Mieternummer?\n"
    "Anruferin: Null sieben, vier vier, zwei eins.\n"
    "Herr Wolf: Also 07-4421. Danke.\n"
)
_CHAT_FR = (
    "Julie 09:21 : reçu. il est sous quel matricule déjà ?\n"
    "Karim B. 09:21 : 00741, compta clients, bureau 118\n"
    "Julie 09:22 : merci\n"
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_CALL_EN, "K, zero seven, three three one eight"),
        (_CALL_EN, "K-07-3318"),
        (_CALL_ES, "erre, te, cinco, cinco, ocho, uno, dos, cero, siete"),
        (_CALL_ES, "RT-5581207"),
        (_CALL_ES, "Cuarenta y uno, cero dos, siete, tres, ocho, nueve, equis"),
        (_CALL_DE, "K wie Kaufmann, Strich, L wie Ludwig, M wie Martha, drei, null, neun, eins"),
        (_CALL_DE, "Null sieben, vier vier, zwei eins"),
        (_CALL_DE, "07-4421"),
        (_CHAT_FR, "00741"),
    ],
)
def test_numbers_asked_for_and_given_in_the_next_turn(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


_NOT_ASKED = (
    "Dana: Can I take your phone number?\n"
    "Caller: Oh seven seven double oh, nine double oh, four one two.\n"
    "Dana: And the invoice number you're querying?\n"
    "Caller: INV, four four one two, from March.\n"
    "Dana: What did you pay for the repair?\n"
    "Caller: Four hundred and twenty, I think.\n"
)
_AMOUNTS_AND_TIMES = (
    "Ana: ¿Cuánto queda en la cuenta de la póliza?\n"
    "Cliente: 1.250 euros, creo.\n"
    "Ana: ¿Viene hoy a firmar, y con qué número de cita?\n"
    "Cliente: A las 10:30.\n"
)
_LONG_ANSWER = (
    "Sam: Do you have the policy number for the claim?\n"
    "Rita: Not to hand, I'll send it over this afternoon with the photos of the kitchen, there are 12 of them.\n"
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_NOT_ASKED, "INV, four four one two"),
        (_NOT_ASKED, "Four hundred and twenty"),
        (_LONG_ANSWER, "12 of them"),
        (_AMOUNTS_AND_TIMES, "1.250 euros"),
        (_AMOUNTS_AND_TIMES, "10:30"),
        (_CALL_EN, "Flat 4"),
    ],
)
def test_answers_to_other_questions_stay(redactor: Redactor, text: str, value: str) -> None:
    assert untouched(redactor, text, value), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("His member number is 7731460 - sorry, 7731406, I transposed the last two digits.", "7731406"),
        (
            "Femke: zijn rijbewijsnummer is 4418290371\nFemke: sorry, het is 4418290317 niet 4418290371",
            "4418290317",
        ),
        ("Kennzeichen ist jetzt M-RT 4471 (vorher M-RT 4417), für die 1%-Regelung.", "M-RT 4417"),
        (
            "Im Personalbogen steht geb. 04.05.1986, beim Abruf dagegen der 40.05.1986 und 04.05.1968.",
            "04.05.1968",
        ),
        (
            "Bea's DOB on the fund side is 21/07/1979 but we have 21/07/1978, one of them is wrong.",
            "21/07/1978",
        ),
    ],
)
def test_numbers_and_birth_dates_one_slip_from_a_found_one(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("His member number is 7731460. The fee was 7731 GBP for 2024, paid 7731460 days ago.", "7731 GBP"),
        ("DOB 21/07/1979; the meeting is on 21/07/2024 and the invoice of 12/07/1979 stays.", "21/07/2024"),
        ("Staff no. 4418290371 joined; ticket 9918290371 is about the laptop.", "9918290371"),
    ],
)
def test_numbers_more_than_one_slip_away_stay(redactor: Redactor, text: str, value: str) -> None:
    assert untouched(redactor, text, value), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Parked in the disabled bay for three weeks without a badge. The registration is KT19 PXW.",
            "KT19 PXW",
        ),
        ("Visitor car today: LR68 BNA (Mr Osei), please let security know.", "LR68 BNA"),
        ("Dienstwagen von Jana: Kennzeichen ist jetzt HH-JB 2207, für die 1%-Regelung.", "HH-JB 2207"),
        ("priya: Amara Nwosu - 6620-14, new starter. her P45 is missing", "6620-14"),
        ("Also on the same run please: Zofia Wiśniewska - 4481027. She transferred last year.", "4481027"),
        ("- Orla Brennan, illustrator: 8830517264\n- Ravi, still waiting", "8830517264"),
        (
            "Tomasz werkt via een uitzendbureau; zijn registratienummer daar is UZ-88130-2. Ik bel",
            "UZ-88130-2",
        ),
        ("Ihre Kundennummer dort ist 731D440918, falls du nachfragen musst.", "731D440918"),
        ("His Home Office reference is B2290417 and the family's leave expires in May.", "B2290417"),
        ("el número de afiliado de Óscar es MV-0047219 y el parte de baja", "MV-0047219"),
        ("eine Kopie seines Personalausweises (Nr. L7TX0MK41) und eine Quittung", "L7TX0MK41"),
    ],
)
def test_plates_numbers_after_names_and_said_numbers(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Anna Berg: 45000.", "45000"),
        ("Tom Baker - 12500 hours logged on the Harbour project.", "12500"),
        ("Ines Vidal - 2024.", "2024"),
    ],
)
def test_postcodes_amounts_and_years_stay(redactor: Redactor, text: str, value: str) -> None:
    assert untouched(redactor, text, value), _found(redactor, text)


def test_a_postcode_is_no_plate(redactor: Redactor) -> None:
    text = "Send it to the London office, SW4 6JB, by Friday; the van is KX21 BFD."
    assert not covered(redactor, text, "SW4 6JB", "ID"), _found(redactor, text)
    assert covered(redactor, text, "KX21 BFD", "ID"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Meier, Andrea – geb. 07.07.1984 – Vers.-Nr. PKL-30771", "PKL-30771"),
        ("Mitgl.-Nr. 448213, Beitrag 60 €", "448213"),
        ("Mitarbeiter-ID: MA-2291 (Frau Jansen)", "MA-2291"),
        ("MRN 7741203, admitted Tuesday", "7741203"),
        ("Badge no. 20931 was deactivated", "20931"),
        ("Tenant ref T-04-9917, flat 3", "T-04-9917"),
        ("Kunden-Nr.: 550218 Frau Özdemir", "550218"),
        ("N° client : C-0048217 (M. Guérin)", "C-0048217"),
        ("Klantnr.: 88214 (dhr. Visser)", "88214"),
        ("Customer no. 550218 (Mrs Okafor)", "550218"),
        ("SSN on file ends 6789, full one is in the safe", "6789"),
        ("her passport ends in 4471, please check", "4471"),
        ("the last four of his SSN are 6789", "6789"),
        ("su DNI termina en 482D, el completo está en la ficha", "482D"),
        ("son numéro de sécu se termine par 082 47", "082 47"),
        ("zijn BSN eindigt op 7821", "7821"),
        ("die Steuer-ID endet auf 8903", "8903"),
        ("NRIC last 4: 567D", "567D"),
        ("la tarjeta sanitaria (TSI) de Pedro es BBBB123456789012", "BBBB123456789012"),
    ],
)
def test_short_labels_clients_with_a_title_and_last_digits(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value, "ID"), _found(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kunden-Nr. 550218, Beitrag 60 €, Firma Müller GmbH", "550218"),
        ("Invoice for client no. 44821 (Harbour Logistics Ltd)", "44821"),
        ("the project ends in 2025 and the card ends next week", "2025"),
        ("Our account ends 30 June 2024", "30 June"),
        ("the lease ends in 2026, rent 1450", "2026"),
    ],
)
def test_firms_client_numbers_and_endings_that_are_dates_stay(
    redactor: Redactor, text: str, value: str
) -> None:
    assert untouched(redactor, text, value), _found(redactor, text)


def test_an_address_opening_after_a_bracket(redactor: Redactor) -> None:
    text = "Voice-over Friday at Kwame's flat (3rd floor, 18 Cotham Vale, Bristol BS6 6HR). Buzzer's broken."
    assert covered(redactor, text, "3rd floor, 18 Cotham Vale, Bristol BS6 6HR", "ADDRESS"), _found(
        redactor, text
    )
    firm = "Taxi to the client site (Harbour Foods, Unit 4, 27 Mill Way, London SE1 5SS) for the count."
    assert untouched(redactor, firm, "Harbour"), _found(redactor, firm)


def test_an_ending_after_a_word_of_another_language_stays() -> None:
    from redaction.recognizers.said_ids import ending_digits

    assert list(ending_digits("el pedido sin IVA termina en 450 euros")) == []
    assert list(ending_digits("Das Abo endet nie, Vertrag endet auf 4471")) == []
    assert list(ending_digits("su NIE termina en 482T")) != []
