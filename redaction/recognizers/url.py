"""URLs that point at a person: social profiles, personal paths, e-mails or names in the query, credentials.

Ordinary links (documentation, the client's web site) are kept: they carry meaning and no personal data.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qsl, urlsplit

import regex

from redaction.lexicon import word_set
from redaction.types import Span

_URL = regex.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"'{}|\\^`\[\]]+")
_TRAILING = ".,;:!?)]}'\""

SOCIAL_HOSTS = (
    "linkedin.com", "facebook.com", "fb.com", "instagram.com", "twitter.com", "x.com", "xing.com",
    "github.com", "gitlab.com", "t.me", "wa.me", "tiktok.com", "youtube.com", "calendly.com", "about.me",
    "medium.com", "threads.net", "bsky.app", "mastodon.social", "keybase.io", "gravatar.com",
)  # fmt: skip
_PERSONAL_PATH = regex.compile(
    r"(?i)/(?:in|pub|u|user|users|profile|profiles|people|person|member|members|employee|employees|staff|team|"
    r"author|~[^/]+|@[^/]+|home/[^/]+|users/[^/]+)(?:/|$)"
)
_PERSONAL_PARAMS = word_set(
    "email mail e-mail user username uid userid name firstname lastname fullname phone tel mobile token "
    "session sid customer contact partner_id login"
)


def is_personal_url(url: str) -> bool:
    """True if the URL identifies or authenticates a person."""
    full = url if "://" in url else "http://" + url
    try:
        parts = urlsplit(full)
    except ValueError:
        return True  # unparseable: safer to redact
    host = (parts.hostname or "").lower()
    if parts.username or parts.password:
        return True
    if any(host == h or host.endswith("." + h) for h in SOCIAL_HOSTS) and parts.path.strip("/"):
        return True
    if _PERSONAL_PATH.search(parts.path):
        return True
    if "@" in parts.path or "@" in parts.query:
        return True
    return any(key.lower() in _PERSONAL_PARAMS for key, _ in parse_qsl(parts.query, keep_blank_values=True))


class UrlRecognizer:
    name: str = "url"
    kinds: tuple[str, ...] = ("URL",)

    def find(self, text: str, lang: str) -> Iterator[Span]:
        lowered = text.lower()
        if "http" not in lowered and "www." not in lowered:
            return
        for m in _URL.finditer(text):
            url = m.group().rstrip(_TRAILING)
            if url and is_personal_url(url):
                yield Span(m.start(), m.start() + len(url), "URL", 0.9, self.name)
