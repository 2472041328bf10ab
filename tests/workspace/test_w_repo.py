"""Red team W, repository (`w_repo/`): a Windmill workspace as `wmill sync pull` writes it
(`wmill.yaml`; shared Python modules in `f/core/`, shared Bun TypeScript modules in `f/kit/`
with a barrel `index.ts`; `f/clinic/` Python and `f/growth/` TypeScript workflows; `u/ines/`
(relative Python imports) and `u/omar/` (relative TypeScript imports, a default-exported
object) user scripts; a script with modules (`intake__mod/`); two flows). Every `.script.yaml`
was written by Windmill's own CLI through `windmill-oracle script-yaml`
(`intake__mod/script.yaml` through a copy of the oracle that copies the module folder in and
reads the `script.yaml` wmill writes there).

What it checks across files: a `functools.partial` of a task bound in another module
(dropped, given a name the task does not take); `@task(path=...)` naming a script that does
not exist; dunder methods of another module's class run by the body (`x in flags` runs
`__contains__`, `flags[k]` `__getitem__`, a dataclass `__post_init__` reading the clock); a
`cached_property` and a class attribute computed when the module loads; a walrus and a
`match` arm calling I/O helpers of another module; a generator expression calling an HTTP
helper; a `datetime` another module returns given to an inline task (no finding: wmill
1.850.0's child job replays the body and calls the task's function with the live arguments,
`_execute_directly(func, **kwargs)`; the blind input expected WAC107); a set of another
module sorted with a key that ties; a team retry decorator catching `BaseException` around a
task; a factory picking a class from a dict literal; a tagged template on a postgres.js
client another module builds; Bun's `$` in a helper; an object-literal getter, `Date()` and
a static class field reading the clock; a renamed task re-exported by a barrel left
unawaited; `Promise.race` inside a helper the body hands task calls to; `await using` whose
`[Symbol.asyncDispose]` fetches; `crypto.getRandomValues` through a barrel; a `taskScript`
called with one string; `task_script` / `taskScript` / `task_flow` paths present and
missing; flows calling scripts of the repository (a missing script, a static value of the
wrong type for a `__mod` script, a field its `main` never returns).
Correct look-alikes (`_ok`): the same helpers inside `step(...)` or a task, a seeded
`random.Random`, `uuid5`, `sha256`, `crypto.subtle.digest`, `sorted(set, key=...)` with a
total key, `except Exception` in a retry decorator, `using` of a pure disposable, a JS `Set`
and `Object.entries` iterated to dispatch tasks, `structuredClone`, optional chaining and
labelled `continue`.

Written blind; measured before any fix: 22 of 36 expected findings found, no false finding
(one finding on an `_ok` input, WAC902 on `Record<string, number>`, was right: the oracle
writes `format: resource-record`; the input was fixed), no finding on another line than
marked. Two expectations were wrong on reading the SDK: a `datetime` given to an inline
task is not a WAC107 (see above), and the retry decorator's `asyncio.sleep` is a WAC101
the blind input did not mark. After the fixes: 36 of 36, no false finding.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.workspace.red_team_repo import RepoCorpus, check_marked_findings
from wac_lint.engine import analyze_source, read_source
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "w_repo"
CORPUS = RepoCorpus(
    REPO,
    support=("f/core/", "f/kit/", "__mod/"),
    support_files=(
        "f/clinic/send_sms.py",
        "f/clinic/send_letter.py",
        "f/growth/export_contacts.ts",
        "u/ines/helpers.py",
        "u/omar/util.ts",
    ),
    min_correct_share=0.4,
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
    found = analyze_source(read_source(path)).findings
    return [(f.row, f.code) for f in found if f.code != "WAC901"]


def test_an_operator_on_an_instance_another_module_built(tmp_path: Path) -> None:
    # f/core/flags.py `flags = FeatureFlags()`: `x in flags` runs its `__contains__` and
    # `staging[k]` (`staging = FeatureFlags("staging")`) its `__getitem__`, both HTTP
    # requests, in the body (they were followed for a class of the file only); an
    # operator on a list, a task's result or a class with no such method runs nothing
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "flags.py").write_text(
        "import requests\n\n\nclass Flags:\n"
        "    def __contains__(self, name):\n        return requests.get(name).ok\n\n"
        "    def __getitem__(self, name):\n        return requests.get(name).json()\n\n\n"
        "class Plain:\n    def get(self, name):\n        return name\n\n\n"
        "flags = Flags()\n"
    )
    (lib / "run.py").write_text(
        "from wmill import task, workflow\n\nfrom f.lib.flags import Flags, Plain, flags\n\n\n"
        "@task()\nasync def load(n: str) -> dict:\n    return {}\n\n\n"
        "@workflow\nasync def main(name: str):\n"
        "    staging = Flags()\n    plain = Plain()\n    got = await load(name)\n"
        "    a = name in flags\n    b = staging[name]\n    c = name in [name]\n"
        "    d = got[name]\n    e = name in plain\n    return a, b, c, d, e\n"
    )
    assert _codes(lib / "run.py") == [(16, "WAC101"), (17, "WAC101")]


def test_a_class_variable_another_module_computes_when_loaded(tmp_path: Path) -> None:
    # f/core/visits.py `class Roster: loaded_at = time.time()`: the class statement runs
    # when the module loads, in every round (it was reported for a module-level name of
    # another module, or a class of the file); a constant member, a method call, no
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "roster.py").write_text(
        "import time\n\n\nclass Roster:\n    loaded_at = time.time()\n    max_hours = 12\n\n"
        "    @classmethod\n    def is_long(cls, h):\n        return h > cls.max_hours\n"
    )
    (lib / "run.py").write_text(
        "from wmill import workflow\n\nfrom f.lib.roster import Roster\n\n\n"
        "@workflow\nasync def main(h: int):\n"
        "    return Roster.loaded_at, Roster.max_hours, Roster.is_long(h)\n"
    )
    assert _codes(lib / "run.py") == [(8, "WAC102")]


def test_members_of_a_barrel_are_read_where_they_are_bound(tmp_path: Path) -> None:
    # f/kit/index.ts `export * from "./clock.ts"`: `Boot.startedAt` (a static field set
    # from `performance.now()`) and `clock.now` (an object literal's getter over
    # `Date.now()`) imported from the barrel are those of clock.ts (they were followed
    # when imported from clock.ts itself only)
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "clock.ts").write_text(
        "export class Boot {\n  static version = '1';\n  static startedAt = performance.now();\n}\n"
        "export const clock = {\n  tz: 'UTC',\n  get now(): number {\n"
        "    return Date.now();\n  },\n};\n"
    )
    (lib / "index.ts").write_text('export * from "./clock.ts";\n')
    (lib / "run.ts").write_text(
        'import { workflow } from "windmill-client";\n'
        'import { Boot, clock } from "./index.ts";\n\n'
        "export const main = workflow(async () => {\n"
        "  const a = Boot.startedAt;\n  const b = clock.now;\n"
        "  return [a, b, Boot.version, clock.tz];\n});\n"
    )
    assert _codes(lib / "run.ts") == [(5, "WAC102"), (6, "WAC102")]


def test_a_partial_of_a_task(tmp_path: Path) -> None:
    # f/core/tasks.py `charge_copay_eur = partial(charge_copay, currency="EUR")`: calling
    # it dispatches the task with `currency` bound (wmill 1.850.0 `task()`'s wrapper is
    # what `partial` calls), so a dropped call loses the task, a name the task does not
    # take fails its job, and a bound argument (or one given again by name) is passed;
    # in the module that binds it as in another importing it
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    tasks = (
        "from functools import partial\n\nfrom wmill import task, workflow\n\n\n"
        "@task()\nasync def charge(patient: str, amount: int, currency: str):\n"
        "    return amount\n\n\n"
        'charge_eur = partial(charge, currency="EUR")\ncharge_p1 = partial(charge, "p1")\n'
    )
    body = (
        "    a = await charge_eur(p, amount=3)\n"
        '    b = await charge_eur(p, 3, currency="USD")\n'
        '    c = await charge_p1(amount=3, currency="x")\n'
        "    charge_eur(p, 4)\n"
        "    return a, b, c, await charge_eur(p, amont=3)\n"
    )
    (lib / "tasks.py").write_text(tasks)
    (lib / "local.py").write_text(tasks + "\n\n@workflow\nasync def main(p: str):\n" + body)
    (lib / "run.py").write_text(
        "from wmill import workflow\n\nfrom f.lib.tasks import charge_eur, charge_p1\n\n\n"
        "@workflow\nasync def main(p: str):\n" + body
    )
    assert _codes(lib / "local.py") == [(20, "WAC106"), (21, "WAC402"), (21, "WAC402")]
    assert _codes(lib / "run.py") == [(11, "WAC106"), (12, "WAC402"), (12, "WAC402")]
    # a partial of a `task_script` wrapper: the keywords it binds are sent too
    (lib / "pdf.py").write_text("def main(template: str, data: dict):\n    return template\n")
    (lib / "render.py").write_text(
        "from functools import partial\n\nfrom wmill import task_script, workflow\n\n"
        'render = task_script("f/lib/pdf")\n'
        'render_invoice = partial(render, template="invoice")\n\n\n'
        "@workflow\nasync def main(d: dict):\n"
        "    return await render_invoice(data=d), await render_invoice(dat=d)\n"
    )
    assert _codes(lib / "render.py") == [(11, "WAC402"), (11, "WAC402")]


def test_a_task_given_a_script_path(tmp_path: Path) -> None:
    # f/core/tasks.py `@task(path="f/clinic/fax_gateway")`: the task dispatches the script
    # at that path (wmill 1.850.0 `task(path=...)`, windmill-client 1.818.0
    # `task("f/x", fn)`), which no script of the repository has; a path that exists and a
    # task without one are fine
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "fax.py").write_text("def main(number: str):\n    return number\n")
    (lib / "tasks.py").write_text(
        "from wmill import task\n\n\n"
        '@task(path="f/lib/gateway", timeout=60)\nasync def send(number: str):\n    ...\n\n\n'
        '@task(path="f/lib/fax")\nasync def fax(number: str):\n    ...\n\n\n'
        "@task()\nasync def plain(number: str):\n    return number\n"
    )
    (lib / "tasks.ts").write_text(
        'import { task } from "windmill-client";\n\n'
        'export const a = task("f/lib/nope", async function a(x: string) { return x; });\n'
        'export const b = task("f/lib/fax", async function b(number: string) { return 1; });\n'
        "export const c = task(async function c(x: string) { return x; }, { timeout: 5 });\n"
    )
    assert _codes(lib / "tasks.py") == [(4, "WAC401")]
    assert _codes(lib / "tasks.ts") == [(3, "WAC401")]


def test_a_set_sorted_by_a_key_that_ties(tmp_path: Path) -> None:
    # f/clinic/region_rebuild.py `sorted(ACTIVE_REGIONS, key=len)`: Python's sort is
    # stable, so regions of the same length stay in the set's order, which str hashing
    # changes per process: the tasks' step keys follow that order. A key holding the item
    # itself (`lambda r: (len(r), r)`), plain `sorted(...)`, and `key=str.lower` (equal
    # only for items differing by case alone; round W's wp reads it as whole) are fine
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "topo.py").write_text('REGIONS = {"eu-west", "us-east", "ap-south"}\n')
    (lib / "run.py").write_text(
        "from wmill import task, workflow\n\nfrom f.lib.topo import REGIONS\n\n"
        'LOCAL = {"a", "bb", "cc"}\n\n\n'
        "@task()\nasync def rebuild(region: str):\n    return region\n\n\n"
        "@workflow\nasync def main():\n"
        "    for r in sorted(REGIONS, key=len):\n        await rebuild(r)\n"
        "    for r in sorted(LOCAL, key=lambda x: len(x)):\n        await rebuild(r)\n"
        "    for r in sorted(REGIONS, key=lambda x: (len(x), x)):\n        await rebuild(r)\n"
        "    for r in sorted(LOCAL):\n        await rebuild(r)\n"
        "    for r in sorted(list(LOCAL), key=str.lower, reverse=True):\n"
        "        await rebuild(r)\n"
    )
    assert _codes(lib / "run.py") == [(15, "WAC105"), (17, "WAC105")]


def test_task_calls_handed_to_a_helper_that_races_them(tmp_path: Path) -> None:
    # f/growth/probe_race.ts `await firstDone([probeSmtp(h), probeApi(h)])` where
    # f/kit/race.ts's `firstDone(jobs)` returns `Promise.race(jobs)`: the race is the
    # body's (round V idea); the same with a helper of the file giving `Promise.any`; a
    # helper awaiting them all, or a race with no durable call after it, is fine
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "race.ts").write_text(
        "export function firstDone<T>(jobs: PromiseLike<T>[]) {\n  return Promise.race(jobs);\n}\n"
        "export function allDone<T>(jobs: PromiseLike<T>[]) {\n  return Promise.all(jobs);\n}\n"
    )
    (lib / "run.ts").write_text(
        'import { task, workflow } from "windmill-client";\n'
        'import { allDone, firstDone } from "./race.ts";\n\n'
        "const a = task(async function a(h: string) { return h; });\n"
        "const b = task(async function b(h: string) { return h; });\n"
        "function anyOf<T>(jobs: PromiseLike<T>[]) {\n  return Promise.any(jobs);\n}\n\n"
        "export const main = workflow(async (h: string) => {\n"
        "  const x = await firstDone([a(h), b(h)]);\n"
        "  const y = await anyOf([a(x), b(x)]);\n"
        "  const z = await allDone([a(y), b(y)]);\n"
        "  await a(String(z));\n"
        "  return await firstDone([a(h), b(h)]);\n});\n"
    )
    assert _codes(lib / "run.ts") == [(11, "WAC105"), (12, "WAC105")]


def test_calling_a_client_another_module_builds(tmp_path: Path) -> None:
    # f/kit/db.ts `export const sql = postgres({...})`: postgres.js's `sql` is a function,
    # and ``sql`update ...` `` sends the query (it was followed for `sql.unsafe(...)`, a
    # member, not for the client called itself); building it (`postgres(...)`) is not
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "db.ts").write_text(
        'import postgres from "postgres";\nexport const sql = postgres({ host: "db" });\n'
    )
    (lib / "run.ts").write_text(
        'import { workflow } from "windmill-client";\nimport { sql } from "./db.ts";\n\n'
        "export const main = workflow(async (id: string) => {\n"
        "  await sql`update leads set seen = true where id = ${id}`;\n"
        '  return await sql.unsafe("select 1");\n});\n'
    )
    assert _codes(lib / "run.ts") == [(5, "WAC101"), (6, "WAC101")]


def test_a_factory_picking_a_class_from_a_literal_table(tmp_path: Path) -> None:
    # u/ines/helpers.py `return {"slack": SlackNotifier, "none": NullNotifier}[kind]()`:
    # the factory may build any class the literal holds, so `notifier_for(kind).notify()`
    # runs `SlackNotifier.notify` (an HTTP POST); called with the key `"none"` it builds
    # only `NullNotifier` (its `notify` does nothing)
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "notify.py").write_text(
        "import requests\n\n\nclass Slack:\n    def notify(self, text):\n"
        '        requests.post("https://hooks.example.com", json={"text": text})\n\n\n'
        "class Null:\n    def notify(self, text):\n        return None\n\n\n"
        'def notifier_for(kind: str):\n    return {"slack": Slack, "none": Null}[kind]()\n'
    )
    (lib / "notify.ts").write_text(
        "export class Slack {\n  notify(t: string) {\n    return fetch(`https://h/${t}`);\n  }\n}\n"
        "export class Null {\n  notify(t: string) {\n    return t;\n  }\n}\n"
        "export function notifierFor(kind: string) {\n"
        "  return new { slack: Slack, none: Null }[kind]();\n}\n"
    )
    (lib / "run.ts").write_text(
        'import { workflow } from "windmill-client";\n'
        'import { notifierFor } from "./notify.ts";\n\n'
        "export const main = workflow(async (kind: string) => {\n"
        '  notifierFor(kind).notify("a");\n  notifierFor("none").notify("b");\n});\n'
    )
    (lib / "run.py").write_text(
        "from wmill import workflow\n\nfrom f.lib.notify import notifier_for\n\n\n"
        "@workflow\nasync def main(kind: str):\n    notifier_for(kind).notify('a')\n"
        "    notifier_for(kind='none').notify('b')\n    notifier_for('slack').notify('c')\n"
    )
    assert _codes(lib / "run.py") == [(8, "WAC101"), (10, "WAC101")]
    assert _codes(lib / "run.ts") == [(5, "WAC101")]


def test_a_decorator_above_a_task_that_catches_everything(tmp_path: Path) -> None:
    # u/ines/helpers.py `with_retries(times)`, a decorator factory whose wrapper catches
    # `BaseException` around `await fn(...)`, written above `@task()`: the wrapper runs in
    # the body around the task's dispatch and swallows the SDK's suspension (and sleeps
    # with `asyncio.sleep`, holding the worker); of the file, the wrapper was walked as
    # code handed nothing durable, and a factory of another module was not followed at
    # all. A wrapper catching `Exception` is fine
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    retry = (
        "import asyncio\nimport functools\n\n\ndef with_retries(times):\n"
        "    def decorate(fn):\n        @functools.wraps(fn)\n"
        "        async def wrapper(*args, **kwargs):\n"
        "            for attempt in range(times):\n                try:\n"
        "                    return await fn(*args, **kwargs)\n"
        "                except BaseException:\n                    await asyncio.sleep(1)\n"
        "            return None\n\n        return wrapper\n\n    return decorate\n\n\n"
        "def safe(fn):\n    async def wrapper(*args):\n        try:\n"
        "            return await fn(*args)\n        except Exception:\n"
        "            raise\n\n    return wrapper\n"
    )
    tasks = (
        "@with_retries(3)\n@task()\nasync def fetch(pid: str):\n    return pid\n\n\n"
        "@safe\n@task()\nasync def load(pid: str):\n    return pid\n\n\n"
        "@workflow\nasync def main(p: str):\n    return await fetch(p), await load(p)\n"
    )
    (lib / "retry.py").write_text(retry)
    (lib / "local.py").write_text(retry + "\n\nfrom wmill import task, workflow\n\n\n" + tasks)
    (lib / "run.py").write_text(
        "from wmill import task, workflow\n\nfrom f.lib.retry import safe, with_retries\n\n\n"
        + tasks
    )
    assert _codes(lib / "local.py") == [(48, "WAC101"), (48, "WAC201")]
    assert _codes(lib / "run.py") == [(20, "WAC101"), (20, "WAC201")]


def test_more_operators_and_picks_of_another_module(tmp_path: Path) -> None:
    # the operators of test_an_operator_on_an_instance_another_module_built on a module
    # imported whole (`len(q.queue)`), `if queue:` (`__bool__`) and `f"{queue}"`
    # (`__str__`); `max(REGIONS, key=len)` and `next(iter(REGIONS))` of a set another
    # module binds pick an item by the set's order (for ties), which str hashing changes
    # per process, and feed it to a task
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "q.py").write_text(
        "import requests\n\n\nclass RemoteQueue:\n"
        "    def __len__(self):\n        return requests.get('https://q/len').json()\n\n"
        "    def __bool__(self):\n        return requests.get('https://q/any').json()\n\n"
        "    def __str__(self):\n        return requests.get('https://q/name').text\n\n\n"
        'queue = RemoteQueue()\nREGIONS = {"eu", "us", "ap", "sa"}\nORDER = ["eu", "us"]\n'
    )
    (lib / "run.py").write_text(
        "import f.lib.q as q\nfrom wmill import task, workflow\n\n"
        "from f.lib.q import ORDER, REGIONS, queue\n\n\n"
        "@task()\nasync def drain(n: int, region: str):\n    return n\n\n\n"
        "@workflow\nasync def main():\n"
        "    n = len(q.queue) + len(ORDER)\n    if queue:\n        n += 1\n"
        '    label = f"{queue}"\n'
        "    a = await drain(n, max(REGIONS, key=len))\n"
        "    b = await drain(n, next(iter(REGIONS)))\n"
        "    c = await drain(n, max(REGIONS, key=lambda r: (len(r), r)))\n"
        "    return a, b, c, label, await drain(n, max(ORDER, key=len))\n"
    )
    assert _codes(lib / "run.py") == [
        (14, "WAC101"),
        (15, "WAC101"),
        (17, "WAC101"),
        (18, "WAC105"),
        (19, "WAC105"),
    ]


def test_members_of_a_module_imported_whole(tmp_path: Path) -> None:
    # `kit.Boot.startedAt` / `kit.clock.now` of `import * as kit from "./clock.ts"`, and
    # `r2.Roster.loaded_at` of `import f.lib.roster as r2`: the static field, the getter
    # and the class variable of test_members_of_a_barrel_are_read_where_they_are_bound /
    # test_a_class_variable_another_module_computes_when_loaded, one module further
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "clock.ts").write_text(
        "export class Boot {\n  static version = '1';\n  static startedAt = performance.now();\n}\n"
        "export const clock = {\n  get now(): number {\n    return Date.now();\n  },\n};\n"
    )
    (lib / "run.ts").write_text(
        'import { workflow } from "windmill-client";\nimport * as kit from "./clock.ts";\n\n'
        "export const main = workflow(async () => {\n"
        "  const a = kit.Boot.startedAt;\n  const b = kit.clock.now;\n"
        "  return [a, b, kit.Boot.version];\n});\n"
    )
    (lib / "roster.py").write_text(
        "import time\n\n\nclass Roster:\n    loaded_at = time.time()\n    max_hours = 12\n"
    )
    (lib / "run.py").write_text(
        "import f.lib.roster as r2\nfrom wmill import workflow\n\n\n"
        "@workflow\nasync def main():\n    return r2.Roster.loaded_at, r2.Roster.max_hours\n"
    )
    assert _codes(lib / "run.ts") == [(5, "WAC102"), (6, "WAC102")]
    assert _codes(lib / "run.py") == [(7, "WAC102")]


def test_a_task_with_a_path_sends_its_arguments_to_that_script(tmp_path: Path) -> None:
    # `@task(path="f/lib/sms") async def send(phone, body)`: wmill 1.850.0 merges the
    # call's arguments under the function's parameter names (`_merge_args`; its defaults
    # are not sent) and dispatches the script at the path with them, as windmill-client
    # 1.818.0's `task("f/x", fn)` does with `getParamNames(fn)`: they are checked against
    # that script's `main`, here and where another module's such task is called (they
    # were checked against the function, which never runs)
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "sms.py").write_text('def main(to: str, text: str, sender: str = "X"):\n    return to\n')
    (lib / "tasks.py").write_text(
        "from wmill import task\n\n\n"
        '@task(path="f/lib/sms")\nasync def send(phone: str, body: str):\n    ...\n\n\n'
        '@task(path="f/lib/sms")\nasync def send_ok(to: str, text: str, sender: str = "Y"):\n'
        "    ...\n"
    )
    (lib / "run.py").write_text(
        "from wmill import workflow\n\nfrom f.lib.tasks import send, send_ok\n\n\n"
        "@workflow\nasync def main(p: str):\n"
        '    a = await send(p, "hi")\n    b = await send_ok(p, "hi")\n'
        '    return a, b, await send_ok(to=p, text="x", extra=1)\n'
    )
    (lib / "run.ts").write_text(
        'import { task, workflow } from "windmill-client";\n\n'
        'const send = task("f/lib/sms", async function send(phone: string, body: string) {\n'
        "  return 1;\n});\n"
        'const sendOk = task("f/lib/sms", async function sendOk(to: string, text: string) {\n'
        "  return 1;\n});\n\n"
        "export const main = workflow(async (p: string) => {\n"
        '  return [await send(p, "hi"), await sendOk(p, "hi")];\n});\n'
    )
    assert _codes(lib / "run.py") == [(8, "WAC402"), (10, "WAC402")]
    assert _codes(lib / "run.ts") == [(11, "WAC402")]


def test_check_reports_the_repository() -> None:
    CORPUS.check_command_line(PINNED)


def test_every_finding_is_pinned() -> None:
    CORPUS.check_pinned(PINNED)


# Every finding on the repository: file, line, code, severity, message.
PINNED = [
    (
        "f/clinic/book_followups.py",
        9,
        "WAC401",
        "info",
        "`f/clinic/notify_gp` matches no script in this repository",
    ),
    (
        "f/clinic/book_followups.py",
        22,
        "WAC101",
        "error",
        (
            "`requests.get` (reached through `main → f.core.pricing.price_of → requests.get`) "
            "does network I/O in the workflow body, which re-runs on every replay; move it "
            "into a task or a `step(...)`"
        ),
    ),
    (
        "f/clinic/book_followups.py",
        27,
        "WAC402",
        "error",
        (
            "`f/clinic/nightly_billing` requires `clinic` (no default, from the `schema` of "
            "f/clinic/nightly_billing.flow/flow.yaml), which this call does not pass"
        ),
    ),
    (
        "f/clinic/book_followups.py",
        27,
        "WAC402",
        "error",
        (
            "`patient_id` is not a parameter of `f/clinic/nightly_billing` (it takes `day`, "
            "`clinic`, `late_walk_in`, `nurse_phone`, from the `schema` of "
            "f/clinic/nightly_billing.flow/flow.yaml)"
        ),
    ),
    (
        "f/clinic/flag_rollout.py",
        23,
        "WAC101",
        "error",
        (
            "`requests.get` (reached through `main → f.core.flags.flags.__contains__ → "
            "requests.get`) does network I/O in the workflow body, which re-runs on every "
            "replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/clinic/flag_rollout.py",
        28,
        "WAC101",
        "error",
        (
            "`requests.get` (reached through `main → f.core.flags.FeatureFlags.__getitem__ → "
            "requests.get`) does network I/O in the workflow body, which re-runs on every "
            "replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/clinic/intake__mod/script.py",
        28,
        "WAC102",
        "error",
        (
            "`os.environ.get` (reached through `main → f.clinic.intake__mod.forms.intake_desk "
            "→ os.environ.get`) reads the process environment: the value changes between "
            "replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/clinic/nightly_billing.flow/flow.yaml",
        9,
        "WAC401",
        "info",
        "`f/clinic/close_day` matches no script in this repository",
    ),
    (
        "f/clinic/nightly_billing.flow/flow.yaml",
        28,
        "WAC506",
        "warning",
        "`priority` is an integer, but the static value is a string",
    ),
    (
        "f/clinic/nightly_billing.flow/flow.yaml",
        40,
        "WAC503",
        "error",
        (
            "`results.late_intake.visitId`: every `return` of step `late_intake`'s `main` "
            "gives an object with `level`, `summary`, `visit_id` and no `visitId`, so it is "
            "undefined; did you mean `visit_id`?"
        ),
    ),
    (
        "f/clinic/quota_guard.py",
        22,
        "WAC101",
        "error",
        (
            "`_cache.get` (reached through `main → f.core.quota.current_quota → _cache.get`) "
            "talks to a database or queue in the workflow body, which re-runs on every "
            "replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/clinic/quota_guard.py",
        29,
        "WAC101",
        "error",
        (
            "`open` (reached through `main → f.core.audit.write_audit → open`) touches the "
            "file system in the workflow body, which re-runs on every replay; move it into a "
            "task or a `step(...)`"
        ),
    ),
    (
        "f/clinic/region_rebuild.py",
        26,
        "WAC105",
        "error",
        (
            "Durable calls are dispatched in the order of `sorted(..., key=len)` of a set "
            "(`ACTIVE_REGIONS` of f/core/topology.py), where items whose keys are equal keep "
            "its order, which can differ between replays; checkpoint keys follow call order, "
            "so results can be swapped; break ties by the item itself (`key=lambda item: "
            "(len(item), item)`)"
        ),
    ),
    (
        "f/clinic/remind_patients.py",
        25,
        "WAC106",
        "error",
        (
            "The result of `send_reminder(...)` (a task of f/core/tasks.py) is never "
            "awaited: the SDK still dispatches the task, but its result is lost (a failure "
            "still raises `TaskError` at this call when the body replays); `await` it or "
            "gather it"
        ),
    ),
    (
        "f/clinic/remind_patients.py",
        31,
        "WAC402",
        "error",
        (
            "`book_slot` requires `slot_start`, which this call does not pass: the task's job "
            "fails (TypeError)"
        ),
    ),
    (
        "f/clinic/remind_patients.py",
        31,
        "WAC402",
        "error",
        "`slot` is not a parameter of `book_slot`: the task's job fails (TypeError)",
    ),
    (
        "f/clinic/remind_patients.py",
        36,
        "WAC402",
        "error",
        (
            "`charge_copay` requires `amount_cents`, which this call does not pass: the "
            "task's job fails (TypeError)"
        ),
    ),
    (
        "f/clinic/remind_patients.py",
        36,
        "WAC402",
        "error",
        (
            "`amount` is not a parameter of `charge_copay`: the task's job fails (TypeError); "
            "did you mean `amount_cents`?"
        ),
    ),
    (
        "f/clinic/reviewer_pick.py",
        21,
        "WAC102",
        "error",
        (
            "`secrets.randbelow` (reached through `main → f.core.sampling.spread_delay → "
            "secrets.randbelow`) is random: the value changes between replays of the workflow "
            "body; capture it with `step(...)`"
        ),
    ),
    (
        "f/clinic/shift_report.py",
        25,
        "WAC102",
        "error",
        (
            "`time.time` (reached through `main → f.core.visits.Shift.minutes_left → "
            "time.time`) reads the clock: the value changes between replays of the workflow "
            "body; capture it with `step(...)`"
        ),
    ),
    (
        "f/clinic/shift_report.py",
        27,
        "WAC102",
        "error",
        (
            "`Roster.loaded_at` is computed from `time.time()` when f/core/visits.py is "
            "loaded: every replay runs the script again from the top and loads that module "
            "again, so its value changes between replays of the workflow body; compute it "
            "with `step(...)` in the body"
        ),
    ),
    (
        "f/clinic/visit_intake.py",
        27,
        "WAC102",
        "error",
        (
            "`datetime.now` (reached through `main → f.core.visits.Visit → "
            "f.core.visits.Visit.__post_init__ → datetime.now`) reads the clock: the value "
            "changes between replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/core/tasks.py",
        47,
        "WAC401",
        "info",
        "`f/clinic/fax_gateway` matches no script in this repository",
    ),
    (
        "f/growth/campaign_archive.ts",
        12,
        "WAC101",
        "error",
        (
            "`$` (reached through `main → f/kit/shell.ts.archiveCampaign → $`) starts or "
            "signals a process or a thread in the workflow body, which re-runs on every "
            "replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/growth/dedupe_leads.ts",
        19,
        "WAC102",
        "error",
        (
            "`crypto.getRandomValues` (reached through `main → f/kit/index.ts.shortId → "
            "f/kit/hash.ts.shortId → crypto.getRandomValues`) is random: the value changes "
            "between replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/growth/lead_scoring.ts",
        18,
        "WAC101",
        "error",
        (
            "`sql` talks to a database or queue in the workflow body, which re-runs on every "
            "replay; move it into a task or a `step(...)`"
        ),
    ),
    (
        "f/growth/lease_sync.ts",
        16,
        "WAC101",
        "error",
        (
            "`fetch` (reached through `main → "
            "f/kit/lease.ts.CampaignLease.[Symbol.asyncDispose] → fetch`) does network I/O in "
            "the workflow body, which re-runs on every replay; move it into a task or a "
            "`step(...)`"
        ),
    ),
    (
        "f/growth/probe_race.ts",
        14,
        "WAC105",
        "error",
        (
            "`firstDone` hands these task calls to `Promise.race` (in f/kit/race.ts), which "
            "never picks the faster one: a task call settles only when the body replays with "
            "its result, and the race reads them in the order listed, so the first listed, "
            "`probeSmtp(host)`, wins every round and the next durable call still waits for all "
            "of them; await all of them and choose explicitly"
        ),
    ),
    (
        "f/growth/render_brochure.ts",
        5,
        "WAC401",
        "info",
        "`f/growth/render_pdf` matches no script in this repository",
    ),
    (
        "f/growth/render_brochure.ts",
        8,
        "WAC301",
        "error",
        (
            "`exportContacts` is a `taskScript` wrapper, which sends one object of named "
            "arguments (windmill-client 1.818.0 turns anything else into `{ arg0, arg1, ... "
            "}`, parameters the script does not have); pass `{ name: value, ... }`"
        ),
    ),
    (
        "f/growth/send_digest.ts",
        6,
        "WAC102",
        "error",
        (
            "`Date.now` (reached through `main → f/kit/index.ts.clock.now → "
            "f/kit/clock.ts.clock.now → Date.now`) reads the clock: the value changes between "
            "replays of the workflow body; capture it with `step(...)`"
        ),
    ),
    (
        "f/growth/send_digest.ts",
        7,
        "WAC102",
        "error",
        (
            "`Date` (reached through `main → f/kit/index.ts.stamp → f/kit/clock.ts.stamp → "
            "Date`) reads the clock: the value changes between replays of the workflow body; "
            "capture it with `step(...)`"
        ),
    ),
    (
        "f/growth/send_digest.ts",
        8,
        "WAC102",
        "error",
        (
            "`Boot.startedAt` is computed from `performance.now()` when f/kit/clock.ts is "
            "loaded: every replay runs the script again from the top and loads that module "
            "again, so its value changes between replays of the workflow body; compute it "
            "with `step(...)` in the body"
        ),
    ),
    (
        "f/growth/send_digest.ts",
        13,
        "WAC106",
        "error",
        (
            "The result of `deliverEmail(...)` (a task of f/kit/tasks.ts) is never awaited: "
            "the SDK still dispatches the task, but its result and its failure are lost; "
            "`await` it or gather it"
        ),
    ),
    (
        "u/ines/churn_watch.py",
        23,
        "WAC101",
        "error",
        (
            "`asyncio.sleep` (reached through `main → fetch_events → "
            "u.ines.helpers.with_retries → asyncio.sleep`) waits, holding the worker (use the "
            "SDK's `sleep`), in the workflow body, which re-runs on every replay; move it "
            "into a task or a `step(...)`"
        ),
    ),
    (
        "u/ines/churn_watch.py",
        23,
        "WAC201",
        "error",
        (
            "`with_retries(3)` catches the SDK's suspension (a BaseException) (in "
            "`with_retries`, which the workflow calls): the workflow cannot suspend here; "
            "catch `Exception` or `TaskError`, or re-raise"
        ),
    ),
    (
        "u/ines/churn_watch.py",
        27,
        "WAC101",
        "error",
        (
            "`requests.post` (reached through `main → u.ines.helpers.notifier_for → "
            "u.ines.helpers.SlackNotifier.notify → requests.post`) does network I/O in the "
            "workflow body, which re-runs on every replay; move it into a task or a "
            "`step(...)`"
        ),
    ),
    (
        "u/omar/payout_check.ts",
        11,
        "WAC102",
        "error",
        (
            "`new Date()` (reached through `main → u/omar/util.ts.default.today → new "
            "Date()`) reads the clock: the value changes between replays of the workflow "
            "body; capture it with `step(...)`"
        ),
    ),
    (
        "u/omar/payout_check.ts",
        15,
        "WAC102",
        "error",
        (
            "`Math.random` (reached through `main → u/omar/util.ts.backoffSeconds → "
            "Math.random`) is random: the value changes between replays of the workflow body; "
            "capture it with `step(...)`"
        ),
    ),
]
