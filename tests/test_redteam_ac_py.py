"""Red team AC (acp): regressions for the general causes behind its Python corpus
(`tests/corpus/adversarial/ac_py_*`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile


def run(code: str, *codes: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>.py", code, LANG_PYTHON), select=list(codes))
    assert not result.errors, [e.error for e in result.errors]
    return [(f.row, f.code, f.message) for f in result.findings]


def rows(code: str, *codes: str) -> list[tuple[int, str]]:
    return [(row, rule) for row, rule, _ in run(code, *codes)]


TIMEDELTA_SECONDS = (
    "import datetime as dt\n"
    "from datetime import timedelta\n"
    "from wmill import sleep, task, wait_for_approval, workflow\n"
    "WEEK = timedelta(weeks=1)\n"
    "SHORT = timedelta(hours=2)\n"
    "LONG = dt.timedelta(1, 30)\n"
    "@task(timeout=timedelta(hours=30).seconds)\n"
    "async def t(x: int) -> int:\n"
    "    return x\n"
    "@workflow\n"
    "async def main(n: int):\n"
    "    await sleep(WEEK.seconds)\n"
    "    await sleep(SHORT.seconds)\n"
    "    await sleep(LONG.seconds)\n"
    "    await sleep(timedelta(days=n).seconds)\n"
    "    await wait_for_approval(timeout=SHORT.seconds)\n"
    "    await wait_for_approval(timeout=int(WEEK.total_seconds()))\n"
    "    await wait_for_approval(timeout=WEEK.seconds)\n"
    "    return await t(1)\n"
)


def test_seconds_field_of_a_timedelta_a_day_or_longer() -> None:
    # `.seconds` is the part below one day: `timedelta(weeks=1).seconds == 0`
    assert rows(TIMEDELTA_SECONDS, "WAC301", "WAC302") == [
        (7, "WAC302"),
        (12, "WAC301"),
        (14, "WAC301"),
        (18, "WAC302"),
    ]
    found = {row: message for row, _, message in run(TIMEDELTA_SECONDS, "WAC301", "WAC302")}
    assert "(0, not 604800)" in found[12] and "`WEEK.total_seconds()`" in found[12]
    assert "(30, not 86430)" in found[14]
    assert "(21600, not 108000)" in found[7]


TUPLE_CONSTANT = (
    "from wmill import task, workflow\n"
    'NO_CERT = ("", "")\n'
    "EMPTY = ()\n"
    "@task()\n"
    "async def window(host: str) -> tuple[str, str]:\n"
    '    return ("a", "b")\n'
    "@workflow\n"
    "async def main(host: str):\n"
    "    w = await window(host)\n"
    "    if w == NO_CERT:\n"
    "        return None\n"
    "    if NO_CERT != w:\n"
    "        pass\n"
    "    local = (host, host)\n"
    "    if w == local:\n"
    "        pass\n"
    "    return w\n"
)


def test_result_compared_with_a_name_bound_to_a_tuple() -> None:
    found = run(TUPLE_CONSTANT, "WAC107")
    assert [(row, rule) for row, rule, _ in found] == [
        (10, "WAC107"),
        (12, "WAC107"),
        (15, "WAC107"),
    ]
    assert "`w == NO_CERT` is never true" in found[0][2]
    assert "always true" in found[1][2]


INDEXED_ITEM = (
    "from datetime import datetime\n"
    "from wmill import task, workflow\n"
    "def parse(raw):\n"
    '    return datetime.fromisoformat(raw["at"])\n'
    "@task()\n"
    "async def earliest(xs: list[dict]):\n"
    "    slots = sorted(parse(s) for s in xs)\n"
    "    return slots[0]\n"
    "@task()\n"
    "async def latest(xs: list[dict]):\n"
    '    return sorted([datetime.fromisoformat(s["at"]) for s in xs])[-1]\n'
    "@task()\n"
    "async def window(xs: list[dict]):\n"
    "    slots = sorted(parse(s).isoformat() for s in xs)\n"
    "    return slots[0]\n"
    "@task()\n"
    "async def mixed(xs: list[dict]):\n"
    '    pair = [parse(xs[0]), "none"]\n'
    "    return pair[1]\n"
    "@workflow\n"
    "async def main(xs: list[dict]):\n"
    "    return [await earliest(xs), await latest(xs), await window(xs), await mixed(xs)]\n"
)


def test_item_of_a_sorted_list_of_datetimes_is_a_datetime() -> None:
    found = run(INDEXED_ITEM, "WAC107")
    assert [(row, rule) for row, rule, _ in found] == [(8, "WAC107"), (11, "WAC107")]
    assert found[0][2].startswith("`slots[0]` is a `datetime` returned by this task")


CLASS_TABLES = (
    "import requests\n"
    "from wmill import task, workflow\n"
    "def ping(x: dict) -> dict:\n"
    '    return requests.post("https://x.example", json=x).json()\n'
    "@task()\n"
    "async def pay(x: dict) -> dict:\n"
    "    return x\n"
    "class Base:\n"
    '    handlers = {"ping": ping}\n'
    "class Rules(Base):\n"
    '    tasks = {"pay": pay, "pay2": pay}\n'
    "    def run(self, kind: str, x: dict):\n"
    "        return self.handlers[kind](x)\n"
    "@workflow\n"
    "async def main(kind: str, x: dict):\n"
    "    Rules.handlers[kind](x)\n"
    "    Rules().run(kind, x)\n"
    "    Rules.tasks[kind](x)\n"
    '    r = Rules.handlers.get("ping")(x)\n'
    '    await Rules.tasks["pay"](x)\n'
    "    return await Rules.tasks[kind](x)\n"
)


def test_functions_and_tasks_in_a_class_level_table() -> None:
    assert rows(CLASS_TABLES, "WAC101", "WAC106") == [
        (16, "WAC101"),
        (17, "WAC101"),
        (18, "WAC106"),
        (19, "WAC101"),
    ]
    found = run(CLASS_TABLES, "WAC101")
    assert "`main → ping → requests.post`" in found[0][2]
    assert "`main → Rules.run → ping → requests.post`" in found[1][2]


PARTLY_READ = (
    "import asyncio\n"
    "from wmill import task, workflow\n"
    "@task()\n"
    "async def check(w: str) -> dict:\n"
    '    return {"w": w}\n'
    "@workflow\n"
    "async def main(works: list[str]):\n"
    "    first = [check(w) for w in works]\n"
    "    lead = await first[0]\n"
    "    last = await first[-1]\n"
    "    every = [check(w) for w in works]\n"
    "    head = await every[0]\n"
    "    rest = await asyncio.gather(*every[1:])\n"
    "    walked = [check(w) for w in works]\n"
    "    for job in walked:\n"
    "        await job\n"
    "    return lead, last, head, rest\n"
)


def test_list_of_task_coroutines_read_back_only_by_literal_index() -> None:
    found = run(PARTLY_READ, "WAC106")
    assert [(row, rule) for row, rule, _ in found] == [(8, "WAC106")]
    assert "reads back only `first[0]`, `first[-1]`" in found[0][2]
    assert "`await asyncio.gather(*first)`" in found[0][2]


TUPLE_KEYS = (
    "from wmill import task, workflow\n"
    "@task()\n"
    "async def zipped(room: str, rows: list[dict]) -> dict:\n"
    '    positions = [(room, r["shelf"]) for r in rows]\n'
    '    return dict(zip(positions, [r["c"] for r in rows]))\n'
    "@task()\n"
    "async def grouped(room: str, rows: list[dict]) -> dict:\n"
    "    groups: dict = {}\n"
    "    for r in rows:\n"
    '        groups.setdefault((room, r["shelf"]), []).append(r["c"])\n'
    "    return groups\n"
    "@task()\n"
    "async def looped(room: str, rows: list[dict]) -> dict:\n"
    '    positions = [(room, r["shelf"]) for r in rows]\n'
    "    groups: dict = {}\n"
    "    for pos, r in zip(positions, rows):\n"
    "        groups.setdefault(pos, []).append(r)\n"
    "    return dict(zip(groups.keys(), groups.values()))\n"
    "@task()\n"
    "async def by_name(rows: list[dict]) -> dict:\n"
    '    names = [r["shelf"] for r in rows]\n'
    "    groups: dict = {}\n"
    "    for pos, r in zip(names, rows):\n"
    "        groups.setdefault(pos, []).append(r)\n"
    "    for i, pos in enumerate(names):\n"
    "        groups[pos] = i\n"
    "    return dict(zip(groups.keys(), groups.values()))\n"
    "@workflow\n"
    "async def main(room: str, rows: list[dict]):\n"
    "    return [await zipped(room, rows), await grouped(room, rows), await looped(room, rows),"
    " await by_name(rows)]\n"
)


def test_dicts_keyed_by_tuples_through_setdefault_loop_targets_and_zip() -> None:
    found = run(TUPLE_KEYS, "WAC107")
    assert [(row, rule) for row, rule, _ in found] == [
        (5, "WAC107"),
        (11, "WAC107"),
        (18, "WAC107"),
    ]
    assert "keyed by a `tuple` (the items of `positions`)" in found[0][2]
    assert '(`groups.setdefault((room, r["shelf"]), [])`)' in found[1][2]
    assert "(`groups.setdefault(pos, [])`)" in found[2][2]


def test_list_filled_by_append_in_a_loop_and_read_back_by_index() -> None:
    code = (
        "import asyncio\n"
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def check(w: str) -> dict:\n"
        '    return {"w": w}\n'
        "@workflow\n"
        "async def main(works: list[str]):\n"
        "    jobs = []\n"
        "    for w in works:\n"
        "        jobs.append(check(w))\n"
        "    lead = await jobs[0]\n"
        "    kept = []\n"
        "    for w in works:\n"
        "        kept.append(check(w))\n"
        "    first = await kept[0]\n"
        "    rest = await asyncio.gather(*kept[1:])\n"
        "    return lead, first, rest\n"
    )
    found = run(code, "WAC106")
    assert [(row, rule) for row, rule, _ in found] == [(10, "WAC106")]
    assert "reads back only `jobs[0]`" in found[0][2]


def test_own_module_getattr_reaches_the_functions_its_name_can_spell() -> None:
    code = (
        "import sys\n"
        "import requests\n"
        "from wmill import workflow\n"
        "def pay_hourly(e: dict) -> dict:\n"
        '    return requests.post("https://x.example/pay", json=e).json()\n'
        "def describe(e: dict) -> str:\n"
        "    return str(e)\n"
        "@workflow\n"
        "async def main(kind: str, e: dict):\n"
        '    getattr(sys.modules[__name__], f"pay_{kind}")(e)\n'
        '    return getattr(sys.modules[__name__], "describe")(e)\n'
    )
    found = run(code, "WAC101")
    assert [(row, rule) for row, rule, _ in found] == [(10, "WAC101")]
    assert "`main → pay_hourly → requests.post`" in found[0][2]


def test_task_kept_as_a_class_attribute_is_a_task_call() -> None:
    code = (
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def fetch(x: str) -> dict:\n"
        '    return {"x": x}\n'
        "class Jobs:\n"
        "    fetch = fetch\n"
        "    label = 'jobs'\n"
        "@workflow\n"
        "async def main(x: str):\n"
        "    Jobs.fetch(x)\n"
        "    Jobs.fetch(y=x)\n"
        "    return await Jobs.fetch(x)\n"
    )
    assert rows(code, "WAC106") == [(10, "WAC106"), (11, "WAC106")]


def test_counters_and_comprehensions_keyed_by_whole_numbers() -> None:
    code = (
        "from collections import Counter\n"
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def a(rows: list[dict]):\n"
        '    return Counter(int(r["ttl"]) for r in rows)\n'
        "@task()\n"
        "async def b(rows: list[dict]):\n"
        '    return {int(r["ttl"]): r["name"] for r in rows}\n'
        "@task()\n"
        "async def c(rows: list[dict]):\n"
        "    out = {}\n"
        "    for r in rows:\n"
        '        out[len(r["name"])] = r\n'
        "    return out\n"
        "@task()\n"
        "async def d(rows: list[dict]):\n"
        '    return Counter(r["name"] for r in rows), {str(r["ttl"]): 1 for r in rows}\n'
        "@workflow\n"
        "async def main(rows: list[dict]):\n"
        "    return await a(rows), await b(rows), await c(rows), await d(rows)\n"
    )
    found = run(code, "WAC107")
    assert [(row, rule) for row, rule, _ in found] == [(5, "WAC107"), (8, "WAC107"), (14, "WAC107")]
    assert all("is a dict keyed by numbers" in message for _, _, message in found)


def test_retry_decorator_above_a_task_retries_when_its_filter_matches_task_error() -> None:
    # wmill 1.850.0: once the task failed, its wrapper's call raises TaskError on replay
    code = (
        "import httpx\n"
        "import stamina\n"
        "from tenacity import retry, retry_if_exception_type, stop_after_attempt\n"
        "from wmill import task, workflow\n"
        "@stamina.retry(on=httpx.HTTPError, attempts=3)\n"
        "@task()\n"
        "async def a(x: str) -> str:\n"
        "    return x\n"
        "@retry(retry=retry_if_exception_type((KeyError, ValueError)))\n"
        "@task()\n"
        "async def b(x: str) -> str:\n"
        "    return x\n"
        "@retry(stop=stop_after_attempt(3))\n"
        "@task()\n"
        "async def c(x: str) -> str:\n"
        "    return x\n"
        "@stamina.retry(on=Exception, attempts=3)\n"
        "@task()\n"
        "async def d(x: str) -> str:\n"
        "    return x\n"
        "@workflow\n"
        "async def main(x: str):\n"
        "    return [await a(x), await b(x), await c(x), await d(x)]\n"
    )
    result = analyze_source(SourceFile("<t>.py", code, LANG_PYTHON), select=["WAC204"])
    found = [(f.row, f.severity, f.message) for f in result.findings]
    assert [(row, severity) for row, severity, _ in found] == [
        (5, "error"),
        (9, "error"),
        (13, "warning"),
        (17, "warning"),
    ]
    assert "retries on `httpx.HTTPError`, but a failed task raises `TaskError`" in found[0][2]
    assert "retries on `KeyError`, `ValueError`" in found[1][2]
    assert "dispatches the task anew under the next step key" in found[2][2]


def test_a_table_an_init_assigns_to_self_is_a_dispatch_table() -> None:
    code = (
        "import requests\n"
        "from wmill import workflow\n"
        "def pay(e: dict) -> dict:\n"
        '    return requests.post("https://x.example/pay", json=e).json()\n'
        "def describe(e: dict) -> str:\n"
        "    return str(e)\n"
        "class Registry:\n"
        "    def __init__(self):\n"
        '        self.handlers = {"pay": pay}\n'
        '        self.views = {"describe": describe}\n'
        "class Changing:\n"
        "    def __init__(self):\n"
        '        self.handlers = {"describe": describe}\n'
        "    def swap(self):\n"
        '        self.handlers = {"pay": pay}\n'
        "@workflow\n"
        "async def main(kind: str, e: dict):\n"
        "    reg = Registry()\n"
        "    reg.handlers[kind](e)\n"
        "    reg.views[kind](e)\n"
        "    Changing().handlers[kind](e)\n"
        "    return 1\n"
    )
    assert rows(code, "WAC101") == [(19, "WAC101")]
