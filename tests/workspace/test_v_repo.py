"""Red team V, repository (`v_repo/`): a Windmill workspace as `wmill sync pull` writes it
(`wmill.yaml`; shared Python modules in `f/common/`, shared Bun TypeScript modules in
`f/lib/`; `f/billing/` Python and `f/shop/` TypeScript workflows; `u/theo/` (relative Python
imports) and `u/mara/` user scripts; two scripts with modules (`reconcile__mod/`,
`quote__mod/`); two flows). Every `.script.yaml` was written by Windmill's own CLI through
`windmill-oracle script-yaml` (the `__mod/script.yaml` files through a copy of the oracle
that copies the module folder in and reads the `script.yaml` wmill writes there).

What it checks across files: tasks defined in a shared module that takes `task` from a
team wrapper module (`from f.common.wac import task`, `import { task } from "./wac.ts"`,
the wrapper re-exporting the SDK) and are called from another script (dropped, given a
wrong or missing argument, or given an extra positional one); an async generator and a
class `__iter__` of another module doing I/O, iterated in the body (`async for`, an
instance kept in a variable before `for`); a Redis lease kept in a variable before `with`,
an `@asynccontextmanager` of another module; a `functools.partial` of an HTTP helper bound
in another module; a helper passed by reference to `asyncio.to_thread` / `.map`; an
approval gate of another module, a callable instance or an instance with a method, whose
fixed key is asked for twice; a dataclass / pydantic model of another module given to a
task; a `Map` / `Set` of another module's helper given to a task; a TypeScript namespace
of another module doing I/O; a `waitForApproval` timeout in milliseconds imported from
another module; `task_script` / `taskScript` paths from constants, tables and a TypeScript
`enum` of another module (present, missing, relative, with wrong arguments, to a script
with modules); helpers of a script's own `__mod/` folder; flows calling scripts of the
repository. Correct look-alikes (`_ok`): the same helpers in a task or a `step(...)`,
`asdict(...)` / `model_dump(mode="json")` / a `TypedDict`, `Object.fromEntries(map)`,
`[...set]`, a timeout in seconds, gates with different keys, a pure async generator.

Written blind; measured before any fix: 18 of 35 expected findings found, 10 false
findings (WAC101 on every call of a task whose module takes `task` from a team wrapper:
the task's body was walked as workflow body code), no finding on another line than marked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.workspace.red_team_repo import RepoCorpus, check_marked_findings
from wac_lint.engine import analyze_source, read_source
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "v_repo"
CORPUS = RepoCorpus(
    REPO,
    support=("f/common/", "f/lib/", "__mod/"),
    support_files=(
        "f/billing/export_ledger.py",
        "f/billing/render_invoice.py",
        "f/shop/export_orders.ts",
        "f/shop/stock_summary.ts",
        "u/theo/signing.py",
        "u/theo/payout_tasks.py",
    ),
    min_callers=24,
)
# What wac-lint gets wrong today: strict xfails, removed as they are fixed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.fixture(autouse=True)
def _fresh_roots() -> None:
    forget_projects()


def test_repository_shape() -> None:
    CORPUS.check_shape()


@pytest.mark.parametrize("path", CORPUS.cases(KNOWN_GAPS), ids=CORPUS.test_id)
def test_findings_are_the_marked_ones(path: Path) -> None:
    check_marked_findings(path)


def _codes(path: Path) -> list[tuple[int, str]]:
    return [
        (f.row, f.code) for f in analyze_source(read_source(path)).findings if f.code != "WAC901"
    ]


def test_tasks_of_a_module_taking_task_from_a_team_wrapper(tmp_path: Path) -> None:
    # f/common/billing_tasks.py `from f.common.wac import task` (no `workflow`), where
    # f/common/wac.py re-exports wmill's: its tasks are tasks (they were read as plain
    # helpers, their bodies walked as workflow body code: WAC101 on every call, and no
    # WAC106 / WAC402); also through a wrapper of the wrapper, and in TypeScript; a
    # workspace module defining its own `task` is not the SDK's
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "sdk.py").write_text("from wmill import step, task as task\n")
    (lib / "wac.py").write_text("from f.lib.sdk import step, task\n")
    (lib / "jobs.py").write_text(
        "import requests\n\nfrom f.lib.wac import task\n\n\n"
        "@task()\nasync def ship(order_id: str):\n"
        "    return requests.post('https://x', json={'id': order_id}).json()\n"
    )
    (lib / "queue.py").write_text("def task(*a, **k):\n    return lambda fn: fn\n")
    (lib / "own.py").write_text(
        "import requests\n\nfrom f.lib.queue import task\n\n\n"
        "@task()\nasync def ship(order_id: str):\n"
        "    return requests.post('https://x', json={'id': order_id}).json()\n"
    )
    (lib / "run.py").write_text(
        "from wmill import workflow\n\nfrom f.lib.jobs import ship\nfrom f.lib.own import ship "
        "as ship_now\n\n\n@workflow\nasync def main(o: str):\n"
        "    ship(order_id=o)\n    await ship(order=o)\n    await ship_now(o)\n    return 1\n"
    )
    (lib / "wac.ts").write_text('export { task, step } from "windmill-client";\n')
    (lib / "sdk.ts").write_text(
        'import { task as t } from "windmill-client";\nexport { t as task };\n'
    )
    (lib / "jobs.ts").write_text(
        'import { task } from "./wac.ts";\n'
        "export const ship = task(async function ship(orderId: string, carrier: string) {\n"
        '  return await fetch("https://x", { method: "POST" });\n});\n'
    )
    (lib / "jobs2.ts").write_text(
        'import { task } from "/f/lib/sdk.ts";\n'
        "export const pack = task(async function pack(orderId: string) {\n"
        '  return await fetch("https://x", { method: "POST" });\n});\n'
    )
    (lib / "run.ts").write_text(
        'import { workflow } from "windmill-client";\n'
        'import { ship } from "./jobs.ts";\nimport { pack } from "./jobs2.ts";\n'
        "export const main = workflow(async (o: string) => {\n"
        "  pack(o);\n  return await ship(o);\n});\n"
    )
    assert _codes(lib / "run.py") == [(9, "WAC106"), (10, "WAC402"), (10, "WAC402"), (11, "WAC101")]
    assert _codes(lib / "run.ts") == [(5, "WAC106"), (6, "WAC402")]


def test_a_generator_and_a_namespace_of_another_typescript_module(tmp_path: Path) -> None:
    # f/lib/feeds.ts `export async function* orderPages(...)` iterated with `for await`,
    # f/lib/net.ts `export namespace Slack { export async function say() }`: followed
    # for a function of the file, not for one of another module (a generator function
    # was not a top-level function there, nor a namespace's member a method)
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "gen.ts").write_text(
        "export async function* pages(url: string) {\n"
        "  yield (await (await fetch(url)).json()) as any[];\n}\n"
        "export function* chunks<T>(xs: T[]) {\n  yield xs;\n}\n"
        "export namespace Net {\n  function post(t: string) { return fetch(t); }\n"
        "  export async function say(t: string) { await post(t); }\n"
        "  export const fmt = (t: string) => t.trim();\n}\n"
    )
    (lib / "run.ts").write_text(
        'import { workflow } from "windmill-client";\n'
        'import { Net, chunks, pages } from "./gen.ts";\n'
        "export const main = workflow(async (u: string) => {\n"
        "  for await (const p of pages(u)) console.log(p);\n"
        "  for (const c of chunks([u])) console.log(c);\n"
        "  await Net.say(Net.fmt(u));\n  return 1;\n});\n"
    )
    assert _codes(lib / "run.ts") == [(4, "WAC101"), (6, "WAC101")]


def test_an_instance_of_another_module_held_in_a_name_then_entered(tmp_path: Path) -> None:
    # f/billing/close_period.py `lease = RedisLease(...)` then `with lease:`,
    # f/billing/sync_invoices.py `cursor = InvoiceCursor(...)` then `for x in cursor:`: the
    # protocol methods of a class of another module ran only for `with Lease(k):` written
    # at the construction (for a class of the file, a name holding one was followed too);
    # a name assigned again is not the instance
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "lk.py").write_text(
        "import requests\n\n\nclass Lease:\n    def __enter__(self):\n"
        "        requests.post('https://locks/acquire')\n        return self\n\n"
        "    def __exit__(self, *a):\n        return False\n\n\n"
        "class Pages:\n    def __iter__(self):\n        yield from requests.get('https://p').json()\n"
    )
    (lib / "pg.ts").write_text(
        "export class Pages {\n  *[Symbol.iterator]() {\n    fetch('https://p');\n"
        "    yield 1;\n  }\n}\n"
    )
    (lib / "run.py").write_text(
        "from wmill import workflow\n\nfrom f.lib.lk import Lease, Pages\n\n\n"
        "@workflow\nasync def main(k: str):\n    lease = Lease()\n    with lease:\n        pass\n"
        "    pages = Pages()\n    pages = []\n    for p in pages:\n        pass\n"
        "    for p in Pages():\n        pass\n    return 1\n"
    )
    (lib / "run.ts").write_text(
        'import { workflow } from "windmill-client";\nimport { Pages } from "./pg.ts";\n'
        "export const main = workflow(async () => {\n  const pages = new Pages();\n"
        "  for (const p of pages) console.log(p);\n  return 1;\n});\n"
    )
    assert _codes(lib / "run.py") == [(9, "WAC101"), (15, "WAC101")]
    assert _codes(lib / "run.ts") == [(5, "WAC101")]


def test_a_client_an_attribute_holds_after_a_none_placeholder(tmp_path: Path) -> None:
    # f/common/locks.py `RedisLease`: `self._r = None` in `__init__`, `self._r =
    # redis.Redis.from_url(...)` in `__enter__`, then `self._r.set(...)`: the attribute had
    # two values, so it was no client at all
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    (tmp_path / "run.py").write_text(
        "import redis\nfrom wmill import workflow\n\n\nclass Lease:\n"
        "    def __init__(self):\n        self._r = None\n\n"
        "    def __enter__(self):\n        self._r = redis.Redis()\n"
        "        self._r.set('k', 1)\n        return self\n\n"
        "    def __exit__(self, *a):\n        return False\n\n\n"
        "@workflow\nasync def main(k: str):\n    with Lease():\n        pass\n    return 1\n"
    )
    assert _codes(tmp_path / "run.py") == [(20, "WAC101")]


def test_an_instance_of_a_class_of_another_module_sent_to_a_script(tmp_path: Path) -> None:
    # f/billing/issue_invoices.py: `Invoice(...)` of f/common/models.py (a dataclass), and
    # `invoice = invoice_from_row(row)` (an imported function returning one) held in a name,
    # given to `task_script(...)`: JSON (`default=str`) sends their `str()`; was read for
    # a class of the file only, and an imported function's result only when passed as is
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "models.py").write_text(
        "from dataclasses import dataclass\nfrom typing import TypedDict\n\n\n"
        "@dataclass\nclass Invoice:\n    number: str\n\n\n"
        "class Row(TypedDict):\n    number: str\n\n\n"
        "def make(n: str) -> Invoice:\n    return Invoice(number=n)\n"
    )
    (lib / "run.py").write_text(
        "from wmill import task_script, workflow\n\nfrom f.lib.models import Invoice, Row, make\n\n"
        'render = task_script("f/lib/render")\n\n\n@workflow\nasync def main(n: str):\n'
        "    await render(x=Invoice(n))\n    inv = make(n)\n    await render(x=inv)\n"
        "    await render(x=Row(number=n))\n    return 1\n"
    )
    found = [
        (f.row, f.code)
        for f in analyze_source(read_source(lib / "run.py")).findings
        if f.code == "WAC107"
    ]
    assert found == [(10, "WAC107"), (12, "WAC107")]


def test_a_timeout_in_a_constant_named_or_computed_in_milliseconds(tmp_path: Path) -> None:
    # f/shop/stock_report.ts `waitForApproval({ timeout: ONE_DAY_MS })` with `ONE_DAY_MS`
    # imported from f/lib/collect.ts: an upper-case constant's `_MS` did not count as a
    # millisecond name (`retryDelayMs`, `backoff_ms` did), nor a name of the file holding
    # a product with a factor of 1000
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "c.ts").write_text("export const ONE_DAY_MS = 86_400_000;\n")
    (lib / "run.ts").write_text(
        'import { sleep, waitForApproval, workflow } from "windmill-client";\n'
        'import { ONE_DAY_MS } from "./c.ts";\n'
        "const DAY = 24 * 60 * 60 * 1000;\nconst HOUR = 60 * 60;\n"
        "export const main = workflow(async () => {\n"
        "  await waitForApproval({ timeout: ONE_DAY_MS });\n  await sleep(DAY);\n"
        "  await sleep(HOUR);\n  return 1;\n});\n"
    )
    (lib / "run.py").write_text(
        "from wmill import sleep, wait_for_approval, workflow\n\nAPPROVAL_TIMEOUT_MS = 3_600_000\n"
        "PERIODS = 3\n\n\n@workflow\nasync def main():\n"
        "    await wait_for_approval(timeout=APPROVAL_TIMEOUT_MS)\n    await sleep(PERIODS)\n"
        "    return 1\n"
    )
    assert _codes(lib / "run.ts") == [(6, "WAC302"), (7, "WAC301")]
    assert _codes(lib / "run.py") == [(9, "WAC302")]


def test_a_task_script_path_from_a_typescript_enum(tmp_path: Path) -> None:
    # f/shop/export_runner.ts `taskScript(Scripts.LegacyExport)` with `export enum Scripts`
    # in f/lib/paths.ts: an enum member was no constant, of another module or of the file
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "paths.ts").write_text(
        'export enum Scripts {\n  Load = "f/lib/load",\n  Gone = "f/lib/gone",\n}\n'
    )
    (lib / "load.ts").write_text("export async function main(day: string) {\n  return day;\n}\n")
    (lib / "run.ts").write_text(
        'import { taskScript, workflow } from "windmill-client";\n'
        'import { Scripts } from "./paths.ts";\n'
        'const enum Local {\n  Gone = "f/lib/gone_too",\n}\n'
        "const load = taskScript(Scripts.Load);\nconst gone = taskScript(Scripts.Gone);\n"
        "const goneToo = taskScript(Local.Gone);\n"
        "export const main = workflow(async (d: string) => {\n"
        "  await gone({});\n  await goneToo({});\n  return await load({ date: d });\n});\n"
    )
    assert _codes(lib / "run.ts") == [(7, "WAC401"), (8, "WAC401"), (12, "WAC402"), (12, "WAC402")]


def test_an_approval_key_an_instance_of_another_module_holds(tmp_path: Path) -> None:
    # f/common/approvals.py `finance_gate = ApprovalGate("finance_signoff")` whose
    # `__call__` waits with `key=self.key`, f/lib/approvals.ts `pricingGate = new
    # Gate("pricing_signoff")` whose `open()` waits with `key: this.key`: each use of the
    # instance asks for its key again (read for a function of another module with a
    # literal key only); two instances with different keys are fine
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "gates.py").write_text(
        "from wmill import wait_for_approval\n\n\nclass Gate:\n"
        "    def __init__(self, key: str, timeout: int = 60):\n        self.key = key\n\n"
        "    async def __call__(self):\n        return await wait_for_approval(key=self.key)\n\n"
        "    async def ask(self):\n        return await wait_for_approval(key=self.key)\n\n\n"
        'finance = Gate("finance")\nlegal = Gate(timeout=5, key="legal")\n'
    )
    (lib / "gates.ts").write_text(
        'import { waitForApproval } from "windmill-client";\n'
        "export class Gate {\n  constructor(public readonly key: string) {}\n"
        "  async open() {\n    return await waitForApproval({ key: this.key });\n  }\n}\n"
        'export const pricing = new Gate("pricing");\nexport const legal = new Gate("legal");\n'
    )
    (lib / "run.py").write_text(
        "from wmill import workflow\n\nfrom f.lib.gates import finance, legal\n\n\n"
        "@workflow\nasync def main():\n    await finance()\n    await legal.ask()\n"
        "    await finance.ask()\n    await legal()\n    return 1\n"
    )
    (lib / "run.ts").write_text(
        'import { workflow } from "windmill-client";\n'
        'import { legal, pricing } from "./gates.ts";\n'
        "export const main = workflow(async () => {\n"
        "  await pricing.open();\n  await legal.open();\n"
        "  for (const x of [1, 2]) await legal.open();\n  return 1;\n});\n"
    )
    assert _codes(lib / "run.py") == [(10, "WAC303"), (11, "WAC303")]
    assert _codes(lib / "run.ts") == [(6, "WAC303")]


def test_a_map_an_imported_helper_returns_held_in_a_shorthand_member(tmp_path: Path) -> None:
    # f/shop/stock_report.ts `const counts = countBySku(lines)` (f/lib/collect.ts returns a
    # `Map`) then `stockSummary({ counts, ... })`: read when the call itself was passed,
    # not through the name
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "agg.ts").write_text(
        "export function bySku(xs: string[]): Map<string, number> {\n"
        "  return new Map(xs.map((x) => [x, 1]));\n}\n"
        "export function plain(xs: string[]): Record<string, number> {\n"
        "  return Object.fromEntries(xs.map((x) => [x, 1]));\n}\n"
    )
    (lib / "run.ts").write_text(
        'import { taskScript, workflow } from "windmill-client";\n'
        'import { bySku, plain } from "./agg.ts";\nconst sum = taskScript("f/lib/sum");\n'
        "export const main = workflow(async (xs: string[]) => {\n"
        "  const counts = bySku(xs);\n  const flat = plain(xs);\n"
        "  await sum({ flat });\n  return await sum({ counts });\n});\n"
    )
    found = [
        (f.row, f.code)
        for f in analyze_source(read_source(lib / "run.ts")).findings
        if f.code == "WAC107"
    ]
    assert found == [(8, "WAC107")]


def test_an_element_of_a_comprehension_of_instances_sent_to_a_script(tmp_path: Path) -> None:
    # f/billing/issue_invoices.py `by_id = {c["id"]: Customer(**c) for c in customers}` then
    # `customer = by_id[...]` given to `task_script(...)`: an element read by key from a
    # comprehension building instances was not read (for a class of the file either)
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    (tmp_path / "run.py").write_text(
        "from dataclasses import dataclass\n\nfrom wmill import task_script, workflow\n\n"
        'render = task_script("f/lib/render")\n\n\n@dataclass\nclass Row:\n    n: str\n\n\n'
        "@workflow\nasync def main(ns: list[str]):\n"
        "    by_n = {n: Row(n) for n in ns}\n    names = [n.upper() for n in ns]\n"
        "    first = by_n[ns[0]]\n    await render(x=first)\n    await render(x=names[0])\n"
        "    return 1\n"
    )
    found = [
        (f.row, f.code)
        for f in analyze_source(read_source(tmp_path / "run.py")).findings
        if f.code == "WAC107"
    ]
    assert found == [(18, "WAC107")]


def test_a_function_handed_to_run_in_executor_of_a_loop(tmp_path: Path) -> None:
    # `await loop.run_in_executor(None, post_json, url, body)` with `loop =
    # asyncio.get_running_loop()`: `.run_in_executor` runs what it is given, but was matched
    # only on a receiver of unknown type, so a library function or one of another module
    # handed by reference was not followed (one of the file was)
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "net.py").write_text(
        "import requests\n\n\ndef post_json(url, body):\n"
        "    return requests.post(url, json=body).json()\n"
    )
    (lib / "run.py").write_text(
        "import asyncio\nfrom concurrent.futures import ThreadPoolExecutor\n\nimport requests\n"
        "from wmill import workflow\n\nfrom f.lib.net import post_json\n\n\n"
        "@workflow\nasync def main(u: str):\n    loop = asyncio.get_running_loop()\n"
        "    await loop.run_in_executor(None, post_json, u, {})\n"
        "    await loop.run_in_executor(None, requests.get, u)\n"
        "    ThreadPoolExecutor().submit(requests.delete, u)\n"
        "    await loop.run_in_executor(None, sorted, [u])\n    return 1\n"
    )
    assert _codes(lib / "run.py") == [
        (13, "WAC101"),
        (14, "WAC101"),
        (15, "WAC101"),
        (15, "WAC101"),
    ]


def test_check_reports_the_repository() -> None:
    CORPUS.check_command_line(PINNED)


def test_every_finding_is_pinned() -> None:
    CORPUS.check_pinned(PINNED)


# Every finding on the repository: file, line, code, severity, message.
PINNED = [
    (
        "f/billing/charge_customers.py",
        10,
        "WAC102",
        "error",
        (
            "`datetime.now` (reached through `main → f.common.clock.utc_today → "
            "datetime.now`) reads the clock: the value changes between replays of the "
            "workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/billing/charge_customers.py",
        21,
        "WAC106",
        "error",
        (
            "The result of `email_receipt(...)` (a task of f/common/billing_tasks.py) is "
            "never awaited: the SDK still dispatches the task, but its result is lost (a "
            "failure still raises `TaskError` at this call when the body replays); `await` "
            "it or gather it"
        ),
    ),
    (
        "f/billing/charge_customers.py",
        25,
        "WAC402",
        "error",
        (
            "`refund_charge` requires `reason`, which this call does not pass: the task's "
            "job fails (TypeError)"
        ),
    ),
    (
        "f/billing/charge_customers.py",
        25,
        "WAC402",
        "error",
        "`why` is not a parameter of `refund_charge`: the task's job fails (TypeError)",
    ),
    (
        "f/billing/close_period.py",
        33,
        "WAC101",
        "error",
        (
            "`self._r.set` (reached through `main → f.common.locks.RedisLease.__enter__ → "
            "self._r.set`) talks to a database or queue in the workflow body, which re-runs "
            "on every replay; move it into a task or a `step(...)`; the same call also "
            "reaches `self._r.delete` (line 39, in `f.common.locks.RedisLease.__exit__`)"
        ),
    ),
    (
        "f/billing/close_period.py",
        36,
        "WAC101",
        "error",
        (
            "`asyncpg.connect` (reached through `main → f.common.locks.advisory_lock → "
            "asyncpg.connect`) talks to a database or queue in the workflow body, which "
            "re-runs on every replay; move it into a task or a `step(...)`; the same call "
            "also reaches `conn.execute` (line 16, in `f.common.locks.advisory_lock`), "
            "`conn.execute` (line 19, in `f.common.locks.advisory_lock`) and `conn.close` "
            "(line 20, in `f.common.locks.advisory_lock`)"
        ),
    ),
    (
        "f/billing/issue_invoices.py",
        15,
        "WAC107",
        "error",
        (
            "`invoice` is an `Invoice` instance passed to the script "
            "`f/billing/render_invoice`: the job's arguments are sent as JSON, so it "
            "arrives as a string of its `str()`"
        ),
    ),
    (
        "f/billing/issue_invoices.py",
        18,
        "WAC107",
        "error",
        (
            "`customer` is a `Customer` instance passed to the script "
            "`f/billing/render_invoice`: the job's arguments are sent as JSON, so it "
            "arrives as a string of its `str()`"
        ),
    ),
    (
        "f/billing/issue_invoices.py",
        21,
        "WAC107",
        "error",
        (
            "`draft` is an `Invoice` instance passed to the script "
            "`f/billing/render_invoice`: the job's arguments are sent as JSON, so it "
            "arrives as a string of its `str()`"
        ),
    ),
    (
        "f/billing/month_end.flow/flow.yaml",
        9,
        "WAC506",
        "error",
        (
            "`main` of export_ledger.py takes `period` (no default), but `input_transforms` "
            "gives it no value"
        ),
    ),
    (
        "f/billing/month_end.flow/flow.yaml",
        33,
        "WAC401",
        "info",
        "`f/billing/archive_ledger` matches no script in this repository",
    ),
    (
        "f/billing/notify_finance.py",
        19,
        "WAC101",
        "error",
        (
            "`httpx.post` (reached through `main → f.common.http.notify_ops → httpx.post`) "
            "does network I/O in the workflow body, which re-runs on every replay; move it "
            "into a task or a `step(...)`"
        ),
    ),
    (
        "f/billing/notify_finance.py",
        27,
        "WAC303",
        "error",
        (
            '`finance_gate(...)` waits for the approval keyed `"finance_signoff"` (in '
            "f/common/approvals.py), already used on line 21: the SDK raises `WAC step key "
            "... is already used` here; give each approval its own key"
        ),
    ),
    (
        "f/billing/notify_finance.py",
        31,
        "WAC101",
        "error",
        (
            "`httpx.post` (reached through `main → f.common.http.post_json → httpx.post`) "
            "does network I/O in the workflow body, which re-runs on every replay; move it "
            "into a task or a `step(...)`"
        ),
    ),
    (
        "f/billing/reconcile__mod/script.py",
        21,
        "WAC101",
        "error",
        (
            '`boto3.client("s3").get_object` (reached through `main → '
            "f.billing.reconcile__mod.bank.fetch_statement → "
            'boto3.client("s3").get_object`) calls a cloud or external API in the workflow '
            "body, which re-runs on every replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/billing/run_exports.py",
        6,
        "WAC401",
        "info",
        "`f/billing/archive_ledger` matches no script in this repository",
    ),
    (
        "f/billing/run_exports.py",
        8,
        "WAC401",
        "info",
        (
            "`f/billing/export_ledger_v1` matches no script in this repository; did you "
            "mean `f/billing/export_ledger`?"
        ),
    ),
    (
        "f/billing/run_exports.py",
        13,
        "WAC402",
        "error",
        (
            "`format` is not a parameter of `f/billing/export_ledger` (it takes `period`, "
            "`fmt`, `dry_run`, from the `main` signature of f/billing/export_ledger.py); "
            "did you mean `fmt`?"
        ),
    ),
    (
        "f/billing/run_exports.py",
        14,
        "WAC402",
        "error",
        (
            "`f/billing/reconcile` requires `statement_key` (no default, from the `main` "
            "signature of f/billing/reconcile__mod/script.py), which this call does not "
            "pass"
        ),
    ),
    (
        "f/billing/run_exports.py",
        14,
        "WAC402",
        "error",
        (
            "`statement_url` is not a parameter of `f/billing/reconcile` (it takes "
            "`period`, `statement_key`, `tolerance_cents`, from the `main` signature of "
            "f/billing/reconcile__mod/script.py); did you mean `statement_key`?"
        ),
    ),
    (
        "f/billing/sync_invoices.py",
        28,
        "WAC101",
        "error",
        (
            "`client.get` (reached through `main → f.common.pagination.ledger_pages → "
            "client.get`) does network I/O in the workflow body, which re-runs on every "
            "replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/billing/sync_invoices.py",
        33,
        "WAC101",
        "error",
        (
            "`requests.get` (reached through `main → "
            "f.common.pagination.InvoiceCursor.__iter__ → requests.get`) does network I/O "
            "in the workflow body, which re-runs on every replay; move it into a task or a "
            "`step(...)`"
        ),
    ),
    (
        "f/shop/export_runner.ts",
        6,
        "WAC401",
        "info",
        (
            "`f/shop/export_orders_v1` matches no script in this repository; did you mean "
            "`f/shop/export_orders`?"
        ),
    ),
    (
        "f/shop/export_runner.ts",
        7,
        "WAC401",
        "error",
        (
            "`./pack_slips.ts` matches no module beside this script (in f/shop): the child "
            "job fails when the workflow reaches it"
        ),
    ),
    (
        "f/shop/export_runner.ts",
        11,
        "WAC402",
        "error",
        (
            "`max` is not a parameter of `f/shop/export_orders` (it takes `since`, `limit`, "
            "`includeCancelled`, from the `main` signature of f/shop/export_orders.ts)"
        ),
    ),
    (
        "f/shop/fulfil_orders.ts",
        14,
        "WAC106",
        "error",
        (
            "The result of `reserveStock(...)` (a task of f/lib/tasks.ts) is never awaited: "
            "the SDK still dispatches the task, but its result and its failure are lost; "
            "`await` it or gather it"
        ),
    ),
    (
        "f/shop/fulfil_orders.ts",
        16,
        "WAC402",
        "warning",
        (
            "`shipOrder` requires `carrier`, which this call does not pass: the function "
            "receives `undefined` for it"
        ),
    ),
    (
        "f/shop/fulfil_orders.ts",
        21,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → f/lib/net.ts.Slack.say → fetch`) does network "
            "I/O in the workflow body, which re-runs on every replay; move it into a task "
            "or a `step(...)`"
        ),
    ),
    (
        "f/shop/promo_launch.ts",
        12,
        "WAC102",
        "error",
        (
            "`new Date()` (reached through `main → f/lib/collect.ts.stamp → new Date()`) "
            "reads the clock: the value changes between replays of the workflow body; "
            "capture it with `step(...)`"
        ),
    ),
    (
        "f/shop/promo_launch.ts",
        21,
        "WAC303",
        "error",
        (
            '`pricingGate.open(...)` waits for the approval keyed `"pricing_signoff"` (in '
            "f/lib/approvals.ts), already used on line 18: the SDK raises `WAC step key ... "
            "is already used` here; give each approval its own key"
        ),
    ),
    (
        "f/shop/quote__mod/script.ts",
        18,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → f/shop/quote__mod/fx.ts.latestRates → fetch`) "
            "does network I/O in the workflow body, which re-runs on every replay; move it "
            "into a task or a `step(...)`"
        ),
    ),
    (
        "f/shop/stock_report.ts",
        10,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → f/lib/feeds.ts.orderPages → "
            "f/lib/net.ts.getJson → fetch`) does network I/O in the workflow body, which "
            "re-runs on every replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/shop/stock_report.ts",
        17,
        "WAC107",
        "error",
        (
            "`counts` is a `Map` inside the value passed to the script "
            "`f/shop/stock_summary`: the job's arguments are sent as JSON, so it arrives as "
            "`{}` (its entries are lost)"
        ),
    ),
    (
        "f/shop/stock_report.ts",
        17,
        "WAC107",
        "error",
        (
            "`regionsOf(lines)` is a `Set` inside the value passed to the script "
            "`f/shop/stock_summary`: the job's arguments are sent as JSON, so it arrives as "
            "`{}` (its items are lost)"
        ),
    ),
    (
        "f/shop/stock_report.ts",
        19,
        "WAC302",
        "warning",
        (
            "`timeout` is a number of seconds in the SDK, but `ONE_DAY_MS` is in "
            "milliseconds: it is 1000 times longer than meant; give seconds"
        ),
    ),
    (
        "u/mara/refund_watch.ts",
        13,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → f/lib/net.ts.getJson → fetch`) does network "
            "I/O in the workflow body, which re-runs on every replay; move it into a task "
            "or a `step(...)`"
        ),
    ),
    (
        "u/theo/payout_run.py",
        16,
        "WAC102",
        "error",
        (
            "`time.time` (reached through `main → u.theo.signing.signed_headers → "
            "time.time`) reads the clock: the value changes between replays of the workflow "
            "body; capture it with `step(...)`; the same call also reaches `os.environ` "
            "(line 14, in `u.theo.signing.signed_headers`)"
        ),
    ),
    (
        "u/theo/payout_run.py",
        19,
        "WAC402",
        "error",
        (
            "`sign_and_send` takes 2 positional arguments; the 1 extra one is sent as "
            "`arg2`, and the task's job fails (TypeError)"
        ),
    ),
]
