"""Dates of birth, by the word of birth before or after them.

"DOB 03/11/1968", "né le 14/06/1961", "geb. 11.09.1984", "date of birth for layla al-amin 17 04 1981", "sie ist
am 15.10.1985 geboren", a German register's "*19.09.1969", the Belgian "° 12/03/1985". Other dates are no
personal data and stay. The table recognizer yields what this finds.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

_MONTH = (
    r"(?i:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"januar|jänner|februar|märz|maerz|mai|juni|juli|oktober|dezember|janvier|février|fevrier|mars|avril|juin|"
    r"juillet|août|aout|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|"
    r"agosto|septiembre|setiembre|octubre|noviembre|diciembre|januari|februari|maart|mei|augustus|oktober)"
)
_MONTH_ABBR = (
    r"(?i:jan|feb|febr|mar|mär|mrt|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez|déc|janv|févr|fév|avr|juil|"
    r"ene|abr|ago|dic)"
)
# A date of birth after its label ("DOB 03/11/1968", "né le 14/06/1961", "geb. 11.09.1984", "DOB is given as")
# The label may name whose birth it is first ("GebDat Hr. Okoro 02.09.1978", "DN Sophie: 12/03/1986", "date of
# birth for layla al-amin 17 04 1981"): a few words without digits or a line break; dictation spaces the date.
_BIRTH_DATE = regex.compile(
    r"(?:(?i:\b(?:dobs?|d\.o\.b\.|dates?[ \t]of[ \t]birth|born(?:[ \t]on)?|birth[ \t]dates?|geb\.|geb(?=[ \t]\d)|geboren(?:[ \t]am)?|"
    r"geburtsdat(?:um|en)|gebdat|geb\.[ \t]?dat\.?|né(?:e|\(e\))?[ \t]le|dates?[ \t]de[ \t]naissance|nacid[oa](?:[ \t]el|(?=[ \t:,]+\d))|"
    r"naci[óo][ \t]el|"
    r"fechas?[ \t](?:de[ \t])?nacimiento|f\.[ \t]?nac\.|f\.[ \t]?n\.(?=[ \t:]*\d)|nac\.|geboren[ \t]op|geboortedat(?:um|a)|geb\.[ \t]?datum|"
    # "F. de nacimiento: 12-04-1994", "Date naiss. 02/12/1971"
    r"f\.[ \t]?de[ \t]nacimiento|dates?[ \t](?:de[ \t])?naiss\.))|"
    r"\bDN\b|"
    # the Belgian "°" before a date of birth ("Jan Peeters ° 12/03/1985", "Pieter De Vos, °05/01/1993")
    r"(?<=[ \t])°(?=[ \t])|(?<=[ \t(,])°(?=\d))"
    r"(?![\p{L}])(?:[^\d\n]{0,40}?(?<=[\s:.]))?[ \t]*(?:[:.][ \t]*)?\(?"  # "geboortedatum (03/07/1989)"
    r"(?:(?:is|was)(?:[ \t]+given)?[ \t]+as[ \t]+|ist[ \t]+|est[ \t]+|es[ \t]+|is[ \t]+)?"
    rf"(?P<date>\d{{1,2}}[./-]\d{{1,2}}[./-](?:(?:19|20)\d{{2}}|\d{{2}})|\d{{1,2}}[ \t]\d{{1,2}}[ \t](?:19|20)\d{{2}}|"
    # "12 Mar 85", "3rd March 1985", "12. Jan. 1985"
    rf"\d{{1,2}}(?:st|nd|rd|th|er|e|º|°)?\.?[ \t]+(?:of[ \t]+)?(?:{_MONTH}|{_MONTH_ABBR})\.?[ \t]+(?:(?:19|20)\d{{2}}|\d{{2}})|"
    # "12-mar-1985", "03/Jun/1990"
    rf"\d{{1,2}}-(?:{_MONTH_ABBR}|{_MONTH})-(?:19|20)\d{{2}}|\d{{1,2}}/(?:{_MONTH_ABBR}|{_MONTH})/(?:19|20)\d{{2}}|"
    rf"(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}|\d{{1,2}}\.?[ \t]+(?:de[ \t]+)?{_MONTH}[ \t]+(?:de[ \t]+)?(?:19|20)\d{{2}}|"
    rf"{_MONTH}[ \t]+\d{{1,2}},?[ \t]+(?:19|20)\d{{2}}|(?<=(?i:birth|naissance|geburtsdatum|geboortedatum|nacimiento)"
    r"[ \t]*:?[ \t]*)\d{1,2}/(?:19|20)\d{2}|"
    # an OCR'd form's date with stray spaces between its digits ("1 5/07/1991", "2 3 / 0 6 / 1 9 8 2")
    r"\d[ ]?\d?[ ]?[./-][ ]?\d[ ]?\d?[ ]?[./-][ ]?[12][ ]?[09][ ]?\d[ ]?\d)(?!\d)"
)
# A date of birth said further on, in the last century ("the date of birth on the file is wrong, it should be the 2nd
# of June 1971", "Date de naissance de l'assurée pour le contrat, elle me dit 22 février 1958")
_BIRTH_FAR = regex.compile(
    r"(?i:\b(?:date[ \t]of[ \t]birth|dob|date[ \t]de[ \t]naissance|fecha[ \t]de[ \t]nacimiento|geburtsdatum|"
    r"geboortedatum))(?![\p{L}])[^\d\n]{41,80}?"
    rf"(?P<date>\d{{1,2}}(?:st|nd|rd|th|er|e)?\.?[ \t]+(?:of[ \t]+|de[ \t]+)?{_MONTH}[ \t]+(?:de[ \t]+)?19\d{{2}}|"
    r"\d{1,2}[./-]\d{1,2}[./-]19\d{2})(?!\d)"
)
# A date of birth before its word ("sie ist am 15.10.1985 geboren", "op 02-04-1990 geboren")
_BIRTH_BEFORE = regex.compile(
    r"(?<![\d./-])(?P<date>\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2})[ \t]+(?i:geboren|born)(?![\p{L}])"
)
# A family's list gives each child's birth date after the kinship ("- Hugo Benítez, hijo, 19-09-2012, nº de
# asegurado ...", "Lena (Tochter): 03.05.2016", "Noor, dochter, 11-02-2019"): the kin word, a comma, a colon or a
# bracket, then the date
_KIN_BIRTH = regex.compile(
    r"(?<![\p{L}])(?i:hij[oa]|daughter|fils|fille|sohn|tochter|zoon|dochter)[ \t]*(?:[,:]|\)[ \t]*[,:]?)[ \t]*"
    r"(?P<date>\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2})(?!\d|[./-]\d)"
)
# A German register writes the birth date after an asterisk ("Schumacher, Heike, Köln, *19.09.1969")
_STAR_BIRTH = regex.compile(r"(?<![\w*])\*[ \t]?(?P<date>\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})(?!\d)")


# More dates right after a date of birth, in a list ("dates de naissance : 07/12/1985, 21/03/1990")
_MORE_DATES = regex.compile(
    r"[ \t]*(?:[,;]|(?i:and|et|y|en|und|&))[ \t]+(?P<date>\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2})(?!\d|[./-]\d)"
)


def birth_dates(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each date of birth: after its word (and the dates listed right after it), before it,
    after a child's kinship in a family's list, after a register's asterisk."""
    for pattern in (_BIRTH_DATE, _BIRTH_BEFORE, _BIRTH_FAR, _KIN_BIRTH):
        for m in pattern.finditer(text):
            yield m.start("date"), m.end("date")
            more = _MORE_DATES.match(text, m.end("date")) if pattern is _BIRTH_DATE else None
            while more is not None:
                yield more.start("date"), more.end("date")
                more = _MORE_DATES.match(text, more.end("date"))
    if "*" in text:
        for m in _STAR_BIRTH.finditer(text):
            yield m.start("date"), m.end("date")
