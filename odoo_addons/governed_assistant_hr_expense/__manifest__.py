# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Governed AI Assistant: Expense reports",
    "summary": "\"Ask the assistant\" on expense reports (approval pack)",
    "version": "1.0.0",
    "category": "Productivity",
    "license": "LGPL-3",
    "author": "odoo-governed-assistant",
    "depends": ["governed_assistant", "hr_expense"],
    "data": ["data/ir_actions_server_data.xml"],
    "auto_install": True,
}
