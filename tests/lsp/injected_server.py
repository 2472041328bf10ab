"""`wac-lint lsp` with one extra rule that always raises, for the crash test.

The server must log the failure (window/logMessage) and still show every other
rule's findings; a real rule cannot be made to crash from the outside, so the
test starts this script instead of `wac-lint lsp`.
"""

from __future__ import annotations

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


if __name__ == "__main__":
    create_server(extra_rules=[AlwaysCrashes]).start_io()
