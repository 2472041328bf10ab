"""`wac-lint graph FILE [--format json|mermaid|dot]`: output, exit codes, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import cli_runner
from wac_lint.cli import cli

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "python" / "order_fulfilment.py"
GOOD = """\
from wmill import task, workflow


@task()
async def double(x: int) -> int:
    return x * 2


@workflow
async def main(x: int):
    return await double(x)
"""


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = cli_runner().invoke(cli, ["graph", *args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_json_is_the_default() -> None:
    code, out, err = run(str(EXAMPLE))
    assert code == 0 and err == ""
    doc = json.loads(out)
    assert doc["file"] == str(EXAMPLE) and doc["language"] == "python"
    assert doc["workflow"]["name"] == "main"
    assert [n["checkpoint_key"] for n in doc["nodes"] if n["type"] == "Step"][0] == "load_order"


@pytest.mark.parametrize(
    ("fmt", "start"), [("mermaid", "flowchart TD\n"), ("dot", 'digraph "main" {')]
)
def test_other_formats(fmt: str, start: str) -> None:
    code, out, _ = run(str(EXAMPLE), "--format", fmt)
    assert code == 0 and out.startswith(start)


def test_stdin_needs_a_name_for_the_language() -> None:
    code, out, _ = run("-", "--stdin-filename", "f/flows/double.py", stdin=GOOD)
    assert code == 0 and json.loads(out)["file"] == "f/flows/double.py"
    code, _, err = run("-", stdin=GOOD)
    assert code == 2 and "--stdin-filename" in err


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        ("import requests\n", "plain.py", "plain.py: no workflow: the file imports nothing"),
        ("from wmill import task\n", "tasks.py", "tasks.py: no workflow found"),
        (
            "from wmill import workflow\n\n@workflow\nasync def main()\n    pass\n",
            "broken.py",
            "broken.py:3:1: syntax error, and no workflow found",
        ),
        ("\x00\x01", "binary.py", "binary.py: binary file"),
        ("x", "notes.txt", "notes.txt: not a Python or TypeScript file"),
    ],
)
def test_no_graph_is_one_line_and_exit_1(
    tmp_path: Path, content: str, name: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content)
    code, out, err = run(str(path))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"wac-lint: {tmp_path / message.split(':')[0]}")
    assert message.split(":", 1)[1] in err
    assert "Traceback" not in err


def test_missing_file(tmp_path: Path) -> None:
    code, _, err = run(str(tmp_path / "nope.ts"))
    assert code == 1 and "no such file or directory" in err and err.count("\n") == 1


def test_syntax_error_outside_the_workflow_warns_and_draws(tmp_path: Path) -> None:
    path = tmp_path / "wf.py"
    path.write_text(GOOD + "\nx = (\n")
    code, out, err = run(str(path))
    assert code == 0 and json.loads(out)["nodes"]
    assert err.startswith("wac-lint: warning: ") and "syntax error" in err


def test_internal_error_is_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import wac_lint.commands.graph as command

    def boom(_: str) -> None:
        raise RuntimeError("kaput")

    monkeypatch.setattr(command, "graph_for_file", boom)
    path = tmp_path / "wf.py"
    path.write_text(GOOD)
    code, _, err = run(str(path))
    assert code == 2 and "internal error" in err and "kaput" in err and "Traceback" not in err


def test_console_script_runs_in_a_subprocess() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "wac_lint", "graph", str(EXAMPLE), "--format", "mermaid"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert out.returncode == 0 and out.stdout.startswith("flowchart TD")
