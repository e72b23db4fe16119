"""A name the writer turns to, then a comma and what they ask or hand over: "Bart, hier de stand van zaken",
"Encarni, te dejo lo pendiente", "Tom, see below from payroll", "..., Youssra, tu détruis la note".

A hand-over note or a forwarded mail opens its body with the reader's name alone, and that name may be a word too
("Bart" is a beard in German) or one no list holds ("Encarni"). The comma and the word after it tell: a word a
writer says to the one they address (a second person's pronoun, "here", "see", "attached", "thanks", "can you").
The name is a known first name or family name, or a word no dictionary holds that is spelt like a name; inside a
sentence (between two commas) only a second person's pronoun or a request's modal ("can", "kun", "peux") may follow
it.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction.normalize import fold_str
from redaction.recognizers.person.lonename import lone_name
from redaction.types import Span

# (or alone on its line before the body: "Grace,\nsee below from Kofi's GP surgery")
_AT_LINE_START = regex.compile(
    r"(?m)^[ \t]*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),(?:[ \t]+|[ \t]*\n(?:[ \t]*\n)?[ \t]*)([\p{L}'’¿-]+)"
)
_INSIDE = regex.compile(r",[ \t]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),[ \t]+([\p{L}'’-]+)")
# What follows the name of the one addressed, in our five languages
_OPENERS = lx.word_set(
    "see can could would please here here's attached below thanks thank just quick fyi hope i i'm i've i'll "
    "pasting forwarding sending following "
    "we we've you you're your let sorry "
    "hier hierbij bijgaand ik jij kun kan kunt wil zou dank bedankt graag even heb weet u "
    "anbei ich kannst könntest bitte danke vielen du magst schau hast wir kurz "
    "tu voici ci-joint peux pourrais merci voilà peux-tu pourrais-tu j'ai as-tu vous pouvez "
    "te aquí adjunto puedes podrías gracias tú ya mira porfa ¿puedes ¿me ¿te ¿podrías"
)
# What opens a reply, no name: "Ja, heb ik met Teun doorgenomen", "Oui, je ...", "Perfect, hier ..."
_INTERJECTIONS = lx.word_set(
    "ja jep jawel nee neen nein yes yeah yep no nope si sí oui non ouais ok okay oké okey oke hoi hallo hello hi hey "
    "bon bien vale gut goed prima super top merci danke thanks sorry perfect perfecto parfait klar ach oh ah alors "
    "pues dus nou also well right sure great cool claro genau stimmt exacto exact voilà"
)
# Inside a sentence only a second person's pronoun or a request's modal says that the name is the one addressed
_YOU = lx.word_set("you tu te du jij u vous usted ustedes kun kannst can could peux puedes")


def _name_word(word: str) -> bool:
    folded = fold_str(word)
    return folded not in _INTERJECTIONS and lone_name(folded)


def vocatives(text: str) -> Iterator[Span]:
    if "," not in text:
        return
    for m in _AT_LINE_START.finditer(text):
        if fold_str(m.group(2)) in _OPENERS and _name_word(m.group(1)):
            yield Span(m.start(1), m.end(1), "PERSON", 0.6, "person_rules")
    for m in _INSIDE.finditer(text):
        if fold_str(m.group(2)) in _YOU and _name_word(m.group(1)):
            yield Span(m.start(1), m.end(1), "PERSON", 0.6, "person_rules")
