"""CR-only line endings: Python and JavaScript accept them, so wac-lint reads them too."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import cli_runner
from wac_lint.cli import cli
from wac_lint.engine import analyze_bytes

GOLDEN = Path(__file__).parent / "golden"
BAD = (
    "import requests\nfrom wmill import workflow\n\n@workflow\n"
    "async def main(u: str, n: int = 3):\n    x = 1\n    return requests.post(u)\n"
)
BAD_TS = (
    'import { workflow } from "windmill-client";\n'
    "export const main = workflow(async (n: number) => {\n  return Date.now();\n});\n"
)
ALIASED = (
    "from wmill import task as t, workflow\n\n\n@t()\nasync def double(x: int) -> int:\n"
    "    return x * 2\n\n\n@workflow\nasync def main(x: int):\n    return await double(x)\n"
)


@pytest.mark.parametrize(("name", "code"), [("a.py", BAD), ("a.ts", BAD_TS)])
@pytest.mark.parametrize("newline", ["\r", "\r\n"])
def test_findings_are_the_same_at_the_same_positions(name: str, code: str, newline: str) -> None:
    expected = analyze_bytes(code.encode(), name).findings
    found = analyze_bytes(code.replace("\n", newline).encode(), name).findings
    assert expected and all(f.code != "WAC000" for f in expected)
    key = [(f.code, f.row, f.column, f.end_row, f.end_column, f.message) for f in expected]
    assert [(f.code, f.row, f.column, f.end_row, f.end_column, f.message) for f in found] == key


def test_schema_of_a_cr_only_script_is_what_wmill_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windmill's parser splits lines on LF only, so it finds no `def main(` here.

    The golden file is windmill-oracle's `script-yaml` output for this script.
    """
    monkeypatch.chdir(tmp_path)
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    script = tmp_path / "f" / "oracle" / "crw.py"
    script.parent.mkdir(parents=True)
    script.write_bytes(BAD.replace("\n", "\r").encode())
    result = cli_runner().invoke(cli, ["schema", "--stdout", "f/oracle/crw.py"])
    assert result.exit_code == 0, result.output
    assert result.stdout == (GOLDEN / "cr_only.script.yaml").read_text(encoding="utf-8")


def test_fix_keeps_cr_only_line_endings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.py").write_bytes(ALIASED.replace("\n", "\r").encode())
    result = cli_runner().invoke(cli, ["check", "--no-cache", "--fix", "a.py"])
    assert result.exit_code == 0, result.output
    fixed = (tmp_path / "a.py").read_bytes()
    expected = ALIASED.replace("task as t", "task").replace("@t()", "@task()")
    assert fixed == expected.replace("\n", "\r").encode()


NAMESPACE = (
    "import wmill\n\n\n@wmill.task()\nasync def double(x: int) -> int:\n    return x * 2\n\n\n"
    "@wmill.workflow\nasync def main(x: int):\n    return await double(x)\n"
)
NAMESPACE_TS = (
    'import * as wmill from "windmill-client";\n\n'
    "export const main = wmill.workflow(async (x: number) => {\n  return x;\n});\n"
)
UNSTEPPED = (
    "import requests\nfrom wmill import workflow\n\n@workflow\nasync def main(url: str):\n"
    "    requests.post(url, json={'a': 1})\n    return 1\n"
)


def fixed_bytes(tmp_path: Path, name: str, data: bytes, *flags: str) -> bytes:
    script = tmp_path / name
    script.write_bytes(data)
    result = cli_runner().invoke(cli, ["check", "--no-cache", "--fix", *flags, name])
    assert "internal error" not in result.output and result.exit_code in (0, 1), result.output
    return script.read_bytes()


def test_wac002_import_line_uses_the_files_line_ending(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The inserted `from wmill import ...` line used LF in CRLF files."""
    monkeypatch.chdir(tmp_path)
    lf = fixed_bytes(tmp_path, "a.py", NAMESPACE.encode())
    assert lf.startswith(b"import wmill\nfrom wmill import task, workflow\n\n\n@task()\n"), lf
    for newline in ("\r\n", "\r"):
        data = NAMESPACE.replace("\n", newline).encode()
        fixed = fixed_bytes(tmp_path, "a.py", data)
        assert fixed == lf.replace(b"\n", newline.encode()), (newline, fixed)
    crlf = fixed_bytes(tmp_path, "a.ts", NAMESPACE_TS.replace("\n", "\r\n").encode())
    assert crlf.startswith(
        b'import * as wmill from "windmill-client";\r\n'
        b'import { workflow } from "windmill-client";\r\n'
    ), crlf
    assert b"\n" not in crlf.replace(b"\r\n", b"")


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_every_fix_keeps_the_files_line_ending(
    newline: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """WAC001, WAC002 and the step wrapping of WAC101/WAC102 (`--unsafe-fixes`):
    the fixed file is the fixed LF file with the file's own line ending."""
    monkeypatch.chdir(tmp_path)
    for name, code in (
        ("a.py", ALIASED),
        ("b.py", NAMESPACE),
        ("c.ts", NAMESPACE_TS),
        ("d.py", UNSTEPPED),
        # a kept value JSON carries (a `Response` wrapped would be WAC107: not suggested)
        ("e.py", BAD.replace("requests.post(u)", "requests.post(u).status_code")),
    ):
        lf = fixed_bytes(tmp_path, name, code.encode(), "--unsafe-fixes")
        assert lf != code.encode(), name  # a fix was applied
        other = fixed_bytes(tmp_path, name, code.replace("\n", newline).encode(), "--unsafe-fixes")
        assert other == lf.replace(b"\n", newline.encode()), (name, other)


def test_line_ending_of_mixed_files_is_lf() -> None:
    from wac_lint.fixes import line_ending

    assert line_ending("a\r\nb\r\n") == "\r\n"
    assert line_ending("a\rb\r") == "\r"
    assert line_ending("a\r\nb\n") == "\n"
    assert line_ending("a\nb\rc") == "\n"
    assert line_ending("") == "\n"
