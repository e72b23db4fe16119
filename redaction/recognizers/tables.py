"""Persons, staff numbers and birth dates by where they stand: the columns of a pasted table and labels.

A table is a run of lines cut into cells by "|" or tabs; its first line names the columns. Every cell of a
column named for a person ("Name", "Contact", "Mitarbeiter", "Naam", "Nom", "Empleado") is a person, its
role in parentheses left out ("Emeka (FD)"); every cell of a column of staff numbers ("Emp#", "Pers.-Nr.",
"Personeelsnr") that holds a digit is an identifier. Outside tables a staff number after its label
("Pers.-Nr. 3051", "Employee no. HC-40917", "matricule 4471") is one too, and so is a date after a word
of birth ("DOB 03/11/1968", "né le 14/06/1961", "geb. 11.09.1984").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction.normalize import fold_str, has_digit
from redaction.types import Span

# Column names of persons, folded, in our five languages
_PERSON_COLUMNS = frozenset(
    {
        "name",
        "names",
        "full name",
        "contact",
        "contact person",
        "employee",
        "employee name",
        "staff",
        "staff member",
        "assignee",
        "assigned to",
        "owner",
        "requester",
        "requested by",
        "reviewer",
        "approver",
        "approved by",
        "submitted by",
        "consultant",
        "caller",
        "attendee",
        "candidate",
        "client contact",
        "mitarbeiter",
        "mitarbeiterin",
        "mitarbeiter/in",
        "ansprechpartner",
        "ansprechpartnerin",
        "kontakt",
        "bearbeiter",
        "bearbeiterin",
        "verantwortlich",
        "medewerker",
        "naam",
        "contactpersoon",
        "behandelaar",
        "eigenaar",
        "nom",
        "nom complet",
        "collaborateur",
        "collaboratrice",
        "salarie",
        "salariee",
        "responsable",
        "interlocuteur",
        "nombre",
        "nombre y apellidos",
        "nombres y apellidos",
        "apellidos y nombres",
        "apellido y nombre",
        "nom et prenom",
        "nom prenom",
        "naam en voornaam",
        "empleado",
        "empleada",
        "contacto",
        "tecnico",
        "persona",
        # exports name the parts of a name and the user of a record
        "first name",
        "last name",
        "surname",
        "manager",
        "user",
        "username",
        "vorname",
        "nachname",
        "benutzer",
        "prenom",
        "nom de famille",
        "utilisateur",
        "apellido",
        "apellidos",
        "usuario",
        "voornaam",
        "achternaam",
        "gebruiker",
        # who did a line's work, often by initials ("fecha | quién | horas", "Datum | Wer | Std.")
        "who",
        "by",
        "initials",
        "resource",
        "person",
        "quien",
        "iniciales",
        "recurso",
        "consultor",
        "consultora",
        "wer",
        "kurzel",
        "kuerzel",
        "qui",
        "initiales",
        "consultant(e)",
        "wie",
        "initialen",
    }
)
# Column names of staff numbers, folded
_ID_COLUMNS = frozenset(
    {
        "emp#",
        "emp #",
        "emp no",
        "emp no.",
        "emp id",
        "employee id",
        "employee no",
        "employee no.",
        "employee number",
        "staff id",
        "staff no",
        "staff no.",
        "staff number",
        "pers.-nr.",
        "pers.-nr",
        "pers.nr.",
        "personalnummer",
        "personalnr.",
        "personeelsnr",
        "personeelsnr.",
        "personeelsnummer",
        "matricule",
        "n° matricule",
        "nº empleado",
        "no empleado",
        "id empleado",
        "numero de empleado",
        "personalnr",
        "employee",
        "emp",
    }
)
# Columns of identity documents, birth dates and private cars ("DNI", "Car reg", "Kennzeichen"): the keys of a
# record dump that name one (``_ID_KEYS``) and these
_DOC_COLUMNS = frozenset(
    {
        "car reg",
        "car reg.",
        "reg",
        "reg.",
        "reg no",
        "reg no.",
        "registration",
        "vehicle reg",
        "date of birth",
        "d.o.b.",
        "fecha de nacimiento",
        "fecha nac.",
        "date de naissance",
        "geboortedatum",
        "n° dni",
        "nº dni",
        "c.i.",
        "documento",
        "doc. identidad",
    }
)
_SPLIT = regex.compile(r"[ \t]*\|[ \t]*|\t+")
_EMPTY = frozenset({"", "-", "–", "—", "n/a", "na", "tbc", "tbd", "?", "x", "/"})
_ROLE_AFTER = regex.compile(r"[ \t]*\([^)]*\)[ \t]*$")
# The labels of a staff number ("Pers.-Nr.", "Personeelsnummer", "Employee no.", "matricule")
_STAFF_WORDS = (
    r"pers\.?[ \t]*-?[ \t]*nr\.?|personal-?nr\.?|personalnummer|personeelsnr\.?|personeelsnummer|"
    r"emp(?:loyee|l)?\.?[ \t]*(?:no\.?|#|id|number|nr\.?)|staff[ \t]*(?:no\.?|id|number)|matricule|mitarbeiter-?nr\.?|"
    # a payroll or pension fund's number ("payroll no. 004418", "EPF no 17820394"), Spain's "N.º personal"
    r"payroll[ \t]*(?:no\.?|#|id|number|nr\.?)|epf[ \t]*(?:no\.?|#|number)|n\.?[º°o]\.?[ \t]*personal|"
    # a German staff number's short label ("MA-Nr. 1187"), a Spanish one after the word ("Empleado n.º SVQ-2231"),
    # a French payroll or internal number ("matricule interne 00417", "matr. 00392")
    r"ma-?nr\.?|emplead[oa][ \t]+n\.?[º°o]\.?|matr\.|matricule[ \t]+(?:interne|paie)|"
    # a worker's code, an HR item, an employment code ("cód. trabajador LM-00872", "Ítem RRHH: LPZ-0312", "EC no.")
    r"c[óo]d\.?[ \t]+trabajador(?:[ \t]+n\.?[º°o])?|[íi]tem[ \t]+rrhh|ec[ \t]+no\.?"
)
# A staff number after its label, outside tables
_LABELLED = regex.compile(
    r"(?i:\b(?:" + _STAFF_WORDS + r"|n\.?[º°o]\.?[ \t]*(?:de[ \t]+)?emplead[oa]|"
    r"(?:n[úu]mero|n[úu]m\.?|c[óo]digo|c[óo]d\.?|id)[ \t]+(?:de[ \t]+)?emplead[oa]|(?-i:PNr\.?)|"
    # professional registrations and badges ("colegiado n.º 81442", "legajo n.º 0457", "ROAC con el n.º 23918",
    # "Ausweis-Nr. AK-117", "driver ID SLC-D-2207")
    r"colegiad[oa]|legajo|roac(?:[ \t]+con[ \t]+el)?|ausweis-?nr\.?|driver[ \t]+id|courier[ \t]+id|"
    r"inschrijvingsnummer|barreau|bar[ \t]+number|"
    # "collaboratrice n° GVA-2291", "No d'employé : 71-0593", "Ficha de personal n.º 0317", "Empleado # 30418"
    r"collaborat(?:eur|rice)(?=[ \t]*n[º°o])|n[º°o]\.?[ \t]*d['’]employ[ée]e?|ficha[ \t]+de[ \t]+personal|"
    r"emplead[oa](?=[ \t]*\#)))(?![\p{L}])[ \t]*"
    r"(?:[nN]\.?[º°o]\.?[ \t]*|[nN]r\.?[ \t]*|[nN]o\.?[ \t]+)?(?:[:#.][ \t]*)?"
    r"(?:(?:is|will[ \t]be|ist|est|es|is)[ \t]+)?"
    r"(?P<id>(?:[A-Z]{1,4}[-/]?){0,2}\d[\d-]{2,12}\d?)(?![\p{L}\d])"
)

# The same labels with a few words before the number ("Employee no. for the new starter is EMP-20417",
# "Personeelsnummer Iris voor de declaratie: 20-4471", "EE no. HP-0117", "personeelsnr. KC-07")
_LABELLED_LATER = regex.compile(
    r"(?i:\b(?:" + _STAFF_WORDS + r"|ee[ \t]*no\.?))(?![\p{L}])"
    r"(?:[ \t]+(?!(?:is|ist|est|es)\b)[\p{L}'’]+){0,6}?[ \t]*(?::|[ \t](?:is|ist|est|es))?[ \t]*"
    r"(?P<id>[A-Z]{1,4}-\d{2,8}(?:-\d{2,8})?|\d{2,4}-\d{2,8})(?![\p{L}\d])"
)
# A sole trader's SIRET and social security numbers after their label ("SIRET 812 449 503 00027", "n° SS 2 82
# 05 99 352 118 42", "nº SS 20/10293847/55", "SV-Nr. 12 150399 F 045")
_LABELLED_NUMBER = regex.compile(
    r"(?:\bSIRET[ \t]*:?[ \t]*(?P<id>\d{3}[ \t]?\d{3}[ \t]?\d{3}[ \t]?\d{5})"
    r"|(?i:\bn\.?[º°o]\.?[ \t]*(?:de[ \t]+)?(?:ss|s\.s\.|sécurité[ \t]+sociale|seguridad[ \t]+social|afiliación)"
    r"|\bsv-?nr\.?|\bsozialversicherungsnummer)[ \t]*:?[ \t]*(?P<id>\d[\d /.-]{6,22}\d))(?![\p{L}\d])"
)


# A key and its value, as exports and record dumps print them ("emp_no=KGN-7734", "dob=1994-11-02", "pers_nr =
# W-0388", "legajo\tROS-1147", "fecha_nac\t05/11/1987", "kfz_kennzeichen_privat = W-482 KP", "date_naissance:
# 07/11/1984"): the value is an identifier when a part of the key names one
_KEYED = regex.compile(
    r"(?m)^[ \t]*(?P<key>[\p{L}][\p{L}\d_.-]{1,34})[ \t]*(?:=|:|\t)[ \t]*"
    r"(?P<val>[\p{L}\d][\p{L}\d./ -]{1,28}[\p{L}\d])[ \t]*$"
)
_ID_KEYS = frozenset(
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
        if parts & _ID_KEYS and sum(ch.isdigit() for ch in value) >= 3 and len(value.split()) <= 3:
            yield m.start("val"), m.end("val"), "ID"
        # a name only after a dump's keys ("given_names=", "nachname = "), not a sentence's "Manager: see below"
        dump_key = "_" in key or "=" in text[m.end("key") : m.start("val")]
        if parts & _NAME_KEYS and dump_key and _NAME_VALUE.fullmatch(value) and len(value.split()) <= 4:
            yield m.start("val"), m.end("val"), "PERSON"


# A staff number that carries its own label ("EMP-0391", "EMP-CHN-1187", "(emp 00731)", "emp. 10482", "EMP 00432")
_EMP_CODE = regex.compile(
    r"(?<![\w-])(?P<id>(?:EMP|Emp|emp)\.?(?:-[A-Z]{2,4})?(?:[-.]|[ \t]|\.[ \t])\d{3,7})(?![\w-])"
)


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
    r"(?:(?i:\b(?:dob|d\.o\.b\.|date[ \t]of[ \t]birth|born(?:[ \t]on)?|birth[ \t]date|geb\.|geboren(?:[ \t]am)?|"
    r"geburtsdatum|gebdat|geb\.[ \t]?dat\.?|né(?:e)?[ \t]le|date[ \t]de[ \t]naissance|nacid[oa][ \t]el|"
    r"fecha[ \t](?:de[ \t])?nacimiento|f\.[ \t]?nac\.|nac\.|geboren[ \t]op|geboortedatum|geb\.[ \t]?datum))|\bDN\b|"
    r"(?<=[ \t])°(?=[ \t]))"  # the Belgian "°" before a date of birth ("Jan Peeters ° 12/03/1985")
    r"(?![\p{L}])(?:[^\d\n]{0,40}?(?<=[\s:.]))?[ \t]*(?:[:.][ \t]*)?\(?"  # "geboortedatum (03/07/1989)"
    r"(?:(?:is|was)(?:[ \t]+given)?[ \t]+as[ \t]+|ist[ \t]+|est[ \t]+|es[ \t]+|is[ \t]+)?"
    rf"(?P<date>\d{{1,2}}[./-]\d{{1,2}}[./-](?:(?:19|20)\d{{2}}|\d{{2}})|\d{{1,2}}[ \t]\d{{1,2}}[ \t](?:19|20)\d{{2}}|"
    # "12 Mar 85", "3rd March 1985", "12. Jan. 1985"
    rf"\d{{1,2}}(?:st|nd|rd|th|er|e|º|°)?\.?[ \t]+(?:{_MONTH}|{_MONTH_ABBR})\.?[ \t]+(?:(?:19|20)\d{{2}}|\d{{2}})|"
    rf"(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}|\d{{1,2}}\.?[ \t]+(?:de[ \t]+)?{_MONTH}[ \t]+(?:de[ \t]+)?(?:19|20)\d{{2}}|"
    rf"{_MONTH}[ \t]+\d{{1,2}},?[ \t]+(?:19|20)\d{{2}}|(?<=(?i:birth|naissance|geburtsdatum|geboortedatum|nacimiento)"
    r"[ \t]*:?[ \t]*)\d{1,2}/(?:19|20)\d{2})(?!\d)"
)
# A date of birth before its word ("sie ist am 15.10.1985 geboren", "op 02-04-1990 geboren")
_BIRTH_BEFORE = regex.compile(
    r"(?<![\d./-])(?P<date>\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2})[ \t]+(?i:geboren|born)(?![\p{L}])"
)
# A German register writes the birth date after an asterisk ("Schumacher, Heike, Köln, *19.09.1969")
_STAR_BIRTH = regex.compile(r"(?<![\w*])\*[ \t]?(?P<date>\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})(?!\d)")


# A line of a CSV export: cells between commas or semicolons, a cell maybe in double quotes ("Jansen, Ilse")
_CSV_CELL = regex.compile(r'[ \t]*(?:"(?P<q>(?:[^"]|"")*)"|(?P<v>[^,;"]*))[ \t]*(?:[,;]|$)')
# in a semicolon file a comma is text ("Vercruysse Lotte;04/11;2,0;BR-1142;overleg met Dewulf, koffie")
_CSV_CELL_SEMICOLON = regex.compile(r'[ \t]*(?:"(?P<q>(?:[^"]|"")*)"|(?P<v>[^;"]*))[ \t]*(?:;|$)')


def _csv_cells(line: str, delimiter: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a CSV line split on ``delimiter``, trimmed, quotes left out."""
    if delimiter not in line:
        return []
    out: list[tuple[int, int]] = []
    pos = 0
    while pos <= len(line):
        m = (_CSV_CELL_SEMICOLON if delimiter == ";" else _CSV_CELL).match(line, pos)
        if m is None:
            return []
        group = "q" if m.group("q") is not None else "v"
        s, e = m.span(group)
        value = line[s:e]
        s += len(value) - len(value.lstrip())
        e -= len(value) - len(value.rstrip())
        out.append((s, max(s, e)))
        if m.end() >= len(line) or m.end() == pos:
            break
        if line[m.end() - 1] != delimiter:
            return []  # a comma inside a semicolon file: not this delimiter
        pos = m.end()
    return out


def _cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a table line, trimmed; the outer pipes of "| a | b |" leave no cells."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _SPLIT.finditer(line):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(line)))
    if line.lstrip().startswith("|"):
        out = out[1:]
    if line.rstrip().endswith("|") and out and out[-1][0] == out[-1][1]:
        out = out[:-1]
    return [
        (s + len(line[s:e]) - len(line[s:e].lstrip()), e - (len(line[s:e]) - len(line[s:e].rstrip())))
        for s, e in out
    ]


def _header_columns(line: str, cells: list[tuple[int, int]]) -> dict[int, str]:
    """A header line's columns of persons and staff numbers (column index -> kind); none if it holds a digit."""
    if any(ch.isdigit() for ch in line):
        return {}
    names = [fold_str(line[s:e]).strip(' :*"').replace("_", " ") for s, e in cells]
    return {
        k: ("PERSON" if name in _PERSON_COLUMNS else "ID")
        for k, name in enumerate(names)
        if name in _PERSON_COLUMNS or name in _ID_COLUMNS or name in _ID_KEYS or name in _DOC_COLUMNS
    }


def _table_spans(text: str) -> Iterator[Span]:
    header: dict[int, str] | None = None
    width = 0
    offset = 0
    delimiter = ""  # "" for pipes and tabs, else the CSV export's "," or ";"
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        if header is None:
            delimiter = ""
        if delimiter:
            cells = _csv_cells(line, delimiter)
        elif "|" not in line and "\t" not in line:
            # a header of an export: three columns or more, no space after a delimiter (prose has them)
            csv = [(d, _csv_cells(line, d)) for d in ";," if line.count(d) >= 2 and d + " " not in line]
            csv = [(d, c) for d, c in csv if len(c) >= 3 and _header_columns(line, c)]
            header = None
            if csv:  # "Personalnr;Name;Vorname", "employee_id,full_name,start_date"
                delimiter, cells = csv[0]
                header, width = _header_columns(line, cells), len(cells)
            continue
        else:
            cells = _cells(line)
        if len(cells) < 2:
            header = None
            continue
        columns = _header_columns(line, cells)
        if header is None and columns:
            header, width = columns, len(cells)  # the first line of a table names its columns
            continue
        if header is None or abs(len(cells) - width) > 1 or set(line.strip()) <= set("|-:+ \t"):
            continue
        for k, kind in header.items():
            if k >= len(cells):
                continue
            s, e = cells[k]
            value = line[s:e]
            if fold_str(value) in _EMPTY:
                continue
            if kind == "ID":
                if any(ch.isdigit() for ch in value) and len(value) <= 24:
                    yield Span(start + s, start + e, "ID", 0.7, "table")
                continue
            role = _ROLE_AFTER.search(value)
            if role is not None:
                e = s + role.start()
                value = line[s:e]
            if value and any(ch.isalpha() for ch in value) and not any(ch.isdigit() for ch in value):
                if _team_cell(value):
                    continue  # "Owner: HR", "Payroll", "IT team": a department owns the line, not a person
                yield Span(start + s, start + e, "PERSON", 0.7, "table")


def _team_cell(value: str) -> bool:
    words = [fold_str(w) for w in regex.split(r"[\s/&,+]+", value.strip()) if w]
    return bool(words) and all(
        w in lx.TEAM_WORDS or w in lx.ORG_INDICATORS or w in _TEAM_CELL_WORDS for w in words
    )


_TEAM_CELL_WORDS = frozenset(
    {"team", "room", "office", "dept", "department", "n/a", "na", "tbd", "all", "ops"}
)


def _header_lines(text: str) -> list[tuple[int, int]]:
    """The first line of each table when it names a column of persons or staff numbers."""
    out = []
    offset = 0
    inside = False
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        cells = _cells(line) if "|" in line or "\t" in line else []
        if len(cells) < 2:
            inside = False
            continue
        if not inside and _header_columns(line, cells):
            out.append((start, start + len(line)))
        inside = True
    return out


def drop_header_cells(text: str, spans: list[Span]) -> list[Span]:
    """A table's header line names columns, no one ("Contact\tNotes" is no contact called Notes)."""
    if "|" not in text and "\t" not in text:
        return spans
    headers = _header_lines(text)
    if not headers:
        return spans
    return [
        s
        for s in spans
        if s.kind != "PERSON"
        or s.recognizer == "record"
        or not any(a <= s.start and s.end <= b for a, b in headers)
    ]


class TableRecognizer:
    name: str = "table"
    kinds: tuple[str, ...] = ("PERSON", "ID")

    def find(self, text: str, lang: str) -> Iterator[Span]:
        if "|" in text or "\t" in text or ";" in text or "," in text:
            yield from _table_spans(text)
        keyed = list(keyed_values(text)) if ("=" in text or "\t" in text or ":" in text) else []
        for start, end, _ in (k for k in keyed if k[2] == "PERSON"):
            yield Span(start, end, "PERSON", 0.7, self.name)
        if has_digit(text):
            labelled = {
                (m.start("id"), m.end("id"))
                for pattern in (_LABELLED, _LABELLED_LATER, _LABELLED_NUMBER, _EMP_CODE)
                for m in pattern.finditer(text)
            }
            labelled |= {(start, end) for start, end, kind in keyed if kind == "ID"}
            for start, end in sorted(labelled):
                yield Span(start, end, "ID", 0.7, self.name)
            for m in _BIRTH_DATE.finditer(text):
                yield Span(m.start("date"), m.end("date"), "ID", 0.7, self.name)
            for m in _BIRTH_BEFORE.finditer(text):
                yield Span(m.start("date"), m.end("date"), "ID", 0.7, self.name)
            if "*" in text:
                for m in _STAR_BIRTH.finditer(text):
                    yield Span(m.start("date"), m.end("date"), "ID", 0.7, self.name)
