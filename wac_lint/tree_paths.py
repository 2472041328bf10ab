"""A node's ancestors in time linear in its depth.

tree-sitter nodes keep no parent pointer: `Node.parent` searches down from the
root, so it costs the node's depth, and climbing to the root with it costs the
depth squared (35,000 nested unary minuses around an approval: 110 s of
`check`). Descending once from the root with a cursor finds every ancestor.
"""

from __future__ import annotations

import tree_sitter

Node = tree_sitter.Node


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
