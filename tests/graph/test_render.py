"""JSON, Mermaid and DOT output: shape, escaping, and that real renderers accept them.

DOT is rendered with Graphviz's `dot -Tsvg` (Debian package `graphviz`), which
must print no warning. Mermaid is parsed with the `mermaid` npm package when
`WAC_LINT_MERMAID_DIR` names a directory where `npm install mermaid jsdom` was
run (the test says so when it skips).
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.graph.helpers import py, ts
from wac_lint.graph import Graph, graph_for_file
from wac_lint.graph.render import mermaid_text, render, to_dot, to_json, to_mermaid

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted(
    [*ROOT.glob("tests/corpus/wac/**/*.py"), *ROOT.glob("tests/corpus/wac/**/*.ts")]
    + [*ROOT.glob("tests/graph/corpus/*.*"), *ROOT.glob("examples/*/*.*")]
)

NASTY = ts(
    """
const a = task(async (x: string) => x);
export const main = workflow(async (s: string) => {
  if (s === "<a href=\\"#x\\">|{}[]`" && s.length > 2) {
    await step(`key_${s}#1;`, () => "\\\\");
  }
  await a("é");
});
"""
)


@functools.cache
def graphs() -> list[Graph]:
    return [graph_for_file(f) for f in FILES]


# ---- JSON ---------------------------------------------------------------------------
def test_json_shape() -> None:
    g = py(
        """
@task(timeout=60)
async def load(order_id: str) -> dict:
    return {}

@workflow
async def main(order_id: str, limit: int = 3):
    order = await load(order_id)
    if order:
        await sleep(order["wait"])
    return order
"""
    )
    doc = json.loads(to_json(g))
    assert list(doc) == ["file", "language", "workflow", "nodes", "edges"]
    assert doc["workflow"] == {
        "name": "main",
        "line": 8,  # the `def` line, after the decorator
        "params": [
            {"name": "order_id", "type": "str", "default": None},
            {"name": "limit", "type": "int", "default": "3"},
        ],
    }
    for node in doc["nodes"]:
        assert list(node)[:6] == ["id", "type", "line", "column", "end_line", "end_column"]
    step = doc["nodes"][0]
    assert step["type"] == "Step" and step["name"] == "load" and step["script"] == "load"
    assert step["checkpoint_key"] == "load" and step["key_exact"] is True
    assert step["options"] == {"timeout": "60"}
    branch = next(n for n in doc["nodes"] if n["type"] == "Branch")
    assert branch["condition"] == "order"
    sleep = next(n for n in doc["nodes"] if n["type"] == "Sleep")
    assert sleep["seconds"] == 'order["wait"]' and sleep["checkpoint_key"] == "sleep"
    kinds = {e["kind"] for e in doc["edges"]}
    assert kinds == {"control", "data"}
    assert all(set(e) <= {"from", "to", "kind", "label"} for e in doc["edges"])
    ids = {n["id"] for n in doc["nodes"]}
    assert all(e["from"] in ids and e["to"] in ids for e in doc["edges"])


def test_node_types_are_windmills_names() -> None:
    windmill = {
        "Step",
        "InlineStep",
        "Sleep",
        "WaitForApproval",
        "Branch",
        "Merge",
        "LoopStart",
        "LoopEnd",
        "ParallelStart",
        "ParallelEnd",
        "Return",
    }
    seen = {n.type for g in graphs() for n in g.nodes}
    assert seen - windmill == {"Raise"}  # ours, for raise/throw
    assert windmill <= seen  # the corpus exercises every type


# ---- Mermaid --------------------------------------------------------------------------
def test_mermaid_is_a_flowchart_with_declared_ids_and_escaped_labels() -> None:
    text = to_mermaid(NASTY)
    lines = text.splitlines()
    assert lines[0] == "flowchart TD"
    declared = set()
    for line in lines[1:]:
        node = re.match(r'\s+(\w+)(\(\(\(|\(\(|\(\[|\[\[|\[/|\[\\|\{\{|\{|\[)"(.*)"', line)
        if node:
            declared.add(node.group(1))
            assert '"' not in node.group(3) and not node.group(3).startswith("`")
            continue
        edge = re.match(r'\s+(\w+) (-->|-\.->)(\|"[^"]*"\|)? (\w+)$', line)
        if edge:
            assert edge.group(1) in declared and edge.group(4) in declared
            continue
        assert line.strip().startswith(("classDef", "class ")), line
    assert "&quot;" in text and "&lt;" in text and "#\u200b1;" in text


def test_mermaid_text_escapes() -> None:
    assert mermaid_text('a"b#c<d>&') == "a&quot;b#c&lt;d&gt;&amp;"
    assert mermaid_text("x#35;") == "x#\u200b35;"  # not an entity code to Mermaid


@pytest.fixture(scope="module")
def mermaid_dir() -> Path:
    where = os.environ.get("WAC_LINT_MERMAID_DIR")
    if not where or not (Path(where) / "node_modules" / "mermaid").is_dir():
        pytest.skip("set WAC_LINT_MERMAID_DIR to a directory with `npm install mermaid jsdom`")
    if shutil.which("node") is None:
        pytest.skip("node is not installed")
    return Path(where)


CHECK_MJS = """
import { JSDOM } from "jsdom";
import fs from "fs";
const dom = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = dom.window; globalThis.document = dom.window.document;
const mermaid = (await import("mermaid")).default;
let bad = 0;
for (const f of process.argv.slice(2)) {
  try { await mermaid.parse(fs.readFileSync(f, "utf8")); }
  catch (e) { bad++; console.log(f + ": " + String(e.message || e).slice(0, 300)); }
}
process.exit(bad ? 1 : 0);
"""


def test_mermaid_parses_with_mermaid(mermaid_dir: Path, tmp_path: Path) -> None:
    script = mermaid_dir / "wac_lint_check.mjs"
    script.write_text(CHECK_MJS)
    files = []
    for i, g in enumerate([*graphs(), NASTY]):
        f = tmp_path / f"g{i}.mmd"
        f.write_text(to_mermaid(g))
        files.append(str(f))
    out = subprocess.run(
        ["node", str(script), *files], capture_output=True, text=True, cwd=mermaid_dir
    )
    assert out.returncode == 0, out.stdout + out.stderr


# ---- DOT ----------------------------------------------------------------------------
def test_dot_escapes_quotes_and_backslashes() -> None:
    text = to_dot(NASTY)
    assert text.startswith('digraph "main" {')
    for line in text.splitlines()[4:-1]:
        assert re.fullmatch(r'  "[\w]+"( -> "[\w]+")?( \[.*\])?;', line), line
    assert '\\"' in text and "\\\\" in text


def test_control_characters_in_labels_are_shown_escaped() -> None:
    """A label quotes source code, which anyone can write: ESC and BEL would drive
    the terminal that prints the diagram (fuzz finding)."""
    graph = ts(
        """
export const main = workflow(async (s: string) => {
  await sleep(\x1b0);
});
"""
    )
    for text in (to_mermaid(graph), to_dot(graph)):
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f]", text), text
        assert "\\x1b" in text


def test_dot_renders_without_warnings(tmp_path: Path) -> None:
    if shutil.which("dot") is None:
        pytest.skip("Graphviz `dot` is not installed (Debian: apt-get install graphviz)")
    for i, g in enumerate([*graphs(), NASTY]):
        source = tmp_path / f"g{i}.dot"
        source.write_text(to_dot(g))
        out = subprocess.run(
            ["dot", "-Tsvg", str(source), "-o", str(tmp_path / f"g{i}.svg")],
            capture_output=True,
            text=True,
        )
        assert out.returncode == 0 and out.stderr == "", (g.file, out.stderr)
        assert (tmp_path / f"g{i}.svg").read_text().lstrip().startswith("<?xml")


def test_render_dispatch() -> None:
    assert render(NASTY, "json") == to_json(NASTY)
    assert render(NASTY, "mermaid") == to_mermaid(NASTY)
    assert render(NASTY, "dot") == to_dot(NASTY)
    with pytest.raises(ValueError):
        render(NASTY, "svg")
