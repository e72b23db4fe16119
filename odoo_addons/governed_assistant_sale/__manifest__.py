# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Governed AI Assistant: Sale orders",
    "summary": "\"Ask the assistant\" on discounted sale orders (approval pack)",
    "version": "1.0.0",
    "category": "Productivity",
    "license": "LGPL-3",
    "author": "odoo-governed-assistant",
    "depends": ["governed_assistant", "sale"],
    "data": ["data/ir_actions_server_data.xml"],
    "auto_install": True,
}
