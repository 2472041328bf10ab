"""Positions of tree-sitter nodes as the graph reports them, and tree helpers."""

from __future__ import annotations

from collections.abc import Iterator

import tree_sitter

from wac_lint.graph.graph import Position
from wac_lint.model import ScriptModel
from wac_lint.source import SourceFile

TsNode = tree_sitter.Node


def walk(node: TsNode, stop: frozenset[str] = frozenset()) -> Iterator[TsNode]:
    """Pre-order, without recursion; does not enter nested nodes of `stop` types."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        if current is not node and current.type in stop:
            continue
        stack.extend(reversed(current.children))


Family = tuple[TsNode, "TsNode | None", "TsNode | None"]


def walk_with_parents(node: TsNode) -> Iterator[Family]:
    """`walk(node)` as (node, parent, grandparent): `Node.parent` costs the node's
    depth (tree-sitter searches down from the root), so deep code must not ask it
    at every node. Parents above `node` are None."""
    stack: list[Family] = [(node, None, None)]
    while stack:
        family = stack.pop()
        yield family
        current, parent, _ = family
        stack.extend((child, current, parent) for child in reversed(current.children))


def node_key(node: TsNode) -> tuple[int, int, str]:
    return (node.start_byte, node.end_byte, node.type)


def strip_parens(node: TsNode | None) -> TsNode | None:
    while (
        node is not None and node.type == "parenthesized_expression" and node.named_child_count == 1
    ):
        node = node.named_children[0]
    return node


def strip(text: str | None) -> str | None:
    if text is not None and text.startswith("(") and text.endswith(")"):
        return text[1:-1].strip()
    return text


# The last source asked about, and whether it is all ASCII (byte columns are then
# character columns). Kept by identity: one per graph, asked once per node.
_ascii: tuple[bytes, bool] = (b"", True)


def is_ascii(src: SourceFile) -> bool:
    global _ascii
    data = src.data
    if _ascii[0] is not data:
        _ascii = (data, data.isascii())
    return _ascii[1]


def position(model: ScriptModel, node: TsNode) -> Position:
    src = model.source
    (sr, sc), (er, ec) = node.start_point, node.end_point
    if is_ascii(src):  # tree-sitter's points lie within their lines
        return Position(sr + 1, sc + 1, er + 1, ec + 1)
    return Position(sr + 1, src.char_column(sr, sc) + 1, er + 1, src.char_column(er, ec) + 1)


def end_position(model: ScriptModel, node: TsNode) -> Position:
    src = model.source
    er, ec = node.end_point
    col = src.char_column(er, ec) + 1
    return Position(er + 1, col, er + 1, col)


def header_position(model: ScriptModel, start: TsNode, end: TsNode | None) -> Position:
    """From a compound statement's keyword to the end of its header."""
    src = model.source
    sr, sc = start.start_point
    if end is None:  # `try` / `do`: the keyword alone
        end_point = start.children[0].end_point if start.children else start.end_point
    else:
        end_point = end.end_point
    er, ec = end_point
    return Position(sr + 1, src.char_column(sr, sc) + 1, er + 1, src.char_column(er, ec) + 1)
