"""`wac-lint check --fix` / `--unsafe-fixes`: files rewritten only when asked, safely."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from wac_lint.cli import cli

ALIASED = """\
from wmill import task as t, workflow


@t()
async def double(x: int) -> int:
    return x * 2


@workflow
async def main(x: int):
    return await double(x)
"""
UNAWAITED = """\
from wmill import sleep, workflow


@workflow
async def main():
    sleep(5)
    return 1
"""


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["check", "--no-cache", *args])


@pytest.fixture()
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_fix_applies_safe_fixes_and_reports_what_remains(here: Path) -> None:
    (here / "a.py").write_text(ALIASED)
    result = run("--fix", "a.py")
    assert result.exit_code == 0, result.output
    assert "fixed 1 finding(s) in 1 file(s)" in result.output
    assert (here / "a.py").read_text() == ALIASED.replace("task as t", "task").replace(
        "@t()", "@task()"
    )


def test_suggestions_need_unsafe_fixes(here: Path) -> None:
    (here / "b.py").write_text(UNAWAITED)
    result = run("--fix", "b.py")
    assert result.exit_code == 1  # the WAC106 finding remains
    assert (here / "b.py").read_text() == UNAWAITED
    result = run("--fix", "--unsafe-fixes", "b.py")
    assert result.exit_code == 0, result.output
    assert "    await sleep(5)\n" in (here / "b.py").read_text()


def test_without_fix_nothing_is_written(here: Path) -> None:
    (here / "a.py").write_text(ALIASED)
    assert run("a.py").exit_code == 1
    assert (here / "a.py").read_text() == ALIASED


def test_a_file_that_does_not_parse_is_never_rewritten(here: Path) -> None:
    broken = ALIASED + "\nx = (1 +\n"
    (here / "c.py").write_text(broken)
    result = run("--fix", "c.py")
    assert "c.py: not fixed: the file does not parse" in result.output
    assert (here / "c.py").read_text() == broken


def test_byte_order_mark_and_crlf_are_kept(here: Path) -> None:
    data = ("\ufeff" + ALIASED.replace("\n", "\r\n")).encode()
    (here / "d.py").write_bytes(data)
    assert run("--fix", "d.py").exit_code == 0
    fixed = (here / "d.py").read_bytes()
    assert fixed.startswith(b"\xef\xbb\xbf") and b"from wmill import task, workflow\r\n" in fixed


def test_fix_with_standard_input_is_a_usage_error(here: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "--fix", "-", "--stdin-filename", "x.py"], input="")
    assert result.exit_code == 2
