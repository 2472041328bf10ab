"""Text for people: `text` (findings and a summary) and `concise` (findings only).

Everything that comes from a file (messages quote source code, names come
from the disk) goes through `printable`, so a hostile file cannot send escape
sequences to the terminal.
"""

from __future__ import annotations

from collections import Counter

from wac_lint.report import Report, plural
from wac_lint.rule import Finding
from wac_lint.terminal import printable


def finding_line(f: Finding) -> str:
    return printable(f"{f.filename}:{f.row}:{f.column}: {f.code} {f.message}")


def render_text(report: Report) -> str:
    lines = [finding_line(f) for f in report.findings]
    if report.statistics:
        lines.extend(render_statistics(report.findings))
    if report.show_summary:
        files = len({f.filename for f in report.findings})
        checked = f"{plural(report.files_checked, 'file')} checked"
        if report.problems:  # a file that could not be read has not passed anything
            checked += f", {plural(len(report.problems), 'file')} not checked"
        if report.findings:
            lines.append(
                f"Found {plural(len(report.findings), 'finding')} in {plural(files, 'file')} "
                f"({checked})."
            )
        elif report.problems:
            lines.append(f"No findings ({checked}).")
        else:
            lines.append(f"All checks passed ({checked}).")
    return "\n".join(lines) + ("\n" if lines else "")


def render_statistics(findings: list[Finding]) -> list[str]:
    from wac_lint.registry import rule_by_code

    counts = Counter(f.code for f in findings)
    rows = []
    for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        rule = rule_by_code(code)
        rows.append(f"{count:>5}  {code}  {rule.name if rule else ''}".rstrip())
    return rows


def render_concise(report: Report) -> str:
    return "".join(finding_line(f) + "\n" for f in report.findings)
