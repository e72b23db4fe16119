"""``assistant eval ...``: evaluation suites. Each suite module defines ``register_eval(eval_app)``."""

from __future__ import annotations

import importlib

import typer

eval_app = typer.Typer(
    help="Run evaluation corpora and report metrics against their targets.", no_args_is_help=True
)

# One line per suite; a suite whose module is not there yet is skipped.
EVAL_MODULES = [
    "evals.redaction.run",
    "evals.anomalies.run",
    "evals.disputes.run",
    "evals.approvals.run",
]


def register(app: typer.Typer) -> None:
    """Add the ``eval`` group with every available suite."""
    for name in EVAL_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        module.register_eval(eval_app)
    app.add_typer(eval_app, name="eval")
