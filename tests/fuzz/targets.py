"""Run one fuzz case through one command, in process, and list what went wrong.

Each case is written into a fresh temporary directory holding the project
(`proj/`, the working directory of the command) and a sibling `outside/` that
no command may touch; the whole directory is snapshotted before and after, so
any write other than the command's own (the fixed script, its `.script.yaml`,
the cache) is reported. A hang guard (SIGALRM) bounds the time per input.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from types import FrameType

from click.testing import Result

from tests.fuzz import properties
from tests.fuzz.seeds import Case
from tests.helpers import cli_runner
from wac_lint.cli import cli

CHECK_FORMATS = ["text", "concise", "json", "json-lines", "github", "sarif", "junit"]
GRAPH_FORMATS = ["json", "mermaid", "dot"]
TEXT_FORMATS = {"text", "concise", "github", "mermaid", "dot"}
CACHE_DIR = ".wac_lint_cache"


class Target(Enum):
    CHECK = "check"
    GRAPH = "graph"
    SCHEMA_STDOUT = "schema --stdout"
    SCHEMA = "schema"
    FIX = "check --fix"
    FIX_UNSAFE = "check --fix --unsafe-fixes"


class Kind(Enum):
    EXIT_CODE = "exit code not in {0, 1, 2}"
    EXCEPTION = "uncaught exception"
    INTERNAL_ERROR = "internal error"
    TRACEBACK = "traceback in the output"
    TIMEOUT = "time bound exceeded"
    BROKEN_FIX = "fix produced a broken file"
    WRITE_OUTSIDE = "wrote outside the given paths"
    BAD_OUTPUT = "output not in its format"
    CONTROL_CHARS = "raw control characters in the output"
    READ_ONLY_CHANGED = "changed a read-only file"
    CACHE_MISMATCH = "cached result differs from a fresh one"
    NOT_IDEMPOTENT = "schema --check disagrees with what schema wrote"


@dataclass(frozen=True)
class Violation:
    target: Target
    kind: Kind
    detail: str

    def __str__(self) -> str:
        return f"[{self.target.value}] {self.kind.value}: {self.detail}"


@dataclass
class Run:
    args: list[str]
    exit_code: int
    stdout: str
    stderr: str
    exception: BaseException | None
    seconds: float


@dataclass
class Outcome:
    violations: list[Violation] = field(default_factory=list)
    runs: list[Run] = field(default_factory=list)


class Hang(BaseException):  # noqa: N818 - BaseException so that no `except Exception` eats it
    """Raised by the hang guard inside the command."""


@contextlib.contextmanager
def hang_guard(seconds: float) -> Iterator[None]:
    def _raise(signum: int, frame: FrameType | None) -> None:
        raise Hang()

    try:
        previous = signal.signal(signal.SIGALRM, _raise)
    except ValueError:  # not the main thread: no guard
        yield
        return
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


Snapshot = dict[str, tuple[str, bytes]]


def snapshot(root: Path) -> Snapshot:
    """Every entry under root: regular files by content and mode, links by target."""
    entries: Snapshot = {}
    for directory, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(directory, name)
            rel = str(path.relative_to(root))
            info = path.lstat()
            if stat.S_ISLNK(info.st_mode):
                entries[rel] = ("link", os.readlink(path).encode())
            elif stat.S_ISDIR(info.st_mode):
                entries[rel] = ("dir", b"")
            elif stat.S_ISREG(info.st_mode):
                entries[rel] = (f"file {info.st_mode & 0o7777:o}", path.read_bytes())
            else:
                entries[rel] = ("other", b"")
    return entries


def changed_entries(before: Snapshot, after: Snapshot) -> list[str]:
    return sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))


@dataclass
class Workspace:
    base: Path
    project: Path
    outside: Path


@contextlib.contextmanager
def workspace(case: Case) -> Iterator[Workspace]:
    base = Path(tempfile.mkdtemp(prefix="wac-fuzz-"))
    project, outside = base / "proj", base / "outside"
    outside.mkdir()
    (outside / "keep.py").write_bytes(b"print('not yours')\n")
    for name, data in case.files.items():
        path = project / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    project.mkdir(exist_ok=True)
    for name, data in case.outside.items():
        (outside / name).write_bytes(data)
    for name, target in case.links.items():
        path = project / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.symlink_to(target)
    for name, mode in case.modes.items():
        (project / name).chmod(mode)
    cwd = os.getcwd()
    os.chdir(project)
    try:
        yield Workspace(base, project, outside)
    finally:
        os.chdir(cwd)
        shutil.rmtree(base, ignore_errors=True)


Invoker = Callable[[list[str], "bytes | None", float], Run]


def invoke_in_process(args: list[str], stdin: bytes | None, timeout: float) -> Run:
    """In process, through click's runner (fast: no interpreter start-up)."""
    runner = cli_runner()
    started = time.perf_counter()
    result: Result | None = None
    exception: BaseException | None = None
    try:
        with hang_guard(timeout):
            result = runner.invoke(cli, args, input=stdin)
    except Hang as exc:
        exception = exc
    seconds = time.perf_counter() - started
    if result is None:
        return Run(args, -1, "", "", exception, seconds)
    exception = result.exception
    if isinstance(exception, SystemExit):
        exception = None
    return Run(
        args,
        result.exit_code,
        result.stdout_bytes.decode("utf-8", "replace"),
        result.stderr_bytes.decode("utf-8", "replace") if result.stderr_bytes else "",
        exception,
        seconds,
    )


def invoke_subprocess(args: list[str], stdin: bytes | None, timeout: float) -> Run:
    """As a user runs it: a fresh interpreter, real exit code, real streams."""
    command = [sys.executable, "-m", "wac_lint", *args]
    env = {k: v for k, v in os.environ.items() if k != "WAC_LINT_DEBUG"}
    started = time.perf_counter()
    try:
        done = subprocess.run(
            command, input=stdin or b"", capture_output=True, timeout=timeout, env=env
        )
    except subprocess.TimeoutExpired:
        return Run(args, -1, "", "", Hang(), time.perf_counter() - started)
    return Run(
        args,
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
        None,
        time.perf_counter() - started,
    )


def common_violations(target: Target, run: Run, fmt: str | None, timeout: float) -> list[Violation]:
    found: list[Violation] = []

    def add(kind: Kind, detail: str) -> None:
        found.append(Violation(target, kind, detail))

    if isinstance(run.exception, Hang):
        add(Kind.TIMEOUT, f"no answer within {timeout:.0f} s: {' '.join(run.args)}")
        return found
    if run.exception is not None:
        add(Kind.EXCEPTION, f"{type(run.exception).__name__}: {run.exception}"[:300])
    if run.exit_code not in (0, 1, 2):
        add(Kind.EXIT_CODE, f"exit {run.exit_code}")
    for stream in (run.stdout, run.stderr):
        for line in stream.splitlines():
            if "internal error" in line:
                add(Kind.INTERNAL_ERROR, line[:300])
                break
        if "Traceback (most recent call last)" in stream:
            add(Kind.TRACEBACK, stream[:300])
    if fmt is not None and run.exit_code in (0, 1) and run.stdout:
        for problem in properties.output_problems(run.stdout, fmt):
            add(Kind.BAD_OUTPUT, problem)
    text_streams = [run.stderr] + ([run.stdout] if fmt in TEXT_FORMATS else [])
    for stream in text_streams:
        for problem in properties.control_characters(stream):
            add(Kind.CONTROL_CHARS, problem)
            break
    return found


def _allowed(rel: str, allowed: set[str], cache: bool) -> bool:
    if rel in allowed:
        return True
    return cache and (rel == f"proj/{CACHE_DIR}" or rel.startswith(f"proj/{CACHE_DIR}/"))


def run_case(
    target: Target,
    case: Case,
    rng: random.Random,
    timeout: float = 20.0,
    invoke: Invoker = invoke_in_process,
) -> Outcome:
    """Run `case` through `target` (options drawn from `rng`) and check every property."""
    outcome = Outcome()
    with workspace(case) as ws:
        before = snapshot(ws.base)
        allowed: set[str] = set()
        uses_cache = False
        if target is Target.CHECK:
            uses_cache = _run_check(case, rng, timeout, outcome, invoke)
        elif target is Target.GRAPH:
            fmt = rng.choice(GRAPH_FORMATS)
            args = ["graph", case.script, "--format", fmt]
            stdin: bytes | None = None
            if rng.random() < 0.2:
                args = ["graph", "-", "--stdin-filename", case.script, "--format", fmt]
                stdin = case.script_bytes
            run = invoke(args, stdin, timeout)
            outcome.runs.append(run)
            outcome.violations += common_violations(
                target, run, "graph-json" if fmt == "json" else fmt, timeout
            )
        elif target is Target.SCHEMA_STDOUT:
            run = invoke(["schema", "--stdout", case.script], None, timeout)
            outcome.runs.append(run)
            outcome.violations += common_violations(target, run, "yaml", timeout)
        elif target is Target.SCHEMA:
            allowed.add(f"proj/{case.metadata_name}")
            _run_schema(case, timeout, outcome, invoke)
        else:
            allowed.add(f"proj/{case.script}")
            _run_fix(target, case, rng, timeout, outcome, ws, invoke)
        after = snapshot(ws.base)
        for rel in changed_entries(before, after):
            if not _allowed(rel, allowed, uses_cache):
                outcome.violations.append(Violation(target, Kind.WRITE_OUTSIDE, rel))
            elif (
                rel in before
                and before[rel][0].startswith("file")
                and not (int(before[rel][0].split()[1], 8) & 0o222)
            ):
                outcome.violations.append(Violation(target, Kind.READ_ONLY_CHANGED, rel))
    return outcome


def _run_check(
    case: Case, rng: random.Random, timeout: float, outcome: Outcome, invoke: Invoker
) -> bool:
    fmt = rng.choice(CHECK_FORMATS)
    if rng.random() < 0.2:
        args = ["check", "-", "--stdin-filename", case.script, "--format", fmt]
        run = invoke(args, case.script_bytes, timeout)
        outcome.runs.append(run)
        outcome.violations += common_violations(Target.CHECK, run, fmt, timeout)
        return False
    # Sometimes the directory: discovery, excludes and configuration lookup too.
    path = case.script.split("/", 1)[0] if rng.random() < 0.2 else case.script
    args = ["check", path, "--format", fmt]
    if rng.random() < 0.3:
        args.append(rng.choice(["--statistics", "--exit-zero", "-q", "--select=ALL"]))
    cold = invoke(args, None, timeout)
    outcome.runs.append(cold)
    outcome.violations += common_violations(Target.CHECK, cold, fmt, timeout)
    if outcome.violations:
        return True
    # The same run again reads the cache: it must say exactly what the cold run said.
    warm = invoke(args, None, timeout)
    outcome.runs.append(warm)
    outcome.violations += common_violations(Target.CHECK, warm, fmt, timeout)
    if (warm.exit_code, warm.stdout) != (cold.exit_code, cold.stdout):
        outcome.violations.append(
            Violation(
                Target.CHECK,
                Kind.CACHE_MISMATCH,
                f"exit {cold.exit_code} -> {warm.exit_code}; "
                f"stdout {cold.stdout[:120]!r} -> {warm.stdout[:120]!r}",
            )
        )
    return True


def _run_schema(case: Case, timeout: float, outcome: Outcome, invoke: Invoker) -> None:
    write = invoke(["schema", case.script], None, timeout)
    outcome.runs.append(write)
    outcome.violations += common_violations(Target.SCHEMA, write, None, timeout)
    if write.exit_code != 0 or outcome.violations or case.metadata_name in case.files:
        return
    # Metadata written from scratch is up to date. (Not so after a merge with
    # existing metadata: wmill's merge is not a fixpoint either, and wac-lint
    # matches wmill byte for byte; the oracle shows it on a kept `items:` key.)
    again = invoke(["schema", "--check", case.script], None, timeout)
    outcome.runs.append(again)
    outcome.violations += common_violations(Target.SCHEMA, again, None, timeout)
    if again.exit_code != 0:
        outcome.violations.append(
            Violation(
                Target.SCHEMA,
                Kind.NOT_IDEMPOTENT,
                f"exit {again.exit_code}: {(again.stdout + again.stderr)[:200]!r}",
            )
        )


def _run_fix(
    target: Target,
    case: Case,
    rng: random.Random,
    timeout: float,
    outcome: Outcome,
    ws: Workspace,
    invoke: Invoker,
) -> None:
    args = ["check", "--no-cache", "--fix", case.script]
    if target is Target.FIX_UNSAFE:
        args.append("--unsafe-fixes")
    run = invoke(args, None, timeout)
    outcome.runs.append(run)
    outcome.violations += common_violations(target, run, "text", timeout)
    path = ws.project / case.script
    after = path.read_bytes() if path.is_file() else b""
    for problem in properties.fix_problems(case.script_bytes, after, case.lang):
        outcome.violations.append(Violation(target, Kind.BROKEN_FIX, problem))
