"""Red team T, repository (`t_repo/`): a Windmill workspace as `wmill sync pull` writes it
(`wmill.yaml`, shared Python modules in `f/platform/` and `f/people/tasks.py`, shared
TypeScript modules in `f/shared/` and `f/analytics/tasks.ts`, `f/people/` Python and
`f/analytics/` Bun TypeScript workflows, `u/nadia/` and `u/ken/` user scripts, a script with
modules (`relocation__mod/`), two flows). Every `.script.yaml` was written by Windmill's own
CLI through `windmill-oracle script-yaml` (`relocation__mod/script.yaml` through a copy of the
oracle that copies the module folder in and reads the `script.yaml` wmill writes there).

What it checks across files: a dependency-injection container of another module
(`container.resolve(SlackNotifier).notify(...)`, `container.resolve<WarehouseClient>(...)`);
a dataclass `default_factory` / a class field initializer of another module reading the clock
when the body builds the class; a default argument another module computes from `uuid4` at
load; a `functools.lru_cache` helper doing I/O; a fully dotted `import f.platform.http`; a
default-exported object's methods; `export default task(...)` imported by default; tasks
reached through `await import()`; a table of tasks another module binds, indexed by a
constant; an async helper of another module that dispatches a task, left un-awaited; a
helper of another module catching `BaseException` / a retry helper whose `catch` swallows
the suspension around a task; an approval helper with a fixed key called twice; an imported
function whose result (`date`, `Date`) a `step(...)` checkpoints; `task_script` /
`taskScript` / `taskFlow` paths present, missing, relative, naming a flow, with wrong
arguments (a script's `main`, a flow's `schema`); flows calling scripts of the repository.
Correct look-alikes (`_ok`): the same helpers inside `step(...)` or a task, pure members of
the same modules (`TemplateRenderer`, `RunLabel`, `grade_bands`, `slack.format`,
`stable_request_id`), `except Exception`, task `retry` options.

Written blind; measured before any fix: 23 of 39 expected findings found, 1 false finding
(WAC003 on `export default task(...)` in a module with no workflow, whose message claims a
diagram that does not exist), 1 finding on another line than marked (a flow step missing a
required input is reported on its `input_transforms:` line, marked on `path:`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.workspace.red_team_repo import RepoCorpus, check_marked_findings
from wac_lint.engine import analyze_source, read_source
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "t_repo"
CORPUS = RepoCorpus(
    REPO,
    support=("f/platform/", "f/shared/", "__mod/"),
    support_files=(
        "f/people/tasks.py",
        "f/people/sync_directory.py",
        "f/analytics/tasks.ts",
        "f/analytics/compact_tables.ts",
        "u/nadia/export_badges.py",
        "u/ken/helpers.ts",
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


def test_an_undrawn_task_in_a_module_without_workflow(tmp_path: Path) -> None:
    # windmill-oracle `dag` on f/analytics/tasks.ts: "No workflow() wrapped async function
    # found": a module of shared tasks has no diagram, so `export default task(...)` there
    # is not missing from one; beside a workflow it is (the diagram draws `const` tasks)
    assert _messages("f/analytics/tasks.ts") == []
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    shared = 'import { task, workflow } from "windmill-client";\n'
    shared += "export default task(async function ping(host: string) { return host; });\n"
    (tmp_path / "tasks.ts").write_text(shared)
    (tmp_path / "run.ts").write_text(
        shared + "export const main = workflow(async (h: string) => {\n  return h;\n});\n"
    )
    assert [f.code for f in analyze_source(read_source(tmp_path / "tasks.ts")).findings] == []
    assert [f.code for f in analyze_source(read_source(tmp_path / "run.ts")).findings] == ["WAC003"]


def test_building_a_class_of_another_module_runs_its_field_initializers(
    tmp_path: Path,
) -> None:
    # f/platform/records.py `at: datetime = field(default_factory=lambda: datetime.now(...))`
    # and f/shared/records.ts `startedAt = Date.now()`: building the class in the body runs
    # them (it was followed for a class of the file, not for one imported)
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "rec.py").write_text(
        "import random\nfrom dataclasses import dataclass, field\n\n\n"
        "def _roll():\n    return random.random()\n\n\n"
        "@dataclass\nclass Pick:\n    who: str\n"
        "    score: float = field(default_factory=_roll)\n\n\n"
        "@dataclass\nclass Plain:\n    who: str\n    tags: list = field(default_factory=list)\n"
    )
    (lib / "rec.ts").write_text(
        "export class Stamp {\n  id = crypto.randomUUID();\n"
        "  constructor(public who: string) {}\n}\n"
        "export class Label {\n  parts: string[] = [];\n  constructor(public who: string) {}\n}\n"
    )
    (lib / "run.py").write_text(
        "from wmill import workflow\n\nfrom f.lib.rec import Pick, Plain\n\n\n"
        "@workflow\nasync def main(who: str):\n    Plain(who)\n    return Pick(who).score\n"
    )
    (lib / "run.ts").write_text(
        'import { workflow } from "windmill-client";\n'
        'import { Label, Stamp } from "./rec.ts";\n'
        "export const main = workflow(async (who: string) => {\n"
        "  new Label(who);\n  return new Stamp(who).id;\n});\n"
    )
    found = [
        (f.row, f.code, f.message.split(")")[0])
        for name in ("run.py", "run.ts")
        for f in analyze_source(read_source(lib / name)).findings
        if f.code == "WAC102"
    ]
    assert found == [
        (
            9,
            "WAC102",
            "`random.random` (reached through `main → f.lib.rec.Pick → f.lib.rec._roll → "
            "random.random`",
        ),
        (
            5,
            "WAC102",
            "`crypto.randomUUID` (reached through `main → f/lib/rec.ts.Stamp → crypto.randomUUID`",
        ),
    ]


def test_a_default_another_module_computes_when_loaded(tmp_path: Path) -> None:
    # f/platform/records.py `def new_request_id(prefix, nonce=uuid.uuid4().hex)`: Python
    # evaluates the default when that module loads, and each round loads it again (it
    # was reported for a function of the file, not for one imported); a task's default
    # runs in its own job, and a call passing the argument does not use it
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "ids.py").write_text(
        "import time\n\nfrom wmill import task\n\n\n"
        "def stamp(event: str, at: float = time.time()):\n    return f'{event}@{at}'\n\n\n"
        "@task()\nasync def log(event: str, at: float = time.time()):\n    return event\n"
    )
    (lib / "run.py").write_text(
        "from wmill import workflow\n\nfrom f.lib.ids import log, stamp\n\n\n"
        "@workflow\nasync def main(e: str):\n"
        "    a = stamp(e)\n    b = stamp(e, at=0.0)\n    await log(e)\n    return a + b\n"
    )
    assert [
        (f.row, f.code, f.message)
        for f in analyze_source(read_source(lib / "run.py")).findings
        if f.code == "WAC102"
    ] == [
        (
            8,
            "WAC102",
            "`time.time()` in the default of `at` of `stamp` (f/lib/ids.py) is evaluated when "
            "that module loads, and every replay runs the script again and loads it again: "
            "this call leaves `at` out, so it gets another value each round; pass the value, "
            "read with `step(...)` in the body",
        )
    ]


def test_a_step_returning_what_a_function_of_another_module_returns(tmp_path: Path) -> None:
    # f/platform/clock.py `payroll_cutoff(period) -> date` and f/shared/dates.ts
    # `parseDay(iso): Date` handed to `step(...)`: the checkpoint stores the JSON of what
    # they return (it was read for a function of the file, not for one imported)
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "vals.py").write_text(
        "from datetime import date\n\nfrom wmill import task\n\n\n"
        "def tags(xs):\n    return {x.lower() for x in xs}\n\n\n"
        "def names(xs):\n    return sorted({x.lower() for x in xs})\n\n\n"
        "@task()\nasync def day(iso: str) -> date:\n    return date.fromisoformat(iso)\n"
    )
    (lib / "vals.ts").write_text(
        "export function counts(xs: string[]): Map<string, number> {\n"
        "  const m = new Map<string, number>();\n"
        "  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);\n  return m;\n}\n"
    )
    (lib / "run.py").write_text(
        "from wmill import step, workflow\n\nfrom f.lib.vals import day, names, tags\n\n\n"
        "@workflow\nasync def main(xs: list):\n"
        '    a = await step("a", lambda: tags(xs))\n'
        '    b = await step("b", lambda: names(xs))\n'
        '    return [a, b, await day(iso="2026-01-01")]\n'
    )
    (lib / "run.ts").write_text(
        'import { step, workflow } from "windmill-client";\n'
        'import { counts } from "./vals.ts";\n'
        "export const main = workflow(async (xs: string[]) => {\n"
        '  return await step("c", () => counts(xs));\n});\n'
    )
    found = [
        (f.row, f.message)
        for name in ("run.py", "run.ts")
        for f in analyze_source(read_source(lib / name)).findings
        if f.code == "WAC107"
    ]
    assert found == [
        (
            8,
            "`tags(xs)` is a set returned by this step: it is checkpointed as JSON and comes "
            "back as a string of its repr (`\"{'a', 'b'}\"`)",
        ),
        (
            4,
            "`counts(xs)` is a `Map` returned by this step: it is "
            "checkpointed as JSON and comes back as `{}` (its entries are lost)",
        ),
    ]


def test_a_task_another_module_exports_by_default(tmp_path: Path) -> None:
    # f/analytics/tasks.ts `export default task(async function refreshDashboard(...))`,
    # imported as `import refreshDashboard from "./tasks.ts"`: a task like a named one
    # (a `const` task was followed, a default-exported one was not)
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "ping.ts").write_text(
        'import { task } from "windmill-client";\n'
        "export default task(async (host: string, port: number) => `${host}:${port}`);\n"
    )
    (lib / "run.ts").write_text(
        'import { workflow } from "windmill-client";\n'
        'import ping from "./ping.ts";\n'
        "export const main = workflow(async (h: string) => {\n"
        "  ping(h, 80);\n  return await ping(h);\n});\n"
    )
    assert [
        (f.row, f.code)
        for f in analyze_source(read_source(lib / "run.ts")).findings
        if f.code != "WAC901"
    ] == [(4, "WAC106"), (5, "WAC402")]


def test_a_table_of_tasks_another_module_binds(tmp_path: Path) -> None:
    # f/people/tasks.py `PROVISIONERS = {"github": provision_github, ...}`: an entry named
    # by a constant is that task (a table of helpers was followed, one of tasks was not)
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "jobs.py").write_text(
        "from wmill import task\n\n\n@task()\nasync def ship(order_id: str):\n    return 1\n\n\n"
        'JOBS = {"ship": ship, "noop": print}\n'
    )
    (lib / "jobs.ts").write_text(
        'import { task } from "windmill-client";\n'
        "const ship = task(async (orderId: string) => 1);\n"
        "export const JOBS = { ship, label: (s: string) => s };\n"
    )
    (lib / "run.py").write_text(
        "from wmill import workflow\n\nfrom f.lib.jobs import JOBS\n\n\n"
        "@workflow\nasync def main(o: str):\n"
        '    JOBS["ship"](order_id=o)\n    JOBS["noop"](o)\n'
        '    return await JOBS["ship"](order=o)\n'
    )
    (lib / "run.ts").write_text(
        'import { workflow } from "windmill-client";\n'
        'import { JOBS } from "./jobs.ts";\n'
        "export const main = workflow(async (o: string) => {\n"
        '  JOBS["ship"](o);\n  JOBS.label(o);\n  return await JOBS.ship(o);\n});\n'
    )
    found = [
        (name, f.row, f.code)
        for name in ("run.py", "run.ts")
        for f in analyze_source(read_source(lib / name)).findings
        if f.code != "WAC901"
    ]
    assert found == [
        ("run.py", 8, "WAC106"),
        ("run.py", 10, "WAC402"),
        ("run.py", 10, "WAC402"),
        ("run.ts", 4, "WAC106"),
    ]


def test_an_async_helper_of_another_module_left_unawaited(tmp_path: Path) -> None:
    # f/people/tasks.py `async def notify_manager(...)` awaiting the task `send_welcome`:
    # called as a statement, its coroutine never runs (it was read for a helper of the
    # file only); a plain async helper making no durable call is not this rule's
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "notify.py").write_text(
        "from wmill import sleep, task\n\n\n@task()\nasync def mail(to: str):\n    return 1\n\n\n"
        "async def remind(to: str):\n    await sleep(60)\n    await mail(to=to)\n\n\n"
        "async def label(to: str):\n    return to.upper()\n"
    )
    (lib / "run.py").write_text(
        "from wmill import workflow\n\nfrom f.lib.notify import label, remind\n\n\n"
        "@workflow\nasync def main(to: str):\n    remind(to)\n    label(to)\n"
        "    await remind(to)\n    return 1\n"
    )
    assert [
        (f.row, f.message)
        for f in analyze_source(read_source(lib / "run.py")).findings
        if f.code == "WAC106"
    ] == [
        (
            8,
            "`remind(...)` (an `async` function of f/lib/notify.py that calls `sleep(...)`) "
            "is never awaited: the coroutine never runs, so neither does what it dispatches; "
            "`await` it",
        )
    ]


def test_a_task_of_another_module_handed_to_a_helper_that_catches_everything(
    tmp_path: Path,
) -> None:
    # f/platform/guards.py `best_effort(fn, **kwargs)` catching BaseException, handed the
    # imported task `provision_slack` by reference (a task of the file was read as one)
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "jobs.py").write_text(
        "from wmill import task\n\n\n@task()\nasync def ship(order_id: str):\n    return 1\n"
    )
    (lib / "guard.py").write_text(
        "async def quiet(fn, **kw):\n    try:\n        return await fn(**kw)\n"
        "    except BaseException:\n        return None\n\n\n"
        "async def loud(fn, **kw):\n    try:\n        return await fn(**kw)\n"
        "    except Exception:\n        return None\n"
    )
    (lib / "run.py").write_text(
        "from wmill import workflow\n\nfrom f.lib.guard import loud, quiet\n"
        "from f.lib.jobs import ship\n\n\n@workflow\nasync def main(o: str):\n"
        "    await loud(ship, order_id=o)\n    return await quiet(ship, order_id=o)\n"
    )
    assert [
        (f.row, f.code)
        for f in analyze_source(read_source(lib / "run.py")).findings
        if f.code != "WAC901"
    ] == [(10, "WAC201")]


def test_an_approval_key_a_helper_of_another_module_asks_for_again(tmp_path: Path) -> None:
    # f/platform/approvals.py `hr_signoff` waits for `key="hr_signoff"`: a second call (or
    # one in a loop) asks for the key again and the SDK raises (read for a helper of the
    # file only); calls in the two branches of an `if` are one use
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "gate.ts").write_text(
        'import { waitForApproval } from "windmill-client";\n'
        "export async function signoff(note: string) {\n"
        '  return await waitForApproval({ key: "legal", timeout: 600 });\n}\n'
    )
    (lib / "run.ts").write_text(
        'import { workflow } from "windmill-client";\n'
        'import { signoff } from "./gate.ts";\n'
        "export const main = workflow(async (big: boolean, docs: string[]) => {\n"
        '  if (big) {\n    await signoff("a");\n  } else {\n    await signoff("b");\n  }\n'
        "  for (const d of docs) {\n    await signoff(d);\n  }\n"
        '  await signoff("c");\n  return 1;\n});\n'
    )
    assert [
        (f.row, f.message.split(":")[0])
        for f in analyze_source(read_source(lib / "run.ts")).findings
        if f.code == "WAC303"
    ] == [
        (
            10,
            '`signoff(...)` waits for the approval keyed `"legal"` (in f/lib/gate.ts), already '
            "used on line 5",
        ),
        (
            12,
            '`signoff(...)` waits for the approval keyed `"legal"` (in f/lib/gate.ts), already '
            "used on line 5",
        ),
    ]


def test_a_task_destructured_from_a_dynamic_import(tmp_path: Path) -> None:
    # f/analytics/late_exports.ts `const { exportCsv } = await import("/f/analytics/tasks.ts")`
    # in the body: its calls are that module's task (helpers loaded so were followed)
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "jobs.ts").write_text(
        'import { task } from "windmill-client";\n'
        "export const ship = task(async (orderId: string) => 1);\n"
    )
    (lib / "run.ts").write_text(
        'import { workflow } from "windmill-client";\n'
        "export const main = workflow(async (o: string) => {\n"
        '  const { ship } = await import("./jobs.ts");\n'
        "  ship(o);\n  return await ship(o);\n});\n"
    )
    assert [
        (f.row, f.code)
        for f in analyze_source(read_source(lib / "run.ts")).findings
        if f.code != "WAC901"
    ] == [(4, "WAC106")]


def test_a_service_a_container_of_another_module_resolves(tmp_path: Path) -> None:
    # f/platform/container.py `container.resolve(SlackNotifier)` and f/shared/container.ts
    # `container.resolve<WarehouseClient>("warehouse")`: a container's lookup hands back an
    # instance of the class it is given (the result of a method was not followed); a
    # mapping's `get(key)` of a lower-case key is not read as one
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "svc.py").write_text(
        "import requests\n\n\nclass Pager:\n    def page(self, who: str):\n"
        '        requests.post("https://pager.example.com", json={"who": who})\n\n\n'
        "class Registry:\n    def __init__(self):\n        self._made = {}\n\n"
        "    def resolve(self, cls):\n        return self._made.setdefault(cls, cls())\n\n\n"
        "registry = Registry()\n"
    )
    (lib / "run.py").write_text(
        "from wmill import workflow\n\nfrom f.lib.svc import Pager, registry\n\n\n"
        "@workflow\nasync def main(who: str, table: dict):\n"
        "    registry.resolve(Pager).page(who)\n"
        '    table.get("pager").page(who)\n    return 1\n'
    )
    (lib / "svc.ts").write_text(
        "export class Pager {\n  async page(who: string) {\n"
        '    await fetch("https://pager.example.com", { method: "POST", body: who });\n  }\n}\n'
    )
    (lib / "run.ts").write_text(
        'import { workflow } from "windmill-client";\n'
        'import { Pager } from "./svc.ts";\n'
        "declare const di: { resolve<T>(token: string): T };\n"
        "export const main = workflow(async (who: string) => {\n"
        '  const p = di.resolve<Pager>("pager");\n  await p.page(who);\n  return 1;\n});\n'
    )
    found = [
        (name, f.row, f.message.split(")")[0])
        for name in ("run.py", "run.ts")
        for f in analyze_source(read_source(lib / name)).findings
        if f.code == "WAC101"
    ]
    assert found == [
        (
            "run.py",
            8,
            "`requests.post` (reached through `main → f.lib.svc.Pager.page → requests.post`",
        ),
        ("run.ts", 6, "`fetch` (reached through `main → f/lib/svc.ts.Pager.page → fetch`"),
    ]


def test_a_service_another_module_resolves_when_loaded(tmp_path: Path) -> None:
    # `notifier = container.resolve(SlackNotifier)` at the top of a services module, the
    # body calling `notifier.notify(...)`: that class's method (probing past t_repo)
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "pager.py").write_text(
        "import requests\n\n\nclass Pager:\n    def page(self, who: str):\n"
        '        requests.post("https://pager.example.com", json={"who": who})\n'
    )
    (lib / "services.py").write_text(
        "from f.lib.pager import Pager\n\n\nclass Box:\n    def resolve(self, cls):\n"
        "        return cls()\n\n\npager = Box().resolve(Pager)\n"
    )
    (lib / "run.py").write_text(
        "from wmill import workflow\n\nfrom f.lib.services import pager\n\n\n"
        "@workflow\nasync def main(who: str):\n    pager.page(who)\n    return 1\n"
    )
    assert [
        (f.row, f.message.split(")")[0])
        for f in analyze_source(read_source(lib / "run.py")).findings
        if f.code == "WAC101"
    ] == [
        (
            8,
            "`requests.post` (reached through `main → f.lib.services.pager.page → "
            "f.lib.pager.Pager.page → requests.post`",
        )
    ]


def test_a_class_another_module_exports_by_default(tmp_path: Path) -> None:
    # `export default class Pinger` built with `new Pinger(...)` in the body: its
    # constructor and field initializers run (a named export was followed, the default
    # one was not; probing past t_repo)
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "pinger.ts").write_text(
        "export default class Pinger {\n  id = crypto.randomUUID();\n"
        "  constructor(public who: string) {\n"
        '    fetch("https://ping.example.com/" + who);\n  }\n}\n'
    )
    (lib / "run.ts").write_text(
        'import { workflow } from "windmill-client";\n'
        'import Pinger from "./pinger.ts";\n'
        "export const main = workflow(async (who: string) => {\n"
        "  return new Pinger(who).who;\n});\n"
    )
    assert [
        (f.row, f.code)
        for f in analyze_source(read_source(lib / "run.ts")).findings
        if f.code != "WAC901"
    ] == [(4, "WAC101"), (4, "WAC102")]


def test_a_step_given_a_function_of_another_module_by_reference(tmp_path: Path) -> None:
    # `step("a", utc_now)`, `lambda: clock.utc_now()`, `() => days.parseDay(iso)`, and an
    # arrow another module binds to a `const`: what they return is checkpointed (probing
    # past t_repo: only a plain call of a `def` / `function` was read)
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "clock.py").write_text(
        "from datetime import datetime, timezone\n\n\n"
        "def utc_now() -> datetime:\n    return datetime.now(timezone.utc)\n"
    )
    (lib / "run.py").write_text(
        "from wmill import step, workflow\n\nimport f.lib.clock as clock\n"
        "from f.lib.clock import utc_now\n\n\n@workflow\nasync def main():\n"
        '    a = await step("a", utc_now)\n    b = await step("b", lambda: clock.utc_now())\n'
        "    return [a, b]\n"
    )
    (lib / "days.ts").write_text("export const parseDay = (iso: string): Date => new Date(iso);\n")
    (lib / "run.ts").write_text(
        'import { step, workflow } from "windmill-client";\n'
        'import * as days from "./days.ts";\n'
        "export const main = workflow(async (iso: string) => {\n"
        '  return await step("a", () => days.parseDay(iso));\n});\n'
    )
    assert [
        (name, f.row, f.message.split(",")[0])
        for name in ("run.py", "run.ts")
        for f in analyze_source(read_source(lib / name)).findings
        if f.code == "WAC107"
    ] == [
        ("run.py", 9, "`utc_now` returns a `datetime`"),
        (
            "run.py",
            10,
            "`clock.utc_now()` is a `datetime` returned by this step: it is checkpointed "
            'as JSON and comes back as a string like `"2024-05-01 12:00:00"` (`str()`',
        ),
        (
            "run.ts",
            4,
            "`days.parseDay(iso)` is a `Date` returned by this step: it is checkpointed "
            "as JSON and comes back as its ISO string",
        ),
    ]


def test_a_load_time_default_of_a_member_of_another_module(tmp_path: Path) -> None:
    # `ids.new_id("a")` (`import f.lib.ids as ids`), `Ids.make("b")` of a `@staticmethod`
    # and `Ids.later("c")` of a `@classmethod` (its `cls` is not an argument), probing
    # past t_repo: only a name imported alone was read
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "ids.py").write_text(
        "import random\nimport uuid\n\n\n"
        "def new_id(prefix: str, nonce: str = uuid.uuid4().hex) -> str:\n"
        "    return prefix + nonce\n\n\nclass Ids:\n    @staticmethod\n"
        "    def make(prefix: str, salt: float = random.random()) -> str:\n"
        '        return f"{prefix}{salt}"\n\n    @classmethod\n'
        "    def later(cls, prefix: str, salt: float = random.random()) -> str:\n"
        '        return f"{prefix}{salt}"\n'
    )
    (lib / "run.py").write_text(
        "from wmill import workflow\n\nimport f.lib.ids as ids\nfrom f.lib.ids import Ids\n\n\n"
        "@workflow\nasync def main():\n"
        '    a = ids.new_id("a")\n    b = Ids.make("b")\n    c = Ids.make("c", 0.5)\n'
        '    d = Ids.later("d", 0.5)\n    e = Ids.later("e")\n    return [a, b, c, d, e]\n'
    )
    assert [
        (f.row, f.message.split(" is evaluated")[0])
        for f in analyze_source(read_source(lib / "run.py")).findings
        if f.code == "WAC102"
    ] == [
        (9, "`uuid.uuid4()` in the default of `nonce` of `new_id` (f/lib/ids.py)"),
        (10, "`random.random()` in the default of `salt` of `Ids.make` (f/lib/ids.py)"),
        (13, "`random.random()` in the default of `salt` of `Ids.later` (f/lib/ids.py)"),
    ]


def test_an_instance_a_static_factory_of_another_module_builds(tmp_path: Path) -> None:
    # `export const api = Api.create(url)` / `client = Client.from_env()` at the top of
    # another module, and a function returning `Api.create(...)`: instances of that class
    # (only a constructor call was read; probing past t_repo)
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "api.ts").write_text(
        "export class Api {\n  static create(base: string) { return new Api(base); }\n"
        "  constructor(private base: string) {}\n"
        "  async ping() { return await fetch(this.base); }\n}\n"
        'export const api = Api.create("https://x.example.com");\n'
        'export function makeApi(): Api { return Api.create("https://y.example.com"); }\n'
    )
    (lib / "run.ts").write_text(
        'import { workflow } from "windmill-client";\n'
        'import { api, makeApi } from "./api.ts";\n'
        "export const main = workflow(async () => {\n"
        "  await api.ping();\n  await makeApi().ping();\n  return 1;\n});\n"
    )
    (lib / "client.py").write_text(
        "import requests\n\n\nclass Client:\n    @classmethod\n    def from_env(cls):\n"
        "        return cls()\n\n    def ping(self):\n"
        '        return requests.get("https://x.example.com").status_code\n\n\n'
        "client = Client.from_env()\n"
    )
    (lib / "run.py").write_text(
        "from wmill import workflow\n\nfrom f.lib.client import client\n\n\n"
        "@workflow\nasync def main():\n    return client.ping()\n"
    )
    assert [
        (name, f.row, f.code)
        for name in ("run.ts", "run.py")
        for f in analyze_source(read_source(lib / name)).findings
        if f.code != "WAC901"
    ] == [("run.ts", 4, "WAC101"), ("run.ts", 5, "WAC101"), ("run.py", 8, "WAC101")]


def test_field_factories_a_class_inherits(tmp_path: Path) -> None:
    # `class Audit(BaseRecord)` where the dataclass `BaseRecord` has `at =
    # field(default_factory=...)`: building an `Audit` runs it, in the file or from another
    # module (the class's own fields only were read; probing past t_repo); a subclass whose
    # own `__init__` does not call the base's does not
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "recs.py").write_text(
        "from dataclasses import dataclass, field\nfrom datetime import datetime, timezone\n\n\n"
        "@dataclass\nclass BaseRecord:\n"
        "    at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))\n\n\n"
        '@dataclass\nclass Audit(BaseRecord):\n    actor: str = "system"\n\n\n'
        "class Plain(BaseRecord):\n    def __init__(self, actor: str):\n"
        "        self.actor = actor\n"
    )
    (lib / "run.py").write_text(
        "from wmill import workflow\n\nfrom f.lib.recs import Audit, Plain\n\n\n"
        "@workflow\nasync def main(a: str):\n    Plain(a)\n    return str(Audit(actor=a).at)\n"
    )
    assert [
        (f.row, f.code)
        for f in analyze_source(read_source(lib / "run.py")).findings
        if f.code != "WAC901"
    ] == [(9, "WAC102")]


def _messages(name: str) -> list[str]:
    return [f.message for f in analyze_source(read_source(REPO / name)).findings]


def test_check_reports_the_repository() -> None:
    CORPUS.check_command_line(PINNED)


# Every finding on the repository: file, line, code, severity, message.
PINNED = [
    (
        "f/analytics/backfill_window.ts",
        8,
        "WAC107",
        "error",
        (
            "`parseDay(fromDay)` is a `Date` returned by this step: it is checkpointed as "
            "JSON and comes back as its ISO string, which has no `getTime`: the workflow's "
            "`start.getTime()` is a `TypeError`"
        ),
    ),
    (
        "f/analytics/daily_rollup.ts",
        12,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → f/shared/net.ts.postJson → fetch`) does "
            "network I/O in the workflow body, which re-runs on every replay; move it into "
            "a task or a `step(...)`"
        ),
    ),
    (
        "f/analytics/daily_rollup.ts",
        18,
        "WAC106",
        "error",
        (
            "The result of `refreshDashboard(...)` (a task of f/analytics/tasks.ts) is "
            "never awaited: the SDK still dispatches the task, but its result and its "
            "failure are lost; `await` it or gather it"
        ),
    ),
    (
        "f/analytics/daily_rollup.ts",
        19,
        "WAC402",
        "warning",
        (
            "`refreshDashboard` requires `force`, which this call does not pass: the "
            "function receives `undefined` for it"
        ),
    ),
    (
        "f/analytics/flaky_exports.ts",
        10,
        "WAC202",
        "error",
        (
            "This catch also catches the SDK's suspension (`StepSuspend` is an Error) (in "
            "`withRetry`, which the workflow calls): its handler runs on every suspension; "
            'rethrow it first: `if (e?.name === "StepSuspend") throw e`'
        ),
    ),
    (
        "f/analytics/late_exports.ts",
        10,
        "WAC106",
        "error",
        (
            "The result of `exportCsv(...)` (a task of f/analytics/tasks.ts) is never "
            "awaited: the SDK still dispatches the task, but its result and its failure are"
            " lost; `await` it or gather it"
        ),
    ),
    (
        "f/analytics/maintenance.ts",
        6,
        "WAC401",
        "info",
        "`f/analytics/vacuum_all` matches no script in this repository",
    ),
    (
        "f/analytics/maintenance.ts",
        13,
        "WAC402",
        "error",
        (
            "`f/analytics/compact_tables` requires `keepDays` (no default, from the `main` "
            "signature of f/analytics/compact_tables.ts), which this call does not pass"
        ),
    ),
    (
        "f/analytics/maintenance.ts",
        13,
        "WAC402",
        "error",
        (
            "`keep_days` is not a parameter of `f/analytics/compact_tables` (it takes "
            "`table`, `keepDays`, `dryRun`, from the `main` signature of "
            "f/analytics/compact_tables.ts); did you mean `keepDays`?"
        ),
    ),
    (
        "f/analytics/maintenance.ts",
        15,
        "WAC402",
        "warning",
        (
            "`keepDays` of `./compact_tables.ts` is a number, but this passes the string "
            "`30` (from the `main` signature of f/analytics/compact_tables.ts)"
        ),
    ),
    (
        "f/analytics/maintenance.ts",
        17,
        "WAC402",
        "error",
        (
            "`f/analytics/nightly` requires `tables` (no default, from the `schema` of "
            "f/analytics/nightly.flow/flow.yaml), which this call does not pass"
        ),
    ),
    (
        "f/analytics/maintenance.ts",
        18,
        "WAC402",
        "error",
        (
            "`u/nadia/export_badges` requires `employee_ids` (no default, from the `main` "
            "signature of u/nadia/export_badges.py), which this call does not pass"
        ),
    ),
    (
        "f/analytics/maintenance.ts",
        18,
        "WAC402",
        "error",
        (
            "`employeeIds` is not a parameter of `u/nadia/export_badges` (it takes "
            "`employee_ids`, `site`, from the `main` signature of "
            "u/nadia/export_badges.py); did you mean `employee_ids`?"
        ),
    ),
    (
        "f/analytics/nightly.flow/flow.yaml",
        25,
        "WAC506",
        "warning",
        "`keepDays` is a number, but the static value is a string",
    ),
    (
        "f/analytics/nightly.flow/flow.yaml",
        29,
        "WAC401",
        "info",
        "`f/analytics/vacuum_all` matches no script in this repository",
    ),
    (
        "f/analytics/run_records.ts",
        12,
        "WAC102",
        "error",
        (
            "`Date.now` (reached through `main → f/shared/records.ts.RunRecord → Date.now`)"
            " reads the clock: the value changes between replays of the workflow body; "
            "capture it with `step(...)`"
        ),
    ),
    (
        "f/analytics/slack_digest.ts",
        14,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → f/shared/slack.ts.default.post → fetch`) does"
            " network I/O in the workflow body, which re-runs on every replay; move it into"
            " a task or a `step(...)`"
        ),
    ),
    (
        "f/analytics/warehouse_sync.ts",
        14,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → f/shared/container.ts.WarehouseClient.query →"
            " f/shared/net.ts.postJson → fetch`) does network I/O in the workflow body, "
            "which re-runs on every replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/people/audit_trail.py",
        24,
        "WAC102",
        "error",
        (
            "`datetime.now` (reached through `main → f.platform.records.AuditEntry → "
            "f.platform.records.AuditEntry.__init__ → datetime.now`) reads the clock: the "
            "value changes between replays of the workflow body; capture it with "
            "`step(...)`"
        ),
    ),
    (
        "f/people/badge_requests.py",
        18,
        "WAC102",
        "error",
        (
            "`uuid.uuid4()` in the default of `nonce` of `new_request_id` "
            "(f/platform/records.py) is evaluated when that module loads, and every replay "
            "runs the script again and loads it again: this call leaves `nonce` out, so it "
            "gets another value each round; pass the value, read with `step(...)` in the "
            "body"
        ),
    ),
    (
        "f/people/badge_requests.py",
        19,
        "WAC101",
        "error",
        (
            "`requests.post` (reached through `main → f.platform.http.post_json → "
            "requests.post`) does network I/O in the workflow body, which re-runs on every "
            "replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/people/container_alerts.py",
        21,
        "WAC101",
        "error",
        (
            "`requests.post` (reached through `main → "
            "f.platform.notifiers.SlackNotifier.notify → requests.post`) does network I/O "
            "in the workflow body, which re-runs on every replay; move it into a task or a "
            "`step(...)`"
        ),
    ),
    (
        "f/people/manager_notice.py",
        10,
        "WAC106",
        "error",
        (
            "`notify_manager(...)` (an `async` function of f/people/tasks.py that calls "
            "`send_welcome(...)`) is never awaited: the coroutine never runs, so neither "
            "does what it dispatches; `await` it"
        ),
    ),
    (
        "f/people/offboarding__flow/flow.yaml",
        22,
        "WAC506",
        "error",
        (
            "`main` of export_badges.py takes `employee_ids` (no default), but "
            "`input_transforms` gives it no value"
        ),
    ),
    (
        "f/people/offboarding__flow/flow.yaml",
        30,
        "WAC401",
        "info",
        "`f/people/archive_mailboxes` matches no script in this repository",
    ),
    (
        "f/people/onboard_employee.py",
        19,
        "WAC101",
        "error",
        (
            "`requests.post` (reached through `main → f.platform.http.post_json → "
            "requests.post`) does network I/O in the workflow body, which re-runs on every "
            "replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/people/onboard_employee.py",
        21,
        "WAC102",
        "error",
        (
            "`datetime.now` (reached through `main → f.platform.clock.utc_now → "
            "datetime.now`) reads the clock: the value changes between replays of the "
            "workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/people/onboard_employee.py",
        24,
        "WAC402",
        "error",
        (
            "`create_account` requires `email`, which this call does not pass: the task's "
            "job fails (TypeError)"
        ),
    ),
    (
        "f/people/onboard_employee.py",
        24,
        "WAC402",
        "error",
        (
            "`mail` is not a parameter of `create_account`: the task's job fails "
            "(TypeError); did you mean `email`?"
        ),
    ),
    (
        "f/people/optional_extras.py",
        11,
        "WAC201",
        "error",
        (
            "`best_effort` catches the SDK's suspension (a BaseException): the workflow "
            "cannot suspend here; catch `Exception` or `TaskError`, or re-raise"
        ),
    ),
    (
        "f/people/optional_extras.py",
        13,
        "WAC201",
        "error",
        (
            "`best_effort` catches the SDK's suspension (a BaseException): the workflow "
            "cannot suspend here; catch `Exception` or `TaskError`, or re-raise"
        ),
    ),
    (
        "f/people/payroll_close.py",
        16,
        "WAC107",
        "warning",
        (
            "`payroll_cutoff(period)` is a `date` returned by this step: it is checkpointed"
            ' as JSON and comes back as a string like `"2024-05-01"`'
        ),
    ),
    (
        "f/people/payroll_close.py",
        17,
        "WAC101",
        "error",
        (
            "`requests.get` (reached through `main → f.platform.rates.fx_rates → "
            "requests.get`) does network I/O in the workflow body, which re-runs on every "
            "replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/people/promotion_signoff.py",
        16,
        "WAC303",
        "error",
        (
            '`hr_signoff(...)` waits for the approval keyed `"hr_signoff"` (in '
            "f/platform/approvals.py), already used on line 14: the SDK raises `WAC step "
            "key ... is already used` here; give each approval its own key"
        ),
    ),
    (
        "f/people/provision_table.py",
        10,
        "WAC402",
        "error",
        (
            "`provision_github` requires `username`, which this call does not pass: the "
            "task's job fails (TypeError)"
        ),
    ),
    (
        "f/people/provision_table.py",
        10,
        "WAC402",
        "error",
        (
            "`user` is not a parameter of `provision_github`: the task's job fails "
            "(TypeError); did you mean `username`?"
        ),
    ),
    (
        "f/people/provision_table.py",
        11,
        "WAC106",
        "error",
        (
            'The result of `PROVISIONERS["slack"](...)` (a task of f/people/tasks.py) is '
            "never awaited: the SDK still dispatches the task, but its result is lost (a "
            "failure still raises `TaskError` at this call when the body replays); `await` "
            "it or gather it"
        ),
    ),
    (
        "f/people/quarterly_sync.py",
        5,
        "WAC401",
        "info",
        ("`f/people/sync_contractor_directory` matches no script in this repository"),
    ),
    (
        "f/people/quarterly_sync.py",
        7,
        "WAC401",
        "error",
        (
            "`f/people/offboarding` is a flow (f/people/offboarding__flow/flow.yaml), but "
            "`task_script` dispatches a script: the child job fails; use `task_flow`"
        ),
    ),
    (
        "f/people/quarterly_sync.py",
        15,
        "WAC402",
        "error",
        (
            "`dryrun` is not a parameter of `f/people/sync_directory` (it takes `region`, "
            "`dry_run`, `batch_size`, from the `main` signature of "
            "f/people/sync_directory.py); did you mean `dry_run`?"
        ),
    ),
    (
        "f/people/relocation__mod/script.py",
        14,
        "WAC102",
        "error",
        (
            "`os.environ.get` (reached through `main → "
            "f.people.relocation__mod.allowance.allowance_for → "
            "f.people.relocation__mod.allowance._margin → os.environ.get`) reads the "
            "process environment: the value changes between replays of the workflow body; "
            "capture it with `step(...)`"
        ),
    ),
    (
        "u/ken/weekly_kpis.ts",
        11,
        "WAC102",
        "error",
        (
            "`Date.now` (reached through `main → u/ken/helpers.ts.sinceDays → "
            "f/shared/dates.ts.daysAgo → Date.now`) reads the clock: the value changes "
            "between replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "u/ken/weekly_kpis.ts",
        12,
        "WAC102",
        "error",
        (
            "`Math.random` (reached through `main → u/ken/helpers.ts.sampleRate → "
            "Math.random`) is random: the value changes between replays of the workflow "
            "body; capture it with `step(...)`"
        ),
    ),
]


def test_every_finding_is_pinned() -> None:
    CORPUS.check_pinned(PINNED)
