"""A person's number asked for in a call or a chat and given in the next turn, spelt out or in figures, and
read back in the turn after ("Kerry: Can I take your tenant reference?" / "Caller: It's T, zero four, nine nine
one seven." / "Kerry: T-04-9917, lovely."; "¿Me dice su número de póliza?" / "pe, ce, cuatro, cuatro, ..."
/ "PC-4471229. ¿Y el DNI del tomador?"; "Und Ihre Mieternummer?" / "Null vier, zwei acht, acht eins." / "Also
04-2881.").

The question is a turn (a line "Speaker: ...") that names a person's number (a reference, a member's, a tenant's or
a policy number, an identity document, a date of birth, a plate) and asks for it ("?"), and no phone, e-mail or
address (their recognizers read those). The answer is the next turn, by another speaker: the value is the first
run of spelt-out digits and letters, figures and codes within its first few words, three words at least with two
numbers among them or four digits ("Twelfth of June eighty-eight", "B wie Berta, Strich, Z wie Zeppelin, U wie
Ulrich, eins, vier, sieben, sieben"); never a time of day or an amount. The read-back is the asker's next turn
opening with a code or a date in figures. A date of birth asked for without a question ("we still need his date of
birth") is the date in figures opening the next turn.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction.lexicon import MONTHS, word_set
from redaction.normalize import fold_str
from redaction.recognizers.spoken_number import NUMBER_WORDS

# a turn: an optional time stamp, a speaker of one to four words, a colon, what is said
_TURN = regex.compile(
    r"^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*|\d{1,2}[:.]\d{2}[ \t]+)?"
    r"(?P<who>\p{L}[\p{L}\p{M}.'’-]*(?:[ \t]\p{L}[\p{L}\p{M}.'’-]*){0,3})[ \t]*(?:\([^()\n]{1,20}\))?"
    r"(?:[ \t]+\d{1,2}[:.h]\d{2})?[ \t]*:[ \t]*"  # "Julien 09:21 : reçu", "Lotte Jansen 10:02: @Daan"
    r"(?P<say>[^\n]*)$",
    regex.MULTILINE,
)
# what a question asks for: a person's number, a date of birth or a plate
_ASKS = regex.compile(
    r"(?i:reference|referentie|référence|referencia|referenz|number|nummer|número|numero|numéro|\bnr\b|\bno\b|"
    r"\bn[º°]|date[ ]of[ ]birth|birthday|\bdob\b|geboortedatum|geburtsdatum|fecha[ ]de[ ]nacimiento|"
    r"date[ ]de[ ]naissance|kenteken|kennzeichen|matrícula|matricula|matricule|immatriculation|registration|\breg\b|plate|"
    r"\bdni\b|\bnie\b|\bnif\b|\bbsn\b|passport|pasaporte|passeport|paspoort|reisepass|ausweis|"
    r"\biban\b|póliza|poliza|polis|policy|police)"
)
# ... and not a phone, an e-mail or an address, nor the firm's own paperwork
_ASKS_NOT = regex.compile(
    r"(?i:phone|telefoon|telefon|teléfono|telefono|téléphone|mobile|móvil|movil|portable|handy|gsm|\bfax\b|"
    r"e-?mail|correo|courriel|adress|address|dirección|direccion|adresse|postcode|postleitzahl|código[ ]postal|"
    r"code[ ]postal|invoice|factuur|factura|facture|rechnung|order|bestelling|pedido|commande|bestellung|"
    r"ticket|case|dossier|expediente|vorgang|aktenzeichen)"
)
_LETTER_NAMES = word_set(
    # Spanish, French, Dutch and German names of letters, as callers spell
    "be ce de efe ge hache jota ka ele eme ene eñe pe cu erre ese te uve equis ye zeta bé cé dé effe gé ache ji "
    "elle emme enne pé ku esse té vé ixe zède bee cee dee gee ha jee pee tee vee wee iks zet"
)
_SEPARATORS = word_set(
    "strich bindestrich schrägstrich dash hyphen slash tiret barre guion guión barra streepje punto point punt "
    "punkt space leerzeichen espace espacio spatie double triple doppel dubbel"
)
# joining words: a number's "and", a date's "of", a letter's "as in" ("B wie Berta", "T as in Tom")
_JOINS = word_set("and y et und en of de del el le van voor wie as in like comme como für")
_ORDINALS = word_set(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth premier primero erste ersten eerste"
)
# thousands and hundreds of a year said in words ("mil novecientos ochenta y ocho", "mille neuf cent")
_HUNDREDS = word_set(
    "mil mille ciento cientos doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos "
    "novecientos duizend negentienhonderd"
)
_TOKEN = regex.compile(r"[\p{L}\p{M}\d]+(?:[-/.][\p{L}\p{M}\d]+)*")
_COMPOUND = regex.compile(r"(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|en|ën|und)+")
# a code or a date read back in figures, opening the asker's next turn ("T-04-9917, lovely", "Also 04-2881.")
_READ_BACK = regex.compile(
    r"(?i:(?:so|also|dus|donc|vale|ok|okay|right|alright|bien|gut|goed|oké|perfect|perfecto|parfait|merci|"
    r"thanks|danke|dank)[ \t,.:]+)?"
    r"(?P<code>[A-Z\d]+(?:[-/. ][A-Z\d]+){0,5})(?![\w-])"
)


def _number(word: str) -> bool:
    folded = word.lower()
    return (
        any(ch.isdigit() for ch in word)
        or folded in NUMBER_WORDS
        or folded in _HUNDREDS
        or folded in _ORDINALS
        or all(part in NUMBER_WORDS for part in folded.split("-"))
        or (len(folded) >= 8 and _COMPOUND.fullmatch(folded) is not None)
    )


def _spelt(word: str, before: str) -> bool:
    """A word of a spelt value: a number, a letter or two, a letter's name, a separator, a month, a joining word
    between two such words, or the word a letter is spelt as ("Berta" after "B wie")."""
    folded = fold_str(word)
    if _number(word) or folded in _SEPARATORS or folded in MONTHS or folded in _LETTER_NAMES:
        return True
    if word.isupper() and 3 <= len(word) <= 4 and word.isalpha() and any(ch.isdigit() for ch in before):
        return True  # "4821 KBT": a plate's letters after its digits
    if regex.fullmatch(r"\p{L}{1,2}|\p{L}(?:-\p{L}){1,5}", word):
        return word.isupper() or len(word) == 1 or "-" in word
    if folded in _JOINS:
        return True
    return (
        fold_str(before) in {"wie", "as", "in", "comme", "como", "van", "voor", "für"} and word[:1].isupper()
    )


# between two words of a value: spaces, a comma, a dash, an ellipsis ("Sí, a ver... pe, ce")
_GAP = regex.compile(r"[ \t]*(?:[,;:–-]|\.\.\.|…)?[ \t]*")
_LEAD_IN = 6


def _asks(say: str) -> bool:
    """The turn asks a question and names a person's number, in the question or a sentence before it ("Necesito
    su DNI. ¿Me lo dicta?"), and no phone, e-mail, address or paperwork of the firm."""
    return "?" in say and _ASKS.search(say) is not None and _ASKS_NOT.search(say) is None


def _answer(say: str) -> tuple[int, int] | None:
    """Where the first spelt or written value of the answer ``say`` stands (offsets in ``say``), or None."""
    tokens = list(_TOKEN.finditer(say))
    runs: list[list[regex.Match[str]]] = [[]]
    for k, t in enumerate(tokens[: _LEAD_IN + 40]):
        before = tokens[k - 1].group() if k else ""
        glued = t.start() > 0 and say[t.start() - 1] in "'’"  # the "s" of "It's"
        if runs[-1] and not _GAP.fullmatch(say, runs[-1][-1].end(), t.start()):
            runs.append([])  # a full stop, a bracket or a quote between two words ends a value
        if not glued and _spelt(t.group(), before):
            if not runs[-1] and k > _LEAD_IN:
                break  # a value opens the answer, after a few words at most ("Sí, a ver... pe, ce, ...")
            runs[-1].append(t)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        # joining words open or close no value ("and", "of June" opens with the month)
        while run and fold_str(run[0].group()) in _JOINS:
            run = run[1:]
        while run and fold_str(run[-1].group()) in _JOINS:
            run = run[:-1]
        digits = sum(ch.isdigit() for t in run for ch in t.group())
        while digits >= 4 and run and run[-1].group().isalpha() and _number(run[-1].group()):
            run = run[:-1]  # a value in figures ends in no number's word ("4821 KBT, un Ibiza gris")
        numbers = sum(1 for t in run if _number(t.group()))
        if not ((len(run) >= 3 and numbers >= 2) or digits >= 4):
            continue
        start, end = run[0].start(), run[-1].end()
        if _TIME.fullmatch(say, start, end) or _CURRENCY.search(
            say[max(0, start - 2) : start] + say[end : end + 6]
        ):
            continue  # "A las 10:30", "1.250 euros", "€ 4.200"
        return start, end
    return None


_TIME = regex.compile(r"\d{1,2}[:h.]\d{2}")
_CURRENCY = regex.compile(r"[€$£]|(?i:\b(?:eur|euros?|usd|gbp|dollars?|pounds?|chf)\b)")


# a birth date asked for without a question ("we need his date of birth", "DOB + passport for the guarantor form",
# "z'n geboortedatum nodig") and given in figures opening the answer, after a name at most ("annika 5/5/86 I think";
# not "fixed on 12/05/2025")
_ASKS_BIRTH = regex.compile(
    r"(?i:date[ ]of[ ]birth|birthday|\bdob\b|\bd\.o\.b\.|geboortedatum|geburtsdatum|\bgeb\.|fecha[ ]de[ ]nac|"
    r"date[ ]de[ ]naissance)"
)
_BIRTH_ANSWER = regex.compile(
    r"(?:(?P<name>\p{L}[\p{L}\p{M}'’-]*)[ \t,:]+)?(?P<date>\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2})(?![\d/-]|[.,]\d)"
)


def dialogue_ids(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each number given in answer to a question that asks for a person's number."""
    if ":" not in text:
        return
    turns = list(_TURN.finditer(text))
    for q, a, back in zip(turns, turns[1:], [*turns[2:], None], strict=False):
        say = q.group("say")
        if not _asks(say):
            if _ASKS_BIRTH.search(say) and text.count("\n", q.end(), a.start()) <= 2:
                m = _BIRTH_ANSWER.match(a.group("say"))
                name = m.group("name") if m is not None else None
                if m is not None and (
                    name is None or name[0].isupper() or fold_str(name) in lx.first_names()
                ):
                    yield a.start("say") + m.start("date"), a.start("say") + m.end("date")
            continue
        if fold_str(a.group("who")) == fold_str(q.group("who")):
            continue
        # the answer's line follows the question's (a blank line at most between them)
        if text.count("\n", q.end(), a.start()) > 2:
            continue
        found = _answer(a.group("say"))
        if found is None:
            continue
        yield a.start("say") + found[0], a.start("say") + found[1]
        if back is not None and fold_str(back.group("who")) == fold_str(q.group("who")):
            m = _READ_BACK.match(text, back.start("say"), back.end("say"))
            if m is not None:
                code = m.group("code").rstrip(" .")
                if sum(ch.isdigit() for ch in code) >= 3:  # a code of three digits or more, not "A las 10:30"
                    yield m.start("code"), m.start("code") + len(code)
