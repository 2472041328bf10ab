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
from dataclasses import dataclass, fields, replace
from functools import cached_property, lru_cache
from pathlib import Path

from wac_lint.digest import sha256
from wac_lint.python_class import python_class
from wac_lint.setting import Setting, SettingValue

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
# Core's own keys; every other key is declared by a rule (`Rule.settings`).
LIST_KEYS = (
    "select",
    "ignore",
    "exclude",
    "extend-exclude",
    "allow-calls",
    "pure-modules",
)
CORE_KEYS = (*LIST_KEYS, "per-file-ignores")


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names file and key."""


@python_class  # `cached_property` needs the instance dict
@dataclass(frozen=True)
class Settings:
    """The configuration in force for a file: selection, excludes and the rules' options."""

    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    # Cross-file analysis: workspace helpers (and modules) treated as pure.
    allow_calls: tuple[str, ...] = ()
    pure_modules: tuple[str, ...] = ()
    # The keys rules declare (`Rule.settings`) that the file sets, sorted by key.
    rule_options: tuple[tuple[str, SettingValue], ...] = ()
    root: str = "."  # directory globs are relative to
    path: str | None = None  # the file these settings came from

    def fingerprint(self) -> str:
        """Stable digest of everything that changes findings (for the cache)."""
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "path"}
        return str(sha256(json.dumps(data, sort_keys=True).encode()).hexdigest())[:16]

    def option(self, setting: Setting) -> SettingValue:
        """A rule-declared setting's value: the file's, else the default."""
        for key, value in self.rule_options:
            if key == setting.key:
                return value
        return setting.default

    def with_option(self, key: str, value: SettingValue) -> Settings:
        """These settings with one rule-declared key set (for callers and tests)."""
        options = dict(self.rule_options)
        options[key] = value
        return replace(self, rule_options=tuple(sorted(options.items())))

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


def is_file(path: Path) -> bool:
    """`Path.is_file()` that never raises: a name the system cannot hold (longer
    than its limit) names no file either (`Path.is_file` raises ENAMETOOLONG)."""
    try:
        return path.is_file()
    except OSError:
        return False


@lru_cache(maxsize=64)
def resolved_root(root: str) -> str:
    return str(real_path(root))


def relative_under(filename: str, root: str) -> str | None:
    """`filename` relative to `root`, with `/`, when its absolute name lies under the
    root's real path; None otherwise (a symbolic link may still lead there)."""
    absolute = os.path.abspath(filename)
    base = resolved_root(root)
    if absolute == base:
        return "."
    if absolute.startswith(base + os.sep):  # the common case: no relpath, no Path
        return absolute[len(base) + 1 :].replace(os.sep, "/")
    return None


def relative_posix(filename: str, root: str) -> str:
    """`filename` relative to `root`, with `/`; the path as given when it lies outside."""
    relative = relative_under(filename, root)
    if relative is not None:
        return relative
    base = resolved_root(root)
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
    options: dict[str, SettingValue] = {}
    for key, value in table.items():
        if key not in CORE_KEYS:
            options[key] = rule_option(path, key, value)
            continue
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
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{path}: '{key}' must be a list of strings")
        if key in ("select", "ignore"):
            value = [v.strip().upper() for v in value]
            check_selectors(path, f"'{key}'", value)
        values[key.replace("-", "_")] = tuple(value)
    values["rule_options"] = tuple(sorted(options.items()))
    values["root"] = str(path.parent)
    values["path"] = str(path)
    return Settings(**values)  # type: ignore[arg-type]


def rule_option(path: Path, key: str, value: object) -> SettingValue:
    """A key no core setting has, kept as read: a list of strings or true / false.

    Whether a rule declares it, with that kind, is checked when the rules are
    loaded (`check_rule_options`): a warm run, whose every file is a cache hit,
    loads no rule. (A configuration that fails the check never gets a cache: the
    first run with it analyses its files, and so checks it.) A value of neither
    shape is checked now, for the precise message.
    """
    if isinstance(value, bool):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ConfigError(f"{path}: '{key}' must be {declared_setting(str(path), key).expected}")


@lru_cache(maxsize=64)
def check_rule_options(settings: Settings) -> None:
    """Every key the configuration sets beyond core's is declared by a rule (loads
    the rule catalogue), with a value of the declared kind; ConfigError if not."""
    if not settings.rule_options:
        return
    where = settings.path or "configuration"
    for key, value in settings.rule_options:
        setting = declared_setting(where, key)
        if setting.parse(list(value) if isinstance(value, tuple) else value) is None:
            raise ConfigError(f"{where}: '{key}' must be {setting.expected}")


def declared_setting(where: str, key: str) -> Setting:
    from wac_lint.registry import declared_settings  # the catalogue loads the rules

    declared = declared_settings()
    setting = declared.get(key)
    if setting is None:
        known = ", ".join(sorted((*CORE_KEYS, *declared)))
        raise ConfigError(f"{where}: unknown configuration key '{key}' (known: {known})")
    return setting


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
