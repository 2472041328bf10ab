"""WAC108: a timer around a script / flow run as a task, or an approval, never fires.

wmill 1.850.0 `WorkflowCtx._next_step` / `_wait_for_approval` and windmill-client
1.818.0 `_nextStep` / `_waitForApproval` hand back the checkpointed result at once, or
raise the suspension that ends the round. A task of the file is left alone: its job
replays the body up to the call and runs the function there, inside the timer.
"""

from __future__ import annotations

from wac_lint.engine import analyze_bytes

PY_HEAD = (
    "import asyncio\nimport anyio\n"
    "from wmill import step, task, task_flow, task_script, wait_for_approval, workflow\n\n"
    'ingest = task_script("f/etl/ingest")\n'
    'nightly = task_flow("f/etl/nightly")\n\n'
    "@task()\nasync def slow(x: str) -> str:\n    return x\n\n"
    "async def bounded(coro, seconds: float):\n"
    "    return await asyncio.wait_for(coro, timeout=seconds)\n\n"
    "async def fetch(x: str) -> str:\n    return x\n\n"
    "@workflow\nasync def main(x: str):\n"
)
PY_BODY_ROW = PY_HEAD.count("\n") + 1
NEVER = (
    "never times out {what}: while {waiting} the workflow is suspended, not waiting, and "
    "the replay after it finds its result at once, so the timer never fires; the SDK's "
    "`timeout` option is the bound that applies (`{option}`)"
)


def findings(source: str, name: str) -> list[tuple[int, str, str]]:
    report = analyze_bytes(source.encode(), name)
    return [(f.row, f.severity, f.message) for f in report.findings if f.code == "WAC108"]


def python(body: str) -> list[tuple[int, str, str]]:
    return findings(PY_HEAD + body + "    return x\n", "wf.py")


def never(timer: str, what: str, option: str, waiting: str = "the script runs") -> str:
    return f"{timer} " + NEVER.format(what=what, waiting=waiting, option=option)


def test_wait_for_around_a_script_or_a_flow() -> None:
    body = (
        "    r = await asyncio.wait_for(ingest(x=x), timeout=30)\n"
        "    g = await asyncio.wait_for(asyncio.gather(nightly(day=x), fetch(x)), 120)\n"
    )
    assert python(body) == [
        (
            PY_BODY_ROW,
            "warning",
            never("`asyncio.wait_for`", "`ingest(x=x)`", "task_script(path, timeout=...)"),
        ),
        (
            PY_BODY_ROW + 1,
            "warning",
            never(
                "`asyncio.wait_for`",
                "`nightly(day=x)`",
                "task_flow(path, timeout=...)",
                "the flow runs",
            ),
        ),
    ]


def test_timeout_blocks_around_a_script_or_an_approval() -> None:
    body = (
        "    async with asyncio.timeout(10):\n        s = await ingest(x=x)\n"
        "    with anyio.fail_after(60):\n        ok = await wait_for_approval(timeout=600)\n"
    )
    assert python(body) == [
        (
            PY_BODY_ROW,
            "warning",
            never("`asyncio.timeout(10)`", "`ingest(x=x)`", "task_script(path, timeout=...)"),
        ),
        (
            PY_BODY_ROW + 2,
            "warning",
            never(
                "`anyio.fail_after(60)`",
                "`wait_for_approval(timeout=600)`",
                "wait_for_approval(timeout=...)",
                "an approval is pending",
            ),
        ),
    ]


def test_a_helper_that_hands_its_parameter_to_wait_for() -> None:
    assert python("    h = await bounded(ingest(x=x), 5)\n") == [
        (
            PY_BODY_ROW,
            "warning",
            never(
                "`asyncio.wait_for` (in `bounded`)",
                "`ingest(x=x)`",
                "task_script(path, timeout=...)",
            ),
        )
    ]


def test_timers_that_bound_something_or_are_reported_elsewhere_are_left_alone() -> None:
    body = (
        # a task of the file: its job runs the function inside the timer
        "    a = await asyncio.wait_for(slow(x), timeout=30)\n"
        "    async with asyncio.timeout(10):\n        b = await slow(a)\n"
        # a step's function runs in the round
        '    q = await step("q", lambda: asyncio.wait_for(fetch(x), timeout=5))\n'
        '    z = await asyncio.wait_for(step("z", lambda: 1), timeout=3)\n'
        # no timeout at all
        "    n = await asyncio.wait_for(ingest(x=x), timeout=None)\n"
        # a handler for the timeout: WAC204 reports it, for the same reason
        "    try:\n        t = await asyncio.wait_for(ingest(x=x), timeout=5)\n"
        "    except asyncio.TimeoutError:\n        t = None\n"
    )
    assert python(body) == []


TS_HEAD = (
    "import { step, task, taskFlow, taskScript, waitForApproval, workflow } from "
    '"windmill-client";\n'
    "const slow = task(async (x: string) => x);\n"
    'const ingest = taskScript("f/etl/ingest");\n'
    'const nightly = taskFlow("f/etl/nightly");\n'
    "const timer = (ms: number) => new Promise((r) => setTimeout(r, ms));\n"
    "function withTimeout<T>(p: PromiseLike<T>, ms: number) {\n"
    "  return Promise.race([p, new Promise<never>((_, no) => setTimeout(no, ms))]);\n}\n"
    "export const main = workflow(async (x: string) => {\n"
)
TS_BODY_ROW = TS_HEAD.count("\n") + 1


def typescript(body: str) -> list[tuple[int, str, str]]:
    return findings(TS_HEAD + body + "  return x;\n});\n", "wf.ts")


def test_a_race_of_a_script_or_an_approval_against_a_timer() -> None:
    body = (
        "  const a = await Promise.race([ingest({ x }), timer(30_000)]);\n"
        "  const b = await Promise.race([waitForApproval({ timeout: 600 }), Bun.sleep(1000)]);\n"
        "  const c = await withTimeout(nightly({ x }), 5_000);\n"
    )
    assert typescript(body) == [
        (
            TS_BODY_ROW,
            "warning",
            never("`Promise.race`", "`ingest({ x })`", "taskScript(path, { timeout })"),
        ),
        (
            TS_BODY_ROW + 1,
            "warning",
            never(
                "`Promise.race`",
                "`waitForApproval({ timeout: 600 })`",
                "waitForApproval({ timeout })",
                "an approval is pending",
            ),
        ),
        (
            TS_BODY_ROW + 2,
            "warning",
            never(
                "`Promise.race` (in `withTimeout`)",
                "`nightly({ x })`",
                "taskFlow(path, { timeout })",
                "the flow runs",
            ),
        ),
    ]


def test_races_that_are_not_a_timer_around_a_script_are_left_alone() -> None:
    body = (
        # a task of the file, a step, a non-timer entrant, two scripts (WAC105)
        "  const a = await Promise.race([slow(x), timer(5_000)]);\n"
        '  const b = await Promise.race([step("s", () => fetch(x)), timer(5_000)]);\n'
        "  const c = await Promise.race([ingest({ x }), fetch(x)]);\n"
        "  const d = await withTimeout(fetch(x), 5_000);\n"
        "  const e = await withTimeout(slow(x), 5_000);\n"
    )
    assert typescript(body) == []


def test_a_timer_raced_against_a_durable_call_holds_nothing() -> None:
    # WAC101 reports a timer the body waits for; in a race beside a durable call (or in
    # a helper racing the durable call the body hands it) the race settles at once
    def wac101(body: str) -> list[int]:
        report = analyze_bytes((TS_HEAD + body + "  return x;\n});\n").encode(), "wf.ts")
        return sorted({f.row for f in report.findings if f.code == "WAC101"})

    raced = (
        "  const a = await Promise.race([ingest({ x }), timer(30_000)]);\n"
        "  const b = await Promise.race([slow(x), new Promise((r) => setTimeout(r, 9))]);\n"
        "  const c = await withTimeout(nightly({ x }), 5_000);\n"
    )
    assert wac101(raced) == []
    waited = "  await timer(5_000);\n  const d = await withTimeout(fetch(x), 5_000);\n"
    assert wac101(waited) == [TS_BODY_ROW, TS_BODY_ROW + 1]


def test_a_timeout_handler_around_a_script_is_wac204s_with_the_scripts_reason() -> None:
    # a script run as a task has no child job replaying this body: the reason is the
    # approval's, not the one about a task's child job
    body = (
        "    try:\n        t = await asyncio.wait_for(ingest(x=x), timeout=5)\n"
        "    except asyncio.TimeoutError:\n        t = None\n"
    )
    report = analyze_bytes((PY_HEAD + body + "    return t\n").encode(), "wf.py")
    assert [(f.row, f.message) for f in report.findings if f.code == "WAC204"] == [
        (
            PY_BODY_ROW + 2,
            "`except asyncio.TimeoutError` never sees a durable call time out: the script "
            "suspends the round at once (a replay returns the recorded value), so the asyncio "
            "timeout never fires; pass the SDK call its own `timeout=`",
        )
    ]


def test_asyncio_wait_with_a_timeout_is_left_to_wac201() -> None:
    body = "    done, pending = await asyncio.wait([ingest(x=x)], timeout=60)\n"
    report = analyze_bytes((PY_HEAD + body + "    return x\n").encode(), "wf.py")
    assert [f.code for f in report.findings if f.code in ("WAC108", "WAC201")] == ["WAC201"]
