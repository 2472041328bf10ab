"""Red team U, repository (`u_repo/`): a Windmill workspace as `wmill sync pull` writes it
(`wmill.yaml`; shared Python modules in `f/common/` (HTTP, clock, ids, settings, a parts
ledger, error helpers, shared tasks, and `f/common/wac.py`, the team's thin re-export of the
SDK), shared TypeScript modules in `f/lib/` (a barrel `index.ts`, `wac.ts` re-exporting the
SDK with a `once` step helper, shared tasks, a client class and its factory, method
decorators, a class with decorated methods, error helpers); `f/dispatch/` Python and
`f/billing/` Bun TypeScript workflows with their folder helpers (`from .helpers import`,
`"./helpers.ts"`); plain scripts they dispatch by path (`f/dispatch/page_oncall.py`,
`notify_customers.py`, `f/billing/render_invoice__mod/script.ts`); a Python script with
modules (`plan_week__mod/`); `u/maria/` and `u/tom/` user scripts (`u/tom/kit.ts` re-exports
the team's re-export); two flows). Every `.script.yaml` was written by Windmill's own CLI
through `windmill-oracle script-yaml` (the two `__mod/script.yaml` through a copy of the
oracle that copies the module folder in and reads the `script.yaml` wmill writes there).

What it checks across files: helpers of another module doing I/O or reading the clock,
randomness or the environment, reached through a barrel's renamed re-export and a namespace
import (`lib.since(...)`), a relative import, a `__mod/` module, a user's module, a
`cached_property` of a module-level instance, a factory building a class whose `__init__`
connects to a database, a method of a class another module defines with a decorator a third
module defines; tasks of another module called with a keyword they do not take, one
positional argument too many (`arg2`), a required parameter missing (through `import ... as
shared`), a string literal for a number; `task_script` / `taskScript` / `taskFlow` paths
present, missing (with a near match), relative and missing beside a `__mod/` script, through
the team's re-export of the SDK (two levels deep for `u/tom/kit.ts`), with arguments the
target's `main` or flow `schema` does not take; a helper of another module swallowing the
suspension with `except* BaseException`; a `catch` returning where no SDK call follows; a
task inside a `step(...)` callback; a TypeScript workflow file with a decorator, which
Windmill's parser rejects (`sig`: Invalid), so `main` gets no arguments; flows calling
scripts and flows of the repository with missing, unknown and mistyped inputs. Correct
look-alikes (`_ok`): the same helpers inside `step(...)`, through the team's `checkpoint` /
`once` helpers, `except* Exception` (leaves the suspension alone), `rethrowSuspend(e)`,
Python 3.12 `type` aliases, PEP 695 generics and `match`, TypeScript `await using` and
`satisfies`, `from f.common import tasks` (a module, not a name of `__init__.py`).

Written blind; measured before any fix: 30 of 33 expected findings found, 1 false finding
(WAC101 on `await once("audit", () => appendAudit(line))`, `once` being a helper of the
team's SDK re-export module that only hands the callback to `step`), no finding on another
line or with a wrong message. Missed: a factory of another module building a class whose
`__init__` calls `psycopg.connect`; a method a decorator of a third module wraps with a
`fetch`; a TypeScript workflow file Windmill's parser cannot read (decorators).

After the fixes: 34 of 34 found (the decorator's wrapper also reads the clock: WAC102 added
to `u/tom/sync_customers.ts`; the mark on `u/tom/decorated_diff.ts` said WAC005, but the
rule for a `main` Windmill cannot read is WAC901), 0 false findings. Probes written after
the measurement (`with` / `using` / `for` over a class of another module) are the tmp_path
tests below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.workspace.red_team_repo import RepoCorpus, check_marked_findings
from wac_lint.engine import analyze_source, read_source
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "u_repo"
CORPUS = RepoCorpus(
    REPO,
    support=("f/common/", "f/lib/"),
    support_files=(
        "f/dispatch/helpers.py",
        "f/dispatch/notify_customers.py",
        "f/dispatch/page_oncall.py",
        "f/billing/helpers.ts",
        "f/billing/render_invoice__mod/script.ts",
        "u/maria/report_lib.py",
        "u/tom/kit.ts",
    ),
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


def _findings(tmp_path: Path, files: dict[str, str], name: str) -> list[tuple[int, str]]:
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    for rel, text in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    result = analyze_source(read_source(tmp_path / name))
    return [(f.row, f.code) for f in result.findings if f.code != "WAC901"]


def test_a_workspace_helper_inside_a_callback_a_step_helper_forwards(tmp_path: Path) -> None:
    # f/billing/export_ledger_ok.ts `await once("audit", () => appendAudit(line))`: `once`
    # only hands its callback to `step`, so the callback is step code, and so is what a
    # helper of the workspace it calls does (only the callback's own calls were taken back)
    files = {
        "f/lib/steps.ts": 'import { step } from "windmill-client";\n'
        "export async function once<T>(name: string, fn: () => T | Promise<T>) {\n"
        "  return await step(name, fn);\n}\n",
        "f/lib/io.ts": 'import { appendFileSync } from "node:fs";\n'
        'export function audit(line: string) { appendFileSync("/tmp/a", line); }\n',
        "f/lib/steps.py": "from wmill import step\n\n\nasync def once(name, fn):\n"
        "    return await step(name, fn)\n",
        "f/lib/io.py": "from pathlib import Path\n\n\ndef audit(line):\n"
        '    Path("/tmp/a").write_text(line)\n',
        "f/lib/run.ts": 'import { workflow } from "windmill-client";\n'
        'import { once } from "/f/lib/steps.ts";\nimport { audit } from "./io.ts";\n'
        "export const main = workflow(async (x: string) => {\n"
        '  await once("audit", () => audit(x));\n  audit(x);\n  return x;\n});\n',
        "f/lib/run.py": "from wmill import workflow\n\nfrom f.lib.io import audit\n"
        "from f.lib.steps import once\n\n\n@workflow\nasync def main(x: str):\n"
        '    await once("audit", lambda: audit(x))\n    audit(x)\n    return x\n',
    }
    assert _findings(tmp_path, files, "f/lib/run.ts") == [(6, "WAC101")]
    assert _findings(tmp_path, files, "f/lib/run.py") == [(10, "WAC101")]


def test_a_connection_a_class_of_another_module_opens_in_its_init(tmp_path: Path) -> None:
    # f/dispatch/reserve_parts.py `ledger = open_ledger(dsn)`, whose class's `__init__` calls
    # `psycopg.connect(dsn)`: connecting is I/O of its own (a socket and a login per
    # replay); it was dropped as "a client built lazily" as soon as a method of the same
    # connection was also called in the body (`ledger.reserve(...)`, reported on its own)
    files = {
        "f/lib/ledger.py": "import psycopg\n\n\nclass Ledger:\n"
        "    def __init__(self, dsn):\n        self.conn = psycopg.connect(dsn)\n\n"
        "    def reserve(self, sku):\n"
        '        self.conn.execute("UPDATE parts SET n = n + 1 WHERE sku = %s", (sku,))\n\n\n'
        "def open_ledger(dsn):\n    return Ledger(dsn)\n",
        "f/lib/run.py": "import sqlite3\n\nfrom wmill import workflow\n\n"
        "from f.lib.ledger import open_ledger\n\n\n@workflow\nasync def main(dsn: str):\n"
        "    ledger = open_ledger(dsn)\n    ledger.reserve(dsn)\n"
        '    db = sqlite3.connect(":memory:")\n    db.execute("select 1")\n    return 1\n',
    }
    assert _findings(tmp_path, files, "f/lib/run.py") == [(10, "WAC101"), (11, "WAC101")]


def test_a_typescript_method_under_a_decorator_of_another_module(tmp_path: Path) -> None:
    # u/tom/sync_customers.ts `new CustomerDiff(a, b).added()`, `added` decorated in
    # f/lib/diff.ts with `@logged` of f/lib/decorators.ts, whose wrapper fetches: calling
    # the method runs the wrapper; TypeScript method decorators were followed only when the
    # class and the decorator were both of the workflow's file
    deco = (
        "export function logged(target: any, context: ClassMethodDecoratorContext) {\n"
        "  return function (this: any, ...args: any[]) {\n"
        '    void fetch("https://logs.example/");\n    return target.call(this, ...args);\n'
        "  };\n}\n"
    )
    files = {
        "f/lib/deco.ts": deco,
        "f/lib/diff.ts": 'import { logged } from "./deco.ts";\n'
        "function local(target: any, context: ClassMethodDecoratorContext) {\n"
        "  return function (this: any) {\n    return Math.random() + target.call(this);\n"
        "  };\n}\nexport class Diff {\n  @logged\n  added() { return 1; }\n\n"
        "  @local\n  removed() { return 2; }\n\n  plain() { return 3; }\n}\n",
        "f/lib/run.ts": 'import { workflow } from "windmill-client";\n'
        'import { logged } from "./deco.ts";\nimport { Diff } from "./diff.ts";\n'
        "class Own {\n  @logged\n  size() { return 0; }\n}\n"
        "export const main = workflow(async (x: string) => {\n  const d = new Diff();\n"
        "  d.added();\n  d.removed();\n  d.plain();\n  new Own().size();\n  return x;\n});\n",
    }
    # (the decorator in the workflow's file also leaves Windmill with no diagram: WAC903)
    assert _findings(tmp_path, files, "f/lib/run.ts") == [
        (5, "WAC903"),
        (10, "WAC101"),
        (11, "WAC102"),
        (13, "WAC101"),
    ]


def test_a_workflow_file_windmills_parser_rejects_for_a_decorator(tmp_path: Path) -> None:
    # u/tom/decorated_diff.ts: windmill-oracle `sig` gives {"type": "Invalid"} for a file
    # with a decorator (swc: Unexpected { got: "@" }), so `main` has no inputs; it was said
    # for `export async function main(x)` only, as a "syntax error" (Bun runs the file), and
    # not at all for `export const main = workflow(async (x) => ...)`
    cls = "class A {\n  @dec\n  m() { return 1; }\n}\nfunction dec(t: any, c: any) { return t; }\n"
    files = {
        "f/x/plain.ts": 'import { task } from "windmill-client";\n'
        + cls
        + "export async function main(x: string) {\n  return x;\n}\n",
        "f/x/wac.ts": 'import { workflow } from "windmill-client";\n'
        + cls
        + "export const main = workflow(async (x: string) => {\n  return x;\n});\n",
        "f/x/none.ts": 'import { workflow } from "windmill-client";\n'
        + cls
        + "export const main = workflow(async () => {\n  return 1;\n});\n",
    }
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text)
    found = {
        rel: [
            (f.row, f.code, f.message) for f in analyze_source(read_source(tmp_path / rel)).findings
        ]
        for rel in files
    }
    message = (
        "Windmill cannot read this `main` signature (the file has a decorator, which "
        "Windmill's parser rejects): its input form and `.script.yaml` will have no inputs"
    )
    # and Windmill's diagram parser (windmill-oracle `dag`: "Parse error") draws no
    # diagram of either workflow (WAC903, on the decorator)
    diagram = (
        "Windmill's UI shows no diagram for this workflow: its TypeScript parser does not "
        'accept decorators and stops here ("Parse error"); move the decorated class to a '
        "module the script imports, or call the decorator function by hand instead of "
        "writing `@`"
    )
    assert found == {
        "f/x/plain.ts": [(7, "WAC901", message)],
        "f/x/wac.ts": [(3, "WAC903", diagram), (7, "WAC901", message)],
        "f/x/none.ts": [(3, "WAC903", diagram)],
    }


def test_with_and_using_over_a_class_of_another_module(tmp_path: Path) -> None:
    # `with Lease(key):` / `async with` / `using span = new Span(name)` run the class's
    # `__enter__` / `__exit__` / `__aenter__` / `[Symbol.dispose]` in the body; that was
    # followed for a class of the file only, not for one another module defines
    files = {
        "f/lib/lease.py": "import requests\n\n\nclass Lease:\n"
        "    def __init__(self, key):\n        self.key = key\n\n"
        "    def __enter__(self):\n"
        '        requests.post("https://locks.example/acquire", json={"key": self.key})\n'
        "        return self\n\n    def __exit__(self, *exc):\n        return False\n\n\n"
        "class Quiet:\n    def __enter__(self):\n        return self\n\n"
        "    def __exit__(self, *exc):\n        return False\n\n\n"
        "class ALease:\n    async def __aenter__(self):\n"
        '        requests.post("https://locks.example/acquire")\n        return self\n\n'
        "    async def __aexit__(self, *exc):\n        return False\n",
        "f/lib/run.py": "from wmill import workflow\n\n"
        "from f.lib.lease import ALease, Lease, Quiet\n\n\n@workflow\n"
        "async def main(x: str):\n    with Lease(x) as held:\n        pass\n"
        "    with Quiet():\n        pass\n    async with ALease():\n        pass\n"
        "    return held.key\n",
        "f/lib/span.ts": "export class Span {\n  constructor(public name: string) {}\n"
        "  [Symbol.dispose]() {\n"
        '    void fetch("https://trace.example/", { method: "POST", body: this.name });\n'
        "  }\n}\nexport class Tidy {\n  [Symbol.dispose]() {}\n}\n",
        "f/lib/run.ts": 'import { workflow } from "windmill-client";\n'
        'import { Span, Tidy } from "./span.ts";\n'
        "export const main = workflow(async (x: string) => {\n"
        '  using a = new Span("a");\n  await using b = new Span("b");\n'
        "  using c = new Tidy();\n  return x;\n});\n",
    }
    assert _findings(tmp_path, files, "f/lib/run.py") == [(8, "WAC101"), (12, "WAC101")]
    assert _findings(tmp_path, files, "f/lib/run.ts") == [(4, "WAC101"), (5, "WAC101")]


def test_iterating_an_instance_of_a_class_of_another_module(tmp_path: Path) -> None:
    # `for page in Pages(url):` / `for await (const p of new Pages(url))` run the class's
    # `__iter__` / `[Symbol.asyncIterator]` in the body (followed for a class of the file)
    files = {
        "f/lib/pages.py": "import requests\n\n\nclass Pages:\n"
        "    def __init__(self, url):\n        self.url = url\n\n"
        "    def __iter__(self):\n        return iter(requests.get(self.url).json())\n\n\n"
        "class Local:\n    def __iter__(self):\n        return iter([1, 2])\n",
        "f/lib/run.py": "from wmill import workflow\n\nfrom f.lib.pages import Local, Pages\n\n\n"
        "@workflow\nasync def main(x: str):\n    out = [p for p in Local()]\n"
        "    for page in Pages(x):\n        out.append(page)\n    return out\n",
        "f/lib/pages.ts": "export class Pages {\n  constructor(public url: string) {}\n"
        "  async *[Symbol.asyncIterator]() {\n    const res = await fetch(this.url);\n"
        "    yield* (await res.json()) as string[];\n  }\n}\n"
        "export class Local {\n  *[Symbol.iterator]() {\n    yield 1;\n  }\n}\n",
        "f/lib/run.ts": 'import { workflow } from "windmill-client";\n'
        'import { Local, Pages } from "./pages.ts";\n'
        "export const main = workflow(async (x: string) => {\n  const out: unknown[] = [];\n"
        "  for (const n of new Local()) out.push(n);\n"
        "  for await (const p of new Pages(x)) out.push(p);\n  return out;\n});\n",
    }
    assert _findings(tmp_path, files, "f/lib/run.py") == [(9, "WAC101")]
    assert _findings(tmp_path, files, "f/lib/run.ts") == [(6, "WAC101")]


def test_the_decorated_workflows_of_the_adversarial_corpus() -> None:
    # the adversarial corpus leaves WAC901 out (its scripts have no metadata); these of its
    # TypeScript workflows have a decorator, so Windmill's parser reads no parameter of
    # `main` (windmill-oracle `sig`: Invalid, checked on each) and calls it without them
    root = Path(__file__).parent.parent / "corpus" / "adversarial"
    found = sorted(
        path.relative_to(root).as_posix()
        for path in root.rglob("*.ts")
        if any(
            f.code == "WAC901" and "has a decorator" in f.message
            for f in analyze_source(read_source(path)).findings
        )
    )
    assert found == DECORATED_CORPUS


DECORATED_CORPUS: list[str] = [
    "ae_ts_liveops_patches/promote_build_audit_decorator.ts",
    "aj_ts_cheese_affinage/brine_bath_decorator_swallow.ts",
    "aj_ts_cheese_affinage/brine_bath_decorator_timed_ok.ts",
    "aj_ts_lighthouse_keepers/keeper_shift_accessor_decorator_ok.ts",
    "am_ts_tea_blending/blend_class_validator_ok.ts",
    "am_ts_tea_blending/blend_decorator_checkpointed_ok.ts",
    "am_ts_tea_blending/blend_decorator_logged.ts",
    "an_ts_glass_studio/kiln_run_config_field_decorator.ts",
    "an_ts_glass_studio/kiln_run_config_field_decorator_ok.ts",
    "an_ts_glass_studio/kiln_setpoint_accessor_clamp_ok.ts",
    "an_ts_glass_studio/kiln_setpoint_accessor_put.ts",
    "t_ts_di_containers/inversify_bound_mailer.ts",
    "t_ts_di_containers/tsyringe_resolve_notifier.ts",
    "t_ts_di_containers/tsyringe_resolve_notifier_ok.ts",
    "t_ts_di_containers/typedi_repository_get.ts",
    "t_ts_di_containers/typedi_repository_get_ok.ts",
    "ts_lifecycle/method_decorator_logs_ok.ts",
    "ts_lifecycle/method_decorator_posts.ts",
    "ts_modern_syntax/decorator_logged_ok.ts",
    "ts_newer_syntax/class_decorator_announces.ts",
    "ts_newer_syntax/class_decorator_registers_ok.ts",
    "ts_newer_syntax/method_decorator_trace_id.ts",
    "ts_newer_syntax/method_decorator_trace_id_ok.ts",
    "ts_object_hooks/class_decorator_metadata_ok.ts",
    "ts_object_hooks/class_decorator_registers_at_load.ts",
    "x_ts_agent_tools/decorator_retry_swallows.ts",
    "x_ts_agent_tools/decorator_timing_ok.ts",
]


def test_check_reports_the_repository() -> None:
    CORPUS.check_command_line(PINNED)


# Every finding on the repository: file, line, code, severity, message.
PINNED: list[tuple[str, int, str, str, str]] = [
    (
        "f/billing/charge_invoice.ts",
        7,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → f/lib/net.ts.postJson → fetch`) does "
            "network I/O in the workflow body, which re-runs on every replay; move it "
            "into a task or a `step(...)`"
        ),
    ),
    (
        "f/billing/charge_invoice.ts",
        8,
        "WAC402",
        "warning",
        (
            "`cents` of `chargeCard` is a number, but this passes the string `1999` "
            "(annotated `number`): the task's job receives it as written"
        ),
    ),
    (
        "f/billing/dunning.ts",
        15,
        "WAC102",
        "error",
        (
            "`Date.now` (reached through `main → f/lib/index.ts.since → "
            "f/lib/time.ts.daysAgo → Date.now`) reads the clock: the value changes "
            "between replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/billing/export_ledger.ts",
        5,
        "WAC401",
        "info",
        "`f/billing/render_pdf` matches no script in this repository",
    ),
    (
        "f/billing/export_ledger.ts",
        10,
        "WAC101",
        "error",
        (
            "`appendFileSync` (reached through `main → f/billing/helpers.ts.appendAudit → "
            "appendFileSync`) touches the file system in the workflow body, which re-runs "
            "on every replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/billing/issue_invoices.ts",
        15,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → "
            "f/lib/billing_api.ts.BillingApi.createInvoice → fetch`) does network I/O in "
            "the workflow body, which re-runs on every replay; move it into a task or a "
            "`step(...)`"
        ),
    ),
    (
        "f/billing/retry_charge.ts",
        10,
        "WAC202",
        "error",
        (
            "This catch also catches the SDK's suspension (`StepSuspend` is an Error): "
            "its handler runs on every suspension; rethrow it first: `if (e?.name === "
            '"StepSuspend") throw e`'
        ),
    ),
    (
        "f/dispatch/assign_technician.py",
        22,
        "WAC402",
        "error",
        "`region` is not a parameter of `geocode`: the task's job fails (TypeError)",
    ),
    (
        "f/dispatch/assign_technician.py",
        25,
        "WAC101",
        "error",
        (
            "`httpx.post` (reached through `main → f.common.http.post_json → httpx.post`) "
            "does network I/O in the workflow body, which re-runs on every replay; move "
            "it into a task or a `step(...)`"
        ),
    ),
    (
        "f/dispatch/close_ticket.py",
        26,
        "WAC101",
        "error",
        (
            "`ARCHIVE_DIR.mkdir` (reached through `main → "
            "f.dispatch.helpers.archive_ticket → ARCHIVE_DIR.mkdir`) touches the file "
            "system in the workflow body, which re-runs on every replay; move it into a "
            "task or a `step(...)`; the same call also reaches `target.write_text` (line "
            "17, in `f.dispatch.helpers.archive_ticket`)"
        ),
    ),
    (
        "f/dispatch/escalate.py",
        5,
        "WAC401",
        "info",
        (
            "`f/dispatch/notify_customer` matches no script in this repository; did you "
            "mean `f/dispatch/notify_customers`?"
        ),
    ),
    (
        "f/dispatch/escalate.py",
        18,
        "WAC102",
        "error",
        (
            "`uuid.uuid4` (reached through `main → f.common.ids.new_ticket_id → "
            "uuid.uuid4`) is random: the value changes between replays of the workflow "
            "body; capture it with `step(...)`"
        ),
    ),
    (
        "f/dispatch/nightly_reconcile.flow/flow.yaml",
        17,
        "WAC401",
        "info",
        (
            "`f/dispatch/reconcile_stock` matches no script in this repository; did you "
            "mean `f/dispatch/reconcile_ok`?"
        ),
    ),
    (
        "f/dispatch/nightly_reconcile.flow/flow.yaml",
        34,
        "WAC506",
        "error",
        (
            "`main` of notify_customers.py takes `message` (no default), but "
            "`input_transforms` gives it no value"
        ),
    ),
    (
        "f/dispatch/nightly_reconcile.flow/flow.yaml",
        38,
        "WAC506",
        "warning",
        ("`text` is not a parameter of `main` of notify_customers.py: the value goes nowhere"),
    ),
    (
        "f/dispatch/nightly_reconcile.flow/flow.yaml",
        51,
        "WAC506",
        "warning",
        "`dry_run` is a boolean, but the static value is a string",
    ),
    (
        "f/dispatch/page_leads.py",
        15,
        "WAC402",
        "error",
        (
            "`f/dispatch/page_oncall` requires `summary` (no default, from the `main` "
            "signature of f/dispatch/page_oncall.py), which this call does not pass"
        ),
    ),
    (
        "f/dispatch/page_leads.py",
        15,
        "WAC402",
        "error",
        (
            "`message` is not a parameter of `f/dispatch/page_oncall` (it takes `team`, "
            "`summary`, `urgency`, from the `main` signature of "
            "f/dispatch/page_oncall.py)"
        ),
    ),
    (
        "f/dispatch/plan_week__mod/script.py",
        7,
        "WAC401",
        "error",
        (
            "`./balancer.py` matches no module beside this script (in "
            "f/dispatch/plan_week__mod): the child job fails when the workflow reaches it"
        ),
    ),
    (
        "f/dispatch/plan_week__mod/script.py",
        12,
        "WAC102",
        "error",
        (
            "`random.sample` (reached through `main → "
            "f.dispatch.plan_week__mod.geo.cluster_stops → random.sample`) is random: the "
            "value changes between replays of the workflow body; capture it with "
            "`step(...)`"
        ),
    ),
    (
        "f/dispatch/reserve_parts.py",
        16,
        "WAC101",
        "error",
        (
            "`psycopg.connect` (reached through `main → f.common.inventory.open_ledger → "
            "f.common.inventory.PartsLedger.__init__ → psycopg.connect`) talks to a "
            "database or queue in the workflow body, which re-runs on every replay; move "
            "it into a task or a `step(...)`"
        ),
    ),
    (
        "f/dispatch/reserve_parts.py",
        19,
        "WAC101",
        "error",
        (
            "`cur.execute` (reached through `main → "
            "f.common.inventory.PartsLedger.reserve → cur.execute`) talks to a database "
            "or queue in the workflow body, which re-runs on every replay; move it into a "
            "task or a `step(...)`; the same call also reaches `cur.fetchone` (line 16, "
            "in `f.common.inventory.PartsLedger.reserve`) and `self.conn.commit` (line "
            "17, in `f.common.inventory.PartsLedger.reserve`)"
        ),
    ),
    (
        "f/dispatch/route_day.py",
        19,
        "WAC102",
        "error",
        (
            "`datetime.now` (reached through `main → f.common.clock.utc_today → "
            "datetime.now`) reads the clock: the value changes between replays of the "
            "workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/dispatch/route_day.py",
        28,
        "WAC402",
        "error",
        (
            "`plan_route` takes 2 positional arguments; the 1 extra one is sent as "
            "`arg2`, and the task's job fails (TypeError)"
        ),
    ),
    (
        "u/maria/resend_sms.py",
        10,
        "WAC102",
        "error",
        (
            "`os.environ.get` (reached through `main → f.common.config.env_region → "
            "os.environ.get`) reads the process environment: the value changes between "
            "replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "u/maria/resend_sms.py",
        11,
        "WAC101",
        "error",
        (
            "`httpx.get` (reached through `main → f.common.config.SETTINGS.region_map → "
            "f.common.http.get_json → httpx.get`) does network I/O in the workflow body, "
            "which re-runs on every replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "u/maria/resend_sms.py",
        13,
        "WAC402",
        "error",
        (
            "`send_sms` requires `phone`, which this call does not pass: the task's job "
            "fails (TypeError)"
        ),
    ),
    (
        "u/maria/weekly_report.py",
        18,
        "WAC102",
        "error",
        (
            "`random.sample` (reached through `main → u.maria.report_lib.sample_tickets → "
            "random.sample`) is random: the value changes between replays of the workflow "
            "body; capture it with `step(...)`"
        ),
    ),
    (
        "u/maria/weekly_report.py",
        21,
        "WAC201",
        "error",
        (
            "`never_fail` catches the SDK's suspension (a BaseException): the workflow "
            "cannot suspend here; catch `Exception` or `TaskError`, or re-raise"
        ),
    ),
    (
        "u/tom/decorated_diff.ts",
        8,
        "WAC903",
        "warning",
        (
            "Windmill's UI shows no diagram for this workflow: its TypeScript parser does "
            'not accept decorators and stops here ("Parse error"); move the decorated class '
            "to a module the script imports, or call the decorator function by hand instead "
            "of writing `@`"
        ),
    ),
    (
        "u/tom/decorated_diff.ts",
        19,
        "WAC901",
        "warning",
        (
            "Windmill cannot read this `main` signature (the file has a decorator, which "
            "Windmill's parser rejects): its input form and `.script.yaml` will have no "
            "inputs"
        ),
    ),
    (
        "u/tom/refund_batch.ts",
        9,
        "WAC102",
        "error",
        (
            "`Math.random` (reached through `main → u/tom/kit.ts.jitterMs → Math.random`) "
            "is random: the value changes between replays of the workflow body; capture "
            "it with `step(...)`"
        ),
    ),
    (
        "u/tom/refund_batch.ts",
        11,
        "WAC402",
        "error",
        (
            "`f/billing/month_close` requires `month` (no default, from the `schema` of "
            "f/billing/month_close.flow/flow.yaml), which this call does not pass"
        ),
    ),
    (
        "u/tom/refund_batch.ts",
        11,
        "WAC402",
        "error",
        (
            "`period` is not a parameter of `f/billing/month_close` (it takes `month`, "
            "`dry_run`, from the `schema` of f/billing/month_close.flow/flow.yaml)"
        ),
    ),
    (
        "u/tom/sync_customers.ts",
        14,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → f/lib/diff.ts.CustomerDiff.added → "
            "f/lib/decorators.ts.logged → fetch`) does network I/O in the workflow body, "
            "which re-runs on every replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "u/tom/sync_customers.ts",
        14,
        "WAC102",
        "error",
        (
            "`new Date()` (reached through `main → f/lib/diff.ts.CustomerDiff.added → "
            "f/lib/decorators.ts.logged → new Date()`) reads the clock: the value changes "
            "between replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "u/tom/sync_customers.ts",
        15,
        "WAC304",
        "error",
        (
            "`emailReceipt(...)` (a task of f/lib/tasks.ts) inside a `step(...)` callback "
            "is not a durable operation of the workflow: the callback runs again after it "
            "suspends, and once the step is checkpointed its key is no longer allocated, "
            "so later keys shift; call it from the workflow body"
        ),
    ),
]


def test_every_finding_is_pinned() -> None:
    CORPUS.check_pinned(PINNED)
