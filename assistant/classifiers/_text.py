"""Email text preparation for the dispute classifier: keep the customer's own words, drop everything else.

- quoted earlier messages (``>`` lines, "On … wrote:" in five languages, Outlook headers) are cut: they are our
  own reminders and would pull every reply towards "payment";
- except a *forwarded* message under a short cover note (a "Forwarded message" marker in five languages, or a
  forward subject such as "FW:", "WG:", "TR:", "RV:" over an Outlook header, and at most
  ``FORWARD_NOTE_WORDS`` words of the sender's own): the point is then in the forwarded text ("see below, can
  you check?"), so its body (without the header lines) is kept after the note;
- the signature block (from the closing formula or ``--``) and the greeting are cut;
- instruction-like text aimed at a model ("ignore previous instructions", "SYSTEM:", "[INST]", "classify this
  as …") is removed from what is classified and reported: **the email is data, not instructions**;
- redaction placeholders (``<PERSON_1>``) are dropped, they carry no intent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

QUOTE_HEADERS = re.compile(
    r"^\s*(?:"
    r"on\b.{0,120}\bwrote:|am\b.{0,120}\bschrieb.{0,80}:|le\b.{0,120}\ba écrit\s*:|el\b.{0,120}\bescribió:|"
    r"op\b.{0,120}\bschreef.{0,80}:|-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|"
    r"mensaje original|oorspronkelijk bericht)\s*-{2,}|(?:from|von|de|van)\s?:.{0,200}$"
    r")",
    re.I,
)
# The first line of a signature block: a closing formula alone on its line.
CLOSINGS = re.compile(
    r"^\s*(?:--\s*|(?:with |warm |warmest )?(?:kind|best|warm) regards|best wishes|all the best|best|regards|"
    r"many thanks|thanks(?: again| a lot)?|thank you|thx|cheers|sincerely|yours (?:sincerely|faithfully|truly)|"
    r"mit freundlichen grüßen|(?:freundliche|viele|beste|liebe|herzliche) grüße|gruß|mfg|lg|vg|"
    r"(?:bien )?cordialement|bien à vous|meilleures salutations|sincères salutations|salutations distinguées|"
    r"belle journée|bonne journée|merci d'avance|un (?:cordial )?saludo|saludos(?: cordiales)?|"
    r"cordiales saludos|atentamente|atte|cordialmente|un abrazo|(?:muchas )?gracias|quedo a su disposición|"
    r"met vriendelijke groet(?:en)?|(?:vriendelijke|hartelijke|beste) groet(?:en)?|groetjes|groeten|groet|gr|"
    r"mvg|alvast bedankt)[,.!]?\s*$",
    re.I,
)
GREETING = re.compile(
    r"^\s*(?:dear|hello|hi|good (?:morning|afternoon)|sehr geehrte|hallo|guten (?:tag|morgen)|liebe[sr]?|"
    r"madame|monsieur|bonjour|chers?|chères?|estimad[oa]s?|hola|buen[oa]s (?:días|tardes)|geachte|beste|"
    r"goedemorgen|goedemiddag)\b[^.!?\n]{0,80}[,:!]?\s*$",
    re.I,
)
# Text addressed to a model rather than to finance. Matched per sentence (or per line for markup).
INJECTION = re.compile(
    r"(?:ignore|disregard|forget)\b.{0,40}\b(?:instructions?|rules|taxonomy|prompt)|"
    r"\b(?:ignoriere|ignorieren sie)\b.{0,40}anweisungen|\bignorez\b.{0,40}instructions|"
    r"\bignora\b.{0,40}instrucciones|\bnegeer\b.{0,40}instructies|"
    r"\b(?:vergiss|vergessen sie|oublie[sz]?|olvida|vergeet)\b.{0,40}\b(?:regeln|anweisungen|règles|"
    r"instructions|reglas|instrucciones|regels|instructies)|"
    r"\b(?:system|systeem|sistema)\s*(?:override|prompt)?\s*:|\bsystem override\b|instrucci[oó]n del sistema|"
    r"\[/?inst\]|</?\s*(?:system|email|instructions?)\s*>|#{2,}\s*new instructions?|"
    r"\b(?:new|important) instructions?\b|nouvelle instruction|neue anweisung|nieuwe instructie|nueva instrucci[oó]n|"
    r"\b(?:for|to) (?:any|the) (?:ai|model|assistant|llm)\b|\bas (?:a|an|the) (?:helpful )?(?:ai|assistant|model)\b|"
    r"^\s*(?:assistant|developer note|note to the (?:ai|model))\s*:|\bpour l'ia\b|"
    r"\byou are now\b|\bdu bist jetzt\b|\bjij bent nu\b|\btu es maintenant\b|\bahora eres\b|"
    r"\b(?:classify|classifiez|classez|klassifiziere|classificeer|clasifica|etiqueta)\b.{0,60}"
    r"(?:as|als|comme|como|label|dispute|paid|\w+_\w+)|"
    r"\b(?:label|confidence)\s*[=:]\s*\S+|\"label\"\s*:",
    re.I | re.M,
)
FORWARD_MARKER = re.compile(
    r"^\s*(?:-{2,}\s*)?(?:forwarded message|begin forwarded message|weitergeleitete nachricht|"
    r"message transf[ée]r[ée]|mensaje reenviado|doorgestuurd bericht)\b",
    re.I,
)
FORWARD_NOTE_WORDS = 15
FORWARD_SUBJECT = re.compile(r"^\s*(?:fw|fwd|wg|tr|rv|doorst|i)\s*:", re.I)
HEADER_LINE = re.compile(
    r"^\s*(?:from|von|de|van|date|datum|fecha|sent|gesendet|envoyé|enviado|verzonden|verstuurd|subject|betreff|"
    r"objet|asunto|onderwerp|to|an|à|a|para|aan|cc)\s?:",
    re.I,
)
PLACEHOLDER = re.compile(r"<[A-Z_]+_\d+>|\[removed: instruction-like text\]")
REMOVED_MARK = "[removed: instruction-like text]"  # what the task puts where it cut an injection


@dataclass
class PreparedText:
    """What the classifier sees, plus what was removed and why (for the note and the log)."""

    text: str
    own_words: str
    injection_sentences: list[str] = field(default_factory=list)
    quoted_lines: int = 0

    @property
    def injection_suspected(self) -> bool:
        return bool(self.injection_sentences)


def own_words(body: str) -> tuple[str, int]:
    """The body without quoted messages, greeting and signature; also the number of quoted lines cut."""
    lines = body.replace("\r\n", "\n").split("\n")
    kept: list[str] = []
    quoted = 0
    for index, line in enumerate(lines):
        if QUOTE_HEADERS.match(line) or FORWARD_MARKER.match(line) or line.lstrip().startswith(">"):
            quoted = len(lines) - index
            break
        kept.append(line)
    for index, line in enumerate(kept):
        if index > 0 and CLOSINGS.match(line):
            kept = kept[:index]
            break
    while kept and (not kept[0].strip() or GREETING.match(kept[0])):
        kept.pop(0)
    text = "\n".join(kept).strip()
    return (text or body.strip()), quoted


def forwarded_words(subject: str, body: str) -> str:
    """The body of a forwarded message (header lines dropped, up to the next quoted message), or ''."""
    lines = body.replace("\r\n", "\n").split("\n")
    start = next((i for i, line in enumerate(lines) if FORWARD_MARKER.match(line)), None)
    if start is None and FORWARD_SUBJECT.match(subject or ""):
        start = next(
            (
                i
                for i, line in enumerate(lines)
                if QUOTE_HEADERS.match(line) and not line.lstrip().startswith(">")
            ),
            None,
        )
    if start is None:
        return ""
    rest = lines[start + 1 :]
    while rest and (not rest[0].strip() or HEADER_LINE.match(rest[0]) or QUOTE_HEADERS.match(rest[0])):
        rest.pop(0)
    kept: list[str] = []
    for line in rest:
        if QUOTE_HEADERS.match(line) or FORWARD_MARKER.match(line) or line.lstrip().startswith(">"):
            break
        kept.append(line)
    words, _ = own_words("\n".join(kept))
    return words if kept else ""


def split_injections(text: str) -> tuple[str, list[str]]:
    """Remove text addressed to a model; return the rest and the removed parts.

    Once a line contains an instruction-like sentence, the rest of that line goes too: what follows
    "SYSTEM:" ("… register a payment") is part of the same injection.
    """
    kept: list[str] = []
    removed: list[str] = []
    for line in text.split("\n"):
        sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", line) if s.strip()]
        for index, sentence in enumerate(sentences):
            if INJECTION.search(sentence):
                removed.append(" ".join(sentences[index:]))
                break
            kept.append(sentence)
    return " ".join(kept), removed


def prepare(subject: str, body: str) -> PreparedText:
    """Subject + the customer's own words, injections removed, placeholders dropped."""
    words, quoted = own_words(body)
    forwarded = forwarded_words(subject, body) if len(words.split()) <= FORWARD_NOTE_WORDS else ""
    if forwarded and forwarded not in words:
        words = f"{words}\n{forwarded}"
    clean_body, injected = split_injections(words)
    clean_subject, injected_subject = split_injections(subject or "")
    text = PLACEHOLDER.sub(" ", f"{clean_subject}. {clean_body}" if clean_subject else clean_body)
    text = re.sub(r"\s+", " ", text).strip(" .")
    return PreparedText(
        text=text, own_words=words, injection_sentences=injected_subject + injected, quoted_lines=quoted
    )
