"""Red team AE (aet): regressions for the general causes behind its TypeScript corpus
(`tests/corpus/adversarial/ae_ts_*`): a step name a helper (a function or a class
method) builds from its own parameters, judged by the arguments the body gives them; an
approval key given as a shorthand property (`{ key }`) read as the variable it names;
the promises of a generator drained by a spread or by `Array.from`; and
`.then(onFulfilled, onRejected)` on a task call, whose value is `undefined` when the
task failed (windmill-client 1.818.0's bare `{ then }` returns nothing)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile


def findings(code: str, *codes: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=list(codes))
    assert not result.errors, [e.error for e in result.errors]
    return [(f.row, f.code) for f in result.findings]


def reported(code: str, code_: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=[code_])
    return [(f.row, str(f.severity), f.message) for f in result.findings]


HEAD = (
    'import { task, step, waitForApproval, workflow } from "windmill-client";\n'
    "const load = task(async (id: string) => ({ id }));\n"  # 2
)


def body(*lines: str, head: str = "") -> str:
    inner = "".join(f"  {line}\n" for line in lines)
    return (
        HEAD + head + "export const main = workflow(async (id: string, ids: string[]) => {\n"
        f"{inner}}});\n"
    )


# --- WAC103: a name a helper builds from its own parameters ----------------------------

RUNNER = (
    "class Runner {\n"  # 3
    "  constructor(private readonly prefix: string) {}\n"
    "  run<T>(label: string, fn: () => T) {\n"
    "    return step(`${this.prefix}:${label}`, fn);\n"
    "  }\n"
    "}\n"
    "function checkpoint<T>(scope: string, label: string, fn: () => T) {\n"  # 9
    "  return step(`${scope}/${label}`, fn);\n"
    "}\n"
)


def test_a_clock_argument_of_a_method_building_the_name_is_an_error() -> None:
    code = body(  # main opens on line 12
        'const r = new Runner("intake");',  # 13
        "await r.run(`received-${Date.now()}`, () => 1);",  # 14
        head=RUNNER,
    )
    got = reported(code, "WAC103")
    assert [(row, sev) for row, sev, _ in got] == [(14, "error")]
    assert "is built from `Date.now()`" in got[0][2]
    assert "stable across replays" not in got[0][2]


def test_a_clock_argument_of_a_function_building_the_name_is_an_error() -> None:
    code = body(
        "await checkpoint(id, String(Math.random()), () => 1);",  # 13
        head=RUNNER,
    )
    got = reported(code, "WAC103")
    assert [(row, sev) for row, sev, _ in got] == [(13, "error")]
    assert "`Math.random()`" in got[0][2]


def test_an_input_argument_of_a_helper_building_the_name_stays_a_warning() -> None:
    code = body(
        'const r = new Runner("intake");',
        "await r.run(id, () => 1);",  # 14
        # the clock goes to the callback, not to the name
        'await checkpoint(id, "fixed", () => Date.now());',  # 15
        head=RUNNER,
    )
    got = reported(code, "WAC103")
    assert [(row, sev) for row, sev, _ in got] == [(14, "warning"), (15, "warning")]
    assert all("stable across replays" in m for _, _, m in got)


# --- WAC103: `waitForApproval({ key })` -------------------------------------------------


def test_a_shorthand_key_built_from_the_clock_is_an_error() -> None:
    code = body(
        "const key = `mgr-${new Date().toISOString().slice(0, 10)}`;",  # 4
        "return await waitForApproval({ key, timeout: 60 });",  # 5
    )
    got = reported(code, "WAC103")
    assert [(row, sev) for row, sev, _ in got] == [(5, "error")]
    assert "is built from `new Date()`" in got[0][2]


def test_a_shorthand_key_bound_to_a_literal_is_not_reported() -> None:
    code = body('const key = "manager";', "return await waitForApproval({ key });")
    assert findings(code, "WAC103") == []
    head = 'const key = "manager";\n'
    assert findings(body("return await waitForApproval({ key });", head=head), "WAC103") == []


def test_a_shorthand_key_from_an_input_stays_a_warning() -> None:
    code = body("const key = `mgr-${id}`;", "return await waitForApproval({ key });")
    assert [(r, s) for r, s, _ in reported(code, "WAC103")] == [(5, "warning")]


# --- WAC106: generators drained by a spread or by `Array.from` ---------------------------

GEN = "function* lanes(n: number) {\n  for (let i = 0; i < n; i++) yield load(String(i));\n}\n"


def test_a_spread_generator_call_is_described_as_one() -> None:
    code = body("const q = [...lanes(3)];", "return q.length;", head=GEN)  # 7
    got = reported(code, "WAC106")
    assert [row for row, _, _ in got] == [7]
    message = got[0][2]
    assert message.startswith("`...lanes(...)` runs the generator `lanes`")
    assert "`await Promise.all([...lanes(...)])`" in message
    assert "Array.from" not in message


def test_array_from_of_a_generator_call_holds_its_promises() -> None:
    code = body("const q = Array.from(lanes(3));", "return q.length;", head=GEN)
    assert findings(code, "WAC106") == [(7, "WAC106")]


def test_array_from_awaited_or_gathered_is_fine() -> None:
    code = body(
        "const a = await Promise.all(Array.from(lanes(3)));",
        "const b = Array.from(lanes(2));",
        "const c = await Promise.all(b);",
        "const d = await Promise.all(Array.from({ length: 2 }, (_, i) => load(String(i))));",
        "return [a, c, d];",
        head=GEN,
    )
    assert findings(code, "WAC106") == []


# --- WAC301: `.then(onFulfilled, onRejected)` on a task call ----------------------------


def test_a_used_then_with_a_fallback_handler_is_reported() -> None:
    code = body(
        "const a = await load(id).then((r) => r.id, () => 'none');",  # 4
        "const b = await Promise.all(ids.map((x) => load(x).then((r) => ({ ok: true, r }),"
        " (e) => { return { ok: false, e: String(e) }; })));",  # 5
        "const p = load(id);",
        "const c = await p.then((r) => r, () => ({ id: '' }));",  # 7
        "return [a, b, c];",
    )
    assert findings(code, "WAC301") == [(4, "WAC301"), (5, "WAC301"), (7, "WAC301")]
    message = reported(code, "WAC301")[0][2]
    assert "returns nothing, so this expression is `undefined`" in message


def test_then_handlers_whose_value_is_not_lost_are_fine() -> None:
    code = body(
        # a statement: the value is not used
        "await load(id).then((r) => console.log(r), (e) => ({ failed: e }));",
        # a handler returning null / undefined / only logging: undefined reads the same
        "const a = await load(id).then((r) => r, () => null);",
        "const b = await load(id).then((r) => r, (e) => { console.log(e); });",
        "const c = await load(id).then((r) => r, (e) => console.log(e));",
        # one callback only, and a real Promise's `then` (a step)
        "const d = await load(id).then((r) => r.id);",
        "const e = await step('s', () => 1).then((v) => v, () => 0);",
        "return [a, b, c, d, e];",
    )
    assert findings(code, "WAC301") == []


# --- WAC107: values a call hands back that JSON does not carry ------------------------


def test_get_random_values_returns_the_typed_array_it_fills() -> None:
    head = 'import { getRandomValues } from "node:crypto";\n'
    code = body(
        'const a = await step("a", () => crypto.getRandomValues(new Uint8Array(8)));',  # 5
        'const b = await step("b", () => getRandomValues(new Uint32Array(2)));',  # 6
        # a plain array of its numbers, or one number: JSON
        'const c = await step("c", () => Array.from(crypto.getRandomValues(new Uint8Array(8))));',
        'const d = await step("d", () => crypto.getRandomValues(new Uint8Array(8))[0]);',
        "return [a, b, c, d];",
        head=head,
    )
    assert findings(code, "WAC107") == [(5, "WAC107"), (6, "WAC107")]
    assert "is a `Uint32Array` returned by this step" in reported(code, "WAC107")[1][2]


def test_structured_clone_of_a_literal_keeps_what_it_holds() -> None:
    code = body(
        'const a = await step("a", () => structuredClone({ m: new Map([["a", 1]]) }));',  # 4
        'const b = await step("b", () => structuredClone({ n: 1, tags: ["x"] }));',
        "return [a, b];",
    )
    assert findings(code, "WAC107") == [(4, "WAC107")]
    assert "is a `Map` inside the value returned by this step" in reported(code, "WAC107")[0][2]


# --- WAC202: `.catch` on a promise that holds task calls through a name ------------------


def test_catch_on_promises_held_by_a_name_or_a_helper_parameter() -> None:
    head = "const safe = <T,>(p: PromiseLike<T>) => Promise.resolve(p).catch(() => null);\n"
    code = body(
        "const a = await safe(load(id));",  # 5
        "const jobs = ids.map((i) => load(i));",
        "const b = await Promise.all(jobs).catch(() => []);",  # 7
        # plain data through the same shapes: nothing to swallow
        "const names = ids.map((i) => i.toUpperCase());",
        "const c = await Promise.resolve(names).catch(() => []);",
        "return [a, b, c];",
        head=head,
    )
    assert findings(code, "WAC202") == [(5, "WAC202"), (7, "WAC202")]


# --- WAC102: a static field a `static { }` block computes from the clock ---------------


def test_a_static_block_assignment_from_the_clock_is_a_module_value() -> None:
    head = (
        "class Cfg {\n"  # 3
        "  static startedAt: number;\n"
        "  static region: string;\n"
        "  static {\n"
        "    Cfg.startedAt = Date.now();\n"
        '    this.region = "eu";\n'
        "  }\n"
        "}\n"
    )
    code = body(
        "if (Cfg.startedAt > 5) await load(id);",  # 12
        'if (Cfg.region === "us") await load(id);',
        head=head,
    )
    assert findings(code, "WAC102") == [(12, "WAC102")]
    assert (
        "`Cfg.startedAt` is computed in the class body from `Date.now()`"
        in (reported(code, "WAC102")[0][2])
    )


# --- WAC303 / WAC301: approval keys as shorthand properties, helpers on objects ---------


def test_a_shorthand_key_bound_to_a_literal_is_read_as_that_literal() -> None:
    head = 'const key = "manager";\n'
    code = body(
        "await waitForApproval({ key });",  # 5
        "await waitForApproval({ key, timeout: 5 });",  # 6
        "for (const i of ids) {",
        '  const key = "reviewer";',
        "  await waitForApproval({ key });",  # 9
        "}",
        head=head,
    )
    assert findings(code, "WAC303") == [(6, "WAC303"), (9, "WAC303")]
    bad = body('const key = "a/b";', "await waitForApproval({ key });")
    assert findings(bad, "WAC301") == [(5, "WAC301")]


def test_a_key_forwarded_through_a_member_of_an_object_of_helpers() -> None:
    head = (
        "const steps = {\n"  # 3
        "  ask: (key: string, timeout: number) => waitForApproval({ key, timeout }),\n"
        "};\n"
        "function confirm(key: string) { return waitForApproval({ key }); }\n"
        "const api = { confirm };\n"
    )
    code = body(
        'await steps.ask("final", 60);',  # 9
        'await steps.ask("final", 60);',  # 10
        'await api.confirm("ok");',  # 11
        'await api.confirm("ok");',  # 12
        'await steps.ask("other", 60);',
        head=head,
    )
    assert findings(code, "WAC303") == [(10, "WAC303"), (12, "WAC303")]
    assert (
        "(given to `ask`, which waits for the approval keyed by it)"
        in (reported(code, "WAC303")[0][2])
    )


def test_an_instance_whose_class_has_getters_loses_its_getters() -> None:
    head = (
        "class Money {\n"
        "  constructor(readonly cents: number) {}\n"
        "  get dollars() { return this.cents / 100; }\n"
        "}\n"
        "class Both {\n"
        "  get a() { return 1; }\n"
        "  b() { return 2; }\n"
        "}\n"
    )
    code = body(
        'const m = await step("m", () => new Money(1));',
        'const b = await step("b", () => new Both());',
        "return [m.dollars, b.a];",
        head=head,
    )
    messages = [m for _, _, m in reported(code, "WAC107")]
    assert messages[0].endswith("comes back as a plain object without its getters")
    assert messages[1].endswith("comes back as a plain object without its methods and getters")


def test_then_with_a_fallback_in_a_helper_the_task_call_is_handed_to() -> None:
    head = (
        "const tryCatch = <T,>(p: PromiseLike<T>) =>\n"  # 3
        "  p.then((v) => [null, v] as const, (e: unknown) => [e, null] as const);\n"
        "function logOnly<T>(p: PromiseLike<T>) {\n"
        "  return p.then((v) => v, (e) => { console.log(e); });\n"
        "}\n"
        "const h = { wrap: tryCatch };\n"
    )
    code = body(
        "const [err, v] = await tryCatch(load(id));",  # 10
        "const l = await logOnly(load(id));",
        "const w = await h.wrap(load(id));",  # 12
        "const plain = await tryCatch(Promise.resolve(1));",
        "return [err, v, l, w, plain];",
        head=head,
    )
    assert findings(code, "WAC301") == [(10, "WAC301"), (12, "WAC301")]
    assert (
        "(in `tryCatch`, which this call hands the task call to)"
        in (reported(code, "WAC301")[0][2])
    )


# --- WAC106: promises dropped inside helpers and methods the body reaches ---------------


def test_for_each_async_in_a_helper_or_method_the_body_reaches() -> None:
    head = (
        "class Pipeline {\n"  # 3
        "  async run(x: string) { return await load(x); }\n"
        "  fanOut(xs: string[]): void {\n"
        "    xs.forEach(async (x) => { await this.run(x); });\n"
        "  }\n"
        "}\n"
        "function fanA(xs: string[]) {\n"  # 9
        "  xs.forEach(async (x) => { await load(x); });\n"
        "}\n"
        "function fire(x: string) {\n"  # 12
        "  load(x);\n"
        "}\n"
        "function logAll(xs: string[]) {\n"  # 15
        "  xs.forEach(async (x) => { console.log(x); });\n"
        "}\n"
    )
    code = body(
        "new Pipeline().fanOut(ids);",  # 19
        "fanA(ids);",  # 20
        "fire(id);",  # 21
        "logAll(ids);",
        "return 1;",
        head=head,
    )
    assert findings(code, "WAC106") == [(19, "WAC106"), (20, "WAC106"), (21, "WAC106")]
    messages = [m for _, _, m in reported(code, "WAC106")]
    assert messages[0].startswith(
        "This call reaches `xs.forEach(async ...)` in `Pipeline.fanOut` (line 6)"
    )
    assert messages[2].startswith("This call reaches `load(...)` called without `await` in `fire`")


def test_helpers_that_await_or_return_their_durable_calls_are_fine() -> None:
    head = (
        "function pass(x: string) { return load(x); }\n"
        "async function each(xs: string[]) {\n"
        "  for (const x of xs) await load(x);\n"
        "  await Promise.all(xs.map(async (x) => { await load(x); }));\n"
        "}\n"
    )
    code = body("await pass(id);", "await each(ids);", "return 1;", head=head)
    assert findings(code, "WAC106") == []
