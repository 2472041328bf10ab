"""A value read in the argument of `step` (`step("now", datetime.now())`) is read in the
workflow body on every replay, and, when it is the argument itself, the step is given
a value where it calls a function: wmill 1.850.0 `step` calls `fn()`, windmill-client
1.818.0 `_runInlineStep` awaits `fn()` inside the step. WAC102 says so and advises a
function. And WAC106 offers no `await` for a task call given to another call
(`asyncio.create_task(t(x))`): the callee wants the coroutine."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.fixes import apply_fixes
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

READ = (
    "it is read in the workflow body, on every replay, in the argument of `step` rather "
    "than inside the step's function"
)
FAILS = ", and the step, given a value where it calls a function, fails with `TypeError`"


def findings(code: str, name: str, *codes: str) -> list[tuple[int, str, str]]:
    language = LANG_PYTHON if name.endswith(".py") else LANG_TYPESCRIPT
    result = analyze_source(SourceFile(name, code, language), select=list(codes))
    return [(f.row, f.code, f.message) for f in result.findings]


def test_python_reads_in_step_arguments() -> None:
    code = (
        "import random\nimport uuid\nfrom datetime import datetime\n\n"
        "from wmill import step, workflow\n\n\n@workflow\nasync def main(items: list[str]):\n"
        "    started = await step('now', datetime.now())\n"
        "    token = await step('token', str(uuid.uuid4()))\n"
        "    pick = await step('pick', random.choice(items))\n"
        "    later = await step('later', lambda: datetime.now())\n"
        "    return [started, token, pick, later]\n"
    )
    assert findings(code, "wf.py", "WAC102") == [
        (
            10,
            "WAC102",
            f"`datetime.now` reads the clock: {READ}{FAILS}; pass a function "
            "(`lambda: datetime.now()`)",
        ),
        (11, "WAC102", f"`uuid.uuid4` is random: {READ}; make the step's function read it"),
        # a pick of the caller's own values may be a function: no claim that it fails
        (
            12,
            "WAC102",
            f"`random.choice` is random: {READ}; pass a function (`lambda: random.choice(items)`)",
        ),
    ]


def test_typescript_reads_in_step_arguments() -> None:
    code = (
        'import { step, workflow } from "windmill-client";\n'
        "export const main = workflow(async () => {\n"
        '  const started = await step("now", Date.now());\n'
        '  const later = await step("later", () => Date.now());\n'
        "  return [started, later];\n"
        "});\n"
    )
    assert findings(code, "wf.ts", "WAC102") == [
        (
            3,
            "WAC102",
            f"`Date.now` reads the clock: {READ}{FAILS}; pass a function (`() => Date.now()`)",
        )
    ]


def test_no_await_offered_for_a_task_call_given_to_a_call() -> None:
    code = (
        "import asyncio\n\nfrom wmill import task, workflow\n\n\n@task()\n"
        "async def process(item: str) -> str:\n    return item\n\n\n"
        "@workflow\nasync def main(items: list[str]):\n"
        "    for item in items:\n        asyncio.create_task(process(item))\n"
        "    process('last')\n"
        "    return items\n"
    )
    source = SourceFile("wf.py", code, LANG_PYTHON)
    result = analyze_source(source, select=["WAC106"])
    assert [f.row for f in result.findings] == [14, 15]
    fixed = apply_fixes(code, result.findings, unsafe=True).text
    # only the bare statement gets its `await`
    assert fixed.count("await ") == 1
    assert "    await process('last')\n" in fixed
    assert "asyncio.create_task(process(item))" in fixed
