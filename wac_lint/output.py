"""Rendering a check run for people (text, concise) and machines (json, github, ...).

Every format is a function `Report -> str`. The XML and SARIF renderers live in
`wac_lint.formats` and are imported only when chosen, so the common case
(text output in an editor or pre-commit) does not pay for them.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from wac_lint.rule import Edit, Finding, Fix, RuleError


@dataclass
class Report:
    findings: list[Finding]
    files_checked: int
    problems: list[str] = field(default_factory=list)  # files that could not be checked
    show_summary: bool = True
    statistics: bool = False
    files: list[str] = field(default_factory=list)  # names of the checked files, in order
    rule_errors: list[RuleError] = field(default_factory=list)


def finding_dict(f: Finding) -> dict[str, object]:
    return {
        "code": f.code,
        "name": f.name,
        "message": f.message,
        "severity": f.severity,
        "filename": f.filename,
        "location": {"row": f.row, "column": f.column},
        "end_location": {"row": f.end_row, "column": f.end_column},
        "fix": fix_dict(f),
    }


def fix_dict(f: Finding) -> dict[str, object] | None:
    if f.fix is None:
        return None
    return {
        "message": f.fix.message,
        "applicability": f.fix.applicability,
        "edits": [
            {
                "content": e.content,
                "location": {"row": e.row, "column": e.column},
                "end_location": {"row": e.end_row, "column": e.end_column},
            }
            for e in f.fix.edits
        ],
    }


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def finding_line(f: Finding) -> str:
    return f"{f.filename}:{f.row}:{f.column}: {f.code} {f.message}"


def render_text(report: Report) -> str:
    lines = [finding_line(f) for f in report.findings]
    if report.statistics:
        lines.extend(render_statistics(report.findings))
    if report.show_summary:
        files = len({f.filename for f in report.findings})
        if report.findings:
            lines.append(
                f"Found {plural(len(report.findings), 'finding')} in {plural(files, 'file')} "
                f"({plural(report.files_checked, 'file')} checked)."
            )
        else:
            lines.append(f"All checks passed ({plural(report.files_checked, 'file')} checked).")
    return "\n".join(lines) + ("\n" if lines else "")


def render_statistics(findings: list[Finding]) -> list[str]:
    from wac_lint.registry import rule_by_code

    counts = Counter(f.code for f in findings)
    rows = []
    for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        rule = rule_by_code(code)
        rows.append(f"{count:>5}  {code}  {rule.name if rule else ''}".rstrip())
    return rows


def render_json(report: Report) -> str:
    return json.dumps([finding_dict(f) for f in report.findings], indent=2) + "\n"


def render_json_lines(report: Report) -> str:
    return "".join(json.dumps(finding_dict(f)) + "\n" for f in report.findings)


def render_concise(report: Report) -> str:
    return "".join(finding_line(f) + "\n" for f in report.findings)


GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def github_escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


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


def render_sarif(report: Report) -> str:
    from wac_lint.formats.sarif import render

    return render(report)


def render_junit(report: Report) -> str:
    from wac_lint.formats.junit import render

    return render(report)


FORMATS: dict[str, Callable[[Report], str]] = {
    "text": render_text,
    "concise": render_concise,
    "json": render_json,
    "json-lines": render_json_lines,
    "github": render_github,
    "sarif": render_sarif,
    "junit": render_junit,
}


def as_dict(finding: Finding) -> dict[str, object]:
    """Lossless form (used by the cache)."""
    return asdict(finding)


def from_dict(data: dict[str, object]) -> Finding:
    """The inverse of `as_dict`; raises KeyError/TypeError on a malformed entry."""
    values = dict(data)
    fix = values.pop("fix", None)
    if fix is not None:
        if not isinstance(fix, dict):
            raise TypeError("fix must be an object")
        edits = tuple(Edit(**e) for e in fix["edits"])
        values["fix"] = Fix(fix["message"], edits, fix.get("applicability", "safe"))
    return Finding(**values)  # type: ignore[arg-type]
