"""Odoo domain semantics of the sandbox (prefix notation, operators, NULLs, dotted paths)."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.sandbox import SandboxData, SandboxServer
from assistant.sandbox.domain import Leaf, Node, compare, like_to_regex, parse
from assistant.sandbox.errors import OdooValueError


@pytest.fixture(scope="module")
def data(sandbox: SandboxServer) -> SandboxData:
    return sandbox.data


def ids(data: SandboxData, model: str, domain: list[Any], **ctx: Any) -> set[int]:
    return set(data.search_ids(model, domain, context=ctx or None))


def test_parse_prefix_notation() -> None:
    assert parse([]) == Node("true")
    assert parse([("a", "=", 1), ("b", "=", 2)]) == Node("and", (Leaf("a", "=", 1), Leaf("b", "=", 2)))
    tree = parse(["|", ("a", "=", 1), "!", ("b", "=", 2), ("c", "=", 3)])
    assert tree == Node(
        "and", (Node("or", (Leaf("a", "=", 1), Node("not", (Leaf("b", "=", 2),)))), Leaf("c", "=", 3))
    )
    assert parse([(1, "=", 1)]) == Node("true") and parse([(0, "=", 1)]) == Node("false")
    with pytest.raises(OdooValueError):
        parse([("a", "===", 1)])
    with pytest.raises(OdooValueError):
        parse(["|", ("a", "=", 1)])


@pytest.mark.parametrize(
    ("op", "values", "target", "expected"),
    [
        ("=", [False], False, True),
        ("=", [], False, True),
        ("=", ["x"], False, False),
        ("=", [3], 3, True),
        ("in", [3], [1, 3], True),
        ("in", [], [False, 2], True),
        ("in", [4], [1, 3], False),
        ("<", [2.0], 3, True),
        ("<", [False], 3, False),
        (">=", ["2026-11-22"], "2026-11-22", True),
        ("ilike", ["Müller GmbH"], "müller", True),
        ("like", ["Müller"], "müller", False),
        ("=like", ["INV/2026/00001"], "INV/%", True),
        ("=ilike", ["inv/2026"], "INV/____", True),
        ("ilike", ["abc"], "a_c", True),
        ("ilike", ["a%c"], "a\\%c", True),
    ],
)
def test_compare(op: str, values: list[Any], target: Any, expected: bool) -> None:
    assert compare(op, values, target) is expected


def test_like_escapes_regex_characters() -> None:
    assert like_to_regex("a.b", wrap=True, case_insensitive=False).match("xa.by")
    assert not like_to_regex("a.b", wrap=True, case_insensitive=False).match("axb")


def test_negative_operators_include_empty_values(data: SandboxData) -> None:
    every = ids(data, "project.task", [])
    with_deadline = ids(data, "project.task", [("date_deadline", "!=", False)])
    without = ids(data, "project.task", [("date_deadline", "=", False)])
    assert with_deadline and without and with_deadline | without == every and not with_deadline & without
    one = next(iter(with_deadline))
    deadline = data.search_read("project.task", [("id", "=", one)], ["date_deadline"])[0]["date_deadline"]
    assert without <= ids(data, "project.task", [("date_deadline", "!=", deadline)])
    assert ids(data, "project.task", [("name", "not ilike", "zzz-no-match")]) == every


def test_dotted_paths_and_name_matching(data: SandboxData) -> None:
    by_partner = ids(data, "project.task", [("project_id.partner_id.name", "ilike", "brightwater")])
    by_name = ids(data, "project.task", [("project_id", "ilike", "Brightwater")])
    assert by_partner and by_partner == by_name == ids(data, "project.task", [("project_id", "=", 1)])
    internal = ids(data, "project.task", [("project_id.partner_id", "=", False)])
    assert internal and not internal & by_partner


def test_x2many_operators(data: SandboxData) -> None:
    assigned = ids(data, "project.task", [("user_ids", "in", [2])])
    not_assigned = ids(data, "project.task", [("user_ids", "not in", [2])])
    assert assigned and not_assigned and not assigned & not_assigned
    assert ids(data, "project.task", [("user_ids", "=", False)]) <= not_assigned
    assert ids(data, "project.task", [("user_ids.login", "=", "admin")]) == assigned
    tagged = ids(data, "project.project", [("tag_ids", "any", [("name", "=", "Retainer")])])
    assert len(tagged) >= 1


def test_or_not_and_active_test(data: SandboxData) -> None:
    either = ids(data, "project.project", ["|", ("id", "=", 1), ("id", "=", 2)])
    assert either == {1, 2}
    assert ids(data, "project.project", ["!", ("id", "in", [1, 2])]) == ids(data, "project.project", []) - {
        1,
        2,
    }
    archived = ids(data, "project.project", [("active", "=", False)])
    assert len(archived) == 1 and not archived & ids(data, "project.project", [])
    assert archived <= ids(data, "project.project", [], active_test=False)


def test_child_of(data: SandboxData) -> None:
    company = data.search_read("res.partner", [("name", "=", "Maison Lefort SAS")], ["child_ids"])[0]
    family = ids(data, "res.partner", [("id", "child_of", company["id"])])
    assert family == {company["id"], *company["child_ids"]} and len(family) >= 3


def test_invalid_field_in_domain(data: SandboxData) -> None:
    with pytest.raises(OdooValueError) as exc:
        data.search_ids("project.task", [("planned_hours", ">", 1)])
    assert exc.value.message == "Invalid field project.task.planned_hours in leaf ('planned_hours', '>', 1)"
    with pytest.raises(OdooValueError, match=r"Invalid field project.project.nope in leaf"):
        data.search_ids("project.task", [("project_id.nope", "=", 1)])
