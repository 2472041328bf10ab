"""The workspace as a rule sees it from one script: where task paths lead, and what
the scripts and flows there take."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from wac_lint.config import real_path
from wac_lint.workspace.imports import (
    python_folder,
    python_module_path,
    python_other_case,
    resolve_python,
    typescript_module_path,
)
from wac_lint.workspace.layout import Target, TargetKind, locate
from wac_lint.workspace.root import Project, RootMarker, find_project
from wac_lint.workspace.signatures import SignatureIndex, SignatureStore, TargetSignature

_INDEX = SignatureIndex()  # one per process: a run, or a language server


def use_store(directory: Path | None) -> None:
    """Keep target signatures and helper walks on disk under `directory` (the
    result cache's; None: in memory only). Set before a run starts its worker
    processes: they inherit it."""
    from wac_lint.workspace.helper_store import use_helper_store

    _INDEX.store = SignatureStore(directory / "signatures") if directory is not None else None
    use_helper_store(directory / "helpers" if directory is not None else None)


def signature_index() -> SignatureIndex:
    return _INDEX


class WorkspaceView:
    def __init__(self, file: Path) -> None:
        self.file = file
        self.project: Project = find_project(file)
        # Paths a rule's verdict was drawn from: files by their content, directories
        # by the names in them (a task path that matches nothing today is found once
        # its script appears). A result cache and the language server re-check this
        # script when one of them changes.
        self.consulted: set[Path] = set()

    @property
    def is_windmill_project(self) -> bool:
        """A tree `wmill sync` manages: absolute task paths can be looked up in it."""
        return self.project.marker in (RootMarker.WMILL_YAML, RootMarker.WMILL_LOCK)

    def locate(self, path: str, wanted: TargetKind | None = None) -> Target | None:
        return locate(path, self.project, importer=self.file, probes=self.consulted, wanted=wanted)

    def signature(self, target: Target) -> TargetSignature | None:
        self.consulted.add(target.file)
        if target.metadata is not None and target.metadata.is_file():
            self.consulted.add(target.metadata)
        return _INDEX.signature(target, self.project.root)

    def python_module(self, module: str, level: int) -> Path | None:
        """The script a Python import of `module` (`level` leading dots) loads."""
        return resolve_python(module, level, self.file, self.project, self.consulted)

    def python_module_path(self, module: str, level: int) -> str | None:
        """The workspace path a Python import names, whether or not the tree has it."""
        return python_module_path(module, level, self.file, self.project, self.consulted)

    def typescript_module_path(self, specifier: str) -> str | None:
        """The workspace path a TypeScript import names, whether or not the tree has it."""
        return typescript_module_path(specifier, self.file, self.project, self.consulted)

    def python_folder(self, module: str, level: int) -> Path | None:
        """The folder of the tree a Python import of `module` names, when it is one."""
        return python_folder(module, level, self.file, self.project, self.consulted)

    def python_other_case(self, module: str, level: int) -> str | None:
        """`module` as a script of the tree spells it when only the case differs."""
        return python_other_case(module, level, self.file, self.project, self.consulted)

    def serves_lazily(self, file: Path) -> bool:
        """The Python module defines a module-level `__getattr__` (PEP 562), which serves
        the names it does not bind when they are read or imported."""
        from wac_lint.engine import InputError
        from wac_lint.workspace.documents import read_source

        self.consulted.add(file)
        try:
            source = read_source(file, file.name)
        except (InputError, OSError):
            return False
        return _binds_module_getattr(source.data, file.name)

    def typescript_exports(
        self, file: Path, seen: frozenset[Path] = frozenset()
    ) -> frozenset[str] | None:
        """Every name a TypeScript module exports (`default` included), following its
        `export * from` of other modules of the tree; None when that cannot be known (a
        star re-export of a package or of a module the tree lacks, `export =`, a
        destructuring export, a file that does not parse)."""
        from wac_lint.engine import InputError
        from wac_lint.workspace.documents import read_source
        from wac_lint.workspace.imports import resolve_typescript

        self.consulted.add(file)
        try:
            source = read_source(file, file.name)
        except (InputError, OSError):
            return None
        parts = _typescript_export_parts(source.data, file.name)
        if parts is None:
            return None
        names, stars = parts
        found = set(names)
        seen = seen | {file}
        for specifier in stars:
            target = resolve_typescript(specifier, file, self.project, self.consulted)
            if target is None:
                return None
            if target in seen:
                continue  # a cycle: its names are already on their way
            inner = self.typescript_exports(target, seen)
            if inner is None:
                return None
            found.update(n for n in inner if n != "default")  # `export *` skips it
        return frozenset(found)

    def module_names(self, file: Path) -> frozenset[str] | None:
        """The names a Python script binds at module level (imports included); None
        when they cannot be known (a star import of a module outside the tree, a module
        `__getattr__`, `globals()` written to, a file that does not parse)."""
        return self._module_names(file, _STAR_DEPTH)

    def _module_names(self, file: Path, depth: int) -> frozenset[str] | None:
        from wac_lint.engine import InputError
        from wac_lint.workspace.documents import read_source

        self.consulted.add(file)
        try:
            source = read_source(file, file.name)
            parts = _module_parts(source.data, file.name)
        except (InputError, OSError, RecursionError):
            return None
        if parts is None:
            return None
        names, stars = parts
        for module in stars:
            # `from f.lib.types import *`: what that script's star import binds, its
            # `__all__` when it lists it, else its names without a leading `_`
            script = self.python_module(module, 0) if depth > 0 else None
            if script is None:
                return None  # a package, or a module of the workspace that is missing
            listed = self._listed_names(script)
            if listed is None:
                inner = self._module_names(script, depth - 1)
                if inner is None:
                    return None
                listed = frozenset(n for n in inner if not n.startswith("_"))
            names |= listed
        return names

    def _listed_names(self, file: Path) -> frozenset[str] | None:
        """The names a script's `__all__` lists (strings in a list or tuple), when it
        lists them all that way."""
        from wac_lint.engine import InputError
        from wac_lint.workspace.documents import read_source

        try:
            source = read_source(file, file.name)
            return _all_names(source.data, file.name)
        except (InputError, OSError, RecursionError):
            return None

    def pushed(self, file: Path | str) -> bool:
        """Whether `wmill sync push` of the project pushes this file: kept by wmill.yaml's
        `includes`, not dropped by its `excludes`, not of a kind it skips (`skipScripts`,
        `skipFlows`); always, without a wmill.yaml."""
        project = self.project
        if project.marker != RootMarker.WMILL_YAML:
            return True  # no wmill.yaml: no includes or excludes to go by
        try:
            relative = Path(file).resolve().relative_to(project.root).as_posix()
        except ValueError:
            return True
        return project.pushes(relative)

    def left_out_by(self, file: Path | str) -> str:
        """What leaves a file `pushed` says is not pushed out of `wmill sync push`, as
        messages say it: "wmill.yaml's `includes` / `excludes` leave"."""
        project = self.project
        try:
            relative = Path(file).resolve().relative_to(project.root).as_posix()
        except ValueError:
            relative = ""
        skipped = project.skipped_by(relative) if project.included(relative) else None
        if skipped is not None:
            return f"wmill.yaml's `{skipped}: true` leaves"
        return "wmill.yaml's `includes` / `excludes` leave"

    def left_behind(self, file: Path | str) -> bool:
        """A file `wmill sync push` leaves out while it pushes the script looking at it."""
        return not self.pushed(file) and self.pushed(self.file)

    def shown(self, file: Path) -> str:
        """A file as messages name it: relative to the project root."""
        try:
            return real_path(file).relative_to(self.project.root).as_posix()
        except ValueError:
            return str(file)


# A relative star import (`from .clock import *`), which `star_imports` leaves out.
_RELATIVE_STAR = re.compile(rb"^[ \t]*from[ \t]+\.[\w.]*[ \t]+import[ \t]*\*", re.M)


_STAR_DEPTH = 4  # star imports of star imports, followed this far


@lru_cache(maxsize=512)
def _module_parts(data: bytes, name: str) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """`WorkspaceView.module_names` by content (a run asks about the same modules often):
    the names the module binds itself, and the modules it star-imports (absolute)."""
    from wac_lint.frontends import module_model
    from wac_lint.source import SourceFile, language_for_path

    language = language_for_path(name)
    if language is None:
        return None
    source = SourceFile(name, data.decode("utf-8", "replace"), language)
    semantic = module_model(source).semantic
    if semantic is None or b"globals()" in data:
        return None
    if _RELATIVE_STAR.search(data):
        return None  # `from .clock import *`: binds what f/lib/clock.py exports
    names = frozenset(semantic.module.bindings)
    if "__getattr__" in names:
        return None
    return names, tuple(semantic.module.star_imports)


_COMMONJS = re.compile(rb"\bmodule\.exports\b|\bexports\.\w+\s*=")


@lru_cache(maxsize=512)
def _typescript_export_parts(
    data: bytes, name: str
) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """`WorkspaceView.typescript_exports` by content: the names the module exports itself
    and the specifiers it re-exports whole (`export * from "./x.ts"`)."""
    from wac_lint.frontends import module_model
    from wac_lint.source import SourceFile, language_for_path

    language = language_for_path(name)
    if language is None or _COMMONJS.search(data):
        return None  # `module.exports = ...`: Bun hands its keys to named imports
    source = SourceFile(name, data.decode("utf-8", "replace"), language)
    root = module_model(source).tree.root_node
    if root.has_error:
        return None
    names: set[str] = set()
    stars: list[str] = []

    def text(node: Any) -> str:
        return (node.text or b"").decode("utf-8", "replace")

    for stmt in root.named_children:
        if stmt.type != "export_statement":
            continue
        kinds = {c.type for c in stmt.children}
        if "=" in kinds:
            return None  # `export = x`: CommonJS
        if "default" in kinds:
            names.add("default")
            continue
        declaration = stmt.child_by_field_name("declaration")
        if declaration is not None:
            while declaration.type == "ambient_declaration" and declaration.named_children:
                declaration = declaration.named_children[0]  # `export declare ...`
            named = declaration.child_by_field_name("name")
            if named is not None:
                names.add(text(named))
                continue
            declarators = [d for d in declaration.named_children if d.type == "variable_declarator"]
            if not declarators:
                return None
            for item in declarators:
                held = item.child_by_field_name("name")
                if held is None or held.type != "identifier":
                    return None  # `export const { a, b } = o`
                names.add(text(held))
            continue
        clause = next((c for c in stmt.named_children if c.type == "export_clause"), None)
        space = next((c for c in stmt.named_children if c.type == "namespace_export"), None)
        origin = stmt.child_by_field_name("source")
        if clause is not None:
            for item in clause.named_children:
                shown = item.child_by_field_name("alias") or item.child_by_field_name("name")
                if shown is not None:
                    names.add(text(shown).strip("\"'"))
        elif space is not None:
            held = next((c for c in space.named_children if c.type == "identifier"), None)
            if held is None:
                return None
            names.add(text(held))
        elif origin is not None and "*" in kinds:
            stars.append(text(origin).strip("\"'`"))
        else:
            return None
    return frozenset(names), tuple(stars)


@lru_cache(maxsize=512)
def _binds_module_getattr(data: bytes, name: str) -> bool:
    """`WorkspaceView.serves_lazily` by content."""
    from wac_lint.frontends import module_model
    from wac_lint.source import SourceFile, language_for_path

    language = language_for_path(name)
    if language is None or b"__getattr__" not in data:
        return False
    source = SourceFile(name, data.decode("utf-8", "replace"), language)
    semantic = module_model(source).semantic
    return semantic is not None and "__getattr__" in semantic.module.bindings


@lru_cache(maxsize=512)
def _all_names(data: bytes, name: str) -> frozenset[str] | None:
    """The strings a module's top-level `__all__` list or tuple holds (None when it has
    none, or holds anything else)."""
    from wac_lint.frontends import module_model
    from wac_lint.source import SourceFile, language_for_path

    language = language_for_path(name)
    if language is None:
        return None
    source = SourceFile(name, data.decode("utf-8", "replace"), language)
    semantic = module_model(source).semantic
    listed = semantic.lookup("__all__", semantic.module) if semantic is not None else None
    if listed is None or listed.rebound:
        return None
    value = listed.assigned_value
    if value is None or value.type not in ("list", "tuple"):
        return None
    names = []
    for item in value.named_children:
        text = (item.text or b"").decode("utf-8", "replace")
        if item.type != "string" or len(text) < 2 or text[0] not in "'\"" or text[-1] != text[0]:
            return None
        if item.named_children and any(c.type == "interpolation" for c in item.named_children):
            return None
        names.append(text[1:-1])
    return frozenset(names)


def view_for(source_path: str) -> WorkspaceView | None:
    """None for a document with no file behind it (standard input, an unsaved buffer)."""
    file = Path(source_path)
    if file.is_file():
        return WorkspaceView(file)
    from wac_lint.flows.embedded import is_embedded

    # a workflow written in a flow (`content: |`): its flow's folder places it
    return WorkspaceView(file) if is_embedded(file) else None
