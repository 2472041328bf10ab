"""Where a script's metadata lives and how Windmill names the script.

wmill runs from the Windmill project root (the directory holding
`wmill.yaml`); a script's remote path is its path from there without
extensions (`f/etl/daily.py` -> `f/etl/daily`), and its metadata is
`<remote path>.script.yaml`.
"""

from __future__ import annotations

from pathlib import Path

from wac_lint.config import real_path

# Extensions wmill treats as Python / Bun TypeScript scripts.
SCRIPT_SUFFIXES = (".py", ".ts")

PROJECT_FILE = "wmill.yaml"
METADATA_SUFFIX = ".script.yaml"


def script_stem(name: str) -> str:
    """The file name up to its first dot (`daily.bun.ts` -> `daily`)."""
    return name.split(".", 1)[0]


def metadata_path(script: Path) -> Path:
    return script.with_name(script_stem(script.name) + METADATA_SUFFIX)


def find_wmill_project(script: Path) -> Path | None:
    """Nearest ancestor directory holding `wmill.yaml` (not cached: the LSP lives long)."""
    start = real_path(script).parent
    for candidate in (start, *start.parents):
        if (candidate / PROJECT_FILE).is_file():
            return candidate
    return None


def find_project_root(script: Path, cwd: Path | None = None) -> Path:
    """Nearest ancestor directory holding `wmill.yaml`, else the current directory."""
    return find_wmill_project(script) or real_path(cwd or Path.cwd())


def remote_path(script: Path, root: Path) -> str:
    """The script's Windmill path relative to `root` (POSIX separators, no extension)."""
    resolved = real_path(script)
    try:
        relative = resolved.parent.relative_to(real_path(root))
        parts = [*relative.parts, script_stem(script.name)]
    except ValueError:
        # Outside the project root: wmill would not see it; name it from the file alone.
        parts = [script_stem(script.name)]
    return "/".join(p for p in parts if p not in ("", "."))


def is_windmill_script(path: Path) -> bool:
    """`.py` / `.ts` files, not declarations, not hidden (a `.x.py` has no Windmill name)."""
    name = path.name
    return (
        name.endswith(SCRIPT_SUFFIXES) and not name.endswith(".d.ts") and not name.startswith(".")
    )
