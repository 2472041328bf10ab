"""The optional compiled build (`WAC_LINT_COMPILE=1`, setup.py) reports exactly
what the pure-Python build reports.

Compiling everything takes about ten minutes on two cores, too long for the
suite, so this compiles a few of the hot modules (the scopes, the front-ends'
walker, the SDK facts the rules share) without C optimisation, in a
copy of the package in its installed layout, and runs `check` and `graph` from
that copy and from the pure package on a sample of the repository's scripts.
The full build is compared the same way by hand (bench/README.md).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
# With their subclasses: a Python class cannot subclass a compiled one.
COMPILED = (
    "wac_lint/semantic/scopes.py",
    "wac_lint/semantic/python_scopes.py",
    "wac_lint/semantic/typescript_scopes.py",
    "wac_lint/frontends/common.py",
    "wac_lint/frontends/body/records.py",
    "wac_lint/frontends/body/vocabulary.py",
    "wac_lint/frontends/body/state.py",
    "wac_lint/frontends/body/classes.py",
    "wac_lint/frontends/body/functions.py",
    "wac_lint/frontends/body/dispatch.py",
    "wac_lint/frontends/body/tasks.py",
    "wac_lint/frontends/body/durable.py",
    "wac_lint/frontends/body/following.py",
    "wac_lint/frontends/body/walker.py",
    "wac_lint/frontends/python.py",
    "wac_lint/frontends/typescript.py",
    "wac_lint/rules/_sdk_calls.py",
)
# Every fourth folder of the adversarial corpus (about a thousand scripts, both
# languages): the whole corpus twice took a third of this test's time.
SAMPLE = (
    "examples",
    *sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "tests" / "corpus" / "adversarial").iterdir()
        if p.is_dir()
    )[::4],
)


def missing_toolchain() -> str | None:
    if importlib.util.find_spec("mypyc") is None:
        return "mypyc (part of mypy) is not installed"
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler})"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").exists():
        return "no Python headers (Python.h)"
    return None


def staged_sources(stage: Path) -> list[str]:
    spec = importlib.util.spec_from_file_location("wac_lint_setup", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    setup = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(setup)  # only defines names: setup() runs as __main__
    found: list[str] = setup.staged_sources(stage)
    return found


def run(pythonpath: Path, *args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    proc = subprocess.run(
        [sys.executable, "-P", "-m", "wac_lint", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr
    return proc.stdout


def test_compiled_modules_report_what_pure_python_reports(tmp_path: Path) -> None:
    reason = missing_toolchain()
    if reason:
        pytest.skip(f"cannot build the compiled modules: {reason}")
    compiled, pure = tmp_path / "compiled", tmp_path / "pure"
    sources = staged_sources(compiled)
    assert set(COMPILED) <= set(sources)  # setup.py compiles them in the real build
    staged_sources(pure)
    build = subprocess.run(
        [sys.executable, "-m", "mypyc", "--config-file", str(ROOT / "pyproject.toml"), *COMPILED],
        cwd=compiled,
        env={**os.environ, "MYPYC_OPT_LEVEL": "0"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    probe = subprocess.run(
        [sys.executable, "-P", "-c", "import wac_lint.semantic.scopes as m; print(m.__file__)"],
        env={**os.environ, "PYTHONPATH": str(compiled)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.strip().endswith(".so")  # the compiled module is what runs
    check = ("check", "--format", "json", "--no-cache", "--exit-zero", *SAMPLE)
    reported = run(pure, *check)
    assert '"code": "WAC' in reported  # the sample has findings to compare
    assert run(compiled, *check) == reported
    for script in ("examples/python/replay_mistakes.py", "examples/typescript/replay_mistakes.ts"):
        assert run(compiled, "graph", script) == run(pure, "graph", script)
