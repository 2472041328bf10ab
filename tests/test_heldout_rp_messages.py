"""Red team RP: Python workflows ported from other durable-execution frameworks,
modern Python in the body and values across the task boundary, pinned with their
messages."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile


def findings(code: str, *codes: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=list(codes))
    return [(f.row, f.code, f.message) for f in result.findings]


LAYERS = (
    "from datetime import date, datetime, timezone\n"
    "from wmill import step, task, workflow\n\n"
    "def _utc_now() -> datetime:\n    return datetime.now(timezone.utc)\n\n"
    "def _today() -> date:\n    return date.today()\n\n"
)


def test_a_helper_the_task_or_step_only_calls_is_not_its_result() -> None:
    # the datetime / date never leave the helpers: the results are ISO strings
    code = LAYERS + (
        "def window() -> dict:\n    end = _today()\n    return {'end': end.isoformat()}\n\n"
        "@task()\nasync def stamp() -> str:\n    return _utc_now().isoformat()\n\n"
        "@workflow\nasync def main():\n"
        "    w = await step('window', window)\n    return w, await stamp()\n"
    )
    assert findings(code, "WAC107") == []


def test_a_helper_returned_by_steps_and_tasks_is_reported_once_on_its_return() -> None:
    code = LAYERS + (
        "def stamp():\n    return _utc_now()\n\n"
        "@task()\nasync def started() -> str:\n    return stamp()\n\n"
        "@workflow\nasync def main():\n"
        "    a = await started()\n    b = await step('later', stamp)\n"
        "    c = await step('again', lambda: stamp())\n    return a, b, c\n"
    )
    assert findings(code, "WAC107") == [
        (
            5,
            "WAC107",
            "`datetime.now(timezone.utc)` is a `datetime` returned by `_utc_now` as a step's "
            "result: it is checkpointed as JSON and comes back as a string like "
            '`"2024-05-01 12:00:00"` (`str()`, not ISO 8601)',
        )
    ]


def test_a_generator_function_returned_by_a_task_is_the_generator() -> None:
    code = (
        "from wmill import task, workflow\n\n"
        "def rows(xs):\n    for x in xs:\n        yield {'x': x}\n    return None\n\n"
        "@task()\nasync def plan(xs: list[int]):\n    return rows(xs)\n\n"
        "@workflow\nasync def main(xs: list[int]):\n    return await plan(xs)\n"
    )
    assert [(row, code) for row, code, _ in findings(code, "WAC107")] == [(10, "WAC107")]


def network(what: str, chain: str | None = None) -> str:
    via = f" (reached through `{chain}`)" if chain else ""
    return (
        f"`{what}`{via} does network I/O in the workflow body, which re-runs on every "
        "replay; move it into a task or a `step(...)`"
    )


POST = "httpx.AsyncClient().post"


def test_functions_registered_on_an_exit_stack_run_in_the_body() -> None:
    code = (
        "import contextlib\nfrom contextlib import AsyncExitStack\n\nimport httpx\n"
        "import requests\nfrom wmill import task, workflow\n\n"
        "def release(lease: str) -> None:\n    httpx.delete(lease)\n\n"
        "async def report(batch: str) -> None:\n    await httpx.AsyncClient().post(batch)\n\n"
        "@task()\nasync def process(item: str) -> int:\n    return len(item)\n\n"
        "@workflow\nasync def main(lease: str, items: list[str]):\n"
        "    async with AsyncExitStack() as stack:\n"
        "        stack.callback(release, lease)\n"
        "        stack.push_async_callback(report, lease)\n"
        "        total = sum([await process(i) for i in items])\n"
        "    with contextlib.ExitStack() as plain:\n"
        "        plain.callback(requests.post, lease, json={})\n"
        "        plain.callback(print, 'unwound')\n"
        "    return total\n"
    )
    assert findings(code, "WAC101") == [
        (21, "WAC101", network("httpx.delete", "main → release → httpx.delete")),
        (22, "WAC101", network(POST, f"main → report → {POST}")),
        (25, "WAC101", network("requests.post")),
    ]
