"""A SIMULATION of an Odoo 18 server over JSON-RPC, with a seeded professional-services database.

This package is not Odoo and talks to no Odoo.  It is a faithful stand-in used
by the demo and by every test: a small stdlib HTTP server that answers the
same requests, with the same JSON shapes and the same errors, as the live
Odoo 18.0 server whose traffic was captured in ``tests/fixtures/odoo18``
(replayed against this simulation by ``tests/sandbox/test_replay.py``).

Quick start::

    from assistant.sandbox import SandboxServer

    with SandboxServer() as srv:            # seeded, listening on a free port
        import odoorpc
        odoo = odoorpc.ODOO(srv.host, port=srv.port, protocol="jsonrpc")
        odoo.login(srv.db, "admin", "admin")
        odoo.env["project.task"].search_read([], ["name", "progress"], limit=5)

    python -m assistant.sandbox --port 8069 --state sandbox.json   # standalone

What is simulated (see the module docstrings for details):

* protocol: ``/web/webclient/version_info``, ``/jsonrpc`` (``common``, ``object``,
  ``db``), ``/web/session/authenticate``, ``/web/dataset/call_kw``; errors as
  HTTP 200 JSON-RPC error objects; an HTTP 503 "proxy" page when set down;
* ORM: ``search_read``, ``read``, ``search``, ``search_count``, ``fields_get``
  (the real captured schemas), ``read_group``, ``create``, ``write``,
  ``unlink``, ``name_search``, ``default_get``, full domains, ``active_test``;
* business behaviour clients rely on: ``message_post`` escaping, activity
  ``action_feedback``, ``env.ref`` via ``ir.model.data``, datetime parsing,
  the Odoo 18 multi-project batch ``mail.activity.create`` bug;
* data: "Northwind Advisory SRL" - invented staff, clients, projects, tasks,
  12 weeks of timesheets, sales, invoices, expenses and chatter containing
  invented personal data (for redaction tests).
"""

from __future__ import annotations

from .orm import Env, SandboxData
from .server import SandboxServer

__all__ = ["Env", "SandboxData", "SandboxServer"]
