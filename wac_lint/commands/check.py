"""`wac-lint check`: lint files or standard input (options here, the work in `check_run`)."""

from __future__ import annotations

import sys

import click

from wac_lint.commands.check_run import CheckRequest, UsageProblem, run_check
from wac_lint.formats import FORMATS


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
    try:
        status = run_check(
            CheckRequest(
                paths=paths,
                output_format=output_format,
                select=select,
                ignore=ignore,
                exit_zero=exit_zero,
                statistics=statistics,
                config_file=config_file,
                stdin_filename=stdin_filename,
                force_exclude=force_exclude,
                quiet=quiet,
                output_file=output_file,
                fix=fix,
                unsafe_fixes=unsafe_fixes,
                no_cache=no_cache,
                cache_dir=cache_dir,
            )
        )
    except UsageProblem as exc:
        raise click.UsageError(str(exc)) from None
    sys.exit(status)
