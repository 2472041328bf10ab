"""Red team X (xp): regressions for the general causes behind its Python corpus
(`tests/corpus/adversarial/x_py_*`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def findings(code: str, *codes: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=list(codes))
    return [(f.row, f.code) for f in result.findings]


HEAD = (
    "from wmill import task, workflow\n\n"
    "@task()\nasync def charge(x: str) -> str:\n    return x\n\n"
)


def test_a_function_handed_to_a_helper_counts_only_for_the_call_that_hands_it() -> None:
    # `staged(label, fn, *args)` awaits `fn(*args)`: each call runs the function it
    # gives, not the one the helper's first call gave (its I/O, its handlers)
    code = HEAD + (
        "async def fetch(x):\n"
        "    import httpx\n"
        "    return httpx.get(x).text\n\n"
        "async def risky(x):\n"
        "    try:\n"
        "        return await charge(x)\n"
        "    except:\n"
        "        return None\n\n"
        "async def staged(label, fn, *args):\n"
        "    return await fn(*args)\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    a = await staged('a', fetch, x)\n"  # 22
        "    b = await staged('b', charge, x)\n"
        "    c = await staged('c', risky, x)\n"  # 24
        "    d = await staged('d', charge, x)\n"
        "    e = await staged('e', fetch, x)\n"  # 26
        "    return a, b, c, d, e\n"
    )
    assert findings(code, "WAC101", "WAC201") == [
        (22, "WAC101"),
        (24, "WAC201"),
        (26, "WAC101"),
    ]


def test_the_workspace_variable_is_the_same_in_every_round() -> None:
    # the worker sets WM_WORKSPACE to the job's workspace (what `get_workspace()`
    # returns); any other variable may differ on the worker running the next round
    code = HEAD + (
        "import os\n"
        "@workflow\nasync def main():\n"
        "    a = os.environ['WM_WORKSPACE']\n"
        "    b = os.getenv('WM_WORKSPACE')\n"
        "    c = os.environ.get('WM_WORKSPACE', 'admins')\n"
        "    d = os.environ.get('WM_JOB_ID')\n"  # 13
        "    e = os.environ[a]\n"  # 14
        "    return await charge(a + b + c + d + e)\n"
    )
    assert findings(code, "WAC102") == [(13, "WAC102"), (14, "WAC102")]


def test_the_workspace_variable_is_the_same_in_every_round_typescript() -> None:
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const t = task(async (x: string) => x);\n"
        "export const main = workflow(async () => {\n"
        "  const a = process.env.WM_WORKSPACE;\n"
        '  const b = process.env["WM_WORKSPACE"];\n'
        "  const c = process.env.WM_JOB_ID;\n"  # 6
        "  return await t(`${a}${b}${c}`);\n"
        "});\n"
    )
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=["WAC102"])
    assert [(f.row, f.code) for f in result.findings] == [(6, "WAC102")]


def test_gathering_a_set_of_task_coroutines_returns_results_in_address_order() -> None:
    # results read by position no longer line up with the items; summed, they may
    code = HEAD + (
        "import asyncio\n"
        "@workflow\nasync def main(xs: list[str]):\n"
        "    a = await asyncio.gather(*{charge(x) for x in xs})\n"  # 10
        "    pending = set()\n"
        "    for x in xs:\n"
        "        pending.add(charge(x))\n"
        "    b = await asyncio.gather(*pending)\n"  # 14
        "    first, second = await asyncio.gather(*set([charge(x) for x in xs[:2]]))\n"  # 15
        "    running = set()\n"
        "    for x in xs:\n"
        "        running.add(asyncio.create_task(charge(x)))\n"
        "    up = sum(1 for r in await asyncio.gather(*running) if r)\n"
        "    e = await asyncio.gather(*[charge(x) for x in sorted(set(xs))])\n"
        "    return dict(zip(xs, a)), b[0], first, up, list(zip(xs, e))\n"
    )
    assert findings(code, "WAC105") == [(10, "WAC105"), (14, "WAC105"), (15, "WAC105")]


def test_exception_classes_named_through_a_module_tuple() -> None:
    # `suppress(*T)` / `except T` read the classes the tuple holds: BaseException
    # catches the suspension (WAC201); Exception catches TaskError (no WAC204)
    code = HEAD + (
        "import contextlib\n"
        "IGNORED = (KeyError, BaseException)\n"
        "SAFE = [KeyError, Exception]\n"
        "@workflow\nasync def main(x: str, errors: tuple):\n"
        "    with contextlib.suppress(*IGNORED):\n"  # 12
        "        await charge(x)\n"
        "    with contextlib.suppress(*SAFE):\n"
        "        await charge(x)\n"
        "    with contextlib.suppress(*errors):\n"
        "        await charge(x)\n"
        "    try:\n"
        "        await charge(x)\n"
        "    except IGNORED:\n"  # 20
        "        pass\n"
        "    try:\n"
        "        await charge(x)\n"
        "    except SAFE_T:\n"
        "        pass\n"
        "    return 1\n"
        "SAFE_T = (ValueError, Exception)\n"
    )
    assert findings(code, "WAC201", "WAC204") == [(12, "WAC201"), (20, "WAC201")]


JSON_HEAD = (
    "from dataclasses import asdict, dataclass\n"
    "from datetime import date, datetime\n"
    "from decimal import Decimal\n"
    "from enum import Enum\n"
    "from wmill import step, task, task_flow, workflow\n\n"
    "flow = task_flow('f/billing/dunning')\n\n"
    "class Status(Enum):\n    OPEN = 'open'\n    LATE = 'late'\n\n"
    "@dataclass\nclass Quote:\n    ref: str\n    total: Decimal\n"
    "    due: date\n    status: Status\n\n"
    "@dataclass\nclass Plain:\n    ref: str\n    cents: int\n\n"
)


def test_values_lost_through_fields_picks_name_lookups_and_spreads() -> None:
    # a dataclass field read off an instance (also one `max` picks), `max` over a
    # generator of datetimes, a plain Enum member looked up by name, and `**asdict(x)`
    # spread into a flow's arguments all cross JSON as strings
    code = JSON_HEAD + (
        "@task()\nasync def quote(ref: str) -> dict:\n"
        "    q = Quote(ref, Decimal('1.5'), date(2026, 1, 1), Status.OPEN)\n"
        "    if ref:\n"
        "        return q.total\n"  # 29
        "    return {'ref': q.ref, 'cents': int(q.total * 100)}\n\n"
        "@workflow\nasync def main(rows: list[dict], name: str):\n"
        "    quotes = [Quote(r['ref'], Decimal(r['t']), date.min, Status.OPEN) for r in rows]\n"
        "    top = max(quotes, key=lambda q: q.total)\n"
        "    await flow(due=top.due, ref=top.ref)\n"  # 36
        "    await flow(status=Status[name.upper()], ok=Status[name.upper()].value)\n"  # 37
        "    await flow(**asdict(top))\n"  # 38
        "    await flow(**asdict(Plain('a', 1)))\n"
        "    latest = await step('latest', lambda: "  # 40
        "max(datetime.fromisoformat(r['at']) for r in rows))\n"
        "    first = await step('first', lambda: min(r['at'] for r in rows))\n"
        "    return latest, first\n"
    )
    assert findings(code, "WAC107") == [
        (29, "WAC107"),
        (36, "WAC107"),
        (37, "WAC107"),
        (38, "WAC107"),
        (40, "WAC107"),
    ]


def test_awaitables_kept_in_a_container_nobody_awaits_are_dropped() -> None:
    # FastAPI's background-task habit: the asyncio task is kept in a set so it is not
    # garbage collected, and never awaited; a set later gathered is fine
    code = HEAD + (
        "import asyncio\n"
        "_background: set = set()\n"
        "@workflow\nasync def main(xs: list[str]):\n"
        "    job = asyncio.create_task(charge(xs[0]))\n"  # 11
        "    _background.add(job)\n"
        "    job.add_done_callback(_background.discard)\n"
        "    lost = []\n"
        "    for x in xs:\n"
        "        lost.append(charge(x))\n"  # 16
        "    kept = set()\n"
        "    for x in xs:\n"
        "        kept.add(asyncio.ensure_future(charge(x)))\n"
        "    done = await asyncio.gather(*kept)\n"
        "    return len(lost), len(_background), done\n"
    )
    assert findings(code, "WAC106") == [(11, "WAC106"), (16, "WAC106")]


def test_a_task_handed_to_a_helper_that_calls_it_inside_a_step() -> None:
    code = HEAD + (
        "from wmill import step\n"
        "def total(xs):\n    return sum(xs)\n\n"
        "async def checkpointed(name, fn, *args):\n"
        "    return await step(name, lambda: fn(*args))\n\n"
        "@workflow\nasync def main(x: str, xs: list[int]):\n"
        "    t = await checkpointed('total', total, xs)\n"
        "    c = await checkpointed('charge', charge, x)\n"  # 17
        "    d = await checkpointed(name='again', fn=charge)\n"  # 18
        "    return t, c, d, await charge(x)\n"
    )
    assert findings(code, "WAC304") == [(17, "WAC304"), (18, "WAC304")]


def test_functions_in_a_list_a_helper_loops_over_and_calls() -> None:
    # `run_pipeline([validate, enrich, persist], p)` whose loop calls each stage: the
    # functions of the list given at each call run there, and only there
    code = HEAD + (
        "async def validate(p):\n    return p\n\n"
        "async def enrich(p):\n"
        "    import httpx\n"
        "    return httpx.get(p).json()\n\n"
        "async def run_pipeline(stages, payload):\n"
        "    for stage in stages:\n"
        "        payload = await stage(payload)\n"
        "    return payload\n\n"
        "SAFE = [validate, charge]\n"
        "@workflow\nasync def main(p: str):\n"
        "    a = await run_pipeline([validate, enrich, charge], p)\n"  # 22
        "    b = await run_pipeline(SAFE, p)\n"
        "    c = await run_pipeline((validate, charge), p)\n"
        "    return a, b, c\n"
    )
    assert findings(code, "WAC101") == [(22, "WAC101")]


def test_functions_a_decorator_appends_to_a_module_list_run_in_its_loop() -> None:
    # Django-style receivers: `@receiver` appends each function to a module list the
    # body loops over and calls; one does HTTP (a task registered the same way is fine)
    code = HEAD + (
        "HOOKS: list = []\n"
        "def receiver(fn):\n    HOOKS.append(fn)\n    return fn\n\n"
        "@receiver\n@task()\nasync def provision(u: str) -> str:\n    return u\n\n"
        "@receiver\nasync def announce(u):\n"
        "    import httpx\n"
        "    httpx.post('https://hooks.slack.com/x', json={'text': u})\n\n"
        "LATE: list = []\n"
        "async def audit(u):\n    print(u)\n\n"
        "LATE.append(audit)\n"
        "@workflow\nasync def main(u: str):\n"
        "    for hook in HOOKS:\n"
        "        await hook(u)\n"  # 30
        "    for hook in LATE:\n"
        "        await hook(u)\n"
        "    return u\n"
    )
    assert findings(code, "WAC101") == [(30, "WAC101")]


def test_reraising_the_caught_exception_with_its_traceback_passes_the_suspension() -> None:
    # `with_traceback` returns the exception itself: the suspension goes on
    code = HEAD + (
        "@workflow\nasync def main(x: str):\n"
        "    try:\n"
        "        a = await charge(x)\n"
        "    except BaseException as e:\n"
        "        raise e.with_traceback(e.__traceback__)\n"
        "    try:\n"
        "        b = await charge(x)\n"
        "    except BaseException as e:\n"  # 15
        "        raise RuntimeError('charge').with_traceback(e.__traceback__)\n"
        "    return a, b\n"
    )
    assert findings(code, "WAC201") == [(15, "WAC201")]


def test_partials_in_a_list_a_helper_loops_over_and_calls() -> None:
    code = HEAD + (
        "import functools\n"
        "async def fetch(url):\n"
        "    import httpx\n"
        "    return httpx.get(url).text\n\n"
        "async def first_ok(candidates):\n"
        "    for c in candidates:\n"
        "        r = await c()\n"
        "        if r:\n"
        "            return r\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    a = await first_ok([functools.partial(charge, x)])\n"
        "    b = await first_ok("  # 21
        "[functools.partial(charge, x), functools.partial(fetch, x)])\n"
        "    return a, b\n"
    )
    assert findings(code, "WAC101") == [(21, "WAC101")]


def test_step_names_printing_an_objects_address_change_between_rounds() -> None:
    # `object.__repr__` prints the address; a dataclass or a class with `__str__` does not
    code = (
        "from dataclasses import dataclass\n"
        "from wmill import step, workflow\n\n"
        "class Batch:\n    def __init__(self, n):\n        self.n = n\n\n"
        "class Named:\n    def __init__(self, n):\n        self.n = n\n"
        "    def __str__(self):\n        return f'named-{self.n}'\n\n"
        "@dataclass\nclass Lot:\n    n: int\n\n"
        "@workflow\nasync def main(ns: list[int]):\n"
        "    b = Batch(ns[0])\n"
        "    named = Named(ns[0])\n"
        "    lot = Lot(ns[0])\n"
        "    batches = [Batch(n) for n in ns]\n"
        "    await step(f'batch-{b}', lambda: 1)\n"  # 24
        "    await step(str(named), lambda: 2)\n"
        "    await step(repr(named), lambda: 3)\n"  # 26
        "    await step(f'lot-{lot!r}', lambda: 4)\n"
        "    for one in batches:\n"
        "        await step(f'one-{one.n}', lambda: 5)\n"
        "        await step(f'one-{one!r}', lambda: 6)\n"  # 30
        "    return 1\n"
    )
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=["WAC103"])
    errors = [(f.row, f.code) for f in result.findings if f.severity == "error"]
    assert errors == [(24, "WAC103"), (26, "WAC103"), (30, "WAC103")]


def test_a_union_of_plain_flag_members_is_a_member() -> None:
    code = (
        "import enum\n"
        "from wmill import task_script, workflow\n\n"
        "grant = task_script('f/iam/grant')\n\n"
        "class Perm(enum.Flag):\n    READ = 1\n    WRITE = 2\n\n"
        "class Bits(enum.IntFlag):\n    A = 1\n    B = 2\n\n"
        "@workflow\nasync def main(user: str):\n"
        "    await grant(user=user, perms=Perm.READ | Perm.WRITE)\n"  # 16
        "    await grant(user=user, perms=Bits.A | Bits.B)\n"
        "    await grant(user=user, perms=(Perm.READ | Perm.WRITE).value)\n"
        "    return 1\n"
    )
    assert findings(code, "WAC107") == [(16, "WAC107")]


def test_fields_of_models_built_from_data_and_of_copies() -> None:
    code = (
        "import dataclasses\n"
        "from datetime import datetime\n"
        "from decimal import Decimal\n"
        "from pydantic import BaseModel\n"
        "from wmill import task_script, workflow\n\n"
        "archive = task_script('f/orders/archive')\n\n"
        "class Order(BaseModel):\n    id: str\n    created_at: datetime\n\n"
        "@dataclasses.dataclass\nclass Line:\n    sku: str\n    price: Decimal\n\n"
        "@workflow\nasync def main(raw: dict, lines: list[dict]):\n"
        "    order = Order.model_validate(raw)\n"
        "    await archive(order_id=order.id, created_at=order.created_at)\n"  # 21
        "    items = [Line(**l) for l in lines]\n"
        "    cheapest = min(items, key=lambda l: l.price)\n"
        "    half = dataclasses.replace(cheapest, price=cheapest.price / 2)\n"
        "    await archive(sku=half.sku, price=half.price)\n"  # 25
        "    await archive(when=order.model_copy().created_at.isoformat())\n"
        "    return 1\n"
    )
    assert findings(code, "WAC107") == [(21, "WAC107"), (25, "WAC107")]
