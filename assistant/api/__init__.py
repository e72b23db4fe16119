"""The HTTP service: FastAPI app (runs, webhooks, prompt log, health, metrics) and the governance UI.

Build it with :func:`create_app`; ``assistant serve`` runs it under uvicorn with embedded workers.
"""

from assistant.api.app import create_app

__all__ = ["create_app"]
