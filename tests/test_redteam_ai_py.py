"""Red team AI (aip): regressions for the general causes behind its Python corpus
(`tests/corpus/adversarial/ai_py_*`)."""

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
    "import anyio\n"
    "from functools import partial\n"
    "from wmill import step, task, workflow\n"
    "async def fetch(x: str) -> dict:\n"  # 5
    "    return {'x': x}\n"
)  # 6 lines


# ---- WAC301: a loop runner in a task body or a step callback ------------------------

LOOPS = (
    HEAD + "def sync_fetch(x: str) -> dict:\n"  # 7
    "    return asyncio.run(fetch(x))\n"
    "def deeper(x: str) -> dict:\n"
    "    return sync_fetch(x)\n"  # 10
    "@task()\n"
    "async def direct(x: str) -> dict:\n"
    "    return anyio.run(fetch, x)\n"  # 13: in the task itself
    "@task()\n"
    "async def via_helper(x: str) -> dict:\n"  # 15
    "    return deeper(x)\n"  # 16: the task's call leading to it
    "@task()\n"
    "async def in_thread(x: str) -> dict:\n"
    "    return await asyncio.to_thread(sync_fetch, x)\n"  # 19: fine, a thread has no loop
    "@task()\n"  # 20
    "async def awaited(x: str) -> dict:\n"
    "    return await fetch(x)\n"  # 22: fine
    "@workflow\n"
    "async def main(x: str):\n"
    "    a = await direct(x)\n"  # 25
    "    b = await via_helper(x)\n"
    "    c = await in_thread(x)\n"
    "    d = await awaited(x)\n"
    "    e = await step('e', lambda: asyncio.get_event_loop().run_until_complete(fetch(x)))\n"
    "    f = await step('f', partial(sync_fetch, x))\n"  # 30: by reference
    "    g = await step('g', lambda: fetch(x))\n"  # 31: fine, step awaits the coroutine
    "    return a, b, c, d, e, f, g\n"
)


def test_loop_runners_in_task_bodies_and_step_callbacks_are_reported() -> None:
    assert sorted(rows(LOOPS, "WAC301")) == [
        (13, "WAC301"),
        (16, "WAC301"),
        (29, "WAC301"),
        (30, "WAC301"),
    ]


def test_a_loop_runner_reached_through_helpers_names_the_chain() -> None:
    (message,) = [m for row, _, m in run(LOOPS, "WAC301") if row == 16]
    assert "via_helper → deeper → sync_fetch → asyncio.run" in message, message
    assert "this task runs inside the loop" in message and "every attempt" in message


def test_a_loop_runner_in_a_step_given_by_reference_is_reported_at_the_step() -> None:
    (message,) = [m for row, _, m in run(LOOPS, "WAC301") if row == 30]
    assert "sync_fetch → asyncio.run" in message and "TaskError" in message, message


def test_a_task_of_a_file_without_a_workflow_is_left_alone() -> None:
    code = LOOPS.split("@workflow\n")[0]
    assert rows(code, "WAC301") == []


# ---- WAC106: a literal of task calls only indexed -------------------------------------

PICKS = (
    "from wmill import task, workflow\n"
    "@task()\n"
    "async def a(x: str) -> dict:\n"
    "    return {'a': x}\n"
    "@task()\n"  # 5
    "async def b(x: str) -> dict:\n"
    "    return {'b': x}\n"
    "@workflow\n"
    "async def main(x: str, k: str, ks: list[str]):\n"
    "    table = {'a': a(x), 'b': b(x)}\n"  # 10: only one picked
    "    one = await table[k]\n"
    "    two = await [a(x), b(x)][0]\n"  # 12: the literal indexed
    "    fns = {'a': a, 'b': b}\n"
    "    three = await fns[k](x)\n"  # 14: fine, only the picked task is called
    "    both = {'a': a(x), 'b': b(x)}\n"
    "    four = [await both[key] for key in ks]\n"  # 16: indexed in a loop: not judged
    "    pair = (a(x), b(x))\n"
    "    five = (await pair[0], await pair[1])\n"  # 18: every call read back
    "    return one, two, three, four, five\n"
)


def test_a_literal_of_task_calls_read_by_one_index_is_reported() -> None:
    found = rows(PICKS, "WAC106")
    assert (10, "WAC106") in found and (12, "WAC106") in found, found
    assert not {14, 15, 16, 17, 18} & {row for row, _ in found}, found


def test_the_literal_pick_message_names_the_calls_and_the_read() -> None:
    (message,) = [m for row, _, m in run(PICKS, "WAC106") if row == 10]
    assert "`a(...)`, `b(...)`" in message and "`table[k]`" in message, message


def test_a_dict_of_task_calls_picked_with_get_is_one_finding_on_the_dict() -> None:
    # `await table.get(k)` awaits the picked call: "never awaited" at each call was true
    # of the others only; the dict is reported once, naming the read
    code = PICKS.replace("    one = await table[k]\n", "    one = await table.get(k)\n")
    found = run(code, "WAC106")
    assert [row for row, _, _ in found if row in (10, 11)] == [10], found
    (message,) = [m for row, _, m in found if row == 10]
    assert "the body awaits only `table.get(k)`" in message, message
    single = (
        "from wmill import task, workflow\n@task()\nasync def a(x: str) -> str:\n"
        "    return x\n@workflow\nasync def main(x: str, k: str):\n"
        "    table = {'a': a(x)}\n    return await table.get(k)\n"
    )
    assert run(single, "WAC106") == ()


# ---- WAC106: an un-awaited task call handed to the next task call ---------------------

CHAIN = (
    "from wmill import task, task_script, workflow\n"
    "@task()\n"
    "async def a(x: dict) -> dict:\n"
    "    return x\n"
    "@task()\n"  # 5
    "async def b(x: dict) -> dict:\n"
    "    return x\n"
    "other = task_script('f/x/other')\n"
    "@workflow\n"
    "async def main(x: dict):\n"  # 10
    "    r = x\n"
    "    for stage in (a, b):\n"
    "        r = stage(r)\n"  # 13: the previous pass's coroutine
    "    first = await r\n"
    "    u = x\n"  # 15
    "    for _ in range(2):\n"
    "        u = other(payload=u)\n"  # 17: JSON text to another script
    "    second = await u\n"
    "    s = a(x)\n"
    "    s = await s\n"  # 20
    "    t = await b(s)\n"  # 21: fine, awaited first
    "    w = x\n"
    "    for stage in (a, b):\n"
    "        w = await stage(w)\n"  # 24: fine
    "    return first, second, t, w\n"
)


def test_an_unawaited_task_call_handed_to_a_task_is_reported() -> None:
    found = {row for row, _ in rows(CHAIN, "WAC106")}
    assert {13, 17} <= found, found
    assert not {21, 24} & found, found


def test_the_handed_coroutine_message_says_what_the_receiver_gets() -> None:
    messages = {row: m for row, _, m in run(CHAIN, "WAC106")}
    assert "coroutine object itself" in messages[13], messages[13]
    assert "`f/x/other`" in messages[17] and "<coroutine object" in messages[17], messages[17]


# ---- WAC003: a task made inside a block of the module ---------------------------------

BLOCKS = (
    "from wmill import task, workflow\n"
    "RENDER = {}\n"
    "for lang in ('en', 'fr'):\n"
    "    @task()\n"  # 4
    "    async def render(x: str) -> str:\n"
    "        return x + lang\n"
    "    RENDER[lang] = render\n"
    "try:\n"
    "    made = task()(len)\n"  # 9
    "except ImportError:\n"  # 10
    "    made = None\n"
    "@task()\n"
    "async def fine(x: str) -> str:\n"  # 13: fine
    "    return x\n"
    "@workflow\n"  # 15
    "async def main(x: str):\n"
    "    return await RENDER['en'](x), await fine(x)\n"
)


def test_a_task_made_in_a_module_block_is_not_drawn() -> None:
    found = rows(BLOCKS, "WAC003")
    assert found == [(4, "WAC003"), (9, "WAC003")], found


def test_the_undrawn_message_speaks_python() -> None:
    messages = {row: m for row, _, m in run(BLOCKS, "WAC003")}
    assert "inside a `for` loop" in messages[4] and "const" not in messages[4], messages[4]
    assert "inside a `try` block" in messages[9], messages[9]
