"""Red team U (ut): Bun TypeScript scripts with Bun 1.2's own clients, zod / valibot
schemas, approval desks, task options and arguments, and the team's own thin layer over
the SDK, pinned with the findings (and their absence) the analysis gives them."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile

HEAD = 'import { sleep, step, task, taskFlow, taskScript, workflow } from "windmill-client";\n'


def findings(code: str, code_: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=[code_])
    return [(f.row, f.message) for f in result.findings]


def rows(code: str, code_: str) -> list[int]:
    return [row for row, _ in findings(code, code_)]


BUN_FILES = (
    'import { S3Client, s3, dns } from "bun";\n'
    + HEAD
    + 'const client = new S3Client({ bucket: "x" });\n'
    "const t = task(async function t(x: string) { return x; });\n"
    "export const main = workflow(async (p: string) => {\n"
    "  const ref = Bun.file(p);\n"  # 6: a lazy reference
    "  const txt = await ref.text();\n"  # 7: reads the file
    '  await client.file("k").write("x");\n'  # 8
    '  const url = client.file("k").presign();\n'  # 9: signed with the clock
    '  const exists = await s3.file("k").exists();\n'  # 10
    '  const lazy = s3.file("k");\n'  # 11: a lazy reference
    "  const u2 = lazy.presign({ expiresIn: 60 });\n"  # 12
    '  const ips = await dns.lookup("example.com");\n'  # 13
    '  const inStep = await step("read", () => Bun.file(p).text());\n'
    "  return await t(txt + url + exists + u2 + ips + inStep);\n"
    "});\n"
)


def test_bun_file_and_s3_file_are_lazy_references_their_methods_do_the_io() -> None:
    found = findings(BUN_FILES, "WAC101")
    assert [row for row, _ in found] == [7, 8, 10, 13]
    assert "touches the file system" in found[0][1]
    # object storage, not "a database or queue"
    assert "calls a cloud or external API" in found[1][1]
    assert "`dns.lookup` does network I/O" in found[3][1]


def test_bun_s3_presign_reads_the_clock() -> None:
    assert rows(BUN_FILES, "WAC102") == [9, 12]


def test_a_bun_file_size_is_a_stat_its_name_and_type_are_not() -> None:
    code = (
        HEAD + "const t = task(async function t(x: number) { return x; });\n"
        "export const main = workflow(async (p: string) => {\n"
        "  const f = Bun.file(p);\n"
        "  const kind = f.type;\n"
        "  const n = Bun.file(p).size;\n"
        "  return await t(f.size + n + kind.length + Bun.file(p).name!.length);\n"
        "});\n"
    )
    assert rows(code, "WAC101") == [6, 7]


def test_a_duration_rounded_into_a_log_line_is_only_logged() -> None:
    code = (
        HEAD + "const t = task(async function t(x: number) { return x; });\n"
        "async function timed<T>(stage: string, fn: () => Promise<T>): Promise<T> {\n"
        "  const t0 = performance.now();\n"
        "  try {\n"
        "    return await fn();\n"
        "  } finally {\n"
        "    console.log(`[timing] ${stage}: ${Math.round(performance.now() - t0)}ms`);\n"
        "  }\n"
        "}\n"
        "export const main = workflow(async (p: number) => {\n"
        '  const a = await timed("a", () => t(p));\n'
        "  const started = Date.now();\n"
        "  const b = await t(a);\n"
        "  return { b, ms: Math.round(Date.now() - started) };\n"  # 15: returned
        "});\n"
    )
    assert rows(code, "WAC102") == [13, 15]


def test_retry_attempts_held_by_a_constant_are_checked() -> None:
    code = (
        HEAD + "const MAX_ATTEMPTS = 500;\n"
        "const FEW = 3;\n"
        "const a = task(async function a(x: string) { return x; }, "
        "{ retry: { attempts: MAX_ATTEMPTS, delay: 30 } });\n"
        "const b = task(async function b(x: string) { return x; }, { retry: { attempts: FEW } });\n"
        "export const main = workflow(async (x: string) => (await a(x)) + (await b(x)));\n"
    )
    found = findings(code, "WAC302")
    assert [row for row, _ in found] == [4]
    assert "(`MAX_ATTEMPTS` is 500)" in found[0][1]


def test_python_retry_attempts_held_by_a_constant_are_checked() -> None:
    from wac_lint.source import LANG_PYTHON

    code = (
        "from wmill import task, workflow\n"
        "RETRIES = 1000\n"
        "@task(retry={'attempts': RETRIES})\n"
        "async def a(x: str) -> str:\n"
        "    return x\n"
        "@workflow\n"
        "async def main(x: str):\n"
        "    return await a(x)\n"
    )
    result = analyze_source(SourceFile("<p>", code, LANG_PYTHON), select=["WAC302"])
    assert [f.row for f in result.findings] == [3]


def test_task_script_and_flow_wrappers_given_an_array_or_a_string() -> None:
    code = (
        HEAD + 'const s = taskScript("f/a/b");\n'
        'const f = taskFlow("f/a/c");\n'
        "export const main = workflow(async (ids: string[], rows: { a: number }[], "
        "opts: { a: number }, tags: Array<string>) => {\n"
        "  const clean = rows.filter((r) => r.a > 0).map((r) => ({ ...r }));\n"
        "  await s(clean);\n"  # 6: a lone array is the kwargs object itself
        '  await s(ids.join(","));\n'  # 7
        "  for (const id of ids) await f(id);\n"  # 8
        "  for (const t of tags) await f(t);\n"  # 9
        "  for (const k in opts) await f(k);\n"  # 10: a key
        "  for (const r of rows) await f(r);\n"  # an object
        "  const o = { x: 1 };\n"
        "  await s(o);\n"
        "  await s(opts);\n"
        "  await s(Object.keys(opts));\n"  # 15
        "  await s({ ids });\n"
        "  return 1;\n"
        "});\n"
    )
    found = findings(code, "WAC301")
    assert [row for row, _ in found] == [6, 7, 8, 9, 10, 15]
    assert "takes a lone array as that object itself" in found[0][1]
    assert "arg0" in found[1][1] and "the flow does not have" in found[2][1]


def test_primitives_reached_through_a_facade_object_of_the_file() -> None:
    code = (
        'import { sleep, step, task, workflow } from "windmill-client";\n'
        "const durable = { step, sleep };\n"
        "const t = task(async function t(x: number) { return x; });\n"
        "export const main = workflow(async (n: number) => {\n"
        "  for (let i = 0; i < n; i++) {\n"
        "    await durable.step(`page_${i}`, () => i);\n"  # 6
        "  }\n"
        '  await durable.sleep("2h");\n'  # 8
        "  durable.sleep(5);\n"  # 9
        "  return await t(n);\n"
        "});\n"
    )
    assert rows(code, "WAC103") == [6]
    assert rows(code, "WAC301") == [8]
    assert rows(code, "WAC106") == [9]


def test_a_step_name_forwarded_by_a_typescript_helper_is_judged_at_its_call() -> None:
    code = (
        HEAD + "function checkpoint<T>(label: string, fn: () => T | Promise<T>): Promise<T> {\n"
        "  return step(label, fn);\n"
        "}\n"
        "const mark = <T,>(label: string, fn: () => T) => step(label, fn);\n"
        "const t = task(async function t(x: number) { return x; });\n"
        "export const main = workflow(async (n: number) => {\n"
        "  for (const i of [1, 2]) {\n"
        "    await checkpoint(`a_${i}`, () => i);\n"  # 9
        '    await checkpoint("fixed", () => i);\n'
        "    await mark(`b_${i}`, () => i);\n"  # 11
        "  }\n"
        "  return await t(n);\n"
        "});\n"
    )
    found = findings(code, "WAC103")
    assert [row for row, _ in found] == [9, 11]
    assert "(given to `checkpoint`, which passes it to `step`)" in found[0][1]


def test_a_member_of_a_parsed_zod_schema_returned_by_a_task() -> None:
    code = (
        'import { z } from "zod";\n' + HEAD + "const Balance = z.object({\n"
        "  account: z.string(),\n"
        "  minorUnits: z.coerce.bigint(),\n"
        "  asOf: z.coerce.date(),\n"
        "});\n"
        "const a = task(async function a(x: string) {\n"
        "  const b = Balance.parse(JSON.parse(x));\n"
        "  return b.minorUnits;\n"  # 10
        "});\n"
        "const c = task(async function c(x: string) {\n"
        "  return Balance.parse(JSON.parse(x)).asOf;\n"  # 13
        "});\n"
        "const d = task(async function d(x: string) {\n"
        "  const b = Balance.parse(JSON.parse(x));\n"
        "  return b.account;\n"
        "});\n"
        "export const main = workflow(async (x: string) => [await a(x), await c(x), await d(x)]);\n"
    )
    found = findings(code, "WAC107")
    assert [row for row, _ in found] == [10, 13]
    assert "a `bigint` member (`minorUnits`)" in found[0][1]


def test_valibot_and_superstruct_parse_run_the_schema_defaults() -> None:
    code = (
        'import * as v from "valibot";\n'
        'import { create, object, string, defaulted } from "superstruct";\n'
        + HEAD
        + "const Req = v.object({\n"
        "  to: v.optional(v.string(), () => new Date().toISOString()),\n"
        "});\n"
        "const Job = object({ id: defaulted(string(), () => crypto.randomUUID()) });\n"
        "const t = task(async function t(x: string) { return x; });\n"
        "export const main = workflow(async (input: object) => {\n"
        "  const req = v.parse(Req, input);\n"  # 10
        "  const job = create(input, Job);\n"  # 11
        '  const ok = await step("parse", () => v.parse(Req, input));\n'
        "  return await t(req.to + job.id + ok.to);\n"
        "});\n"
    )
    assert rows(code, "WAC102") == [10, 11]


def test_bun_sql_called_with_a_value_builds_a_fragment() -> None:
    code = (
        'import { sql, SQL } from "bun";\n' + HEAD + 'const db = new SQL("postgres://x");\n'
        "const t = task(async function t(x: number) { return x; });\n"
        "export const main = workflow(async (rows: { a: number }[]) => {\n"
        "  await sql`insert into x ${sql(rows)}`;\n"  # 6: the query, once
        '  await db`insert into y ${db(rows, "a")}`;\n'  # 7
        "  const frag = sql(rows);\n"
        "  return await t(rows.length + (frag ? 1 : 0));\n"
        "});\n"
    )
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=["WAC101"])
    assert [(f.row, f.column) for f in result.findings] == [(6, 9), (7, 9)]


def test_schema_callbacks_given_by_reference_run_where_the_schema_parses() -> None:
    code = (
        'import { z } from "zod";\n'
        'import memoize from "lodash/memoize";\n'
        + HEAD
        + "const A = z.object({ at: z.number().default(Date.now) });\n"
        "const B = z.object({ id: z.string().default(crypto.randomUUID) });\n"
        "const rate = memoize(fetch);\n"
        "const t = task(async function t(x: number) { return x; });\n"
        "export const main = workflow(async (input: object) => {\n"
        "  const a = A.parse(input);\n"  # 9
        "  const b = B.safeParse(input);\n"  # 10
        '  const r = (await rate("u")).status;\n'  # 11
        '  const s = await step("parse", () => A.parse(input).at);\n'
        "  return await t(a.at + (b.success ? 1 : 0) + r + s);\n"
        "});\n"
    )
    found = findings(code, "WAC102")
    assert [row for row, _ in found] == [9, 10]
    assert "(reached through `main → A → Date.now`)" in found[0][1]


def test_task_script_and_flow_wrappers_handed_over_by_reference() -> None:
    code = (
        'import { taskScript, taskFlow, parallel, workflow } from "windmill-client";\n'
        'const s = taskScript("f/a/b");\n'
        'const f = taskFlow("f/a/c");\n'
        "export const main = workflow(async (ids: string[], rows: { a: number }[]) => {\n"
        "  const a = await parallel(ids, f, { concurrency: 2 });\n"  # 5: { arg0: id }
        "  const b = await Promise.all(rows.map(s));\n"  # 6: (item, index, array)
        "  const c = await parallel(rows, s);\n"  # an object each: fine
        "  const d = await Promise.all(ids.map((id) => f({ id })));\n"
        "  return [a, b, c, d];\n"
        "});\n"
    )
    found = findings(code, "WAC301")
    assert [row for row, _ in found] == [5, 6]
    assert "`map` calls it with (item, index, array)" in found[1][1]
