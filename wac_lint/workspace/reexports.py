"""Where a name another module re-exports really comes from: barrels, star
exports, namespace members and registration tables.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import tree_sitter

from wac_lint.languages.base import load
from wac_lint.semantic.scopes import BindingKind
from wac_lint.workspace.documents import read_source
from wac_lint.workspace.helper_imports import HelperImports, python_ref, typescript_ref
from wac_lint.workspace.helper_resolution import MAX_ALIASES
from wac_lint.workspace.labels import node_text, shown_path
from wac_lint.workspace.module_facts import (
    exported_names,
    exports_default,
    module_semantic,
    star_exports,
)
from wac_lint.workspace.root import Project
from wac_lint.workspace.session import HelperRef, default_session


def reexport_origin(ref: HelperRef, project: Project, probes: set[Path]) -> HelperRef:
    """The module that binds `ref.function` itself, when `ref`'s module only re-exports
    it (a Python `from f.common.tasks import send_slack` that the module's importers take
    from it, a TypeScript `export { credit } from "./tasks.ts"` or `export * from`),
    followed through barrels up to MAX_ALIASES deep; `ref` itself otherwise. The modules
    read go to `probes`."""
    from wac_lint.engine import InputError

    current = _table_entry(ref) or ref
    owner, dot, member = current.function.partition(".")
    if dot and current is ref:
        # `Boot.startedAt` / `clock.now` of a barrel (`export * from "./clock.ts"`): the
        # member of the class or object where the module that binds it defines it
        # `paths.NIGHTLY` of a barrel saying `export * as paths from "./paths.ts"`:
        # `NIGHTLY` of that module (the name it exports, before any `export *`)
        whole = _namespace_member(ref, owner, member, project, probes)
        if whole is not None:
            return reexport_origin(whole, project, probes)
        origin = reexport_origin(replace(ref, function=owner), project, probes)
        if origin.file == ref.file and origin.function == owner:
            return ref
        return replace(
            origin, function=f"{origin.function}.{member}", label=f"{origin.label}.{member}"
        )
    seen = {(ref.file, ref.function)}
    for _ in range(MAX_ALIASES):
        if "." in current.function:
            break
        digest = default_session().digest(current.file)
        semantic = module_semantic(str(current.file), digest) if digest is not None else None
        if semantic is None:
            break
        bound = semantic.lookup(current.function, semantic.module)
        if bound is not None and bound.kind != BindingKind.IMPORT:
            break  # the module binds the name itself
        try:
            source = read_source(current.file, shown_path(current.file))
        except (InputError, RecursionError):
            break
        # `export { Pager } from "./pager.ts"` beside `export * from "./pager.ts"`: one
        targets = list(
            {
                (t.file, t.function): t for t in reexported_ref(source, current, project, probes)
            }.values()
        )
        if len(targets) > 1:
            # `export * from "./time.ts"` beside `export { credit } from "./tasks.ts"`:
            # each star is a candidate; the module that binds the name is the one
            targets = [t for t in targets if _binds(t)]
        if len(targets) > 1 and current.file.suffix != ".py":
            # `export * from "./durable.ts"` whose module only imports `chargeCard` for
            # its own use, beside `export * from "./tasks.ts"` exporting it: a star
            # re-exports what its module exports, not what it imports
            exported = [t for t in targets if _exports_name(t)]
            targets = exported or targets
        if len(targets) != 1 or (targets[0].file, targets[0].function) in seen:
            break
        current = targets[0]
        seen.add((current.file, current.function))
        probes.add(current.file)
    return current


def _namespace_member(
    ref: HelperRef, owner: str, member: str, project: Project, probes: set[Path]
) -> HelperRef | None:
    """`member` of the module `ref`'s TypeScript module re-exports whole as `owner`."""
    from wac_lint.engine import InputError

    if ref.file.suffix == ".py":
        return None
    try:
        source = read_source(ref.file, shown_path(ref.file))
    except (InputError, RecursionError):
        return None
    if b"* as" not in source.data:
        return None  # no `export * as name from ...` to read
    spec = _namespace_reexport(source, owner)
    if spec is None:
        return None
    found = typescript_ref(spec, member, ref.file, project, probes)
    if found is not None:
        probes.add(found.file)
    return found


def _table_entry(ref: HelperRef) -> HelperRef | None:
    """`PROVISIONERS.github` where the module binds `PROVISIONERS = {"github":
    provision_github}` (a dict / object literal, once, at top level): the name of the
    module that entry holds (`provision_github`), so that a task it names is that task."""
    table, _, member = ref.function.partition(".")
    if not member or "." in member:
        return None
    digest = default_session().digest(ref.file)
    semantic = module_semantic(str(ref.file), digest) if digest is not None else None
    bound = semantic.lookup(table, semantic.module) if semantic is not None else None
    if bound is None or bound.kind != BindingKind.ASSIGNMENT or bound.rebound:
        return None
    value = bound.assigned_value
    if value is None or value.type not in ("dictionary", "object"):
        return None
    held: list[tree_sitter.Node] = []
    for entry in value.named_children:
        if entry.type == "shorthand_property_identifier" and node_text(entry) == member:
            held.append(entry)  # `{ ship }`
            continue
        key = entry.child_by_field_name("key") if entry.type == "pair" else None
        item = entry.child_by_field_name("value") if key is not None else None
        if key is None or item is None:
            continue
        spelled = node_text(key)
        if key.type == "string" or spelled[:1] in "\"'`":
            spelled = spelled.strip("\"'`")
        if spelled == member:
            held.append(item)
    if len(held) != 1 or held[0].type not in ("identifier", "shorthand_property_identifier"):
        return None
    name = node_text(held[0])
    inner = semantic.lookup(name, semantic.module) if semantic is not None else None
    if inner is None:
        return None
    return HelperRef(ref.file, name, ref.label[: -len(ref.function)] + name)


def _exports_name(ref: HelperRef) -> bool:
    """Does `ref`'s TypeScript module export `ref.function` by name (`export const x`,
    `export function x`, `export { y as x }`, `export { x } from ...`)?"""
    digest = default_session().digest(ref.file)
    return digest is not None and ref.function in exported_names(str(ref.file), digest)


def _binds(ref: HelperRef) -> bool:
    """Does `ref`'s module bind `ref.function` at its top level (import or not, or a
    TypeScript `enum` it exports)? Its `default` is bound by an `export default ...`
    statement (which names nothing)."""
    digest = default_session().digest(ref.file)
    if digest is not None and ref.function == "default" and ref.file.suffix != ".py":
        return exports_default(str(ref.file), digest)
    semantic = module_semantic(str(ref.file), digest) if digest is not None else None
    if semantic is not None and semantic.lookup(ref.function, semantic.module) is not None:
        return True
    # a TypeScript declaration the scopes do not bind as a value (`export enum Scripts`,
    # `export const enum`): the module exports it by name all the same
    return ref.file.suffix != ".py" and _exports_name(ref)


def reexported_ref(
    source: Any, ref: HelperRef, project: Project, probes: set[Path]
) -> list[HelperRef]:
    """Where a module that does not define `ref.function` re-exports it from: a
    TypeScript `export ... from`, or `import` then `export { name }`; a Python
    `from f.lib.http import post` at module level (the name is then the module's)."""
    owner, dot, member = ref.function.partition(".")
    if dot and ref.file.suffix != ".py":
        # `export * as tools from "./tools.ts"`: `tools.now` is `now` of that module
        spec = _namespace_reexport(source, owner)
        if spec is not None:
            target = typescript_ref(spec, member, ref.file, project, probes)
            return [target] if target is not None else []
    if dot and "." not in member:
        # `export const http = { get, post }` where `get` is imported from another module
        imported = _member_imported(source, owner, member, ref.file, project, probes)
        if imported is not None:
            return [imported]
    if dot:
        # `API.post` / `HANDLERS.*` of a barrel: where `API` comes from, then its member
        return [
            replace(t, function=f"{t.function}.{member}", label=f"{t.label}.{member}")
            for t in reexported_ref(source, replace(ref, function=owner), project, probes)
        ]
    return _reexported_name(source, ref, project, probes)


def _reexported_name(
    source: Any, ref: HelperRef, project: Project, probes: set[Path]
) -> list[HelperRef]:
    from wac_lint.parsing import parse
    from wac_lint.semantic.typescript_scopes import module_name

    root = parse(source).root_node
    if ref.file.suffix == ".py":
        return _python_reexported(root, ref, project, probes)
    found: list[HelperRef] = []
    for stmt in root.named_children:
        spec = stmt.child_by_field_name("source") if stmt.type == "export_statement" else None
        if spec is None:
            if stmt.type == "export_statement":
                found += _exported_import(root, stmt, ref, project, probes)
            continue
        module = module_name(node_text(spec).strip("\"'`"))
        clause = next((c for c in stmt.named_children if c.type == "export_clause"), None)
        namespace = any(c.type == "namespace_export" for c in stmt.named_children)
        if clause is None:  # `export * from "..."` (not `export * as ns from`, a namespace)
            if not namespace and any(c.type == "*" for c in stmt.children):
                target = typescript_ref(module, ref.function, ref.file, project, probes)
                if target is not None:
                    found.append(target)
            continue
        for item in clause.named_children:
            name = item.child_by_field_name("name")
            alias = item.child_by_field_name("alias") or name
            if name is None or alias is None or node_text(alias) != ref.function:
                continue
            target = typescript_ref(module, node_text(name), ref.file, project, probes)
            if target is not None:
                found.append(target)
    return found


def _member_imported(
    source: Any, owner: str, member: str, file: Path, project: Project, probes: set[Path]
) -> HelperRef | None:
    """`http.get` where the module says `http = { get, post: send }` (or a dict) and `get`
    / `send` is a function it imports from another workspace module."""
    from wac_lint.frontends import module_model

    try:
        model = module_model(source)
    except RecursionError:
        return None
    semantic = model.semantic
    binding = semantic.lookup(owner, semantic.module) if semantic is not None else None
    value = binding.assigned_value if binding is not None else None
    if semantic is not None and value is None and owner == "default" and file.suffix != ".py":
        # `export default { send, page }` (or `export default api` of `const api = {...}`)
        value = _default_value(model.tree.root_node)
        if value is not None and value.type == "identifier":
            named = semantic.lookup(node_text(value), semantic.module)
            value = named.assigned_value if named is not None else None
    if semantic is None or value is None or value.type not in ("object", "dictionary"):
        return None
    name: str | None = None
    for entry in value.named_children:
        if entry.type == "shorthand_property_identifier" and node_text(entry) == member:
            name = member
        elif entry.type == "pair":
            key = entry.child_by_field_name("key")
            held = entry.child_by_field_name("value")
            if key is not None and held is not None and held.type == "identifier":
                if node_text(key).strip("\"'`") == member:
                    name = node_text(held)
    held_binding = semantic.lookup(name, semantic.module) if name is not None else None
    if held_binding is None or held_binding.kind != BindingKind.IMPORT:
        return None
    if held_binding.module is None:
        return None
    imports: HelperImports = load(model.lang.helper_imports_target)
    imported = held_binding.imported_name or held_binding.name
    return imports.of_name(held_binding.module, imported, file, project, probes)


def _default_value(root: tree_sitter.Node) -> tree_sitter.Node | None:
    """The expression a TypeScript `export default <expression>` exports."""
    for stmt in root.named_children:
        if stmt.type == "export_statement" and any(c.type == "default" for c in stmt.children):
            return stmt.child_by_field_name("value")
    return None


def _namespace_reexport(source: Any, name: str) -> str | None:
    """The module `export * as <name> from "<module>"` re-exports whole, if any."""
    from wac_lint.parsing import parse
    from wac_lint.semantic.typescript_scopes import module_name

    for stmt in parse(source).root_node.named_children:
        spec = stmt.child_by_field_name("source") if stmt.type == "export_statement" else None
        if spec is None:
            continue
        for child in stmt.named_children:
            if child.type != "namespace_export":
                continue
            alias = next((c for c in child.named_children if c.type == "identifier"), None)
            if alias is not None and node_text(alias) == name:
                return module_name(node_text(spec).strip("\"'`"))
    return None


def _exported_import(
    root: tree_sitter.Node,
    stmt: tree_sitter.Node,
    ref: HelperRef,
    project: Project,
    probes: set[Path],
) -> list[HelperRef]:
    """`import { post } from "./http.ts"; export { post };` (possibly renamed on either side)."""
    from wac_lint.semantic.typescript_scopes import module_name

    clause = next((c for c in stmt.named_children if c.type == "export_clause"), None)
    local = None
    for item in clause.named_children if clause is not None else ():
        name = item.child_by_field_name("name")
        alias = item.child_by_field_name("alias") or name
        if name is not None and alias is not None and node_text(alias) == ref.function:
            local = node_text(name)
    if local is None:
        return []
    for imp in root.named_children:
        spec = imp.child_by_field_name("source") if imp.type == "import_statement" else None
        clause = next((c for c in imp.named_children if c.type == "import_clause"), None)
        if spec is None or clause is None:
            continue
        for named in clause.named_children:
            if named.type != "named_imports":
                continue
            for item in named.named_children:
                name = item.child_by_field_name("name")
                alias = item.child_by_field_name("alias") or name
                if name is None or alias is None or node_text(alias) != local:
                    continue
                module = module_name(node_text(spec).strip("\"'`"))
                target = typescript_ref(module, node_text(name), ref.file, project, probes)
                return [target] if target is not None else []
    return []


def _python_reexported(
    root: tree_sitter.Node, ref: HelperRef, project: Project, probes: set[Path]
) -> list[HelperRef]:
    """`from f.lib.http import post` (or `... import send as post`) at module level; else
    the last `from f.lib.kit import *` whose module exports the name (a facade of a
    barrel: `from f.lib.kit import *` where the kit says `from .clock import now as
    stamp`)."""
    stars: list[str] = []
    for stmt in root.named_children:
        if stmt.type != "import_from_statement":
            continue
        module = stmt.child_by_field_name("module_name")
        if module is None:
            continue
        if any(c.type == "wildcard_import" for c in stmt.children):
            stars.append(node_text(module))
            continue
        for item in stmt.children_by_field_name("name"):
            if item.type == "aliased_import":
                name, alias = item.child_by_field_name("name"), item.child_by_field_name("alias")
            else:
                name, alias = item, item
            if name is None or alias is None or node_text(alias) != ref.function:
                continue
            target = python_ref(node_text(module), node_text(name), None, ref.file, project, probes)
            return [target] if target is not None else []
    for dotted in reversed(stars):
        target = python_ref(dotted, ref.function, None, ref.file, project, probes)
        if target is not None and star_exports(target.file, ref.function, probes):
            return [target]
    return []
