"""Red team AH (ahp): regressions for the general causes behind its Python corpus
(`tests/corpus/adversarial/ah_py_*`)."""

from __future__ import annotations

from functools import cache

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile


@cache
def run(code: str, *codes: str) -> tuple[tuple[int, str, str], ...]:
    result = analyze_source(SourceFile("<t>.py", code, LANG_PYTHON), select=list(codes))
    assert not result.errors, [e.error for e in result.errors]
    return tuple((f.row, f.code, f.message) for f in result.findings)


def rows(code: str, *codes: str) -> list[tuple[int, str]]:
    return [(row, rule) for row, rule, _ in run(code, *codes)]


HEAD = (
    "import asyncio\n"
    "import httpx\n"
    "from wmill import step, task, workflow\n"
    "@task()\n"
    "async def t(x: str) -> dict:\n"
    "    return {'x': x}\n"
    "@task()\n"
    "async def u(x: str) -> dict:\n"
    "    return {'u': x}\n"
)  # 9 lines


# ---- WAC101: a pool running a pure function of the file ----------------------------

POOLS = (
    HEAD + "from concurrent.futures import ThreadPoolExecutor, as_completed\n"  # 10
    "def parse(text: str) -> int:\n"
    "    return len(text)\n"
    "def post(text: str) -> int:\n"
    "    return httpx.post('https://x.example', json=text).status_code\n"
    "@workflow\n"  # 15
    "async def main(xs: list[str]):\n"
    "    with ThreadPoolExecutor(4) as pool:\n"
    "        a = list(pool.map(parse, xs))\n"  # 18: fine
    "        b = list(pool.map(lambda s: s.upper(), xs))\n"  # 19: fine
    "        futs = [pool.submit(parse, x) for x in xs]\n"  # 20: fine
    "        done = [f.result() for f in as_completed(futs)]\n"  # 21: fine
    "        c = list(pool.map(post, xs))\n"  # 22: its I/O
    "        d = list(pool.map(len, xs))\n"  # 23: a builtin: the pool call stays
    "    return a, b, done, c, d\n"
)


def test_a_pool_mapping_a_pure_function_of_the_file_is_fine() -> None:
    found = rows(POOLS, "WAC101")
    assert not {18, 19, 20, 21} & {row for row, _ in found}, found


def test_a_pool_mapping_a_function_of_the_file_that_does_io_reports_that_io() -> None:
    messages = [m for row, _, m in run(POOLS, "WAC101") if row == 22]
    assert messages and "httpx.post" in messages[0] and "post" in messages[0], messages


def test_a_pool_mapping_a_function_it_cannot_read_is_still_reported() -> None:
    assert (23, "WAC101") in rows(POOLS, "WAC101")


# ---- WAC106: a task returned by a factory, tasks dropped in plain helpers -----------

FACTORY = (
    HEAD + "def pick(kind: str):\n"  # 10
    "    if kind == 'a':\n"
    "        return t\n"
    "    if kind == 'b':\n"
    "        return u\n"
    "    raise ValueError(kind)\n"  # 15
    "def mixed(kind: str):\n"
    "    return t if kind == 'a' else print\n"
    "@workflow\n"
    "async def main(kinds: list[str]):\n"
    "    for k in kinds:\n"  # 20
    "        pick(k)(k)\n"  # 21: dropped
    "        await pick(k)(k)\n"  # 22: fine
    "    chosen = pick('a')\n"
    "    chosen('x')\n"  # 24: dropped
    "    mixed('b')('x')\n"  # 25: not known to be a task
    "    return 1\n"
)


def test_a_task_returned_by_a_factory_and_called_as_a_statement_is_dropped() -> None:
    found = rows(FACTORY, "WAC106")
    assert (21, "WAC106") in found and (24, "WAC106") in found, found
    assert not {22, 25} & {row for row, _ in found}, found


PLAIN_HELPERS = (
    HEAD + "def fire(xs: list[str]) -> int:\n"  # 10
    "    for x in xs:\n"
    "        t(x)\n"  # 12
    "    return len(xs)\n"
    "def keep(xs: list[str]) -> list:\n"
    "    return [t(x) for x in xs]\n"  # 15
    "class Dispatcher:\n"
    "    def __init__(self) -> None:\n"
    "        self.sent = 0\n"
    "    def go(self, xs: list[str]) -> int:\n"
    "        for x in xs:\n"  # 20
    "            u(x)\n"  # 21
    "            self.sent += 1\n"
    "        return self.sent\n"
    "@workflow\n"
    "async def main(xs: list[str]):\n"  # 25
    "    n = fire(xs)\n"  # 26: dropped in `fire`
    "    d = Dispatcher()\n"
    "    m = d.go(xs)\n"  # 28: dropped in `Dispatcher.go`
    "    r = await asyncio.gather(*keep(xs))\n"  # 29: fine
    "    return n, m, r\n"
)


def test_a_task_dropped_in_a_plain_function_the_body_calls_is_reported_there() -> None:
    found = run(PLAIN_HELPERS, "WAC106")
    assert [row for row, _, _ in found] == [26, 28], found
    by_row = {row: message for row, _, message in found}
    assert "`t(...)` called without `await` in `fire` (line 12)" in by_row[26]
    assert "making `fire` an `async def`" in by_row[26]
    assert "in `Dispatcher.go` (line 21)" in by_row[28]


# ---- WAC107: a datetime column's min / max ------------------------------------------

FRAMES = (
    HEAD + "import pandas as pd\n"  # 10
    "@task()\n"
    "async def last_scan(path: str) -> dict:\n"
    "    df = pd.read_parquet(path)\n"
    "    df['at'] = pd.to_datetime(df['at'], utc=True)\n"
    "    return {'last': df['at'].max(), 'n': df['n'].max()}\n"  # 15
    "@workflow\n"
    "async def main(path: str):\n"
    "    return await last_scan(path)\n"
)


def test_max_of_a_column_parsed_with_to_datetime_is_a_timestamp() -> None:
    found = [m for row, _, m in run(FRAMES, "WAC107") if row == 15]
    assert len(found) == 2, found
    stamp = next(m for m in found if "df['at']" in m)
    assert "a pandas `Timestamp` (the column holds datetimes)" in stamp
    assert "numpy.int64" not in stamp
    other = next(m for m in found if "df['n']" in m)
    assert "numpy.int64" in other


# ---- WAC304: a task handed to a method that calls it inside step() -------------------

SHIM = (
    HEAD + "class Ctx:\n"  # 10
    "    async def run(self, name: str, fn, *args):\n"
    "        return await step(name, lambda: fn(*args))\n"
    "    async def call(self, fn, *args):\n"
    "        return await fn(*args)\n"
    "class Night(Ctx):\n"  # 15
    "    pass\n"
    "def pure(x: str) -> str:\n"
    "    return x.upper()\n"
    "@workflow\n"
    "async def main(x: str):\n"  # 20
    "    c = Ctx()\n"
    "    a = await c.run('a', t, x)\n"  # 22
    "    b = await Night().run('b', u, x)\n"  # 23: the base class's method
    "    p = await c.run('p', pure, x)\n"  # 24: fine
    "    q = await c.call(t, x)\n"  # 25: fine
    "    return a, b, p, q\n"
)


def test_a_task_given_to_a_method_that_calls_it_in_a_step_callback_is_reported() -> None:
    found = run(SHIM, "WAC304")
    assert [row for row, _, _ in found] == [22, 23], found
    assert "`Ctx.run` calls its `fn` inside a `step(...)` callback" in found[0][2]


# ---- WAC301: an event loop started inside the workflow body --------------------------

LOOPS = (
    HEAD + "async def many(xs: list[str]) -> list:\n"  # 10
    "    return await asyncio.gather(*(t(x) for x in xs))\n"
    "def sync_many(xs: list[str]) -> list:\n"
    "    return asyncio.run(many(xs))\n"
    "def sync_loop(xs: list[str]) -> list:\n"
    "    return asyncio.new_event_loop().run_until_complete(many(xs))\n"  # 15
    "@workflow\n"
    "async def main(xs: list[str]):\n"
    "    a = sync_many(xs)\n"  # 18
    "    b = sync_loop(xs)\n"  # 19
    "    c = asyncio.run(many(xs))\n"  # 20
    "    d = await many(xs)\n"  # 21: fine
    "    return a, b, c, d\n"
    "if __name__ == '__main__':\n"
    "    asyncio.run(many(['x']))\n"  # 24: not the body
)


def test_an_event_loop_started_in_the_body_or_a_helper_is_reported() -> None:
    found = run(LOOPS, "WAC301")
    assert [row for row, _, _ in found] == [18, 19, 20], found
    assert "(reached through `main → sync_many → asyncio.run`)" in found[0][2]
    assert "make `sync_many` an `async def`" in found[0][2]
    assert "`await` the coroutine instead" in found[2][2]


# ---- WAC402: a task kept as a plain class attribute, bound as a method ---------------

BOUND = (
    HEAD + "class Planner:\n"  # 10
    "    design = t\n"
    "    safe = staticmethod(u)\n"
    "    async def plan(self, xs: list[str]) -> list:\n"
    "        return [await self.design(x) for x in xs]\n"  # 14
    "    async def plan_safe(self, xs: list[str]) -> list:\n"  # 15
    "        return [await self.safe(x) for x in xs]\n"  # 16: fine
    "class Night(Planner):\n"
    "    async def night(self, x: str) -> dict:\n"
    "        return await self.design(x)\n"  # 19: inherited
    "class Own(Planner):\n"  # 20
    "    async def design(self, x: str) -> dict:\n"
    "        return await t(x)\n"
    "    async def go(self, x: str) -> dict:\n"
    "        return await self.design(x)\n"  # 24: its own method
    "@workflow\n"  # 25
    "async def main(xs: list[str]):\n"
    "    p = Planner()\n"
    "    a = await p.plan(xs)\n"
    "    b = await p.design(xs[0])\n"  # 29
    "    c = await Planner.safe(xs[0])\n"  # 30: fine
    "    return a, b, c, await Night().night('n'), await Own().go('o')\n"
)


def test_a_task_kept_as_a_plain_class_attribute_is_a_bound_method() -> None:
    found = run(BOUND, "WAC402")
    assert [row for row, _, _ in found] == [14, 19, 29], found
    assert "sends the instance as `x` and its last argument as `arg1`" in found[0][2]
    assert "write `design = staticmethod(t)`" in found[0][2]


UNBOUND = (
    HEAD + "from dataclasses import dataclass\n"  # 10
    "from typing import Callable\n"
    "@dataclass\n"
    "class Stage:\n"
    "    fn: Callable = t\n"
    "    async def go(self, x: str) -> dict:\n"  # 15
    "        return await self.fn(x)\n"  # 16: a field default: the instance's own
    "class Kept:\n"
    "    fn = t\n"
    "    def __init__(self, fn) -> None:\n"
    "        self.fn = fn\n"  # 20
    "    async def go(self, x: str) -> dict:\n"
    "        return await self.fn(x)\n"  # 22: set on the instance
    "class Plain:\n"
    "    fn = t\n"
    "    @classmethod\n"  # 25
    "    async def go(cls, x: str) -> dict:\n"
    "        return await cls.fn(x)\n"  # 27: read through the class
    "@workflow\n"
    "async def main(x: str):\n"
    "    a = await Plain.fn(x)\n"  # 30: read through the class
    "    return a, await Stage().go(x), await Kept(u).go(x), await Plain.go(x)\n"
)


def test_a_task_read_through_the_class_or_held_by_the_instance_is_not_bound() -> None:
    assert run(UNBOUND, "WAC402") == ()


THREADED_LOOP = (
    HEAD + "from concurrent.futures import ThreadPoolExecutor\n"  # 10
    "async def many(xs: list[str]) -> list:\n"
    "    return [len(x) for x in xs]\n"
    "def sync_many(xs: list[str]) -> list:\n"
    "    return asyncio.run(many(xs))\n"
    "@workflow\n"  # 15
    "async def main(xs: list[str]):\n"
    "    a = await asyncio.to_thread(sync_many, xs)\n"  # a thread runs no event loop
    "    with ThreadPoolExecutor() as pool:\n"
    "        b = pool.submit(sync_many, xs).result()\n"
    "    return a, b\n"  # 20
)


def test_an_event_loop_started_in_another_thread_is_fine() -> None:
    assert run(THREADED_LOOP, "WAC301") == ()


def test_a_task_returned_by_a_typescript_factory_is_dispatched_where_it_is_called() -> None:
    from wac_lint.source import LANG_TYPESCRIPT

    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const a = task(async (x: string) => ({ x }));\n"
        "const b = task(async (x: string) => ({ b: x }));\n"
        "function pick(kind: string) {\n"
        '  if (kind === "a") return a;\n'  # 5
        "  return b;\n"
        "}\n"
        "export const main = workflow(async (kinds: string[]) => {\n"
        "  for (const k of kinds) {\n"
        "    pick(k)(k);\n"  # 10
        "    await pick(k)(k);\n"
        "  }\n"
        "  return 1;\n"
        "});\n"
    )
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=["WAC106"])
    assert [(f.row, f.code) for f in result.findings] == [(10, "WAC106")]
