"""False findings public `wmill sync` repositories showed (read in /tmp, not
committed): pinned behaviour. WAC901's version drift is in tests/schema/test_rules.py."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_FLOW, LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

# wmill's WAC v1 style: a plain `main` calling sync `@task`s (each a job over HTTP).
V1_SCRIPT = (
    "from wmill import task\n\n"
    "@task()\n"
    "def heavy_compute(n: int):\n    return n * 2\n\n\n"
    "@task\n"
    "def send_result(res: int, email: str):\n    return 'OK'\n\n"
    "def main(n: int):\n"
    "    values = [heavy_compute(i) for i in range(n)]\n"
    "    return send_result(sum(values), 'ops@example.com')\n"
)


def messages(code: str, select: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("t.py", code, LANG_PYTHON), select=[select])
    return [(f.row, f.message) for f in result.findings]


def test_sync_tasks_of_a_v1_script_are_not_wac004() -> None:
    assert messages(V1_SCRIPT, "WAC004") == []


def test_a_v1_main_is_a_warning_that_says_how_its_tasks_run() -> None:
    # wmill 1.850.0 `task`: inside a job but not in a @workflow, each call is
    # dispatched over HTTP and waited for: it runs, without checkpoints.
    result = analyze_source(SourceFile("t.py", V1_SCRIPT, LANG_PYTHON), select=["WAC005"])
    assert [(f.row, f.severity, f.message) for f in result.findings] == [
        (
            12,
            "warning",
            "`main` is not a workflow, so its task calls run in WAC v1 mode: each is "
            "dispatched as a job of its own while `main` holds its worker waiting, and "
            "nothing is checkpointed or replayed; to checkpoint them, make it "
            "`async def main` under `@workflow` and await async tasks",
        )
    ]


def test_a_v1_typescript_main_says_a_flow_step_runs_tasks_in_place() -> None:
    code = (
        'import { task } from "windmill-client";\n'
        "const double = task(async (n: number) => n * 2);\n"
        "export async function main(n: number) {\n  return await double(n);\n}\n"
    )
    result = analyze_source(SourceFile("t.ts", code, LANG_TYPESCRIPT), select=["WAC005"])
    assert [(f.row, f.severity, f.message) for f in result.findings] == [
        (
            3,
            "warning",
            "`main` is not a workflow, so its task calls run in WAC v1 mode: each is "
            "dispatched as a job of its own while `main` holds its worker waiting (or run "
            "in place when the script is a flow step), and nothing is checkpointed or "
            "replayed; to checkpoint them, wrap it: "
            "`export const main = workflow(async (...) => ...)`",
        )
    ]


@pytest.mark.parametrize(
    "change",
    [
        # an async main awaiting a task: the v1 wrapper returns the job's result
        lambda c: c.replace("def main(n: int):", "async def main(n: int):").replace(
            "return send_result(", "return await send_result("
        ),
        # task_script raises outside a workflow; step runs in place
        lambda c: (
            c.replace("from wmill import task", "from wmill import task, task_script")
            + "\nother = task_script('f/x/y')\n"
        ),
        lambda c: c.replace("from wmill import task", "from wmill import step, task").replace(
            "    values = [", "    step('s', lambda: 1)\n    values = ["
        ),
    ],
    ids=["async-main-awaits", "task-script", "step"],
)
def test_what_does_not_run_as_v1_stays_an_error(change: Callable[[str], str]) -> None:
    code = change(V1_SCRIPT)
    if "task_script" in code:
        code = code.replace("return send_result(", "other()\n    return send_result(")
    result = analyze_source(SourceFile("t.py", code, LANG_PYTHON), select=["WAC005"])
    assert [(f.severity, f.message) for f in result.findings] == [
        (
            "error",
            "`main` uses WAC primitives but is not a workflow, so nothing is "
            "checkpointed or replayed; decorate it with `@workflow`",
        )
    ]


def test_a_sync_task_beside_a_workflow_is_still_wac004() -> None:
    code = V1_SCRIPT.replace("def main(n: int):", "@workflow\nasync def main(n: int):").replace(
        "from wmill import task", "from wmill import task, workflow"
    )
    assert [row for row, _ in messages(code, "WAC004")] == [4, 9]
    assert messages(code, "WAC004")[0][1] == (
        "The task function is not async: Windmill's parser does not detect a sync "
        "`@task`, so it is missing from the workflow's diagram; use `async def`"
    )


WEBHOOK_FLOW = """\
summary: webhook
value:
  modules:
    - id: a
      value:
        type: rawscript
        language: python3
        content: |
          def main(event_type: str, meeting_id: str, kind: str, raw: str, extra: str):
              return event_type
        input_transforms:
          event_type: {type: javascript, expr: 'flow_input.eventType ?? flow_input.event ?? ""'}
          meeting_id: {type: javascript, expr: 'flow_input.meetingId || flow_input.meeting_id'}
          kind: {type: javascript, expr: 'flow_input.kind ? flow_input.kind : "x"'}
          raw: {type: javascript, expr: 'typeof flow_input.raw === "string" ? "r" : "n"'}
          extra: {type: javascript, expr: 'flow_input.extra'}
schema:
  type: object
  properties:
    eventType: {type: string}
    meetingId: {type: string}
"""


def test_flow_input_reads_written_for_a_missing_field_are_not_wac504() -> None:
    source = SourceFile("f/hooks/meeting.flow/flow.yaml", WEBHOOK_FLOW, LANG_FLOW)
    result = analyze_source(source, select=["WAC504"])
    assert [f.message for f in result.findings] == [
        "`flow_input.extra` is not an input of this flow (its schema declares `eventType`, "
        "`meetingId`): nothing asks for it, so it is undefined unless a caller passes it anyway"
    ]


DEFAULTED_FLOW = """\
summary: defaults Windmill fills in
value:
  preprocessor_module:
    id: preprocessor
    value: {type: script, path: f/hooks/parse}
  modules:
    - id: each
      value:
        type: forloopflow
        iterator: {type: javascript, expr: '[1, 2]'}
        modules:
          - id: inner
            value: {type: rawscript, language: bash, content: 'echo hi'}
    - id: again
      value:
        type: whileloopflow
        modules:
          - id: sub
            value: {type: flow}
schema: {type: object, properties: {}}
"""


def test_fields_windmill_defaults_are_not_wac500() -> None:
    source = SourceFile("f/hooks/defaults.flow/flow.yaml", DEFAULTED_FLOW, LANG_FLOW)
    result = analyze_source(source, select=["WAC500"])
    # the flow step's missing `path` (Windmill's reader requires it) and the
    # loops' `skip_failures` (kept: a for loop without it skips failed iterations)
    assert [f.message for f in result.findings] == [
        "`value.modules[0].value` lacks `skip_failures`, which ForloopFlow requires",
        "`value.modules[1].value` lacks `skip_failures`, which WhileloopFlow requires",
        "`value.modules[1].value.modules[0].value` lacks `path`, which PathFlow requires",
    ]


def test_optional_of_a_type_windmill_cannot_read_is_judged_as_that_type() -> None:
    # windmill-oracle `sig`: `dict[str, Any]` is unknown with or without `| None`, and
    # WAC902 leaves a bare `dict[str, Any]` alone; a tuple is reported for itself
    code = (
        "from typing import Any, Optional\n\nimport wmill\n\n\n"
        "def main(\n"
        "    meta: dict[str, Any] | None = None,\n"
        "    extra: Optional[dict[str, Any]] = None,\n"
        "    point: Optional[tuple[int, int]] = None,\n"
        "    mixed: int | str | None = None,\n"
        "):\n    return meta\n"
    )
    assert messages(code, "WAC902") == [
        (9, "Windmill reads `tuple[int, int]` as an untyped input; use `list[...]` for a sequence"),
        (
            10,
            "Windmill reads `int | str | None` as an untyped input (of unions it only "
            "understands `T | None`); accept one type, or `T | None` for an optional one",
        ),
    ]
