"""How each language imports a workspace helper: the names an import statement
binds and the file and function each one reaches.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from wac_lint.semantic.scopes import Binding
from wac_lint.workspace.imports import (
    python_may_reach,
    resolve_python,
    resolve_typescript,
    typescript_may_reach,
)
from wac_lint.workspace.labels import module_label, node_text
from wac_lint.workspace.module_facts import star_exports
from wac_lint.workspace.root import Project
from wac_lint.workspace.session import HelperRef


class HelperImports:
    """How one language's imports name a function of another workspace script."""

    def may_reach(self, semantic: Any, module: str) -> bool:
        """Whether a name imported from `module` can lead to a workspace function."""
        return True

    def of_unbound(
        self, semantic: Any, name: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        """`f(...)` where nothing in the file binds `f`."""
        return None

    def of_name(
        self, module: str, imported: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        """`f(...)` where `f` is imported (`imported`: the name as `module` spells it)."""
        raise NotImplementedError

    def star_import_after(
        self,
        semantic: Any,
        binding: Binding,
        file: Path,
        project: Project,
        probes: set[Path] | None,
    ) -> HelperRef | None:
        """The function a star import after the module-level `binding` binds to its
        name instead, when that module exports the name."""
        return None

    def owner(
        self, module: str, imported: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        """The class or object `imported` of `module`, whose members a call reaches."""
        raise NotImplementedError

    def member_of(
        self,
        module: str,
        imported: str,
        member: str,
        file: Path,
        project: Project,
        probes: set[Path] | None,
    ) -> HelperRef | None:
        """`Owner.m(...)` / `Owner().m(...)`: a member of a class or object `module` exports."""
        owner = self.owner(module, imported, file, project, probes)
        if owner is None:
            return None
        return HelperRef(owner.file, f"{imported}.{member}", f"{owner.label}.{member}")

    def of_member(
        self, binding: Binding, member: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        """`m.f(...)` where `m` is the import `binding` (whose module is known)."""
        raise NotImplementedError

    def of_dotted(
        self, dotted: str, member: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        """`a.b.f(...)` where `a.b` qualifies as the module `dotted`."""
        return None


class PythonHelperImports(HelperImports):
    def may_reach(self, semantic: Any, module: str) -> bool:
        # a later `from f.lib.alerts import *` may bind the name again (`star_import_after`)
        return bool(semantic.module.star_imports) or python_may_reach(module)

    def of_unbound(
        self, semantic: Any, name: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        if not semantic.module.star_imports or name in semantic.syntax.builtins:
            return None
        # `from f.lib.helpers import *` then `notify(...)`: the last star import that
        # exports the name wins, as at run time; else the last one that resolves
        fallback = None
        for module in reversed(semantic.module.star_imports):
            found = python_ref(module, name, None, file, project, probes)
            if found is None:
                continue
            if star_exports(found.file, name, probes):
                return found
            fallback = fallback or found
        return fallback

    def of_name(
        self, module: str, imported: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        return python_ref(module, imported, None, file, project, probes)

    def star_import_after(
        self,
        semantic: Any,
        binding: Binding,
        file: Path,
        project: Project,
        probes: set[Path] | None,
    ) -> HelperRef | None:
        if not semantic.module.star_imports or binding.scope is not semantic.module:
            return None
        root = binding.node
        while root.parent is not None:
            root = root.parent
        later: list[str] = []
        for statement in root.named_children:
            if statement.start_byte <= binding.node.start_byte:
                continue
            source = statement.child_by_field_name("module_name")
            if statement.type == "import_from_statement" and source is not None:
                if any(c.type == "wildcard_import" for c in statement.children):
                    later.append(node_text(source))
        for dotted in reversed(later):
            found = python_ref(dotted, binding.name, None, file, project, probes)
            if found is not None and star_exports(found.file, binding.name, probes):
                return found
        return None

    def owner(
        self, module: str, imported: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        return python_ref(module, imported, None, file, project, probes)

    def of_member(
        self, binding: Binding, member: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        assert binding.module is not None
        imported = binding.imported_name or binding.name
        found = python_ref(binding.module, imported, member, file, project, probes)
        if found is not None or imported == binding.module:
            return found
        # `Webhooks.send(...)`: a static method of a class imported by name; `client.get(...)`:
        # a method of the module-level instance `client = ApiClient(...)` imported by name
        return self.member_of(binding.module, imported, member, file, project, probes)

    def of_dotted(
        self, dotted: str, member: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        # `import f.lib.helpers` then `f.lib.helpers.notify(...)`
        found = python_ref(dotted, None, member, file, project, probes)
        module, _, owner = dotted.rpartition(".")
        if found is not None or not module:
            return found
        # `f.lib.helpers.Api.fetch(...)`: a member of a class or object of the module
        return python_ref(module, None, f"{owner}.{member}", file, project, probes)


class TypeScriptHelperImports(HelperImports):
    def may_reach(self, semantic: Any, module: str) -> bool:
        return typescript_may_reach(module)

    def of_name(
        self, module: str, imported: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        if imported == "*":
            return None  # calling a namespace: not followed
        # a default export is walked under the name `default` (see walk_helper)
        return typescript_ref(module, imported, file, project, probes)

    def owner(
        self, module: str, imported: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        if imported == "*":
            return None
        # `export default { ... }`: its members are walked as `default.<member>`
        return typescript_ref(module, imported, file, project, probes)

    def of_member(
        self, binding: Binding, member: str, file: Path, project: Project, probes: set[Path] | None
    ) -> HelperRef | None:
        assert binding.module is not None
        if binding.imported_name == "*":
            return typescript_ref(binding.module, member, file, project, probes)
        imported = binding.imported_name or binding.name
        # `api.post(...)`: a function of an object literal exported by name
        return self.member_of(binding.module, imported, member, file, project, probes)


PYTHON_IMPORTS = PythonHelperImports()


TYPESCRIPT_IMPORTS = TypeScriptHelperImports()


def python_ref(
    module: str,
    imported: str | None,
    member: str | None,
    file: Path,
    project: Project,
    probes: set[Path] | None,
) -> HelperRef | None:
    level = len(module) - len(module.lstrip("."))
    base = module[level:]
    whole_module = imported is None or imported == module  # `import f.lib.helpers as h`
    if member is None:
        if whole_module or imported is None:
            return None
        path, function = base, imported
    elif whole_module:
        path, function = base, member
    else:
        # `from f.lib import helpers` / `from . import helpers`, then `helpers.notify()`
        path, function = (f"{base}.{imported}" if base else str(imported)), member
    if not path:
        return None
    target = resolve_python(path, level, file, project, probes)
    if target is None:
        return None
    return HelperRef(target, function, f"{module_label(target, project)}.{function}")


def typescript_ref(
    specifier: str, member: str, file: Path, project: Project, probes: set[Path] | None
) -> HelperRef | None:
    target = resolve_typescript(specifier, file, project, probes)
    if target is None:
        return None
    return HelperRef(target, member, f"{module_label(target, project)}.{member}")
