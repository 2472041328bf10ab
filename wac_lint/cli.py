"""The `wac-lint` command line: a thin shell over the library API.

Subcommands import their heavy modules lazily so that `wac-lint check` never
pays for libcst, pygls or the schema machinery. The executable starts in
`wac_lint.entry`, which runs a plain `check` without this module (or click).
"""

from __future__ import annotations

import importlib
import signal
import sys

import click

from wac_lint import __version__
from wac_lint.entry import internal_error, interrupted, terminate

# name -> "module:attribute" of a click command; loaded only when invoked.
LAZY_COMMANDS = {
    "check": "wac_lint.commands.check:check",
    "rules": "wac_lint.commands.rules:rules",
    "rule": "wac_lint.commands.rules:rule",
    "schema": "wac_lint.commands.schema:schema",
    "graph": "wac_lint.commands.graph:graph",
    "lsp": "wac_lint.commands.lsp:lsp",
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
        command: click.Command = getattr(module, attr)
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wac-lint")
def cli() -> None:
    """Static analysis for Windmill workflow-as-code scripts."""


def main() -> None:
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, terminate)
    try:
        # standalone_mode=False: click would turn Ctrl-C into "Aborted!" and exit 1.
        cli.main(prog_name="wac-lint", standalone_mode=False)
    except (KeyboardInterrupt, click.Abort):
        interrupted()
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except Exception as exc:
        internal_error(exc)
