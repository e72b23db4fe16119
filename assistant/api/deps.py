"""Shared state and dependencies of the API: the service state, authentication, roles, access audit.

Authentication is an API key in ``Authorization: Bearer <key>`` or ``X-API-Key``; each route declares the
roles it accepts with :func:`require`. Missing or wrong key -> 401, wrong role -> 403. Reading prompt-log
content is recorded in ``access_audit`` by :meth:`ServiceState.audit`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

from assistant.api.metrics import Metrics
from assistant.api.security import ROLES, KeyStore, Principal
from assistant.jobs import JobService
from assistant.settings import Settings
from assistant.store import Database, PromptLogStore
from assistant.store.models import AccessAudit


@dataclass
class ServiceState:
    """Everything a request handler needs, built once per app."""

    settings: Settings
    db: Database
    log: PromptLogStore
    keys: KeyStore
    jobs: JobService
    metrics: Metrics = field(default_factory=Metrics)
    started: float = field(default_factory=time.time)
    cache: dict[str, tuple[float, Any]] = field(default_factory=dict)
    workers: list[Any] = field(
        default_factory=list
    )  # embedded WorkerThreads (``assistant serve``), for /ready

    def audit(self, principal: Principal, action: str, target: str = "") -> None:
        """Record an access to prompt-log content (who, what, which)."""
        with self.db.session() as session, session.begin():
            session.add(AccessAudit(actor=principal.actor, action=action, target=target[:256]))


class ErrorOut(BaseModel):
    """Every 4xx carries a human-readable reason."""

    detail: str


def get_state(request: Request) -> ServiceState:
    state: ServiceState = request.app.state.service
    return state


State = Annotated[ServiceState, Depends(get_state)]

bearer = HTTPBearer(auto_error=False, description="API key: `Authorization: Bearer oga_...`")
api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="API key (alternative header)")


def principal(
    state: State,
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    header_key: Annotated[str | None, Depends(api_key_header)],
) -> Principal:
    key = creds.credentials if creds is not None else header_key
    found = state.keys.verify(key)
    if found is None:
        raise HTTPException(
            401,
            "missing or invalid API key" if key else "missing API key",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return found


def require(*roles: str) -> Callable[[Principal], Principal]:
    """A dependency that admits only the given roles."""
    unknown = set(roles) - set(ROLES)
    if unknown:
        raise ValueError(f"unknown roles {unknown}")

    def check(who: Annotated[Principal, Depends(principal)]) -> Principal:
        if who.role not in roles:
            raise HTTPException(403, f"role {who.role!r} may not do this (needs {' or '.join(roles)})")
        return who

    return check


AUTH_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorOut, "description": "Missing or invalid API key"},
    403: {"model": ErrorOut, "description": "The key's role may not use this route"},
}
