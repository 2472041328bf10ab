"""Red team AJ (ajp): regressions for the general causes behind its Python corpus
(`tests/corpus/adversarial/aj_py_*`)."""

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


# ---- a choice between tasks: `a if c else b`, `a or b`, one name per branch ----------

CHOICES = (
    "from pathlib import PurePosixPath\n"
    "from wmill import task, task_script, task_flow, workflow\n"
    "local = task_script('f/img/render')\n"
    "remote = task_script('f/img/render_remote')\n"
    "flow = task_flow('f/img/pipeline')\n"  # 5
    "@task()\n"
    "async def page(x: str) -> None:\n"
    "    return None\n"
    "@task()\n"
    "async def mail(x: str) -> None:\n"  # 10
    "    return None\n"
    "@workflow\n"
    "async def main(s: str, fast: bool, urgent: bool):\n"
    "    render = local if fast else remote\n"
    "    await render(src=PurePosixPath(s))\n"  # 15: WAC107, either script
    "    notify = page if urgent else mail\n"
    "    notify(s)\n"  # 17: WAC106, a task either way
    "    pick = local or remote\n"
    "    await pick(src={1, 2})\n"  # 19: WAC107
    "    mixed = local if fast else flow\n"
    "    await mixed(src={1, 2})\n"  # 21: a script or a flow: not one kind, not followed
    "    if fast:\n"
    "        chosen = local\n"
    "    else:\n"
    "        chosen = remote\n"  # 25
    "    await chosen(src=PurePosixPath(s))\n"  # 26: WAC107
    "    await local(src=str(PurePosixPath(s)))\n"  # 27: fine
    "    return None\n"
)


def test_conditional_expression_of_tasks_is_a_task_call() -> None:
    assert rows(CHOICES, "WAC106", "WAC107") == [
        (15, "WAC107"),
        (17, "WAC106"),
        (19, "WAC107"),
        (26, "WAC107"),
    ]


def test_chosen_script_message_says_another_may_be_called() -> None:
    messages = {row: message for row, _, message in run(CHOICES, "WAC107")}
    assert (
        "passed to the script `f/img/render` (or another script this call may pick)"
        in (messages[15])
    )


# ---- `cls(...)` in a classmethod builds the class ------------------------------------

CLASSMETHOD = (
    "from dataclasses import dataclass, field\n"
    "import requests\n"
    "from wmill import task, workflow\n"
    "@dataclass\n"
    "class Profile:\n"  # 5
    "    mcc: str\n"
    "    apn: dict = field(default_factory=dict)\n"
    "    def __post_init__(self):\n"
    "        self.apn = requests.get(f'https://x/{self.mcc}').json()\n"
    "    @classmethod\n"  # 10
    "    def from_imsi(cls, imsi: str) -> 'Profile':\n"
    "        return cls(mcc=imsi[:3])\n"
    "    @staticmethod\n"
    "    def label(cls: str) -> str:\n"
    "        return cls.upper()\n"  # 15
    "class Plain:\n"
    "    def __init__(self, x: str):\n"
    "        self.x = x\n"
    "    @classmethod\n"
    "    def make(cls, x: str) -> 'Plain':\n"  # 20
    "        return cls(x)\n"
    "@workflow\n"
    "async def main(imsi: str):\n"
    "    p = Profile.from_imsi(imsi)\n"  # 24: WAC101 through __post_init__
    "    q = Plain.make(imsi)\n"  # 25: fine
    "    return Profile.label(imsi) + q.x + p.mcc\n"  # 26: fine (a staticmethod)
)


def test_cls_call_in_classmethod_runs_the_constructor() -> None:
    found = run(CLASSMETHOD, "WAC101")
    assert [(row, code) for row, code, _ in found] == [(24, "WAC101")]
    assert "main → Profile.from_imsi → Profile.__post_init__ → requests.get" in found[0][2]


# ---- functools.reduce whose lambda's value is a task call ----------------------------

REDUCE = (
    "import functools\n"
    "from functools import reduce\n"
    "from wmill import task, workflow\n"
    "@task()\n"
    "async def merge(a: str, b: str) -> str:\n"  # 5
    "    return a + b\n"
    "def joined(xs: list[str]) -> str:\n"
    "    return functools.reduce(lambda acc, nxt: acc + nxt, xs)\n"
    "@workflow\n"
    "async def main(xs: list[str]):\n"  # 10
    "    m = await functools.reduce(lambda acc, nxt: merge(acc, nxt), xs)\n"  # 11
    "    n = await reduce(lambda acc, nxt: (merge(acc, nxt)), xs)\n"  # 12
    "    total = xs[0]\n"
    "    for nxt in xs[1:]:\n"
    "        total = await merge(total, nxt)\n"  # 15: fine
    "    k = joined(xs)\n"  # 16: a fold of strings
    "    return m, n, total, k\n"
)


def test_reduce_with_task_call_value_drops_the_coroutines() -> None:
    assert rows(REDUCE, "WAC106") == [(11, "WAC106"), (12, "WAC106")]


# ---- min / max / choice of a name bound to a comprehension ---------------------------

PICKS = (
    "import random\n"
    "from datetime import datetime\n"
    "from wmill import task, workflow\n"
    "@task()\n"
    "async def first(xs: list[str]):\n"  # 5
    "    starts = [datetime.fromisoformat(x) for x in xs]\n"
    "    return min(starts)\n"  # 7: WAC107
    "@task()\n"
    "async def any_one(xs: list[str]):\n"
    "    starts = [datetime.fromisoformat(x) for x in xs]\n"  # 10
    "    return random.choice(starts)\n"  # 11: WAC107
    "@task()\n"
    "async def first_text(xs: list[str]):\n"
    "    starts = [datetime.fromisoformat(x).isoformat() for x in xs]\n"
    "    return min(starts)\n"  # 15: fine, strings
    "@workflow\n"
    "async def main(xs: list[str]):\n"
    "    return [await first(xs), await any_one(xs), await first_text(xs)]\n"
)


def test_pick_of_a_name_bound_to_a_comprehension() -> None:
    assert rows(PICKS, "WAC107") == [(7, "WAC107"), (11, "WAC107")]


# ---- containers of model instances: declared, and pydantic TypeAdapter ---------------

MODELS = (
    "from dataclasses import dataclass\n"
    "from pydantic import BaseModel, TypeAdapter\n"
    "from typing import TypedDict\n"
    "from wmill import task, workflow\n"
    "class Bundle(BaseModel):\n"  # 5
    "    code: str\n"
    "@dataclass\n"
    "class Slot:\n"
    "    at: str\n"
    "class Row(TypedDict):\n"  # 10
    "    code: str\n"
    "BUNDLES = TypeAdapter(list[Bundle])\n"
    "@task()\n"
    "async def adapted(rows: list[dict]) -> list[Bundle]:\n"
    "    return BUNDLES.validate_python(rows)\n"  # 15: WAC107
    "@task()\n"
    "async def adapted_bare(rows: list[dict]):\n"
    "    return TypeAdapter(list[Bundle]).validate_json(rows)\n"  # 18: WAC107
    "@task()\n"
    "async def held(rows: list[dict]) -> dict[str, Slot]:\n"  # 20
    "    out = {r['id']: Slot(**r) for r in rows}\n"
    "    return out\n"  # 22: WAC107 (declared)
    "@task()\n"
    "async def loose(rows: list[dict]) -> list[Bundle]:\n"
    "    import requests\n"  # 25
    "    return requests.get('https://x').json()['bundles']\n"  # 26: fine, parsed JSON
    "@task()\n"
    "async def dumped(rows: list[dict]) -> list[Bundle]:\n"
    "    return [b.model_dump() for b in BUNDLES.validate_python(rows)]\n"  # 29: fine
    "@task()\n"  # 30
    "async def typed(rows: list[dict]) -> list[Row]:\n"
    "    out = [Row(code=r['code']) for r in rows]\n"
    "    return out\n"  # 33: fine, a TypedDict is a dict
    "@task()\n"
    "async def counted(rows: list[dict]) -> int:\n"  # 35
    "    return len(TypeAdapter(list[int]).validate_python(rows))\n"  # 36: fine
    "@workflow\n"
    "async def main(rows: list[dict]):\n"
    "    return [await adapted(rows), await adapted_bare(rows), await held(rows),\n"
    "            await loose(rows), await dumped(rows), await typed(rows), await counted(rows)]\n"
)


def test_containers_of_instances_lose_each_instance() -> None:
    assert rows(MODELS, "WAC107") == [(15, "WAC107"), (18, "WAC107"), (22, "WAC107")]


def test_container_messages_name_the_instances() -> None:
    messages = {row: message for row, _, message in run(MODELS, "WAC107")}
    assert messages[15].startswith(
        "`BUNDLES.validate_python(rows)` is a `list[Bundle]` returned by this task"
    )
    assert "a list with each `Bundle` in it turned into a string of its `str()`" in messages[15]
    assert messages[22].startswith(
        "`out` is a `dict[str, Slot]` of `Slot` instances (its declared type) returned"
    )


# ---- a class whose `__aenter__` enters the task group it keeps -----------------------

GROUP_CLASS = (
    "import asyncio\n"
    "from wmill import task, workflow\n"
    "@task()\n"
    "async def activate(x: str) -> dict:\n"
    "    return {'x': x}\n"  # 5
    "class Batch:\n"
    "    def __init__(self):\n"
    "        self._group = asyncio.TaskGroup()\n"
    "        self.tasks = []\n"
    "    async def __aenter__(self):\n"  # 10
    "        await self._group.__aenter__()\n"
    "        return self\n"
    "    async def __aexit__(self, *exc):\n"
    "        return await self._group.__aexit__(*exc)\n"
    "    def submit(self, coro):\n"  # 15
    "        self.tasks.append(self._group.create_task(coro))\n"
    "class Timed:\n"
    "    def __init__(self):\n"
    "        self._lock = asyncio.Lock()\n"
    "    async def __aenter__(self):\n"  # 20
    "        await self._lock.__aenter__()\n"
    "        return self\n"
    "    async def __aexit__(self, *exc):\n"
    "        return await self._lock.__aexit__(*exc)\n"
    "@workflow\n"  # 25
    "async def main(xs: list[str]):\n"
    "    async with Batch() as b:\n"  # 27: WAC201
    "        for x in xs:\n"
    "            b.submit(activate(x))\n"
    "    async with Timed():\n"  # 30: fine, a lock
    "        one = await activate(xs[0])\n"
    "    return [t.result() for t in b.tasks], one\n"
)


def test_class_entering_a_task_group() -> None:
    found = run(GROUP_CLASS, "WAC201")
    assert [(row, code) for row, code, _ in found] == [(27, "WAC201")]
    assert found[0][2].startswith(
        "`Batch` (whose `__aenter__` enters the `asyncio.TaskGroup()` it keeps) collects"
    )


# ---- socket.getfqdn: the machine's name, not I/O ------------------------------------

FQDN = (
    "import socket\n"
    "from wmill import task, workflow\n"
    "@task()\n"
    "async def lock(owner: str) -> None:\n"
    "    return None\n"  # 5
    "@workflow\n"
    "async def main():\n"
    "    await lock(socket.getfqdn())\n"  # 8: WAC102 only
)


def test_getfqdn_is_the_environment_only() -> None:
    assert rows(FQDN, "WAC101", "WAC102") == [(8, "WAC102")]


def test_reduce_message_says_the_coroutine_is_the_next_argument() -> None:
    found = run(REDUCE, "WAC106")
    assert found[0][2].startswith(
        "`functools.reduce` hands each `merge(...)` coroutine to the next call as its "
        "accumulator: only the last is awaited"
    )
    assert found[1][2].startswith("`reduce` hands each `merge(...)` coroutine")


INSTANCE_CLASS = (
    "from dataclasses import dataclass\n"
    "import requests\n"
    "from wmill import workflow\n"
    "@dataclass\n"
    "class Order:\n"  # 5
    "    sku: str\n"
    "    def __post_init__(self):\n"
    "        self.price = requests.get(f'https://x/{self.sku}').json()\n"
    "    def renamed(self, sku: str) -> 'Order':\n"
    "        return type(self)(sku=sku)\n"  # 10
    "    def copied(self) -> 'Order':\n"
    "        return self.__class__(sku=self.sku)\n"
    "class Note:\n"
    "    def __init__(self, text: str):\n"
    "        self.text = text\n"  # 15
    "    def again(self) -> 'Note':\n"
    "        return type(self)(self.text)\n"
    "@workflow\n"
    "async def main(order: Order, sku: str):\n"
    "    a = order.renamed(sku)\n"  # 20: WAC101
    "    b = order.copied()\n"  # 21: WAC101
    "    c = Note(sku).again()\n"  # 22: fine
    "    return type(sku)(sku), a.sku, b.sku, c.text\n"  # 23: fine, the builtin str
)


def test_type_of_self_builds_the_class() -> None:
    assert rows(INSTANCE_CLASS, "WAC101") == [(20, "WAC101"), (21, "WAC101")]
