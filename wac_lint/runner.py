"""Checking many files: settings per file, input problems, ordering.

The CLI and the pre-commit hooks call `check_paths`; editors call
`engine.analyze_source` per document.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from wac_lint.config import Settings, settings_for_file
from wac_lint.engine import InputError, Result, analyze_source, read_source
from wac_lint.rule import Finding, RuleError


@dataclass
class CheckRun:
    findings: list[Finding] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # files that could not be checked
    notices: list[str] = field(default_factory=list)  # files skipped for a harmless reason
    rule_errors: list[RuleError] = field(default_factory=list)
    files_checked: int = 0

    def add(self, result: Result) -> None:
        self.files_checked += 1
        if result.notice:
            self.notices.append(result.notice)
        self.findings.extend(result.findings)
        self.rule_errors.extend(result.errors)

    def sort(self) -> None:
        self.findings.sort(key=Finding.sort_key)


def check_file(
    path: Path,
    settings: Settings | None,
    select: Iterable[str] | None,
    ignore: Iterable[str] | None,
) -> Result | str:
    """Findings for one file, or a one-line reason it could not be checked."""
    try:
        source = read_source(path)
    except InputError as exc:
        return str(exc)
    if not source.text:
        return Result(str(path), notice=f"{path}: empty file, nothing to check")
    effective = settings or settings_for_file(path)
    return analyze_source(source, effective, select=select, ignore=ignore)


def check_paths(
    files: list[Path],
    settings: Settings | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
) -> CheckRun:
    run = CheckRun()
    for path in files:
        outcome = check_file(path, settings, select, ignore)
        if isinstance(outcome, str):
            run.problems.append(outcome)
        else:
            run.add(outcome)
    run.sort()
    return run
