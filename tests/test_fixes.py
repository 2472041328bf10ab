"""Applying fixes: safe vs unsafe, conflicts, and fixes that must not be offered."""

from __future__ import annotations

from wac_lint.fixes import apply_fixes
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT

from .helpers import lint

ALIASED = """\
from wmill import task as t, workflow

@t()
async def process(x: str):
    return x

@workflow
async def main(x: str):
    return await process(x)
"""


def fix(code: str, language: str = LANG_PYTHON, unsafe: bool = False) -> str:
    return apply_fixes(code, lint(code, language), unsafe=unsafe).text


def test_alias_fix_renames_uses() -> None:
    assert fix(ALIASED) == ALIASED.replace("task as t", "task").replace("@t()", "@task()")


def test_alias_fix_not_offered_when_the_alias_is_rebound() -> None:
    code = ALIASED + "\ndef helper(t):\n    return t\n"
    (finding,) = [f for f in lint(code) if f.code == "WAC001"]
    assert finding.fix is None


def test_alias_fix_not_offered_when_the_exact_name_is_taken() -> None:
    code = ALIASED + "\ntask = 3\n"
    (finding,) = [f for f in lint(code) if f.code == "WAC001"]
    assert finding.fix is None


def test_namespace_fix_adds_one_import_for_all_uses() -> None:
    code = (
        'import * as wmill from "windmill-client";\n\n'
        'const extract = wmill.taskScript("f/x/extract");\n'
        "export const main = wmill.workflow(async (x: string) => await extract({ x }));\n"
    )
    assert fix(code, LANG_TYPESCRIPT) == (
        'import * as wmill from "windmill-client";\n'
        'import { taskScript, workflow } from "windmill-client";\n\n'
        'const extract = taskScript("f/x/extract");\n'
        "export const main = workflow(async (x: string) => await extract({ x }));\n"
    )


def test_namespace_fix_reuses_an_existing_exact_import() -> None:
    code = (
        "import wmill\nfrom wmill import workflow\n\n@wmill.workflow\nasync def main():\n"
        "    return 1\n"
    )
    assert fix(code) == code.replace("@wmill.workflow", "@workflow")


def test_unsafe_fixes_need_opting_in() -> None:
    code = "from wmill import sleep, workflow\n\n@workflow\nasync def main():\n    sleep(1)\n"
    assert fix(code) == code
    assert fix(code, unsafe=True) == code.replace("    sleep(1)", "    await sleep(1)")


def test_bare_except_suggestion() -> None:
    code = (
        "from wmill import sleep, workflow\n\n@workflow\nasync def main():\n    try:\n"
        "        await sleep(1)\n    except:\n        pass\n"
    )
    assert "    except Exception:\n" in fix(code, unsafe=True)


def test_catch_suggestion_inserts_the_guard() -> None:
    code = (
        'import { sleep, workflow } from "windmill-client";\n'
        "export const main = workflow(async () => {\n"
        "  try { await sleep(1); } catch (err) { return 0; }\n});\n"
    )
    fixed = fix(code, LANG_TYPESCRIPT, unsafe=True)
    assert 'catch (err) { if ((err as any)?.name === "StepSuspend") throw err; return 0; }' in fixed
    assert lint(fixed, LANG_TYPESCRIPT) == []
