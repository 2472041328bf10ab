"""What wac-lint writes: never broken code, never outside the tree, never half a file."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import wac_lint.rules.wac106_unawaited_durable_call as wac106
from tests.helpers import cli_runner
from wac_lint.cli import cli
from wac_lint.fix_safety import introduced_problem
from wac_lint.fixes import fix_file, sound_subset
from wac_lint.rule import Edit, Finding, Fix
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

PY_NESTED = """\
from wmill import task, workflow


@task()
async def process(x: str):
    return x


@workflow
async def main(x: str):
    def later():
        process(x)

    later()
    process(x)
    return 1
"""
TS_NESTED = """\
import { task, workflow } from "windmill-client";
const process = task(async (x: string) => x);
export const main = workflow(async (x: string) => {
  const run = () => {
    process(x);
  };
  run();
  process(x);
  return 1;
});
"""
ALIASED = """\
from wmill import task as t, workflow


@t()
async def double(x: int) -> int:
    return x * 2


@workflow
async def main(x: int):
    return await double(x)
"""
FIXED_ALIASED = ALIASED.replace("task as t", "task").replace("@t()", "@task()")
SCRIPT = "from wmill import workflow\n\n@workflow\nasync def main(x: int):\n    return x\n"


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return cli_runner().invoke(cli, list(args))


@pytest.fixture()
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- no fix produces code that does not compile ---------------------------------------


@pytest.mark.parametrize(("name", "code"), [("a.py", PY_NESTED), ("b.ts", TS_NESTED)])
def test_await_is_only_suggested_inside_async_functions(here: Path, name: str, code: str) -> None:
    (here / name).write_text(code)
    result = invoke("check", "--no-cache", "--fix", "--unsafe-fixes", name)
    fixed = (here / name).read_text()
    # the call in the workflow body is awaited; the one in the plain helper is not touched
    assert fixed == code.replace(
        "\n    process(x)\n    return", "\n    await process(x)\n    return"
    ).replace("\n  process(x);\n  return", "\n  await process(x);\n  return")
    assert "fixed 1 finding(s) in 1 file(s)" in result.stderr
    assert result.exit_code == 1  # the nested call is still reported, without a fix
    if name.endswith(".py"):
        compile(fixed, name, "exec", dont_inherit=True)


def test_a_fix_that_breaks_compilation_is_refused_and_reported(
    here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even a rule that offers a bad edit cannot get it written."""
    monkeypatch.setattr(wac106.sdk, "awaitable_here", lambda model, node: True)
    (here / "a.py").write_text(PY_NESTED)
    result = invoke("check", "--no-cache", "--fix", "--unsafe-fixes", "a.py")
    assert (
        "wac-lint: a.py:12:9: WAC106 fix not applied: it puts `await` outside an async function"
        in result.stderr
    )
    fixed = (here / "a.py").read_text()
    assert fixed.count("await process(x)") == 1  # the sound fix still landed
    compile(fixed, "a.py", "exec", dont_inherit=True)


def finding_with_edit(row: int, column: int, content: str) -> Finding:
    edit = Edit(row, column, row, column, content)
    return Finding(
        "WAC999", "test", "m", "error", "x.py", row, column, row, column, Fix("f", (edit,), "safe")
    )


def test_sound_subset_keeps_good_edits_and_refuses_bad_ones() -> None:
    code = "def f():\n    g()\n\nasync def h():\n    g()\n"
    source = SourceFile("x.py", code, LANG_PYTHON)
    text, good, bad = sound_subset(
        source, [finding_with_edit(2, 5, "await "), finding_with_edit(5, 5, "await ")], False
    )
    assert text == "def f():\n    g()\n\nasync def h():\n    await g()\n"
    assert [f.row for f in good] == [5]
    assert [(f.row, why) for f, why in bad] == [(2, "it puts `await` outside an async function")]


@pytest.mark.parametrize(
    ("language", "before", "after", "problem"),
    [
        (LANG_PYTHON, "x = 1\n", "x = (1\n", "the result does not parse"),
        (LANG_PYTHON, "def f():\n    return 1\n", "def f():\n    return await 1\n", "await"),
        (LANG_PYTHON, "x = 1\n", "x = 1\nbreak\n", "does not compile"),
        (LANG_TYPESCRIPT, "const f = () => g();\n", "const f = () => await g();\n", "await"),
        (LANG_TYPESCRIPT, "class A { x = g(); }\n", "class A { x = await g(); }\n", "await"),
        (LANG_TYPESCRIPT, "g();\n", "await g();\n", None),  # modules may await at top level
        (LANG_PYTHON, "async def f():\n    g()\n", "async def f():\n    await g()\n", None),
    ],
)
def test_introduced_problem(language: str, before: str, after: str, problem: str | None) -> None:
    name = "x.py" if language == LANG_PYTHON else "x.ts"
    found = introduced_problem(
        SourceFile(name, before, language), SourceFile(name, after, language)
    )
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found


# --- never through a link out of the tree, never a read-only file ----------------------


def test_fix_does_not_write_through_a_link_out_of_the_tree(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    outside = tmp_path / "outside.py"
    outside.write_text(ALIASED)
    project = tmp_path / "project"
    project.mkdir()
    (project / "link.py").symlink_to(outside)
    (project / "inner.py").write_text(ALIASED)
    (project / "inner_link.py").symlink_to(project / "inner.py")
    monkeypatch.chdir(project)
    result = invoke("check", "--no-cache", "--fix", ".")
    assert outside.read_text() == ALIASED
    assert (
        f"wac-lint: link.py: a symbolic link to {outside}, outside the project root "
        f"{project}; not written"
    ) in result.stderr
    assert (project / "inner.py").read_text() == FIXED_ALIASED  # a link inside the tree: fine
    assert (project / "inner_link.py").is_symlink()


def test_fix_never_changes_a_read_only_file(here: Path) -> None:
    (here / "ro.py").write_text(ALIASED)
    (here / "rw.py").write_text(ALIASED)
    (here / "ro.py").chmod(0o444)
    result = invoke("check", "--no-cache", "--fix", ".")
    assert (here / "ro.py").read_text() == ALIASED
    assert (here / "rw.py").read_text() == FIXED_ALIASED
    assert "wac-lint: ro.py: read-only file; not changed" in result.stderr
    assert result.exit_code == 1  # ro.py's finding remains


def test_schema_does_not_follow_a_metadata_link_out_of_the_project(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    victim = tmp_path / "victim.txt"
    victim.write_text("summary: precious\n")
    project = tmp_path / "project"
    project.mkdir()
    (project / "wmill.yaml").write_text("defaultTs: bun\n")
    (project / "a.py").write_text(SCRIPT)
    (project / "a.script.yaml").symlink_to(victim)
    (project / "b.py").write_text(SCRIPT)
    (project / "b.script.yaml").symlink_to(tmp_path / "nowhere" / "created.yaml")
    (project / "c.py").write_text(SCRIPT)
    monkeypatch.chdir(project)
    result = invoke("schema", ".")
    assert result.exit_code == 2
    assert victim.read_text() == "summary: precious\n"
    assert not (tmp_path / "nowhere").exists()
    assert "a.script.yaml: a symbolic link to" in result.stderr
    assert "b.script.yaml: a dangling symbolic link; not created" in result.stderr
    assert (project / "c.script.yaml").is_file()  # the others are still written


def test_schema_never_changes_a_read_only_metadata_file(here: Path) -> None:
    (here / "a.py").write_text(SCRIPT)
    (here / "a.script.yaml").write_text("summary: old\n")
    (here / "a.script.yaml").chmod(0o444)
    result = invoke("schema", ".")
    assert result.exit_code == 2
    assert (here / "a.script.yaml").read_text() == "summary: old\n"
    assert "a.script.yaml: read-only file; not changed" in result.stderr


# --- a failed write is one line, and leaves the old file --------------------------------


def run_with_file_size_limit(
    args: list[str], cwd: Path, limit: int
) -> subprocess.CompletedProcess[str]:
    """A full disk, as the process sees it: writes past `limit` bytes fail (EFBIG)."""

    def limit_writes() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "wac_lint", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        preexec_fn=limit_writes,  # noqa: PLW1509 - no threads here
        timeout=120,
        check=False,
    )


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="POSIX file size limits")
def test_one_unwritable_file_does_not_stop_the_others(tmp_path: Path) -> None:
    big = ALIASED + "# padding\n" * 800  # larger than the limit below
    (tmp_path / "big.py").write_text(big)
    (tmp_path / "small.py").write_text(ALIASED)
    done = run_with_file_size_limit(["check", "--no-cache", "--fix", "."], tmp_path, 4096)
    assert "internal error" not in done.stderr
    assert (tmp_path / "small.py").read_text() == FIXED_ALIASED
    assert (tmp_path / "big.py").read_text() == big
    assert "wac-lint: big.py: not fixed: cannot write: File too large" in done.stderr
    assert done.returncode == 1  # big.py's finding remains and is reported
    assert "big.py:1:" in done.stdout
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="POSIX file size limits")
def test_a_failed_report_write_keeps_the_previous_report(tmp_path: Path) -> None:
    for i in range(30):
        (tmp_path / f"s{i}.py").write_text(ALIASED)
    report = tmp_path / "report.json"
    report.write_text("[]\n")
    done = run_with_file_size_limit(
        ["check", "--no-cache", "--format", "json", "-o", "report.json", "."], tmp_path, 8192
    )
    assert done.returncode == 2
    assert "report.json: cannot write the report: File too large" in done.stderr
    assert report.read_text() == "[]\n"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


# --- temporary files ----------------------------------------------------------------------


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_leftovers_of_a_killed_run_are_removed_by_the_next(here: Path) -> None:
    (here / "a.py").write_text(SCRIPT)
    leftover = here / f".a.script.yaml.wac-lint-{dead_pid()}-k1ll3d.tmp"
    leftover.write_text("half")
    alive = here / f".a.script.yaml.wac-lint-{os.getppid()}-run.tmp"  # another run, still going
    alive.write_text("in progress")
    unrelated = here / ".notes.tmp"
    unrelated.write_text("mine")
    assert invoke("schema", ".").exit_code == 0
    assert not leftover.exists()
    assert alive.exists() and unrelated.exists()


def test_fix_file_reports_refusals_without_raising(here: Path) -> None:
    (here / "ro.py").write_text(ALIASED)
    (here / "ro.py").chmod(0o444)
    outcome = fix_file(here / "ro.py", None, None, None)
    assert outcome.applied == 0 and outcome.unwritten
    assert outcome.problem == f"{here / 'ro.py'}: read-only file; not changed"


def test_a_file_only_pythons_parser_rejects_is_not_rewritten(here: Path) -> None:
    """Fuzz finding: tree-sitter reads a function with no body before a decorator
    without an error, so `--fix` rewrote a file CPython cannot parse."""
    code = (
        "from wmill import task,workflow\r@task()\ndef charge()->s:\n@workflow\ndef n():\n"
        " try:[]=charge()\r except BaseException as e:"
    )
    script = here / "job.py"
    script.write_bytes(code.encode())
    result = cli_runner().invoke(cli, ["check", "--no-cache", "--fix", "--unsafe-fixes", "job.py"])
    assert script.read_bytes() == code.encode()
    # tree-sitter reads it: the message names the parser that refused it
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert (
        f"wac-lint: job.py: not fixed: Python {version}'s parser refuses it: expected an "
        "indented block after function definition on line 3 (line 4)"
    ) in result.stderr


def test_a_file_too_deep_to_analyse_after_a_fix_is_one_line(
    here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fuzz finding: `nested too deeply to analyse` escaped `fix_file` as an exception."""
    import wac_lint.fixes as fixes
    from wac_lint.engine import InputError

    def too_deep(*args: object, **kwargs: object) -> object:
        raise InputError("job.py: nested too deeply to analyse")

    (here / "job.py").write_text(ALIASED)
    monkeypatch.setattr(fixes, "analyze_source", too_deep)
    outcome = fix_file(here / "job.py", None, None, None)
    assert outcome.applied == 0
    assert outcome.problem == "job.py: nested too deeply to analyse; not fixed further"
    assert (here / "job.py").read_text() == ALIASED
