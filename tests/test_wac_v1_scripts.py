"""WAC304 in a script with a `main` and no workflow (the SDKs' WAC v1 mode, as in
Windmill's own landing-page example and public scripts decorating `main` with
`@task()`). There every task call dispatches the task as a job of its own over
HTTP, in a task body as in `main` (wmill 1.850.0 `task`: `WM_JOB_ID` set, no
workflow context, `_in_task_body` never set; windmill-client 1.818.0 `task`: its
`WM_JOB_ID` branch), so a task calling a task is not reported; `step` and `sleep`
run in place (a warning), approvals and script / flow wrappers raise (an error)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

IN_PLACE = "runs its function in place and checkpoints nothing"
ADVICE = "(this script has no workflow); make `main` a workflow and call it from its body"


def wac304(code: str, name: str) -> list[tuple[int, str, str]]:
    language = LANG_PYTHON if name.endswith(".py") else LANG_TYPESCRIPT
    result = analyze_source(SourceFile(name, code, language), select=["WAC304"])
    return [(f.row, f.severity, f.message) for f in result.findings]


PY_V1 = """from wmill import task, task_script, step, sleep, wait_for_approval

report = task_script("f/ops/report")


@task()
def fetch_rows(day: str) -> list:
    return [day]


@task()
async def summarize(day: str) -> dict:
    rows = fetch_rows(day)
    more = await step("more", lambda: fetch_rows(day))
    await sleep(5)
    stamp = await step("stamp", lambda: 1)
    sent = report(day=day)
    ok = await wait_for_approval(timeout=60)
    return {"n": len(rows), "stamp": stamp, "sent": sent, "ok": ok, "more": more}


def main(day: str):
    return summarize(day)
"""


def test_python_script_without_workflow() -> None:
    assert wac304(PY_V1, "v1.py") == [
        (
            14,
            "warning",
            f"`step` inside a task body {IN_PLACE} {ADVICE}",
        ),
        (
            15,
            "warning",
            "`sleep` inside a task body falls back to `asyncio.sleep`, holding the worker "
            f"for the whole wait {ADVICE}",
        ),
        (
            16,
            "warning",
            f"`step` inside a task body {IN_PLACE} {ADVICE}",
        ),
        (
            17,
            "error",
            "`report(...)` inside a task body raises `RuntimeError` (only a `@workflow` can "
            f"call it) {ADVICE}",
        ),
        (
            18,
            "error",
            "`wait_for_approval` inside a task body raises `RuntimeError` (only a `@workflow` "
            f"can wait for one) {ADVICE}",
        ),
    ]


def test_main_decorated_as_a_task() -> None:
    # `@task() def main` calling another task: both dispatched as jobs of their own
    code = (
        "from wmill import task\n\n@task()\ndef extract(url: str):\n    return url\n\n"
        "@task()\ndef main(url: str):\n    return extract(url)\n"
    )
    assert wac304(code, "rooms.py") == []


TS_V1 = """import { task, step, sleep, taskFlow } from "windmill-client";

const publish = taskFlow("f/ops/publish");

const fetchRows = task(async function fetchRows(day: string): Promise<string[]> {
  return [day];
});

const summarize = task(async function summarize(day: string) {
  const rows = await fetchRows(day);
  await sleep(5);
  const stamp = await step("stamp", () => Date.now());
  await publish({ day });
  return { n: rows.length, stamp };
});

export async function main(day: string) {
  return await summarize(day);
}
"""


def test_typescript_script_without_workflow() -> None:
    assert wac304(TS_V1, "v1.ts") == [
        (
            11,
            "warning",
            "`sleep` inside a task body waits on `setTimeout`, holding the worker for the "
            f"whole wait {ADVICE}",
        ),
        (
            12,
            "warning",
            f"`step` inside a task body {IN_PLACE} {ADVICE}",
        ),
        (
            13,
            "error",
            f"`publish(...)` inside a task body throws (only a `workflow()` can call it) {ADVICE}",
        ),
    ]


def test_workflow_scripts_and_libraries_keep_the_replay_reading() -> None:
    # With a workflow, a task body runs under the workflow's replay: the inner task runs
    # in place (Python) or never resolves (TypeScript).
    v2 = PY_V1.replace("def main(day: str):\n    return summarize(day)", "").replace(
        "from wmill import task,", "from wmill import workflow, task,"
    ) + ("@workflow\nasync def main(day: str):\n    return await summarize(day)\n")
    found = wac304(v2, "v2.py")
    assert (
        13,
        "warning",
        "`fetch_rows(...)` inside a task body runs in place, in the same job and without its "
        "own options; call it from the workflow body",
    ) in found
    # A module without `main` is a library: a workflow of another script runs its tasks.
    library = PY_V1.replace("def main(day: str):\n    return summarize(day)\n", "")
    rows = [row for row, _, _ in wac304(library, "lib.py")]
    assert 13 in rows and 14 in rows
    ts_v2 = TS_V1.replace(
        "export async function main(day: string) {\n  return await summarize(day);\n}",
        "export const main = workflow(async (day: string) => await summarize(day));",
    ).replace("import { task,", "import { workflow, task,")
    messages = [message for _, _, message in wac304(ts_v2, "v2.ts")]
    assert any(m.startswith("`fetchRows(...)` inside a task body never resolves") for m in messages)


V1_DOCS_TS = """import { task } from "windmill-client";

export async function heavyCompute(n: number): Promise<number> {
  return n * 2;
}

export async function main(n: number) {
  const l: number[] = [];
  for (let i = 0; i < n; i++) {
    l.push(await task(heavyCompute)(i));
  }
  return l;
}
"""


def wac005(code: str, name: str) -> list[tuple[int, str, str]]:
    language = LANG_PYTHON if name.endswith(".py") else LANG_TYPESCRIPT
    result = analyze_source(SourceFile(name, code, language), select=["WAC005"])
    return [(f.row, f.severity, f.message) for f in result.findings]


def test_inline_task_calls_in_main_run_in_v1_mode() -> None:
    # windmill-client 1.818.0 `task`: outside a workflow, in a job, the wrapper made and
    # called on the spot posts `workflow_as_code/{job}/heavyCompute` and waits
    assert wac005(V1_DOCS_TS, "docs.ts") == [
        (
            7,
            "warning",
            "`main` is not a workflow, so its task calls run in WAC v1 mode: each is "
            "dispatched as a job of its own while `main` holds its worker waiting (or run in "
            "place when the script is a flow step), and nothing is checkpointed or replayed; "
            "to checkpoint them, wrap it: `export const main = workflow(async (...) => ...)`",
        )
    ]
    # a task made in `main` and kept is dispatched the same way; beside a `sleep` (which
    # runs in place outside a workflow) `main` is a workflow written without `workflow()`
    kept = V1_DOCS_TS.replace(
        "l.push(await task(heavyCompute)(i));",
        "const t = task(heavyCompute);\n    l.push(await t(i));",
    )
    assert [severity for _, severity, _ in wac005(kept, "kept.ts")] == ["warning"]
    slept = V1_DOCS_TS.replace("import { task }", "import { task, sleep }").replace(
        "  return l;", "  await sleep(1);\n  return l;"
    )
    assert [severity for _, severity, _ in wac005(slept, "slept.ts")] == ["error"]
