"""The README's flow section shows what `check` and `graph` print today on
`examples/flows`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import cli_runner
from wac_lint.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## Flows (OpenFlow)", 1)[1].split("\n## ", 1)[0]


def transcript(command: str) -> str:
    match = re.search(rf"```\n\$ {re.escape(command)}\n(.*?)```", SECTION, re.S)
    assert match is not None, command
    return match.group(1)


def test_check_and_graph_transcripts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT / "examples" / "flows")
    shown = transcript("wac-lint check f/orders")
    result = cli_runner().invoke(cli, ["check", "--no-cache", "f/orders"])
    assert result.stdout == shown
    flow = "f/orders/daily.flow/flow.yaml"
    shown = transcript(f"wac-lint graph {flow} --format mermaid")
    drawn = cli_runner().invoke(cli, ["graph", flow, "--format", "mermaid"]).stdout
    assert shown.endswith("  ...\n")
    assert drawn.startswith(shown.removesuffix("  ...\n"))
