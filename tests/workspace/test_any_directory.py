"""The same verdicts whichever directory wac-lint starts from and however the files
are named: `check` (every rule, the cross-file and workspace ones and WAC901's `lock`
line among them) and `schema --check` from the project root, from a subfolder, and
from outside the project with absolute paths, on a project marked by `wmill.yaml`
and on one marked only by `wmill-lock.yaml` (issue 12)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.helpers import cli_runner
from wac_lint.cli import cli
from wac_lint.config import clear_cache
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "repo"
DISPATCH = (
    "from wmill import task_script, workflow\n\n"
    'missing = task_script("f/etl/extrct")\n'
    'extract = task_script("f/etl/extract")\n\n\n'
    "@workflow\nasync def main(url: str):\n"
    "    await missing()\n"
    "    return await extract(url=url, lmit=5)\n"
)


@pytest.fixture(params=["wmill.yaml", "wmill-lock.yaml"])
def repo(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    copy = tmp_path / "repo"
    shutil.copytree(REPO, copy)
    if request.param == "wmill-lock.yaml":  # the case: a lock file, no wmill.yaml
        (copy / "wmill.yaml").unlink()
        (copy / "wmill-lock.yaml").write_text("version: v2\nlocks: {}\n")
    (copy / "f/workflows/dispatch.py").write_text(DISPATCH)
    return copy


def invoke(
    cwd: Path, args: list[str], monkeypatch: pytest.MonkeyPatch, codes: tuple[int, ...] = (0, 1)
) -> str:
    monkeypatch.chdir(cwd)
    forget_projects()
    clear_cache()
    result = cli_runner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code in codes, result.output
    return result.stdout


def real(name: str, repo: Path, cwd: Path) -> str:
    """A file named by a run started in `cwd`, relative to the project root."""
    return Path(os.path.realpath(cwd / name)).relative_to(repo.resolve()).as_posix()


def starts(repo: Path) -> list[tuple[Path, str]]:
    """(directory, the path argument): the root, a subfolder, outside with an absolute path."""
    return [(repo, "."), (repo / "f/etl", "../.."), (repo.parent.parent, str(repo))]


def test_check_findings_are_the_same_from_any_directory(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A correct .script.yaml and one whose `lock:` line a run from `f/` used to write.
    module = "f/workflows/modular__mod/script.ts"
    invoke(repo, ["schema", "f/workflows/dispatch.py", module], monkeypatch)
    stale = repo / "f/workflows/dispatch.script.yaml"
    stale.write_text(stale.read_text().replace("!inline f/workflows/", "!inline workflows/"))
    runs = []
    for cwd, target in starts(repo):
        out = invoke(cwd, ["check", "--no-cache", "--format", "json", target], monkeypatch)
        runs.append(
            sorted(
                (
                    real(f["filename"], repo, cwd),
                    f["location"]["row"],
                    f["location"]["column"],
                    f["code"],
                    f["message"],
                    tuple(real(r["filename"], repo, cwd) for r in f["related"]),
                )
                for f in json.loads(out)
            )
        )
    assert runs[0] == runs[1] == runs[2]
    found = {(name, code) for name, _, _, code, _, _ in runs[0]}
    assert {
        ("f/workflows/daily.py", "WAC101"),  # through the imported helper
        ("f/workflows/dispatch.py", "WAC401"),
        ("f/workflows/dispatch.py", "WAC402"),
        ("f/workflows/dispatch.py", "WAC901"),  # the `lock:` line, root-relative
    } <= found
    assert (module, "WAC901") not in found
    (lock,) = [m for n, _, _, c, m, _ in runs[0] if (n, c) == ("f/workflows/dispatch.py", "WAC901")]
    assert "`lock`" in lock


def test_schema_paths_are_the_same_from_any_directory(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs = []
    for cwd, target in starts(repo):
        # Exit 2: two scripts of the sample claim one .script.yaml (`daily.py`, `daily.ts`).
        out = invoke(cwd, ["schema", "--check", target], monkeypatch, codes=(2,))
        listed = [
            line.rsplit(": ", 1)
            for line in out.splitlines()
            if line.endswith((": missing", ": stale")) and not line.startswith("wac-lint:")
        ]
        runs.append(sorted((real(name, repo, cwd), state) for name, state in listed))
    assert runs[0] == runs[1] == runs[2]
    assert ("f/workflows/modular__mod/script.yaml", "missing") in runs[0]
    # ... and written from a subfolder, the metadata has the root-relative `lock:` line.
    invoke(repo / "f/etl", ["schema", "extract.py"], monkeypatch)
    text = (repo / "f/etl/extract.script.yaml").read_text()
    assert "lock: '!inline f/etl/extract.script.lock'\n" in text
