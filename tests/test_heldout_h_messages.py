"""Red team H: messages of the findings its held-out scripts needed."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile


def findings(code: str, language: str, select: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, language), select=[select])
    return [(f.row, f.message) for f in result.findings]


def test_task_destructured_from_the_sdk_module() -> None:
    code = (
        'import * as wmill from "windmill-client";\n'
        "const { task, step, workflow } = wmill;\n"
        "const load = task(async function load(id: string) { return id; });\n"
        "export const main = workflow(async (id: string) => load(id));\n"
    )
    assert findings(code, LANG_TYPESCRIPT, "WAC002") == [
        (
            2,
            "`task` is taken from the SDK module object (`const { task } = ...`): Windmill's "
            "parser draws no step for the tasks it makes; import `task` by name "
            '(`import { task } from "windmill-client"`)',
        )
    ]
