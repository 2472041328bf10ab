"""Findings as LSP diagnostics."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from wac_lint.docs import rule_url
from wac_lint.lsp.positions import LineIndex
from wac_lint.rule import ERROR, INFO, WARNING, Finding, Related

SOURCE = "wac-lint"

SEVERITIES = {
    ERROR: types.DiagnosticSeverity.Error,
    WARNING: types.DiagnosticSeverity.Warning,
    INFO: types.DiagnosticSeverity.Information,
}


def docs_url(code: str) -> str:
    """The rule's section of the generated reference (`docs/rules.md#wac101`)."""
    return rule_url(code)


def finding_range(finding: Finding, lines: LineIndex) -> types.Range:
    return lines.finding_range(finding.row, finding.column, finding.end_row, finding.end_column)


def related_information(
    related: tuple[Related, ...], encoding: str
) -> list[types.DiagnosticRelatedInformation] | None:
    """Related locations (the helper's call, the target script) as LSP wants them:
    a file URI, and a range in the negotiated encoding, so the file is read for
    its lines (unreadable now: its columns are taken as they are)."""
    if not related:
        return None
    indexes: dict[str, LineIndex | None] = {}
    out = []
    for r in related:
        if r.filename not in indexes:
            try:
                text = Path(r.filename).read_text(encoding="utf-8", errors="replace")
            except OSError:
                indexes[r.filename] = None
            else:
                indexes[r.filename] = LineIndex(text, encoding)
        lines = indexes[r.filename]
        if lines is None:
            where = types.Range(
                start=types.Position(line=r.row - 1, character=r.column - 1),
                end=types.Position(line=r.end_row - 1, character=r.end_column - 1),
            )
        else:
            where = lines.finding_range(r.row, r.column, r.end_row, r.end_column)
        out.append(
            types.DiagnosticRelatedInformation(
                location=types.Location(uri=Path(r.filename).resolve().as_uri(), range=where),
                message=r.message,
            )
        )
    return out


def to_diagnostic(finding: Finding, lines: LineIndex) -> types.Diagnostic:
    return types.Diagnostic(
        range=finding_range(finding, lines),
        severity=SEVERITIES.get(finding.severity, types.DiagnosticSeverity.Warning),
        code=finding.code,
        code_description=types.CodeDescription(href=docs_url(finding.code)),
        source=SOURCE,
        message=finding.message,
        related_information=related_information(finding.related, lines.encoding),
    )


def to_diagnostics(findings: list[Finding], lines: LineIndex) -> list[types.Diagnostic]:
    return [to_diagnostic(f, lines) for f in findings]
