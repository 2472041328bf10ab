"""Quick fixes for flow documents (`flow.yaml`): a suppression comment per finding.

A YAML comment may not go inside a block scalar (`expr: |`, `content: |`),
where it would become part of the value; a finding there gets no action.
"""

from __future__ import annotations

from lsprotocol import types

from wac_lint.flows import build_flow_model
from wac_lint.flows.comments import yaml_comments
from wac_lint.flows.yaml_tree import YNode, last_row
from wac_lint.lsp.analysis import Analysis
from wac_lint.lsp.diagnostics import to_diagnostic
from wac_lint.lsp.positions import LineIndex
from wac_lint.rule import Finding
from wac_lint.source import SourceFile
from wac_lint.suppression import IGNORE


def flow_actions(
    analysis: Analysis,
    findings: list[Finding],
    capabilities: types.ClientCapabilities | None,
) -> list[types.CodeAction]:
    from wac_lint.lsp.code_actions import workspace_edit

    source, lines = analysis.source, analysis.lines
    if source is None or lines is None:
        return []
    model = build_flow_model(source)
    inside = multiline_rows(model.root) if model.root is not None else set()
    comments = {row: (column, text) for row, column, text in yaml_comments(model)}
    result: list[types.CodeAction] = []
    done: set[tuple[int, str]] = set()
    for finding in findings:
        row = finding.row - 1
        if row in inside or (row, finding.code) in done:
            continue
        done.add((row, finding.code))
        edit = suppression_edit(lines.line(row), row, finding.code, comments.get(row), lines)
        if edit is None:
            continue
        result.append(
            types.CodeAction(
                title=f"Suppress {finding.code} on this line",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[to_diagnostic(finding, lines)],
                edit=workspace_edit(analysis, [edit], capabilities),
            )
        )
    return result


def suppression_edit(
    line: str,
    row: int,
    code: str,
    comment: tuple[int, str] | None,
    lines: LineIndex,
) -> types.TextEdit | None:
    content = line.rstrip()
    if comment is None:
        return types.TextEdit(
            range=types.Range(
                start=lines.position(row, len(content)), end=lines.position(row, len(line))
            ),
            new_text=f"  # wac-lint: ignore[{code}]",
        )
    column = len(line.encode("utf-8")[: comment[0]].decode("utf-8", "replace"))
    match = IGNORE.search(comment[1])
    if match is not None and match.group("codes") is not None:
        end = column + match.end("codes")
        return types.TextEdit(
            range=types.Range(start=lines.position(row, end), end=lines.position(row, end)),
            new_text=f", {code}",
        )
    if match is not None:
        return None  # `ignore` without codes already covers every rule
    indent = line[: len(line) - len(line.lstrip())]
    start = lines.position(row, 0)
    return types.TextEdit(
        range=types.Range(start=start, end=start),
        new_text=f"{indent}# wac-lint: ignore[{code}]\n",
    )


def multiline_rows(root: YNode) -> set[int]:
    """Rows after the first of every scalar that spans several lines."""
    rows: set[int] = set()
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if node.is_scalar:
            last = last_row(node)
            if last > node.start[0]:
                # after `key: |` a comment is allowed; inside a quoted or plain value not
                first = node.start[0] + 1 if node.style in ("|", ">") else node.start[0]
                rows.update(range(first, last + 1))
        elif node.is_map:
            for key, value in node.pairs:
                stack.extend((key, value))
        else:
            stack.extend(node.items)
    return rows


def comment_at(source: SourceFile, row: int, char: int) -> tuple[str, int] | None:
    """The YAML comment under the cursor, and the cursor's offset into it."""
    model = build_flow_model(source)
    for comment_row, column, text in yaml_comments(model):
        if comment_row != row:
            continue
        line = source.line_bytes(row)
        start = len(line[:column].decode("utf-8", "replace"))
        if start <= char <= start + len(text):
            return text, char - start
    return None
