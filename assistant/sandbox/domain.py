"""Odoo search domains for the Odoo 18 *simulation*.

Supports the full prefix notation (``&``, ``|``, ``!`` with implicit ``&``
between consecutive terms), ``TRUE_LEAF``/``FALSE_LEAF``, the operators
``= != < > <= >= in not in like not like ilike not ilike =like =ilike =?
child_of parent_of any not any``, dotted paths through relational fields
(``project_id.active``, ``user_ids.login``) and name matching when a string is
compared to a relational field (``('partner_id', 'ilike', 'Brightwater')``).

Values are evaluated in Python against the in-memory store; the semantics of
NULL follow PostgreSQL as Odoo uses it (``!=``, ``not in`` and ``not ilike``
also match empty values).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .errors import OdooValueError

OPERATORS = {
    "=",
    "!=",
    "<>",
    "<",
    ">",
    "<=",
    ">=",
    "in",
    "not in",
    "like",
    "not like",
    "ilike",
    "not ilike",
    "=like",
    "=ilike",
    "=?",
    "child_of",
    "parent_of",
    "any",
    "not any",
}
NEGATIVE = {"!=": "=", "<>": "=", "not in": "in", "not like": "like", "not ilike": "ilike", "not any": "any"}


@dataclass(frozen=True)
class Leaf:
    path: str
    op: str
    value: Any


@dataclass(frozen=True)
class Node:
    kind: str  # "and" | "or" | "not" | "true" | "false"
    children: tuple[Any, ...] = ()


Term = Leaf | Node


def _is_leaf(item: Any) -> bool:
    return isinstance(item, (list, tuple)) and len(item) == 3 and not isinstance(item, str)


def _to_leaf(item: Sequence[Any]) -> Term:
    left, op, value = item
    if left in (1, True) and op == "=" and value == 1:
        return Node("true")
    if left in (0, False) and op == "=" and value == 1:
        return Node("false")
    if not isinstance(left, str):
        raise OdooValueError(f"Invalid leaf {list(item)!r}")
    op = str(op).lower()
    if op not in OPERATORS:
        raise OdooValueError(f"Invalid leaf {tuple(item)!r}")
    return Leaf(left, op, value)


def parse(domain: Any) -> Term:
    """Turn an Odoo domain (list in prefix notation) into a tree."""
    if not domain:
        return Node("true")
    if not isinstance(domain, (list, tuple)):
        raise OdooValueError(f"Invalid domain: {domain!r}")
    items = list(domain)
    pos = 0

    def parse_one() -> Term:
        nonlocal pos
        if pos >= len(items):
            raise OdooValueError(f"Invalid domain: {domain!r}")
        item = items[pos]
        pos += 1
        if item == "&" or item == "|":
            a, b = parse_one(), parse_one()
            return Node("and" if item == "&" else "or", (a, b))
        if item == "!":
            return Node("not", (parse_one(),))
        if _is_leaf(item):
            return _to_leaf(item)
        raise OdooValueError(f"Invalid domain term {item!r}")

    terms = []
    while pos < len(items):
        terms.append(parse_one())
    return terms[0] if len(terms) == 1 else Node("and", tuple(terms))


def mentions(term: Term, field_name: str) -> bool:
    """Whether a leaf on ``field_name`` appears (used for ``active_test``)."""
    if isinstance(term, Leaf):
        return term.path.split(".")[0] == field_name
    return any(mentions(child, field_name) for child in term.children)


def like_to_regex(pattern: str, wrap: bool, case_insensitive: bool) -> re.Pattern[str]:
    """SQL LIKE pattern -> regex; ``wrap`` adds the implicit ``%...%`` of ``like``/``ilike``."""
    out = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(re.escape(pattern[i + 1]))
            i += 2
            continue
        out.append(".*" if ch == "%" else "." if ch == "_" else re.escape(ch))
        i += 1
    body = "".join(out)
    if wrap:
        body = f".*{body}.*"
    return re.compile(f"^{body}$", re.DOTALL | (re.IGNORECASE if case_insensitive else 0))


def _unaccent_lower(value: str) -> str:
    return value.casefold()


def compare(op: str, values: list[Any], target: Any) -> bool:
    """Evaluate a positive operator over the list of values a path resolves to."""
    if op == "=":
        if target is False or target is None:
            return not values or any(v is False or v is None or v == "" for v in values)
        return any(v == target for v in values)
    if op == "in":
        if not isinstance(target, (list, tuple)):
            target = [target]
        allowed = list(target)
        wants_null = any(t is False or t is None for t in allowed)
        if wants_null and (not values or any(v is False or v is None for v in values)):
            return True
        return any(v in allowed for v in values if v is not False and v is not None)
    if op in ("<", ">", "<=", ">="):
        if target is False or target is None:
            return False
        fn: Callable[[Any, Any], bool] = {
            "<": lambda a, b: a < b,
            ">": lambda a, b: a > b,
            "<=": lambda a, b: a <= b,
            ">=": lambda a, b: a >= b,
        }[op]
        for v in values:
            if v is False or v is None:
                continue
            try:
                if fn(v, target):
                    return True
            except TypeError:
                if fn(str(v), str(target)):
                    return True
        return False
    if op in ("like", "ilike", "=like", "=ilike"):
        if target is False or target is None:
            return not values or any(not v for v in values)
        rx = like_to_regex(str(target), wrap=op in ("like", "ilike"), case_insensitive="ilike" in op)
        return any(v not in (False, None) and rx.match(str(v)) is not None for v in values)
    raise OdooValueError(f"Invalid operator {op!r}")


class Evaluator:
    """Evaluate a parsed domain on records of one model.

    ``resolve(model, record, path)`` must return ``(values, field)``: the list of
    raw values a (possibly dotted) path reaches and the last field.  ``search``
    runs a sub-domain on another model (for ``any``) and ``names`` matches a
    string against a relational field's display names; ``hierarchy`` returns
    the ids for ``child_of`` / ``parent_of``.
    """

    def __init__(
        self,
        model: str,
        resolve: Callable[[str, dict[str, Any], str], tuple[list[Any], Any]],
        search: Callable[[str, Any], list[int]],
        names: Callable[[str, str, Any], list[int]],
        hierarchy: Callable[[str, str, Any], set[int]],
    ) -> None:
        self.model = model
        self.resolve = resolve
        self.search = search
        self.names = names
        self.hierarchy = hierarchy
        self._sub_cache: dict[tuple[str, str, str], Any] = {}

    def __call__(self, term: Term, record: dict[str, Any]) -> bool:
        if isinstance(term, Node):
            if term.kind == "true":
                return True
            if term.kind == "false":
                return False
            if term.kind == "and":
                return all(self(child, record) for child in term.children)
            if term.kind == "or":
                return any(self(child, record) for child in term.children)
            return not self(term.children[0], record)
        return self.leaf(term, record)

    def leaf(self, leaf: Leaf, record: dict[str, Any]) -> bool:
        op, target = leaf.op, leaf.value
        if op == "=?":
            if target is False or target is None:
                return True
            op = "="
        if op in NEGATIVE:
            return not self.leaf(Leaf(leaf.path, NEGATIVE[op], target), record)
        values, fld = self.resolve(self.model, record, leaf.path)
        ftype = getattr(fld, "type", None)
        relation = getattr(fld, "relation", None)
        if op in ("child_of", "parent_of"):
            key = (op, leaf.path, repr(target))
            if key not in self._sub_cache:
                self._sub_cache[key] = self.hierarchy(relation or self.model, op, target)
            ids: set[int] = self._sub_cache[key]
            return any(v in ids for v in values)
        if op == "any":
            key = ("any", leaf.path, repr(target))
            if key not in self._sub_cache:
                self._sub_cache[key] = set(self.search(relation or self.model, target))
            return any(v in self._sub_cache[key] for v in values)
        if relation and ftype in ("many2one", "one2many", "many2many") and _is_name_query(op, target):
            key = ("names", leaf.path, repr((op, target)))
            if key not in self._sub_cache:
                self._sub_cache[key] = set(self.names(relation, op, target))
            return any(v in self._sub_cache[key] for v in values)
        return compare(op, values, target)


def _is_name_query(op: str, target: Any) -> bool:
    if isinstance(target, str):
        return True
    if op == "in" and isinstance(target, (list, tuple)):
        return any(isinstance(t, str) for t in target)
    return False
