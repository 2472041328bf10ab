"""GitHub Actions workflow commands: one annotation per finding."""

from __future__ import annotations

from wac_lint.report import Report
from wac_lint.terminal import printable

GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def github_escape_data(value: str) -> str:
    escaped = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return printable(escaped)  # the log is shown in a terminal-like view


def github_escape_property(value: str) -> str:
    return github_escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render_github(report: Report) -> str:
    """GitHub Actions workflow commands, one annotation per finding.

    GitHub only honours `col`/`endColumn` when the annotation starts and ends
    on the same line; for a multi-line range they are left out so the whole
    lines are highlighted instead of a misleading column span.
    """
    lines = []
    for f in report.findings:
        props = [f"file={github_escape_property(f.filename)}", f"line={f.row}"]
        if f.end_row == f.row:
            props += [f"col={f.column}", f"endLine={f.end_row}", f"endColumn={f.end_column}"]
        else:
            props += [f"endLine={f.end_row}"]
        props.append(f"title={github_escape_property(f.code)}")
        level = GITHUB_LEVEL.get(f.severity, "error")
        lines.append(f"::{level} {','.join(props)}::{github_escape_data(f.message)}")
    return "".join(line + "\n" for line in lines)
