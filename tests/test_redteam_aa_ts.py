"""Red team AA (aat): regressions for the general causes behind its TypeScript corpus
(`tests/corpus/adversarial/aa_ts_*`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def findings(code: str, *codes: str, lang: str = LANG_TYPESCRIPT) -> list[tuple[int, str]]:
    name = "<t>.ts" if lang == LANG_TYPESCRIPT else "<t>.py"
    result = analyze_source(SourceFile(name, code, lang), select=list(codes))
    assert not result.errors, [e.error for e in result.errors]
    return [(f.row, f.code) for f in result.findings]


def test_the_plain_function_a_task_wraps_by_name_runs_where_it_is_called() -> None:
    # windmill-client 1.818.0 `task(fn)` returns a new wrapper; `fetchRoster` still names
    # the plain function, so calling it runs its fetch in the body on every replay
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "async function fetchRoster(teamId: string) {\n"
        "  const res = await fetch(`https://x/${teamId}`);\n"
        "  return await res.json();\n"
        "}\n"
        "const fetchRosterTask = task(fetchRoster);\n"
        "const inline = task(async function inline(id: string) {\n"
        "  return await (await fetch(`https://y/${id}`)).json();\n"
        "});\n"
        "export const main = workflow(async (teamId: string) => {\n"
        "  const a = await fetchRoster(teamId);\n"  # 11
        "  const b = await fetchRosterTask(teamId);\n"
        "  const c = await inline(teamId);\n"
        "  return { a, b, c };\n"
        "});\n"
    )
    assert findings(code, "WAC101") == [(11, "WAC101")]
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=["WAC101"])
    assert "`fetchRoster` is the plain function the task `fetchRosterTask` wraps" in (
        result.findings[0].message
    )
    # Python: the same with `task(fn)` under another name; `enrich = task(enrich)`
    # re-binds the name to the task, so calling it dispatches
    py = (
        "import httpx\n"
        "from wmill import task, workflow\n"
        "async def fetch_roster(team_id: str):\n"
        '    return httpx.get(f"https://x/{team_id}").json()\n'
        "fetch_roster_task = task(fetch_roster)\n"
        "async def enrich(x: str):\n"
        "    return httpx.get(x).json()\n"
        "enrich = task(enrich)\n"
        "@workflow\n"
        "async def main(team_id: str):\n"
        "    a = await fetch_roster(team_id)\n"  # 11
        "    b = await fetch_roster_task(team_id)\n"
        "    c = await enrich(team_id)\n"
        "    return [a, b, c]\n"
    )
    assert findings(py, "WAC101", lang=LANG_PYTHON) == [(11, "WAC101")]


def test_a_template_string_of_lookups_raises_no_error_class_of_the_file() -> None:
    # guarded code that runs a task given `` `Hi ${p.name}` `` (or `f"hi {name}"`) can
    # raise only the lookups' own errors besides the SDK's TaskError; a call inside a
    # substitution still counts as code that may raise anything
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "class OptedOut extends Error {}\n"
        "const text = task(async function text(msg: string) {\n"
        "  throw new OptedOut(msg);\n"
        "});\n"
        "export const main = workflow(async (p: { name: string }) => {\n"
        "  try {\n"
        "    await text(`Hi ${p.name}`);\n"
        "  } catch (e) {\n"
        "    if (!(e instanceof OptedOut)) throw e;\n"  # 10
        "  }\n"
        "  try {\n"
        "    await text(`Hi ${p.name.trim()}`);\n"
        "  } catch (e) {\n"
        "    if (!(e instanceof OptedOut)) throw e;\n"
        "  }\n"
        "});\n"
    )
    assert findings(code, "WAC204") == [(10, "WAC204")]
    py = (
        "from wmill import task, workflow\n"
        "class OptedOut(Exception):\n"
        "    pass\n"
        "@task()\n"
        "async def text(msg: str):\n"
        "    raise OptedOut(msg)\n"
        "@workflow\n"
        "async def main(name: str):\n"
        "    try:\n"
        '        await text(f"hi {name}")\n'
        "    except OptedOut:\n"  # 11
        "        return None\n"
        "    try:\n"
        '        await text(f"hi {name.upper()}")\n'
        "    except OptedOut:\n"
        "        return None\n"
    )
    assert findings(py, "WAC204", lang=LANG_PYTHON) == [(11, "WAC204")]


def test_arithmetic_on_a_bigint_is_a_bigint() -> None:
    # windmill-client 1.818.0 `encodeCheckpointPayload` writes a bigint as its digits;
    # `-`, `*`, `/`, `<<`... on a bigint give one (mixing with a number throws), `+`
    # only with a bigint on both sides (with a string it concatenates)
    code = (
        'import { task, step, workflow } from "windmill-client";\n'
        "const share = task(async function share(pool: string, bp: number) {\n"
        "  return (BigInt(pool) * BigInt(bp)) / 10_000n;\n"  # 3
        "});\n"
        "const label = task(async function label(pool: string) {\n"
        '  return [BigInt(pool) + "", ((BigInt(pool) * 2n) / 3n).toString(), 3 * 4];\n'
        "});\n"
        "export const main = workflow(async (pool: string) => {\n"
        '  const neg = await step("neg", () => -BigInt(pool));\n'  # 9
        '  const sum = await step("sum", () => BigInt(pool) + 1n);\n'  # 10
        '  const big = await step("big", () => BigInt(pool) >= 10n && !pool);\n'
        "  return [await share(pool, 25), await label(pool), neg, sum, big];\n"
        "});\n"
    )
    assert findings(code, "WAC107") == [(3, "WAC107"), (9, "WAC107"), (10, "WAC107")]


def test_a_long_operator_chain_does_not_exhaust_the_stack() -> None:
    chain = " * ".join(["x"] * 4000)
    code = (
        'import { task, workflow } from "windmill-client";\n'
        f"const t = task(async function t(x: number) {{ return {chain} * 2n; }});\n"
        "export const main = workflow(async (x: number) => await t(x));\n"
    )
    assert findings(code, "WAC107") == [(2, "WAC107")]


def test_a_reduce_that_hands_back_its_accumulator_is_its_initial_value() -> None:
    # `xs.reduce((acc, x) => acc.add(x), new Set())` is the Set it starts from: JSON
    # writes it as `{}` (reported at the value, not again at the later `.has`)
    code = (
        'import { task, step, workflow } from "windmill-client";\n'
        "const t = task(async function t(x: string) { return x; });\n"
        "export const main = workflow(async (xs: string[]) => {\n"
        '  const a = await step("a", () => xs.reduce((acc, c) => acc.add(c), new Set<string>()));\n'
        '  const b = await step("b", () => xs.reduce((m, c) => m.set(c, 1), new Map()));\n'
        '  const c = await step("c", () =>\n'
        "    xs.reduce((acc: Set<string>, x) => {\n"
        "      if (x) return acc.add(x);\n"
        "      return acc;\n"
        "    }, new Set<string>()),\n"
        "  );\n"
        '  const n = await step("n", () => xs.reduce((s, c) => s.size + c.length, new Set()));\n'
        '  const o = await step("o", () => xs.reduce((acc, c) => ({ ...acc, [c]: 1 }), {}));\n'
        '  if (a.has("x")) await t("x");\n'
        "  return [b, c, n, o];\n"
        "});\n"
    )
    assert findings(code, "WAC107") == [(4, "WAC107"), (5, "WAC107"), (7, "WAC107")]


def test_a_class_of_data_fields_only_is_written_whole() -> None:
    # JSON.stringify writes an instance's own enumerable fields: a class of data fields
    # (and static members) loses nothing; methods, getters, `#private` fields and fields
    # holding functions are lost; `instanceof` on the result is dead either way
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "class Base { constructor(public id: string) {} }\n"
        "class Pass extends Base {\n"
        '  station = "svalbard";\n'
        "  static from(id: string) { return new Pass(id); }\n"
        "}\n"
        "class Win extends Base { get upper() { return this.id.toUpperCase(); } }\n"
        "class Priv { #token = 1; n = 2; }\n"
        "class Cb { done = () => true; }\n"
        "class Failure extends Error {}\n"
        "const a = task(async function a(s: string) { return new Pass(s); });\n"
        "const b = task(async function b(s: string) { return new Win(s); });\n"  # 12
        "const c = task(async function c() { return new Priv(); });\n"  # 13
        "const d = task(async function d() { return new Cb(); });\n"  # 14
        "const e = task(async function e(s: string) { return new Failure(s); });\n"  # 15
        "export const main = workflow(async (s: string) => {\n"
        "  const p = await a(s);\n"
        "  if (p instanceof Pass) return p.station;\n"  # 18
        "  return [await b(s), await c(), await d(), await e(s)];\n"
        "});\n"
    )
    assert findings(code, "WAC107") == [
        (12, "WAC107"),
        (13, "WAC107"),
        (14, "WAC107"),
        (15, "WAC107"),
        (18, "WAC107"),
    ]


def test_to_json_is_a_member_of_the_class_wherever_it_is_written() -> None:
    # `JSON.stringify` calls a `toJSON` member (of the class or of a base of the file),
    # however long the class is before it; a comment naming `toJSON` is no member
    fields = "".join(f"    readonly f{i}: string,\n" for i in range(12))
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "class Window {\n"
        "  constructor(\n"
        f"{fields}"
        "  ) {}\n"
        "  duration(): number { return 1; }\n"
        "  toJSON() { return { f0: this.f0 }; }\n"
        "}\n"
        "class Later extends Window {}\n"
        "class NoJson {\n"
        "  // serialised by toJSON in the caller\n"
        "  constructor(readonly at: string) {}\n"
        "  m() { return 1; }\n"
        "}\n"
        "const a = task(async function a(s: string) { return new Window(...Array(12).fill(s)) });\n"
        "const b = task(async function b(s: string) { return new Later(...Array(12).fill(s)) });\n"
        "const c = task(async function c(s: string) { return new NoJson(s); });\n"  # 28
        "export const main = workflow(async (s: string) => {\n"
        "  const w = await a(s);\n"
        "  if (w instanceof Window) return 1;\n"  # 31
        "  return [w, await b(s), await c(s)];\n"
        "});\n"
    )
    assert findings(code, "WAC107") == [(28, "WAC107"), (31, "WAC107")]


def test_then_after_then_on_a_task_call_is_a_type_error_once_it_has_run() -> None:
    # windmill-client 1.818.0 `_nextStep`: a completed task's `{ then: (resolve) =>
    # resolve(value) }` hands back what the callback returns; `.then` on that plain value
    # is a TypeError. A callback returning a task call or an async one gives a thenable.
    code = (
        'import { task, waitForApproval, workflow } from "windmill-client";\n'
        "const load = task(async function load(x: string) { return { id: x, n: 1 }; });\n"
        "const other = task(async function other(x: string) { return x; });\n"
        "export const main = workflow(async (x: string) => {\n"
        "  const b = await load(x).then((r) => r.n).then((n) => n + 1);\n"  # 5
        "  const c = await load(x).then((r) => other(r.id)).then((v) => v);\n"
        "  const d = await load(x).then(async (r) => r.n).then((n) => n + 1);\n"
        "  const e = await load(x).then((r) => {\n"
        "    if (r.n) return r.id;\n"
        '    return "none";\n'
        "  }).then((s) => s.length);\n"  # 11
        "  const f = await load(x).then((r) => r);\n"
        "  const g = await waitForApproval().then((r) => r.approved).then((a) => !a);\n"  # 13
        "  return { b, c, d, e, f, g };\n"
        "});\n"
    )
    assert findings(code, "WAC301") == [(5, "WAC301"), (11, "WAC301"), (13, "WAC301")]


def test_a_task_a_factory_builds_from_its_parameter_is_not_called_anonymous() -> None:
    # `durable(fn)` returning `task(fn)`: the SDK keys the task by `fn.name` of the
    # function handed over (`scoreMatch`), not `step`; a nested declaration by its name
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "function durable<T extends (...a: any[]) => Promise<any>>(fn: T): T {\n"
        "  return task(fn, { timeout: 60 });\n"
        "}\n"
        "const scoreMatch = durable(async function scoreMatch(id: string) { return id; });\n"
        "export const main = workflow(async (id: string) => await scoreMatch(id));\n"
    )
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=["WAC003"])
    assert [(f.row, f.code) for f in result.findings] == [(3, "WAC003")]
    assert "keyed by the name of the function `fn` holds" in result.findings[0].message
    assert "anonymous" not in result.findings[0].message
    py = (
        "from wmill import task, workflow\n"
        "def make():\n"
        "    async def inner(x: str):\n"
        "        return x\n"
        "    return task(inner)\n"
        "@workflow\n"
        "async def main(x: str):\n"
        "    return x\n"
    )
    result = analyze_source(SourceFile("<t>.py", py, LANG_PYTHON), select=["WAC003"])
    assert [(f.row, f.code) for f in result.findings] == [(5, "WAC003")]
    assert "keyed by its name `inner`" in result.findings[0].message


def test_the_sdk_loaded_with_require_is_the_sdk() -> None:
    # Bun loads `require("windmill-client")` as the same module; Windmill's parser reads
    # the names: a file that takes the SDK this way is a workflow script like any other
    named = (
        'const { task: t, workflow } = require("windmill-client");\n'
        "const a = t(async function a(x: string) { return x; });\n"
        "export const main = workflow(async (x: string) => {\n"
        "  await fetch(x);\n"
        "  return await a(x);\n"
        "});\n"
    )
    assert findings(named, "WAC001", "WAC101") == [(1, "WAC001"), (4, "WAC101")]
    module = (
        'const wm = require("windmill-client");\n'
        "const { task, workflow } = wm;\n"
        "const a = task(async function a(x: string) { return x; });\n"
        "export const main = workflow(async (x: string) => {\n"
        "  await fetch(x);\n"
        '  return await wm.step("s", () => a(x));\n'
        "});\n"
    )
    assert findings(module, "WAC001", "WAC002", "WAC101") == [(5, "WAC101"), (6, "WAC002")]


def test_a_class_of_data_fields_holding_dates_or_sets_is_still_changed() -> None:
    # data fields JSON changes (`constructor(public start: Date)`, `seen = new Set()`,
    # `due!: Date`) keep the instance from being plain data; a `private` string is fine
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "class A { constructor(public start: Date) {} }\n"
        "class B { seen = new Set<string>(); }\n"
        "class D { due!: Date; n = 1; }\n"
        "class E { constructor(public id: string, private note?: string) {} }\n"
        "const a = task(async function a() { return new A(new Date()); });\n"  # 6
        "const b = task(async function b() { return new B(); });\n"  # 7
        "const d = task(async function d() { return new D(); });\n"  # 8
        "const e = task(async function e() { return new E('x'); });\n"
        "export const main = workflow(async () => [await a(), await b(), await d(), await e()]);\n"
    )
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=["WAC107"])
    assert [(f.row, f.code) for f in result.findings] == [
        (6, "WAC107"),
        (7, "WAC107"),
        (8, "WAC107"),
    ]
    assert "whose fields of types JSON changes" in result.findings[0].message


def _wac107_messages(code: str) -> list[str]:
    result = analyze_source(SourceFile("wf.ts", code, LANG_TYPESCRIPT), select=["WAC107"])
    return [f.message for f in result.findings]


CHAIN_IN_STEP = (
    'import { step, workflow } from "windmill-client";\n'
    "export const main = workflow(async (ids: string[]) => {\n"
    '  const seen = await step("seen", () =>\n'
    "    ids // every id the scheduler gave\n"
    "      /* keep the short ones */ .filter((i) => i !== FILTERED)\n"
    "      .reduce((acc, i) => acc.add(i), new Set<string>()),\n"
    "  );\n"
    '  return seen.has("a");\n'
    "});\n"
)


def test_a_quoted_chain_leaves_out_the_comments_written_inside_it() -> None:
    assert _wac107_messages(CHAIN_IN_STEP.replace("FILTERED", '"a"')) == [
        '`ids .filter((i) => i !== "a") .reduce((acc, i) => acc.add(i…` is a `Set` returned '
        "by this step: it is checkpointed as JSON and comes back as `{}` (its items are lost)"
    ]


def test_a_comment_marker_inside_a_string_is_kept_in_the_quote() -> None:
    [message] = _wac107_messages(CHAIN_IN_STEP.replace("FILTERED", '"//x#"'))
    assert message.startswith('`ids .filter((i) => i !== "//x#") .reduce(')
