"""The graph's data: nodes, edges, and the JSON shape tools read.

Node types reuse the names of Windmill's own WAC DAG (`Step`, `InlineStep`,
`Sleep`, `WaitForApproval`, `Branch`, `Merge`, `LoopStart`, `LoopEnd`,
`ParallelStart`, `ParallelEnd`, `Return`) so that tools written for Windmill's
diagram read ours; `Raise` is ours (Windmill has no node for it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import methodcaller
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wac_lint.graph.keys import Key

TO_DICT = methodcaller("to_dict")
DURABLE_TYPES = ("Step", "InlineStep", "Sleep", "WaitForApproval")

# Type-specific fields, in the order the JSON lists them after the common ones.
FIELD_ORDER = (
    "label",
    "construct",
    "name",
    "name_source",
    "script",
    "task",
    "checkpoint_key",
    "key_exact",
    "key_candidates",
    "key_note",
    "retry_keys",
    "seconds",
    "options",
    "condition",
    "iterable",
    "implicit",
    "detached",
    "role",  # flows: failure / preprocessor module
    "suspend",  # flows: a step that waits for approval
)


@dataclass(slots=True)
class Position:
    """1-based lines, 1-based character columns, like `wac-lint check --format json`."""

    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(slots=True)
class Node:
    id: str
    type: str
    position: Position
    fields: dict[str, Any] = field(default_factory=dict)
    key: Key | None = None  # the checkpoint key with the set of values it can take

    @property
    def line(self) -> int:
        return self.position.line

    @property
    def is_durable(self) -> bool:
        return self.type in DURABLE_TYPES

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "line": self.position.line,
            "column": self.position.column,
            "end_line": self.position.end_line,
            "end_column": self.position.end_column,
        }
        for name in FIELD_ORDER:
            if name in self.fields:
                out[name] = self.fields[name]
        return out


@dataclass(slots=True)
class Edge:
    source: str
    target: str
    kind: str  # control | data
    label: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"from": self.source, "to": self.target, "kind": self.kind}
        if self.label is not None:
            out["label"] = self.label
        return out


@dataclass
class Param:
    name: str
    type: str | None
    default: str | None


@dataclass
class Graph:
    file: str
    language: str
    workflow_name: str | None
    workflow_line: int
    params: list[Param]
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    # Not part of the JSON: a reason the graph may be incomplete (a syntax error).
    warnings: list[str] = field(default_factory=list)

    def node(self, node_id: str) -> Node:
        for node in self.nodes:
            if node.id == node_id:
                return node
        raise KeyError(node_id)

    def durable_nodes(self) -> list[Node]:
        """Durable operations in source order (line, then column)."""
        nodes = [n for n in self.nodes if n.is_durable]
        return sorted(nodes, key=lambda n: (n.position.line, n.position.column))

    def to_dict(self) -> dict[str, Any]:
        out = self.to_dict_head()
        out["nodes"] = [n.to_dict() for n in self.nodes]
        out["edges"] = [e.to_dict() for e in self.edges]
        return out

    def to_dict_head(self) -> dict[str, Any]:
        """`to_dict()` up to its nodes and edges."""
        return {
            "file": self.file,
            "language": self.language,
            "workflow": {
                "name": self.workflow_name,
                "line": self.workflow_line,
                "params": [
                    {"name": p.name, "type": p.type, "default": p.default} for p in self.params
                ],
            },
        }

    def to_json_value(self) -> dict[str, Any]:
        """`to_dict()` for `jsonout.dumps`, each node and edge made as it is written."""
        from wac_lint.graph.jsonout import Items

        out = self.to_dict_head()
        out["nodes"] = Items(self.nodes, TO_DICT)
        out["edges"] = Items(self.edges, TO_DICT)
        return out
