"""Small helpers for the graph tests."""

from __future__ import annotations

from textwrap import dedent

from wac_lint.graph import Graph, Node, graph_for_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

PY_HEAD = (
    "from wmill import parallel, sleep, step, task, task_flow, task_script, "
    "wait_for_approval, workflow\n"
)
TS_HEAD = (
    "import { parallel, sleep, step, task, taskFlow, taskScript, waitForApproval, workflow } "
    'from "windmill-client";\n'
)


def py(code: str, head: bool = True) -> Graph:
    text = (PY_HEAD if head else "") + dedent(code)
    return graph_for_source(SourceFile("wf.py", text, LANG_PYTHON))


def ts(code: str, head: bool = True) -> Graph:
    text = (TS_HEAD if head else "") + dedent(code)
    return graph_for_source(SourceFile("wf.ts", text, LANG_TYPESCRIPT))


def keys(graph: Graph) -> list[str]:
    return [n.fields["checkpoint_key"] for n in graph.durable_nodes()]


def shape(graph: Graph) -> list[str]:
    """Nodes as `type:what` in creation order."""
    return [describe(n) for n in graph.nodes]


def control(graph: Graph) -> set[tuple[str, str, str | None]]:
    """Control edges between node descriptions (type:name), with their labels."""
    names = {n.id: describe(n) for n in graph.nodes}
    return {(names[e.source], names[e.target], e.label) for e in graph.edges if e.kind == "control"}


def data(graph: Graph) -> set[tuple[str, str]]:
    names = {n.id: describe(n) for n in graph.nodes}
    return {(names[e.source], names[e.target]) for e in graph.edges if e.kind == "data"}


def describe(node: Node) -> str:
    what = node.fields.get("name") or node.fields.get("condition") or node.fields.get("iterable")
    return f"{node.type}:{what}" if what else node.type


def by_name(graph: Graph, name: str) -> list[Node]:
    return [n for n in graph.durable_nodes() if n.fields.get("name") == name]
