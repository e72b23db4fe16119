"""Staff and personal numbers by their label, and the values of a record dump's keys.

Outside tables a staff number after its label ("Pers.-Nr. 3051", "Employee no. HC-40917", "matricule 4471",
"MA-Nr. 1187"), a number of its own label ("EMP-0391"), a sole trader's SIRET or a social security number
after its label, and a record dump's values under keys that name an identifier or a person ("emp_no=KGN-7734",
"dob=1994-11-02", "vorname = Dragana"). The table recognizer yields what this finds.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction.normalize import fold_str
from redaction.types import Span

# The labels of a staff number ("Pers.-Nr.", "Personeelsnummer", "Employee no.", "matricule")
STAFF_WORDS = (
    r"pers\.?[ \t]*-?[ \t]*nr\.?|personal-?nr\.?|personalnummer|personeelsnr\.?|personeelsnummer|"
    r"emp(?:loyee|l)?\.?[ \t]*(?:no\.?|#|id|numbers?|nr\.?)|staff[ \t]*(?:no\.?|nos\.?|id|numbers?)|staff(?=[ \t]+\d{5})|matricule|"
    r"mitarbeiter-?nr\.?|mitarbeiternummer|"
    # an insurance's policyholder ("Policyholder no. 88-4471-23")
    r"policy[ \t]?holder[ \t]*(?:no\.?|#|id|number)|"
    # a payroll or pension fund's number ("payroll no. 004418", "EPF no 17820394"), Spain's "N.º personal"
    r"payroll[ \t]*(?:no\.?|#|id|number|nr\.?)|epf[ \t]*(?:no\.?|#|number)|n\.?[º°o]\.?[ \t]*personal|"
    # a German staff number's short label ("MA-Nr. 1187"), a Spanish one after the word ("Empleado n.º SVQ-2231"),
    # a French payroll or internal number ("matricule interne 00417", "matr. 00392")
    r"ma-?nr\.?|emplead[oa][ \t]+n\.?[º°o]\.?|matr\.|matricule[ \t]+(?:interne|paie)|"
    # a worker's code, an HR item, an employment code ("cód. trabajador LM-00872", "Ítem RRHH: LPZ-0312", "EC no.")
    r"c[óo]d\.?[ \t]+trabajador(?:[ \t]+n\.?[º°o])?|[íi]tem[ \t]+rrhh|ec[ \t]+no\.?|"
    # a French employee's number by its short label ("mat. salarié 00417"), a Dutch one's ("pnr 40271")
    r"mat\.[ \t]+salari[ée]e?|pnr\.?|"
    # a French employee's number after the word ("employé n° 004417", "(mat. 20871)")
    r"employ[ée]e?[ \t]+n[º°o]\.?|(?<=\()mat\.|"
    # an employee's, a worker's or a family benefits claimant's number ("salarié n° MAT-20471", "Numéro de
    # travailleur | TRV-20931", "allocataire CAF n° 2345871")
    r"salari[ée]e?[ \t]+n[º°o]\.?|num[ée]ro[ \t]+de[ \t]+travailleur|allocataire(?:[ \t]+caf)?[ \t]+n[º°o]\.?|"
    r"n[º°o]\.?[ \t]*(?:d['’])?allocataire(?:[ \t]+caf)?|"
    # a record card's, a professional body's and a badge's number ("Ficha N°: FN-1187", "Matrícula 10-2345",
    # "(gafete 0231)", "Código de trabajador: T-0893", "N° personnel : 2019-044", Austria's "DN-Nr.: 2044")
    r"ficha(?=[ \t]*n[º°o.])|matr[íi]cula|gafete|c[óo]digo[ \t]+de[ \t]+trabajador|n[º°o][ \t]*personnel|dn-?nr\.?|"
    # a tenant's, a member's, a patient's and a pupil's number ("huurdersnummer is HZ-004518", "Mitgliedsnummer
    # 20417", "patient no. 7140471", "nº de socio 2231"), a solicitor's registration ("SRA no. is 604118"); not a tax
    # adviser's "Mandantennr." (a blind set keeps it as the firm's own reference)
    r"huurders?nummer|huurders?nr\.?|mieter-?nr\.?|mieternummer|lidnummer|"
    r"lidnr\.?|mitglieds-?nr\.?|mitgliedsnummer|member(?:ship)?[ \t]*(?:no\.?|#|id|number)|"
    r"patient[ \t]*(?:no\.?|#|id|number)|pati[eë]ntnummer|patientennummer|pati[eë]ntnr\.?|"
    r"(?:student|pupil)[ \t]*(?:no\.?|#|id|number)|leerlingnummer|studentnummer|sra[ \t]*(?:no\.?|#|id|number)|"
    r"n[º°o]\.?[ \t]*(?:de[ \t]+)?socio|n[úu]mero[ \t]+de[ \t]+socio|"
    # a mutual's member ("n° sociétaire 4428190"), an association's ("número de asociada IMCP es 55821"), a
    # pension scheme's participant ("deelnemersnummer 0049127733")
    r"n[º°o]\.?[ \t]*(?:de[ \t]+)?soci[ée]taire|n[úu]mero[ \t]+de[ \t]+asociad[oa]|deelnemersnummer|deelnemersnr\.?|"
    # short German labels of a member's, a staff member's and an insured person's number ("Mitgl.-Nr. 448213",
    # "Mitarbeiter-ID: MA-2291", "Vers.-Nr. PKL-20771"), a hospital's medical record number ("MRN 7741203"), a
    # badge's and a tenant's number ("Badge no. 20931", "Tenant ref T-04-9917")
    r"mitgl\.-?nr\.?|mitarbeiter-?id|vers\.-?nr\.?|mrn|badge[ \t]*(?:no\.?|#|id|number)|"
    r"tenant[ \t]*(?:ref(?:erence)?|no\.?|#|id|number)|"
    # a student's, an Austrian employee's and a pension fund member's number ("nº de estudiante 22041873",
    # "studentennummer KU Leuven r0847215", "Dienstnehmer-Nr. HR-0611", "Pensionskassen-Nr. PK-70-112893")
    r"n[º°o]\.?[ \t]*de[ \t]+estudiante|n[úu]mero[ \t]+de[ \t]+estudiante|studentennummer|studentnr\.?|"
    r"dienstnehmer-?nr\.?|dienstnehmernummer|pensionskassen-?nr\.?"
)
# A staff number after its label, outside tables
_LABELLED = regex.compile(
    r"(?i:\b(?:" + STAFF_WORDS + r"|n\.?[º°o]\.?[ \t]*(?:de[ \t]+)?emplead[oa]|"
    r"(?:n[úu]mero|n[úu]m\.?|c[óo]digo|c[óo]d\.?|id)[ \t]+(?:de[ \t]+)?emplead[oa]|(?-i:PNr\.?)|"
    # professional registrations and badges ("colegiado n.º 81442", "legajo n.º 0457", "ROAC con el n.º 23918",
    # "Ausweis-Nr. AK-117", "driver ID SLC-D-2207")
    r"colegiad[oa]|legajo|roac(?:[ \t]+con[ \t]+el)?|ausweis-?nr\.?|driver[ \t]+id|courier[ \t]+id|"
    r"inschrijvingsnummer|barreau|bar[ \t]+number|"
    # "collaboratrice n° GVA-2291", "No d'employé : 71-0593", "Ficha de personal n.º 0317", "Empleado # 30418"
    r"collaborat(?:eur|rice)(?=[ \t]*n[º°o])|n[º°o]\.?[ \t]*d['’]employ[ée]e?|ficha[ \t]+de[ \t]+personal|"
    r"emplead[oa](?=[ \t]*\#)))(?![\p{L}])[ \t]*"
    r"(?:[nN]\.?[º°o]\.?[ \t]*|[nN]r\.?[ \t]*|[nN]o\.?[ \t]+)?(?:[:#.|][ \t]*|[–—-][ \t]+)?"
    r"(?:(?:is|will[ \t]be|ist|est|es|is)[ \t]+)?"
    r"(?P<id>(?:[A-Z]{1,4}[-/]?){0,2}\d[\d-]{2,12}\d?)(?![\p{L}\d])"
)

# The same labels with a few words before the number ("Employee no. for the new starter is EMP-20417",
# "Personeelsnummer Iris voor de declaratie: 20-4471", "EE no. HP-0117", "personeelsnr. KC-07", "Personalnummer
# bei uns 20417"; plain digits five to eight, no year)
_LABELLED_LATER = regex.compile(
    r"(?i:\b(?:" + STAFF_WORDS + r"|ee[ \t]*no\.?))(?![\p{L}])(?:[ \t]*:)?"
    r"(?:[ \t]+(?!(?:is|ist|est|es)\b)[\p{L}'’]+){0,6}?[ \t]*(?::|[ \t](?:is|ist|est|es))?[ \t]*"
    r"(?P<id>[A-Z]{1,4}-\d{2,8}(?:-\d{2,8})?|\d{2,4}-\d{2,8}|(?!(?:19|20)\d\d(?!\d))\d{5,8})(?![\p{L}\d]|[.,]\d)"
)
# A sole trader's SIRET and social security numbers after their label ("SIRET 812 449 503 00027", "n° SS 2 82
# 05 99 352 118 42", "nº SS 20/10293847/55", "SV-Nr. 12 150399 F 045")
_LABELLED_NUMBER = regex.compile(
    r"(?:\bSIRET[ \t]*:?[ \t]*(?P<id>\d{3}[ \t]?\d{3}[ \t]?\d{3}[ \t]?\d{5})"
    r"|(?i:\bn\.?[º°o]\.?[ \t]*(?:de[ \t]+)?(?:ss|s\.s\.|sécurité[ \t]+sociale|seguridad[ \t]+social|afiliación)"
    r"|\bsv-?nr\.?|\bsozialversicherungsnummer)[ \t]*:?[ \t]*(?P<id>\d[\d /.-]{6,22}\d)"
    # the UK's right-to-work share code: nine letters and digits in threes ("share code W4K 7PD 2XN")
    r"|(?i:\bshare[ \t]code)[ \t]*(?:is[ \t]+)?:?[ \t]*(?P<id>[A-Z0-9]{3}[ ]?[A-Z0-9]{3}[ ]?[A-Z0-9]{3}))(?![\p{L}\d])"
)


# A key and its value, as exports and record dumps print them ("emp_no=KGN-7734", "dob=1994-11-02", "pers_nr =
# W-0388", "legajo\tROS-1147", "fecha_nac\t05/11/1987", "kfz_kennzeichen_privat = W-482 KP", "date_naissance:
# 07/11/1984"): the value is an identifier when a part of the key names one
_KEYED = regex.compile(
    r"(?m)^[ \t]*(?P<key>[\p{L}][\p{L}\d_.-]{1,34})(?:[ \t]*(?:=|:|\t)[ \t]*|[ ]{3,})"
    r"(?P<val>[\p{L}\d][\p{L}\d./ -]{1,28}[\p{L}\d])[ \t]*$"
)
ID_KEYS = frozenset(
    {
        "dob",
        "birth",
        "birthdate",
        "geb",
        "gebdat",
        "geburtsdatum",
        "nac",
        "nacimiento",
        "naissance",
        "emp",
        "empno",
        "employee",
        "staff",
        "pers",
        "persnr",
        "personalnummer",
        "legajo",
        "matricule",
        "nis",
        "trn",
        "tin",
        "ssn",
        "svnr",
        "nss",
        "nif",
        "nie",
        "dni",
        "cuil",
        "cuit",
        "rfc",
        "curp",
        "passport",
        "pasaporte",
        "passeport",
        "reisepass",
        "licence",
        "license",
        "permis",
        "fuehrerschein",
        "führerschein",
        "rijbewijs",
        "kennzeichen",
        "plate",
        "patente",
        "placa",
        "kenteken",
        "rego",
        "nin",
        "bsn",
        "ahv",
        "nric",
        "fin",
        "cnic",
        "pan",
        "aadhaar",
        "ird",
        "tfn",
        "sin",
        "nas",
        "ci",
        "cedula",
        "cédula",
        "rut",
        "ruc",
    }
)
_KEY_SPLIT = regex.compile(r"[_.\-\s]+")
# ... or when one part says "number" and another whose ("ni_number", "nº_empleado", "n_plan_pensiones",
# "pensioen_deelnemers_nr", "verblijfsvergunning_nr"; not "order_no", "ni_contribution")
_NUMBER_PARTS = frozenset({"n", "no", "nr", "num", "number", "nummer", "numero", "id", "code"})
_WHOSE_PARTS = frozenset(
    {
        "ni",
        "pps",
        "brp",
        "empleado",
        "employee",
        "werknemer",
        "mitarbeiter",
        "member",
        "patient",
        "paciente",
        "student",
        "estudiante",
        "alumno",
        "pension",
        "pensiones",
        "pensioen",
        "deelnemer",
        "deelnemers",
        "deelnemersnr",
        "policy",
        "poliza",
        "polis",
        "socio",
        "afiliado",
        "asegurado",
        "permit",
        "residence",
        "verblijfsvergunning",
        "aufenthaltstitel",
    }
)


_NAME_KEYS = frozenset(
    {
        "surname",
        "given",
        "givenname",
        "firstname",
        "lastname",
        "fullname",
        "vorname",
        "nachname",
        "prenom",
        "prenoms",
        "apellido",
        "apellidos",
        "nombre",
        "nombres",
        "voornaam",
        "achternaam",
        "known",
        "mgr",
        "manager",
        "changed",
        "created",
        "modified",
        "approver",
        "owner",
        "assignee",
    }
)
_NAME_VALUE = regex.compile(r"\p{L}[\p{L}'’ -]{0,40}\p{L}\.?")


def keyed_values(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of the values of a record dump's keys, in one pass over its lines: an identifier after a
    key that names one (three digits or more, three words at most: "emp_no=KGN-7734", "dob=1994-11-02",
    "legajo\tROS-1147"), a name after a key that names a person, written as a dump writes keys (``snake_case`` or
    before "="; one to four words, no digit: "surname=CHIN-LYN", "vorname = Dragana", "last_changed_by=rissa")."""
    for m in _KEYED.finditer(text):
        key, value = m.group("key"), m.group("val")
        parts = {fold_str(p) for p in _KEY_SPLIT.split(key) if p}
        whose = parts & ID_KEYS or (
            parts & _WHOSE_PARTS and (parts & _NUMBER_PARTS or any(p.endswith("nr") for p in parts))
        )
        # three words at most, or short groups ("jt 48 29 17 b", an NI number typed in lower case and spaced)
        words = value.split()
        if (
            whose
            and sum(ch.isdigit() for ch in value) >= 3
            and (len(words) <= 3 or max(map(len, words)) <= 3)
        ):
            yield m.start("val"), m.end("val"), "ID"
        # a name only after a dump's keys ("given_names=", "nachname = "), not a sentence's "Manager: see below"
        gap = text[m.end("key") : m.start("val")]
        # ... or a form's column gap ("Vorname          Ante", "Name\tKovačević")
        dump_key = "_" in key or "=" in gap or "\t" in gap or "   " in gap
        column = "\t" in gap or "   " in gap  # "Name             Kovačević": a form's own "Name"
        named = parts & _NAME_KEYS or (column and parts <= {"name", "nom", "nombre", "naam"})
        if named and dump_key and _NAME_VALUE.fullmatch(value) and len(value.split()) <= 4:
            yield m.start("val"), m.end("val"), "PERSON"


# A staff number that carries its own label ("EMP-0391", "EMP-CHN-1187", "(emp 00731)", "emp. 10482", "EMP 00432")
_EMP_CODE = regex.compile(
    r"(?<![\w-])(?P<id>(?:EMP|Emp|emp)\.?(?:-[A-Z]{2,4})?(?:[-.]|[ \t]|\.[ \t])\d{3,7})(?![\w-])"
)


_YEARS = regex.compile(r"(?:19|20)\d\d[-/](?:19|20)?\d\d")
# A client's or a policyholder's number with the person named on its line by a title ("Kunden-Nr.: 550218 Frau
# Özdemir", "N° client : C-0048217 (M. Guérin)", "Klantnr.: 88214 (dhr. Visser)", "Mrs Okafor, customer no.
# 550218"): the number of a person, not of a firm (a firm's client or policy numbers stay)
_CLIENT_NUMBER = regex.compile(
    r"(?i:\b(?:kunden-?nr\.?|kundennummer|kd\.-?nr\.?|mandanten-?nr\.?|mandantennummer|klantnr\.?|klantnummer|"
    r"relatienr\.?|relatienummer|cli[ëe]ntnr\.?|cli[ëe]ntnummer|r[ée]f\.?[ \t]*client|"
    r"n[º°o]\.?[ \t]*(?:de[ \t]+)?client|num[ée]ro[ \t]+(?:de[ \t]+)?client|(?:client|customer)[ \t]*(?:no\.?|#|id|number|ref)|"
    r"n[º°o]\.?[ \t]*de[ \t]+cliente|n[úu]mero[ \t]+de[ \t]+cliente|polisnr\.?|polisnummer|policy[ \t]*(?:no\.?|#|number)|"
    r"n[º°o]\.?[ \t]*de[ \t]+p[óo]liza|n[úu]mero[ \t]+de[ \t]+p[óo]liza|versicherungsschein-?nr\.?|"
    r"n[º°o]\.?[ \t]*(?:de[ \t]+)?police))(?![\p{L}])[ \t]*[:#.]?[ \t]*"
    r"(?P<id>(?=[A-Z0-9 /-]*\d{3})[A-Z0-9](?:[A-Z0-9]|[-/](?=[A-Z0-9])| (?=\d)){3,18})(?![\p{L}\d])"
)
# a person named by a title: a civil one, or one that brands wear too (a client number is no brand's)
_TITLE_NEAR = regex.compile(rf"(?<![\p{{L}}])(?:{lx.CIVIL_TITLE_PATTERN}|Don|Doña|Miss)\.?[ \t]+\p{{Lu}}")


def _client_numbers(text: str) -> list[tuple[int, int]]:
    """Client and policy numbers with a person named by a title on the same line, within a few words."""
    out = []
    for m in _CLIENT_NUMBER.finditer(text) if any(ch.isdigit() for ch in text) else ():
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        before = text[max(line_start, m.start() - 40) : m.start()]
        after = text[m.end("id") : min(line_end, m.end("id") + 30)]
        if _TITLE_NEAR.search(before) or _TITLE_NEAR.search(after):
            out.append((m.start("id"), m.start("id") + len(m.group("id").rstrip(" /-"))))
    return out


_POLICY = regex.compile(r"(?i:pol|versicherungsschein)")


def client_numbers_of_persons(text: str, spans: list[Span]) -> list[Span]:
    """Client numbers with a person found on the same line, within a few words ("Dara Fitzgerald (client no.
    KP-22817)", "mevrouw Leen Verhaegen (klantnr. SSV-208117)", "Cliente: Ramón Quiñones, número de cliente 5530"):
    as a title does, a person's name makes the number a person's, not a firm's. Not policy numbers: a person's name
    near one is as often the insured firm's contact (a blind English keep fell with them)."""
    persons = [s for s in spans if s.kind == "PERSON"]
    if not persons:
        return []
    taken = [(s.start, s.end) for s in spans]
    out = []
    for m in _CLIENT_NUMBER.finditer(text):
        if _POLICY.search(text, m.start(), m.start("id")):  # the label's words only, not the number's letters
            continue
        start, end = m.start("id"), m.start("id") + len(m.group("id").rstrip(" /-"))
        if any(start < e and b < end for b, e in taken):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        low, high = max(line_start, m.start() - 40), min(line_end, end + 30)
        if any(low <= p.start and p.end <= high for p in persons):
            out.append(Span(start, end, "ID", 0.7, "table"))
            taken.append((start, end))
    return out


def labelled_ids(text: str, keyed: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """(start, end) of each labelled number, sorted, once each: staff numbers after their label, numbers of their
    own label, SIRET and social security numbers, and the identifiers among a dump's ``keyed`` values."""
    found = {
        (m.start("id"), m.end("id"))
        for pattern in (_LABELLED, _LABELLED_LATER, _LABELLED_NUMBER, _EMP_CODE)
        for m in pattern.finditer(text)
        if not _YEARS.fullmatch(m.group("id"))  # "Matrícula 2024-2025": a school year
    }
    found |= {(start, end) for start, end, kind in keyed if kind == "ID"}
    found |= set(_client_numbers(text))
    # the next number of a list after a labelled one, in the same shape ("Staff numbers: 004517 and 006203")
    todo = list(found)
    while todo:
        start, end = todo.pop()
        m = _LIST_NEXT.match(text, end)
        if m is not None and _shape(m.group("id")) == _shape(text[start:end]) and m.span("id") not in found:
            found.add(m.span("id"))
            todo.append(m.span("id"))
    return sorted(found)


_LIST_NEXT = regex.compile(
    r"[ \t]*(?:,|;|/|&|(?:,[ \t]*)?(?:and|und|en|et|y|e)(?![\p{L}]))[ \t]*(?P<id>[\p{L}\d][\p{L}\d-]{2,14})(?![\p{L}\d])"
)


def _shape(value: str) -> str:
    return str(regex.sub(r"\d", "9", regex.sub(r"\p{L}", "A", value)))
