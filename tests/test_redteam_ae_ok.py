"""Red team AE (aeo): regressions for the general causes behind false findings on
correct, sophisticated WAC scripts (`tests/corpus/adversarial/ae_ok_*`)."""

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


# A task body (or a helper it calls) that keeps a client or a memo in a module global
# for the job's later calls: a lazily filled `global _client` and a module dict / set
# changed in place, which the workflow never reads, are the job's own business. The
# same names read by the body are still reported (the change is lost to it), and so is
# a plain rebinding (`global COUNT; COUNT += 1`).
TASK_CACHE = (
    "import httpx\n"
    "from wmill import task, workflow\n"
    "_client = None\n"
    "_memo: dict[str, dict] = {}\n"
    "_seen: set[str] = set()\n"
    "COUNT = 0\n"
    "def client():\n"
    "    global _client\n"
    "    if _client is None:\n"
    "        _client = httpx.AsyncClient()\n"
    "    return _client\n"
    "@task()\n"
    "async def lookup(k: str) -> dict:\n"
    "    global COUNT\n"
    "    if k in _memo:\n"
    "        return _memo[k]\n"
    "    _memo[k] = (await client().get(k)).json()\n"
    "    _seen.add(k)\n"
    "    COUNT += 1\n"
    "    return _memo[k]\n"
    "@workflow\n"
    "async def main(keys: list[str]):\n"
    "    return [await lookup(k) for k in keys]\n"
)


def test_a_cache_a_task_keeps_for_itself_is_not_workflow_state() -> None:
    assert rows(TASK_CACHE, "WAC104") == [(19, "WAC104")]


def test_the_same_cache_read_by_the_body_is_reported() -> None:
    code = TASK_CACHE.replace(
        "    return [await lookup(k) for k in keys]\n",
        "    out = [await lookup(k) for k in keys]\n    return out, _memo, _client, _seen\n",
    )
    assert rows(code, "WAC104") == [(10, "WAC104"), (17, "WAC104"), (18, "WAC104"), (19, "WAC104")]


def test_a_typescript_let_memo_changed_in_place_by_a_task() -> None:
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "let cache = new Map<string, unknown>();\n"
        "const lookup = task(async (k: string) => {\n"
        "  if (!cache.has(k)) cache.set(k, await (await fetch(k)).json());\n"
        "  return cache.get(k);\n"
        "});\n"
        "export const main = workflow(async (ks: string[]) => {\n"
        "  const out = [];\n"
        "  for (const k of ks) out.push(await lookup(k));\n"
        "  return out;\n"
        "});\n"
    )
    assert rows(code, "WAC104", ts=True) == []
    read = code.replace("  return out;\n", "  return [out, cache.size];\n")
    assert rows(read, "WAC104", ts=True) == [(4, "WAC104")]


# `Faker.seed(n)` seeds the generator every Faker instance without a seed of its own
# shares (faker's `Generator.__init__` takes the module's shared `random`): an instance
# built after it in the body draws the same values every round, as its draws do.
def test_faker_built_after_the_class_seed_in_the_body() -> None:
    code = (
        "from faker import Faker\n"
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def t(x: str) -> str:\n"
        "    return x\n"
        "@workflow\n"
        "async def main(job: str):\n"
        "    early = Faker()\n"
        "    Faker.seed(job)\n"
        "    fake = Faker()\n"
        "    return await t(fake.name() + early.name())\n"
    )
    # built before the seed: still reported where built
    assert rows(code, "WAC102") == [(8, "WAC102")]


# The HTTP libraries' value types and string helpers build values in memory: only a
# client's request sends them. The whole-module network entries matched them.
HTTP_VALUES_PY = (
    "import aiohttp\n"
    "import httpx\n"
    "import requests\n"
    "import urllib3\n"
    "from requests.structures import CaseInsensitiveDict\n"
    "from wmill import task, workflow\n"
    "@task()\n"
    "async def t(x: str) -> str:\n"
    "    return x\n"
    "@workflow\n"
    "async def main(u: str, code: int):\n"
    "    url = httpx.URL(u).copy_with(path='/a')\n"
    "    h = httpx.Headers({'a': 'b'})\n"
    "    qp = httpx.QueryParams({'a': 1})\n"
    "    ok = code == httpx.codes.OK or code == requests.codes.ok\n"
    "    cid = CaseInsensitiveDict({'A': 1})\n"
    "    q = requests.utils.quote('a b')\n"
    "    host = urllib3.util.parse_url(u).host\n"
    "    fd = aiohttp.FormData()\n"
    "    fd.add_field('a', 'b')\n"
    "    sent = httpx.get(str(url))\n"
    "    return await t(f'{url}{h}{qp}{ok}{cid}{q}{host}{sent}')\n"
)


def test_http_value_types_are_not_requests() -> None:
    assert rows(HTTP_VALUES_PY, "WAC101") == [(21, "WAC101")]


HTTP_VALUES_TS = (
    'import { task, workflow } from "windmill-client";\n'
    'import { Agent, Pool, setGlobalDispatcher, request } from "undici";\n'
    'import { ofetch } from "ofetch";\n'
    'import knex from "knex";\n'
    'import { readFileSync } from "node:fs";\n'
    'const kx = knex({ client: "pg" });\n'
    "const t = task(async (s: string) => s);\n"
    "export const main = workflow(async (u: string, ids: string[]) => {\n"
    "  setGlobalDispatcher(new Agent({ connections: 4 }));\n"
    "  const pool = new Pool(u);\n"
    "  const api = ofetch.create({ baseURL: u });\n"
    '  const sqlText = kx("orders").whereIn("id", ids).update({ seen: true }).toString();\n'
    "  const file = readFileSync(u).toString();\n"
    "  const res = await request(u);\n"
    "  return await t(`${sqlText}${file}${res.statusCode}${String(pool)}${String(api)}`);\n"
    "});\n"
)


def test_dispatchers_instances_and_knex_sql_text_are_not_requests() -> None:
    # the file read and the request are still reported
    assert rows(HTTP_VALUES_TS, "WAC101", ts=True) == [(13, "WAC101"), (14, "WAC101")]


# The SDK's exception classes imported under another name (not WAC names, so the alias
# is fine for Windmill's parser): the handlers and guards were matched by spelling.
def test_step_suspend_imported_under_another_name_guards_the_catch() -> None:
    code = (
        'import { StepSuspend as Suspend, task, workflow } from "windmill-client";\n'
        "const t = task(async (x: string) => x.length);\n"
        "export const main = workflow(async (x: string) => {\n"
        "  try {\n"
        "    return await t(x);\n"
        "  } catch (e) {\n"
        "    if (e instanceof Suspend) throw e;\n"
        "    return -1;\n"
        "  }\n"
        "});\n"
    )
    assert rows(code, "WAC202", "WAC204", ts=True) == []
    # a class of the file is still no guard
    mine = code.replace("StepSuspend as Suspend, ", "").replace(
        '"windmill-client";\n', '"windmill-client";\nclass Suspend extends Error {}\n'
    )
    assert [rule for _, rule in rows(mine, "WAC202", "WAC204", ts=True)] == ["WAC202", "WAC204"]


def test_task_error_imported_under_another_name_is_the_task_error() -> None:
    code = (
        "import wmill\n"
        "from wmill import TaskError as WorkflowTaskError\n"
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def t(x: str) -> int:\n"
        "    return len(x)\n"
        "@workflow\n"
        "async def main(x: str):\n"
        "    try:\n"
        "        a = await t(x)\n"
        "    except WorkflowTaskError as e:\n"
        "        a = e.step_key\n"
        "    try:\n"
        "        b = await t(x + '!')\n"
        "    except wmill.TaskError:\n"
        "        b = None\n"
        "    try:\n"
        "        c = await t(x)\n"
        "    except ValueError:\n"
        "        c = None\n"
        "    return a, b, c\n"
    )
    assert rows(code, "WAC204") == [(19, "WAC204")]


# A `default_factory` runs only for a field the call building the instance leaves out:
# pydantic / dataclass instances built in the body with those fields given (by keyword,
# or by position for a dataclass without bases) run no factory. A field left out still
# runs its own factory, and the message names that one.
DEFAULT_FACTORIES = (
    "import uuid\n"
    "from dataclasses import dataclass, field\n"
    "from datetime import datetime, timezone\n"
    "from pydantic import BaseModel, Field\n"
    "from wmill import step, task, workflow\n"
    "class Ticket(BaseModel):\n"
    "    id: str = Field(default_factory=lambda: str(uuid.uuid4()))\n"
    "    opened_at: str = Field(default_factory=lambda: datetime.now(timezone.utc).isoformat())\n"
    "    title: str\n"
    "@dataclass\n"
    "class Visit:\n"
    "    patient: str\n"
    "    ref: str = field(default_factory=lambda: uuid.uuid4().hex)\n"
    "    notes: list[str] = field(default_factory=list)\n"
    "@task()\n"
    "async def t(x: str) -> str:\n"
    "    return x\n"
    "@workflow\n"
    "async def main(title: str, patient: str, opts: dict):\n"
    "    ref = await step('ref', lambda: uuid.uuid4().hex)\n"
    "    at = await step('at', lambda: datetime.now(timezone.utc).isoformat())\n"
    "    given = Ticket(id=ref, opened_at=at, title=title)\n"
    "    visit = Visit(patient, ref)\n"
    "    named = Visit(patient=patient, ref=ref, notes=[title])\n"
    "    half = Ticket(id=ref, title=title)\n"
    "    bare = Visit(patient)\n"
    "    spread = Visit(**opts)\n"
    "    return await t(f'{given}{visit}{named}{half}{bare}{spread}')\n"
)


def test_default_factories_of_given_fields_do_not_run() -> None:
    found = run(DEFAULT_FACTORIES, "WAC102")
    assert [(row, rule) for row, rule, _ in found] == [
        (25, "WAC102"),
        (26, "WAC102"),
        (27, "WAC102"),
    ]
    assert found[0][2].startswith("`datetime.now` (reached through `main → Ticket.__init__")


# Payloads the notification and database SDKs build in memory and send only through a
# client (Block Kit models, Discord embeds, Telegram keyboards, TwiML, Telegraf's Markup,
# pymongo bulk operations, psycopg's Jsonb), and socket's address converters: the whole
# module's entry matched them.
SDK_PAYLOADS_PY = (
    "import socket\n"
    "import discord\n"
    "import pymongo\n"
    "from psycopg.types.json import Jsonb\n"
    "from slack_sdk import WebClient\n"
    "from slack_sdk.models.blocks import SectionBlock\n"
    "from telegram import InlineKeyboardButton, InlineKeyboardMarkup\n"
    "from twilio.twiml.messaging_response import MessagingResponse\n"
    "from wmill import task, workflow\n"
    "@task()\n"
    "async def t(x: list) -> int:\n"
    "    return len(x)\n"
    "@workflow\n"
    "async def main(ip: str, title: str):\n"
    "    packed = socket.inet_aton(ip).hex()\n"
    "    blocks = [SectionBlock(text=title).to_dict()]\n"
    "    embed = discord.Embed(title=title).to_dict()\n"
    "    kb = InlineKeyboardMarkup([[InlineKeyboardButton('Yes', callback_data='y')]])\n"
    "    twiml = str(MessagingResponse().message(title))\n"
    "    op = pymongo.UpdateOne({'_id': ip}, {'$set': {'t': title}})\n"
    "    jb = Jsonb({'t': title})\n"
    "    WebClient(token='x').chat_postMessage(channel='c', blocks=blocks)\n"
    "    return await t([packed, embed, kb.to_dict(), twiml, str(op), str(jb)])\n"
)


def test_sdk_payload_builders_are_not_sends() -> None:
    assert rows(SDK_PAYLOADS_PY, "WAC101") == [(22, "WAC101")]


def test_telegraf_markup_is_not_a_send() -> None:
    code = (
        'import { task, workflow } from "windmill-client";\n'
        'import { Markup, Telegraf } from "telegraf";\n'
        "const bot = new Telegraf(process.env.BOT_TOKEN!);\n"
        "const t = task(async (x: unknown) => JSON.stringify(x).length);\n"
        "export const main = workflow(async (chat: string) => {\n"
        '  const kb = Markup.inlineKeyboard([Markup.button.callback("Yes", "y")]);\n'
        '  await bot.telegram.sendMessage(chat, "pick", kb);\n'
        "  return await t(kb);\n"
        "});\n"
    )
    assert rows(code, "WAC101", ts=True) == [(7, "WAC101")]


# Pure helpers shipped inside SDKs the catalogue names whole as external APIs: Sheets'
# A1 helpers, Cloudinary's URL builder, OpenAI's tool schema, S3 transfer settings,
# Notion's id helper, Google's upload wrapper around a buffer.
SDK_HELPERS_PY = (
    "import io\n"
    "import cloudinary.utils\n"
    "import gspread\n"
    "import gspread.utils\n"
    "import openai\n"
    "from anthropic.types import MessageParam\n"
    "from boto3.s3.transfer import TransferConfig\n"
    "from googleapiclient.http import MediaIoBaseUpload\n"
    "from notion_client.helpers import get_id\n"
    "from pydantic import BaseModel\n"
    "from wmill import task, workflow\n"
    "class Lookup(BaseModel):\n"
    "    sku: str\n"
    "@task()\n"
    "async def t(x: list) -> int:\n"
    "    return len(x)\n"
    "@workflow\n"
    "async def main(n: int, public_id: str, page_url: str):\n"
    "    rng = f'A1:{gspread.utils.rowcol_to_a1(n, 3)}'\n"
    "    url, _ = cloudinary.utils.cloudinary_url(public_id, width=200)\n"
    "    tool = openai.pydantic_function_tool(Lookup)\n"
    "    tc = TransferConfig(multipart_threshold=8 * 1024 * 1024)\n"
    "    media = MediaIoBaseUpload(io.BytesIO(b'x'), mimetype='text/csv')\n"
    "    pid = get_id(page_url)\n"
    "    msg = MessageParam(role='user', content=pid)\n"
    "    gspread.service_account().open('x').sheet1.update(range_name=rng, values=[[1]])\n"
    "    return await t([rng, url, tool, tc.multipart_threshold, media.mimetype(), pid, msg])\n"
)


def test_pure_helpers_inside_external_api_sdks() -> None:
    assert rows(SDK_HELPERS_PY, "WAC101") == [(26, "WAC101")]


def test_openai_schema_helpers_and_to_file_are_not_requests() -> None:
    code = (
        'import { task, workflow } from "windmill-client";\n'
        'import OpenAI, { toFile } from "openai";\n'
        'import { zodResponseFormat, zodFunction } from "openai/helpers/zod";\n'
        'import { z } from "zod";\n'
        "const Answer = z.object({ sku: z.string() });\n"
        "const client = new OpenAI();\n"
        "const t = task(async (x: unknown) => JSON.stringify(x).length);\n"
        "export const main = workflow(async (sku: string) => {\n"
        '  const fmt = zodResponseFormat(Answer, "answer");\n'
        '  const fn = zodFunction({ name: "lookup", parameters: Answer });\n'
        '  const file = await toFile(Buffer.from(sku), "a.txt");\n'
        '  const up = await client.files.create({ file, purpose: "assistants" });\n'
        "  return await t({ fmt, fn, up });\n"
        "});\n"
    )
    assert rows(code, "WAC101", ts=True) == [(12, "WAC101")]


# A generator kept at module level (`customAlphabet(...)`, `random.SystemRandom()`)
# handed to `step(...)` by reference, or as the object of a method reference, is only
# called in the step: naming it in the body draws nothing. Calling it in the body, or
# reading a value drawn at module level, is still reported.
def test_module_generators_handed_to_step_by_reference() -> None:
    py_code = (
        "import random\n"
        "import secrets\n"
        "import uuid\n"
        "from functools import partial\n"
        "from wmill import step, task, workflow\n"
        "rng = random.SystemRandom()\n"
        "RUN_ID = str(uuid.uuid4())\n"
        "@task()\n"
        "async def t(x: list) -> int:\n"
        "    return len(x)\n"
        "@workflow\n"
        "async def main(name: str):\n"
        "    a = await step('a', rng.random)\n"
        "    b = await step('b', partial(rng.randint, 1, 6))\n"
        "    c = await step('c', partial(secrets.token_hex, 8))\n"
        "    return await t([a, b, c, RUN_ID, name])\n"
    )
    assert rows(py_code, "WAC102") == [(16, "WAC102")]
    ts_code = (
        'import { step, task, workflow } from "windmill-client";\n'
        'import { customAlphabet } from "nanoid";\n'
        'const makeCode = customAlphabet("ABCDEF0123456789", 8);\n'
        "const t = task(async (x: unknown) => JSON.stringify(x).length);\n"
        "export const main = workflow(async (name: string) => {\n"
        '  const a = await step("a", makeCode);\n'
        '  const b = await step("b", makeCode.bind(null));\n'
        "  const c = makeCode();\n"
        "  return await t({ a, b, c, name });\n"
        "});\n"
    )
    assert rows(ts_code, "WAC102", ts=True) == [(8, "WAC102")]
