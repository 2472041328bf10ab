"""`wac-lint check one_file.py` loads only what checking needs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ci.samples import BAD_PY, GOOD_PY
from wac_lint.entry import plain_check, plain_lsp

PROBE = """
import sys
sys.argv = ["wac-lint", "check", "--format", "{fmt}", "script.py"]
from wac_lint.entry import main  # what the executable runs
try:
    main()
except SystemExit:
    pass
import json
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""
# The language server and the graph are other commands' business. (The schema
# package is not here: the stale-metadata rules need it during `check`.)
# A plain `check` does not load click either (`wac_lint.entry`).
HEAVY = ("pygls", "libcst", "lsprotocol", "wac_lint.lsp", "wac_lint.graph", "click", "wac_lint.cli")


def loaded_modules(tmp_path: Path, fmt: str) -> list[str]:
    (tmp_path / "script.py").write_text(BAD_PY)
    proc = subprocess.run(
        [sys.executable, "-c", PROBE.format(fmt=fmt)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "WAC101" in proc.stdout, proc.stderr
    return json.loads(proc.stderr.splitlines()[-1])


def heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if m.split(".")[0] in HEAVY or m.startswith(HEAVY)]


def test_check_imports_neither_pygls_nor_libcst(tmp_path: Path) -> None:
    modules = loaded_modules(tmp_path, "text")
    assert "wac_lint.engine" in modules  # the probe really ran a check
    assert heavy(modules) == []
    # The structured formats are only imported when chosen, processes when needed.
    structured = ("wac_lint.formats.sarif", "wac_lint.formats.junit", "xml.")
    assert not [m for m in modules if m.startswith(structured)]
    assert "concurrent.futures.process" not in modules


def test_sarif_imports_no_heavy_modules_either(tmp_path: Path) -> None:
    modules = loaded_modules(tmp_path, "sarif")
    assert "wac_lint.formats.sarif" in modules
    assert heavy(modules) == []


# Command lines the fast path runs, and the same through the click CLI: same
# output, same exit status. (`--select` has a value: the executable hands that one
# to click, so it is run both ways here only through the two functions.)
SAME = [
    ["check", "script.py"],
    ["check", "--format", "json", "--exit-zero", "script.py", "good.py"],
    ["check", "-q", "--statistics", "--no-cache", "good.py"],
    ["check", "--force-exclude", "--format", "concise", "missing.py", "script.py"],
]
RUN = """
import sys
sys.argv = ["wac-lint", *{argv!r}]
from wac_lint.{module} import main
main()
"""


@pytest.mark.parametrize("argv", SAME, ids=lambda a: " ".join(a[1:]))
def test_the_fast_path_prints_and_exits_as_the_click_cli_does(
    tmp_path: Path, argv: list[str]
) -> None:
    (tmp_path / "script.py").write_text(BAD_PY)
    (tmp_path / "good.py").write_text(GOOD_PY)

    def run(module: str) -> tuple[int, str, str]:
        proc = subprocess.run(
            [sys.executable, "-c", RUN.format(argv=argv, module=module)],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=False,
        )
        return proc.returncode, proc.stdout, proc.stderr

    fast, slow = run("entry"), run("cli")
    assert fast == slow
    assert fast[0] in (0, 1) and "Traceback" not in fast[2]


def test_what_the_fast_path_does_not_know_goes_to_click(monkeypatch: pytest.MonkeyPatch) -> None:
    assert plain_check(["check", "--no-cache", "-q", "a.py", "b.ts"]) == {
        "no_cache": True,
        "quiet": True,
        "paths": ("a.py", "b.ts"),
    }
    for argv in (
        ["check", "--select", "WAC1", "a.py"],  # an option with a value
        ["check", "--format", "xml", "a.py"],  # not a format: click says so
        ["check", "--format"],
        ["check", "-", "--stdin-filename", "a.py"],
        ["check", "--", "-a.py"],
        ["check", "-h"],
        ["schema", "a.py"],
        [],
    ):
        assert plain_check(argv) is None, argv
    monkeypatch.setenv("WAC_LINT_CACHE_DIR", "elsewhere")  # click validates it
    assert plain_check(["check", "a.py"]) is None


LSP_PROBE = """
import sys
sys.argv = ["wac-lint", *{argv!r}]
from wac_lint.entry import main
main()  # stdin is empty: the server ends at once
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


@pytest.mark.parametrize("argv", [["lsp"], ["lsp", "--stdio"]])
def test_the_language_server_starts_without_click(tmp_path: Path, argv: list[str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", "import json\n" + LSP_PROBE.format(argv=argv)],
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    modules = json.loads(proc.stderr.splitlines()[-1])
    assert "wac_lint.lsp.fast_start" in modules
    assert "click" not in modules
    assert plain_lsp(["lsp", "--log-level", "debug"]) is False  # click parses that one
