"""Code that is only defined, never run: a function nested in step or task code that
nothing calls is in no replay region, so a durable call written there is not one made
inside the step or task (WAC304); and a promise a TypeScript workflow holds unawaited
is not the checkpointed value (WAC107)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wac_lint.engine import analyze_source, read_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile
from wac_lint.workspace.root import forget_projects


@pytest.fixture(autouse=True)
def _fresh_roots() -> None:
    forget_projects()


def findings(code: str, *codes: str, lang: str = LANG_PYTHON) -> list[tuple[int, str, str]]:
    name = "<t>.py" if lang == LANG_PYTHON else "<t>.ts"
    result = analyze_source(SourceFile(name, code, lang), select=list(codes))
    assert not result.errors, [e.error for e in result.errors]
    return [(f.row, f.code, f.message) for f in result.findings]


PY_HELPERS = """\
from wmill import task, step, workflow


def make_runner(name):
    async def run():
        return await step(name, lambda: 1)
    return name.upper()


def make_caller(name):
    async def run():
        return await step(name, lambda: 1)
    return run()


@task()
async def fetch(x: int) -> int:
    async def unused():
        return await step("never", lambda: 2)
    async def used():
        return await step("inner", lambda: 2)
    return await used()


@workflow
async def main(n: int):
    label = await step("label", lambda: make_runner("a"))
    other = await step("other", lambda: make_caller("b"))
    return await fetch(n)
"""


def test_a_nested_function_nothing_calls_is_not_step_or_task_code() -> None:
    # `run` of `make_runner` and `unused` of the task are defined and dropped: their
    # `step` never runs; `make_caller` calls its `run`, and the task awaits `used`
    assert [(row, code) for row, code, _ in findings(PY_HELPERS, "WAC304")] == [
        (12, "WAC304"),
        (21, "WAC304"),
    ]


def test_a_typescript_nested_declaration_nothing_calls_is_not_step_code() -> None:
    code = (
        'import { task, step, workflow } from "windmill-client";\n'
        "function makeRunner(name: string) {\n"
        "  const run = async () => step(name, async () => 1);\n"
        "  async function again() { return await step(name, async () => 2); }\n"
        "  return name.toUpperCase();\n"
        "}\n"
        "function makeCaller(name: string) {\n"
        "  const run = async () => step(name, async () => 1);\n"
        "  return run();\n"
        "}\n"
        "export const main = workflow(async (n: number) => {\n"
        '  const a = await step("a", async () => makeRunner("a"));\n'
        '  const b = await step("b", async () => makeCaller("b"));\n'
        "  return [a, b];\n"
        "});\n"
    )
    assert [(row, code) for row, code, _ in findings(code, "WAC304", lang=LANG_TYPESCRIPT)] == [
        (8, "WAC304")
    ]


def test_an_imported_helper_that_only_defines_a_durable_function(tmp_path: Path) -> None:
    (tmp_path / "wmill.yaml").write_text("")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "helpers.py").write_text(PY_HELPERS.split("@task()")[0])
    flows = tmp_path / "f" / "wf"
    flows.mkdir(parents=True)
    script = flows / "daily.py"
    script.write_text(
        "from wmill import step, workflow\n"
        "from f.lib.helpers import make_runner, make_caller\n\n\n"
        "@workflow\n"
        "async def main(n: int):\n"
        '    label = await step("label", lambda: make_runner("a"))\n'
        '    other = await step("other", lambda: make_caller("b"))\n'
        "    return label\n"
    )
    result = analyze_source(read_source(script), select=["WAC304"])
    assert [(f.row, f.message) for f in result.findings] == [
        (
            8,
            "`make_caller(...)` runs `step` (f/lib/helpers.py, line 12) inside a `step(...)` "
            "callback, where it is not a durable operation of the workflow: the callback runs "
            "again after it suspends, and once the step is checkpointed its key is no longer "
            "allocated, so later keys shift; call it from the workflow body",
        )
    ]


def test_promise_methods_on_an_unawaited_task_call_are_not_reads_of_its_value() -> None:
    # `p` holds the promise `fetchIt(n)` returns: `then` and `finally` are the promise's
    # own; the value awaited into `v` is the checkpointed JSON, which has no `getTime`
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const fetchIt = task(async (x: number) => ({ at: x }));\n"
        "export const main = workflow(async (n: number) => {\n"
        "  const p = fetchIt(n);\n"
        "  await p.then((d) => d).finally(() => undefined);\n"
        "  const v = await fetchIt(n + 1);\n"
        "  return v.getTime();\n"
        "});\n"
    )
    assert findings(code, "WAC107", lang=LANG_TYPESCRIPT) == [
        (
            7,
            "WAC107",
            "`v.getTime` calls `getTime` on the result of the task `fetchIt`, which is "
            "checkpointed as JSON: it comes back as a plain object, array, string, number or "
            "boolean, none of which has `getTime`, so the call is a `TypeError`; call it "
            "inside the task, or return plain data",
        )
    ]
