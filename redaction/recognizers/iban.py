"""IBANs with or without spaces, validated by country length and the mod-97 check digits.

A typo does not make an account number less personal: an IBAN with a wrong check digit is still reported
(score 0.5) when it has its country's length and the shape of its national account number (``DE`` + 18
digits, ``NL`` + 4 letters + 10 digits, ...), or when a banking word stands before it (then also with a
length one or two characters off). Check digits ``00``, ``01`` and ``99`` never occur: those need the word.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.lexicon import word_set
from redaction.recognizers.base import context_before, mod97_ok
from redaction.types import Span

# Lengths of the IBAN in the countries our clients bank in (SWIFT IBAN registry).
LENGTHS = {
    "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20,
    "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GI": 23, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IS": 26,
    "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28,
    "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TR": 26, "AE": 23, "SA": 24, "IL": 23,
    # the rest of the registry (the Middle East, Africa, the Americas, Eastern Europe, Central Asia)
    "AL": 28, "AZ": 28, "BA": 20, "BH": 22, "BI": 27, "BR": 29, "BY": 28, "CR": 22, "DJ": 27, "DO": 28,
    "EG": 29, "FK": 18, "FO": 18, "GE": 22, "GL": 18, "GT": 28, "IQ": 23, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LY": 25, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27, "MU": 30, "NI": 28,
    "OM": 23, "PK": 24, "PS": 29, "QA": 29, "RS": 22, "RU": 33, "SC": 31, "SD": 18, "SO": 23, "ST": 25,
    "SV": 28, "TL": 23, "TN": 24, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30, "HN": 28,
    # the IBANs of West and Central Africa, the Maghreb and Madagascar (national formats in IBAN form, in use
    # with the banks there though not in the SWIFT registry)
    "SN": 28, "CI": 28, "ML": 28, "BJ": 28, "BF": 28, "NE": 28, "TG": 28, "GW": 25, "CM": 27, "GA": 27,
    "CG": 27, "TD": 27, "CF": 27, "GQ": 27, "KM": 27, "DZ": 26, "MA": 28, "MG": 27, "AO": 25, "MZ": 25, "CV": 25,
}  # fmt: skip

_CANDIDATE = regex.compile(r"(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?:[ \u00a0-]?[A-Z0-9]){10,30})")
_CONTEXT = word_set(
    "iban konto kontonummer bankverbindung kontoverbindung bankdaten bankkonto rib compte cuenta rekening "
    "rekeningnummer bankrekening bankgegevens account bank banque banco virement transferencia overboeking "
    "überweisung wire payee bénéficiaire beneficiario begunstigde refund erstattung remboursement reembolso"
)
# The national account number after country and check digits (SWIFT IBAN registry), for the main countries.
_BBAN = {
    "AT": r"\d{16}", "BE": r"\d{12}", "CH": r"\d{5}[A-Z0-9]{12}", "DE": r"\d{18}", "ES": r"\d{20}",
    "FR": r"\d{10}[A-Z0-9]{11}\d{2}", "GB": r"[A-Z]{4}\d{14}", "IE": r"[A-Z]{4}\d{14}",
    "IT": r"[A-Z]\d{10}[A-Z0-9]{12}", "LU": r"\d{3}[A-Z0-9]{13}", "NL": r"[A-Z]{4}\d{10}", "PT": r"\d{21}",
    "PL": r"\d{24}", "DK": r"\d{14}", "FI": r"\d{14}", "SE": r"\d{20}", "NO": r"\d{11}",
    "CR": r"0\d{17}", "BR": r"\d{23}[A-Z][A-Z0-9]", "DO": r"[A-Z0-9]{4}\d{20}", "GT": r"[A-Z0-9]{4}\d{20}",
    "SV": r"[A-Z]{4}\d{20}", "HN": r"[A-Z]{4}\d{20}", "MA": r"\d{24}", "DZ": r"\d{22}", "TN": r"\d{20}",
    "MG": r"\d{23}", "AO": r"\d{21}", "MZ": r"\d{21}", "CV": r"\d{21}", "GW": r"[A-Z]{2}\d{19}",
    # the UEMOA's bank code (a letter and four characters) and the CEMAC's (five digits), then the account
    **{country: r"[A-Z][A-Z0-9]{4}\d{19}" for country in ("SN", "CI", "ML", "BJ", "BF", "NE", "TG")},
    **{country: r"\d{23}" for country in ("CM", "GA", "CG", "TD", "CF", "GQ", "KM")},
}  # fmt: skip
_BBAN_RE = {country: regex.compile(pattern) for country, pattern in _BBAN.items()}


class IbanRecognizer:
    name: str = "iban"
    kinds: tuple[str, ...] = ("IBAN",)

    def find(self, text: str, lang: str) -> Iterator[Span]:
        for m in _CANDIDATE.finditer(text):
            country = m.group(1)[:2]
            length = LENGTHS.get(country)
            if length is None:
                continue
            # Walk the match, keeping the first ``length`` alphanumerics (trailing words are not the IBAN).
            chars: list[str] = []
            end = m.start()
            for i in range(m.start(), m.end()):
                ch = text[i]
                if ch.isalnum():
                    chars.append(ch)
                    end = i + 1
                    if len(chars) == length:
                        break
            runs_on = end < len(text) and text[end].isalnum() and text[end - 1].isalnum()
            if len(chars) < length or runs_on:  # wrong length for its country: a typo after a banking word
                if context_before(text, m.start(), _CONTEXT):
                    typo_end = self._typo_end(text, m.start(), m.end(), length)
                    if typo_end is not None:
                        yield Span(m.start(), typo_end, "IBAN", 0.5, self.name)
                continue
            compact = "".join(chars)
            if mod97_ok(compact):
                yield Span(m.start(), end, "IBAN", 1.0, self.name)
            elif context_before(text, m.start(), _CONTEXT) or self._national_shape(compact):
                yield Span(m.start(), end, "IBAN", 0.5, self.name)

    @staticmethod
    def _national_shape(compact: str) -> bool:
        pattern = _BBAN_RE.get(compact[:2])
        if compact[2:4] in ("00", "01", "99"):  # impossible check digits: a made-up or example number
            return False
        return pattern is not None and pattern.fullmatch(compact[4:]) is not None

    @staticmethod
    def _typo_end(text: str, start: int, stop: int, length: int) -> int | None:
        """End of an IBAN one or two characters too short or too long: its groups, up to a word."""
        end, count = start, 0
        for group in regex.finditer(r"[A-Z0-9]+", text[start:stop]):
            if count and (
                group.start() + start - end > 1 or (group.group().isalpha() and len(group.group()) > 2)
            ):
                break  # a gap or a word ("BIC") ends it
            count += len(group.group())
            end = start + group.end()
        return end if abs(count - length) <= 2 else None
