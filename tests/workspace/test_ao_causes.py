"""Red team AO-R: one small case per general cause the brewery repository (`ao_repo/`,
`test_ao_repo.py`) found, each with other spellings of the same cause and the correct
look-alikes beside them. One workspace, analysed once.
"""

from __future__ import annotations

import pytest

from wac_lint.engine import analyze_source, read_source
from wac_lint.workspace.root import forget_projects

SMALL = {
    # ---- a folder's `__init__.py` serving names through its module `__getattr__` ------
    "f/lib/__init__.py": (
        "import importlib\n\n_LAZY = {'Batch': '.batch', 'clock': '.clock'}\n\n\n"
        "def __getattr__(name):\n"
        "    return getattr(importlib.import_module(_LAZY[name], __name__), name)\n"
    ),
    "f/lib/batch.py": "class Batch:\n    pass\n",
    "f/lib/qc/limits.py": "LIMITS = {}\n",
    "f/app/lazy.py": (
        "from wmill import workflow\n\n"
        "import f.lib as lib\n"
        "from f.lib import batch, qc\n"  # 4: fine (a script, a folder)
        "from f.lib import Batch\n"  # 5: WAC403
        "from f.lib import clock as c\n\n\n"  # 6: WAC403
        "@workflow\nasync def main():\n"
        "    return [Batch, c, batch.Batch, qc, lib.Batch, lib.batch]\n"  # 11: WAC403 (lib.Batch)
    ),
    # ---- a module serving a name through its PEP 562 `__getattr__`, which fetches ------
    "f/lib/hops.py": (
        "import requests\n\nALPHA = {'citra': 12.0}\n\n\n"
        "def alpha(v):\n    return ALPHA.get(v, 8.0)\n\n\n"
        "def __getattr__(name):\n    if name == 'PRICES':\n"
        "        return requests.get('https://hops.example/prices', timeout=5).json()\n"
        "    raise AttributeError(name)\n"
    ),
    "f/app/prices.py": (
        "from wmill import step, workflow\n\n"
        "import f.lib.hops as h\n"
        "from f.lib import hops\n\n\n"
        "@workflow\nasync def main(v: str):\n"
        "    a = hops.PRICES[v]\n"  # 9: WAC101
        "    b = h.PRICES\n"  # 10: WAC101
        "    c = hops.alpha(v)\n"  # 11: fine
        "    d = hops.ALPHA[v]\n"  # 12: fine (bound)
        '    e = await step("p", lambda: hops.PRICES[v])\n'  # 13: fine
        "    return [a, b, c, d, e, hops.__name__]\n"
    ),
    "f/app/prices_at_import.py": (
        "from wmill import workflow\n\n"
        "from f.lib.hops import PRICES, alpha\n\n\n"  # 3: WAC101 (at load)
        "@workflow\nasync def main(v: str):\n    return PRICES[v] * alpha(v)\n"
    ),
    # ---- a TypeScript import of a name its module (and its `export *`) does not export --
    "f/kit/names.ts": "export const lineStep = (l: string) => `line-${l}`;\n",
    "f/kit/types.ts": "export interface Tap {\n  line: string;\n}\n",
    "f/kit/scale.ts": "export class Scale {}\n",
    "f/kit/index.ts": (
        'export type { Tap } from "./types.ts";\n'
        'export * from "./names.ts";\n'
        'export * as scale from "./scale.ts";\n'
    ),
    "f/kit/loose.ts": 'export * from "lodash";\nexport const own = 1;\n',
    "f/kit/legacy.ts": "module.exports = { shout: (t: string) => t.toUpperCase() };\n",
    "f/app/renamed.ts": (
        'import { workflow } from "windmill-client";\n'
        'import { lineStep, scale, tapStep } from "/f/kit/index.ts";\n'  # 2: WAC403 (tapStep)
        'import type { Gone } from "/f/kit/index.ts";\n'  # 3: fine (erased)
        'import { Tap, Missing } from "/f/kit/index.ts";\n'  # 4: fine (types only)
        'import Names from "/f/kit/names.ts";\n'  # 5: WAC403 (no default)
        'import { chunk, own } from "/f/kit/loose.ts";\n'  # 6: fine (lodash's names)
        'import { shout } from "/f/kit/legacy.ts";\n\n'  # 7: fine (CommonJS)
        "export const main = workflow(async (l: string) => {\n"
        "  const t: Tap | Gone | Missing = { line: l };\n"
        "  return [lineStep(l), scale, tapStep(l), Names, chunk, own, shout(l), t];\n});\n"
    ),
    # ---- a task changing state another module holds, the body reading it back ----------
    "f/kit/taplist.ts": (
        "class Taplist {\n  #lines = new Map<string, string>();\n\n"
        "  pour(line: string, beer: string): void {\n    this.#lines.set(line, beer);\n  }\n\n"
        "  current(line: string): string | null {\n"
        "    return this.#lines.get(line) ?? null;\n  }\n\n"
        "  label(line: string): string {\n    return `tap ${line}`;\n  }\n}\n\n"
        "export default new Taplist();\n"
    ),
    "f/kit/counters.ts": (
        "export let pours = 0;\nexport const LIMIT = 40;\n\n"
        "export function countPour(litres: number): void {\n  pours += litres;\n}\n"
    ),
    "f/kit/bar.ts": (
        'export { default as taplist } from "./taplist.ts";\nexport * from "./counters.ts";\n'
    ),
    "f/app/taps.ts": (
        'import { step, task, workflow } from "windmill-client";\n'
        'import { countPour, LIMIT, pours, taplist } from "/f/kit/bar.ts";\n\n'
        "const pour = task(async (line: string, beer: string) => {\n"
        "  taplist.pour(line, beer);\n"  # 5: WAC104 (the body reads `taplist.current`)
        "  countPour(2);\n"  # 6: WAC104 (the body reads `pours`)
        "  return { line, beer };\n});\n\n"
        "export const main = workflow(async (line: string, beer: string) => {\n"
        "  await pour(line, beer);\n"
        '  await step("count", () => countPour(1));\n'  # 12: WAC104
        "  return { now: taplist.current(line), pours, limit: LIMIT };\n});\n"
    ),
    "f/app/taps_ok.ts": (
        'import { task, workflow } from "windmill-client";\n'
        'import { countPour, LIMIT, taplist } from "/f/kit/bar.ts";\n\n'
        "const pour = task(async (line: string, beer: string) => {\n"
        "  taplist.pour(line, beer);\n"  # fine: the body reads nothing it changes
        "  countPour(2);\n"
        "  return { line, beer };\n});\n\n"
        "export const main = workflow(async (line: string, beer: string) => {\n"
        "  const poured = await pour(line, beer);\n"
        "  return { poured, label: taplist.label(line), limit: LIMIT };\n});\n"
    ),
    "f/lib/pool.py": (
        "class Pool:\n    def __init__(self):\n        self.claims = {}\n\n"
        "    def claim(self, vessel, batch):\n        self.claims[vessel] = batch\n\n"
        "    def holder(self, vessel):\n        return self.claims.get(vessel)\n\n\n"
        "POOL = Pool()\nTALLY = {'claims': 0}\n\n\n"
        "def bump():\n    TALLY['claims'] += 1\n"
    ),
    "f/app/pool.py": (
        "from wmill import task, workflow\n\n"
        "from f.lib import pool\nfrom f.lib.pool import POOL\n\n\n"
        "@task\nasync def reserve(vessel: str, batch: str) -> dict:\n"
        "    POOL.claim(vessel, batch)\n"  # 9: WAC104
        "    pool.bump()\n"  # 10: WAC104 (the body reads `pool.TALLY`)
        "    return {'vessel': vessel}\n\n\n"
        "@workflow\nasync def main(vessel: str, batch: str):\n"
        "    await reserve(vessel, batch)\n"
        "    return [POOL.holder(vessel), pool.TALLY['claims']]\n"
    ),
    # ---- a helper's guard settled by a comparison, a `**` constant, a constant object --
    "f/lib/config.py": ('LIVE = False\nREFRESH = {"refresh": True}\nQUIET = {"refresh": False}\n'),
    "f/lib/fill.py": (
        "import time\n\nimport httpx\n\n\n"
        "def settle(seconds: float = 0.0) -> None:\n    if seconds > 0:\n"
        "        time.sleep(seconds)\n\n\n"
        "def backoff(tries=3):\n    if 0 < tries:\n        time.sleep(tries)\n\n\n"
        "def limits(style: str, refresh: bool = False) -> dict:\n    if refresh:\n"
        "        return httpx.get(f'https://gw.example/{style}').json()\n"
        "    return {}\n"
    ),
    "f/app/guards.py": (
        "from wmill import workflow\n\n"
        "from f.lib.config import LIVE, QUIET, REFRESH\n"
        "from f.lib.fill import backoff, limits, settle\n\n"
        'LOCAL = {"refresh": False}\nTOUCHED = {"refresh": False}\nTOUCHED["refresh"] = True\n\n\n'
        "@workflow\nasync def main(style: str):\n"
        "    settle()\n"  # 13: fine
        "    settle(0)\n"  # 14: fine
        "    settle(seconds=-1)\n"  # 15: fine
        "    settle(5)\n"  # 16: WAC101
        "    backoff(0)\n"  # 17: fine
        "    backoff()\n"  # 18: WAC101 (3 > 0)
        "    a = limits(style, **QUIET)\n"  # 19: fine
        "    b = limits(style, **REFRESH)\n"  # 20: WAC101
        '    c = limits(style, **{"refresh": False})\n'  # 21: fine
        "    d = limits(style, **LOCAL)\n"  # 22: fine
        "    e = limits(style, **TOUCHED)\n"  # 23: WAC101 (changed in place)
        "    f = limits(style, refresh=LIVE)\n"  # 24: fine
        "    return [a, b, c, d, e, f]\n"
    ),
    "f/app/local_guard.py": (
        "import time\n\nfrom wmill import workflow\n\n\n"
        "def settle(seconds: float = 0.0) -> None:\n    if seconds > 0:\n"
        "        time.sleep(seconds)\n\n\n"
        'QUIET = {"seconds": 0}\n\n\n'
        "@workflow\nasync def main(x: int):\n"
        "    settle()\n"  # 16: fine
        "    settle(3)\n"  # 17: WAC101
        "    settle(**QUIET)\n"  # 18: fine
        "    return x\n"
    ),
    "f/kit/opts.ts": (
        "export const STAMPED = { stamp: true } as const;\n"
        "export const PLAIN = { stamp: false } as const;\n"
    ),
    "f/kit/lots.ts": (
        "export function lotCode(beer: string, opts: { stamp?: boolean } = {}): string {\n"
        "  return opts.stamp ? `${beer}-${Date.now()}` : beer;\n}\n\n"
        "export async function pause(ms = 0): Promise<void> {\n"
        "  if (ms > 0) await Bun.sleep(ms);\n}\n"
    ),
    "f/app/lots.ts": (
        'import { workflow } from "windmill-client";\n'
        'import { lotCode, pause } from "/f/kit/lots.ts";\n'
        'import { PLAIN, STAMPED } from "/f/kit/opts.ts";\n\n'
        "const QUIET = { stamp: false };\n\n"
        "export const main = workflow(async (beer: string) => {\n"
        "  const a = lotCode(beer, PLAIN);\n"  # 8: fine
        "  const b = lotCode(beer, STAMPED);\n"  # 9: WAC102
        "  const c = lotCode(beer, QUIET);\n"  # 10: fine
        "  await pause();\n"  # 11: fine
        "  await pause(250);\n"  # 12: WAC101
        "  return [a, b, c];\n});\n"
    ),
}


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[int, str, str, str]]]:
    forget_projects()
    root = tmp_path_factory.mktemp("ao_small")
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


def test_a_name_a_folder_serves_through_its_module_getattr(small) -> None:
    # gravity_watch.py: `from f.brew.lib import Batch` where f/brew/lib/__init__.py binds
    # no `Batch` but serves it from its module `__getattr__`: Windmill never runs the
    # `__init__.py`, so the name is fetched as a script that does not exist
    found = small["f/app/lazy.py"]
    assert rows(found) == [(5, "WAC403"), (6, "WAC403"), (11, "WAC403")]
    assert found[0][3] == (
        "`f.lib` is the folder f/lib/: Windmill loads it as an empty module and never runs "
        "f/lib/__init__.py, so its module `__getattr__` never serves `Batch`: the name is "
        "fetched as the script `f/lib/Batch`, which does not exist, and is bound to an empty "
        "module; import it from the script that defines it"
    )
    assert found[2][3] == (
        "`f.lib` is the folder f/lib/: Windmill loads it as an empty module and never runs "
        "f/lib/__init__.py (nor does its module `__getattr__` run), so the module has no "
        "`Batch` and reading `lib.Batch` raises `AttributeError`; import it from the script "
        "that defines it"
    )


def test_a_module_attribute_served_by_its_getattr(small) -> None:
    # hop_order.py: `hops.PRICES` of a module binding no `PRICES` whose module
    # `__getattr__` (PEP 562) fetches: the read was taken for a plain attribute
    found = small["f/app/prices.py"]
    assert rows(found) == [(9, "WAC101"), (10, "WAC101")]
    assert found[0][3] == (
        "`requests.get` (reached through `main → f.lib.hops.__getattr__ → requests.get`) "
        "does network I/O in the workflow body, which re-runs on every replay; move it into "
        "a task or a `step(...)`"
    )


def test_a_name_imported_from_a_module_getattr(small) -> None:
    # the same module's name imported by name: the import calls `__getattr__` at load
    found = small["f/app/prices_at_import.py"]
    assert rows(found) == [(3, "WAC101")]
    assert found[0][3] == (
        "importing `PRICES` from f/lib/hops.py, which binds no such name, calls its module "
        "`__getattr__` (line 10), which reaches `requests.get` and does network I/O, on every "
        "replay of the workflow: the script runs again from the top each time; read the name "
        "in a task or a `step(...)`"
    )


def test_a_typescript_import_of_a_name_no_longer_exported(small) -> None:
    # pour_report.ts: `tapStep`, renamed `lineStep` in the module the barrel re-exports
    # with `export *`, still imported by its old name: Bun fails to link the script
    found = small["f/app/renamed.ts"]
    assert rows(found) == [(2, "WAC403"), (5, "WAC403")]
    assert found[0][3] == (
        "f/kit/index.ts exports no `tapStep`, directly or through `export *`: Bun links an "
        "import to its module's exports by name as the script loads, so the script fails "
        "with a `SyntaxError` before the workflow runs"
    )
    assert found[1][3].startswith("f/kit/names.ts exports no default, directly or")


def test_a_task_changing_state_another_module_holds(small) -> None:
    # tap_change.ts / happy_hour.ts: a task calling a method of an instance another
    # module exports (by default, re-exported by a barrel) that fills its `#private` map,
    # or a function bumping that module's `export let`, the body reading them back (a
    # method of the instance, the imported binding itself): neither was followed
    found = small["f/app/taps.ts"]
    assert rows(found) == [(5, "WAC104"), (6, "WAC104"), (12, "WAC104")]
    assert found[0][3] == (
        "`taplist.pour(...)` inside a task body changes `#lines` of the instance "
        "f/kit/taplist.ts exports by default (line 5), which the workflow body reads through "
        "`taplist.current(...)`: a task runs as its own job, so the workflow never sees the "
        "change; return the value from the task instead"
    )
    assert found[1][3] == (
        "`countPour(...)` inside a task body changes `pours`, module-level state of "
        "f/kit/counters.ts (line 5) that the workflow body reads through `pours`: a task runs "
        "as its own job, so the workflow never sees the change; return the value from the "
        "task instead"
    )
    assert small["f/app/taps_ok.ts"] == []
    py = small["f/app/pool.py"]
    assert rows(py) == [(9, "WAC104"), (10, "WAC104")]
    assert py[0][3].startswith(
        "`POOL.claim(...)` inside a task body changes `claims` of the instance `POOL` of "
        "f/lib/pool.py (line 6), which the workflow body reads through `POOL.holder(...)`"
    )
    assert "reads through `pool.TALLY`" in py[1][3]


def test_a_guard_settled_by_a_comparison_or_a_constant(small) -> None:
    # fill_check_ok.py / carbonation_ok.py / label_run_ok.ts: a helper's I/O behind
    # `if seconds > 0:` called without it, behind `if refresh:` given `**QUIET` (a dict
    # another module binds), behind `opts.stamp ?` given `PLAIN` (an object another
    # module binds): a comparison was no guard, and a name no argument the guard could read
    found = small["f/app/guards.py"]
    assert rows(found) == [(16, "WAC101"), (18, "WAC101"), (20, "WAC101"), (23, "WAC101")]
    assert found[0][3].startswith(
        "`time.sleep` (reached through `main → f.lib.fill.settle → time.sleep`) waits"
    )
    ts = small["f/app/lots.ts"]
    assert rows(ts) == [(9, "WAC102"), (12, "WAC101")]
    # a helper of the file, the same comparison
    assert rows(small["f/app/local_guard.py"]) == [(17, "WAC101")]
