"""A SIMULATION of an Odoo 18 (or 17) server over JSON-RPC, with a seeded professional-services database.

This package is not Odoo and talks to no Odoo.  It is a stand-in used by the
demo and by every test: a small stdlib HTTP server that answers the same
requests, with the same JSON shapes and the same errors, as the live Odoo 18.0
and 17.0 servers whose traffic was captured in ``tests/fixtures/odoo18`` and
``tests/fixtures/odoo17`` (every transcript is replayed against it by
``tests/sandbox/test_replay.py``; ``tests/fixtures/capture.py`` records new ones).

Versions: Odoo 18 by default; ``SandboxServer(version=17)`` or
``ASSISTANT_SANDBOX_VERSION=17`` (read when ``version`` is not given, so every
starter honours it) serves Odoo 17's ``fields_get`` schemas
(``schema/v17``), its ``version_info``, its errors (no ``project.task.is_closed``)
and its done-message format (:mod:`.versions`).  A state file remembers its version.

API::

    from assistant.sandbox import SandboxServer, SandboxData

    srv = SandboxServer(state_path=None, *, anchor_date=None, n_projects=8, host="127.0.0.1", port=0,
                        api_key="sandbox-api-key-0000", version=None)   # None: $ASSISTANT_SANDBOX_VERSION or 18
    srv.version                # 18 or 17
    url = srv.start()          # "http://127.0.0.1:PORT"; idempotent; background thread
    srv.url, srv.host, srv.port, srv.db          # db "sandbox"; login "admin" / password "admin"
    srv.stop()
    with SandboxServer() as srv: ...
    srv.data                   # SandboxData: the in-memory database (thread-safe)
    srv.data.search_read(model, domain, fields=None)   # same shapes as the RPC answer
    srv.data.create(model, vals) -> int; srv.data.write(model, ids, vals); srv.data.unlink(model, ids)
    srv.calls                  # [(service, model, method), ...] of every request; srv.reset_calls()
    srv.set_down(True)         # HTTP 503 + HTML page, like a proxy in front of a dead Odoo
    srv.save()                 # write state_path (also automatic after every write RPC)

    python -m assistant.sandbox --port 8069 [--state FILE] [--anchor-date YYYY-MM-DD] [--projects N] [--version 17]

``state_path``: if the file exists the database is loaded from it (dates are
shifted so that its "today" becomes ``anchor_date``/today: the demo data stays
current from one day to the next); otherwise the database is seeded and saved.
All seeded dates are relative to ``anchor_date`` (default: today), the RNG seed
is fixed, so a given anchor always yields the same data.  Users: ``admin`` /
``admin`` (uid 2) or the API key; the other internal users' password is ``demo``.

What is simulated (details in the module docstrings):

* protocol (:mod:`.server`, :mod:`.rpc`): ``/web/webclient/version_info``,
  ``/jsonrpc`` (``common``, ``object``, ``db``), ``/web/session/authenticate``,
  ``/web/dataset/call_kw``; errors as HTTP 200 JSON-RPC error objects;
* ORM (:mod:`.orm`, :mod:`.search`, :mod:`.domain`, :mod:`.readgroup`,
  :mod:`.methods`): ``search_read``, ``read`` (``load``), ``search``,
  ``search_count``, ``fields_get`` (the real captured schemas, :mod:`.fields`),
  ``read_group``, ``create``, ``write``, ``unlink``, ``name_search``,
  ``default_get``, full domains, ``active_test``, ``order``;
* business behaviour clients rely on (:mod:`.business`, :mod:`.hooks`,
  :mod:`.methods_mail`, :mod:`.computed`): ``message_post`` escaping,
  ``action_feedback`` (17's and 18's done-message formats), ``env.ref`` through
  ``ir.model.data`` (also for rows a client creates), the datetime parser,
  computed hours/progress, the Odoo 18 bug that fails one batched
  ``mail.activity.create`` over tasks of several projects, the follower
  constraint (two activities on one record for one not-yet-following assignee
  in one batch: refused whole; an activity subscribes its assignee),
  one2many field domains (``project.project.task_ids`` leaves closed tasks
  out), Odoo's HTML sanitizer on ``mail.activity.note`` / ``mail.message.body``
  (:mod:`.sanitizer`), group-restricted fields (``project.project.stage_id``:
  hidden from ``fields_get``, ``AccessError`` on read), archived users
  (OdooBot, uid 1, is inactive but can be assigned activities);
* data (:mod:`.seed`): "Northwind Advisory SRL" - invented staff, clients,
  projects, tasks, 12 weeks of timesheets, sales, invoices, expenses and chatter
  containing invented personal data (for redaction tests).

Not simulated: access rights and record rules (every user sees everything;
group-restricted fields are refused to everyone),
multi-company, taxes beyond a flat amount, accounting entries beyond invoice
lines, translations, attachments (a ``data:`` image in a posted message stays
inline; real Odoo turns it into an attachment), e-mail sending,
``mail.activity.action_cancel`` (not part of Odoo 18's RPC surface as captured).
"""

from __future__ import annotations

from .orm import Env, SandboxData
from .server import SandboxServer

__all__ = ["Env", "SandboxData", "SandboxServer"]
