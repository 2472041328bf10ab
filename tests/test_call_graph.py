"""`model.call_graph`: the functions of the file the workflow body reaches, and how."""

from __future__ import annotations

from wac_lint.frontends import build_model
from wac_lint.model import CodeRole, ScriptModel
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

BODY, CALLBACK, STEP, TASK = CodeRole.BODY, CodeRole.CALLBACK, CodeRole.STEP, CodeRole.TASK


def model(code: str, language: str = LANG_PYTHON) -> ScriptModel:
    name = "s.py" if language == LANG_PYTHON else "s.ts"
    return build_model(SourceFile(name, code, language))


def graph(m: ScriptModel) -> list[tuple[CodeRole, str | None, tuple[str, ...], str]]:
    """(role, name, chain, the body call that leads there), in source order."""
    return [
        (r.role, r.name, r.chain, m.text(r.site))
        for r in sorted(m.call_graph.reachable.values(), key=lambda r: r.function.start_byte)
    ]


PYTHON = """\
import functools
from wmill import step, task, workflow

@task()
async def fetch(x):
    return x

def post(u):
    return notify(u)

def notify(u):
    return post(u)

def audit(n):
    return log(n)

def log(n):
    return n

def save(n):
    return n

def later(n, m):
    return n

def unused():
    return save(1)

@workflow
async def main(xs: list):
    audit(1)
    notify(2)
    a = await step("a", save)
    b = await step("b", functools.partial(later, 2))
    c = await step("c", fn=lambda: 3)
    d = await fetch(x=1)
    e = list(map(lambda v: v, xs))
    return a
"""


def test_python_call_graph() -> None:
    m = model(PYTHON)
    assert graph(m) == [
        (TASK, "fetch", ("fetch",), "fetch(x=1)"),
        (BODY, "post", ("notify", "post"), "notify(2)"),  # the cycle back ends here
        (BODY, "notify", ("notify",), "notify(2)"),
        (BODY, "audit", ("audit",), "audit(1)"),
        (BODY, "log", ("audit", "log"), "audit(1)"),
        (STEP, "save", ("save",), 'step("a", save)'),
        (STEP, "later", ("later",), 'step("b", functools.partial(later, 2))'),
        (STEP, None, (), 'step("c", fn=lambda: 3)'),
        (CALLBACK, None, (), "map(lambda v: v, xs)"),
    ]
    fetch = next(t.function for t in m.tasks if t.function is not None)
    assert m.call_graph.role_of(fetch.node) is TASK
    assert [r.name for r in m.call_graph.with_role(STEP)] == ["save", "later", None]


def test_python_step_callbacks_are_not_body_code() -> None:
    # what a step callback runs is checkpointed: it is recorded, never walked as body code
    m = model(
        "import requests\nfrom wmill import step, workflow\n\n"
        "def get():\n    return requests.get('u')\n\n"
        "@workflow\nasync def main():\n    return await step('g', get)\n"
    )
    assert graph(m) == [(STEP, "get", ("get",), "step('g', get)")]
    assert [c.qualname for c in m.body_calls] == []


def test_python_step_in_a_helper_keeps_the_body_site() -> None:
    m = model(
        "from wmill import step, workflow\n\n"
        "def save():\n    return 1\n\n"
        "async def run():\n    return await step('s', save)\n\n"
        "@workflow\nasync def main():\n    return await run()\n"
    )
    assert graph(m) == [
        (STEP, "save", ("run", "save"), "run()"),
        (BODY, "run", ("run",), "run()"),
    ]


TYPESCRIPT = """\
import { step, task, workflow } from "windmill-client";
const fetchIt = task(async (x: number) => x);
function post(u: number): number { return notify(u); }
function notify(u: number): number { return post(u); }
function save(n: number) { return n; }
function later(n: number) { return n; }
class Flags {
  async snapshot() { return 1; }
}
export const main = workflow(async (xs: number[]) => {
  notify(1);
  const flags = new Flags();
  const a = await step("a", save);
  const b = await step("b", later.bind(null, 2));
  const c = await step("c", () => 3);
  const s = await step("s", flags.snapshot.bind(flags));
  const d = await fetchIt(1);
  const t = await task(async () => 4)();
  xs.forEach((v) => v);
  return a;
});
"""


def test_typescript_call_graph() -> None:
    m = model(TYPESCRIPT, LANG_TYPESCRIPT)
    assert graph(m) == [
        (TASK, "fetchIt", ("fetchIt",), "fetchIt(1)"),
        (BODY, "post", ("notify", "post"), "notify(1)"),
        (BODY, "notify", ("notify",), "notify(1)"),
        (STEP, "save", ("save",), 'step("a", save)'),
        (STEP, "later", ("later",), 'step("b", later.bind(null, 2))'),
        (STEP, "snapshot", ("snapshot",), 'step("s", flags.snapshot.bind(flags))'),
        (STEP, None, (), 'step("c", () => 3)'),
        (TASK, None, (), "task(async () => 4)()"),
        (CALLBACK, None, (), "xs.forEach((v) => v)"),
    ]


def test_typescript_helper_handed_to_a_runner_is_a_callback() -> None:
    m = model(
        'import { workflow } from "windmill-client";\n'
        "function double(n: number) { return n * 2; }\n"
        "export const main = workflow(async (xs: number[]) => xs.map(double));\n",
        LANG_TYPESCRIPT,
    )
    assert graph(m) == [(CALLBACK, "double", ("double",), "xs.map(double)")]


def test_no_workflow_no_graph() -> None:
    m = model("from wmill import step\n\ndef f():\n    return step('a', lambda: 1)\n")
    assert m.call_graph.reachable == {}
