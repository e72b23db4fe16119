"""A stand-in for Odoo's HTML sanitizer (``odoo.tools.mail.html_sanitize``) in the *simulation*.

Real Odoo 17 and 18 sanitize every ``fields.Html`` value on write; ``mail.activity.note``
and ``mail.message.body`` are declared with ``sanitize_style=True``.  The real code is
lxml's ``Cleaner`` plus Odoo's rules, on top of libxml2's HTML parser; this module
reproduces, with the standard library only, what clients of this project can see:

* **inline styles**: only Odoo's whitelist of CSS properties survives
  (``background-color`` and ``color`` do, the ``background`` shorthand,
  ``background-image``, ``position``... do not); the kept declarations are
  re-joined as ``prop:value; prop:value`` with lower-cased property names; a
  style with nothing left is removed (an empty ``style=""`` is left alone);
* **attributes**: only lxml's ``safe_attrs`` plus ``style`` and Odoo's
  ``data-oe-*`` list (``class``, ``id``, ``title``, ``href`` stay; ``on*``,
  ``data-foo``, ``face`` go); ``javascript:`` links become ``href=""``;
* **tags**: ``script``, ``style``, ``iframe``, ``object``, form controls... are
  removed with their content; unknown tags, ``form``, ``blink``, ``marquee``
  lose the tag but keep the content; ``blockquote`` gets Odoo's quote markers;
* **document shape** (libxml2 + ``lxml.html.fromstring`` + ``html_normalize``):
  leading text opens an implied ``<p>``; a single top-level element is kept
  alone (its surrounding blank text dropped, and a lone ``<div>`` unwrapped);
  several top-level nodes are wrapped in a ``<span>`` unless a block tag is among
  them (then the wrapper is removed);
* **serialization**: ``<br>``-style void tags, ``&amp; &lt; &gt;`` in text,
  ``&nbsp;`` for U+00A0, attribute values in double quotes (single quotes when
  the value holds a double quote).

It was checked case by case against the real ``html_sanitize`` of Odoo 17 and 18
(identical on every case: ``tests/fixtures/odoo18/_sanitizer_golden.json``).
Known differences: the e-mail quote heuristics besides ``blockquote``, URL
escaping of non-ASCII ``href``/``src`` values, ``</p>`` without an open ``<p>``,
and the parser's rarer error recovery.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

STYLE_WHITELIST = frozenset(
    [
        "font-size", "font-family", "font-weight", "font-style", "background-color", "color", "text-align",
        "line-height", "letter-spacing", "text-transform", "text-decoration", "opacity",
        "float", "vertical-align", "display",
        "padding", "padding-top", "padding-left", "padding-bottom", "padding-right",
        "margin", "margin-top", "margin-left", "margin-bottom", "margin-right",
        "white-space",
        "border", "border-color", "border-radius", "border-style", "border-width", "border-top", "border-bottom",
        "height", "width", "max-width", "min-width", "min-height",
        "border-collapse", "border-spacing", "caption-side", "empty-cells", "table-layout",
    ]
    + [
        f"border-{position}-{attribute}"
        for position in ("top", "bottom", "left", "right")
        for attribute in ("style", "color", "width", "left-radius", "right-radius")
    ]
)  # fmt: skip


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STYLE_RE = re.compile(r"""([\w-]+)\s*:\s*((?:[^;"']|"[^";]*"|'[^';]*')+)""")

SAFE_ATTRS = _words(
    """abbr accept accept-charset accesskey action align alt axis border cellpadding cellspacing char charoff
    charset checked cite class clear color cols colspan compact coords datetime dir disabled enctype for frame
    headers height href hreflang hspace id ismap label lang longdesc maxlength media method multiple name
    nohref noshade nowrap prompt readonly rel rev rows rowspan rules scope selected shape size span src start
    style summary tabindex target title type usemap valign value vspace width
    data-o-mail-quote data-o-mail-quote-node data-oe-model data-oe-id data-oe-field data-oe-type
    data-oe-expression data-oe-translation-source-sha data-oe-nodeid data-last-history-steps data-oe-protected
    data-embedded data-embedded-editable data-embedded-props data-oe-version data-oe-transient-content
    data-behavior-props data-prop-name data-publish data-id data-res_id data-interval data-member_id
    data-scroll-background-ratio data-view-id data-class data-mimetype data-original-src data-original-id
    data-gl-filter data-quality data-resize-width data-shape data-shape-colors data-file-name
    data-original-mimetype data-mimetype-before-conversion"""
)
ALLOW_TAGS = _words(
    """a abbr acronym address applet area article aside audio b base basefont bdi bdo big blink blockquote body
    br button canvas caption center cite code col colgroup command datalist dd del details dfn dir div dl dt em
    embed fieldset figcaption figure font footer form frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i
    iframe img input ins isindex kbd keygen label legend li link main map mark marquee math menu meta meter nav
    noscript object ol optgroup option output p param pre progress q rp rt ruby s samp script section select
    small source span strike strong style sub summary sup svg table tbody td textarea tfoot th thead time title
    tr track tt u ul var video wbr"""
)
#: removed together with their content (Odoo's kill_tags, lxml's scripts/forms/frames/embedded rules)
KILL_TAGS = _words(
    "base embed frame head iframe link meta noscript object script style title applet frameset "
    "button input select textarea"
)
#: removed, content kept
REMOVE_TAGS = _words("html body form blink marquee param")
VOID_TAGS = _words("area base basefont br col frame hr img input isindex link meta param source track")
BLOCK_TAGS = _words(
    """address blockquote caption center col colgroup dd del dir div dl dt fieldset form h1 h2 h3 h4 h5 h6 hr
    ins isindex legend li menu noscript ol optgroup option p pre table tbody td tfoot th thead tr ul"""
)
#: block starts that close an open <p> (libxml2's auto-close table, simplified)
CLOSES_P = _words(
    """address article aside blockquote center dir div dl fieldset figure footer form h1 h2 h3 h4 h5 h6 header
    hr main menu nav ol p pre section table ul"""
)
RAW_TEXT = frozenset(("script", "style"))
LINK_ATTRS = ("href", "src", "action", "background", "codebase", "longdesc", "usemap", "cite")


@dataclass
class Node:
    tag: str  # "" for the document root, "!" for a comment
    attrs: list[tuple[str, str | None]] = field(default_factory=list)
    children: list[Node | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("")
        self.stack: list[Node] = [self.root]
        self.started = False  # any non-blank content seen at the top level

    @property
    def top(self) -> Node:
        return self.stack[-1]

    def _close(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def _autoclose(self, tag: str) -> None:
        open_tags = [n.tag for n in self.stack]
        if tag in CLOSES_P and "p" in open_tags:
            self._close("p")
        elif tag == "li" and "li" in open_tags:
            self._close("li")
        elif tag in ("td", "th"):
            for t in ("td", "th"):
                if t in open_tags[open_tags.index("tr") if "tr" in open_tags else 0 :]:
                    self._close(t)
        elif tag == "tr" and "tr" in open_tags:
            self._close("tr")
        elif tag in ("thead", "tbody", "tfoot"):
            for t in ("thead", "tbody", "tfoot"):
                if t in open_tags:
                    self._close(t)
        elif tag in ("dt", "dd"):
            for t in ("dt", "dd"):
                if t in open_tags:
                    self._close(t)
        elif tag == "option" and "option" in open_tags:
            self._close("option")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._autoclose(tag)
        node = Node(tag, list(attrs))
        self.top.children.append(node)
        self.started = True
        if tag not in VOID_TAGS:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS:
            self._close(tag)

    def handle_endtag(self, tag: str) -> None:
        if any(n.tag == tag for n in self.stack[1:]):
            self._close(tag)

    def handle_data(self, data: str) -> None:
        if self.top is self.root and not self.started:
            if not data.strip():
                return  # libxml2 ignores blank text before any content
            # text first in the document: libxml2 opens an implied <p>
            para = Node("p")
            self.root.children.append(para)
            self.stack.append(para)
            self.started = True
        self.top.children.append(data)

    def handle_comment(self, data: str) -> None:
        if self.started:  # a comment before any content lands outside <body>
            self.top.children.append(Node("!", [("", data)]))


def _has_block(node: Node) -> bool:
    return any(isinstance(c, Node) and (c.tag in BLOCK_TAGS or _has_block(c)) for c in node.children)


def _clean_style(value: str) -> str | None:
    kept: dict[str, str] = {}
    for prop, val in STYLE_RE.findall(value):
        if prop.lower() in STYLE_WHITELIST:
            kept[prop.lower()] = val
    return "; ".join(f"{k}:{v}" for k, v in kept.items()) if kept else None


def _clean(node: Node) -> list[Node | str]:
    """The cleaned replacement of ``node`` (itself, its children only, or nothing)."""
    if node.tag == "!":
        return [node]
    children: list[Node | str] = []
    for child in node.children:
        children.extend([child] if isinstance(child, str) else _clean(child))
    if node.tag in KILL_TAGS:
        return []
    node.children = children
    if node.tag in REMOVE_TAGS or node.tag not in ALLOW_TAGS:
        return children
    attrs: list[tuple[str, str | None]] = []
    for name, value in node.attrs:
        if name not in SAFE_ATTRS:
            continue
        if name == "style" and value:
            value = _clean_style(value)
            if value is None:
                continue
        if name in LINK_ATTRS and value and re.sub(r"\s", "", value).lower().startswith("javascript:"):
            value = ""
        attrs.append((name, value))
    if node.tag == "blockquote":  # Odoo's quote detection (tag_quote)
        attrs += [("data-o-mail-quote-node", "1"), ("data-o-mail-quote", "1")]
    node.attrs = attrs
    return [node]


def _text(value: str) -> str:
    return escape(value, quote=False).replace("\xa0", "&nbsp;")


def _attr(name: str, value: str | None) -> str:
    if value is None:
        return f" {name}"
    value = value.replace("&", "&amp;").replace("\xa0", "&nbsp;")
    if '"' in value and "'" not in value:
        return f" {name}='{value}'"
    return f' {name}="{value.replace(chr(34), "&quot;")}"'


def _serialize(items: list[Node | str]) -> str:
    out: list[str] = []
    for item in items:
        if isinstance(item, str):
            out.append(_text(item))
        elif item.tag == "!":
            out.append(f"<!--{item.attrs[0][1]}-->")
        else:
            attrs = "".join(_attr(n, v) for n, v in item.attrs)
            out.append(f"<{item.tag}{attrs}>")
            if item.tag not in VOID_TAGS:
                out.append(_serialize(item.children) + f"</{item.tag}>")
    return "".join(out)


def html_sanitize(src: str | bool | None) -> str | bool | None:
    """What real Odoo stores for an ``Html(sanitize_style=True)`` field given ``src`` (see module doc)."""
    if not src or not isinstance(src, str):
        return src
    src = re.sub(r"</?o:.*?>", "", src)  # Outlook's <o:p> (html_normalize)
    parser = _TreeBuilder()
    parser.feed(src)
    parser.close()
    top = parser.root.children
    if not top:
        return ""
    elements = [c for c in top if isinstance(c, Node)]
    texts = [c for c in top if isinstance(c, str)]
    if len(elements) == 1 and all(not t.strip() for t in texts) and top[0] is elements[0]:
        # lxml.html.fromstring returns the lone element (with the blank text after it)
        root = elements[0]
        tail = "".join(texts)
    else:
        root = Node("div" if _has_block(parser.root) else "span", [], list(top))
        tail = ""
    cleaned = _clean(root)
    if len(cleaned) != 1 or cleaned[0] is not root:  # the root itself was dropped: lxml renames it <div>
        root = Node("div", [], cleaned)
    html = _serialize([root]) + _text(tail)
    if html.startswith("<div>") and html.endswith("</div>"):
        return html[5:-6]
    return html
