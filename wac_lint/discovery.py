"""Which files a command looks at: walking directories, honouring excludes."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

from wac_lint.config import Settings, real_path, relative_under, settings_for_directory
from wac_lint.source import language_for_path


def is_script(path: str | Path) -> bool:
    return language_for_path(path) is not None


def walk(path: Path, problems: list[str]) -> Iterator[Path]:
    """Scripts below a directory, skipping hidden and excluded directories.

    A directory that cannot be listed is a problem (one line), never a silent
    skip. Symbolic links to directories are not followed, so a link cycle
    cannot make the walk endless.
    """
    for file, _is_link in walk_entries(path, problems):
        yield file


def walk_entries(path: Path, problems: list[str]) -> Iterator[tuple[Path, bool]]:
    """`walk`, with whether each file is a symbolic link (known from the listing).

    The per-file work is one suffix test and one exclusion match on a relative
    name built from its directory's: a tree of thousands of scripts is listed
    in a few milliseconds, which a warm run (every file from the cache) needs.
    """
    pending = [path]
    while pending:
        here = pending.pop()
        try:
            with os.scandir(here) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            where = exc.filename if exc.filename is not None else here
            problems.append(f"{where}: cannot read directory: {exc.strerror or exc}")
            continue
        settings = settings_for_directory(real_path(here))
        excluded = exclusion_below(here, settings)
        folder = os.path.join(here, "")  # a flow is claimed by its folder's name
        subdirectories: list[Path] = []
        for entry in entries:
            name = entry.name
            try:
                is_directory = entry.is_dir()  # a link to a directory is one, never followed
            except OSError:
                is_directory = False
            if is_directory:
                if not (name.startswith(".") or entry.is_symlink() or excluded(name)):
                    subdirectories.append(here / name)
            elif is_script(folder + name) and not excluded(name):
                yield here / name, entry.is_symlink()
        # Depth first, in name order, as `os.walk` gave them.
        pending.extend(reversed(subdirectories))


def exclusion_below(directory: Path, settings: Settings) -> Callable[[str], bool]:
    """Is an entry of `directory` (by name) excluded by `settings`?

    The relative name is the directory's plus the entry's, as `is_excluded`
    would compute it, except for a directory outside the settings' root (a
    symbolic link): those ask `is_excluded` itself.
    """
    folder = relative_under(str(directory), settings.root)
    if folder is None:
        return lambda name: settings.is_excluded(directory / name)
    matches = settings.exclusion.matches
    if folder == ".":
        return matches
    prefix = folder + "/"
    return lambda name: matches(prefix + name)


def collect_files(paths: list[str], force_exclude: bool = False) -> tuple[list[Path], list[str]]:
    """(files to check, one-line problems with the given paths).

    A file named explicitly is checked even if excluded, unless `force_exclude`
    (what pre-commit and editors want: they pass every staged file). Files that
    exist but cannot be read are returned too: reading them reports why.
    """
    files: list[Path] = []
    problems: list[str] = []
    seen: set[str] = set()
    real_dirs: dict[str, str] = {}

    def real_key(file: Path, is_link: bool) -> str:
        """`real_path(file)`, with one `realpath` per directory rather than per file
        (as strings: hashing thousands of `Path`s costs more than the walk)."""
        if is_link or file.name in ("", ".", ".."):
            return str(real_path(file))
        folder, name = os.path.split(os.fspath(file))
        real_dir = real_dirs.get(folder)
        if real_dir is None:
            real_dir = real_dirs[folder] = os.path.realpath(folder or os.curdir)
        return os.path.join(real_dir, name)

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = walk_entries(path, problems)
        elif path.exists() or path.is_symlink():
            if not is_script(path):
                problems.append(f"{raw}: not a Python or TypeScript file")
                continue
            if force_exclude and settings_for_directory(real_path(path).parent).is_excluded(path):
                continue
            found = iter([(path, path.is_symlink())])
        else:
            problems.append(f"{raw}: no such file or directory")
            continue
        for file, is_link in found:
            key = real_key(file, is_link)
            if key not in seen:
                seen.add(key)
                files.append(file)
    return files, problems
