"""Red team MT: TypeScript bindings assigned again (`let`), generator functions
declared in the body, ORM and SDK clients, pinned with WAC101's messages."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

HEAD = 'import axios from "axios";\nimport { workflow } from "windmill-client";\n'


def wac101(code: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=["WAC101"])
    return [(f.row, f.message) for f in result.findings]


def network(what: str, chain: str | None = None) -> str:
    via = f" (reached through `{chain}`)" if chain else ""
    return (
        f"`{what}`{via} does network I/O in the workflow body, "
        "which re-runs on every replay; move it into a task or a `step(...)`"
    )


def test_let_stub_reassigned_to_an_axios_instance_on_one_branch() -> None:
    code = HEAD + (
        "export const main = workflow(async (live: boolean) => {\n"
        "  let http: any = { post: async () => null };\n"
        '  if (live) http = axios.create({ baseURL: "https://x" });\n'
        '  await http.post("/a", {});\n'
        "});\n"
    )
    assert wac101(code) == [(6, network("http.post"))]


def test_axios_instance_replaced_by_a_stub_before_the_call() -> None:
    code = HEAD + (
        "export const main = workflow(async () => {\n"
        '  let http: any = axios.create({ baseURL: "https://x" });\n'
        "  http = { post: async (_u: string, b: unknown) => b };\n"
        '  await http.post("/a", {});\n'
        "});\n"
    )
    assert wac101(code) == []


def test_let_arrow_reassigned_to_a_fetching_arrow_in_a_branch() -> None:
    code = HEAD + (
        "export const main = workflow(async (hook: string) => {\n"
        "  let notify = async (m: string) => console.log(m);\n"
        "  if (hook) {\n"
        "    notify = async (m: string) => {\n"
        '      await fetch(hook, { method: "POST", body: m });\n'
        "    };\n"
        "  }\n"
        '  await notify("done");\n'
        "});\n"
    )
    assert wac101(code) == [(10, network("fetch", "main → notify → fetch"))]


def test_fetching_arrow_reset_to_a_logger_before_the_call() -> None:
    code = HEAD + (
        "export const main = workflow(async (hook: string) => {\n"
        "  let notify = async (m: string) => {\n"
        '    await fetch(hook, { method: "POST", body: m });\n'
        "  };\n"
        "  notify = async (m: string) => console.log(m);\n"
        '  await notify("done");\n'
        "});\n"
    )
    assert wac101(code) == []


def test_a_later_assignment_in_a_loop_reaches_an_earlier_call() -> None:
    code = HEAD + (
        "export const main = workflow(async (hooks: string[]) => {\n"
        "  let send = async (m: string) => console.log(m);\n"
        "  for (const h of hooks) {\n"
        "    await send(h);\n"
        "    send = async (m: string) => {\n"
        "      await fetch(m);\n"
        "    };\n"
        "  }\n"
        "});\n"
    )
    assert wac101(code) == [(6, network("fetch", "main → send → fetch"))]


def test_a_let_transformed_by_its_own_methods_is_analysed() -> None:
    code = HEAD + (
        "export const main = workflow(async (xs: number[]) => {\n"
        "  let ys = xs;\n"
        "  for (const _ of xs) ys = ys.filter((y) => y > 0);\n"
        "  ys = ys.map((y) => y * 2);\n"
        "  return ys;\n"
        "});\n"
    )
    assert wac101(code) == []


def test_generator_function_declared_in_the_body_is_reported_where_it_is_called() -> None:
    code = HEAD + (
        "export const main = workflow(async (api: string) => {\n"
        "  async function* pages() {\n"
        "    yield await fetch(api);\n"
        "  }\n"
        "  for await (const p of pages()) console.log(p);\n"
        "});\n"
    )
    assert wac101(code) == [(7, network("fetch", "main → pages → fetch"))]


def database(what: str) -> str:
    return (
        f"`{what}` talks to a database or queue in the workflow body, "
        "which re-runs on every replay; move it into a task or a `step(...)`"
    )


def cloud(what: str) -> str:
    return (
        f"`{what}` calls a cloud or external API in the workflow body, "
        "which re-runs on every replay; move it into a task or a `step(...)`"
    )


def test_firestore_write_through_references_and_a_silent_initialize() -> None:
    code = (
        'import admin from "firebase-admin";\nimport { workflow } from "windmill-client";\n'
        "admin.initializeApp();\nconst db = admin.firestore();\n"
        "export const main = workflow(async (id: string) => {\n"
        '  const ref = db.collection("a").doc(id);\n'
        '  await db.collection("a").doc(id).set({ id });\n'
        "  return ref.path;\n"
        "});\n"
    )
    assert wac101(code) == [(7, database('db.collection("a").doc(id).set'))]


def test_mongoose_model_queries_but_not_schemas_models_or_documents() -> None:
    code = (
        'import mongoose from "mongoose";\nimport { workflow } from "windmill-client";\n'
        'const User = mongoose.model("User", new mongoose.Schema({ name: String }));\n'
        "export const main = workflow(async (name: string) => {\n"
        "  const doc = new User({ name });\n"
        "  const plain = doc.toObject();\n"
        "  await User.updateOne({ name }, plain);\n"
        "});\n"
    )
    assert wac101(code) == [(7, database("User.updateOne"))]


def test_kafkajs_producer_built_from_the_client() -> None:
    code = (
        'import { Kafka } from "kafkajs";\nimport { workflow } from "windmill-client";\n'
        'const producer = new Kafka({ brokers: ["k:9092"] }).producer();\n'
        "export const main = workflow(async (v: string) => {\n"
        '  await producer.send({ topic: "t", messages: [{ value: v }] });\n'
        "});\n"
    )
    assert wac101(code) == [(5, database("producer.send"))]


def test_prisma_queries_batched_in_a_transaction_are_one_finding() -> None:
    code = (
        'import { PrismaClient } from "@prisma/client";\n'
        'import { workflow } from "windmill-client";\n'
        "const db = new PrismaClient();\n"
        "export const main = workflow(async (a: string, b: string) => {\n"
        "  await db.$transaction([\n"
        "    db.account.update({ where: { id: a }, data: {} }),\n"
        "    db.account.update({ where: { id: b }, data: {} }),\n"
        "  ]);\n"
        "  await db.audit.create({ data: { note: await db.note.findFirst() } });\n"
        "});\n"
    )
    assert wac101(code) == [
        (5, database("db.$transaction")),
        (9, database("db.audit.create")),
        (9, database("db.note.findFirst")),
    ]


def test_google_cloud_chains_name_the_request_not_the_reference() -> None:
    code = (
        'import { Storage } from "@google-cloud/storage";\n'
        'import { workflow } from "windmill-client";\n'
        "const storage = new Storage();\n"
        "export const main = workflow(async (b: string, csv: string) => {\n"
        '  const f = storage.bucket(b).file("x.csv");\n'
        "  await f.save(csv);\n"
        "});\n"
    )
    assert wac101(code) == [(6, cloud("f.save"))]


def test_append_to_result_stream_only_prints() -> None:
    code = (
        'import * as wmill from "windmill-client";\nimport { workflow } from "windmill-client";\n'
        "export const main = workflow(async (t: string) => {\n"
        "  wmill.appendToResultStream(t);\n"
        "});\n"
    )
    assert wac101(code) == []


def test_static_from_factory_and_unawaited_sub_clients() -> None:
    code = (
        'import { DynamoDBClient } from "@aws-sdk/client-dynamodb";\n'
        'import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";\n'
        'import { ServiceBusClient } from "@azure/service-bus";\n'
        'import { workflow } from "windmill-client";\n'
        "const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));\n"
        'const sender = new ServiceBusClient("cs").createSender("q");\n'
        "export const main = workflow(async (id: string) => {\n"
        '  await ddb.send(new PutCommand({ TableName: "t", Item: { id } }));\n'
        "  await sender.sendMessages({ body: id });\n"
        "});\n"
    )
    assert wac101(code) == [
        (8, cloud("ddb.send")),
        (9, database("sender.sendMessages")),
    ]


def test_an_awaited_response_is_not_a_client() -> None:
    code = HEAD + (
        'const http = axios.create({ baseURL: "https://x" });\n'
        "export const main = workflow(async () => {\n"
        '  const r = await http.get("/a");\n'
        "  const body = r.data;\n"
        "  return body.items.filter((i: { ok: boolean }) => i.ok);\n"
        "});\n"
    )
    assert wac101(code) == [(5, network("http.get"))]


def test_request_function_with_defaults() -> None:
    code = (
        'import { graphql } from "@octokit/graphql";\nimport { workflow } from "windmill-client";\n'
        'const gh = graphql.defaults({ headers: { authorization: "token t" } });\n'
        "export const main = workflow(async (q: string) => {\n"
        "  return await gh(q);\n"
        "});\n"
    )
    assert wac101(code) == [(5, cloud("gh"))]


def module_level(what: str, via: str, category: str = "does network I/O") -> str:
    return (
        f"`{what}` ({via}) {category} at module level: the script runs again from the top "
        "on every replay of the workflow, so this happens again each time; call it in a "
        "task or a `step(...)` in the body"
    )


def test_module_level_iife_and_static_loader_that_fetch() -> None:
    code = (
        'import { workflow } from "windmill-client";\n'
        "const cfg = await (async () => (await fetch('https://c/x')).json())();\n"
        "class Rates {\n  static async load() {\n    return await fetch('https://fx');\n  }\n}\n"
        "const rates = await Rates.load();\n"
        "async function pure() {\n  return 1;\n}\n"
        "await pure();\n"
        "export const main = workflow(async () => [cfg, rates]);\n"
    )
    assert wac101(code) == [
        (2, module_level("fetch", "in the function this line calls")),
        (8, module_level("fetch", "reached through `Rates.load`")),
    ]


def test_a_client_built_by_a_method_of_a_new_object_at_module_level() -> None:
    code = (
        'import Airtable from "airtable";\nimport { workflow } from "windmill-client";\n'
        'const base = new Airtable({ apiKey: "k" }).base("app");\n'
        "export const main = workflow(async (n: string) => {\n"
        '  await base("T").create([{ fields: { n } }]);\n'
        "});\n"
    )
    assert wac101(code) == [(5, cloud('base("T").create'))]


def findings(code: str, rule: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=[rule])
    return [(f.row, f.message) for f in result.findings]


def test_a_reassigned_let_step_name_is_no_constant() -> None:
    code = (
        'import { step, workflow } from "windmill-client";\n'
        "export const main = workflow(async (tenant?: string) => {\n"
        '  let name = "stamp";\n'
        "  if (tenant) name = `stamp_${tenant}`;\n"
        "  return await step(name, () => Date.now());\n"
        "});\n"
    )
    assert findings(code, "WAC103") == [
        (
            5,
            "The step name `name` is computed at run time: it is stable across replays "
            "(nothing in it reads the clock, randomness or the environment), but the guide "
            "asks for constant names; a literal gives the same keys, numbered `_2`, `_3`",
        )
    ]


def test_task_promises_overwritten_before_they_are_awaited() -> None:
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const ping = task(async (h: string) => h);\n"
        "export const main = workflow(async (hosts: string[]) => {\n"
        "  let pending = hosts.map((h) => ping(h));\n"
        '  pending = [ping("gw")];\n'
        "  let kept = hosts.map((h) => ping(h));\n"
        '  kept = [...kept, ping("gw")];\n'
        "  return [await Promise.all(pending), await Promise.all(kept)];\n"
        "});\n"
    )
    assert findings(code, "WAC106") == [
        (
            4,
            "The result of `ping(...)` is never awaited: the SDK still dispatches the task, "
            "but its result and its failure are lost; `await` it or gather it",
        )
    ]


def test_sdk_function_kept_in_an_object_literal() -> None:
    code = (
        'import * as wmill from "windmill-client";\nimport { workflow } from "windmill-client";\n'
        "const secrets = { read: wmill.getVariable };\n"
        'export const main = workflow(async () => await secrets.read("f/k"));\n'
    )
    assert wac101(code) == [
        (
            4,
            "`secrets.read` calls the Windmill API in the workflow body, which re-runs on "
            "every replay; move it into a task or a `step(...)`",
        )
    ]


def test_orm_models_and_repositories_built_without_await() -> None:
    code = (
        'import { Sequelize } from "sequelize";\nimport { DataSource } from "typeorm";\n'
        'import { workflow } from "windmill-client";\n'
        'const Order = new Sequelize("pg://x").define("Order", {});\n'
        'const ds = new DataSource({ type: "postgres" });\n'
        "export const main = workflow(async (sku: string) => {\n"
        "  await Order.create({ sku });\n"
        '  await ds.getRepository("user").save({ sku });\n'
        "});\n"
    )
    assert wac101(code) == [
        (7, database("Order.create")),
        (8, database('ds.getRepository("user").save')),
    ]


def clock(what: str, kind: str = "reads the clock") -> str:
    return (
        f"`{what}` {kind}: the value changes between replays of the workflow body; "
        "capture it with `step(...)`"
    )


def test_jwt_sign_reads_the_clock_and_a_seeded_faker_does_not_vary() -> None:
    code = (
        'import jwt from "jsonwebtoken";\nimport { faker } from "@faker-js/faker";\n'
        'import { task, workflow } from "windmill-client";\n'
        "const use = task(async (a: string, b: string, c: string) => a + b + c);\n"
        "export const main = workflow(async (secret: string, seed: number) => {\n"
        "  const token = jwt.sign({ sub: 1 }, secret);\n"
        "  const before = faker.person.fullName();\n"
        "  faker.seed(seed);\n"
        "  const after = faker.person.fullName();\n"
        "  return await use(token, before, after);\n"
        "});\n"
    )
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=["WAC102"])
    assert [(f.row, f.message) for f in result.findings] == [
        (6, clock("jwt.sign")),
        (7, clock("faker.person.fullName", "is random")),
    ]


def test_parallel_given_an_sdk_read_by_reference() -> None:
    code = (
        'import * as wmill from "windmill-client";\n'
        'import { parallel, task, workflow } from "windmill-client";\n'
        "const read = task(async (p: string) => await wmill.getVariable(p));\n"
        "export const main = workflow(async (paths: string[]) => [\n"
        "  await parallel(paths, wmill.getVariable),\n"
        "  await parallel(paths, read),\n"
        "]);\n"
    )
    assert wac101(code) == [
        (
            5,
            "`wmill.getVariable` calls the Windmill API in the workflow body, which re-runs "
            "on every replay; move it into a task or a `step(...)`",
        )
    ]


def test_a_request_started_early_and_awaited_later_is_no_client() -> None:
    code = HEAD + (
        "const http = axios.create();\n"
        "export const main = workflow(async () => {\n"
        '  const p = http.get("/a");\n'
        "  const r = await p;\n"
        "  return r.data;\n"
        "});\n"
    )
    assert wac101(code) == [(5, network("http.get"))]


def test_lazy_singleton_built_with_a_logical_assignment() -> None:
    code = (
        'import { Pool } from "pg";\nimport { workflow } from "windmill-client";\n'
        "let pool: Pool | null = null;\n"
        "function db(): Pool {\n"
        '  pool ??= new Pool({ connectionString: "x" });\n'
        "  return pool;\n"
        "}\n"
        "export const main = workflow(async () => {\n"
        "  await db().connect();\n"
        "});\n"
    )
    assert wac101(code) == [(9, database("db().connect"))]


def test_tagged_templates_with_type_arguments_parse() -> None:
    code = (
        'import { PrismaClient } from "@prisma/client";\nimport postgres from "postgres";\n'
        'import { workflow } from "windmill-client";\n'
        "const prisma = new PrismaClient();\nconst sql = postgres();\n"
        "export const main = workflow(async (d: number) => {\n"
        "  const a = await prisma.$queryRaw<{ n: number }[]>`select ${d}`;\n"
        "  const b = await sql<{ id: string }[]>`select id from t`;\n"
        "  return [a, b];\n"
        "});\n"
    )
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT))
    assert [(f.row, f.code) for f in result.findings] == [(7, "WAC101"), (8, "WAC101")]


def test_firebase_web_sdk_writes_but_not_references_and_presigning_reads_the_clock() -> None:
    code = (
        'import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";\n'
        'import { getSignedUrl } from "@aws-sdk/s3-request-presigner";\n'
        'import { initializeApp } from "firebase/app";\n'
        'import { doc, getFirestore, setDoc } from "firebase/firestore";\n'
        'import { workflow } from "windmill-client";\n'
        "const db = getFirestore(initializeApp({}));\nconst s3 = new S3Client({});\n"
        "export const main = workflow(async (id: string) => {\n"
        '  const ref = doc(db, "a", id);\n'
        "  await setDoc(ref, { id });\n"
        '  return await getSignedUrl(s3, new GetObjectCommand({ Bucket: "b", Key: id }));\n'
        "});\n"
    )
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=["WAC101", "WAC102"])
    assert [(f.row, f.message) for f in result.findings] == [
        (10, database("setDoc")),
        (11, clock("getSignedUrl")),
    ]


def test_a_module_level_helper_that_only_builds_a_lazy_client() -> None:
    code = (
        'import { Pool } from "pg";\nimport { workflow } from "windmill-client";\n'
        "function make() {\n  const p = new Pool();\n  return p;\n}\n"
        "function make2() {\n  return new Pool();\n}\n"
        "async function warm() {\n  return await fetch('https://x');\n}\n"
        "const pool = make();\nconst pool2 = make2();\nawait warm();\n"
        "export const main = workflow(async () => [pool, pool2].length);\n"
    )
    assert wac101(code) == [(15, module_level("fetch", "reached through `warm`"))]


def test_object_literal_members_holding_values_are_not_functions() -> None:
    code = (
        'import { getVariable, task, workflow } from "windmill-client";\n'
        "const url = process.env.API_URL;\n"
        "const cfg = { url, base: process.env.BASE, getVariable };\n"
        "const call = task(async (u: string) => u);\n"
        "export const main = workflow(async () => {\n"
        '  const key = await cfg.getVariable("f/k");\n'
        "  return await call(`${cfg.url}${cfg.base}${key}`);\n"
        "});\n"
    )
    assert wac101(code) == [
        (
            6,
            "`cfg.getVariable` calls the Windmill API in the workflow body, which re-runs on "
            "every replay; move it into a task or a `step(...)`",
        )
    ]
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=["WAC102"])
    # the module-level environment reads are not re-reported as reads in the body
    assert not [f for f in result.findings if "`cfg.url`" in f.message or "`cfg.base`" in f.message]


def test_a_python_request_in_an_argument_has_run_on_its_own() -> None:
    code = (
        "import requests\nfrom wmill import workflow\n\n@workflow\nasync def main(u: str):\n"
        "    return requests.post(u, json=requests.get(u).json())\n"
    )
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=["WAC101"])
    assert [(f.row, f.column) for f in result.findings] == [(6, 12), (6, 34)]


def test_promisified_exec_dotenv_and_sheetjs_files() -> None:
    code = (
        'import { exec } from "node:child_process";\nimport { promisify } from "node:util";\n'
        'import dotenv from "dotenv";\nimport * as XLSX from "xlsx";\n'
        'import { workflow } from "windmill-client";\n'
        "const sh = promisify(exec);\n"
        "export const main = workflow(async (wb: XLSX.WorkBook) => {\n"
        "  dotenv.config();\n"
        '  XLSX.writeFile(wb, "/tmp/x.xlsx");\n'
        '  return (await sh("ls")).stdout;\n'
        "});\n"
    )
    files = (
        "touches the file system in the workflow body, which re-runs on every replay; "
        "move it into a task or a `step(...)`"
    )
    assert wac101(code) == [
        (8, f"`dotenv.config` {files}"),
        (9, f"`XLSX.writeFile` {files}"),
        (
            10,
            "`sh` starts or signals a process or a thread in the workflow body, which re-runs "
            "on every replay; move it into a task or a `step(...)`",
        ),
    ]
