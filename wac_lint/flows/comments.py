"""The comments of a flow's YAML, for suppressions (`# wac-lint: ignore[WAC503]`).

Only real comments count: a `#` that starts the line or follows a space,
outside quotes, and not on a line of inline code held in a block scalar
(`content: |`), where `#` is the script's own comment.
"""

from __future__ import annotations

from collections.abc import Iterator

from wac_lint.flows.model import FlowModel
from wac_lint.flows.yaml_tree import last_row


def yaml_comments(model: FlowModel) -> Iterator[tuple[int, int, str]]:
    """(0-based row, byte column, text) of each comment."""
    code_lines: set[int] = set()
    for scalar in model.code_scalars:
        code_lines.update(range(scalar.start[0] + 1, last_row(scalar) + 1))
    for row, line in enumerate(model.source.text.split("\n")):
        if "#" not in line or row in code_lines:
            continue
        column = _comment_start(line)
        if column is not None:
            yield row, len(line[:column].encode("utf-8")), line[column:].rstrip("\r")


def _comment_start(line: str) -> int | None:
    quote: str | None = None
    for i, ch in enumerate(line):
        if quote is not None:
            if ch == quote:
                quote = None
            continue
        if ch in "'\"" and (i == 0 or line[i - 1] in " \t:[{,-"):
            quote = ch
        elif ch == "#" and (i == 0 or line[i - 1] in " \t"):
            return i
    return None
