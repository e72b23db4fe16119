"""A person's number said in a sentence, its word a few words before: "Staff no. for Ngozi is 00418", "het
relatienummer van Gerrit bij CZ is 204417893", "Patiëntnummer in het Rijnstate is 7104471", "Su SIP es 1203 4567",
"Die Personalnr. im System ist trotzdem schon vergeben: 100238", "The passport she showed at the RTW check was
541287730".

Between the word and the number stand one to eight words of the same sentence (no digit, no full stop), then "is",
"was", "es", "ist", "est" or a colon, then the number: the verb or the colon says that this number is the one the
word names. Five digits at least (a staff number may be short), no date, no year.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.lexicon import MONTHS, word_set
from redaction.normalize import first_runs, fold_str, lower_letter_runs
from redaction.recognizers.dialogue_ids import dialogue_ids
from redaction.recognizers.permits import permit_numbers
from redaction.recognizers.record_numbers import record_numbers
from redaction.recognizers.scanned import spaced_out

# words of a person's own number (an identity document's, a staff, patient, member or insured person's number)
_WORDS = word_set(
    "passport passeport pasaporte paspoort reisepass dni nie nif nss ssn bsn pps ppsn nino nin sin nas nir niss "
    "ahv avs svnr steuer-id steueridentifikationsnummer rijksregisternummer insz cédula cedula curp rfc rut cuil "
    "cuit personalnr personalnummer personalnr. mitarbeiternummer personeelsnummer medewerkernummer "
    "personeelsnr matricule patiëntnummer patientnummer patientennummer patient-id relatienummer "
    "versichertennummer krankenversichertennummer lidnummer mitgliedsnummer sip nhc sofinummer burgerservicenummer "
    "rijbewijsnummer führerscheinnummer ausweisnummer paspoortnummer passnummer "
    # a person's number with an agency, a benefits office or an insurer ("zijn registratienummer daar is UZ-77120-4",
    # "Ihre Kundennummer dort ist 962D123456", "el número de afiliado de Óscar es ML-0093381")
    "registratienummer kundennummer bedarfsgemeinschaftsnummer aufenthaltstitel aufenthaltstitels afiliado afiliada "
    "huurdersnummer mieternummer sanitaria tsi"
)
_PHRASE = regex.compile(
    r"(?<![\p{L}])(?i:staff|employee|payroll|personnel|patient|member|membership|insurance|national[ ]insurance|"
    r"home[ ]office)"
    r"[ ](?i:no\.?|nr\.?|number|num|#|id|reference)(?![\p{L}])"
)
# the words above as one pattern (one pass over the text, not a test of every word)
_WORD = regex.compile(
    r"(?<![\p{L}-])(?i:"
    + "|".join(sorted((regex.escape(w.rstrip(".")) for w in _WORDS), key=len, reverse=True))
    + r")"
    r"\.?(?![\p{L}-])"
)
_PHRASE_HEADS = (
    "staff",
    "employee",
    "payroll",
    "personnel",
    "patient",
    "member",
    "membership",
    "insurance",
    "national",
    "home",
)
_FIRSTS = first_runs([*_WORDS, *_PHRASE_HEADS], lower=True)
_SAID = regex.compile(
    r"\.?(?:[ \t]+[\p{L}'’()-]+){0,8}?[ \t]*(?:[ \t](?i:is|was|es|era|ist|war|est|était|lautet)[ \t]+|:[ \t]*)\(?"
    r"((?=(?:[A-Z./ -]*\d){5})[A-Z0-9](?:[A-Z0-9]|[./-](?=[A-Z0-9])| (?=\d)){4,22}(?: [A-Z](?![\w]))?)(?![\w])"
)
_DATE = regex.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
_YEAR = regex.compile(r"(?:19|20)\d{2}")


def said_ids(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each number a sentence says is a person's, its word a few words before."""
    if _FIRSTS.isdisjoint(lower_letter_runs(text)):
        return  # none of the words in the text: no scan
    for w in [*_WORD.finditer(text), *_PHRASE.finditer(text)]:
        m = _SAID.match(text, w.end())
        if m is None or not any(ch.isalpha() for ch in text[w.end() : m.start(1)]):
            continue  # right after its word ("NIN: ..."), the labelled number is the other rules' to read
        token = m.group(1).rstrip(" ./-")
        if sum(ch.isdigit() for ch in token) < 5 or _DATE.fullmatch(token) or _YEAR.fullmatch(token):
            continue
        yield m.start(1), m.start(1) + len(token)


# The last digits of a person's number, said as such ("SSN on file ends 6789", "su DNI termina en 482D", "zijn BSN
# eindigt op 7821", "the last four of his SSN are 6789"): a part of the number is the person's too (not a card's
# or an account's: a firm's card and account are named by their last digits as often)
_ENDING = (
    r"(?i:ends?(?:[ \t]+(?:in|with))?|ending(?:[ \t]+(?:in|with))?|termina[ \t]+en|acaba[ \t]+en|terminad[oa][ \t]+en|"
    r"(?:se[ \t]+)?termine[ \t]+par|(?:se[ \t]+)?terminant[ \t]+par|finissant[ \t]+par|eindigt[ \t]+op|"
    r"eindigend[ \t]+op|endet[ \t]+(?:auf|mit)|endend[ \t]+auf|last[ \t]+(?:four|4|three|3|five|5)"
    r"(?:[ \t]+digits)?(?:[ \t]+(?:are|is))?)"
)
_PART = r"(?P<part>(?=[A-Z0-9 ]*\d[A-Z0-9 ]*\d)[A-Z0-9]{2,6}(?:[ ][0-9]{2,3})?)(?![\w])"
_ID_WORD = (
    r"(?i:\b(?:ssn|social[ \t]+security(?:[ \t]+number)?|seguro[ \t]+social|s[ée]cu(?:rit[ée][ \t]+sociale)?|"
    r"steuer-?id|nric|nif|dni|bsn|sofinummer|passport|pasaporte|passeport|paspoort|reisepass|ausweis|"
    r"tfn|ird|utr|nino|ni[ \t]+number|pps|ppsn|aadhaar|cpf|curp|c[ée]dula|"
    # words of other languages in lower case ("sin" is Spanish for "without", "nie" German for "never")
    r"(?-i:SIN|NIE))\b)"
)
_ENDS = regex.compile(
    _ID_WORD
    + r"(?:[ \t]+[\p{L}'’]+){0,3}?[ \t]+"
    + _ENDING
    + r"[ \t]*:?[ \t]*"
    + _PART
    + r"|(?i:last[ \t]+(?:four|4|three|3)(?:[ \t]+digits)?[ \t]+of)(?:[ \t]+[\p{L}'’]+)?[ \t]+"
    + _ID_WORD
    + r"[ \t]*(?::|[ \t](?i:are|is))[ \t]*"
    + _PART.replace("part", "part2")
    + r"|"
    + _ID_WORD
    + r"[ \t]+(?i:last[ \t]+(?:4|four))[ \t]*:?[ \t]*"
    + _PART.replace("part", "part3")
)


def ending_digits(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the last digits of a person's number, said as its ending."""
    lowered = text.lower()
    if not any(word in lowered for word in ("end", "termin", "eindig", "last", "finissant")):
        return
    for m in _ENDS.finditer(text):
        group = next(g for g in ("part", "part2", "part3") if m.group(g) is not None)
        part = m.group(group)
        after = _NEXT_WORD.match(text, m.end(group))
        if len(part.replace(" ", "")) < 3 or _YEAR.fullmatch(part):
            continue  # "the project ends in 2025"
        if after is not None and fold_str(after.group(1)) in MONTHS:
            continue  # "the account ends 30 June"
        yield m.start(group), m.end(group)


_NEXT_WORD = regex.compile(r"[ \t]+(\p{L}+)")


def said_numbers(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of every person's number that a sentence, a call or a record's label says is one: said
    after its word (``said_ids``), said as an identity number's ending (``ending_digits``), asked for and given in
    a dialogue's next turn (``dialogue_ids``), a record's number after its label (``record_numbers``), a permit's
    number after the permit's letter (``permit_numbers``; these two score higher: their label says whose number it
    is, so it wins over a phone number read in its digits), and a number a scan spaced out (``spaced_out``)."""
    for start, end in said_ids(text):
        yield start, end, 0.75
    for start, end in ending_digits(text):
        yield start, end, 0.75
    for start, end in dialogue_ids(text):  # "Can I take your tenant reference?" / "It's T, zero four, ..."
        yield start, end, 0.75
    for start, end in record_numbers(text):
        yield start, end, 0.95
    for start, end in permit_numbers(text):  # "Ausweis B (Nr. B 5561 0384)"
        yield start, end, 0.95
    for start, end in spaced_out(text):  # a scan's "7 3 1 9 4 0 2 W A"
        yield start, end, 0.8
