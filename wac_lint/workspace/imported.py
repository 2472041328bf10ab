"""What a front-end asks about a name the script imports from another module of the
workspace, while it builds the model: is it a task (`from f.common.mail_tasks import
send_email`, where that module says `@task() async def send_email`), and which function
is it (an error helper the handler calls: `rethrowSuspend(e)` from `/f/common/errors.ts`)?

The front-end reads the script alone; these answers come from the files its imports
reach. Each file read is recorded in `model.workspace_files`, so a result cache keyed
on them checks the script again when one of them changes.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import tree_sitter

from wac_lint.model import ScriptModel
from wac_lint.source import SourceFile

# Files whose model is being built while a script asks about them: a module that
# imports a task from a module importing it back is read once, not forever.
_BUILDING: set[str] = set()


def imported_function(
    model: ScriptModel, reference: tree_sitter.Node
) -> tuple[SourceFile, str] | None:
    """The module of the workspace (its source) and the top-level name there that an
    imported name (`send_email`, `errors.rethrowSuspend`) reaches, if any (through the
    modules that only re-export it)."""
    from wac_lint.engine import InputError
    from wac_lint.workspace.crossfile import helper_of, reexport_origin
    from wac_lint.workspace.documents import read_source
    from wac_lint.workspace.root import find_project

    file = Path(model.source.path)
    try:
        if not file.is_file():
            return None  # standard input, an unsaved buffer: no tree around it
        project = find_project(file)
        probes: set[Path] = set()
        ref = helper_of(model, reference, file, project, probes)
        if ref is not None:
            # a facade or barrel that re-exports it: the module that defines it
            ref = reexport_origin(ref, project, probes)
    except (OSError, RecursionError):
        return None
    model.workspace_files |= probes
    if ref is None or "." in ref.function:
        return None
    model.workspace_files.add(ref.file)
    try:
        return read_source(ref.file, str(ref.file)), ref.function
    except (InputError, OSError):
        return None


def imported_task(model: ScriptModel, reference: tree_sitter.Node) -> bool:
    """Whether an imported name is a task another module of the workspace defines at its
    top level (`@task()`, `task(...)`, `task_script(...)` / `task_flow(...)`): calling it
    dispatches a durable step, which can raise the SDK's suspension."""
    found = imported_function(model, reference)
    if found is None:
        return False
    source, name = found
    return name in _task_names(source.path, source.data)


@lru_cache(maxsize=256)
def _task_names(path: str, data: bytes) -> frozenset[str]:
    if b"task" not in data or path in _BUILDING:
        return frozenset()
    from wac_lint.frontends import build_model
    from wac_lint.source import SourceFile, language_for_path

    language = language_for_path(path)
    if language is None:
        return frozenset()
    _BUILDING.add(path)
    try:
        other = build_model(SourceFile(path, data.decode("utf-8", "replace"), language))
    except RecursionError:
        return frozenset()
    finally:
        _BUILDING.discard(path)
    names = {t.binding for t in other.tasks if t.binding and t.top_level}
    if any(t.default_export and t.top_level for t in other.tasks):
        names.add("default")  # `export default task(...)`, imported by default
    return frozenset(names)
