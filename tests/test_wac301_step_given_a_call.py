"""WAC301: `step(name, call(...))`, the step given a call's value where it wants a
function. wmill 1.850.0 `step` calls `fn()`; windmill-client 1.818.0
`_runInlineStep` runs `await fn()` inside the step and records the failure. A task
call gives the step its awaitable / promise (the task dispatched, its result never
read); an `async` function of the file runs in the workflow body and gives a promise."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def wac301(code: str, name: str) -> list[tuple[int, int, str]]:
    language = LANG_PYTHON if name.endswith(".py") else LANG_TYPESCRIPT
    result = analyze_source(SourceFile(name, code, language), select=["WAC301"])
    return [(f.row, f.column, f.message) for f in result.findings]


TS = """import { step, task, workflow } from "windmill-client";
import { loadRemote } from "./remote.ts";

const fetchData = task(async function fetchData(x: string) {
  return { x };
});

async function loadConfig(x: string) {
  return { x };
}

function makeLoader(x: string) {
  return () => ({ x });
}

export const main = workflow(async (x: string) => {
  const a = await step("fetch", fetchData(x));
  const b = await step("cfg", loadConfig(x));
  const c = await step("loader", makeLoader(x));
  const d = await step("remote", loadRemote(x));
  return { a, b, c, d };
});
"""


def test_typescript_step_given_a_call() -> None:
    assert wac301(TS, "wf.ts") == [
        (
            17,
            33,
            "`step` calls the function it is given, and this gives it the promise of the task "
            "call `fetchData(x)`, not a function: the step fails with `TypeError` (`fn is not a "
            "function`) and the task's result is lost; a task is checkpointed on its own: "
            "`await fetchData(x)`, without `step`",
        ),
        (
            18,
            31,
            "`step` calls the function it is given, and this gives it what `loadConfig(x)` "
            "returns, a promise: the call runs in the workflow body on every replay, and the "
            "step fails with `TypeError` (`fn is not a function`); pass `() => loadConfig(x)`",
        ),
    ]


def test_python_step_given_a_task_call() -> None:
    code = (
        "from wmill import step, task, workflow\n\n\n@task()\n"
        "async def fetch_data(x: str) -> dict:\n    return {'x': x}\n\n\n"
        "@workflow\nasync def main(x: str):\n    return await step('fetch', fetch_data(x))\n"
    )
    assert wac301(code, "wf.py") == [
        (
            11,
            32,
            "`step` calls the function it is given, and this gives it the awaitable of the task "
            "call `fetch_data(x)`, not a function: the step fails with `TypeError` (not "
            "callable) and the task's result is lost; a task is checkpointed on its own: "
            "`await fetch_data(x)`, without `step`",
        )
    ]
