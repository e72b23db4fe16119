"""Bank account numbers that are no IBAN, kind ``IBAN`` (the kind of every bank account, as ``ACC_NUMBER`` in a
record's context).

Found on their own by a check digit or a shape no other number has: the Mexican CLABE (18 digits, weights 3-7-1),
the Argentine CBU/CVU (22 digits, two check digits), New Zealand's bank-branch-account-suffix
(``12-3456-0123456-00``) and a UK sort code written with its account number (``20-45-77 / 53912806``). Found after
a word that announces an account: a UK sort code and account number (``sort code 20-45-67, account 41234567``), an
Australian BSB, the Peruvian CCI, a Nigerian NUBAN, a French RIB, and any number of seven digits or more after
"account", "a/c", "Konto", "compte", "cuenta", "rekening", "conta" (up to five words such as "de ahorros Bancolombia
No." may stand between), or right after a retail bank's name ("Itaú 4429871", "BROU 001587293-00002"). Six digits or
fewer after "account" are left alone: a ledger account ("compte 411000", "Konto 1200") is no one's bank account.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.normalize import first_runs, has_digit, letter_runs
from redaction.types import Span

_END = r"(?![\w-]|[.,]\d)"
_CLABE = regex.compile(rf"(?<![\w.,/-])\d{{3}}[ ]?\d{{3}}[ ]?\d{{11}}[ ]?\d{_END}")
_CBU = regex.compile(rf"(?<![\w.,/-])\d{{8}}[ ]?\d{{14}}{_END}")
# West African (UEMOA) account numbers as a RIB prints them: country and bank code, branch, account, key
# ("CI008 01012 020145718830 47", "SN012 01001 036152847201 52")
_UEMOA = regex.compile(r"(?<![\w])(?:CI|SN|BJ|BF|ML|NE|TG|GW)\d{3}[ ]?\d{5}[ ]?\d{12}[ ]?\d{2}(?![\w])")
_NZ = regex.compile(rf"(?<![\w.,/-])\d{{2}}-\d{{4}}-\d{{7}}-\d{{2,3}}{_END}")
# A UK sort code and its account number written together, no word before them ("20-45-77 / 53912806",
# "30-94-21 41726639")
_UK_PAIR = regex.compile(rf"(?<![\w.,/-])\d{{2}}-\d{{2}}-\d{{2}}[ \t]*[/,;]?[ \t]*\d{{8}}{_END}")
# A Canadian account as a direct-deposit form gives it: transit (branch, five digits), institution (three) and
# account, labelled in any order ("transit 30125, institution 815, compte 0412378", "institution 815, transit
# 30512, folio 0482716", "transit 04512, inst 003, acct 5127734"), or written as one number
# ("00840-004-9901276")
_CA_PART = (
    r"(?:(?i:transit)[ \t]*(?:(?i:no|n°|nº|#)\.?)?[ \t]*[:#]?[ \t]*\d{5}"
    r"|(?i:institution|inst\.?|banque)[ \t]*(?:(?i:no|n°|nº|#)\.?)?[ \t]*[:#]?[ \t]*\d{3}"
    r"|(?i:account|acct\.?|acc\.?|compte|folio|cpt\.?)[ \t]*(?:(?i:no|n°|nº|#)\.?)?[ \t]*[:#]?[ \t]*"
    r"\d(?:\d|[ -](?=\d)){3,14})"
)
_CA_TRIPLE = regex.compile(
    rf"(?<![\p{{L}}\d]){_CA_PART}(?:[ \t]*[,;/|–-][ \t]*{_CA_PART}|[ \t]+(?i:and|et|y)[ \t]+{_CA_PART}){{1,2}}"
    r"(?![\w]|[.,]\d)"
)
_CA_NUMBER = regex.compile(rf"(?<![\w.,/-])\d{{5}}-\d{{3}}-\d{{7,12}}{_END}")

# Words that announce an account number (case-insensitive, whole words), and those whose number has a shape
# of its own (a sort code or a BSB of six digits, a NUBAN of ten)
_LABEL = regex.compile(
    r"(?<![\p{L}\d])(?i:(?P<code>sort[ \t]?code|BSB)|(?P<word>accounts?|acct|acc|a/c|bank[ \t]account|"
    r"account[ \t]no|kontonummer|konto|kto|girokonto|compte|rib|rekeningnummer|rekening|rek\.?nr|cuenta|cta|"
    r"clabe|cbu|cvu|cci|nuban|conta|numéro[ \t]de[ \t]compte|número[ \t]de[ \t]cuenta|nº[ \t]de[ \t]cuenta|"
    r"caja[ \t]de[ \t]ahorros?|ahorros|spaarrekening))"
    r"(?![\p{L}])"
)
# After the word: up to five words on which account it is ("de ahorros Bancolombia No.", "number", "Nr.",
# "(GTBank)", "is"): words of a closed list, or a capitalised bank's name; then the number
_BETWEEN = (
    r"(?:(?i:no|nr|n°|nº|n\.º|n\.°|num|núm|number|nummer|numéro|numero|número|de|du|del|da|of|the|my|our|his|her|is|es|est|"
    r"ist|lautet|is:|savings|current|cheque|checking|personal|business|salary|ahorros|ahorro|corriente|"
    r"interbancaria|interbancario|gs|gs\.|planilla|nómina|nomina|sueldo|salario|davivienda|bancolombia|"
    r"bancaria|bancario|bank|bancaire|courant|épargne|epargne|corrente|poupança|details|holder|titular|"
    r"ending|ending[ \t]in|en|in|bij|bei|at|chez|con|with|to|a|à|al|au|op|für|pour|para)\.?(?![\p{L}])"
    r"|\p{Lu}[\p{L}&'’-]*\.?|\([^()\n]{1,24}\))"
)
_NUMBER_AFTER = regex.compile(
    rf"(?:[ \t]*[.:#=,-]?[ \t]*{_BETWEEN}){{0,5}}?[ \t]*[:#=-]?[ \t]*"
    r"(?<![\p{L}\d])(?P<number>\d(?:\d|[ .\-/](?=\d)){5,33})(?![\w]|[.,]\d)"
)
# A retail bank's name right before a number (a payment table's "Itaú 4429871", "BROU 001587293-00002",
# "Santander 005200187634"): seven digits or more, maybe after "No.", "#" or ":"; names that are also words
# ("Popular", "Access", "Equity") are left out
_BANKS = (
    "BROU Itaú Itau Santander BBVA Banorte Banamex Citibanamex HSBC Scotiabank Bancolombia Davivienda BCP Interbank "
    "BanBif Pichincha Produbanco Banreservas BHD Banesco Bradesco Nubank Sicredi GTBank GTB Zenith UBA FirstBank "
    "Ecobank Stanbic Absa ABSA FNB Nedbank Capitec KCB Barclays Lloyds NatWest Monzo Revolut HDFC ICICI SBI Kotak "
    "Maybank CIMB DBS OCBC UOB BDO BPI Metrobank NCB Sagicor CIBC RBC BMO Bankinter Sabadell CaixaBank Unicaja "
    "Kutxabank ING Rabobank Sparkasse Commerzbank Postbank BNP Ueno Bancoestado BancoEstado Banrural BAC"
)
_BANK_NUMBER = regex.compile(
    r"(?<![\p{L}\d])(?:" + "|".join(_BANKS.split()) + r"|"
    # any bank called "Banco ..." ("Banco de Chile 00-160-04512-07", "Banco Ganadero 1310-245879"), "BancoSol"
    r"Banco(?:[ \t]+(?:de[ \t]+|del[ \t]+)?\p{Lu}[\p{L}]+){1,2}|Banco\p{Lu}\p{Ll}+)"
    r"(?:[ \t]*(?:(?i:no|nr|n°|nº)\.?|#|:)[ \t]*|[ \t]+)"
    r"(?P<number>\d(?:\d|[ \-](?=\d)){6,30})(?![\w]|[.,/]\d)"
)
# (a bank's name stands in the text before the scan for its numbers: its letters are one of the text's runs)
_BANK_FIRSTS = first_runs(_BANKS.split())
_SHORT_CODE = regex.compile(
    r"[ \t]*[:#=]?[ \t]*(?P<number>\d{2}[- ]?\d{2}[- ]?\d{2}|\d{3}[- ]?\d{3})(?![\w-])"
)
_DATE = regex.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_YEAR_FIRST = regex.compile(r"(?:19|20)\d\d[-/]")
_MIN_DIGITS = {"cbu": 22, "cvu": 22, "clabe": 18, "cci": 20, "nuban": 10}


def _clabe_ok(digits: str) -> bool:
    total = sum(int(d) * (3, 7, 1)[i % 3] % 10 for i, d in enumerate(digits[:17]))
    return (10 - total % 10) % 10 == int(digits[17])


def _cbu_ok(digits: str) -> bool:
    """Both check digits of an Argentine CBU: the bank and branch block, then the account block."""
    first = sum(int(d) * w for d, w in zip(digits[:7], (7, 1, 3, 9, 7, 1, 3), strict=True))
    second = sum(int(d) * w for d, w in zip(digits[8:21], (3, 9, 7, 1) * 3 + (3,), strict=True))
    return (10 - first % 10) % 10 == int(digits[7]) and (10 - second % 10) % 10 == int(digits[21])


class BankAccountRecognizer:
    name: str = "bank_account"
    kinds: tuple[str, ...] = ("IBAN",)

    def find(self, text: str, lang: str) -> Iterator[Span]:
        if not has_digit(text):
            return
        for m in _CLABE.finditer(text):
            digits = m.group().replace(" ", "")
            if len(set(digits)) > 2 and _clabe_ok(digits):
                yield Span(m.start(), m.end(), "IBAN", 0.9, self.name)
        for m in _CBU.finditer(text):
            digits = m.group().replace(" ", "")
            if len(set(digits)) > 2 and _cbu_ok(digits):
                yield Span(m.start(), m.end(), "IBAN", 0.9, self.name)
        for m in _UEMOA.finditer(text):
            yield Span(m.start(), m.end(), "IBAN", 0.85, self.name)
        for m in _NZ.finditer(text):
            yield Span(m.start(), m.end(), "IBAN", 0.8, self.name)
        for m in _UK_PAIR.finditer(text):
            yield Span(m.start(), m.end(), "IBAN", 0.8, self.name)
        for m in _CA_TRIPLE.finditer(text):
            if "transit" in m.group().lower():
                yield Span(m.start(), m.end(), "IBAN", 0.85, self.name)
        for m in _CA_NUMBER.finditer(text):
            yield Span(m.start(), m.end(), "IBAN", 0.7, self.name)
        banked = "Banco" in text or not _BANK_FIRSTS.isdisjoint(letter_runs(text))
        for m in _BANK_NUMBER.finditer(text) if banked else ():
            number = m.group("number")
            if sum(ch.isdigit() for ch in number) >= 7 and not _DATE.fullmatch(number):
                yield Span(m.start("number"), m.end("number"), "IBAN", 0.75, self.name)
        for label in _LABEL.finditer(text):
            if label.group("code"):  # "sort code 20-45-67", "BSB 062-000"
                m = _SHORT_CODE.match(text, label.end())
                if m is not None:
                    yield Span(m.start("number"), m.end("number"), "IBAN", 0.8, self.name)
                continue
            m = _NUMBER_AFTER.match(text, label.end())
            if m is None:
                continue
            number = m.group("number").rstrip(" .-/")
            digits = sum(ch.isdigit() for ch in number)
            word = label.group("word").lower()
            if digits < _MIN_DIGITS.get(word, 7) or _DATE.fullmatch(number) or _YEAR_FIRST.match(number):
                continue  # "Konto 2024-00123": a document's number after its year
            start = m.start("number")
            yield Span(start, start + len(number), "IBAN", 0.8, self.name)
