"""Phone numbers of the countries we serve, validated with ``phonenumbers`` (Google's libphonenumber).

Candidates are digit runs with the separators people type (spaces, dots, dashes, slashes, brackets). A
candidate counts when it is a valid number for its explicit country code, or for one of the regions of the
text's language (a national number with a trunk 0), or when a phone word stands before it. Dates, amounts
and document numbers ("INV/2024/00042") are excluded by the candidate pattern and the checks below.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

import phonenumbers
import regex

from redaction.lexicon import word_set
from redaction.normalize import lower_letter_runs
from redaction.recognizers.base import context_before
from redaction.recognizers.spoken_number import spoken_numbers
from redaction.types import Span

# Keep phonenumbers' compiled metadata patterns: with numbers of many regions they fall out of the re
# module's bounded cache and are compiled again for every text (about 5% of the redactor's time).
if hasattr(phonenumbers.re_util, "enable_pattern_cache"):  # phonenumbers 9.x
    phonenumbers.re_util.enable_pattern_cache()

# A slash with a space on either side separates two numbers ("0752 555 604 / 0782 555 119"): no candidate spans it
# (an area code before such a slash is joined to the number after it, below)
# (three spaces or more are a table's gap between two columns, no phone's: "53 120398 S 012    27024259816")
_CANDIDATE = regex.compile(
    r"(?<![\w/.,:-]|\d[ ])(?:\+|00)?\(?\d(?:[\d\u00a0().\-\u2013]| (?! {2})|(?<![ \u00a0])/(?![ \u00a0])){5,22}\d"
    r"(?![\w/-]|[.,]\d)"
)
_AREA_SLASH = regex.compile(
    r"(?<![\w/.,:-])\(?0\d{2,5}\)?[ \u00a0]*/[ \u00a0]*\d[\d \u00a0-]{2,12}\d(?![\w/-]|[.,]\d)"
)
_SLASH_GAP = regex.compile(r"[ \u00a0]*/[ \u00a0]*")
_AREA_BEFORE = regex.compile(r"(?<![\w/.,:+()-]|\d[ \u00a0])(?:\+|00)?\(?\d{2,5}\)?[ \u00a0]*/[ \u00a0]*\Z")
_DATE = regex.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_ISO_DATE_START = regex.compile(
    r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d])"  # "2026-02-02 08:14"
    r"|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d[ \t]"  # "04/10/2024 17:31", "[08-01-2024 08:31]"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d\d,?[ \t]\d{1,2}$"  # "[03/12/24 07:51]": a chat export's date and hour
    r"|(?:19|20)\d\d[-/]\d{3,7}[ \t]"  # "factura 2024-0098 (1.250,00 €)": a document's number, then more
    r"|(?:19|20)\d\d[-/]\d{3,7}$|\d{3,8}/(?:19|20)\d\d$"  # "#2024-11873", "2026/00871", "2207815/2024"
)


_DURATION_AFTER = regex.compile(r"[ \t]+\(\d{1,2}\Z")
_SHORT_AFTER_DASH = regex.compile(r"[ \u00a0]+\u2013[ \u00a0]+\d{1,2}\Z")
_DAY = regex.compile(r"^\d{1,2}[./]\d{1,2}(?:\.|[./]\d{2,4})?$")
# An extension after the number belongs to it: "ext. 22", "x104", "poste 104", "Durchwahl -12", "toestel 3",
# "interno 3", "anexo 214"
_EXTENSION = regex.compile(
    r",?\s?\(?(?:ext\.?|extn\.?|extension|x|poste|Durchwahl|DW|Apparat|toestel|tst\.?|ext|interno|int\.|anexo|loc\.)"
    r"\s?[-:]?\s?\d{1,5}(?![\w])\)?",
    regex.IGNORECASE,
)
# An extension alone, the way to reach a person inside the firm ("Questions to Gill, ext 2214", "intern 4417",
# "poste 2240"): two to five digits right after the word
_EXTENSION_ALONE = regex.compile(
    r"(?<![\w.])(?i:ext\.?|extn\.?|extension|poste|Durchwahl|intern|toestel|tst\.|interno|anexo)[ \t]?[-:]?[ \t]?"
    r"\d{2,5}(?![\w]|[.,:/]\d)"
)
# the words of the pattern above, one of which is a run of the text's letters before the scan
_EXTENSION_WORDS = frozenset(
    ("ext", "extn", "extension", "poste", "durchwahl", "intern", "toestel", "tst", "interno", "anexo")
)
_CONTEXT = word_set(
    "tel tel. phone telephone mobile mob cell call fax ring whatsapp sms hotline telefon telefonnummer "
    "handy mobil rufnummer durchwahl festnetz anrufen téléphone telephone tél portable appeler teléfono "
    "telefono móvil movil llamar telefoon telefoonnummer mobiel bel bellen gsm tlf tlfn tfno telf "
    # Latin American and Asian English usage: "el fijo de la oficina es ...", "celular", "text me on ..."
    "fijo celular cel text"
    # Singapore and Malaysia write a mobile as "HP" (hand phone)
    " hp"
    # plurals of a list of numbers ("Teléfonos: 2253-4718 (casa) o al 8841-0962")
    " phones teléfonos telefonos celulares téléphones telefone telefoons tels cels"
    # a voicemail's caller, and the mobile networks people name for a number ("sur son Digicel 3456-9021")
    " voicemail voicemails buzón digicel natcom movistar tigo entel airtel safaricom vodacom mtn glo"
    # France's landline ("le fixe du bureau"), West Africa's networks, a request to call ("que la llamen")
    " fixe moov togocel llamen llame llamame llámame llamalo llámalo llamala llámala"
    # a call log's direction column ("15/01 09:10 | Entrante | 2225-4018 | ...", "| sortant | 06 12 ...")
    " entrante saliente entrant sortant incoming outgoing inbound outbound eingehend ausgehend inkomend uitgaand"
    # a contact's number ("contacto en obra: 8845-2210", "Kontakt vor Ort: 0171 4419 2280")
    " contacto kontakt"
)
# A person's number by its possessive ("mi número es 7890 1122", "son numéro c'est le 22 514 806", "his number
# is", "zijn nummer"): an invoice's or an order's number takes no possessive of a person
_THEIR_NUMBER = regex.compile(
    r"(?<![\p{L}])(?i:mi|su|tu|son|sa|ton|mon|his|her|my|their|zijn|haar|mijn|seine|ihre|meine|deine)[ \t]+"
    r"(?i:número|numero|numéro|number|nummer|nr)(?![\p{L}])[^\n\d]{0,16}\Z"
)
# "al" and "au" right before a number: where one calls ("o al 8841-0962", "contestó al 2-2418806", "rappelez au ...")
_AL_BEFORE = regex.compile(r"(?<![\p{L}])(?:al|au)[ \t]+\Z")
# What kind of line a number is, in parentheses right after it ("70 45 18 22 (WhatsApp)", "2253-4718 (casa)")
_KIND_AFTER = regex.compile(
    r"[ \t]*\((?i:whatsapp|wa|cel|celular|móvil|movil|mobile|mob|cell|portable|gsm|fixe|casa|home|work|office|"
    r"bureau|oficina|privé|prive|privat|mobiel|handy)\)"
)
# A firm's register number right after its label is no phone ("Company number: 09773120", "Immatriculation :
# 812 447 390 R.C.S.", "n° entreprise 0456.789.123", "ABN 51 824 753 556", "KvK 12345678")
_REGISTER = regex.compile(
    r"(?i:company[ \t]+(?:number|no\.?|reg(?:istration)?[ \t]+no\.?)|immatriculation|siren|siret|r\.?c\.?s\.?|"
    r"n°[ \t]+(?:d')?entreprise|numéro[ \t]+d'entreprise|ondernemingsnummer|ondernemingsnr\.?|kvk(?:-nummer)?|handelsregister|hrb|abn|acn|crn|"
    r"registration[ \t]+(?:number|no\.?)|reg\.?[ \t]+no\.?)[ \t]*[:#.]?[ \t]*\Z"
)
REGIONS_BY_LANG = {
    "en": ("GB", "IE", "US", "IN"),
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "CH", "LU"),
    "es": ("ES",),
    "nl": ("NL", "BE"),
}
ALL_REGIONS = ("DE", "FR", "ES", "NL", "GB", "BE", "AT", "CH", "IT", "IE", "LU", "PT", "US")
# Regions whose national numbers start with the trunk prefix 0 (Spain, Italy's mobiles, the US do not).
_TRUNK_ZERO = frozenset({"DE", "FR", "NL", "GB", "BE", "AT", "CH", "IE"})


@lru_cache(maxsize=8192)
def parse_phone(raw: str, lang: str = "en") -> phonenumbers.PhoneNumber | None:
    """The valid phone number ``raw`` stands for, trying the regions of ``lang`` first; None if none."""
    digits = "".join(ch for ch in raw if ch.isdigit())
    if raw.lstrip("( ").startswith("+") or digits.startswith("00"):
        international = (
            "+" + digits[2:] if digits.startswith("00") and not raw.lstrip().startswith("+") else raw
        )
        try:
            number = phonenumbers.parse(international, None)
        except phonenumbers.NumberParseException:
            return None
        if phonenumbers.is_valid_number(number):
            return number
        # "+44 7700 900123": a written "+" and the country's length make a phone even in an unassigned range
        written = raw.lstrip("( ").startswith("+") and sum(ch in " -./()" for ch in raw) >= 2
        possible = written and len(digits) >= 10 and phonenumbers.is_possible_number(number)
        return number if possible else None
    regions = REGIONS_BY_LANG.get(lang, ()) + ALL_REGIONS
    for region in dict.fromkeys(regions):
        if region in _TRUNK_ZERO and not digits.startswith("0"):
            continue  # European national numbers start with the trunk 0
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return number
    return None


def _shape(raw: str) -> str:
    """The digits' groups of a number and what separates them ("22 514 806" -> "2 3 3")."""
    return "".join(str(len(part)) if part.isdigit() else part for part in regex.split(r"(\d+)", raw))


# "plus" said for the "+" of a country code, before its digits ("her number is plus 233 24 412 7789")
_PLUS_WORD = regex.compile(r"(?<![\p{L}])(?i:plus)[ ](?=\d{1,3}[ ]\d)")


class PhoneRecognizer:
    name: str = "phone"
    kinds: tuple[str, ...] = ("PHONE",)

    def find(self, text: str, lang: str) -> Iterator[Span]:
        if _PLUS_WORD.search(text):  # a dictated "plus 233 24 412 7789": read as "+233 24 412 7789"
            shadow = _PLUS_WORD.sub(lambda m: " " * (len(m.group()) - 1) + "+", text)
            if shadow != text:
                for span in self._find(shadow, lang):
                    said = shadow[span.start] == "+" and text[span.start] != "+"
                    yield replace(span, start=span.start - 4) if said else span
                return
        yield from self._find(text, lang)

    def _find(self, text: str, lang: str) -> Iterator[Span]:
        yield from spoken_numbers(text)
        for m in (
            _EXTENSION_ALONE.finditer(text)
            if not _EXTENSION_WORDS.isdisjoint(lower_letter_runs(text))
            else ()
        ):
            yield Span(m.start(), m.end(), "PHONE", 0.6, self.name)
        pieces = [(m.start(), m.end()) for m in _CANDIDATE.finditer(text)]
        done: list[tuple[int, int]] = []
        shapes: list[tuple[int, str]] = []  # where each phone found ends, and its groups' shape
        k = 0
        while k < len(pieces):
            start, end = pieces[k]
            # "0231 / 72 58 13", "+49 (0)89 / 51 66 40-27": an area code, a slash, the subscriber's number
            while (
                k + 1 < len(pieces)
                and _SLASH_GAP.fullmatch(text, end, pieces[k + 1][0])
                and sum(ch.isdigit() for ch in text[start:end]) < 7
            ):
                k += 1
                end = pieces[k][1]
            k += 1
            area = _AREA_BEFORE.search(text, max(0, start - 12), start)  # "01 / 512 44 83-0": too short alone
            if area is not None and sum(ch.isdigit() for ch in area.group()) < 7:
                start = area.start()
            found = list(self._candidate(text, text[start:end], start, lang, shapes))
            yield from found
            shapes += [(span.end, _shape(text[span.start : span.end])) for span in found]
            done.append((start, end))
        if (
            "/" in text
        ):  # "0951 / 29 70": an area code and a subscriber's number too short to be a candidate alone
            for m in _AREA_SLASH.finditer(text):
                if not any(a < m.end() and m.start() < b for a, b in done):
                    yield from self._candidate(text, m.group(), m.start(), lang, [])

    def _candidate(
        self, text: str, chunk: str, offset: int, lang: str, shapes: list[tuple[int, str]]
    ) -> Iterator[Span]:
        """One candidate: a phone if valid for its country code or the text's regions, after a phone word, or
        shaped like a phone found just before it ("Son numéro c'est le 22 514 806, son mari c'est le 98 330 671")."""
        raw = chunk.strip()
        start = offset + (len(chunk) - len(chunk.lstrip()))
        short_tail = _SHORT_AFTER_DASH.search(raw)
        if short_tail is not None:  # "(606) 436-0914 – 2 min": a dash and one or two digits after are no part
            raw = raw[: short_tail.start()]
        duration = _DURATION_AFTER.search(raw)
        if duration is not None and text[start + len(raw) : start + len(raw) + 1] == ":":
            raw = raw[: duration.start()]  # "+65 8123 4476 (0:41)": a voicemail's length after the number
        if raw.count("(") != raw.count(")"):
            raw = raw.strip("()")
            start = text.find(raw, start)
        digits = sum(ch.isdigit() for ch in raw)
        if not 7 <= digits <= 15 or _DATE.match(raw) or _ISO_DATE_START.match(raw):
            return  # "2026-02-02 08:14": a timestamp
        if "\u2013" in raw and any(_DAY.match(part.strip()) for part in raw.split("\u2013")):
            return  # "01.05.–31.07": a range of days, not a number dictated with dashes
        if _REGISTER.search(text, max(0, start - 30), start):
            return
        has_context = (
            context_before(text, start, _CONTEXT, 30)
            # further back outside a table's row ("el nuevo teléfono de la administración es 2234-5678"; not a
            # table's "Celular" header over the row's DNI)
            or (not _header_above(text, start) and context_before(text, start, _CONTEXT, 45))
            or bool(_KIND_AFTER.match(text, start + len(raw)))
            or bool(_AL_BEFORE.search(text, max(0, start - 4), start))
            or bool(_THEIR_NUMBER.search(text, max(0, start - 40), start))
            or any(0 <= start - end <= 60 and shape == _shape(raw) for end, shape in shapes)
        )
        extension = _EXTENSION.match(text, start + len(raw))
        tail = extension.end() - start - len(raw) if extension else 0
        grouped = any(ch in raw for ch in " -./()\u2013")
        if raw.startswith(("+", "00", "(+")) or raw.startswith("0") or (grouped and has_context):
            number = parse_phone(raw, lang)
            if number is not None:
                score = 0.9 if grouped or has_context else 0.7
                yield Span(start, start + len(raw) + tail, "PHONE", score, self.name)
                return
        if has_context and digits >= 8 or grouped and digits >= 9 and parse_phone(raw, lang) is not None:
            yield Span(start, start + len(raw) + tail, "PHONE", 0.6, self.name)


def _header_above(text: str, start: int) -> bool:
    """The 45 characters before ``start`` cross a line break into a tab table's row: a word there is a header's."""
    if "\n" not in text[max(0, start - 45) : start]:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return "\t" in text[line_start : line_end if line_end >= 0 else len(text)]
