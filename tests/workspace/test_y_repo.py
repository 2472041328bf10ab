"""Red team Y, repository (`y_repo/`): a billing and shipping Windmill workspace as `wmill
sync pull` writes it (`wmill.yaml`; Python helpers, shared tasks and constants in
`f/shared/`, Bun TypeScript ones in `f/kit/` behind a barrel `index.ts`; `f/billing/` Python
and `f/shipping/` TypeScript workflows; `u/maria/` Python reports reaching helpers with
`from ..helpers import ...`, `u/tom/` TypeScript with `/f/...` and `../../f/...` paths; plain
(non-WAC) scripts the workflows and flows call by path; two flows). Every `.script.yaml`
was written by Windmill's own CLI through `windmill-oracle script-yaml`: `export_ledger`'s
before `dry_run` was added to its `main`, `refund_intake`'s and `manifest`'s while the
`RefundReason` / `Carrier` types were still declared in the script (moved to a shared
module since: wmill, merging the old file, keeps an imported class's old `properties` but
turns an imported enum or string union into a resource input); `notify_finance.py` has
none.

What it checks across files: error helpers of another module the workflow hands a task to
(`run_guarded(fetch_invoice, ...)` catching `BaseException`, `guarded(bookPickup, ...)`
catching everything, one rethrowing a suspension under an old name), and look-alikes that
re-raise or catch only `Exception`; a helper's `finally` awaiting a task, and an async
context manager of another module whose `__aexit__` returns True; classes of another
module reading the clock, randomness or the environment in the body, and the same classes
used in tasks only; a shared task called from several workflows with keyword arguments it
lacks, and a `task_script` / `taskScript` called with `**CONSTANTS` / `{...CONSTANTS}` of
another module; flows calling scripts by path with `input_transforms` that do not match;
stale and missing `.script.yaml`; TypeScript imports that are erased (types only).

Written blind; measured before any fix: 28 of 34 expected findings on the marked lines
(a 29th, a WAC506 for a missing input, is reported on the step's `input_transforms:` line
rather than the `path:` line I marked; the product's line is right and the marker moved),
1 false finding on correct code (`import { PackConfig } from "./settings"` of an interface
only, which Bun erases, reported as running that module's I/O), no wrong message.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.workspace.red_team_repo import Pinned, RepoCorpus, check_marked_findings
from wac_lint.engine import analyze_source, read_source
from wac_lint.rule import Finding
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "y_repo"
CORPUS = RepoCorpus(
    REPO,
    support=("f/shared/", "f/kit/"),
    support_files=(
        "f/billing/close/helpers.py",
        "f/billing/export_ledger.py",
        "f/billing/notify_finance.py",
        "f/shipping/render_label.ts",
        "u/maria/helpers.py",
        "u/tom/settings.ts",
    ),
    no_metadata=("f/billing/notify_finance.py",),
    min_callers=15,
    min_correct_share=0.35,
)
# What wac-lint gets wrong today: strict xfails, removed as they are fixed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.fixture(autouse=True)
def _fresh_roots() -> None:
    forget_projects()


def test_repository_shape() -> None:
    CORPUS.check_shape()
    assert 35 <= sum(1 for p in REPO.rglob("*") if p.is_file()) <= 55


@pytest.mark.parametrize("path", CORPUS.cases(KNOWN_GAPS), ids=CORPUS.test_id)
def test_findings_are_the_marked_ones(path: Path) -> None:
    check_marked_findings(path)


def _findings(path: Path, code: str) -> list[tuple[int, str]]:
    found = analyze_source(read_source(path)).findings
    return [(f.row, f.message) for f in found if f.code == code]


def test_a_spread_of_a_constant_dict(tmp_path: Path) -> None:
    # f/billing/close/month_end.py `export_ledger(period=p, **LEGACY_EXPORT_ARGS)`, a dict
    # another module binds once at its top level with a key the script lacks: the names
    # were read only from a dict literal bound in the calling function. A constant of
    # the file is read too (to a task of the file, or imported); one a function of its
    # module changes in place (`CHANGED["k"] = v`, `.update(...)`) is not known
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "consts.py").write_text(
        'OPTS = {"region": "eu", "regoin": "x"}\nSAFE = {"region": "eu"}\n'
        'CHANGED = {"region": "eu"}\nGROWN = {"region": "eu"}\n\n\n'
        'def tweak():\n    CHANGED["bogus"] = 1\n    GROWN.update(bogus=2)\n'
    )
    (lib / "tasks.py").write_text(
        "from wmill import task\n\n\n@task()\n"
        'async def fetch(invoice_id: str, region: str = "eu"):\n    return invoice_id\n'
    )
    (lib / "export.py").write_text('def main(period: str, region: str = "eu"):\n    return 1\n')
    (lib / "run.py").write_text(
        "from wmill import task, task_script, workflow\n\n"
        "from f.lib.consts import CHANGED, GROWN, OPTS, SAFE\n"
        "from f.lib.tasks import fetch\n\n"
        'LOCAL = {"invoice_id": "1", "colour": "red"}\n'
        'export = task_script("f/lib/export")\n\n\n'
        '@task()\nasync def local(invoice_id: str, region: str = "eu"):\n'
        "    return invoice_id\n\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    await fetch(x, **OPTS)\n    await fetch(x, **SAFE)\n"
        "    await fetch(x, **CHANGED)\n    await local(**LOCAL)\n"
        "    await local(x, **GROWN)\n    await export(period=x, **OPTS)\n"
        "    await export(period=x, **SAFE)\n    return x\n"
    )
    found = _findings(lib / "run.py", "WAC402")
    assert [row for row, _ in found] == [17, 20, 22]
    assert found[0][1] == (
        "`regoin` (a key of `**OPTS`) is not a parameter of `fetch`: the task's job fails "
        "(TypeError); did you mean `region`?"
    )
    assert found[1][1].startswith("`colour` (a key of `**LOCAL`) is not a parameter of `local`")
    assert found[2][1].startswith(
        "`regoin` (a key of `**OPTS`) is not a parameter of `f/lib/export` (it takes"
    )


def test_an_object_spread_of_a_constant(tmp_path: Path) -> None:
    # f/shipping/label_batch.ts `renderLabel({ ...OLD_LABEL_DEFAULTS, orderId })`: the
    # spread's keys, of a constant another module exports, are passed as well (only the
    # names written beside a spread were read); a later key overrides an earlier one, and
    # a constant its module changes (`Object.assign(GROWN, ...)`) is not known
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    kit = tmp_path / "f" / "kit"
    kit.mkdir(parents=True)
    (kit / "consts.ts").write_text(
        'export const OLD = { carrier: "dhl", format: "A6" };\n'
        'export const NEW = { carrier: "dhl", paper: "A6" };\n'
        'export const GROWN = { carrier: "dhl" };\nObject.assign(GROWN, { colour: 1 });\n'
    )
    (kit / "label.ts").write_text(
        'export async function main(orderId: string, carrier = "dhl", paper = "A6") {\n'
        "  return orderId;\n}\n"
    )
    (kit / "run.ts").write_text(
        'import { taskScript, workflow } from "windmill-client";\n'
        'import { GROWN, NEW, OLD } from "./consts.ts";\n\n'
        'const label = taskScript("f/kit/label");\n'
        'const LOCAL = { paper: "A4", sheet: 1 };\n\n'
        "export const main = workflow(async (orderId: string) => {\n"
        "  await label({ ...OLD, orderId });\n"
        "  await label({ ...NEW, orderId });\n"
        "  await label({ ...GROWN, orderId });\n"
        "  await label({ ...LOCAL, orderId });\n"
        "  await label({ ...NEW });\n"
        "  return orderId;\n});\n"
    )
    found = _findings(kit / "run.ts", "WAC402")
    assert [(row, m.split(" is ")[0]) for row, m in found] == [
        (8, "`format` (a key of `...OLD`)"),
        (11, "`sheet` (a key of `...LOCAL`)"),
        (
            12,
            "`f/kit/label` requires `orderId` (no default, from the `main` signature of "
            "f/kit/label.ts), which this call does not pass",
        ),
    ]


def test_an_import_no_value_is_read_from(tmp_path: Path) -> None:
    # u/tom/pack_ok.ts `import { PackConfig } from "./settings"` of an interface, without
    # `type`: TypeScript and Bun drop an import whose names no expression reads (esbuild
    # and TypeScript's `importsNotUsedAsValues: remove`), so the module's top-level
    # fetch never runs; only `import type` / `{ type X }` were known to be erased. A name
    # read as a value (`boxFor(...)`, `{ remote }`, `export { x }`), a namespace or
    # default import that is read, and a bare `import "./x"` load it
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    tom = tmp_path / "u" / "tom"
    tom.mkdir(parents=True)
    (tom / "settings.ts").write_text(
        "export interface Cfg {\n  max: number;\n}\n"
        'const r = await fetch("https://config.internal/x.json");\n'
        "export const remote: Cfg = await r.json();\n"
        "export function boxFor(n: number): string {\n  return String(n);\n}\n"
    )
    head = 'import { step, workflow } from "windmill-client";\n'
    body = "export const main = workflow(async (n: number) => {\n  return n;\n});\n"
    cases = {
        'import { Cfg } from "./settings";\nlet c: Cfg | null = null;\n': False,
        'import { Cfg, boxFor } from "./settings.ts";\nlet c: Cfg | null = null;\n': False,
        'import * as s from "./settings.ts";\nlet c: s.Cfg | null = null;\n': False,
        'import { boxFor } from "./settings.ts";\nconst b = boxFor;\n': True,
        'import { remote } from "./settings.ts";\nconst o = { remote };\n': True,
        'import * as s from "./settings.ts";\nconst b = s.boxFor;\n': True,
        'import { boxFor } from "./settings.ts";\nexport { boxFor };\n': True,
        'import "./settings.ts";\n': True,
    }
    for lines, loads in cases.items():
        (tom / "run.ts").write_text(head + lines + body)
        found = _findings(tom / "run.ts", "WAC101")
        assert [row for row, _ in found] == ([2] if loads else []), lines


def test_a_finally_in_a_helper(tmp_path: Path) -> None:
    # f/billing/sweep_batches.py `await audited("refund", issue_refund, ...)`, where
    # `audited` of f/shared/guard.py awaits what it is handed in a `try` and a task in its
    # `finally`: only a `finally` of the workflow body itself was read. A helper of the
    # file too (a task, or a `return`, in its `finally`); one whose `finally` only logs,
    # or whose `try` cannot suspend, is fine. TypeScript: a task there only rethrows the
    # suspension windmill-client parked, but a `return` still drops it
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "tasks.py").write_text(
        "from wmill import task\n\n\n@task()\nasync def record(e: str):\n    return e\n"
    )
    (lib / "scopes.py").write_text(
        "from f.lib.tasks import record\n\n\n"
        "async def audited(fn, *args):\n    try:\n        return await fn(*args)\n"
        '    finally:\n        await record("done")\n\n\n'
        "async def logged(fn, *args):\n    try:\n        return await fn(*args)\n"
        '    finally:\n        print("done")\n'
    )
    (lib / "run.py").write_text(
        "from wmill import task, workflow\n\n"
        "from f.lib.scopes import audited, logged\nfrom f.lib.tasks import record\n\n\n"
        "@task()\nasync def work(x: str):\n    return x\n\n\n"
        "async def early(x):\n    try:\n        return await work(x)\n"
        "    finally:\n        return None\n\n\n"
        "async def pure(x):\n    try:\n        return int(x)\n"
        "    finally:\n        await record(x)\n\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    a = await audited(work, x)\n    b = await early(x)\n"
        "    c = await logged(work, x)\n    d = await pure(x)\n    return a, b, c, d\n"
    )
    found = _findings(lib / "run.py", "WAC203")
    assert [row for row, _ in found] == [28, 29]
    assert found[0][1].startswith(
        "`audited` (which the workflow calls) calls `record(...)` in a `finally` (line 8 of "
        "f/lib/scopes.py) around code that can suspend the workflow"
    )
    assert found[1][1].startswith(
        "`early` (which the workflow calls) leaves a `finally` with `return None` (line 16)"
    )
    (lib / "run.ts").write_text(
        'import { task, workflow } from "windmill-client";\n'
        "const work = task(async (x: string) => x);\n"
        "const release = task(async (x: string) => x);\n"
        "async function locked(x: string) {\n  try {\n    return await work(x);\n"
        "  } finally {\n    await release(x);\n  }\n}\n"
        "async function early(x: string) {\n  try {\n    return await work(x);\n"
        "  } finally {\n    return null;\n  }\n}\n"
        "export const main = workflow(async (x: string) => {\n"
        "  return [await locked(x), await early(x)];\n});\n"
    )
    assert [row for row, _ in _findings(lib / "run.ts", "WAC203")] == [19]


def test_a_class_built_through_a_dotted_import(tmp_path: Path) -> None:
    # `import f.shared.clock` then `f.shared.clock.BillingClock().today()` in the body (a
    # probe beside y_repo's `BillingClock` cases): the class of a module named by its
    # full dotted path was not followed (an alias, `clk.BillingClock()`, was); built in a
    # task, it is fine. And `**models.DEFAULTS` of a module imported whole is read through
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "clock.py").write_text(
        "from datetime import datetime\n\n\nclass Clock:\n    def today(self):\n"
        "        return datetime.now().date().isoformat()\n\n\n"
        'DEFAULTS = {"region": "eu", "colour": "red"}\n'
    )
    (lib / "export.py").write_text('def main(period: str, region: str = "eu"):\n    return 1\n')
    (lib / "run.py").write_text(
        "from wmill import task, task_script, workflow\n\n"
        "import f.lib.clock\nfrom f.lib import clock\n\n"
        'export = task_script("f/lib/export")\n\n\n'
        "@task()\nasync def stamp():\n    return f.lib.clock.Clock().today()\n\n\n"
        "@workflow\nasync def main(p: str):\n"
        "    a = f.lib.clock.Clock().today()\n    c = f.lib.clock.Clock()\n"
        "    b = c.today()\n    s = await stamp()\n"
        "    return a, b, s, await export(period=p, **clock.DEFAULTS)\n"
    )
    found = [f for f in analyze_source(read_source(lib / "run.py")).findings if f.code != "WAC901"]
    assert [(f.row, f.code) for f in found] == [
        (16, "WAC102"),
        (18, "WAC102"),
        (20, "WAC402"),
    ]
    assert "`main → f.lib.clock.Clock.today → datetime.now`" in found[0].message
    assert found[2].message.startswith("`colour` (a key of `**clock.DEFAULTS`) is not a")


def test_a_name_passed_twice_through_a_constant(tmp_path: Path) -> None:
    # `export(period=p, region="us", **LEDGER_DEFAULTS)` where the constant (of
    # f/shared/models.py) holds `region` too: Python raises TypeError at the call ("got
    # multiple values for keyword argument"); so do two `**` holding one name. Names
    # that do not overlap are fine
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "models.py").write_text('DEFAULTS = {"region": "eu", "dry_run": False}\n')
    (lib / "export.py").write_text(
        'def main(period: str, region: str = "eu", dry_run: bool = False):\n    return 1\n'
    )
    (lib / "run.py").write_text(
        "from wmill import task, task_script, workflow\n\n"
        "from f.lib.models import DEFAULTS\n\n"
        'export = task_script("f/lib/export")\nREGION = {"region": "us"}\n\n\n'
        '@task()\nasync def fetch(period: str, region: str = "eu"):\n    return period\n\n\n'
        "@workflow\nasync def main(p: str):\n"
        '    a = await export(period=p, region="us", **DEFAULTS)\n'
        "    b = await export(**DEFAULTS, **REGION, period=p)\n"
        "    c = await fetch(period=p, **REGION)\n"
        "    d = await export(period=p, **DEFAULTS)\n"
        '    e = await fetch(region="x", **REGION, period=p)\n'
        "    return a, b, c, d, e\n"
    )
    found = _findings(lib / "run.py", "WAC402")
    assert [(row, m.split(":")[0]) for row, m in found] == [
        (16, "`region` (a key of `**DEFAULTS`) is also passed by name to `export`"),
        (17, "`region` (a key of `**REGION`) is also passed by `**DEFAULTS` to `export`"),
        (20, "`region` (a key of `**REGION`) is also passed by name to `fetch`"),
    ]


def test_the_metadata_of_a_plain_script(tmp_path: Path) -> None:
    # f/billing/notify_finance.py, a plain script (no SDK import) the flow and a workflow
    # call by path, has no `.script.yaml`: only WAC scripts were judged, and a plain one
    # importing `wmill` was (export_ledger.py), one importing nothing else was not. Now
    # every script `wmill sync` pushes; a plain file outside `f/` / `u/`, excluded by
    # `wmill.yaml`, or outside a Windmill project, is still not judged
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\nexcludes:\n  - f/scratch/**\n")
    code = "import requests\n\n\ndef main(channel: str, text: str):\n    return channel\n"
    for folder in ("f/billing", "f/scratch", "scripts"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "notify.py").write_text(code)
    (tmp_path / "f" / "billing" / "notify_ok.ts").write_text(
        "export async function main(channel: string) {\n  return channel;\n}\n"
    )
    (tmp_path / "f" / "billing" / "notify_ok.script.yaml").write_text(
        "summary: ''\ndescription: ''\nlock: '!inline f/billing/notify_ok.script.lock'\n"
        "kind: script\nschema:\n  $schema: https://json-schema.org/draft/2020-12/schema\n"
        "  type: object\n  properties:\n    channel:\n      type: string\n"
        "      description: ''\n      default: null\n      originalType: string\n"
        "  required:\n    - channel\n"
    )
    outside = tmp_path.parent / f"{tmp_path.name}_plain" / "f" / "x"
    outside.mkdir(parents=True)
    (outside / "notify.py").write_text(code)
    found = [(f.row, f.column) for f in _findings_of(tmp_path / "f/billing/notify.py")]
    assert found == [(4, 5)]
    for path in (
        tmp_path / "f/scratch/notify.py",
        tmp_path / "scripts/notify.py",
        tmp_path / "f/billing/notify_ok.ts",
        outside / "notify.py",
    ):
        assert _findings_of(path) == [], path


def _findings_of(path: Path) -> list[Finding]:
    return [f for f in analyze_source(read_source(path)).findings if f.code == "WAC901"]


def test_check_reports_the_repository() -> None:
    CORPUS.check_command_line(PINNED)


def test_every_finding_is_pinned() -> None:
    CORPUS.check_pinned(PINNED)


PINNED: Pinned = [
    (
        "f/billing/close/month_end.py",
        12,
        "WAC102",
        "error",
        (
            "`datetime.now` (reached through `main → f.billing.close.helpers.close_label → "
            "f.shared.clock.BillingClock.today → datetime.now`) reads the clock: the value "
            "changes between replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/billing/close/month_end.py",
        17,
        "WAC102",
        "error",
        (
            "`random.uniform` (reached through `main → f.billing.close.helpers.retry_delay → "
            "random.uniform`) is random: the value changes between replays of the workflow "
            "body; capture it with `step(...)`"
        ),
    ),
    (
        "f/billing/close/month_end.py",
        18,
        "WAC402",
        "error",
        (
            "`currency` (a key of `**LEGACY_EXPORT_ARGS`) is not a parameter of "
            "`f/billing/export_ledger` (it takes `period`, `region`, `dry_run`, from the "
            "`main` signature of f/billing/export_ledger.py)"
        ),
    ),
    (
        "f/billing/collect_invoices.py",
        12,
        "WAC201",
        "error",
        (
            "`run_guarded` catches the SDK's suspension (a BaseException): the workflow cannot "
            "suspend here; catch `Exception` or `TaskError`, or re-raise"
        ),
    ),
    (
        "f/billing/export_ledger.py",
        10,
        "WAC901",
        "warning",
        (
            "`export_ledger.script.yaml` is out of date: input `dry_run` is missing; run "
            "`wac-lint schema`"
        ),
    ),
    (
        "f/billing/month_close.flow/flow.yaml",
        13,
        "WAC506",
        "warning",
        "`regoin` is not a parameter of `main` of export_ledger.py: the value goes nowhere",
    ),
    (
        "f/billing/month_close.flow/flow.yaml",
        19,
        "WAC401",
        "info",
        "`f/billing/archive_ledger` matches no script in this repository",
    ),
    (
        "f/billing/month_close.flow/flow.yaml",
        34,
        "WAC506",
        "warning",
        "`attempts` is an integer, but the static value is a string",
    ),
    (
        "f/billing/month_close.flow/flow.yaml",
        39,
        "WAC506",
        "error",
        (
            "`main` of notify_finance.py takes `text` (no default), but `input_transforms` "
            "gives it no value"
        ),
    ),
    (
        "f/billing/notify_finance.py",
        5,
        "WAC901",
        "warning",
        (
            "`notify_finance.script.yaml` is missing: `wmill script push` deploys this script "
            "with an empty input form, and `wmill sync push` generates it only while it pushes "
            "(an uncommitted file); run `wac-lint schema`"
        ),
    ),
    (
        "f/billing/refund_intake.py",
        11,
        "WAC901",
        "warning",
        (
            "`refund_intake.script.yaml` is out of date: input `reason` differs (default, "
            "format, type); run `wac-lint schema`"
        ),
    ),
    (
        "f/billing/refund_intake.py",
        12,
        "WAC902",
        "warning",
        (
            "Windmill reads `RefundRequest` as a resource of type `RefundRequest` (a resource "
            "picker): its parser reads only the classes this file declares, not one imported "
            "from `f.shared.models`; declare the type in this file"
        ),
    ),
    (
        "f/billing/refund_intake.py",
        13,
        "WAC902",
        "warning",
        (
            "Windmill reads `RefundReason` as a resource of type `RefundReason` (a resource "
            "picker): its parser reads only the classes this file declares, not one imported "
            "from `f.shared.models`; declare the type in this file"
        ),
    ),
    (
        "f/billing/settle_day.py",
        12,
        "WAC102",
        "error",
        (
            "`datetime.now` (reached through `main → f.shared.clock.BillingClock.today → "
            "datetime.now`) reads the clock: the value changes between replays of the workflow "
            "body; capture it with `step(...)`"
        ),
    ),
    (
        "f/billing/settle_day.py",
        13,
        "WAC102",
        "error",
        (
            "`uuid.uuid4` (reached through `main → f.shared.clock.BillingClock.batch_id → "
            "uuid.uuid4`) is random: the value changes between replays of the workflow body; "
            "capture it with `step(...)`"
        ),
    ),
    (
        "f/billing/settle_day.py",
        16,
        "WAC402",
        "error",
        (
            "`regoin` is not a parameter of `fetch_invoice`: the task's job fails (TypeError); "
            "did you mean `region`?"
        ),
    ),
    (
        "f/billing/settle_day.py",
        19,
        "WAC402",
        "error",
        "`ccy` is not a parameter of `issue_refund`: the task's job fails (TypeError)",
    ),
    (
        "f/billing/sweep_batches.py",
        12,
        "WAC201",
        "error",
        (
            '`QuietBatch(f"batch-{i}")` suppresses every exception leaving its `with` block, '
            "the SDK's suspension (a BaseException) included (its context manager is "
            "`QuietBatch` of f/shared/guard.py): the workflow carries on as if the task had "
            "returned; let exceptions that are not `Exception` through (return False / "
            "re-raise them)"
        ),
    ),
    (
        "f/billing/sweep_batches.py",
        19,
        "WAC203",
        "error",
        (
            "`audited` (which the workflow calls) calls `record_audit(...)` in a `finally` "
            "(line 72 of f/shared/guard.py) around code that can suspend the workflow: it runs "
            "each time the workflow suspends inside the `try`, before the work there is done, "
            "and raises a suspension of its own in place of the pending one; call it after the "
            "`try` (and in an `except` that re-raises)"
        ),
    ),
    (
        "f/shipping/dispatch_orders.ts",
        9,
        "WAC202",
        "error",
        (
            "This catch also catches the SDK's suspension (`StepSuspend` is an Error) (in "
            "`guarded`, which the workflow calls): its handler runs on every suspension; "
            'rethrow it first: `if (e?.name === "StepSuspend") throw e`'
        ),
    ),
    (
        "f/shipping/dispatch_orders.ts",
        13,
        "WAC202",
        "error",
        (
            "This catch also catches the SDK's suspension (`StepSuspend` is an Error) (in "
            "`guardedLegacy`, which the workflow calls): its handler runs on every suspension; "
            'rethrow it first: `if (e?.name === "StepSuspend") throw e`'
        ),
    ),
    (
        "f/shipping/label_batch.ts",
        10,
        "WAC102",
        "error",
        (
            "`Date.now` (reached through `main → f/kit/index.ts.Stopwatch.start → "
            "f/kit/clock.ts.Stopwatch.start → Date.now`) reads the clock: the value changes "
            "between replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/shipping/label_batch.ts",
        15,
        "WAC102",
        "error",
        (
            "`Math.random` (reached through `main → f/kit/index.ts.Stopwatch.trackingCode → "
            "f/kit/clock.ts.Stopwatch.trackingCode → Math.random`) is random: the value "
            "changes between replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/shipping/label_batch.ts",
        16,
        "WAC402",
        "error",
        (
            "`format` (a key of `...OLD_LABEL_DEFAULTS`) is not a parameter of "
            "`f/shipping/render_label` (it takes `orderId`, `carrier`, `paper`, from the "
            "`main` signature of f/shipping/render_label.ts)"
        ),
    ),
    (
        "f/shipping/label_batch.ts",
        17,
        "WAC102",
        "error",
        (
            "`Date.now` (reached through `main → f/kit/index.ts.Stopwatch.lap → "
            "f/kit/clock.ts.Stopwatch.lap → Date.now`) reads the clock: the value changes "
            "between replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/shipping/manifest.ts",
        6,
        "WAC901",
        "warning",
        (
            "`manifest.script.yaml` is out of date: input `carrier` differs (format, type); "
            "run `wac-lint schema`"
        ),
    ),
    (
        "f/shipping/manifest.ts",
        7,
        "WAC902",
        "warning",
        (
            "Windmill reads `Shipment` as a resource of type `shipment` (a resource picker): "
            "its parser reads only the types this file declares, not one imported from "
            "`../kit/types.ts`; declare the type in this file"
        ),
    ),
    (
        "f/shipping/manifest.ts",
        8,
        "WAC902",
        "warning",
        (
            "Windmill reads `Carrier` as a resource of type `carrier` (a resource picker): its "
            "parser reads only the types this file declares, not one imported from "
            "`../kit/types.ts`; declare the type in this file"
        ),
    ),
    (
        "u/maria/reports/weekly.py",
        16,
        "WAC102",
        "error",
        (
            "`datetime.utcnow` (reached through `main → u.maria.helpers.report_window → "
            "datetime.utcnow`) reads the clock: the value changes between replays of the "
            "workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "u/maria/reports/weekly.py",
        17,
        "WAC102",
        "error",
        (
            "`datetime.now` (reached through `main → u.maria.helpers.ReportStamp.title → "
            "f.shared.clock.BillingClock.today → datetime.now`) reads the clock: the value "
            "changes between replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "u/maria/reports/weekly.py",
        21,
        "WAC102",
        "error",
        (
            "`os.environ.get` (reached through `main → u.maria.helpers.recipients → "
            "os.environ.get`) reads the process environment: the value changes between replays "
            "of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "u/tom/pack.ts",
        5,
        "WAC101",
        "error",
        (
            "importing u/tom/settings.ts runs its module-level `fetch` (line 9), which does "
            "network I/O, on every replay of the workflow: the script runs again from the top "
            "each time; move that call into a function the workflow runs in a task or a "
            "`step(...)`"
        ),
    ),
    (
        "u/tom/pack.ts",
        8,
        "WAC102",
        "error",
        (
            "`process.env.SHIP_REGION` (reached through `main → "
            "f/kit/index.ts.Stopwatch.region → f/kit/clock.ts.Stopwatch.region → "
            "process.env.SHIP_REGION`) reads the process environment: the value changes "
            "between replays of the workflow body; capture it with `step(...)`"
        ),
    ),
]
