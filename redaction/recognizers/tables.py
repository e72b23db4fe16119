"""Persons and staff numbers by where they stand: the columns of a pasted table, and labels.

A table is a run of lines cut into cells by "|" or tabs (or a CSV export's commas and semicolons); its first
line names the columns. Every cell of a column named for a person ("Name", "Contact", "Mitarbeiter", "Naam",
"Nom", "Empleado") is a person, its role in parentheses left out ("Emeka (FD)"); every cell of a column of staff
numbers ("Emp#", "Pers.-Nr.", "Personeelsnr") that holds a digit is an identifier. The recognizer also yields
what ``labelled.py`` finds (numbers after their label, a record dump's keyed values) and what
``birth_dates.py`` finds (dates after or before a word of birth).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction.normalize import fold_str, has_digit
from redaction.recognizers.aligned import aligned_values
from redaction.recognizers.birth_dates import birth_dates
from redaction.recognizers.columns import EMPTY_CELLS, ROLE_AFTER, amount, identity_column
from redaction.recognizers.dashed_tables import dashed_table_spans
from redaction.recognizers.labelled import ID_KEYS, keyed_values, labelled_ids
from redaction.recognizers.rotas import rota_people
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
        # a form's "family name, given name" field ("Apellidos, nombre", "Name, Vorname", "Nom, prénom")
        "apellidos, nombre",
        "apellidos, nombres",
        "name, vorname",
        "nachname, vorname",
        "nom, prenom",
        "achternaam, voornaam",
        "surname, forename",
        "surname, first name",
        "last name, first name",
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
        # the given names' column of a register ("Surname | Forename", "APELLIDOS | NOMBRES", "Nom | Prénoms")
        "forename",
        "forenames",
        "given name",
        "given names",
        "other names",
        "first names",
        "christian name",
        "prenoms",
        "nombres",
        "vornamen",
        "rufname",
        "voornamen",
        "roepnaam",
        # who does the visits of a care or cleaning rota ("Intervenante | Lundi | Mardi")
        "intervenant",
        "intervenante",
        "intervenants",
        "intervenantes",
        "family name",
        "familienname",
        "geslachtsnaam",
        "apellido paterno",
        "apellido materno",
        "primer apellido",
        "segundo apellido",
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
        "ma-nr.",
        "ma-nr",
        "mitarbeiter-nr.",
        "mitarbeiternr.",
        "mitarbeiternummer",
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
        "pers.nr",
        "pers nr",
        "pers. nr.",
        "pers.no",
    }
)
# Columns of identity documents, birth dates and private cars ("DNI", "Car reg", "Kennzeichen"): the keys of a
# record dump that name one (``ID_KEYS``) and these
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
        "c.c.",
        "c.c",
        "cc",
        "ce",
        "doc",
        "doc.",
        "documento",
        "doc. identidad",
        # a fleet list's plates and driving licences ("Matrícula | Vehículo | Conductor/a | Permiso (nº)",
        # "Kennzeichen | Fahrzeug | Fahrer/in | Pers.-Nr. | FS-Nr.")
        "matricula",
        "permiso",
        "permiso (no)",
        "permiso (n°)",
        "permiso de conducir",
        "licencia",
        "licencia de conducir",
        "fs-nr.",
        "fs-nr",
        "fuhrerschein-nr",
        "fuhrerschein-nr.",
        "fuhrerscheinnummer",
        "licence no.",
        "license no.",
        "driving licence",
        "driver's licence",
        "driver's license",
        "dl no.",
        "rijbewijsnr.",
        "rijbewijsnummer",
        "n° permis",
        "permis de conduire",
    }
)
# Columns of bank accounts ("RIB", "IBAN", "CBU", "Rekeningnummer")
_BANK_COLUMNS = frozenset(
    {
        "rib",
        "iban",
        "cbu",
        "clabe",
        "cci",
        "bank account",
        "account no",
        "account no.",
        "account number",
        "compte",
        "n° de compte",
        "numero de compte",
        "cuenta",
        "cuenta bancaria",
        "nº cuenta",
        "n° cuenta",
        "rekening",
        "rekeningnummer",
        "rekeningnr",
        "rekeningnr.",
        "konto",
        "kontonummer",
        "bankverbindung",
    }
)
# Columns where who signed puts a signature or initials ("Firma", "Signature", "Émargement", "Paraaf")
_SIGN_COLUMNS = frozenset(
    {
        "firma",
        "signature",
        "sign",
        "signed",
        "initials",
        "initiales",
        "paraphe",
        "emargement",
        "unterschrift",
        "kurzel",
        "handtekening",
        "paraaf",
        "visto",
        "rubrica",
    }
)
# Initials as a signature ("M.F.", "J. N.", "S.T.")
_INITIALS_CELL = regex.compile(r"(?:\p{Lu}\.[ ]?){2,3}")
_SPLIT = regex.compile(r"[ \t]*\|[ \t]*|\t+")
# A column's name whose own name stands in parentheses after a word ("Azubi (Name, Vorname)")
_INNER = regex.compile(r"[\p{L} .-]{2,30}[ ]\(([^()]{3,40})\)")
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
    return {k: kind for k, kind in enumerate(_column_kind(name) for name in names) if kind}


def _column_kind(name: str) -> str:
    """What a column holds by its name: "PERSON", "ID", "IBAN" or "" (nothing personal); a name of two labels
    ("DNI / CE", "C.C. / DOC.", "IBAN/RIB") holds what either names."""
    if name.endswith(
        ("(s)", "(e)", "(es)")
    ):  # "Prénom(s)", "Salarié(e)": the column's name without its plural
        return _column_kind(name[: name.rindex("(")])
    if name in _PERSON_COLUMNS:
        return "PERSON"
    if name in _ID_COLUMNS or name in ID_KEYS or name in _DOC_COLUMNS:
        return "ID"
    if name in _BANK_COLUMNS:
        return "IBAN"
    if name in _SIGN_COLUMNS:
        return "INITIALS"
    if "/" in name:
        parts = [p.strip(" .") for p in name.split("/") if p.strip(" .")]
        kinds = {_column_kind(p) or _column_kind(p + ".") for p in parts if p != name} - {""}
        for kind in ("ID", "IBAN"):
            if kinds == {kind}:
                return kind
    # a column named like an identity number's label ("NI number", "Steuer-ID", "N.º afiliación SS", "Né(e) le")
    if identity_column(name):
        return "ID"
    if ", " in name and identity_column(name.rsplit(", ", 1)[1]):
        return "ID"  # "Berufsschule, Schüler-Nr.": a school, then the pupil's number
    inner = _INNER.fullmatch(name)  # "Azubi (Name, Vorname)": the column's name in its parentheses
    return _column_kind(inner.group(1).strip()) if inner is not None else ""


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
            # (or semicolons with a space on each side, as French typography sets them: "Nom ; n° personnel")
            csv = [
                (d, _csv_cells(line, d))
                for d in ";,"
                if line.count(d) >= 2
                and (d + " " not in line or (d == ";" and line.count(" ; ") == line.count(";")))
            ]
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
        if columns and (header is None or len(columns) >= 2 and 2 * len(columns) >= len(cells)):
            # the first line of a table names its columns; a form's next block of a pasted table names its own
            # ("Surname | Forename(s) | Date of birth" rows, then "NI number | Staff no. | Line manager")
            header, width = columns, len(cells)
            continue
        if header is None or abs(len(cells) - width) > 1 or set(line.strip()) <= set("|-:+ \t"):
            continue
        for k, kind in header.items():
            if k >= len(cells):
                continue
            s, e = cells[k]
            value = line[s:e]
            if fold_str(value) in EMPTY_CELLS:
                continue
            if kind == "ID":
                if any(ch.isdigit() for ch in value) and len(value) <= 24 and not amount(value):
                    yield Span(start + s, start + e, "ID", 0.7, "table")
                continue
            if kind == "INITIALS":  # a sign-in sheet's signature: initials stand for the one who signed
                if _INITIALS_CELL.fullmatch(value):
                    yield Span(start + s, start + e, "PERSON", 0.7, "table")
                continue
            if kind == "IBAN":
                if sum(ch.isdigit() for ch in value) >= 6 and len(value) <= 42:
                    yield Span(start + s, start + e, "IBAN", 0.7, "table")
                continue
            role = ROLE_AFTER.search(value)
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
    kinds: tuple[str, ...] = ("PERSON", "ID", "IBAN")

    def find(self, text: str, lang: str) -> Iterator[Span]:
        if "|" in text or "\t" in text or ";" in text or "," in text:
            yield from _table_spans(text)
        # "N° membre – Nom, prénom – né(e) le", then "M-0412 – Favre, Noémie – 14.08.1986"
        if has_digit(text):
            yield from dashed_table_spans(text, _column_kind, _team_cell)
        if "  " in text or "\t" in text or "|" in text:
            yield from rota_people(text)
        if has_digit(text):  # a form's values under their labels ("Steuer-ID      Sozialversicherungsnummer")
            yield from aligned_values(text, _column_kind)  # "        Mon      Tue\nAM      Thanh    Raj"
        keyed = (
            list(keyed_values(text)) if ("=" in text or "\t" in text or ":" in text or "   " in text) else []
        )
        for start, end, _ in (k for k in keyed if k[2] == "PERSON"):
            yield Span(start, end, "PERSON", 0.7, self.name)
        if has_digit(text):
            for start, end in labelled_ids(text, keyed):
                yield Span(start, end, "ID", 0.7, self.name)
            for start, end in birth_dates(text):
                yield Span(start, end, "ID", 0.7, self.name)
