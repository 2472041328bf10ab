"""WAC304: a task handed to a thread or process runner from the workflow body runs
where the workflow's context is a copy (`asyncio.to_thread`) or missing (an
executor's thread, `run_in_executor`, `threading.Thread`, a process pool). Read in
wmill 1.850.0: `task`'s wrapper, `_dispatch_ctx`, `task_script`'s wrapper."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile

HEAD = (
    "import asyncio\nimport threading\n"
    "from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor\n"
    "from wmill import task, task_script, workflow\n\n"
    'render = task_script("f/x/render")\n\n\n'
    "@task()\nasync def t(x: int) -> int:\n    return x\n\n\n"
    "def double(x: int) -> int:\n    return 2 * x\n\n\n"
    "@workflow\nasync def main(xs: list[int]):\n"
)
NO_CONTEXT = (
    ", without the workflow's context: the SDK does not dispatch it as a step of this "
    "workflow there but starts the task as a job of its own and waits for it, with no "
    "checkpoint, so it runs again on every replay; await the task in the workflow body "
    "(`asyncio.gather` for several)"
)


def wac304(body: str) -> list[tuple[int, int, str]]:
    result = analyze_source(SourceFile("t.py", HEAD + body, LANG_PYTHON), select=["WAC304"])
    return [(f.row, f.column, f.message) for f in result.findings]


def test_to_thread_hands_back_the_steps_awaitable() -> None:
    assert wac304("    return await asyncio.to_thread(t, 1)\n") == [
        (
            20,
            36,
            "`t` is a task run by `asyncio.to_thread`: on that thread, under a copy of the "
            "workflow's context, its wrapper only hands back the step's awaitable, which "
            "`to_thread` returns unawaited in place of the task's result; await the task in "
            "the workflow body (`await t(...)`)",
        )
    ]


def test_executor_threads_have_no_context() -> None:
    body = (
        "    loop = asyncio.get_running_loop()\n"
        "    a = await loop.run_in_executor(None, t, 2)\n"
        "    with ThreadPoolExecutor(4) as pool:\n"
        "        b = list(pool.map(t, xs))\n"
        "    threading.Thread(target=t, args=(3,)).start()\n"
        "    return [a, b]\n"
    )
    assert wac304(body) == [
        (21, 42, "`t` is a task run by `loop.run_in_executor` on another thread" + NO_CONTEXT),
        (23, 27, "`t` is a task run by `pool.map` on another thread" + NO_CONTEXT),
        (24, 29, "`t` is a task run by `threading.Thread` on another thread" + NO_CONTEXT),
    ]


def test_a_script_task_raises_there_and_a_process_pool_is_another_process() -> None:
    body = (
        "    with ProcessPoolExecutor() as pool:\n        return pool.submit(render, 1).result()\n"
    )
    assert wac304(body) == [
        (
            21,
            28,
            "`render` is a task run by `pool.submit` in another process, without the "
            "workflow's context: there a `task_script` wrapper raises `RuntimeError` (it can "
            "only be called inside a `@workflow`); await the task in the workflow body "
            "(`asyncio.gather` for several)",
        )
    ]


def test_plain_functions_and_shadowing_names_are_not_tasks() -> None:
    body = (
        "    a = await asyncio.to_thread(double, 1)\n"
        "    with ThreadPoolExecutor(4) as pool:\n"
        "        b = list(pool.map(double, xs))\n"
        "    t = double\n"
        "    c = await asyncio.to_thread(t, 2)\n"
        "    d = await asyncio.gather(*(asyncio.create_task(t2) for t2 in []))\n"
        "    return [a, b, c, d]\n"
    )
    assert wac304(body) == []
