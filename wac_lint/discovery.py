"""Which files a command looks at: walking directories, honouring excludes."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from wac_lint.config import real_path, settings_for_directory
from wac_lint.source import language_for_path


def is_script(path: Path) -> bool:
    return language_for_path(path) is not None


def walk(path: Path, problems: list[str]) -> Iterator[Path]:
    """Scripts below a directory, skipping hidden and excluded directories.

    A directory that cannot be listed is a problem (one line), never a silent
    skip. Symbolic links to directories are not followed (os.walk's default),
    so a link cycle cannot make the walk endless.
    """

    def unreadable(exc: OSError) -> None:
        where = exc.filename if exc.filename is not None else path
        problems.append(f"{where}: cannot read directory: {exc.strerror or exc}")

    for dirpath, dirnames, filenames in os.walk(path, onerror=unreadable):
        here = Path(dirpath)
        settings = settings_for_directory(real_path(here))
        dirnames[:] = sorted(
            d for d in dirnames if not d.startswith(".") and not settings.is_excluded(here / d)
        )
        for name in sorted(filenames):
            candidate = here / name
            if is_script(candidate) and not settings.is_excluded(candidate):
                yield candidate


def collect_files(paths: list[str], force_exclude: bool = False) -> tuple[list[Path], list[str]]:
    """(files to check, one-line problems with the given paths).

    A file named explicitly is checked even if excluded, unless `force_exclude`
    (what pre-commit and editors want: they pass every staged file). Files that
    exist but cannot be read are returned too: reading them reports why.
    """
    files: list[Path] = []
    problems: list[str] = []
    seen: set[Path] = set()
    real_dirs: dict[Path, Path] = {}

    def real_key(file: Path) -> Path:
        """`real_path(file)`, with one `realpath` per directory rather than per file."""
        if file.name in ("", ".", "..") or os.path.islink(file):
            return real_path(file)
        parent = file.parent
        real_dir = real_dirs.get(parent)
        if real_dir is None:
            real_dir = real_dirs[parent] = real_path(parent)
        return real_dir / file.name

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = walk(path, problems)
        elif path.exists() or path.is_symlink():
            if not is_script(path):
                problems.append(f"{raw}: not a Python or TypeScript file")
                continue
            if force_exclude and settings_for_directory(real_path(path).parent).is_excluded(path):
                continue
            found = iter([path])
        else:
            problems.append(f"{raw}: no such file or directory")
            continue
        for file in found:
            key = real_key(file)
            if key not in seen:
                seen.add(key)
                files.append(file)
    return files, problems
