"""Red team W (wp): regressions for the general causes behind its Python corpus
(`tests/corpus/adversarial/w_py_*`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile


def findings(code: str, *codes: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=list(codes))
    return [(f.row, f.code) for f in result.findings]


HEAD = (
    "from wmill import task, workflow\n\n"
    "@task()\nasync def drain(host: str) -> str:\n    return host\n\n"
)


def test_sorting_a_set_by_a_key_that_ties_keeps_the_salted_order() -> None:
    # `sorted` is stable: hosts of equal length stay in the set's order, which str
    # hashing salts per process. A key that also compares the item is a total order.
    code = HEAD + (
        "@workflow\nasync def main(hosts: list[str], load: dict):\n"
        "    for h in sorted(set(hosts), key=len):\n"  # 9
        "        await drain(h)\n"
        "    for h in sorted(set(hosts), key=lambda x: load[x]):\n"  # 11
        "        await drain(h)\n"
        "    for h in sorted(set(hosts), key=lambda x: (len(x), x)):\n"
        "        await drain(h)\n"
        "    for h in sorted(set(hosts), key=str.lower):\n"
        "        await drain(h)\n"
        "    for h in sorted(set(hosts)):\n"
        "        await drain(h)\n"
        "    for n in sorted({1, 2, 3}, key=lambda x: x % 2):\n"
        "        await drain(str(n))\n"
    )
    assert findings(code, "WAC105") == [(9, "WAC105"), (11, "WAC105")]


def test_set_algebra_on_keys_views_is_a_set() -> None:
    code = HEAD + (
        "@workflow\nasync def main(a: dict, b: dict):\n"
        "    for k in a.keys() & b.keys():\n"  # 9
        "        await drain(k)\n"
        "    for k in a.keys() - b.keys():\n"  # 11
        "        await drain(k)\n"
        "    for k in a.keys():\n"
        "        if k in b.keys():\n"
        "            await drain(k)\n"
        "    for k in sorted(a.keys() ^ b.keys()):\n"
        "        await drain(k)\n"
    )
    assert findings(code, "WAC105") == [(9, "WAC105"), (11, "WAC105")]


def test_first_items_of_a_set_by_index_or_unpacking_feeding_a_task() -> None:
    code = HEAD + (
        "@workflow\nasync def main(nodes: list[str]):\n"
        "    pool = set(nodes)\n"
        "    first = list(pool)[0]\n"  # 10
        "    await drain(first)\n"
        "    primary, *rest = {n.lower() for n in nodes}\n"  # 12
        "    await drain(primary)\n"
        "    last = tuple(pool)[-1]\n"  # 14
        "    await drain(last)\n"
        "    a, b = sorted(pool)[:2]\n"
        "    await drain(a)\n"
        "    unused, *others = pool\n"
        "    print(unused)\n"
        "    low = min(pool)\n"
        "    await drain(low)\n"
    )
    assert findings(code, "WAC105") == [(10, "WAC105"), (12, "WAC105"), (14, "WAC105")]


def test_a_partial_of_a_task_called_as_a_statement_is_a_dropped_task_call() -> None:
    code = (
        "import asyncio\n"
        "from functools import partial\n"
        "import functools\n"
        "from wmill import task, workflow\n\n"
        "@task()\nasync def notify(user: str, channel: str) -> str:\n    return user\n\n"
        "email = functools.partial(notify, channel='email')\n\n"
        "@workflow\nasync def main(users: list[str]):\n"
        "    sms = partial(notify, channel='sms')\n"
        "    for u in users:\n"
        "        sms(u)\n"  # 16
        "    email(users[0])\n"  # 17
        "    await asyncio.gather(*(email(u) for u in users))\n"
        "    await sms(users[0])\n"
        "    later = partial(print, 'x')\n"
        "    later()\n"
    )
    assert findings(code, "WAC106", "WAC402", "WAC301") == [(16, "WAC106"), (17, "WAC106")]


def test_a_broad_handler_in_a_helper_is_reported_at_each_call_that_hands_it_durable_code() -> None:
    code = (
        "from wmill import task, workflow\n\n"
        "@task()\nasync def charge(x: str) -> str:\n    return x\n\n"
        "@task()\nasync def refund(x: str) -> str:\n    return x\n\n"
        "async def best_effort(fn, *args):\n"
        "    try:\n"
        "        return await fn(*args)\n"
        "    except BaseException:\n"
        "        return None\n\n"
        "def quietly(fn, *args):\n"
        "    try:\n"
        "        return fn(*args)\n"
        "    except BaseException:\n"
        "        return None\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    a = await best_effort(charge, x)\n"  # 25
        "    b = await best_effort(refund, x)\n"  # 26
        "    n = quietly(int, x)\n"
        "    c = await quietly(refund, x)\n"  # 28
        "    m = quietly(len, x)\n"
        "    return [a, b, c, n, m]\n"
    )
    assert [row for row, _ in findings(code, "WAC201")] == [25, 26, 28]


def test_a_decorator_factory_of_the_file_runs_itself_and_its_decorator_at_load() -> None:
    code = (
        "import requests\n"
        "from wmill import task, workflow\n\n"
        "def registered(schedule):\n"
        "    def decorate(fn):\n"
        "        requests.put('https://registry/jobs', json={'s': schedule})\n"
        "        return fn\n"
        "    return decorate\n\n"
        "def announced(topic):\n"
        "    requests.post('https://bus/announce', json={'t': topic})\n"
        "    def decorate(fn):\n"
        "        return fn\n"
        "    return decorate\n\n"
        "def audited(action):\n"
        "    def decorate(fn):\n"
        "        async def wrapper(*a, **k):\n"
        "            requests.post('https://audit', json={'a': action})\n"
        "            return await fn(*a, **k)\n"
        "        return wrapper\n"
        "    return decorate\n\n"
        "@announced('x')\n"  # 24
        "async def helper(x):\n    return x\n\n"
        "@audited('y')\n"
        "async def other(x):\n    return x\n\n"
        "@task()\nasync def t(x: str) -> str:\n    return x\n\n"
        "@registered('0 2 * * *')\n"  # 36
        "@workflow\nasync def main(x: str):\n    return await t(x)\n"
    )
    assert findings(code, "WAC101") == [(24, "WAC101"), (36, "WAC101")]


CLOCKS = (
    "from datetime import datetime, timezone\n"
    "from wmill import step, task, workflow\n\n"
    "class SystemClock:\n"
    "    def now(self) -> datetime:\n"
    "        return datetime.now(timezone.utc)\n\n"
    "class FixedClock:\n"
    "    def __init__(self, at: str) -> None:\n"
    "        self.at = at\n"
    "    def now(self) -> datetime:\n"
    "        return datetime.fromisoformat(self.at)\n\n"
    "class Window:\n"
    "    def __init__(self, hour: int, clock=None) -> None:\n"
    "        self.hour = hour\n"
    "        self.clock = {DEFAULT}\n"
    "    def wait(self) -> int:\n"
    "        return self.clock.now().hour - self.hour\n\n"
    "@task()\nasync def t(x: int) -> int:\n    return x\n\n"
)


def test_a_constructor_parameter_defaulted_to_a_built_clock_is_that_clock_when_omitted() -> None:
    for default in ("clock or SystemClock()", "clock if clock is not None else SystemClock()"):
        head = CLOCKS.replace("{DEFAULT}", default)
        omitted = head + (
            "@workflow\nasync def main(hour: int):\n    return await t(Window(hour).wait())\n"
        )
        assert findings(omitted, "WAC102") == [(27, "WAC102")], default
        given = head + (
            "@workflow\nasync def main(hour: int):\n"
            "    at = await step('at', lambda: datetime.now(timezone.utc).isoformat())\n"
            "    return await t(Window(hour, FixedClock(at)).wait())\n"
        )
        assert findings(given, "WAC102") == [], default


def test_max_or_min_of_a_set_by_a_key_that_ties_is_a_pick() -> None:
    code = HEAD + (
        "@workflow\nasync def main(hosts: list[str]):\n"
        "    big = max(set(hosts), key=len)\n"  # 9
        "    await drain(big)\n"
        "    low = min(set(hosts), key=lambda h: (len(h), h))\n"
        "    await drain(low)\n"
        "    top = max(set(hosts))\n"
        "    await drain(top)\n"
    )
    assert findings(code, "WAC105") == [(9, "WAC105")]


def test_a_class_of_the_file_used_as_a_decorator_runs_its_call_in_the_caller() -> None:
    code = (
        "import functools\nimport requests\n"
        "from wmill import task, workflow\n\n"
        "class Audited:\n"
        "    def __init__(self, fn):\n"
        "        functools.update_wrapper(self, fn)\n"
        "        self.fn = fn\n"
        "    async def __call__(self, *a, **k):\n"
        "        requests.post('https://audit', json={'fn': 'x'})\n"
        "        return await self.fn(*a, **k)\n\n"
        "class Logged:\n"
        "    def __init__(self, fn):\n"
        "        self.fn = fn\n"
        "    async def __call__(self, *a, **k):\n"
        "        print('calling')\n"
        "        return await self.fn(*a, **k)\n\n"
        "@Audited\n@task()\nasync def revoke(user: str) -> str:\n    return user\n\n"
        "@task()\n@Audited\nasync def grant(user: str) -> str:\n    return user\n\n"
        "@Logged\n@task()\nasync def fine(user: str) -> str:\n    return user\n\n"
        "@workflow\nasync def main(user: str):\n"
        "    a = await revoke(user)\n"  # 37
        "    b = await grant(user)\n"
        "    c = await fine(user)\n"
        "    return [a, b, c]\n"
    )
    assert findings(code, "WAC101") == [(37, "WAC101")]


def test_heapq_picks_by_a_key_that_ties_and_a_step_name_spelling_out_a_set() -> None:
    code = (
        "import heapq\n"
        "from wmill import step, task, workflow\n\n"
        "@task()\nasync def drain(host: str) -> str:\n    return host\n\n"
        "@workflow\nasync def main(hosts: list[str], ids: list[str]):\n"
        "    for h in heapq.nsmallest(3, set(hosts), key=len):\n"  # 10
        "        await drain(h)\n"
        "    for h in heapq.nsmallest(3, set(hosts)):\n"
        "        await drain(h)\n"
        "    a = await step(f\"batch_{'-'.join(set(ids))}\", lambda: 1)\n"  # 14
        "    b = await step(f\"batch_{'-'.join(sorted(set(ids)))}\", lambda: 1)\n"
        "    c = await step(f'b_{set(ids)}', lambda: 1)\n"  # 16
        "    return [a, b, c]\n"
    )
    assert findings(code, "WAC105", "WAC103") == [
        (10, "WAC105"),
        (14, "WAC103"),
        (15, "WAC103"),
        (16, "WAC103"),
    ]
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=["WAC103"])
    assert [str(f.severity) for f in result.findings] == ["error", "warning", "error"]


def test_a_task_registered_on_an_exit_stack_runs_as_the_suspension_unwinds() -> None:
    code = (
        "import contextlib\n"
        "from contextlib import AsyncExitStack\n"
        "from wmill import task, workflow\n\n"
        "@task()\nasync def release(x: str) -> str:\n    return x\n\n"
        "@task()\nasync def work(x: str) -> str:\n    return x\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    async with AsyncExitStack() as stack:\n"
        "        stack.push_async_callback(release, x)\n"  # 16
        "        await work(x)\n"
        "    with contextlib.ExitStack() as sync_stack:\n"
        "        sync_stack.callback(print, 'done')\n"
        "        await work(x)\n"
        "    async with AsyncExitStack() as late:\n"
        "        await work(x)\n"
        "        late.push_async_callback(release, x)\n"
        "    return 1\n"
    )
    assert findings(code, "WAC203") == [(16, "WAC203")]


def test_decorators_of_the_file_written_on_the_workflow_wrap_every_round() -> None:
    code = (
        "import functools\nimport logging\nimport time\nimport requests\n"
        "from wmill import task, workflow\n\n"
        "def alert(fn):\n"
        "    @functools.wraps(fn)\n"
        "    async def wrapper(*a, **k):\n"
        "        try:\n"
        "            return await fn(*a, **k)\n"
        "        except BaseException as e:\n"
        "            requests.post('https://hooks.example.com', json={'t': repr(e)})\n"
        "            raise\n"
        "    return wrapper\n\n"
        "def never_fail(fn):\n"
        "    async def wrapper(*a, **k):\n"
        "        try:\n"
        "            return await fn(*a, **k)\n"
        "        except BaseException:\n"
        "            return {'ok': False}\n"
        "    return wrapper\n\n"
        "def logged(fn):\n"
        "    async def wrapper(*a, **k):\n"
        "        logging.info('start')\n"
        "        try:\n"
        "            return await fn(*a, **k)\n"
        "        except Exception:\n"
        "            logging.exception('failed')\n"
        "            raise\n"
        "    return wrapper\n\n"
        "@task()\nasync def t(x: str) -> str:\n    return x\n\n"
        "{DECORATOR}\n"  # 39
        "@workflow\nasync def main(x: str):\n    return {'v': await t(x)}\n"
    )
    expected = {"@alert": [(39, "WAC101")], "@never_fail": [(39, "WAC201")], "@logged": []}
    for decorator, rows in expected.items():
        found = findings(code.replace("{DECORATOR}", decorator), "WAC101", "WAC201")
        assert found == rows, decorator


def test_the_task_decorator_is_not_a_decorator_above_the_task() -> None:
    """`@task()` itself holds the task's span: only what is written above it wraps the
    task's dispatch (it was read as another module's wrapper, asked of the workspace at
    every call of every task)."""
    code = (
        "from wmill import task, workflow\n\n"
        "@task()\nasync def a(x: int) -> int:\n    return x\n\n"
        "@workflow\nasync def main(x: int = 1):\n    return await a(x)\n"
    )
    result = analyze_source(SourceFile("/tmp/flow.py", code, LANG_PYTHON), keep_model=True)
    assert result.model is not None
    assert result.model.relative_import_calls == []
