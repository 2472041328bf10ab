"""What `wac-lint lsp` does, without click: the click command (`commands/lsp.py`)
calls these, and so does the executable's fast path (`wac_lint.entry`) for a
plain `wac-lint lsp` / `wac-lint lsp --stdio`, so that an editor starting the
server does not wait for click's import."""

from __future__ import annotations

import logging
import sys

LOG_LEVELS = ("error", "warning", "info", "debug")


def configure_logging(level: str) -> None:
    logging.basicConfig(
        stream=sys.stderr,
        level=getattr(logging, level.upper()),
        format="wac-lint lsp %(levelname)s %(name)s: %(message)s",
    )


def serve_stdio() -> None:
    from wac_lint.lsp.fast_start import serve

    stdout = sys.stdout.buffer
    # Whatever prints by mistake (a rule, a library) must not corrupt the protocol
    # stream on stdout.
    sys.stdout = sys.stderr
    serve(sys.stdin.buffer, stdout)


def serve_tcp(host: str, port: int) -> None:
    from wac_lint.lsp.server import create_server

    create_server().start_tcp(host, port)
