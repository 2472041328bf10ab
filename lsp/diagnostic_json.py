"""Findings as the JSON of LSP diagnostics, without lsprotocol.

`lsp/early.py` publishes the first document's diagnostics before pygls and
lsprotocol are loaded, so it cannot build `types.Diagnostic`; this writes the
same JSON that pygls writes for `diagnostics.to_diagnostic` (a test compares
the two on the corpus). The related locations are computed here for both.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from wac_lint.docs import rule_url
from wac_lint.lsp.positions import LineIndex
from wac_lint.rule import ERROR, INFO, WARNING, Finding, Related

SOURCE = "wac-lint"
# LSP's DiagnosticSeverity numbers.
SEVERITY_NUMBERS = {ERROR: 1, WARNING: 2, INFO: 3}
DEFAULT_SEVERITY = 2

Units = tuple[tuple[int, int], tuple[int, int]]  # ((line, character), (line, character))


def finding_units(lines: LineIndex, row: int, column: int, end_row: int, end_column: int) -> Units:
    """An LSP range for 1-based rows and 1-based character columns."""
    return lines.units(row - 1, column - 1), lines.units(end_row - 1, end_column - 1)


def related_locations(related: tuple[Related, ...], encoding: str) -> list[tuple[str, Units, str]]:
    """(file URI, range, message) per related location. The file is read for its
    lines (unreadable now: its columns are taken as they are)."""
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
            where = ((r.row - 1, r.column - 1), (r.end_row - 1, r.end_column - 1))
        else:
            where = finding_units(lines, r.row, r.column, r.end_row, r.end_column)
        out.append((Path(r.filename).resolve().as_uri(), where, r.message))
    return out


def range_json(units: Units) -> dict[str, Any]:
    (line, character), (end_line, end_character) = units
    return {
        "start": {"line": line, "character": character},
        "end": {"line": end_line, "character": end_character},
    }


def diagnostic_json(finding: Finding, lines: LineIndex) -> dict[str, Any]:
    out: dict[str, Any] = {
        "range": range_json(
            finding_units(lines, finding.row, finding.column, finding.end_row, finding.end_column)
        ),
        "message": finding.message,
        "severity": SEVERITY_NUMBERS.get(finding.severity, DEFAULT_SEVERITY),
        "code": finding.code,
        "codeDescription": {"href": rule_url(finding.code)},
        "source": SOURCE,
    }
    if finding.related:
        out["relatedInformation"] = [
            {"location": {"uri": uri, "range": range_json(where)}, "message": message}
            for uri, where, message in related_locations(finding.related, lines.encoding)
        ]
    return out
