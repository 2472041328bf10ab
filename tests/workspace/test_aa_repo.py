"""Red team AA, repository (`aa_repo/`): an order and shop Windmill workspace as `wmill
sync pull` writes it (`wmill.yaml` excluding `f/sandbox/**`; Python helpers and shared
tasks in `f/lib/` reached through barrels (`f/lib/kit.py` re-exporting `now as stamp`,
`f/lib/facade.py` star-importing the kit, a `f/lib/__init__.py` Windmill never runs),
durable helpers (`f/lib/durable.py`, `f/kit/durable.ts`) that await shared tasks, two
helper modules importing each other (`cycle_a` / `cycle_b`), and `f/lib/report.py`, both a
script and a helper; Bun TypeScript ones in `f/kit/` behind `index.ts` (`export { now as
stamp }`, `export *` of a module that re-exports `stepName as runKey`); `f/orders/` Python
and `f/shop/` TypeScript workflows, `u/ana/` and `u/ben/` ones; plain scripts the
workflows and flows call by path; two flows). Every `.script.yaml` was written by
Windmill's own CLI through `windmill-oracle script-yaml`: `u/ana/nightly`'s while `tz`
defaulted to a literal (now a constant imported from `f/lib/clock.py`, which Windmill's
parser reads as no default), `u/ben/digest`'s while `period` was a string union declared
in the script (now a type imported from `f/kit/types.ts`); `f/sandbox/draft.py`, which
`wmill sync` does not push, has none.

What it checks across files: clock reads reached through renamed re-exports, star imports
of star imports and circular helper modules; step names built by a helper of another
module from the clock; durable helpers of another module called inside a step callback,
wrapped in a bare `except`, or not awaited; shared tasks called from several workflows with
names they lack or without a required one; imports and targets `wmill.yaml` leaves out of
the push; flows calling scripts by path with `input_transforms` that do not match.

Written blind; measured before any fix: 24 of 28 marked findings, 0 false findings on
correct code, 3 wrong messages (WAC103 calling a step name "stable across replays" and a
warning where a helper of another module builds it from the clock). 7 findings I had not
marked were true (my markers were corrected: `from f.lib import ...` of an `__init__.py`,
WAC902 for an imported type, which made `digest_ok.ts` declare its type locally, ...),
and one more WAC102 was due: 30 of 35 before the fixes, 35 of 35 after.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.workspace.red_team_repo import Pinned, RepoCorpus, check_marked_findings
from wac_lint.engine import analyze_source, read_source
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "aa_repo"
CORPUS = RepoCorpus(
    REPO,
    support=("f/lib/", "f/kit/", "f/sandbox/"),
    support_files=("f/orders/ship_label.py", "f/shop/notify.ts"),
    no_metadata=("f/sandbox/draft.py",),
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


def _findings(path: Path, code: str) -> list[tuple[int, str, str]]:
    found = analyze_source(read_source(path)).findings
    return [(f.row, f.severity, f.message) for f in found if f.code == code]


def test_a_step_name_a_helper_builds_from_the_clock(tmp_path: Path) -> None:
    # f/shop/retry.ts `step(runKey("retry-summary"), ...)`, u/ben/digest.ts `const key =
    # runKey(ref)`, f/orders/refunds.py `key = step_label(...)`: the helper (of another
    # module, through a barrel; or of the file) reads the clock, which WAC102 reported at
    # the same call, while WAC103 called the name "stable across replays (nothing in it
    # reads the clock)", a warning. A helper reading nothing volatile stays a warning
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "clock.py").write_text(
        'import time\n\n\ndef label(p):\n    return f"{p}-{int(time.time())}"\n\n\n'
        "def plain(p):\n    return p.upper()\n"
    )
    (lib / "run.py").write_text(
        "import random\n\nfrom wmill import step, workflow\n\n"
        "from f.lib.clock import label, plain\n\n\n"
        'def local(p):\n    return f"{p}-{random.random()}"\n\n\n'
        "@workflow\nasync def main(x: str):\n"
        "    key = label(x)\n"
        "    a = await step(key, lambda: 1)\n"
        "    b = await step(local(x), lambda: 2)\n"
        "    c = await step(plain(x), lambda: 3)\n"
        "    return a, b, c\n"
    )
    found = _findings(lib / "run.py", "WAC103")
    assert [(row, severity) for row, severity, _ in found] == [
        (15, "error"),
        (16, "error"),
        (17, "warning"),
    ]
    assert found[0][2] == (
        "The step name `key` is built from `time.time` (reached through `main → "
        "f.lib.clock.label → time.time`), which changes between replays: checkpoint keys "
        "come from names, so the completed step is not found and runs again; use a "
        "constant string literal"
    )
    assert "`random.random` (reached through `main → local → random.random`)" in found[1][2]
    (lib / "clock.ts").write_text(
        "export function stepName(b: string) {\n  return `${b}-${Date.now()}`;\n}\n"
    )
    (lib / "index.ts").write_text('export { stepName as runKey } from "./clock.ts";\n')
    (lib / "go.ts").write_text(
        'import { step, workflow } from "windmill-client";\n'
        'import { runKey } from "./index.ts";\n\n'
        "export const main = workflow(async (x: string) => {\n"
        '  return await step(runKey("sum"), () => x);\n});\n'
    )
    found = _findings(lib / "go.ts", "WAC103")
    assert [(row, severity) for row, severity, _ in found] == [(5, "error")]
    assert "built from `Date.now` (reached through `main → " in found[0][2]


def test_a_star_import_of_a_star_import(tmp_path: Path) -> None:
    # f/orders/refunds.py `from f.lib.facade import *` then `stamp()`: the facade has
    # `from f.lib.kit import *`, and the kit `from .clock import now as stamp` (in its
    # `__all__`); only a name the facade imports by name was followed. The last star
    # import exporting the name wins; one whose `__all__` leaves it out binds nothing
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "clock.py").write_text(
        "from datetime import datetime\n\n\ndef now():\n    return datetime.now()\n\n\n"
        "def quiet():\n    return 1\n"
    )
    (lib / "kit.py").write_text(
        "from .clock import now as stamp\nfrom .clock import now as hidden\n"
        'from .clock import quiet\n\n__all__ = ["stamp", "quiet"]\n'
    )
    (lib / "other.py").write_text("def quiet():\n    import random\n    return random.random()\n")
    (lib / "facade.py").write_text(
        "from f.lib.other import *\nfrom f.lib.kit import *\n\nCURRENCY = 'EUR'\n"
    )
    (lib / "run.py").write_text(
        "from wmill import workflow\n\nfrom f.lib.facade import *\n\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    a = stamp()\n"
        "    b = quiet()\n"
        "    c = hidden()\n"
        "    return a, b, c\n"
    )
    found = _findings(lib / "run.py", "WAC102")
    assert [(row, message.split(" reads")[0]) for row, _, message in found] == [
        (
            8,
            "`datetime.now` (reached through `main → f.lib.facade.stamp → f.lib.kit.stamp → "
            "f.lib.clock.now → datetime.now`)",
        )
    ]


def test_a_helper_of_another_module_awaiting_a_task_of_a_third(tmp_path: Path) -> None:
    # f/orders/fulfil.py `step("express_charge", lambda: charge_and_notify(order))`,
    # f/shop/bulk.ts `step(..., () => kit.chargeAndNotify(order))`: the helper's module
    # imports the task from a third module (f/lib/tasks.py, f/kit/tasks.ts); only a task
    # of the helper's own module, or an SDK call in its code, made it durable. A helper
    # calling a plain function of that third module is not reported
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "tasks.py").write_text(
        "from wmill import task\n\n\n@task()\nasync def charge(order_id: str):\n"
        "    return order_id\n\n\ndef fmt(order_id: str):\n    return order_id.upper()\n"
    )
    (lib / "durable.py").write_text(
        "from f.lib import tasks\nfrom f.lib.tasks import charge, fmt\n\n\n"
        "async def charge_all(ids):\n    label = fmt(ids[0])\n"
        "    return [await charge(i) for i in ids], label\n\n\n"
        "async def charge_one(i):\n    return await tasks.charge(i)\n\n\n"
        "def label(i):\n    return fmt(i)\n\n\n"
        "def make_sender():\n    async def send(i):\n        return await charge(i)\n\n"
        "    return send\n"
    )
    (lib / "run.py").write_text(
        "from wmill import step, workflow\n\n"
        "from f.lib.durable import charge_all, charge_one, label, make_sender\n\n\n"
        "@workflow\nasync def main(ids: list[str]):\n"
        '    a = await step("all", lambda: charge_all(ids))\n'
        '    b = await step("one", lambda: charge_one(ids[0]))\n'
        '    c = await step("label", lambda: label(ids[0]))\n'
        '    d = await step("made", lambda: make_sender() and 1)\n'
        "    return a, b, c, d\n"
    )
    found = _findings(lib / "run.py", "WAC304")
    assert [(row, severity) for row, severity, _ in found] == [(8, "error"), (9, "error")]
    assert found[0][2].startswith(
        "`charge_all(...)` runs `charge(...)` (f/lib/durable.py, line 7) inside a "
        "`step(...)` callback, where it is not a durable operation of the workflow"
    )
    assert found[1][2].startswith("`charge_one(...)` runs `tasks.charge(...)` (f/lib/durable.py")
    kit = tmp_path / "f" / "kit"
    kit.mkdir()
    (kit / "tasks.ts").write_text(
        'import { task } from "windmill-client";\n'
        "export const charge = task(async (id: string) => id);\n"
    )
    (kit / "durable.ts").write_text(
        'import { charge } from "./tasks.ts";\n\n'
        "export async function chargeAll(ids: string[]) {\n"
        "  for (const id of ids) await charge(id);\n}\n"
        "export const chargeOne = async (id: string) => await charge(id);\n"
    )
    (kit / "index.ts").write_text('export * from "./durable.ts";\n')
    (kit / "run.ts").write_text(
        'import { step, workflow } from "windmill-client";\n'
        'import * as kit from "./index.ts";\n\n'
        "export const main = workflow(async (ids: string[]) => {\n"
        '  await step("one", () => kit.chargeOne(ids[0]));\n'
        '  return await step("all", () => kit.chargeAll(ids));\n});\n'
    )
    found = _findings(kit / "run.ts", "WAC304")
    assert [(row, m.split(" inside")[0]) for row, _, m in found] == [
        (5, "`kit.chargeOne(...)` runs `charge(...)` (f/kit/durable.ts, line 6)"),
        (6, "`kit.chargeAll(...)` runs `charge(...)` (f/kit/durable.ts, line 4)"),
    ]


def test_a_task_behind_two_star_exports(tmp_path: Path) -> None:
    # f/shop/checkout.ts `chargeCard(orderId)` from "../kit/index.ts", whose
    # `export * from "./durable.ts"` and `export * from "./tasks.ts"` both reach a module
    # binding `chargeCard`: durable.ts only imports it (a star does not re-export an
    # import), tasks.ts exports it. Two candidates left the name unresolved: no WAC402
    # for the missing argument, no WAC106 for the dropped call
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    kit = tmp_path / "f" / "kit"
    kit.mkdir(parents=True)
    (kit / "tasks.ts").write_text(
        'import { task } from "windmill-client";\n'
        "export const charge = task(async (id: string, cents: number) => id);\n"
    )
    (kit / "durable.ts").write_text(
        'import { charge } from "./tasks.ts";\n\n'
        "export async function both(id: string) {\n  return await charge(id, 1);\n}\n"
    )
    (kit / "index.ts").write_text('export * from "./durable.ts";\nexport * from "./tasks.ts";\n')
    (kit / "run.ts").write_text(
        'import { workflow } from "windmill-client";\n'
        'import { charge } from "./index.ts";\n\n'
        "export const main = workflow(async (id: string) => {\n"
        "  charge(id, 5);\n"
        "  return await charge(id);\n});\n"
    )
    found = [f for f in analyze_source(read_source(kit / "run.ts")).findings if f.code != "WAC901"]
    assert [(f.row, f.code) for f in found] == [(5, "WAC106"), (6, "WAC402")]
    assert found[1].message == (
        "`charge` requires `cents`, which this call does not pass: the function receives "
        "`undefined` for it"
    )


def test_an_unawaited_helper_whose_only_durable_calls_are_imported_tasks(
    tmp_path: Path,
) -> None:
    # f/lib/durable.py's `charge_and_notify` awaits only `charge_card` / `send_receipt`
    # of f/lib/tasks.py: called as a statement from a workflow, its coroutine never runs,
    # but `durable_helper` read only the helper's own SDK calls and tasks, so WAC106 was
    # silent (f/orders/fulfil.py's `rollback(...)` was found through its `step`). A helper
    # calling only a plain function of that module is no durable call
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "tasks.py").write_text(
        "from wmill import task\n\n\n@task()\nasync def charge(order_id: str):\n"
        "    return order_id\n\n\ndef fmt(order_id: str):\n    return order_id.upper()\n"
    )
    (lib / "durable.py").write_text(
        "from f.lib import tasks\nfrom f.lib.tasks import fmt\n\n\n"
        "async def charge_all(ids):\n    for i in ids:\n        await tasks.charge(i)\n\n\n"
        "async def label(i):\n    return fmt(i)\n\n\n"
        "async def later(i):\n    return lambda: tasks.charge(i)\n"
    )
    (lib / "run.py").write_text(
        "from wmill import workflow\n\n"
        "from f.lib.durable import charge_all, label, later\n\n\n"
        "@workflow\nasync def main(ids: list[str]):\n"
        "    charge_all(ids)\n"
        "    label(ids[0])\n"
        "    later(ids[0])\n"
        "    return ids\n"
    )
    found = _findings(lib / "run.py", "WAC106")
    assert found == [
        (
            8,
            "error",
            "`charge_all(...)` (an `async` function of f/lib/durable.py that calls "
            "`tasks.charge(...)`) is never awaited: the coroutine never runs, so neither "
            "does what it dispatches; `await` it",
        )
    ]


def test_a_broad_catch_around_an_imported_durable_helper(tmp_path: Path) -> None:
    # `try: await charge_all(ids) except BaseException: pass` in the body, where another
    # module's `charge_all` awaits a task (its own `step`, or a task it imports): the
    # walk knew a helper of the file that makes durable calls, and the tasks other
    # modules define, but not such a helper of another module, so the handler guarded
    # "nothing durable" (no WAC201; TypeScript: no WAC202). `except Exception` is safe
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "tasks.py").write_text(
        "from wmill import task\n\n\n@task()\nasync def charge(order_id: str):\n"
        "    return order_id\n"
    )
    (lib / "durable.py").write_text(
        "from wmill import step\n\nfrom f.lib.tasks import charge\n\n\n"
        "async def charge_all(ids):\n    for i in ids:\n        await charge(i)\n\n\n"
        'async def mark(i):\n    return await step("mark", lambda: i)\n\n\n'
        "async def plain(i):\n    return i\n"
    )
    (lib / "run.py").write_text(
        "from wmill import workflow\n\n"
        "from f.lib.durable import charge_all, mark, plain\n\n\n"
        "@workflow\nasync def main(ids: list[str]):\n"
        "    try:\n        await charge_all(ids)\n    except BaseException:\n        pass\n"
        "    try:\n        await mark(ids[0])\n    except BaseException:\n        pass\n"
        "    try:\n        await plain(ids[0])\n    except BaseException:\n        pass\n"
        "    try:\n        await charge_all(ids)\n    except Exception:\n        pass\n"
        "    return ids\n"
    )
    found = _findings(lib / "run.py", "WAC201")
    assert [(row, severity) for row, severity, _ in found] == [(10, "error"), (14, "error")]
    kit = tmp_path / "f" / "kit"
    kit.mkdir()
    (kit / "tasks.ts").write_text(
        'import { task } from "windmill-client";\n'
        "export const charge = task(async (id: string) => id);\n"
    )
    (kit / "durable.ts").write_text(
        'import { charge } from "./tasks.ts";\n\n'
        "export async function chargeAll(ids: string[]) {\n"
        "  for (const id of ids) await charge(id);\n}\n"
    )
    (kit / "run.ts").write_text(
        'import { workflow } from "windmill-client";\n'
        'import { chargeAll } from "./durable.ts";\n\n'
        "export const main = workflow(async (ids: string[]) => {\n"
        "  try {\n    await chargeAll(ids);\n  } catch (e) {\n    console.log(e);\n  }\n"
        "  return ids;\n});\n"
    )
    found = _findings(kit / "run.ts", "WAC202")
    assert [(row, severity) for row, severity, _ in found] == [(7, "error")]


def test_skip_scripts_in_wmill_yaml(tmp_path: Path) -> None:
    # wmill.yaml `skipScripts: true`: windmill-cli's sync skips every script
    # (`if (skips.skipScripts && fileType === "script") continue`) and so does
    # `generate-metadata`; only `includes` / `excludes` were read. A flow calling a script
    # by path is pushed without it (WAC401, a warning naming `skipScripts`), and no
    # script's `.script.yaml` is judged; without the setting, the missing ones are
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\nincludes:\n  - f/**\nskipScripts: true\n")
    folder = tmp_path / "f" / "a"
    (folder / "run.flow").mkdir(parents=True)
    (folder / "job.py").write_text("def main(x: str):\n    return x\n")
    (folder / "wf.py").write_text(
        'from wmill import task_script, workflow\n\njob = task_script("f/a/job")\n\n\n'
        "@workflow\nasync def main(x: str):\n    return await job(x=x)\n"
    )
    flow = folder / "run.flow" / "flow.yaml"
    flow.write_text(
        "summary: s\nvalue:\n  modules:\n    - id: a\n      value:\n        type: script\n"
        "        path: f/a/job\n        input_transforms:\n          x:\n"
        '            type: static\n            value: "1"\n'
        "schema:\n  type: object\n  properties: {}\n"
    )
    found = [
        (f.row, f.code, f.severity, f.message) for f in analyze_source(read_source(flow)).findings
    ]
    assert found == [
        (
            7,
            "WAC401",
            "warning",
            "`f/a/job` is f/a/job.py, which wmill.yaml's `skipScripts: true` leaves out of "
            "`wmill sync push`: this flow is pushed without that script, and the step fails "
            "unless the workspace already has it",
        )
    ]
    for script in (folder / "job.py", folder / "wf.py"):
        assert analyze_source(read_source(script)).findings == [], script
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\nincludes:\n  - f/**\n")
    forget_projects()
    assert analyze_source(read_source(flow)).findings == []
    for script in (folder / "job.py", folder / "wf.py"):
        codes = [f.code for f in analyze_source(read_source(script)).findings]
        assert codes == ["WAC901"], script


def test_check_reports_the_repository() -> None:
    CORPUS.check_command_line(PINNED)


def test_every_finding_is_pinned() -> None:
    CORPUS.check_pinned(PINNED)


PINNED: Pinned = [
    (
        "f/orders/checkout.py",
        4,
        "WAC403",
        "error",
        (
            "`f.lib` is the folder f/lib/: Windmill loads it as an empty module and never runs "
            "f/lib/__init__.py, so `send_receipt` is fetched as the script `f/lib/send_receipt`, "
            "which does not exist, and is bound to an empty module; import it from the script "
            "that defines it"
        ),
    ),
    (
        "f/orders/checkout.py",
        13,
        "WAC102",
        "error",
        (
            "`datetime.now` (reached through `main → f.lib.kit.stamp → f.lib.clock.now → "
            "datetime.now`) reads the clock: the value changes between replays of the workflow "
            "body; capture it with `step(...)`"
        ),
    ),
    (
        "f/orders/checkout.py",
        14,
        "WAC402",
        "error",
        (
            "`charge_card` requires `amount_cents`, which this call does not pass: the task's job"
            " fails (TypeError)"
        ),
    ),
    (
        "f/orders/checkout.py",
        14,
        "WAC402",
        "error",
        (
            "`amount` is not a parameter of `charge_card`: the task's job fails (TypeError); did "
            "you mean `amount_cents`?"
        ),
    ),
    (
        "f/orders/fulfil.py",
        34,
        "WAC304",
        "error",
        (
            "`charge_and_notify(...)` runs `charge_card(...)` (f/lib/durable.py, line 13) inside "
            "a `step(...)` callback, where it is not a durable operation of the workflow: the "
            "callback runs again after it suspends, and once the step is checkpointed its key is "
            "no longer allocated, so later keys shift; call it from the workflow body"
        ),
    ),
    (
        "f/orders/fulfil.py",
        36,
        "WAC201",
        "error",
        (
            "`safe_charge` catches the SDK's suspension (a BaseException): the workflow cannot "
            "suspend here; catch `Exception` or `TaskError`, or re-raise"
        ),
    ),
    (
        "f/orders/fulfil.py",
        39,
        "WAC106",
        "error",
        (
            "`rollback(...)` (an `async` function of f/lib/durable.py that calls `step(...)`) is "
            "never awaited: the coroutine never runs, so neither does what it dispatches; `await`"
            " it"
        ),
    ),
    (
        "f/orders/label_run.flow/flow.yaml",
        19,
        "WAC506",
        "error",
        (
            "`main` of ship_label.py takes `order_id` (no default), but `input_transforms` gives "
            "it no value"
        ),
    ),
    (
        "f/orders/label_run.flow/flow.yaml",
        20,
        "WAC506",
        "warning",
        "`carrier_code` is not a parameter of `main` of ship_label.py: the value goes nowhere",
    ),
    (
        "f/orders/label_run.flow/flow.yaml",
        29,
        "WAC401",
        "warning",
        (
            "`f/sandbox/draft` is f/sandbox/draft.py, which wmill.yaml's `includes` / `excludes` "
            "leave out of `wmill sync push`: this flow is pushed without that script, and the "
            "step fails unless the workspace already has it"
        ),
    ),
    (
        "f/orders/refunds.py",
        22,
        "WAC102",
        "error",
        (
            "`time.time` (reached through `main → f.lib.facade.describe_batch → "
            "f.lib.cycle_a.describe_batch → f.lib.cycle_b.suffix → time.time`) reads the clock: "
            "the value changes between replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/orders/refunds.py",
        30,
        "WAC102",
        "error",
        (
            "`datetime.now` (reached through `main → f.lib.facade.step_label → "
            "f.lib.kit.step_label → f.lib.clock.run_label → datetime.now`) reads the clock: the "
            "value changes between replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/orders/refunds.py",
        31,
        "WAC103",
        "error",
        (
            "The step name `key` is built from `datetime.now` (reached through `main → "
            "f.lib.facade.step_label → f.lib.kit.step_label → f.lib.clock.run_label → "
            "datetime.now`), which changes between replays: checkpoint keys come from names, so "
            "the completed step is not found and runs again; use a constant string literal"
        ),
    ),
    (
        "f/orders/refunds.py",
        40,
        "WAC102",
        "error",
        (
            "`datetime.now` (reached through `main → f.lib.facade.stamp → f.lib.kit.stamp → "
            "f.lib.clock.now → datetime.now`) reads the clock: the value changes between replays "
            "of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/shop/bulk.ts",
        10,
        "WAC103",
        "warning",
        (
            "The step name '`charge_${order.id}`' is computed at run time: it is stable across "
            "replays (nothing in it reads the clock, randomness or the environment), but the "
            "guide asks for constant names; a literal gives the same keys, numbered `_2`, `_3`"
        ),
    ),
    (
        "f/shop/bulk.ts",
        10,
        "WAC304",
        "error",
        (
            "`kit.chargeAndNotify(...)` runs `chargeCard(...)` (f/kit/durable.ts, line 15) inside"
            " a `step(...)` callback, where it is not a durable operation of the workflow: the "
            "callback runs again after it suspends, and once the step is checkpointed its key is "
            "no longer allocated, so later keys shift; call it from the workflow body"
        ),
    ),
    (
        "f/shop/bulk.ts",
        17,
        "WAC106",
        "error",
        (
            "`kit.rollback(...)` (an `async` function of f/kit/durable.ts that calls `step(...)`)"
            " is never awaited: its result and its failure are lost; `await` it"
        ),
    ),
    (
        "f/shop/bulk.ts",
        21,
        "WAC102",
        "error",
        (
            "`Date.now` (reached through `main → f/kit/index.ts.stamp → f/kit/clock.ts.now → "
            "Date.now`) reads the clock: the value changes between replays of the workflow body; "
            "capture it with `step(...)`"
        ),
    ),
    (
        "f/shop/checkout.ts",
        17,
        "WAC102",
        "error",
        (
            "`Date.now` (reached through `main → f/kit/index.ts.stamp → f/kit/clock.ts.now → "
            "Date.now`) reads the clock: the value changes between replays of the workflow body; "
            "capture it with `step(...)`"
        ),
    ),
    (
        "f/shop/checkout.ts",
        18,
        "WAC402",
        "warning",
        (
            "`chargeCard` requires `cents`, which this call does not pass: the function receives "
            "`undefined` for it"
        ),
    ),
    (
        "f/shop/daily_digest__flow/flow.yaml",
        32,
        "WAC506",
        "warning",
        "`urgnet` is not a parameter of `main` of notify.ts: the value goes nowhere",
    ),
    (
        "f/shop/retry.ts",
        12,
        "WAC202",
        "error",
        (
            "This catch also catches the SDK's suspension (`StepSuspend` is an Error) (in "
            "`tryCharge`, which the workflow calls): its handler runs on every suspension; "
            'rethrow it first: `if (e?.name === "StepSuspend") throw e`'
        ),
    ),
    (
        "f/shop/retry.ts",
        20,
        "WAC102",
        "error",
        (
            "`Date.now` (reached through `main → f/kit/index.ts.runKey → f/kit/durable.ts.runKey "
            "→ f/kit/clock.ts.stepName → Date.now`) reads the clock: the value changes between "
            "replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/shop/retry.ts",
        20,
        "WAC103",
        "error",
        (
            'The step name `runKey("retry-summary")` is built from `Date.now` (reached through '
            "`main → f/kit/index.ts.runKey → f/kit/durable.ts.runKey → f/kit/clock.ts.stepName → "
            "Date.now`), which changes between replays: checkpoint keys come from names, so the "
            "completed step is not found and runs again; use a constant string literal"
        ),
    ),
    (
        "f/shop/retry.ts",
        26,
        "WAC402",
        "error",
        (
            "`f/shop/notify` requires `slack` (no default, from the `main` signature of "
            "f/shop/notify.ts), which this call does not pass"
        ),
    ),
    (
        "u/ana/nightly.py",
        7,
        "WAC403",
        "warning",
        (
            "`f.sandbox.draft` is f/sandbox/draft.py, which wmill.yaml's `includes` / `excludes` "
            "leave out of `wmill sync push`: this script is pushed without it, and Windmill's "
            "loader binds every name imported from it to an empty module unless the workspace "
            "already has that script"
        ),
    ),
    (
        "u/ana/nightly.py",
        10,
        "WAC401",
        "warning",
        (
            "`f/sandbox/draft` is f/sandbox/draft.py, which wmill.yaml's `includes` / `excludes` "
            "leave out of `wmill sync push`: this script is pushed without that script, and the "
            "task fails unless the workspace already has it"
        ),
    ),
    (
        "u/ana/nightly.py",
        14,
        "WAC901",
        "warning",
        (
            "`nightly.script.yaml` is out of date: input `tz` differs (default), `required` "
            "differs; run `wac-lint schema`"
        ),
    ),
    (
        "u/ana/nightly.py",
        20,
        "WAC103",
        "warning",
        (
            "The step name `f\"warehouse_{order['id']}\"` is computed at run time: it is stable "
            "across replays (nothing in it reads the clock, randomness or the environment), but "
            "the guide asks for constant names and Windmill's diagram shows it as `step`; a "
            "literal gives the same keys, numbered `_2`, `_3`"
        ),
    ),
    (
        "u/ana/nightly.py",
        24,
        "WAC402",
        "error",
        (
            "`send_receipt` requires `email`, which this call does not pass: the task's job fails"
            " (TypeError)"
        ),
    ),
    (
        "u/ben/digest.ts",
        9,
        "WAC901",
        "warning",
        (
            "`digest.script.yaml` is out of date: input `period` differs (format, type); run "
            "`wac-lint schema`"
        ),
    ),
    (
        "u/ben/digest.ts",
        9,
        "WAC902",
        "warning",
        (
            "Windmill reads `Period` as a resource of type `period` (a resource picker): its "
            "parser reads only the types this file declares, not one imported from "
            "`/f/kit/types.ts`; declare the type in this file"
        ),
    ),
    (
        "u/ben/digest.ts",
        13,
        "WAC402",
        "error",
        (
            "`f/orders/ship_label` requires `order_id` (no default, from the `main` signature of "
            "f/orders/ship_label.py), which this call does not pass"
        ),
    ),
    (
        "u/ben/digest.ts",
        13,
        "WAC402",
        "error",
        (
            "`orderId` is not a parameter of `f/orders/ship_label` (it takes `order_id`, "
            "`carrier`, `weight_grams`, `express`, from the `main` signature of "
            "f/orders/ship_label.py); did you mean `order_id`?"
        ),
    ),
    (
        "u/ben/digest.ts",
        16,
        "WAC402",
        "error",
        (
            "`f/shop/notify` requires `slack`, `text` (no default, from the `main` signature of "
            "f/shop/notify.ts), which this call does not pass"
        ),
    ),
    (
        "u/ben/digest.ts",
        16,
        "WAC402",
        "error",
        (
            "`message` is not a parameter of `f/shop/notify` (it takes `slack`, `channel`, "
            "`text`, `urgent`, from the `main` signature of f/shop/notify.ts)"
        ),
    ),
    (
        "u/ben/digest.ts",
        19,
        "WAC102",
        "error",
        (
            "`Date.now` (reached through `main → f/kit/index.ts.runKey → f/kit/durable.ts.runKey "
            "→ f/kit/clock.ts.stepName → Date.now`) reads the clock: the value changes between "
            "replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "u/ben/digest.ts",
        20,
        "WAC103",
        "error",
        (
            "The step name `key` is built from `Date.now` (reached through `main → "
            "f/kit/index.ts.runKey → f/kit/durable.ts.runKey → f/kit/clock.ts.stepName → "
            "Date.now`), which changes between replays: checkpoint keys come from names, so the "
            "completed step is not found and runs again; use a constant string literal"
        ),
    ),
]
