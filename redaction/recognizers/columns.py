"""Whether a column's or a form field's name announces a person's identity number.

A table's or a form's column is named like a label ("NI number", "Steuer-ID", "N.º afiliación SS", "n° registre
national", "Né(e) le", "Immatriculation"): the words that announce an identity number in running text, a staff
number's label, a word of birth or of a car's plate. A reference of the firm's own paperwork ("Invoice ID",
"N° dossier", "Ticket") or a firm's ("SIRET", "VAT") is no person's, whatever other word it holds.
"""

from __future__ import annotations

import regex

from redaction.lexicon import word_set
from redaction.recognizers.id_words import ID_PHRASES, identity_words
from redaction.recognizers.labelled import ID_KEYS, STAFF_WORDS

_STAFF = regex.compile(r"(?i:\b(?:" + STAFF_WORDS + r"))")
_BIRTH = regex.compile(
    r"(?i:\b(?:n[ée]\(e\)[ ]le|n[ée]e?[ ]le|born|geboren|geburt\w*|geboorte\w*|nacimiento|naissance|birth\w*|dob)"
    r"|\bgeb\.[ ]?dat)(?!\w)"
)
_PLATE_WORDS = word_set(
    "immatriculation plaque kennzeichen kfz-kennzeichen kenteken nummerplaat nummerbord placa patente matrícula "
    "matricula"
)
# Columns named by a phrase: a car's plate ("Licence plate", "Car reg.", "Reg. no."), a birth date by its short
# label ("D.O.B", "Date naiss.", "Fecha nac.", "F. nac.", "Geb.datum"), a member's, a patient's or a student's
# number ("Member no.", "Lidnummer", "Nº socio", "Patiëntnummer", "Student ID"), social security's ("Nº SS")
_PHRASES = regex.compile(
    r"(?i:\b(?:(?:licen[cs]e|number|car|vehicle)[ ]+plates?|plates?[ ]*(?:no|nr|#|number)|car[ ]+reg\w*|"
    r"reg\.?[ ]*(?:no|nr|number)|d\.[ ]?o\.[ ]?b|date[ ]+(?:de[ ]+)?naiss\w*|fecha[ ]+(?:de[ ]+)?nac\w*|f\.[ ]?nac|"
    r"geb(?:\.|urts)?[ -]?dat\w*|(?:member(?:ship)?|patient|student|pupil|schuler|schueler)[ -]*(?:no|nr|#|number|nummer|id)|"
    r"lidnummer|lidnr|mitgliedsnummer|mitglieds-?nr|patientennummer|pati[eë]ntnummer|pati[eë]ntnr|"
    r"n[º°o]\.?[ ]*(?:de[ ]+)?(?:socio|afiliado|ss|s\.s\.|membre|adherent)|n[º°o]\.?[ ]*(?:d['’])?employ[ée]e?|"
    # an exam candidate's number, a frequent flyer's, an Irish site worker's Safe Pass card ("No. candidato", "FF
    # no.", "Safe Pass")
    r"(?:candidate|candidato|candidat|kandidat|kandidaat)[ -]*(?:no|nr|#|number|nummer|n[º°o])|"
    r"n[º°o]\.?[ ]*(?:de[ ]+|d['’])?(?:candidato|candidat)|ff[ ]*(?:no|nr|#)|frequent[ ]+fl[yi]er|safe[ ]?pass))(?![\p{L}])"
)
# A label's word with its number's short suffix ("AHV-Nr.", "Rijksregisternr.", "Ausweis-Nr.", "ID-kaartnr.")
_NR_SUFFIX = regex.compile(r"-?(?:nr|no|nummer)$")
# A reference of the firm's paperwork, a firm's register or tax number, a phone's or a bank's column
_NOT_PERSONAL = word_set(
    "invoice invoices factura facturas facture factures rechnung rechnungs factuur order orders pedido commande "
    "bestellung bestelling ticket tickets case dossier expediente akte contract contrato contrat vertrag policy "
    "póliza poliza police polis project projet proyecto projekt job task booking reserva article artikel item "
    "sku ref ref. reference référence referencia referenz referentie company firma empresa société societe "
    "bedrijf kvk siret siren vat btw tva iva ust cif ust-id ust-idnr tel tél phone telefon teléfono telefono "
    "téléphone telephone telefoon fax mobile móvil movil handy gsm iban rib bic swift account cuenta compte "
    "konto rekening cbu clabe krankenkasse mutuelle versicherung insurer aseguradora verzekeraar "
    # a client's, a supplier's or a thing's number ("Client ID", "Asset ID", "Serial no.", "Licence key")
    "client customer cliente kunde klant vendor supplier lieferant leverancier proveedor fournisseur asset "
    "device equipment serial serie seriennummer serienummer key software seats product produkt producto tool "
    "batch lot room desk site"
)
# Words that say too little in a column's name: a software licence, a pass/fail, a card of the firm, a staff
# count, "Fin." or "CI" (an identity phrase around them still counts: "driving licence", "ID number")
_WEAK = word_set(
    "licence license permis permit pass card carte id identity documento doc registration reg rego plate plates "
    "staff employee emp pers ci fin sin nas pan tin nac birth"
)
_WORD = regex.compile(r"[\p{L}\p{N}°º#-]+(?:\.[\p{L}])*\.?")


# A table's cell that holds nothing ("n/a", "–", "tbc"), and a role in parentheses after a person's name in a cell
EMPTY_CELLS = frozenset({"", "-", "–", "—", "n/a", "na", "tbc", "tbd", "?", "x", "/"})
ROLE_AFTER = regex.compile(r"[ \t]*\([^)]*\)[ \t]*$")
_AMOUNT = regex.compile(r"[ ]*[€$£]?[ ]*\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2}[ ]*(?:[€$£]|EUR|CHF)?[ ]*")


def amount(value: str) -> bool:
    """A sum of money ("12,50", "1.480,00 €"), which no identity column holds (a "Geb." column may be a fee's)."""
    return _AMOUNT.fullmatch(value) is not None


def identity_column(name: str) -> bool:
    """``name`` (folded, stripped) names a column or field of persons' identity numbers, birth dates or plates."""
    if not name or len(name) > 40 or any(ch.isdigit() for ch in name):
        return False
    words = [w.strip(".:()") for w in _WORD.findall(name)]
    if not words or len(words) > 5 or any(w in _NOT_PERSONAL for w in words):
        return False
    ids = identity_words()
    stems = [_NR_SUFFIX.sub("", w) for w in words]
    return (
        any((w in ids or w in ID_KEYS or w in _PLATE_WORDS) and w not in _WEAK for w in words)
        or any(
            s != w and len(s) >= 3 and s not in _WEAK and (s in ids or s + "nummer" in ids or s in ID_KEYS)
            for s, w in zip(stems, words, strict=True)
        )
        or _PHRASES.search(name) is not None
        or ID_PHRASES.search(name) is not None
        or _STAFF.search(name) is not None
        or _BIRTH.search(name) is not None
    )
