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
