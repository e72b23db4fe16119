"""odoo-governed-assistant: governed AI decision support inside Odoo.

Reads Odoo records, redacts them, generates advice (summaries, context packs, classifications, anomaly
flags), checks it, logs every model call to a tamper-evident prompt log, and lands each output in Odoo as a
pending review activity. It never changes business data.
"""

__version__ = "0.1.0"
