"""Red team W (TypeScript, wt): what `tests/corpus/adversarial/w_ts_*` found, pinned on
small scripts, one general cause each."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

TS_HEAD = 'import { task, step, sleep, waitForApproval, workflow } from "windmill-client";\n'


def found(code: str, *codes: str, language: str = LANG_TYPESCRIPT) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, language), select=list(codes) or None)
    assert not result.errors, result.errors
    return [(f.row, f.code) for f in result.findings]


def test_a_helper_with_a_broad_catch_is_reported_at_each_call_of_the_body() -> None:
    """Each call of the body runs the helper's catch again (the second used to be
    silent: the helper is walked once); a call that hands it no durable call is not."""
    code = TS_HEAD + (
        "const charge = task(async (x: string) => x);\n"
        "async function chargeSafely(x: string) {\n"
        "  try { return await charge(x); } catch { return null; }\n}\n"
        "async function safely<T>(run: () => T) {\n"
        "  try { return await run(); } catch { return null; }\n}\n"
        "export const main = workflow(async (x: string) => {\n"
        "  const a = await chargeSafely(x);\n"
        "  const b = await safely(() => JSON.parse(x));\n"
        "  const c = await chargeSafely(x + '1');\n"
        "  const d = await safely(() => charge(x));\n"
        "  const e = await safely(() => charge(x + '2'));\n"
        "  const f = await safely(() => JSON.parse(x));\n"
        "  return [a, b, c, d, e, f];\n});\n"
    )
    assert found(code, "WAC202") == [(10, "WAC202"), (12, "WAC202"), (13, "WAC202"), (14, "WAC202")]


def test_a_python_helper_with_a_bare_except_is_reported_at_each_call() -> None:
    code = (
        "from wmill import task, workflow\n\n"
        "@task()\nasync def charge(x: str):\n    return x\n\n"
        "async def charge_safely(x):\n"
        "    try:\n        return await charge(x)\n    except:\n        return None\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    a = await charge_safely(x)\n    b = await charge_safely(x + '1')\n    return [a, b]\n"
    )
    assert found(code, "WAC201", language=LANG_PYTHON) == [(15, "WAC201"), (16, "WAC201")]
