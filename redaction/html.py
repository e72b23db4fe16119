"""Odoo HTML fields (task descriptions, chatter bodies, notes) to readable plain text for analysis.

Uses the standard library's tolerant ``HTMLParser``: malformed markup never raises. Block elements become
line breaks, list items get a dash, entities are unescaped, scripts and styles are dropped.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from redaction.errors import InputError, RedactionError

# Odoo stores HTML that is far larger than the text in it (inline styles, base64 images): allow more.
DEFAULT_MAX_HTML_CHARS = 5_000_000

_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "section", "article", "header", "footer", "hr", "dd", "dt", "dl", "address",
}  # fmt: skip
_SKIP = {"script", "style", "head", "title", "template", "noscript"}
_CELL = {"td", "th"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip_depth += 1
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in _BLOCK:
            self.parts.append("\n")
        elif tag in _CELL:
            self.parts.append(" | ")
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.parts.append(f" {alt} ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _SKIP:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK and tag != "li":  # the next item starts its own line
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def html_to_text(html: str | bool | None, *, max_chars: int = DEFAULT_MAX_HTML_CHARS) -> str:
    """Convert an Odoo HTML field value to readable text; ``False``/``None`` (empty field) give ``""``.

    Raises :class:`RedactionError` for input longer than ``max_chars`` and :class:`InputError` for non-text.
    """
    if html is None or html is False:
        return ""
    if not isinstance(html, str):
        raise InputError(f"html_to_text expects a str (or False/None), got {type(html).__name__}")
    if len(html) > max_chars:
        raise RedactionError(
            f"HTML input of {len(html):,} characters exceeds the limit of {max_chars:,}; "
            "split the record or raise redaction.max_chars"
        )
    if "<" not in html and "&" not in html:
        text = html
    else:
        parser = _TextExtractor()
        parser.feed(html)
        parser.close()
        text = "".join(parser.parts)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    joined = "\n".join(lines)
    return _BLANK_LINES.sub("\n\n", joined).strip()
