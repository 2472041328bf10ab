"""Red team Y (yt): regressions for the general causes behind its TypeScript corpus
(`tests/corpus/adversarial/y_ts_*`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def run(code: str, *codes: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=list(codes))
    assert not result.errors, [e.error for e in result.errors]
    return [(f.row, f.code, f.message) for f in result.findings]


def findings(code: str, *codes: str) -> list[tuple[int, str]]:
    return [(row, code_) for row, code_, _ in run(code, *codes)]


HEAD = (
    'import { task, taskScript, step, sleep, waitForApproval, workflow } from "windmill-client";\n'
    "const send = task(async (to: string, body: string) => {\n"
    '  await fetch(`https://x/${to}`, { method: "POST", body });\n'
    "});\n"
)


def test_local_time_fields_and_zoneless_formats_of_a_date_read_the_worker_zone() -> None:
    # `getHours()` / `getDay()` of a date parsed from the input, and `toLocaleString`
    # given a locale but no `timeZone`, depend on the worker's `TZ`
    code = HEAD + (
        "export const main = workflow(async (ts: string, tz: string, opts: object) => {\n"
        "  const when = new Date(ts);\n"
        "  if (when.getHours() < 8) await sleep(3600);\n"  # 7
        "  await send(String(when.getDay()), 'x');\n"  # 8
        "  await send(when.toLocaleString('de-DE', { dateStyle: 'full' }), 'x');\n"  # 9
        "  await send(when.toLocaleDateString('en-US'), 'x');\n"  # 10
        "  await send(when.toLocaleString('de-DE', { timeZone: tz }), 'x');\n"
        "  await send(when.toLocaleString('de-DE', { timeZone: 'UTC', dateStyle: 'full' }), 'x');\n"
        "  await send(when.toLocaleDateString('en-US', { ...(opts as any) }), 'x');\n"
        "  await send(when.toLocaleDateString('en-US', opts as any), 'x');\n"
        "  await send(String(when.getUTCHours() + when.getUTCDay()), 'x');\n"
        "  console.log(when.getHours());\n"
        "  await step('hour', () => when.getHours());\n"
        "});\n"
    )
    got = run(code, "WAC102")
    assert [(r, c) for r, c, _ in got] == [
        (7, "WAC102"),
        (8, "WAC102"),
        (9, "WAC102"),
        (10, "WAC102"),
    ]
    assert "worker's time zone" in got[0][2] and "getUTCHours()" in got[0][2]
    assert "no `timeZone`" in got[2][2]


def test_a_web_crypto_digest_is_an_array_buffer_that_json_writes_as_an_empty_object() -> None:
    # `crypto.subtle.digest` resolves to an `ArrayBuffer`: given to another script it
    # arrives as `{}`; a task of the file is called with the live value in its child job
    code = HEAD + (
        'const record = taskScript("f/media/record_checksum");\n'
        "const local = task(async (id: string, sha: ArrayBuffer) => sha.byteLength);\n"
        "export const main = workflow(async (id: string, text: string) => {\n"
        "  const bytes = new TextEncoder().encode(text);\n"
        '  const digest = await crypto.subtle.digest("SHA-256", bytes);\n'
        "  await record({ id, sha256: digest });\n"  # 10
        "  await local(id, digest);\n"
        '  const hex = Buffer.from(await crypto.subtle.digest("SHA-256", bytes)).toString("hex");\n'
        "  await record({ id, sha256: hex });\n"
        '  return await step("sig", async () => crypto.subtle.digest("SHA-1", bytes));\n'  # 14
        "});\n"
    )
    got = run(code, "WAC107")
    assert [(r, c) for r, c, _ in got] == [(10, "WAC107"), (14, "WAC107")]
    assert "an `ArrayBuffer`" in got[0][2]


def test_tasks_destructured_from_a_table_or_chosen_by_a_condition_are_tasks() -> None:
    # `const { off } = OPS` of an object literal of tasks, `const n = c ? a : b`, and
    # `notify?.(x)` of `c ? a : undefined` call a task's wrapper: the thenable must be
    # awaited. A choice that may be a plain function is not a task call.
    code = HEAD + (
        "const a = task(async (x: string) => x);\n"
        "const b = task(async (x: string) => x);\n"
        "const OPS = { off: a, on: b };\n"
        "const log = (x: string) => console.log(x);\n"
        "export const main = workflow(async (x: string, c: boolean, d: boolean) => {\n"
        "  const { off, on: enable } = OPS;\n"
        "  off(x);\n"  # 11
        "  enable(x);\n"  # 12
        "  const n = c ? a : b;\n"
        "  n(x);\n"  # 14
        "  const m = c ? a : d ? b : undefined;\n"
        "  m?.(x);\n"  # 16
        "  (c ? a : b)(x);\n"  # 17
        "  const p = c ? a : log;\n"
        "  p(x);\n"
        "  await off(x);\n"
        "  await m?.(x);\n"
        "  await Promise.all([n(x), enable(x)]);\n"
        "});\n"
    )
    assert findings(code, "WAC106") == [
        (11, "WAC106"),
        (12, "WAC106"),
        (14, "WAC106"),
        (16, "WAC106"),
        (17, "WAC106"),
    ]


def test_a_step_callback_written_in_a_method_changes_the_instance_through_this() -> None:
    # the arrow's `this` is the method's instance, which the body holds: a change made
    # in the step callback is only made in the round that ran it
    code = HEAD + (
        "class Rollout {\n"
        "  #stage = 0;\n"
        "  log: string[] = [];\n"
        "  async advance() {\n"
        '    await step("bump", () => { this.#stage++; return this.#stage; });\n'  # 9
        '    await step("note", () => this.log.push("x"));\n'  # 10
        '    const n = await step("read", () => this.#stage + 1);\n'
        "    this.#stage = n;\n"
        "  }\n"
        "  static async make() {\n"
        '    return await step("m", () => { const r = new Rollout(); r.log.push("n"); });\n'
        "  }\n"
        "  tick = async () => {\n"
        '    await step("tick", () => { this.log.push("t"); });\n'  # 18
        "  };\n"
        "}\n"
        "export const main = workflow(async () => {\n"
        "  const r = new Rollout();\n"
        "  await r.advance();\n"
        "  await r.tick();\n"
        "  return r.log;\n"
        "});\n"
    )
    assert findings(code, "WAC104") == [(9, "WAC104"), (10, "WAC104"), (18, "WAC104")]


def test_a_python_lambda_in_a_method_changes_the_instance_through_self() -> None:
    code = (
        "from wmill import step, workflow\n\n"
        "class Ledger:\n"
        "    def __init__(self):\n"
        "        self.entries = []\n\n"
        "    async def post(self, row: str):\n"
        "        await step('post', lambda: self.entries.append(row))\n"  # 8
        "        n = await step('count', lambda: len(self.entries))\n"
        "        return n\n\n"
        "@workflow\n"
        "async def main(rows: list[str]):\n"
        "    ledger = Ledger()\n"
        "    for row in rows:\n"
        "        await ledger.post(row)\n"
        "    return ledger.entries\n"
    )
    result = analyze_source(SourceFile("<t>.py", code, LANG_PYTHON), select=["WAC104"])
    assert [(f.row, f.code) for f in result.findings] == [(8, "WAC104")]


def test_a_destructured_default_runs_where_the_object_given_lacks_its_key() -> None:
    # TypeScript evaluates `end = Date.now()` of `({ minutes = 15, end = Date.now() })`
    # at each call whose object has no `end`: in the body, that reads the clock
    code = HEAD + (
        "type Win = { minutes: number; end: number };\n"
        "const win = ({ minutes = 15, end = Date.now() }: Partial<Win> = {}) =>\n"
        "  ({ from: end - minutes * 60_000, to: end });\n"
        "const span = ({ to: until = Date.now() }: { to?: number }) => until;\n"
        "export const main = workflow(async (x: string, opts: { end?: number }) => {\n"
        "  await send(x, JSON.stringify(win({ minutes: 30 })));\n"  # 10
        "  await send(x, JSON.stringify(win()));\n"  # 11
        "  await send(x, String(span({})));\n"  # 12
        "  const at = await step('at', () => Date.now());\n"
        "  await send(x, JSON.stringify(win({ minutes: 30, end: at })));\n"
        "  await send(x, JSON.stringify(win({ end: at })));\n"
        "  await send(x, JSON.stringify(win(opts)));\n"
        "  await send(x, String(span({ to: at })));\n"
        "});\n"
    )
    assert findings(code, "WAC102") == [(10, "WAC102"), (11, "WAC102"), (12, "WAC102")]


def test_an_item_of_a_checkpointed_array_is_never_undefined() -> None:
    # JSON writes an `undefined` array item as `null`: `k !== undefined` over the items of
    # a step / task result keeps the nulls, whatever the step returned
    code = HEAD + (
        "export const main = workflow(async (xs: string[]) => {\n"
        "  const slots = await step('s', () => xs.map((x) => (x ? x : undefined)));\n"
        "  const kept = slots.filter((k) => k !== undefined);\n"  # 7
        "  const first = slots.find(k => undefined === k);\n"  # 8
        "  for (const k of slots) if (k === undefined) continue;\n"  # 9
        "  const ok = slots.filter((w) => w != null);\n"
        "  const both = slots.filter((v) => v !== undefined && v !== null);\n"
        "  const local = xs.map((x) => (x ? x : undefined)).filter((k) => k !== undefined);\n"
        "  const byIndex = slots.map((k, i) => (i === undefined ? k : null));\n"
        "  return [kept, first, ok, both, local, byIndex];\n"
        "});\n"
    )
    got = run(code, "WAC107")
    assert [(r, c) for r, c, _ in got] == [(7, "WAC107"), (8, "WAC107"), (9, "WAC107")]
    assert "an item of `slots`" in got[0][2]


def test_a_formatter_without_a_zone_and_local_field_dates() -> None:
    # `new Intl.DateTimeFormat("en-US", { hour })` formats a date in the worker's zone;
    # a date built from its local fields (`new Date(y, m, d)`) reads them back the same
    code = HEAD + (
        'const fmt = new Intl.DateTimeFormat("en-US", { hour: "numeric" });\n'
        "export const main = workflow(async (ts: string, tz: string) => {\n"
        "  const d = new Date(ts);\n"
        "  await send(fmt.format(d), 'x');\n"  # 8
        '  await send(new Intl.DateTimeFormat("de-DE").format(d), "x");\n'  # 9
        "  await send(d.toString(), 'x');\n"  # 10
        '  await send(new Intl.DateTimeFormat("de-DE", { timeZone: tz }).format(d), "x");\n'
        '  const parts = new Intl.DateTimeFormat("de", { timeZone: "UTC" }).formatToParts(d);\n'
        "  const local = new Date(2026, 11, 6);\n"
        "  await send(String(local.getDay() + new Date(2026, 0, 1).getDate()), 'x');\n"
        "});\n"
    )
    got = run(code, "WAC102")
    assert [(r, c) for r, c, _ in got] == [(8, "WAC102"), (9, "WAC102"), (10, "WAC102")]
    assert "built without a `timeZone` option" in got[0][2]


def test_a_task_exported_from_a_namespace_is_a_task_call() -> None:
    # `Ops.close(x)` of `namespace Ops { export const close = task(...) }` calls the task's
    # wrapper: its thenable must be awaited, and its arguments match its parameters
    code = HEAD + (
        "namespace Ops {\n"
        "  export const close = task(async (id: string) => id);\n"
        "  export function label(id: string) { return `#${id}`; }\n"
        "}\n"
        "export const main = workflow(async (id: string) => {\n"
        "  Ops.close(id);\n"  # 10
        "  await Ops.close(Ops.label(id));\n"
        "  await Ops.close();\n"  # 12
        "});\n"
    )
    assert findings(code, "WAC106", "WAC402") == [(10, "WAC106"), (12, "WAC402")]


def test_a_step_callback_changing_a_static_member_of_a_class_of_the_file() -> None:
    # a class's static fields are module state: rebuilt at each round's load, and a step
    # callback runs in one round only
    code = HEAD + (
        "class Counter {\n"
        "  static n = 0;\n"
        "  static items: string[] = [];\n"
        "  static set(k: string) { return k; }\n"
        "}\n"
        "export const main = workflow(async (x: string) => {\n"
        '  await step("a", () => { Counter.n++; return 1; });\n'  # 11
        '  await step("b", () => Counter.items.push(x));\n'  # 12
        '  await step("c", () => Counter.set(x));\n'
        '  const n = await step("d", () => Counter.n + 1);\n'
        "  Counter.n = n;\n"
        "});\n"
    )
    got = run(code, "WAC104")
    assert [(r, c) for r, c, _ in got] == [(11, "WAC104"), (12, "WAC104")]
    assert "`Counter.n`" in got[0][2] and "`Counter.items`" in got[1][2]


def test_a_module_level_bound_generator_called_in_the_body_is_one_finding() -> None:
    # `rnd = Math.random.bind(Math)`: the call in the body is both a catalogued draw and
    # a call of a module-level volatile maker; one cause, one finding
    code = HEAD + (
        "const rnd = Math.random.bind(Math);\n"
        "export const main = workflow(async (x: string) => {\n"
        "  await send(x, String(rnd()));\n"  # 7
        "});\n"
    )
    assert findings(code, "WAC102") == [(7, "WAC102")]


def test_a_task_from_a_table_with_a_fallback_task_is_a_task_call() -> None:
    code = HEAD + (
        "const a = task(async (q: string) => q);\n"
        "const b = task(async (q: string) => q);\n"
        "const HANDLERS: Record<string, (q: string) => Promise<string>> = { a, b };\n"
        "const log = (q: string) => q;\n"
        "export const main = workflow(async (q: string, kind: string) => {\n"
        "  const h = HANDLERS[kind] ?? a;\n"
        "  h(q);\n"  # 11
        "  const g = HANDLERS[kind] ?? log;\n"
        "  g(q);\n"
        "  await h(q);\n"
        "});\n"
    )
    assert findings(code, "WAC106") == [(11, "WAC106")]
