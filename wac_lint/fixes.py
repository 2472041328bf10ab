"""Applying findings' fixes to a file's text.

Edits use 1-based rows and character columns (as findings do). Fixes whose
edits overlap an already accepted edit are left for a later pass, as ruff does;
identical edits (two findings inserting the same import) are applied once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from wac_lint.config import Settings, settings_for_file
from wac_lint.engine import InputError, analyze_source, source_from_bytes
from wac_lint.rule import Edit, Finding
from wac_lint.source import SourceFile


@dataclass
class FixOutcome:
    text: str
    applied: list[Finding]
    skipped: list[Finding]  # overlapping, for another pass


def offset(line_starts: list[int], text: str, row: int, column: int) -> int:
    start = line_starts[min(row - 1, len(line_starts) - 1)]
    return min(start + column - 1, len(text))


def apply_fixes(text: str, findings: Iterable[Finding], unsafe: bool = False) -> FixOutcome:
    line_starts = [0]
    for index, char in enumerate(text):
        if char == "\n":
            line_starts.append(index + 1)

    def span(edit: Edit) -> tuple[int, int]:
        return (
            offset(line_starts, text, edit.row, edit.column),
            offset(line_starts, text, edit.end_row, edit.end_column),
        )

    accepted: dict[tuple[int, int, str], Edit] = {}
    applied: list[Finding] = []
    skipped: list[Finding] = []
    for finding in findings:
        fix = finding.fix
        if fix is None or (fix.applicability != "safe" and not unsafe):
            continue
        wanted = {(*span(e), e.content): e for e in fix.edits}
        if any(key not in accepted and overlaps(key, accepted) for key in wanted):
            skipped.append(finding)
            continue
        accepted.update(wanted)
        applied.append(finding)
    result = text
    for start, end, content in sorted(accepted, key=lambda k: (k[0], k[1]), reverse=True):
        result = result[:start] + content + result[end:]
    return FixOutcome(result, applied, skipped)


def overlaps(key: tuple[int, int, str], accepted: dict[tuple[int, int, str], Edit]) -> bool:
    start, end, _ = key
    for other_start, other_end, _ in accepted:
        if start < other_end and other_start < end:
            return True
        if start == end == other_start == other_end:
            return True  # two different insertions at one point: order would be a guess
    return False


@dataclass
class FileFix:
    path: Path
    applied: int = 0
    problem: str | None = None  # why the file was left as it was
    unparsable: bool = False  # left alone because it does not parse (the check reports why)


MAX_FIX_PASSES = 5  # fixes that overlapped another are retried on the fixed text


def fix_file(
    path: Path,
    settings: Settings | None,
    select: Iterable[str] | None,
    ignore: Iterable[str] | None,
    unsafe: bool = False,
) -> FileFix:
    """Apply the findings' fixes to one file in place (atomically), pass after pass.

    A file that cannot be read, or does not parse, is never rewritten.
    """
    outcome = FileFix(path)
    try:
        data = path.read_bytes()
        source = source_from_bytes(data, str(path))
    except (OSError, InputError) as exc:
        outcome.problem = str(exc) if isinstance(exc, InputError) else f"{path}: {exc.strerror}"
        return outcome
    effective = settings or settings_for_file(path)
    text = source.text
    for _ in range(MAX_FIX_PASSES):
        current = SourceFile(source.path, text, source.language)
        result = analyze_source(current, effective, select=select, ignore=ignore, keep_model=True)
        if result.model is not None and result.model.syntax_errors:
            if outcome.applied == 0:
                outcome.unparsable = True
                outcome.problem = f"{path}: not fixed: the file does not parse"
            break
        step = apply_fixes(text, result.findings, unsafe=unsafe)
        if not step.applied:
            break
        text = step.text
        outcome.applied += len(step.applied)
    if outcome.applied:
        from wac_lint.schema.writer import atomic_write

        bom = "\ufeff" if data.startswith(b"\xef\xbb\xbf") else ""
        atomic_write(path, bom + text)
    return outcome
