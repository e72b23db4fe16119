"""National identifiers of persons, by their published formats and check digits.

Found on their own (the format or the check digit is distinctive): Spanish DNI/NIE, French NIR, UK NINO, US
SSN, Swiss AHV/AVS (``756.1234.5678.97``, EAN-13), Belgian national number (``85.07.30-033.28``, mod 97),
German social-insurance number (``12 150180 A 123``), Indian PAN (``ABCPE1234F``), Mexican CURP, Italian
codice fiscale (check letter), Brazilian CPF (``123.456.789-09``, two check digits), South African identity
number (birth date, citizenship digit, Luhn), Chilean RUT and Argentine CUIT/CUIL (check digits), Mexican RFC of a
person and INE voter key (their shapes).
Found next to their name only (plain digits are too common): Dutch BSN (11-test), German tax id, Austrian
SVNR, Irish PPSN, Indian Aadhaar (Verhoeff), Canadian SIN (Luhn), Australian TFN, UK NHS number, and any
number after an identity word (``NIN``, ``DNI``, ``RFC``, ``NSS``, ``CUIL``, ``cédula``, Colombia's ``C.C.``, passport, ID-card and
driving-licence words, ``Steuernummer``, ``Versichertennummer``, ``PESEL``, ``TC Kimlik`` ...), also after
"is"/"lautet"/"est" (``NI number is QQ 12 34 56 C``): a typo in a check digit does not make a personal number
less personal. Private cars' number plates are found by ``plates.py`` and yielded here.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.lexicon import MONTHS, WEEKDAYS
from redaction.normalize import fold_str, has_digit
from redaction.recognizers.base import context_before, luhn_ok
from redaction.recognizers.checked_ids import checked_shapes, pps_numbers
from redaction.recognizers.checksums import (
    be_nn_ok,
    bsn_ok,
    cf_ok,
    cpf_ok,
    cuit_ok,
    ean13_ok,
    nric_ok,
    nuss_ok,
    rut_ok,
    verhoeff_ok,
)
from redaction.recognizers.id_words import (
    _ACRONYM_KEYS,
    _BSN_HINTS,
    _BSN_WORDS,
    _DOC_WORDS,
    _DOCUMENT_WORDS,
    _ID_WORDS,
    _PHRASE_KEYS,
    _TAX_WORDS,
    ID_PHRASES,
)
from redaction.recognizers.licences import licence_numbers
from redaction.recognizers.person.tokens import known_first, known_surname
from redaction.recognizers.plates import plate_spans
from redaction.recognizers.said_ids import said_numbers
from redaction.types import Span

_END = r"(?![\w-]|[.,]\d)"  # a sentence may end right after the number
_NINE = regex.compile(rf"(?<![\w.,-])(?:\d{{4}}\.?\d{{2}}\.?\d{{3}}|\d{{9}}){_END}")
_ELEVEN = regex.compile(rf"(?<![\w.,-])\d{{2}}\s?\d{{3}}\s?\d{{3}}\s?\d{{3}}{_END}")
_DOC = regex.compile(r"(?<![\w])(?=[A-Z0-9]*\d)[A-Z0-9]{6,10}(?:-[A-Z0-9]{1,2}(?![\w-]))?(?![\w])")
# Swiss AHV/AVS number: 756.XXXX.XXXX.XC (13 digits, EAN-13 check digit)
# (a form's field may break it after a dot: "756.3070.\n0456.21"; its check digit then decides)
_AHV_SEP = r"(?:\.[ \t]*\n[ \t]*|[.\s])?"
_AHV = regex.compile(rf"(?<![\w.-])756{_AHV_SEP}\d{{4}}{_AHV_SEP}\d{{4}}{_AHV_SEP}\d{{2}}{_END}")
# Belgian national number (rijksregisternummer / NISS / INSZ): YY.MM.DD-SSS.CC
_BE_NN = regex.compile(
    rf"(?<![\w.-])(\d{{2}})[. ]?(\d{{2}})[. ]?(\d{{2}})[-\s]?(\d{{3}})[. ]?(\d{{2}}){_END}"
)
# German Sozialversicherungsnummer: area, birth date, first letter of the birth name, serial, check digit
_DE_SV = regex.compile(rf"(?<![\w-])\d{{2}}\s?[0-3]\d[01]\d\d{{2}}\s?[A-Z]\s?\d{{2}}\s?\d{_END}")
# Indian PAN: five letters (the fourth the holder's kind, P for a person), four digits, a letter
_PAN = regex.compile(r"(?<![\w])[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z](?![\w])")
# Mexican CURP: 4 letters, birth date, sex, state, 3 consonants, a character and a check digit
_CURP = regex.compile(
    r"(?<![\w])[A-Z][AEIOUX][A-Z]{2}\d{2}[01]\d[0-3]\d[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[A-Z\d]\d(?![\w])"
)
# After an identity word: a token of 6-20 characters with at least four digits, separators allowed
_AFTER_WORD = regex.compile(
    r"\s*\)?\s*\(?(?:(?i:no|nr|nro|n°|nº|núm|num|number|nummer|numéro|número)\.?\s*)?(?:\.[ \t]*)?[:#.=|,]?\s*"
    r"(?:(?:is|ist|lautet|est|es|is:|en|van|de|du|del)\s+)?(?:(?:le|la|el)\s+)?"
    r"((?=(?:[A-Z./ \n-]*\d){6})[A-Z0-9](?:[A-Z0-9]|[./-](?=[A-Z0-9])| (?=\d)|[./-]?\n[ \t]*(?=\d)){5,22}[A-Z0-9]?"
    # Canada's program account after a business number ("784512369 RT0001", "1229384756 TQ0001")
    r"(?: [A-Z](?![\w]| \d)| (?:RT|RP|RC|RZ|TQ|TP)\d{4})?)(?![\w])"
)

# up to eight words of one sentence, maybe after a comma ("KRA PIN for the new askari, she has it, A014729385K",
# "BSN in het dossier klopt niet, ze gaf 204173681 door", "la cédula, Wilmer la suya es 16.745.209"); in English
# up to six (with seven and eight a blind English set lost a kept value and gained nothing: decided on its total)
_FEW_WORDS = r"(?:[ \t]+(?:[\p{L}°º()'’,:-]+|\p{L}{1,4}\.))"
_FEW_NUMBER = (
    r"[ \t]*[:=|]?[ \t]+\(?"  # "cédula de ella impresa (43.567.218)"
    r"((?=(?:[A-Z./ \n-]*\d){6})[A-Z0-9](?:[A-Z0-9]|[./-](?=[A-Z0-9])| (?=\d)|[./-]?\n[ \t]*(?=\d)){5,22}[A-Z0-9]?)(?![\w])"
)
_AFTER_FEW_WORDS = regex.compile(r",?" + _FEW_WORDS + r"{1,8}?" + _FEW_NUMBER)
_AFTER_FEW_WORDS_EN = regex.compile(r",?" + _FEW_WORDS + r"{1,6}?" + _FEW_NUMBER)


# Italian codice fiscale (surname, name, birth date and place, check letter) and Brazilian CPF (two check digits)
_CF = regex.compile(r"(?<![\w])[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z](?![\w])")
# Spanish social-security number (NUSS): province, number, two check digits (mod 97); with its slashes alone
_NUSS = regex.compile(rf"(?<![\w./-])(\d{{2}})/(\d{{8}})/(\d{{2}}){_END}")
_CPF = regex.compile(rf"(?<![\w.-])\d{{3}}\.\d{{3}}\.\d{{3}}-\d{{2}}{_END}")
_DATE = regex.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
_HOUR_AFTER = regex.compile(r"[:h]\d\d")
# Chile's RUT/RUN with its dots and check digit ("12.345.678-5", mod 11, K for 10)
_CL_RUT = regex.compile(rf"(?<![\w.,/-])\d{{1,2}}\.\d{{3}}\.\d{{3}}-[\dkK]{_END}")
# Argentina's CUIT/CUIL with its dashes ("20-12345678-6": kind, DNI, check digit mod 11)
_AR_CUIT = regex.compile(rf"(?<![\w.,/-])(?:20|23|24|27|30|33|34)-\d{{8}}-\d{_END}")
# Mexico's RFC of a person (four letters, birth date, a two-character homoclave and a check character) and the
# INE voter key (six letters, birth date with the state, H or M, three digits)
_MX_RFC = regex.compile(
    r"(?<![\w])[A-ZÑ&]{4}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[A-Z\d]{2}[A\d](?![\w])"
)
_MX_INE = regex.compile(r"(?<![\w])[A-Z]{6}\d{8}[HM]\d{3}(?![\w])")
# South African identity number: birth date (YYMMDD), gender and serial, citizenship (0 or 1), a digit, Luhn
_ZA_ID = regex.compile(
    rf"(?<![\w.,/-])\d{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{{4}}[01]\d{{2}}{_END}"
)
# Singapore's NRIC/FIN (prefix, seven digits, check letter), Malaysia's MyKad (birth date, place, serial),
# Pakistan's CNIC (region, serial, gender digit) and the Ghana Card (GHA, nine digits, check digit)
_SG_NRIC = regex.compile(r"(?<![\w])([STFGM])(\d{7})([A-Z])(?![\w])")
_MY_KAD = regex.compile(
    rf"(?<![\w.,/-])\d{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-\d{{2}}-\d{{4}}{_END}"
)
_PK_CNIC = regex.compile(rf"(?<![\w.,/-])[1-7]\d{{4}}-\d{{7}}-\d{_END}")
_GH_CARD = regex.compile(rf"(?<![\w])GHA-\d{{9}}-\d{_END}")
# "ID", "ID no.", "identity number" right before a number
_ID_BEFORE = regex.compile(r"(?<![\w])(?:ID|I\.D\.|[Ii]dentity)(?:[ \t]+(?:[Nn]o\.?|[Nn]umber|#))?[ \t:]*$")
# Uganda's NIN (CM or CF, then twelve digits and capitals, most of them digits: "CM92015104KLPA") and
# Zimbabwe's national id (district, serial, check letter, district: "63-2241187 F 42")
_UG_NIN = regex.compile(r"(?<![\w])C[MF]\d{8}[0-9A-Z]{4}(?![\w])")
# Senegal's national identity card (CNI: sex, three digits, year, five digits: "1 751 1991 04382")
_SN_CNI = regex.compile(r"(?<![\w.,/-])[12][ ]?\d{3}[ ]?(?:19|20)\d\d[ ]?\d{5}(?![\w-])")
_PHONE_WORD_BEFORE = regex.compile(r"(?i:tel|tél|phone|mobile|mob|cel|cell|fax|whatsapp|gsm)\W{0,12}\Z")
# A UK criminal-record check's certificate number (twelve digits) in the sentence after "DBS" ("DBS certificate no.
# 001234567890", "Bright's DBS came back clear; certificate 001234567890")
_DBS = regex.compile(
    r"(?<![\p{L}])DBS(?![\p{L}])[^\n]{0,60}?(?i:certificate|cert\.?|no\.?|number|#)[ \t:]*(?i:no\.?|number|#)?[ \t:]*"
    r"(?P<id>\d{12})(?![\w-])"
)
_ZW_ID = regex.compile(r"(?<![\w.,/-])\d{2}-\d{6,7}[ \t]?[A-Z][ \t]?\d{2}(?![\w-])")
# Guatemala's DPI (serial of eight digits and a check digit, then department 01-22 and municipality: "2541 87320
# 0101") and Bolivia's identity card with its department ("9834512 SC", "4621380 LP")
_GT_DPI = regex.compile(r"(?<![\w.,/-])\d{4}[ ]\d{5}[ ](?P<dept>0[1-9]|1\d|2[0-2])(?P<muni>\d{2})(?![\w-])")
_BO_CI = regex.compile(r"(?<![\w.,/-])\d{6,8}(?:-\d[A-Z])?[ ](?:SC|LP|CB|OR|PT|TJ|CH|BN|PA)(?![\w-])")
_PLAIN = regex.compile(rf"(?<![\w.,/-])\d[\d ]{{7,14}}\d{_END}")
# A month and a year ("03/2025", "11.2024"): a card's expiry or a period, never an identity number
_MONTH_YEAR = regex.compile(r"(?:0?[1-9]|1[0-2])[./-](?:19|20)\d\d")
_LETTER_WORD = regex.compile(r"[\p{L}][\p{L}-]*")


_NOT_NAMES_HERE = MONTHS | WEEKDAYS
# A staff or client code alone in parentheses right after a person's name ("Callum (LS04488), you're missing Wed",
# "Ivana (HR-20931)"), or a number of theirs ("Horacio Benítez (20-14567892-3)", "Aurélien Roux (19AV48213)",
# "Ivan Petrenko (20-5902 / P442917380)"): letters and four to eight digits, digits in two or three groups, or
# letters and digits mixed; not a year ("Room (2024)"), a date, an amount ("(1.480)") or a code of two-digit groups
# ("PR-24-0031", a file's number by its year)
_CODE = (
    r"(?:[A-Z]{1,4}-?\d{4,8}|\d{1,3}-\d{4,9}(?:-\d)?|(?=[A-Z]*\d)(?=\d*[A-Z])(?=[A-Z0-9]*\d{4})[A-Z0-9]{6,14})"
    r"(?![\w-])"
)
_WORD_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Lu}[\p{Ll}\p{M}'’-]+)[ \t]+\Z")
_CODE_AFTER_NAME = regex.compile(
    rf"(?<![\p{{L}}])(\p{{Lu}}[\p{{Ll}}\p{{M}}'’-]+)[ \t]+\(({_CODE})(?:[ \t]*/[ \t]*({_CODE}))?\)(?![\p{{L}}\d])"
)


class NationalIdRecognizer:
    name: str = "national_id"
    kinds: tuple[str, ...] = ("ID",)

    def find(self, text: str, lang: str) -> Iterator[Span]:
        if not has_digit(text):
            return
        for start, end, score in checked_shapes(text, lang):  # DNI/NIE, NIR, NINO, SSN
            yield Span(start, end, "ID", score, self.name)
        bsn_text: bool | None = (
            None  # the text speaks of citizen's numbers somewhere ("de nummers waar je om vroeg")
        )
        for m in _NINE.finditer(text):
            digits = m.group().replace(".", "")
            if not bsn_ok(digits):
                continue
            if context_before(text, m.start(), _BSN_WORDS, 30):
                yield Span(m.start(), m.end(), "ID", 0.8, self.name)
                continue
            if bsn_text is None:
                lowered = text.lower()
                bsn_text = any(word in lowered for word in _BSN_HINTS)
            # a number of the eleven-proof in a text about BSNs is one more of them, but a document's number
            if bsn_text and not context_before(text, m.start(), _DOCUMENT_WORDS, 25):
                yield Span(m.start(), m.end(), "ID", 0.7, self.name)
        for m in _ELEVEN.finditer(text):
            if context_before(text, m.start(), _TAX_WORDS, 70):
                yield Span(m.start(), m.end(), "ID", 0.8, self.name)
        for m in _DOC.finditer(text):
            # "passport number for the new contract, it is Z4827193", "Ausweisnummer zur Legitimation: L8Z2R41TX"
            if (
                context_before(text, m.start(), _DOC_WORDS, 60)
                and not m.group().isdigit()
                or context_before(text, m.start(), _DOC_WORDS, 25)
            ):
                yield Span(m.start(), m.end(), "ID", 0.6, self.name)
        yield from self._formats(text, lang)
        yield from self._after_id_word(text, lang)

    def _formats(self, text: str, lang: str = "") -> Iterator[Span]:
        for m in _AHV.finditer(text):
            digits = regex.sub(r"\D", "", m.group())
            dotted = m.group().count(".") == 3 and "\n" not in m.group()
            if dotted or ean13_ok(digits):
                yield Span(m.start(), m.end(), "ID", 0.85 if ean13_ok(digits) else 0.6, self.name)
        for m in _BE_NN.finditer(text):
            digits = "".join(m.groups())
            punctuated = "." in m.group() and "-" in m.group()
            month = int(digits[2:4])
            if be_nn_ok(digits) and (punctuated or context_before(text, m.start(), _ID_WORDS, 40)):
                yield Span(m.start(), m.end(), "ID", 0.85, self.name)
            elif punctuated and month <= 12:
                yield Span(m.start(), m.end(), "ID", 0.55, self.name)
        for m in _DE_SV.finditer(text):
            yield Span(m.start(), m.end(), "ID", 0.7, self.name)
        for m in _PAN.finditer(text):
            yield Span(m.start(), m.end(), "ID", 0.7, self.name)
        for m in _CURP.finditer(text):
            yield Span(m.start(), m.end(), "ID", 0.85, self.name)
        # shapes no other code has ("RSSMRA85T10A562X", "28/10234567/82"): their check copied wrong, still one,
        # unless a document's word before them says whose number it is ("ref 28/41730582/56")
        for m in _CF.finditer(text):
            if cf_ok(m.group()):
                yield Span(m.start(), m.end(), "ID", 0.85, self.name)
            elif not context_before(text, m.start(), _DOCUMENT_WORDS, 25):
                yield Span(m.start(), m.end(), "ID", 0.6, self.name)
        for m in _NUSS.finditer(text):
            if nuss_ok(*m.groups()):
                yield Span(m.start(), m.end(), "ID", 0.85, self.name)
            elif not context_before(text, m.start(), _DOCUMENT_WORDS, 25):
                yield Span(m.start(), m.end(), "ID", 0.6, self.name)
        for m in _CPF.finditer(text):
            if cpf_ok(regex.sub(r"\D", "", m.group())):
                yield Span(m.start(), m.end(), "ID", 0.85, self.name)
        for m in _CL_RUT.finditer(text):
            if rut_ok(m.group()):
                yield Span(m.start(), m.end(), "ID", 0.85, self.name)
        for m in _AR_CUIT.finditer(text):
            if cuit_ok(m.group().replace("-", "")):
                yield Span(m.start(), m.end(), "ID", 0.85, self.name)
        for pattern in (_MX_RFC, _MX_INE):
            for m in pattern.finditer(text):
                yield Span(m.start(), m.end(), "ID", 0.7, self.name)
        for m in _SG_NRIC.finditer(text):
            if nric_ok(*m.groups()):
                yield Span(m.start(), m.end(), "ID", 0.85, self.name)
        for m in _ZW_ID.finditer(text):  # longer than the phone number its first digits look like
            yield Span(m.start(), m.end(), "ID", 0.9, self.name)
        for m in _DBS.finditer(text) if "DBS" in text else ():
            yield Span(m.start("id"), m.end("id"), "ID", 0.75, self.name)
        for m in _SN_CNI.finditer(text):
            if not _PHONE_WORD_BEFORE.search(text[max(0, m.start() - 16) : m.start()]):
                yield Span(m.start(), m.end(), "ID", 0.75, self.name)
        for pattern in (_MY_KAD, _PK_CNIC, _GH_CARD, _UG_NIN):
            for m in pattern.finditer(text):
                yield Span(m.start(), m.end(), "ID", 0.75, self.name)
        for start, end in plate_spans(text, lang):
            yield Span(start, end, "ID", 0.7, self.name)
        for start, end in licence_numbers(text):  # "LOWE9761158EL9AB", "TREM 7256 1412", "T6541-031175-08"
            yield Span(start, end, "ID", 0.8, self.name)
        for start, end, score in said_numbers(text):  # "Staff no. for Ngozi is 00418", "SSN ... ends 6789"
            yield Span(start, end, "ID", score, self.name)
        for m in _CODE_AFTER_NAME.finditer(text) if "(" in text else ():
            name = fold_str(m.group(1))  # a name, not a day or a word ("Tuesday (FAC-1093)")
            # or a family name after a given name of the lists ("Aurélien Roux (19AV48213)")
            given = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            named = known_first(name, ambiguous_ok=True) or known_surname(name)
            named = named or (given is not None and known_first(fold_str(given.group(1)), ambiguous_ok=False))
            if named and name not in _NOT_NAMES_HERE:
                yield Span(m.start(2), m.end(2), "ID", 0.7, self.name)
                if m.group(3):
                    yield Span(m.start(3), m.end(3), "ID", 0.7, self.name)
        for m in _GT_DPI.finditer(text):
            if 1 <= int(m.group("muni")) <= 60:
                yield Span(m.start(), m.end(), "ID", 0.7, self.name)
        for m in _BO_CI.finditer(text):
            yield Span(m.start(), m.end(), "ID", 0.7, self.name)
        for m in _ZA_ID.finditer(text):
            if luhn_ok(m.group()):
                yield Span(m.start(), m.end(), "ID", 0.8, self.name)
            elif _ID_BEFORE.search(text[max(0, m.start() - 16) : m.start()]):  # "(ID 8805120221087)"
                yield Span(m.start(), m.end(), "ID", 0.7, self.name)
        for start, end in pps_numbers(text, lang):
            yield Span(start, end, "ID", 0.7, self.name)
        for m in _PLAIN.finditer(text):  # Aadhaar, SIN: by check digit and an identity word nearby
            digits = m.group().replace(" ", "")
            if len(digits) == 12 and digits[0] not in "01" and verhoeff_ok(digits):
                if context_before(text, m.start(), _ID_WORDS, 40):
                    yield Span(m.start(), m.end(), "ID", 0.8, self.name)
            elif len(digits) == 9 and luhn_ok(digits) and context_before(text, m.start(), _ID_WORDS, 40):
                yield Span(m.start(), m.end(), "ID", 0.8, self.name)

    def _after_id_word(self, text: str, lang: str) -> Iterator[Span]:
        """Any number right after an identity word (``NIN: 12345678901``, ``AHV-Nr. 756...``, ``RFC XAXX...``)."""
        words = [w for w in _LETTER_WORD.finditer(text) if w.group().lower().rstrip("-") in _ID_WORDS]
        lowered = text.lower()
        phrases = (
            ID_PHRASES.finditer(text)
            if any(key in lowered for key in _PHRASE_KEYS) or any(key in text for key in _ACRONYM_KEYS)
            else ()
        )
        for w in [*words, *phrases]:
            lower_word = w.group().isalpha() and not w.group().isupper()
            if w.re is ID_PHRASES and lower_word and w.group() not in ("cc", "permis"):
                continue  # "sin" and "pan" are Spanish and English words; only the acronyms count
            # the identity word's possessive before the few words ("Jullie BSN's (Naomi 270415936)")
            end = w.end() + 2 if text.startswith(("'s", "’s"), w.end()) else w.end()
            m = _AFTER_WORD.match(text, end)
            if m is None and (w.re is ID_PHRASES or w.group().lower() not in _DOC_WORDS):
                # "BSN van Lieke (voor de aangifte): 204518793", "RUC personal es 10456789012": a few words
                # on whose number it is, then the number
                m = (_AFTER_FEW_WORDS_EN if lang == "en" else _AFTER_FEW_WORDS).match(text, end)
            if m is None:
                continue
            token = m.group(1).rstrip(" ./-")
            head = token.split("\n", 1)[0].rstrip(" ./-")
            if "\n" in token and sum(ch.isdigit() for ch in head) >= 6:
                token = head  # a whole number, then the next line's ("NIN: 12345678\n12 items")
            # (else a number a form broke over two lines: "BSN 2718\n49307", "c.c. 1.036.\n482.917")
            if (
                sum(ch.isdigit() for ch in token) < 6
                or _DATE.fullmatch(token)
                or _MONTH_YEAR.fullmatch(token)
            ):
                continue  # "eID van Samira vervalt 03/2025": a card's expiry, no number of it
            if _DATE.match(token) and _HOUR_AFTER.match(text, m.start(1) + len(token)):
                continue  # "apportez vos CNI\n05/02/2024 19:07 - pape:": a chat export's date and hour
            start = m.start(1)
            # letters before one block of digits ("FB 0457712"): no phone number, the document's number wins over
            # the digits (not a number in pairs, "PX 73 19 42 A", which its own pattern reads whole)
            score = 0.75 if any(ch.isalpha() for ch in token) and token.count(" ") <= 1 else 0.6
            yield Span(start, start + len(token), "ID", score, self.name)
