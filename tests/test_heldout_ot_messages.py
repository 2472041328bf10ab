"""Red team OT: Bun TypeScript WAC scripts that take the SDK from a local module
re-exporting windmill-client, module-level clients built from nested constructors,
and library objects whose methods only look like requests; pinned with their
messages."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.languages import LanguageKind
from wac_lint.registry import all_rules
from wac_lint.runner import out_of_scope
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def findings(code: str, *codes: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=list(codes))
    return [(f.row, f.code, f.message) for f in result.findings]


REEXPORTED = (
    'import { step, task, workflow } from "./wac";\n'
    "const charge = task(async (id: string) => ({ id }));\n"
    "export const main = workflow(async (id: string) => {\n"
    "  const res = await fetch(`https://billing.example.com/${id}`);\n"
    "  const roll = Math.random();\n"
    "  const ok = await step('ok', () => res.ok);\n"
    "  return await charge(`${id}-${roll}-${ok}`);\n"
    "});\n"
)


def test_sdk_names_from_a_local_module_that_re_exports_windmill_client() -> None:
    assert findings(REEXPORTED, "WAC101", "WAC102") == [
        (
            4,
            "WAC101",
            "`fetch` does network I/O in the workflow body, which re-runs on every replay; "
            "move it into a task or a `step(...)`",
        ),
        (
            5,
            "WAC102",
            "`Math.random` is random: the value changes between replays of the workflow "
            "body; capture it with `step(...)`",
        ),
    ]


def test_a_re_exporting_import_is_not_skipped_before_parsing() -> None:
    # the file never spells `windmill-client`: the quick check must still let it in
    rules = [r for r in all_rules() if r.wac_only and LanguageKind.TYPESCRIPT in r.languages]
    assert not out_of_scope(REEXPORTED.encode(), LanguageKind.TYPESCRIPT, rules)
    plain = 'import { run } from "./pipeline";\nexport async function main() { return run(); }\n'
    assert out_of_scope(plain.encode(), LanguageKind.TYPESCRIPT, rules)


def test_an_absolute_workspace_path_re_exports_the_sdk_too() -> None:
    code = REEXPORTED.replace('"./wac"', '"/f/shared/wac.ts"')
    assert [(row, code) for row, code, _ in findings(code, "WAC101", "WAC102")] == [
        (4, "WAC101"),
        (5, "WAC102"),
    ]
    rules = [r for r in all_rules() if r.wac_only and LanguageKind.TYPESCRIPT in r.languages]
    assert not out_of_scope(code.encode(), LanguageKind.TYPESCRIPT, rules)


def test_local_names_that_are_not_the_sdk_s_stay_the_module_s_own() -> None:
    code = (
        'import { task, workflow, fetchAll } from "./wac";\n'
        "const run = task(async (x: string) => ({ x }));\n"
        "export const main = workflow(async (x: string) => {\n"
        "  return await run(x);\n"
        "});\n"
    )
    assert findings(code) == []


def test_a_local_module_without_workflow_is_not_the_sdk() -> None:
    # `step` from a module the file does not take `workflow` from is that module's own
    code = (
        'import { step } from "./pipeline";\n'
        "export async function main(url: string) {\n"
        "  const r = await fetch(url);\n"
        "  return step(await r.json());\n"
        "}\n"
    )
    assert findings(code) == []


WAC_TAIL = (
    "const run = task(async (x: string) => ({ x }));\n"
    "export const main = workflow(async (x: string) => {\n"
    "  return await run(x);\n"
    "});\n"
)


def test_constructors_nested_in_a_kept_client_s_options_build_a_lazy_client() -> None:
    code = (
        'import { Kysely, PostgresDialect } from "kysely";\n'
        'import { Pool } from "pg";\n'
        'import { task, workflow } from "windmill-client";\n'
        "const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new Pool() }) });\n"
        "const dbs = [new Kysely<any>({ dialect: new PostgresDialect({ pool: new Pool() }) })];\n"
        + WAC_TAIL
    )
    assert findings(code, "WAC101") == []


def test_a_nested_constructor_whose_client_is_used_at_once_is_still_reported() -> None:
    code = (
        'import { Kafka } from "kafkajs";\n'
        'import { task, workflow } from "windmill-client";\n'
        "const warm = await wrap({ kafka: new Kafka({ brokers: [] }) }).send('x');\n" + WAC_TAIL
    )
    assert [(row, code) for row, code, _ in findings(code, "WAC101")] == [(3, "WAC101")]
    # pg's `new Pool()` is a lazy client in the catalogue (red team W: it connects on
    # its first query), so it is no longer reported where it is built; the query here
    # runs through `wrap(...)`, which names nothing the analysis can follow
    lazy = (
        'import { Pool } from "pg";\n'
        'import { task, workflow } from "windmill-client";\n'
        "const warm = await wrap({ pool: new Pool() }).query('select 1');\n" + WAC_TAIL
    )
    assert findings(lazy, "WAC101") == []


def test_a_query_builder_compiled_to_text_runs_no_query() -> None:
    code = (
        'import knex from "knex";\n'
        'import { task, workflow } from "windmill-client";\n'
        'const qb = knex({ client: "pg" });\n'
        "const run = task(async (sql: string) => ({ sql }));\n"
        "export const main = workflow(async (id: string) => {\n"
        '  const text = qb("orders").where({ id }).select("id").toQuery();\n'
        '  const native = (qb("orders").where({ id }) as any).toSQL().toNative();\n'
        '  await qb("orders").where({ id }).del();\n'
        "  return await run(text + native.sql);\n"
        "});\n"
    )
    assert findings(code, "WAC101") == [
        (
            8,
            "WAC101",
            '`qb("orders").where({ id }).del` talks to a database or queue in the workflow '
            "body, which re-runs on every replay; move it into a task or a `step(...)`",
        )
    ]


def test_cloud_storage_references_and_mail_settings_send_nothing() -> None:
    code = (
        'import { Storage } from "@google-cloud/storage";\n'
        'import sgMail from "@sendgrid/mail";\n'
        'import { task, workflow } from "windmill-client";\n'
        'sgMail.setApiKey(process.env.SG ?? "");\n'
        "const storage = new Storage();\n"
        "const run = task(async (x: string) => ({ x }));\n"
        "export const main = workflow(async (bucket: string, name: string) => {\n"
        "  const ref = storage.bucket(bucket).file(name);\n"
        "  await storage.bucket(bucket).file(name).save(ref.name);\n"
        "  return await run(ref.name);\n"
        "});\n"
    )
    assert findings(code, "WAC101") == [
        (
            9,
            "WAC101",
            "`storage.bucket(bucket).file(name).save` calls a cloud or external API in the "
            "workflow body, which re-runs on every replay; move it into a task or a `step(...)`",
        )
    ]


def test_azure_sdk_clients_are_cloud_apis_and_their_references_send_nothing() -> None:
    code = (
        'import { DefaultAzureCredential } from "@azure/identity";\n'
        'import { BlobServiceClient } from "@azure/storage-blob";\n'
        'import { AzureKeyCredential } from "@azure/core-auth";\n'
        'import { task, workflow } from "windmill-client";\n'
        "const credential = new DefaultAzureCredential();\n"
        'const blobs = BlobServiceClient.fromConnectionString("cs");\n'
        "const run = task(async (x: string) => ({ x }));\n"
        "export const main = workflow(async (name: string) => {\n"
        '  const key = new AzureKeyCredential("k");\n'
        '  const url = blobs.getContainerClient("r").getBlockBlobClient(name).url;\n'
        '  const { token } = await credential.getToken("https://management.azure.com/.default");\n'
        "  return await run(url + token + key.key);\n"
        "});\n"
    )
    assert findings(code, "WAC101") == [
        (
            11,
            "WAC101",
            "`credential.getToken` calls a cloud or external API in the workflow body, which "
            "re-runs on every replay; move it into a task or a `step(...)`",
        )
    ]


def test_a_client_s_result_read_for_a_property_was_built_not_requested() -> None:
    head = (
        'import { PubSub } from "@google-cloud/pubsub";\n'
        'import { task, workflow } from "windmill-client";\n'
        "const pubsub = new PubSub();\n"
        "const run = task(async (x: string) => ({ x }));\n"
        "export const main = workflow(async (topic: string) => {\n"
    )
    read = "  const name = pubsub.topic(topic).name;\n  return await run(name);\n});\n"
    assert findings(head + read, "WAC101") == []
    sent = (
        "  const id = await pubsub.topic(topic).publishMessage({ json: {} });\n  return id;\n});\n"
    )
    assert findings(head + sent, "WAC101") == [
        (
            6,
            "WAC101",
            "`pubsub.topic(topic).publishMessage` calls a cloud or external API in the workflow "
            "body, which re-runs on every replay; move it into a task or a `step(...)`",
        )
    ]


def test_a_method_guess_yields_to_the_file_s_own_method_of_that_name() -> None:
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "interface Command { execute(s: number[]): number[] }\n"
        "const double: Command = { execute: (s) => s.map((x) => x * 2) };\n"
        "const run = task(async (xs: number[]) => ({ xs }));\n"
        "export const main = workflow(async (xs: number[], cmds: Command[]) => {\n"
        "  const out = cmds.reduce((s, c) => c.execute(s), double.execute(xs));\n"
        "  return await run(out);\n"
        "});\n"
    )
    assert findings(code, "WAC101") == []
    unrelated = code.replace("execute", "apply").replace("c.apply(s)", "c.execute(s)")
    assert findings(unrelated, "WAC101") == [
        (
            6,
            "WAC101",
            "`c.execute` looks like a call that talks to a database or queue (a method "
            "named `execute` on an object wac-lint cannot follow): in the workflow body it "
            "would run again on every replay; move it into a task or a `step(...)`",
        )
    ]


def test_a_member_typed_as_a_function_is_the_file_s_own_method_too() -> None:
    # `{ query: (s: string) => string }`: a property signature typed as a function, as
    # much the file's own as a method signature (redteam-tr: `.query(` was a database)
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "type Filters = { query: (s: string) => string; limit?: (n: number) => number };\n"
        "const rows = task(async (sql: string) => [{ sql }]);\n"
        "export const main = workflow(async (filters: Filters) => {\n"
        '  const q = filters.query("x");\n'
        "  return await rows(q);\n"
        "});\n"
    )
    assert findings(code, "WAC101") == []
    plain = code.replace("query: (s: string) => string", "query: string")
    assert findings(plain, "WAC101") == [
        (
            5,
            "WAC101",
            "`filters.query` looks like a call that talks to a database or queue (a method "
            "named `query` on an object wac-lint cannot follow): in the workflow body it "
            "would run again on every replay; move it into a task or a `step(...)`",
        )
    ]


def test_a_module_level_login_opens_its_connection_without_await() -> None:
    code = (
        'import { Client } from "discord.js";\n'
        'import { task, workflow } from "windmill-client";\n'
        "const bot = new Client({ intents: [] });\n"
        'bot.on("ready", () => console.log("up"));\n'
        "bot.login(process.env.TOKEN);\n" + WAC_TAIL
    )
    assert findings(code, "WAC101") == [
        (
            5,
            "WAC101",
            "`discord.js.Client(…).login` does network I/O at module level: the script runs "
            "again from the top on every replay of the workflow, so this happens again each "
            "time; call it in a task or a `step(...)` in the body",
        )
    ]


def test_a_client_reference_kept_in_a_name_only_read_for_properties() -> None:
    head = (
        'import { CosmosClient } from "@azure/cosmos";\n'
        'import { task, workflow } from "windmill-client";\n'
        'const cosmos = new CosmosClient("cs");\n'
        "const run = task(async (x: unknown) => ({ x }));\n"
        "export const main = workflow(async (id: string) => {\n"
        '  const container = cosmos.database("shop").container("orders");\n'
    )
    assert findings(head + "  return await run(container.id + container.url);\n});\n") == []
    handed = head + "  return await run({ container });\n});\n"
    assert findings(handed, "WAC101") == [
        (
            6,
            "WAC101",
            '`cosmos.database("shop").container` talks to a database or queue in the workflow '
            "body, which re-runs on every replay; move it into a task or a `step(...)`",
        )
    ]


def test_a_database_opened_in_memory_touches_nothing_outside_the_worker() -> None:
    code = (
        'import { Database } from "bun:sqlite";\n'
        'import { task, workflow } from "windmill-client";\n'
        "const run = task(async (x: unknown) => ({ x }));\n"
        "export const main = workflow(async (rows: number[], path: string) => {\n"
        '  const db = new Database(":memory:");\n'
        '  db.run("create table t (v real)");\n'
        '  const insert = db.prepare("insert into t values (?)");\n'
        "  for (const v of rows) insert.run(v);\n"
        '  const total = db.query("select sum(v) as s from t").get();\n'
        "  const disk = new Database(path);\n"
        '  const seen = disk.query("select count(*) from runs").get();\n'
        "  return await run([total, seen]);\n"
        "});\n"
    )
    assert findings(code, "WAC101") == [
        (
            11,
            "WAC101",
            '`disk.query("select count(*) from runs").get` talks to a database or queue in the '
            "workflow body, which re-runs on every replay; move it into a task or a `step(...)`",
        )
    ]


def test_python_sqlite_in_memory_is_no_database_call_either() -> None:
    code = (
        "import sqlite3\n"
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def run(x: int) -> int:\n"
        "    return x\n"
        "@workflow\n"
        "async def main(rows: list[int]):\n"
        '    conn = sqlite3.connect(":memory:")\n'
        '    conn.execute("create table t (v int)")\n'
        '    (n,) = conn.execute("select count(*) from t").fetchone()\n'
        "    return await run(n)\n"
    )
    result = analyze_source(SourceFile("<p>", code, LANG_PYTHON), select=["WAC101"])
    assert [(f.row, f.code) for f in result.findings] == []


def test_firebase_cloud_messaging_sends_a_notification() -> None:
    code = (
        'import admin from "firebase-admin";\n'
        'import { getMessaging } from "firebase-admin/messaging";\n'
        'import { task, workflow } from "windmill-client";\n'
        "admin.initializeApp();\n"
        "const run = task(async (x: string) => ({ x }));\n"
        "export const main = workflow(async (token: string) => {\n"
        "  const fcm = getMessaging();\n"
        "  const again = admin.messaging();\n"
        '  await admin.messaging().send({ token, notification: { title: "hi" } });\n'
        "  return await run(String(Boolean(fcm && again)));\n"
        "});\n"
    )
    assert findings(code, "WAC101") == [
        (
            9,
            "WAC101",
            "`admin.messaging().send` sends a notification in the workflow body, which re-runs "
            "on every replay; move it into a task or a `step(...)`",
        )
    ]
