"""Red team Z (zp): regressions for the general causes behind its Python corpus
(`tests/corpus/adversarial/z_py_*`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile


def findings(code: str, *codes: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=list(codes))
    return [(f.row, f.code) for f in result.findings]


CONTEXTVARS = (
    "import contextvars\n"
    "from contextvars import ContextVar\n"
    "import redis\n"
    "from wmill import step, workflow\n\n"
    "CURRENCY: ContextVar[str] = ContextVar('currency', default='USD')\n"
    "TENANT = contextvars.ContextVar('tenant')\n"
    "cache = redis.Redis()\n\n"
    "@workflow\nasync def main(c: str, t: str):\n"
    "    await step('currency', lambda: CURRENCY.set(c))\n"
    "    await step('tenant', lambda: TENANT.set(t))\n"
    "    await step('cache', lambda: cache.set('k', c))\n"
    "    local = ContextVar('local')\n"
    "    token = CURRENCY.set(c)\n"
    "    CURRENCY.reset(token)\n"
    "    return CURRENCY.get()\n"
)


def test_a_step_setting_a_module_context_var() -> None:
    # `ContextVar.set` inside a step's function is skipped on replay: the variable the
    # body reads next is unset then. A redis client's `set` writes a server (not
    # workflow state), and the body's own `set` / `reset` are fine.
    assert findings(CONTEXTVARS, "WAC104") == [(12, "WAC104"), (13, "WAC104")]


TASK_GROUP_BY_NAME = (
    "import asyncio\n"
    "from wmill import task, workflow\n\n"
    "@task()\nasync def quote(x: str) -> int:\n    return 1\n\n"
    "@workflow\nasync def main(xs: list[str]):\n"
    "    tg = asyncio.TaskGroup()\n"
    "    async with tg:\n"
    "        ts = [tg.create_task(quote(x)) for x in xs]\n"
    "    idle = asyncio.TaskGroup()\n"
    "    async with idle:\n"
    "        print('nothing durable')\n"
    "    return [t.result() for t in ts]\n"
)


def test_a_task_group_bound_to_a_name_then_entered() -> None:
    # `tg = asyncio.TaskGroup()` then `async with tg:` groups the tasks' suspension as
    # `async with asyncio.TaskGroup() as tg:` does; reported at the `with` that enters
    # it. A group whose block makes no durable call is fine.
    assert findings(TASK_GROUP_BY_NAME, "WAC201") == [(11, "WAC201")]


ASYNC_GENERATOR = (
    "from wmill import task, workflow\n\n"
    "@task()\nasync def transcribe(x: int) -> dict:\n    return {}\n\n"
    "async def chapters(xs: list[int]):\n"
    "    for x in xs:\n"
    "        yield await transcribe(x)\n\n"
    "@workflow\nasync def main(xs: list[int]):\n"
    "    queued = chapters(xs)\n"
    "    print(f'queued {queued!r}')\n"
    "    done = [c async for c in chapters(xs)]\n"
    "    async for c in chapters(xs):\n"
    "        print(c)\n"
    "    return done\n"
)


def test_an_async_generator_of_tasks_only_formatted_is_never_iterated() -> None:
    # an f-string reads the generator object as text: its body never runs, so no task
    # is called; the message says to iterate it (`await` on it is a TypeError), and no
    # `await` fix is offered. Iterated ones are fine.
    result = analyze_source(SourceFile("<t>", ASYNC_GENERATOR, LANG_PYTHON), select=["WAC106"])
    assert [(f.row, f.code) for f in result.findings] == [(13, "WAC106")]
    (finding,) = result.findings
    assert "async generator" in finding.message and "`async for`" in finding.message
    assert finding.fix is None


FORMATTED_COROUTINE = (
    "from wmill import task, workflow\n\n"
    "@task()\nasync def warm(x: str) -> str:\n    return x\n\n"
    "@workflow\nasync def main(x: str):\n"
    "    pending = warm(x)\n"
    "    print(f'warming {pending}')\n"
    "    return x\n"
)


def test_a_task_coroutine_read_only_in_an_f_string_is_dropped() -> None:
    assert findings(FORMATTED_COROUTINE, "WAC106") == [(9, "WAC106")]


EXIT_STACKS = (
    "import asyncio\n"
    "import contextlib\n"
    "from wmill import task, workflow\n\n"
    "@task()\nasync def quote(x: str) -> int:\n    return 1\n\n"
    "@workflow\nasync def main(xs: list[str], d: dict):\n"
    "    async with contextlib.AsyncExitStack() as stack:\n"
    "        tg = await stack.enter_async_context(asyncio.TaskGroup())\n"
    "        ts = [tg.create_task(quote(x)) for x in xs]\n"
    "    with contextlib.ExitStack() as stack:\n"
    "        stack.enter_context(contextlib.suppress(BaseException))\n"
    "        await quote('a')\n"
    "    with contextlib.ExitStack() as stack:\n"
    "        await quote('b')\n"
    "        stack.enter_context(contextlib.suppress(BaseException))\n"
    "        print(d['x'])\n"
    "    with contextlib.ExitStack() as stack:\n"
    "        stack.enter_context(contextlib.suppress(KeyError))\n"
    "        await quote(d['y'])\n"
    "    return [t.result() for t in ts]\n"
)


def test_managers_entered_through_an_exit_stack_guard_the_rest_of_its_block() -> None:
    # `stack.enter_context(cm)` / `enter_async_context(cm)` exits `cm` when the stack's
    # `with` ends: a task group or `suppress(BaseException)` entered so guards the
    # statements after it. One entered after the block's last durable call guards
    # none, and `suppress(KeyError)` lets the suspension through.
    assert findings(EXIT_STACKS, "WAC201") == [(12, "WAC201"), (15, "WAC201")]
