"""Tables of functions filled by registration: `@register("slack")` above a function,
`register("hook", async (p) => ...)` at the top of a module, `HANDLERS["x"] = fn`.

A workflow that calls `HANDLERS[kind](...)` runs whatever the modules its program
loaded put in the table: the table module's own registrations, and those of the
modules the calling script imports (a handlers module is imported for that alone:
`import f.lib.handlers`, `import "/f/lib/handlers.ts"`) and of the modules they
import in turn. A module nobody loads registers nothing.

A registrar is a function of the table's module that stores into the table
(`HANDLERS[name] = fn`, also from a function it nests: a decorator factory); what a
call of it registers is the function it decorates, or the function arguments it is
given (a name of a module-level function, or a function written inline).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import tree_sitter

from wac_lint.model import ANONYMOUS_FUNCTION, INLINE_FUNCTIONS
from wac_lint.workspace.imports import resolve_python, resolve_typescript
from wac_lint.workspace.root import Project

# How far the loaded modules are followed from the calling script.
MAX_LOAD_DEPTH = 3
MAX_LOADED = 64

FUNCTIONS = ("function_definition", "function_declaration", "generator_function_declaration")
ASSIGNMENTS = ("assignment", "assignment_expression")
SUBSCRIPTS = ("subscript", "subscript_expression")


@dataclass(frozen=True)
class Registration:
    """A function a module puts in a table: `key` is the literal key, when written."""

    key: str | None
    file: Path
    function: str  # a module-level function's name, or ANONYMOUS_FUNCTION + `row:column`
    shown: str  # how a chain names it: `webhook`, `register("hook")`


def _text(node: tree_sitter.Node) -> str:
    return (node.text or b"").decode("utf-8", "replace")


def _parse(file: Path) -> tree_sitter.Node | None:
    from wac_lint.engine import InputError
    from wac_lint.workspace.documents import read_source

    try:
        source = read_source(file, file.name)
        return _parsed(source.data, source.language.value).root_node
    except (InputError, OSError, RecursionError):
        return None


@lru_cache(maxsize=256)
def _parsed(data: bytes, language: str) -> tree_sitter.Tree:
    """A module's tree by content (a run asks about the same few modules often)."""
    from wac_lint.languages.base import LanguageKind
    from wac_lint.parsing import parse
    from wac_lint.source import SourceFile

    text = data.decode("utf-8", "replace")
    return parse(SourceFile("", text, LanguageKind(language)))


def loaded_modules(
    root: tree_sitter.Node, file: Path, project: Project, probes: set[Path] | None
) -> tuple[Path, ...]:
    """The workspace modules a script's imports load, and the modules those import,
    a few levels down (each once)."""
    seen: dict[Path, None] = {}
    frontier = [(root, file)]
    for _ in range(MAX_LOAD_DEPTH):
        following: list[tuple[tree_sitter.Node, Path]] = []
        for node, here in frontier:
            for module in _imported_files(node, here, project, probes):
                if module in seen or module == file or len(seen) >= MAX_LOADED:
                    continue
                seen[module] = None
                if probes is not None:
                    probes.add(module)  # what it imports decides what is loaded further
                parsed = _parse(module)
                if parsed is not None:
                    following.append((parsed, module))
        frontier = following
    return tuple(seen)


def _imported_files(
    root: tree_sitter.Node, here: Path, project: Project, probes: set[Path] | None
) -> list[Path]:
    out: list[Path] = []
    for statement in root.named_children:
        if statement.type == "import_statement" and statement.child_by_field_name("source"):
            # TypeScript: `import x from "/f/lib/x.ts"`, `import "./handlers.ts"`
            source = statement.child_by_field_name("source")
            if source is not None:
                found = resolve_typescript(_text(source).strip("\"'`"), here, project, probes)
                if found is not None:
                    out.append(found)
        elif statement.type == "import_statement":
            # Python: `import f.lib.handlers`, `import f.lib.handlers as h`
            for name in statement.named_children:
                dotted = name.child_by_field_name("name") if name.type == "aliased_import" else name
                if dotted is not None and dotted.type == "dotted_name":
                    found = resolve_python(_text(dotted), 0, here, project, probes)
                    if found is not None:
                        out.append(found)
        elif statement.type == "import_from_statement":
            out.extend(_from_import_files(statement, here, project, probes))
    return out


def _from_import_files(
    statement: tree_sitter.Node, here: Path, project: Project, probes: set[Path] | None
) -> list[Path]:
    """`from f.lib.handlers import x` (the module) and `from f.lib import handlers`,
    `from . import handlers` (a module of the folder)."""
    module = statement.child_by_field_name("module_name")
    if module is None:
        return []
    written = _text(module)
    level = len(written) - len(written.lstrip("."))
    dotted = written.lstrip(".")
    found = resolve_python(dotted, level, here, project, probes) if dotted else None
    if found is not None:
        return [found]
    out: list[Path] = []
    for name in statement.children_by_field_name("name"):
        plain = name.child_by_field_name("name") if name.type == "aliased_import" else name
        if plain is None:
            continue
        inner = f"{dotted}.{_text(plain)}" if dotted else _text(plain)
        found = resolve_python(inner, level, here, project, probes)
        if found is not None:
            out.append(found)
    return out


def registrars(table_file: Path, table: str) -> tuple[str, ...]:
    """The module-level functions of `table_file` that store into its `table`."""
    root = _parse(table_file)
    if root is None:
        return ()
    return _registrars_in(root, table)


def _registrars_in(root: tree_sitter.Node, table: str) -> tuple[str, ...]:
    out: list[str] = []
    for statement in root.named_children:
        function = _unwrapped(statement)
        if function.type not in FUNCTIONS:
            continue
        name = function.child_by_field_name("name")
        if name is not None and _stores_into(function, table):
            out.append(_text(name))
    return tuple(out)


def assignments(
    statement: tree_sitter.Node,
) -> list[tuple[tree_sitter.Node | None, tree_sitter.Node | None]]:
    """(name, value) of what a module-level statement assigns: `const A = ...`, `let a
    = ..., b = ...` (exported too), or a Python `A = ...`."""
    declaration = _unwrapped(statement)
    if declaration.type in ("lexical_declaration", "variable_declaration"):
        return [
            (d.child_by_field_name("name"), d.child_by_field_name("value"))
            for d in declaration.named_children
        ]
    if declaration.type == "expression_statement" and declaration.named_children:
        assigned = declaration.named_children[0]
        if assigned.type == "assignment":
            return [(assigned.child_by_field_name("left"), assigned.child_by_field_name("right"))]
    return []


def _unwrapped(statement: tree_sitter.Node) -> tree_sitter.Node:
    if statement.type in ("export_statement", "decorated_definition"):
        return (
            statement.child_by_field_name("declaration")
            or statement.child_by_field_name("definition")
            or statement
        )
    return statement


def _stores_into(function: tree_sitter.Node, table: str) -> bool:
    stack = [function]
    while stack:
        node = stack.pop()
        if node.type in ASSIGNMENTS:
            left = node.child_by_field_name("left")
            if left is not None and left.type in SUBSCRIPTS:
                owner = left.child_by_field_name("value") or left.child_by_field_name("object")
                if owner is not None and _text(owner) == table:
                    return True
        stack.extend(node.named_children)
    return False


@lru_cache(maxsize=128)
def _registrations_in(
    data: bytes, file: Path, table: str, names: frozenset[str]
) -> tuple[Registration, ...]:
    """What the module `data` (at `file`) registers at its top level, through its local
    names `names` for the registrars or the table itself."""
    from wac_lint.parsing import parse
    from wac_lint.source import SourceFile, language_for_path

    language = language_for_path(file.name)
    if language is None:
        return ()
    root = parse(SourceFile(file.name, data.decode("utf-8", "replace"), language)).root_node
    out: list[Registration] = []
    functions = {
        _text(name): name
        for statement in root.named_children
        if (name := _unwrapped(statement).child_by_field_name("name")) is not None
        and _unwrapped(statement).type in FUNCTIONS
    }
    for statement in root.named_children:
        if statement.type == "decorated_definition":
            definition = statement.child_by_field_name("definition")
            name = definition.child_by_field_name("name") if definition is not None else None
            for decorator in statement.named_children:
                if decorator.type != "decorator" or name is None:
                    continue
                called = decorator.named_children[0] if decorator.named_children else None
                callee = called.child_by_field_name("function") if called is not None else called
                if called is not None and called.type != "call":
                    callee = called
                if callee is not None and _text(callee) in names:
                    key = _first_string(called) if called is not None else None
                    out.append(Registration(key, file, _text(name), _text(name)))
            continue
        if statement.type != "expression_statement" or not statement.named_children:
            continue
        expression = statement.named_children[0]
        while expression.type in ("await", "await_expression") and expression.named_children:
            expression = expression.named_children[-1]
        if expression.type in ("call", "call_expression"):
            callee = expression.child_by_field_name("function")
            if callee is None or not (_text(callee) in names or _map_set(callee, names)):
                continue
            key = _first_string(expression)
            arguments = expression.child_by_field_name("arguments")
            for argument in arguments.named_children if arguments is not None else ():
                found = _registered(argument, key, file, functions, _text(callee))
                if found is not None:
                    out.append(found)
        elif expression.type in ASSIGNMENTS:
            # `HANDLERS["x"] = fn` in another module; `hooks.deploy = async (p) => ...`,
            # a member set on the table object
            left = expression.child_by_field_name("left")
            right = expression.child_by_field_name("right")
            if left is None or right is None:
                continue
            if left.type in SUBSCRIPTS:
                owner = left.child_by_field_name("value") or left.child_by_field_name("object")
                index = left.child_by_field_name("subscript") or left.child_by_field_name("index")
                key = (
                    _text(index).strip("\"'`")
                    if index is not None and index.type == "string"
                    else None
                )
            elif left.type == "member_expression":
                owner = left.child_by_field_name("object")
                prop = left.child_by_field_name("property")
                key = _text(prop) if prop is not None else None
            else:
                continue
            if owner is None or _text(owner) not in names:
                continue
            found = _registered(right, key, file, functions, _text(owner))
            if found is not None and found.function.startswith(ANONYMOUS_FUNCTION):
                # named as written: `hooks.deploy`, `HANDLERS["x"]`
                found = replace(found, shown=_text(left))
            if found is not None:
                out.append(found)
    return tuple(out)


def _map_set(callee: tree_sitter.Node, names: frozenset[str]) -> bool:
    """`handlers.set` on the table itself: a `Map` filled with `.set(key, fn)`."""
    if callee.type != "member_expression":
        return False
    owner = callee.child_by_field_name("object")
    prop = callee.child_by_field_name("property")
    return owner is not None and prop is not None and _text(owner) in names and _text(prop) == "set"


def _registered(
    argument: tree_sitter.Node,
    key: str | None,
    file: Path,
    functions: dict[str, tree_sitter.Node],
    registrar: str,
) -> Registration | None:
    shown = f'{registrar}("{key}")' if key is not None else registrar
    if argument.type == "identifier" and _text(argument) in functions:
        return Registration(key, file, _text(argument), _text(argument))
    if argument.type in INLINE_FUNCTIONS:
        row, column = argument.start_point
        return Registration(key, file, f"{ANONYMOUS_FUNCTION}{row}:{column}", shown)
    return None


def _first_string(call: tree_sitter.Node) -> str | None:
    arguments = call.child_by_field_name("arguments")
    for argument in arguments.named_children if arguments is not None else ():
        if argument.type == "keyword_argument":
            continue
        if argument.type == "string" and "${" not in _text(argument):
            return _text(argument).strip("\"'`")
        return None
    return None


def registrations(
    file: Path, data: bytes, table: str, names: frozenset[str]
) -> tuple[Registration, ...]:
    """What `file` (its content `data`) registers in the table through `names`."""
    if not names:
        return ()
    try:
        return _registrations_in(data, file, table, names)
    except RecursionError:
        return ()


def is_registry(table_file: Path, table: str) -> bool:
    """Is `table` a table other code fills: a registrar stores into it, or it is bound
    to an empty dict / object at the top of its module (`HANDLERS = {}`)?"""
    root = _parse(table_file)
    if root is None:
        return False
    if _registrars_in(root, table):
        return True
    for statement in root.named_children:
        for name, value in assignments(statement):
            if name is not None and value is not None and _text(name) == table:
                return _empty_table(value)
    return False


def _empty_table(value: tree_sitter.Node) -> bool:
    """`{}`, `dict()`, `new Map()` (with or without type arguments)."""
    if value.type in ("dictionary", "object"):
        return not value.named_children
    if value.type in ("call", "new_expression"):
        field = "constructor" if value.type == "new_expression" else "function"
        made = value.child_by_field_name(field)
        arguments = value.child_by_field_name("arguments")
        empty = arguments is None or not arguments.named_children
        return made is not None and _text(made) in ("dict", "Map") and empty
    return False
