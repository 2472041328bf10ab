"""Where a character of a YAML string value is in the document.

A finding about `results.x` inside `expr: results.x.y + 1` should underline
`results.x`, not the whole value. That is exact when the scalar's text is
written verbatim in the document (plain or quoted on one line, or a literal
block `|`); for folded or escaped strings we fall back to the whole scalar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wac_lint.source import SourceFile

if TYPE_CHECKING:
    from wac_lint.flows.yaml_tree import YNode

Position = tuple[int, int]  # 0-based line, character column


def locate(source: SourceFile, node: YNode, start: int, end: int) -> tuple[Position, Position]:
    """Document positions of `node.text[start:end]`, or the node's own span."""
    found = _single_line(source, node, start, end) or _literal_block(source, node, start, end)
    return found or (node.start, node.end)


def _single_line(
    source: SourceFile, node: YNode, start: int, end: int
) -> tuple[Position, Position] | None:
    if node.start[0] != node.end[0] or node.style not in (None, "'", '"'):
        return None
    line, column = node.start
    column += 1 if node.style else 0
    text = source.line_text(line)
    if text[column : column + len(node.text)] != node.text:
        return None  # escapes or quotes doubled: not verbatim
    return (line, column + start), (line, column + end)


def _literal_block(
    source: SourceFile, node: YNode, start: int, end: int
) -> tuple[Position, Position] | None:
    if node.style != "|":
        return None
    lines = node.text.split("\n")
    first = node.start[0] + 1
    indent: int | None = None
    for i, content in enumerate(lines):
        if content:
            doc = source.line_text(first + i)
            indent = len(doc) - len(content)
            if indent < 0 or doc[indent:] != content:
                return None
            break
    if indent is None:
        return None
    offset = 0
    starts: list[Position] = []
    for want in (start, end):
        offset = 0
        for i, content in enumerate(lines):
            if want <= offset + len(content):
                starts.append((first + i, indent + want - offset))
                break
            offset += len(content) + 1
        else:
            return None
    return starts[0], starts[1]
