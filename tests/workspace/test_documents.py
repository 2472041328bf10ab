"""Workspace files read as the editor holds them (`workspace.documents`): a helper's
or a target script's unsaved text is what the workflow's findings follow."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from wac_lint.engine import analyze_source, read_source
from wac_lint.workspace.documents import close_all, close_document, open_document

REPO = Path(__file__).parent / "repo"


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Path]:
    copy = tmp_path / "repo"
    shutil.copytree(REPO, copy)
    yield copy
    close_all()


def messages(workflow: Path, code: str) -> list[str]:
    return [f.message for f in analyze_source(read_source(workflow), select=[code]).findings]


def test_an_open_targets_unsaved_signature_is_the_one_checked(repo: Path) -> None:
    workflow = repo / "f/workflows/daily.py"
    target = repo / "f/etl/extract.py"
    on_disk = target.read_text(encoding="utf-8")
    assert messages(workflow, "WAC402") == []
    open_document(target, on_disk.replace("limit", "max_rows"))
    assert any("`limit` is not a parameter" in m for m in messages(workflow, "WAC402"))
    assert target.read_text(encoding="utf-8") == on_disk
    close_document(target)
    assert messages(workflow, "WAC402") == []


def test_an_open_helpers_unsaved_text_is_the_one_followed(repo: Path) -> None:
    workflow = repo / "f/workflows/daily.py"
    log = repo / "f/lib/log.py"  # two imports down: daily -> helpers.notify -> log.debug
    (before,) = messages(workflow, "WAC101")
    open_document(log, "import os\n\n\ndef debug(message):\n    os.remove(message)\n")
    found = messages(workflow, "WAC101")
    # the body's one call of the helper reaches both: one finding, naming the second
    assert len(found) == 1 and "also reaches `os.remove` (line 5," in found[0]
    close_document(log)
    assert messages(workflow, "WAC101") == [before]
