"""`wac-lint lsp` with extra rules injected, for behaviour no real rule triggers.

    python injected_server.py crash            # WAC999 raises on every file

A real rule cannot be made to crash from the outside; the server must treat an
injected rule as it treats any rule (`create_server(extra_rules=...)`).
"""

from __future__ import annotations

import sys

from wac_lint.lsp.server import create_server
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


RULES = {"crash": AlwaysCrashes}

if __name__ == "__main__":
    create_server(extra_rules=[RULES[name] for name in sys.argv[1:]]).start_io()
