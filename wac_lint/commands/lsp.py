"""`wac-lint lsp`: run the language server (stdio, or TCP for debugging)."""

from __future__ import annotations

import logging
import sys

import click


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
    type=click.Choice(["error", "warning", "info", "debug"]),
    default="warning",
    show_default=True,
    help="Server log written to stderr.",
)
def lsp(address: str | None, stdio: bool, log_level: str) -> None:
    """Run the wac-lint language server (editors start this)."""
    host_port = parse_address(address) if address else None
    logging.basicConfig(
        stream=sys.stderr,
        level=getattr(logging, log_level.upper()),
        format="wac-lint lsp %(levelname)s %(name)s: %(message)s",
    )
    if host_port is not None:
        from wac_lint.lsp.server import create_server

        create_server().start_tcp(*host_port)
        return
    from wac_lint.lsp.fast_start import serve

    stdout = sys.stdout.buffer
    # Whatever prints by mistake (a rule, a library) must not corrupt the protocol
    # stream on stdout.
    sys.stdout = sys.stderr
    serve(sys.stdin.buffer, stdout)
