"""Applying findings' fixes to a file's text.

Edits use 1-based rows and character columns (as findings do). Fixes whose
edits overlap an already accepted edit are left for a later pass, as ruff does;
identical edits (two findings inserting the same import) are applied once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from wac_lint.config import Settings, settings_for_file
from wac_lint.engine import InputError, analyze_source, read_file_bytes, source_from_bytes
from wac_lint.fix_safety import introduced_problem
from wac_lint.rule import Edit, Finding
from wac_lint.source import SourceFile
from wac_lint.writing import WriteRefused, atomic_write


@dataclass
class FixOutcome:
    text: str
    applied: list[Finding]
    skipped: list[Finding]  # overlapping, for another pass


def offset(line_starts: list[int], text: str, row: int, column: int) -> int:
    start = line_starts[min(row - 1, len(line_starts) - 1)]
    return min(start + column - 1, len(text))


def apply_fixes(text: str, findings: Iterable[Finding], unsafe: bool = False) -> FixOutcome:
    # Rows as the parser counts them: a lone CR ends a line too (see SourceFile).
    line_starts = [0]
    for index, char in enumerate(text):
        if char == "\n" or (char == "\r" and text[index + 1 : index + 2] != "\n"):
            line_starts.append(index + 1)
    newline = line_ending(text)

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
        wanted = {(*span(e), with_line_ending(e.content, newline)): e for e in fix.edits}
        if any(key not in accepted and overlaps(key, accepted) for key in wanted):
            skipped.append(finding)
            continue
        accepted.update(wanted)
        applied.append(finding)
    result = text
    for start, end, content in sorted(accepted, key=lambda k: (k[0], k[1]), reverse=True):
        result = result[:start] + content + result[end:]
    return FixOutcome(result, applied, skipped)


def line_ending(text: str) -> str:
    """The file's own line ending, which the lines a fix inserts must use: CRLF
    when every line ends so, CR when no line ends in LF, else LF."""
    crlf = text.count("\r\n")
    if crlf and crlf == text.count("\n"):
        return "\r\n"
    if "\r" in text and "\n" not in text:
        return "\r"
    return "\n"


def with_line_ending(content: str, newline: str) -> str:
    # Python and JavaScript read CRLF / CR as LF, in string literals too.
    if newline == "\n":
        return content
    return content.replace("\r\n", "\n").replace("\n", newline)


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
    problem: str | None = None  # why the file was left as it was (one line)
    unparsable: bool = False  # left alone because it does not parse (the check reports why)
    unwritten: bool = False  # fixed in memory, but the file could not or may not be written
    refused: list[str] = field(default_factory=list)  # fixes not applied: they break the code


MAX_FIX_PASSES = 5  # fixes that overlapped another are retried on the fixed text


def fix_key(finding: Finding) -> tuple[str, str, tuple[str, ...]]:
    """A fix's identity across passes (its position moves when earlier edits land)."""
    edits = tuple(e.content for e in finding.fix.edits) if finding.fix else ()
    return (finding.code, finding.message, edits)


def sound_subset(
    current: SourceFile, findings: list[Finding], unsafe: bool
) -> tuple[str, list[Finding], list[tuple[Finding, str]]]:
    """Apply the fixes, keeping only those that leave the code parsing and compiling.

    When the combined result is sound (the usual case) that is one check; else
    each fix is tried on its own and the ones that break the code are refused.
    """
    step = apply_fixes(current.text, findings, unsafe=unsafe)
    if not step.applied:
        return current.text, [], []
    after = SourceFile(current.path, step.text, current.language)
    if introduced_problem(current, after) is None:
        return step.text, step.applied, []
    good: list[Finding] = []
    refused: list[tuple[Finding, str]] = []
    for finding in step.applied:
        trial = apply_fixes(current.text, [*good, finding], unsafe=unsafe)
        problem = introduced_problem(
            current, SourceFile(current.path, trial.text, current.language)
        )
        if problem is None:
            good.append(finding)
        else:
            refused.append((finding, problem))
    return apply_fixes(current.text, good, unsafe=unsafe).text, good, refused


def fix_file(
    path: Path,
    settings: Settings | None,
    select: Iterable[str] | None,
    ignore: Iterable[str] | None,
    unsafe: bool = False,
    root: Path | None = None,
) -> FileFix:
    """Apply the findings' fixes to one file in place (atomically), pass after pass.

    A file that cannot be read, or does not parse, is never rewritten; a fix
    whose result would not parse or compile is refused (and listed); a file
    the write rules protect (read-only, a link out of `root`, default: the
    current directory) is left alone with a one-line reason.
    """
    outcome = FileFix(path)
    try:
        data = read_file_bytes(path)
        source = source_from_bytes(data, str(path))
    except InputError as exc:
        outcome.problem = str(exc)
        return outcome
    hidden = source.lang.grammar_error(source)
    if hidden is not None:
        outcome.unparsable = True
        outcome.problem = f"{path}: not fixed: the file does not parse: {hidden}"
        return outcome
    effective = settings or settings_for_file(path)
    text = source.text
    refused: set[tuple[str, str, tuple[str, ...]]] = set()
    for _ in range(MAX_FIX_PASSES):
        current = SourceFile(source.path, text, source.language)
        try:
            result = analyze_source(
                current, effective, select=select, ignore=ignore, keep_model=True
            )
        except InputError as exc:  # nested too deeply to analyse: keep what was verified
            outcome.problem = f"{exc}; not fixed further"
            break
        if result.model is not None and result.model.syntax_errors:
            outcome.unparsable = True
            outcome.problem = f"{path}: not fixed: the file does not parse"
            break
        wanted = [f for f in result.findings if fix_key(f) not in refused]
        text, applied, bad = sound_subset(current, wanted, unsafe)
        for finding, why in bad:
            refused.add(fix_key(finding))
            outcome.refused.append(
                f"{path}:{finding.row}:{finding.column}: {finding.code} fix not applied: {why}"
            )
        if not applied:
            break
        outcome.applied += len(applied)
    if outcome.applied:
        bom = "\ufeff" if data.startswith(b"\xef\xbb\xbf") else ""
        try:
            atomic_write(path, bom + text, root or Path.cwd())
        except WriteRefused as exc:
            outcome.problem, outcome.applied, outcome.unwritten = str(exc), 0, True
        except OSError as exc:
            outcome.problem = f"{path}: not fixed: cannot write: {exc.strerror or exc}"
            outcome.applied, outcome.unwritten = 0, True
    return outcome
