"""Small helpers shared by the test modules."""

from __future__ import annotations

from click.testing import CliRunner

from wac_lint.config import Settings
from wac_lint.engine import analyze_source
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
