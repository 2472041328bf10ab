"""`wac-lint check one_file.py` loads only what checking needs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.ci.samples import BAD_PY

PROBE = """
import sys
sys.argv = ["wac-lint", "check", "--format", "{fmt}", "script.py"]
from wac_lint.cli import main
try:
    main()
except SystemExit:
    pass
import json
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""
# The language server and the graph are other commands' business. (The schema
# package is not here: the stale-metadata rules need it during `check`.)
HEAVY = ("pygls", "libcst", "lsprotocol", "wac_lint.lsp", "wac_lint.graph")


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
