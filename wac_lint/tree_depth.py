"""How deep a parse tree may nest before it is analysed.

tree-sitter's query cursor keeps the depth a match starts at in 16 bits: on a
tree deeper than 65,535 levels every query run from the root silently misses
the nodes below that depth, and once that many captures are pending at once it
slows down sharply (40,000 nested calls: 10 s per query, against 0.03 s at
30,000). The analysis reads the tree through such queries, so a deeper tree is
refused ("nested too deeply to analyse", as for Python's recursion limit)
rather than analysed wrongly and slowly. Measured with py-tree-sitter 0.25.
"""

from __future__ import annotations

import tree_sitter

from wac_lint.bounded import Unanalysable

MAX_DEPTH = 65_000

# A subtree of n bytes nests at most about n levels below its root: a level needs
# a token of its own (`-`, `(`, `await`, `lambda:`). Twice that plus a margin
# bounds it safely, so only subtrees big enough to reach the limit are entered
# (a few thousand nodes of a 5,000-line script, not all of them).
_LEVELS_PER_BYTE = 2
_MARGIN = 64


class TreeTooDeep(Unanalysable):
    """The parse tree nests deeper than tree-sitter's queries can follow."""


def check_depth(tree: tree_sitter.Tree) -> tree_sitter.Tree:
    """`tree`, unless it nests deeper than `MAX_DEPTH` (TreeTooDeep)."""
    stack = [(tree.root_node, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise TreeTooDeep(f"the parse tree nests more than {MAX_DEPTH:,} levels deep")
        if depth + _LEVELS_PER_BYTE * (node.end_byte - node.start_byte) + _MARGIN <= MAX_DEPTH:
            continue
        below = depth + 1
        stack.extend([(child, below) for child in node.children])
    return tree
