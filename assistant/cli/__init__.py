"""The ``assistant`` command line. Each area registers its commands from its own module."""

from __future__ import annotations

import importlib
import os

import typer

# Offline by construction: no library may reach a hub or a public suffix list at run time.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("RAGAS_DO_NOT_TRACK", "true")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

app = typer.Typer(
    name="assistant",
    help="Governed AI assistant for Odoo: AI advises, humans decide.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

# Modules that define a ``register(app)`` function; one per area so that areas do not edit each other's files.
COMMAND_MODULES = [
    "assistant.cli.core",
    "assistant.cli.log_cmd",
    "assistant.cli.redact_cmd",
    "assistant.cli.serve_cmd",
    "assistant.cli.anomaly_cmd",
    "assistant.cli.eval_cmd",
    "assistant.cli.classify_cmd",
]


def _register_all() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # an area not built yet
                continue
            raise
        module.register(app)


_register_all()


def main() -> None:
    from assistant.lifecycle import exit_on_signals, release_embedded_databases

    exit_on_signals()  # SIGTERM unwinds like Ctrl-C, so what a command started is stopped
    try:
        app()
    finally:
        release_embedded_databases()
