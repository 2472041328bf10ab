"""WAC106 on functions that are not async and hand back durable calls, in TypeScript
too: a `function*` yielding task calls, an arrow or a `function` returning one.
windmill-client 1.818.0 `_nextStep` queues the step when the task is called and hands
back a bare `{ then }` thenable; the runner dispatches what is queued, so results
and failures of thenables nobody awaits are lost, and a generator nobody iterates
never calls its tasks at all (the corpus gap `ts_lifecycle/generator_tasks_...`)."""

from __future__ import annotations

from tests.helpers import lint
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT

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


MAPPED_TS = (
    'import { task, workflow } from "windmill-client";\n\n'
    "const ship = task(async (id: string) => ({ id }));\n\n"
    "function shipAll(ids: string[]) {\n  return ids.map((id) => ship(id));\n}\n"
    "const shipEach = (ids: string[]) => ids.map(async (id) => {\n  await ship(id);\n});\n"
    "const label = (ids: string[]) => ids.map((id) => `order ${id}`);\n\n"
    "export const main = workflow(async (ids: string[]) => {\n"
)

MAPPED_PY = (
    "import asyncio\n\nfrom wmill import task, workflow\n\n\n"
    "@task()\nasync def ship(order_id: str) -> dict:\n    return {'id': order_id}\n\n\n"
    "def ship_all(ids: list[str]):\n    return list(map(ship, ids))\n\n\n"
    "def ship_lazy(ids: list[str]):\n    return map(ship, ids)\n\n\n"
    "@workflow\nasync def main(ids: list[str]):\n"
)


def many(name: str, awaitable: str, gather: str, plain: str) -> str:
    # wmill 1.850.0 raises a failed task's TaskError at the call on a later replay
    lost = (
        "their results are lost (a failure still raises `TaskError` at the call when the "
        "body replays)"
        if awaitable == "coroutine"
        else "their results and failures are lost"
    )
    return (
        f"`{name}(...)` hands back the {awaitable}s of durable calls ({plain} that returns "
        "or yields them), and they are never awaited: the SDK still dispatches the calls, "
        f"but {lost}; gather them: `await {gather}`"
    )


def test_a_mapped_list_of_task_calls_handed_back_and_dropped() -> None:
    code = MAPPED_TS + "  shipAll(ids);\n  shipEach(ids);\n  label(ids);\n  return 1;\n});\n"
    plain = "a function without `async`"
    assert [(f.code, f.row, f.message) for f in lint(code, LANG_TYPESCRIPT)] == [
        ("WAC106", 14, many("shipAll", "promise", "Promise.all([...shipAll(...)])", plain)),
        ("WAC106", 15, many("shipEach", "promise", "Promise.all([...shipEach(...)])", plain)),
    ]


def test_a_mapped_list_gathered_is_fine() -> None:
    code = MAPPED_TS + "  return await Promise.all([...shipAll(ids), ...shipEach(ids)]);\n});\n"
    assert lint(code, LANG_TYPESCRIPT) == []


def test_python_map_of_a_task_materialised_and_dropped() -> None:
    # a bare `map(ship, ids)` calls nothing until iterated: no claim about dispatch
    code = MAPPED_PY + "    ship_all(ids)\n    ship_lazy(ids)\n    return 1\n"
    plain = "a plain `def`"
    assert [(f.code, f.row, f.message) for f in lint(code, LANG_PYTHON)] == [
        ("WAC106", 21, many("ship_all", "coroutine", "asyncio.gather(*ship_all(...))", plain)),
    ]


def test_python_map_gathered_is_fine() -> None:
    code = MAPPED_PY + "    return await asyncio.gather(*ship_all(ids))\n"
    assert lint(code, LANG_PYTHON) == []


def test_a_gathered_handback_is_one_awaitable() -> None:
    code = (
        'import { task, workflow } from "windmill-client";\n\n'
        "const ship = task(async (id: string) => ({ id }));\n\n"
        "function shipAll(ids: string[]) {\n"
        "  return Promise.all(ids.map((id) => ship(id)));\n}\n\n"
        "export const main = workflow(async (ids: string[]) => {\n"
        "  shipAll(ids);\n  return 1;\n});\n"
    )
    assert [(f.code, f.row, f.message) for f in lint(code, LANG_TYPESCRIPT)] == [
        (
            "WAC106",
            10,
            "`shipAll(...)` hands back the promises of durable calls (a function without "
            "`async` that returns or yields them), and they are never awaited: the SDK still "
            "dispatches the calls, but their results and failures are lost; `await` what it "
            "returns",
        )
    ]
