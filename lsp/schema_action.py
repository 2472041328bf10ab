"""The "Regenerate .script.yaml" quick fix, for the findings of rules that declare
`FileAction.REGENERATE_METADATA` (the stale-metadata rule).

The edit writes exactly what `wac-lint schema` writes for the script (the
`wac_lint.schema` library renders it), computed from the editor's text of the
script, not the file on disk, so that it matches what the user sees. It creates
the metadata file when there is none (when the client can create files) and
otherwise replaces its whole content.
"""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from wac_lint.lsp.analysis import Analysis, document_path
from wac_lint.lsp.positions import LineIndex
from wac_lint.parsing import parse
from wac_lint.registry import rule_by_code
from wac_lint.rule import FileAction, Finding
from wac_lint.source import SourceFile

TITLE = "Regenerate .script.yaml"


class Unavailable(Exception):
    """wmill itself could not produce the metadata; the message says why."""


def expected_metadata(script: Path, analysis: Analysis) -> tuple[Path, str | None, str]:
    """(metadata path, its current text or None, what `wac-lint schema` would write)."""
    # Imported here: only a stale-metadata finding needs the schema library.
    from wac_lint.schema.files import SchemaError, expected_for_source

    assert analysis.source is not None and analysis.model is not None
    source, tree = analysis.source, analysis.model.tree
    if source.text.startswith("\ufeff"):
        # wmill reads scripts without their byte order mark (as `read_source` strips it).
        source = SourceFile(source.path, source.text[1:], source.language)
        tree = parse(source)
    try:
        # The file-level logic `wac-lint schema` and WAC901 share.
        expected = expected_for_source(script, source, tree)
    except SchemaError as exc:
        raise Unavailable(str(exc)) from exc
    return expected.metadata, expected.current, expected.expected


def file_actions(analysis: Analysis, code: str) -> tuple[FileAction, ...]:
    """What the rule that reported `code` says resolves its findings."""
    rule = next((r for r in analysis.rules if r.code == code), None) or rule_by_code(code)
    return rule.file_actions if rule is not None else ()


def can_create_files(capabilities: types.ClientCapabilities | None) -> bool:
    workspace = capabilities.workspace if capabilities else None
    edit = workspace.workspace_edit if workspace else None
    return bool(
        edit
        and edit.document_changes
        and edit.resource_operations
        and types.ResourceOperationKind.Create in edit.resource_operations
    )


def regenerate_action(
    analysis: Analysis,
    finding: Finding,
    diagnostic: types.Diagnostic,
    capabilities: types.ClientCapabilities | None,
) -> types.CodeAction | None:
    if analysis.source is None or analysis.lines is None:
        return None
    if FileAction.REGENERATE_METADATA not in file_actions(analysis, finding.code):
        return None
    path = document_path(analysis.uri)
    if path is None:  # an untitled script has no metadata file
        return None
    try:
        target, existing, text = expected_metadata(Path(path), analysis)
    except Unavailable as exc:
        # Windmill itself could not generate it either: say why instead of hiding it.
        return types.CodeAction(
            title=TITLE,
            kind=types.CodeActionKind.QuickFix,
            diagnostics=[diagnostic],
            disabled=types.CodeActionDisabled(reason=str(exc)),
        )
    if text == existing:
        return None
    if existing is None and not can_create_files(capabilities):
        return None
    uri = target.as_uri()
    document = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=None)
    if existing is None:
        start = types.Position(line=0, character=0)
        edit = types.WorkspaceEdit(
            document_changes=[
                types.CreateFile(uri=uri, options=types.CreateFileOptions(ignore_if_exists=True)),
                types.TextDocumentEdit(
                    text_document=document,
                    edits=[
                        types.TextEdit(range=types.Range(start=start, end=start), new_text=text)
                    ],
                ),
            ]
        )
    else:
        lines = LineIndex(existing, analysis.lines.encoding)
        whole = types.Range(
            start=types.Position(line=0, character=0),
            end=lines.position(len(lines.lines) - 1, len(lines.lines[-1])),
        )
        replace = types.TextEdit(range=whole, new_text=text)
        workspace = capabilities.workspace if capabilities else None
        edit_caps = workspace.workspace_edit if workspace else None
        edit = (
            types.WorkspaceEdit(
                document_changes=[types.TextDocumentEdit(text_document=document, edits=[replace])]
            )
            if edit_caps and edit_caps.document_changes
            else types.WorkspaceEdit(changes={uri: [replace]})
        )
    return types.CodeAction(
        title=TITLE, kind=types.CodeActionKind.QuickFix, diagnostics=[diagnostic], edit=edit
    )
