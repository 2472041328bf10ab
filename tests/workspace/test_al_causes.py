"""Red team AL-R: one small case per general cause the regional rail repository
(`al_repo/`, `test_al_repo.py`) found, each with other spellings of the same cause and
the correct look-alikes beside them. One workspace, analysed once.
"""

from __future__ import annotations

import pytest

from wac_lint.engine import analyze_source, read_source
from wac_lint.workspace.root import forget_projects

SMALL = {
    # ---- a date built from a date is given: `at or datetime.now()` never reads the clock
    "f/lib/days.py": (
        "from datetime import datetime\nfrom zoneinfo import ZoneInfo\n\n"
        'TZ = ZoneInfo("Europe/Vienna")\n\n\n'
        "def service_day(at=None):\n    at = at or datetime.now(TZ)\n"
        "    return at.date().isoformat()\n"
    ),
    "f/app/days.py": (
        "from datetime import datetime, timedelta\n\nfrom wmill import workflow\n\n"
        "from f.lib.days import TZ, service_day\n\n\n"
        "@workflow\nasync def main(ts: str):\n"
        "    a = service_day(datetime.fromisoformat(ts).astimezone(TZ))\n"  # 10: fine
        '    b = service_day(datetime.strptime(ts, "%Y-%m-%d").replace(hour=4))\n'  # 11: fine
        "    c = service_day(datetime.fromisoformat(ts) + timedelta(days=1))\n"  # 12: fine
        "    d = service_day()\n"  # 13: WAC102
        "    e = service_day(ts.replace('Z', ''))\n"  # 14: a str's replace may be empty
        "    return [a, b, c, d, e]\n"
    ),
    # ---- a step callback handing the body's container to a helper that fills it -------
    "f/lib/tally.py": (
        "def count_into(acc: dict, rows) -> dict:\n    for r in rows:\n"
        '        acc[r["k"]] = acc.get(r["k"], 0) + 1\n    return acc\n\n\n'
        "def merged(acc: dict, rows) -> dict:\n    acc = dict(acc)\n    for r in rows:\n"
        '        acc[r["k"]] = 1\n    return acc\n\n\n'
        "def remember(seen: set, key: str) -> int:\n    seen.add(key)\n    return len(seen)\n"
    ),
    "f/app/tally.py": (
        "from wmill import step, workflow\n\n"
        "from f.lib.tally import count_into, merged, remember\n\n\n"
        "def fill(out: list, rows) -> int:\n    out.extend(rows)\n    return len(out)\n\n\n"
        "@workflow\nasync def main(rows: list[dict]):\n"
        "    units: dict = {}\n    seen: set = set()\n    kept: list = []\n"
        '    await step("a", lambda: count_into(units, rows))\n'  # 14: WAC104
        '    await step("b", lambda: remember(seen, "x"))\n'  # 15: WAC104
        '    await step("c", lambda: fill(kept, rows))\n'  # 16: WAC104 (a helper of the file)
        '    fresh = await step("d", lambda: count_into({}, rows))\n'  # 17: fine
        '    copied = await step("e", lambda: merged(units, rows))\n'  # 18: fine (a copy)
        "    return units, seen, kept, fresh, copied\n"
    ),
    "f/kit/collect.ts": (
        "export function addAll<T>(into: T[], items: T[]): number {\n"
        "  into.push(...items);\n  return into.length;\n}\n\n"
        "export function uniq<T>(items: T[]): T[] {\n  return [...new Set(items)];\n}\n"
    ),
    "f/app/collect.ts": (
        'import { step, workflow } from "windmill-client";\n'
        'import { addAll, uniq } from "/f/kit/collect.ts";\n\n'
        "export const main = workflow(async (ids: string[]) => {\n"
        "  const orders: string[] = [];\n"
        '  await step("a", () => addAll(orders, ids));\n'  # 6: WAC104
        '  const u = await step("b", () => uniq(ids));\n'  # 7: fine
        '  const n = await step("c", () => addAll([], ids));\n'  # 8: fine
        "  return { orders, u, n };\n});\n"
    ),
    "f/kit/cache.ts": (
        'import type Redis from "ioredis";\n\n'
        "export function remember(r: Redis, key: string, value: string) {\n"
        "  return r.set(key, value);\n}\n"
    ),
    "f/app/cache.ts": (
        'import { step, workflow } from "windmill-client";\nimport Redis from "ioredis";\n'
        'import { remember } from "/f/kit/cache.ts";\n\nconst redis = new Redis();\n\n'
        "export const main = workflow(async (key: string) => {\n"
        '  await step("cache", () => remember(redis, key, "x"));\n'  # fine: writes the service
        "  return key;\n});\n"
    ),
    # ---- modules loaded in the body with importlib, and imported helpers run at load ---
    "f/lib/http.py": (
        "import httpx\nimport psycopg\n\n\n"
        "def load(url: str) -> dict:\n    return httpx.get(url).json()\n\n\n"
        "def connect(dsn: str):\n    return psycopg.connect(dsn)\n"
    ),
    "f/lib/live.py": (
        'from f.lib.http import load\n\nLIMITS = load("https://occ.example/limits")\n\n\n'
        "def limit(line: str) -> int:\n    return int(LIMITS.get(line, 30))\n"
    ),
    "f/lib/pool.py": 'from f.lib.http import connect\n\nCONN = connect("postgres://db/ops")\n',
    "f/lib/plain.py": "def limit(line: str) -> int:\n    return 30\n",
    "f/app/loads.py": (
        "import importlib\n\nfrom wmill import workflow\n\n"
        "from f.lib.pool import CONN\n\n"  # 5: fine (a connection kept for the body)
        'LIVE = "f.lib.live"\n\n\n'
        "@workflow\nasync def main(line: str):\n"
        '    a = importlib.import_module("f.lib.live")\n'  # 12: WAC101
        "    b = importlib.import_module(LIVE)\n"  # 13: WAC101 (a constant of the file)
        '    c = importlib.import_module("f.lib.plain")\n'  # 14: fine
        "    return a.limit(line) + b.limit(line) + c.limit(line), CONN\n"
    ),
    "f/app/imports_live.py": (
        "from wmill import workflow\n\nfrom f.lib.live import limit\n\n\n"  # 3: WAC101
        "@workflow\nasync def main(line: str):\n    return limit(line)\n"
    ),
    # ---- an instance of an imported class called: its `__call__` -----------------------
    "f/lib/retry.py": (
        "class Backoff:\n    async def __call__(self, fn, *args):\n"
        "        for _ in range(3):\n            try:\n                return await fn(*args)\n"
        "            except BaseException:\n                pass\n\n\n"
        "class Soft:\n    async def __call__(self, fn, *args):\n"
        "        for _ in range(3):\n            try:\n                return await fn(*args)\n"
        "            except Exception:\n                pass\n\n\n"
        "BACKOFF = Backoff()\nSOFT = Soft()\n"
    ),
    "f/app/retry.py": (
        "from wmill import task, workflow\n\nfrom f.lib.retry import BACKOFF, SOFT, Backoff\n\n\n"
        "@task()\nasync def page(x: str) -> str:\n    return x\n\n\n"
        "@workflow\nasync def main(x: str):\n"
        "    await BACKOFF(page, x)\n"  # 12: WAC201
        "    await Backoff()(page, x)\n"  # 13: WAC201
        "    await SOFT(page, x)\n"  # 14: fine (`except Exception`)
        "    policy = Backoff()\n"  # 15: fine (built, not called)
        "    return policy\n"
    ),
    # ---- a method inherited through a mixin (`class X extends Paged(Base)`) ------------
    "f/app/mixin.ts": (
        'import { workflow } from "windmill-client";\n\n'
        "type Ctor<T = object> = new (...args: any[]) => T;\n\n"
        "class ApiBase {\n  constructor(readonly root: string) {}\n"
        "  async request(path: string): Promise<unknown> {\n"
        "    return (await fetch(`${this.root}${path}`)).json();\n  }\n}\n\n"
        "function Paged<T extends Ctor<ApiBase>>(Base: T) {\n"
        "  return class extends Base {\n"
        "    label(path: string): string {\n      return `${this.root}${path}`;\n    }\n"
        "  };\n}\n\n"
        "const Timed = <T extends Ctor<ApiBase>>(Base: T) =>\n"
        "  class extends Base {\n    started = 0;\n  };\n\n"
        "class Infra extends Paged(ApiBase) {\n"
        "  async possessions(line: string) {\n"
        "    return this.request(`/lines/${line}`);\n  }\n}\n\n"
        "class Boards extends Timed(Paged(ApiBase)) {}\n\n"
        "export const main = workflow(async (line: string, station: string) => {\n"
        '  const api = new Infra("https://infra.example");\n'
        '  const boards = new Boards("https://boards.example");\n'
        "  const a = await api.possessions(line);\n"  # 36: WAC101 (through the mixin)
        "  const label = api.label(line) + boards.label(station);\n"  # 37: fine
        "  return { a, label };\n"
        "});\n"
    ),
    "f/app/mixin_chain.ts": (
        'import { workflow } from "windmill-client";\n\n'
        "type Ctor<T = object> = new (...args: any[]) => T;\n\n"
        "class ApiBase {\n  async request(path: string): Promise<unknown> {\n"
        "    return (await fetch(path)).json();\n  }\n}\n\n"
        "const Paged = <T extends Ctor<ApiBase>>(Base: T) => class extends Base {};\n"
        "const Timed = <T extends Ctor<ApiBase>>(Base: T) => class extends Base {};\n\n"
        "class Boards extends Timed(Paged(ApiBase)) {}\n\n"
        "export const main = workflow(async (station: string) => {\n"
        "  return await new Boards().request(station);\n"  # 17: WAC101 (two mixins deep)
        "});\n"
    ),
    "f/kit/rest.ts": (
        "export type Ctor<T = object> = new (...args: any[]) => T;\n\n"
        "export class ApiBase {\n  constructor(readonly root: string) {}\n"
        "  async request(path: string): Promise<unknown> {\n"
        "    return (await fetch(`${this.root}${path}`)).json();\n  }\n}\n"
    ),
    "f/kit/paged.ts": (
        'import type { ApiBase, Ctor } from "./rest.ts";\n\n'
        "export function Paged<T extends Ctor<ApiBase>>(Base: T) {\n"
        "  return class extends Base {\n"
        "    async all(path: string): Promise<unknown[]> {\n"
        "      return [await this.request(`${path}?page=1`)];\n    }\n"
        "    label(path: string): string {\n      return `${this.root}${path}`;\n    }\n"
        "  };\n}\n"
    ),
    "f/kit/infra.ts": (
        'import { ApiBase } from "./rest.ts";\nimport { Paged } from "./paged.ts";\n\n'
        "class InfraClient extends Paged(ApiBase) {\n"
        "  async possessions(line: string) {\n    return this.all(`/lines/${line}`);\n  }\n}\n\n"
        'export default new InfraClient("https://infra.example");\n'
    ),
    "f/kit/local.ts": (
        "type Ctor<T = object> = new (...args: any[]) => T;\n\n"
        "class Store {\n  async save(row: object): Promise<number> {\n"
        '    return (await fetch("https://store.example", { method: "POST", body: '
        "JSON.stringify(row) })).status;\n  }\n}\n\n"
        "const Audited = <T extends Ctor<Store>>(Base: T) => class extends Base {};\n\n"
        "export class Ledger extends Audited(Store) {}\n"
    ),
    "f/app/mixin_imported.ts": (
        'import { workflow } from "windmill-client";\n'
        'import infra from "/f/kit/infra.ts";\nimport { Ledger } from "/f/kit/local.ts";\n\n'
        "export const main = workflow(async (line: string) => {\n"
        "  const a = await infra.possessions(line);\n"  # 6: WAC101 (an imported mixin)
        "  const b = await new Ledger().save({ line });\n"  # 7: WAC101 (a mixin of that module)
        "  return { a, b, label: infra.label(line) };\n"  # 8: fine
        "});\n"
    ),
    # ---- set algebra over sets another module binds ------------------------------------
    "f/lib/platforms.py": 'PLATFORMS = {"1", "2", "3"}\nEXTRA = {"3a"}\nTRACKS = {1, 2}\n',
    "f/app/platforms.py": (
        "from wmill import task, workflow\n\n"
        "from f.lib.platforms import EXTRA, PLATFORMS, TRACKS\n\n\n"
        "@task()\nasync def check(p: str) -> str:\n    return p\n\n\n"
        "@workflow\nasync def main():\n"
        "    for p in PLATFORMS | EXTRA:\n"  # 13: WAC105
        "        await check(p)\n"
        "    for p in PLATFORMS.union(EXTRA):\n"  # 15: WAC105
        "        await check(p)\n"
        "    for p in sorted(PLATFORMS | EXTRA):\n"  # 17: fine
        "        await check(p)\n"
        "    for t in TRACKS | {3}:\n"  # 19: fine (ints hash to themselves)
        "        await check(str(t))\n"
    ),
    # ---- found beside: an inherited method the body also calls directly --------------
    "f/app/inherited_twice.ts": (
        'import { workflow } from "windmill-client";\n\n'
        "class Base {\n  async req(p: string): Promise<unknown> {\n"
        "    return (await fetch(p)).json();\n  }\n}\n\n"
        "class Sub extends Base {\n  async poss(l: string) {\n"
        "    return this.req(`/lines/${l}`);\n  }\n}\n\n"
        "export const main = workflow(async (x: string) => {\n"
        "  const a = new Sub();\n"
        "  const r1 = await a.poss(x);\n"  # 17: WAC101
        "  const r2 = await a.req(x);\n"  # 18: WAC101
        "  return { r1, r2 };\n});\n"
    ),
}


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[int, str, str, str]]]:
    forget_projects()
    root = tmp_path_factory.mktemp("al_small")
    (root / "wmill.yaml").write_text("defaultTs: bun\n")
    for name, text in SMALL.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    out: dict[str, list[tuple[int, str, str, str]]] = {}
    for name in SMALL:
        result = analyze_source(read_source(root / name))
        assert result.errors == [], result.errors
        out[name] = sorted(
            (f.row, f.code, f.severity, f.message) for f in result.findings if f.code != "WAC901"
        )
    return out


def rows(found: list[tuple[int, str, str, str]]) -> list[tuple[int, str]]:
    return sorted({(row, code) for row, code, _, _ in found})


def test_library_modules_are_clean(small) -> None:
    for name in SMALL:
        if not name.startswith("f/app/"):
            assert small[name] == [], name


def test_a_date_built_from_a_date_is_given(small) -> None:
    # publish_gtfs_ok.py: `service_day(datetime.fromisoformat(ts).astimezone(TZ))` of
    # `at = at or datetime.now(TZ)` was said to read the clock: `.astimezone(...)` of a
    # datetime was not known to give one (always truthy)
    found = small["f/app/days.py"]
    assert rows(found) == [(13, "WAC102"), (14, "WAC102")]
    assert found[0][3] == (
        "`datetime.now` (reached through `main → f.lib.days.service_day → datetime.now`) reads "
        "the clock: the value changes between replays of the workflow body; capture it with "
        "`step(...)`"
    )


def test_a_step_callback_handing_body_state_to_a_helper_that_fills_it(small) -> None:
    # depot_sweep.py / bus_replacement.ts: `count_into(units, rows)` / `addAll(orders, ids)`
    # in a step callback, the helper (of another module) filling the container it is
    # given: only changes written in the callback itself were read
    found = small["f/app/tally.py"]
    assert rows(found) == [(16, "WAC104"), (17, "WAC104"), (18, "WAC104")]
    assert found[0][3] == (
        "`count_into(...)` inside a `step(...)` callback changes `units` in place (its "
        "parameter `acc`, changed on line 3 of f/lib/tally.py), which belongs to the workflow "
        "body: once the step is checkpointed it is not called again and only its return value "
        "comes back, so the change is lost on replay; return the value from the step and "
        "assign it in the body"
    )
    assert "(its parameter `out`, changed on line 7 of this file)" in found[2][3]
    ts = small["f/app/collect.ts"]
    assert rows(ts) == [(6, "WAC104")]
    assert "(its parameter `into`, changed on line 2 of f/kit/collect.ts)" in ts[0][3]
    # a library's client handed over: its `set` writes the service, not workflow state
    assert small["f/app/cache.ts"] == []


def test_modules_loaded_in_the_body_and_helpers_run_at_load(small) -> None:
    # headway_watch.py: `importlib.import_module("f.rail.lib.live")` in the body, a module
    # whose top level calls `fetch_json` of another module: neither the `importlib` call
    # in the body nor a module-level call of an imported helper was followed
    found = small["f/app/loads.py"]
    assert rows(found) == [(12, "WAC101"), (13, "WAC101")]
    assert found[0][3] == (
        "importing f/lib/live.py runs its module-level `f.lib.http.load → httpx.get` (line 3), "
        "which does network I/O, on every replay of the workflow: the script runs again from "
        "the top each time; move that call into a function the workflow runs in a task or a "
        "`step(...)`"
    )
    assert rows(small["f/app/imports_live.py"]) == [(3, "WAC101")]


def test_an_instance_of_an_imported_class_called(small) -> None:
    # fault_triage.py: `await BACKOFF(page_oncall, ...)` of `BACKOFF = Backoff()` in another
    # module, whose `__call__` catches `BaseException`: only its named methods were read
    found = small["f/app/retry.py"]
    assert rows(found) == [(13, "WAC201"), (14, "WAC201")]
    assert found[0][3] == (
        "`BACKOFF` catches the SDK's suspension (a BaseException) (in `BACKOFF → "
        "Backoff.__call__`, which the workflow calls): the workflow cannot suspend here; catch "
        "`Exception` or `TaskError`, or re-raise"
    )


def test_a_method_inherited_through_a_mixin(small) -> None:
    # possession_plan.ts: `class InfraClient extends Paged(ApiBase)`: a base written as a
    # call of a function returning `class extends Base {...}` was not read
    found = small["f/app/mixin.ts"]
    assert rows(found) == [(36, "WAC101")]
    assert found[0][3] == (
        "`fetch` (reached through `main → Infra.possessions → ApiBase.request → fetch`) does "
        "network I/O in the workflow body, which re-runs on every replay; move it into a task "
        "or a `step(...)`"
    )
    assert rows(small["f/app/mixin_chain.ts"]) == [(17, "WAC101")]

    imported = small["f/app/mixin_imported.ts"]
    assert rows(imported) == [(6, "WAC101"), (7, "WAC101")]
    assert imported[0][3] == (
        "`fetch` (reached through `main → f/kit/infra.ts.default.possessions → "
        "f/kit/paged.ts.Paged.all → f/kit/rest.ts.ApiBase.request → fetch`) does network I/O in "
        "the workflow body, which re-runs on every replay; move it into a task or a `step(...)`"
    )


def test_set_algebra_over_sets_of_another_module(small) -> None:
    # platform_sweep.py: `for platform in PLATFORMS | EXTRA:`, both sets of strings bound
    # by another module: only the imported name itself was read
    found = small["f/app/platforms.py"]
    assert rows(found) == [(13, "WAC105"), (15, "WAC105")]
    assert found[0][3] == (
        "Durable calls are dispatched in the order of `PLATFORMS | EXTRA`, set algebra over a "
        "set (`PLATFORMS` of f/lib/platforms.py), which can differ between replays; checkpoint "
        "keys follow call order, so results can be swapped; iterate `sorted(...)`"
    )


def test_an_inherited_method_the_body_also_calls(small) -> None:
    # found beside the repository: `this.req(...)` in `Sub.poss` was not reported at the
    # body's `a.poss(x)` once the body also called `a.req(x)`: the walk of `Base.req` for
    # the receiver `Sub` marked it walked, and the receiver-less call was taken for a
    # revisit of a walk that never happened
    found = small["f/app/inherited_twice.ts"]
    assert found[0][3] == (
        "`fetch` (reached through `main → Sub.poss → Base.req → fetch`) does network I/O in "
        "the workflow body, which re-runs on every replay; move it into a task or a "
        "`step(...)`"
    )
    assert rows(small["f/app/inherited_twice.ts"]) == [(17, "WAC101"), (18, "WAC101")]
