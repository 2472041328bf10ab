"""WAC104 on what a step callback calls on objects it does not own: a library's
client (`redis.set`, a bullmq queue's `add`) writes to its service, which is what a
step is for; a container in memory (`Map`, `dict`, a `cachetools` cache) is workflow
state; a value a helper fills only when unset (`pool ??= new Pool()`) is a cache it
builds again when a replay needs it, unless the body reads it itself."""

from __future__ import annotations

import pytest

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

MESSAGE = (
    "This `step(...)` callback changes `{name}`, which belongs to the workflow body: once "
    "the step is checkpointed it is not called again and only its return value comes back, "
    "so the change is lost on replay; return the value from the step and assign it in the body"
)


def wac104(code: str, language: str = LANG_TYPESCRIPT) -> list[tuple[int, str]]:
    path = "<t>.ts" if language == LANG_TYPESCRIPT else "<t>.py"
    result = analyze_source(SourceFile(path, code, language), select=["WAC104"])
    assert not result.errors, [e.error for e in result.errors]
    return [(f.row, f.message) for f in result.findings]


TS_HOLDER = (
    "{imports}\n"
    'import {{ step, workflow }} from "windmill-client";\n'
    "const store = {value};\n"
    "export const main = workflow(async (k: string) => {{\n"
    '  await step("write", async () => await store.{method}(k, "v"));\n'
    "  return k;\n"
    "}});\n"
)


@pytest.mark.parametrize(
    ("imports", "value", "method"),
    [
        ('import Redis from "ioredis";', "new Redis()", "set"),
        ('import { createClient } from "redis";', "createClient()", "set"),
        ('import { Queue } from "bullmq";', 'new Queue("mail")', "add"),
        ('import * as kv from "@vercel/kv";', "kv.createClient({})", "set"),
    ],
)
def test_a_library_client_written_in_a_step_is_not_workflow_state(
    imports: str, value: str, method: str
) -> None:
    assert wac104(TS_HOLDER.format(imports=imports, value=value, method=method)) == []


@pytest.mark.parametrize(
    ("imports", "value", "method"),
    [
        ("", "new Map<string, string>()", "set"),
        ('import { LRUCache } from "lru-cache";', "new LRUCache({ max: 9 })", "set"),
        ('import QuickLRU from "quick-lru";', "new QuickLRU({ maxSize: 9 })", "set"),
    ],
)
def test_a_container_in_memory_changed_in_a_step_is_still_reported(
    imports: str, value: str, method: str
) -> None:
    code = TS_HOLDER.format(imports=imports, value=value, method=method)
    assert wac104(code) == [(5, MESSAGE.format(name="store"))]


PY_HOLDER = (
    "{imports}\n"
    "from wmill import step, workflow\n"
    "store = {value}\n"
    "@workflow\n"
    "async def main(k: str):\n"
    '    await step("write", lambda: store.{method}(k))\n'
    "    return k\n"
)


def test_python_library_objects_and_containers() -> None:
    client = PY_HOLDER.format(imports="import redis", value="redis.Redis()", method="delete")
    assert wac104(client, LANG_PYTHON) == []
    queue = PY_HOLDER.format(imports="import rq", value="rq.Queue()", method="enqueue")
    assert wac104(queue, LANG_PYTHON) == []
    ttl = PY_HOLDER.format(
        imports="from cachetools import TTLCache", value="TTLCache(9, 60)", method="pop"
    )
    assert wac104(ttl, LANG_PYTHON) == [(6, MESSAGE.format(name="store"))]
    plain = PY_HOLDER.format(imports="", value="set()", method="add")
    assert wac104(plain, LANG_PYTHON) == [(6, MESSAGE.format(name="store"))]


def test_a_workspace_module_object_is_not_taken_for_a_library() -> None:
    code = PY_HOLDER.format(
        imports="from f.shared.registry import make_registry",
        value="make_registry()",
        method="add",
    )
    assert wac104(code, LANG_PYTHON) == [(6, MESSAGE.format(name="store"))]


LAZY_TS = (
    'import { Pool } from "pg";\n'
    'import { step, workflow } from "windmill-client";\n'
    "let pool: Pool | null = null;\n"
    "let table: Record<string, number> | undefined;\n"
    "function db(): Pool {\n"
    '  pool ??= new Pool({ connectionString: "postgres://db" });\n'
    "  return pool;\n"
    "}\n"
    "function rates() {\n"
    "  if (!table) table = { eur: 1 };\n"
    "  return table;\n"
    "}\n"
    "export const main = workflow(async (sku: string) => {\n"
    '  await step("save", async () => (await db().query("select 1")).rowCount);\n'
    '  return await step("rate", async () => rates()[sku]);\n'
    "});\n"
)


def test_a_value_filled_only_when_unset_is_a_cache_not_state() -> None:
    assert wac104(LAZY_TS) == []


def test_a_lazily_filled_value_the_body_reads_is_still_reported() -> None:
    code = LAZY_TS.replace("  return await step(", "  if (table) return 0;\n  return await step(")
    helper = (
        "The helper `rates`, which a `step(...)` callback calls, changes `table`, which "
        "belongs to the workflow body: once the step is checkpointed it is not called again "
        "and only its return value comes back, so the change is lost on replay; return the "
        "value from the step and assign it in the body"
    )
    assert wac104(code) == [(10, helper)]


LAZY_PY = (
    "import httpx\n"
    "from wmill import step, workflow\n"
    "_CLIENTS: dict[str, httpx.Client] = {{}}\n"
    "def client_for(name: str) -> httpx.Client:\n"
    "    if {condition}:\n"
    '        _CLIENTS[name] = httpx.Client(base_url="https://" + name)\n'
    "    return _CLIENTS[name]\n"
    "@workflow\n"
    "async def main(account: str):\n"
    '    await step("post", lambda: client_for("billing").post("/x").status_code)\n'
    "    return account\n"
)


def test_python_cache_filled_under_an_absence_test() -> None:
    assert wac104(LAZY_PY.format(condition="name not in _CLIENTS"), LANG_PYTHON) == []
    assert wac104(LAZY_PY.format(condition="_CLIENTS.get(name) is None"), LANG_PYTHON) == []
    # filled whatever it holds: a change each call, lost on replay
    found = wac104(LAZY_PY.format(condition="name"), LANG_PYTHON)
    assert [row for row, _ in found] == [6]


def test_a_variable_declared_without_a_value_is_state_too() -> None:
    code = (
        'import { step, workflow } from "windmill-client";\n'
        "let total: number;\n"
        "export const main = workflow(async (k: string) => {\n"
        "  let last;\n"
        '  await step("a", async () => { total = k.length; last = k; });\n'
        "  return [total, last];\n"
        "});\n"
    )
    assert wac104(code) == [
        (5, MESSAGE.format(name="total")),
        (5, MESSAGE.format(name="last")),
    ]


def test_in_memory_data_libraries_are_workflow_state() -> None:
    frame = PY_HOLDER.format(
        imports="import pandas as pd", value='pd.DataFrame({"a": [1]})', method="update"
    )
    assert wac104(frame, LANG_PYTHON) == [(6, MESSAGE.format(name="store"))]
