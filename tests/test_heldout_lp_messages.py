"""Red team LP: asyncio around durable calls, step keys from names, process and
environment reads, typed values crossing a checkpoint (tests/corpus/adversarial/
async_keys, process_env, typed_values), pinned with their exact messages."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile


def findings(code: str, code_: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=[code_])
    return [(f.row, f.severity, f.message) for f in result.findings]


HEAD = "import asyncio\nimport locale\nimport os\n\nfrom wmill import step, task, workflow\n\n"
TASK = "@task()\nasync def save(x: object) -> bool:\n    return True\n\n"


def replays(shown: str, what: str) -> str:
    return (
        f"{shown} {what}: the value changes between replays of the workflow body; "
        "capture it with `step(...)`"
    )


def test_wac102_event_loop_clock_machine_and_locale() -> None:
    code = (
        HEAD
        + TASK
        + (
            "@workflow\nasync def main():\n"
            "    loop = asyncio.get_running_loop()\n"
            "    started = loop.time()\n"
            "    node = os.uname().nodename\n"
            "    lang = locale.getlocale()[0]\n"
            "    return await save([started, node, lang])\n"
        )
    )
    assert findings(code, "WAC102") == [
        (14, "error", replays("`loop.time`", "reads the clock")),
        (15, "error", replays("`os.uname`", "reads the process environment")),
        (16, "error", replays("`locale.getlocale`", "reads the process environment")),
    ]


def test_wac102_loop_and_locale_inside_a_step_are_fine() -> None:
    code = (
        HEAD
        + TASK
        + (
            "@workflow\nasync def main():\n"
            "    t = await step('t', lambda: asyncio.get_running_loop().time())\n"
            "    lang = await step('lang', lambda: locale.getlocale()[0])\n"
            "    return await save([t, lang])\n"
        )
    )
    assert findings(code, "WAC102") == []


def test_wac101_load_dotenv_in_the_body() -> None:
    code = (
        "from dotenv import load_dotenv\nfrom wmill import step, workflow\n\n"
        "@workflow\nasync def main():\n    load_dotenv()\n"
        "    return await step('env', lambda: load_dotenv())\n"
    )
    assert findings(code, "WAC101") == [
        (
            6,
            "error",
            "`load_dotenv` touches the file system in the workflow body, which re-runs on "
            "every replay; move it into a task or a `step(...)`",
        )
    ]


ENUM_HEAD = (
    "import random\nfrom enum import Enum, IntEnum\nfrom typing import NamedTuple\n\n"
    "from pydantic import BaseModel\nfrom datetime import datetime\n"
    "from wmill import step, task, workflow\n\n"
    "class Tier(Enum):\n    FREE = 'free'\n    GOLD = 'gold'\n\n"
    "class Level(IntEnum):\n    LOW = 1\n    HIGH = 2\n\n"
    "class Kind(str, Enum):\n    A = 'a'\n\n"
)


def enum_message(shown: str, cls: str, role: str) -> str:
    return (
        f"`{shown}` is a member of the `Enum` `{cls}` {role}: it is checkpointed as JSON and "
        f'comes back as its `str()` (`"{cls}.MEMBER"`), which `{cls}(...)` does not accept '
        "and no member equals"
    )


def test_wac107_plain_enum_members_returned_by_tasks_and_steps() -> None:
    code = ENUM_HEAD + (
        "@task()\nasync def classify(spend: float) -> Tier:\n"
        "    return Tier.GOLD if spend > 10 else Tier.FREE\n\n"
        "@task()\nasync def pick(spend: float):\n    return Tier.GOLD\n\n"
        "@workflow\nasync def main(spend: float):\n"
        "    a = await classify(spend)\n    b = await pick(spend)\n"
        "    c = await step('c', lambda: random.choice([Tier.GOLD, Tier.FREE]))\n"
        "    return [a, b, c]\n"
    )
    assert findings(code, "WAC107") == [
        (
            22,
            "error",
            enum_message("Tier.GOLD if spend > 10 else Tier.FREE", "Tier", "returned by this task"),
        ),
        (26, "error", enum_message("Tier.GOLD", "Tier", "returned by this task")),
        (
            32,
            "error",
            enum_message("random.choice([Tier.GOLD, Tier.FREE])", "Tier", "returned by this step"),
        ),
    ]


def test_wac107_value_enums_and_values_are_fine() -> None:
    code = ENUM_HEAD + (
        "@task()\nasync def classify(spend: float) -> Kind:\n    return Kind.A\n\n"
        "@task()\nasync def level(spend: float) -> Level:\n    return Level.HIGH\n\n"
        "@task()\nasync def tier(spend: float) -> str:\n    return Tier.GOLD.value\n\n"
        "@workflow\nasync def main(spend: float):\n"
        "    c = await step('c', lambda: random.choice([Level.LOW, Level.HIGH]))\n"
        "    return [await classify(spend), await level(spend), await tier(spend), c]\n"
    )
    assert findings(code, "WAC107") == []


def test_wac107_named_tuple_read_by_field_but_not_unpacked() -> None:
    code = ENUM_HEAD + (
        "class Totals(NamedTuple):\n    count: int\n    amount: float\n\n"
        "@task()\nasync def sums(c: str) -> Totals:\n    return Totals(1, 2.0)\n\n"
        "@task()\nasync def sums2(c: str) -> Totals:\n    return Totals(1, 2.0)\n\n"
        "@workflow\nasync def main(c: str):\n"
        "    totals = await sums(c)\n    n, amount = await sums2(c)\n"
        "    return totals.amount + amount\n"
    )
    assert findings(code, "WAC107") == [
        (
            26,
            "error",
            "`Totals(1, 2.0)` is a `NamedTuple` returned by this task, and the workflow reads "
            "`totals.amount` from the result: it is checkpointed as JSON and comes back as a "
            "list, which has no fields",
        )
    ]


def test_wac107_model_dump_keeps_datetime_fields_unless_json_mode() -> None:
    code = ENUM_HEAD + (
        "class Sub(BaseModel):\n    id: str\n    renews_at: datetime\n\n"
        "@task()\nasync def load(i: str) -> dict:\n"
        "    sub = Sub(id=i, renews_at=datetime(2026, 1, 1))\n    return sub.model_dump()\n\n"
        "@task()\nasync def load_json(i: str) -> dict:\n"
        "    sub = Sub(id=i, renews_at=datetime(2026, 1, 1))\n"
        "    return sub.model_dump(mode='json')\n\n"
        "@workflow\nasync def main(i: str):\n    return [await load(i), await load_json(i)]\n"
    )
    assert findings(code, "WAC107") == [
        (
            27,
            "warning",
            "`sub.model_dump()` is a dict whose `renews_at` is a `datetime` returned by this "
            "task: it is checkpointed as JSON and comes back as a dict whose `renews_at` is a "
            'string like `"2024-05-01 12:00:00"` (`str()`, not ISO 8601)',
        )
    ]


TIMEOUT_HEAD = (
    "import asyncio\n\nfrom wmill import TaskError, step, task, wait_for_approval, workflow\n\n"
    "@task()\nasync def score(x: str) -> float:\n    return 1.0\n\n"
)
TASK_TIMEOUT = (
    "never sees a durable call time out: the workflow's round suspends at once (a replay "
    "returns the recorded result); in the child job that runs the task, a caught timeout "
    "lets the body go on there (its next durable call never resolves, or its return value "
    "becomes the task's result); give the task its own `timeout=` and catch `TaskError`"
)


def test_wac204_timeout_handlers_around_tasks_and_approvals() -> None:
    code = TIMEOUT_HEAD + (
        "@workflow\nasync def main(x: str):\n"
        "    try:\n        a = await asyncio.wait_for(score(x), timeout=20)\n"
        "    except asyncio.TimeoutError:\n        a = 0.0\n"
        "    try:\n        async with asyncio.timeout(60):\n            b = await score(x)\n"
        "    except (TimeoutError, TaskError):\n        b = 0.0\n"
        "    try:\n        r = await asyncio.wait_for(wait_for_approval(key='k'), 60)\n"
        "        ok = bool(r.get('approved'))\n"
        "    except TimeoutError:\n        ok = False\n"
        "    return [a, b, ok]\n"
    )
    assert findings(code, "WAC204") == [
        (13, "error", f"`except asyncio.TimeoutError` {TASK_TIMEOUT}"),
        (18, "error", f"`except TimeoutError` {TASK_TIMEOUT}"),
        (
            23,
            "error",
            "`except TimeoutError` never sees a durable call time out: the approval suspends "
            "the round at once (a replay returns the recorded value), so the asyncio timeout "
            "never fires; pass the SDK call its own `timeout=`",
        ),
    ]


def test_wac204_timeouts_that_can_fire_in_the_round_are_not_reported() -> None:
    code = TIMEOUT_HEAD + (
        "async def fetch() -> float:\n    return 2.0\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    try:\n        a = await asyncio.wait_for(step('s', fetch), timeout=5)\n"
        "    except asyncio.TimeoutError:\n        a = 0.0\n"
        "    try:\n        b = await asyncio.wait_for(fetch(), timeout=5)\n"
        "        c = await score(x)\n"
        "    except TimeoutError:\n        b = c = 0.0\n"
        "    try:\n        d = await score(x)\n    except TaskError:\n        d = 0.0\n"
        "    return [a, b, c, d]\n"
    )
    assert findings(code, "WAC204") == []


def partial_message(shown: str, what: str = "a `functools.partial`") -> str:
    return (
        f"`task` is given `{shown}`, {what}: wmill 1.850.0 names the step after "
        "`func.__name__`, which it does not have, so loading the script raises "
        "`AttributeError`; define an `async def` that makes the call, and decorate it"
    )


def test_wac301_task_given_a_partial() -> None:
    code = (
        "import functools\nfrom functools import partial\n\n"
        "from wmill import task, workflow\n\n"
        "async def fetch(a: str, region: str) -> str:\n    return a\n\n"
        "fetch_eu = task(functools.partial(fetch, region='eu'))\n"
        "us = partial(fetch, region='us')\n"
        "fetch_us = task(timeout=60)(us)\n"
        "fetch_any = task(fetch)\n\n"
        "@workflow\nasync def main(a: str):\n"
        "    return [await fetch_eu(a), await fetch_us(a), await fetch_any(a, 'x')]\n"
    )
    assert findings(code, "WAC301") == [
        (9, "error", partial_message("functools.partial(fetch, region='eu')")),
        (11, "error", partial_message("us")),
    ]


def test_wac402_decorator_without_wraps_under_task() -> None:
    code = (
        "import functools\n\nfrom wmill import task, workflow\n\n"
        "def timed(fn):\n    async def wrapper(*args, **kwargs):\n"
        "        return await fn(*args, **kwargs)\n    return wrapper\n\n"
        "def kept(fn):\n    @functools.wraps(fn)\n    async def wrapper(*args, **kwargs):\n"
        "        return await fn(*args, **kwargs)\n    return wrapper\n\n"
        "@task()\n@timed\nasync def fetch(order_id: str) -> str:\n    return order_id\n\n"
        "@task()\n@kept\nasync def fetch2(order_id: str) -> str:\n    return order_id\n\n"
        "@timed\n@task()\nasync def fetch3(order_id: str) -> str:\n    return order_id\n\n"
        "@workflow\nasync def main(o: str):\n"
        "    a = await fetch(o)\n    b = await fetch(order_id=o)\n"
        "    c = await fetch2(o)\n    d = await fetch3(o)\n    return [a, b, c, d]\n"
    )
    assert findings(code, "WAC402") == [
        (
            33,
            "error",
            "`fetch` is wrapped by `timed`, whose `wrapper(*args, **kwargs)` has no "
            "`functools.wraps`: `task()` reads that signature, so positional arguments are "
            "sent as `args` / `kwargs` and the task's job fails (TypeError); pass the "
            "arguments by name or add `@functools.wraps(fn)` to the wrapper",
        )
    ]


def test_wac102_clock_stored_in_a_name_that_only_reaches_log_lines() -> None:
    code = (
        "import logging\nimport time\n\nfrom wmill import step, task, workflow\n\n"
        "log = logging.getLogger(__name__)\n\n"
        "@task()\nasync def save(x: float) -> bool:\n    return True\n\n"
        "@workflow\nasync def main(xs: list[str]):\n"
        "    t0 = time.perf_counter()\n"
        "    label = f'{time.time():.0f}'\n"
        "    t1 = time.time()\n"
        "    t2 = time.monotonic()\n"
        "    await step('s', lambda: t1)\n"
        "    out = [await save(t2) for _ in xs]\n"
        "    log.info('took %.2f', time.perf_counter() - t0)\n"
        "    print(label)\n"
        "    return out\n"
    )
    assert findings(code, "WAC102") == [
        (16, "error", replays("`time.time`", "reads the clock")),
        (17, "error", replays("`time.monotonic`", "reads the clock")),
    ]


def test_wac102_id_of_an_object_leaving_the_round_but_not_identity_checks() -> None:
    code = (
        "from wmill import task, workflow\n\n"
        "@task()\nasync def send(x: object) -> bool:\n    return True\n\n"
        "@workflow\nasync def main(rows: list[dict], id_: str):\n"
        "    seen: set[int] = set()\n    cache: dict[int, dict] = {}\n"
        "    for r in rows:\n"
        "        if id(r) in seen or cache.get(id(r)):\n            continue\n"
        "        seen.add(id(r))\n"
        "    batch = {'rows': rows}\n"
        "    tag = f'batch-{id(batch):x}'\n"
        "    by_addr = {}\n    by_addr[id(batch)] = batch\n"
        "    return await send([tag, list(by_addr)])\n"
    )
    message = replays("`id`", "is the object's memory address in this round's process")
    assert findings(code, "WAC102") == [(16, "error", message), (18, "error", message)]


def test_wac101_protocol_typed_parameter_and_generic_class() -> None:
    code = (
        "import json\nfrom pathlib import Path\nfrom typing import Generic, Protocol, TypeVar\n\n"
        "import httpx\nfrom wmill import step, workflow\n\nT = TypeVar('T')\n\n"
        "class Sender(Protocol):\n    def send(self, text: str) -> None: ...\n\n"
        "class SlackSender:\n    def __init__(self, hook: str) -> None:\n"
        "        self.hook = hook\n\n    def send(self, text: str) -> None:\n"
        "        httpx.post(self.hook, json={'text': text})\n\n"
        "class Repo(Generic[T]):\n    def __init__(self, path: str) -> None:\n"
        "        self.path = Path(path)\n\n    def load(self) -> list[T]:\n"
        "        return json.loads(self.path.read_text())\n\n"
        "def announce(sender: Sender, text: str) -> bool:\n"
        "    sender.send(text)\n    return True\n\n"
        "@workflow\nasync def main(hook: str, path: str):\n"
        "    rows = Repo[dict](path).load()\n"
        "    announce(SlackSender(hook), 'done')\n"
        "    await step('a', lambda: announce(SlackSender(hook), 'x'))\n"
        "    return rows\n"
    )
    assert findings(code, "WAC101") == [
        (
            33,
            "error",
            "`self.path.read_text` (reached through `main → Repo.load → self.path.read_text`) "
            "touches the file system in the workflow body, which re-runs on every replay; "
            "move it into a task or a `step(...)`",
        ),
        (
            34,
            "error",
            "`httpx.post` (reached through `main → announce → SlackSender.send → httpx.post`) "
            "does network I/O in the workflow body, which re-runs on every replay; move it "
            "into a task or a `step(...)`",
        ),
    ]


def timed_step(timer: str, name: str) -> str:
    return (
        f'`{timer}(...)` bounds `step("{name}", ...)` by the clock: the step\'s function runs '
        "in the workflow's round, so whether it finishes in time differs between replays, and "
        "a cancelled step records nothing (the next round runs it again and may take the "
        "other branch); put the timeout inside the step's function and return a fallback "
        "value from it"
    )


def test_wac102_steps_under_an_asyncio_timeout() -> None:
    code = (
        "import asyncio\nfrom asyncio import wait_for\n\nfrom wmill import step, task, workflow\n\n"
        "async def quote() -> float:\n    return 1.0\n\n"
        "@task()\nasync def book(x: float) -> str:\n    return 'ok'\n\n"
        "@workflow\nasync def main():\n"
        "    try:\n        a = await asyncio.wait_for(step('quote', quote), timeout=5)\n"
        "    except asyncio.TimeoutError:\n        a = 1.0\n"
        "    async with asyncio.timeout(10):\n        b = await step('again', quote)\n"
        "    c = await wait_for(step('third', quote), 3)\n"
        "    d = await asyncio.wait_for(book(a), 30)\n"
        "    e = await step('plain', quote)\n"
        "    return [a, b, c, d, e]\n"
    )
    assert findings(code, "WAC102") == [
        (16, "error", timed_step("asyncio.wait_for", "quote")),
        (19, "error", timed_step("asyncio.timeout", "again")),
        (21, "error", timed_step("wait_for", "third")),
    ]


def repr_message(shown: str, what: str, role: str, becomes: str) -> str:
    return f"`{shown}` is {what} {role}: it is checkpointed as JSON and comes back as {becomes}"


def test_wac107_values_written_as_their_repr_or_str() -> None:
    code = (
        "import ipaddress\nfrom collections import deque\nfrom datetime import datetime, "
        "timedelta\nfrom typing import TypedDict\n\nfrom wmill import step, task, workflow\n\n"
        "class Lease(TypedDict):\n    holder: str\n    expires: datetime\n\n"
        "@task()\nasync def a(n: int):\n    return timedelta(seconds=n)\n\n"
        "@task()\nasync def b(n: int):\n    return ipaddress.ip_network('10.0.0.0/24')\n\n"
        "@task()\nasync def c(n: int):\n    q: deque = deque(maxlen=n)\n    return q\n\n"
        "@task()\nasync def d(n: int):\n    counts = {k: 1 for k in 'ab'}\n"
        "    return counts.keys()\n\n"
        "@task()\nasync def e(n: int):\n"
        "    return Lease(holder='x', expires=datetime(2026, 1, 1))\n\n"
        "@workflow\nasync def main(raw: str, n: int):\n"
        "    f = await step('f', lambda: map(str.lower, raw.split(',')))\n"
        "    g = await step('g', lambda: range(n))\n"
        "    h = await step('h', lambda: list(map(str.lower, raw.split(','))))\n"
        "    return [await a(n), await b(n), await c(n), await d(n), await e(n), f, g, h]\n"
    )
    task_ = "returned by this task"
    step_ = "returned by this step"
    assert findings(code, "WAC107") == [
        (
            14,
            "warning",
            repr_message(
                "timedelta(seconds=n)", "a `timedelta`", task_, 'a string like `"0:05:00"`'
            ),
        ),
        (
            18,
            "warning",
            repr_message(
                "ipaddress.ip_network('10.0.0.0/24')",
                "an `ipaddress` object",
                task_,
                "its string (`str()`)",
            ),
        ),
        (
            23,
            "error",
            repr_message("q", "a `deque`", task_, 'a string of its repr (`"deque([...])"`)'),
        ),
        (
            28,
            "error",
            repr_message(
                "counts.keys()",
                "a dict view (`.keys()`)",
                task_,
                'a string of its repr (`"dict_keys([...])"`)',
            ),
        ),
        (
            32,
            "warning",
            repr_message(
                "datetime(2026, 1, 1)",
                "a `datetime`",
                "inside the value returned by this task",
                'a string like `"2024-05-01 12:00:00"` (`str()`, not ISO 8601)',
            ),
        ),
        (
            36,
            "error",
            repr_message(
                "map(str.lower, raw.split(','))",
                "a `map` object",
                step_,
                'a string of its repr (`"<map object at 0x...>"`)',
            ),
        ),
        (
            37,
            "error",
            repr_message("range(n)", "a `range`", step_, 'a string of its repr (`"range(0, 10)"`)'),
        ),
    ]


def test_wac204_timeouts_in_a_gathered_fan_out() -> None:
    code = TIMEOUT_HEAD + (
        "@workflow\nasync def main(xs: list[str]):\n"
        "    try:\n"
        "        a = await asyncio.gather(*(asyncio.wait_for(score(x), 10) for x in xs if x))\n"
        "    except asyncio.TimeoutError:\n        a = []\n"
        "    try:\n        b = await asyncio.gather(*[score(x) for x in xs])\n"
        "    except TimeoutError:\n        b = []\n"
        "    return [a, b]\n"
    )
    assert findings(code, "WAC204") == [
        (13, "error", f"`except asyncio.TimeoutError` {TASK_TIMEOUT}"),
        (
            17,
            "error",
            "`except TimeoutError` never matches here: the guarded code only runs tasks and "
            "steps, and the SDK raises `TaskError` for their failures (the original class is "
            "only in `e.result['error']['name']`); catch `TaskError` instead of `TimeoutError`",
        ),
    ]


def test_wac402_decorator_factory_without_wraps_under_task() -> None:
    code = (
        "import functools\n\nfrom wmill import task, workflow\n\n"
        "def retries(n):\n    def deco(fn):\n        async def inner(*args, **kwargs):\n"
        "            return await fn(*args, **kwargs)\n        return inner\n    return deco\n\n"
        "def kept(n):\n    def deco(fn):\n        @functools.wraps(fn)\n"
        "        async def inner(*args, **kwargs):\n"
        "            return await fn(*args, **kwargs)\n        return inner\n    return deco\n\n"
        "@task()\n@retries(3)\nasync def push(batch: str) -> int:\n    return 0\n\n"
        "@task()\n@kept(3)\nasync def push2(batch: str) -> int:\n    return 0\n\n"
        "@workflow\nasync def main(b: str):\n    return [await push(b), await push2(b)]\n"
    )
    assert findings(code, "WAC402") == [
        (
            32,
            "error",
            "`push` is wrapped by `retries(3)`, whose `inner(*args, **kwargs)` has no "
            "`functools.wraps`: `task()` reads that signature, so positional arguments are "
            "sent as `args` / `kwargs` and the task's job fails (TypeError); pass the "
            "arguments by name or add `@functools.wraps(fn)` to the wrapper",
        )
    ]


def test_wac301_task_given_a_callable_instance() -> None:
    code = (
        "from wmill import task, workflow\n\n"
        "class Uploader:\n    async def __call__(self, key: str) -> str:\n        return key\n\n"
        "upload = task(Uploader())\n"
        "uploader = Uploader()\n"
        "upload2 = task(timeout=5)(uploader)\n\n"
        "@task()\nasync def upload3(key: str) -> str:\n    return await Uploader()(key)\n\n"
        "@workflow\nasync def main(k: str):\n"
        "    return [await upload(k), await upload2(k), await upload3(k)]\n"
    )
    assert findings(code, "WAC301") == [
        (7, "error", partial_message("Uploader()", "an instance of `Uploader`")),
        (9, "error", partial_message("uploader", "an instance of `Uploader`")),
    ]


def test_wac102_step_under_a_timeout_in_a_helper_is_reported_at_the_body_call() -> None:
    code = (
        "import asyncio\n\nfrom wmill import step, workflow\n\n"
        "async def quote() -> float:\n    return 1.0\n\n"
        "async def quote_or_zero() -> float:\n"
        "    try:\n        return await asyncio.wait_for(step('quote', quote), 3)\n"
        "    except asyncio.TimeoutError:\n        return 0.0\n\n"
        "async def unused() -> float:\n    return await asyncio.wait_for(step('u', quote), 3)\n\n"
        "@workflow\nasync def main():\n    return await quote_or_zero()\n"
    )
    assert findings(code, "WAC102") == [
        (
            19,
            "error",
            '`asyncio.wait_for(...)` (in `quote_or_zero`) bounds `step("quote", ...)` by the '
            "clock: the step's function runs in the workflow's round, so whether it finishes in "
            "time differs between replays, and a cancelled step records nothing (the next round "
            "runs it again and may take the other branch); put the timeout inside the step's "
            "function and return a fallback value from it",
        )
    ]


def keys_message(shown: str, kind: str, role: str) -> str:
    return (
        f"`{shown}` is a dict keyed by {kind} {role}: JSON cannot encode its keys "
        "(`json.dumps` raises `TypeError`: keys must be str, int, float, bool or None, and "
        "`default=str` does not apply to keys), so it fails instead of being checkpointed"
    )


def test_wac107_dict_keys_json_cannot_encode() -> None:
    code = ENUM_HEAD + (
        "@task()\nasync def a(rows: list):\n    return {(r, s): q for r, s, q in rows}\n\n"
        "@task()\nasync def b(rows: list):\n    counts = {Tier.GOLD: 1}\n    return counts\n\n"
        "@task()\nasync def c(rows: list):\n    return {Kind.A: 1, 'x': 2, 3: 4}\n\n"
        "@workflow\nasync def main(day: str, rows: list):\n"
        "    first = datetime.fromisoformat(day)\n"
        "    d = await step('d', lambda: {first: 1})\n"
        "    return [await a(rows), await b(rows), await c(rows), d]\n"
    )
    assert findings(code, "WAC107") == [
        (
            22,
            "error",
            keys_message("{(r, s): q for r, s, q in rows}", "a `tuple`", "returned by this task"),
        ),
        (
            27,
            "error",
            keys_message("counts", "a member of the `Enum` `Tier`", "returned by this task"),
        ),
        (36, "error", keys_message("{first: 1}", "a `datetime`", "returned by this step")),
    ]


def test_wac204_timeout_around_parallel() -> None:
    code = TIMEOUT_HEAD.replace("step, task", "parallel, step, task") + (
        "@workflow\nasync def main(xs: list[str]):\n"
        "    try:\n        async with asyncio.timeout(60):\n"
        "            a = await parallel(xs, score, concurrency=2)\n"
        "    except TimeoutError:\n        a = []\n"
        "    return a\n"
    )
    assert findings(code, "WAC204") == [(14, "error", f"`except TimeoutError` {TASK_TIMEOUT}")]


def test_wac102_home_and_expanded_paths() -> None:
    code = (
        "import os\nfrom pathlib import Path\n\nfrom wmill import task, workflow\n\n"
        "@task()\nasync def save(x: object) -> bool:\n    return True\n\n"
        "@workflow\nasync def main(name: str):\n"
        "    a = Path.home() / name\n"
        "    b = os.path.expanduser('~/x')\n"
        "    c = os.path.expandvars('$ENV-bucket')\n"
        "    d = len(os.sched_getaffinity(0))\n"
        "    e = os.path.join('a', name)\n"
        "    return await save([str(a), b, c, d, e])\n"
    )
    env = "reads the process environment"
    assert findings(code, "WAC102") == [
        (12, "error", replays("`Path.home`", env)),
        (13, "error", replays("`os.path.expanduser`", env)),
        (14, "error", replays("`os.path.expandvars`", env)),
        (15, "error", replays("`os.sched_getaffinity`", env)),
    ]


def test_wac102_env_test_deciding_only_a_log_line() -> None:
    code = (
        "import os\n\nfrom wmill import task, workflow\n\n"
        "@task()\nasync def t(x: str) -> str:\n    return x\n\n"
        "@workflow\nasync def main(xs: list[str]):\n"
        "    if os.getenv('VERBOSE') == '1':\n        print('v')\n    else:\n        print('q')\n"
        "    if not os.getenv('QUIET'):\n        print('x')\n"
        "    elif os.getenv('A'):\n        pass\n"
        "    if os.getenv('DRY'):\n        print('dry')\n        return []\n"
        "    debug = os.environ.get('DEBUG')\n    if debug:\n        print('debug on')\n"
        "    return [await t(x) for x in xs]\n"
    )
    assert findings(code, "WAC102") == [
        (19, "error", replays("`os.getenv`", "reads the process environment"))
    ]


def test_wac107_paths_and_times_of_day() -> None:
    code = (
        "from datetime import time\nfrom pathlib import PurePosixPath\n\n"
        "from wmill import task, workflow\n\n"
        "@task()\nasync def a(prefix: str, f: str):\n    return PurePosixPath(prefix) / f\n\n"
        "@task()\nasync def b(s: str):\n    return time(9, 30)\n\n"
        "@task()\nasync def c(prefix: str, f: str):\n    return str(PurePosixPath(prefix) / f)\n\n"
        "@workflow\nasync def main(p: str, f: str):\n"
        "    return [await a(p, f), await b(p), await c(p, f)]\n"
    )
    assert findings(code, "WAC107") == [
        (
            8,
            "warning",
            "`PurePosixPath(prefix) / f` is a `Path` returned by this task: it is checkpointed "
            "as JSON and comes back as its string (`str()`)",
        ),
        (
            12,
            "warning",
            "`time(9, 30)` is a `time` returned by this task: it is checkpointed as JSON and "
            'comes back as a string like `"09:30:00"`',
        ),
    ]


def test_wac204_anyio_fail_after() -> None:
    code = TIMEOUT_HEAD.replace("import asyncio", "import anyio") + (
        "@workflow\nasync def main(x: str):\n"
        "    try:\n        with anyio.fail_after(30):\n            a = await score(x)\n"
        "    except TimeoutError:\n        a = 0.0\n"
        "    return a\n"
    )
    assert findings(code, "WAC204") == [(14, "error", f"`except TimeoutError` {TASK_TIMEOUT}")]


def test_wac107_functional_enum_namedtuple_and_typeddict() -> None:
    code = (
        "from collections import namedtuple\nfrom datetime import datetime\nfrom enum import Enum\n"
        "from typing import TypedDict\n\nfrom wmill import task, workflow\n\n"
        "Tier = Enum('Tier', ['FREE', 'GOLD'])\nTotals = namedtuple('Totals', 'count amount')\n"
        "Lease = TypedDict('Lease', {'holder': str, 'until': datetime})\n\n"
        "@task()\nasync def a(x: str):\n    return Tier.GOLD\n\n"
        "@task()\nasync def b(x: str):\n    return Totals(1, 2.0)\n\n"
        "@task()\nasync def c(x: str):\n    return Lease(holder=x, until=datetime(2026, 1, 1))\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    t = await b(x)\n    return [await a(x), t.amount, await c(x)]\n"
    )
    assert findings(code, "WAC107") == [
        (14, "error", enum_message("Tier.GOLD", "Tier", "returned by this task")),
        (
            18,
            "error",
            "`Totals(1, 2.0)` is a `NamedTuple` returned by this task, and the workflow reads "
            "`t.amount` from the result: it is checkpointed as JSON and comes back as a list, "
            "which has no fields",
        ),
        (
            22,
            "warning",
            "`datetime(2026, 1, 1)` is a `datetime` inside the value returned by this task: it is "
            'checkpointed as JSON and comes back as a string like `"2024-05-01 12:00:00"` '
            "(`str()`, not ISO 8601)",
        ),
    ]


def test_wac402_paramspec_wrapper_and_wac102_time_zone_constants() -> None:
    code = (
        "import time\nfrom typing import ParamSpec\n\nfrom wmill import task, workflow\n\n"
        "P = ParamSpec('P')\n\n"
        "def traced(fn):\n    async def wrapper(*args: P.args, **kwargs: P.kwargs):\n"
        "        return await fn(*args, **kwargs)\n    return wrapper\n\n"
        "@task()\n@traced\nasync def archive(ticket: str) -> bool:\n    return True\n\n"
        "@workflow\nasync def main(t: str):\n"
        "    offset = -time.timezone // 3600\n    return [await archive(t), offset]\n"
    )
    assert [row for row, _, _ in findings(code, "WAC402")] == [21]
    assert findings(code, "WAC102") == [
        (20, "error", replays("`time.timezone`", "reads the process environment"))
    ]


def test_wac102_typescript_resolved_time_zone() -> None:
    from wac_lint.source import LANG_TYPESCRIPT

    code = (
        'import { step, task, workflow } from "windmill-client";\n'
        "const save = task(async (zone: string) => zone);\n"
        "export const main = workflow(async () => {\n"
        "  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;\n"
        '  const fixed = Intl.DateTimeFormat("en", { timeZone: "UTC" }).resolvedOptions();\n'
        '  const kept = await step("zone", () =>\n'
        "    Intl.DateTimeFormat().resolvedOptions().timeZone);\n"
        "  return [await save(zone), fixed, kept];\n});\n"
    )
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=["WAC102"])
    assert [(f.row, f.message) for f in result.findings] == [
        (
            4,
            replays("`Intl.DateTimeFormat().resolvedOptions`", "reads the process environment"),
        )
    ]


def test_wac101_abstract_base_typed_parameter() -> None:
    code = (
        "from abc import ABC, abstractmethod\n\nimport httpx\nfrom wmill import step, workflow\n\n"
        "class Notifier(ABC):\n    @abstractmethod\n    def send(self, text: str) -> None: ...\n\n"
        "class Slack(Notifier):\n    def __init__(self, hook: str) -> None:\n"
        "        self.hook = hook\n\n    def send(self, text: str) -> None:\n"
        "        httpx.post(self.hook, json={'text': text})\n\n"
        "def announce(n: Notifier, text: str) -> bool:\n    n.send(text)\n    return True\n\n"
        "@workflow\nasync def main(hook: str):\n    announce(Slack(hook), 'done')\n"
        "    return await step('a', lambda: announce(Slack(hook), 'x'))\n"
    )
    assert findings(code, "WAC101") == [
        (
            23,
            "error",
            "`httpx.post` (reached through `main → announce → Slack.send → httpx.post`) does "
            "network I/O in the workflow body, which re-runs on every replay; move it into a "
            "task or a `step(...)`",
        )
    ]


def test_wac102_a_stored_clock_read_never_read_stays_reported() -> None:
    code = (
        "from datetime import datetime\n\nfrom wmill import workflow\n\n"
        "@workflow\nasync def main():\n    started = datetime.now()\n    return 1\n"
    )
    assert findings(code, "WAC102") == [(7, "error", replays("`datetime.now`", "reads the clock"))]
