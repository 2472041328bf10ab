"""`wac-lint check`: formats, exit codes, selection, stdin and bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from wac_lint.cli import cli

BAD_PY = """\
import requests
from wmill import workflow


@workflow
async def main(url: str):
    return requests.post(url).status_code
"""
GOOD_PY = """\
from wmill import task, workflow


@task()
async def double(x: int) -> int:
    return x * 2


@workflow
async def main(x: int):
    return await double(x)
"""
BAD_TS = """\
import { workflow } from "windmill-client";
export const main = workflow(async () => {
  return Date.now();
});
"""


def run(*args: str, input: str | bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.py").write_text(BAD_PY)
    (tmp_path / "good.py").write_text(GOOD_PY)
    (tmp_path / "bad.ts").write_text(BAD_TS)
    return tmp_path


def test_text_output_and_exit_status(project: Path) -> None:
    result = run("check", ".")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith("bad.py:7:12: WAC101 `requests.post`")
    assert lines[1].startswith("bad.ts:3:10: WAC102 `Date.now`")
    assert lines[-1] == "Found 2 findings in 2 files (3 files checked)."


def test_clean_file_exits_zero(project: Path) -> None:
    result = run("check", "good.py")
    assert result.exit_code == 0
    assert result.output == "All checks passed (1 file checked).\n"


def test_exit_zero_and_quiet(project: Path) -> None:
    result = run("check", "--exit-zero", "--quiet", ".")
    assert result.exit_code == 0
    assert "Found" not in result.output and "WAC101" in result.output


def test_json_format(project: Path) -> None:
    result = run("check", "--format", "json", "bad.ts")
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data == [
        {
            "code": "WAC102",
            "name": "nondeterminism-in-workflow-body",
            "message": data[0]["message"],
            "severity": "error",
            "filename": "bad.ts",
            "location": {"row": 3, "column": 10},
            "end_location": {"row": 3, "column": 18},
            "fix": {
                "message": 'Wrap in `step("Date_now", ...)`',
                "applicability": "unsafe",
                "edits": [
                    {
                        "content": 'await step("Date_now", () => Date.now())',
                        "location": {"row": 3, "column": 10},
                        "end_location": {"row": 3, "column": 20},
                    },
                    {
                        "content": ", step",
                        "location": {"row": 1, "column": 18},
                        "end_location": {"row": 1, "column": 18},
                    },
                ],
            },
            "related": [],
        }
    ]
    assert "replays" in data[0]["message"]


def test_json_columns_count_characters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "u.ts").write_text(
        'import { workflow } from "windmill-client";\n'
        'export const main = workflow(async () => { const s = "héllo 🎉"; return Date.now(); });\n'
    )
    data = json.loads(run("check", "--format", "json", "u.ts").output)
    line = (tmp_path / "u.ts").read_text().splitlines()[1]
    assert data[0]["location"]["column"] == line.index("Date.now") + 1


def test_github_format(project: Path) -> None:
    result = run("check", "--format", "github", "bad.py")
    line = result.output.strip()
    assert line.startswith(
        "::error file=bad.py,line=7,col=12,endLine=7,endColumn=25,title=WAC101::"
    )
    assert "requests.post" in line


def test_github_format_uses_warning_for_warnings(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "s.py").write_text(
        "from wmill import task, workflow\n\n@task()\ndef double(x: int):\n    return x\n\n"
        "@workflow\nasync def main(x: int):\n    return await double(x)\n"
    )
    out = run("check", "--format", "github", "s.py").output
    assert out.startswith("::warning file=s.py,line=4,col=5,")


def test_select_and_ignore(project: Path) -> None:
    assert "WAC102" not in run("check", "--select", "WAC101", ".").output
    assert "WAC101" not in run("check", "--ignore", "WAC1", "--exit-zero", ".").output
    result = run("check", "--ignore", "WAC101,WAC102", ".")
    assert result.exit_code == 0


def test_unknown_selector_is_a_usage_error(project: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "--select", "WAC999", "."])
    assert result.exit_code == 2
    assert "unknown rule selector 'WAC999'" in result.output


def test_statistics(project: Path) -> None:
    out = run("check", "--statistics", ".").output
    assert "    1  WAC101  side-effect-in-workflow-body" in out


def test_stdin(project: Path) -> None:
    result = run("check", "-", "--stdin-filename", "x.ts", input=BAD_TS)
    assert result.exit_code == 1
    assert result.output.startswith("x.ts:3:10: WAC102")


def test_stdin_needs_a_filename(project: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "-"], input=BAD_TS)
    assert result.exit_code == 2


def test_non_wac_files_produce_no_findings(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plain.py").write_text("import requests\n\ndef main():\n    requests.get('x')\n")
    assert run("check", ".").exit_code == 0


def test_walk_skips_node_modules_hidden_and_dts(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    for rel in ("node_modules/x/a.ts", ".hidden/a.ts", "types.d.ts", "src/a.ts"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(BAD_TS)
    out = run("check", ".").output
    assert out.splitlines()[0].startswith("src/a.ts:3:10: WAC102")
    assert "(1 file checked)" in out


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("binary.py", b"\x00\x01\x02", "binary file"),
        ("latin1.py", "caf\xe9 = 1\n".encode("latin-1"), "not valid UTF-8"),
        ("huge.py", b"x = 1\n" * (2 * 1024 * 1024), "file too large"),
    ],
)
def test_bad_files_get_one_line_and_others_are_still_checked(
    project: Path, name: str, content: bytes, problem: str
) -> None:
    (project / name).write_bytes(content)
    result = CliRunner().invoke(cli, ["check", "."])
    assert result.exit_code == 1
    assert f"wac-lint: {name}: {problem}" in result.output
    assert "bad.py:7:12: WAC101" in result.output
    assert "Traceback" not in result.output


def test_unreadable_file(project: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can read any file")
    path = project / "secret.py"
    path.write_text(BAD_PY)
    path.chmod(0)
    result = CliRunner().invoke(cli, ["check", "."])
    assert "secret.py: permission denied" in result.output


def test_empty_file_is_skipped_quietly(project: Path) -> None:
    (project / "empty.py").write_text("")
    result = run("check", "empty.py")
    assert result.exit_code == 0
    assert "wac-lint: empty.py: empty file, nothing to check" in result.output
    assert "1 file checked" in result.output


def test_empty_files_found_by_a_walk_are_counted_without_a_notice(project: Path) -> None:
    # every package's `__init__.py` would print a line on `check .`
    (project / "pkg").mkdir()
    (project / "pkg" / "__init__.py").write_text("")
    result = run("check", "pkg")
    assert result.exit_code == 0
    assert "empty file" not in result.output
    assert "1 file checked" in result.output


def test_missing_path(project: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "nope.py", "bad.py"])
    assert result.exit_code == 1
    assert "wac-lint: nope.py: no such file or directory" in result.output
    assert "bad.py:7:12: WAC101" in result.output


def test_deeply_nested_file(project: Path) -> None:
    depth = 5000
    body = "(" * depth + "1" + ")" * depth
    (project / "deep.py").write_text(
        f"from wmill import workflow\n\n@workflow\nasync def main():\n    return {body}\n"
    )
    result = CliRunner().invoke(cli, ["check", "deep.py"])
    assert result.exit_code in (0, 1)
    assert "Traceback" not in result.output


def test_python_dash_m_and_console_script(project: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "wac_lint", "check", "--format", "json", "bad.py"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert json.loads(proc.stdout)[0]["code"] == "WAC101"
    assert proc.stderr == ""
