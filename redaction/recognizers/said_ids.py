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

from redaction.lexicon import word_set
from redaction.normalize import first_runs, lower_letter_runs

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
    "huurdersnummer mieternummer"
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
