"""The `wac-lint` command line: a thin shell over the library API.

Subcommands import their heavy modules lazily so that `wac-lint check` never
pays for libcst, pygls or the schema machinery.
"""

from __future__ import annotations

import importlib
import os
import signal
import sys

import click

from wac_lint import __version__
from wac_lint.terminal import printable

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


EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it; never 1 ("findings", "stale")


def terminate(signum: int, frame: object) -> None:
    """SIGTERM unwinds like Ctrl-C, so temporary files are removed on the way out."""
    raise SystemExit(128 + signum)


def main() -> None:
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, terminate)
    try:
        # standalone_mode=False: click would turn Ctrl-C into "Aborted!" and exit 1.
        cli.main(prog_name="wac-lint", standalone_mode=False)
    except (KeyboardInterrupt, click.Abort):
        click.echo("wac-lint: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except Exception as exc:  # one line for users; WAC_LINT_DEBUG=1 shows the traceback
        if os.environ.get("WAC_LINT_DEBUG"):
            raise
        click.echo(printable(f"wac-lint: internal error: {type(exc).__name__}: {exc}"), err=True)
        sys.exit(2)
