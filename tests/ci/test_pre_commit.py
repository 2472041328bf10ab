"""The real pre-commit runs this repository's hooks (`pre-commit try-repo`).

This is the suite's one network test: pre-commit installs the hooks'
environment from the package registry (about 15 s per `try-repo`, each of
which installs afresh). Deselect with `-m "not network"`.

`try-repo` is pinned to the repository's HEAD commit (`--ref`): it clones the
repository, so what is tested is what is committed, not whatever is being
edited in the work tree.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ci.samples import BAD_PY, GOOD_PY

pytestmark = pytest.mark.network

REPO = Path(__file__).resolve().parents[2]


def schema_command_missing() -> bool:
    try:
        return importlib.util.find_spec("wac_lint.commands.schema") is None
    except Exception:  # wac_lint.schema itself missing or not importable
        return True


SCHEMA_COMMAND_MISSING = schema_command_missing()

# Metadata that no longer matches good.py's `main(x: int)`: the parameter is
# called `y` and is a string. (Stale in any reading of Windmill's format.)
STALE_SCRIPT_YAML = """\
summary: ''
description: ''
lock: '!inline f/flows/good.script.lock'
kind: script
schema:
  $schema: 'https://json-schema.org/draft/2020-12/schema'
  type: object
  properties:
    y:
      type: string
      description: ''
      default: null
  required:
    - y
"""


def head_commit() -> str:
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("needs git and a git checkout of wac-lint")
    return subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.strip()


def git(project: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=project, check=True, capture_output=True)


def make_project(tmp_path: Path, good_metadata: str | None) -> Path:
    """A Windmill repository with a bad, a clean and an excluded (bad) script,
    committed; `good_metadata` is the clean script's `.script.yaml` (None:
    the one `wac-lint schema` writes, so that it is clean for WAC901 too)."""
    project = tmp_path / "windmill"
    files = {
        "wac-lint.toml": 'extend-exclude = ["f/legacy"]\n',
        "wmill.yaml": "defaultTs: bun\n",
        "f/flows/bad.py": BAD_PY,
        "f/flows/good.py": GOOD_PY,
        "f/legacy/old.py": BAD_PY,
        "f/legacy/old.script.yaml": STALE_SCRIPT_YAML,
    }
    if good_metadata is not None:
        files["f/flows/good.script.yaml"] = good_metadata
    for name, text in files.items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text(text, encoding="utf-8")
    if good_metadata is None and not SCHEMA_COMMAND_MISSING:
        subprocess.run(
            [sys.executable, "-m", "wac_lint", "schema", "--quiet", "f/flows/good.py"],
            cwd=project,
            check=True,
            capture_output=True,
        )
    git(project, "init", "-q")
    git(project, "config", "user.email", "ci@example.invalid")
    git(project, "config", "user.name", "CI")
    git(project, "config", "commit.gpgsign", "false")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "scripts")
    return project


def try_repo(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PRE_COMMIT_HOME=str(project.parent / "pre-commit-home"))
    env.pop("WAC_LINT_CACHE_DIR", None)
    proc = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), *args],
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=600,
    )
    if "Installing environment" in proc.stdout and "An unexpected error" in proc.stdout:
        pytest.fail(f"pre-commit could not install the hook environment:\n{proc.stdout}")
    return proc


def test_wac_lint_hook_blocks_bad_scripts_and_passes_clean_ones(tmp_path: Path) -> None:
    ref = head_commit()
    project = make_project(tmp_path, good_metadata=None)
    staged = ["f/flows/bad.py", "f/flows/good.py", "f/legacy/old.py", "wmill.yaml"]
    blocked = try_repo(project, "wac-lint", "--ref", ref, "--files", *staged)
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert "Failed" in blocked.stdout
    assert "f/flows/bad.py:7:12: WAC101" in blocked.stdout
    assert "f/legacy" not in blocked.stdout  # excluded by wac-lint.toml despite being named
    assert "(2 files checked)" in blocked.stdout  # wmill.yaml is not handed to the hook

    clean = try_repo(
        project, "wac-lint", "--ref", ref, "--files", "f/flows/good.py", "f/legacy/old.py"
    )
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout


@pytest.mark.skipif(
    SCHEMA_COMMAND_MISSING,
    reason="`wac-lint schema` (wac_lint.commands.schema) is not written yet; the hook exists",
)
def test_schema_hook_rewrites_stale_metadata(tmp_path: Path) -> None:
    ref = head_commit()
    project = make_project(tmp_path, good_metadata=STALE_SCRIPT_YAML)
    stale = try_repo(
        project, "wac-lint-schema", "--ref", ref, "--files", "f/flows/good.py", "f/legacy/old.py"
    )
    assert stale.returncode == 1, stale.stdout + stale.stderr
    assert "files were modified by this hook" in stale.stdout
    fresh = (project / "f/flows/good.script.yaml").read_text(encoding="utf-8")
    assert fresh != STALE_SCRIPT_YAML
    assert "    x:\n" in fresh and "integer" in fresh
    # The excluded script's metadata is left alone.
    assert (project / "f/legacy/old.script.yaml").read_text(encoding="utf-8") == STALE_SCRIPT_YAML

    # What the developer does next: stage the rewritten file and commit again;
    # now both hooks pass.
    git(project, "add", "-A")
    again = try_repo(project, "--ref", ref, "--files", "f/flows/good.py", "f/legacy/old.py")
    assert again.returncode == 0, again.stdout + again.stderr
    assert again.stdout.count("Passed") == 2
