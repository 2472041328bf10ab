"""The project root of a file, and what its `wmill.yaml` says about the layout.

The root is the nearest directory above the file holding `wmill.yaml`, else
`wmill-lock.yaml`, else the repository root (`.git`), else the folder holding the
nearest `f/` or `u/` folder above the file, else the file's own directory: every
verdict that depends on it (Windmill paths, the `lock:` line) is then the same
whichever directory wac-lint is started from.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Final

from wac_lint.config import real_path

PROJECT_FILE = "wmill.yaml"
LOCK_FILE = "wmill-lock.yaml"
# The configuration is small and user-written; a larger one is not a wmill.yaml.
MAX_CONFIG_BYTES = 1024 * 1024


class RootMarker:
    """What made a directory the project root (kept for messages)."""

    # Final: class constants, which mypyc reads through the class only when so marked
    WMILL_YAML: Final = "wmill.yaml"
    WMILL_LOCK: Final = "wmill-lock.yaml"
    GIT: Final = ".git"
    DIRECTORY: Final = "the file's directory"


@dataclass(frozen=True)
class Project:
    """The Windmill repository a file belongs to: its root and `wmill.yaml` settings."""

    root: Path
    marker: str
    # wmill.yaml `nonDottedPaths`: flows and apps in `__flow/` folders, not `.flow/`.
    non_dotted_paths: bool = False
    includes: tuple[str, ...] = field(default=())
    excludes: tuple[str, ...] = field(default=())
    # wmill.yaml `skipScripts` / `skipFlows`: `wmill sync` leaves every script / flow out
    skip_scripts: bool = False
    skip_flows: bool = False

    def included(self, relative: str) -> bool:
        """Whether wmill's `includes` / `excludes` keep a path relative to the root."""
        if self.includes and not any(_glob_match(relative, p) for p in self.includes):
            return False
        return not any(_glob_match(relative, p) for p in self.excludes)

    def pushes(self, relative: str) -> bool:
        """Whether `wmill sync push` pushes a path relative to the root: kept by the
        `includes` / `excludes`, and not of a kind wmill.yaml skips (`skipScripts:
        true` leaves every script out, `skipFlows: true` every flow, read in
        windmill-cli's sync: `if (skips.skipScripts && fileType === "script") continue`)."""
        return self.included(relative) and self.skipped_by(relative) is None

    def skipped_by(self, relative: str) -> str | None:
        """The wmill.yaml setting that leaves this path's kind out of `wmill sync`."""
        in_flow = any(part.endswith((".flow", "__flow")) for part in relative.split("/")[:-1])
        if in_flow:
            return "skipFlows" if self.skip_flows else None
        return "skipScripts" if self.skip_scripts else None


def _glob_match(path: str, pattern: str) -> bool:
    # wmill's globs: `**` spans directories; `f/**` also matches `f/x/y.py`.
    if fnmatch.fnmatchcase(path, pattern):
        return True
    if pattern.endswith("/**") and (path + "/").startswith(pattern[:-2]):
        return True
    return fnmatch.fnmatchcase(path, pattern.replace("**/", ""))


def find_project(path: Path) -> Project:
    """The project a file (or directory) belongs to."""
    start = real_path(path)
    if not start.is_dir():
        start = start.parent
    return _project_of_directory(start)


@lru_cache(maxsize=4096)
def _project_of_directory(start: Path) -> Project:
    # A run looks up many files of few directories; the LSP calls
    # `find_project.cache_clear()` (via `forget_projects`) when a wmill.yaml changes.
    root, marker = root_of_directory(start)
    if marker == RootMarker.WMILL_YAML:
        return _with_config(root)
    return Project(root, marker)


@lru_cache(maxsize=4096)
def root_of_directory(start: Path) -> tuple[Path, str]:
    """The project root of a resolved directory and its marker, without reading
    `wmill.yaml` (a warm run's cache keys need the root, not the layout)."""
    for marker, name in (
        (RootMarker.WMILL_YAML, PROJECT_FILE),
        (RootMarker.WMILL_LOCK, LOCK_FILE),
        (RootMarker.GIT, ".git"),
    ):
        for candidate in (start, *start.parents):
            if (candidate / name).exists():
                return candidate, marker
    for candidate in (start, *start.parents):
        if candidate.name in WORKSPACE_FOLDERS and candidate.parent != candidate:
            # no marker: a Windmill path starts at `f/` or `u/`, so the folder holding
            # that is where `wmill` would run (`f/x/y.py` keeps its path in `lock:`)
            return candidate.parent, RootMarker.DIRECTORY
    return start, RootMarker.DIRECTORY


# The folders Windmill paths start with (`f/<folder>/...`, `u/<user>/...`).
WORKSPACE_FOLDERS = ("f", "u")


def forget_projects() -> None:
    """Drop cached roots (a long-lived process saw a wmill.yaml appear or change)."""
    _project_of_directory.cache_clear()
    root_of_directory.cache_clear()


def _with_config(root: Path) -> Project:
    config = _read_config(root / PROJECT_FILE)
    return Project(
        root,
        RootMarker.WMILL_YAML,
        non_dotted_paths=config.get("nonDottedPaths") is True,
        includes=_strings(config.get("includes")),
        excludes=_strings(config.get("excludes")),
        skip_scripts=config.get("skipScripts") is True,
        skip_flows=config.get("skipFlows") is True,
    )


def _read_config(path: Path) -> dict[str, object]:
    # An unreadable or odd wmill.yaml is wmill's to report; the layout falls back
    # to its defaults rather than failing the lint.
    from wac_lint.schema.yaml_read import MetadataError, load

    try:
        if not path.is_file() or path.stat().st_size > MAX_CONFIG_BYTES:
            return {}
        loaded = load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, MetadataError, ValueError, RecursionError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _strings(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(v for v in value if isinstance(v, str))
    return ()
