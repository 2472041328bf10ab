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
from typing import TYPE_CHECKING

import tree_sitter

from wac_lint.languages import LanguageKind
from wac_lint.model import ScriptModel
from wac_lint.source import SourceFile

if TYPE_CHECKING:
    from wac_lint.workspace.root import Project

# Files whose model is being built while a script asks about them: a module that
# imports a task from a module importing it back is read once, not forever.
_BUILDING: set[str] = set()


def imported_function(
    model: ScriptModel, reference: tree_sitter.Node, members: bool = False
) -> tuple[SourceFile, str] | None:
    """The module of the workspace (its source) and the top-level name there that an
    imported name (`send_email`, `errors.rethrowSuspend`) reaches, if any (through the
    modules that only re-export it); with `members`, also a method of a class of that
    module (`Retrier.run` of `retrier.run` where `retrier = Retrier(3)`)."""
    from wac_lint.engine import InputError
    from wac_lint.workspace.documents import read_source
    from wac_lint.workspace.helper_resolution import helper_of
    from wac_lint.workspace.reexports import reexport_origin
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
    if ref is None or ("." in ref.function and not members) or ref.alternatives:
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
    # `charge_eur = partial(charge, currency="EUR")`, `bill = charge`: other names of it
    names.update(a for t in other.tasks if t.binding and t.top_level for a in t.aliases)
    if any(t.default_export and t.top_level for t in other.tasks):
        names.add("default")  # `export default task(...)`, imported by default
    return frozenset(names)


# How deep a chain of modules re-exporting the SDK is followed (`f.common.wac` taking
# it from `f.common.sdk`, which takes it from wmill).
MAX_FACADE_DEPTH = 4


def task_wrapper(
    model: ScriptModel, source: SourceFile, name: str
) -> tuple[SourceFile, str] | None:
    """The function whose product a module binds `name` to around one of its tasks
    (`export const geocode = withRetry(task(async function geocode(...) {...}))`, `send =
    retrying(3)(send_raw)` of a `@task` `send_raw`), as (its module's source, the name
    of that product there: `withRetry()`, `retrying()()`): calling `name` runs that
    product, which calls the task. The modules read go to `model.workspace_files`."""
    from wac_lint.model import DECORATOR_PRODUCT

    found = _task_wrapper(source.path, source.data, name)
    if found is None:
        return None
    other, callee, times = found
    model.workspace_files.add(Path(source.path))
    semantic = other.semantic
    binding = semantic.resolve(callee) if semantic is not None else None
    if binding is None:
        return None
    if binding.kind.value == "function":
        return source, other.text(callee) + DECORATOR_PRODUCT * times
    if binding.kind.value != "import":
        return None
    reached = imported_function(other, callee)
    model.workspace_files |= other.workspace_files
    if reached is None:
        return None
    return reached[0], reached[1] + DECORATOR_PRODUCT * times


@lru_cache(maxsize=256)
def _task_wrapper(
    path: str, data: bytes, name: str
) -> tuple[ScriptModel, tree_sitter.Node, int] | None:
    """(the module's model, the wrapping function's name node, how many calls deep the
    task is handed over) for `name = wrap(task(...))` / `name = wrap(n)(a_task)`."""
    if b"task" not in data or path in _BUILDING:
        return None
    from wac_lint.frontends import build_model
    from wac_lint.source import language_for_path

    language = language_for_path(path)
    if language is None:
        return None
    _BUILDING.add(path)
    try:
        other = build_model(SourceFile(path, data.decode("utf-8", "replace"), language))
    except RecursionError:
        return None
    finally:
        _BUILDING.discard(path)
    semantic = other.semantic
    binding = semantic.lookup(name, semantic.module) if semantic is not None else None
    value = binding.assigned_value if binding is not None else None
    if binding is None or value is None or binding.kind.value != "assignment":
        return None
    if value.type not in ("call", "call_expression"):
        return None
    tasks = {t.node.id for t in other.tasks if t.top_level}
    names = {t.binding for t in other.tasks if t.binding and t.top_level}
    arguments = value.child_by_field_name("arguments")
    handed = any(
        arg.id in tasks or (arg.type == "identifier" and other.text(arg) in names)
        for arg in (arguments.named_children if arguments is not None else ())
    )
    callee = value.child_by_field_name("function")
    times = 1
    if callee is not None and callee.type in ("call", "call_expression"):
        callee, times = callee.child_by_field_name("function"), 2  # `retrying(3)(task)`
    if not handed or callee is None or callee.type != "identifier":
        return None
    return other, callee, times


def sdk_facade(model: ScriptModel, module: str, level: int = 0) -> frozenset[str]:
    """The SDK names a module of the workspace re-exports, for a script that imports WAC
    names from it without `workflow` (which the name test alone recognises):
    `from f.common.wac import task` where f/common/wac.py says `from wmill import task`,
    `import { task } from "./wac.ts"` where wac.ts says `export { task } from
    "windmill-client"`, through such modules up to MAX_FACADE_DEPTH deep. At run time
    those names are the SDK's own functions, so a module of tasks written with them
    dispatches durable steps like one importing the SDK directly. `module` is the
    import's module (Python without its leading dots, `level` of them) or specifier."""
    from wac_lint.workspace.root import find_project

    file = Path(model.source.path)
    try:
        if not file.is_file():
            return frozenset()
        project = find_project(file)
        probes: set[Path] = set()
        target = _facade_file(model.source.language, module, level, file, project, probes)
        names = (
            _facade_names(target, project, probes, MAX_FACADE_DEPTH, {file})
            if target is not None
            else frozenset()
        )
    except (OSError, RecursionError):
        return frozenset()
    model.workspace_files |= probes
    return names


def _facade_file(
    language: LanguageKind,
    module: str,
    level: int,
    importer: Path,
    project: Project,
    probes: set[Path],
) -> Path | None:
    resolve = _FACADE_RESOLVERS.get(language)
    return resolve(module, level, importer, project, probes) if resolve is not None else None


def _python_facade_file(
    module: str, level: int, importer: Path, project: Project, probes: set[Path]
) -> Path | None:
    from wac_lint.workspace.imports import resolve_python

    if not module and not level:
        return None
    return resolve_python(module, level, importer, project, probes)


def _typescript_facade_file(
    module: str, level: int, importer: Path, project: Project, probes: set[Path]
) -> Path | None:
    from wac_lint.workspace.imports import resolve_typescript, typescript_may_reach

    if not typescript_may_reach(module):
        return None
    return resolve_typescript(module, importer, project, probes)


def _facade_names(
    file: Path, project: Project, probes: set[Path], depth: int, seen: set[Path]
) -> frozenset[str]:
    from wac_lint.engine import InputError
    from wac_lint.workspace.documents import read_source

    if file in seen or depth <= 0:
        return frozenset()
    seen.add(file)
    probes.add(file)
    try:
        source = read_source(file, str(file))
    except (InputError, OSError):
        return frozenset()
    own, forwards = _facade_scan(source.path, source.data)
    names = set(own)
    for module, level, pairs in forwards:
        target = _facade_file(source.language, module, level, file, project, probes)
        if target is None:
            continue
        inner = _facade_names(target, project, probes, depth - 1, seen)
        names.update(local for name, local in pairs if name in inner)
    return frozenset(names)


Forward = tuple[str, int, tuple[tuple[str, str], ...]]


@lru_cache(maxsize=256)
def _facade_scan(path: str, data: bytes) -> tuple[frozenset[str], tuple[Forward, ...]]:
    """What one module re-exports, read from its top-level statements alone: the SDK
    names it binds from the SDK itself (under the names it gives them), and the
    (module, level, (name, local) pairs) it takes from other modules of the workspace."""
    from wac_lint.parsing import parse
    from wac_lint.source import SourceFile, language_for_path

    language = language_for_path(path)
    if language is None:
        return frozenset(), ()
    try:
        tree = parse(SourceFile(path, data.decode("utf-8", "replace"), language))
    except RecursionError:
        return frozenset(), ()
    scan = _FACADE_SCANS.get(language)
    return scan(tree.root_node) if scan is not None else (frozenset(), ())


def _text(node: tree_sitter.Node | None) -> str:
    return (node.text or b"").decode("utf-8", "replace") if node is not None else ""


def _python_facade_scan(root: tree_sitter.Node) -> tuple[frozenset[str], tuple[Forward, ...]]:
    from wac_lint.frontends.python import SDK_MODULES, module_statements
    from wac_lint.semantic.python_scopes import WMILL_EXPORTS

    own: set[str] = set()
    forwards: list[Forward] = []
    modules: set[str] = set()  # local names of wmill itself (`import wmill as w`)
    imported: dict[str, str] = {}  # local name -> wmill name (`from wmill import task as t`)
    defined: list[tuple[str, tree_sitter.Node]] = []  # top-level functions named as wmill's
    rebound: list[tuple[str, tree_sitter.Node]] = []  # `task = wmill.task`
    for stmt in module_statements(root):
        if stmt.type == "import_statement":
            for child in stmt.children_by_field_name("name"):
                aliased = child.type == "aliased_import"
                spelled = _text(child.child_by_field_name("name") if aliased else child)
                if spelled in SDK_MODULES:
                    modules.add(_text(child.child_by_field_name("alias")) if aliased else spelled)
            continue
        definition = (
            stmt.child_by_field_name("definition") if stmt.type == "decorated_definition" else stmt
        )
        if definition is not None and definition.type == "function_definition":
            name = _text(definition.child_by_field_name("name"))
            if name in WMILL_EXPORTS:
                defined.append((name, definition))
            continue
        assigned = stmt.named_children[0] if stmt.type == "expression_statement" else None
        if assigned is not None and assigned.type == "assignment":
            # `task = wmill.task`: the SDK's function under its own name
            left = assigned.child_by_field_name("left")
            right = assigned.child_by_field_name("right")
            if left is not None and left.type == "identifier" and right is not None:
                if _text(left) in WMILL_EXPORTS:
                    rebound.append((_text(left), right))
            continue
        if stmt.type != "import_from_statement":
            continue
        module_node = stmt.child_by_field_name("module_name")
        if module_node is None:
            continue
        spelled = _text(module_node)
        level = len(spelled) - len(spelled.lstrip("."))
        module = spelled[level:]
        pairs = []
        for child in stmt.children_by_field_name("name"):
            if child.type == "aliased_import":
                name = _text(child.child_by_field_name("name"))
                local = _text(child.child_by_field_name("alias"))
            else:
                name = local = _text(child)
            pairs.append((name, local))
        if not level and module in SDK_MODULES:
            if any(c.type == "wildcard_import" for c in stmt.children):
                own |= WMILL_EXPORTS
            own.update(local for name, local in pairs if name in WMILL_EXPORTS)
            imported.update((local, name) for name, local in pairs if name in WMILL_EXPORTS)
        elif level or module.startswith(("f.", "u.")):
            forwards.append((module, level, tuple(pairs)))
    for name, definition in defined:
        # `def task(_func=None, **options): ...; return wmill.task(**options)`, `async def
        # step(name, fn): log(name); return await wmill.step(name, fn)`: a team's wrapper
        # under the SDK's own name, which hands its work to that SDK function. Windmill's
        # parser knows the name, and at run time it does what the SDK's does.
        if _forwards_to(definition, name, "call", "attribute", modules, imported):
            own.add(name)
    for name, value in rebound:
        if _names_sdk(value, name, "attribute", "attribute", modules, imported):
            own.add(name)
    return frozenset(own), tuple(forwards)


def _names_sdk(
    value: tree_sitter.Node,
    name: str,
    attribute: str,
    member_field: str,
    modules: set[str],
    imported: dict[str, str],
) -> bool:
    """Whether an expression is the SDK's function `name` itself: `wmill.task` of the SDK
    module bound as one of `modules`, or a name imported from the SDK as `name`."""
    if value.type == "identifier":
        return imported.get(_text(value)) == name
    if value.type != attribute:
        return False
    obj = value.child_by_field_name("object")
    member = value.child_by_field_name(member_field)
    return (
        obj is not None
        and obj.type == "identifier"
        and _text(obj) in modules
        and _text(member) == name
    )


def _forwards_to(
    function: tree_sitter.Node,
    name: str,
    call: str,
    attribute: str,
    modules: set[str],
    imported: dict[str, str],
) -> bool:
    """Whether `function`'s body calls the SDK's function `name`, through the SDK module
    bound as one of `modules` (`wmill.task(...)`, `sdk.step(...)`) or a name imported from
    the SDK (`from wmill import step as _step`)."""
    body = function.child_by_field_name("body")
    stack = [body] if body is not None else []
    while stack:
        node = stack.pop()
        if node.type == call:
            callee = node.child_by_field_name("function")
            if callee is not None and callee.type == attribute:
                obj = callee.child_by_field_name("object")
                member = callee.child_by_field_name(
                    "attribute" if attribute == "attribute" else "property"
                )
                if (
                    obj is not None
                    and obj.type == "identifier"
                    and _text(obj) in modules
                    and _text(member) == name
                ):
                    return True
            elif callee is not None and callee.type == "identifier":
                if imported.get(_text(callee)) == name:
                    return True
        stack.extend(node.named_children)
    return False


def _typescript_facade_scan(
    root: tree_sitter.Node,
) -> tuple[frozenset[str], tuple[Forward, ...]]:
    from wac_lint.semantic.typescript_scopes import SDK_EXPORTS, SDK_MODULE, module_name

    own: set[str] = set()
    forwards: list[Forward] = []
    imported: dict[str, str] = {}  # local name -> SDK name, of `import { task } from SDK`
    modules: set[str] = set()  # `import * as sdk from SDK`
    exported: list[tuple[str, str]] = []  # `export { task }` without a source
    defined: dict[str, tree_sitter.Node] = {}  # top-level functions named as the SDK's
    # `const task = sdk.task` (the value), `const { task } = sdk` (`sdk`, whole: True)
    rebound: dict[str, tuple[tree_sitter.Node, bool]] = {}
    exported_defined: set[str] = set()  # those of them declared with `export`
    for stmt in root.named_children:
        source = stmt.child_by_field_name("source")
        spec = _text(source).strip("\"'`") if source is not None else None
        if stmt.type == "import_statement" and spec is not None:
            if module_name(spec) != SDK_MODULE:
                continue
            for clause in stmt.named_children:
                for part in clause.named_children if clause.type == "import_clause" else ():
                    if part.type == "namespace_import":
                        modules.update(
                            _text(c) for c in part.named_children if c.type == "identifier"
                        )
                    for item in part.named_children if part.type == "named_imports" else ():
                        name = _text(item.child_by_field_name("name"))
                        alias = item.child_by_field_name("alias")
                        imported[_text(alias) if alias is not None else name] = name
            continue
        declaration = stmt.child_by_field_name("declaration") if source is None else None
        for name, function in _sdk_named_functions(declaration or stmt):
            defined[name] = function
            if declaration is not None:
                exported_defined.add(name)
        for name, value, whole in _sdk_named_values(declaration or stmt):
            rebound[name] = (value, whole)
            if declaration is not None:
                exported_defined.add(name)
        if stmt.type != "export_statement":
            continue
        pairs = []
        star = not any(c.type in ("export_clause", "namespace_export") for c in stmt.named_children)
        for clause in stmt.named_children:
            if clause.type != "export_clause":
                continue
            for item in clause.named_children:
                name = _text(item.child_by_field_name("name"))
                alias = item.child_by_field_name("alias")
                pairs.append((name, _text(alias) if alias is not None else name))
        if spec is None:
            exported += pairs
        elif module_name(spec) == SDK_MODULE:
            if star:
                own |= SDK_EXPORTS
            own.update(local for name, local in pairs if name in SDK_EXPORTS)
        elif star:
            forwards.append((spec, 0, tuple((n, n) for n in SDK_EXPORTS)))
        else:
            forwards.append((spec, 0, tuple(pairs)))
    own.update(local for name, local in exported if imported.get(name) in SDK_EXPORTS)
    # `export async function step(name, fn) { log(name); return await sdk.step(name, fn); }`:
    # a team's wrapper under the SDK's own name handing its work to that SDK function
    # (see `_python_facade_scan`)
    locals_exported = {name: local for name, local in exported}
    for name, function in defined.items():
        if name not in exported_defined and locals_exported.get(name) != name:
            continue
        if _forwards_to(function, name, "call_expression", "member_expression", modules, imported):
            own.add(name)
    for name, (value, whole) in rebound.items():
        if name not in exported_defined and locals_exported.get(name) != name:
            continue
        if whole and _text(value) in modules:  # `export const { task, step } = sdk`
            own.add(name)
        elif not whole and _names_sdk(
            value, name, "member_expression", "property", modules, imported
        ):
            own.add(name)
    return frozenset(own), tuple(forwards)


def _sdk_named_values(stmt: tree_sitter.Node) -> list[tuple[str, tree_sitter.Node, bool]]:
    """What a TypeScript top-level declaration binds to SDK names: (name, the value, False)
    for `const task = sdk.task`; (name, the object, True) for the names it destructures
    unrenamed from a name (`const { task, step } = sdk`)."""
    from wac_lint.semantic.typescript_scopes import SDK_EXPORTS

    if stmt.type not in ("lexical_declaration", "variable_declaration"):
        return []
    found: list[tuple[str, tree_sitter.Node, bool]] = []
    for declarator in stmt.named_children:
        if declarator.type != "variable_declarator":
            continue
        target = declarator.child_by_field_name("name")
        value = declarator.child_by_field_name("value")
        if target is None or value is None:
            continue
        if target.type == "identifier" and _text(target) in SDK_EXPORTS:
            found.append((_text(target), value, False))
        elif target.type == "object_pattern" and value.type == "identifier":
            found += [
                (_text(item), value, True)
                for item in target.named_children
                if item.type == "shorthand_property_identifier_pattern"
                and _text(item) in SDK_EXPORTS
            ]
    return found


def _sdk_named_functions(stmt: tree_sitter.Node) -> list[tuple[str, tree_sitter.Node]]:
    """The functions a TypeScript top-level statement declares under an SDK name:
    `function step(...) {}`, `const step = async (...) => ...`."""
    from wac_lint.semantic.typescript_scopes import SDK_EXPORTS

    if stmt.type in ("function_declaration", "generator_function_declaration"):
        name = _text(stmt.child_by_field_name("name"))
        return [(name, stmt)] if name in SDK_EXPORTS else []
    if stmt.type not in ("lexical_declaration", "variable_declaration"):
        return []
    found = []
    for declarator in stmt.named_children:
        if declarator.type != "variable_declarator":
            continue
        name = _text(declarator.child_by_field_name("name"))
        value = declarator.child_by_field_name("value")
        if (
            name in SDK_EXPORTS
            and value is not None
            and value.type
            in (
                "arrow_function",
                "function_expression",
                "function",
            )
        ):
            found.append((name, value))
    return found


_FACADE_RESOLVERS = {
    LanguageKind.PYTHON: _python_facade_file,
    LanguageKind.TYPESCRIPT: _typescript_facade_file,
}
_FACADE_SCANS = {
    LanguageKind.PYTHON: _python_facade_scan,
    LanguageKind.TYPESCRIPT: _typescript_facade_scan,
}
