"""What `wac-lint check` does, without click.

The click command (`commands/check.py`) parses the options and calls
`run_check`; so does the executable's fast path (`wac_lint.entry`) for a plain
`wac-lint check PATH...`, which then never imports click (a tenth of the
instructions of a one-file check, as pre-commit runs it, was click's import).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from wac_lint.config import ConfigError, Settings, load_file, settings_for_file
from wac_lint.formats import render
from wac_lint.gc_policy import tune_for_analysis
from wac_lint.terminal import printable

# The analysis (engine, runner, the rule catalogue) is imported when a check
# runs, not when the command is built: `check --help` need not load it.
if TYPE_CHECKING:
    from wac_lint.cache import ResultCache
    from wac_lint.runner import CheckRun

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageProblem(Exception):
    """A command line that parsed but cannot run; the click shell shows it as a usage error."""


class CheckRequest(NamedTuple):
    """The options of `wac-lint check` (see the click command for each one's meaning)."""

    paths: tuple[str, ...] = ()
    output_format: str = "text"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    exit_zero: bool = False
    statistics: bool = False
    config_file: str | None = None
    stdin_filename: str | None = None
    force_exclude: bool = False
    quiet: bool = False
    output_file: str | None = None
    fix: bool = False
    unsafe_fixes: bool = False
    no_cache: bool = False
    cache_dir: str | None = None


def echo(message: str, *, err: bool = False, nl: bool = True) -> None:
    """`click.echo` for text: the stream looked up at call time (test runners swap it)."""
    stream = sys.stderr if err else sys.stdout
    stream.write(message + "\n" if nl else message)
    stream.flush()


def split_codes(values: tuple[str, ...]) -> list[str] | None:
    codes = [c.strip().upper() for v in values for c in v.split(",") if c.strip()]
    if not codes:
        return None
    from wac_lint.registry import unknown_selectors

    unknown = unknown_selectors(codes)
    if unknown:
        raise UsageProblem(f"unknown rule selector '{unknown[0]}' (see `wac-lint rules`)")
    return codes


def fail(message: str) -> None:
    echo(printable(f"wac-lint: error: {message}"), err=True)
    sys.exit(EXIT_ERROR)


def run_check(request: CheckRequest) -> int:
    """Check what `request` names, print the report; the exit status.

    Exit status: 0 no findings, 1 findings (or files that could not be read), 2
    configuration or internal error (`fail` exits at once). `UsageProblem`: the
    options cannot run together."""
    tune_for_analysis()
    from wac_lint.discovery import collect_files
    from wac_lint.runner import ParallelRunError, check_paths

    selected = split_codes(request.select)
    ignored = split_codes(request.ignore)
    settings: Settings | None = None
    try:
        config_file = request.config_file
        if config_file is not None:
            if not Path(config_file).is_file():
                fail(f"{config_file}: configuration file not found")
            settings = load_file(Path(config_file))
            if settings is None:
                fail(f"{config_file}: no [tool.wac-lint] table")
        if request.paths == ("-",):
            if request.fix:
                raise UsageProblem("--fix needs files, not standard input")
            run = check_stdin(request.stdin_filename, settings, selected, ignored)
        else:
            files, problems = collect_files(list(request.paths) or ["."], request.force_exclude)
            if request.fix:
                apply_file_fixes(
                    files, settings, selected, ignored, request.unsafe_fixes, request.quiet
                )
            cache = None if request.no_cache else open_cache(request.cache_dir, selected, ignored)
            named = {Path(raw) for raw in request.paths}
            run = check_paths(files, settings, selected, ignored, cache=cache, named=named)
            run.problems[:0] = problems
            if cache is not None and (reason := cache.save()):
                run.notices.append(reason)
    except ConfigError as exc:
        fail(str(exc))
        return EXIT_ERROR
    except ParallelRunError as exc:
        fail(f"internal error: {exc}")
        return EXIT_ERROR
    emit(run, request.output_format, request.statistics, request.quiet, request.output_file)
    if run.rule_errors:
        for err in run.rule_errors:
            echo(
                printable(f"wac-lint: internal error in {err.code} on {err.filename}: {err.error}"),
                err=True,
            )
        return EXIT_ERROR
    if (run.findings or run.problems) and not request.exit_zero:
        return EXIT_FINDINGS
    return EXIT_OK


def apply_file_fixes(
    files: list[Path],
    settings: Settings | None,
    select: list[str] | None,
    ignore: list[str] | None,
    unsafe: bool,
    quiet: bool,
) -> None:
    """Rewrite the files with their fixes; the check that follows reports what remains."""
    from wac_lint.fixes import fix_file

    applied = changed = 0
    for path in files:
        outcome = fix_file(path, settings, select, ignore, unsafe=unsafe)
        if outcome.applied:
            applied += outcome.applied
            changed += 1
        for line in outcome.refused:
            echo(printable(f"wac-lint: {line}"), err=True)
        # Unreadable files are reported by the check that follows; not twice.
        if outcome.unwritten or (outcome.unparsable and not quiet):
            echo(printable(f"wac-lint: {outcome.problem}"), err=True)
    if not quiet:
        echo(printable(f"wac-lint: fixed {applied} finding(s) in {changed} file(s)"), err=True)


def open_cache(
    cache_dir: str | None, select: list[str] | None, ignore: list[str] | None
) -> ResultCache:
    from wac_lint.cache import ResultCache, default_directory

    directory = Path(cache_dir) if cache_dir else default_directory()
    return ResultCache(directory, select, ignore)


def check_stdin(
    stdin_filename: str | None,
    settings: Settings | None,
    select: list[str] | None,
    ignore: list[str] | None,
) -> CheckRun:
    from wac_lint.engine import InputError, analyze_source, source_from_bytes
    from wac_lint.runner import CheckRun

    name = stdin_filename or "-"
    run = CheckRun()
    if stdin_filename is None:
        raise UsageProblem("reading standard input needs --stdin-filename (for the language)")
    try:
        source = source_from_bytes(sys.stdin.buffer.read(), name)
    except InputError as exc:
        run.problems.append(str(exc))
        return run
    effective = settings or settings_for_file(Path(name))
    try:
        run.add(analyze_source(source, effective, select=select, ignore=ignore))
    except InputError as exc:  # e.g. nested too deeply to analyse
        run.problems.append(str(exc))
    return run


def emit(
    run: CheckRun, output_format: str, statistics: bool, quiet: bool, output_file: str | None
) -> None:
    for problem in run.problems:
        echo(printable(f"wac-lint: {problem}"), err=True)
    if not quiet:
        for notice in run.notices:
            echo(printable(f"wac-lint: {notice}"), err=True)
    from wac_lint.report import Report

    report = Report(
        findings=run.findings,
        files_checked=run.files_checked,
        problems=run.problems,
        show_summary=not quiet,
        statistics=statistics,
        files=run.files,
        rule_errors=run.rule_errors,
    )
    text = render(output_format, report)
    if output_file is not None:
        write_report(Path(output_file), text)
    elif text:
        echo(text, nl=False)


def write_report(path: Path, text: str) -> None:
    """Atomically: a failed write (full disk) leaves the previous report, never 0 bytes."""
    from wac_lint.writing import WriteRefused, atomic_write

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, text, Path.cwd())
    except WriteRefused as exc:
        fail(f"cannot write the report: {exc}")
    except OSError as exc:
        fail(f"{path}: cannot write the report: {exc.strerror or exc}")
