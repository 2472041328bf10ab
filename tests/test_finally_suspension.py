"""WAC203 on durable calls in a `finally`: wmill (Python) raises a new suspension
there in place of the pending one; windmill-client 1.818.0 (TypeScript) rethrows the
suspension it parked first thing in every durable call, so there the call is fine."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def wac203(code: str, language: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, language), select=["WAC203"])
    return [(f.row, f.message) for f in result.findings]


PY = (
    "from wmill import step, task, workflow\n\n@task()\nasync def work(x: str) -> str:\n"
    "    return x\n\n@workflow\nasync def main(x: str):\n    try:\n"
    "        return await work(x)\n    finally:\n"
    "        await step('release', lambda: x)\n"
)
TS_HEAD = (
    'import { sleep, step, task, workflow } from "windmill-client";\n'
    "const work = task(async (x: string) => x);\n"
    "const release = task(async (x: string) => x);\n"
    "export const main = workflow(async (x: string) => {\n  try {\n"
    "    return await work(x);\n  } finally {\n"
)


def test_a_python_step_in_a_finally_is_reported() -> None:
    assert wac203(PY, LANG_PYTHON) == [
        (
            12,
            "`step(...)` in a `finally` runs each time the workflow suspends inside the "
            "`try`, before the work there is done; call it after the `try` (and in an "
            "`except` that re-raises)",
        )
    ]


def test_typescript_durable_calls_in_a_finally_pass_the_parked_suspension_on() -> None:
    for call in ("await release(x);", "await sleep(5);", 'await step("r", () => x);'):
        assert wac203(TS_HEAD + f"    {call}\n  }}\n}});\n", LANG_TYPESCRIPT) == []


def test_a_typescript_return_in_a_finally_is_still_reported() -> None:
    code = TS_HEAD + "    return null;\n  }\n});\n"
    assert wac203(code, LANG_TYPESCRIPT) == [
        (
            8,
            "`return null;` leaves a `finally` that also runs while the workflow suspends: "
            "it discards the suspension and the round ends as if the `try` had finished; "
            "move it out of the `finally`",
        )
    ]
