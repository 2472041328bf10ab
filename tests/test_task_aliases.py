"""A module-level name bound once to a task of the file (`bill = charge`) calls that
task: its calls are durable calls (WAC106) whose arguments are the task's (WAC402).
Round V found calls through such aliases unchecked."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

UNAWAITED = (
    "The result of `bill(...)` is never awaited: the SDK still dispatches the task, but "
    "its result and its failure are lost; `await` it or gather it"
)
# wmill 1.850.0 raises a failed task's TaskError at the call itself on a later replay
PY_UNAWAITED = (
    "The result of `bill(...)` is never awaited: the SDK still dispatches the task, but "
    "its result is lost (a failure still raises `TaskError` at this call when the body "
    "replays); `await` it or gather it"
)


def findings(code: str, language: str) -> list[tuple[int, str, str]]:
    name = "t.py" if language == LANG_PYTHON else "t.ts"
    result = analyze_source(SourceFile(name, code, language), select=["WAC106", "WAC402"])
    return [(f.row, f.code, f.message) for f in result.findings]


PY = (
    "from wmill import task, workflow\n\n\n@task()\n"
    "async def charge(amount: int, currency: str) -> str:\n"
    '    return f"{amount}{currency}"\n\n\n'
    "{alias}\n\n\n@workflow\nasync def main(amount: int):\n"
    '    bill(amount, "usd")\n    return await bill(amount)\n'
)


def test_python_alias_of_a_task() -> None:
    assert findings(PY.replace("{alias}", "bill = charge"), LANG_PYTHON) == [
        (14, "WAC106", PY_UNAWAITED),
        (
            15,
            "WAC402",
            "`charge` requires `currency`, which this call does not pass: the task's job "
            "fails (TypeError)",
        ),
    ]


def test_an_alias_of_an_alias_and_a_rebound_name() -> None:
    chained = PY.replace("{alias}", "pay = charge\nbill = pay")
    assert [row for row, _, _ in findings(chained, LANG_PYTHON)] == [15, 16]  # a line more
    rebound = PY.replace("{alias}", "bill = charge\nbill = print")  # not known: no task
    assert findings(rebound, LANG_PYTHON) == []


def test_typescript_alias_of_a_task() -> None:
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const charge = task(async (amount: number, currency: string) => `${amount}${currency}`);\n"
        "const bill = charge;\n"
        "export const main = workflow(async (amount: number) => {\n"
        '  bill(amount, "usd");\n  return await bill(amount, "usd", 3);\n});\n'
    )
    assert findings(code, LANG_TYPESCRIPT) == [
        (5, "WAC106", UNAWAITED),
        (
            6,
            "WAC402",
            "`bill` takes 2 positional arguments; the 1 extra one is sent as `arg2`, which "
            "the function never receives",
        ),
    ]
