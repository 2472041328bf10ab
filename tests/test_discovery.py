"""Which files `check` and `schema` look at: the directory walk.

The walk lists each directory once and decides per entry by name; these tests
hold it to the rules `os.walk` gave before: depth first in name order, hidden
and excluded directories skipped, links to directories never followed, excludes
from the nearest configuration of each directory.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from wac_lint.config import clear_cache, real_path, settings_for_directory
from wac_lint.discovery import collect_files, is_script, walk


def walked_the_old_way(path: Path) -> Iterator[Path]:
    """The walk as it was written with `os.walk`: the reference for the new one."""
    for dirpath, dirnames, filenames in os.walk(path):
        here = Path(dirpath)
        settings = settings_for_directory(real_path(here))
        dirnames[:] = sorted(
            d for d in dirnames if not d.startswith(".") and not settings.is_excluded(here / d)
        )
        for name in sorted(filenames):
            candidate = here / name
            if is_script(candidate) and not settings.is_excluded(candidate):
                yield candidate


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "repo"
    files = [
        "b.py",
        "a.ts",
        "notes.md",
        "f/z/last.py",
        "f/a/first.py",
        "f/a/first.script.yaml",
        "f/a/skip_me.py",
        "f/gen/out.py",
        "f/nested/deep/x.ts",
        "f/nested/deep/generated_x.ts",
        "f/nested/keep.py",
        ".hidden/h.py",
        "node_modules/pkg/index.ts",
        "u/alice/flow.flow/flow.yaml",
    ]
    for name in files:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x = 1\n")
    (root / "wac-lint.toml").write_text('exclude = ["node_modules", "f/gen", "skip_me.py"]\n')
    # A nested configuration applies below its own directory only.
    (root / "f" / "nested" / "wac-lint.toml").write_text('exclude = ["generated_*"]\n')
    (root / "f" / "link_to_dir.py").symlink_to(root / "f" / "a", target_is_directory=True)
    (root / "f" / "link_to_file.py").symlink_to(root / "b.py")
    (root / "f" / "dangling.ts").symlink_to(root / "missing.ts")
    monkeypatch.chdir(root)
    clear_cache()
    return root


def test_walk_lists_what_os_walk_listed(tree: Path) -> None:
    expected = list(walked_the_old_way(Path(".")))
    assert list(walk(Path("."), [])) == expected
    names = [p.as_posix() for p in expected]
    assert "f/a/skip_me.py" not in names and "f/gen/out.py" not in names
    assert "f/nested/deep/generated_x.ts" not in names and "f/nested/deep/x.ts" in names
    assert ".hidden/h.py" not in names and "node_modules/pkg/index.ts" not in names
    assert "f/link_to_dir.py" not in names  # a directory, even when named like a script
    assert names.index("f/a/first.py") < names.index("f/z/last.py")


def test_walk_from_an_absolute_path_and_a_subdirectory(tree: Path) -> None:
    for start in (tree, tree / "f", Path("f") / "nested"):
        assert list(walk(start, [])) == list(walked_the_old_way(start))


def test_collect_files_checks_a_linked_file_once(tree: Path) -> None:
    files, problems = collect_files(["."])
    names = [p.as_posix() for p in files]
    assert problems == []
    # `f/link_to_file.py` is `b.py` under another name: checked once, first name wins.
    assert "b.py" in names and "f/link_to_file.py" not in names
    assert "f/dangling.ts" in names  # reading it reports the broken link


def test_unlistable_directory_is_a_problem(tree: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can list any directory")
    locked = tree / "f" / "z"
    locked.chmod(0)
    try:
        problems: list[str] = []
        files = list(walk(Path("."), problems))
    finally:
        locked.chmod(0o755)
    assert [p for p in problems if "cannot read directory" in p]
    assert Path("f/z/last.py") not in files
