"""Paths in a tree: a node's ancestors in time linear in its depth, and the name an
attribute chain starts from.

tree-sitter nodes keep no parent pointer: `Node.parent` searches down from the
root, so it costs the node's depth, and climbing to the root with it costs the
depth squared (35,000 nested unary minuses around an approval: 110 s of
`check`). Descending once from the root with a cursor finds every ancestor.
"""

from __future__ import annotations

import tree_sitter

Node = tree_sitter.Node

# a member read in either grammar: Python's `a.b`, TypeScript's `a.b`
MEMBER_READS = ("attribute", "member_expression")


def chain_root(node: Node | None) -> Node | None:
    """The identifier an attribute chain starts from (`mail` of `mail.smtp.send`, `x`
    of `x`); None when it starts from anything else (a call, a subscript, `this`)."""
    while node is not None and node.type in MEMBER_READS:
        node = node.child_by_field_name("object")
    return node if node is not None and node.type == "identifier" else None


def ancestors(root: Node, node: Node) -> list[Node]:
    """`node`'s ancestors below and including `root`, innermost first (empty when
    `node` is `root`; `node` must be in `root`'s tree)."""
    path = _descend(root, node)
    if path is None:  # a zero-width node, or one outside `root`: climb instead
        path = []
        parent = node.parent
        while parent is not None:
            path.append(parent)
            if parent.id == root.id:
                break
            parent = parent.parent
        return path
    path.reverse()
    return path


def _descend(root: Node, node: Node) -> list[Node] | None:
    """The nodes from `root` down to `node`'s parent, outermost first."""
    if node.end_byte <= node.start_byte:
        return None
    target = node.start_byte
    cursor = root.walk()
    path: list[Node] = []
    while True:
        current = cursor.node
        if current is None:
            return None
        if current.id == node.id:
            return path
        if not (current.start_byte <= target < current.end_byte):
            return None
        path.append(current)
        if cursor.goto_first_child_for_byte(target) is None:
            return None


class AncestorWalk:
    """`ancestors` for many nodes of one tree asked in the order a walk meets them:
    each descent starts from the deepest ancestor the previous node shares with this
    one, so a run of nested calls (`f(f(f(...)))`, each asked about in turn) costs
    the tree's size, not its depth at every call (3,000 nested calls: 16 s)."""

    def __init__(self, root: Node) -> None:
        self.root = root
        self.path: list[Node] = []  # the last answer, outermost first
        # `parent` by node id (unique within one tree): rules ask about the same
        # call or name again and again, and each question is a descent
        self._parents: dict[int, Node | None] = {}

    def ancestors(self, node: Node) -> list[Node]:
        """`ancestors(root, node)`: innermost first."""
        return self._to(node)[::-1]

    def nearest(self, node: Node, count: int) -> list[Node]:
        """The first `count` of `ancestors(node)`, innermost first, without copying the
        rest of the path."""
        path = self._to(node)
        return path[: -count - 1 : -1] if count > 0 else []

    def parent(self, node: Node) -> Node | None:
        """`node.parent` (None for the root, or a node outside its tree)."""
        key = node.id
        if key in self._parents:
            return self._parents[key]
        path = self._to(node)
        parent = path[-1] if path else None
        self._parents[key] = parent
        return parent

    def node_at(self, start: int, end: int) -> Node | None:
        """`root.descendant_for_byte_range(start, end)`, asked of the deepest node of
        the last path that spans the range: from the root it costs the depth (a
        name at every level of 6,000 nested calls)."""
        path = self.path
        keep = len(path)
        while keep > 0 and not (
            path[keep - 1].start_byte <= start and end <= path[keep - 1].end_byte
        ):
            keep -= 1
        base = path[keep - 1] if keep else self.root
        found = base.descendant_for_byte_range(start, end)
        if found is not None and found.id != self.root.id:
            self._to(found)  # the path to it, for the next question
        return found

    def _to(self, node: Node) -> list[Node]:
        """The ancestors of `node`, outermost first (kept: do not change it)."""
        path = self.path
        keep = len(path)
        while keep > 0 and not _holds(path[keep - 1], node):
            keep -= 1
        start = path[keep - 1] if keep else self.root
        below = _descend(start, node)
        if below is None:  # a zero-width node: climb (and forget the shared path)
            self.path = []
            return ancestors(self.root, node)[::-1]
        # `below` starts with `start` itself, already the last of the kept ones
        if keep:
            del path[keep - 1 :]
            path.extend(below)
        else:
            self.path = path = below
        return path


def _holds(outer: Node, node: Node) -> bool:
    return (
        outer.start_byte <= node.start_byte
        and node.end_byte <= outer.end_byte
        and outer.id != node.id
    )
