"""`wac-lint graph` for a flow: its modules and the data edges between them.

Node types and ids follow the graph Windmill's flow editor draws (`input2`,
`module`, `result`, `branchOneStart` / `branchOneEnd`, `branchAllStart` /
`branchAllEnd`, `forLoopStart` / `forLoopEnd`, `whileLoopStart` /
`whileLoopEnd`; `<id>-branch-<n>`, `<id>-default`, `<id>-start`, `<id>-end`),
plus `aiTool` for an agent's tools. The failure and preprocessor modules are
`module` nodes with a `role`; a step with `suspend` is marked as an approval.
Data edges go from the step whose `results.<id>` an expression reads to the
step that reads it.
"""

from __future__ import annotations

import json
import re

from wac_lint.flows.expressions import RefKind
from wac_lint.flows.model import Block, FlowModel, FlowModule, ModuleKind
from wac_lint.flows.query import parsed
from wac_lint.flows.yaml_tree import YNode, inline_file
from wac_lint.graph.graph import Edge, Graph, Node, Param, Position

INPUT_ID = "Input"
RESULT_ID = "result"
STRUCTURE = {
    ModuleKind.BRANCHONE: ("branchOneStart", "branchOneEnd"),
    ModuleKind.BRANCHALL: ("branchAllStart", "branchAllEnd"),
    ModuleKind.FORLOOP: ("forLoopStart", "forLoopEnd"),
    ModuleKind.WHILELOOP: ("whileLoopStart", "whileLoopEnd"),
}


class FlowGraphError(Exception):
    """No graph can be drawn (the flow does not parse, or has no modules)."""


def flow_graph(model: FlowModel) -> Graph:
    path = model.source.path
    if model.error is not None:
        message, line, column = model.error
        raise FlowGraphError(f"{path}:{line + 1}:{column + 1}: {message}")
    if model.top is None or model.root is None:
        raise FlowGraphError(f"{path}: not a flow (no `value.modules`)")
    summary = model.root.get("summary")
    graph = Graph(
        file=path,
        language="flow",
        workflow_name=summary.text if summary is not None and summary.is_scalar else None,
        workflow_line=1,
        params=_params(model),
    )
    builder = _Builder(model, graph)
    builder.build()
    return graph


def _params(model: FlowModel) -> list[Param]:
    schema = model.schema
    props = schema.get("properties") if schema is not None else None
    out: list[Param] = []
    if props is None or not props.is_map:
        return out
    for key, prop in props.pairs:
        kind = prop.get("type") if prop.is_map else None
        default = prop.get("default") if prop.is_map else None
        out.append(
            Param(
                key.text,
                kind.text if kind is not None and kind.is_scalar else None,
                json.dumps(default.value()) if default is not None else None,
            )
        )
    return out


def _position(node: YNode) -> Position:
    (line, column), (end_line, end_column) = node.start, node.end
    return Position(line + 1, column + 1, end_line + 1, end_column + 1)


class _Builder:
    def __init__(self, model: FlowModel, graph: Graph) -> None:
        self.model = model
        self.graph = graph
        self.seen: set[str] = set()

    def node_id(self, wanted: str) -> str:
        """Unique ids even when the flow repeats one (WAC501 reports that)."""
        wanted = re.sub(r"[^A-Za-z0-9_-]", "_", wanted) or "module"  # Mermaid / DOT safe
        candidate, n = wanted, 2
        while candidate in self.seen:
            candidate, n = f"{wanted}_{n}", n + 1
        self.seen.add(candidate)
        return candidate

    def add(self, wanted: str, kind: str, where: YNode, **fields: object) -> str:
        ident = self.node_id(wanted)
        self.graph.nodes.append(Node(ident, kind, _position(where), dict(fields)))
        return ident

    def edge(
        self, source: str, target: str, kind: str = "control", label: str | None = None
    ) -> None:
        self.graph.edges.append(Edge(source, target, kind, label))

    def build(self) -> None:
        model = self.model
        assert model.root is not None and model.top is not None
        first = self.add(INPUT_ID, "input2", model.root, label="flow input")
        ids: dict[int, str] = {}
        if model.preprocessor is not None:
            first = self.sequence(model.preprocessor, first, ids, role="preprocessor")
        last = self.sequence(model.top, first, ids)
        result = self.add(RESULT_ID, "result", model.root, label="result")
        self.edge(last, result)
        if model.failure is not None:
            self.sequence(model.failure, None, ids, role="failure")
        self.data_edges(ids)

    def sequence(
        self, block: Block, before: str | None, ids: dict[int, str], role: str | None = None
    ) -> str:
        """Draw a block's modules one after another; return the id of the last node."""
        current = before
        for module in block.modules:
            current = self.module(module, current, ids, role)
        return current or ""

    def module(
        self, module: FlowModule, before: str | None, ids: dict[int, str], role: str | None
    ) -> str:
        fields: dict[str, object] = {"label": self.label(module)}
        if module.kind is not None:
            fields["construct"] = module.kind.value
        script = self.script(module)
        if script:
            fields["script"] = script
        if role:
            fields["role"] = role
        if module.node.get("suspend") is not None:
            fields["suspend"] = True
        kind = (
            "aiTool"
            if module.parent is not None and module.parent.kind is ModuleKind.AIAGENT
            else "module"
        )
        ident = self.add(module.id or "module", kind, module.anchor, **fields)
        ids[id(module)] = ident
        if before is not None:
            self.edge(before, ident)
        structure = STRUCTURE.get(module.kind) if module.kind is not None else None
        if structure is not None:
            return self.container(module, ident, structure, ids)
        if module.kind is ModuleKind.AIAGENT:
            for block in module.blocks:
                for tool in block.modules:
                    tool_id = self.module(tool, None, ids, None)
                    self.edge(ident, tool_id, label="tool")
        return ident

    def container(
        self, module: FlowModule, ident: str, kinds: tuple[str, str], ids: dict[int, str]
    ) -> str:
        start_kind, end_kind = kinds
        where = module.anchor
        value = module.value
        if module.kind is not None and module.kind.is_loop:
            iterator = value.get("iterator") if value is not None else None
            expr = iterator.get("expr") if iterator is not None and iterator.is_map else None
            start = self.add(
                f"{ident}-start",
                start_kind,
                where,
                label="for each" if module.kind is ModuleKind.FORLOOP else "while",
                **({"iterable": expr.text} if expr is not None else {}),
            )
            self.edge(ident, start)
            end = self.add(f"{ident}-end", end_kind, where, label="collect iterations")
            last = self.sequence(module.blocks[0], start, ids) if module.blocks else start
            self.edge(last, end)
            return end
        end = self.add(f"{ident}-end", end_kind, where, label="collect branches")
        branches = value.get("branches") if value is not None else None
        for block in module.blocks:
            if block.kind.name == "DEFAULT":
                start = self.add(f"{ident}-default", start_kind, where, label="Default")
            else:
                fields: dict[str, object] = {"label": f"Branch {block.index + 1}"}
                spec = (
                    branches.items[block.index]
                    if branches is not None and branches.is_seq
                    else None
                )
                expr = spec.get("expr") if spec is not None and spec.is_map else None
                if expr is not None and expr.is_scalar:
                    fields["condition"] = expr.text
                start = self.add(f"{ident}-branch-{block.index}", start_kind, where, **fields)
            self.edge(ident, start)
            last = self.sequence(block, start, ids)
            self.edge(last, end)
        return end

    @staticmethod
    def label(module: FlowModule) -> str:
        summary = module.node.get("summary")
        if summary is not None and summary.is_scalar and summary.text.strip():
            return summary.text.strip()
        return module.id or "(no id)"

    @staticmethod
    def script(module: FlowModule) -> str | None:
        value = module.value
        if value is None or not value.is_map:
            return None
        if module.kind is ModuleKind.RAWSCRIPT:
            content = value.get("content")
            language = value.get("language")
            lang = language.text if language is not None and language.is_scalar else "?"
            file = inline_file(content)
            if file is not None:
                return f"{lang} {file}"
            return f"{lang} (inline)"
        path = value.get("path")
        return path.text if path is not None and path.is_scalar else None

    def data_edges(self, ids: dict[int, str]) -> None:
        seen: set[tuple[str, str, str]] = set()
        for expr in self.model.expressions:
            if expr.module is None:
                continue
            reader = ids.get(id(expr.module))
            for ref in parsed(expr).refs:
                if ref.kind is not RefKind.RESULT:
                    continue
                source = self.model.by_id.get(ref.name)
                writer = ids.get(id(source)) if source is not None else None
                if reader is None or writer is None:
                    continue
                key = (writer, reader, ref.name)
                if key not in seen:
                    seen.add(key)
                    self.edge(writer, reader, "data", f"results.{ref.name}")
