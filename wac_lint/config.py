"""Configuration: `wac-lint.toml`, `.wac-lint.toml` or `[tool.wac-lint]` in pyproject.

Found by walking up from each checked file, so a Windmill repository (which
rarely has a pyproject) can keep a standalone file at its root.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
import sys
from dataclasses import dataclass, fields
from functools import cached_property, lru_cache
from pathlib import Path

from wac_lint.digest import sha256

CONFIG_FILES = ("wac-lint.toml", ".wac-lint.toml", "pyproject.toml")
DEFAULT_EXCLUDE = (
    ".git",
    ".hg",
    ".svn",
    ".venv",
    "venv",
    "node_modules",
    "__pycache__",
    ".wac_lint_cache",
    "dist",
    "build",
)
LIST_KEYS = (
    "select",
    "ignore",
    "exclude",
    "extend-exclude",
    "extend-side-effects",
    "allow-side-effects",
    "extend-nondeterminism",
    "allow-nondeterminism",
    "allow-calls",
    "pure-modules",
)
BOOL_KEYS = ("workspace-complete",)
KNOWN_KEYS = (*LIST_KEYS, *BOOL_KEYS, "per-file-ignores")


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names file and key."""


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    extend_side_effects: tuple[str, ...] = ()
    allow_side_effects: tuple[str, ...] = ()
    extend_nondeterminism: tuple[str, ...] = ()
    allow_nondeterminism: tuple[str, ...] = ()
    # Cross-file analysis: workspace helpers (and modules) treated as pure.
    allow_calls: tuple[str, ...] = ()
    pure_modules: tuple[str, ...] = ()
    # Every script and flow of the workspace is in this repository (WAC401 is an error).
    workspace_complete: bool = False
    root: str = "."  # directory globs are relative to
    path: str | None = None  # the file these settings came from

    def fingerprint(self) -> str:
        """Stable digest of everything that changes findings (for the cache)."""
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "path"}
        return str(sha256(json.dumps(data, sort_keys=True).encode()).hexdigest())[:16]

    def ignored_for(self, filename: str) -> tuple[str, ...]:
        rel = relative_posix(filename, self.root)
        codes: list[str] = []
        for pattern, pattern_codes in self.per_file_ignores:
            if glob_match(rel, pattern):
                codes.extend(pattern_codes)
        return tuple(codes)

    def is_excluded(self, path: str | Path) -> bool:
        rel = relative_posix(str(path), self.root)
        return self.exclusion.matches(rel)

    @cached_property
    def exclusion(self) -> Exclusion:
        return Exclusion((*self.exclude, *self.extend_exclude))


class Exclusion:
    """Exclude patterns compiled once: a path is excluded when the whole relative
    path, a directory prefix of it, or any one of its parts matches a pattern."""

    def __init__(self, patterns: tuple[str, ...]) -> None:
        plain = [p.rstrip("/") for p in patterns if "**/" not in p]
        self.deep = [p for p in patterns if "**/" in p]  # rare: matched the slow way
        self.regex = re.compile("|".join(fnmatch.translate(p) for p in plain) or r"(?!)")
        self.prefixes = tuple(p + "/" for p in plain)

    def matches(self, rel: str) -> bool:
        if self.regex.match(rel) or rel.startswith(self.prefixes):
            return True
        if any(self.regex.match(part) for part in rel.split("/")):
            return True
        return any(glob_match(rel, pattern) for pattern in self.deep)


def real_path(path: str | Path) -> Path:
    """`Path.resolve()` that never raises: a symbolic link loop stays as it is.

    (`Path.resolve` raises RuntimeError on a loop before Python 3.13; reading
    the file then reports the loop as one line.)
    """
    return Path(os.path.realpath(path))


@lru_cache(maxsize=64)
def resolved_root(root: str) -> str:
    return str(real_path(root))


def relative_posix(filename: str, root: str) -> str:
    """`filename` relative to `root`, with `/`; the path as given when it lies outside."""
    absolute = os.path.abspath(filename)
    base = resolved_root(root)
    if absolute == base:
        return "."
    if absolute.startswith(base + os.sep):  # the common case: no relpath, no Path
        return absolute[len(base) + 1 :].replace(os.sep, "/")
    try:  # a symlinked folder: compare real paths
        return real_path(filename).relative_to(base).as_posix()
    except ValueError:
        return Path(filename).as_posix()


def glob_match(rel: str, pattern: str) -> bool:
    pattern = pattern.rstrip("/")
    if fnmatch.fnmatch(rel, pattern):
        return True
    # `dir/` or `dir` matches everything below it; `**/x` matches at any depth
    if rel.startswith(pattern + "/"):
        return True
    if pattern.startswith("**/"):
        parts = rel.split("/")
        return any(glob_match("/".join(parts[i:]), pattern[3:]) for i in range(len(parts)))
    return False


def load_file(path: Path) -> Settings | None:
    """Settings from one file; None for a pyproject without our table."""
    if sys.version_info >= (3, 11):  # imported here: most runs find no config file
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib  # type: ignore[import-not-found, no-redef, unused-ignore]
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
    except RecursionError as exc:  # tomllib recurses once per nesting level
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from exc
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("wac-lint")
        if table is None:
            return None
    else:
        table = data
    return settings_from_table(table, path)


def settings_from_table(table: object, path: Path) -> Settings:
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.wac-lint] must be a table")
    values: dict[str, object] = {}
    for key, value in table.items():
        if key not in KNOWN_KEYS:
            raise ConfigError(
                f"{path}: unknown configuration key '{key}' (known: {', '.join(KNOWN_KEYS)})"
            )
        if key == "per-file-ignores":
            if not isinstance(value, dict) or not all(
                isinstance(v, list) and all(isinstance(c, str) for c in v) for v in value.values()
            ):
                raise ConfigError(f"{path}: 'per-file-ignores' must map globs to lists of codes")
            ignores = tuple(
                (glob, tuple(c.strip().upper() for c in codes)) for glob, codes in value.items()
            )
            for glob, codes in ignores:
                check_selectors(path, f"'per-file-ignores' (\"{glob}\")", codes)
            values["per_file_ignores"] = ignores
            continue
        if key in BOOL_KEYS:
            if not isinstance(value, bool):
                raise ConfigError(f"{path}: '{key}' must be true or false")
            values[key.replace("-", "_")] = value
            continue
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{path}: '{key}' must be a list of strings")
        if key in ("select", "ignore"):
            value = [v.strip().upper() for v in value]
            check_selectors(path, f"'{key}'", value)
        values[key.replace("-", "_")] = tuple(value)
    values["root"] = str(path.parent)
    values["path"] = str(path)
    return Settings(**values)  # type: ignore[arg-type]


def check_selectors(path: Path, where: str, selectors: list[str] | tuple[str, ...]) -> None:
    """A selector that names no rule is an error: `select = ["WAC10l"]` would select nothing."""
    from wac_lint.registry import unknown_selectors  # the catalogue loads the rules

    unknown = unknown_selectors(selectors)
    if unknown:
        raise ConfigError(
            f"{path}: {where}: unknown rule selector '{unknown[0]}' (see `wac-lint rules`)"
        )


@lru_cache(maxsize=1024)
def settings_for_directory(directory: Path) -> Settings:
    """The nearest configuration at or above `directory`, else the defaults."""
    for folder in (directory, *directory.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                settings = load_file(candidate)
                if settings is not None:
                    return settings
    return Settings(root=str(Path.cwd()))


def settings_for_file(filename: str | Path) -> Settings:
    return settings_for_directory(real_path(filename).parent)


def clear_cache() -> None:
    settings_for_directory.cache_clear()
