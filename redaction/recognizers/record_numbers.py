"""A person's record numbers by their label: patient, member, insured, pupil and admission numbers.

Clinics, insurers, schools and HR forms number the person they keep a file on ("patiëntnr. 104873", "Pat.-Nr.
10482", "n° patient 0048217", "n° d'assuré 1-04829-173", "Member ID (BlueCross PPO): XOJ904418263", "Admission
No.: SBC/2024/0417", "historia clínica HC-2024-018834", "Staff ID (HR use): LV-2231", "cód. PE-3318"). Only the
label says whose number it is: an invoice's, an order's, a case's or a policy's number is no person's and has
no label here. The national-id recognizer yields what this finds.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

# Whose record: a patient, a member, an insured person, a pupil, an employee ("cliëntnr." and "relatienr." only
# glued to their Dutch number word: a care client's, an insurer's relation)
_HEAD = (
    r"(?:patient|patiente|patiënt|paci[eé]nte|patienten|pat\.-?|pat-|"
    r"member|membership|mitglieds?|lid|socio|soci[ao]|adh[ée]rente?|"
    r"assur[ée]e?|asegurad[oa]|versicherten|verzekerden?|affili[ée]e?|afiliad[oa]|afiliaci[óo]n|"
    r"pupil|student|[ée]l[èe]ve|alumn[oa]|leerling|sch[üu]ler(?:in)?|admission|enrol(?:l)?ment|"
    r"staff|emp|employee|colaborador(?:a)?|collaborat(?:eur|rice)|mrn|hospital|"
    r"beneficiary|b[ée]n[ée]ficiaire|beneficiari[oa]|allocataire|"
    r"cli[ëe]nt(?=[ \t]*-?nr|nummer)|relatie(?=[ \t]*-?nr|nummer)|fiche)"
)
# The word of a number, after or before the head ("nr.", "No.", "n°", "ID", "code", "#")
_MARK = r"(?:nr|no|n[º°o]|id|number|nummer|num[ée]ro|n[úu]mero|num|code|c[óo]digo|c[óo]d|\#)\.?"
_VALUE = (
    r"(?P<id>(?:[A-Z]{1,5}[ ])?[A-Z0-9](?:[A-Z0-9]|[./-](?=[A-Z0-9])|[ ](?=\d{2,}(?![\p{L}])))*)"
    r"(?![\p{L}\d])"
)
_PAREN = r"(?:[ \t]*\([^()\n]{1,30}\))?"  # "Member ID (BlueCross PPO):", "Staff ID (HR use):"
_RECORD_NUMBER = regex.compile(
    r"(?<![\p{L}])(?i:"
    # the head, then the number's word ("patiëntnr. 104873", "Member ID (BlueCross PPO): X", "Pat.-Nr. 10482")
    rf"{_HEAD}[ \t]*-?[ \t]*{_MARK}"
    # or the number's word, then whose it is ("n° patient 0048217", "n° d'assuré 1-04829-173", "No. de empleado
    # asignado: DCI-1142", "N° de fiche GPI : 6029184", "Nº afiliación S.S.: 41/10293847/55")
    rf"|(?:n[º°o]\.?|nr\.?|no\.|num[ée]ro|n[úu]mero)[ \t]*(?:de[ \t]+|d['’][ \t]*|du[ \t]+|del[ \t]+)?"
    r"(?:" + _HEAD + r"|emplead[oa]|pers\.)(?:[ \t]+(?:[\p{L}.]{2,12}))?"
    # or the record itself ("historia clínica HC-2024-018834", "Code permanent : TREL 0753 1512", "(cód. PE-3318")
    r"|historia[ \t]+cl[íi]nica|code[ \t]+permanent|(?<=\()c[óo]d\.)"
    rf"(?![\p{{L}}]){_PAREN}[ \t]*[:#]?[ \t]*{_VALUE}"
)
_DATE = regex.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d\d[-/](?:19|20)?\d\d")


def record_numbers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each number of a person's record after its label (four digits at least, no date)."""
    for m in _RECORD_NUMBER.finditer(text):
        value = m.group("id").rstrip(" ./-")
        digits = sum(ch.isdigit() for ch in value)
        if digits < 4 or len(value) > 24 or _DATE.fullmatch(value):
            continue
        yield m.start("id"), m.start("id") + len(value)
