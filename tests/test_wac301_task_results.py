"""WAC301: a `taskFlow` / `taskScript` wrapper given one item of an array a task of the
file returned, when the task's function says the items are scalars. windmill-client
1.818.0 (`dist/client.mjs`, the wrappers): a non-object argument is sent as
`{ arg0: value }`, not under the flow's parameter's name. JSON carries an array of
strings or numbers through the task's checkpoint unchanged."""

from __future__ import annotations

import pytest

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile

HEAD = (
    'import { task, taskFlow, workflow } from "windmill-client";\n'
    'const reindex = taskFlow("f/search/reindex", { timeout: 60 });\n'
)
LOOP = (
    "export const main = workflow(async (n: number) => {\n"
    "  const ids = await listIds(n);\n"
    "  for (const id of ids) {\n"
    "    await reindex(id);\n"
    "  }\n"
    "});\n"
)
MESSAGE = (
    "`reindex` is a `taskFlow` wrapper, which sends one object of named arguments "
    "(windmill-client 1.818.0 turns anything else into `{ arg0, arg1, ... }`, parameters "
    "the flow does not have); pass `{ name: value, ... }`"
)
ARRAY_SENT = (
    'takes a lone array as that object itself, its `typeof` being `"object"`: '
    "arguments named `0`, `1`, ..."
)


def wac301(task: str, loop: str = LOOP) -> list[tuple[int, int, str]]:
    code = HEAD + task + loop
    result = analyze_source(SourceFile("t.ts", code, LANG_TYPESCRIPT), select=["WAC301"])
    return [(f.row, f.column, f.message) for f in result.findings]


SCALAR_TASKS = {
    "return type": "const listIds = task(async (n: number): Promise<string[]> => {\n"
    "  return [];\n});\n",
    "readonly return type": "const listIds = task(async (n: number): "
    "Promise<readonly number[]> => {\n  return [];\n});\n",
    "cast then map": "const listIds = task(async function listIds(n: number) {\n"
    '  const res = await fetch("https://x.test/" + n);\n'
    "  return ((await res.json()) as { id: string; n?: number }[]).map((c) => c.id);\n"
    "});\n",
    "object keys": "const listIds = task(async (n: number) => Object.keys({ a: n }));\n",
    "cast": "const listIds = task(async (n: number) => {\n"
    '  const res = await fetch("https://x.test/" + n);\n'
    "  return (await res.json()) as string[];\n});\n",
}


@pytest.mark.parametrize("task", SCALAR_TASKS.values(), ids=SCALAR_TASKS.keys())
def test_an_item_of_a_task_result_of_scalars_is_no_object(task: str) -> None:
    row = (HEAD + task + LOOP).split("\n").index("    await reindex(id);") + 1
    assert wac301(task) == [(row, 11, MESSAGE)]


OBJECT_TASKS = {
    "objects": "const listIds = task(async (n: number): Promise<{ id: string }[]> => {\n"
    "  return [];\n});\n",
    "untyped json": "const listIds = task(async (n: number) => {\n"
    '  const res = await fetch("https://x.test/" + n);\n'
    "  return (await res.json()).items;\n});\n",
    "optional field": "const listIds = task(async (n: number) => {\n"
    '  const res = await fetch("https://x.test/" + n);\n'
    "  return ((await res.json()) as { id?: string }[]).map((c) => c.id);\n});\n",
    "object field": "const listIds = task(async (n: number) => {\n"
    '  const res = await fetch("https://x.test/" + n);\n'
    "  return ((await res.json()) as { id: { catalog_id: string } }[]).map((c) => c.id);\n"
    "});\n",
    "map to objects": "const listIds = task(async (n: number) => {\n"
    "  return [1, 2].map((k) => ({ catalog_id: String(k) }));\n});\n",
}


@pytest.mark.parametrize("task", OBJECT_TASKS.values(), ids=OBJECT_TASKS.keys())
def test_items_that_may_be_objects_are_left_alone(task: str) -> None:
    assert wac301(task) == []


def test_a_rebound_result_is_left_alone() -> None:
    loop = LOOP.replace("const ids", "let ids").replace(
        "  for", "  if (n > 1) ids = [{ catalog_id: 'x' }] as never;\n  for"
    )
    assert wac301(SCALAR_TASKS["return type"], loop) == []


def test_an_object_built_from_the_item_is_fine() -> None:
    loop = LOOP.replace("reindex(id)", "reindex({ catalog_id: id })")
    assert wac301(SCALAR_TASKS["return type"], loop) == []


def test_the_item_parameter_of_a_map_over_the_result() -> None:
    loop = (
        "export const main = workflow(async (n: number) => {\n"
        "  const ids = await listIds(n);\n"
        "  return await Promise.all(ids.map((id) => reindex(id)));\n"
        "});\n"
    )
    row = (HEAD + SCALAR_TASKS["return type"] + loop).count("\n")
    assert wac301(SCALAR_TASKS["return type"], loop) == [(row - 1, 44, MESSAGE)]
    assert wac301(OBJECT_TASKS["objects"], loop) == []


@pytest.mark.parametrize(
    ("returns", "found"),
    [("Promise<string>", True), ("Promise<number[]>", True), ("Promise<{ id: string }>", False)]
    + [("Promise<Row>", False), ("Promise<unknown>", False)],
)
def test_a_task_result_held_then_given(returns: str, found: bool) -> None:
    task = f"type Row = {{ id: string }};\nconst getId = task(async (n: number): {returns} => {{\n"
    task += "  throw new Error(String(n));\n});\n"
    loop = (
        "export const main = workflow(async (n: number) => {\n"
        "  const id = await getId(n);\n"
        "  await reindex(id);\n"
        "});\n"
    )
    row = (HEAD + task + loop).split("\n").index("  await reindex(id);") + 1
    expected = MESSAGE.replace("turns anything else into `{ arg0, arg1, ... }`", ARRAY_SENT)
    message = expected if returns.endswith("[]>") else MESSAGE
    assert wac301(task, loop) == ([(row, 9, message)] if found else [])
