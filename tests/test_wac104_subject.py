"""WAC104 names who makes the change: a change in a helper that only a task body or a
step callback calls is that helper's line, so the message says so instead of calling
the helper "this task body" / "this step callback"."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

TASK_TAIL = (
    ": a task runs as its own job, so the workflow never sees the change; return the value "
    "from the task instead"
)
STEP_TAIL = (
    ", which belongs to the workflow body: once the step is checkpointed it is not called "
    "again and only its return value comes back, so the change is lost on replay; return "
    "the value from the step and assign it in the body"
)

PYTHON = """from wmill import step, task, workflow

COUNT = 0
SEEN: list[str] = []


def bump_counter():
    global COUNT
    COUNT += 1


def remember(item: str) -> str:
    SEEN.append(item)
    return item


@task()
async def stage(order: str) -> str:
    global COUNT
    COUNT = 5
    bump_counter()
    return order


@workflow
async def main(orders: list[str]):
    out = []
    for o in orders:
        out.append(await stage(o))
    picked = await step("pick", lambda: remember(orders[0]))
    flag = await step("flag", lambda: SEEN.append("x"))
    return {"out": out, "picked": picked, "flag": flag}
"""

TYPESCRIPT = """import { step, task, workflow } from "windmill-client";

let count = 0;
const seen: string[] = [];

function bump() {
  count += 1;
}

function remember(item: string): string {
  seen.push(item);
  return item;
}

const stage = task(async (order: string) => {
  bump();
  return order;
});

export const main = workflow(async (orders: string[]) => {
  const out: string[] = [];
  for (const o of orders) out.push(await stage(o));
  const picked = await step("pick", () => remember(orders[0]));
  return { out, picked, count };
});
"""


def wac104(code: str, language: str) -> list[tuple[int, str]]:
    name = "t.py" if language == LANG_PYTHON else "t.ts"
    result = analyze_source(SourceFile(name, code, language), select=["WAC104"])
    return sorted((f.row, f.message) for f in result.findings)


def test_python_helpers_are_named_and_roots_keep_this() -> None:
    assert wac104(PYTHON, LANG_PYTHON) == [
        (
            9,
            "The helper `bump_counter`, which a task body calls, changes the module-level "
            "`COUNT`" + TASK_TAIL,
        ),
        (
            13,
            "The helper `remember`, which a `step(...)` callback calls, changes `SEEN`" + STEP_TAIL,
        ),
        (20, "This task body changes the module-level `COUNT`" + TASK_TAIL),
        (31, "This `step(...)` callback changes `SEEN`" + STEP_TAIL),
    ]


def test_typescript_helpers_are_named() -> None:
    assert wac104(TYPESCRIPT, LANG_TYPESCRIPT) == [
        (
            7,
            "The helper `bump`, which a task body calls, changes the module-level `count`"
            + TASK_TAIL,
        ),
        (
            11,
            "The helper `remember`, which a `step(...)` callback calls, changes `seen`" + STEP_TAIL,
        ),
    ]
