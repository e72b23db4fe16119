"""National numbers with a checked shape or a check letter, found on their own: the Spanish DNI and NIE (check
letter; spaced or grouped as people read them), the French NIR (key mod 97; a form may break it across two lines),
the UK National Insurance number (HMRC's prefixes), the US SSN (its excluded groups), the Austrian social insurance
number as it is written (``1237 010180``: its check digit and a birth date) and the Irish PPS number (seven digits
and a check letter, in a text about PPS numbers or written whole in English).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.recognizers.base import context_before
from redaction.recognizers.checksums import at_svnr_ok
from redaction.recognizers.id_words import _DOCUMENT_WORDS

_END = r"(?![\w-]|[.,]\d)"  # a sentence may end right after the number
_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
_DNI = regex.compile(r"(?<![\w-])([XYZxyz]?)-?(\d{7,8})-?([A-Za-z])(?![\w-])")
# ... spaced or grouped as people read or type it ("39 284 610 N", "39.284.610-N", "Y 6603419 H"): only with its
# check letter
_DNI_SPACED = regex.compile(
    r"(?<![\w.-])(?:([XYZ])[ \t.-]?)?(\d{1,2}[ .]\d{3}[ .]\d{3}|\d{7,8})[ \t]?[ \t.-][ \t]?([A-Z])(?![\w-])"
)
# A Spanish identity word anywhere in a text (its DNI or NIE numbers may stand far from it)
_ES_ID_TEXT = regex.compile(r"(?i:\b(?:dni|nie|nif|tie|documento[ \t]+nacional)\b)")


def _unchecked_dni(text: str, m: regex.Match[str], lang: str) -> bool:
    """A DNI or NIE whose letter is not its check letter (copied or typed wrong): an NIE's shape in capitals
    anywhere ("Y2093841T"), a DNI's eight digits and capital letter in Spanish text or in a text that names the
    document, never a date's digits ("20240115A")."""
    prefix, number, letter = m.groups()
    if not letter.isupper() or (prefix and not prefix.isupper()) or "-" in m.group():
        return False
    if prefix:
        return True
    if number[:2] in ("19", "20") and 1 <= int(number[4:6]) <= 12:
        return False
    return lang == "es" or _ES_ID_TEXT.search(text) is not None


# (a form's field may break it across two lines, "2 88 09 67 482\n   215 06": its key then decides)
_NIR_SEP = r"(?:[ \t]*\n[ \t]*|\s)?"
_NIR = regex.compile(
    rf"(?<![\w])([12])\s?(\d{{2}})\s?(0[1-9]|1[0-2]|[2-9]\d)\s?(\d{{2}}|2A|2B){_NIR_SEP}(\d{{3}}){_NIR_SEP}(\d{{3}})"
    rf"{_NIR_SEP}(\d{{2}})(?![\w])"
)
# UK National Insurance number (HMRC's rules for the prefix; "QQ" is HMRC's own specimen prefix)
_NINO = regex.compile(
    r"(?<![\w])(?:QQ|(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![\w])"
)
# Austria's social insurance number, as the card and forms write it: four digits, a space, a birth date (DDMMYY)
_AT_SVNR = regex.compile(
    r"(?<![\w.,/+-])[1-9]\d{3}[ ](?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d\d(?![\w/-]|[.,]\d|[ ]\d)"
)
_SSN = regex.compile(r"(?<![\w-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\w-])")
# An Irish PPS number: seven digits, the check letter, maybe a second letter ("8834512TA", "8834519 W"; people
# copy them with a wrong check letter as often as not, so it is not checked)
# An employer's or a firm's registration before a number of a PPS number's shape ("employer reg. 3318842PH")
_EMPLOYER_REG = regex.compile(
    r"(?i:\b(?:employer|reg\.?|registration|company|cro|vat|tax[ \t]ref)(?![\p{L}]))[^\n]{0,20}\Z"
)
_PPS = regex.compile(r"(?<![\w-])(\d{7})[ -]?([A-W])(?:-?([AHWTX]))?(?![\w-])")  # also "8234517-T-A"


def checked_shapes(text: str, lang: str) -> Iterator[tuple[int, int, float]]:
    """DNI/NIE (checked, or of their shape in a Spanish text), NIR, NINO, SSN and the Austrian social insurance
    number: (start, end, score)."""
    for m in _DNI.finditer(text):
        prefix, number, letter = m.groups()
        if prefix.islower() != letter.islower() and prefix:
            continue  # "x9305127v" as dictation writes it, not "x1234567B"
        prefix, letter = prefix.upper(), letter.upper()
        value = int(str("XYZ".index(prefix)) + number if prefix else number)
        right_length = (prefix and len(number) == 7) or (not prefix and len(number) == 8)
        if right_length and _DNI_LETTERS[value % 23] == letter:
            yield m.start(), m.end(), 0.9
        elif right_length and _unchecked_dni(text, m, lang):
            yield m.start(), m.end(), 0.6
    for m in _DNI_SPACED.finditer(text):
        prefix, number, letter = m.group(1) or "", regex.sub(r"[ .]", "", m.group(2)), m.group(3)
        if (len(number) == 7 if prefix else len(number) == 8) and _DNI_LETTERS[
            int(str("XYZ".index(prefix)) + number if prefix else number) % 23
        ] == letter:
            yield m.start(), m.end(), 0.9
    for m in _NIR.finditer(text):
        body = "".join(m.groups()[:6]).replace("2A", "19").replace("2B", "18")
        if 97 - int(body) % 97 == int(m.group(7)):
            yield m.start(), m.end(), 0.9
        elif m.group().count(" ") == 6 and "\n" not in m.group() and int(m.group(3)) <= 12:
            # "2 95 06 69 266 041 37": the social security number's own spacing, a month in its place, is no
            # other number's (people copy its key wrong as often as not)
            yield m.start(), m.end(), 0.6
    for m in _NINO.finditer(text):
        yield m.start(), m.end(), 0.7
    for m in _SSN.finditer(text):
        yield m.start(), m.end(), 0.6
    for m in _AT_SVNR.finditer(text):
        if at_svnr_ok(m.group().replace(" ", "")):
            yield m.start(), m.end(), 0.8


def pps_numbers(text: str, lang: str) -> Iterator[tuple[int, int]]:
    """Irish PPS numbers (see ``_PPS``): in a text that speaks of PPS numbers, or in English written whole and not
    after an employer's registration or a document's word."""
    pps_text = "pps" in text.lower()  # Ireland's PPS numbers in a text about them ("8834519 W")
    for m in _PPS.finditer(text) if pps_text or lang == "en" else ():
        # elsewhere in English only written whole ("Eoin 7123456FA on the register"), never an employer's
        # registration or a document's number
        if not pps_text and (
            " " in m.group() or _EMPLOYER_REG.search(text, max(0, m.start() - 30), m.start())
        ):
            continue
        if not context_before(text, m.start(), _DOCUMENT_WORDS, 25):
            yield m.start(), m.end()
