"""What every red team's repository (`tests/workspace/<x>_repo/`) is held to.

A red-team repository is a Windmill workspace as `wmill sync pull` writes it: workflows
that call modules and scripts of the workspace, each marked with the findings due on its
lines (`# expect: WAC101`), correct look-alikes named `*_ok`, and the modules and scripts
they call. Each `test_<x>_repo.py` describes its repository with a `RepoCorpus` and runs
the same two checks through it; what is particular to a repository (pinned messages,
the command line on the whole tree) stays in that test file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from click.testing import CliRunner

from tests.helpers import expected_marks, file_findings, with_known_gaps
from wac_lint.cli import cli
from wac_lint.engine import analyze_source, read_source

# Every finding on a repository: file (relative to its root), line, code, severity, message.
Pinned = list[tuple[str, int, str, str, str]]

# A script with modules: only its `script.*` is a script; the others have no metadata.
MODULE_SCRIPTS = ("script.py", "script.ts")
# A script: a `main` Windmill reads the form of.
MAIN = re.compile(r"^(async def main\(|def main\(|export (async function|const) main\b)", re.M)


@dataclass(frozen=True)
class RepoCorpus:
    root: Path
    # Folders (relative to the root, with a trailing `/`) of the modules the workflows
    # import: correct, and not named `_ok`.
    support: tuple[str, ...]
    # Scripts and modules outside those folders that the workflows call or import.
    support_files: tuple[str, ...] = ()
    # Scripts whose `.script.yaml` is missing on purpose (a WAC901 case).
    no_metadata: tuple[str, ...] = ()
    min_callers: int = 30
    min_correct_share: float = 0.35

    @cached_property
    def files(self) -> list[Path]:
        """Every script, module and flow of the repository, in path order."""
        return sorted(
            p for p in self.root.rglob("*") if p.suffix in (".py", ".ts") or p.name == "flow.yaml"
        )

    def rel(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def test_id(self, param: object) -> str:
        return self.rel(param) if isinstance(param, Path) else ""

    def name(self, path: Path) -> str:
        """The script's name: its module folder's for a `script.*` of a `__mod/` folder."""
        return path.parent.name.removesuffix("__mod") if path.name in MODULE_SCRIPTS else path.stem

    def is_caller(self, path: Path) -> bool:
        """A workflow or script under test: not a flow, a flow's inline script, a
        supporting module or script, or a module of a `__mod/` script."""
        rel = self.rel(path)
        if path.name == "flow.yaml" or ".flow/" in rel or "__flow/" in rel:
            return False
        if rel.startswith(self.support) or rel in self.support_files:
            return False
        return "__mod/" not in rel or path.name in MODULE_SCRIPTS

    def check_shape(self) -> None:
        """Enough workflows, enough of them correct, each named for what it holds, and
        every script with the metadata Windmill's CLI wrote beside it."""
        callers = [p for p in self.files if self.is_caller(p)]
        correct = [p for p in callers if not expected_marks(p)]
        assert len(callers) >= self.min_callers, len(callers)
        assert len(correct) >= self.min_correct_share * len(callers), len(correct)
        for path in callers:
            assert self.name(path).endswith("_ok") == (not expected_marks(path)), path
        for path in self.files:
            if path.suffix not in (".py", ".ts") or ".flow/" in self.rel(path):
                continue
            if not MAIN.search(path.read_text(encoding="utf-8")):
                continue
            if path.name in MODULE_SCRIPTS:
                assert (path.parent / "script.yaml").is_file(), path
            elif "__mod/" not in self.rel(path):
                has_metadata = path.with_suffix(".script.yaml").is_file()
                assert has_metadata == (self.rel(path) not in self.no_metadata), path

    def cases(self, known_gaps: dict[str, str]) -> list[object]:
        """The files as test parameters, those in `known_gaps` as strict xfails."""
        assert set(known_gaps) <= {self.rel(p) for p in self.files}, "a gap names no file"
        return with_known_gaps(self.files, self.root, known_gaps)

    def check_pinned(self, pinned: Pinned) -> None:
        """Every finding on the repository's files, in order, is the pinned one."""
        found = [(self.rel(p), *finding) for p in self.files for finding in file_findings(p)]
        assert found == pinned

    def check_command_line(self, pinned: Pinned) -> None:
        """`wac-lint check` on the whole tree reports the pinned findings, no more."""
        result = CliRunner().invoke(
            cli, ["check", str(self.root), "--no-cache", "--format", "json", "--exit-zero"]
        )
        assert result.exit_code == 0, result.output
        found = {
            (
                Path(f["filename"]).resolve().relative_to(self.root.resolve()).as_posix(),
                f["location"]["row"],
                f["code"],
            )
            for f in json.loads(result.output)
        }
        assert found == {(p[0], p[1], p[2]) for p in pinned}


def check_marked_findings(path: Path) -> None:
    """The findings `check` gives a file are exactly the ones marked on its lines."""
    result = analyze_source(read_source(path))
    # a rule that crashes loses its findings silently (its error goes to stderr only)
    assert not result.errors, [f"{e.code}: {e.error}" for e in result.errors]
    found = {(f.row, f.code) for f in result.findings}
    assert found == expected_marks(path)
