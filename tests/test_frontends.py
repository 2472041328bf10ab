"""The language-neutral model both front-ends build."""

from __future__ import annotations

import pytest

from wac_lint.frontends import build_model
from wac_lint.model import AWAITED, DROPPED, GATHERED, STORED, BindingKind, ScriptModel
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def model(code: str, language: str = LANG_PYTHON) -> ScriptModel:
    name = "s.py" if language == LANG_PYTHON else "s.ts"
    return build_model(SourceFile(name, code, language))


def test_python_bindings() -> None:
    m = model("import wmill as w\nfrom wmill import task, step as s, get_variable\n")
    kinds = {(b.local_name, b.concept, b.kind) for b in m.bindings}
    assert kinds == {
        ("w", None, BindingKind.NAMESPACE),
        ("task", "task", BindingKind.EXACT),
        ("s", "step", BindingKind.ALIASED),
    }
    assert m.in_scope


def test_typescript_bindings() -> None:
    m = model(
        'import * as wm from "windmill-client";\n'
        'import { taskScript, waitForApproval as wait } from "windmill-client";\n',
        LANG_TYPESCRIPT,
    )
    kinds = {(b.local_name, b.concept, b.kind) for b in m.bindings}
    assert kinds == {
        ("wm", None, BindingKind.NAMESPACE),
        ("taskScript", "task_script", BindingKind.EXACT),
        ("wait", "wait_for_approval", BindingKind.ALIASED),
    }


def test_files_without_the_sdk_are_out_of_scope() -> None:
    assert not model("from other import task\n").in_scope
    assert not model('import { task } from "other";\n', LANG_TYPESCRIPT).in_scope


@pytest.mark.parametrize(
    ("code", "export", "name"),
    [
        ("export const main = workflow(async () => 1);", "export-const", "main"),
        ("export default workflow(async function () { return 1; });", "export-default", "default"),
        ("const main = workflow(async () => 1);\nexport { main };", "export-const", "main"),
        ("const wf = workflow(async () => 1);\nexport { wf as main };", "export-const", "main"),
        ("const run = workflow(async () => 1);", "const", "run"),
    ],
)
def test_typescript_workflow_entry(code: str, export: str, name: str) -> None:
    m = model('import { workflow } from "windmill-client";\n' + code, LANG_TYPESCRIPT)
    wf = m.workflow
    assert wf is not None and wf.function is not None
    assert (wf.export, wf.name, wf.function.is_async) == (export, name, True)


def test_python_workflow_entry_and_params() -> None:
    m = model(
        "from wmill import workflow\n\n@workflow\nasync def main(x: str, n: int = 3):\n"
        "    return x\n"
    )
    wf = m.workflow
    assert wf is not None and wf.function is not None
    assert (wf.export, wf.name, wf.top_level, wf.function.is_async) == (
        "decorator",
        "main",
        True,
        True,
    )
    params = [(p.name, p.annotation, p.default) for p in wf.function.params]
    assert params == [("x", "str", None), ("n", "int", "3")]


def test_python_task_definitions() -> None:
    m = model(
        "from wmill import task, task_script, task_flow\n\n"
        '@task(timeout=600, tag="etl")\nasync def enrich(x: str):\n    return x\n\n'
        'helper = task_script("./helper.py")\npipeline = task_flow("f/etl/pipeline", priority=3)\n'
    )
    tasks = [(t.kind, t.binding, t.step_name, t.path, t.options, t.top_level) for t in m.tasks]
    assert tasks == [
        ("task", "enrich", "enrich", None, {"timeout": "600", "tag": '"etl"'}, True),
        ("task_script", "helper", "helper.py", "./helper.py", {}, True),
        ("task_flow", "pipeline", "pipeline", "f/etl/pipeline", {"priority": "3"}, True),
    ]


def test_typescript_task_definitions_follow_the_sdk_naming() -> None:
    m = model(
        'import { task, taskScript } from "windmill-client";\n'
        "async function fetchOrders() { return 1; }\n"
        "const anon = task(async (x: string) => x);\n"
        "const named = task(async function load() { return 1; });\n"
        "const byRef = task(fetchOrders, { timeout: 60 });\n"
        'const withPath = task("f/x/run", async () => 1);\n'
        'const script = taskScript("f/data/extract");\n',
        LANG_TYPESCRIPT,
    )
    # the SDK keys a task by `fn.name || taskPath`; an arrow passed as an argument has no name
    names = [(t.binding, t.step_name) for t in m.tasks]
    assert names == [
        ("anon", None),
        ("named", "load"),
        ("byRef", "fetchOrders"),
        ("withPath", "f/x/run"),
        ("script", "extract"),
    ]
    assert m.tasks[2].options == {"timeout": "60"}


def test_durable_calls_in_source_order_with_consumption() -> None:
    m = model(
        "import asyncio\nfrom wmill import task, step, sleep, workflow\n\n"
        "@task()\nasync def t(x):\n    return x\n\n"
        "@workflow\nasync def main(x):\n"
        "    a = await t(x)\n"
        "    t(x)\n"
        "    p = t(x)\n"
        '    await step("s", lambda: 1)\n'
        "    await asyncio.gather(t(1), t(2))\n"
        "    await sleep(1)\n"
        "    return await p\n"
    )
    calls = [(d.kind, d.span.start_row + 1, d.consumption) for d in m.durable_calls]
    assert calls == [
        ("task", 10, AWAITED),
        ("task", 11, DROPPED),
        ("task", 12, STORED),
        ("step", 13, AWAITED),
        ("gather", 14, AWAITED),
        ("task", 14, GATHERED),
        ("task", 14, GATHERED),
        ("sleep", 15, AWAITED),
    ]


def test_body_excludes_step_callbacks_and_task_bodies() -> None:
    m = model(
        "import requests\nfrom wmill import task, step, workflow\n\n"
        "@task()\nasync def t(x):\n    return requests.get(x)\n\n"
        "@workflow\nasync def main(x):\n"
        '    await step("s", lambda: requests.post(x))\n'
        '    await step(name="k", fn=lambda: requests.put(x))\n'
        "    return requests.delete(x)\n"
    )
    assert [c.qualname for c in m.body_calls if c.kind == "call"] == ["requests.delete"]


def test_qualified_names_resolve_through_imports() -> None:
    m = model(
        'import { workflow } from "windmill-client";\nimport * as fsp from "node:fs/promises";\n'
        'import { v4 as uuid } from "uuid";\n'
        "export const main = workflow(async () => [await fsp.readFile('x'), uuid()]);\n",
        LANG_TYPESCRIPT,
    )
    assert [c.qualname for c in m.body_calls] == ["fs/promises.readFile", "uuid.v4"]


def test_syntax_errors_are_recorded_and_the_rest_still_modelled() -> None:
    m = model(
        "from wmill import workflow\nimport requests\n\n@workflow\nasync def main(x):\n"
        "    y = x $ 2\n    return requests.get(x)\n"
    )
    assert [(s.start_row + 1, s.start_col) for s in m.syntax_errors] == [(6, 8)]
    assert [c.qualname for c in m.body_calls] == ["requests.get"]
