"""Findings as LSP diagnostics."""

from __future__ import annotations

from lsprotocol import types

from wac_lint.docs import rule_url
from wac_lint.lsp.diagnostic_json import SOURCE, Units, related_locations
from wac_lint.lsp.positions import LineIndex
from wac_lint.rule import ERROR, INFO, WARNING, Finding, Related

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
    a file URI, and a range in the negotiated encoding."""
    if not related:
        return None
    return [
        types.DiagnosticRelatedInformation(
            location=types.Location(uri=uri, range=to_range(where)), message=message
        )
        for uri, where, message in related_locations(related, encoding)
    ]


def to_range(units: Units) -> types.Range:
    (line, character), (end_line, end_character) = units
    return types.Range(
        start=types.Position(line=line, character=character),
        end=types.Position(line=end_line, character=end_character),
    )


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
