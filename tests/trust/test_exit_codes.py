"""No silent pass: configuration typos, hostile configurations, interrupts."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import cli_runner
from wac_lint.cli import cli

BAD = (
    "import requests\nfrom wmill import workflow\n\n@workflow\n"
    "async def main(url: str):\n    return requests.post(url).status_code\n"
)


@pytest.fixture()
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.py").write_text(BAD)
    return tmp_path


@pytest.mark.parametrize(
    ("config", "where", "selector"),
    [
        ('select = ["WAC10l"]\n', "'select'", "WAC10L"),
        ('ignore = ["WAC1", "E501"]\n', "'ignore'", "E501"),
        ('ignore = [""]\n', "'ignore'", ""),
        (
            '[per-file-ignores]\n"bad.py" = ["WAC1O1"]\n',
            "'per-file-ignores' (\"bad.py\")",
            "WAC1O1",
        ),
    ],
)
def test_unknown_selector_in_configuration_is_a_configuration_error(
    tree: Path, config: str, where: str, selector: str
) -> None:
    (tree / "wac-lint.toml").write_text(config)
    for command in (["check", "--no-cache", "."], ["schema", "--check", "."]):
        result = cli_runner().invoke(cli, command)
        assert result.exit_code == 2, (command, result.output)
        assert (
            f"wac-lint: error: {tree / 'wac-lint.toml'}: {where}: "
            f"unknown rule selector '{selector}' (see `wac-lint rules`)"
        ) in result.stderr
        assert "internal error" not in result.stderr


def test_pyproject_table_is_checked_too(tree: Path) -> None:
    (tree / "pyproject.toml").write_text('[tool.wac-lint]\nselect = ["WAC9Z"]\n')
    result = cli_runner().invoke(cli, ["check", "--no-cache", "."])
    assert result.exit_code == 2
    assert "'select': unknown rule selector 'WAC9Z'" in result.stderr


def test_known_prefixes_still_select(tree: Path) -> None:
    (tree / "wac-lint.toml").write_text('select = ["wac1"]\nignore = ["WAC102", "ALL"]\n')
    result = cli_runner().invoke(cli, ["check", "--no-cache", "."])
    assert result.exit_code == 0, result.output


def test_deeply_nested_configuration_is_a_configuration_error(tree: Path) -> None:
    (tree / "wac-lint.toml").write_text("x = " + "[" * 5000 + "]" * 5000 + "\n")
    for command in (["check", "--no-cache", "."], ["schema", "."]):
        result = cli_runner().invoke(cli, command)
        assert result.exit_code == 2
        assert "invalid TOML: nested too deeply" in result.stderr
        assert "internal error" not in result.stderr


def default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run_then_signal(tmp_path: Path, sig: int) -> subprocess.CompletedProcess[str]:
    """`check -` blocks reading standard input: a signal arrives while it runs."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "wac_lint", "check", "-", "--stdin-filename", "x.py"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        # A shell starts a background job with SIGINT ignored, and a child inherits
        # that: the test is about what wac-lint does with Ctrl-C, so it gets it.
        preexec_fn=default_sigint,
    )
    time.sleep(1.5)  # imported and waiting on stdin
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=60)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


@pytest.mark.skipif(not hasattr(signal, "SIGINT") or os.name != "posix", reason="POSIX signals")
def test_ctrl_c_exits_130(tmp_path: Path) -> None:
    done = run_then_signal(tmp_path, signal.SIGINT)
    assert done.returncode == 130, done.stderr
    assert "Aborted!" not in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_sigterm_unwinds_with_exit_143(tmp_path: Path) -> None:
    done = run_then_signal(tmp_path, signal.SIGTERM)
    assert done.returncode == 128 + signal.SIGTERM, done.stderr
    assert "Traceback" not in done.stderr


PARENT = """
import os, sys, time
from wac_lint.runner import worker_pool

pool = worker_pool(2)
futures = [pool.submit(time.sleep, 120) for _ in range(2)]
time.sleep(1.0)
print(" ".join(str(pid) for pid in pool._processes), flush=True)
time.sleep(120)
"""


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split()[2] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc")
def test_workers_die_with_a_killed_parent() -> None:
    parent = subprocess.Popen([sys.executable, "-c", PARENT], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    workers = [int(pid) for pid in parent.stdout.readline().split()]
    assert len(workers) == 2 and all(alive(pid) for pid in workers)
    parent.kill()  # SIGKILL: the parent runs no cleanup at all
    parent.wait()
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(pid) for pid in workers)


def test_ctrl_c_during_schema_check_is_130_not_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """For `schema --check`, exit 1 means "stale": an interrupted run must not say so."""
    import wac_lint.commands.schema as schema_command
    from wac_lint import cli as cli_module

    def interrupted(*args: object, **kwargs: object) -> object:
        raise KeyboardInterrupt

    (tmp_path / "a.py").write_text("from wmill import workflow\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(schema_command, "collect_files", interrupted)
    monkeypatch.setattr(sys, "argv", ["wac-lint", "schema", "--check", "."])
    with pytest.raises(SystemExit) as exit_info:
        cli_module.main()
    assert exit_info.value.code == 130
    err = capsys.readouterr().err
    assert "wac-lint: interrupted" in err and "Aborted!" not in err
