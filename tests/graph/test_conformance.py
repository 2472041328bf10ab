"""Conformance with Windmill's own WAC parser (the DAG the Windmill UI draws).

For every corpus script Windmill parses successfully (goldens recorded with
`windmill-oracle dag`: tests/golden/dag for tests/corpus/wac, tests/graph/golden
for tests/graph/corpus), the durable operations Windmill finds -- in line
order, with their names -- must appear in our graph in the same order.

Where our graph differs, the difference must be one documented in
tests/graph/DIFFERENCES.md, and is listed here per file: names Windmill gives
differently (`NAME_DIFFERENCES`) and operations Windmill does not draw at all
(`MISSED_BY_WINDMILL`, with the reason). A new or vanished difference fails.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
import tree_sitter

from wac_lint.constant_strings import plain_literal
from wac_lint.engine import read_source
from wac_lint.frontends import build_model
from wac_lint.graph import Graph, Node, build_graph
from wac_lint.model import BindingKind, ScriptModel

ROOT = Path(__file__).resolve().parents[2]
CORPORA = [
    (ROOT / "tests/corpus/wac", ROOT / "tests/golden/dag"),
    (ROOT / "tests/graph/corpus", ROOT / "tests/graph/golden"),
]
DURABLE = ("Step", "InlineStep", "Sleep", "WaitForApproval")
DIFFERENCES = (Path(__file__).parent / "DIFFERENCES.md").read_text()


def corpus() -> list[tuple[Path, Path]]:
    out = []
    for scripts, goldens in CORPORA:
        for path in sorted(p for p in scripts.rglob("*") if p.suffix in (".py", ".ts")):
            golden = goldens / (path.relative_to(scripts).as_posix().replace("/", "__") + ".json")
            out.append((path, golden))
    return out


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


# ---- what each side found --------------------------------------------------------------
@dataclass(frozen=True)
class Op:
    line: int
    type: str
    name: str | None


def windmill_ops(golden: dict) -> list[Op]:
    def order(node: dict) -> int:
        return int(node["id"].split("_")[1])

    nodes = [n for n in golden["nodes"] if n["node_type"]["type"] in DURABLE]
    return [
        Op(n["line"], n["node_type"]["type"], n["node_type"].get("name"))
        for n in sorted(nodes, key=order)
    ]


def name_difference(windmill: Op, ours: Node, model: ScriptModel) -> str | None:
    """None when the two name the operation alike, else the documented difference."""
    if windmill.type in ("Sleep", "WaitForApproval"):
        return None  # Windmill gives these no name
    if ours.fields.get("name") == windmill.name:
        return None
    if windmill.type == "InlineStep" and windmill.name == "step":
        if ours.fields.get("name") is None:
            return "dynamic step name"
        if "name=" in call_text(ours, model):
            return "keyword step name"
        if not plain_literal_name(ours, model):
            return "constant name expression"
    return "unexplained"


def plain_literal_name(node: Node, model: ScriptModel) -> bool:
    """Is the step's name written as a plain string literal at the call?"""
    call = ts_node(node, model)
    while call.type not in ("call", "call_expression") and call.named_children:
        call = call.named_children[-1]  # `await step(...)`
    arguments = call.child_by_field_name("arguments")
    first = arguments.named_children[0] if arguments and arguments.named_children else None
    return first is not None and plain_literal(model, first)


def call_text(node: Node, model: ScriptModel) -> str:
    return model.text(ts_node(node, model))


def ts_node(node: Node, model: ScriptModel) -> tree_sitter.Node:
    src, pos = model.source, node.position
    start = (pos.line - 1, src.byte_column_from_char(pos.line - 1, pos.column - 1))
    end = (pos.end_line - 1, src.byte_column_from_char(pos.end_line - 1, pos.end_column - 1))
    found = model.tree.root_node.descendant_for_point_range(start, end)
    assert found is not None
    return found


# ---- why Windmill does not draw an operation ----------------------------------------------
def ancestors(node: tree_sitter.Node, stop: tree_sitter.Node) -> list[tree_sitter.Node]:
    out = []
    current = node.parent
    while current is not None and current != stop:
        out.append(current)
        current = current.parent
    return out


def why_missed(node: Node, model: ScriptModel) -> str:
    """The documented reason Windmill's parser leaves this operation out."""
    call = ts_node(node, model)
    wf = model.workflow
    assert wf is not None and wf.function is not None and wf.function.body is not None
    chain = ancestors(call, wf.function.body)
    callees = [callee_text(a, model) for a in chain if a.type in ("call", "call_expression")]
    own_callee = callee_text(call, model)
    task = task_of(node, model)
    aliased = {b.local_name for b in model.bindings if b.kind == BindingKind.ALIASED}
    if call.type == "identifier" or any(c.endswith("parallel") for c in callees):
        return "parallel()"
    if any(a.type in COMPREHENSIONS for a in chain) or any(c.endswith(".map") for c in callees):
        return "gather over a comprehension or map"
    if any(is_local_function(a, model) for a in chain):
        return "local function"
    if any(a.type in ("arrow_function", "function_expression") for a in chain):
        return "async callback"
    wrapped = call.child_by_field_name("function")
    if (task is not None and task.inside_workflow) or (
        wrapped is not None and wrapped.type in ("call", "call_expression")
    ):
        return "task created in the workflow"  # also `await task(fn)(x)` in the body
    if own_callee in aliased or (task is not None and callee_text(task.node, model) in aliased):
        return "aliased SDK name"
    if task is not None and task.function is not None and not task.function.is_async:
        if model.source.language == "python":
            return "sync def task"
    if node.type != "Step" and callees and callees[0].endswith(GATHERS):
        return "step, sleep or approval in a gather"
    if any(a.type in ("match_statement", "switch_statement") for a in chain):
        return "match / switch"
    if any(a.type == "do_statement" for a in chain):
        return "do/while"
    if any(a.type == "for_statement" and a.children[0].type == "async" for a in chain):
        return "async for"
    if not whole_statement_await(call):
        return "await inside an expression"
    if any(has_nested_await(a) for a in chain if a.type.endswith("_statement")):
        return "construct with a nested await"
    return "unexplained"


COMPREHENSIONS = ("list_comprehension", "generator_expression", "set_comprehension")
GATHERS = ("asyncio.gather", "Promise.all", "Promise.allSettled")


def callee_text(call: tree_sitter.Node, model: ScriptModel) -> str:
    callee = call.child_by_field_name("function")
    return model.text(callee) if callee is not None else ""


def task_of(node: Node, model: ScriptModel):  # noqa: ANN201 - a TaskDef or None
    if node.type != "Step":
        return None
    name = node.fields.get("name")
    tasks = [t for t in model.tasks if t.binding == name]
    return next((t for t in tasks if t.top_level), tasks[0] if tasks else None)


def is_local_function(node: tree_sitter.Node, model: ScriptModel) -> bool:
    """A function defined in the workflow body and called by name."""
    if node.type in ("function_definition", "function_declaration"):
        return True
    parent = node.parent
    return (
        node.type == "arrow_function"
        and parent is not None
        and parent.type == "variable_declarator"
    )


def whole_statement_await(call: tree_sitter.Node) -> bool:
    """What Windmill draws: `await t()`, `x = await t()` (Python), `const x = await t()` (TS),
    and the calls listed directly in an awaited gather."""
    node = call
    parent = node.parent
    if parent is not None and parent.type in ("argument_list", "arguments", "list", "array"):
        gather = (
            parent.parent if parent.type in ("argument_list", "arguments") else parent.parent.parent
        )  # type: ignore[union-attr]
        if gather is not None and gather.type in ("call", "call_expression"):
            node = gather
            parent = node.parent
    if parent is None or parent.type not in ("await", "await_expression"):
        return False
    holder = parent.parent
    if holder is None:
        return False
    if holder.type == "expression_statement":
        return True
    if (
        holder.type == "assignment"
        and holder.parent is not None
        and holder.parent.type == "expression_statement"
    ):
        return True
    return holder.type == "variable_declarator"


def has_nested_await(stmt: tree_sitter.Node) -> bool:
    stack = list(stmt.children)
    while stack:
        node = stack.pop()
        if node.type in ("await", "await_expression"):
            call = node.named_children[-1] if node.named_children else node
            if not whole_statement_await(call):
                return True
        if node.type not in ("function_definition", "arrow_function", "function_expression"):
            stack.extend(node.children)
    return False


# ---- the documented differences -------------------------------------------------------------
# file -> {difference: count}; every key is a heading in DIFFERENCES.md.
NAME_DIFFERENCES: dict[str, dict[str, int]] = {
    "tests/corpus/wac/bad/dynamic_step_names.py": {"dynamic step name": 3},
    "tests/corpus/wac/bad/dynamic_step_names.ts": {"dynamic step name": 2},
    "tests/corpus/wac/fan_out_notifications.py": {"keyword step name": 1},
    "tests/graph/corpus/dynamic_names.ts": {"dynamic step name": 1},
    "tests/graph/corpus/constant_formatted_names.py": {"constant name expression": 3},
}
MISSED_BY_WINDMILL: dict[str, dict[str, int]] = {
    "tests/corpus/wac/bad/aliased_imports.ts": {"aliased SDK name": 3},
    "tests/corpus/wac/bad/broad_catch.ts": {"await inside an expression": 2},
    "tests/corpus/wac/bad/dynamic_step_names.py": {"await inside an expression": 1},
    "tests/corpus/wac/bad/sync_task.py": {"sync def task": 2},
    "tests/corpus/wac/bad/task_inside_workflow.py": {"task created in the workflow": 1},
    "tests/corpus/wac/bad/task_inside_workflow.ts": {"task created in the workflow": 2},
    "tests/corpus/wac/content_moderation.py": {"match / switch": 6},
    "tests/corpus/wac/content_moderation.ts": {"await inside an expression": 4},
    "tests/corpus/wac/db_migration_guarded.ts": {"await inside an expression": 1},
    "tests/corpus/wac/fan_out_notifications.py": {
        "await inside an expression": 1,
        "gather over a comprehension or map": 1,
    },
    "tests/corpus/wac/fan_out_notifications.ts": {
        "await inside an expression": 1,
        "gather over a comprehension or map": 1,
    },
    "tests/corpus/wac/image_batch_resize.py": {"parallel()": 1},
    "tests/corpus/wac/image_batch_resize.ts": {"parallel()": 1},
    "tests/corpus/wac/lead_routing_switch.ts": {"match / switch": 2},
    "tests/corpus/wac/newsletter_batches.py": {"await inside an expression": 1},
    "tests/corpus/wac/payment_with_fallback.ts": {"await inside an expression": 2},
    "tests/corpus/wac/poll_export_job.ts": {"await inside an expression": 1},
    "tests/corpus/wac/price_update_batch.py": {"parallel()": 2},
    "tests/corpus/wac/price_update_batch.ts": {"parallel()": 2},
    "tests/corpus/wac/renewal_reminders.py": {"await inside an expression": 1},
    "tests/corpus/wac/warehouse_sync_incremental.ts": {"do/while": 2},
    "tests/corpus/wac/webhook_event_router.ts": {"await inside an expression": 4},
    "tests/graph/corpus/conditional_awaits.py": {"await inside an expression": 4},
    "tests/graph/corpus/dynamic_names.ts": {"task created in the workflow": 1},
    "tests/graph/corpus/for_else_async.py": {"async for": 4},
    "tests/graph/corpus/gather_mixed.py": {"step, sleep or approval in a gather": 1},
    "tests/graph/corpus/local_helpers.py": {"local function": 4},
    "tests/graph/corpus/nested_parallel.ts": {
        "async callback": 2,
        "gather over a comprehension or map": 1,
        "parallel()": 1,
    },
    "tests/graph/corpus/retry_policies.py": {"await inside an expression": 1},
    "tests/graph/corpus/switch_fallthrough.ts": {"match / switch": 3},
}
# Scripts Windmill refuses to draw (not compared), with its message.
UNAWAITED = "Task calls must be awaited directly or used inside asyncio.gather()/Promise.all()."
WINDMILL_REJECTS: dict[str, str] = {
    "tests/corpus/wac/bad/aliased_imports.py": "No @workflow async function found.",
    "tests/corpus/wac/bad/namespace_calls.py": "No @workflow async function found.",
    "tests/corpus/wac/bad/namespace_calls.ts": "No workflow() wrapped async function found.",
    "tests/corpus/wac/bad/sync_workflow.py": "Workflow function must be async.",
    "tests/corpus/wac/bad/unawaited_calls.py": UNAWAITED,
    "tests/corpus/wac/bad/unawaited_calls.ts": UNAWAITED,
}


@dataclass
class Comparison:
    missing: list[Op]  # Windmill's operations we did not find in order
    names: Counter[str]
    missed: Counter[str]


def compare(path: Path, golden: dict) -> Comparison:
    model = build_model(read_source(path))
    graph: Graph = build_graph(model)
    ours = [n for n in graph.durable_nodes() if not n.fields.get("detached")]
    matched: set[str] = set()
    names: Counter[str] = Counter()
    missing: list[Op] = []
    i = 0
    for op in windmill_ops(golden):
        j = i
        while j < len(ours):
            node = ours[j]
            if node.line == op.line and node.type == op.type:
                diff = name_difference(op, node, model)
                if diff != "unexplained":
                    if diff is not None:
                        names[diff] += 1
                    break
            j += 1
        if j == len(ours):
            missing.append(op)
            continue
        matched.add(ours[j].id)
        i = j + 1
    missed = Counter(why_missed(n, model) for n in graph.durable_nodes() if n.id not in matched)
    return Comparison(missing, names, missed)


CASES = corpus()


def test_corpus_is_large_and_covers_both_languages() -> None:
    parsed = [p for p, g in CASES if json.loads(g.read_text()).get("type") == "success"]
    assert len(CASES) >= 60 and len(parsed) >= 60
    assert {p.suffix for p in parsed} == {".py", ".ts"}


@pytest.mark.parametrize(("path", "golden"), CASES, ids=[rel(p) for p, _ in CASES])
def test_windmill_operations_appear_in_order(path: Path, golden: Path) -> None:
    data = json.loads(golden.read_text())
    if data.get("type") != "success":
        assert WINDMILL_REJECTS.get(rel(path)) == (data.get("errors") or [{}])[0].get(
            "message", data.get("error")
        )
        return
    result = compare(path, data)
    assert result.missing == [], f"Windmill's operations not found in order: {result.missing}"
    assert dict(result.names) == NAME_DIFFERENCES.get(rel(path), {})
    assert dict(result.missed) == MISSED_BY_WINDMILL.get(rel(path), {})


def test_every_difference_is_documented() -> None:
    kinds = {
        k for table in (NAME_DIFFERENCES, MISSED_BY_WINDMILL) for d in table.values() for k in d
    }
    headings = set(re.findall(r"^### (.+)$", DIFFERENCES, re.M))
    assert "unexplained" not in kinds
    assert kinds <= headings, kinds - headings


def test_documented_counts_match_the_tables() -> None:
    """The numbers DIFFERENCES.md gives per reason are the tables' totals."""
    totals: Counter[str] = Counter()
    for table in (NAME_DIFFERENCES, MISSED_BY_WINDMILL):
        for diffs in table.values():
            totals.update(diffs)
    sections = re.split(r"^### ", DIFFERENCES, flags=re.M)[1:]
    for section in sections:
        heading, body = section.split("\n", 1)
        stated = re.search(r"(\d+) (?:operations?|steps?)\b", body)
        if heading in totals:
            assert stated is not None and int(stated.group(1)) == totals[heading], heading
    missed = sum(sum(d.values()) for d in MISSED_BY_WINDMILL.values())
    assert f"{missed} durable operations in {len(MISSED_BY_WINDMILL)} scripts" in DIFFERENCES
    assert f"{len(CASES)} scripts" in DIFFERENCES
