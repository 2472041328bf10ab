"""The README's `repo: local` pre-commit hooks, run by the real pre-commit.

Unlike the remote form (tests/ci/test_pre_commit.py, which needs the network to
install the hook environment), local hooks run the `wac-lint` already
installed, so this test runs offline: the block is copied from the README as is.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ci.samples import BAD_PY, GOOD_PY

README = Path(__file__).resolve().parents[2] / "README.md"


def local_hooks_block() -> str:
    text = README.read_text(encoding="utf-8")
    match = re.search(
        r"```yaml\n(# \.pre-commit-config\.yaml\nrepos:\n  - repo: local\n.*?)```", text, re.S
    )
    assert match is not None, "the README lost its `repo: local` pre-commit block"
    return match.group(1)


def git(project: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=project, check=True, capture_output=True)


def pre_commit(project: Path, *files: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(project.parent / "pre-commit-home"),
        # `entry: wac-lint ...` as written: the command this Python installed.
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
    }
    env.pop("WAC_LINT_CACHE_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--files", *files],
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")
def test_readme_local_hooks_block_bad_scripts_and_pass_clean_ones(tmp_path: Path) -> None:
    pytest.importorskip("pre_commit")
    project = tmp_path / "windmill"
    for name, text in {
        ".pre-commit-config.yaml": local_hooks_block(),
        "wac-lint.toml": 'extend-exclude = ["f/legacy"]\n',
        "f/flows/bad.py": BAD_PY,
        "f/flows/good.py": GOOD_PY,
        "f/legacy/old.py": BAD_PY,
        "notes/readme.py": GOOD_PY,
    }.items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text(text, encoding="utf-8")
    git(project, "init", "-q")
    git(project, "add", "-A")

    blocked = pre_commit(project, "f/flows/bad.py", "f/flows/good.py", "f/legacy/old.py")
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert "WAC101" in blocked.stdout and "f/flows/bad.py" in blocked.stdout
    assert "f/legacy" not in blocked.stdout  # excluded by wac-lint.toml despite being named
    # The schema hook wrote the missing metadata of the Windmill scripts only.
    assert (project / "f/flows/good.script.yaml").is_file()
    assert not (project / "notes/readme.script.yaml").exists()

    git(project, "add", "-A")
    clean = pre_commit(project, "f/flows/good.py", "f/flows/good.script.yaml", "notes/readme.py")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout
