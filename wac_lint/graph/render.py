"""JSON, Mermaid and Graphviz DOT renderings of a graph."""

from __future__ import annotations

import re
from typing import Any

from wac_lint.graph.graph import Edge, Graph, Node
from wac_lint.graph.jsonout import dumps
from wac_lint.terminal import printable

FORMATS = ("json", "mermaid", "dot")

# Mermaid node shapes: (opening, closing) around the quoted label.
MERMAID_SHAPES = {
    "Step": ("[", "]"),
    "InlineStep": ("([", "])"),
    "Sleep": ("[/", "/]"),
    "WaitForApproval": ("{{", "}}"),
    "Branch": ("{", "}"),
    "Merge": ("((", "))"),
    "LoopStart": ("[[", "]]"),
    "LoopEnd": ("[[", "]]"),
    "ParallelStart": ("[/", "\\]"),
    "ParallelEnd": ("[\\", "/]"),
    "Return": ("(((", ")))"),
    "Raise": ("(((", ")))"),
    # flows (Windmill's flow editor node types)
    "input2": ("([", "])"),
    "result": ("(((", ")))"),
    "module": ("[", "]"),
    "aiTool": ("[/", "/]"),
    "branchOneStart": ("{", "}"),
    "branchAllStart": ("[/", "\\]"),
    "forLoopStart": ("[[", "]]"),
    "whileLoopStart": ("[[", "]]"),
    "branchOneEnd": ("((", "))"),
    "branchAllEnd": ("[\\", "/]"),
    "forLoopEnd": ("[[", "]]"),
    "whileLoopEnd": ("[[", "]]"),
}
DOT_SHAPES = {
    "Step": 'shape=box, style="rounded"',
    "InlineStep": 'shape=box, style="rounded,dashed"',
    "Sleep": "shape=parallelogram",
    "WaitForApproval": "shape=hexagon",
    "Branch": "shape=diamond",
    "Merge": "shape=circle, width=0.25",
    "LoopStart": "shape=trapezium",
    "LoopEnd": "shape=invtrapezium",
    "ParallelStart": "shape=house",
    "ParallelEnd": "shape=invhouse",
    "Return": "shape=doublecircle",
    "Raise": "shape=octagon",
    "input2": "shape=oval",
    "result": "shape=doublecircle",
    "module": 'shape=box, style="rounded"',
    "aiTool": "shape=component",
    "branchOneStart": "shape=diamond",
    "branchAllStart": "shape=house",
    "forLoopStart": "shape=trapezium",
    "whileLoopStart": "shape=trapezium",
    "branchOneEnd": "shape=circle, width=0.25",
    "branchAllEnd": "shape=invhouse",
    "forLoopEnd": "shape=invtrapezium",
    "whileLoopEnd": "shape=invtrapezium",
}


def render(graph: Graph, fmt: str) -> str:
    if fmt == "json":
        return to_json(graph)
    if fmt == "mermaid":
        return to_mermaid(graph)
    if fmt == "dot":
        return to_dot(graph)
    raise ValueError(f"unknown graph format: {fmt}")


def to_json(graph: Graph) -> str:
    return dumps(graph.to_json_value()) + "\n"


def label_lines(node: Node) -> list[str]:
    """What a picture shows: the operation, then its checkpoint key."""
    f: dict[str, Any] = node.fields
    t = node.type
    lines: list[str]
    if t == "Step":
        lines = [str(f.get("name"))]
        if f.get("task") in ("task_script", "task_flow"):
            lines.append(f"{f['task']} {f.get('script')}")
    elif t == "InlineStep":
        lines = [
            f"step {f['name']}" if f.get("name") is not None else f"step {f.get('name_source')}"
        ]
    elif t == "Branch" and f.get("construct") == "try":
        lines = ["try"]
    elif t in ("Branch", "LoopStart"):
        detail = f.get("condition") or f.get("iterable")
        lines = [f"{f.get('construct')} {detail}" if detail else str(f.get("construct"))]
    elif t == "ParallelStart" and f.get("iterable"):
        lines = [f"{f.get('label')} over {f['iterable']}"]
    elif t == "Merge":
        lines = [""]
    elif t in ("module", "aiTool"):
        lines = [str(f.get("label"))]
        if f.get("script"):
            lines.append(str(f["script"]))
        elif f.get("construct"):
            lines.append(str(f["construct"]))
        if f.get("suspend"):
            lines.append("waits for approval")
    elif f.get("condition") or f.get("iterable"):
        lines = [f"{f.get('label')}: {f.get('condition') or f.get('iterable')}"]
    else:
        lines = [str(f.get("label", t.lower()))]
    if "checkpoint_key" in f:
        key = f["checkpoint_key"]
        lines.append(f"key {key}" if f.get("key_exact") else f"key {key} (run time)")
    return lines


def shorten(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---- Mermaid ---------------------------------------------------------------------
def mermaid_text(text: str) -> str:
    """Escape a label for a quoted Mermaid string.

    HTML entities are what Mermaid decodes in labels; its own `#quot;` codes
    render undecoded in quoted labels (mermaid 11), and a `#name;` in the text
    would be taken for one, so a zero-width space breaks it up.
    """
    text = printable(text)  # a label quotes source code: no raw control characters
    text = text.replace("&", "&amp;").replace('"', "&quot;")
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"#(?=\w+;)", "#\u200b", text)


# Words Mermaid's flowchart grammar reserves: a node named so (a flow step `end`
# or `call`) breaks the whole diagram, so its Mermaid id gets a suffix.
MERMAID_RESERVED = {
    "end", "call", "click", "class", "classdef", "style", "linkstyle", "subgraph",
    "graph", "flowchart", "default", "direction", "interpolate", "href", "callback",
}  # fmt: skip


def mermaid_id(node_id: str) -> str:
    return f"{node_id}_" if node_id.lower() in MERMAID_RESERVED else node_id


def to_mermaid(graph: Graph) -> str:
    lines = ["flowchart TD"]
    for node in graph.nodes:
        opening, closing = MERMAID_SHAPES.get(node.type, ("[", "]"))
        text = "<br/>".join(mermaid_text(shorten(line)) for line in label_lines(node))
        lines.append(f'  {mermaid_id(node.id)}{opening}"{text or " "}"{closing}')
    for edge in graph.edges:
        arrow = "-->" if edge.kind == "control" else "-.->"
        label = f'|"{mermaid_text(shorten(edge.label, 30))}"|' if edge.label else ""
        lines.append(f"  {mermaid_id(edge.source)} {arrow}{label} {mermaid_id(edge.target)}")
    lines.append("  classDef durable fill:#e8f0fe,stroke:#4a6fa5")
    lines.append("  classDef structure fill:#f4f4f4,stroke:#999")
    lines.append("  classDef runtime stroke:#c77700,stroke-width:2px,stroke-dasharray:4 2")
    durable = [n.id for n in graph.nodes if n.is_durable]
    structure = [n.id for n in graph.nodes if not n.is_durable]
    runtime = [n.id for n in graph.nodes if n.is_durable and n.fields.get("key_exact") is False]
    for cls, ids in (("durable", durable), ("structure", structure), ("runtime", runtime)):
        if ids:
            lines.append(f"  class {','.join(mermaid_id(i) for i in ids)} {cls}")
    return "\n".join(lines) + "\n"


# ---- Graphviz --------------------------------------------------------------------
def dot_string(text: str) -> str:
    # a label quotes source code: control characters are shown escaped, line breaks kept
    text = "\n".join(printable(line) for line in text.split("\n"))
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def dot_edge(edge: Edge) -> str:
    attrs = []
    if edge.label:
        attrs.append(f"label={dot_string(shorten(edge.label, 30))}")
    if edge.kind == "data":
        attrs += ["style=dashed", 'color="#4a6fa5"', 'fontcolor="#4a6fa5"', "constraint=false"]
    suffix = f" [{', '.join(attrs)}]" if attrs else ""
    return f"  {dot_string(edge.source)} -> {dot_string(edge.target)}{suffix};"


def to_dot(graph: Graph) -> str:
    name = graph.workflow_name or "workflow"
    lines = [
        f"digraph {dot_string(name)} {{",
        "  rankdir=TB;",
        "  node [fontsize=10];",
        "  edge [fontsize=9];",
    ]
    for node in graph.nodes:
        label = "\n".join(shorten(line) for line in label_lines(node))
        attrs = [f"label={dot_string(label)}", DOT_SHAPES.get(node.type, "shape=box")]
        if node.is_durable and node.fields.get("key_exact") is False:
            attrs.append('color="#c77700"')
        if node.fields.get("detached"):
            attrs.append('fontcolor="#888888"')
        lines.append(f"  {dot_string(node.id)} [{', '.join(attrs)}];")
    for edge in graph.edges:
        lines.append(dot_edge(edge))
    lines.append("}")
    return "\n".join(lines) + "\n"
