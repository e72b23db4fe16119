"""What finance needs from a customer email, extracted by code (five languages): invoice references, the disputed
amount, a promised payment date and the documents asked for. Runs on the customer's own words (quoted
reminders cut), so our own reminder's amount is not mistaken for the customer's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

INVOICE_REF = re.compile(r"\b((?:R?INV|FAC|RE|BILL)/\d{4}/\d{3,6})\b", re.I)
INVOICE_WORD_REF = re.compile(
    r"\b(?:invoice|inv\.?|rechnung(?:snummer)?|facture|factura|factuur)\s*(?:no\.?|nr\.?|n°|nº|number|#|:)?\s*"
    r"([A-Z]{0,4}[-/]?\d{2,4}[-/]\d{2,6}|\d{3,8})\b",
    re.I,
)
CURRENCY = r"(?:EUR|€|USD|\$|GBP|£|CHF)"
NUMBER = r"\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
AMOUNT = re.compile(rf"(?:{CURRENCY}\s?({NUMBER})|({NUMBER})\s?{CURRENCY})")
MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "märz": 3,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "oktober": 10,
    "dezember": 12,
    "janvier": 1,
    "février": 2,
    "mars": 3,
    "avril": 4,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "mei": 5,
    "augustus": 8,
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_NUMERIC = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b|\b(\d{1,2})[./](\d{1,2})[./](\d{2,4})\b")
DATE_WORDS = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?({_MONTH_RE})(?:\s+(?:de\s+)?(\d{{4}}))?\b"
    rf"|\b({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b",
    re.I,
)
DOCUMENTS = {
    "e_invoice": r"peppol|e-?invoic|\beinvoic|xrechnung|zugferd|\be-?rechnung|chorus pro|facture électronique|"
    r"factura electr[óo]nica|facturae|(?:via|por|through|en|a través de|mediante) face\b|e-?factuur|"
    r"simplerinvoicing",
    "timesheets": r"timesheet|time sheet|hours? (?:breakdown|report)|breakdown of (?:the )?hours|stundennachweis|"
    r"zeitnachweis|tätigkeitsnachweis|relevés? d'heures|feuilles? de temps|partes? de horas|"
    r"hojas? de horas|urenstaat|urenstaten|urenbriefje",
    "invoice_copy": r"copy of (?:the )?invoice|invoice copy|resend|duplicate copy|rechnungskopie|kopie der rechnung|"
    r"zweitschrift|copie de (?:la )?facture|duplicata|copia de la factura|duplicado|kopie (?:van de )?factuur",
    "po_reference": r"purchase order|\bpo\b(?: number| reference)?|bestellnummer|bestellung|bon de commande|"
    r"numéro de commande|orden de compra|n[úu]mero de pedido|inkooporder|ordernummer",
    "proof_of_delivery": r"proof of delivery|delivery note|delivery confirmation|lieferschein|liefernachweis|"
    r"bon de livraison|albar[áa]n|prueba de entrega|pakbon|leveringsbewijs",
    "receipts": r"receipts?|belege|quittungen|reçus|justificatifs|recibos|tickets de|bonnen",
    "activity_report": r"activity report|leistungsbericht|leistungsnachweis|rapport d'activité|"
    r"informe de actividad|activiteitenverslag|engagement letter|signed order",
}
REQUEST_CUES = re.compile(
    r"\b(?:send|provide|forward|need|require|attach|schick|send|senden|benötig|brauch|"
    r"envo|fourni|besoin|transmet|joindre|enví|necesit|facilit|adjunt|stuur|nodig|"
    r"aanlever|voeg|mail)",
    re.I,
)


@dataclass
class Extracted:
    """Fields finance needs; every value was found verbatim (or parsed) in the email."""

    invoice_refs: list[str] = field(default_factory=list)
    disputed_amount: str | None = None
    amount_value: float | None = None
    promised_date: str | None = None
    requested_documents: list[str] = field(default_factory=list)


def parse_number(text: str) -> float | None:
    """'1.234,56' / '1,234.56' / '1 234,5' / '960' -> float."""
    t = re.sub(r"[\s\u00a0\u202f]", "", text)
    if re.search(r"[.,]\d{1,2}$", t):
        whole, frac = t[: -len(re.split(r"[.,]", t)[-1]) - 1], re.split(r"[.,]", t)[-1]
        t = re.sub(r"[.,]", "", whole) + "." + frac
    else:
        t = re.sub(r"[.,]", "", t)
    try:
        return float(t)
    except ValueError:
        return None


def invoice_refs(text: str) -> list[str]:
    refs = [m.group(1).upper() for m in INVOICE_REF.finditer(text)]
    refs += [
        m.group(1).upper()
        for m in INVOICE_WORD_REF.finditer(text)
        if ("/" in m.group(1) or "-" in m.group(1)) and m.group(1)[0].isalnum()
    ]
    unique = list(dict.fromkeys(refs))
    return [r for r in unique if not any(r != other and r in other for other in unique)]


def _date(text: str, today: date) -> date | None:
    m = DATE_NUMERIC.search(text)
    try:
        if m and m.group(1):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m:
            year = int(m.group(6))
            return date(year + 2000 if year < 100 else year, int(m.group(5)), int(m.group(4)))
    except ValueError:
        pass
    w = DATE_WORDS.search(text)
    if not w:
        return None
    d_text, m_text, y_text = (
        (w.group(1), w.group(2), w.group(3)) if w.group(1) else (w.group(5), w.group(4), w.group(6))
    )
    try:
        found = date(int(y_text) if y_text else today.year, MONTHS[m_text.lower()], int(d_text))
    except (ValueError, KeyError):
        return None
    if not y_text and found < today:  # "by 15 March" written in December means next year
        found = date(found.year + 1, found.month, found.day)
    return found


def extract(text: str, *, label: str, today: date) -> Extracted:
    """Fields for ``label`` from the customer's own words (``text``)."""
    out = Extracted(invoice_refs=invoice_refs(text))
    amounts = [(m.group(1) or m.group(2), m.group(0)) for m in AMOUNT.finditer(text)]
    if amounts and label not in ("not_dispute",):
        number, verbatim = (
            amounts[-1] if label in ("rate_dispute", "hours_dispute", "scope_dispute") else amounts[0]
        )
        out.disputed_amount, out.amount_value = verbatim.strip(), parse_number(number)
    if label == "payment_promise":
        found = _date(text, today)
        out.promised_date = found.isoformat() if found else None
    if label in ("documentation_request",) or REQUEST_CUES.search(text):
        lowered = text.lower()
        out.requested_documents = [name for name, pattern in DOCUMENTS.items() if re.search(pattern, lowered)]
        if (
            "e_invoice" in out.requested_documents
        ):  # "resend it via PEPPOL" asks for the e-invoice, not a copy
            out.requested_documents = [d for d in out.requested_documents if d != "invoice_copy"]
        if label != "documentation_request":
            out.requested_documents = [d for d in out.requested_documents if d != "po_reference"][:2]
    return out
