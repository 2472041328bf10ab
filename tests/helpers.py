"""Small helpers shared by the test modules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from wac_lint.config import Settings
from wac_lint.engine import analyze_bytes, analyze_source
from wac_lint.rule import Finding
from wac_lint.source import LANG_PYTHON, SourceFile


def lint(
    code: str, language: str = LANG_PYTHON, settings: Settings | None = None, **kwargs: object
) -> list[Finding]:
    name = "script.py" if language == LANG_PYTHON else "script.ts"
    return analyze_source(SourceFile(name, code, language), settings, **kwargs).findings  # type: ignore[arg-type]


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def cli_runner() -> CliRunner:
    """A runner whose `.stdout` holds standard output only (click 8.1 and 8.2+)."""
    try:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:  # click >= 8.2 always keeps them apart
        return CliRunner()


# `# expect: WAC101, WAC102` on a line of a corpus script: the findings due on that line.
EXPECT = re.compile(r"expect:\s*(WAC\d{3}(?:\s*,\s*WAC\d{3})*)")


def expected_marks(path: Path) -> set[tuple[int, str]]:
    """(row, code) of every `expect:` mark in a corpus script."""
    marks = set()
    for row, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = EXPECT.search(line)
        if match:
            marks |= {(row, code.strip()) for code in match.group(1).split(",")}
    return marks


def file_findings(path: Path) -> list[tuple[int, str, str, str]]:
    """(row, code, severity, message) of each finding on a file, as `check` reads it."""
    result = analyze_bytes(path.read_bytes(), str(path))
    return [(f.row, f.code, f.severity, f.message) for f in result.findings]


def flow_file(folder: Path) -> Path:
    """The `flow.yaml` / `flow.json` of a flow folder."""
    return next(p for p in folder.iterdir() if p.name.startswith("flow."))


def with_known_gaps(files: list[Path], root: Path, gaps: dict[str, str]) -> list[object]:
    """`files` as test parameters, those named in `gaps` (paths relative to `root`) as
    strict xfails with their reason: a gap that gets fixed fails until it is removed."""
    params: list[object] = []
    for path in files:
        rel = path.relative_to(root).as_posix()
        if rel in gaps:
            gap = pytest.mark.xfail(strict=True, reason=gaps[rel])
            params.append(pytest.param(path, marks=gap))
        else:
            params.append(path)
    return params
