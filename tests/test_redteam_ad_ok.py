"""Red team AD (ado): regressions for the general causes behind false findings on
correct WAC scripts (`tests/corpus/adversarial/ad_ok_*`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def run(code: str, *codes: str, ts: bool = False) -> list[tuple[int, str, str]]:
    lang = LANG_TYPESCRIPT if ts else LANG_PYTHON
    source = SourceFile("<t>.ts" if ts else "<t>.py", code, lang)
    result = analyze_source(source, select=list(codes))
    assert not result.errors, [e.error for e in result.errors]
    return [(f.row, f.code, f.message) for f in result.findings]


def rows(code: str, *codes: str, ts: bool = False) -> list[tuple[int, str]]:
    return [(row, rule) for row, rule, _ in run(code, *codes, ts=ts)]


# A generator built without a seed and seeded in place by the next statements
# (`fake.seed_instance(season)`, `rng.seed(job_id)`) draws the same values every round.
SEEDED_IN_PLACE = (
    "import random\n"
    "from faker import Faker\n"
    "from wmill import task, workflow\n"
    "@task()\n"
    "async def t(x: str) -> str:\n"
    "    return x\n"
    "@workflow\n"
    "async def main(season: str, job: str):\n"
    "    fake = Faker()\n"
    "    fake.seed_instance(season)\n"
    "    promo = fake.bothify('SKI-####')\n"
    "    rng = random.Random()\n"
    "    rng.seed(job)\n"
    "    pick = rng.choice(['a', 'b'])\n"
    "    early = Faker()\n"
    "    name = early.name()\n"
    "    early.seed_instance(season)\n"
    "    os_seeded = random.Random()\n"
    "    os_seeded.seed()\n"
    "    salted = Faker()\n"
    "    salted.seed_instance(hash(season))\n"
    "    none_seeded = Faker()\n"
    "    none_seeded.seed_instance(None)\n"
    "    drawn = os_seeded.choice('xy') + salted.name() + none_seeded.name()\n"
    "    return await t(promo + pick + name + drawn)\n"
)


def test_generator_seeded_in_place_after_it_is_built() -> None:
    found = rows(SEEDED_IN_PLACE, "WAC102")
    # used before its seed (15), seeded from the OS (18), a salted hash (20, 21: the
    # hash itself), seeded with None (22): still reported where built
    assert found == [(15, "WAC102"), (18, "WAC102"), (20, "WAC102"), (21, "WAC102"), (22, "WAC102")]


# `api.push(terms)` on an object literal (or an instance of a class of the file) that
# defines `push` itself runs that function, not Array.prototype.push.
OWN_MEMBER_TS = (
    'import { task, workflow } from "windmill-client";\n'
    "const api = {\n"
    '  base: "https://x.example",\n'
    "  push: async (terms: string[]) => {\n"
    '    await fetch(`${api.base}/t`, { method: "PUT", body: JSON.stringify(terms) });\n'
    "    return terms.length;\n"
    "  },\n"
    "  set(key: string, v: string) {\n"
    '    return fetch(`${api.base}/k/${key}`, { method: "PUT", body: v });\n'
    "  },\n"
    "};\n"
    "const seen: string[] = [];\n"
    "class Outbox {\n"
    "  async push(msg: string) {\n"
    '    await fetch("https://x.example/outbox", { method: "POST", body: msg });\n'
    "    return msg;\n"
    "  }\n"
    "}\n"
    "const outbox = new Outbox();\n"
    "class Ledger {\n"
    "  rows: string[] = [];\n"
    "  add(row: string) {\n"
    "    this.rows.push(row);\n"
    "  }\n"
    "}\n"
    "const ledger = new Ledger();\n"
    "const a = task(async (terms: string[]) => api.push(terms));\n"
    'const b = task(async (k: string) => api.set(k, "v"));\n'
    "const c = task(async (m: string) => outbox.push(m));\n"
    "const d = task(async (m: string) => { seen.push(m); return m; });\n"
    "const f = task(async (m: string) => { ledger.add(m); return m; });\n"
    "export const main = workflow(async (terms: string[]) => {\n"
    "  await a(terms);\n"
    '  await b("k");\n'
    '  await c("m");\n'
    '  await d("m");\n'
    '  await f("m");\n'
    "  return [api.base, seen.length, ledger.rows.length, outbox];\n"
    "});\n"
)


def test_own_member_named_like_a_container_method_ts() -> None:
    found = run(OWN_MEMBER_TS, "WAC104", ts=True)
    assert [(row, code) for row, code, _ in found] == [(30, "WAC104"), (31, "WAC104")]
    assert "`seen`" in found[0][2]
    assert "`ledger.rows`" in found[1][2]


OWN_MEMBER_PY = (
    "import httpx\n"
    "from wmill import step, task, workflow\n"
    "class Outbox:\n"
    "    def __init__(self):\n"
    "        self.sent = []\n"
    "    def append(self, msg: str) -> None:\n"
    "        httpx.post('https://x.example/outbox', json={'m': msg})\n"
    "class Journal:\n"
    "    def __init__(self):\n"
    "        self.rows = []\n"
    "    def append(self, row: str) -> None:\n"
    "        self.rows.append(row)\n"
    "outbox = Outbox()\n"
    "journal = Journal()\n"
    "@task()\n"
    "async def a(m: str) -> str:\n"
    "    outbox.append(m)\n"
    "    return m\n"
    "@workflow\n"
    "async def main(m: str):\n"
    "    await a(m)\n"
    "    await step('j', lambda: journal.append(m))\n"
    "    return [outbox.sent, journal.rows]\n"
)


def test_own_method_named_like_a_list_method_py() -> None:
    found = run(OWN_MEMBER_PY, "WAC104")
    assert [(row, code) for row, code, _ in found] == [(22, "WAC104")]
    assert "`journal.rows`" in found[0][2]


# A task's / step's result that comes back a string (`Decimal`, `datetime`, `Date`) and
# that every read in the workflow rebuilds from that string (`Decimal(str(await
# fee(x)))`, `new Date(await step(...))`) works; any other read is still reported.
REBUILT_PY = (
    "from datetime import datetime\n"
    "from decimal import Decimal\n"
    "\n"
    "from wmill import parallel, task, workflow\n"
    "\n"
    "\n"
    "@task()\n"
    "async def price(x: str) -> Decimal:\n"
    "    return Decimal(x)\n"
    "\n"
    "\n"
    "@task()\n"
    "async def due(x: str) -> datetime:\n"
    "    return datetime.fromisoformat(x)\n"
    "\n"
    "\n"
    "@task()\n"
    "async def fee(x: str) -> Decimal:\n"
    "    return Decimal(x)\n"
    "\n"
    "\n"
    "@task()\n"
    "async def rate(x: str) -> Decimal:\n"
    "    return Decimal(x)\n"
    "\n"
    "\n"
    "@workflow\n"
    "async def main(x: str, xs: list[str]):\n"
    "    raw = await price(x)\n"
    "    total = raw + Decimal(1)\n"
    "    d = await due(x)\n"
    "    a = Decimal(str(await fee(x)))\n"
    "    b = await fee(x)\n"
    "    rates = await parallel(xs, rate)\n"
    "    return [str(total), d.year, str(a), b, [Decimal(r) for r in rates]]\n"
)


def test_result_rebuilt_from_its_string_py() -> None:
    # price: read by `+`; due: `.year`; fee: one call rebuilt, one returned raw;
    # rate: handed to `parallel` (its reads not followed)
    assert rows(REBUILT_PY, "WAC107") == [
        (9, "WAC107"),
        (14, "WAC107"),
        (19, "WAC107"),
        (24, "WAC107"),
    ]
    only_rebuilt = REBUILT_PY.replace("    b = await fee(x)\n", "    b = 0\n")
    assert rows(only_rebuilt, "WAC107") == [(9, "WAC107"), (14, "WAC107"), (24, "WAC107")]


REBUILT_TS = (
    'import { step, task, workflow } from "windmill-client";\n'
    "\n"
    "const when = task(async (x: string) => new Date(x));\n"
    "const later = task(async (x: string) => new Date(x));\n"
    "\n"
    "export const main = workflow(async (x: string) => {\n"
    '  const at = await step("now", () => new Date());\n'
    "  const w = await when(x);\n"
    "  const ok = new Date(await later(x));\n"
    '  const again = new Date(await step("again", () => new Date()));\n'
    "  const out = { ok: ok.toISOString(), again: again.toISOString() };\n"
    "  return { t: at.getTime(), w: w.getTime(), ...out };\n"
    "});\n"
)


def test_result_rebuilt_from_its_string_ts() -> None:
    # `when` and the "now" step are read with `.getTime()`; `later` and "again" rebuilt
    assert rows(REBUILT_TS, "WAC107", ts=True) == [(3, "WAC107"), (7, "WAC107")]


# The other values JSON writes as a string their constructor reads back: `UUID`, `Path`,
# `ipaddress` objects, `Fraction`; TypeScript `URL` and `bigint`.
REBUILT_STRINGS_PY = (
    "import ipaddress\n"
    "import uuid\n"
    "from fractions import Fraction\n"
    "from pathlib import Path\n"
    "\n"
    "from wmill import task, workflow\n"
    "\n"
    "\n"
    "@task()\n"
    "async def mint(label: str) -> uuid.UUID:\n"
    "    return uuid.uuid5(uuid.NAMESPACE_URL, label)\n"
    "\n"
    "\n"
    "@task()\n"
    "async def spool(label: str) -> Path:\n"
    '    return Path("/tmp") / label\n'
    "\n"
    "\n"
    "@task()\n"
    "async def gateway(cidr: str):\n"
    "    return ipaddress.ip_network(cidr)\n"
    "\n"
    "\n"
    "@task()\n"
    "async def share(a: int, b: int) -> Fraction:\n"
    "    return Fraction(a, b)\n"
    "\n"
    "\n"
    "@task()\n"
    "async def bad(label: str) -> uuid.UUID:\n"
    "    return uuid.uuid5(uuid.NAMESPACE_URL, label)\n"
    "\n"
    "\n"
    "@workflow\n"
    "async def main(name: str, cidr: str):\n"
    "    run_id = uuid.UUID(await mint(name))\n"
    "    p = Path(await spool(name))\n"
    "    net = ipaddress.ip_network(await gateway(cidr))\n"
    "    f = Fraction(await share(1, 3))\n"
    "    b = await bad(name)\n"
    "    return [str(run_id), p.name, str(net.netmask), float(f), b.hex]\n"
)


def test_more_results_rebuilt_from_their_string_py() -> None:
    assert rows(REBUILT_STRINGS_PY, "WAC107") == [(31, "WAC107")]  # `b.hex`: not rebuilt


REBUILT_STRINGS_TS = (
    'import { task, workflow } from "windmill-client";\n'
    "\n"
    'const link = task(async (path: string) => new URL(path, "https://x.example"));\n'
    "const big = task(async (n: number) => BigInt(n) * 10n);\n"
    "const big2 = task(async (n: number) => BigInt(n) * 10n);\n"
    "\n"
    "export const main = workflow(async (path: string) => {\n"
    "  const u = new URL(await link(path));\n"
    "  const b = BigInt(await big(3));\n"
    "  const c = await big2(3);\n"
    "  return { host: u.host, b: b.toString(), c: c + 1n };\n"
    "});\n"
)


def test_more_results_rebuilt_from_their_string_ts() -> None:
    assert rows(REBUILT_STRINGS_TS, "WAC107", ts=True) == [(5, "WAC107")]  # `c + 1n`
