# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Install hook: make the module's "AI review" activity type the one the service writes with."""

# The external id the service looks up (``assistant odoo bootstrap`` creates it on an Odoo without this module).
SERVICE_XMLID_MODULE = "odoo_governed_assistant"
SERVICE_XMLID_NAME = "mail_activity_type_ai_review"


def post_init_hook(env):
    """Alias the module's activity type under the service's external id, or adopt an earlier bootstrap.

    * No earlier ``assistant odoo bootstrap``: the module's type also gets the service's external id, so the
      service finds it without configuration. Uninstalling deletes the type unless activities use it; then
      it stays with the service's external id: the same state as after a bootstrap.
    * An earlier bootstrap: its type stays the only "AI review" type (the module's own external id points to
      it and the duplicate just created is removed).
    * Odoo 17 runs a scheduled action only ``numbercall`` times (default 1): make the weekly cron unlimited.
    """
    ours = env.ref("governed_assistant.mail_activity_type_ai_review")
    data = env["ir.model.data"].sudo()
    alias = data.search(
        [("module", "=", SERVICE_XMLID_MODULE), ("name", "=", SERVICE_XMLID_NAME)], limit=1
    )
    earlier = env["mail.activity.type"].browse(alias.res_id).exists() if alias else None
    if not alias:
        data.create(
            {
                "module": SERVICE_XMLID_MODULE,
                "name": SERVICE_XMLID_NAME,
                "model": "mail.activity.type",
                "res_id": ours.id,
                "noupdate": True,
            }
        )
    elif earlier and earlier != ours:
        own = data.search(
            [("module", "=", "governed_assistant"), ("name", "=", SERVICE_XMLID_NAME)], limit=1
        )
        own.res_id = earlier.id
        ours.unlink()
    elif not earlier:  # a stale alias (its type was deleted by hand)
        alias.res_id = ours.id
    cron = env.ref("governed_assistant.cron_weekly_status")
    if "numbercall" in cron._fields:
        cron.numbercall = -1


def uninstall_hook(env):
    """Remove the settings (the service key must not outlive the module). Let Odoo delete the "AI review"
    type unless activities still use it: then it stays, with the service's external id, for the service."""
    env["ir.config_parameter"].sudo().search([("key", "=like", "governed_assistant.%")]).unlink()
    ours = env.ref("governed_assistant.mail_activity_type_ai_review", raise_if_not_found=False)
    activities = env["mail.activity"].sudo().with_context(active_test=False)
    if ours and not activities.search_count([("activity_type_id", "=", ours.id)]):
        env["ir.model.data"].sudo().search(
            [
                ("module", "=", SERVICE_XMLID_MODULE),
                ("name", "=", SERVICE_XMLID_NAME),
                ("res_id", "=", ours.id),
            ]
        ).unlink()
