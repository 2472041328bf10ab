"""`wac-lint check`: lint files or standard input."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from wac_lint.config import ConfigError, Settings, load_file, settings_for_file
from wac_lint.formats import FORMATS, render
from wac_lint.gc_policy import tune_for_analysis
from wac_lint.terminal import printable

# The analysis (engine, runner, the rule catalogue) is imported when a check
# runs, not when the command is built: `check --help` need not load it.
if TYPE_CHECKING:
    from wac_lint.cache import ResultCache
    from wac_lint.runner import CheckRun

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def split_codes(values: tuple[str, ...]) -> list[str] | None:
    codes = [c.strip().upper() for v in values for c in v.split(",") if c.strip()]
    if not codes:
        return None
    from wac_lint.registry import unknown_selectors

    unknown = unknown_selectors(codes)
    if unknown:
        raise click.UsageError(f"unknown rule selector '{unknown[0]}' (see `wac-lint rules`)")
    return codes


def fail(message: str) -> None:
    click.echo(printable(f"wac-lint: error: {message}"), err=True)
    sys.exit(EXIT_ERROR)


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(readable=False))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(sorted(FORMATS)),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option("--select", multiple=True, help="Rule codes or prefixes to enable.")
@click.option("--ignore", multiple=True, help="Rule codes or prefixes to disable.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--statistics", is_flag=True, help="Show how many findings each rule produced.")
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False),
    help="Use this configuration file for every file (instead of discovery).",
)
@click.option("--stdin-filename", help="The name of the file read from standard input (`-`).")
@click.option("--force-exclude", is_flag=True, help="Apply excludes to files named explicitly.")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only, no summary or notices.")
@click.option(
    "-o",
    "--output-file",
    type=click.Path(dir_okay=False),
    help="Write the report to this file instead of standard output.",
)
@click.option("--fix", is_flag=True, help="Apply the safe fixes to the files, then report.")
@click.option(
    "--unsafe-fixes", is_flag=True, help="With --fix, also apply suggestions (review them)."
)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False),
    envvar="WAC_LINT_CACHE_DIR",
    help="Where to keep the cache (default: .wac_lint_cache; env WAC_LINT_CACHE_DIR).",
)
def check(
    paths: tuple[str, ...],
    output_format: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    exit_zero: bool,
    statistics: bool,
    config_file: str | None,
    stdin_filename: str | None,
    force_exclude: bool,
    quiet: bool,
    output_file: str | None,
    fix: bool,
    unsafe_fixes: bool,
    no_cache: bool,
    cache_dir: str | None,
) -> None:
    """Check WAC scripts for replay, naming and suspension mistakes.

    PATHS are files or directories (default: the current directory); `-` reads
    standard input. Exit status: 0 no findings, 1 findings (or files that could
    not be read), 2 usage, configuration or internal error.

    Results are cached by file content, wac-lint version and configuration in
    `.wac_lint_cache/` (it ignores itself in git); large runs use every core.
    """
    tune_for_analysis()
    from wac_lint.discovery import collect_files
    from wac_lint.runner import ParallelRunError, check_paths

    selected = split_codes(select)
    ignored = split_codes(ignore)
    settings: Settings | None = None
    try:
        if config_file is not None:
            if not Path(config_file).is_file():
                fail(f"{config_file}: configuration file not found")
            settings = load_file(Path(config_file))
            if settings is None:
                fail(f"{config_file}: no [tool.wac-lint] table")
        if paths == ("-",):
            if fix:
                raise click.UsageError("--fix needs files, not standard input")
            run = check_stdin(stdin_filename, settings, selected, ignored)
        else:
            files, problems = collect_files(list(paths) or ["."], force_exclude)
            if fix:
                apply_file_fixes(files, settings, selected, ignored, unsafe_fixes, quiet)
            cache = None if no_cache else open_cache(cache_dir, selected, ignored)
            run = check_paths(files, settings, selected, ignored, cache=cache)
            run.problems[:0] = problems
            if cache is not None and (reason := cache.save()):
                run.notices.append(reason)
    except ConfigError as exc:
        fail(str(exc))
        return
    except ParallelRunError as exc:
        fail(f"internal error: {exc}")
        return
    emit(run, output_format, statistics, quiet, output_file)
    if run.rule_errors:
        for err in run.rule_errors:
            click.echo(
                printable(f"wac-lint: internal error in {err.code} on {err.filename}: {err.error}"),
                err=True,
            )
        sys.exit(EXIT_ERROR)
    if (run.findings or run.problems) and not exit_zero:
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_OK)


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
            click.echo(printable(f"wac-lint: {line}"), err=True)
        # Unreadable files are reported by the check that follows; not twice.
        if outcome.unwritten or (outcome.unparsable and not quiet):
            click.echo(printable(f"wac-lint: {outcome.problem}"), err=True)
    if not quiet:
        click.echo(
            printable(f"wac-lint: fixed {applied} finding(s) in {changed} file(s)"), err=True
        )


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
        raise click.UsageError("reading standard input needs --stdin-filename (for the language)")
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
        click.echo(printable(f"wac-lint: {problem}"), err=True)
    if not quiet:
        for notice in run.notices:
            click.echo(printable(f"wac-lint: {notice}"), err=True)
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
        click.echo(text, nl=False)


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
