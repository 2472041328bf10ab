"""Where a script's metadata lives and how Windmill names the script.

wmill runs from the Windmill project root (`wac_lint.workspace.root`: the
nearest directory with `wmill.yaml`, else `wmill-lock.yaml`, else `.git`, else
the script's own directory, so the answer does not depend on where wac-lint
starts). A script's remote path is its path from there without extensions
(`f/etl/daily.py` -> `f/etl/daily`), and its metadata is
`<remote path>.script.yaml`.

A script with companion modules is the folder `<path>__mod/`: its entry point
`script.<ext>` keeps its metadata in `<path>__mod/script.yaml` and its lock in
`<path>__mod/script.lock` (windmill-cli 1.819.0, `esm/main.js`:
`isModuleEntryPoint`, and the lock it writes, `scriptBase + "__mod" +
"/script.lock"`). The other files of the folder are modules, and the files in a
flow's folder (`<path>.flow/`, `<path>__flow/`) are its inline scripts: neither
is a script of its own, and wmill writes no metadata for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wac_lint.config import real_path
from wac_lint.workspace.layout import APP_FOLDERS, FLOW_FOLDERS, MODULE_ENTRY, MODULE_SUFFIX
from wac_lint.workspace.root import Project, RootMarker, find_project

# Extensions wmill treats as Python / Bun TypeScript scripts.
SCRIPT_SUFFIXES = (".py", ".ts")

METADATA_SUFFIX = ".script.yaml"
MODULE_METADATA = MODULE_ENTRY + ".yaml"


def script_stem(name: str) -> str:
    """The file name up to its first dot (`daily.bun.ts` -> `daily`)."""
    return name.split(".", 1)[0]


def _is_layout_folder(name: str) -> bool:
    return name.endswith(MODULE_SUFFIX) or any(
        name.endswith(s) and len(name) > len(s) for s in FLOW_FOLDERS
    )


def _layout_root(resolved: Path, project: Project) -> Path:
    if project.marker != RootMarker.DIRECTORY:
        return project.root
    # No project marker: the file's directory would hide the `__mod/` or flow folder
    # it sits in; the folder holding the outermost such folder is the root instead.
    for folder in reversed(resolved.parents):
        if _is_layout_folder(folder.name):
            return folder.parent
    return project.root


@dataclass(frozen=True)
class ScriptPlace:
    """Where one script sits in its project, worked out once.

    Every question below needs the script's real path and its project root
    (a `realpath` and a walk up the directories); WAC901 asks six of them per
    file, so it builds the place once and passes it instead of the path.
    """

    script: Path  # as given
    resolved: Path
    project: Project
    root: Path  # the project root, or the folder above an outermost layout folder
    parts: tuple[str, ...]  # the folders between `root` and the script

    @property
    def module_entry(self) -> bool:
        for i, part in enumerate(self.parts):
            if part.endswith(MODULE_SUFFIX):
                return i == len(self.parts) - 1 and script_stem(self.script.name) == MODULE_ENTRY
        return False


def place_of(script: Path | ScriptPlace) -> ScriptPlace:
    if isinstance(script, ScriptPlace):
        return script
    resolved = real_path(script)
    project = find_project(resolved)
    root = _layout_root(resolved, project)
    try:
        parts = resolved.parent.relative_to(root).parts
    except ValueError:  # pragma: no cover - the root is an ancestor by construction
        parts = resolved.parent.parts
    return ScriptPlace(script, resolved, project, root, parts)


def is_module_entry(script: Path | ScriptPlace) -> bool:
    """`<path>__mod/script.<ext>`: the entry point of a script with modules.

    As wmill decides it: the first `__mod` folder below the root is the
    script's, and only a `script.*` file directly inside it is the entry.
    """
    return place_of(script).module_entry


def not_a_script(path: Path | ScriptPlace) -> str | None:
    """Why a `.py` / `.ts` file inside a Windmill layout folder is no script (None: it is one)."""
    place = place_of(path)
    for part in place.parts:
        if part.endswith(MODULE_SUFFIX):
            if place.module_entry:
                return None
            return f"a module of the script in `{part}/`, not a script of its own"
        if any(part.endswith(s) and len(part) > len(s) for s in FLOW_FOLDERS):
            return f"an inline script of the flow `{part}/`, not a script of its own"
        if any(part.endswith(s) and len(part) > len(s) for s in APP_FOLDERS):
            return f"a runnable of the app `{part}/`, not a script of its own"
    return None


def metadata_path(script: Path | ScriptPlace) -> Path:
    place = place_of(script)
    if place.module_entry:
        return place.script.with_name(MODULE_METADATA)
    return place.script.with_name(script_stem(place.script.name) + METADATA_SUFFIX)


# The script files `wmill` looks for beside a `.script.yaml` (windmill-cli 1.819.0
# `exts`, read by `findContentFile`): with more than one, it cannot tell which the
# metadata describes and refuses the file.
SCRIPT_EXTENSIONS = (
    ".fetch.ts", ".deno.ts", ".bun.ts", ".ts", ".py", ".go", ".sh", ".pg.sql", ".my.sql",
    ".bq.sql", ".odb.sql", ".sf.sql", ".ms.sql", ".duckdb.sql", ".sql", ".gql", ".ps1",
    ".php", ".rs", ".cs", ".nu", ".playbook.yml", ".java", ".rb", ".r",
)  # fmt: skip


def scripts_sharing_metadata(script: Path | ScriptPlace) -> list[Path]:
    """The script files beside the script's metadata that `wmill` would take as its
    content (the script itself among them), in `wmill`'s order."""
    place = place_of(script)
    meta = metadata_path(place)
    stem = MODULE_ENTRY if place.module_entry else script_stem(place.script.name)
    found = []
    for extension in SCRIPT_EXTENSIONS:
        candidate = meta.with_name(stem + extension)
        if candidate.is_file():
            found.append(candidate)
    return found


def json_metadata_path(script: Path | ScriptPlace) -> Path:
    """The `.script.json` form of the metadata, which wac-lint does not write."""
    place = place_of(script)
    if place.module_entry:
        return place.script.with_name(MODULE_ENTRY + ".json")
    return place.script.with_name(script_stem(place.script.name) + ".script.json")


def find_project_root(script: Path | ScriptPlace) -> Path:
    """The script's project root (`workspace.root.find_project`), whatever the current directory."""
    return place_of(script).root


def in_windmill_project(script: Path | ScriptPlace) -> bool:
    """Whether the root was found by `wmill.yaml` or `wmill-lock.yaml` (not `.git` or nothing)."""
    return place_of(script).project.marker in (RootMarker.WMILL_YAML, RootMarker.WMILL_LOCK)


def remote_path(script: Path | ScriptPlace, root: Path) -> str:
    """The script's Windmill path relative to `root` (POSIX separators, no extension).

    `f/etl/daily.py` -> `f/etl/daily`; `f/etl/daily__mod/script.py` -> `f/etl/daily`.
    """
    place = place_of(script)
    name = script_stem(place.script.name)
    try:
        base = root if root == place.root else real_path(root)  # the place's is resolved
        relative = place.resolved.parent.relative_to(base)
        parts = [*relative.parts, name]
    except ValueError:
        # Outside the project root: wmill would not see it; name it from the file alone.
        parts = [name]
    if place.module_entry and len(parts) >= 2:
        parts = [*parts[:-2], parts[-2][: -len(MODULE_SUFFIX)]]
    return "/".join(p for p in parts if p not in ("", "."))


def lock_file(script: Path | ScriptPlace, root: Path) -> str:
    """The script's own lock file relative to `root`, as its `lock: '!inline ...'` names it."""
    place = place_of(script)
    name = remote_path(place, root)
    if place.module_entry:
        return f"{name}{MODULE_SUFFIX}/{MODULE_ENTRY}.lock"
    return f"{name}.script.lock"


def is_script_file(path: Path) -> bool:
    """`.py` / `.ts` files, not declarations, not hidden (a `.x.py` has no Windmill name)."""
    name = path.name
    return (
        name.endswith(SCRIPT_SUFFIXES) and not name.endswith(".d.ts") and not name.startswith(".")
    )


def is_windmill_script(path: Path | ScriptPlace) -> bool:
    """A script file that is a Windmill script of its own (not a module, not a flow's step)."""
    place = place_of(path)
    return is_script_file(place.script) and not_a_script(place) is None
