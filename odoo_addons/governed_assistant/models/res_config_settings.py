# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    governed_assistant_service_url = fields.Char(
        string="Assistant service URL",
        config_parameter="governed_assistant.service_url",
        groups="base.group_system",
        help="Base URL of the governed assistant service, e.g. https://assistant.example.com",
    )
    governed_assistant_service_key = fields.Char(
        string="Assistant service key",
        config_parameter="governed_assistant.service_key",
        groups="base.group_system",
        help="A service API key of the assistant (assistant apikey create odoo --role service).",
    )

    def action_governed_assistant_test_connection(self):
        """Check the values on screen (saved or not): the service is ready and accepts the key."""
        self.ensure_one()
        return self.env["governed.assistant.service"].test_connection(
            self.governed_assistant_service_url, self.governed_assistant_service_key
        )
