"""Red team V (vp): regressions for the general causes behind its Python corpus
(`tests/corpus/adversarial/v_py_*`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile


def findings(code: str, *codes: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=list(codes))
    return [(f.row, f.code) for f in result.findings]


JOURNAL = (
    "from wmill import step, task, workflow\n\n"
    "class Journal:\n"
    "    def __init__(self):\n"
    "        self.entries = []\n"
    "        self._client = None\n"
    "    def post(self, row):\n"
    "        self.entries.append(row)\n"
    "        return len(self.entries)\n"
    "    def client(self):\n"
    "        if self._client is None:\n"
    "            self._client = object()\n"
    "        return 1\n\n"
    "@task()\nasync def rows() -> list:\n    return [1, 2]\n\n"
    "@workflow\nasync def main():\n"
    "    journal = Journal()\n"
    "    for r in await rows():\n"
    "        await step('post', lambda r=r: journal.post(r))\n"
    "    await step('client', lambda: journal.client())\n"
    "    await step('local', lambda: Journal().post(3))\n"
    "    return journal.entries\n"
)


def test_a_step_calling_a_method_that_appends_to_self_of_a_body_instance() -> None:
    # `post` appends to `self.entries` of the body's `journal`: lost on replay. A lazily
    # built client kept on `self` (a plain `self.x = v`) and an instance the callback
    # builds itself are not the body's state.
    assert findings(JOURNAL, "WAC104") == [(23, "WAC104")]


GATE = (
    "from wmill import wait_for_approval, workflow\n\n"
    "class Gate:\n"
    "    def __init__(self, role: str, hours: int = 24):\n"
    "        self.role = role\n"
    "        self.timeout = hours * 3600\n"
    "    async def __call__(self) -> bool:\n"
    "        r = await wait_for_approval(key=self.role, timeout=self.timeout)\n"
    "        return r['approved']\n"
    "    async def ask(self) -> dict:\n"
    "        return await wait_for_approval(key=self.role)\n\n"
    "treasury = Gate('treasury')\n"
    "cfo = Gate(role='cfo')\n\n"
    "@workflow\nasync def main(big: bool):\n"
    "    await treasury()\n"
    "    await cfo()\n"
    "    if big:\n"
    "        await treasury()\n"
    "    for _ in range(2):\n"
    "        await cfo.ask()\n"
)


def test_an_approval_keyed_by_self_is_keyed_by_what_each_instance_was_built_with() -> None:
    # `treasury()` again (line 21) and `cfo.ask()` (the key `cfo`, line 23, in a loop and
    # after `cfo()`); `cfo()` on line 19 is another key than `treasury()` on line 18
    assert findings(GATE, "WAC303") == [(21, "WAC303"), (23, "WAC303")]


LEASE = (
    "from contextlib import asynccontextmanager, contextmanager\n"
    "from wmill import task, workflow\n\n"
    "@task()\nasync def grab(key: str) -> str:\n    return key\n\n"
    "@task()\nasync def free(key: str) -> None:\n    return None\n\n"
    "@task()\nasync def work(n: int) -> int:\n    return n\n\n"
    "@asynccontextmanager\nasync def lease(key: str):\n"
    "    await grab(key)\n    try:\n        yield key\n    finally:\n        await free(key)\n\n"
    "@contextmanager\ndef timer(label: str):\n"
    "    try:\n        yield\n    finally:\n        print(label)\n\n"
    "@workflow\nasync def main(n: int):\n"
    "    async with lease('etl'):\n        await work(n)\n"
    "    with timer('work'):\n        await work(n)\n"
    "    async with lease('idle'):\n        pass\n"
)


def test_a_context_manager_generator_whose_finally_calls_a_task() -> None:
    # only the `async with` around a task (line 33): `timer`'s finally prints, and the
    # last `lease` holds no durable call
    assert findings(LEASE, "WAC203") == [(33, "WAC203")]


ENUMS = (
    "from enum import Enum\nfrom wmill import step, task, workflow\n\n"
    "class Risk(Enum):\n    LOW = 1\n    HIGH = 2\n\n"
    "class Verdict(str, Enum):\n    OK = 'ok'\n    NO = 'no'\n\n"
    "@task()\nasync def risk(x: int) -> int:\n    return x\n\n"
    "@task()\nasync def verdict(x: str) -> str:\n    return x\n\n"
    "@workflow\nasync def main(x: int, v: str):\n"
    "    r = await risk(x)\n"
    "    d = await verdict(v)\n"
    "    a = r == Risk.HIGH\n"
    "    b = d == Verdict.OK\n"
    "    c = d is Verdict.NO\n"
    "    e = r is not Risk.LOW\n"
    "    f = v is Verdict.OK\n"
    "    return [a, b, c, e, f]\n"
)


def test_a_result_compared_with_an_enum_member_of_the_file() -> None:
    # `==` with a plain Enum (24), `is` / `is not` whatever the mix-in (26, 27); `==`
    # with a str mix-in compares by value (25), and `v` is an input, not a result (28)
    assert findings(ENUMS, "WAC107") == [(24, "WAC107"), (26, "WAC107"), (27, "WAC107")]


DECLARED = (
    "import httpx\nfrom pydantic import BaseModel\nfrom wmill import task, workflow\n\n"
    "class Quote(BaseModel):\n    carrier: str\n    price: int\n\n"
    "@task()\nasync def best(carriers: list[str]) -> Quote:\n"
    "    quotes = [Quote(carrier=c, price=len(c)) for c in carriers]\n"
    "    return min(quotes, key=lambda q: q.price)\n\n"
    "@task()\nasync def fetched(url: str) -> Quote:\n"
    "    return httpx.get(url).json()\n\n"
    "@workflow\nasync def main(carriers: list[str], url: str):\n"
    "    q = await best(carriers)\n    r = await fetched(url)\n    return [q, r]\n"
)


def test_a_task_declared_to_return_a_class_of_the_file() -> None:
    # `min(...)` of `-> Quote` (12); `.json()` (15) is judged by itself: the annotation
    # may be loose
    assert findings(DECLARED, "WAC107") == [(12, "WAC107")]


EXITS = (
    "from wmill import task, workflow\n\n"
    "@task()\nasync def free(key: str) -> None:\n    return None\n\n"
    "@task()\nasync def work(n: int) -> int:\n    return n\n\n"
    "class Lease:\n"
    "    async def __aenter__(self):\n        return self\n"
    "    async def __aexit__(self, exc_type, exc, tb):\n        await free('x')\n\n"
    "class Commit:\n"
    "    async def __aenter__(self):\n        return self\n"
    "    async def __aexit__(self, exc_type, exc, tb):\n"
    "        if exc_type is None:\n            await free('y')\n\n"
    "@workflow\nasync def main(n: int):\n"
    "    async with Lease():\n        await work(n)\n"
    "    async with Commit():\n        await work(n)\n"
)


def test_a_context_manager_class_whose_exit_calls_a_task() -> None:
    # `Lease` (26) always calls the task on the way out; `Commit` only on a clean exit
    assert findings(EXITS, "WAC203") == [(26, "WAC203")]


BY_REFERENCE = (
    "import asyncio\nimport os\n\nimport requests\nfrom wmill import task, workflow\n\n"
    "@task()\nasync def work(x: str) -> str:\n    return x\n\n"
    "@workflow\nasync def main(url: str, paths: list[str]):\n"
    "    loop = asyncio.get_running_loop()\n"
    "    r = await loop.run_in_executor(None, requests.get, url)\n"
    "    newest = sorted(paths, key=os.path.getmtime)\n"
    "    names = sorted(paths, key=str.lower)\n"
    "    return await work(f'{r.status_code}{newest}{names}')\n"
)


def test_library_functions_run_by_reference_in_the_body() -> None:
    # `run_in_executor` of the running loop (14) and a sort key (15) call what they are
    # given right there; `str.lower` does no I/O
    assert findings(BY_REFERENCE, "WAC101") == [(14, "WAC101"), (15, "WAC101")]


DESKS = """\
from dataclasses import dataclass

from wmill import wait_for_approval, workflow


@dataclass(frozen=True)
class Desk:
    team: str
    hours: int = 24

    async def ask(self) -> bool:
        r = await wait_for_approval(key=self.team, timeout=self.hours * 3600)
        return r["approved"]


class Fixed:
    KEY = "ops"

    async def __call__(self):
        return await wait_for_approval(key=self.KEY)


legal = Desk("legal")
sec = Desk(team="security", hours=4)
ops = Fixed()


@workflow
async def main(big: bool):
    await legal.ask()
    await sec.ask()
    await ops()
    if big:
        await legal.ask()
        await ops()
    return True
"""


def test_approval_keys_of_dataclass_fields_and_class_constants() -> None:
    # `legal.ask()` again (34): a dataclass field given by position; `ops()` again (35):
    # a class-level constant; `sec` has its own key
    assert findings(DESKS, "WAC303") == [(34, "WAC303"), (35, "WAC303")]


COPIES = (
    "import copy\nimport dataclasses\nfrom pydantic import BaseModel\n"
    "from wmill import task, workflow\n\n"
    "class Order(BaseModel):\n    id: str\n\n"
    "@dataclasses.dataclass\nclass Line:\n    sku: str\n    qty: int\n\n"
    "@task()\nasync def bump(sku: str) -> dict:\n"
    "    return dataclasses.replace(Line(sku, 1), qty=2)\n\n"
    "@task()\nasync def rename(o: dict) -> dict:\n"
    "    return Order.model_validate(o).model_copy(update={'id': 'x'})\n\n"
    "@task()\nasync def plain(o: dict) -> dict:\n"
    "    return copy.deepcopy(o) | o.copy()\n\n"
    "@workflow\nasync def main(o: dict):\n"
    "    return [await bump('a'), await rename(o), await plain(o)]\n"
)


def test_a_copy_of_an_instance_of_a_class_of_the_file() -> None:
    # `dataclasses.replace` (16) and `model_copy` (20) give instances; copies of a dict
    # (24) are dicts
    assert findings(COPIES, "WAC107") == [(16, "WAC107"), (20, "WAC107")]
