"""Red team AD (adp): regressions for the general causes behind its Python corpus
(`tests/corpus/adversarial/ad_py_*`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile


def run(code: str, *codes: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>.py", code, LANG_PYTHON), select=list(codes))
    assert not result.errors, [e.error for e in result.errors]
    return [(f.row, f.code, f.message) for f in result.findings]


def rows(code: str, *codes: str) -> list[tuple[int, str]]:
    return [(row, rule) for row, rule, _ in run(code, *codes)]


LOOP_OVER_INSTANCES = (
    "from pydantic import BaseModel\n"
    "from wmill import task_script, workflow\n"
    "class App(BaseModel):\n"
    "    id: str\n"
    'triage = task_script("f/grants/triage")\n'
    "@workflow\n"
    "async def main(raw: list[dict]):\n"
    "    apps = [App(**a) for a in raw]\n"
    "    for app in apps:\n"
    "        await triage(app=app)\n"
    "    for i, app2 in enumerate(apps):\n"
    "        await triage(app=app2, i=i)\n"
    "    for a in raw:\n"
    "        await triage(app=a)\n"
    "    for mixed in [App(id='x'), {'id': 'y'}]:\n"
    "        await triage(app=mixed)\n"
    "    for d in [app.model_dump() for app in apps]:\n"
    "        await triage(app=d)\n"
)


def test_loop_variable_over_a_list_of_instances_sent_to_a_script() -> None:
    # the loop variable holds each item the comprehension builds; a list whose items
    # do not all lose the same way (a dict beside the model) is not judged
    assert rows(LOOP_OVER_INSTANCES, "WAC107") == [(10, "WAC107"), (12, "WAC107")]
    message = run(LOOP_OVER_INSTANCES, "WAC107")[0][2]
    assert message.startswith("`app` is an `App` instance passed to the script `f/grants/triage`")


def test_loop_variable_over_instances_given_to_a_task_of_the_file_is_fine() -> None:
    # wmill 1.850.0 calls a task of the file with the arguments its child job's replay
    # computed (`_execute_directly(func, **kwargs)`): the instance arrives as itself
    code = LOOP_OVER_INSTANCES.replace(
        'triage = task_script("f/grants/triage")\n',
        "@task()\nasync def triage(app, i=0):\n    return None\n",
    ).replace("import task_script,", "import task, task_script,")
    assert rows(code, "WAC107") == []


FORWARDING_HELPER = (
    "from wmill import task, workflow\n"
    "@task()\n"
    "async def notify(x: str) -> None:\n"
    "    return None\n"
    "def submit(fn, *args, **kwargs):\n"
    "    print('submitting', fn)\n"
    "    return fn(*args, **kwargs)\n"
    "def call_later(fn, x):\n"
    "    return lambda: fn(x)\n"
    "def plain(x):\n"
    "    return len(x)\n"
    "@workflow\n"
    "async def main(x: str):\n"
    "    submit(notify, x=x)\n"
    "    submit(plain, x)\n"
    "    call_later(notify, x)\n"
    "    await submit(notify, x)\n"
    "    pending = [submit(notify, y) for y in x]\n"
    "    import asyncio\n"
    "    await asyncio.gather(*pending)\n"
)


def test_plain_helper_returning_the_call_of_the_task_it_is_handed() -> None:
    # Celery-style `submit(fn, *a)`: what it returns is the task's coroutine; a helper
    # handed a plain function, one returning a lambda, and awaited / gathered uses are fine
    found = run(FORWARDING_HELPER, "WAC106")
    assert [(row, code) for row, code, _ in found] == [(14, "WAC106")]
    assert found[0][2].startswith("`submit(...)` hands back the coroutines of durable calls")


STEP_GIVEN_DATA = (
    "from typing import Callable\n"
    "from wmill import step, workflow\n"
    "def ratio(r) -> dict[str, float]:\n"
    "    return {k: 1.0 for k in r}\n"
    "def label(r):\n"
    "    if not r:\n"
    "        return ''\n"
    "    return f'x{r}'\n"
    "def loader(r) -> Callable[[], int]:\n"
    "    return lambda: 1\n"
    "def loader2(r):\n"
    "    return lambda: r\n"
    "def either(r):\n"
    "    return {} if r else []\n"
    "@workflow\n"
    "async def main(r: dict):\n"
    "    a = await step('a', ratio(r))\n"
    "    b = await step('b', label(r))\n"
    "    c = await step('c', loader(r))\n"
    "    d = await step('d', loader2(r))\n"
    "    e = await step('e', either(r))\n"
    "    return [a, b, c, d, e]\n"
)


def test_step_given_the_data_a_helper_returns() -> None:
    # the function's annotation, or every `return` of it, says it returns data, not a
    # function; factories (a `Callable` annotation, a lambda returned) and returns that
    # cannot be told are left alone
    found = run(STEP_GIVEN_DATA, "WAC301")
    assert [(row, code) for row, code, _ in found] == [(17, "WAC301"), (18, "WAC301")]
    assert found[0][2] == (
        "`step` calls the function it is given, and this gives it what `ratio(r)` returns, "
        "a dict: the call runs in the workflow body on every replay, and the step fails with "
        "`TypeError` (not callable); pass `lambda: ratio(r)`"
    )
    assert "returns, a string:" in found[1][2]


def test_method_returning_the_call_of_the_task_it_is_handed() -> None:
    # `runner.submit(t, x)`: `self` is not among the arguments of the call
    code = (
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def t(x: str) -> None:\n"
        "    return None\n"
        "class Runner:\n"
        "    def submit(self, fn, *args):\n"
        "        return fn(*args)\n"
        "RUNNER = Runner()\n"
        "@workflow\n"
        "async def main(x: str):\n"
        "    RUNNER.submit(t, x)\n"
        "    await RUNNER.submit(t, x)\n"
    )
    assert rows(code, "WAC106") == [(11, "WAC106")]


DICT_OF_VALUES = (
    "from decimal import Decimal\n"
    "from enum import Enum\n"
    "from wmill import task, workflow\n"
    "class Grade(Enum):\n"
    "    A = 'a'\n"
    "    B = 'b'\n"
    "GRADES = {5: Grade.A, 4: Grade.B}\n"
    "FEES = {'bisque': Decimal('4.50'), 'glaze': Decimal('6.00')}\n"
    "MIXED = {'bisque': Decimal('4.50'), 'glaze': 6.0}\n"
    "LABELS = {5: 'top', 4: 'good'}\n"
    "@task()\n"
    "async def grade(x: int):\n"
    "    return GRADES.get(x, Grade.B)\n"
    "@task()\n"
    "async def fee(kind: str):\n"
    "    return {'fee': FEES[kind], 'label': LABELS.get(5), 'mixed': MIXED[kind]}\n"
    "@workflow\n"
    "async def main(x: int, kind: str):\n"
    "    return [await grade(x), await fee(kind)]\n"
)


def test_value_looked_up_in_a_dict_whose_values_all_lose() -> None:
    # `D[k]` / `D.get(k, default)` of a dict literal whose values all lose the same way;
    # a dict of strings, or of mixed values, is not judged
    found = run(DICT_OF_VALUES, "WAC107")
    assert [(row, code) for row, code, _ in found] == [(13, "WAC107"), (16, "WAC107")]
    assert found[0][2].startswith("`GRADES.get(x, Grade.B)` is a member of the `Enum` `Grade`")
    assert found[1][2].startswith("`FEES[kind]` is a `Decimal` inside the value returned")


FINALLY_HELPERS = (
    "import logging\n"
    "from wmill import sleep, task, wait_for_approval, workflow\n"
    "@task()\n"
    "async def build(x: str) -> str:\n"
    "    return x\n"
    "async def sign_off():\n"
    "    return await wait_for_approval(timeout=3600, key='qp')\n"
    "async def settle():\n"
    "    await sleep(5)\n"
    "async def note(x: str):\n"
    "    logging.info(x)\n"
    "@workflow\n"
    "async def main(x: str):\n"
    "    try:\n"
    "        await build(x)\n"
    "    finally:\n"
    "        await sign_off()\n"
    "    try:\n"
    "        await build(x)\n"
    "    finally:\n"
    "        await note(x)\n"
    "    try:\n"
    "        await build(x)\n"
    "    finally:\n"
    "        await settle()\n"
)


def test_async_helper_awaited_in_a_finally_that_makes_durable_calls() -> None:
    # the helper's approval / sleep replaces the suspension in flight; a helper that
    # only logs is fine
    found = run(FINALLY_HELPERS, "WAC203")
    assert [(row, code) for row, code, _ in found] == [(17, "WAC203"), (25, "WAC203")]
    assert found[0][2] == (
        "`sign_off(...)` in a `finally` runs durable calls (a function of this file that "
        "awaits them) each time the workflow suspends inside the `try`, before the work there "
        "is done, and they raise a suspension of their own in place of the pending one; call "
        "it after the `try` (and in an `except` that re-raises)"
    )


def test_step_name_printing_a_bare_object() -> None:
    # `str(object())` is `<object object at 0x...>`: not stable across replays
    code = (
        "from wmill import step, workflow\n"
        "MARK = object()\n"
        "@workflow\n"
        "async def main(x: str):\n"
        "    await step(f'obj_{object()}', lambda: 1)\n"
        "    await step(f'mark_{MARK}', lambda: 2)\n"
        "    await step(f'x_{x}', lambda: 3)\n"
    )
    found = run(code, "WAC103")
    assert [(row, code) for row, code, _ in found] == [(5, "WAC103"), (6, "WAC103"), (7, "WAC103")]
    assert "an `object()` prints `<object object at 0x...>`" in found[0][2]
    assert "an `object()` prints" in found[1][2]
    assert "it is stable across replays" in found[2][2]


def test_statsd_client_of_its_own_in_the_body() -> None:
    # pystatsd's `StatsClient` and datadog's `DogStatsd`: built at module level (no
    # finding), each metric call in the body sends a packet on every replay
    code = (
        "import statsd\n"
        "from datadog import DogStatsd\n"
        "from wmill import task, workflow\n"
        "STATS = statsd.StatsClient('localhost', 8125)\n"
        "DD = DogStatsd()\n"
        "@task()\n"
        "async def fire(k: str) -> None:\n"
        "    STATS.incr('fired')\n"
        "@workflow\n"
        "async def main(k: str):\n"
        "    await fire(k)\n"
        "    STATS.incr('kiln.fired')\n"
        "    DD.gauge('kiln.temp', 1200)\n"
        "    with STATS.timer('kiln.total'):\n"
        "        await fire(k)\n"
    )
    assert rows(code, "WAC101") == [(12, "WAC101"), (13, "WAC101"), (14, "WAC101")]


FIELDS_READ_OTHERWISE = (
    "from dataclasses import dataclass\n"
    "from datetime import datetime\n"
    "from decimal import Decimal\n"
    "from wmill import task, workflow\n"
    "@dataclass\n"
    "class Firing:\n"
    "    kiln: str\n"
    "    started: datetime\n"
    "    cost: Decimal\n"
    "def make(k: str) -> Firing:\n"
    "    return Firing(k, datetime.fromisoformat('2026-01-01'), Decimal('1'))\n"
    "@task()\n"
    "async def fields(k: str):\n"
    "    f = make(k)\n"
    "    return vars(f)\n"
    "@task()\n"
    "async def cost(k: str):\n"
    "    f = make(k)\n"
    "    return {'kiln': getattr(f, 'kiln'), 'cost': getattr(f, 'cost'), 'x': getattr(f, 'x', 0)}\n"
    "@workflow\n"
    "async def main(k: str):\n"
    "    return [await fields(k), await cost(k)]\n"
)


def test_fields_of_an_instance_read_through_vars_and_getattr() -> None:
    # `vars(f)` is `asdict(f)` without the copy; `getattr(f, "cost")` is `f.cost`
    found = run(FIELDS_READ_OTHERWISE, "WAC107")
    assert [(row, code) for row, code, _ in found] == [(15, "WAC107"), (19, "WAC107")]
    assert found[0][2].startswith("`vars(f)` is a dict whose `started` is a `datetime`")
    assert found[1][2].startswith("`getattr(f, 'cost')` is a `Decimal` inside the value")


def test_instance_made_by_a_helper_of_the_file() -> None:
    # `f = make(k)` where `make` is annotated `-> Firing`, or builds one in each return
    code = FIELDS_READ_OTHERWISE.replace("def make(k: str) -> Firing:", "def make(k: str):")
    assert rows(code, "WAC107") == [(15, "WAC107"), (19, "WAC107")]
    made_by_task = FIELDS_READ_OTHERWISE.replace(
        "def make(k: str) -> Firing:", "@task()\nasync def make(k: str) -> Firing:"
    ).replace("    f = make(k)\n", "    f = await make(k)\n")
    # a task's result comes back through JSON: not an instance (its return is reported)
    assert rows(made_by_task, "WAC107") == [(12, "WAC107")]


EXIT_RETURNS = (
    "from wmill import task, workflow\n"
    "@task()\n"
    "async def t(x: str) -> dict:\n"
    "    return {'x': x}\n"
    "class A:\n"
    "    def __enter__(self):\n"
    "        return self\n"
    "    def __exit__(self, et, e, tb):\n"
    "        return et is not None\n"
    "class B:\n"
    "    def __enter__(self):\n"
    "        return self\n"
    "    def __exit__(self, et, e, tb):\n"
    "        return bool(e)\n"
    "class C:\n"
    "    def __enter__(self):\n"
    "        return self\n"
    "    def __exit__(self, et, e, tb):\n"
    "        return et is not None and issubclass(et, Exception)\n"
    "class D:\n"
    "    async def __aenter__(self):\n"
    "        return self\n"
    "    async def __aexit__(self, *exc_info):\n"
    "        if exc_info[0] is not None:\n"
    "            print('failed')\n"
    "            return True\n"
    "        return False\n"
    "class E:\n"
    "    async def __aenter__(self):\n"
    "        return self\n"
    "    async def __aexit__(self, *exc_info):\n"
    "        if exc_info[0] is not None:\n"
    "            raise RuntimeError('wrapped')\n"
    "        return False\n"
    "@workflow\n"
    "async def main(x: str):\n"
    "    with A():\n"
    "        await t('a')\n"
    "    with B():\n"
    "        await t('b')\n"
    "    with C():\n"
    "        await t('c')\n"
    "    async with D():\n"
    "        await t('d')\n"
    "    async with E():\n"
    "        await t('e')\n"
)


def test_exit_method_true_whenever_an_exception_is_given() -> None:
    # `return et is not None`, `return bool(e)`, `if exc_info[0] is not None: return True`
    # suppress the suspension too; `issubclass(et, Exception)` lets it through
    assert rows(EXIT_RETURNS, "WAC201") == [(37, "WAC201"), (39, "WAC201"), (43, "WAC201")]
