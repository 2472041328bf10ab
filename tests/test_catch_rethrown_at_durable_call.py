"""WAC202 on a catch whose first statement is a durable call (the roll-back
pattern of public WAC scripts): windmill-client 1.818.0 rethrows the suspension
it kept at that call (`_rethrowSwallowed`), so nothing runs; a warning, not an
error, and the message says so. Anything that runs before that call is still an
error."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile

HEAD = (
    'import { task, workflow, step, sleep } from "windmill-client";\n'
    "const deploy = task(async function deploy(id: string) { return id; });\n"
    "const rollback = task(async function rollback(id: string) { return id; });\n"
    "export const main = workflow(async (id: string) => {\n"
    "  try {\n    await deploy(id);\n  } catch (e) {\n"
)
TAIL = "    throw e;\n  }\n  return id;\n});\n"
KEPT = (
    "This catch also catches the SDK's suspension (`StepSuspend` is an Error) and reaches "
    "a durable call before doing anything else: windmill-client 1.818.0 rethrows the "
    "suspension there, before dispatching it, so the workflow still suspends; the guide asks "
    "to rethrow it first: "
    '`if (e?.name === "StepSuspend") throw e`'
)
BEFORE = (
    "This catch also catches the SDK's suspension (`StepSuspend` is an Error): what it does "
    "before its first durable call runs on every suspension (windmill-client 1.818.0 "
    "rethrows the suspension at that call); rethrow it first: "
    '`if (e?.name === "StepSuspend") throw e`'
)


def wac202(handler: str) -> list[tuple[int, str, str, bool]]:
    source = SourceFile("t.ts", HEAD + handler + TAIL, LANG_TYPESCRIPT)
    result = analyze_source(source, select=["WAC202"])
    return [(f.row, f.severity, f.message, f.fix is not None) for f in result.findings]


def test_a_catch_that_begins_with_a_task_call_is_a_warning() -> None:
    assert wac202("    await rollback(id);\n") == [(7, "warning", KEPT, True)]


def test_the_durable_call_may_be_a_declaration_a_step_or_a_sleep() -> None:
    for first in (
        "    const undone = await rollback(id);\n",
        '    await step("undo", () => id);\n',
        "    await sleep(5);\n",
        "    // undo what deploy did\n    await rollback(id);\n",
    ):
        assert wac202(first) == [(7, "warning", KEPT, True)], first


def test_code_before_the_durable_call_runs_on_every_suspension() -> None:
    for first in (
        "    console.error(e);\n    await rollback(id);\n",
        "    await rollback(String(e));\n",  # String(e) runs before the SDK sees the call
        "    if (id) await rollback(id);\n",
    ):
        assert wac202(first) == [(7, "error", BEFORE, True)], first
