"""Red team X, repository (`x_repo/`): a fleet-operations Windmill workspace as `wmill sync
pull` writes it (`wmill.yaml`; Python helpers in `f/lib/` with an `__init__.py` that
re-exports, Bun TypeScript helpers in `f/kit/` behind a barrel `index.ts`; `f/fleet/` Python
and `f/dispatch/` TypeScript workflows; `u/lena/` relative TypeScript paths; a flow). Every
`.script.yaml` was written by Windmill's own CLI through `windmill-oracle script-yaml`
(`nightly_moves.script.yaml` before `dry_run` was added to its `main`; `geocode_wave.ts` has
none).

What it checks across files: `from f.lib import *` / `from f.lib import post_json` of a
folder whose `__init__.py` re-exports (Windmill never runs it); `import f.lib.net as net`;
module state of a helper (a session built at import, a rate cache filled on a miss, a call
counter); helpers reading the clock / randomness / a uuid only when a flag parameter is set
(the call with the flag is reported, the one without is not); a task of one module wrapped by
a retry decorator (Python) or wrapper (TypeScript) of another, called from two workflows;
`task_script` / `taskScript` / `task_flow` / `taskFlow` paths built from constants of another
module (`+`, `posixpath.join`, `"/".join`, template literals, `export * as paths`), naming a
flow as a script and a script as a flow, and a relative path; circular helper modules (a lazy
import back, a function handed to `sorted` as its key); a helper module that is itself a
workflow (its `main` called under another name, an I/O helper it exports); names shadowed by
a local definition after the import; a `main` parameter typed with a class or interface of
another module (Windmill's parser sees one file: a resource picker); stale and missing
`.script.yaml`.

Written blind; measured before any fix: 25 of 36 expected findings found, 7 false findings
on correct code (a helper's flagged branch reported for calls without the flag), no finding
on another line than marked, no wrong message. After the fixes (each with its test below):
36 of 36, no false finding. One expectation outside this repository changed with them:
nr_repo's `imported_type_ok.py` (a `main` taking an imported `TypedDict` and `Enum`, which
Windmill reads as resource pickers) is now `imported_type.py`, marked WAC902.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.workspace.red_team_repo import RepoCorpus, check_marked_findings
from wac_lint.engine import analyze_source, read_source
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "x_repo"
CORPUS = RepoCorpus(
    REPO,
    support=("f/lib/", "f/kit/"),
    support_files=(
        "f/fleet/geocode_batch.py",
        "f/fleet/render_report.py",
        "f/fleet/rebalance.py",
        "u/lena/enrich_stop.ts",
    ),
    no_metadata=("f/dispatch/geocode_wave.ts",),
    min_callers=15,
    min_correct_share=0.2,
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


def test_check_reports_the_repository() -> None:
    CORPUS.check_command_line(PINNED)


def test_every_finding_is_pinned() -> None:
    CORPUS.check_pinned(PINNED)


def _codes(path: Path) -> list[tuple[int, str]]:
    found = analyze_source(read_source(path)).findings
    return [(f.row, f.code) for f in found if f.code != "WAC901"]


def test_a_star_import_of_a_folder(tmp_path: Path) -> None:
    # f/fleet/depot_sync.py `from f.lib import *`: Windmill loads the folder f/lib/ as an
    # empty module and never runs its `__init__.py`, so the star binds none of the names
    # that file re-exports (only `from f.lib import name` was reported); a star import of
    # a script, or of a folder whose `__init__.py` defines nothing, is fine
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "net.py").write_text("def post(url):\n    return url\n")
    (lib / "__init__.py").write_text("from f.lib.net import post\n")
    (tmp_path / "f" / "empty").mkdir()
    (tmp_path / "f" / "empty" / "__init__.py").write_text("")
    (lib / "run.py").write_text(
        "from wmill import workflow\n\nfrom f.lib import *\nfrom f.lib.net import *\n"
        "from f.empty import *\n\n\n@workflow\nasync def main(u: str):\n    return post(u)\n"
    )
    found = analyze_source(read_source(lib / "run.py")).findings
    assert [(f.row, f.code) for f in found if f.code != "WAC901"] == [(3, "WAC403")]
    assert "binds none of the names it defines (`post`)" in found[0].message


def test_a_python_main_parameter_typed_with_an_imported_class(tmp_path: Path) -> None:
    # f/fleet/stop_intake.py `def main(stop: Stop)` with `Stop` imported from f/lib/tasks.py:
    # Windmill's parser reads one file, so `Stop` is a resource picker (windmill-oracle
    # `sig`: format resource-Stop); it was reported for a TypeScript import only. A class
    # the file declares again, a lower-case (resource type) name: no finding (`Decimal`,
    # a library class, is reported as before)
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "models.py").write_text(
        "from typing import TypedDict\n\n\nclass Stop(TypedDict):\n    id: str\n\n\n"
        "class gcal(TypedDict):\n    token: str\n\n\nclass Route(TypedDict):\n    id: str\n"
    )
    (lib / "run.py").write_text(
        "from decimal import Decimal\n\nfrom wmill import workflow\n\n"
        "from f.lib.models import Route, Stop, gcal\nfrom .models import Stop as S2\n\n\n"
        "class Route:\n    id: str\n\n\n@workflow\n"
        "async def main(a: Stop, b: S2, c: gcal, d: Route, e: Decimal):\n    return a\n"
    )
    found = [f for f in analyze_source(read_source(lib / "run.py")).findings if f.code == "WAC902"]
    assert [(f.row, f.column) for f in found] == [(14, 19), (14, 28), (14, 54)]
    # a `TypedDict` is a resource picker declared here too (windmill-oracle `sig`): the
    # advice is a dataclass or a pydantic model, not to declare it in the file (red team AB)
    assert "f/lib/models.py declares it as a `TypedDict`" in found[0].message
    assert "f/lib/models.py declares it as a `TypedDict`" in found[1].message


def test_a_default_export_renamed_by_a_barrel_beside_a_star(tmp_path: Path) -> None:
    # f/kit/index.ts `export * from "./http.ts"` beside `export { default as dispatchTruck }
    # from "./tasks.ts"`: with two candidates the barrel keeps the module binding the name,
    # and `export default task(...)` binds `default` without naming it (the task was lost,
    # so its dropped call went unreported)
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    kit = tmp_path / "f" / "kit"
    kit.mkdir(parents=True)
    (kit / "tasks.ts").write_text(
        'import { task } from "windmill-client";\n'
        "export default task(async function dispatch(t: string) {\n  return t;\n});\n"
    )
    (kit / "http.ts").write_text("export async function post(u: string) {\n  return u;\n}\n")
    (kit / "index.ts").write_text(
        'export * from "./http.ts";\nexport { default as dispatch } from "./tasks.ts";\n'
    )
    (kit / "run.ts").write_text(
        'import { workflow } from "windmill-client";\nimport { dispatch } from "./index.ts";\n\n'
        "export const main = workflow(async (t: string) => {\n  dispatch(t);\n  return 1;\n});\n"
    )
    assert _codes(kit / "run.ts") == [(5, "WAC106")]


def test_a_helper_reading_the_clock_only_when_a_flag_is_set(tmp_path: Path) -> None:
    # f/lib/clock.py `label(order_id, with_time=False)` reads the clock only under `if
    # with_time:`; f/kit/clock.ts `ref(prefix, unique = false)` only under `unique ? ...`,
    # `stamp(precise?)` after `if (!precise) return ...`, `backoffMs(a, opts = {})` under
    # `opts.jitter ? ...`: the calls that leave the flag off (omitted, a falsy literal)
    # never read it (every call was reported); a flag set, or a variable, is reported; a
    # helper passing its own flag on (`chained(o, with_time)`) is read through; a helper of
    # the workflow's own file too
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "clock.py").write_text(
        "import random\nimport time\n\n\n"
        "def label(order, with_time=False):\n    if with_time:\n"
        '        return f"{order}@{time.time()}"\n    return order\n\n\n'
        "def pick(xs, shuffle=False):\n    return random.choice(xs) if shuffle else xs[0]\n\n\n"
        "def chained(order, with_time=False):\n    return label(order, with_time)\n"
    )
    (lib / "run.py").write_text(
        "import random\n\nfrom wmill import workflow\n\nimport f.lib.clock as clock\n"
        "from f.lib.clock import chained, label, pick\n\n\n"
        "def local(x, noisy=False):\n    if noisy:\n        return random.random()\n"
        "    return x\n\n\n@workflow\nasync def main(o: str, flag: bool):\n"
        "    a = label(o)\n"  # 17
        "    b = label(o, True)\n"  # 18
        "    c = label(o, with_time=flag)\n"  # 19
        "    d = clock.label(o, with_time=False)\n"  # 20
        "    e = pick([o], shuffle=True)\n"  # 21
        "    f = chained(o)\n"  # 22
        "    g = chained(o, True)\n"  # 23
        "    h = local(o)\n"  # 24
        "    i = local(o, noisy=True)\n"  # 25
        "    return a, b, c, d, e, f, g, h, i\n"
    )
    assert _codes(lib / "run.py") == [
        (18, "WAC102"),
        (19, "WAC102"),
        (21, "WAC102"),
        (23, "WAC102"),
        (25, "WAC102"),
    ]
    (lib / "clock.ts").write_text(
        "export function ref(prefix: string, unique = false): string {\n"
        "  return unique ? `${prefix}-${crypto.randomUUID()}` : prefix;\n}\n"
        "export function stamp(precise?: boolean): string {\n"
        '  if (!precise) return "today";\n  return new Date().toISOString();\n}\n'
        "export function backoff(a: number, opts: { jitter?: boolean } = {}): number {\n"
        "  return opts.jitter ? a * Math.random() : a;\n}\n"
    )
    (lib / "index.ts").write_text('export { ref as makeRef, stamp, backoff } from "./clock.ts";\n')
    (lib / "run.ts").write_text(
        'import { workflow } from "windmill-client";\n'
        'import { backoff, makeRef, stamp } from "./index.ts";\n\n'
        "const local = (x: string, noisy = false) => (noisy ? Math.random() : x);\n\n"
        "export const main = workflow(async (p: string) => {\n"
        "  const a = makeRef(p);\n"  # 7
        "  const b = makeRef(p, true);\n"  # 8
        "  const c = stamp();\n"  # 9
        "  const d = stamp(true);\n"  # 10
        "  const e = backoff(1, { jitter: false });\n"  # 11
        "  const f = backoff(1, { jitter: true });\n"  # 12
        "  const g = local(p);\n"  # 13
        "  const h = local(p, true);\n"  # 14
        "  return [a, b, c, d, e, f, g, h];\n});\n"
    )
    assert _codes(lib / "run.ts") == [
        (8, "WAC102"),
        (10, "WAC102"),
        (12, "WAC102"),
        (14, "WAC102"),
    ]


def test_a_flag_is_not_read_where_the_arguments_do_not_line_up(tmp_path: Path) -> None:
    # a `partial` binding the first argument, a method (its `self`), a constructor: the
    # call's arguments are not the guarded function's, so nothing is settled there
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "clock.py").write_text(
        "import time\n\n\ndef label(with_time, order=None):\n    if with_time:\n"
        "        return time.time()\n    return order\n\n\n"
        "class Clock:\n    def read(self, precise=False):\n        if precise:\n"
        "            return time.time()\n        return 0\n\n\n"
        "class Boot:\n    def __init__(self, stamp=False):\n        if stamp:\n"
        "            self.at = time.time()\n"
    )
    (lib / "run.py").write_text(
        "from functools import partial\n\nfrom wmill import workflow\n\n"
        "from f.lib.clock import Boot, Clock, label\n\nstamped = partial(label, True)\n\n\n"
        "@workflow\nasync def main(o: str):\n"
        "    a = stamped(False)\n    b = Clock().read(True)\n    c = Boot(True)\n"
        "    return a, b, c\n"
    )
    assert _codes(lib / "run.py") == [(12, "WAC102"), (13, "WAC102"), (14, "WAC102")]


def test_guards_survive_the_helper_store(tmp_path: Path) -> None:
    from wac_lint.guards import ParamGuard
    from wac_lint.model import CallKind, Elsewhere
    from wac_lint.workspace.helper_store import _effect_from_json, _effect_to_json
    from wac_lint.workspace.session import Effect

    where = Elsewhere("f/lib/clock.py", 3, 5, 3, 14, "time.time")
    guard = ParamGuard("with_time", 1, "", True, False)
    effect = Effect("time.time", CallKind.CALL, (), where, tmp_path, 0, False, (guard,))
    assert _effect_from_json(json.loads(json.dumps(_effect_to_json(effect)))) == effect


def test_a_retry_decorator_of_a_third_module_above_an_imported_task(tmp_path: Path) -> None:
    # f/lib/tasks.py `@retrying(3)` (from f/lib/retry.py) above `@task()` of `geocode`,
    # called from f/fleet/dispatch_wave.py: the wrapper `retrying(3)` returns runs in the
    # caller's body around the dispatch, its `time.sleep` on every retry (an imported task
    # was taken as a durable call only); a decorator of the task's own module too; one
    # below `@task()` wraps the task's body, which runs in the child job
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "retry.py").write_text(
        "import time\n\n\ndef retrying(n):\n    def deco(fn):\n"
        "        async def wrapper(*args, **kwargs):\n            try:\n"
        "                return await fn(*args, **kwargs)\n            except Exception:\n"
        "                time.sleep(n)\n                return await fn(*args, **kwargs)\n\n"
        "        return wrapper\n\n    return deco\n"
    )
    (lib / "tasks.py").write_text(
        "import random\n\nfrom wmill import task\n\nfrom f.lib.retry import retrying\n\n\n"
        "def jittered(fn):\n    async def wrapper(*args):\n"
        "        return await fn(*args) if random.random() > 0 else None\n\n"
        "    return wrapper\n\n\n"
        "@retrying(3)\n@task()\nasync def geocode(a: str) -> dict:\n    return {}\n\n\n"
        "@jittered\n@task()\nasync def locate(a: str) -> dict:\n    return {}\n\n\n"
        "@task()\n@retrying(3)\nasync def inner(a: str) -> dict:\n    return {}\n"
    )
    (lib / "run.py").write_text(
        "from wmill import workflow\n\nfrom f.lib.tasks import geocode, inner, locate\n\n\n"
        "@workflow\nasync def main(a: str):\n"
        "    return await geocode(a), await locate(a), await inner(a)\n"
    )
    found = [f for f in analyze_source(read_source(lib / "run.py")).findings if f.code != "WAC901"]
    assert [(f.row, f.code) for f in found] == [
        (8, "WAC101"),
        (8, "WAC102"),
    ]
    assert "`main → f.lib.tasks.geocode → f.lib.retry.retrying → time.sleep`" in found[0].message
    assert "`main → f.lib.tasks.locate → f.lib.tasks.jittered → random.random`" in found[1].message


def test_paths_joined_from_constants_of_another_module(tmp_path: Path) -> None:
    # f/lib/paths.py `"/".join([FLEET, "nightly_rollup"])`, `posixpath.join(FLEET, ...)`;
    # f/kit/paths.ts `[FLEET, "nightly_rollup"].join("/")`: the path is known (a flow named
    # as a script, a missing script), as `+` and f-strings were; a join of a variable is not
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    (lib / "nightly.flow").mkdir(parents=True)
    (lib / "nightly.flow" / "flow.yaml").write_text(
        "summary: n\nvalue:\n  modules: []\nschema:\n  type: object\n  properties: {}\n"
    )
    (lib / "report.py").write_text("def main(day: str):\n    return day\n")
    (lib / "paths.py").write_text(
        'import os\nimport posixpath\n\nBASE = "f/lib"\nNIGHTLY = "/".join([BASE, "nightly"])\n'
        'REPORT = posixpath.join(BASE, "report")\nGONE = os.path.join(BASE, "gone")\n'
    )
    (lib / "paths.ts").write_text(
        'export const BASE = "f/lib";\nexport const NIGHTLY = [BASE, "nightly"].join("/");\n'
    )
    (lib / "run.py").write_text(
        "from wmill import task_flow, task_script, workflow\n\n"
        "from f.lib.paths import GONE, NIGHTLY, REPORT\n\n"
        "as_script = task_script(NIGHTLY)\nas_flow = task_flow(NIGHTLY)\n"
        "report = task_script(REPORT)\ngone = task_script(GONE)\n\n\n"
        "@workflow\nasync def main(d: str):\n"
        "    return await as_script(), await as_flow(), await report(dya=d), await gone()\n"
    )
    assert _codes(lib / "run.py") == [(5, "WAC401"), (8, "WAC401"), (13, "WAC402"), (13, "WAC402")]
    (lib / "run.ts").write_text(
        'import { taskScript, workflow } from "windmill-client";\n'
        'import { NIGHTLY } from "./paths.ts";\n\nconst asScript = taskScript(NIGHTLY);\n'
        "export const main = workflow(async () => await asScript({}));\n"
    )
    # (5: WAC903, an arrow with an expression body is no workflow to Windmill's diagram)
    assert _codes(lib / "run.ts") == [(4, "WAC401"), (5, "WAC903")]


def test_paths_of_a_module_a_barrel_re_exports_whole(tmp_path: Path) -> None:
    # f/kit/index.ts `export * from "./http.ts"` and `export * as paths from "./paths.ts"`:
    # `kit.paths.NIGHTLY` and `kit.paths.ScriptPaths.purge` (of `import * as kit`) are the
    # constants of paths.ts (the name went to the `export *` module, which has none)
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    kit = tmp_path / "f" / "kit"
    (kit / "nightly.flow").mkdir(parents=True)
    (kit / "nightly.flow" / "flow.yaml").write_text(
        "summary: n\nvalue:\n  modules: []\nschema:\n  type: object\n  properties: {}\n"
    )
    (kit / "http.ts").write_text("export async function post(u: string) {\n  return u;\n}\n")
    (kit / "paths.ts").write_text(
        'export const NIGHTLY = "f/kit/nightly";\n'
        'export const ScriptPaths = { purge: "f/kit/purge" } as const;\n'
    )
    (kit / "index.ts").write_text(
        'export * from "./http.ts";\nexport * as paths from "./paths.ts";\n'
    )
    (kit / "run.ts").write_text(
        'import { taskScript, workflow } from "windmill-client";\n'
        'import * as kit from "./index.ts";\n\n'
        "const nightly = taskScript(kit.paths.NIGHTLY);\n"
        "const purge = taskScript(kit.paths.ScriptPaths.purge);\n\n"
        "export const main = workflow(async () => [await nightly({}), await purge({})]);\n"
    )
    # (7: WAC903, an arrow with an expression body is no workflow to Windmill's diagram)
    assert _codes(kit / "run.ts") == [(4, "WAC401"), (5, "WAC401"), (7, "WAC903")]


def test_the_workflow_main_of_another_script_called(tmp_path: Path) -> None:
    # f/fleet/nightly_moves.py `from f.fleet.rebalance import main as rebalance` then
    # `await rebalance(region)`: the other workflow's body runs inline in this one (only
    # a call spelled `main` was found); also `rb.main(...)` of a module imported whole and
    # TypeScript `import { main as flowy }`; a plain script's `main` is a function like
    # any other
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "wf.py").write_text(
        "from wmill import workflow\n\n\n@workflow\nasync def main(x: str):\n    return x\n"
    )
    (lib / "plain.py").write_text("def main(x: str):\n    return x\n")
    (lib / "run.py").write_text(
        "from wmill import workflow\n\nimport f.lib.wf as wf\n"
        "from f.lib.plain import main as plain\n"
        "from f.lib.wf import main as other\n\n\n@workflow\nasync def main(x: str):\n"
        "    return await other(x), await wf.main(x), plain(x)\n"
    )
    found = [f for f in analyze_source(read_source(lib / "run.py")).findings if f.code == "WAC006"]
    assert [(f.row, f.column, f.severity) for f in found] == [
        (10, 18, "warning"),
        (10, 34, "warning"),
    ]
    assert found[0].message.endswith('dispatch it with `task_script("f/lib/wf")`')
    (lib / "flowy.ts").write_text(
        'import { workflow } from "windmill-client";\n'
        "export const main = workflow(async (x: string) => x);\n"
    )
    (lib / "run.ts").write_text(
        'import { workflow } from "windmill-client";\nimport { main as flowy } from "./flowy.ts";\n'
        "export const main = workflow(async (x: string) => await flowy(x));\n"
    )
    # (WAC903: an arrow with an expression body is no workflow to Windmill's diagram)
    assert _codes(lib / "run.ts") == [(3, "WAC903"), (3, "WAC006")]


def test_a_task_wrapped_by_another_modules_function(tmp_path: Path) -> None:
    # f/kit/tasks.ts `export const geocode = withRetry(task(async function geocode ...))`
    # with `withRetry` of f/kit/retry.ts catching every error around the task's dispatch:
    # calling `geocode` runs that catch, which keeps the SDK's suspension (WAC202; the
    # binding was neither a task nor a function, so nothing was read); a wrapper without a
    # catch, one rethrowing the suspension first: no finding. Python `send = retrying(3)(
    # send_raw)` of a `@task` with a wrapper catching `BaseException`: WAC201
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    kit = tmp_path / "f" / "kit"
    kit.mkdir(parents=True)
    (kit / "retry.ts").write_text(
        "export function withRetry(fn: (...a: any[]) => any) {\n"
        "  return async (...args: any[]) => {\n    try {\n      return await fn(...args);\n"
        "    } catch (err) {\n      return null;\n    }\n  };\n}\n"
        "export function careful(fn: (...a: any[]) => any) {\n"
        "  return async (...args: any[]) => {\n    try {\n      return await fn(...args);\n"
        '    } catch (err: any) {\n      if (err?.name === "StepSuspend") throw err;\n'
        "      return null;\n    }\n  };\n}\n"
        "export function logged(fn: (...a: any[]) => any) {\n"
        "  return async (...args: any[]) => await fn(...args);\n}\n"
    )
    (kit / "tasks.ts").write_text(
        'import { task } from "windmill-client";\n'
        'import { careful, logged, withRetry } from "./retry.ts";\n\n'
        "export const geocode = withRetry(task(async function geocode(a: string) {\n"
        "  return a;\n}));\n"
        "export const safe = careful(task(async function safe(a: string) {\n  return a;\n}));\n"
        "export const plain = logged(task(async function plain(a: string) {\n  return a;\n}));\n"
    )
    (kit / "run.ts").write_text(
        'import { workflow } from "windmill-client";\n'
        'import { geocode, plain, safe } from "./tasks.ts";\n\n'
        "export const main = workflow(async (a: string) => {\n"
        "  const x = await geocode(a);\n  const y = await safe(a);\n  const z = await plain(a);\n"
        "  return [x, y, z];\n});\n"
    )
    found = [f for f in analyze_source(read_source(kit / "run.ts")).findings if f.code != "WAC901"]
    assert [(f.row, f.code) for f in found] == [(5, "WAC202")]
    assert "(in `geocode → withRetry`, which the workflow calls)" in found[0].message
    lib = tmp_path / "f" / "lib"
    lib.mkdir()
    (lib / "retry.py").write_text(
        "def retrying(n):\n    def deco(fn):\n        async def wrapper(*args, **kwargs):\n"
        "            try:\n                return await fn(*args, **kwargs)\n"
        "            except BaseException:\n                return None\n\n"
        "        return wrapper\n\n    return deco\n"
    )
    (lib / "tasks.py").write_text(
        "from wmill import task\n\nfrom f.lib.retry import retrying\n\n\n"
        "@task()\nasync def send_raw(to: str) -> bool:\n    return True\n\n\n"
        "send = retrying(3)(send_raw)\n"
    )
    (lib / "run.py").write_text(
        "from wmill import workflow\n\nfrom f.lib.tasks import send\n\n\n"
        "@workflow\nasync def main(to: str):\n    return await send(to)\n"
    )
    assert _codes(lib / "run.py") == [(8, "WAC201")]


def test_guards_of_a_long_helper_are_read_once_per_test() -> None:
    # a helper of thousands of statements, each after the same `if not other: return`:
    # each statement's guards are read from the block's distinct early exits (one here),
    # not from every `if` before it (which made reading them quadratic in the block)
    from wac_lint.guards import GuardReader, ParamGuard
    from wac_lint.parsing import parse
    from wac_lint.source import LANG_PYTHON, SourceFile

    body = "".join(f"    if not other:\n        return {i}\n    x = {i}\n" for i in range(400))
    source = SourceFile("big.py", f"def big(flag=False, other=True):\n{body}", LANG_PYTHON)
    function = parse(source).root_node.named_children[0]
    block = function.child_by_field_name("body")
    assert block is not None
    reader = GuardReader()
    last = block.named_children[-1]
    assert reader.guards_of(last, function) == (ParamGuard("other", 1, "", True, True),)
    assert [len(v) for v in reader.exits.values()] == [1]


# Every finding on the repository: file, line, code, severity, message.
PINNED = [
    (
        "f/dispatch/assign_trucks.ts",
        8,
        "WAC102",
        "error",
        (
            "`crypto.randomUUID` (reached through `main → f/kit/index.ts.ref → f/kit/clock.ts.ref"
            " → crypto.randomUUID`) is random: the value changes between replays of the workflow "
            "body; capture it with `step(...)`"
        ),
    ),
    (
        "f/dispatch/assign_trucks.ts",
        9,
        "WAC102",
        "error",
        (
            "`new Date()` (reached through `main → f/kit/index.ts.nowIso → f/kit/clock.ts.stamp →"
            " new Date()`) reads the clock: the value changes between replays of the workflow "
            "body; capture it with `step(...)`"
        ),
    ),
    (
        "f/dispatch/assign_trucks.ts",
        10,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → f/kit/index.ts.getRate → f/kit/http.ts.getRate → "
            "fetch`) does network I/O in the workflow body, which re-runs on every replay; move "
            "it into a task or a `step(...)`"
        ),
    ),
    (
        "f/dispatch/assign_trucks.ts",
        13,
        "WAC106",
        "error",
        (
            "The result of `dispatchTruck(...)` (a task of f/kit/tasks.ts) is never awaited: the "
            "SDK still dispatches the task, but its result and its failure are lost; `await` it "
            "or gather it"
        ),
    ),
    (
        "f/dispatch/assign_trucks.ts",
        15,
        "WAC102",
        "error",
        (
            "`Math.random` (reached through `main → f/kit/index.ts.backoffMs → "
            "f/kit/clock.ts.backoffMs → Math.random`) is random: the value changes between "
            "replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/dispatch/assign_trucks.ts",
        16,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → f/kit/index.ts.postJson → f/kit/http.ts.postJson → "
            "fetch`) does network I/O in the workflow body, which re-runs on every replay; move "
            "it into a task or a `step(...)`"
        ),
    ),
    (
        "f/dispatch/assign_trucks.ts",
        17,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → f/kit/index.ts.slack → f/kit/http.ts.default → "
            "fetch`) does network I/O in the workflow body, which re-runs on every replay; move "
            "it into a task or a `step(...)`"
        ),
    ),
    (
        "f/dispatch/geocode_wave.ts",
        5,
        "WAC901",
        "warning",
        (
            "`geocode_wave.script.yaml` is missing: `wmill script push` deploys this script with "
            "an empty input form, and `wmill sync push` generates it only while it pushes (an "
            "uncommitted file); run `wac-lint schema`"
        ),
    ),
    (
        "f/dispatch/geocode_wave.ts",
        8,
        "WAC202",
        "error",
        (
            "This catch also catches the SDK's suspension (`StepSuspend` is an Error) (in "
            "`geocode → withRetry`, which the workflow calls): its handler runs on every "
            'suspension; rethrow it first: `if (e?.name === "StepSuspend") throw e`'
        ),
    ),
    (
        "f/dispatch/nightly_handoff.ts",
        8,
        "WAC401",
        "info",
        "`f/fleet/purge_stale` matches no script in this repository",
    ),
    (
        "f/dispatch/nightly_handoff.ts",
        10,
        "WAC401",
        "error",
        (
            "`f/fleet/nightly_rollup` is a flow (f/fleet/nightly_rollup.flow/flow.yaml), but "
            "`taskScript` dispatches a script: the child job fails; use `taskFlow`"
        ),
    ),
    (
        "f/dispatch/nightly_handoff.ts",
        11,
        "WAC401",
        "error",
        (
            "`f/fleet/render_report` is a script (f/fleet/render_report.py), but `taskFlow` "
            "dispatches a flow: the child job fails; use `taskScript`"
        ),
    ),
    (
        "f/dispatch/nightly_handoff.ts",
        14,
        "WAC402",
        "error",
        (
            "`regoin` is not a parameter of `f/fleet/geocode_batch` (it takes `addresses`, "
            "`region`, `max_results`, from the `main` signature of f/fleet/geocode_batch.py); did"
            " you mean `region`?"
        ),
    ),
    (
        "f/dispatch/order_intake.ts",
        6,
        "WAC902",
        "warning",
        (
            "Windmill reads `Order` as a resource of type `order` (a resource picker): its parser"
            " reads only the types this file declares, not one imported from `/f/kit/index.ts`; "
            "declare the type in this file"
        ),
    ),
    (
        "f/fleet/circular_routes.py",
        17,
        "WAC101",
        "error",
        (
            "`requests.get` (reached through `main → f.lib.routing_a.best_route → "
            "f.lib.routing_b.score → requests.get`) does network I/O in the workflow body, which "
            "re-runs on every replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/fleet/circular_routes.py",
        18,
        "WAC101",
        "error",
        (
            "`requests.get` (reached through `main → f.lib.routing_b.score → requests.get`) does "
            "network I/O in the workflow body, which re-runs on every replay; move it into a task"
            " or a `step(...)`"
        ),
    ),
    (
        "f/fleet/depot_sync.py",
        6,
        "WAC403",
        "error",
        (
            "`f.lib` is the folder f/lib/: Windmill loads it as an empty module and never runs "
            "f/lib/__init__.py, so `import *` binds none of the names it defines (`cached_rate`, "
            "`fetch_rate`, `jitter`, ...) and using them fails at run time; import them from the "
            "scripts that define them"
        ),
    ),
    (
        "f/fleet/depot_sync.py",
        7,
        "WAC403",
        "error",
        (
            "`f.lib` is the folder f/lib/: Windmill loads it as an empty module and never runs "
            "f/lib/__init__.py, so `post_json` is fetched as the script `f/lib/post_json`, which "
            "does not exist, and is bound to an empty module; import it from the script that "
            "defines it"
        ),
    ),
    (
        "f/fleet/dispatch_wave.py",
        15,
        "WAC102",
        "error",
        (
            "`time.time` (reached through `main → f.lib.clock.label → time.time`) reads the "
            "clock: the value changes between replays of the workflow body; capture it with "
            "`step(...)`"
        ),
    ),
    (
        "f/fleet/dispatch_wave.py",
        16,
        "WAC102",
        "error",
        (
            "`uuid.uuid4` (reached through `main → f.lib.clock.batch_ref → uuid.uuid4`) is "
            "random: the value changes between replays of the workflow body; capture it with "
            "`step(...)`"
        ),
    ),
    (
        "f/fleet/dispatch_wave.py",
        19,
        "WAC101",
        "error",
        (
            "`time.sleep` (reached through `main → f.lib.tasks.geocode → f.lib.retry.retrying → "
            "time.sleep`) waits, holding the worker (use the SDK's `sleep`), in the workflow "
            "body, which re-runs on every replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/fleet/dispatch_wave.py",
        20,
        "WAC102",
        "error",
        (
            "`random.uniform` (reached through `main → f.lib.clock.jitter → random.uniform`) is "
            "random: the value changes between replays of the workflow body; capture it with "
            "`step(...)`"
        ),
    ),
    (
        "f/fleet/dispatch_wave.py",
        21,
        "WAC101",
        "error",
        (
            "`SESSION.post` (reached through `main → f.lib.net.post_json → SESSION.post`) does "
            "network I/O in the workflow body, which re-runs on every replay; move it into a task"
            " or a `step(...)`"
        ),
    ),
    (
        "f/fleet/dispatch_wave.py",
        23,
        "WAC106",
        "error",
        (
            "The result of `notify_driver(...)` (a task of f/lib/tasks.py) is never awaited: "
            "the SDK still dispatches the task, but its result is lost (a failure still "
            "raises `TaskError` at this call when the body replays); `await` it or gather it"
        ),
    ),
    (
        "f/fleet/nightly_moves.py",
        11,
        "WAC901",
        "warning",
        (
            "`nightly_moves.script.yaml` is out of date: input `dry_run` is missing; run "
            "`wac-lint schema`"
        ),
    ),
    (
        "f/fleet/nightly_moves.py",
        12,
        "WAC006",
        "warning",
        (
            "`rebalance` is the workflow `main` of f/fleet/rebalance.py: calling it runs that "
            "workflow's body inside this one (its tasks keyed after this one's), not as a run of "
            "its own, and the guide says not to call `main`; dispatch it with "
            '`task_script("f/fleet/rebalance")`'
        ),
    ),
    (
        "f/fleet/nightly_moves.py",
        13,
        "WAC101",
        "error",
        (
            "`client.get` (reached through `main → f.fleet.rebalance.fetch_depots → client.get`) "
            "does network I/O in the workflow body, which re-runs on every replay; move it into a"
            " task or a `step(...)`"
        ),
    ),
    (
        "f/fleet/paths_from_constants.py",
        12,
        "WAC401",
        "info",
        "`f/fleet/purge_stale` matches no script in this repository",
    ),
    (
        "f/fleet/paths_from_constants.py",
        13,
        "WAC401",
        "error",
        (
            "`f/fleet/nightly_rollup` is a flow (f/fleet/nightly_rollup.flow/flow.yaml), but "
            "`task_script` dispatches a script: the child job fails; use `task_flow`"
        ),
    ),
    (
        "f/fleet/paths_from_constants.py",
        14,
        "WAC401",
        "error",
        (
            "`f/fleet/render_report` is a script (f/fleet/render_report.py), but `task_flow` "
            "dispatches a flow: the child job fails; use `task_script`"
        ),
    ),
    (
        "f/fleet/paths_from_constants.py",
        19,
        "WAC402",
        "error",
        (
            "`regoin` is not a parameter of `f/fleet/geocode_batch` (it takes `addresses`, "
            "`region`, `max_results`, from the `main` signature of f/fleet/geocode_batch.py); did"
            " you mean `region`?"
        ),
    ),
    (
        "f/fleet/rates_refresh.py",
        15,
        "WAC104",
        "error",
        (
            "`net.post_json(...)` inside a task body changes `_CALLS`, module-level state of "
            "f/lib/net.py (line 16) that the workflow body reads through `net.calls_made(...)`: "
            "a task runs as its own job, so the workflow never sees the change; return the "
            "value from the task instead"
        ),
    ),
    (
        "f/fleet/rates_refresh.py",
        22,
        "WAC101",
        "error",
        (
            "`SESSION.get` (reached through `main → f.lib.net.fetch_rate → SESSION.get`) does "
            "network I/O in the workflow body, which re-runs on every replay; move it into a task"
            " or a `step(...)`"
        ),
    ),
    (
        "f/fleet/rates_refresh.py",
        23,
        "WAC101",
        "error",
        (
            "`SESSION.get` does network I/O in the workflow body, which re-runs on every replay; "
            "move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/fleet/stop_intake.py",
        11,
        "WAC902",
        "warning",
        (
            "Windmill reads `Stop` as a resource of type `Stop` (a resource picker): "
            "f/lib/tasks.py declares it as a `TypedDict`, which Windmill's parser reads as a "
            "resource type, declared in this file or imported; for an object input, declare a "
            "dataclass or a pydantic model in this file"
        ),
    ),
    (
        "u/lena/backfill_geocodes.ts",
        6,
        "WAC401",
        "error",
        (
            "`./enrich_stop_v1.ts` matches no module beside this script (in u/lena): the child "
            "job fails when the workflow reaches it"
        ),
    ),
    (
        "u/lena/backfill_geocodes.ts",
        12,
        "WAC202",
        "error",
        (
            "This catch also catches the SDK's suspension (`StepSuspend` is an Error) (in "
            "`geocode → withRetry`, which the workflow calls): its handler runs on every "
            'suspension; rethrow it first: `if (e?.name === "StepSuspend") throw e`'
        ),
    ),
]
