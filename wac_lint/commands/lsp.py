"""`wac-lint lsp`: run the language server (stdio, or TCP for debugging)."""

from __future__ import annotations

import click

from wac_lint.commands.lsp_run import LOG_LEVELS, configure_logging, serve_stdio, serve_tcp


def parse_address(value: str) -> tuple[str, int]:
    host, sep, port = value.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise click.BadParameter(f"expected HOST:PORT, got {value!r}")
    return host, int(port)


@click.command("lsp")
@click.option(
    "--tcp",
    "address",
    metavar="HOST:PORT",
    help="Listen on a TCP socket instead of stdio (for debugging).",
)
@click.option(
    "--stdio",
    is_flag=True,
    help="Talk over stdin/stdout (the default; accepted because clients pass it).",
)
@click.option(
    "--log-level",
    type=click.Choice(LOG_LEVELS),
    default="warning",
    show_default=True,
    help="Server log written to stderr.",
)
def lsp(address: str | None, stdio: bool, log_level: str) -> None:
    """Run the wac-lint language server (editors start this)."""
    host_port = parse_address(address) if address else None
    configure_logging(log_level)
    if host_port is not None:
        serve_tcp(*host_port)
    else:
        serve_stdio()
