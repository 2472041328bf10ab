"""`wac-lint schema`: keep `.script.yaml` files as `wmill generate-metadata` would.

Exit codes: 0 nothing to report; 1 `--check` / `--diff` found stale or
missing metadata; 2 a file could not be handled (bad input, an existing
`.script.yaml` that is not a YAML mapping, a default Windmill itself cannot
evaluate). One bad file never stops the others.
"""

from __future__ import annotations

import difflib
import sys
from dataclasses import dataclass, field
from pathlib import Path

import click

from wac_lint.config import ConfigError, real_path
from wac_lint.discovery import collect_files
from wac_lint.gc_policy import tune_for_analysis
from wac_lint.schema.files import (
    Expected,
    SchemaError,
    UnsupportedMetadata,
    display,
    expected_for_file,
)
from wac_lint.schema.paths import find_project_root, is_script_file, not_a_script
from wac_lint.terminal import printable
from wac_lint.writing import WriteRefused, atomic_write

EXIT_OK, EXIT_STALE, EXIT_ERROR = 0, 1, 2


@dataclass
class _Tally:
    changed: list[Expected] = field(default_factory=list)
    unchanged: int = 0
    errors: int = 0

    def exit_code(self, stale_is_failure: bool) -> int:
        if self.errors:
            return EXIT_ERROR
        return EXIT_STALE if stale_is_failure and self.changed else EXIT_OK


def _error(message: str) -> None:
    click.echo(printable(f"wac-lint: error: {message}"), err=True)


def _scripts(paths: tuple[str, ...], force_exclude: bool, tally: _Tally) -> list[Path]:
    files, problems = collect_files(list(paths) or ["."], force_exclude=force_exclude)
    for problem in problems:
        _error(problem)
        tally.errors += 1
    named = {real_path(p) for p in paths}
    scripts = []
    for file in files:
        why_not = not_a_script(file) if is_script_file(file) else "wmill reads .py and .ts scripts"
        if why_not is None:
            scripts.append(file)
        elif real_path(file) in named:
            click.echo(printable(f"wac-lint: {display(file)}: skipped ({why_not})"), err=True)
    return scripts


def _claim_metadata(results: list[Expected], tally: _Tally) -> list[Expected]:
    """Drop scripts that share one metadata file (`x.py` and `x.ts`): neither is written."""
    owners: dict[Path, list[Expected]] = {}
    for result in results:
        owners.setdefault(real_path(result.metadata), []).append(result)
    kept = []
    for group in owners.values():
        if len(group) == 1:
            kept.append(group[0])
            continue
        names = ", ".join(display(r.script) for r in group)
        _error(f"{display(group[0].metadata)}: claimed by several scripts ({names}); not written")
        tally.errors += 1
    return kept


def _diff(result: Expected) -> str:
    name = display(result.metadata)
    before = (result.current or "").splitlines(keepends=True)
    after = result.expected.splitlines(keepends=True)
    fromfile = name if result.current is not None else "/dev/null"
    lines = difflib.unified_diff(before, after, fromfile, name)
    return "".join(printable(line.rstrip("\n")) + "\n" for line in lines)


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(readable=False))
@click.option(
    "--check",
    "check_only",
    is_flag=True,
    help="Write nothing; exit 1 and list the .script.yaml files that are stale or missing.",
)
@click.option(
    "--diff",
    "show_diff",
    is_flag=True,
    help="Print a unified diff instead of writing (exit 1 if any).",
)
@click.option(
    "--stdout",
    "to_stdout",
    is_flag=True,
    help="Print the .script.yaml of one script; write nothing.",
)
@click.option(
    "--exit-non-zero-on-change",
    "fail_on_change",
    is_flag=True,
    help="Exit 1 when a file was written (formatter-style hooks: pre-commit).",
)
@click.option("--force-exclude", is_flag=True, help="Apply excludes to files named explicitly.")
@click.option("-q", "--quiet", is_flag=True, help="Print errors (and diffs) only.")
def schema(
    paths: tuple[str, ...],
    check_only: bool,
    show_diff: bool,
    to_stdout: bool,
    fail_on_change: bool,
    force_exclude: bool,
    quiet: bool,
) -> None:
    """Write each script's .script.yaml exactly as `wmill generate-metadata --schema-only`.

    Offline: no workspace, no login, no network. PATHS are scripts or
    directories (default: the current directory); `.py` and `.ts` files are
    Windmill scripts, except the modules in a `<path>__mod/` folder (its
    `script.py` / `script.ts` has its metadata in `script.yaml`) and the inline
    scripts of flows (`.flow/`, `__flow/`). The `lock:` line is relative to the
    project root: the nearest directory holding `wmill.yaml`, else
    `wmill-lock.yaml`, else `.git`, else the folder holding the nearest `f/` or `u/`
    folder, else the script's own directory.
    """
    tune_for_analysis()
    if to_stdout and (check_only or show_diff):
        raise click.UsageError("--stdout cannot be combined with --check or --diff")
    try:
        code = _run(paths, check_only, show_diff, to_stdout, fail_on_change, force_exclude, quiet)
    except ConfigError as exc:  # a bad wac-lint.toml (its excludes decide what is a script)
        _error(str(exc))
        code = EXIT_ERROR
    sys.exit(code)


def _run(
    paths: tuple[str, ...],
    check_only: bool,
    show_diff: bool,
    to_stdout: bool,
    fail_on_change: bool,
    force_exclude: bool,
    quiet: bool,
) -> int:
    tally = _Tally()
    if to_stdout:
        return _print_one(paths, tally)
    results = []
    for script in _scripts(paths, force_exclude, tally):
        try:
            results.append(expected_for_file(script))
        except UnsupportedMetadata as exc:
            click.echo(printable(f"wac-lint: {exc}"), err=True)
        except SchemaError as exc:
            _error(str(exc))
            tally.errors += 1
    for result in _claim_metadata(results, tally):
        if result.up_to_date:
            tally.unchanged += 1
            continue
        tally.changed.append(result)
        if show_diff:
            click.echo(_diff(result), nl=False)
        elif check_only:
            state = "missing" if result.current is None else "stale"
            click.echo(printable(f"{display(result.metadata)}: {state}"))
        else:
            _write(result, tally, quiet)
    if not quiet:
        _summary(tally, check_only or show_diff)
    return tally.exit_code(stale_is_failure=check_only or show_diff or fail_on_change)


def _write(result: Expected, tally: _Tally, quiet: bool) -> None:
    try:
        atomic_write(result.metadata, result.expected, find_project_root(result.script))
    except WriteRefused as exc:
        _error(str(exc))
        tally.errors += 1
        tally.changed.remove(result)
        return
    except OSError as exc:
        _error(f"{display(result.metadata)}: cannot write: {exc.strerror or exc}")
        tally.errors += 1
        tally.changed.remove(result)
        return
    if not quiet:
        verb = "created" if result.current is None else "updated"
        click.echo(printable(f"{verb} {display(result.metadata)}"))


def _summary(tally: _Tally, read_only: bool) -> None:
    changed, total = len(tally.changed), len(tally.changed) + tally.unchanged
    if read_only:
        if changed:
            message = (
                f"{changed} of {total} .script.yaml file{'s' if total != 1 else ''} "
                "stale or missing; run `wac-lint schema` to update"
            )
        else:
            message = f"{total} .script.yaml file{'s' if total != 1 else ''} up to date"
    else:
        message = f"{changed} updated, {tally.unchanged} unchanged"
    if tally.errors:
        message += f", {tally.errors} error{'s' if tally.errors != 1 else ''}"
    click.echo(message, err=True)


def _print_one(paths: tuple[str, ...], tally: _Tally) -> int:
    if len(paths) != 1 or Path(paths[0]).is_dir():
        raise click.UsageError("--stdout takes exactly one script file")
    scripts = _scripts(paths, force_exclude=False, tally=tally)
    if tally.errors or not scripts:
        if not tally.errors:
            _error(f"{paths[0]}: not a Windmill script (.py or .ts)")
        return EXIT_ERROR
    try:
        result = expected_for_file(scripts[0])
    except SchemaError as exc:
        _error(str(exc))
        return EXIT_ERROR
    click.echo(result.expected, nl=False)
    return EXIT_OK
