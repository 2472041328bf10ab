"""Windmill paths and the files that hold them, as `wmill sync pull` lays them out.

- A script `f/etl/extract` is `<root>/f/etl/extract.<ext>` (any language wmill
  writes; the extension may be compound: `.bun.ts`, `.pg.sql`), with its
  metadata in `extract.script.yaml`.
- A script with companion modules is the folder `extract__mod/`: entry point
  `script.<ext>`, metadata `script.yaml`, the modules beside them (they are not
  scripts of their own).
- A flow `f/etl/pipeline` is the folder `pipeline.flow/` (`pipeline__flow/` when
  `wmill.yaml` says `nonDottedPaths: true`) holding `flow.yaml` (or `flow.json`).
"""

from __future__ import annotations

import os
import posixpath
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from wac_lint.config import real_path
from wac_lint.workspace.root import Project

MODULE_SUFFIX = "__mod"
MODULE_ENTRY = "script"
FLOW_FOLDERS = (".flow", "__flow")
# An app's folder (`wmill sync pull`): its inline runnables are not scripts.
APP_FOLDERS = (".app", "__app", ".raw_app", "__raw_app")
FLOW_FILES = ("flow.yaml", "flow.json")
# Files beside scripts that are not scripts themselves.
NOT_SCRIPTS = (".script.yaml", ".script.json", ".script.lock", ".lock", ".yaml", ".json", ".md")


class TargetKind(Enum):
    SCRIPT = "script"
    FLOW = "flow"


@dataclass(frozen=True)
class Target:
    """What a Windmill path (or a relative module path) names on disk."""

    kind: TargetKind
    path: str  # the Windmill path, or the relative form as written
    file: Path  # the script file, or the flow's flow.yaml / flow.json
    metadata: Path | None  # .script.yaml / script.yaml; the flow file itself for flows


def windmill_path(file: Path, project: Project) -> str | None:
    """The Windmill path of a script or flow file, None when it has none.

    `f/etl/extract.py` -> `f/etl/extract`; `f/etl/x__mod/script.ts` -> `f/etl/x`;
    `f/etl/p.flow/flow.yaml` -> `f/etl/p`; a module inside `__mod/` has none.
    """
    try:
        relative = real_path(file).relative_to(project.root)
    except ValueError:
        return None
    parts = list(relative.parts)
    if not parts:
        return None
    parent = parts[:-1]
    name = parts[-1]
    for i, part in enumerate(parent):
        if part.endswith(MODULE_SUFFIX):
            if i == len(parent) - 1 and name.split(".", 1)[0] == MODULE_ENTRY:
                return "/".join([*parent[:i], part[: -len(MODULE_SUFFIX)]])
            return None  # a companion module: not a script of its own
    if name in FLOW_FILES and parent:
        folder = parent[-1]
        for suffix in FLOW_FOLDERS:
            if folder.endswith(suffix) and len(folder) > len(suffix):
                return "/".join([*parent[:-1], folder[: -len(suffix)]])
    return "/".join([*parent, name.split(".", 1)[0]])


Probes = set[Path]  # directories whose names a lookup's answer depends on


def locate(
    path: str,
    project: Project,
    importer: Path | None = None,
    probes: Probes | None = None,
    wanted: TargetKind | None = None,
) -> Target | None:
    """The script or flow a `task_script` / `task_flow` path names, if it is in the tree.

    A path may name both a script and a flow (Windmill keeps them apart:
    `f/x/boot.py` beside `f/x/boot.flow/`): `wanted` says which one the caller
    dispatches, and the other is the answer only when that one is missing.

    Relative forms (`./extract.ts`, `../lib/x`) resolve from the importing
    script's directory, or its `__mod/` folder where it has one. `probes`
    receives the directories looked in: the answer (found, or not) stays true
    while their names do not change (a result cache keys on them).
    """
    probes = set() if probes is None else probes
    try:
        if path.startswith(("./", "../")):
            if importer is None:
                return None
            return _locate_relative(path, importer, probes)
        clean = posixpath.normpath(path.strip("/"))
        if clean.startswith("..") or clean in ("", "."):
            return None
        parts = clean.split("/")
        if any(part.endswith((MODULE_SUFFIX, *FLOW_FOLDERS, *APP_FOLDERS)) for part in parts[:-1]):
            # A module of a `__mod` script, or a file inside a flow's or app's folder:
            # not a script Windmill knows by that path (it has no metadata of its own).
            return None
        base = project.root.joinpath(*parts)
        if wanted is TargetKind.FLOW:
            return _flow_at(base, path, probes) or _script_at(base, path, probes)
        return _script_at(base, path, probes) or _flow_at(base, path, probes)
    except OSError:
        # a name over the system's limit, a folder that cannot be listed: no file
        # there can be read as the target
        return None


def module_folder(script: Path, probes: Probes | None = None) -> Path:
    """Where a script's relative module paths start from."""
    if script.parent.name.endswith(MODULE_SUFFIX):
        return script.parent
    if probes is not None:
        probes.add(script.parent)  # a companion `__mod/` folder may appear
    companion = script.with_name(script.name.split(".", 1)[0] + MODULE_SUFFIX)
    return companion if companion.is_dir() else script.parent


def _locate_relative(path: str, importer: Path, probes: Probes) -> Target | None:
    folder = module_folder(importer, probes)
    candidate = Path(posixpath.normpath(str(folder / path)))
    probes.add(candidate.parent)
    if candidate.is_file():
        return Target(TargetKind.SCRIPT, path, candidate, None)
    return _script_at(candidate, path, probes)


def _script_at(base: Path, path: str, probes: Probes) -> Target | None:
    folder = base.parent
    stem = base.name
    probes.add(folder)
    if not folder.is_dir():
        return None
    # Names first, the stat only for a match: a folder of a big tree holds
    # hundreds of other scripts.
    for name in sorted(os.listdir(folder)):
        if name.split(".", 1)[0] != stem or "." not in name or name.endswith(NOT_SCRIPTS):
            continue
        entry = folder / name
        if not entry.is_file():
            continue
        return Target(TargetKind.SCRIPT, path, entry, folder / f"{stem}.script.yaml")
    modules = folder / (stem + MODULE_SUFFIX)
    if modules.is_dir():
        probes.add(modules)
        for entry in sorted(modules.iterdir()):
            if entry.is_file() and entry.name.split(".", 1)[0] == MODULE_ENTRY:
                if entry.name.endswith(NOT_SCRIPTS):
                    continue
                return Target(TargetKind.SCRIPT, path, entry, modules / "script.yaml")
    return None


def _flow_at(base: Path, path: str, probes: Probes) -> Target | None:
    for suffix in FLOW_FOLDERS:
        folder = base.with_name(base.name + suffix)
        if folder.is_dir():
            probes.add(folder)  # its flow.yaml may appear or go
        for name in FLOW_FILES:
            file = folder / name
            if file.is_file():
                return Target(TargetKind.FLOW, path, file, file)
    return None
