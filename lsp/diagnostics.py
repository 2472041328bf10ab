"""Findings as LSP diagnostics."""

from __future__ import annotations

from lsprotocol import types

from wac_lint.docs import rule_url
from wac_lint.lsp.positions import LineIndex
from wac_lint.rule import ERROR, INFO, WARNING, Finding

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


def to_diagnostic(finding: Finding, lines: LineIndex) -> types.Diagnostic:
    return types.Diagnostic(
        range=finding_range(finding, lines),
        severity=SEVERITIES.get(finding.severity, types.DiagnosticSeverity.Warning),
        code=finding.code,
        code_description=types.CodeDescription(href=docs_url(finding.code)),
        source=SOURCE,
        message=finding.message,
    )


def to_diagnostics(findings: list[Finding], lines: LineIndex) -> list[types.Diagnostic]:
    return [to_diagnostic(f, lines) for f in findings]
