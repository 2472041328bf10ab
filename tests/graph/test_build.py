"""The graph's structure and keys, shape by shape, in both languages."""

from __future__ import annotations

import pytest

from tests.graph.helpers import by_name, control, data, keys, py, shape, ts
from wac_lint.graph import GraphError, graph_for_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

PY_TASKS = """
@task
async def a(x=None):
    return 1

@task(retry={"attempts": 2, "delay": 5})
async def b(x=None):
    return 1

report = task_script("f/reports/build_pdf")
pipeline = task_flow("f/etl/")
"""


def test_straight_line_python_keys_positions_and_data() -> None:
    g = py(
        PY_TASKS
        + """
@workflow
async def main(n: int, name: str = "x"):
    x = await a(n)
    y = await a(x)
    s = await step("a_2", lambda: y)
    await b(s)
    await report(data=y)
    await pipeline()
    await sleep(60)
    ok = await wait_for_approval(timeout=3600)
    return ok
"""
    )
    assert g.workflow_name == "main" and [p.name for p in g.params] == ["n", "name"]
    assert g.params[1].type == "str" and g.params[1].default == '"x"'
    assert keys(g) == ["a", "a_2", "a_2_2", "b", "build_pdf", "f/etl/", "sleep", "approval"]
    assert by_name(g, "b")[0].fields["retry_keys"] == ["b#retry2", "b#2", "b#retry3", "b#3"]
    assert all(n.fields["key_exact"] for n in g.durable_nodes())
    report = by_name(g, "report")[0]
    assert (
        report.fields["script"] == "f/reports/build_pdf" and report.fields["task"] == "task_script"
    )
    assert shape(g)[-1] == "Return"
    first = g.durable_nodes()[0]
    pos = first.position
    assert (pos.line, pos.column, pos.end_line, pos.end_column) == (16, 15, 16, 19)
    assert ("Step:a", "Step:a") in data(g)  # x = await a(n); await a(x)
    assert ("Step:a", "InlineStep:a_2") in data(g)  # the lambda reads y
    assert ("InlineStep:a_2", "Step:b") in data(g)
    assert ("Step:a", "Step:report") in data(g)
    assert not any(dst == "Step:pipeline" for _, dst in data(g))


def test_if_elif_else_branches_merge_and_keys() -> None:
    g = py(
        PY_TASKS
        + """
@workflow
async def main(kind: str):
    if kind == "x":
        await a()
    elif kind == "y":
        await b()
        await a()
    else:
        await a()
    await a()
"""
    )
    assert shape(g) == [
        'Branch:kind == "x"',
        "Step:a",
        'Branch:kind == "y"',
        "Step:b",
        "Step:a",
        "Step:a",
        "Merge",
        "Step:a",
        "Return",
    ]
    edges = control(g)
    assert ('Branch:kind == "x"', 'Branch:kind == "y"', "false") in edges
    assert ('Branch:kind == "y"', "Step:a", "false") in edges
    # every arm calls `a` once: the key after the chain is exact again
    assert keys(g) == ["a", "b", "a", "a", "a_2"]
    assert all(n.fields["key_exact"] for n in g.durable_nodes())


def test_if_without_else_has_a_false_edge_and_range_keys() -> None:
    g = py(
        PY_TASKS
        + """
@workflow
async def main(flag: bool):
    if flag:
        await a()
    await a()
"""
    )
    assert ("Branch:flag", "Merge", "false") in control(g)
    second = g.durable_nodes()[1]
    assert second.fields["checkpoint_key"] == "a | a_2"
    assert second.fields["key_exact"] is False
    assert second.fields["key_candidates"] == ["a", "a_2"]
    assert "branches or loops" in second.fields["key_note"]


def test_early_return_ends_its_path_and_keeps_later_keys_exact() -> None:
    g = ts(
        """
const a = task(async (x?: number) => 1);
export const main = workflow(async (flag: boolean) => {
  if (flag) {
    await a();
    return "early";
  }
  await a();
  return "late";
});
"""
    )
    returns = [n for n in g.nodes if n.type == "Return"]
    assert len(returns) == 2
    assert not any(e.source == returns[0].id for e in g.edges if e.kind == "control")
    assert keys(g) == ["a", "a"] and all(n.fields["key_exact"] for n in g.durable_nodes())
    assert "Merge" not in shape(g)  # the true arm never reaches the code after the if


def test_loops_get_patterns_back_edges_and_breaks() -> None:
    g = py(
        PY_TASKS
        + """
@workflow
async def main(items: list):
    await a()
    for item in items:
        await a(item)
        await sleep(10)
    while True:
        status = await b()
        if status:
            break
    await a()
"""
    )
    loop, loop2 = [n for n in g.nodes if n.type == "LoopStart"]
    assert loop.fields["iterable"] == "items" and loop.fields["construct"] == "for"
    assert loop2.fields["condition"] == "True"
    names = {n.id: n for n in g.nodes}
    edges = {(e.source, e.target, e.label) for e in g.edges if e.kind == "control"}
    assert (loop.id, f"{loop.id}_end", "done") in edges
    assert not any(s == loop2.id and lbl == "done" for s, _, lbl in edges)  # while True
    assert any(lbl == "break" and t == f"{loop2.id}_end" for _, t, lbl in edges)
    assert any(lbl == "next" and t == loop.id for _, t, lbl in edges)
    in_loop = by_name(g, "a")[1]
    assert in_loop.fields["checkpoint_key"] == "a_<n>"  # `a` already ran once before
    assert in_loop.fields["key_note"] == "inside a loop: a new key each iteration"
    assert [n for n in g.durable_nodes() if n.type == "Sleep"][0].fields[
        "checkpoint_key"
    ] == "sleep[_<n>]"
    last = by_name(g, "a")[-1]
    assert last.fields["key_exact"] is False and last.key is not None
    assert last.key.matches("a_2") and last.key.matches("a_7") and not last.key.matches("a")
    assert names  # keep flake happy about the mapping being used


def test_retry_keys_of_a_task_in_a_loop_are_patterns_too() -> None:
    g = py(
        PY_TASKS
        + """
@workflow
async def main(items: list):
    for i in items:
        await b(i)
"""
    )
    node = by_name(g, "b")[0]
    assert node.fields["checkpoint_key"] == "b[_<n>]"
    assert node.fields["retry_keys"][0] == "b[_<n>]#retry2"
    assert node.key is not None and node.key.matches("b_3")


def test_try_except_finally_python() -> None:
    g = py(
        PY_TASKS
        + """
@workflow
async def main():
    try:
        await a()
    except TaskError:
        await b()
    finally:
        await a()
    return 1
"""
    )
    assert shape(g)[:5] == ["Branch:try/except", "Step:a", "Step:b", "Merge", "Step:a"]
    labels = {lbl for _, _, lbl in control(g)}
    assert {"try", "except TaskError"} <= labels
    # Anything in the try body may raise, before or after `a` got its key: the
    # finally's `a` is a_2 at run time whenever the first call ran, and the graph
    # (which does not assume only durable calls raise) allows both.
    assert keys(g)[-1] == "a | a_2"


def test_try_catch_typescript_and_rethrow() -> None:
    g = ts(
        """
const a = task(async () => 1);
export const main = workflow(async () => {
  try {
    await a();
  } catch (e: any) {
    if (e?.name === "StepSuspend") throw e;
    await a();
  }
});
"""
    )
    assert "Raise" in shape(g)
    assert (
        g.node(next(n.id for n in g.nodes if n.type == "Branch")).fields["condition"] == "try/catch"
    )
    assert keys(g) == ["a", "a | a_2"]


def test_switch_with_fallthrough_and_default() -> None:
    g = ts(
        """
const a = task(async () => 1);
const b = task(async () => 1);
export const main = workflow(async (kind: string) => {
  switch (kind) {
    case "x":
    case "y":
      await a();
      break;
    case "z":
      await b();
    default:
      await a();
  }
  await a();
});
"""
    )
    branch = next(n for n in g.nodes if n.type == "Branch")
    assert branch.fields["construct"] == "switch" and branch.fields["condition"] == "kind"
    labels = {
        lbl for src, _, lbl in ((e.source, e.target, e.label) for e in g.edges) if src == branch.id
    }
    assert labels == {'case "x"', 'case "y"', 'case "z"', "default"}
    # `case "z"` falls into default: b then a; the last `a` is a_2 on every path but x/y...
    last = g.durable_nodes()[-1]
    assert last.fields["checkpoint_key"] == "a_2"
    assert last.fields["key_exact"] is True


def test_python_match_without_default_has_a_no_match_edge() -> None:
    g = py(
        PY_TASKS
        + """
@workflow
async def main(v: str):
    match v:
        case "x" | "y":
            await a()
        case str() if v.startswith("z"):
            await b()
"""
    )
    branch = next(n for n in g.nodes if n.type == "Branch")
    assert branch.fields["construct"] == "match"
    assert any(lbl == "no match" for _, _, lbl in control(g))


def test_gathers_literal_and_fan_out() -> None:
    g = py(
        """
import asyncio
"""
        + PY_TASKS
        + """
@workflow
async def main(xs: list):
    x, y = await asyncio.gather(a(1), b(2))
    zs = await asyncio.gather(*[a(v) for v in xs])
    await a(x)
    await b(zs)
"""
    )
    starts = [n for n in g.nodes if n.type == "ParallelStart"]
    assert len(starts) == 2 and starts[1].fields["iterable"] == "xs"
    assert [n.type for n in g.nodes].count("ParallelEnd") == 2
    assert keys(g) == ["a", "b", "a_<n>", "a_<n>", "b_2"]
    assert ("Step:a", "Step:a") in data(g)
    first_a, first_b = g.durable_nodes()[:2]
    edges = {(e.source, e.target) for e in g.edges if e.kind == "data"}
    last_a = g.durable_nodes()[3]
    assert (first_a.id, last_a.id) in edges and (first_b.id, last_a.id) not in edges  # element-wise


def test_python_gather_allocates_task_calls_before_coroutines() -> None:
    """`asyncio.gather(step(...), a())`: a() allocates when called, the step when started."""
    g = py(
        "import asyncio\n"
        + PY_TASKS
        + """
@workflow
async def main():
    await asyncio.gather(step("a", lambda: 1), a())
"""
    )
    by_type = {n.type: n.fields["checkpoint_key"] for n in g.durable_nodes()}
    assert by_type == {"InlineStep": "a_2", "Step": "a"}


def test_parallel_and_promise_all_map() -> None:
    g = ts(
        """
const notify = task(async (m: string) => 1);
export const main = workflow(async (members: string[]) => {
  await parallel(members, notify, { concurrency: 3 });
  await Promise.all(members.map((m) => notify(m)));
  await parallel(members, async (m) => {
    await notify(m);
    await step("done", () => m);
  });
});
"""
    )
    starts = [n for n in g.nodes if n.type == "ParallelStart"]
    assert [s.fields.get("iterable") for s in starts] == ["members"] * 3
    assert starts[0].fields["options"] == {"concurrency": "3"}
    notify = by_name(g, "notify")
    assert len(notify) == 3
    assert notify[0].fields["checkpoint_key"] == "notify[_<n>]"
    assert "fan-out" in notify[0].fields["key_note"]
    assert by_name(g, "done")[0].fields["checkpoint_key"] == "done[_<n>]"


def test_ternary_and_short_circuit() -> None:
    g = ts(
        """
const a = task(async () => 1);
const b = task(async () => 1);
export const main = workflow(async (c: boolean) => {
  const r = c ? await a() : await b();
  const s = r && (await a());
  return s;
});
"""
    )
    constructs = [n.fields.get("construct") for n in g.nodes if n.type == "Branch"]
    assert constructs == ["ternary", "&&"]
    assert keys(g) == ["a", "b", "a | a_2"]
    p = py(
        PY_TASKS
        + """
@workflow
async def main(c: bool):
    r = (await a()) if c else (await b())
    ok = r or await a()
"""
    )
    assert [n.fields.get("construct") for n in p.nodes if n.type == "Branch"] == ["ternary", "or"]


def test_dynamic_step_names() -> None:
    g = py(
        PY_TASKS
        + """
@workflow
async def main(users: list, label: str):
    await step(f"notify_{label}", lambda: 1)
    await a()
    await step("notify_x", lambda: 1)
    await step(label, lambda: 2)
    await b()
"""
    )
    first = g.durable_nodes()[0]
    assert first.fields["name"] is None and first.fields["name_source"] == 'f"notify_{label}"'
    assert first.fields["checkpoint_key"] == "notify_<label>[_<n>]"
    assert first.fields["key_note"] == "dynamic name: the key is computed at run time"
    assert (
        first.key is not None
        and first.key.matches("notify_bob")
        and first.key.matches("notify_bob_2")
    )
    assert by_name(g, "a")[0].fields["key_exact"] is True  # "a" cannot start with notify_
    clash = by_name(g, "notify_x")[0]
    assert clash.fields["key_exact"] is False  # notify_{label} may have been notify_x
    assert by_name(g, "b")[0].fields["key_exact"] is False  # step(label) may have been "b"


def test_typescript_task_naming_follows_windmill_rewrite() -> None:
    g = ts(
        """
const viaArrow = task(async (x: number) => x);
export const viaExport = task<number>(async (x: number) => x);
const notAsync = task((x: number) => x);
const typed: any = task(async (x: number) => x);
const withPath = task("f/tasks/with_path", async (x: number) => x);
const named = task(async function realName(x: number) { return x; });
async function declared(x: number) { return x; }
const byRef = task(declared);
const script = taskScript("./helpers/render.ts");
const flow = taskFlow("f/etl/");
export const main = workflow(async () => {
  await viaArrow(1);
  await viaExport(1);
  await notAsync(1);
  await typed(1);
  await withPath(1);
  await named(1);
  await byRef(1);
  await script();
  await flow();
});
"""
    )
    assert keys(g) == [
        "viaArrow",
        "viaExport",
        "step",  # no `async` right after `task(`: Windmill does not name it
        "step_2",  # a type annotation breaks Windmill's regex too
        "f/tasks/with_path",
        "realName",  # fn.name wins over the injected path
        "declared",
        "render.ts",
        "f/etl/",
    ]
    assert [n.fields["name"] for n in g.durable_nodes()][:3] == [
        "viaArrow",
        "viaExport",
        "notAsync",
    ]


def test_duplicate_approval_key_is_flagged() -> None:
    g = ts(
        """
export const main = workflow(async () => {
  await waitForApproval({ key: "legal" });
  await waitForApproval({ key: "legal", timeout: 60 });
});
"""
    )
    second = g.durable_nodes()[1]
    assert second.fields["checkpoint_key"] == "legal_2"
    assert second.fields["options"] == {"key": '"legal"', "timeout": "60"}
    assert "raises at run time" in second.fields["key_note"]


def test_local_functions_are_expanded_where_called_and_unused_ones_detached() -> None:
    g = py(
        PY_TASKS
        + """
@workflow
async def main(xs: list):
    async def both(x):
        await a(x)
        return await b(x)

    async def unused():
        await b()

    await both(1)
    await both(2)
"""
    )
    in_order = [n.fields["checkpoint_key"] for n in g.nodes if n.is_durable]
    assert in_order == ["a", "b", "a_2", "b_2", "<not run>"]
    detached = [n for n in g.nodes if n.fields.get("detached")]
    assert [n.fields["name"] for n in detached] == ["b"]
    assert not any(e.target == detached[0].id for e in g.edges)


def test_task_created_inside_the_workflow_is_drawn() -> None:
    g = ts(
        """
export const main = workflow(async () => {
  const inner = task(async () => 1);
  await inner();
});
"""
    )
    assert keys(g) == ["inner"]


def test_code_after_return_is_unreachable() -> None:
    g = py(
        PY_TASKS
        + """
@workflow
async def main():
    return 1
    await a()
"""
    )
    node = g.durable_nodes()[0]
    assert node.fields["checkpoint_key"] == "<unreachable>" and node.fields["key_exact"] is False


def test_expression_bodied_workflow_and_implicit_return() -> None:
    g = ts(
        """
const a = task(async () => 1);
export default workflow(async () => a());
"""
    )
    assert g.workflow_name == "default"
    assert shape(g) == ["Step:a", "Return"]
    p = py(
        PY_TASKS
        + """
@workflow
async def main():
    await a()
"""
    )
    assert p.nodes[-1].type == "Return" and p.nodes[-1].fields["implicit"] is True


def test_columns_count_characters() -> None:
    g = py(
        PY_TASKS
        + """
@workflow
async def main():
    é = "ü"; await a()
"""
    )
    node = g.durable_nodes()[0]
    assert node.position.column == 20  # 19 characters before `a()` (21 bytes)


@pytest.mark.parametrize(
    ("code", "language", "message"),
    [
        ("x = 1\n", LANG_PYTHON, "imports nothing from wmill"),
        (
            "from wmill import task\n\n@task\nasync def a():\n    pass\n",
            LANG_PYTHON,
            "no workflow found",
        ),
        (
            "from wmill import workflow\n\n@workflow\nasync def main()\n    x\n",
            LANG_PYTHON,
            "syntax error",
        ),
        (
            'import { task } from "windmill-client";\nconst a = task(async () => 1);\n',
            LANG_TYPESCRIPT,
            "no workflow",
        ),
    ],
)
def test_no_workflow_is_a_one_line_error(code: str, language: str, message: str) -> None:
    name = "wf.py" if language == LANG_PYTHON else "wf.ts"
    with pytest.raises(GraphError) as info:
        graph_for_source(SourceFile(name, code, language))
    text = str(info.value)
    assert message in text and "\n" not in text and text.startswith(name)


def test_syntax_error_elsewhere_still_draws_with_a_warning() -> None:
    code = (
        "from wmill import task, workflow\n\n@task\nasync def a():\n    return 1\n\n"
        "@workflow\nasync def main():\n    await a()\n\nx = (\n"
    )
    g = graph_for_source(SourceFile("wf.py", code, LANG_PYTHON))
    assert keys(g) == ["a"]
    assert g.warnings and "syntax error" in g.warnings[0]


def test_large_workflow_builds_quickly() -> None:
    """A guard against quadratic passes: 2,000 statements with branches and loops."""
    import time

    lines = [f"@task\nasync def t{i}(x=None):\n    return 1\n" for i in range(20)]
    lines.append("@workflow\nasync def main(flags: list):\n    x = 0")
    for i in range(2000):
        if i % 10 == 0:
            lines.append(f"    if flags[{i}]:\n        x = await t{i % 20}(x)")
        elif i % 17 == 0:
            lines.append(f"    for y in range(x):\n        await t{i % 20}(y)")
        else:
            lines.append(f"    x = await t{i % 20}(x)")
    start = time.perf_counter()
    g = py("\n".join(lines))
    assert time.perf_counter() - start < 8
    assert len(g.durable_nodes()) == 2000


def test_deep_nesting_is_a_one_line_error() -> None:
    code = "\n@task\nasync def a(x=None):\n    return 1\n\n@workflow\nasync def main():\n"
    with pytest.raises(GraphError, match="nested too deeply"):
        # two calls: the builder walks down the parentheses to order them
        py(code + "    x = " + "(" * 3000 + "await a(await a())" + ")" * 3000 + "\n")


def _if_chain(language: str, arms: int) -> str:
    """`arms` branches of one chain, each awaiting `a` once, an `else` awaiting it twice,
    then one more await."""
    if language == "python":
        branches = "".join(
            f"    {'if' if i == 0 else 'elif'} x == {i}:\n        await a()\n" for i in range(arms)
        )
        return (
            "\n@task\nasync def a(x=None):\n    return 1\n\n@workflow\nasync def main(x: int):\n"
            + branches
            + "    else:\n        await a()\n        await a()\n    await a()\n"
        )
    branches = " else ".join(f"if (x === {i}) {{ await a(); }}" for i in range(arms))
    return (
        "const a = task(async () => 1);\nexport const main = workflow(async (x: number) => {\n  "
        + branches
        + " else { await a(); await a(); }\n  await a();\n});\n"
    )


@pytest.mark.parametrize("language", ["python", "typescript"])
def test_a_long_if_chain_is_drawn(language: str) -> None:
    """An `if` with 600 `elif` / `else if` arms is flat in Python and one level per arm
    in TypeScript's tree; the builder and the key interpreter went one recursion per
    arm and refused 300 arms as nested too deeply. Each arm starts from the state
    before the chain, so the keys are those of a three-arm chain."""
    build = py if language == "python" else ts
    short, long = keys(build(_if_chain(language, 3))), keys(build(_if_chain(language, 600)))
    assert short == ["a", "a", "a", "a", "a_2", "a_2 | a_3"]
    assert long == ["a"] * 600 + short[3:]


def test_one_call_deep_in_parentheses_is_drawn() -> None:
    """A statement whose only drawn content is one durable call is not walked down."""
    code = "\n@task\nasync def a(x=None):\n    return 1\n\n@workflow\nasync def main():\n"
    g = py(code + "    x = " + "(" * 3000 + "await a()" + ")" * 3000 + "\n")
    assert [(n.type, n.fields["checkpoint_key"]) for n in g.durable_nodes()] == [("Step", "a")]
