"""Overlap resolution: one decision per character, containers first, then the most trusted detection.

Order of trust: record-declared values and validated identifiers, then rules (addresses, names), then NER.
E-mails, URLs, addresses and IBANs swallow detections inside them ("jurgen.muller@x.de" is one e-mail, not a
name plus a domain; the digits of an IBAN with a typo are no phone). Adjacent address parts are merged into one
address. O(n log n): a 1 MB text has tens of thousands of detections.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from itertools import accumulate

import regex

from redaction import lexicon
from redaction.normalize import fold_str, has_digit
from redaction.recognizers.address import STREET_BEFORE_ZIP
from redaction.recognizers.address_extent import (
    COUNTRY_AFTER,
    FLOOR,
    LANDMARK_TAIL,
    NOT_PLACES,
    PART_BEFORE,
    PLACES_AFTER_STREET,
    TOWN_AFTER_STREET,
    UNIT_AFTER,
    UNIT_BEFORE,
)
from redaction.recognizers.postcodes import ZIP4_AFTER_STREET
from redaction.types import Span

TIERS = {
    "record": 3,
    "session": 3,
    "email": 3,
    "iban": 3,
    "bank_account": 3,
    "card": 3,
    "ip": 3,
    "vat": 3,
    "national_id": 3,
    "id_shape": 3,
    "url": 3,
    "phone": 3,
    "address": 2,
    "person_rules": 2,
    "ner": 1,
}
CONTAINERS = frozenset({"EMAIL", "URL", "ADDRESS", "IBAN"})


def _drop_contained(spans: list[Span]) -> list[Span]:
    """Drop non-container spans lying strictly inside a container span."""
    containers = sorted((s for s in spans if s.kind in CONTAINERS), key=lambda s: s.start)
    if not containers:
        return spans
    starts = [c.start for c in containers]
    max_end = list(accumulate((c.end for c in containers), max))
    out = []
    for span in spans:
        if span.kind not in CONTAINERS:
            k = bisect.bisect_right(starts, span.start)
            # some container starting at or before this span reaches past its end (prefix max), and is longer
            if (
                k
                and max_end[k - 1] >= span.end
                and any(
                    containers[j].end >= span.end and containers[j].length > span.length
                    for j in range(k - 1, -1, -1)
                    if max_end[j] >= span.end
                )
            ):
                continue
        out.append(span)
    return out


# A unit word right before an address that starts on its number ("Unit 5, Montague Park"), and a four-digit
# postcode alone after the last comma of an address's line ("Montague Gardens, 7441")
_UNIT_WORD_BEFORE = regex.compile(r"(?<![\p{L}])(?:Unit|Flat|Suite|Shop|Apt\.?|Apartment|Stand|Erf)[ \t]$")
_CODE_AT_LINE_END = regex.compile(r",[ \t]*\d{4}(?=[ \t]*(?:\n|$))")


def _grow_learned(spans: list[Span], text: str) -> list[Span]:
    """A person the session learned from another text ("Rubén") grows to the name the rules found here starting
    with it ("Rubén Ñaupari M."): on its own it would win on its tier and leave the rest of the name in clear (not
    over a comma: "QUISPE MAMANI, Juan" stays two persons, as the session learned them)."""
    learned = [s for s in spans if s.recognizer == "session" and s.kind == "PERSON"]
    if not learned:
        return spans
    rules = [s for s in spans if s.kind == "PERSON" and s.recognizer == "person_rules"]
    out = []
    for span in spans:
        if span.recognizer == "session" and span.kind == "PERSON":
            longer = [
                o.end
                for o in rules
                if o.start == span.start
                and o.end > span.end
                and not any(c in text[span.end : o.end] for c in ",\n")
            ]
            if longer:
                span = Span(span.start, max(longer), span.kind, span.score, span.recognizer)
        out.append(span)
    return out


def _union_addresses(spans: list[Span]) -> list[Span]:
    """Two addresses found by different rules that overlap in part, neither holding the other ("C/ Gustavo Mejía
    Ricart No. 54" by the street rule, "Gustavo Mejía Ricart No. 54, Ens. Naco, Santo Domingo" by the regional
    one), are one address: their union joins the candidates (an address holding another is left to the ranking)."""
    addresses = sorted((s for s in spans if s.kind == "ADDRESS"), key=lambda s: (s.start, s.end))
    unions = [
        Span(
            a.start,
            b.end,
            "ADDRESS",
            max(a.score, b.score),
            a.recognizer if a.score >= b.score else b.recognizer,
        )
        for a, b in zip(addresses, addresses[1:], strict=False)
        if a.start < b.start < a.end < b.end
    ]
    return spans + unions


def resolve(spans: list[Span], text: str, threshold: float = 0.0) -> list[Span]:
    """Non-overlapping spans sorted by start."""
    spans = [s for s in spans if s.end > s.start and s.score >= threshold]
    if not spans:
        return []
    spans = _drop_contained(_union_addresses(_grow_learned(spans, text)))
    ranked = sorted(spans, key=lambda s: (-TIERS.get(s.recognizer, 1), -s.score, -s.length, s.start))
    starts: list[int] = []
    chosen: list[Span] = []
    for span in ranked:
        k = bisect.bisect_left(starts, span.start)
        if k < len(chosen) and chosen[k].start < span.end:
            continue
        if k and chosen[k - 1].end > span.start:
            continue
        starts.insert(k, span.start)
        chosen.insert(k, span)
    return _merge_addresses(chosen, text)


def _places_after(text: str, span: Span, spans: list[Span], i: int) -> tuple[int, set[int]]:
    """Where the district, town or province after a street address end ("23 Florida Road, Morningside, Durban
    4001"), and the weak person detections inside them that give way ("Santiago" of "Providencia, Santiago")."""
    end, dropped = span.end, set[int]()
    if not any(ch.isdigit() for ch in text[span.start : span.end]):
        return end, dropped  # only after a street with its house number
    if text.startswith("Kaya", span.start):
        return (
            end,
            dropped,
        )  # a Papiamentu street takes its district and town in its own pattern, up to the town
    m = PLACES_AFTER_STREET.match(text, span.end)
    if m is None:
        return end, dropped
    for stop, place in zip(m.ends("place"), m.captures("place"), strict=True):
        first = fold_str(place.split()[0].rstrip("."))
        if first in NOT_PLACES or (
            " " not in place and first in lexicon.first_names() and first not in lexicon.places()
        ):
            break
        inside: set[int] = set()
        for j in range(i + 1, len(spans)):
            other = spans[j]
            if other.start >= stop:
                break
            if other.kind == "ADDRESS" or (
                other.kind == "PERSON" and other.recognizer in ("person_rules", "ner") and other.end <= stop
            ):
                inside.add(j)
            else:
                return end, dropped
        end, dropped = stop, dropped | inside
    return end, dropped


_COMMA_END = regex.compile(r",[ \t]*\Z")
# A postcode and its town ending an address, then the post office's number ("1211 Genève 4")
_ZIP_TOWN_END = regex.compile(r"(?<![\d])\d{4}[ \t]\p{Lu}[\p{L}'’-]+\Z")
_DISTRICT_AFTER = regex.compile(r"[ \t]\d{1,2}(?=[ \t]*(?:$|\n|[,;)]))")
# A postcode and its town ending an address, then the bigger town or the region it lies in ("5322 Hof bei Salzburg",
# "3645 Gwatt (Thun)", "23440 Baeza (Jaén)")
_POSTCODE_TOWN_END = regex.compile(r"(?<![\d])\d{4,5}(?:[ \t][A-Z]{2})?[ \t]\p{Lu}[\p{L}'’-]+\Z")
_TOWN_ADDED = regex.compile(
    r"[ \t](?:bei|b\.|am|an[ \t]der|im|ob|sur|sous|lès)[ \t]\p{Lu}[\p{L}'’-]+(?![\p{L}\d])|[ \t]\(\p{Lu}[\p{L}'’. -]{1,24}\)"
)


_FLOOR_LINE = regex.compile(rf"(?<=\n|^)[ \t]*\K{FLOOR}(?:[ \t]*,[ \t]*{FLOOR})*(?=[ \t]*,?[ \t]*\n\Z)")


_DISTRICT_LINE = regex.compile(
    r"[ \t]*,?[ \t]*\n[ \t]*\p{Lu}[\p{L}'’.-]+(?:[ -]\p{L}[\p{L}'’.-]+){0,2}[ \t]*,?[ \t]*\n[ \t]*"
)


def _parts_line(text: str, start: int) -> int | None:
    """Where the line right above an address's street starts, when it holds only the flat's, the floor's or the
    building's parts, each a part the address's own line may hold ("Appartement 12, 3e étage gauche\n45 rue Paul
    Bert", "Flat 3\n27 Wellington Road")."""
    if text[start - 1 : start] != "\n":
        return None
    begin = text.rfind("\n", 0, start - 1) + 1
    line = text[begin : start - 1]
    parts = [p.strip() for p in line.rstrip(" \t,").split(",")]
    if not line.strip() or len(line) > 60 or not all(PART_BEFORE.fullmatch(p + ",") for p in parts):
        return None
    return begin + len(line) - len(line.lstrip())


_CARE_OF = regex.compile(
    r"(?<![\p{L}])(?i:c/o|c\.o\.|p/a|z\.[ \t]?h\.|z\.[ \t]?hd\.|zhd\.)[ \t]+[^\n,;()]{2,40},[ \t]*\Z"
)


def _firm_words(part: str) -> bool:
    """A firm's words in what stands before an address ("c/o Steuerkanzlei Berger GmbH"): no person's care."""
    for word in regex.findall(r"[\p{L}&.]+", part):
        folded = fold_str(word.rstrip("."))
        if word in lexicon.ORG_SUFFIXES or word.rstrip(".") in lexicon.ORG_SUFFIXES:
            return True
        if folded in lexicon.NON_PERSON_TAILS or folded.endswith(lexicon.COMPANY_WORD_ENDINGS):
            return True
    return False


# an address's own word before its street ("Wohnadresse Höttinger Au 41, ...", "Domicilio Lugar ..."): not the address
_ADDRESS_LABEL = regex.compile(
    r"\p{L}*(?i:adresse|address|adres|anschrift|domicile|domicilio|dirección|direccion|wohnort|woonplaats)[ \t]+"
)
# an address that opens with its flat's, door's or floor's part ("Top 12, 6020 Innsbruck")
_UNIT_OPENING = regex.compile(PART_BEFORE.pattern.replace(r"[ \t]*,[ \t]*\Z", r"[ \t]*,"))


def _parts_before(text: str, span: Span, out: list[Span]) -> Span:
    """The building, flat, floor, residence or district parts before an address, each closed by a comma on the
    address's line, taken back one at a time: not over what an earlier detection holds, but over a name the rules
    or the NER guessed inside such a part ("Résidence Yasmine"), which gives way (it leaves ``out``)."""
    weak = len(out)
    while weak and out[weak - 1].kind == "PERSON" and out[weak - 1].recognizer in ("person_rules", "ner"):
        weak -= 1
    floor = out[weak - 1].end if weak else 0
    starts = []
    start = span.start
    for _ in range(6):
        m = PART_BEFORE.search(text, max(floor, start - 64), start)
        if m is None or "\n" in text[m.start() : start]:
            break
        start = m.start()
        if any(o.start < start < o.end for o in out[weak:]):
            break  # a name reaching out of the part before it: the part stays out
        starts.append(start)
        if not _COMMA_END.search(text, max(floor, start - 3), start):
            break
    first = starts[-1] if starts else span.start
    opening = starts or _UNIT_OPENING.match(text, span.start) is not None
    if opening and _COMMA_END.search(text, max(floor, first - 3), first):
        # the street line before the parts, when no street word named it ("Höttinger Au 41, Top 12, 6020
        # Innsbruck", "Weena 734, 12e etage, 3014 DA Rotterdam"): capitalised words and a house number
        street = STREET_BEFORE_ZIP.search(text, max(floor, first - 60), first)
        if (
            street is not None
            and "\n" not in street.group()
            and not any(o.start < street.start() < o.end for o in out[weak:])
        ):
            at = street.start()
            label = _ADDRESS_LABEL.match(text, at, first)
            starts.append(label.end() if label is not None else at)
    if not starts:
        # the floor and wing on their own line above the street ("Hinterhaus, 3. OG links\nAkazienstraße 27")
        line = _FLOOR_LINE.search(text, max(floor, start - 48), start)
        at = line.start() if line is not None else _parts_line(text, start)
        if at is None or at < floor or any(o.end > at for o in out[weak:]):
            return span
        starts.append(at)
        # and the flat's and floor's line above the building's ("Flat 5, Second Floor\nAlbion House\n22 St ...")
        above = _parts_line(text, at)
        if above is not None and above >= floor and not any(o.end > above for o in out[weak:]):
            starts.append(above)
    while len(out) > weak and out[-1].start >= starts[-1]:
        out.pop()
    return replace(span, start=starts[-1], canonical=None)


def _directions_after(text: str, span: Span, spans: list[Span], i: int) -> tuple[int, set[int]]:
    """Where the directions by landmarks after an address end ("..., behind the Total filling station, blue gate"),
    and the names the rules or the NER guessed in them, which give way ("la tienda de don Chucho" is a landmark);
    any other detection in them keeps the address as it is."""
    tail = LANDMARK_TAIL.match(text, span.end)
    if tail is None:
        return span.end, set()
    stop = span.end + len(tail.group().rstrip(" \t,–-"))
    inside = {j for j in range(i + 1, len(spans)) if spans[j].start < stop}
    weak = all(
        spans[j].kind == "PERSON" and spans[j].recognizer in ("person_rules", "ner") and spans[j].end <= stop
        for j in inside
    )
    return (stop, inside) if weak else (span.end, set())


def _merge_addresses(spans: list[Span], text: str) -> list[Span]:
    out: list[Span] = []
    dropped: set[int] = set()
    for i, span in enumerate(spans):
        if i in dropped:
            continue
        if span.kind == "ADDRESS":
            # the flat or floor before a street, and after it the unit, a 4-digit postcode or a big town
            care = _CARE_OF.search(text, max(0, span.start - 64), span.start)
            if (
                care is not None
                and span.recognizer not in ("record", "session")
                and not any(o.end > care.start() for o in out)
                and not _firm_words(care.group())
            ):
                # "c/o Müller, Akazienstr. 17, ...": whom the post goes through is part of the address (a person
                # found there stays a person, and the address starts after it); a declared or learned address is
                # matched as declared
                span = replace(span, start=care.start(), canonical=None)
            head = UNIT_BEFORE.search(text, max(0, span.start - 24), span.start)
            if head is None and text[span.start : span.start + 1].isdigit():
                head = _UNIT_WORD_BEFORE.search(
                    text, max(0, span.start - 12), span.start
                )  # "Unit 5, Montague Park"
            if head and (not out or out[-1].end <= head.start()):
                span = replace(span, start=head.start(), canonical=None)
            if span.recognizer not in ("record", "session"):
                span = _parts_before(text, span, out)
            # the floor again after the town ("..., 2000 Neuchâtel, 2e étage")
            for tail_re in (UNIT_AFTER, ZIP4_AFTER_STREET, TOWN_AFTER_STREET, COUNTRY_AFTER, UNIT_AFTER):
                tail = tail_re.match(text, span.end)
                # the next address may begin inside the tail ("app. 3, Montréal QC H2J 2L3"): they merge below
                if tail and (
                    i + 1 == len(spans) or spans[i + 1].start >= tail.end() or spans[i + 1].kind == "ADDRESS"
                ):
                    span = replace(span, end=tail.end(), canonical=None)
            added = (
                _TOWN_ADDED.match(text, span.end)
                if _POSTCODE_TOWN_END.search(text, max(span.start, span.end - 40), span.end)
                else None
            )
            if added is not None and (i + 1 == len(spans) or spans[i + 1].start >= added.end()):
                span = replace(span, end=added.end(), canonical=None)
            if _ZIP_TOWN_END.search(text, max(span.start, span.end - 40), span.end):
                district = _DISTRICT_AFTER.match(text, span.end)  # "1211 Genève 4", "1000 Bruxelles 1"
                if district is not None and (i + 1 == len(spans) or spans[i + 1].start >= district.end()):
                    span = replace(span, end=district.end(), canonical=None)
            # a declared or learned address is matched as declared: the places after it add no identity
            end, inside = (
                (span.end, set[int]())
                if span.recognizer in ("record", "session")
                else _places_after(text, span, spans, i)
            )
            if end > span.end:
                span = replace(span, end=max([end, *(spans[j].end for j in inside)]), canonical=None)
                dropped |= inside
            end, inside = (
                (span.end, set[int]())
                if span.recognizer in ("record", "session")
                else _directions_after(text, span, spans, i)
            )
            if end > span.end:
                span = replace(span, end=end, canonical=None)
                dropped |= inside
            code = _CODE_AT_LINE_END.match(text, span.end)  # "..., Montague Gardens, 7441" (South Africa)
            if (
                code
                and span.recognizer not in ("record", "session")
                and (i + 1 == len(spans) or spans[i + 1].start >= code.end())
            ):
                span = replace(span, end=code.end(), canonical=None)
        if out and out[-1].kind == "ADDRESS" and span.kind == "ADDRESS":
            gap = text[out[-1].end : span.start]
            # a comma, a line break, a dash, a pipe or a middle dot between the parts ("apt 5 – 59800 Lille",
            # "Seestrasse 54 | 8800 Thalwil", "Steinenvorstadt 33 · 4051 Basel")
            # or the district's own line between the street's and the town's ("27 Wellington Road\nLeyton\nLondon
            # E10 6HN")
            district = (
                _DISTRICT_LINE.fullmatch(gap) is not None
                and has_digit(text[out[-1].start : out[-1].end])
                and out[-1].recognizer not in ("record", "session")
                and span.recognizer not in ("record", "session")
            )
            if district or (len(gap) <= 3 and all(ch in ", \t\n-–|·" for ch in gap) and gap.count("\n") <= 1):
                prev = out.pop()
                span = Span(
                    prev.start,
                    max(prev.end, span.end),
                    "ADDRESS",
                    max(prev.score, span.score),
                    prev.recognizer,
                )
        elif out and span.start < out[-1].end:
            continue
        out.append(span)
    return out
