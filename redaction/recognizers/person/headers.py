"""Names placed by mail headers and minutes: every sender and recipient of a header line, initials."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction import namelike
from redaction.lexicon import word_set
from redaction.recognizers.person.lonename import lone_name
from redaction.recognizers.person.positions import _line_start
from redaction.recognizers.person.rulebase import RuleBase
from redaction.recognizers.person.tokens import Token, _known_name, blocked, is_cap, known_first
from redaction.recognizers.person.words import PARTICLES
from redaction.types import Span

# "PvdB", "JWvdM", "GdB", "HvD": initials with "van de(r)", "de" or "van"; the parties "PvdA" and "PvdD" are none
_DUTCH_INITIALS = regex.compile(r"(?!PvdA|PvdD)[A-Z]{1,3}(?:vdr|vd|v|d|t)[A-Z]")
# Dutch abbreviations shaped like initials with a particle (councils, courts, laws, universities, parties) and
# the German "StB" (Steuerberater)
_DUTCH_ABBREVIATIONS = frozenset(
    [
        "KvK",
        "StB",
        "VvE",
        "RvC",
        "RvB",
        "RvT",
        "RvS",
        "OvJ",
        "MvT",
        "MvO",
        "HvJ",
        "CvB",
        "ZvW",
        "WvS",
        "WvK",
        "BvR",
        "HvA",
        "UvA",
        "UvT",
        "CdK",
        "BvD",
        "VvD",
        "PvV",
    ]
)
_INITIALS = regex.compile(r"[A-Z]{2,3}")
_DUTY_LABELS = word_set(
    "actions action owner owners responsible responsables responsable verantwortlich verantwortliche "
    "zuständig acties actie actiehouder actiehouders eigenaar wer who quién quien qui"
)
# Business acronyms a list of initials never holds
_ACRONYMS = word_set(
    "HR IT QA PM PO VP CEO CFO CTO COO CIO AP AR OK EU UK US NL DE FR ES BE CH AT VAT BTW IVA TVA EUR USD GBP "
    "CHF KPI ROI SLA SOW NDA POC MVP API SQL ERP CRM SAP TBD TBC FYI ETA EOD EOW CC BCC RE FW AW WG PS NB FY "
    "YTD MTD SO INV ID PDF CSV XLS DPO GDPR RGPD AVG DSGVO PMO BI UX UI GL PL PNL KYC AML RFP RFQ BOM PR MKT "
    "OPS DEV ALL TEAM RAG WIP OKR SMS MMS"
    # tax authorities ("registration with ZRA", "ask HMRC")
    " HMRC IRS CRA ATO IRD SARS KRA ZRA URA GRA FIRS NRA DGI SAT AEAT"
    # sales taxes by their initials ("14 370,00 $ + TPS/TVQ", "GST/HST", "MwSt")
    " TPS TVQ TVH GST HST QST PST MWST USt ITBIS ISV ITBMS"
)
# Header lines of senders (one person each) and of recipients (a list)
_RECIPIENT_HEADERS = frozenset(["to", "cc", "bcc", "an", "aan", "para", "à", "a", "kopie"])
_SENDER_HEADERS = frozenset(["from", "von", "de", "van"])
_HEADERS = _RECIPIENT_HEADERS | _SENDER_HEADERS
_BLOCK_HEADERS = _HEADERS | frozenset(
    [
        "subject",
        "onderwerp",
        "asunto",
        "objet",
        "betreff",
        "date",
        "datum",
        "fecha",
        "sent",
        "enviado",
        "envoyé",
    ]
)


class HeaderRules(RuleBase):
    def _header_lists(self, tokens: list[Token]) -> Iterator[Span]:
        """Every recipient of a mail header line ("CC: Soledad Ferrer; G. Lachmon", "An: Schmidt, Bastian;
        Nowak, Aleksandra", "To: Dawn Achterberg, Rashid al-Amin"): items split by ";" (or by "," when the
        line has no ";"), each two to four capitalised words or initials and a surname, or "Surname, Given";
        a team or a label ("Accounts", "Administración") is no item unless a list knows one of its words."""
        n = len(tokens)
        # a memo's or a mail's header block ("Para: Encarni / De: Youssef", "Aan: Dwight / Van: ..."): two header
        # lines or more, and then one capitalised word alone on a line is a person even when no list knows it
        block = sum(
            1
            for h, tok in enumerate(tokens[:-1])
            if tok.folded in _BLOCK_HEADERS and tokens[h + 1].text == ":" and _line_start(tokens, h)
        )
        for h, tok in enumerate(tokens):
            if tok.folded not in _HEADERS or h + 1 >= n or tokens[h + 1].text != ":":
                continue
            if not _line_start(tokens, h):
                continue
            end = h + 2
            while end < n and tokens[end].text != "\n":
                end += 1
            line = tokens[h + 2 : end]
            # a sender is one person ("Von: Hoffmann, Grace"); recipients are split by ";", else by ","
            sender = tok.folded in _SENDER_HEADERS
            sep = ";" if sender or any(t.text == ";" for t in line) else ","
            item: list[int] = []
            singles: list[int] = []  # lower-case one-word recipients ("para: chio, pochi, coco")
            for k in [*range(h + 2, end), end]:
                if k == end or tokens[k].text == sep:
                    yield from self._recipient(tokens, item, sep)
                    if len(item) == 1 and tokens[item[0]].text.isalpha() and tokens[item[0]].text.islower():
                        singles.append(item[0])
                    elif len(item) == 1 and not sender and _word_name_recipient(tokens[item[0]]):
                        yield self._span(
                            tokens, item[0], item[0] + 1, 0.6
                        )  # "aan: Daan; Fleur; mw. El Idrissi"
                    elif len(item) == 1 and block >= 2 and end - h == 3 and _lone_name(tokens[item[0]]):
                        yield self._span(tokens, item[0], item[0] + 1, 0.6)  # "Para: Encarni\nDe: Youssef"
                    item = []
                else:
                    item.append(k)
            if not sender and len(singles) >= 2 and any(_known_name(tokens[k].folded) for k in singles):
                for k in singles:  # a nickname among first names is one more recipient
                    t = tokens[k]
                    labels = lx.TEAM_WORDS | lx.FORM_LABELS | lx.ROLE_WORDS
                    if len(t.text) >= 2 and not blocked(t.folded) and t.folded not in labels:
                        yield self._span(tokens, k, k + 1, 0.6)

    def _initials(self, tokens: list[Token]) -> Iterator[Span]:
        """People by their initials, as minutes and hand-over notes write them: Dutch initials with "van de(r)",
        "van" or "de" ("PvdB", "JWvdM", "GdB", "HvD"; not "KvK", "VvE"), and two or three capitals listed after a label
        of responsibility ("Actions: ST, DV", "Responsables: RB y XC", "Actiehouders: PZ"), every item
        initials and none a business acronym."""
        n = len(tokens)
        for i, tok in enumerate(tokens):
            # "PvdB", "JWvdM", "GdB", "TdJ", "HvD"
            word = tok.text
            shaped = 3 <= len(word) <= 7 and word[0].isupper() and word[-1].isupper() and not word.isupper()
            if shaped and _DUTCH_INITIALS.fullmatch(word) and word not in _DUTCH_ABBREVIATIONS:
                yield self._span(tokens, i, i + 1, 0.7)
            if tok.folded not in _DUTY_LABELS or i + 1 >= n or tokens[i + 1].text != ":":
                continue
            items: list[int] = []
            k = i + 2
            while k < n and _INITIALS.fullmatch(tokens[k].text) and tokens[k].text not in _ACRONYMS:
                items.append(k)
                k += 1
                if k < n and (tokens[k].text in (",", "/", "+", "&") or tokens[k].folded in lx.COORDINATORS):
                    k += 1
                    continue
                break
            if items and (k >= n or tokens[k].text in ("\n", ".", ";")):
                for k in items:
                    yield self._span(tokens, k, k + 1, 0.7)

    def _recipient(self, tokens: list[Token], item: list[int], sep: str) -> Iterator[Span]:
        words = [tokens[k] for k in item]
        if not words or any(t.text in ("<", "@", "(") for t in words) or len(words) > 7:
            return  # display names before an address are read elsewhere
        names = [t for t in words if t.text.isalpha() and t.folded not in PARTICLES]
        if not names or any(not (is_cap(t) or t.text.isupper()) for t in names):
            return
        if any(t.folded in lx.TEAM_WORDS or t.folded in lx.FORM_LABELS or blocked(t.folded) for t in names):
            return
        known = any(_known_name(t.folded) or namelike.name_like(t.folded, 0.0) for t in names)
        initials = any(len(t.text) == 1 for t in words if t.text.isalpha())
        pair = sep == ";" and any(t.text == "," for t in words)  # "Schmidt, Bastian"
        if known and pair:  # "Schmidt, Bastian": each part, as a name written in order would be
            comma = next(k for k in item if tokens[k].text == ",")
            if comma > item[0] and comma < item[-1]:
                yield self._span(tokens, item[0], comma, 0.7)
                yield self._span(tokens, comma + 1, item[-1] + 1, 0.7)
        elif known and (len(names) >= 2 or initials):
            yield self._span(tokens, item[0], item[-1] + 1, 0.7)


def _word_name_recipient(tok: Token) -> bool:
    """A first name that is a word too, alone as one recipient of a mail header ("Fleur", "Grace")."""
    return (
        is_cap(tok)
        and tok.text.isalpha()
        and not tok.text.isupper()
        and known_first(tok.folded, ambiguous_ok=True)
        and tok.folded not in lx.TEAM_WORDS
        and tok.folded not in lx.FORM_LABELS
        and tok.folded not in lx.ROLE_WORDS
        and tok.folded not in lx.MONTHS
    )


def _lone_name(tok: Token) -> bool:
    """One capitalised word alone on a header line that may be a person's name (see ``lonename``)."""
    if not (is_cap(tok) and tok.text.isalpha() and not tok.text.isupper() and len(tok.text) >= 2):
        return False
    return lone_name(tok.folded)
