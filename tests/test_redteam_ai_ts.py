"""Red team AI (ait): regressions for the general causes behind its TypeScript corpus
(`tests/corpus/adversarial/ai_ts_*`: drone surveys, a shipyard dry dock, choir tours,
ported from Temporal, Cloudflare Workflows, Restate and Durable Functions, or written by
an agent with classes, namespaces and generators): a static method of a class of the file
that changes the class's own members, called in a task body or a step callback (WAC104);
a function of an object literal nested in another (`ctx.rand.uuidv4()`, a Restate shim)
(WAC102); a namespace constant or a `static readonly` field as a step name (WAC103 names
the constant); a namespace-qualified type as a `main` parameter (WAC902); a generator
delegating (`yield*` / `yield from`) to one yielding durable calls, and a `for ... of`
over such a generator that never awaits the items (WAC106); a getter installed with
`Object.defineProperty`, which runs where the property is read, not where it is defined
(WAC102).

Each case is one small script; the analyses are cached so that a script shared by two
assertions is analysed once."""

from __future__ import annotations

from functools import cache

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

HEAD = (
    'import { task, step, workflow } from "windmill-client";\n'
    "const fly = task(async (id: string) => ({ id, wh: 40 }));\n"  # 2
)


@cache
def _analysed(code: str, python: bool = False) -> tuple[tuple[int, str, str, str], ...]:
    source = (
        SourceFile("<t>.py", code, LANG_PYTHON)
        if python
        else SourceFile("<t>.ts", code, LANG_TYPESCRIPT)
    )
    result = analyze_source(source)
    assert not result.errors, [e.error for e in result.errors]
    return tuple((f.row, f.code, str(f.severity), f.message) for f in result.findings)


def findings(code: str, *codes: str, python: bool = False) -> list[tuple[int, str]]:
    return [(row, c) for row, c, _, _ in _analysed(code, python) if c in codes]


def messages(code: str, code_: str, python: bool = False) -> list[str]:
    return [m for _, c, _, m in _analysed(code, python) if c == code_]


def body(*lines: str, head: str = "", params: str = "id: string") -> str:
    """A workflow after HEAD and `head`."""
    inner = "".join(f"  {line}\n" for line in lines)
    return HEAD + head + f"export const main = workflow(async ({params}) => {{\n" + inner + "});\n"


# --- WAC104: a static method changing the class's members ------------------------------

BUDGET = (
    "class Budget {\n"  # 3
    "  static used = 0;\n"
    "  static #spent = 0;\n"
    "  static charge(wh: number) { Budget.used += wh; }\n"  # 6
    "  static spend(wh: number) { this.#spent += wh; }\n"  # 7
    "  static cap(wh: number) { return Math.min(wh, 500); }\n"  # 8
    "  static get left() { return 900 - Budget.#spent; }\n"
    "}\n"
    "const flyCharged = task(async (id: string) => {\n"  # 11
    "  const log = await fly(id);\n"
    "  Budget.charge(log.wh);\n"  # 13
    "  Budget.spend(log.wh);\n"  # 14
    "  return Budget.cap(log.wh);\n"  # 15
    "});\n"
)


def test_a_task_calling_a_static_method_that_changes_a_static_member() -> None:
    code = body("await flyCharged(id);", "return Budget.used + Budget.left;", head=BUDGET)
    assert findings(code, "WAC104") == [(13, "WAC104"), (14, "WAC104")]
    shown = messages(code, "WAC104")
    assert "changes the module-level `Budget.used`" in shown[0]
    assert "changes the module-level `Budget.#spent`" in shown[1]  # `this` is the class


def test_a_static_member_the_body_never_reads_is_the_tasks_business() -> None:
    code = body("return await flyCharged(id);", head=BUDGET)
    assert findings(code, "WAC104") == []


REGISTRY = (
    "class Cranes {\n"  # 3
    "  static readonly held: string[] = [];\n"
    "  static hold(id: string) { Cranes.held.push(id); return id; }\n"
    "  static pick(id: string) { return id.length > 3 ? 'gantry' : 'luffing'; }\n"
    "}\n"
)


def test_a_step_callback_calling_a_static_method_that_pushes_on_a_static_list() -> None:
    code = body(
        'const c = await step("pick", () => Cranes.hold(id));',  # 9
        'const d = await step("pick", () => Cranes.pick(id));',  # 10
        "return [c, d, Cranes.held.length];",
        head=REGISTRY,
    )
    assert findings(code, "WAC104") == [(9, "WAC104")]
    assert "changes `Cranes.held`" in messages(code, "WAC104")[0]


PY_BUDGET = (
    "from wmill import task, workflow\n\n"
    "class Budget:\n"  # 3
    "    used = 0\n\n"
    "    @staticmethod\n"
    "    def charge(wh: int) -> None:\n"
    "        Budget.used += wh\n\n"
    "@task()\n"  # 10
    "async def fly(drone: str) -> int:\n"
    "    Budget.charge(40)\n"  # 12
    "    return 40\n\n"
    "@workflow\n"
    "async def main(drone: str):\n"
    "    await fly(drone)\n"
    "    return Budget.used\n"
)


def test_a_python_task_calling_a_static_method_that_changes_a_class_attribute() -> None:
    assert findings(PY_BUDGET, "WAC104", python=True) == [(12, "WAC104")]


# --- WAC102: a function of an object literal nested in another -------------------------

SHIM = (
    "const ctx = {\n"  # 3
    "  run: <T>(name: string, fn: () => T) => step(name, fn),\n"
    "  rand: {\n"
    "    uuidv4: () => crypto.randomUUID(),\n"
    '    safe: () => step("uuid", () => crypto.randomUUID()),\n'
    "  },\n"
    "};\n"
)


def test_a_function_of_a_nested_object_literal_reads_randomness_in_the_body() -> None:
    code = body("const key = ctx.rand.uuidv4();", "return await fly(key);", head=SHIM)  # 11
    assert findings(code, "WAC102") == [(11, "WAC102")]
    assert "main → ctx.rand.uuidv4 → crypto.randomUUID" in messages(code, "WAC102")[0]


def test_a_function_of_a_nested_object_literal_that_steps_is_fine() -> None:
    code = body("const key = await ctx.rand.safe();", "return await fly(key);", head=SHIM)
    assert findings(code, "WAC102") == []


# --- WAC103: constants spelled through a namespace or a static readonly field ----------

KEYS = (
    'namespace Keys { export const HOLD = "venue_hold"; }\n'  # 3
    'class Names { static readonly TUNER = "piano_tuner"; }\n'  # 4
)


def test_a_namespace_constant_or_static_field_step_name_is_named_as_the_constant() -> None:
    code = body(
        "await step(Keys.HOLD, () => 1);",  # 6
        "await step(Names.TUNER, () => 2);",  # 7
        "return await fly(id);",
        head=KEYS,
    )
    assert findings(code, "WAC103") == [(6, "WAC103"), (7, "WAC103")]
    shown = messages(code, "WAC103")
    assert 'is the constant `"venue_hold"`' in shown[0]
    assert 'is the constant `"piano_tuner"`' in shown[1]
    assert all(s == "info" for _, c, s, _ in _analysed(code) if c == "WAC103")


def test_a_namespace_constant_approval_key_used_once_is_not_a_computed_key() -> None:
    code = (
        'import { waitForApproval, workflow } from "windmill-client";\n'
        'namespace Approvals { export const CONTRACT = "venue_contract"; }\n'
        "export const main = workflow(async () => {\n"
        "  return await waitForApproval({ key: Approvals.CONTRACT });\n"
        "});\n"
    )
    assert findings(code, "WAC103") == []


# --- WAC902: a namespace-qualified parameter type --------------------------------------

TOUR = (
    'import { workflow } from "windmill-client";\n'
    "namespace Tour {\n"
    '  export type Region = "nordics" | "iberia";\n'
    "  export interface Leg { from: string; to: string }\n"
    '  export enum Voice { S = "S", A = "A" }\n'
    "}\n"
)


def test_a_namespace_qualified_parameter_type_is_a_resource_picker() -> None:
    code = TOUR + (
        "export const main = workflow(async (region: Tour.Region, leg: Tour.Leg, "  # 7
        "voice: Tour.Voice) => region);\n"
    )
    assert findings(code, "WAC902") == [(7, "WAC902")] * 3
    shown = messages(code, "WAC902")
    assert shown[0].startswith(
        "Windmill reads `Tour.Region` as a resource of type `region` (a resource picker), "
        "not the type the namespace declares"
    )
    assert "declare `Leg` at the top level and write `Leg`" in shown[1]
    assert "use a union of string literals" in shown[2]


def test_a_qualified_type_the_top_level_also_declares_is_read() -> None:
    code = TOUR + (
        'type Region = "nordics" | "iberia";\n'
        "export const main = workflow(async (region: Tour.Region) => region);\n"
    )
    assert findings(code, "WAC902") == []


# --- WAC106: generators delegating durable calls, iterated without awaiting -----------

NOTICES = (
    "function* each(ids: string[]) {\n"  # 3
    "  for (const i of ids) yield fly(i);\n"
    "}\n"
    "function* all(groups: string[][]) {\n"  # 6
    "  for (const g of groups) yield* each(g);\n"
    "}\n"
)


def test_a_for_of_counting_what_a_delegating_generator_yields_drops_them() -> None:
    code = body(
        "let n = 0;",
        "for (const _p of all(groups)) { n++; }",  # 11
        "return n;",
        head=NOTICES,
        params="groups: string[][]",
    )
    assert findings(code, "WAC106") == [(11, "WAC106")]
    assert "`all(...)` hands back the promises of durable calls" in messages(code, "WAC106")[0]


def test_a_delegating_generator_gathered_or_awaited_item_by_item_is_fine() -> None:
    gathered = body(
        "return await Promise.all(all(groups));", head=NOTICES, params="groups: string[][]"
    )
    awaited = body(
        "const out = [];",
        "for (const p of all(groups)) { out.push(await p); }",
        "return out;",
        head=NOTICES,
        params="groups: string[][]",
    )
    assert findings(gathered, "WAC106") == []
    assert findings(awaited, "WAC106") == []


PY_NOTICES = (
    "from wmill import task, workflow\n\n"
    "@task()\n"
    "async def send(x: str) -> str:\n"
    "    return x\n\n"
    "def each(xs):\n"
    "    for x in xs:\n"
    "        yield send(x)\n\n"
    "def all_of(groups):\n"
    "    for g in groups:\n"
    "        yield from each(g)\n\n"
    "@workflow\n"
    "async def main(groups: list[list[str]]):\n"
    "    n = 0\n"
    "    for _p in all_of(groups):\n"  # 18
    "        n += 1\n"
    "    return n\n"
)


def test_a_python_yield_from_of_durable_calls_counted_in_a_for_loop() -> None:
    assert findings(PY_NOTICES, "WAC106", python=True) == [(18, "WAC106")]


# --- WAC102: a getter installed with Object.defineProperty ----------------------------

CLOCKED = (
    "function withClock<T extends object>(o: T) {\n"  # 3
    '  Object.defineProperty(o, "age", { get: () => Date.now() - 1 });\n'
    "  return o as T & { age: number };\n"
    "}\n"
    "function stamped<T extends object>(o: T) {\n"  # 7
    "  const out = { ...o };\n"
    "  Object.defineProperties(out, { seen: { get() { return Date.now(); } } });\n"
    "  return out as T & { seen: number };\n"
    "}\n"
)


def test_a_defined_getter_reads_the_clock_where_the_property_is_read() -> None:
    code = body(
        "const s = withClock({ id });",  # 13
        "const t = stamped({ id });",  # 14
        "if (s.age > 10 && t.seen > 0) return await fly(id);",  # 15
        "return null;",
        head=CLOCKED,
    )
    assert findings(code, "WAC102") == [(15, "WAC102"), (15, "WAC102")]
    assert any("main → s.age → Date.now" in m for m in messages(code, "WAC102"))


def test_a_defined_getter_never_read_runs_nothing() -> None:
    code = body("const s = withClock({ id });", "return await fly(s.id);", head=CLOCKED)
    assert findings(code, "WAC102") == []


# --- WAC107: a zod-parsed item's member read in an array callback ---------------------

ROSTER = (
    'import { z } from "zod";\n'
    'import { task, taskScript, workflow } from "windmill-client";\n'
    "const Singer = z.object({ id: z.string(), expiry: z.coerce.date(), since: z.string() });\n"
    'const book = taskScript("f/tours/visa");\n'
    "const load = task(async (id: string) => [] as unknown[]);\n"
    "export const main = workflow(async (id: string) => {\n"
    "  const rows = (await load(id)).map((r) => Singer.parse(r));\n"
    "  const due = rows.filter((s) => s.id !== id);\n"
    "  await book({ xs: due.map((s) => ({ id: s.id, expiry: s.expiry })) });\n"  # 9
    "  await book({ xs: due.map((s) => ({ id: s.id, since: s.since })) });\n"  # 10
    "  return rows.length;\n"
    "});\n"
)


def test_a_zod_date_member_of_parsed_items_sent_to_a_script() -> None:
    assert findings(ROSTER, "WAC107") == [(9, "WAC107")]
    assert (
        "`s.expiry` is a `Date` member (`expiry`) of the zod schema `Singer`"
        in (messages(ROSTER, "WAC107")[0])
    )
