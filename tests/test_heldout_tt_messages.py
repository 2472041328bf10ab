"""Red team T (tt): Bun TypeScript scripts with durable calls in concurrent callbacks and
task tables, error fields a task failure does not carry, library values across the
checkpoint, windmill-client's newer surface and dependency-injection containers, pinned
with the findings (and their absence) the analysis gives them."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile

HEAD = 'import { step, task, workflow } from "windmill-client";\n'


def findings(code: str, code_: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=[code_])
    return [(f.row, f.message) for f in result.findings]


def rows(code: str, code_: str) -> list[int]:
    return [row for row, _ in findings(code, code_)]


def test_es_toolkit_and_remeda_random_helpers() -> None:
    code = (
        'import { shuffle, sample } from "es-toolkit";\n'
        'import * as R from "remeda";\n' + HEAD + "const t = task(async (x: string[]) => x);\n"
        "export const main = workflow(async (hosts: string[]) => {\n"
        "  const a = shuffle(hosts);\n"
        "  const b = sample(hosts);\n"
        "  const c = R.shuffle(hosts);\n"
        "  const d = await step('pick', () => shuffle(hosts));\n"
        "  return await t([...a, b, ...c, ...d]);\n"
        "});\n"
    )
    assert rows(code, "WAC102") == [6, 7, 8]


def test_library_dates_bytes_and_settled_results_crossing_the_checkpoint() -> None:
    code = (
        'import { addBusinessDays, formatISO, differenceInDays } from "date-fns";\n'
        'import parser from "cron-parser";\n'
        'import sharp from "sharp";\n'
        'import { PDFDocument } from "pdf-lib";\n'
        + HEAD
        + "const render = task(async function render(n: string) {\n"
        "  const doc = await PDFDocument.create();\n"
        "  const pdf = await doc.save();\n"
        "  const b64 = await doc.saveAsBase64();\n"
        "  return { n, pdf, b64 };\n"
        "});\n"
        "const thumb = task(async function thumb(b: string) {\n"
        "  return sharp(Buffer.from(b, 'base64')).resize(10).toBuffer();\n"
        "});\n"
        "const probe = task(async function probe(urls: string[]) {\n"
        "  const settled = await Promise.allSettled(urls.map((u) => fetch(u)));\n"
        "  return settled;\n"
        "});\n"
        "export const main = workflow(async (cron: string, urls: string[]) => {\n"
        "  const due = await step('due', () => addBusinessDays(new Date(), 3));\n"
        "  const due2 = await step('due2', () => formatISO(addBusinessDays(new Date(), 3)));\n"
        "  const days = await step('days', () => differenceInDays(new Date(), new Date(0)));\n"
        "  const next = await step('next', () => parser.parseExpression(cron).next().toDate());\n"
        "  await probe(urls);\n"
        "  return [due, due2, days, next, await render('1'), await thumb('')];\n"
        "});\n"
    )
    found = findings(code, "WAC107")
    assert [row for row, _ in found] == [10, 13, 17, 20, 23]
    messages = dict(found)
    assert "`Uint8Array`" in messages[10]
    assert "`Buffer`" in messages[13]
    assert "`Promise.allSettled` results" in messages[17] and "`reason`" in messages[17]
    assert "a `Date`" in messages[20] and "a `Date`" in messages[23]


def test_zod_transform_decides_what_a_field_holds() -> None:
    code = (
        'import { z } from "zod";\n'
        + HEAD
        + "const A = z.object({ tags: z.array(z.string()).transform((t) => new Set(t)) });\n"
        "const B = z.object({ tags: z.array(z.string()).transform((t) => [...new Set(t)]) });\n"
        "const C = z.object({ at: z.string().transform((s) => { return new Date(s); }) });\n"
        "export const main = workflow(async (x: object) => {\n"
        "  const a = await step('a', () => A.parse(x));\n"
        "  const b = await step('b', () => B.parse(x));\n"
        "  const c = await step('c', () => C.parse(x));\n"
        "  return [a, b, c];\n"
        "});\n"
    )
    found = findings(code, "WAC107")
    assert [row for row, _ in found] == [7, 9]
    assert "a `Set` member (`tags`)" in found[0][1]
    assert "a `Date` member (`at`)" in found[1][1]


def test_tasks_picked_from_a_table_by_a_constant_key() -> None:
    code = (
        HEAD + "const extract = task(async function extract(x: string) { return x; });\n"
        "const load = task(async function load(x: string) { return x; });\n"
        "enum Kind { A = 'a', B = 'b' }\n"
        "const STAGES = { extract, load } as const;\n"
        "const BY_KIND = { [Kind.A]: extract, [Kind.B]: load };\n"
        "const LAST = 'load';\n"
        "export const main = workflow(async (x: string, k: string) => {\n"
        "  STAGES.extract(x);\n"
        "  STAGES['load'](x);\n"
        "  STAGES[LAST](x);\n"
        "  BY_KIND[Kind.B](x);\n"
        "  await STAGES[LAST](x);\n"
        "  const r = await BY_KIND[Kind.A](x);\n"
        "  return r;\n"
        "});\n"
    )
    assert rows(code, "WAC106") == [9, 10, 11, 12]


def test_a_catch_testing_fields_and_guards_the_task_error_lacks() -> None:
    code = (
        'import axios from "axios";\n'
        'import { z } from "zod";\n'
        + HEAD
        + "const t = task(async function t(x: string) { return x; });\n"
        "export const main = workflow(async (x: string, xs: string[]) => {\n"
        "  let r = '';\n"
        "  try {\n"
        "    r = await t(x);\n"
        "  } catch (e: any) {\n"
        "    if (axios.isAxiosError(e) && e.response?.status === 404) return null;\n"
        "    if (e?.code === 'P2002') return null;\n"
        "    if (e.cause instanceof RangeError) return null;\n"
        "    if (e instanceof z.ZodError) return null;\n"
        "    if (e.name === 'TaskError' && e.result?.error?.name === 'ZodError') return null;\n"
        "    if (e.step_key === 'charge' || e.message.includes('quota')) return null;\n"
        "    throw e;\n"
        "  }\n"
        "  for (const item of xs) {\n"
        "    try {\n"
        "      const { y } = await t(item);\n"
        "      r += y.id;\n"
        "      break;\n"
        "    } catch (e) {\n"
        "      if (e instanceof DOMException) continue;\n"
        "      if (e instanceof TypeError) continue;\n"
        "      throw e;\n"
        "    }\n"
        "  }\n"
        "  return r;\n"
        "});\n"
    )
    found = findings(code, "WAC204")
    assert [row for row, _ in found] == [10, 11, 12, 13, 24]
    assert "`axios.isAxiosError(e)` is never true" in found[0][1]
    assert "has no `code`" in found[1][1]
    assert "has no `cause`" in found[2][1]


def test_a_catch_testing_a_field_around_code_that_is_not_only_tasks() -> None:
    code = (
        HEAD + "const t = task(async function t(x: string) { return x; });\n"
        "export const main = workflow(async (x: string) => {\n"
        "  try {\n"
        "    const r = await t(x);\n"
        "    return JSON.parse(r);\n"
        "  } catch (e: any) {\n"
        "    if (e.code === 'E1') return null;\n"
        "    throw e;\n"
        "  }\n"
        "});\n"
    )
    assert findings(code, "WAC204") == []


def test_datatable_statements_run_where_fetched() -> None:
    code = (
        'import { datatable, ducklake, upsertPartition } from "windmill-client";\n'
        + HEAD
        + "export const main = workflow(async (d: number) => {\n"
        "  const sql = datatable('billing');\n"
        "  const lake = ducklake();\n"
        "  const q = sql`SELECT * FROM t WHERE d = ${d}`;\n"
        "  const raw = sql.raw('t');\n"
        "  const rows = await step('rows', () => q.fetch());\n"
        "  const one = await sql.query('select 1', d).fetchOne();\n"
        "  await lake`DELETE FROM x`.execute();\n"
        "  const stmt = upsertPartition({ table: 't', selectSql: 'select 1' });\n"
        "  await stmt.execute();\n"
        "  return [rows, one, raw];\n"
        "});\n"
    )
    assert rows(code, "WAC101") == [9, 10, 12]


def test_classes_handed_back_by_dependency_injection_containers() -> None:
    code = (
        'import { container } from "tsyringe";\n'
        'import { Container } from "inversify";\n'
        'import { asClass, createContainer } from "awilix";\n' + HEAD + "class Slack {\n"
        "  async post(t: string) { await fetch('https://hooks', { method: 'POST', body: t }); }\n"
        "}\n"
        "class Fmt { format(t: string) { return t.trim(); } }\n"
        "const TYPES = { Slack: Symbol.for('Slack') };\n"
        "const ioc = new Container();\n"
        "ioc.bind(TYPES.Slack).to(Slack);\n"
        "container.register('slack', { useClass: Slack });\n"
        "const box = createContainer();\n"
        "box.register({ slack: asClass(Slack).singleton() });\n"
        "const local = new Map([[Slack, 1]]);\n"
        "const t = task(async (x: string) => x);\n"
        "export const main = workflow(async (x: string) => {\n"
        "  const text = container.resolve(Fmt).format(await t(x));\n"
        "  await container.resolve(Slack).post(text);\n"
        "  await ioc.get(TYPES.Slack).post(text);\n"
        "  await container.resolve('slack').post(text);\n"
        "  const { slack } = box.cradle;\n"
        "  await slack.post(text);\n"
        "  await box.cradle.slack.post(text);\n"
        "  local.get(Slack);\n"
        "  return text;\n"
        "});\n"
    )
    assert rows(code, "WAC101") == [19, 20, 21, 23, 24]


def test_a_durable_call_after_a_step_in_a_concurrent_callback() -> None:
    code = (
        'import { parallel } from "windmill-client";\n'
        + HEAD
        + "const t = task(async function t(x: string) { return x; });\n"
        "export const main = workflow(async (xs: string[]) => {\n"
        "  await Promise.all(xs.map(async (x) => {\n"
        "    const a = await step('a', () => x);\n"
        "    return step('b', () => a);\n"
        "  }));\n"
        "  const jobs = xs.map(async (x) => {\n"
        "    const a = await step('c', () => x);\n"
        "    return await t(a);\n"
        "  });\n"
        "  await Promise.allSettled(jobs);\n"
        "  await parallel(xs, async (x) => t(await step('d', () => x)));\n"
        "  await Promise.all(xs.map(async (x) => step('e', async () => t2(await t(x)))));\n"
        "  await Promise.all(xs.map(async (x) => {\n"
        "    const r = await t(x); return step('f', () => r); }));\n"
        "  for (const x of xs) { const a = await step('g', () => x); await t(a); }\n"
        "  const firsts = await Promise.all(xs.map((x) => step('h', () => x)));\n"
        "  return await Promise.all(firsts.map((a) => step('i', () => a)));\n"
        "});\n"
        "function t2(x: string) { return x; }\n"
    )
    assert rows(code, "WAC105") == [7, 11, 14]


def test_a_method_no_json_value_has_called_on_a_result() -> None:
    code = (
        'import semver from "semver";\n'
        + HEAD
        + "const t = task(async function t(x: string) { return semver.parse(x); });\n"
        "export const main = workflow(async (x: string) => {\n"
        "  const v = await step('v', () => semver.parse(x));\n"
        "  const w = await t(x);\n"
        "  const s = await step('s', () => x.trim());\n"
        "  const d = await step('d', () => new Date());\n"
        "  const a = v.inc('patch');\n"
        "  const b = w.compare('1.0.0');\n"
        "  const c = s.toUpperCase().split('.').map((p) => p.padStart(2, '0'));\n"
        "  return [a, b, c, d.getTime()];\n"
        "});\n"
    )
    found = findings(code, "WAC107")
    assert [row for row, _ in found] == [8, 9, 10]
    assert "calls `inc` on the result of the step `v`" in found[1][1]
    assert "the task `t`" in found[2][1]


def test_a_named_async_function_handed_to_a_concurrent_map() -> None:
    code = (
        'import { parallel } from "windmill-client";\n'
        + HEAD
        + "const t = task(async function t(x: string) { return x; });\n"
        "async function enrich(x: string) {\n"
        "  const a = await step('a', () => x);\n"
        "  return await t(a);\n"
        "}\n"
        "const score = async (x: string) => {\n"
        "  const a = await step('s', () => x);\n"
        "  return step('s2', () => a);\n"
        "};\n"
        "async function once(x: string) {\n"
        "  const a = await step('o', () => x);\n"
        "  return step('o2', () => a);\n"
        "}\n"
        "export const main = workflow(async (xs: string[]) => {\n"
        "  await Promise.all(xs.map(enrich));\n"
        "  await parallel(xs, score, { concurrency: 2 });\n"
        "  for (const x of xs) await once(x);\n"
        "  return xs;\n"
        "});\n"
    )
    found = findings(code, "WAC105")
    assert [row for row, _ in found] == [17, 18]
    assert "(in `enrich`)" in found[0][1]
