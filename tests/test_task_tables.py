"""Tasks picked from a table (a dict / object literal bound once) by a constant key are
task calls; what the table cannot say stays unknown: a key a later spread may replace,
and attribute access on a Python dict (an `AttributeError`, not a task call)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def codes(code: str, language: str) -> list[tuple[int, str]]:
    name = "t.py" if language == LANG_PYTHON else "t.ts"
    result = analyze_source(SourceFile(name, code, language), select=["WAC106"])
    return [(f.row, f.code) for f in result.findings]


PYTHON = """from wmill import task, workflow


@task()
async def refund(order: str) -> str:
    return order


ACTIONS = {"refund": refund}


@workflow
async def main(order: str):
    CALL
    return order
"""

TYPESCRIPT = """import { task, workflow } from "windmill-client";

const refund = task(async (order: string) => order);
const OTHER = { audit: (o: string) => o };
const ACTIONS = TABLE;

export const main = workflow(async (order: string) => {
  ACTIONS.refund(order);
  return order;
});
"""


def test_a_python_dict_entry_by_its_key_is_a_task_call() -> None:
    assert codes(PYTHON.replace("CALL", 'ACTIONS["refund"](order)'), LANG_PYTHON) == [
        (14, "WAC106")
    ]


def test_a_python_dict_has_no_attributes() -> None:
    assert codes(PYTHON.replace("CALL", "ACTIONS.refund(order)"), LANG_PYTHON) == []


def test_an_entry_a_later_spread_may_replace_is_not_known() -> None:
    before = TYPESCRIPT.replace("TABLE", "{ refund, ...OTHER }")
    after = TYPESCRIPT.replace("TABLE", "{ ...OTHER, refund }")
    assert codes(before, LANG_TYPESCRIPT) == []
    assert codes(after, LANG_TYPESCRIPT) == [(8, "WAC106")]


def test_table_entries_that_only_forward_to_a_task_are_the_task() -> None:
    # `lambda v: fetch(v)` / `(id) => close(id)` pass their parameters on, in order, and
    # hand back the task's coroutine / thenable: calling the entry calls the task.
    # An entry adding or reordering arguments is not followed (no one call shape).
    python = (
        "from wmill import task, workflow\n\n\n"
        "@task()\nasync def fetch(x: int) -> int:\n    return x\n\n\n"
        "@task()\nasync def other(x: int, y: int) -> int:\n    return x\n\n\n"
        'HANDLERS = {"a": lambda v: fetch(v), "b": lambda v, w: other(w, v)}\n\n\n'
        "@workflow\nasync def main(n: int):\n"
        '    HANDLERS["a"](n)\n'  # 19
        '    HANDLERS["b"](n, n)\n'
        '    return await HANDLERS["a"](n)\n'
    )
    assert codes(python, LANG_PYTHON) == [(19, "WAC106")]
    typescript = (
        'import { task, workflow } from "windmill-client";\n'
        "const close = task(async (id: string) => ({ id }));\n"
        "const open = task(async (id: string) => ({ id }));\n"
        "const HANDLERS = {\n"
        "  close: (id: string) => close(id),\n"
        "  open: async (id: string) => { return await open(id); },\n"
        "  both: (id: string) => close(id + '!'),\n"
        "};\n"
        "export const main = workflow(async (verb: string, id: string) => {\n"
        "  HANDLERS[verb](id);\n"  # 10
        "  HANDLERS.open(id);\n"
        "  HANDLERS.both(id);\n"
        "  return await HANDLERS.close(id);\n"
        "});\n"
    )
    # `both` changes its argument, so `HANDLERS[verb]` is no one task: it is reported as
    # the helper functions it may run, once for the call (not once per entry)
    assert codes(typescript, LANG_TYPESCRIPT) == [(10, "WAC106"), (11, "WAC106"), (12, "WAC106")]
    result = analyze_source(SourceFile("t.ts", typescript, LANG_TYPESCRIPT), select=["WAC106"])
    assert result.findings[1].message == (
        "The result of `HANDLERS.open(...)` is never awaited: the SDK still dispatches the "
        "task, but its result and its failure are lost; `await` it or gather it"
    )
