"""Which classes a factory function of another module returns: read from its
`return` statements, literal tables and the parameter that picks an entry.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import tree_sitter

from wac_lint.workspace.documents import read_source
from wac_lint.workspace.labels import node_text, shown_path


def returned_class_of(path: Path, function: str, owner: str | None) -> str | None:
    """The one class `returned_classes_of` names, None unless every return agrees."""
    found = returned_classes_of(path, function, owner)
    return found[0] if len(found) == 1 else None


def returned_classes_of(path: Path, function: str, owner: str | None) -> tuple[str, ...]:
    """The module-level classes of `path` that its function `function` (a method of the
    class `owner` when given) returns instances of: `return CrmClient(...)`, `return new
    CrmClient(...)`, `return cls(...)`, `return new this(...)`, `return self`; a factory
    choosing (`return Slack() if kind == "slack" else Quiet()`, one `return` per branch)
    returns any of them. Empty when a return is something else (nothing is known)."""
    from wac_lint.engine import InputError

    try:
        source = read_source(path, shown_path(path))
    except (InputError, OSError):
        return ()
    try:
        return _returned_classes_in(source.data, source.language.value, function, owner)
    except RecursionError:
        return ()


IMPORTED = "import:"  # `_returned_class_in`: a class the module imports, by that name


TABLE = "table:"  # a class looked up in a table: `TABLE` + its name (+ `:key` when literal)


# a class a literal table holds under a key, picked by a parameter of the factory:
# `PICKED` + position, parameter, key and class, `SEP` between (see `picked_classes`)
PICKED = "picked:"


SEP = "\x1f"


@lru_cache(maxsize=256)
def _returned_classes_in(
    data: bytes, language: str, function: str, owner: str | None
) -> tuple[str, ...]:
    """`returned_classes_of` on a file's bytes (kept: a workflow may build many instances)."""
    from wac_lint.languages.base import LanguageKind
    from wac_lint.parsing import parse
    from wac_lint.source import SourceFile

    root = parse(SourceFile("", data.decode("utf-8", "replace"), LanguageKind(language))).root_node
    classes: dict[str, tree_sitter.Node] = {}
    functions: dict[str, tree_sitter.Node] = {}
    for stmt in root.named_children:
        decl = stmt
        if stmt.type in ("export_statement", "decorated_definition"):
            decl = (
                stmt.child_by_field_name("declaration")
                or stmt.child_by_field_name("definition")
                or stmt
            )
        if decl.type in ("lexical_declaration", "variable_declaration"):
            # `export const makeCrm = (url) => new CrmClient(url)`
            for declarator in decl.named_children:
                bound = declarator.child_by_field_name("name")
                value = declarator.child_by_field_name("value")
                if (
                    bound is not None
                    and value is not None
                    and value.type
                    in (
                        "arrow_function",
                        "function_expression",
                        "function",
                    )
                ):
                    functions[node_text(bound)] = value
            continue
        name = decl.child_by_field_name("name")
        if name is None:
            continue
        if decl.type in ("class_definition", "class_declaration"):
            classes[node_text(name)] = decl
        elif decl.type in ("function_definition", "function_declaration"):
            functions[node_text(name)] = decl
    found: tree_sitter.Node | None = None
    if owner is None and function in classes:
        return (function,)  # `api.ApiClient(...)`: the class itself, built
    if owner is None:
        found = functions.get(function)
    elif owner in classes:
        body = classes[owner].child_by_field_name("body")
        for item in body.named_children if body is not None else ():
            if item.type == "decorated_definition":
                item = item.child_by_field_name("definition") or item
            item_name = item.child_by_field_name("name")
            if item_name is not None and node_text(item_name) == function:
                found = item
    body = found.child_by_field_name("body") if found is not None else None
    if body is None:
        return ()
    made: dict[str | None, None] = {}  # in the order written
    # an arrow's expression body is what it returns; either branch of a conditional
    values = _returns(body) if body.type in ("block", "statement_block") else [body]
    while values:
        returned = values.pop(0)
        while returned.type in ("await", "await_expression", "parenthesized_expression"):
            if not returned.named_children:
                break
            returned = returned.named_children[-1]
        if returned.type in TERNARIES and len(returned.named_children) == 3:
            # `a if c else b` / `c ? a : b`: the condition is the middle child in Python,
            # the first in TypeScript
            first, second, third = returned.named_children
            values[:0] = (
                [first, third]
                if returned.type == "conditional_expression"
                else [
                    second,
                    third,
                ]
            )
            continue
        made_by: str | None = None
        if returned.type in ("call", "call_expression", "new_expression"):
            field_ = "constructor" if returned.type == "new_expression" else "function"
            ctor = returned.child_by_field_name(field_)
            made_by = node_text(ctor) if ctor is not None else None
            looked_up = _table_lookup(ctor, body) if ctor is not None else None
            if looked_up is not None:
                made[TABLE + looked_up] = None
                continue
            picked = _literal_table(ctor) if ctor is not None else None
            if picked is not None:
                # `return {"slack": SlackNotifier, "none": NullNotifier}[kind]()`: any of
                # the classes the literal holds; the one a literal key names; with `kind`
                # a parameter, the one the call's literal argument names (`PICKED`)
                pairs, index = picked
                quotes = chr(34) + chr(39) + "`"
                literal = node_text(index).strip(quotes) if index.type == "string" else None
                # (a method's `self` / `cls` would shift the positions: plain functions only)
                plain = found is not None and owner is None
                position = _parameter_position(found, index) if plain and found else None
                for key, held in pairs:
                    if literal is not None and key != literal:
                        continue
                    if held is not None and held not in classes and held[:1].isupper():
                        held = IMPORTED + held
                    if held is None or not (held in classes or held.startswith(IMPORTED)):
                        made[None] = None
                    elif position is not None and key is not None:
                        made[f"{PICKED}{position[0]}{SEP}{position[1]}{SEP}{key}{SEP}{held}"] = None
                    else:
                        made[held] = None
                continue
            factory, _, method = (made_by or "").partition(".")
            if (
                returned.type != "new_expression"
                and factory in classes
                and method
                and "." not in method
                and (factory, method) != (owner, function)
            ):
                # `return Api.create(base)`: what that static / class method returns
                built = _returned_classes_in(data, language, method, factory)
                made.update(dict.fromkeys(built or (None,)))
                continue
        elif returned.type in ("identifier", "this"):
            made_by = node_text(returned)
        if made_by in ("cls", "this", "self") and owner is not None:
            made_by = owner
        # a class of the module, or one it imports (`IMPORTED` + its name: the caller
        # resolves the import)
        if made_by is not None and made_by not in classes and made_by[:1].isupper():
            made_by = IMPORTED + made_by
        made[made_by if made_by in classes or str(made_by).startswith(IMPORTED) else None] = None
    if None in made:
        return ()  # a return this cannot name: what the function builds is not known
    return tuple(c for c in made if c is not None)


TERNARIES = ("conditional_expression", "ternary_expression")


def _table_lookup(ctor: tree_sitter.Node, body: tree_sitter.Node) -> str | None:
    """`NOTIFIERS[kind]` / `NOTIFIERS.get("x")` as the class built (`return
    NOTIFIERS[kind]()`, or `cls = NOTIFIERS[kind]` then `return cls()` in the same
    function, `cls` bound once): `NOTIFIERS`, or `NOTIFIERS:x` for a literal key."""
    value: tree_sitter.Node | None = ctor
    if ctor.type == "identifier":
        bound = [
            node.child_by_field_name("right") or node.child_by_field_name("value")
            for node in _assignments(body)
            if (node.child_by_field_name("left") or node.child_by_field_name("name")) is not None
            and node_text(
                node.child_by_field_name("left") or node.child_by_field_name("name")  # type: ignore[arg-type]
            )
            == node_text(ctor)
        ]
        value = bound[0] if len(bound) == 1 else None
    if value is None:
        return None
    table: tree_sitter.Node | None = None
    index: tree_sitter.Node | None = None
    if value.type in ("subscript", "subscript_expression"):
        table = value.child_by_field_name("value") or value.child_by_field_name("object")
        index = value.child_by_field_name("subscript") or value.child_by_field_name("index")
    elif value.type in ("call", "call_expression"):
        getter = value.child_by_field_name("function")
        arguments = value.child_by_field_name("arguments")
        if getter is not None and getter.type in ("attribute", "member_expression"):
            name = getter.child_by_field_name("attribute") or getter.child_by_field_name("property")
            if name is not None and node_text(name) == "get" and arguments is not None:
                table = getter.child_by_field_name("object")
                index = next(iter(arguments.named_children), None)
    if table is None or index is None or table.type != "identifier":
        return None
    if index.type == "string" and "${" not in node_text(index):
        return f"{node_text(table)}:{node_text(index).strip(chr(34) + chr(39) + '`')}"
    return node_text(table)


def _literal_table(
    ctor: tree_sitter.Node,
) -> tuple[list[tuple[str | None, str | None]], tree_sitter.Node] | None:
    """`{"slack": SlackNotifier, "none": NullNotifier}[kind]` / `{...}.get(kind)` (a dict
    or object literal indexed where it is written): (key, name) of each of its values
    (None for a computed key or a value that is not a plain name), and the index."""
    while ctor.type == "parenthesized_expression" and ctor.named_children:
        ctor = ctor.named_children[0]
    table: tree_sitter.Node | None = None
    index: tree_sitter.Node | None = None
    if ctor.type in ("subscript", "subscript_expression"):
        table = ctor.child_by_field_name("value") or ctor.child_by_field_name("object")
        index = ctor.child_by_field_name("subscript") or ctor.child_by_field_name("index")
    elif ctor.type in ("call", "call_expression"):
        getter = ctor.child_by_field_name("function")
        arguments = ctor.child_by_field_name("arguments")
        name = (
            getter.child_by_field_name("attribute") or getter.child_by_field_name("property")
            if getter is not None and getter.type in ("attribute", "member_expression")
            else None
        )
        if getter is not None and name is not None and node_text(name) == "get" and arguments:
            table = getter.child_by_field_name("object")
            index = next(iter(arguments.named_children), None)
    while table is not None and table.type == "parenthesized_expression" and table.named_children:
        table = table.named_children[0]
    if table is None or index is None or table.type not in ("dictionary", "object"):
        return None
    quotes = chr(34) + chr(39) + "`"
    pairs: list[tuple[str | None, str | None]] = []
    for pair in table.named_children:
        if pair.type == "comment":
            continue
        key_node = pair if pair.type == "shorthand_property_identifier" else None
        value = key_node
        if pair.type == "pair":
            key_node = pair.child_by_field_name("key")
            value = pair.child_by_field_name("value")
        plain = key_node is not None and key_node.type in (
            "string",
            "property_identifier",
            "shorthand_property_identifier",
        )
        key = node_text(key_node).strip(quotes) if key_node is not None and plain else None
        named = value is not None and value.type in ("identifier", "shorthand_property_identifier")
        pairs.append((key, node_text(value) if value is not None and named else None))
    return pairs, index


def _parameter_position(
    function: tree_sitter.Node, index: tree_sitter.Node
) -> tuple[int, str] | None:
    """(position, name) of the parameter of `function` that `index` reads, if it is one."""
    if index.type != "identifier":
        return None
    params = function.child_by_field_name("parameters")
    wanted = node_text(index)
    position = 0
    for param in params.named_children if params is not None else ():
        if param.type == "comment":
            continue
        name = param if param.type == "identifier" else None
        if name is None:
            name = param.child_by_field_name("name") or param.child_by_field_name("pattern")
        if name is None:
            name = next((c for c in param.named_children if c.type == "identifier"), None)
        if name is not None and node_text(name) == wanted:
            return position, wanted
        position += 1
    return None


def picked_classes(
    semantic: Any, call: tree_sitter.Node, built: tuple[str, ...]
) -> tuple[str, ...]:
    """`built` (`returned_classes_of`) for this call of the factory: a class picked from a
    literal table by a parameter (`PICKED`) is kept when the call passes that parameter
    the table's key as a string literal, or passes something else (any may be picked)."""
    if not any(c.startswith(PICKED) for c in built):
        return built
    out: list[str] = []
    arguments = call.child_by_field_name("arguments")
    given = [a for a in arguments.named_children if a.type != "comment"] if arguments else []
    for cls in built:
        if not cls.startswith(PICKED):
            out.append(cls)
            continue
        position, param, key, name = cls.removeprefix(PICKED).split(SEP, 3)
        arg: tree_sitter.Node | None = None
        for item in given:
            if item.type == "keyword_argument":
                named = item.child_by_field_name("name")
                if named is not None and node_text(named) == param:
                    arg = item.child_by_field_name("value")
        positional = [a for a in given if a.type != "keyword_argument"]
        if arg is None and int(position) < len(positional):
            arg = positional[int(position)]
        literal = arg is not None and arg.type == "string" and "${" not in node_text(arg)
        if not literal or (
            arg is not None and node_text(arg).strip(chr(34) + chr(39) + "`") == key
        ):
            out.append(name)
    return tuple(dict.fromkeys(out))


def _assignments(body: tree_sitter.Node) -> list[tree_sitter.Node]:
    """The assignments and declarators of a function body (not of nested functions)."""
    out: list[tree_sitter.Node] = []
    stack = [body]
    while stack:
        node = stack.pop()
        for child in node.named_children:
            if child.type in ("assignment", "variable_declarator"):
                out.append(child)
            if child.type not in _NESTED_FUNCTIONS:
                stack.append(child)
    return out


_NESTED_FUNCTIONS = (
    "function_definition",
    "lambda",
    "class_definition",
    "function_declaration",
    "arrow_function",
    "function_expression",
    "class_declaration",
    "method_definition",
)


def _returns(body: tree_sitter.Node) -> list[tree_sitter.Node]:
    """The values a function body returns (not those of functions nested in it)."""
    out: list[tree_sitter.Node] = []
    stack = [body]
    while stack:
        node = stack.pop()
        for child in node.named_children:
            if child.type == "return_statement":
                out.extend(child.named_children[:1])
            elif child.type not in _NESTED_FUNCTIONS:
                stack.append(child)
    return out
