"""Imports between scripts of one workspace, resolved the way Windmill's workers do.

Python (Windmill's "sharing common logic"): a script imports another by its
path with dots, `from f.lib.helpers import x` / `import u.alice.common as c`,
or relatively, `from .helpers import x` (same folder) and
`from ..other.helpers import x`. TypeScript (Bun): `./helpers.ts`,
`../lib/x.ts` and `/f/lib/x.ts` from the workspace root, with or without the
extension. Anything that resolves to no file in the tree is an external
package: it is simply not followed.
"""

from __future__ import annotations

import os
import posixpath
from pathlib import Path

from wac_lint.config import real_path
from wac_lint.workspace.layout import Probes, module_folder
from wac_lint.workspace.root import Project

WORKSPACE_ROOTS = ("f", "u")
TS_EXTENSIONS = (".ts", ".bun.ts", ".tsx", ".js", ".mjs")


def python_may_reach(module: str) -> bool:
    """Whether `from <module> import ...` can name a workspace file at all (a relative
    import, or one under a workspace root): a spelling test, no file is looked at."""
    return module.startswith(".") or module.split(".", 1)[0] in WORKSPACE_ROOTS


def typescript_may_reach(specifier: str) -> bool:
    """Whether an import specifier can name a workspace file at all (`./x`, `../x`,
    `/f/x`; a package never): a spelling test, no file is looked at."""
    if specifier.startswith("/"):
        return posixpath.normpath(specifier.lstrip("/")).split("/", 1)[0] in WORKSPACE_ROOTS
    return specifier.startswith(("./", "../"))


def resolve_python(
    module: str, level: int, importer: Path, project: Project, probes: Probes | None = None
) -> Path | None:
    """The workspace file `from <dots><module> import ...` / `import <module>` reaches.

    `level` is the number of leading dots (0 for an absolute import). `probes`
    receives the directories looked in (see `layout.locate`).
    """
    try:
        return _resolve_python(
            module, level, importer, project, set() if probes is None else probes
        )
    except OSError:
        return None  # a name over the system's limit, an unreadable folder: not followed


def _resolve_python(
    module: str, level: int, importer: Path, project: Project, probes: Probes
) -> Path | None:
    found = _python_base(module, level, importer, project, probes)
    if found is None or not found[1]:
        return None
    base, parts = found
    return _python_file(base.joinpath(*parts), probes)


def _python_base(
    module: str, level: int, importer: Path, project: Project, probes: Probes | None
) -> tuple[Path, list[str]] | None:
    """The folder a Python import starts from (the project root, or the importer's
    folder `level - 1` steps up) and the parts of `module` below it; None outside the
    workspace's roots."""
    parts = [p for p in module.split(".") if p]
    if level == 0:
        if not parts or parts[0] not in WORKSPACE_ROOTS:
            return None
        return project.root, parts
    base = module_folder(importer, probes)
    for _ in range(level - 1):
        base = base.parent
    return (base, parts) if _inside(base, project.root) else None


def python_module_path(
    module: str, level: int, importer: Path, project: Project, probes: Probes | None = None
) -> str | None:
    """The path, relative to the project root and without extension, of the script a
    Python import names (`from .clock import x` in `f/ops/` -> `f/ops/clock`), whether
    or not the tree has it; None for an import that names no workspace script."""
    try:
        found = _python_base(module, level, importer, project, probes)
        if found is None or not found[1]:
            return None
        return real_path(found[0].joinpath(*found[1])).relative_to(project.root).as_posix()
    except (OSError, ValueError):
        return None


def typescript_module_path(
    specifier: str, importer: Path, project: Project, probes: Probes | None = None
) -> str | None:
    """The path, relative to the project root and without extension, of the module a
    TypeScript import names (`"./clock"` in `f/ops/` -> `f/ops/clock`), whether or not
    the tree has it; None for a package."""
    try:
        if specifier.startswith("/"):
            clean = posixpath.normpath(specifier.lstrip("/"))
            if clean.split("/", 1)[0] not in WORKSPACE_ROOTS:
                return None
            base = project.root / clean
        elif specifier.startswith(("./", "../")):
            folder = module_folder(importer, set() if probes is None else probes)
            base = Path(posixpath.normpath(str(folder / specifier)))
        else:
            return None
        shown = real_path(base).relative_to(project.root).as_posix()
    except (OSError, ValueError):
        return None
    for extension in sorted(TS_EXTENSIONS, key=len, reverse=True):
        if shown.endswith(extension):
            return shown[: -len(extension)]
    return shown


def python_folder(
    module: str, level: int, importer: Path, project: Project, probes: Probes | None = None
) -> Path | None:
    """The folder of the tree `module` names (`f.common` -> `f/common/`), when no script
    has that path: Windmill's loader then makes it an empty module, whatever files it
    holds (an `__init__.py` there is a script of its own, never run on import)."""
    try:
        found = _python_base(module, level, importer, project, probes)
        if found is None:
            return None
        folder = found[0].joinpath(*found[1])
        if probes is not None:
            probes.add(folder.parent)
        if not folder.is_dir() or _python_file(folder, set() if probes is None else probes):
            return None
        return folder
    except OSError:
        return None


def python_other_case(
    module: str, level: int, importer: Path, project: Project, probes: Probes | None = None
) -> str | None:
    """`module` as a script of the tree spells it when only the case differs
    (`f.Common.slack` for `f/common/slack.py`), else None. Windmill's paths are
    case-sensitive: the import as written reaches nothing."""
    try:
        parts = [p for p in module.split(".") if p]
        if level == 0:
            if not parts or parts[0] not in WORKSPACE_ROOTS:
                return None
            base = project.root
        else:
            base = module_folder(importer, probes)
            for _ in range(level - 1):
                base = base.parent
        spelled: list[str] = []
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            if probes is not None:
                probes.add(base)
            if not base.is_dir():
                return None
            names = os.listdir(base)
            wanted = [f"{part}.py", f"{part}__mod"] if last else [part]
            match = None
            for name in names:
                if any(name.lower() == w.lower() for w in wanted):
                    match = name
                    break
            if match is None:
                return None
            spelled.append(match.removesuffix(".py").removesuffix("__mod"))
            base = base / match
        written = ".".join(spelled)
        return written if written != ".".join(parts) else None
    except OSError:
        return None


def resolve_typescript(
    specifier: str, importer: Path, project: Project, probes: Probes | None = None
) -> Path | None:
    """The workspace file an import specifier reaches (`./x.ts`, `../lib/x`, `/f/lib/x`)."""
    try:
        return _resolve_typescript(
            specifier, importer, project, set() if probes is None else probes
        )
    except OSError:
        return None  # a name over the system's limit, an unreadable folder: not followed


def _resolve_typescript(
    specifier: str, importer: Path, project: Project, probes: Probes
) -> Path | None:
    if specifier.startswith("/"):
        clean = posixpath.normpath(specifier.lstrip("/"))
        if clean.split("/", 1)[0] not in WORKSPACE_ROOTS:
            return None
        base = project.root / clean
    elif specifier.startswith(("./", "../")):
        base = Path(posixpath.normpath(str(module_folder(importer, probes) / specifier)))
        if not _inside(base, project.root):
            return None
    else:
        return None  # a package
    probes.add(base.parent)
    if base.is_file():
        return base
    for extension in TS_EXTENSIONS:
        candidate = base.with_name(base.name + extension)
        if candidate.is_file():
            return candidate
    # `/f/lib/clock.ts` is the script `f/lib/clock`, which may be a script with modules:
    # `f/lib/clock__mod/script.ts` (Windmill fetches the script by its path)
    stem = base.name.removesuffix(".ts")
    for entry_name in ("script.ts", "script.bun.ts"):
        entry = base.with_name(stem + "__mod") / entry_name
        probes.add(entry.parent)
        if entry.is_file():
            return entry
    return None


def _python_file(base: Path, probes: Probes) -> Path | None:
    probes.add(base.parent)
    candidate = base.with_name(base.name + ".py")
    if candidate.is_file():
        return candidate
    entry = base.with_name(base.name + "__mod") / "script.py"
    probes.add(entry.parent)
    if entry.is_file():
        return entry
    return None


def _inside(path: Path, root: Path) -> bool:
    try:
        real_path(path).relative_to(root)
    except ValueError:
        return False
    return True
