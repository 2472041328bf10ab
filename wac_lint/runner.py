"""Checking many files: settings per file, input problems, cache, processes, ordering.

The CLI and the pre-commit hooks call `check_paths`; editors call
`engine.analyze_source` per document.

Files are read (and looked up in the cache) in this process; only the misses
are analysed, across processes when there are enough of them to pay for the
workers' start-up. Whatever ran where, findings come out sorted by path, then
position, and problems and notices in the order of the files.
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from wac_lint.config import Settings, settings_for_file
from wac_lint.engine import (
    InputError,
    Result,
    analyze_source,
    enabled_rules,
    read_file_bytes,
    source_from_bytes,
)
from wac_lint.languages import LanguageKind, language_of
from wac_lint.rule import Finding, Rule, RuleError
from wac_lint.source import SourceFile

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from wac_lint.cache import ResultCache, StatKey

# Below this much work, starting worker processes (~50 ms each, plus shipping
# sources to them) costs more than one core saves: many files, or fewer large
# ones (about eight 1,000-line scripts, ~150 ms of analysis).
PARALLEL_MIN_FILES = 48
PARALLEL_MIN_CHARS = 256 * 1024
BATCHES_PER_WORKER = 4  # several batches per worker even out slow files
UTF8_BOM = b"\xef\xbb\xbf"


class ParallelRunError(RuntimeError):
    """A worker process died (not a rule raising: those are RuleErrors)."""


@dataclass
class CheckRun:
    """What a `check` over many files found, could not read, and served from the cache."""

    findings: list[Finding] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # files that could not be checked
    notices: list[str] = field(default_factory=list)  # files skipped for a harmless reason
    rule_errors: list[RuleError] = field(default_factory=list)
    files_checked: int = 0
    files: list[str] = field(default_factory=list)  # names of the checked files, in order
    cache_hits: int = 0

    def add(self, result: Result) -> None:
        self.files_checked += 1
        self.files.append(result.filename)
        if result.notice:
            self.notices.append(result.notice)
        self.findings.extend(result.findings)
        self.rule_errors.extend(result.errors)

    def sort(self) -> None:
        self.findings.sort(key=Finding.sort_key)


@lru_cache(maxsize=256)
def fingerprint(settings: Settings) -> str:
    return settings.fingerprint()


# One unit of work for a worker: (position in the run, name, text, language, settings).
Job = tuple[int, str, str, LanguageKind, Settings]


def analyze_jobs(
    jobs: Sequence[Job], select: list[str] | None, ignore: list[str] | None
) -> list[tuple[int, Result | str]]:
    """Runs in a worker process (or inline); top level so it pickles."""
    out: list[tuple[int, Result | str]] = []
    for position, name, text, language, settings in jobs:
        source = SourceFile(name, text, language)
        rules = rules_for(settings, select, ignore, name, language)
        try:
            out.append((position, analyze_source(source, settings, rules=rules)))
        except InputError as exc:  # e.g. nested too deeply to analyse
            out.append((position, str(exc)))
    return out


RulesKey = tuple[Settings, tuple[str, ...] | None, tuple[str, ...] | None, LanguageKind]
_rules_memo: dict[RulesKey, list[type[Rule]]] = {}


def rules_for(
    settings: Settings,
    select: list[str] | None,
    ignore: list[str] | None,
    name: str,
    language: LanguageKind,
) -> list[type[Rule]]:
    """`enabled_rules` for files of `language`, computed once per configuration
    unless it has per-file ignores.

    Matching per-file globs resolves the file's path; without such globs the
    answer is the same for every file, and 2,000 resolves are a tenth of a
    second of a large run.
    """
    if settings.per_file_ignores:
        return enabled_rules(settings, select, ignore, name, language)
    key = (
        settings,
        tuple(select) if select else None,
        tuple(ignore) if ignore else None,
        language,
    )
    rules = _rules_memo.get(key)
    if rules is None:
        rules = _rules_memo[key] = enabled_rules(settings, select, ignore, language=language)
    return rules


@cache
def sdk_markers(language: LanguageKind) -> tuple[bytes, ...]:
    """The SDK module names an import in `language` spells."""
    return tuple(name.encode() for name in language_of(language).sdk_modules)


def out_of_scope(data: bytes, language: LanguageKind, rules: Sequence[type[Rule]]) -> bool:
    """No enabled rule can report anything on this file, so it need not be parsed.

    Every rule that only looks at WAC files (`wac_only`) is skipped by the
    engine unless the file imports a WAC name from the SDK, and such an import
    spells the SDK module's name (`wmill`, `windmill-client`) in the source.
    Two thirds of a Windmill repository are plain scripts: this saves their
    parse, model and suppression scan. A rule that looks at every script
    (`wac_only = False`) turns the shortcut off.
    """
    rules = [rule for rule in rules if language in rule.languages]
    if not rules:
        return True  # e.g. a flow when only script rules are selected
    if not all(rule.wac_only for rule in rules):
        return False
    if any(marker in data for marker in sdk_markers(language)):
        return False
    reexport = sdk_reexport(language)
    return reexport is None or reexport.search(data) is None


@cache
def sdk_reexport(language: LanguageKind) -> re.Pattern[bytes] | None:
    """The import of the SDK through a local module re-exporting it, if the language
    has one (`import { task, workflow } from "./wac"`)."""
    pattern = language_of(language).sdk_reexport
    return re.compile(pattern) if pattern is not None else None


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def analyze_in_worker(
    jobs: Sequence[Job], select: list[str] | None, ignore: list[str] | None
) -> tuple[list[tuple[int, Result | str]], dict[str, list[int]]]:
    """`analyze_jobs`, plus the modules the worker loaded (the cache records them)."""
    from wac_lint.cache import loaded_sources

    return analyze_jobs(jobs, select, ignore), loaded_sources()


def run_jobs(
    jobs: list[Job],
    select: list[str] | None,
    ignore: list[str] | None,
    workers: int,
    parallel_min: int,
    cache: ResultCache | None = None,
) -> list[tuple[int, Result | str]]:
    enough = len(jobs) >= parallel_min or (
        len(jobs) > 1 and sum(len(job[2]) for job in jobs) >= PARALLEL_MIN_CHARS
    )
    if workers <= 1 or not enough:
        return analyze_jobs(jobs, select, ignore)
    # Imported here: multiprocessing costs ~20 ms of start-up that a one-file
    # run (an editor, pre-commit with a few staged files) should not pay.
    from concurrent.futures.process import BrokenProcessPool

    workers = min(workers, len(jobs))
    count = workers * BATCHES_PER_WORKER
    # Striding, not slicing: neighbouring files are often alike in size, so
    # this spreads big directories over all batches.
    batches = [jobs[i::count] for i in range(count) if jobs[i::count]]
    try:
        pool = worker_pool(workers)
    except (OSError, NotImplementedError):  # no usable semaphores (some sandboxes)
        return analyze_jobs(jobs, select, ignore)
    results: list[tuple[int, Result | str]] = []
    try:
        with pool:
            n = len(batches)
            for part, sources in pool.map(analyze_in_worker, batches, [select] * n, [ignore] * n):
                results.extend(part)
                if cache is not None:
                    cache.note_sources(sources)
    except BrokenProcessPool as exc:
        raise ParallelRunError(f"a worker process died: {exc}") from exc
    except BaseException:  # Ctrl-C, SIGTERM: stop the workers now, not after their batches
        stop_workers(pool)
        raise
    return results


def worker_pool(workers: int) -> ProcessPoolExecutor:
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(
        max_workers=workers, initializer=die_with_parent, initargs=(os.getpid(),)
    )


def stop_workers(pool: ProcessPoolExecutor) -> None:
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()


PARENT_POLL_SECONDS = 0.5


def die_with_parent(parent: int) -> None:
    """Worker start-up: exit as soon as the parent is gone (killed, even by SIGKILL).

    A killed parent cannot stop its workers, and an orphaned worker would
    finish every batch it was given. A daemon thread watches the parent's pid
    (portable, unlike Linux's PR_SET_PDEATHSIG, which also follows the thread
    that forked, not the process). Ctrl-C reaches the whole process group: the
    parent handles it and stops the workers, so they ignore it.
    """
    import signal
    import threading
    import time

    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="wac-lint-parent-watch", daemon=True).start()


def read_bytes(path: Path) -> bytes | str:
    """A script's raw content, or the one-line reason it cannot be read.

    The cache is keyed by raw content, so a hit needs neither decoding nor a
    `SourceFile`.
    """
    try:
        return read_file_bytes(path)
    except InputError as exc:
        return str(exc)


class SettingsLookup:
    """`settings_for_file`, once per directory instead of once per file."""

    def __init__(self) -> None:
        self.by_directory: dict[str, Settings] = {}

    def __call__(self, path: Path) -> Settings:
        if os.path.islink(path):  # configuration is found from the link's target
            return settings_for_file(path)
        directory = os.path.dirname(path) or "."
        found = self.by_directory.get(directory)
        if found is None:
            found = self.by_directory[directory] = settings_for_file(path)
        return found


def check_paths(
    files: list[Path],
    settings: Settings | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    *,
    cache: ResultCache | None = None,
    workers: int | None = None,
    parallel_min: int = PARALLEL_MIN_FILES,
    named: Collection[Path] | None = None,
) -> CheckRun:
    """Check `files` (in this order); `settings` overrides discovery for all of them.
    With `named` (the files the user named), an empty file found by walking a
    directory (a package's `__init__.py`) is counted without a notice."""
    selected = list(select) if select is not None else None
    ignored = list(ignore) if ignore is not None else None
    lookup = SettingsLookup()
    from wac_lint.workspace.view import use_store  # before workers start

    use_store(cache.workspace if cache is not None else None)
    outcomes: list[Result | str | None] = [None] * len(files)
    jobs: list[Job] = []
    keys: dict[int, tuple[str, StatKey | None, str]] = {}  # digest, stat, config, for cache.put
    for position, path in enumerate(files):
        effective = settings or lookup(path)
        if cache is not None:
            config = cache.context(path, fingerprint(effective))
            stat = cache.stat_key(path)  # before reading: a later edit must not match
            hit = cache.get_unchanged(path, stat, config)
            if hit is not None:
                outcomes[position] = Result(str(path), findings=hit)
                continue
        data = read_bytes(path)
        if isinstance(data, str):
            outcomes[position] = data
            continue
        if not data or data == UTF8_BOM:
            quiet = named is not None and path not in named
            notice = None if quiet else f"{path}: empty file, nothing to check"
            outcomes[position] = Result(str(path), notice=notice)
            continue
        if cache is not None:
            digest = cache.digest(path, data, config)
            hit = cache.get(path, digest, stat)
            if hit is not None:
                outcomes[position] = Result(str(path), findings=hit)
                continue
            keys[position] = (digest, stat, config)
        try:
            source = source_from_bytes(data, str(path))
        except InputError as exc:
            outcomes[position] = str(exc)
            continue
        if out_of_scope(
            data,
            source.language,
            rules_for(effective, selected, ignored, source.path, source.language),
        ):
            outcomes[position] = Result(source.path)
            if cache is not None:
                digest, stat, config = keys[position]
                cache.put(path, digest, [], stat, config)
            continue
        jobs.append((position, source.path, source.text, source.language, effective))

    count = default_workers() if workers is None else workers
    for position, result in run_jobs(jobs, selected, ignored, count, parallel_min, cache):
        outcomes[position] = result
        # Input problems and crashed rules are reported on every run, never cached.
        if cache is not None and isinstance(result, Result) and not result.errors:
            digest, stat, config = keys[position]
            cache.put(files[position], digest, result.findings, stat, config, result.dependencies)
    if cache is not None:
        cache.prune({cache.key(path) for path in files})

    run = CheckRun(cache_hits=cache.hits if cache is not None else 0)
    for outcome in outcomes:
        if isinstance(outcome, str):
            run.problems.append(outcome)
        elif outcome is not None:
            run.add(outcome)
    run.sort()
    return run
