"""The builder's state and primitives: model lookups, nodes, edges, program capture.

`statements.py` and `expressions.py` add the walks; `build.py` puts them together.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import neg

import tree_sitter

from wac_lint.graph import program as prog
from wac_lint.graph.graph import Edge, Graph, Node, Position
from wac_lint.graph.index import BodyIndex
from wac_lint.graph.keys import Key, KeyName
from wac_lint.graph.markers import Markers, local_functions
from wac_lint.graph.positions import (
    node_key,
    walk,
)
from wac_lint.graph.syntax import Dialect
from wac_lint.model import DurableCall, DurableKind, FunctionInfo, ScriptModel, Span

TsNode = tree_sitter.Node
Frontier = list[tuple[str, str | None]]  # (node id, label of the edge leaving it)


@dataclass
class Breakable:
    kind: str  # loop | switch
    head: str | None = None  # where `continue` goes
    breaks: Frontier = field(default_factory=list)
    continues: Frontier = field(default_factory=list)


@dataclass
class FunctionFrame:
    callback: bool  # False for the workflow itself
    returns: Frontier = field(default_factory=list)


def in_source_order(
    calls: list[DurableCall],
) -> tuple[list[DurableCall], list[int], list[int]]:
    """The calls sorted by (start, -end), with their starts and ends."""
    nodes = [c.node for c in calls]
    starts = [n.start_byte for n in nodes]
    ends = [n.end_byte for n in nodes]
    keys = list(zip(starts, map(neg, ends), strict=True))
    order = sorted(range(len(calls)), key=keys.__getitem__)  # stable, as a sort of calls
    return [calls[i] for i in order], [starts[i] for i in order], [ends[i] for i in order]


class BuilderBase:
    def __init__(self, model: ScriptModel, function: FunctionInfo, graph: Graph) -> None:
        self.model = model
        self.function = function
        self.graph = graph
        self.syn: Dialect = model.lang.graph_dialect(model.source.data)
        # A coroutine that is never awaited never runs (Python), or runs once called (JS).
        self.lazy_coroutines = model.lang.coroutines_start_when_awaited
        self.rewritten = self.syn.rewritten_tasks(model)
        self.calls, self.starts, self.ends = in_source_order(self._durable_calls())
        self._by_node: dict[tuple[int, int, str], DurableCall] | None = None
        body = function.body
        lang = model.source.language
        self.index = None if body is None else BodyIndex(lang, self.syn, body)
        self.local_functions = (
            {}
            if self.index is None
            else local_functions(self.syn, self.index.definitions, self.contains_durable)
        )
        self.markers = (
            None
            if self.index is None
            else Markers(lang, self.syn, self.index, set(self.local_functions))
        )
        self.emitted: list[DurableCall] = []  # drawn (by the walk, not `detached`)
        self.expanding: list[str] = []
        self.frontier: Frontier = []
        self.seqs: list[list[prog.Item]] = [[]]
        self.breakables: list[Breakable] = []
        self.functions: list[FunctionFrame] = [FunctionFrame(callback=False)]
        self.counter = 0
        self.call_site: dict[str, TsNode] = {}  # durable node id -> its call, for data flow
        self.not_run: dict[str, Key] = {}  # nodes that allocate nothing, and why
        self.unawaited = 0  # inside a Python `parallel(...)` that is never awaited
        # Which expansions of local functions a node was drawn in: two expansions
        # share call sites, and data never flows from one into the other.
        self.instance: dict[str, tuple[int, ...]] = {}
        self.expansions: list[int] = []
        self.expansion_count = 0
        self.relevant_cache: dict[tuple[int, int], bool] = {}
        self.task_key_names: dict[int, KeyName] = {}  # per task (by id): its calls' key name
        self.task_retries: dict[int, int | None] = {}  # per task (by id): `retry_attempts`

    # ---- model lookups -------------------------------------------------------------
    def _durable_calls(self) -> list[DurableCall]:
        calls = list(self.model.durable_calls)
        # Tasks created inside the workflow body are not in the model's durable
        # calls (WAC003 reports them), but the SDK runs and keys them all the same.
        inner = {t.binding: t for t in self.model.tasks if t.inside_workflow and t.binding}
        body = self.function.body
        if inner and body is not None:
            known = {node_key(c.node) for c in calls}
            for node in walk(body):
                if node.type in self.syn.calls and node_key(node) not in known:
                    callee = node.child_by_field_name("function")
                    if callee is not None and self.syn.text(callee) in inner:
                        task = inner[self.syn.text(callee)]
                        calls.append(
                            DurableCall(
                                DurableKind.TASK,
                                node,
                                Span.of(callee),
                                task=task,
                                name=task.step_name,
                            )
                        )
        return calls

    @property
    def by_node(self) -> dict[tuple[int, int, str], DurableCall]:
        """The durable calls by `node_key` (made when first asked: most expressions
        are drawn by `plain_call`, which needs no lookup)."""
        if self._by_node is None:
            self._by_node = {node_key(c.node): c for c in self.calls}
        return self._by_node

    def durable_in(self, node: TsNode) -> list[DurableCall]:
        i = bisect.bisect_left(self.starts, node.start_byte)
        out = []
        while i < len(self.calls) and self.calls[i].node.start_byte < node.end_byte:
            if self.calls[i].node.end_byte <= node.end_byte:
                out.append(self.calls[i])
            i += 1
        return out

    def contains_durable(self, node: TsNode | None) -> bool:
        """`bool(durable_in(node))` without listing them all (asked at every level of
        deeply nested code: listing made 20,000 nested awaits quadratic)."""
        if node is None:
            return False
        return self._holds_call(node.start_byte, node.end_byte)

    def _holds_call(self, start: int, end: int) -> bool:
        starts, ends = self.starts, self.ends
        i = bisect.bisect_left(starts, start)
        while i < len(starts) and starts[i] < end:
            if ends[i] <= end:
                return True
            i += 1
        return False

    def plain_call(self, node: TsNode) -> DurableCall | None:
        """The durable call `node` holds, when it is the only thing there to draw:
        one call (not a parallel block), no exit or local call, and no function,
        ternary, short-circuit or comprehension on the way to it. The walk down
        to it would draw that call and nothing else (most statements of a
        workflow body are `x = await t(...)`)."""
        markers, index = self.markers, self.index
        if markers is None or index is None:
            return None
        start, end = node.start_byte, node.end_byte
        if start < markers.body[0] or end > markers.body[1]:  # not `markers.covers(node)`
            return None
        starts = self.starts
        i = bisect.bisect_left(starts, start)
        if i == len(starts) or starts[i] >= end or self.ends[i] > end:
            return None
        if i + 1 < len(starts) and starts[i + 1] < end:
            return None
        found = markers.starts
        j = bisect.bisect_left(found, start)
        if j < len(found) and found[j] < end:
            return None
        found = index.branchy_starts
        j = bisect.bisect_left(found, start)
        if j < len(found) and found[j] < end:
            return None
        call = self.calls[i]
        return None if call.kind in ("gather", "parallel") else call

    def relevant(self, node: TsNode | None) -> bool:
        """Holds something the graph draws: a durable call, an exit, a local call."""
        if node is None:
            return False
        start, end = node.start_byte, node.end_byte
        found = self.relevant_cache.get((start, end))
        if found is None:
            if self._holds_call(start, end):
                found = True
            elif self.markers is not None and self.markers.covers(node):
                found = self.markers.inside(node)
            else:
                found = any(self._exits_or_expands(n) for n in walk(node, self.syn.functions))
            self.relevant_cache[(start, end)] = found
        return found

    def relevant_here(self, stmt: TsNode) -> bool:
        """Inside a drawn loop, a branch that only breaks or continues matters too."""
        if self.relevant(stmt):
            return True
        if not any(b.kind == "loop" for b in self.breakables):
            return False
        stop = self.syn.functions | self.syn.loops
        jumps = (self.syn.breaks, self.syn.continues)
        return any(n.type in jumps for n in walk(stmt, stop))

    def _exits_or_expands(self, node: TsNode) -> bool:
        if node.type in (self.syn.returns, self.syn.raises):
            return True
        if node.type in self.syn.calls:
            callee = node.child_by_field_name("function")
            return callee is not None and self.syn.text(callee) in self.local_functions
        return False

    # ---- graph primitives ----------------------------------------------------------
    def new_id(self) -> str:
        node_id = f"step_{self.counter}"
        self.counter += 1
        return node_id

    def add_node(
        self, type_: str, pos: Position, node_id: str | None = None, /, **fields: object
    ) -> Node:
        # Positional-only: a JSON field of any name, even `node_id`, goes to **fields.
        # `fields` is a fresh dict (keyword arguments): the node keeps it.
        return self.add_node_with(type_, pos, fields, node_id)

    def add_node_with(
        self, type_: str, pos: Position, fields: dict[str, object], node_id: str | None = None
    ) -> Node:
        """`add_node` with its fields in a dict the node keeps (made for it alone)."""
        if not node_id:
            node_id = self.new_id()
        node = Node(node_id, type_, pos, fields)
        self.graph.nodes.append(node)
        frontier = self.frontier
        if frontier:
            edges = self.graph.edges
            for source, label in frontier:
                edges.append(Edge(source, node_id, "control", label))
        self.frontier = [(node_id, None)]
        return node

    def connect(self, frontier: Frontier, target: str) -> None:
        edges = self.graph.edges
        for source, label in frontier:
            edges.append(Edge(source, target, "control", label))

    def join_node(
        self, type_: str, pos: Position, node_id: str, exits: Frontier, **fields: object
    ) -> None:
        """A Merge / end node where `exits` meet; none when nothing reaches it.

        A Merge reached by a single edge adds nothing: the path just goes on.
        """
        self.frontier = exits
        if not exits or (type_ == "Merge" and len(exits) == 1):
            return
        self.add_node(type_, pos, node_id, **fields)

    def emit(self, item: prog.Item) -> None:
        self.seqs[-1].append(item)

    @contextmanager
    def capture(self) -> Iterator[list[prog.Item]]:
        items: list[prog.Item] = []
        self.seqs.append(items)
        try:
            yield items
        finally:
            self.seqs.pop()

    def captured(self, action: Callable[[], None]) -> prog.Seq:
        with self.capture() as items:
            action()
        return prog.Seq(items)

    # ---- the walks (statements.py, expressions.py) ----------------------------------
    def block(self, node: TsNode | None) -> None:
        raise NotImplementedError

    def statement(self, stmt: TsNode) -> None:
        raise NotImplementedError

    def expr(self, node: TsNode | None) -> None:
        raise NotImplementedError
