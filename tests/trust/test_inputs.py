"""Odd files on disk: only regular files are read, and every problem is one line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.helpers import cli_runner
from wac_lint.cli import cli
from wac_lint.engine import MAX_FILE_BYTES, InputError, read_file_bytes

GOOD = "from wmill import workflow\n\n@workflow\nasync def main():\n    return 1\n"
BAD = (
    "import requests\nfrom wmill import workflow\n\n@workflow\n"
    "async def main(url: str):\n    return requests.post(url).status_code\n"
)


@pytest.fixture()
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "good.py").write_text(GOOD)
    (tmp_path / "bad.py").write_text(BAD)
    return tmp_path


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return cli_runner().invoke(cli, list(args))


def test_symlink_loop_is_one_line_and_the_rest_is_checked(tree: Path) -> None:
    (tree / "loop1.py").symlink_to("loop2.py")
    (tree / "loop2.py").symlink_to("loop1.py")
    for command in (["check", "--no-cache", "."], ["schema", "--check", "."]):
        result = invoke(*command)
        assert "Traceback" not in result.output + result.stderr
        assert "internal error" not in result.stderr
        assert "loop1.py: symbolic link loop" in result.stderr
    result = invoke("check", "--no-cache", ".")
    assert result.exit_code == 1
    assert "bad.py:6:12: WAC101" in result.stdout


def test_fifo_is_not_read(tree: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    os.mkfifo(tree / "pipe.py")
    result = invoke("check", "--no-cache", ".")  # opening a FIFO for reading would block
    assert result.exit_code == 1
    assert "pipe.py: not a regular file" in result.stderr
    assert "bad.py:6:12: WAC101" in result.stdout


def test_device_link_is_not_read(tree: Path) -> None:
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    (tree / "zero.py").symlink_to("/dev/zero")
    result = invoke("check", "--no-cache", "zero.py", "bad.py")
    assert result.exit_code == 1
    assert "zero.py: not a regular file" in result.stderr
    result = invoke("schema", "--stdout", "zero.py")
    assert result.exit_code == 2
    assert "zero.py: not a regular file" in result.stderr


def test_size_limit_holds_while_reading(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that grows after it was measured is still cut off at the limit."""
    path = tree / "grows.py"
    path.write_text("x = 1\n")
    real_fstat = os.fstat

    def small_fstat(fd: int) -> os.stat_result:
        info = real_fstat(fd)
        with open(path, "ab") as handle:  # grows between the size check and the read
            handle.write(b"#" * (MAX_FILE_BYTES + 10))
        return info

    monkeypatch.setattr(os, "fstat", small_fstat)
    with pytest.raises(InputError, match="file too large"):
        read_file_bytes(path)


def test_unreadable_file_on_the_command_line_is_exit_1_with_the_others_checked(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = tree / "secret.py"
    secret.write_text(GOOD)
    real_open, real_access = os.open, os.access

    def no_read(path: object, *args: object, **kwargs: object) -> object:
        if str(path).endswith("secret.py"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    def no_access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if str(path).endswith("secret.py"):
            return False
        return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", no_read)
    monkeypatch.setattr(os, "access", no_access)
    result = invoke("check", "--no-cache", "secret.py", "bad.py")
    assert result.exit_code == 1
    assert "wac-lint: secret.py: permission denied" in result.stderr
    assert "bad.py:6:12: WAC101" in result.stdout


def test_unreadable_directory_is_reported(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tree / "locked").mkdir()
    (tree / "locked" / "inner.py").write_text(BAD)
    real_scandir = os.scandir

    def no_list(path: object = ".") -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", no_list)
    result = invoke("check", "--no-cache", ".")
    assert result.exit_code == 1
    assert "locked: cannot read directory: Permission denied" in result.stderr
    assert "bad.py:6:12: WAC101" in result.stdout
