"""The README's graph section shows what the command prints today."""

from __future__ import annotations

import json
import re
from pathlib import Path

from wac_lint.graph import graph_for_file
from wac_lint.graph.render import to_json, to_mermaid

ROOT = Path(__file__).resolve().parents[2]
SECTION = (ROOT / "README.md").read_text()
EXAMPLE = "examples/python/order_fulfilment.py"


def test_mermaid_picture_is_the_current_output() -> None:
    block = re.search(r"```mermaid\n(.*?)```", SECTION, re.S)
    assert block is not None
    graph = graph_for_file(ROOT / EXAMPLE)
    assert block.group(1) == to_mermaid(graph)


def test_json_excerpt_matches_the_current_output() -> None:
    doc = json.loads(to_json(graph_for_file(ROOT / EXAMPLE)))
    assert f'"line": {doc["workflow"]["line"]}' in SECTION
    step = next(n for n in doc["nodes"] if n["id"] == "step_2")
    for key in ("checkpoint_key", "key_note", "column", "end_column"):
        assert json.dumps(step[key]) in SECTION, key
    for edge in doc["edges"][:1]:
        assert json.dumps(edge) in SECTION.replace("\n", "")


def test_key_notation_and_differences_are_documented() -> None:
    for pattern in ("[_<n>]", "_<n>`", "<unreachable>", "<not run>", "DIFFERENCES.md"):
        assert pattern in SECTION
