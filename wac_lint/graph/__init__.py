"""`wac-lint graph`: the workflow's task/step graph, with checkpoint keys.

from wac_lint.graph import build_graph, graph_for_file
graph = graph_for_file("f/flows/etl.py")     # GraphError: one-line reason
graph.to_dict()                              # the JSON shape of `wac-lint graph`
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING

from wac_lint.bounded import reason
from wac_lint.diagram import diagram_refusals
from wac_lint.engine import InputError, read_source
from wac_lint.graph.build import GraphBuilder
from wac_lint.graph.dataflow import data_edges
from wac_lint.graph.graph import DURABLE_TYPES, Edge, Graph, Node, Param
from wac_lint.graph.keys import NOT_RUN
from wac_lint.graph.program import KeyResult, assign_keys
from wac_lint.model import ScriptModel
from wac_lint.source import SourceFile

if TYPE_CHECKING:
    from wac_lint.flows.model import FlowModel

__all__ = [
    "Edge",
    "Graph",
    "GraphError",
    "Node",
    "build_graph",
    "graph_for_file",
    "graph_for_source",
]


class GraphError(Exception):
    """No graph can be drawn; the message is one line naming the file and why."""


def graph_for_file(path: str | Path) -> Graph:
    try:
        source = read_source(path)
    except InputError as exc:
        raise GraphError(str(exc)) from None
    return graph_for_source(source)


def graph_for_source(source: SourceFile) -> Graph:
    try:
        model = source.lang.build_model(source)
        if not isinstance(model, ScriptModel):  # a flow: its own front-end and graph
            return _flow_graph(model)
        return build_graph(model)
    except RecursionError as exc:  # the walks recurse along the nesting of the code
        raise GraphError(f"{source.path}: {reason(exc)}") from None


def _flow_graph(model: FlowModel) -> Graph:
    from wac_lint.flows.graph import FlowGraphError, flow_graph

    try:
        return flow_graph(model)
    except FlowGraphError as exc:
        raise GraphError(str(exc)) from None


def build_graph(model: ScriptModel) -> Graph:
    """The graph of the model's workflow (the entry one when there are several)."""
    # The builder makes no reference cycles (tests/graph/test_no_cycles.py), so
    # the collector would only rescan its young objects, ~100,000 at a time:
    # 10-15% of the graph's time on a long body. It resumes when the graph is done.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _build_graph(model)
    finally:
        if paused:
            gc.enable()


def _build_graph(model: ScriptModel) -> Graph:
    path = model.source.path
    wf = model.workflow
    if wf is None or wf.function is None or wf.function.body is None:
        raise GraphError(no_workflow_message(model, found=wf is not None))
    function = wf.function
    graph = Graph(
        file=path,
        language=model.source.language,
        workflow_name=wf.name,
        workflow_line=function.node.start_point[0] + 1,
        params=[Param(p.name, p.annotation, p.default) for p in function.params],
    )
    if model.syntax_errors:
        first = model.syntax_errors[0]
        graph.warnings.append(
            f"{path}:{first.start_row + 1}:{first.start_col + 1}: syntax error; "
            "the graph may be incomplete"
        )
    for refusal in diagram_refusals(model):
        graph.warnings.append(
            f"{path}:{refusal.span.start_row + 1}: Windmill's own diagram parser refuses "
            f"this workflow: {refusal.windmill_message}"
        )
    builder = GraphBuilder(model, function, graph)
    program = builder.build()
    results = assign_keys(program)
    for node in graph.nodes:
        if node.type in DURABLE_TYPES:  # `node.is_durable`, once per node
            result = results.get(node.id)
            if result is None:
                result = KeyResult(builder.not_run.get(node.id, NOT_RUN), None)
            fill_key(node, result)
    # Not needed by the data edges, whose memory comes on top (the peak of `graph`).
    del program, results
    builder.seqs.clear()
    builder.relevant_cache.clear()
    graph.edges.extend(
        data_edges(model, function, graph, builder.call_site, builder.instance, builder.index)
    )
    return graph


def no_workflow_message(model: ScriptModel, found: bool) -> str:
    path = model.source.path
    if found:
        return f"{path}: the workflow is given no function wac-lint can read"
    if model.syntax_errors:
        first = model.syntax_errors[0]
        return (
            f"{path}:{first.start_row + 1}:{first.start_col + 1}: syntax error, "
            "and no workflow found (it may be hidden by the error)"
        )
    if not model.in_scope:
        return f"{path}: no workflow: the file imports nothing from wmill / windmill-client"
    return f"{path}: no workflow found (no @workflow function, no workflow(...) call)"


def fill_key(node: Node, result: KeyResult) -> None:
    key = result.key
    if key is None:
        return
    node.key = key
    node.fields["checkpoint_key"] = key.text
    node.fields["key_exact"] = key.exact
    if not key.exact:
        if key.candidates:
            node.fields["key_candidates"] = list(key.candidates)
        node.fields["key_note"] = key.note
    if node.type == "Step":
        node.fields["retry_keys"] = (
            None if result.retry_keys is None else [k.text for k in result.retry_keys]
        )
    elif node.type == "WaitForApproval":
        requested = node.fields.get("name")
        if key.exact and requested and key.text != requested:
            # The SDK refuses to rename an explicit approval key.
            node.fields["key_note"] = (
                f'raises at run time: approval key "{requested}" is already used'
            )
