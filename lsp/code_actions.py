"""Quick fixes: the rule's own fix, "Regenerate .script.yaml" for stale metadata
(`schema_action`), and "Suppress WACxxx on this line".

The suppression comment goes at the end of the finding's first line (as
`# noqa` does), merged into a `wac-lint: ignore[...]` already there. Where the
end of that line is inside a multi-line string, or after a Python `\\`
continuation, a comment there would change the code, so the comment goes alone
on a new line above instead (which the suppression syntax also honours); when
neither place is safe, no suppression is offered.
"""

from __future__ import annotations

import asyncio
from functools import partial
from typing import TYPE_CHECKING

import tree_sitter
from lsprotocol import types

from wac_lint.fixes import line_ending, with_line_ending
from wac_lint.lsp.analysis import Analysis
from wac_lint.lsp.diagnostic_json import SOURCE
from wac_lint.lsp.diagnostics import finding_range, to_diagnostic
from wac_lint.lsp.positions import LineIndex
from wac_lint.lsp.schema_action import regenerate_action
from wac_lint.model import ScriptModel
from wac_lint.rule import Finding, Fix
from wac_lint.source import LANG_FLOW
from wac_lint.suppression import IGNORE

if TYPE_CHECKING:
    from wac_lint.lsp.server import WacLintServer

# Nodes whose text spans lines verbatim: a comment inserted inside one is text.
VERBATIM = {"string", "template_string", "string_content", "string_fragment", "comment"}
KINDS = [
    types.CodeActionKind.QuickFix,
    types.CodeActionKind.SourceFixAll,
    types.CodeActionKind.SourceFixAll.value + ".wac-lint",
]


def register(server: WacLintServer) -> None:
    server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=KINDS, resolve_provider=True),
    )(code_action)


async def code_action(
    ls: WacLintServer, params: types.CodeActionParams
) -> list[types.CodeAction] | None:
    analysis = await ls.analysis_for(params.text_document.uri)
    if analysis is None:
        return None
    # Off the loop: fixing re-analyses, and regenerating metadata reads files.
    job = partial(all_actions, analysis, params, ls.client_capabilities, ls.options.fix_all)
    return await asyncio.get_running_loop().run_in_executor(ls.executor, job)


def all_actions(
    analysis: Analysis,
    params: types.CodeActionParams,
    capabilities: types.ClientCapabilities | None,
    fix_all_enabled: bool = True,
) -> list[types.CodeAction]:
    from wac_lint.lsp import fix_all

    result = actions(analysis, params, capabilities)
    if fix_all_enabled and analysis.lines is not None:
        result.extend(fix_all.source_actions(analysis, params, capabilities))
    return result


def actions(
    analysis: Analysis,
    params: types.CodeActionParams,
    capabilities: types.ClientCapabilities | None = None,
) -> list[types.CodeAction]:
    from wac_lint.lsp.fix_all import deferred, rule_actions

    only = params.context.only
    # Every action here is a quick fix: a client asking only for, say, refactorings
    # gets none (`only` holds kinds and their prefixes).
    if only and not any(types.CodeActionKind.QuickFix.startswith(kind) for kind in only):
        return []
    if analysis.source is not None and analysis.source.language == LANG_FLOW:
        from wac_lint.lsp.flow_actions import flow_actions

        return flow_actions(analysis, relevant_findings(analysis, params), capabilities)
    if analysis.lines is None or analysis.model is None:
        return []
    lines = analysis.lines
    result: list[types.CodeAction] = []
    suppressed: set[tuple[int, str]] = set()
    findings = relevant_findings(analysis, params)
    for finding in findings:
        diagnostic = to_diagnostic(finding, lines)
        if finding.fix is not None:
            result.append(fix_action(analysis, finding.fix, diagnostic, capabilities))
        if (
            regenerate := regenerate_action(analysis, finding, diagnostic, capabilities)
        ) is not None:
            result.append(regenerate)
        if (finding.row, finding.code) not in suppressed:
            suppressed.add((finding.row, finding.code))
            action = suppress_action(analysis, finding, diagnostic, capabilities)
            if action is not None:
                result.append(action)
    result.extend(rule_actions(analysis, findings, capabilities, deferred(params, capabilities)))
    return result


def relevant_findings(analysis: Analysis, params: types.CodeActionParams) -> list[Finding]:
    """The findings the client asks about.

    The client names them (`context.diagnostics`); match those by code and range.
    A client that names none, or names diagnostics of an older version, gets the
    findings touching the requested range.
    """
    assert analysis.lines is not None
    lines = analysis.lines
    ours = [d for d in params.context.diagnostics if d.source == SOURCE]
    if ours:
        wanted = {(str(d.code), range_key(d.range)) for d in ours}
        matched = [
            f for f in analysis.findings if (f.code, range_key(finding_range(f, lines))) in wanted
        ]
        if matched:
            return matched
    return [f for f in analysis.findings if overlaps(finding_range(f, lines), params.range)]


def range_key(r: types.Range) -> tuple[int, int, int, int]:
    return (r.start.line, r.start.character, r.end.line, r.end.character)


def overlaps(a: types.Range, b: types.Range) -> bool:
    a_start, a_end = (a.start.line, a.start.character), (a.end.line, a.end.character)
    b_start, b_end = (b.start.line, b.start.character), (b.end.line, b.end.character)
    return a_start <= b_end and b_start <= a_end


def workspace_edit(
    analysis: Analysis,
    edits: list[types.TextEdit],
    capabilities: types.ClientCapabilities | None,
) -> types.WorkspaceEdit:
    """Edits to one document; versioned when the client accepts `documentChanges`,
    so that an edit computed for an older version is refused rather than misapplied."""
    workspace = capabilities.workspace if capabilities else None
    edit_caps = workspace.workspace_edit if workspace else None
    if edit_caps and edit_caps.document_changes:
        document = types.OptionalVersionedTextDocumentIdentifier(
            uri=analysis.uri, version=analysis.version
        )
        return types.WorkspaceEdit(
            document_changes=[types.TextDocumentEdit(text_document=document, edits=edits)]
        )
    return types.WorkspaceEdit(changes={analysis.uri: edits})


def fix_action(
    analysis: Analysis,
    fix: Fix,
    diagnostic: types.Diagnostic,
    capabilities: types.ClientCapabilities | None,
) -> types.CodeAction:
    assert analysis.lines is not None
    lines = analysis.lines
    # Inserted lines end as the document's lines do (CRLF, CR), as with --fix.
    newline = line_ending(analysis.source.text) if analysis.source is not None else "\n"
    edits = [
        types.TextEdit(
            range=lines.finding_range(e.row, e.column, e.end_row, e.end_column),
            new_text=with_line_ending(e.content, newline),
        )
        for e in fix.edits
    ]
    return types.CodeAction(
        title=f"{diagnostic.code}: {fix.message}",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        # Only a safe fix may be applied without a look (e.g. "fix all" on save).
        is_preferred=fix.applicability == "safe",
        edit=workspace_edit(analysis, edits, capabilities),
    )


def suppress_action(
    analysis: Analysis,
    finding: Finding,
    diagnostic: types.Diagnostic,
    capabilities: types.ClientCapabilities | None,
) -> types.CodeAction | None:
    edit = suppression_edit(analysis, finding)
    if edit is None:
        return None
    return types.CodeAction(
        title=f"Suppress {finding.code} on this line",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        edit=workspace_edit(analysis, [edit], capabilities),
    )


def suppression_edit(analysis: Analysis, finding: Finding) -> types.TextEdit | None:
    model, lines = analysis.model, analysis.lines
    assert model is not None and lines is not None
    row = min(finding.row - 1, len(lines.lines) - 1)
    marker = model.lang.line_comment
    code = finding.code

    trailing = trailing_comment(model, row)
    if trailing is not None and (edit := extend_ignore(model, lines, trailing, code)):
        return edit
    line = lines.line(row)
    content = line.rstrip()
    if content and not ends_verbatim(model, row) and not content.endswith("\\"):
        return types.TextEdit(
            range=types.Range(
                start=lines.position(row, len(content)), end=lines.position(row, len(line))
            ),
            new_text=f"  {marker} wac-lint: ignore[{code}]",
        )
    # Alone on the line above, which covers the next line; merged into one that is
    # already there.
    if row > 0:
        above = standalone_comment(model, row - 1)
        if above is not None and (edit := extend_ignore(model, lines, above, code)):
            return edit
    if starts_verbatim(model, row):
        return None
    indent = line[: len(line) - len(line.lstrip())]
    start = lines.position(row, 0)
    return types.TextEdit(
        range=types.Range(start=start, end=start),
        new_text=f"{indent}{marker} wac-lint: ignore[{code}]\n",
    )


def node_at(model: ScriptModel, row: int, byte_col: int) -> tree_sitter.Node:
    point = (row, byte_col)
    node = model.tree.root_node.descendant_for_point_range(point, point)
    return node if node is not None else model.tree.root_node


def last_byte(model: ScriptModel, row: int) -> int | None:
    """Byte column of the last non-blank character of a row, if any."""
    data = model.source.line_bytes(row).rstrip()
    return len(data) - 1 if data else None


def trailing_comment(model: ScriptModel, row: int) -> tree_sitter.Node | None:
    """The comment that ends a row, starting on that row."""
    col = last_byte(model, row)
    if col is None:
        return None
    node = node_at(model, row, col)
    if node.type == "comment" and node.start_point[0] == row:
        return node
    return None


def standalone_comment(model: ScriptModel, row: int) -> tree_sitter.Node | None:
    """The comment that fills a row on its own."""
    node = trailing_comment(model, row)
    if node is None:
        return None
    before = model.source.line_bytes(row)[: node.start_point[1]]
    return node if not before.strip() else None


def ends_verbatim(model: ScriptModel, row: int) -> bool:
    """Whether the row ends inside a string or comment that goes on to the next row."""
    col = last_byte(model, row)
    if col is None:
        return False
    node: tree_sitter.Node | None = node_at(model, row, col)
    while node is not None:
        if node.type in VERBATIM and node.end_point[0] > row:
            return True
        node = node.parent
    return False


def starts_verbatim(model: ScriptModel, row: int) -> bool:
    """Whether the row begins inside a string or comment that began on an earlier row."""
    node: tree_sitter.Node | None = node_at(model, row, 0)
    while node is not None:
        if node.type in VERBATIM and node.start_point[0] < row:
            return True
        node = node.parent
    return False


def extend_ignore(
    model: ScriptModel, lines: LineIndex, comment: tree_sitter.Node, code: str
) -> types.TextEdit | None:
    """Add `code` to the `wac-lint: ignore[...]` of a comment, if it has one."""
    text = model.text(comment)
    match = IGNORE.search(text)
    if match is None or match.group("codes") is None or "\n" in text[: match.end()]:
        return None
    # The comment's text starts at its node; find the `]` as a character column.
    row = comment.start_point[0]
    start_char = model.source.char_column(row, comment.start_point[1])
    close = start_char + match.end("codes")
    existing = match.group("codes").strip()
    addition = f", {code}" if existing else code
    position = lines.position(row, close)
    return types.TextEdit(range=types.Range(start=position, end=position), new_text=addition)
