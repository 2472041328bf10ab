"""Red team AA (aap): regressions for the general causes behind its Python corpus
(`tests/corpus/adversarial/aa_py_*`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile


def run(code: str, *codes: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>.py", code, LANG_PYTHON), select=list(codes))
    assert not result.errors, [e.error for e in result.errors]
    return [(f.row, f.code, f.message) for f in result.findings]


def test_task_applied_to_a_nested_def_is_that_task_keyed_by_its_name() -> None:
    # wmill 1.850.0 `task()(fn)` keys the task by `fn.__name__`; its body runs in the
    # task's own job, not in the workflow body
    code = (
        "import boto3\n"
        "from wmill import task, workflow\n"
        's3 = boto3.client("s3")\n'
        "@workflow\n"
        "async def main(key: str):\n"
        "    async def _archive(b: str) -> str:\n"
        '        s3.copy_object(Bucket="a", Key=b, CopySource={"Bucket": "b", "Key": b})\n'
        "        return b\n"
        "    archive = task()(_archive)\n"
        "    return await archive(key)\n"
    )
    found = run(code, "WAC003", "WAC101")
    assert [(row, rule) for row, rule, _ in found] == [(9, "WAC003")]
    assert "keyed by its name `_archive`" in found[0][2]
    assert "anonymous" not in found[0][2]


def test_task_applied_to_a_parameter_is_keyed_by_the_function_given() -> None:
    code = (
        "from wmill import task, workflow\n"
        "REG = {}\n"
        "def reader(p: str):\n"
        "    def register(fn):\n"
        "        wrapped = task(timeout=60)(fn)\n"
        "        REG[p] = wrapped\n"
        "        return wrapped\n"
        "    return register\n"
        '@reader("modbus")\n'
        "async def read_modbus(m: dict) -> dict:\n"
        "    return m\n"
        "@workflow\n"
        "async def main(m: dict):\n"
        "    return await read_modbus(m)\n"
    )
    found = run(code, "WAC003")
    assert [(row, rule) for row, rule, _ in found] == [(5, "WAC003")]
    assert "anonymous" not in found[0][2] and "<lambda>" not in found[0][2]
    assert "each function passed as `fn`" in found[0][2]


def test_declared_return_type_yields_to_a_value_evidently_a_string() -> None:
    # Python does not check `-> datetime`: `return d.isoformat()` checkpoints a string
    code = (
        "from datetime import datetime\n"
        "from decimal import Decimal\n"
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def stamp(x: str) -> datetime:\n"
        "    return datetime.fromisoformat(x).isoformat()\n"
        "@task()\n"
        "async def total(x: str) -> Decimal:\n"
        "    return str(Decimal(x) * 2)\n"
        "@task()\n"
        "async def raw(x: str) -> Decimal:\n"
        "    return Decimal(x)\n"
        "@task()\n"
        "async def later(x: str) -> datetime:\n"
        "    return datetime.fromisoformat(x)\n"
        "@workflow\n"
        "async def main(x: str):\n"
        "    return [await stamp(x), await total(x), await raw(x), await later(x)]\n"
    )
    assert [(row, rule) for row, rule, _ in run(code, "WAC107")] == [(12, "WAC107"), (15, "WAC107")]


def test_dict_comprehension_keyed_by_a_counter_comes_back_keyed_by_strings() -> None:
    # json.dumps writes int keys as strings: `{0: ...}` is read back as `{"0": ...}`
    code = (
        "from wmill import task, step, workflow\n"
        "@task()\n"
        "async def numbered(xs: list[str]) -> dict:\n"
        "    return {n: x for n, x in enumerate(xs, 1)}\n"
        "@task()\n"
        "async def texted(xs: list[str]) -> dict:\n"
        "    return {str(n): x for n, x in enumerate(xs, 1)}\n"
        "@task()\n"
        "async def by_name(xs: list[str]) -> dict:\n"
        "    return {x: n for n, x in enumerate(xs)}\n"
        "@workflow\n"
        "async def main(xs: list[str]):\n"
        "    hours = await step('h', lambda: {h: 0 for h in range(24)})\n"
        "    return [await numbered(xs), await texted(xs), await by_name(xs), hours]\n"
    )
    found = run(code, "WAC107")
    assert [(row, rule) for row, rule, _ in found] == [(4, "WAC107"), (13, "WAC107")]
    assert "keyed by strings" in found[0][2]


def test_task_tables_built_with_dict_and_read_with_get_and_a_default() -> None:
    # `dict(a=t1, b=t2)` holds the same wrappers a literal does; `.get(k, t3)(x)` calls
    # one of them (or the default) on the spot
    code = (
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def dog(p: dict) -> str:\n"
        "    return 'dog'\n"
        "@task()\n"
        "async def cat(p: dict) -> str:\n"
        "    return 'cat'\n"
        "@task()\n"
        "async def other(p: dict) -> str:\n"
        "    return 'other'\n"
        "@task()\n"
        "async def odd(p: dict, extra: int) -> str:\n"
        "    return 'odd'\n"
        "BY_KIND = dict(dog=dog, cat=cat)\n"
        "LITERAL = {'dog': dog, 'cat': cat}\n"
        "@workflow\n"
        "async def main(p: dict, kind: str):\n"
        "    BY_KIND[kind](p)\n"
        "    BY_KIND['dog'](p)\n"
        "    LITERAL.get(kind, other)(p)\n"
        "    BY_KIND.get(kind)(p)\n"
        "    LITERAL.get(kind, odd)(p)\n"
        "    await BY_KIND.get(kind, other)(p)\n"
        "    return 1\n"
    )
    rows = [(row, rule) for row, rule, _ in run(code, "WAC106")]
    assert rows == [(18, "WAC106"), (19, "WAC106"), (20, "WAC106"), (21, "WAC106")]


def test_house_decorator_returning_task_of_its_function_makes_tasks() -> None:
    # `def durable(...): def deco(fn): return task(timeout=...)(fn)`: each function
    # `@durable(...)` decorates is a task (keyed by its name); its body is not body code
    code = (
        "import requests\n"
        "from wmill import task, workflow\n"
        "def durable(timeout: int = 60):\n"
        "    def deco(fn):\n"
        "        return task(timeout=timeout)(fn)\n"
        "    return deco\n"
        "def plain(fn):\n"
        "    wrapped = task()(fn)\n"
        "    return wrapped\n"
        "def not_a_task_maker(fn):\n"
        "    task()(fn)\n"
        "    return fn\n"
        "@durable(timeout=120)\n"
        "async def fetch(x: str) -> dict:\n"
        "    return requests.get(x).json()\n"
        "@plain\n"
        "async def push(x: str) -> bool:\n"
        "    return requests.post(x).ok\n"
        "@not_a_task_maker\n"
        "async def helper(x: str) -> bool:\n"
        "    return requests.put(x).ok\n"
        "@workflow\n"
        "async def main(x: str):\n"
        "    a = await fetch(x)\n"
        "    push(x)\n"
        "    await helper(x)\n"
        "    return a\n"
    )
    rows = [(row, rule) for row, rule, _ in run(code, "WAC101", "WAC106")]
    assert rows == [(25, "WAC106"), (26, "WAC101")]


def test_table_filled_by_a_registering_decorator_holds_its_tasks() -> None:
    code = (
        "from wmill import task, workflow\n"
        "READERS: dict = {}\n"
        "OTHERS: dict = {}\n"
        "def reader(protocol: str):\n"
        "    def register(fn):\n"
        "        wrapped = task(timeout=60)(fn)\n"
        "        READERS[protocol] = wrapped\n"
        "        OTHERS[protocol] = fn\n"
        "        return wrapped\n"
        "    return register\n"
        "@reader('modbus')\n"
        "async def read_modbus(meter: dict) -> dict:\n"
        "    return meter\n"
        "@reader('dnp3')\n"
        "async def read_dnp3(meter: dict) -> dict:\n"
        "    return meter\n"
        "@workflow\n"
        "async def main(meters: list[dict]):\n"
        "    pending = []\n"
        "    for meter in meters:\n"
        "        read = READERS[meter['protocol']]\n"
        "        pending.append(read(meter))\n"
        "        READERS.get(meter['protocol'])(meter)\n"
        "        OTHERS[meter['protocol']](meter)\n"
        "    return len(pending)\n"
    )
    rows = [(row, rule) for row, rule, _ in run(code, "WAC106")]
    assert rows == [(22, "WAC106"), (23, "WAC106")]


def test_name_assigned_a_task_on_each_branch_holds_one() -> None:
    code = (
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def page(site: str, alarm: dict) -> str:\n"
        "    return 'p'\n"
        "@task()\n"
        "async def ticket(site: str, alarm: dict) -> str:\n"
        "    return 't'\n"
        "def log_only(site: str, alarm: dict) -> str:\n"
        "    return 'l'\n"
        "@workflow\n"
        "async def main(site: str, alarm: dict):\n"
        "    if alarm['severity'] == 'critical':\n"
        "        escalate = page\n"
        "    else:\n"
        "        escalate = ticket\n"
        "    escalate(site, alarm)\n"
        "    match alarm.get('source'):\n"
        "        case 'inverter':\n"
        "            follow = ticket\n"
        "        case _:\n"
        "            follow = log_only\n"
        "    follow(site, alarm)\n"
        "    await escalate(site, alarm)\n"
        "    return 1\n"
    )
    rows = [(row, rule) for row, rule, _ in run(code, "WAC106")]
    assert rows == [(16, "WAC106")]


def test_shared_state_is_a_file_of_the_shared_folder_not_the_api() -> None:
    # wmill 1.850.0 `Windmill.set_shared_state` opens `/shared/<path>`: no request
    code = (
        "import wmill\n"
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def go(x: str) -> str:\n"
        "    return x\n"
        "@workflow\n"
        "async def main(x: str):\n"
        "    wmill.set_shared_state({'x': x})\n"
        "    return await go(x)\n"
    )
    found = run(code, "WAC101")
    assert [(row, rule) for row, rule, _ in found] == [(8, "WAC101")]
    assert "touches the file system" in found[0][2] and "Windmill API" not in found[0][2]
