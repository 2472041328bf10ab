"""Flows end to end: discovery, the CLI and its formats, suppression, graph,
hostile YAML, and the pieces of the flow front-end (positions, scoping)."""

from __future__ import annotations

import json
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.helpers import cli_runner
from wac_lint.cli import cli
from wac_lint.engine import analyze_source
from wac_lint.flows import build_flow_model
from wac_lint.flows.expressions import RefKind, parse_expression
from wac_lint.source import LANG_FLOW, SourceFile, is_flow_path, language_for_path

FLOW = """\
summary: Orders
schema:
  type: object
  properties:
    table: {type: string}
value:
  modules:
    - id: load
      value:
        type: rawscript
        language: python3
        content: !inline load.py
        input_transforms:
          table: {type: javascript, expr: flow_input.tabel}
    - id: report
      value:
        type: rawscript
        language: bun
        content: !inline report.ts
        input_transforms:
          rows: {type: javascript, expr: results.lod}
"""
LOAD_PY = "def main(table: str):\n    return [table]\n"
REPORT_TS = "export async function main(rows: object[]) {\n  return rows.length;\n}\n"


def lint_flow(text: str, name: str = "f/x.flow/flow.yaml") -> list[tuple[int, int, str]]:
    result = analyze_source(SourceFile(name, text, LANG_FLOW))
    assert result.errors == []
    return [(f.row, f.column, f.code) for f in result.findings]


def run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return cli_runner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    folder = tmp_path / "f" / "orders" / "daily.flow"
    folder.mkdir(parents=True)
    (folder / "flow.yaml").write_text(FLOW)
    (folder / "load.py").write_text(LOAD_PY)
    (folder / "report.ts").write_text(REPORT_TS)
    return tmp_path


FLOW_FILE = "f/orders/daily.flow/flow.yaml"


def test_flow_files_are_recognised_by_their_folder() -> None:
    assert language_for_path("f/a.flow/flow.yaml") == LANG_FLOW
    assert language_for_path("f/a__flow/flow.json") == LANG_FLOW
    assert language_for_path("f/a/flow.yaml") is None
    assert language_for_path("f/a.flow/other.yaml") is None
    assert is_flow_path(Path("x__flow/flow.yaml"))


def test_check_walks_into_flow_folders(project: Path) -> None:
    result = run("check", "--no-cache", ".")
    assert result.exit_code == 1
    assert f"{FLOW_FILE}:14:43: WAC504 `flow_input.tabel`" in result.stdout
    assert f"{FLOW_FILE}:21:42: WAC503 `results.lod` names no step" in result.stdout
    assert "(3 files checked)" in result.stdout  # the flow and its two inline scripts


def test_check_a_named_flow_and_stdin(project: Path) -> None:
    named = run("check", "--no-cache", "--format", "json", FLOW_FILE)
    found = json.loads(named.stdout)
    assert [(f["code"], f["location"]["row"]) for f in found] == [("WAC504", 14), ("WAC503", 21)]
    piped = run("check", "-", "--stdin-filename", FLOW_FILE, input=FLOW)
    assert "WAC503" in piped.stdout and "WAC504" in piped.stdout


def test_formats_cover_flows(project: Path) -> None:
    sarif = json.loads(run("check", "--no-cache", "--format", "sarif", FLOW_FILE).stdout)
    results = sarif["runs"][0]["results"]
    assert {r["ruleId"] for r in results} == {"WAC503", "WAC504"}
    region = next(r for r in results if r["ruleId"] == "WAC503")["locations"][0]
    assert region["physicalLocation"]["region"]["startLine"] == 21
    rules = {d["id"] for d in sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert {"WAC500", "WAC508"} <= rules
    junit = ET.fromstring(run("check", "--no-cache", "--format", "junit", FLOW_FILE).stdout)
    (failure,) = junit.findall(".//failure")  # one test case per file
    assert failure.text is not None and f"{FLOW_FILE}:21:42: WAC503" in failure.text
    github = run("check", "--no-cache", "--format", "github", FLOW_FILE).stdout
    assert (
        f"::error file={FLOW_FILE},line=21,col=42,endLine=21,endColumn=53,title=WAC503::" in github
    )


def test_yaml_suppression_comments() -> None:
    text = FLOW.replace(
        "expr: flow_input.tabel}", "expr: flow_input.tabel}  # wac-lint: ignore[WAC504]"
    ).replace("          rows:", "          # wac-lint: ignore[WAC503]\n          rows:")
    assert lint_flow(text) == []
    assert lint_flow("# wac-lint: ignore-file[WAC503, WAC504]\n" + FLOW) == []
    # the words inside a string or a script's own comment suppress nothing
    quoted = FLOW.replace("summary: Orders", "summary: '# wac-lint: ignore-file'")
    assert [c for _, _, c in lint_flow(quoted)] == ["WAC504", "WAC503"]


def test_positions_point_into_the_expression() -> None:
    text = FLOW.replace(
        "rows: {type: javascript, expr: results.lod}",
        "rows:\n            type: javascript\n            expr: |\n"
        "              const x = 1;\n              return x + results.lod.length",
    )
    assert (25, 26, "WAC503") in lint_flow(text)


def test_hostile_yaml_ends_quickly() -> None:
    laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [{', '.join(['*' + p] * 10)}]\n"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    started = time.monotonic()
    found = lint_flow(laughs)
    assert time.monotonic() - started < 5
    assert [c for _, _, c in found] == ["WAC500"]
    assert lint_flow("a: &a [*a]\n")[0][2] == "WAC500"
    deep = "value: " + "[" * 5000 + "]" * 5000 + "\n"
    assert lint_flow(deep)[0][2] == "WAC500"


def test_flow_json() -> None:
    text = json.dumps(
        {"summary": "s", "value": {"modules": [{"id": "a", "value": {"type": "nope"}}]}}
    )
    assert lint_flow(text, "f/x.flow/flow.json") == [(1, text.index('"nope"') + 1, "WAC500")]


def test_expression_references() -> None:
    parsed = parse_expression('results.a.b + flow_input["c"] + flow_input.iter.value')
    assert parsed.ok
    assert [(r.kind, r.name) for r in parsed.refs] == [
        (RefKind.RESULT, "a"),
        (RefKind.FLOW_INPUT, "c"),
        (RefKind.ITER, "iter"),
    ]
    assert parse_expression("{a: 1, b: results.x}").ok  # an object literal
    assert parse_expression("const y = 2; return y").ok  # a function body
    assert not parse_expression("results.a +").ok


def test_function_parameters_hide_results_and_flow_input() -> None:
    """`(results) => results.note` reads the parameter, not the flow's results."""

    def names(text: str) -> list[tuple[RefKind, str]]:
        return [(r.kind, r.name) for r in parse_expression(text).refs]

    assert names("[results.triage].map((results) => results.note)") == [(RefKind.RESULT, "triage")]
    assert names("xs.map(({ flow_input }) => flow_input.x) + flow_input.y") == [
        (RefKind.FLOW_INPUT, "y")
    ]
    assert names("xs.map(function ([a, results = 1]) { return results.c })") == []
    # a parameter with another name hides nothing
    assert names("xs.map((r) => results.b[r])") == [(RefKind.RESULT, "b")]


def test_model_blocks_and_paths() -> None:
    model = build_flow_model(SourceFile("f/x.flow/flow.yaml", FLOW, LANG_FLOW))
    assert [m.id for m in model.modules] == ["load", "report"]
    assert model.modules[1].path == "value.modules[1]"
    assert model.property_names() == {"table"}


def test_graph_of_a_flow(project: Path) -> None:
    result = run("graph", FLOW_FILE)
    assert result.exit_code == 0
    graph = json.loads(result.stdout)
    assert graph["language"] == "flow"
    assert [n["id"] for n in graph["nodes"]] == ["Input", "load", "report", "result"]
    assert [n["type"] for n in graph["nodes"]] == ["input2", "module", "module", "result"]
    assert {"from": "load", "to": "report", "kind": "control"} in graph["edges"]
    mermaid = run("graph", FLOW_FILE, "--format", "mermaid").stdout
    assert mermaid.startswith("flowchart TD\n") and "load --> report" in mermaid
    dot = run("graph", FLOW_FILE, "--format", "dot").stdout
    assert dot.startswith('digraph "Orders" {')


def test_graph_data_edges_and_structure(project: Path) -> None:
    text = """\
summary: g
value:
  modules:
    - id: a
      value: {type: identity}
    - id: loop
      value:
        type: forloopflow
        skip_failures: false
        iterator: {type: javascript, expr: results.a}
        modules:
          - id: b
            suspend: {required_events: 1}
            value: {type: identity}
  failure_module:
    id: failure
    value: {type: identity}
"""
    path = project / "f" / "g__flow" / "flow.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(text)
    graph = json.loads(run("graph", str(path)).stdout)
    types = {n["id"]: n["type"] for n in graph["nodes"]}
    assert types["loop-start"] == "forLoopStart" and types["loop-end"] == "forLoopEnd"
    assert {"from": "a", "to": "loop", "kind": "data", "label": "results.a"} in graph["edges"]
    nodes = {n["id"]: n for n in graph["nodes"]}
    assert nodes["b"]["suspend"] is True and nodes["failure"]["role"] == "failure"


def test_graph_of_a_broken_flow_is_one_line(project: Path) -> None:
    path = project / "f" / "bad.flow" / "flow.yaml"
    path.parent.mkdir(parents=True)
    path.write_text("summary: @x\n")
    result = run("graph", str(path))
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "does not parse" in result.stderr


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("res:f/data/wh", True),
        ("$res: f/db", True),
        ("$resource:f/db", True),
        ("$res:db", True),
        ("$RES:f/db", True),
        ("$res:f/data/wh", False),
        ("$res:u/admin/db", False),
        ("res/images/logo.png", False),
        ("Resource: server down", False),
        ("$results", False),
    ],
)
def test_what_counts_as_a_misspelt_resource_reference(text: str, meant: bool) -> None:
    from wac_lint.rules.wac508_bad_resource_reference import near_miss

    assert near_miss(text) is meant


def test_flow_json_indented_with_tabs() -> None:
    text = json.dumps(
        {"summary": "s", "value": {"modules": [{"id": "a", "value": {"type": "nope"}}]}},
        indent="\t",
    )
    row = next(i for i, line in enumerate(text.split("\n"), 1) if '"nope"' in line)
    column = text.split("\n")[row - 1].index('"nope"') + 1
    assert lint_flow(text, "f/x.flow/flow.json") == [(row, column, "WAC500")]


SCOPES = """\
summary: scopes
value:
  modules:
    - id: seed
      value: {type: identity}
    - id: both
      value:
        type: branchall
        branches:
          - modules:
              - id: left
                value: {type: identity}
          - modules:
              - id: right
                skip_if: {expr: results.left}
                value: {type: identity}
    - id: after_both
      skip_if: {expr: results.left && results.both}
      value: {type: identity}
    - id: loop
      value:
        type: whileloopflow
        skip_failures: false
        modules:
          - id: inner
            skip_if: {expr: results.loop}
            stop_after_if: {expr: results.inner.done}
            value: {type: identity}
    - id: agent
      value:
        type: aiagent
        input_transforms: {}
        tools:
          - id: tool_a
            value: {tool_type: flowmodule, type: identity}
          - id: tool_b
            skip_if: {expr: results.tool_a}
            value: {tool_type: flowmodule, type: identity}
  failure_module:
    id: failure
    value:
      type: rawscript
      language: bun
      content: "export function main(x: unknown) { return x }"
      input_transforms:
        x: {type: javascript, expr: results.inner}
"""


def test_result_scopes() -> None:
    found = analyze_source(SourceFile("f/s.flow/flow.yaml", SCOPES, LANG_FLOW), select=["WAC503"])
    text = {f.row: f.message for f in found.findings}
    # row 15: the second branch of a sequential branchall reads the first's step,
    # which has finished (the branches share the root flow's leaf jobs)
    assert set(text) == {26, 37}
    assert "`loop` encloses this step" in text[26]
    assert "another tool of the AI agent" in text[37]
    # not reported: a branchall step read after it, a step's own result in
    # stop_after_if, and anything the failure module reads


def test_pre_commit_hook_takes_flows() -> None:
    import re

    import yaml

    root = Path(__file__).resolve().parents[1]
    hooks = yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    check = next(h for h in hooks if h["id"] == "wac-lint")
    files = re.compile(check["files"])
    for taken in ("f/a.flow/flow.yaml", "f/a__flow/flow.json", "f/x.py", "f/y.ts"):
        assert files.search(taken), taken
    for skipped in ("f/a/flow.yaml", "f/a.flow/extra.yaml", "wmill.yaml"):
        assert not files.search(skipped), skipped
    schema = next(h for h in hooks if h["id"] == "wac-lint-schema")
    assert not re.search(schema["files"], "f/a.flow/flow.yaml")


def flow_graphs() -> list[object]:
    from wac_lint.graph import graph_for_file

    root = Path(__file__).resolve().parents[1]
    files = sorted((root / "tests" / "flows" / "repo" / "f" / "valid").glob("*/flow.*"))
    return [graph_for_file(f) for f in files]


def test_mermaid_ids_avoid_reserved_words() -> None:
    from wac_lint.graph.render import to_mermaid

    text = SCOPES.replace("id: seed", "id: end").replace("id: left", "id: call")
    graph = analyze_graph(text)
    mermaid = to_mermaid(graph)
    assert "  end_ --> both" in mermaid and "  call_[" in mermaid
    assert json.loads(json.dumps(graph.to_dict()))["nodes"][1]["id"] == "end"  # JSON keeps it


def analyze_graph(text: str):  # type: ignore[no-untyped-def]
    from wac_lint.graph import graph_for_source

    return graph_for_source(SourceFile("f/g.flow/flow.yaml", text, LANG_FLOW))


def test_flow_graphs_parse_with_mermaid(tmp_path: Path) -> None:
    """Runs with WAC_LINT_MERMAID_DIR set to a directory with `npm install mermaid jsdom`."""
    import os
    import shutil
    import subprocess

    from tests.graph.test_render import CHECK_MJS
    from wac_lint.graph.render import to_mermaid

    where = os.environ.get("WAC_LINT_MERMAID_DIR")
    if not where or not (Path(where) / "node_modules" / "mermaid").is_dir():
        pytest.skip("set WAC_LINT_MERMAID_DIR to a directory with `npm install mermaid jsdom`")
    if shutil.which("node") is None:
        pytest.skip("node is not installed")
    script = Path(where) / "wac_lint_check.mjs"
    script.write_text(CHECK_MJS)
    files = []
    for i, graph in enumerate([*flow_graphs(), analyze_graph(SCOPES)]):
        path = tmp_path / f"g{i}.mmd"
        path.write_text(to_mermaid(graph))  # type: ignore[arg-type]
        files.append(str(path))
    out = subprocess.run(["node", str(script), *files], capture_output=True, text=True, cwd=where)
    assert out.returncode == 0, out.stdout + out.stderr


def test_flow_graphs_render_with_graphviz(tmp_path: Path) -> None:
    import shutil
    import subprocess

    from wac_lint.graph.render import to_dot

    if shutil.which("dot") is None:
        pytest.skip("Graphviz `dot` is not installed (Debian: apt-get install graphviz)")
    for i, graph in enumerate(flow_graphs()):
        source = tmp_path / f"g{i}.dot"
        source.write_text(to_dot(graph))  # type: ignore[arg-type]
        out = subprocess.run(["dot", "-Tsvg", str(source)], capture_output=True, text=True)
        assert out.returncode == 0 and out.stderr == "", out.stderr


def test_a_python_dict_call_return_gives_its_keyword_keys() -> None:
    # `return dict(rows=r, total=t)` builds `{"rows": r, "total": t}` (heldout_s
    # m_data_quality_gate); not when the code binds `dict` itself, nor with a `**` splat
    from wac_lint.flows.returns import returned_keys

    def keys(code: str) -> frozenset[str] | None:
        return returned_keys("python3", code)

    assert keys("def main():\n    return dict(rows=[], total=1)\n") == {"rows", "total"}
    assert keys("def main(x):\n    return dict(rows=[], **x)\n") is None
    assert keys("def main(x):\n    return dict(x)\n") is None
    assert keys("dict = lambda **k: k\ndef main():\n    return dict(rows=1)\n") is None
    assert keys("def main(dict):\n    return dict(rows=1)\n") is None


def test_names_taken_apart_from_flow_objects_are_references() -> None:
    # `const { tolerance_cent } = flow_input` reads `flow_input.tolerance_cent`
    # (heldout_s m_bank_reconciliation); a default (`{ x = 1 }`) is written for a
    # value that may be missing, a `...rest` names nothing, a parameter hides the name
    from wac_lint.flows.expressions import RefKind, parse_expression

    def refs(text: str) -> list[tuple[RefKind, str]]:
        return [(r.kind, r.name) for r in parse_expression(text).refs]

    assert refs("const { a, b: c, d = 1, ...r } = flow_input; return a") == [
        (RefKind.FLOW_INPUT, "a"),
        (RefKind.FLOW_INPUT, "b"),
    ]
    assert refs("let x; ({ x } = results); return x") == [(RefKind.RESULT, "x")]
    assert refs("const { iter } = flow_input; return iter.value") == [(RefKind.ITER, "iter")]
    assert refs("return ((flow_input) => { const { z } = flow_input; return z })({})") == []


def test_fields_read_on_the_entries_of_a_loop_result() -> None:
    from wac_lint.flows.expressions import result_element_reads

    def reads(text: str) -> list[str]:
        return [r.prop for r in result_element_reads(text, "each")]

    assert reads("results.each.map((r) => r.verdict)") == ["verdict"]
    assert reads("results.each[0].total + results.each.at(-1).total") == ["total", "total"]
    assert reads("results.each.filter(function (r) { return r.ok })") == ["ok"]
    assert reads("results.each?.map((r) => r.verdict)") == ["verdict"]
    assert reads("results.other.map((r) => r.verdict)") == []
