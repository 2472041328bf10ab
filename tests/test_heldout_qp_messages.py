"""Red team QP: Python hooks an expression runs without a visible call, arguments a
durable call evaluates in the body, and guards, pinned with their messages."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile


def findings(code: str, *codes: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=list(codes))
    return [(f.row, f.code, f.message) for f in result.findings]


HEAD = (
    "from wmill import task, workflow\n\n@task()\nasync def t(x: object) -> int:\n    return 1\n\n"
)


def test_sqlalchemy_engine_built_in_the_body_connects_nothing() -> None:
    # create_engine builds the engine and its pool; the first connect() opens a connection
    code = (
        "import sqlalchemy as sa\n" + HEAD + "class Book:\n"
        "    def __init__(self, url):\n        self.engine = sa.create_engine(url)\n\n"
        "@workflow\nasync def main(url: str):\n    book = Book(url)\n    return await t(1)\n"
    )
    assert findings(code, "WAC101") == []


def network(what: str, chain: str) -> str:
    return (
        f"`{what}` (reached through `{chain}`) does network I/O in the workflow body, "
        "which re-runs on every replay; move it into a task or a `step(...)`"
    )


def clock(what: str, chain: str) -> str:
    return (
        f"`{what}` (reached through `{chain}`) reads the clock: the value changes between "
        "replays of the workflow body; capture it with `step(...)`"
    )


HOOKED = (
    "import requests\nfrom datetime import datetime\n" + HEAD + "class Remote:\n"
    "    def __len__(self):\n        return requests.get('u').json()['n']\n"
    "    def __contains__(self, x):\n        return requests.head('u').ok\n"
    "    def __getitem__(self, k):\n        return requests.put('u').json()\n"
    "    def __format__(self, spec):\n        return requests.patch('u').text\n"
    "    def __add__(self, other):\n        return requests.delete('u').ok\n"
    "    def __bool__(self):\n        return datetime.now().hour > 3\n"
    "    def __str__(self):\n        return str(datetime.utcnow())\n\n"
)


def test_python_data_model_hooks_run_where_the_expression_is() -> None:
    code = HOOKED + (
        "@workflow\nasync def main(x: str):\n"
        "    r = Remote()\n"
        "    n = len(r)\n"
        "    if x in r:\n        pass\n"
        "    v = r[x]\n"
        "    s = f'{r:>4}'\n"
        "    u = r + r\n"
        "    if not r:\n        pass\n"
        "    print('at', r)\n"
        "    return await t(n)\n"
    )
    assert findings(code, "WAC101", "WAC102") == [
        (28, "WAC101", network("requests.get", "main → Remote.__len__ → requests.get")),
        (29, "WAC101", network("requests.head", "main → Remote.__contains__ → requests.head")),
        (31, "WAC101", network("requests.put", "main → Remote.__getitem__ → requests.put")),
        (32, "WAC101", network("requests.patch", "main → Remote.__format__ → requests.patch")),
        (33, "WAC101", network("requests.delete", "main → Remote.__add__ → requests.delete")),
        (34, "WAC102", clock("datetime.now", "main → Remote.__bool__ → datetime.now")),
        (36, "WAC102", clock("datetime.utcnow", "main → Remote.__str__ → datetime.utcnow")),
    ]


def test_hooks_of_a_class_named_itself_a_shadowed_builtin_and_a_task_are_not_run() -> None:
    code = HOOKED + (
        "def len(x):\n    return 0\n\n"
        "@task()\nasync def size() -> int:\n    return len(Remote()) + (1 if Remote() else 0)\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    n = len(Remote())\n"
        "    k = str(Remote)\n"
        "    if Remote:\n        pass\n"
        "    return await size()\n"
    )
    assert findings(code, "WAC101", "WAC102") == []


def env(what: str, chain: str) -> str:
    return (
        f"`{what}` (reached through `{chain}`) reads the process environment: the value "
        "changes between replays of the workflow body; capture it with `step(...)`"
    )


def test_descriptor_get_and_getattr_run_where_the_attribute_is_read() -> None:
    code = (
        "import os\nimport requests\n" + HEAD + "class Remote:\n"
        "    def __get__(self, obj, owner=None):\n        return requests.get('u').json()\n"
        "    def __set__(self, obj, value):\n        requests.put('u', json=value)\n\n"
        "class Account:\n    balance = Remote()\n    limit = 5\n"
        "    def __init__(self, name):\n        self.name = name\n"
        "    def __getattr__(self, key):\n        return os.environ.get(key.upper())\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    a = Account(x)\n"
        "    b = a.balance\n"
        "    c = a.name + str(a.limit)\n"
        "    d = a.region\n"
        "    return await t((b, c, d))\n"
    )
    assert findings(code, "WAC101", "WAC102") == [
        (26, "WAC101", network("requests.get", "main → Remote.__get__ → requests.get")),
        (28, "WAC102", env("os.environ.get", "main → Account.__getattr__ → os.environ.get")),
    ]


def test_what_the_body_evaluates_to_get_a_step_callback() -> None:
    # only calling the function step() is given is deferred: the expression that yields
    # it (a response's bound method, a clock read, partial's bound arguments) runs here
    code = (
        "import functools, os, time\nimport requests\nfrom datetime import datetime\n"
        "from wmill import step, workflow\n\n"
        "def fetch(url, since):\n    return requests.get(url).json()\n\n"
        "@workflow\nasync def main(url: str):\n"
        "    a = await step('a', requests.get(url).json)\n"
        "    b = await step('b', datetime.now().isoformat)\n"
        "    c = await step('c', functools.partial(fetch, url, time.time()))\n"
        "    d = await step('d', time.time)\n"
        "    e = await step('e', os.environ.copy)\n"
        "    f = await step('f', functools.partial(fetch, url, 0))\n"
        "    return [a, b, c, d, e, f]\n"
    )
    assert findings(code, "WAC101", "WAC102") == [
        (
            11,
            "WAC101",
            "`requests.get` does network I/O in the workflow body, which re-runs on every "
            "replay; move it into a task or a `step(...)`",
        ),
        (
            12,
            "WAC102",
            "`datetime.now` reads the clock: it is read in the workflow body, on every "
            "replay, in the argument of `step` rather than inside the step's function; make "
            "the step's function read it",
        ),
        (
            13,
            "WAC102",
            "`time.time` reads the clock: it is read in the workflow body, on every "
            "replay, in the argument of `step` rather than inside the step's function; make "
            "the step's function read it",
        ),
    ]


def test_a_guard_naming_the_suspension_through_a_module_constant() -> None:
    guard = (
        HEAD + "SIGNALS = ('_StepSuspend', '_StepFailure')\nOTHER = ('KeyboardInterrupt',)\n\n"
        "def is_signal(exc):\n    return type(exc).__name__ in {names}\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    try:\n        return await t(x)\n"
        "    except BaseException as e:\n"
        "        if is_signal(e):\n            raise\n"
        "        return None\n"
    )
    assert findings(guard.format(names="SIGNALS"), "WAC201") == []
    assert findings(guard.format(names="OTHER"), "WAC201") == [
        (
            17,
            "WAC201",
            "`except BaseException as e:` catches the SDK's suspension (a BaseException): "
            "the workflow cannot suspend here; catch `Exception` or `TaskError`, or re-raise",
        )
    ]


def test_finalizer_and_init_subclass() -> None:
    code = (
        "import requests\n" + HEAD + "class Base:\n"
        "    def __init_subclass__(cls, **kw):\n        requests.post('u', json=cls.__name__)\n\n"
        "class Mid(Base):\n    pass\n\n"
        "class Leaf(Mid):\n    pass\n\n"
        "class Lease:\n    def __del__(self):\n        requests.delete('u')\n\n"
        "class Quiet:\n    def __del__(self):\n        print('bye')\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    q = Quiet()\n"
        "    lease = Lease()\n"
        "    return await t(x)\n"
    )
    hook = (
        "`requests.post` (in `Base.__init_subclass__`, which defining `{}` runs when the "
        "module loads) does network I/O at module level: the script runs again from the "
        "top on every replay of the workflow, so this happens again each time; call it in "
        "a task or a `step(...)` in the body"
    )
    assert findings(code, "WAC101") == [
        (12, "WAC101", hook.format("Mid")),
        (15, "WAC101", hook.format("Leaf")),
        (29, "WAC101", network("requests.delete", "main → Lease.__del__ → requests.delete")),
    ]


def test_a_method_on_a_reported_call_result_is_one_finding() -> None:
    code = (
        "import psycopg\n" + HEAD + "conn = psycopg.connect('x')\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    row = conn.execute('select 1').fetchone()\n"
        "    cur = conn.cursor()\n"
        "    cur.execute('select 2')\n"
        "    return await t(cur.fetchall())\n"
    )
    db = (
        "`{}` talks to a database or queue in the workflow body, which re-runs on every "
        "replay; move it into a task or a `step(...)`"
    )
    assert findings(code, "WAC101") == [
        (12, "WAC101", db.format("conn.execute")),
        (14, "WAC101", db.format("cur.execute")),
        (15, "WAC101", db.format("cur.fetchall")),
    ]


def test_missing_await_format_enter_context_and_unpacking_hooks() -> None:
    code = (
        "import contextlib\nimport requests\n" + HEAD + "class Cache(dict):\n"
        "    def __missing__(self, k):\n        return requests.get('a').json()\n\n"
        "class Job:\n    def __await__(self):\n        return self.load().__await__()\n"
        "    async def load(self):\n        return requests.get('b').json()\n\n"
        "class Tag:\n    def __str__(self):\n        return requests.get('c').text\n\n"
        "class Lock:\n    def __enter__(self):\n        requests.post('d')\n        return self\n"
        "    def __exit__(self, *a):\n        return None\n\n"
        "class Pair:\n    def __iter__(self):\n        yield requests.get('e').text\n"
        "        yield 'x'\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    a = Cache()[x]\n"
        "    b = await Job()\n"
        "    c = 'v{}'.format(Tag())\n"
        "    with contextlib.ExitStack() as stack:\n        stack.enter_context(Lock())\n"
        "    d, e = Pair()\n"
        "    return await t([a, b, c, d, e])\n"
    )
    assert findings(code, "WAC101") == [
        (37, "WAC101", network("requests.get", "main → Cache.__missing__ → requests.get")),
        (
            38,
            "WAC101",
            network("requests.get", "main → Job.__await__ → Job.load → requests.get"),
        ),
        (39, "WAC101", network("requests.get", "main → Tag.__str__ → requests.get")),
        (41, "WAC101", network("requests.post", "main → Lock.__enter__ → requests.post")),
        (42, "WAC101", network("requests.get", "main → Pair.__iter__ → requests.get")),
    ]


def test_an_awaitable_class_awaited_in_a_task_returns_what_await_gives() -> None:
    code = (
        "import httpx\n" + HEAD + "class Job:\n    def __await__(self):\n"
        "        return self.load().__await__()\n"
        "    async def load(self):\n        return httpx.get('u').json()\n\n"
        "@task()\nasync def load_job() -> dict:\n    return await Job()\n\n"
        "@workflow\nasync def main(x: str):\n    job = await load_job()\n"
        "    if job:\n        return await t(job)\n    return None\n"
    )
    assert findings(code, "WAC101", "WAC107") == []


def test_kubernetes_credentials_load_locally_and_its_api_calls_are_requests() -> None:
    code = (
        "from kubernetes import client, config\n" + HEAD + "config.load_kube_config()\n\n"
        "@workflow\nasync def main(ns: str):\n"
        "    config.load_incluster_config()\n"
        "    pods = client.CoreV1Api().list_namespaced_pod(ns)\n"
        "    return await t(len(pods.items))\n"
    )
    assert findings(code, "WAC101") == [
        (
            13,
            "WAC101",
            "`client.CoreV1Api().list_namespaced_pod` does network I/O in the workflow body, "
            "which re-runs on every replay; move it into a task or a `step(...)`",
        )
    ]


def test_a_set_picked_from_a_table_of_sets_dispatches_in_hash_order() -> None:
    code = (
        HEAD + "TEAMS = {'eng': {'okta', 'github'}, 'sales': {'okta', 'crm'}}\n"
        "LISTS = {'eng': ['okta', 'github'], 'sales': {'okta'}}\n\n"
        "@workflow\nasync def main(team: str):\n"
        "    for s in TEAMS.get(team, {'okta'}):\n        await t(s)\n"
        "    for s in TEAMS[team]:\n        await t(s)\n"
        "    for s in LISTS[team]:\n        await t(s)\n"
        "    for s in TEAMS.get(team, ['okta']):\n        await t(s)\n"
    )
    msg = (
        "Durable calls are dispatched in the order of a set picked from `TEAMS`, which can "
        "differ between replays; checkpoint keys follow call order, so results can be "
        "swapped; iterate `sorted(...)`"
    )
    assert findings(code, "WAC105") == [(12, "WAC105", msg), (14, "WAC105", msg)]


def test_a_timer_attribute_read_only_into_log_lines_is_not_reported() -> None:
    code = (
        "import logging, time\n" + HEAD + "log = logging.getLogger(__name__)\n\n"
        "class Timed:\n"
        "    def __enter__(self):\n        self.t0 = time.perf_counter()\n        return self\n"
        "    def __exit__(self, *exc):\n"
        "        log.info('took %.1f', time.perf_counter() - self.t0)\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    with Timed():\n        a = await t(x)\n"
        "    with Timed() as tm:\n        b = await t(x)\n"
        "    return await t(tm.t0)\n"
    )
    only_logged = code.replace("    return await t(tm.t0)\n", "    return await t(b)\n")
    assert findings(only_logged, "WAC102") == []
    # `tm.t0` is read outside the class, so no instance's start is known to be only
    # logged: each `with` that runs `__enter__` is a place of the body reading the clock
    entered = clock("time.perf_counter", "main → Timed.__enter__ → time.perf_counter")
    assert findings(code, "WAC102") == [(19, "WAC102", entered), (21, "WAC102", entered)]


def test_contextlib_closing_calls_close_when_the_with_block_ends() -> None:
    code = (
        "import contextlib\nfrom contextlib import closing\nimport requests\n"
        + HEAD
        + "class Conn:\n    def close(self):\n        requests.post('u')\n\n"
        "class Quiet:\n    def close(self):\n        pass\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    kept = closing(Conn())\n"
        "    with closing(Quiet()) as q:\n        pass\n"
        "    with contextlib.closing(Conn()) as c:\n        pass\n"
        "    return await t(x)\n"
    )
    assert findings(code, "WAC101") == [
        (23, "WAC101", network("requests.post", "main → Conn.close → requests.post"))
    ]


def test_a_decorator_of_the_file_runs_when_the_module_loads() -> None:
    code = (
        "import functools\nimport requests\n"
        + HEAD
        + "def register(cls):\n    requests.post('u', json=cls.__name__)\n    return cls\n\n"
        "def traced(fn):\n    @functools.wraps(fn)\n    def wrapper(*a):\n"
        "        requests.post('t')\n        return fn(*a)\n    return wrapper\n\n"
        "@register\nclass Notifier:\n    pass\n\n"
        "@traced\ndef pure(x):\n    return x\n\n"
        "@workflow\nasync def main(x: str):\n    return await t(x)\n"
    )
    assert findings(code, "WAC101") == [
        (
            20,
            "WAC101",
            "`requests.post` (in `register`, which decorating `Notifier` runs when the module "
            "loads) does network I/O at module level: the script runs again from the top on "
            "every replay of the workflow, so this happens again each time; call it in a task "
            "or a `step(...)` in the body",
        )
    ]


def test_functions_handed_by_keyword_and_a_metaclass_call_run_in_the_body() -> None:
    code = (
        "import json\nfrom dataclasses import dataclass, field\nimport requests\n"
        + HEAD
        + "def encode(o):\n    return requests.post('e').text\n\n"
        "def make_id():\n    return requests.get('i').text\n\n"
        "class Meta(type):\n    def __call__(cls, *a):\n        requests.put('m')\n"
        "        return super().__call__(*a)\n\n"
        "class Report(metaclass=Meta):\n    pass\n\n"
        "@dataclass\nclass Row:\n    id: str = field(default_factory=make_id)\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    a = json.dumps({'s': {1}}, default=encode)\n"
        "    r = Report()\n"
        "    return await t(a)\n"
    )
    assert findings(code, "WAC101") == [
        (30, "WAC101", network("requests.post", "main → encode → requests.post")),
        (31, "WAC101", network("requests.put", "main → Meta.__call__ → requests.put")),
    ]


def test_string_tests_of_the_caught_class_that_hold_for_the_suspension() -> None:
    template = (
        HEAD + "@workflow\nasync def main(x: str):\n"
        "    try:\n        return await t(x)\n"
        "    except BaseException as e:\n"
        "        if {test}:\n            raise\n"
        "        return None\n"
    )
    for passing in (
        "type(e).__module__.startswith('wmill')",
        "e.__class__.__name__.startswith(('_Step', 'Task'))",
        "type(e).__name__ in ('_StepSuspend', '_StepFailure')",
        "'Step' in type(e).__qualname__",
        "type(e).__name__ != 'KeyboardInterrupt'",
        "type(e).__name__ not in ('KeyboardInterrupt', 'SystemExit')",
    ):
        assert findings(template.format(test=passing), "WAC201") == [], passing
    for failing in (
        "type(e).__name__ == 'TaskError'",
        "type(e).__module__.startswith('httpx')",
        "type(e).__name__ not in ('_StepSuspend', 'TaskError')",
        # lets the suspension through, not `_StepFailure` (red team AE: see
        # tests/test_redteam_ae_py.py)
        "type(e).__name__ == '_StepSuspend'",
    ):
        assert [f[:2] for f in findings(template.format(test=failing), "WAC201")] == [
            (11, "WAC201")
        ], failing


def test_a_match_on_the_caught_exception() -> None:
    template = (
        "from wmill import TaskError\n" + HEAD + "@workflow\nasync def main(x: str):\n"
        "    try:\n        return await t(x)\n"
        "    except BaseException as e:\n"
        "        match e:\n{cases}"
        "        return None\n"
    )
    passing = [
        "case TaskError():\n    pass\ncase _:\n    raise\n",
        "case BaseException() as err:\n    raise err\n",
        "case ValueError() | KeyError():\n    pass\ncase other:\n    raise other\n",
        "case _ if x:\n    raise\ncase _:\n    raise\n",
    ]
    failing = [
        "case TaskError():\n    raise\ncase _:\n    pass\n",
        "case _ if x:\n    raise\ncase _:\n    pass\n",
    ]

    def indented(cases: str) -> str:
        return "".join(" " * 12 + line + "\n" for line in cases.splitlines())

    for cases in passing:
        assert findings(template.format(cases=indented(cases)), "WAC201") == [], cases
    for cases in failing:
        assert [f[:2] for f in findings(template.format(cases=indented(cases)), "WAC201")] == [
            (12, "WAC201")
        ], cases


def test_main_calling_itself_inside_the_workflow() -> None:
    code = (
        "import asyncio\n" + HEAD + "@workflow\nasync def main(c: str = '', n: int = 0):\n"
        "    page = await t(c)\n"
        "    if n < 3:\n        return await main(str(page), n + 1)\n"
        "    return page\n\n"
        "if __name__ == '__main__':\n    asyncio.run(main())\n"
    )
    assert findings(code, "WAC006") == [
        (
            12,
            "WAC006",
            "`main` calls itself: the call runs inside the same workflow (its tasks are keyed "
            "after the caller's), not as a new run, and the guide says not to call `main`; "
            "loop in the body or move the repeated part into a helper the workflow awaits",
        ),
        (
            16,
            "WAC006",
            "Do not call `main`: Windmill runs the workflow and replays it; remove the call "
            "(test with `wmill script preview`)",
        ),
    ]


def test_assigning_a_property_runs_its_setter() -> None:
    code = (
        "import requests\n" + HEAD + "class Base:\n"
        "    @property\n    def mode(self):\n        return self._m\n"
        "    @mode.setter\n    def mode(self, v):\n        requests.put('u', json=v)\n\n"
        "class Child(Base):\n    pass\n\n"
        "class Local:\n    @property\n    def mode(self):\n        return self._m\n"
        "    @mode.setter\n    def mode(self, v):\n        self._m = v\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    Local().mode = x\n"
        "    c = Child()\n    c.mode = x\n"
        "    return await t(x)\n"
    )
    assert findings(code, "WAC101") == [
        (31, "WAC101", network("requests.put", "main → Base.mode → requests.put"))
    ]


def test_getattr_is_not_assumed_for_a_class_that_sets_attributes_dynamically() -> None:
    code = (
        "import os\n" + HEAD + "class Config:\n"
        "    def __init__(self, **kw):\n        self.__dict__.update(kw)\n"
        "    def __getattr__(self, name):\n        return os.environ.get(name.upper())\n\n"
        "@workflow\nasync def main(region: str):\n"
        "    cfg = Config(region=region)\n    return await t(cfg.region)\n"
    )
    assert findings(code, "WAC102") == []
