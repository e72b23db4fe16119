"""The nested ``web_read`` path (Odoo 17+, 5 round trips) and the classic ``search_read`` path (older servers)
produce the same facts; servers without ``web_read`` fall back automatically."""

from __future__ import annotations

from assistant import clock
from assistant.odoo import connect
from assistant.summarizers import _project_fetch
from assistant.tasks import get_task


def test_both_paths_give_identical_facts_and_the_nested_one_needs_five_round_trips(sandbox):
    gw = connect(sandbox.url, sandbox.db, "admin", "admin")
    task = get_task("project_status")
    ids = task.select(gw, all_records=True)
    today = clock.today()
    _project_fetch.fetch_nested(gw, ids[:1], today)  # field metadata: once per model per process
    sandbox.reset_calls()
    before = gw.round_trips
    nested = _project_fetch.fetch_nested(gw, ids, today)
    assert gw.round_trips - before == 5, sandbox.calls  # + overdue invoices
    classic = _project_fetch.fetch_classic(gw, ids, today)
    assert len(nested.tasks) == len(classic.tasks) > 0 and nested.banks and nested.messages
    facts_nested = [task._facts(p, nested, today) for p in nested.projects]
    facts_classic = [task._facts(p, classic, today) for p in classic.projects]
    assert [f.payload for f in facts_nested] == [f.payload for f in facts_classic]
    assert [sorted(map(repr, f.context.values)) for f in facts_nested] == [
        sorted(map(repr, f.context.values)) for f in facts_classic
    ]


def test_server_without_web_read_falls_back_to_the_classic_path(sandbox, monkeypatch):
    from assistant.sandbox import methods

    monkeypatch.delitem(methods.RECORD_METHODS, "web_read")
    gw = connect(sandbox.url, sandbox.db, "admin", "admin")
    data = _project_fetch.fetch(gw, [1, 2], clock.today())
    assert [p["id"] for p in data.projects] == [1, 2] and data.tasks
    assert not gw.supports_web_read()
