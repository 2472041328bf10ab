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
