"""Red team AF (afo): regressions for the general causes behind false findings on
correct scripts (`tests/corpus/adversarial/af_ok_*`): plain Windmill scripts that use
the SDK without being workflows, and workflows in unusual but valid styles."""

from __future__ import annotations

from functools import cache

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


@cache
def run(code: str, ts: bool = False) -> tuple[tuple[int, str, str], ...]:
    lang = LANG_TYPESCRIPT if ts else LANG_PYTHON
    source = SourceFile("<t>.ts" if ts else "<t>.py", code, lang)
    result = analyze_source(source)
    assert not result.errors, [e.error for e in result.errors]
    return tuple((f.row, f.code, f.message) for f in result.findings)


def rows(code: str, ts: bool = False) -> list[tuple[int, str]]:
    return [(row, rule) for row, rule, _ in run(code, ts)]


# DuckDB in the workflow body over data of the body. duckdb 1.x: `duckdb.connect()`
# given no database opens `:memory:` (as `database=":memory:"` does), and the
# module-level `duckdb.sql` / `query` / `execute` run on a default connection that is
# in memory too. A literal query that names no file, URL or other database touches
# nothing outside the process; the connection's own bookkeeping (`register`, `close`)
# neither. Its readers (`read_csv`), SQL that reads a file / URL, attaches, copies or
# installs, and SQL that is not a literal stay reported.
DUCKDB = (
    "import duckdb\n"  # 1
    "import pandas as pd\n"  # 2
    "from wmill import task, workflow\n"  # 3
    "@task()\n"  # 4
    "async def load(day: str) -> list[dict]:\n"  # 5
    "    return []\n"  # 6
    "@workflow\n"  # 7
    "async def main(day: str, path: str):\n"  # 8
    "    df = pd.DataFrame(await load(day))\n"  # 9
    '    top = duckdb.sql("select site, sum(n) as n from df group by site").df()\n'  # 10
    '    one = duckdb.query("select 1").fetchall()\n'  # 11
    "    con = duckdb.connect()\n"  # 12
    '    con.register("t", df)\n'  # 13
    '    total = con.execute("select count(*) from t").fetchone()\n'  # 14
    '    kw = duckdb.connect(database=":memory:")\n'  # 15
    '    kw.sql("select 42").fetchall()\n'  # 16
    "    con.close()\n"  # 17
    "    return {'top': top.to_dict(orient='records'), 'total': int(total[0])}\n"  # 18
)


def test_duckdb_in_memory_over_data_frames_is_no_io() -> None:
    assert rows(DUCKDB) == []


def test_duckdb_reading_outside_is_still_reported() -> None:
    code = DUCKDB.replace(
        "    con.close()\n",
        "    a = duckdb.sql(\"select * from read_parquet('s3://b/x.parquet')\")\n"  # 17
        "    b = duckdb.sql(f\"select * from '{path}'\")\n"  # 18
        "    c = duckdb.sql(\"SELECT * FROM 'events.csv'\")\n"  # 19
        "    d = con.read_csv(path)\n"  # 20
        '    con.execute("INSTALL httpfs; LOAD httpfs")\n'  # 21
        "    e = con.execute(\"attach 'pg.db' as pg\")\n"  # 22
        "    q = \"select * from read_csv_auto('x.csv')\"\n"  # 23
        "    f = duckdb.sql(q)\n",  # 24
    )
    assert rows(code) == [
        (17, "WAC101"),
        (18, "WAC101"),
        (19, "WAC101"),
        (20, "WAC101"),
        (21, "WAC101"),
        (22, "WAC101"),
        (24, "WAC101"),
    ]


def test_a_duckdb_database_file_is_still_a_database() -> None:
    code = DUCKDB.replace("duckdb.connect()", 'duckdb.connect("warehouse.duckdb")')
    assert rows(code) == [(13, "WAC101"), (14, "WAC101"), (17, "WAC101")]


# bun:sqlite's `new Database()` with no file name is in memory (bun-types 1.4
# `sqlite.d.ts`: "an empty string, `:memory:` or undefined for an in-memory
# database"), like `new Database(":memory:")`; a named file is not.
BUN_SQLITE = (
    'import { Database } from "bun:sqlite";\n'  # 1
    'import { task, workflow } from "windmill-client";\n'  # 2
    "const load = task(async function load(day: string) {\n"  # 3
    "  return [{ level: 1, free: 3 }];\n"  # 4
    "});\n"  # 5
    "export const main = workflow(async (day: string) => {\n"  # 6
    "  const samples = await load(day);\n"  # 7
    "  const db = new Database();\n"  # 8
    '  db.run("create table s (level integer, free integer)");\n'  # 9
    '  const insert = db.prepare("insert into s values (?, ?)");\n'  # 10
    "  for (const x of samples) insert.run(x.level, x.free);\n"  # 11
    '  const rows = db.query("select level, min(free) as f from s group by level").all();\n'  # 12
    "  db.close();\n"  # 13
    "  return rows;\n"  # 14
    "});\n"  # 15
)


def test_bun_sqlite_database_without_a_name_is_in_memory() -> None:
    assert rows(BUN_SQLITE, ts=True) == []


def test_bun_sqlite_database_file_is_reported() -> None:
    code = BUN_SQLITE.replace("new Database()", 'new Database("garage.sqlite")')
    assert [row for row, rule in rows(code, ts=True) if rule == "WAC101"] == [9, 11, 12, 13]


# `socket.setdefaulttimeout(30)` at module level of a workflow script sets the default
# timeout of sockets made later: a setting of the process; nothing is sent.
SOCKET_SETTING = (
    "import socket\n"
    "import httpx\n"
    "from wmill import task, workflow\n"
    "socket.setdefaulttimeout(30)\n"
    "DEFAULT = socket.getdefaulttimeout()\n"
    "@task()\n"
    "async def ping(url: str) -> int:\n"
    "    async with httpx.AsyncClient() as c:\n"
    "        return (await c.get(url)).status_code\n"
    "@workflow\n"
    "async def main(url: str):\n"
    "    return await ping(url)\n"
)


def test_socket_default_timeout_is_a_process_setting() -> None:
    assert rows(SOCKET_SETTING) == []


def test_a_socket_lookup_at_module_level_is_still_reported() -> None:
    code = SOCKET_SETTING.replace(
        "DEFAULT = socket.getdefaulttimeout()\n", 'socket.gethostbyname("example.com")\n'
    )
    assert rows(code) == [(5, "WAC101")]


# Plain scripts (no workflow) that use the SDK the way Hub integrations do, with names
# that look like the SDK's: none of the workflow rules apply.
PLAIN_PY = (
    "import random\n"
    "import time\n"
    "from datetime import datetime\n"
    "import requests\n"
    "import wmill\n"
    "from wmill import workflow  # noqa: F401\n"
    "def task(name: str):\n"
    "    def register(fn):\n"
    "        return fn\n"
    "    return register\n"
    "def step(n: int, what: str) -> None:\n"
    "    print(n, what)\n"
    "def main(url: str):\n"
    "    token = wmill.get_variable('f/x/token')\n"
    "    urls = wmill.get_resume_urls()\n"
    "    for attempt in range(3):\n"
    "        try:\n"
    "            r = requests.post(url, json={'at': datetime.now().isoformat()}, timeout=5)\n"
    "            break\n"
    "        except Exception:\n"
    "            time.sleep(random.random())\n"
    "    step(1, 'posted')\n"
    "    job = wmill.run_script_by_path_async('f/x/some_wac', args={'u': url})\n"
    "    wmill.set_state({'job': job, 'token': token[:2], 'resume': urls['resume']})\n"
    "    return job\n"
    "if __name__ == '__main__':\n"
    "    main('https://example.com')\n"
)

PLAIN_TS = (
    'import { getResumeUrls, getVariable, setState, workflow } from "windmill-client";\n'
    "void workflow;\n"
    "function task(title: string) {\n"
    "  return { title, due: new Date().toISOString() };\n"
    "}\n"
    "const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));\n"
    "export async function preprocessor(event: { body: { url: string } }) {\n"
    "  return { url: event.body.url, at: Date.now() };\n"
    "}\n"
    "export async function main(url: string) {\n"
    '  const token = await getVariable("f/x/token");\n'
    "  const urls = await getResumeUrls();\n"
    "  let res: Response | null = null;\n"
    "  for (let i = 0; i < 3 && !res?.ok; i++) {\n"
    "    try {\n"
    '      res = await fetch(url, { method: "POST", body: JSON.stringify(task(url)) });\n'
    "    } catch (e) {\n"
    "      await sleep(200 * 2 ** i + Math.random() * 100);\n"
    "    }\n"
    "  }\n"
    "  await setState({ ok: res?.ok, resume: urls.resume, t: token.length });\n"
    "  return res?.status;\n"
    "}\n"
)


def test_plain_python_script_with_sdk_look_alikes_is_clean() -> None:
    assert rows(PLAIN_PY) == []


def test_plain_typescript_script_with_sdk_look_alikes_is_clean() -> None:
    assert rows(PLAIN_TS, ts=True) == []


# WAC006 judges WAC scripts only. `get_resume_urls()` / `getResumeUrls()` is plain
# client API as well: the approval step of an OpenFlow flow (a plain script) calls it to
# hand its resume links to the flow's suspend, and such a script may call its `main`
# for a local run. A script with a durable primitive or a workflow is still judged.
APPROVAL_STEP_PY = (
    "import wmill\n"
    "def main(approver: str = ''):\n"
    "    urls = wmill.get_resume_urls(approver or None)\n"
    "    return {'resume': urls['resume'], 'cancel': urls['cancel']}\n"
    "if __name__ == '__main__':\n"
    "    print(main())\n"
)
APPROVAL_STEP_TS = (
    'import { getResumeUrls } from "windmill-client";\n'
    "export async function main(approver?: string) {\n"
    "  const urls = await getResumeUrls(approver);\n"
    "  return { resume: urls.resume, cancel: urls.cancel };\n"
    "}\n"
    "if (import.meta.main) console.log(await main());\n"
)


def test_an_approval_step_script_may_call_its_main() -> None:
    assert rows(APPROVAL_STEP_PY) == []
    assert rows(APPROVAL_STEP_TS, ts=True) == []


def test_a_script_using_a_durable_primitive_may_not() -> None:
    code = APPROVAL_STEP_PY.replace(
        "import wmill\n", "import wmill\nfrom wmill import step\n"
    ).replace(
        "    urls = wmill.get_resume_urls(approver or None)\n",
        "    urls = step('urls', lambda: wmill.get_resume_urls(approver or None))\n",
    )
    assert (7, "WAC006") in rows(code)


# A library's exception class is built in memory whatever its module does: `raise
# requests.HTTPError(...)` in the body, `new AxiosError(...)`. Also process settings
# and tables of network modules: urllib3's warning filter (directly or through
# requests' vendored alias), http.client's reason phrases.
NETWORK_MODULE_LOOK_ALIKES = (
    "import http.client\n"  # 1
    "import requests\n"  # 2
    "import urllib3\n"  # 3
    "from wmill import task, workflow\n"  # 4
    "urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)\n"  # 5
    "requests.packages.urllib3.disable_warnings()\n"  # 6
    "@task()\n"  # 7
    "async def status(url: str) -> int:\n"  # 8
    "    return requests.get(url, verify=False, timeout=5).status_code\n"  # 9
    "@workflow\n"  # 10
    "async def main(url: str):\n"  # 11
    "    code = await status(url)\n"  # 12
    "    if code >= 500:\n"  # 13
    "        reason = http.client.responses.get(code, '')\n"  # 14
    "        raise requests.exceptions.HTTPError(f'{code} {reason}')\n"  # 15
    "    return code\n"  # 16
)


def test_exception_classes_and_settings_of_network_modules_are_no_io() -> None:
    assert rows(NETWORK_MODULE_LOOK_ALIKES) == []


def test_a_request_beside_them_is_still_reported() -> None:
    code = NETWORK_MODULE_LOOK_ALIKES.replace(
        "        reason = http.client.responses.get(code, '')\n",
        "        reason = requests.get(url).reason\n",
    )
    assert rows(code) == [(14, "WAC101")]


def test_a_typescript_error_class_is_built_in_memory() -> None:
    code = (
        'import { AxiosError } from "axios";\n'
        'import { task, workflow } from "windmill-client";\n'
        "const charge = task(async function charge(id: string) {\n"
        "  return { id, ok: false };\n"
        "});\n"
        "export const main = workflow(async (id: string) => {\n"
        "  const r = await charge(id);\n"
        '  if (!r.ok) throw new AxiosError("charge failed", "ERR_BAD_RESPONSE");\n'
        "  return r;\n"
        "});\n"
    )
    assert rows(code, ts=True) == []


# TypeScript settings of the process's HTTP stack at module level send nothing:
# axios interceptors (on the default instance or one `axios.create` built) and the
# DNS resolver's result order; a lookup or a request at load still counts.
TS_SETTINGS = (
    'import axios from "axios";\n'  # 1
    'import dns from "node:dns";\n'  # 2
    'import { task, workflow } from "windmill-client";\n'  # 3
    'dns.setDefaultResultOrder("ipv4first");\n'  # 4
    "axios.interceptors.request.use((c) => c);\n"  # 5
    'const api = axios.create({ baseURL: "https://x.example" });\n'  # 6
    "api.interceptors.response.use((r) => r);\n"  # 7
    "const get = task(async function get(p: string) {\n"  # 8
    "  return (await api.get(p)).status;\n"  # 9
    "});\n"  # 10
    "export const main = workflow(async (p: string) => ({ s: await get(p) }));\n"  # 11
)


# Line 11's arrow with an expression body is no workflow to Windmill's diagram parser:
# WAC903 (a warning about the UI's diagram, not about module-level I/O).
DIAGRAM = (11, "WAC903")


def test_http_stack_settings_at_module_level_are_no_io() -> None:
    assert rows(TS_SETTINGS, ts=True) == [DIAGRAM]


def test_a_lookup_at_module_level_is_still_reported() -> None:
    code = TS_SETTINGS.replace(
        "api.interceptors.response.use((r) => r);\n",
        'const addrs = await dns.promises.resolve4("example.com");\n',
    )
    assert rows(code, ts=True) == [(7, "WAC101"), DIAGRAM]


# SDK defaults and logging set at module level, sending nothing until a client calls:
# boto3's default session and stream logger, urllib3's stderr logger,
# google-generativeai's `configure`; mongoose's options and connection listeners,
# aws-sdk v2's `config.update`. Connecting or querying at load is still reported.
PY_SDK_DEFAULTS = (
    "import logging\n"  # 1
    "import boto3\n"  # 2
    "import google.generativeai as genai\n"  # 3
    "import urllib3\n"  # 4
    "from wmill import task, workflow\n"  # 5
    "boto3.setup_default_session(region_name='eu-west-1')\n"  # 6
    "boto3.set_stream_logger('boto3', logging.WARNING)\n"  # 7
    "urllib3.add_stderr_logger(logging.WARNING)\n"  # 8
    "genai.configure(api_key='k')\n"  # 9
    "@task()\n"  # 10
    "async def put(key: str) -> str:\n"  # 11
    "    boto3.client('s3').put_object(Bucket='b', Key=key, Body=b'1')\n"  # 12
    "    return key\n"  # 13
    "@workflow\n"  # 14
    "async def main(key: str):\n"  # 15
    "    return await put(key)\n"  # 16
)
TS_SDK_DEFAULTS = (
    'import AWS from "aws-sdk";\n'  # 1
    'import mongoose from "mongoose";\n'  # 2
    'import { task, workflow } from "windmill-client";\n'  # 3
    'AWS.config.update({ region: "eu-west-1" });\n'  # 4
    'mongoose.set("strictQuery", true);\n'  # 5
    'mongoose.connection.on("error", (e) => console.error(e));\n'  # 6
    "const count = task(async function count(name: string) {\n"  # 7
    '  await mongoose.connect("mongodb://db/app");\n'  # 8
    "  return await mongoose.connection.db!.collection(name).countDocuments();\n"  # 9
    "});\n"  # 10
    "export const main = workflow(async (name: string) => ({ n: await count(name) }));\n"  # 11
)


def test_sdk_defaults_at_module_level_are_no_io() -> None:
    assert rows(PY_SDK_DEFAULTS) == []
    assert rows(TS_SDK_DEFAULTS, ts=True) == [DIAGRAM]


def test_connecting_at_module_level_is_still_reported() -> None:
    code = TS_SDK_DEFAULTS.replace(
        'mongoose.set("strictQuery", true);\n', 'await mongoose.connect("mongodb://db/app");\n'
    )
    assert rows(code, ts=True) == [(5, "WAC101"), DIAGRAM]


def test_a_double_quoted_file_name_is_read_by_a_replacement_scan() -> None:
    code = DUCKDB.replace(
        '"select site, sum(n) as n from df group by site"', "'select * from \"events.csv\"'"
    )
    assert rows(code) == [(10, "WAC101")]
