"""Red team U (up): Python workflows reaching the SDK through the team's own thin
wrappers, newer Python typing, values whose type JSON changes, incident response and
tool-calling agents, pinned with their messages."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile


def findings(code: str, *codes: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=list(codes))
    assert not result.errors, result.errors
    return [(f.row, f.code, f.message) for f in result.findings]


def rows(code: str, *codes: str) -> list[tuple[int, str]]:
    return [(row, code_) for row, code_, _ in findings(code, *codes)]


HEAD = "from wmill import get_approval_urls, sleep, step, task, wait_for_approval, workflow\n\n"


# --- WAC301 / WAC303: an approval key held in a constant expression ------------------


def test_an_approval_key_constant_built_by_concatenation_is_checked() -> None:
    code = (
        HEAD + 'TEAM = "sre"\nKEY = TEAM + "/commander"\nOK = TEAM + "_lead"\n\n'
        "@workflow\nasync def main():\n"
        "    urls = await step('urls', lambda: get_approval_urls(KEY))\n"
        "    a = await wait_for_approval(key=KEY)\n"
        "    b = await wait_for_approval(key=OK)\n"
        "    return urls, a, b\n"
    )
    assert findings(code, "WAC301") == [
        (
            9,
            "WAC301",
            'The step key `KEY` (the string `"sre/commander"`) given to `get_approval_urls` is '
            "refused by the SDK (a key must be a non-empty step name without `/` or dot "
            "segments): the workflow fails here",
        ),
        (
            10,
            "WAC301",
            'The approval key `KEY` (the string `"sre/commander"`) is refused by the SDK (a '
            "key must be a non-empty step name without `/` or dot segments): the workflow "
            "fails here",
        ),
    ]


def test_an_approval_key_constant_expression_used_twice_is_a_duplicate() -> None:
    code = (
        HEAD + 'TEAM = "sre"\nKEY = TEAM + "_commander"\n\n'
        "@workflow\nasync def main():\n"
        "    a = await wait_for_approval(key=KEY)\n"
        '    b = await wait_for_approval(key="sre_commander")\n'
        "    return a, b\n"
    )
    assert rows(code, "WAC303", "WAC301") == [(9, "WAC303")]


# --- WAC301: sleep given a name bound to a timedelta ---------------------------------


def test_sleep_of_a_timedelta_constant() -> None:
    code = (
        "from datetime import timedelta\n" + HEAD + "AFTER = timedelta(minutes=10)\n"
        "WAIT = AFTER\n\n"
        "@workflow\nasync def main():\n"
        "    await sleep(WAIT)\n"
        "    await sleep(AFTER.total_seconds())\n"
        "    await sleep(int(AFTER.total_seconds()))\n"
    )
    assert findings(code, "WAC301") == [
        (
            9,
            "WAC301",
            "`sleep` converts its argument with `int(...)`, which raises `TypeError` on a "
            "`timedelta` (`WAIT` holds one): pass `....total_seconds()` or a number of seconds",
        )
    ]


# --- WAC107: a datetime's time of day ----------------------------------------------


def test_a_time_of_day_returned_by_a_step_or_declared_by_a_task() -> None:
    code = (
        "import time as clock\nfrom datetime import datetime, time\n" + HEAD + "@task()\n"
        "async def opens_at(x: str) -> time:\n    return load(x)\n\n"
        "def cutoff(text: str) -> time:\n"
        '    return datetime.strptime(text, "%H:%M").time()\n\n'
        "def stamp() -> clock.struct_time:\n    return clock.gmtime(0)\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    a = await opens_at(x)\n"
        '    b = await step("b", lambda: cutoff(x))\n'
        '    c = await step("c", lambda: datetime.fromisoformat(x).timetz())\n'
        '    d = await step("d", lambda: datetime.fromisoformat(x).time().isoformat())\n'
        '    e = await step("e", stamp)\n'
        "    return a, b, c, d, e\n"
    )
    assert findings(code, "WAC107") == [
        (
            7,
            "WAC107",
            "`load(x)` is a `time` returned by this task: it is checkpointed as JSON and comes "
            'back as a string like `"09:30:00"`',
        ),
        (
            10,
            "WAC107",
            '`datetime.strptime(text, "%H:%M").time()` is a `time` returned by `cutoff` as a '
            "step's result: it is checkpointed as JSON and comes back as a string like "
            '`"09:30:00"`',
        ),
        (
            19,
            "WAC107",
            "`datetime.fromisoformat(x).timetz()` is a `time` returned by this step: it is "
            'checkpointed as JSON and comes back as a string like `"09:30:00"`',
        ),
    ]


# --- WAC107: a dict filled item by item with keys JSON cannot encode ---------------


def test_a_dict_filled_with_tuple_or_date_keys_returned_by_a_step() -> None:
    code = (
        "from collections import Counter, defaultdict\nfrom datetime import date\n"
        + HEAD
        + "@task()\nasync def pairs(rows: list) -> dict:\n"
        "    seen = Counter()\n"
        "    for r in rows:\n        seen[r['a'], r['b']] += 1\n"
        "    return seen\n\n"
        "@workflow\nasync def main(rows: list):\n"
        "    def by_day():\n"
        "        out = {}\n"
        "        for r in rows:\n            out[date.fromisoformat(r['day'])] = r['n']\n"
        "        return out\n\n"
        "    def by_name():\n"
        "        out = defaultdict(list)\n"
        "        for r in rows:\n            out[r['name']].append(r)\n"
        "        return out\n\n"
        "    def other():\n"
        "        out = dict()\n"
        "        def fill():\n            out2 = {}\n            out2[(1, 2)] = 3\n"
        "        return out\n\n"
        "    a = await pairs(rows)\n"
        '    b = await step("b", by_day)\n'
        '    c = await step("c", by_name)\n'
        '    d = await step("d", other)\n'
        "    return a, b, c, d\n"
    )
    assert findings(code, "WAC107") == [
        (
            10,
            "WAC107",
            "`seen` is a dict keyed by a `tuple` (`seen[r['a'], r['b']]`) returned by this "
            "task: JSON cannot encode its keys (`json.dumps` raises `TypeError`: keys must be "
            "str, int, float, bool or None, and `default=str` does not apply to keys), so it "
            "fails instead of being checkpointed",
        ),
        (
            18,
            "WAC107",
            "`out` is a dict keyed by a `date` (`out[date.fromisoformat(r['day'])]`) returned "
            "by this step: JSON cannot encode its keys (`json.dumps` raises `TypeError`: keys "
            "must be str, int, float, bool or None, and `default=str` does not apply to keys), "
            "so it fails instead of being checkpointed",
        ),
    ]


# --- WAC107: instance checks and class patterns naming any class of the file --------


def test_class_patterns_and_isinstance_of_json_based_classes_of_the_file() -> None:
    code = (
        "from enum import StrEnum\nfrom typing import NamedTuple, Protocol, TypedDict\n"
        + HEAD
        + "class Quote(NamedTuple):\n    carrier: str\n    cents: int\n\n"
        "class Payload(dict):\n    pass\n\n"
        "class Tier(StrEnum):\n    GOLD = 'gold'\n\n"
        "class Lease(TypedDict):\n    holder: str\n\n"
        "class HasId(Protocol):\n    id: str\n\n"
        "@task()\nasync def quote(x: str) -> dict:\n    return {}\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    q = await quote(x)\n"
        "    match q:\n"
        "        case Quote(carrier=c):\n            return c\n"
        "        case Lease(holder=h):\n            return h\n"
        "    if isinstance(q, Payload) or isinstance(q, Tier):\n        return 1\n"
        "    if isinstance(q, HasId):\n        return 2\n"
    )
    assert findings(code, "WAC107") == [
        (
            29,
            "WAC107",
            "`Quote(carrier=c)` never matches: `q` is a checkpointed result, which comes back "
            "from JSON (strings, numbers, lists, plain objects)",
        ),
        (
            33,
            "WAC107",
            "`isinstance(q, Payload)` is never true: `q` is a checkpointed result, which comes "
            "back from JSON (strings, numbers, lists, plain objects)",
        ),
        (
            33,
            "WAC107",
            "`isinstance(q, Tier)` is never true: `q` is a checkpointed result, which comes "
            "back from JSON (strings, numbers, lists, plain objects)",
        ),
    ]


# --- WAC101 / WAC103: a decorator of the file that runs the function in a step ------

DURABLE = (
    "import functools\nimport requests\n" + HEAD + "def durable(fn):\n"
    "    @functools.wraps(fn)\n"
    "    async def wrapper(*args, **kwargs):\n"
    "        return await step(fn.__name__, lambda: fn(*args, **kwargs))\n"
    "    return wrapper\n\n"
    "def twice(fn):\n"
    "    async def wrapper(*args):\n"
    "        first = await step(fn.__name__, lambda: fn(*args))\n"
    "        return first, fn(*args)\n"
    "    return wrapper\n\n"
)


def test_a_helper_a_decorator_runs_inside_step_is_not_body_code() -> None:
    code = (
        DURABLE + "@durable\ndef rates(base: str) -> dict:\n"
        "    return requests.get('https://fx.example/' + base).json()\n\n"
        "@twice\ndef ping(url: str) -> int:\n    return requests.get(url).status_code\n\n"
        "@workflow\nasync def main(base: str):\n"
        "    r = await rates(base)\n"
        "    p = await ping(base)\n"
        "    return r, p\n"
    )
    assert rows(code, "WAC101", "WAC103") == [(28, "WAC101")]


def test_a_decorator_also_called_on_something_else_keeps_its_name_computed() -> None:
    code = (
        DURABLE + "def load(base: str) -> dict:\n    return {'base': base}\n\n"
        "loader = durable(functools.partial(load, 'EUR'))\n\n"
        "@workflow\nasync def main(base: str):\n"
        "    return await loader()\n"
    )
    assert findings(code, "WAC103") == [
        (
            24,
            "WAC103",
            "The step name (in `loader`) `fn.__name__` is computed at run time: it is stable "
            "across replays (nothing in it reads the clock, randomness or the environment), "
            "but the guide asks for constant names; a literal gives the same keys, numbered "
            "`_2`, `_3`",
        )
    ]


def test_a_decorator_factory_whose_product_runs_the_function_in_a_step() -> None:
    code = (
        "import functools\nimport requests\n" + HEAD + "def checkpointed(name: str):\n"
        "    def decorate(fn):\n"
        "        @functools.wraps(fn)\n"
        "        async def wrapper(*args):\n"
        "            return await step(name, lambda: fn(*args))\n"
        "        return wrapper\n"
        "    return decorate\n\n"
        "def timed(label: str):\n"
        "    def decorate(fn):\n"
        "        async def wrapper(*args):\n"
        "            return fn(*args)\n"
        "        return wrapper\n"
        "    return decorate\n\n"
        '@checkpointed("rates")\ndef rates(base: str) -> dict:\n'
        "    return requests.get('https://fx.example/' + base).json()\n\n"
        '@timed("ping")\ndef ping(url: str) -> int:\n    return requests.get(url).status_code\n\n'
        "@workflow\nasync def main(base: str):\n"
        "    return await rates(base), await ping(base)\n"
    )
    assert rows(code, "WAC101", "WAC103") == [(30, "WAC101")]


# --- WAC107: a plain Enum's member looked up by value --------------------------------


def test_a_plain_enum_member_looked_up_by_value_as_a_key_or_a_value() -> None:
    code = (
        "from enum import Enum, StrEnum\n" + HEAD + "class Channel(Enum):\n"
        "    EMAIL = 'email'\n\n"
        "class Kind(StrEnum):\n    A = 'a'\n\n"
        "@task()\nasync def counts(xs: list[str]) -> dict:\n"
        "    out = {}\n"
        "    for x in xs:\n        out[Channel(x)] = out.get(Channel(x), 0) + 1\n"
        "    return out\n\n"
        "@task()\nasync def kinds(xs: list[str]) -> dict:\n"
        "    out = {}\n"
        "    for x in xs:\n        out[Kind(x)] = 1\n"
        "    return {'first': Kind(xs[0]), 'all': out}\n\n"
        "@workflow\nasync def main(xs: list[str]):\n"
        "    return await counts(xs), await kinds(xs)\n"
    )
    assert rows(code, "WAC107") == [(15, "WAC107")]


# --- WAC103 / WAC301 / WAC303: an f-string of constant names is a constant ------------


def test_an_f_string_of_module_literals_is_a_constant_key() -> None:
    code = (
        HEAD + 'TEAM = "sre"\nLEAD = f"{TEAM}_lead"\n\n'
        "@workflow\nasync def main(x: str):\n"
        "    urls = await step('urls', lambda: get_approval_urls(LEAD))\n"
        "    a = await wait_for_approval(key=LEAD)\n"
        '    b = await wait_for_approval(key=f"{TEAM}/{{x}}")\n'
        '    c = await wait_for_approval(key=f"{x}_lead")\n'
        '    d = await wait_for_approval(key=f"{TEAM!r}_lead")\n'
        "    return urls, a, b, c, d\n"
    )
    assert rows(code, "WAC103", "WAC301", "WAC303") == [
        (10, "WAC301"),
        (11, "WAC103"),
        (12, "WAC103"),
    ]


# --- WAC301 / WAC303: an approval key forwarded through a helper's parameter --------


def test_an_approval_key_given_to_a_helper_that_forwards_it() -> None:
    code = (
        HEAD + "async def ask(key: str, timeout: int = 60) -> dict:\n"
        "    urls = await step('urls', lambda: get_approval_urls(key))\n"
        "    return await wait_for_approval(key=key, timeout=timeout)\n\n"
        "@workflow\nasync def main(flag: bool, who: str):\n"
        '    a = await ask("release/manager")\n'
        '    b = await ask("security")\n'
        "    if flag:\n"
        '        c = await ask("legal")\n'
        "    else:\n"
        '        c = await ask("legal", 30)\n'
        '    d = await ask(key="security")\n'
        "    e = await ask(who)\n"
        "    return a, b, c, d, e\n"
    )
    assert findings(code, "WAC301", "WAC303") == [
        (
            9,
            "WAC301",
            'The approval key `"release/manager"` is given to `ask`, which waits for the '
            "approval keyed by it: the SDK refuses it (a key must be a non-empty step name "
            "without `/` or dot segments), so the workflow fails there",
        ),
        (
            15,
            "WAC303",
            'The approval key `"security"` (given to `ask`, which waits for the approval '
            "keyed by it) is already used on line 10: the SDK raises `WAC step key ... is "
            "already used` here; give each approval its own key",
        ),
    ]
