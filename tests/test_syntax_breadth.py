"""Language features red team D's `syntax_breadth` / `team_styles` scripts needed the
analysis to read: Python defaults computed where a function is defined, properties and
getters run where they are read, TypeScript namespaces and `using` declarations, task
calls destructured by position, and a retry helper calling the thunk the body hands it."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

PY = "import os\nimport random\nimport requests\nfrom wmill import step, task, workflow\n\n"
TS = 'import { sleep, step, task, workflow } from "windmill-client";\n'


def findings(code: str, language: str, *codes: str) -> list[tuple[int, str, str]]:
    name = "t.py" if language == LANG_PYTHON else "t.ts"
    result = analyze_source(SourceFile(name, code, language), select=list(codes) or None)
    return [(f.row, f.code, f.message) for f in result.findings]


def test_lambda_default_given_to_step_runs_in_the_body() -> None:
    code = PY + (
        "@workflow\nasync def main(url: str):\n"
        "    return await step('p', lambda r=requests.get(url): r.json())\n"
    )
    assert findings(code, LANG_PYTHON, "WAC101") == [
        (
            8,
            "WAC101",
            "`requests.get` does network I/O in the workflow body, which re-runs on every "
            "replay; move it into a task or a `step(...)`",
        )
    ]


def test_default_of_a_nested_def_runs_where_it_is_defined() -> None:
    code = PY + (
        "@workflow\nasync def main():\n"
        "    def pick(seed=random.random()):\n        return seed\n"
        "    return await step('p', pick)\n"
    )
    assert [(r, c) for r, c, _ in findings(code, LANG_PYTHON, "WAC102")] == [(8, "WAC102")]


def test_lambda_default_from_the_loop_variable_is_fine() -> None:
    code = PY + (
        "@workflow\nasync def main(ids: list[str]):\n    out = []\n    for i in ids:\n"
        "        out.append(await step('p', lambda i=i: requests.get(i).json()))\n"
        "    return out\n"
    )
    assert findings(code, LANG_PYTHON) == []


def test_python_property_read_runs_its_getter_in_the_body() -> None:
    code = PY + (
        "class Settings:\n    @property\n    def dry_run(self) -> bool:\n"
        "        return os.environ.get('DRY') == '1'\n\n"
        "@workflow\nasync def main():\n    s = Settings()\n    return s.dry_run\n"
    )
    assert findings(code, LANG_PYTHON, "WAC102") == [
        (
            14,
            "WAC102",
            "`os.environ.get` (reached through `main → Settings.dry_run → os.environ.get`) "
            "reads the process environment: the value changes between replays of the workflow "
            "body; capture it with `step(...)`",
        )
    ]


def test_plain_attribute_and_pure_property_are_fine() -> None:
    code = PY + (
        "class W:\n    def __init__(self, a: str) -> None:\n        self.a = a\n"
        "    @property\n    def label(self) -> str:\n        return self.a.upper()\n"
        "    def stamp(self) -> float:\n        return random.random()\n\n"
        "@workflow\nasync def main(a: str):\n    w = W(a)\n    return w.label, w.a, w.stamp\n"
    )
    assert findings(code, LANG_PYTHON) == []


def test_typescript_getter_read_in_the_body() -> None:
    code = TS + (
        "class Deadline {\n  constructor(private at: number) {}\n"
        "  get expired(): boolean {\n    return Date.now() > this.at;\n  }\n}\n"
        "export const main = workflow(async (at: number) => {\n"
        "  const d = new Deadline(at);\n  return d.expired;\n});\n"
    )
    assert findings(code, LANG_TYPESCRIPT, "WAC102") == [
        (
            10,
            "WAC102",
            "`Date.now` (reached through `main → Deadline.expired → Date.now`) reads the "
            "clock: the value changes between replays of the workflow body; capture it with "
            "`step(...)`",
        )
    ]


def test_typescript_namespace_function_called_from_the_body() -> None:
    code = TS + (
        "namespace Billing {\n  export async function post(u: string): Promise<number> {\n"
        "    return (await fetch(u)).status;\n  }\n  export const fmt = (n: number) => `${n}`;\n}\n"
        "export const main = workflow(async (u: string) => {\n"
        "  const label = Billing.fmt(1);\n  return [label, await Billing.post(u)];\n});\n"
    )
    assert findings(code, LANG_TYPESCRIPT, "WAC101") == [
        (
            10,
            "WAC101",
            "`fetch` (reached through `main → Billing.post → fetch`) does network I/O in the "
            "workflow body, which re-runs on every replay; move it into a task or a "
            "`step(...)`",
        )
    ]


def test_typescript_using_declaration_binds_its_name() -> None:
    code = (
        'import { SQL } from "bun";\n'
        + TS
        + (
            "export const main = workflow(async (dsn: string) => {\n"
            "  await using db = new SQL(dsn);\n"
            "  return await db`select 1`;\n});\n"
        )
    )
    assert [(r, c) for r, c, _ in findings(code, LANG_TYPESCRIPT)] == [(5, "WAC101")]


def test_task_calls_destructured_by_position() -> None:
    code = TS + (
        "const a = task(async (x: string) => x);\n"
        "export const main = workflow(async (x: string) => {\n"
        "  const [p, q] = [a(x), a(x)];\n  return { p: await p, q };\n});\n"
    )
    # `q` goes back unawaited in the returned object (`{ q }` reads it as `{ q: q }` does)
    assert findings(code, LANG_TYPESCRIPT, "WAC106") == [
        (
            5,
            "WAC106",
            "`a(...)` is returned inside a list or object without being awaited: the workflow "
            "would return promises, not their results; return `await Promise.all(...)`",
        )
    ]


def test_python_tuple_assignment_of_task_calls() -> None:
    code = PY + (
        "@task()\nasync def a(x: str) -> str:\n    return x\n\n"
        "@workflow\nasync def main(x: str):\n    p, q = a(x), a(x)\n"
        "    return {'p': await p, 'q': await q}\n"
    )
    assert findings(code, LANG_PYTHON) == []


def test_retry_helper_calling_the_thunk_the_body_gives_it() -> None:
    code = TS + (
        "async function withRetry<T>(attempt: () => PromiseLike<T>): Promise<T | undefined> {\n"
        "  try {\n    return await attempt();\n  } catch (err) {\n    await sleep(5);\n  }\n"
        "  return undefined;\n}\n"
        "const roll = task(async (x: string) => x);\n"
        "export const main = workflow(async (x: string) => {\n"
        "  return await withRetry(() => roll(x));\n});\n"
    )
    assert [(r, c) for r, c, _ in findings(code, LANG_TYPESCRIPT, "WAC202")] == [(12, "WAC202")]


def test_pydantic_model_returned_by_a_task_is_its_str() -> None:
    code = (
        "from pydantic import BaseModel\n"
        + PY
        + (
            "class Quote(BaseModel):\n    cents: int\n\n"
            "@task()\nasync def quote() -> dict:\n    return Quote(cents=1)\n\n"
            "@workflow\nasync def main():\n    return await quote()\n"
        )
    )
    assert findings(code, LANG_PYTHON, "WAC107") == [
        (
            12,
            "WAC107",
            "`Quote(cents=1)` is a `Quote` instance returned by this task: it is checkpointed "
            "as JSON and comes back as a string of its `str()`",
        )
    ]


def test_calling_an_instance_runs_its_dunder_call() -> None:
    code = PY + (
        "class Hook:\n    def __init__(self, url: str) -> None:\n        self.url = url\n"
        "    def __call__(self, text: str) -> int:\n"
        "        return requests.post(self.url, json={'t': text}).status_code\n\n"
        "@workflow\nasync def main(url: str):\n    hook = Hook(url)\n    return hook('done')\n"
    )
    assert findings(code, LANG_PYTHON, "WAC101") == [
        (
            15,
            "WAC101",
            "`requests.post` (reached through `main → Hook.__call__ → requests.post`) does "
            "network I/O in the workflow body, which re-runs on every replay; move it into a "
            "task or a `step(...)`",
        )
    ]


def test_building_an_instance_runs_its_constructor() -> None:
    py = PY + (
        "class Conn:\n    def __init__(self, url: str) -> None:\n"
        "        self.data = requests.get(url).json()\n\n"
        "class Plain:\n    def __init__(self, url: str) -> None:\n        self.url = url\n\n"
        "@workflow\nasync def main(url: str):\n    Plain(url)\n    return Conn(url).data\n"
    )
    assert [(r, c) for r, c, _ in findings(py, LANG_PYTHON)] == [(17, "WAC101")]
    ts = TS + (
        "class Flags {\n  ready: Promise<Response>;\n"
        "  constructor(u: string) {\n    this.ready = fetch(u);\n  }\n}\n"
        "export const main = workflow(async (u: string) => {\n"
        "  const f = new Flags(u);\n  return (await f.ready).status;\n});\n"
    )
    assert findings(ts, LANG_TYPESCRIPT, "WAC101") == [
        (
            9,
            "WAC101",
            "`fetch` (reached through `main → Flags.constructor → fetch`) does network I/O in "
            "the workflow body, which re-runs on every replay; move it into a task or a "
            "`step(...)`",
        )
    ]


def test_class_field_holding_an_arrow_is_a_method() -> None:
    code = TS + (
        "class Pager {\n  trigger = async (s: string) => (await fetch(s)).status;\n}\n"
        "export const main = workflow(async (s: string) => {\n"
        "  return await new Pager().trigger(s);\n});\n"
    )
    assert [(r, c) for r, c, _ in findings(code, LANG_TYPESCRIPT)] == [(6, "WAC101")]


def test_default_of_the_workflow_arrow_runs_in_the_body() -> None:
    code = TS + (
        "const t = task(async (z: string) => z);\n"
        "export const main = workflow(async (z: string = Bun.env.ZONE ?? 'a', n = 3) => {\n"
        "  return await t(z);\n});\n"
    )
    assert [(r, c) for r, c, _ in findings(code, LANG_TYPESCRIPT)] == [(3, "WAC102")]


def test_wac204_with_lookups_in_the_guarded_code() -> None:
    code = PY + (
        "class Declined(Exception):\n    pass\n\nclass Missing(KeyError):\n    pass\n\n"
        "@task()\nasync def pay(v: str) -> str:\n    return v\n\n"
        "@workflow\nasync def main(items: list[dict]):\n    done = []\n    for p in items:\n"
        "        try:\n            done.append(await pay(p['vendor']))\n"
        "        except Declined:\n            pass\n"
        "        except (KeyError, Missing):\n            pass\n"
        "    return done\n"
    )
    assert findings(code, LANG_PYTHON, "WAC204") == [
        (
            22,
            "WAC204",
            "`except Declined` never matches here: the guarded code only runs tasks and steps, "
            "and the SDK raises `TaskError` for their failures (the original class is only in "
            "`e.result['error']['name']`); catch `TaskError` instead of `Declined`",
        )
    ]


def test_wac204_typescript_local_error_with_a_lookup() -> None:
    code = TS + (
        "class Declined extends Error {}\nclass Bad extends TypeError {}\n"
        "const pay = task(async (v: string) => v);\n"
        "export const main = workflow(async (p: { vendor: string }) => {\n"
        "  try {\n    return await pay(p.vendor);\n  } catch (e) {\n"
        "    if (e instanceof Declined || e instanceof Bad) return null;\n    throw e;\n  }\n});\n"
    )
    assert [(r, m.split(" is never")[0]) for r, _, m in findings(code, LANG_TYPESCRIPT)] == [
        (9, "`e instanceof Declined`")
    ]


def test_positional_approval_timeout_from_a_constant() -> None:
    code = TS.replace("sleep, step", "sleep, step, waitForApproval, parallel") + (
        "const WEEK = 7 * 24 * 3600;\nconst opts = { timeout: WEEK };\n"
        "const t = task(async (x: string) => x);\n"
        "export const main = workflow(async (xs: string[]) => {\n"
        "  await waitForApproval(WEEK);\n  await waitForApproval(opts);\n"
        "  return await parallel(xs, t, 2 * 2);\n});\n"
    )
    assert [(r, m.split(":")[0]) for r, _, m in findings(code, LANG_TYPESCRIPT, "WAC301")] == [
        (6, "`waitForApproval` takes an options object"),
        (
            8,
            "`parallel` reads `options?.concurrency`, so a bare number is ignored and every item "
            "runs at once; write `{ concurrency",
        ),
    ]


def test_bound_method_given_to_step_changes_the_instance() -> None:
    code = PY + (
        "class Log:\n    def __init__(self) -> None:\n        self.items: list[str] = []\n"
        "    def mark(self) -> int:\n        self.items.append('x')\n        self.count = 1\n"
        "        local = []\n        local.append(1)\n        return len(local)\n\n"
        "@workflow\nasync def main():\n    log = Log()\n    await step('m', log.mark)\n"
        "    return log.items\n"
    )
    assert [(r, m.split(", which")[0]) for r, _, m in findings(code, LANG_PYTHON, "WAC104")] == [
        (10, "This `step(...)` callback changes `self.items`"),
        (11, "This `step(...)` callback changes `self.count`"),
    ]


def test_method_called_inside_a_step_lambda_is_not_the_callback() -> None:
    code = PY + (
        "class Log:\n    def __init__(self) -> None:\n        self.items: list[str] = []\n"
        "    def add(self, x: str) -> None:\n        self.items.append(x)\n\n"
        "@workflow\nasync def main():\n"
        "    def build() -> list[str]:\n        log = Log()\n        log.add('a')\n"
        "        return log.items\n"
        "    return await step('m', build)\n"
    )
    assert findings(code, LANG_PYTHON, "WAC104") == []


def test_task_handed_by_reference_to_a_guarding_helper() -> None:
    py = PY + (
        "async def safely(fn, *args):\n    try:\n        return await fn(*args)\n"
        "    except BaseException:\n        return None\n\n"
        "@task()\nasync def go(x: str) -> str:\n    return x\n\n"
        "@workflow\nasync def main(x: str):\n    return await safely(go, x)\n"
    )
    assert findings(py, LANG_PYTHON, "WAC201") == [
        (
            18,
            "WAC201",
            "`except BaseException:` catches the SDK's suspension (a BaseException) (in "
            "`safely`, which the workflow calls): the workflow cannot suspend here; catch "
            "`Exception` or `TaskError`, or re-raise",
        )
    ]
    plain = py.replace("return await safely(go, x)", "return [await go(x), await safely(len, x)]")
    assert findings(plain, LANG_PYTHON, "WAC201") == []


def test_step_given_a_clock_or_id_function_by_reference() -> None:
    code = (
        "import uuid\nfrom datetime import datetime\n"
        + PY
        + (
            "@workflow\nasync def main():\n    a = await step('a', datetime.now)\n"
            "    b = await step('b', uuid.uuid4)\n    c = await step('c', len)\n"
            "    return a, b, c\n"
        )
    )
    assert findings(code, LANG_PYTHON, "WAC107") == [
        (
            10,
            "WAC107",
            "`datetime.now` returns a `datetime`, which this step checkpoints as JSON: it comes "
            'back as a string like `"2024-05-01 12:00:00"` (`str()`, not ISO 8601)',
        ),
        (
            11,
            "WAC107",
            "`uuid.uuid4` returns a `UUID`, which this step checkpoints as JSON: it comes back "
            "as its string (`str()`)",
        ),
    ]


def test_handler_picked_from_a_dispatch_table_by_a_computed_key() -> None:
    py = PY + (
        "def slack(t: str) -> int:\n    return requests.post(t).status_code\n\n"
        "def quiet(t: str) -> int:\n    return len(t)\n\n"
        "HANDLERS = {'slack': slack, 'quiet': quiet}\n\n"
        "@workflow\nasync def main(kind: str, t: str):\n    return HANDLERS[kind](t)\n"
    )
    assert findings(py, LANG_PYTHON, "WAC101") == [
        (
            16,
            "WAC101",
            "`requests.post` (reached through `main → slack → requests.post`) does network I/O "
            "in the workflow body, which re-runs on every replay; move it into a task or a "
            "`step(...)`",
        )
    ]
    ts = TS + (
        "const table: Record<string, (t: string) => number> = {\n"
        "  now: () => Date.now(),\n  len: (t) => t.length,\n};\n"
        "export const main = workflow(async (k: string) => table[k](k));\n"
    )
    assert [(r, m.split(" (")[0]) for r, _, m in findings(ts, LANG_TYPESCRIPT, "WAC102")] == [
        (6, "`Date.now`")
    ]


def test_approval_key_in_a_helper_called_twice_or_in_a_loop() -> None:
    helper = (
        "from wmill import wait_for_approval, workflow\n\n"
        "async def ask() -> dict:\n    return await wait_for_approval(key='signoff')\n\n"
    )
    twice = helper + "@workflow\nasync def main():\n    await ask()\n    return await ask()\n"
    assert findings(twice, LANG_PYTHON, "WAC303") == [
        (
            9,
            "WAC303",
            "`ask` waits for an approval with the key `'signoff'` (line 4), and it already ran "
            "on line 8: the SDK raises `WAC step key ... is already used` here; pass each call "
            "its own key, or drop the key (approvals are then numbered)",
        )
    ]
    branches = helper + (
        "@workflow\nasync def main(a: bool):\n    if a:\n        return await ask()\n"
        "    else:\n        return await ask()\n"
    )
    assert findings(branches, LANG_PYTHON, "WAC303") == []
    loop = helper + (
        "@workflow\nasync def main(xs: list[str]):\n    for x in xs:\n        await ask()\n"
    )
    assert [(r, m.split(":")[0]) for r, _, m in findings(loop, LANG_PYTHON, "WAC303")] == [
        (9, "`ask` waits for an approval with the key `'signoff'` (line 4) and is called in a loop")
    ]


def test_archives_are_files_and_the_hostname_is_no_network() -> None:
    code = (
        "import socket\nimport zipfile\n"
        + PY
        + (
            "@workflow\nasync def main(p: str):\n"
            "    with zipfile.ZipFile(p, 'w') as z:\n        z.writestr('a', 'b')\n"
            "    return socket.gethostname()\n"
        )
    )
    assert [(r, c, m.split(" ", 2)[1]) for r, c, m in findings(code, LANG_PYTHON)] == [
        (11, "WAC101", "touches"),
        (12, "WAC102", "reads"),
    ]


def test_async_iife_with_tasks_not_awaited() -> None:
    code = TS + (
        "const t = task(async (x: string) => x);\n"
        "export const main = workflow(async (x: string) => {\n"
        "  (async () => {\n    await t(x);\n  })();\n"
        "  const y = await (async () => await t(x))();\n"
        "  (() => x.length)();\n  return y;\n});\n"
    )
    assert findings(code, LANG_TYPESCRIPT, "WAC106") == [
        (
            4,
            "WAC106",
            "This async function, called on the spot without `await`, runs durable calls: the "
            "workflow goes on without waiting for them, and their results and failures are "
            "lost; `await` it",
        )
    ]


def test_helper_scheduled_with_create_task_does_start() -> None:
    code = (
        "import asyncio\n"
        + PY
        + (
            "@task()\nasync def t(x: str) -> str:\n    return x\n\n"
            "async def later(x: str) -> str:\n    return await t(x)\n\n"
            "@workflow\nasync def main(x: str):\n    asyncio.create_task(later(x))\n    later(x)\n"
            "    return x\n"
        )
    )
    assert [(r, m.split(": ", 1)[1]) for r, _, m in findings(code, LANG_PYTHON, "WAC106")] == [
        (
            16,
            "the workflow goes on without waiting for them, and their results and failures "
            "are lost; `await` it",
        ),
        (17, "its coroutine never runs, so none of them is dispatched; `await` it"),
    ]


def test_options_and_retry_policies_held_in_constants() -> None:
    ts = TS + (
        "const OPTS = { timeout: 60, retries: 2 };\nconst RETRY = { attempts: 3, backoff: 2 };\n"
        "const a = task(async (x: string) => x, OPTS);\n"
        "const b = task(async (x: string) => x, OPTS);\n"
        "const c = task(async (x: string) => x, { retry: RETRY });\n"
        "export const main = workflow(async (x: string) => [await a(x), await b(x), await c(x)]);\n"
    )
    assert [(r, m.split(":")[0]) for r, _, m in findings(ts, LANG_TYPESCRIPT, "WAC302")] == [
        (2, "`retries` is not an option of `task`"),
        (3, "`backoff` is not a key of a retry policy (attempts, delay, multiplier, max_delay)"),
    ]
    py = PY + (
        "RETRY = {'attempts': 3, 'backoff': 2}\n\n"
        "@task(retry=RETRY)\nasync def a(x: str) -> str:\n    return x\n\n"
        "@workflow\nasync def main(x: str):\n    return await a(x)\n"
    )
    assert [(r, m.split(":")[0]) for r, _, m in findings(py, LANG_PYTHON, "WAC302")] == [
        (6, "`backoff` is not a key of a retry policy (attempts, delay, multiplier, max_delay)")
    ]


def test_a_sleep_of_zero_only_yields() -> None:
    code = (
        "import asyncio\nimport time\n"
        + PY
        + (
            "@workflow\nasync def main():\n    await asyncio.sleep(0)\n    time.sleep(0)\n"
            "    time.sleep(2)\n"
        )
    )
    assert [(r, c) for r, c, _ in findings(code, LANG_PYTHON)] == [(12, "WAC101")]


def test_set_returned_by_a_helper_drives_dispatch() -> None:
    code = PY + (
        "@task()\nasync def t(x: str) -> str:\n    return x\n\n"
        "def uniq(xs: list[str]):\n    return set(xs)\n\n"
        "def ordered(xs: list[str]) -> list[str]:\n    return sorted(set(xs))\n\n"
        "@workflow\nasync def main(xs: list[str]):\n"
        "    for x in uniq(xs):\n        await t(x)\n"
        "    for x in ordered(xs):\n        await t(x)\n"
    )
    assert [(r, m.split(",")[0]) for r, _, m in findings(code, LANG_PYTHON, "WAC105")] == [
        (18, "Durable calls are dispatched in the order of a `set` (returned by `uniq`)")
    ]


def test_dataclass_post_init_runs_when_built() -> None:
    code = (
        "from dataclasses import dataclass\n"
        + PY
        + (
            "@dataclass\nclass S:\n    url: str\n\n    def __post_init__(self) -> None:\n"
            "        self.token = requests.get(self.url).text\n\n"
            "@workflow\nasync def main(url: str):\n    return S(url).token\n"
        )
    )
    assert [(r, m.split(" (")[1].split(")")[0]) for r, _, m in findings(code, LANG_PYTHON)] == [
        (16, "reached through `main → S.__post_init__ → requests.get`")
    ]


def test_function_returned_by_a_factory_runs_where_it_is_called() -> None:
    py = PY + (
        "def make(url: str):\n    def send(x: str) -> int:\n"
        "        return requests.post(url, data=x).status_code\n    return send\n\n"
        "@workflow\nasync def main(url: str):\n    send = make(url)\n    return send('a')\n"
    )
    assert [(r, m.split(" (")[1].split(")")[0]) for r, _, m in findings(py, LANG_PYTHON)] == [
        (14, "reached through `main → send → requests.post`")
    ]
    ts = TS + (
        "function make(url: string) {\n"
        "  return async (b: string) => (await fetch(url)).status;\n}\n"
        "export const main = workflow(async (url: string) => {\n"
        "  const post = make(url);\n  return await post('a');\n});\n"
    )
    assert [(r, m.split(" (")[1].split(")")[0]) for r, _, m in findings(ts, LANG_TYPESCRIPT)] == [
        (7, "reached through `main → post → fetch`")
    ]


def test_task_created_in_a_class_body() -> None:
    code = PY + (
        "async def f(x: str) -> str:\n    return x\n\n"
        "class Jobs:\n    resize = task(f)\n\n"
        "@workflow\nasync def main(x: str):\n    return await Jobs.resize(x)\n"
    )
    assert findings(code, LANG_PYTHON, "WAC003") == [
        (
            10,
            "WAC003",
            "`task(f)` creates a task in a class body: it runs (the SDK keys it by the function "
            "name `f`), but the guide wants tasks at module top level and Windmill's diagram "
            "does not show it; define it once at top level and call that",
        )
    ]


def test_for_and_with_run_the_protocol_methods_of_an_instance() -> None:
    code = PY + (
        "class Pages:\n    def __aiter__(self):\n        return self\n"
        "    async def __anext__(self) -> list:\n        return requests.get('u').json()\n\n"
        "class Lease:\n    def __enter__(self):\n        return self\n"
        "    def __exit__(self, *exc: object) -> None:\n        requests.delete('u')\n\n"
        "@workflow\nasync def main():\n    with Lease():\n"
        "        async for p in Pages():\n            pass\n"
    )
    assert [(r, m.split(" (")[1].split(")")[0]) for r, _, m in findings(code, LANG_PYTHON)] == [
        (20, "reached through `main → Lease.__exit__ → requests.delete`"),
        (21, "reached through `main → Pages.__anext__ → requests.get`"),
    ]


def test_for_await_runs_the_async_iterator_of_an_instance() -> None:
    code = TS + (
        "class Pages {\n  async *[Symbol.asyncIterator]() {\n    yield (await fetch('u')).status;\n"
        "  }\n}\nexport const main = workflow(async (o: { a: number }) => {\n"
        "  for await (const p of new Pages()) {}\n  for (const k in o) {}\n  return 1;\n});\n"
    )
    assert [(r, m.split(" (")[1].split(")")[0]) for r, _, m in findings(code, LANG_TYPESCRIPT)] == [
        (8, "reached through `main → Pages.[Symbol.asyncIterator] → fetch`")
    ]
