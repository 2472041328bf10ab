"""A real editor: headless Neovim's built-in LSP client runs `wac-lint lsp`.

Neovim converts the server's UTF-16 columns back to byte columns with its own
code, so a wrong position encoding shows up here as a wrong `col`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.lsp.conftest import SERVER

HERE = Path(__file__).resolve().parent
NVIM = shutil.which("nvim")

SCRIPT = """\
import requests
from datetime import datetime
from wmill import workflow


@workflow
async def main(url: str):
    label = "café 東京 🎉"; started = datetime.now()
    requests.post(url, json={"label": label, "t": str(started)})
    return 1
"""


@pytest.mark.skipif(
    NVIM is None, reason="Neovim is not installed (`nvim` not on PATH; Debian package `neovim`)"
)
def test_neovim_builtin_client_shows_and_updates_findings(tmp_path: Path) -> None:
    assert NVIM is not None
    script = tmp_path / "flow.py"
    script.write_text(SCRIPT, encoding="utf-8")
    out = tmp_path / "result.json"
    lines = SCRIPT.split("\n")
    env = {
        **os.environ,
        "WAC_OUT": str(out),
        "WAC_FILE": str(script),
        "WAC_CMD": json.dumps(SERVER),
        "WAC_DELETE_ROW": str(next(i for i, line in enumerate(lines) if "requests.post" in line)),
        # Keep Neovim's state, logs and swap files inside the test directory.
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    subprocess.run(
        [NVIM, "--headless", "--clean", "-n", "-c", f"luafile {HERE / 'neovim_client.lua'}"],
        env=env,
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=90,
        check=False,
    )
    result = json.loads(out.read_text(encoding="utf-8"))
    assert "error" not in result, result.get("error")
    assert result["opened"], result
    codes = [d["code"] for d in result["after_open"]]
    assert codes == ["WAC101", "WAC102"]
    assert {d["source"] for d in result["after_open"]} == {"wac-lint"}

    # Neovim's columns are bytes: the emoji, CJK and accent before `datetime.now`
    # only land right if the server counted UTF-16 units.
    row = next(i for i, line in enumerate(lines) if "datetime.now()" in line)
    wac102 = next(d for d in result["after_open"] if d["code"] == "WAC102")
    byte_col = len(lines[row][: lines[row].index("datetime.now")].encode("utf-8"))
    assert (wac102["lnum"], wac102["col"]) == (row, byte_col)
    assert wac102["end_col"] == byte_col + len("datetime.now")

    # After deleting the requests.post line, only WAC102 remains.
    assert result["edited"], result
    assert [d["code"] for d in result["after_edit"]] == ["WAC102"]
    assert result["stopped"]
