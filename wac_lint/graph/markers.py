"""Where the workflow body's local functions, exits and local calls are.

The builder asks, for every statement and expression it meets, whether it
holds something the graph draws. Walking each one's subtree from Python made
that the largest cost of `graph` on long bodies; here tree-sitter queries
find the few nodes that matter once, in C, and a question is a binary search.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

import tree_sitter

from wac_lint.graph.index import BodyIndex
from wac_lint.graph.syntax import Dialect
from wac_lint.queries import captures

TsNode = tree_sitter.Node
Span = tuple[int, int, str]  # start byte, end byte, node type


def pattern(types: list[str] | tuple[str, ...] | frozenset[str], name: str) -> str:
    return "[" + " ".join(f"({t})" for t in sorted(types)) + f"] @{name}"


def local_functions(
    syn: Dialect, definitions: list[TsNode], keep: Callable[[TsNode], bool]
) -> dict[str, TsNode]:
    """Functions defined anywhere in the body for which `keep` holds, by name
    (`definitions`: the body's nodes of the kinds `syn.definitions` names)."""
    found: dict[str, TsNode] = {}
    for node in sorted(definitions, key=lambda n: (n.start_byte, -n.end_byte)):
        local = syn.local_function(node)
        if local is not None and keep(local[1]):
            found[local[0]] = local[1]
    return found


class Markers:
    """Returns, raises and calls of local functions in `body`, each with the
    innermost function around it (None: the body's own)."""

    def __init__(self, lang: str, syn: Dialect, index: BodyIndex, local_names: set[str]) -> None:
        body = index.body
        self.body = (body.start_byte, body.end_byte)
        found = list(index.exits)
        if local_names:
            for call in captures(lang, pattern(syn.calls, "call"), body).get("call", []):
                callee = call.child_by_field_name("function")
                if callee is not None and syn.text(callee) in local_names:
                    found.append(call)
        functions = index.functions
        marks = sorted((n.start_byte, n.end_byte) for n in found)
        self.starts = [start for start, _ in marks]
        self.ends = [end for _, end in marks]
        self.owner = innermost_functions(marks, functions)

    def inside(self, node: TsNode) -> bool:
        """Whether `walk(node, functions)` meets a marker (it does not enter the
        functions nested in `node`)."""
        start, end = node.start_byte, node.end_byte
        i = bisect.bisect_left(self.starts, start)
        while i < len(self.starts) and self.starts[i] < end:
            if self.ends[i] <= end:
                fn = self.owner[i]
                if fn is None or fn[0] < start or fn[1] > end or fn == (start, end, node.type):
                    return True
            i += 1
        return False

    def covers(self, node: TsNode) -> bool:
        return self.body[0] <= node.start_byte and node.end_byte <= self.body[1]


def innermost_functions(marks: list[tuple[int, int]], functions: list[TsNode]) -> list[Span | None]:
    """For each mark (sorted by start), the innermost function holding it."""
    spans = sorted((f.start_byte, -f.end_byte, f.type) for f in functions)
    owner: list[Span | None] = []
    stack: list[Span] = []
    j = 0
    for start, end in marks:
        while j < len(spans) and spans[j][0] <= start:
            fn = (spans[j][0], -spans[j][1], spans[j][2])
            while stack and stack[-1][1] <= fn[0]:
                stack.pop()  # ended before this function starts
            stack.append(fn)
            j += 1
        while stack and stack[-1][1] < end:
            stack.pop()  # ended before this mark does
        owner.append(stack[-1] if stack else None)
    return owner
