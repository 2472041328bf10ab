"""WAC202 reads tests that every Error passes inside a suspension guard: the tag
`Object.prototype.toString.call(e) === "[object Error]"` and `isError` tests
(`Error.isError(e)`, `util.types.isNativeError(e)`, lodash's `_.isError(e)`) are
true of the SDK's `StepSuspend` (windmill-client 1.818.0: `class extends Error`, no
`Symbol.toStringTag`), so `tag && e.name === "StepSuspend"` rethrows it, and
`!Error.isError(e)` rethrows only what is no Error."""

from __future__ import annotations

import pytest

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile

HANDLER = (
    'import { task, workflow } from "windmill-client";\n'
    "const t = task(async function charge(x: number) { return x; });\n"
    "export const main = workflow(async (x: number) => {\n"
    "  try {\n    return await t(x);\n  } catch (e) {\n"
    "    if ({guard}) throw e;\n"
    '    console.log("failed", e);\n    return null;\n  }\n});\n'
)
SWALLOWED = (
    "This catch also catches the SDK's suspension (`StepSuspend` is an Error): its handler "
    'runs on every suspension; rethrow it first: `if (e?.name === "StepSuspend") throw e`'
)


def findings(guard: str) -> list[tuple[int, str]]:
    code = HANDLER.replace("{guard}", guard)
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=["WAC202"])
    return [(f.row, f.message) for f in result.findings]


@pytest.mark.parametrize(
    "guard",
    [
        'Object.prototype.toString.call(e) === "[object Error]" && (e as Error).name === '
        '"StepSuspend"',
        '"[object Error]" == Object.prototype.toString.call(e) && e?.name === "StepSuspend"',
        'Error.isError(e) && e.name === "StepSuspend"',
        'util.types.isNativeError(e) && e.name === "StepSuspend"',
        '_.isError(e) && (e as any).name === "StepSuspend"',
        # every Error rethrown: the handler only sees what is no Error
        '{}.toString.call(e) === "[object Error]"',
        "Error.isError(e)",
    ],
)
def test_guards_that_rethrow_the_suspension(guard: str) -> None:
    assert findings(guard) == []


@pytest.mark.parametrize(
    "guard",
    [
        "!Error.isError(e)",
        'Object.prototype.toString.call(e) !== "[object Error]"',
        # the tag of something else than the caught error
        'Object.prototype.toString.call(x) === "[object Error]" && e.name === "StepSuspend"',
    ],
)
def test_guards_that_swallow_it(guard: str) -> None:
    assert findings(guard) == [(6, SWALLOWED)]
