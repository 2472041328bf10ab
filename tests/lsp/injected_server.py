"""`wac-lint lsp` with extra rules injected, for behaviour no real rule triggers.

    python injected_server.py crash            # WAC999 raises on every file
    python injected_server.py stale-metadata   # WAC901 on line 1 of every file

A real rule cannot be made to crash from the outside, and WAC901 (stale
`.script.yaml`) is not in the catalogue yet; the server must treat these as it
treats any rule (`create_server(extra_rules=...)`).
"""

from __future__ import annotations

import sys

from wac_lint.lsp.server import create_server
from wac_lint.model import Span
from wac_lint.rule import Rule, RuleContext


class AlwaysCrashes(Rule):
    code = "WAC999"
    name = "always-crashes"
    summary = "A rule with a bug"
    message = "never reported"
    docs = "Raises on every file."
    wac_only = False

    def check(self, ctx: RuleContext) -> None:
        raise RuntimeError("deliberate failure in a test rule")


class StaleMetadata(Rule):
    code = "WAC901"
    name = "stale-metadata"
    summary = "The .script.yaml does not match the script (stand-in for the real rule)"
    message = "The .script.yaml is stale; regenerate it"
    docs = "Reports line 1 of every file."
    wac_only = False

    def check(self, ctx: RuleContext) -> None:
        first = ctx.source.line_bytes(0)
        ctx.report(Span(0, len(first), 0, 0, 0, len(first)))


RULES = {"crash": AlwaysCrashes, "stale-metadata": StaleMetadata}

if __name__ == "__main__":
    create_server(extra_rules=[RULES[name] for name in sys.argv[1:]]).start_io()
