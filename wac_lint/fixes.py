"""Applying findings' fixes to a file's text.

Edits use 1-based rows and character columns (as findings do). Fixes whose
edits overlap an already accepted edit are left for a later pass, as ruff does;
identical edits (two findings inserting the same import) are applied once.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from wac_lint.config import Settings, settings_for_file
from wac_lint.engine import (
    InputError,
    Result,
    analyze_source,
    read_file_bytes,
    source_from_bytes,
)
from wac_lint.fix_safety import introduced_problem
from wac_lint.rule import Edit, Finding
from wac_lint.source import SourceFile
from wac_lint.writing import WriteRefused, atomic_write


@dataclass
class FixOutcome:
    text: str
    applied: list[Finding]
    skipped: list[Finding]  # overlapping, for another pass
    # for each applied finding, the 1-based rows of the result its edits wrote
    rows: list[frozenset[int]] = field(default_factory=list)


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
    ordered = sorted(accepted, key=lambda k: (k[0], k[1]))
    for start, end, content in reversed(ordered):
        result = result[:start] + content + result[end:]
    return FixOutcome(result, applied, skipped, written_rows(result, ordered, applied, span))


def written_rows(
    result: str,
    ordered: list[tuple[int, int, str]],
    applied: list[Finding],
    span: Callable[[Edit], tuple[int, int]],
) -> list[frozenset[int]]:
    """The rows of `result` each applied finding's edits wrote (`ordered`: the
    accepted edits by position, none overlapping)."""
    moved: dict[tuple[int, int], tuple[int, int]] = {}
    shift = 0
    for start, end, content in ordered:
        moved[(start, end)] = (start + shift, start + shift + len(content))
        shift += len(content) - (end - start)
    starts = [0] + [
        index + 1
        for index, char in enumerate(result)
        if char == "\n" or (char == "\r" and result[index + 1 : index + 2] != "\n")
    ]
    rows = []
    for finding in applied:
        assert finding.fix is not None
        found: set[int] = set()
        for edit in finding.fix.edits:
            new_start, new_end = moved.get(span(edit), (0, -1))
            first = bisect.bisect_right(starts, new_start)
            last = bisect.bisect_right(starts, max(new_start, new_end - 1))
            found.update(range(first, last + 1))
        rows.append(frozenset(found))
    return rows


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
    """A fix's identity across passes (its position moves when earlier edits land, and
    an import it adds is gone once another fix added it: its first edit is the fix)."""
    edits = tuple(e.content for e in finding.fix.edits[:1]) if finding.fix else ()
    return (finding.code, finding.message, edits)


# The findings of a fixed text, to check that a suggestion does not bring a new one
Analyse = Callable[[SourceFile], list[Finding]]


def sound_subset(
    current: SourceFile,
    findings: list[Finding],
    unsafe: bool,
    analyse: Analyse | None = None,
    before: list[Finding] | None = None,
) -> tuple[str, list[Finding], list[tuple[Finding, str]]]:
    """Apply the fixes, keeping only those that leave the code parsing and compiling.

    When the combined result is sound (the usual case) that is one check; else
    each fix is tried on its own and the ones that break the code are refused.
    With `analyse`, a suggestion (an unsafe fix) whose rewritten lines are then
    reported for something the file (`before`: all its findings) was not reported
    for is refused too: wrapping `random.shuffle(pool)` in a step trades WAC102
    for a change of `pool` the step loses on replay (WAC104).
    """
    text, good, refused = parsing_subset(current, findings, unsafe)
    if analyse is None or all(f.fix is None or f.fix.applicability == "safe" for f in good):
        return text, good, refused
    known = {(f.code, f.message) for f in (before if before is not None else findings)}
    while good:
        step = apply_fixes(current.text, good, unsafe=unsafe)
        reported = analyse(SourceFile(current.path, step.text, current.language))
        blamed: dict[int, tuple[Finding, Finding]] = {}
        for new in reported:
            if (new.code, new.message) in known:
                continue
            for index, (finding, rows) in enumerate(zip(step.applied, step.rows, strict=True)):
                fix = finding.fix
                if fix is not None and fix.applicability != "safe" and new.row in rows:
                    blamed.setdefault(index, (finding, new))
        if not blamed:
            return step.text, step.applied, refused
        for finding, new in blamed.values():
            why = f"the rewritten code would be reported as {new.code} {new.name}"
            refused.append((finding, why))
        good = [f for index, f in enumerate(step.applied) if index not in blamed]
    return current.text, [], refused


def parsing_subset(
    current: SourceFile, findings: list[Finding], unsafe: bool
) -> tuple[str, list[Finding], list[tuple[Finding, str]]]:
    """`sound_subset`'s check that the fixed code parses and compiles."""
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
        outcome.problem = f"{path}: not fixed: {hidden}"
        return outcome
    effective = settings or settings_for_file(path)
    text = source.text
    refused: set[tuple[str, str, tuple[str, ...]]] = set()
    analysed: dict[str, Result] = {}  # a suggestion's check analyses what the next pass reads

    def analysis(of: SourceFile) -> Result:
        if of.text not in analysed:
            analysed.clear()
            analysed[of.text] = analyze_source(
                of, effective, select=select, ignore=ignore, keep_model=True
            )
        return analysed[of.text]

    def findings_of(of: SourceFile) -> list[Finding]:
        try:
            return analysis(of).findings
        except InputError:
            return []  # the next pass says why it stops

    for _ in range(MAX_FIX_PASSES):
        current = SourceFile(source.path, text, source.language)
        try:
            result = analysis(current)
        except InputError as exc:  # nested too deeply to analyse: keep what was verified
            outcome.problem = f"{exc}; not fixed further"
            break
        if result.model is not None and result.model.syntax_errors:
            outcome.unparsable = True
            outcome.problem = f"{path}: not fixed: the file does not parse"
            break
        wanted = [f for f in result.findings if fix_key(f) not in refused]
        check = findings_of if unsafe else None  # safe fixes do not restructure code
        text, applied, bad = sound_subset(current, wanted, unsafe, check, result.findings)
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
