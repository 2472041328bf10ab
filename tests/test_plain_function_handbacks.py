"""WAC106 on functions that are not async and hand back durable calls, in TypeScript
too: a `function*` yielding task calls, an arrow or a `function` returning one.
windmill-client 1.818.0 `_nextStep` queues the step when the task is called and hands
back a bare `{ then }` thenable; the runner dispatches what is queued, so results
and failures of thenables nobody awaits are lost, and a generator nobody iterates
never calls its tasks at all (the corpus gap `ts_lifecycle/generator_tasks_...`)."""

from __future__ import annotations

from tests.helpers import lint
from wac_lint.source import LANG_TYPESCRIPT

HEAD = (
    'import { task, workflow } from "windmill-client";\n\n'
    "const ship = task(async (orderId: string) => ({ orderId, shipped: true }));\n\n"
    "function* dispatch(orderIds: string[]) {\n"
    "  for (const id of orderIds) yield ship(id);\n"
    "}\n"
    "const mk = (id: string) => ship(id);\n"
    "function one(id: string) {\n  return ship(id);\n}\n\n"
    "export const main = workflow(async (orderIds: string[]) => {\n"
)


def findings(body: str) -> list[tuple[str, int, str]]:
    code = HEAD + body + "});\n"
    return [(f.code, f.row, f.message) for f in lint(code, LANG_TYPESCRIPT)]


def test_a_generator_never_iterated_never_calls_its_tasks() -> None:
    assert findings("  dispatch(orderIds);\n  return 1;\n") == [
        (
            "WAC106",
            14,
            "`dispatch(...)` is a generator of durable calls that is never iterated: its "
            "body never runs, so the tasks are never called; gather them: "
            "`await Promise.all([...dispatch(...)])`",
        )
    ]


def test_what_a_plain_function_hands_back_must_be_awaited() -> None:
    message = (
        "`{}(...)` hands back the promises of durable calls (a function without `async` "
        "that returns or yields them), and they are never awaited: the SDK still "
        "dispatches the calls, but their results and failures are lost; `await` what it "
        "returns"
    )
    assert findings('  const p = mk("a");\n  one("b");\n  return 1;\n') == [
        ("WAC106", 14, message.format("mk")),
        ("WAC106", 15, message.format("one")),
    ]


def test_the_generator_spread_and_returned_is_reported() -> None:
    assert findings("  return [...dispatch(orderIds)];\n") == [
        (
            "WAC106",
            14,
            "`dispatch(...)` is returned inside a list or object without being awaited: the "
            "workflow would return promises, not their results; return "
            "`await Promise.all(...)`",
        )
    ]


def test_awaited_handbacks_are_fine() -> None:
    body = (
        '  const a = await mk("c");\n  const b = await one("d");\n'
        "  const all = await Promise.all([...dispatch(orderIds)]);\n"
        "  for (const q of dispatch(orderIds)) {\n    await q;\n  }\n"
        "  return { a, b, all };\n"
    )
    assert findings(body) == []
