"""Turn the model of one workflow into nodes and control edges.

The builder walks the workflow function's statements in order. Durable
operations come from the model (`model.durable_calls`, looked up by their
tree-sitter call node); the structure around them (branches, loops, try
blocks, switch/match, parallel blocks, returns) is read from the tree. A
compound statement holding no durable call and no return/raise is not drawn.

Alongside the graph it records the program of key allocations that
`program.assign_keys` interprets.
"""

from __future__ import annotations

from wac_lint.graph import program as prog
from wac_lint.graph.expressions import ExpressionBuilder
from wac_lint.graph.positions import (
    end_position,
    node_key,
    position,
)
from wac_lint.graph.statements import StatementBuilder


class GraphBuilder(StatementBuilder, ExpressionBuilder):
    def build(self) -> prog.Seq:
        body = self.function.body
        assert body is not None
        if body.type in self.syn.blocks:
            self.block(body)
            if self.frontier:
                self.add_node(
                    "Return", end_position(self.model, body), label="return", implicit=True
                )
        else:  # an expression-bodied arrow returns its expression
            self.expr(body)
            self.add_node("Return", position(self.model, body), label="return", implicit=True)
        self.frontier = []
        self.detached()
        return prog.Seq(self.seqs[0])

    # ---- leftovers -----------------------------------------------------------------
    def detached(self) -> None:
        """Durable calls the walk never reached (in functions nothing calls).

        They are drawn without edges, and allocate nothing: they never run.
        """
        drawn = {id(call) for call in self.emitted}
        drawn_nodes: set[tuple[int, int, str]] | None = None  # another call at a drawn node
        for call in self.calls:
            if id(call) in drawn or call.kind in ("gather", "parallel"):
                continue
            if drawn_nodes is None:
                drawn_nodes = {node_key(c.node) for c in self.emitted}
            if node_key(call.node) in drawn_nodes:
                continue
            self.frontier = []
            with self.capture():
                node = self.durable_node(call)
            node.fields["detached"] = True
            self.frontier = []
        self.frontier = []
