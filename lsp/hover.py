"""Hover on a rule code inside a suppression comment: the rule's documentation.

`# wac-lint: ignore[WAC101]` says nothing about what it silences; hovering the
code shows the rule, so a reader can judge whether the suppression is right.
Only codes inside a real comment's suppression list count (`ignore[...]`,
`ignore-file[...]`, `noqa: ...`), not a code mentioned in a string.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lsprotocol import types

from wac_lint.lsp.analysis import Analysis
from wac_lint.lsp.code_actions import node_at
from wac_lint.lsp.diagnostics import docs_url
from wac_lint.lsp.positions import LineIndex
from wac_lint.registry import rule_by_code
from wac_lint.rule import Rule
from wac_lint.source import LANG_FLOW
from wac_lint.suppression import IGNORE, IGNORE_FILE, NOQA

if TYPE_CHECKING:
    from wac_lint.lsp.server import WacLintServer

CODE = re.compile(r"[A-Za-z]+[0-9]+")


def register(server: WacLintServer) -> None:
    server.feature(types.TEXT_DOCUMENT_HOVER)(on_hover)


async def on_hover(ls: WacLintServer, params: types.HoverParams) -> types.Hover | None:
    analysis = await ls.analysis_for(params.text_document.uri)
    if analysis is None:
        return None
    return hover(analysis, params.position, ls.client_capabilities)


def hover(
    analysis: Analysis,
    position: types.Position,
    capabilities: types.ClientCapabilities | None = None,
) -> types.Hover | None:
    model, lines = analysis.model, analysis.lines
    source = analysis.source
    if source is not None and source.language == LANG_FLOW and lines is not None:
        from wac_lint.lsp.flow_actions import comment_at

        row, char = lines.char_position(position)
        found = comment_at(source, row, char)
        if found is None:
            return None
        return code_hover(found[0], found[1], [IGNORE, IGNORE_FILE], row, char, lines, capabilities)
    if model is None or lines is None:
        return None
    row, char = lines.char_position(position)
    node = node_at(model, row, model.source.byte_column_from_char(row, char))
    if node.type != "comment":
        return None
    comment = model.text(node)
    # The cursor as a character offset into the comment's text.
    start_row, start_byte = node.start_point
    start_char = model.source.char_column(start_row, start_byte)
    if row == start_row:
        offset = char - start_char
    else:  # a block comment: count the rows before the cursor's
        before = comment.split("\n")[: row - start_row]
        offset = sum(len(part) + 1 for part in before) + char
    patterns = [IGNORE, IGNORE_FILE] + ([NOQA] if model.lang.noqa else [])
    return code_hover(comment, offset, patterns, row, char, lines, capabilities)


def code_hover(
    comment: str,
    offset: int,
    patterns: list[re.Pattern[str]],
    row: int,
    char: int,
    lines: LineIndex,
    capabilities: types.ClientCapabilities | None,
) -> types.Hover | None:
    """The documentation of the rule code under `offset` in a suppression comment."""
    for pattern in patterns:
        for match in pattern.finditer(comment):
            if match.group("codes") is None:
                continue
            if not match.start("codes") <= offset <= match.end("codes"):
                continue
            for token in CODE.finditer(match.group("codes")):
                begin = match.start("codes") + token.start()
                end = match.start("codes") + token.end()
                rule = rule_by_code(token.group())
                if begin <= offset <= end and rule is not None:
                    return types.Hover(
                        contents=rule_docs(rule, markdown(capabilities)),
                        range=types.Range(
                            start=lines.position(row, char - (offset - begin)),
                            end=lines.position(row, char + (end - offset)),
                        ),
                    )
    return None


def markdown(capabilities: types.ClientCapabilities | None) -> bool:
    document = capabilities.text_document if capabilities else None
    formats = document.hover.content_format if document and document.hover else None
    # A client that states no preference gets Markdown, which reads fine as text.
    return not formats or types.MarkupKind.Markdown in formats


def rule_docs(rule: type[Rule], as_markdown: bool) -> types.MarkupContent:
    url = docs_url(rule.code)
    if as_markdown:
        text = (
            f"**{rule.code}** `{rule.name}` ({rule.severity})\n\n{rule.summary}\n\n"
            f"{rule.docs.strip()}\n\n[Documentation]({url})"
        )
        return types.MarkupContent(kind=types.MarkupKind.Markdown, value=text)
    text = (
        f"{rule.code} {rule.name} ({rule.severity})\n\n{rule.summary}\n\n"
        f"{rule.docs.strip()}\n\n{url}"
    )
    return types.MarkupContent(kind=types.MarkupKind.PlainText, value=text)
