"""Trees deeper than tree-sitter's queries can follow are refused, not misread.

tree-sitter's query cursor keeps a match's start depth in 16 bits: below depth
65,535 a query from the root misses nodes, and 40,000 nested calls took 10 s
per query. Before `tree_depth.py`, `check` spent 10 s on such a 351 KB file and
then said "All checks passed" about code it had not seen.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
import tree_sitter

from wac_lint.engine import InputError, analyze_bytes, source_from_bytes
from wac_lint.graph import GraphError, graph_for_source
from wac_lint.parsing import parser
from wac_lint.tree_depth import MAX_DEPTH, TreeTooDeep, check_depth

PY_HEAD = (
    "import requests\nfrom wmill import task, workflow\n\n"
    "@task()\nasync def t(x: int) -> int:\n    return x\n\n"
    "@workflow\nasync def main(x: int):\n"
)
TS_HEAD = (
    'import { task, workflow } from "windmill-client";\n'
    "const t = task(async (x: number) => x);\n"
    "export const main = workflow(async (x: number) => {\n"
)


def nested_awaits(levels: int, innermost: str = "x") -> bytes:
    """`await t(await t(... requests.post(u) ...))`: three tree levels per call."""
    chain = "await t(" * levels + innermost + ")" * levels
    return (PY_HEAD + f"    return {chain}\n").encode()


def exact_depth(tree: tree_sitter.Tree) -> int:
    """The deepest node's depth, by visiting every node (what check_depth avoids)."""
    cursor = tree.walk()
    depth = deepest = 0  # counted here: `TreeCursor.depth` costs the depth itself
    while True:
        if cursor.goto_first_child():
            depth += 1
            deepest = max(deepest, depth)
            continue
        while not cursor.goto_next_sibling():
            if not cursor.goto_parent():
                return deepest
            depth -= 1


def test_a_finding_at_the_bottom_of_deep_nesting_within_the_bound_is_reported() -> None:
    data = nested_awaits(20_000, 'requests.post("https://x")')
    result = analyze_bytes(data, "deep.py")
    assert [f.code for f in result.findings] == ["WAC101"]


@pytest.mark.parametrize("levels", [33_000, 40_000])
def test_deeper_than_the_queries_follow_is_refused_quickly(levels: int) -> None:
    data = nested_awaits(levels, 'requests.post("https://x")')
    started = time.process_time()
    with pytest.raises(InputError, match="^deep.py: nested too deeply to analyse$"):
        analyze_bytes(data, "deep.py")
    with pytest.raises(GraphError, match="nested too deeply to analyse"):
        graph_for_source(source_from_bytes(data, "deep.py"))
    assert time.process_time() - started < 6.0  # was 10 s per query at 40,000


def test_the_commands_give_one_line_and_no_internal_error(tmp_path: Path) -> None:
    script = tmp_path / "deep.ts"
    chain = "await t(" * 40_000 + "x" + ")" * 40_000
    script.write_text(TS_HEAD + f"  return {chain};\n}});\n", encoding="utf-8")
    # `schema` exits 2 for a script it could not render (README, "Exit codes")
    for command, code in (
        (["check", "--no-cache"], 1),
        (["graph"], 1),
        (["schema", "--stdout"], 2),
    ):
        proc = subprocess.run(
            [sys.executable, "-m", "wac_lint", *command, str(script)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == code, (command, proc.stderr)
        assert proc.stderr.strip().endswith("deep.ts: nested too deeply to analyse"), command
        assert "internal error" not in proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1


def test_fix_refuses_a_python_file_both_parsers_refuse_in_one_line(tmp_path: Path) -> None:
    # CPython says "too many nested parentheses"; asking tree-sitter whether it errs too
    # (to say whose parser refused the file) met the depth bound and raised, and
    # `check --fix` ended in an internal error (fuzz seed 120739)
    script = tmp_path / "deep.py"
    script.write_text("x = " + "{1: " * 70_000 + "1" + "}" * 70_000 + "\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "wac_lint", "check", "--no-cache", "--fix", "--unsafe-fixes", "."],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert "internal error" not in proc.stderr
    assert proc.returncode == 1, proc.stderr
    assert "deep.py: nested too deeply to analyse" in proc.stderr


# Constructs that nest one tree level per byte or two: the bytes bound check_depth
# relies on to skip small subtrees must hold for each (exact depth compared).
SHAPES = {
    "python unary minus": ("python", lambda n: "x = " + "-" * n + "1\n"),
    "python not": ("python", lambda n: "x = " + "not " * n + "y\n"),
    "python parentheses": ("python", lambda n: "x = " + "(" * n + "1" + ")" * n + "\n"),
    "python lists": ("python", lambda n: "x = " + "[" * n + "]" * n + "\n"),
    "python calls": ("python", lambda n: "x = " + "f(" * n + ")" * n + "\n"),
    "python lambdas": ("python", lambda n: "x = " + "lambda:" * n + "1\n"),
    "python subscripts": ("python", lambda n: "x = a" + "[a" * n + "]" * n + "\n"),
    "python conditionals": ("python", lambda n: "x = " + "a if b else " * n + "c\n"),
    "typescript not": ("typescript", lambda n: "const x = " + "!" * n + "y;\n"),
    "typescript awaits": ("typescript", lambda n: "const x = " + "await " * n + "y;\n"),
    "typescript arrays": ("typescript", lambda n: "const x = " + "[" * n + "]" * n + ";\n"),
    "typescript ternaries": ("typescript", lambda n: "const x = " + "a?b:" * n + "c;\n"),
    "typescript arrows": ("typescript", lambda n: "const x = " + "()=>" * n + "1;\n"),
    "typescript generics": (
        "typescript",
        lambda n: "let x: " + "A<" * n + "B" + ">" * n + ";\n",
    ),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_the_bound_agrees_with_the_exact_depth(shape: str) -> None:
    language, build = SHAPES[shape]
    for levels in (1_000, 40_000, 70_000):
        tree = parser(language).parse(build(levels).encode())
        deepest = exact_depth(tree)
        if deepest > MAX_DEPTH:
            with pytest.raises(TreeTooDeep):
                check_depth(tree)
        else:
            assert check_depth(tree) is tree


def test_the_language_server_says_why_and_logs_no_traceback(tmp_path: Path) -> None:
    from wac_lint.lsp.analysis import Options, Snapshot, analyze

    script = tmp_path / "deep.py"
    text = nested_awaits(40_000).decode()
    outcome = analyze(Snapshot(script.as_uri(), 1, text, "python"), 0, Options(), root=None)
    assert outcome.skipped == "nested too deeply to analyse"
    assert outcome.problems == []  # was a logged "analysis failed" with a traceback
    assert outcome.diagnostics == []
