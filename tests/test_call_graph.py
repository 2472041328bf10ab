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
        (STEP, "Flags.snapshot", ("Flags.snapshot",), 'step("s", flags.snapshot.bind(flags))'),
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


# --- step and task code at any depth (`call_graph.durable_code`) -------------------------


def durable(m: ScriptModel, role: CodeRole) -> list[tuple[str | None, tuple[str, ...]]]:
    """(name, chain) of the file's step (task) code, in source order."""
    found = sorted(m.call_graph.durable_code(role), key=lambda r: r.function.start_byte)
    return [(r.name, r.chain) for r in found]


HELPERS = """\
from wmill import step, task, workflow

def fmt(x):
    return str(x)

def shared(x):
    return x

def ping(n):
    return pong(n - 1) if n else 0

def pong(n):
    return ping(n)

def deep(x):
    return fmt(shared(x))

@task()
async def fetch(x):
    return ping(x)

def digest(x):
    return deep(x)

class Report:
    def render(self, x):
        return fmt(x)

@workflow
async def main(x: int):
    shared(x)
    d = await step("digest", digest)
    r = await step("render", Report().render)
    return await fetch(x)
"""


def test_a_helper_only_a_step_callback_reaches_is_step_code_at_any_depth() -> None:
    m = model(HELPERS)
    # digest -> deep -> fmt and Report().render -> fmt: step code, named from a step's
    # callback down (fmt through whichever root the walk met it from); `shared` is also
    # called by the body: body code wins.
    assert durable(m, STEP) == [
        ("fmt", ("Report.render", "fmt")),
        ("deep", ("digest", "deep")),
        ("digest", ("digest",)),
        ("Report.render", ("Report.render",)),
    ]
    shared = next(r for r in m.call_graph.reachable.values() if r.name == "shared")
    assert shared.role is BODY
    deep = next(r for r in m.call_graph.reachable.values() if r.name == "deep")
    assert (deep.role, m.text(deep.site)) == (STEP, 'step("digest", digest)')


def test_a_helper_of_a_task_body_is_task_code_and_a_cycle_ends() -> None:
    m = model(HELPERS)
    # fetch -> ping -> pong -> ping: each once
    assert durable(m, TASK) == [
        ("ping", ("fetch", "ping")),
        ("pong", ("fetch", "ping", "pong")),
        ("fetch", ("fetch",)),
    ]
    assert [r.role for r in m.call_graph.reachable.values() if r.name in ("ping", "pong")] == [
        TASK,
        TASK,
    ]


def test_a_method_of_a_module_class_given_to_step_reaches_step_code() -> None:
    m = model(
        "from wmill import step, workflow\n\n"
        "def header(x):\n    return x\n\n"
        "class Report:\n    def render(self, x):\n        return header(x)\n\n"
        "REPORT = Report()\n\n"
        "@workflow\nasync def main(x: int):\n    return await step('r', REPORT.render)\n"
    )
    assert durable(m, STEP) == [
        ("header", ("Report.render", "header")),
        ("Report.render", ("Report.render",)),
    ]
    assert graph(m) == [
        (STEP, "header", ("Report.render", "header"), "step('r', REPORT.render)"),
        (STEP, "Report.render", ("Report.render",), "step('r', REPORT.render)"),
    ]


def test_a_step_outside_the_walked_code_still_marks_its_helpers() -> None:
    m = model(
        "from wmill import step\n\n"
        "def helper():\n    return 1\n\n"
        "def cb():\n    return helper()\n\n"
        "async def not_a_workflow():\n    return await step('s', cb)\n"
    )
    assert m.call_graph.reachable == {}  # no workflow: nothing reached from a body
    assert durable(m, STEP) == [("helper", ("helper",)), ("cb", ())]


TS_HELPERS = """\
import { step, task, workflow } from "windmill-client";
function fmt(x: number): string { return String(x); }
function shared(x: number): number { return x; }
function ping(n: number): number { return n ? pong(n - 1) : 0; }
function pong(n: number): number { return ping(n); }
const digest = (x: number) => fmt(shared(x));
const fetchIt = task(async (x: number) => ping(x));
export const main = workflow(async (x: number) => {
  shared(x);
  const d = await step("digest", () => digest(x));
  return await fetchIt(x);
});
"""


def test_typescript_step_and_task_code_at_any_depth() -> None:
    m = model(TS_HELPERS, LANG_TYPESCRIPT)
    # the step's callback is anonymous: the chain starts at the helper it calls
    assert durable(m, STEP) == [
        ("fmt", ("digest", "fmt")),
        ("digest", ("digest",)),  # an arrow bound to a name is named by it
        (None, ()),
    ]
    assert [name for name, _ in durable(m, TASK)] == ["ping", "pong", "fetchIt"]
    shared = next(r for r in m.call_graph.reachable.values() if r.name == "shared")
    assert shared.role is BODY  # the body calls it too


def test_a_helper_the_body_reaches_through_another_helper_stays_body_code() -> None:
    # main -> audit -> log, and the step's callback -> log: log runs on every replay
    m = model(
        "from wmill import step, workflow\n\n"
        "def log(x):\n    return x\n\n"
        "def audit(x):\n    return log(x)\n\n"
        "def save(x):\n    return log(x) + only_here(x)\n\n"
        "def only_here(x):\n    return x\n\n"
        "@workflow\nasync def main(x: int):\n"
        "    audit(x)\n    return await step('s', save)\n"
    )
    assert durable(m, STEP) == [("save", ("save",)), ("only_here", ("save", "only_here"))]
    assert (
        m.call_graph.role_of(
            next(r.function for r in m.call_graph.reachable.values() if r.name == "log")
        )
        is BODY
    )


def test_step_and_task_code_is_found_only_when_asked_for() -> None:
    """`wac-lint graph` never asks for it; the first question finds it once."""
    m = model(HELPERS)
    assert m.call_graph.pending is not None
    assert "deep" not in [r.name for r in m.call_graph.found.values()]
    first = m.call_graph.durable_code(STEP)
    assert m.call_graph.pending is None
    assert "deep" in [r.name for r in m.call_graph.reachable.values()]
    assert m.call_graph.durable_code(STEP) == first
