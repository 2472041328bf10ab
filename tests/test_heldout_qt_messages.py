"""Red team QT: TypeScript utility and date libraries (dayjs / moment-timezone without a
date, per-method lodash modules, rxjs ajax), pinned with WAC101 / WAC102's messages."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile

HEAD = 'import { task, workflow } from "windmill-client";\n'
SAVE = "const save = task(async (x: unknown) => x);\n"


def findings(code: str, code_: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=[code_])
    return [(f.row, f.message) for f in result.findings]


def clock(what: str) -> str:
    return (
        f"`{what}` reads the clock: the value changes between replays of the workflow body; "
        "capture it with `step(...)`"
    )


def random(what: str) -> str:
    return (
        f"`{what}` is random: the value changes between replays of the workflow body; "
        "capture it with `step(...)`"
    )


def network(what: str, chain: str | None = None) -> str:
    via = f" (reached through `{chain}`)" if chain else ""
    return (
        f"`{what}`{via} does network I/O in the workflow body, "
        "which re-runs on every replay; move it into a task or a `step(...)`"
    )


def test_dayjs_utc_without_a_date_is_the_clock() -> None:
    code = (
        'import dayjs from "dayjs";\n'
        + HEAD
        + SAVE
        + "export const main = workflow(async (at: string) => {\n"
        "  await save(dayjs.utc(at).toISOString());\n"
        "  return await save(dayjs.utc().toISOString());\n"
        "});\n"
    )
    assert findings(code, "WAC102") == [(6, clock("dayjs.utc"))]


def test_moment_timezone_tz_with_only_a_zone_is_the_clock() -> None:
    code = (
        'import moment from "moment-timezone";\n'
        + HEAD
        + SAVE
        + "export const main = workflow(async (at: string) => {\n"
        '  await save(moment.tz(at, "UTC").format());\n'
        '  return await save(moment.tz("Europe/Paris").hour());\n'
        "});\n"
    )
    assert findings(code, "WAC102") == [(6, clock("moment.tz"))]


def test_per_method_lodash_module_sample_is_random() -> None:
    code = (
        'import sample from "lodash/sample";\nimport chunk from "lodash/chunk";\n'
        + HEAD
        + SAVE
        + "export const main = workflow(async (xs: string[]) => {\n"
        "  await save(chunk(xs, 2));\n"
        "  return await save(sample(xs));\n"
        "});\n"
    )
    assert findings(code, "WAC102") == [(7, random("sample"))]


def test_rxjs_ajax_sends_its_request_in_the_body() -> None:
    code = (
        'import { lastValueFrom, from, toArray } from "rxjs";\nimport { ajax } from "rxjs/ajax";\n'
        + HEAD
        + SAVE
        + "export const main = workflow(async (url: string, xs: string[]) => {\n"
        "  await save(await lastValueFrom(from(xs).pipe(toArray())));\n"
        "  return await save(await lastValueFrom(ajax.getJSON(url)));\n"
        "});\n"
    )
    assert findings(code, "WAC101") == [(7, network("ajax.getJSON"))]


def test_memoized_fetching_arrow_runs_where_the_memoizer_is_called() -> None:
    code = (
        'import memoize from "lodash/memoize";\n'
        + HEAD
        + SAVE
        + "const slug = memoize((t: string) => t.toLowerCase());\n"
        + "const rate = memoize(async (c: string) => (await fetch(`https://fx/${c}`)).json());\n"
        + "export const main = workflow(async (c: string) => {\n"
        "  await save(slug(c));\n"
        "  return await save(await rate(c));\n"
        "});\n"
    )
    assert findings(code, "WAC101") == [(8, network("fetch", "main → rate → fetch"))]


def test_ramda_pipe_runs_each_stage_where_it_is_called() -> None:
    code = (
        'import * as R from "ramda";\n'
        + HEAD
        + SAVE
        + "const clean = (s: string) => s.trim();\n"
        + "async function geocode(q: string) {\n"
        + "  return (await fetch(`https://geo/${q}`)).json();\n"
        + "}\n"
        + "const tidy = R.pipe(clean, R.toUpper);\n"
        + "const locate = R.pipe(clean, geocode);\n"
        + "export const main = workflow(async (a: string) => {\n"
        "  await save(tidy(a));\n"
        "  return await save(await locate(a));\n"
        "});\n"
    )
    assert findings(code, "WAC101") == [(12, network("fetch", "main → locate → geocode → fetch"))]


def test_composed_fetcher_called_only_inside_a_task_is_fine() -> None:
    code = (
        'import { flow } from "fp-ts/function";\n'
        + HEAD
        + "async function geocode(q: string) {\n"
        + "  return (await fetch(`https://geo/${q}`)).json();\n"
        + "}\n"
        + "const locate = flow((s: string) => s.trim(), geocode);\n"
        + "const lookup = task(async (a: string) => await locate(a));\n"
        + "export const main = workflow(async (a: string) => await lookup(a));\n"
    )
    assert findings(code, "WAC101") == []


def test_effect_program_built_at_load_runs_where_run_promise_is_called() -> None:
    code = (
        'import { Effect } from "effect";\n'
        + HEAD
        + SAVE
        + "const pure = Effect.succeed(1).pipe(Effect.map((n) => n + 1));\n"
        + "const flags = Effect.tryPromise({\n"
        + '  try: () => fetch("https://flags").then((r) => r.json()),\n'
        + "  catch: (e) => new Error(String(e)),\n"
        + "});\n"
        + "const read = task(async () => await Effect.runPromise(flags));\n"
        + "export const main = workflow(async () => {\n"
        "  await save(Effect.runSync(pure));\n"
        "  await save(await read());\n"
        "  return await save(await Effect.runPromise(flags));\n"
        "});\n"
    )
    assert findings(code, "WAC101") == [(13, network("fetch", "main → flags → fetch"))]


def test_rxjs_timer_awaited_in_the_body_waits_there() -> None:
    code = (
        'import { firstValueFrom, timer } from "rxjs";\n'
        + HEAD
        + "export const main = workflow(async () => {\n"
        "  await firstValueFrom(timer(5000));\n"
        "});\n"
    )
    assert findings(code, "WAC101") == [
        (
            4,
            "`timer` waits, holding the worker (use the SDK's `sleep`), in the workflow "
            "body, which re-runs on every replay; move it into a task or a `step(...)`",
        )
    ]


def test_zod_parse_runs_the_schemas_default_functions_in_the_body() -> None:
    code = (
        'import { z } from "zod";\n'
        + HEAD
        + SAVE
        + 'const Fixed = z.object({ p: z.string().default(() => "normal") });\n'
        + "const Job = z.object({\n"
        + "  at: z.string().default(() => new Date().toISOString()),\n"
        + "});\n"
        + "export const main = workflow(async (job: { at?: string; p?: string }) => {\n"
        "  await save(Fixed.parse(job));\n"
        "  return await save(Job.parse(job));\n"
        "});\n"
    )
    assert findings(code, "WAC102") == [
        (
            10,
            "`new Date()` (reached through `main → Job → new Date()`) reads the clock: the "
            "value changes between replays of the workflow body; capture it with `step(...)`",
        )
    ]


def test_jose_set_issued_at_without_a_time_is_the_clock() -> None:
    code = (
        'import { SignJWT } from "jose";\n'
        + HEAD
        + SAVE
        + "export const main = workflow(async (sub: string, iat: number, k: string) => {\n"
        "  const key = new TextEncoder().encode(k);\n"
        '  await save(await new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" })'
        ".setIssuedAt(iat).sign(key));\n"
        "  return await save(await new SignJWT({ sub }).setIssuedAt().sign(key));\n"
        "});\n"
    )
    assert [row for row, _ in findings(code, "WAC102")] == [7]


def test_date_library_objects_returned_by_a_step_come_back_as_strings() -> None:
    code = (
        'import dayjs from "dayjs";\nimport { DateTime } from "luxon";\n'
        'import { step, workflow } from "windmill-client";\n'
        "export const main = workflow(async () => {\n"
        '  const a = await step("a", () => dayjs().startOf("day"));\n'
        '  const b = await step("b", () => DateTime.utc().plus({ hours: 1 }));\n'
        '  const c = await step("c", () => dayjs().add(1, "day").format("YYYY-MM-DD"));\n'
        '  const d = await step("d", () => DateTime.utc().toMillis());\n'
        '  const e = await step("e", () => dayjs().year());\n'
        "  return { a, b, c, d, e };\n"
        "});\n"
    )
    assert findings(code, "WAC107") == [
        (
            5,
            '`dayjs().startOf("day")` is a dayjs object returned by this step: it is '
            "checkpointed as JSON and comes back as its ISO string (through its `toJSON`)",
        ),
        (
            6,
            "`DateTime.utc().plus({ hours: 1 })` is a luxon `DateTime` returned by this step: "
            "it is checkpointed as JSON and comes back as its ISO string (through its `toJSON`)",
        ),
    ]


def test_lodash_merge_into_body_state_inside_a_step_is_lost_on_replay() -> None:
    code = (
        'import _ from "lodash";\nimport merge from "lodash/merge";\n'
        'import { step, workflow } from "windmill-client";\n'
        "export const main = workflow(async (config: { a: number }, patch: { a: number }) => {\n"
        '  const fresh = await step("fresh", () => _.merge({}, config, patch));\n'
        '  await step("into", () => merge(config, patch));\n'
        "  return { fresh, config };\n"
        "});\n"
    )
    assert findings(code, "WAC104") == [
        (
            6,
            "This `step(...)` callback changes `config`, which belongs to the workflow body: "
            "once the step is checkpointed it is not called again and only its return value "
            "comes back, so the change is lost on replay; return the value from the step and "
            "assign it in the body",
        )
    ]


def test_relative_time_parsers_read_the_clock_without_a_reference() -> None:
    code = (
        'import * as chrono from "chrono-node";\nimport parser from "cron-parser";\n'
        'import spacetime from "spacetime";\n'
        + HEAD
        + SAVE
        + "export const main = workflow(async (text: string, cron: string, ref: string) => {\n"
        "  await save(chrono.parseDate(text, new Date(ref)));\n"
        "  await save(chrono.parseDate(text));\n"
        "  await save(parser.parseExpression(cron, { currentDate: ref }).next().toString());\n"
        '  await save(parser.parseExpression(cron, { tz: "UTC" }).next().toString());\n'
        '  await save(spacetime(ref).goto("UTC").format("iso"));\n'
        '  return await save(spacetime.now("UTC").hour());\n'
        "});\n"
    )
    assert findings(code, "WAC102") == [
        (8, clock("chrono.parseDate")),
        (
            10,
            "`parser.parseExpression` reads the clock unless given a `currentDate` option: "
            "the value changes between replays of the workflow body; capture it with "
            "`step(...)`",
        ),
        (12, clock("spacetime.now")),
    ]


def test_bson_object_ids_are_values_not_database_calls() -> None:
    code = (
        'import { ObjectId } from "mongodb";\n'
        + HEAD
        + SAVE
        + "export const main = workflow(async (hex: string) => {\n"
        "  if (!ObjectId.isValid(hex)) return null;\n"
        "  await save(new ObjectId(hex).getTimestamp().toISOString());\n"
        "  return await save(new ObjectId().toHexString());\n"
        "});\n"
    )
    assert findings(code, "WAC101") == []
    assert findings(code, "WAC102") == [(7, random("new ObjectId()"))]


def test_pure_helpers_of_io_packages_are_not_io_but_their_clients_are() -> None:
    code = (
        'import { unmarshall } from "@aws-sdk/util-dynamodb";\n'
        'import mysql from "mysql2/promise";\nimport { escapeIdentifier } from "pg";\n'
        'import { isIP, createConnection } from "node:net";\nimport twilio from "twilio";\n'
        + HEAD
        + SAVE
        + "export const main = workflow(async (item: any, t: string, ip: string, to: string) => {\n"
        "  await save(unmarshall(item));\n"
        '  await save(mysql.format("select ?", [t]) + escapeIdentifier(t) + isIP(ip));\n'
        "  const vr = new twilio.twiml.VoiceResponse();\n"
        '  vr.say("hello");\n'
        '  await save(twilio.validateRequest(t, "sig", "https://x", {}) && vr.toString());\n'
        "  const conn = await mysql.createConnection(t); // the client: a connection\n"
        "  createConnection(443, ip);\n"
        "  return await save(conn);\n"
        "});\n"
    )
    assert [row for row, _ in findings(code, "WAC101")] == [14, 15]


def test_firestore_values_notion_guards_and_supabase_public_urls_are_pure() -> None:
    code = (
        'import { FieldValue, Timestamp } from "firebase-admin/firestore";\n'
        'import { isFullPage } from "@notionhq/client";\n'
        'import { createClient } from "@supabase/supabase-js";\n'
        + HEAD
        + SAVE
        + "export const main = workflow(async (pages: any[], at: string, url: string) => {\n"
        "  await save({ n: FieldValue.increment(1), at: Timestamp.fromDate(new Date(at)) });\n"
        "  await save(pages.filter(isFullPage).length);\n"
        '  await save(createClient(url, "k").storage.from("b").getPublicUrl("x").data);\n'
        '  await save(createClient(url, "k").from("t").select("*"));\n'
        "  return await save(Timestamp.now().seconds);\n"
        "});\n"
    )
    assert [row for row, _ in findings(code, "WAC101")] == [10]
    assert findings(code, "WAC102") == [(11, clock("Timestamp.now"))]


def test_http_library_value_types_are_not_requests() -> None:
    code = (
        'import axios from "axios";\nimport fetch, { Headers } from "node-fetch";\n'
        'import { BlobSASPermissions } from "@azure/storage-blob";\n'
        + HEAD
        + SAVE
        + "export const main = workflow(async (url: string, err: unknown, p: string) => {\n"
        "  const h = new Headers();\n"
        '  h.set("A", "1");\n'
        "  await save([axios.isAxiosError(err), [...h.entries()], BlobSASPermissions.parse(p)]);\n"
        "  await save(await axios.get(url));\n"
        "  return await save(await fetch(url, { headers: h }));\n"
        "});\n"
    )
    assert [row for row, _ in findings(code, "WAC101")] == [10, 11]


def test_a_limiter_built_from_a_package_runs_the_function_it_wraps() -> None:
    code = (
        'import Bottleneck from "bottleneck";\nimport pThrottle from "p-throttle";\n'
        + HEAD
        + SAVE
        + "const limiter = new Bottleneck({ maxConcurrent: 1 });\n"
        + "const throttle = pThrottle({ limit: 2, interval: 1000 });\n"
        + "async function repo(s: string) {\n"
        + "  return (await fetch(`https://gh/${s}`)).json();\n"
        + "}\n"
        + "const limitedRepo = limiter.wrap(repo);\n"
        + "const tidy = throttle(async (s: string) => s.trim());\n"
        + "const vat = throttle(async (v: string) => (await fetch(`https://vat/${v}`)).json());\n"
        + "export const main = workflow(async (s: string) => {\n"
        "  await save(await tidy(s));\n"
        "  await save(await limitedRepo(s));\n"
        "  return await save(await vat(s));\n"
        "});\n"
    )
    assert findings(code, "WAC101") == [
        (15, network("fetch", "main → limitedRepo → repo → fetch")),
        (16, network("fetch", "main → vat → fetch")),
    ]


def test_local_signing_and_client_building_are_not_requests() -> None:
    code = (
        'import { getSignedUrl } from "@aws-sdk/cloudfront-signer";\n'
        'import { google } from "googleapis";\nimport { Resend } from "resend";\n'
        + HEAD
        + SAVE
        + "export const main = workflow(async (id: string, secret: string, code: string) => {\n"
        '  const o = new google.auth.OAuth2(id, secret, "https://cb");\n'
        '  await save(o.generateAuthUrl({ scope: ["email"] }));\n'
        '  await save(getSignedUrl({ url: "https://cdn/x", keyPairId: id, privateKey: secret, '
        "dateLessThan: code }));\n"
        "  const mail = new Resend(secret);\n"
        "  await save(await o.getToken(code));\n"
        '  return await save(await mail.emails.send({ from: "a", to: "b", subject: "c" }));\n'
        "});\n"
    )
    assert [row for row, _ in findings(code, "WAC101")] == [11, 12]


def test_dayjs_tz_of_a_date_parses_it() -> None:
    code = (
        'import dayjs from "dayjs";\n'
        + HEAD
        + SAVE
        + "export const main = workflow(async (at: string) => {\n"
        "  await save(dayjs.tz(at).toISOString());\n"
        "  return await save(dayjs.tz().toISOString());\n"
        "});\n"
    )
    assert findings(code, "WAC102") == [(6, clock("dayjs.tz"))]


def test_a_task_promise_kept_in_an_object_field_is_consumed_through_the_field() -> None:
    code = (
        HEAD
        + "const audit = task(async (id: string) => ({ id }));\n"
        + "async function settle<T>(p: Promise<T>): Promise<T> {\n"
        + "  return await p;\n"
        + "}\n"
        + "export const main = workflow(async (id: string) => {\n"
        "  const a = { id, done: audit(id) };\n"
        "  const b = { id, done: audit(id) };\n"
        '  const c = { id, "done": audit(id) };\n'
        "  const d = { id, done: audit(id) };\n"
        "  await a.done;\n"
        "  await settle(b.done);\n"
        '  await Promise.all([c["done"]]);\n'
        "  return { id: d.id };\n"
        "});\n"
    )
    assert findings(code, "WAC106") == [
        (
            10,
            "The result of `audit(...)` is never awaited: the SDK still dispatches the task, "
            "but its result and its failure are lost; `await` it or gather it",
        )
    ]


def test_mapped_task_promises_kept_in_an_object_field_are_gathered_through_it() -> None:
    code = (
        HEAD
        + "const audit = task(async (id: string) => ({ id }));\n"
        + "export const main = workflow(async (ids: string[]) => {\n"
        "  const batch = { size: ids.length, jobs: ids.map((id) => audit(id)) };\n"
        "  const done = await Promise.all(batch.jobs);\n"
        "  const other = { size: ids.length, jobs: ids.map((id) => audit(id)) };\n"
        "  return { done, n: other.size };\n"
        "});\n"
    )
    assert [row for row, _ in findings(code, "WAC106")] == [6]


def test_a_throw_that_gives_back_the_caught_error_rethrows_the_suspension() -> None:
    def body(throw: str) -> str:
        return (
            HEAD
            + "const sync = task(async (a: string) => ({ a }));\n"
            + "export const main = workflow(async (a: string) => {\n"
            "  try {\n"
            "    return await sync(a);\n"
            "  } catch (e) {\n"
            '    console.error("sync failed");\n'
            f"    throw {throw};\n"
            "  }\n"
            "});\n"
        )

    for fine in ("e instanceof Error ? e : new Error(String(e))", "(e as Error) ?? new Error()"):
        assert findings(body(fine), "WAC202") == [], fine
    for wrong in ('e instanceof TypeError ? e : new Error("wrapped")', 'new Error("x")'):
        assert [row for row, _ in findings(body(wrong), "WAC202")] == [6], wrong


def test_a_random_generator_made_at_module_level_and_called_in_the_body() -> None:
    code = (
        'import { customAlphabet } from "nanoid";\n'
        + HEAD
        + SAVE
        + 'const code = customAlphabet("ABC123", 8);\n'
        + "export const main = workflow(async () => {\n"
        "  return await save(code());\n"
        "});\n"
    )
    assert findings(code, "WAC102") == [
        (
            6,
            '`code` is made at module level by `customAlphabet("ABC123", 8)`: calling it in '
            "the workflow body gives a new value on every replay; call it inside `step(...)`",
        )
    ]


def test_more_io_packages_are_io_in_the_body() -> None:
    code = (
        'import fs from "fs-extra";\nimport { globby } from "globby";\n'
        'import fetch from "cross-fetch";\nimport AWS from "aws-sdk";\n'
        'import ExcelJS from "exceljs";\nimport sharp from "sharp";\n'
        + HEAD
        + SAVE
        + "export const main = workflow(async (p: string, b64: string) => {\n"
        "  const s3 = new AWS.S3();\n"
        "  const wb = new ExcelJS.Workbook();\n"
        '  await wb.xlsx.load(Buffer.from(b64, "base64"));\n'
        "  await save(await sharp(Buffer.from(b64)).resize(10).toBuffer());\n"
        "  await save(await fs.readJson(p));\n"
        "  await save(await globby([p]));\n"
        "  await save(await fetch(p));\n"
        '  await save(await s3.getObject({ Bucket: "b", Key: p }).promise());\n'
        "  await wb.xlsx.readFile(p);\n"
        "  return await save(await sharp(p).toFile(`${p}.webp`));\n"
        "});\n"
    )
    assert [row for row, _ in findings(code, "WAC101")] == [14, 15, 16, 17, 18, 19]


def test_saas_clients_are_built_quietly_and_their_calls_are_io() -> None:
    code = (
        'import { TwitterApi } from "twitter-api-v2";\n'
        'import { Client } from "@microsoft/microsoft-graph-client";\n'
        'import { GoogleSpreadsheet } from "google-spreadsheet";\n'
        + HEAD
        + SAVE
        + "export const main = workflow(async (token: string, id: string) => {\n"
        "  const tw = new TwitterApi(token);\n"
        "  const graph = Client.init({ authProvider: (done) => done(null, token) });\n"
        "  const doc = new GoogleSpreadsheet(id, { apiKey: token });\n"
        '  await save(await tw.v2.tweet("hi"));\n'
        '  await save(await graph.api("/me").get());\n'
        '  return await save(await doc.sheetsByIndex[0].addRow({ a: "1" }));\n'
        "});\n"
    )
    assert [row for row, _ in findings(code, "WAC101")] == [10, 11, 12]


def test_relative_phrases_and_generated_names_without_a_base_or_seed() -> None:
    code = (
        'import { DateTime } from "luxon";\nimport { format } from "timeago.js";\n'
        'import { uniqueNamesGenerator, animals } from "unique-names-generator";\n'
        'import { uuidv7 } from "uuidv7";\n'
        + HEAD
        + SAVE
        + "export const main = workflow(async (at: string, base: string) => {\n"
        "  const d = DateTime.fromISO(at);\n"
        "  await save(d.toRelative({ base: DateTime.fromISO(base) }));\n"
        '  await save(format(at, "en_US", { relativeDate: base }));\n'
        "  await save(uniqueNamesGenerator({ dictionaries: [animals], seed: base }));\n"
        "  await save(d.toRelative());\n"
        "  await save(format(at));\n"
        "  await save(uniqueNamesGenerator({ dictionaries: [animals] }));\n"
        "  return await save(uuidv7());\n"
        "});\n"
    )
    assert [row for row, _ in findings(code, "WAC102")] == [12, 13, 14, 15]


def test_local_helpers_of_saas_sdks_are_not_requests() -> None:
    code = (
        'import { RecursiveCharacterTextSplitter } from "langchain/text_splitter";\n'
        'import { ChatOpenAI } from "langchain/chat_models/openai";\n'
        'import { v2 as cloudinary } from "cloudinary";\n'
        + HEAD
        + SAVE
        + "export const main = workflow(async (text: string, id: string) => {\n"
        "  const s = new RecursiveCharacterTextSplitter({ chunkSize: 100 });\n"
        "  await save([await s.splitText(text), cloudinary.url(id, { width: 10 })]);\n"
        "  const chat = new ChatOpenAI({});\n"
        "  return await save(await chat.invoke(text));\n"
        "});\n"
    )
    assert [row for row, _ in findings(code, "WAC101")] == [10]


def test_payment_sdk_signature_checks_and_factories_are_local() -> None:
    code = (
        'import Razorpay from "razorpay";\n'
        'import { createMollieClient } from "@mollie/api-client";\n'
        + HEAD
        + SAVE
        + "export const main = workflow(async (body: string, sig: string, key: string) => {\n"
        "  await save(Razorpay.validateWebhookSignature(body, sig, key));\n"
        "  const mollie = createMollieClient({ apiKey: key });\n"
        "  return await save(await mollie.payments.get(body));\n"
        "});\n"
    )
    assert [row for row, _ in findings(code, "WAC101")] == [8]


def test_sleep_given_milliseconds_waits_a_thousand_times_longer() -> None:
    code = (
        'import ms from "ms";\n'
        + HEAD
        + "export const main = workflow(async (delayMs: number, minutes: number) => {\n"
        "  await sleep(delayMs / 1000);\n"
        "  await sleep(minutes * 60);\n"
        '  await sleep(ms("5m") / 1000);\n'
        "  await sleep(minutes * 60 * 1000);\n"
        "  await sleep(delayMs);\n"
        "});\n"
    ).replace("{ task, workflow }", "{ sleep, task, workflow }")
    assert findings(code, "WAC301") == [
        (
            7,
            "`sleep` takes seconds, but `minutes * 60 * 1000` is in milliseconds (`setTimeout`'s "
            "unit): the workflow waits 1000 times longer; pass seconds (`5 * 60` for five "
            "minutes)",
        ),
        (
            8,
            "`sleep` takes seconds, but `delayMs` is in milliseconds (`setTimeout`'s unit): the "
            "workflow waits 1000 times longer; pass seconds (`5 * 60` for five minutes)",
        ),
    ]


def test_timeouts_written_in_milliseconds() -> None:
    code = (
        HEAD.replace("{ task, workflow }", "{ task, waitForApproval, workflow }")
        + "const t = task(async (x: string) => x, { timeout: 5 * 60 * 1000 });\n"
        + "const u = task(async (x: string) => x, { timeout: 5 * 60 });\n"
        + "export const main = workflow(async (x: string, windowMs: number) => {\n"
        "  await t(x);\n"
        "  await u(x);\n"
        "  await waitForApproval({ timeout: windowMs / 1000 });\n"
        "  return await waitForApproval({ timeout: windowMs });\n"
        "});\n"
    )
    assert findings(code, "WAC302") == [
        (
            2,
            "`timeout` is a number of seconds in the SDK, but `5 * 60 * 1000` is in "
            "milliseconds: it is 1000 times longer than meant; give seconds",
        ),
        (
            8,
            "`timeout` is a number of seconds in the SDK, but `windowMs` is in milliseconds: "
            "it is 1000 times longer than meant; give seconds",
        ),
    ]


def test_sleep_of_a_sum_or_a_parenthesised_product_is_judged_without_looping() -> None:
    code = (
        HEAD.replace("{ task, workflow }", "{ sleep, task, workflow }")
        + "export const main = workflow(async (jitter: number, n: number) => {\n"
        "  await sleep(60 + jitter);\n"
        "  await sleep((n + 1) * 30);\n"
        "  await sleep((n + 1) * 1000);\n"
        "});\n"
    )
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=["WAC301"])
    assert [(f.row, f.code) for f in result.findings] == [(5, "WAC301")]
