# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Governed AI Assistant",
    "summary": "Ask the governed AI assistant for pending reviews: server action, "
    "automation rules and a weekly status fan-out",
    "version": "1.0.0",
    "category": "Productivity",
    "license": "LGPL-3",
    "author": "odoo-governed-assistant",
    "depends": ["mail", "project", "account", "base_automation"],
    "data": [
        "data/mail_activity_type_data.xml",
        "data/ir_actions_server_data.xml",
        "data/base_automation_data.xml",
        "data/ir_cron_data.xml",
        "views/res_config_settings_views.xml",
    ],
    "post_init_hook": "post_init_hook",
    "uninstall_hook": "uninstall_hook",
}
