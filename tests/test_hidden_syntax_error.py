"""A syntax error tree-sitter hides from `children` (a MISSING token) is still a
syntax error: WAC000 reports it and `--fix` leaves the file alone."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import SourceFile

HIDDEN = "from wmill import workflow as f W\n\n@workflow\nasync def main():\n    return 1\n"


def test_missing_token_is_reported_as_wac000() -> None:
    result = analyze_source(SourceFile("x.py", HIDDEN, "python"), select=["WAC000"])
    assert [(f.code, f.row) for f in result.findings] == [("WAC000", 1)]


def test_a_file_that_parses_has_no_wac000() -> None:
    clean = HIDDEN.replace(" as f W", "")
    result = analyze_source(SourceFile("x.py", clean, "python"), select=["WAC000"])
    assert result.findings == []
