"""WAC005's fix for `@workflow  # entry`: Windmill's worker looks for a line that is
exactly `@workflow`, so the comment moves to the line above; other shapes get no fix."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.fixes import apply_fixes
from wac_lint.source import LANG_PYTHON, SourceFile

CODE = (
    "from wmill import task, workflow\n"
    "\n"
    "@task()\n"
    "async def double(x: int) -> int:\n"
    "    return x * 2\n"
    "\n"
    "{decorator}\n"
    "async def main(x: int):\n"
    "    return await double(x)\n"
)


def fixed(decorator: str) -> tuple[str, str | None]:
    code = CODE.format(decorator=decorator)
    found = analyze_source(SourceFile("w.py", code, LANG_PYTHON), select=["WAC005"]).findings
    assert [f.row for f in found] == [7]
    fix = found[0].fix
    return apply_fixes(code, found).text, fix.applicability if fix else None


def test_a_trailing_comment_moves_above_the_decorator() -> None:
    text, applicability = fixed("@workflow  # the entry point")
    assert applicability == "safe"
    assert text == CODE.format(decorator="# the entry point\n@workflow")
    # the result is a workflow Windmill detects: nothing left to report
    assert not analyze_source(SourceFile("w.py", text, LANG_PYTHON), select=["WAC005"]).findings


def test_other_text_on_the_line_gets_no_fix() -> None:
    assert fixed("@workflow()")[1] is None
