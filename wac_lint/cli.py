"""The `wac-lint` command line: a thin shell over the library API.

Subcommands import their heavy modules lazily so that `wac-lint check` never
pays for libcst, pygls or the schema machinery.
"""

from __future__ import annotations

import importlib
import os
import sys

import click

from wac_lint import __version__

# name -> "module:attribute" of a click command; loaded only when invoked.
LAZY_COMMANDS = {
    "check": "wac_lint.commands.check:check",
    "rules": "wac_lint.commands.rules:rules",
    "rule": "wac_lint.commands.rules:rule",
    "schema": "wac_lint.schema.command:schema",
    "graph": "wac_lint.graph.command:graph",
    "lsp": "wac_lint.lsp.command:lsp",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(LAZY_COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = LAZY_COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                return None  # command not built into this installation
            raise
        return getattr(module, attr)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wac-lint")
def cli() -> None:
    """Static analysis for Windmill workflow-as-code scripts."""


def main() -> None:
    try:
        cli(prog_name="wac-lint")
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # one line for users; WAC_LINT_DEBUG=1 shows the traceback
        if os.environ.get("WAC_LINT_DEBUG"):
            raise
        click.echo(f"wac-lint: internal error: {type(exc).__name__}: {exc}", err=True)
        sys.exit(2)
