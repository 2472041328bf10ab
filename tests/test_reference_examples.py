"""The reference documents' own examples.

The WAC guide's examples follow its rules and must produce no finding. The
launch post's examples define tasks inline in a `main` that is not a workflow:
they get WAC003 (each inline task) and WAC005 (the `main`), and nothing else.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wac_lint.engine import analyze_source, read_source

DATA = Path(__file__).parent / "data" / "guide"


@pytest.mark.parametrize("name", ["guide_python.py", "guide_typescript.ts"])
def test_guide_examples_are_clean(name: str) -> None:
    result = analyze_source(read_source(DATA / name))
    assert [(f.row, f.code, f.message) for f in result.findings] == []


@pytest.mark.parametrize(
    ("name", "inline_task_rows", "main_row"),
    [("launch_post.ts", [4, 8, 13], 2), ("launch_post.py", [6, 6, 10], 3)],
)
def test_launch_post_examples(name: str, inline_task_rows: list[int], main_row: int) -> None:
    findings = analyze_source(read_source(DATA / name)).findings
    assert sorted(f.row for f in findings if f.code == "WAC003") == inline_task_rows
    assert [f.row for f in findings if f.code == "WAC005"] == [main_row]
    assert {f.code for f in findings} == {"WAC003", "WAC005"}
