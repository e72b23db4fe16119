# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import governed_assistant_service
from . import res_config_settings
