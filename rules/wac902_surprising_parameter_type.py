"""WAC902: a `main` parameter type that Windmill's input form reads differently."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import tree_sitter

from wac_lint.languages import LanguageKind
from wac_lint.model import Span
from wac_lint.parsing import node_bytes
from wac_lint.rule import ERROR, WARNING, Rule, RuleContext, code_span, py, ts
from wac_lint.rules._imported_values import imported_origin
from wac_lint.rules._sdk_calls import class_assignments
from wac_lint.schema.hidden_params import KeywordOnly, keyword_only, takes_any_keyword
from wac_lint.schema.types import (
    BOOL,
    BYTES,
    DATE,
    DATETIME,
    EMAIL,
    FLOAT,
    INT,
    SQL,
    UNKNOWN,
    Arg,
    SignatureError,
    TDynSelect,
    TList,
    TObject,
    TOneOf,
    TResource,
    TStr,
    Typ,
)
from wac_lint.semantic import BindingKind

Node = tree_sitter.Node

PY_SEQUENCES = (
    "tuple",
    "Tuple",
    "set",
    "Set",
    "frozenset",
    "FrozenSet",
    "Sequence",
    "MutableSequence",
    "Iterable",
    "Iterator",
    "Collection",
)
_PY = "from wmill import workflow\n\n@workflow\n"
_TS = 'import { workflow } from "windmill-client";\n'
TS_LISTS = ("Array", "ReadonlyArray")
TS_MAPS = ("Record", "Map")


class SurprisingParameterType(Rule):
    code = "WAC902"
    name = "surprising-parameter-type"
    severity = WARNING
    summary = (
        "A `main` parameter type Windmill reads differently: `Array<T>` / `Record<K, V>` "
        "(resource types), unions, `tuple`, `set`, string annotations"
    )
    message = "Windmill reads this parameter type differently from what it says"
    docs = """
## What it does
Finds parameters of `main` whose type Windmill's signature parser reads as
something other than what the annotation says, so that the input form (and the
`.script.yaml` schema) is not the one the author meant:

* TypeScript `Array<T>` and `ReadonlyArray<T>` become *resource* pickers of
  type `array` / `readonly_array`, not lists; `Record<K, V>` and `Map<K, V>`
  become resources of type `record` / `map`;
* TypeScript unions other than string literals or
  `T | undefined` / `T | null` (also through a local `type Target = A | B`;
  a union of objects is a `oneOf` choice only when every variant is an
  inline object type with a `kind` or `label` string literal member, and
  not with `| undefined`), intersections (`A & B`, also a branded primitive
  `string & { __brand: "Id" }`), tuples, `readonly` types, template literal
  types, `keyof T` and `T["key"]` become untyped inputs, also through a local
  `type` alias of them (with a default, the input takes the default's type:
  `readonly string[] = ["en"]` is a list of strings, as meant, and is left
  alone; `any` and `unknown` are untyped inputs too, which is what they say, and
  are left alone); other generic types (`Partial<T>`, `Pick<T, K>`, `Set<T>`,
  `Promise<T>`) and the file's own `enum`s (also as `Color[]`) become resource pickers,
  as does a type a namespace of the file declares, written qualified (`Tour.Region`:
  the parser reads the last name and finds no such type at the top level);
* Python unions (`int | str`, `Union[...]`; only `T | None` and `Optional[T]`
  are understood), string annotations (`"list[int]"`), `Annotated[T, ...]` and
  module-qualified generics (`typing.Optional[int]`, `t.List[str]`) become
  untyped inputs; `tuple`, `set`, `frozenset` and the abstract sequences
  (`Sequence`, `Iterable`, ...) become resources (or untyped inputs when
  subscripted); `Any` becomes a resource of type `Any`; a list of an element
  Windmill cannot read (`list[dict[str, int]]`, `List[int | str]`) becomes a
  list of strings; a `Literal` keeps only its string values (`Literal[1, 2]`
  is a plain string input, `Literal["x", 1]` a choice of `"x"`) and one of a
  single value (`Literal["x"]`) is a plain string input; the file's enums
  (unless they derive from `Enum` with string values), also as `list[Color]`,
  `NamedTuple`s, `NewType`s and type aliases become resource pickers (an
  alias named like a resource type, `postgresql`, or of `dict` is how a
  script asks for that resource and is left alone, as are `TypedDict`
  classes), as do `Email` and `Base64` (string formats of TypeScript scripts
  only), and library classes (`Decimal`, `timedelta`, `UUID`, `Path`;
  TypeScript `String`, `Uint8Array`, `Blob`); a type name imported under
  another name (`from datetime import datetime as dt`) is not read;
* a TypeScript type imported from another script of the workspace (`import type
  { Order } from "/f/lib/types.ts"`, `"./shapes"`) is a resource picker
  (`{"resource": "order"}`): Windmill's parser reads only the types the file
  declares (a package's type, like a name the file does not define at all, is how a
  script asks for a resource type, and is left alone); so is a Python class imported
  from another script (`from f.lib.models import Stop`: `{"format": "resource-Stop"}`),
  unless its name is in lower case, as resource type names are. What to write instead
  depends on what that script binds: a type alias there (`Segment = Literal["smb",
  "mid"]`) is written out in the annotation, since Windmill reads no alias, declared in
  the file or not; a `TypedDict` is a resource picker wherever it is declared (`sig`:
  `{"resource": "Target"}`), so an object input takes a dataclass or a pydantic model
  declared in the file; another class is declared in the file.
  `T | None` / `Optional[T]` over a `T` Windmill reads as untyped on its own
  (`dict[str, Any]`: windmill-oracle `sig` gives `unknown` with and without
  `None`) is judged as that `T`: the `None` is not the reason.

Inside a model class of the file that `main` takes (a pydantic model, a
dataclass, at any depth), Windmill reads neither `Literal[...]` nor an enum:
such a member is an untyped field; the finding is on the member.

A TypeScript parameter of the function given to `workflow(...)` that has no type of its
own, its type written instead on the declaration of `main` (`export const main: (text:
string, n: number) => Promise<R> = workflow(async (text, n) => ...)`, also through a
function type alias of the file, `const main: Handler = ...`), is an untyped input:
Windmill's parser reads only the function's own parameters (windmill-oracle `sig`:
`unknown`), not the type the variable is declared with. Not when the parameter has a
default (the input takes the default's type) or the declared type is `any` / `unknown`.

A TypeScript parameter written as a destructuring pattern (`async ({ region = "eu",
lots }: Opts) => ...`) is one object input that Windmill's parser names `anon1`
(`anon2`, ... for the next ones; windmill-oracle `sig`), and the wrapper calls `main`
with `args.anon1`: the form shows `anon1`, and a run given the fields as inputs of
their own (`{"region": ..., "lots": ...}`) passes nothing for it, so the destructuring
throws a `TypeError` (or, with a default, every field takes its default).

An annotation Windmill ignores leaves the input's type to the default value
(`value: Union[int, str] = 1` is an integer input): the message says so. When that is
the type `T` of `Annotated[T, ...]` alone (`limit: Annotated[float, "max"] = 25.0` is a
number input, as `float` is), the input is the one meant and is left alone; `Annotated[float,
"max"] = 2` (an integer input) is still reported.

A keyword-only parameter of a Python `main` (after `*` or `*args`) is no input at all:
windmill-parser-py reads only the parameters before the separator (windmill-oracle
`sig`), and the wrapper calls `main(**args)` with those, so the parameter always takes
its default (a warning), and one without a default makes every run fail with a
`TypeError` (an error). Not when `main` also takes `**kwargs`: the wrapper then
passes every argument it is sent (`args = kwargs`). Not in a step a flow holds
written out (an inline script):
there WAC506 reports the input the flow gives such a parameter, on the same line.

It looks at WAC scripts, like the other rules.

## Why is this bad
The form shows a resource picker or a free JSON field where the author
expected a list, an object or a typed field; values are not validated or
converted, and runs started from the UI, schedules or webhooks get whatever
shape the user typed.

## Example
```typescript
export async function main(ids: Array<string>, options: Record<string, number>) {}
```

## Use instead
```typescript
export async function main(ids: string[], options: { retries: number; timeout: number }) {}
```
"""
    VALID = [
        py(
            "from typing import Optional\n\nfrom wmill import workflow\n\n@workflow\n"
            "async def main(ids: list[str], limit: Optional[int] = None, "
            "mode: str | None = None):\n    return ids\n"
        ),
        ts(
            'import { workflow } from "windmill-client";\n'
            'export const main = workflow(async (ids: string[], mode: "fast" | "safe", '
            "options: { retries: number }, note?: string | undefined) => ids);\n"
        ),
    ]
    INVALID = [
        py(_PY + "async def main(value: «int | str»):\n    return value\n"),
        py(_PY + "async def main(emails: «list | None» = None):\n    return emails\n"),
        py(
            "from typing import Optional\n"
            + _PY
            + "async def main(emails: «Optional[list]» = None):\n    return emails\n"
        ),
        py(
            "from typing import Union\n\n"
            + _PY
            + "async def main(value: «Union[int, str]»):\n    return value\n"
        ),
        py(_PY + "async def main(point: «tuple[int, int]»):\n    return point\n"),
        py(_PY + 'async def main(ids: «"list[int]"»):\n    return ids\n'),
        ts(_TS + "export const main = workflow(async (ids: «Array<string>») => ids);\n"),
        ts(_TS + "export const main = workflow(async (opts: «Record<string, number>») => opts);\n"),
        ts(_TS + "export const main = workflow(async (value: «string | number») => value);\n"),
        ts(
            _TS + "export const main: (ids: string[]) => Promise<string[]> = "
            "workflow(async («ids») => ids);\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        try:
            signature = ctx.model.signature
        except SignatureError:
            return
        if signature.invalid:
            return
        problem_of = PROBLEMS[ctx.model.language]
        members_seen: set[int] = set()
        outer_types = OUTER_PARAMETER_TYPES[ctx.model.language](signature.main)
        for index, arg in enumerate(signature.args):
            pattern = DESTRUCTURED[ctx.model.language](arg)
            if pattern is not None:
                ctx.report(Span.of(pattern), _destructured_problem(pattern, arg))
            if arg.annotation is None:
                outer = outer_types[index] if index < len(outer_types) else None
                if outer is not None and pattern is None and not arg.has_default:
                    ctx.report(Span.of(arg.node), _outer_type_problem(arg, outer))
                continue
            node = _unwrap(arg.annotation)
            problem = problem_of(node, arg)
            if (
                problem
                and problem.endswith(IMPORTED_CLASS_ADVICE)
                and READS_IMPORTED_ALIAS[ctx.model.language]
            ):
                problem = _imported_alias_problem(ctx, node, arg) or problem
            if problem:
                ctx.report(Span.of(node), problem)
            members_of = MEMBER_PROBLEMS[ctx.model.language]
            for member, message in members_of(node, arg.typ, members_seen):
                ctx.report(Span.of(member), message)
        # a step written in a flow (`<id>.inline_script.py`): WAC506 reports the input
        # the flow gives such a parameter, on the same line of the flow; with `**kwargs`
        # the wrapper passes every argument, keyword-only ones too
        in_flow = ".inline_script." in Path(ctx.source.path).name
        hidden = HIDDEN_PARAMETERS[ctx.model.language]
        if not in_flow and not takes_any_keyword(signature.main):
            for name_node, separator, has_default in hidden(signature.main):
                name = node_bytes(name_node).decode()
                outcome = (
                    f"`{name}` always takes its default"
                    if has_default
                    else "every run fails with a `TypeError` (a missing keyword-only argument)"
                )
                ctx.report(
                    Span.of(name_node),
                    f"`{name}` is a keyword-only parameter of `main` (after `{separator}`): "
                    "Windmill's parser leaves it out of the signature, so the input form and "
                    "`.script.yaml` have no such input and the wrapper never passes it: "
                    f"{outcome}; move it before the `{separator}`",
                    severity=None if has_default else ERROR,
                )


def _unwrap(node: Node) -> Node:
    while node.type in ("type", "parenthesized_expression", "parenthesized_type"):
        inner = [c for c in node.named_children if c.type != "comment"]
        if len(inner) != 1:
            break
        node = inner[0]
    return node


def _head(node: Node) -> str | None:
    """`name` of `name`, `name[...]` or `name<...>`."""
    if node.type in ("identifier", "type_identifier"):
        return node_bytes(node).decode()
    if node.type in ("generic_type", "subscript") and node.named_children:
        head = node.child_by_field_name("name") or node.child_by_field_name("value")
        head = head or node.named_children[0]
        if head.type in ("identifier", "type_identifier"):
            return node_bytes(head).decode()
    return None


def _reading(typ: Typ) -> str:
    """What the input form shows for `typ`, in words."""
    if isinstance(typ, TResource):
        return f"a resource of type `{typ.name}` (a resource picker)"
    if isinstance(typ, TStr):
        return "a string input" if typ.values is None else "a choice of strings"
    if isinstance(typ, TList):
        return "a list input"
    if isinstance(typ, (TObject, TOneOf)):
        return "an object input"
    if isinstance(typ, TDynSelect):
        return "a dynamic select"
    words = {
        INT: "an integer input",
        FLOAT: "a number input",
        BOOL: "a boolean input",
        BYTES: "a bytes input",
        DATETIME: "a date-time input",
        DATE: "a date input",
        EMAIL: "an email input",
        SQL: "an SQL input",
    }
    return words.get(typ, "an untyped input")


def _unread(what: str, text: str, arg: Arg) -> str:
    """`what` Windmill ignores in `text`: what the input becomes instead.

    An annotation Windmill cannot read leaves the type to the default's value
    (windmill-oracle `sig`: `Union[int, str] = 1` is an integer input, `'dict'
    = {}` an object); without a usable default the input is untyped.
    """
    if arg.typ != UNKNOWN and arg.has_default:
        return (
            f"Windmill does not read {what}: {text} is ignored and the input takes the "
            f"type of its default ({_reading(arg.typ)})"
        )
    return f"Windmill does not read {what}: {text} makes {_reading(arg.typ)}"


def _python_problem(node: Node, arg: Arg) -> str | None:
    text = code_span(node_bytes(node).decode("utf-8", "replace"))
    head = _head(node)
    if node.type == "string":
        return _unread("string annotations", text, arg) + "; write the type without quotes"
    aliased = _python_aliased_import(node, head)
    if aliased is not None:
        alias, original = aliased
        what = f"`{alias}`, an alias of `{original}`"
        advice = f"; import `{original}` without `as` (Windmill reads type names as written)"
        if node.type == "identifier":  # a bare name: a resource picker, whatever the default
            return f"Windmill does not read {what}: it reads {text} as {_reading(arg.typ)}{advice}"
        return _unread(what, text, arg) + advice
    ts_only = _typescript_only_name(node, head, arg)
    if ts_only is not None:
        return ts_only
    library = _python_library_class(node, head, arg)
    if library is not None:
        return library
    qualified = _qualified(node)
    # `typing.Optional[int]` is never read; a bare `datetime.datetime` is, `dt.date` is not.
    # Only names Windmill reads unqualified: `pd.DataFrame` would be a resource picker.
    if (
        qualified is not None
        and qualified[1] in PY_UNQUALIFIED
        and (node.type == "subscript" or arg.typ == UNKNOWN)
    ):
        owner, name = qualified
        return (
            _unread(f"the qualified name `{owner}.{name}`", text, arg)
            + f"; import `{name}` and write it unqualified"
        )
    if head == "Annotated" and node.type in ("generic_type", "subscript"):
        inner = _type_arguments(node)
        if inner and _default_reads_as_annotated(inner[0], arg):
            return None
        first = code_span(node_bytes(inner[0]).decode("utf-8", "replace")) if inner else "T"
        return _unread("`Annotated`", text, arg) + f"; write the type itself ({first})"
    literal = _literal_problem(node, head, arg)
    if literal is not None:
        return literal
    optional_of = _optional_of(node, head)
    if (
        optional_of is not None
        and arg.typ == UNKNOWN
        and (optional_of.type == "string" or _unread_alone(optional_of))
    ):
        # `dict[str, Any] | None`: the `T` is what Windmill does not read, with or
        # without `None` (windmill-oracle `sig`: unknown both ways); judge it alone
        return _python_problem(optional_of, arg)
    if node.type in ("binary_operator", "union_type") and arg.typ == UNKNOWN:
        if _is_optional_of_bare_container(node):
            return (
                f"Windmill reads {text} as an untyped input: it understands `T | None` only "
                "when `T` is a full type; give the element type (`list[str] | None`)"
            )
        return (
            f"Windmill reads {text} as an untyped input (of unions it only understands "
            "`T | None`); accept one type, or `T | None` for an optional one"
        )
    if head == "Optional" and arg.typ == UNKNOWN:
        return (
            f"Windmill reads {text} as an untyped input: it understands `Optional[T]` only "
            "when `T` is a full type; give the element type (`Optional[list[str]]`)"
        )
    if head == "Union" and node.type in ("generic_type", "subscript"):
        return (
            _unread("`Union`", text, arg)
            + "; accept one type, or `Optional[T]` / `T | None` for an optional one"
        )
    if head in ("list", "List") and arg.typ == TList(TStr()):
        element = _type_arguments(node)
        if len(element) == 1 and not _reads_as_string(element[0]):
            shown = code_span(node_bytes(element[0]).decode("utf-8", "replace"))
            return (
                f"Windmill reads {text} as a list of strings: it does not read the element "
                f"type {shown}; use `list[dict]` for a list of objects, or `list` of a type "
                "it reads"
            )
    if head in PY_SEQUENCES:
        what = (
            f"a resource of type `{arg.typ.name}` (a resource picker)"
            if isinstance(arg.typ, TResource)
            else "an untyped input"
        )
        return f"Windmill reads {text} as {what}; use `list[...]` for a sequence"
    named = optional_of if optional_of is not None else node  # `Color | None` too
    if named.type == "identifier" and isinstance(arg.typ, TResource):
        source = _python_imported_from_script(named)
        if source is not None:
            shown = code_span(node_bytes(named).decode("utf-8", "replace"))
            return (
                f"Windmill reads {shown} as a resource of type `{arg.typ.name}` (a resource "
                f"picker): its parser reads only the classes this file declares, not one "
                f"imported from `{source}`{IMPORTED_CLASS_ADVICE}"
            )
        declared = _python_declaration(named, node_bytes(named))
        if declared is not None:
            shown = code_span(node_bytes(named).decode("utf-8", "replace"))
            return _declared_resource(shown, arg.typ.name, *declared)
    if (
        head in ("list", "List")
        and isinstance(arg.typ, TList)
        and isinstance(arg.typ.inner, TResource)
    ):
        element = _type_arguments(node)
        if len(element) == 1 and element[0].type == "identifier":
            declared = _python_declaration(element[0], node_bytes(element[0]))
            if declared is not None and declared[0] == "enum":
                values = _python_enum_values(element[0], node_bytes(element[0]))
                shown = ", ".join(_py_string(v) for v in values) if values else "..."
                return (
                    f"Windmill reads {text} as a list of resources of type "
                    f"`{arg.typ.inner.name}` (resource pickers), not a multiple choice of the "
                    f"enum's values; use `list[Literal[{shown}]]`"
                )
    if head == "Any" and isinstance(arg.typ, TResource):
        return (
            "Windmill reads `Any` as a resource of type `Any` (a resource picker); "
            "leave the parameter unannotated for an untyped input, or give it a type"
        )
    return None


IMPORTED_CLASS_ADVICE = "; declare the type in this file"
# Whether the advice for an imported type depends on what its module binds: Python's
# parser reads no alias nor `TypedDict` declared in the file either; a TypeScript alias
# or interface declared in the file is read.
READS_IMPORTED_ALIAS = {LanguageKind.PYTHON: True, LanguageKind.TYPESCRIPT: False}


def _imported_alias_problem(ctx: RuleContext, node: Node, arg: Arg) -> str | None:
    """For a name imported from another script that binds it to a type alias there
    (`Segment = Literal["smb", "mid"]` in `f/shared/models.py`) or to a `TypedDict`, not
    another class: declaring it in this file does not help (windmill-oracle `sig` reads a
    local alias, and a local `TypedDict`, as a resource picker too)."""
    workspace = ctx.workspace
    named = node if node.type == "identifier" else None
    if workspace is None or named is None or not isinstance(arg.typ, TResource):
        return None
    origin = imported_origin(ctx, named)
    found = _module_type(*origin) if origin is not None else None
    if origin is None or found is None:
        return None
    kind, target = found
    shown = code_span(node_bytes(named).decode("utf-8", "replace"))
    picker = f"Windmill reads {shown} as a resource of type `{arg.typ.name}` (a resource picker)"
    where = workspace.shown(Path(origin[0]))
    if kind == "TypedDict":
        return (
            f"{picker}: {where} declares it as a `TypedDict`, which Windmill's parser reads as "
            "a resource type, declared in this file or imported; for an object input, "
            "declare a dataclass or a pydantic model in this file"
        )
    written = f" (`{target}`)" if "\n" not in target and len(target) <= 60 else ""
    return (
        f"{picker}: {where} binds it to a type alias, and Windmill's parser looks up no "
        f"alias, imported or declared in this file; write the type itself in the "
        f"annotation{written}"
    )


@lru_cache(maxsize=256)
def _module_type(file: str, name: str, _key: tuple[int, int]) -> tuple[str, str] | None:
    """What the Python module `file` binds `name` to at module level, when declaring it
    in the importing file would not make Windmill read it: `("alias", value as written)`
    for `name = <subscripted or union type>`, `("TypedDict", "")` for a `TypedDict`
    class; None for anything else."""
    from wac_lint.engine import InputError, read_source
    from wac_lint.frontends import module_model

    try:
        other = module_model(read_source(file))
    except (InputError, OSError, RecursionError):
        return None
    semantic = other.semantic
    bound = semantic.module.bindings.get(name) if semantic is not None else None
    if bound is None:
        return None
    if bound.kind == BindingKind.CLASS and bound.value is not None:
        bases = bound.value.child_by_field_name("superclasses")
        names = {other.text(b) for b in bases.named_children} if bases is not None else set()
        if names & {"TypedDict", "typing.TypedDict", "typing_extensions.TypedDict"}:
            return "TypedDict", ""
        return None
    value = bound.assigned_value
    if bound.kind != BindingKind.ASSIGNMENT or value is None:
        return None
    if value.type not in ("subscript", "binary_operator", "generic_type"):
        return None
    return "alias", other.text(value)


def _python_imported_from_script(node: Node) -> str | None:
    """The module a type name is imported from (`from f.lib.models import Stop`, `from
    .models import Stop`), when that is another script of the workspace (a module under
    `f.` / `u.`, or a relative one) and the file does not bind the name again. A name in
    lower case is how a script names a resource type (`postgresql`) and is left alone."""
    name = node_bytes(node)
    if name.islower():
        return None
    root = node
    while root.parent is not None:
        root = root.parent
    found = None
    for statement in root.named_children:
        if statement.type in ("class_definition", "decorated_definition", "type_alias_statement"):
            definition = statement.child_by_field_name("definition") or statement
            declared = definition.child_by_field_name("name")
            if declared is not None and node_bytes(declared) == name:
                found = None
            continue
        if statement.type == "expression_statement":
            target = statement.named_children[0] if statement.named_children else None
            left = target.child_by_field_name("left") if target is not None else None
            if target is not None and target.type == "assignment" and left is not None:
                if left.type == "identifier" and node_bytes(left) == name:
                    found = None
            continue
        if statement.type != "import_from_statement":
            continue
        module = statement.child_by_field_name("module_name")
        written = node_bytes(module).decode("utf-8", "replace") if module else ""
        workspace = written.startswith((".", "f.", "u."))
        for imported in statement.children_by_field_name("name"):
            local = imported.child_by_field_name("alias") or imported
            if local.type in ("dotted_name", "identifier") and node_bytes(local) == name:
                found = written if workspace else None
    return found


def _python_aliased_import(node: Node, head: str | None) -> tuple[str, str] | None:
    """(`dt`, `datetime`) when the annotation's name is a module-level
    `from m import datetime as dt` of a type name Windmill reads."""
    if head is None:
        return None
    root = node
    while root.parent is not None:
        root = root.parent
    for statement in root.named_children:
        if statement.type != "import_from_statement":
            continue
        for imported in statement.children_by_field_name("name"):
            if imported.type != "aliased_import":
                continue
            name = imported.child_by_field_name("name")
            alias = imported.child_by_field_name("alias")
            if name is None or alias is None or node_bytes(alias).decode() != head:
                continue
            original = node_bytes(name).decode()
            if original != head and original in PY_READ_NAMES:
                return head, original
    return None


def _typescript_only_name(node: Node, head: str | None, arg: Arg) -> str | None:
    """`Email` / `Base64` in a Python annotation (alone, optional or a list's element)."""
    named = node
    inner = _optional_of(node, head)
    if inner is not None:
        named = inner
    elif head in ("list", "List"):
        element = _type_arguments(node)
        named = element[0] if len(element) == 1 else node
    name = node_bytes(named).decode("utf-8", "replace")
    if named.type != "identifier" or name not in PY_TS_ONLY:
        return None
    typ = arg.typ.inner if isinstance(arg.typ, TList) else arg.typ
    if not isinstance(typ, TResource):
        return None
    return (
        f"`{name}` is a Windmill type of TypeScript scripts: in Python, Windmill reads it as "
        f"a resource of type `{typ.name}` (a resource picker); {PY_TS_ONLY[name]}"
    )


# Library classes Windmill reads as resource pickers, with what to write instead.
PY_LIBRARY_CLASSES = {
    "Decimal": ("decimal", "use `float`, or `str` to keep every digit"),
    "time": ("datetime", "use `str`"),
    "timedelta": ("datetime", "use a number of seconds (`float`)"),
    "UUID": ("uuid", "use `str`"),
    "Path": ("pathlib", "use `str`"),
    "bytearray": ("builtins", "use `bytes`"),
    "memoryview": ("builtins", "use `bytes`"),
    "object": (
        "builtins",
        "leave the parameter unannotated for an untyped input, or give it a type",
    ),
}
TS_LIBRARY_CLASSES = {
    "String": "write `string`",
    "Number": "write `number`",
    "Boolean": "write `boolean`",
    "Object": "write `object`",
    "Uint8Array": "for a file, write `Base64` (a base64-encoded file input)",
    "Buffer": "for a file, write `Base64` (a base64-encoded file input)",
    "Blob": "for a file, write `Base64` (a base64-encoded file input)",
    "File": "for a file, write `Base64` (a base64-encoded file input)",
}


def _python_library_class(node: Node, head: str | None, arg: Arg) -> str | None:
    """A standard library class (`Decimal`, `timedelta`, `datetime.time`) that Windmill
    reads as a resource picker: alone, optional or as a list's element
    (windmill-oracle `sig`: `{"resource": "Decimal"}`, `"datetime.time"`)."""
    named = _optional_of(node, head) or node
    if isinstance(arg.typ, TList) and head in ("list", "List"):
        element = _type_arguments(node)
        named = element[0] if len(element) == 1 else node
    if named.type == "attribute":  # `datetime.timedelta`: read as "datetime.timedelta"
        owner = named.child_by_field_name("object")
        attribute = named.child_by_field_name("attribute")
        if owner is None or attribute is None:
            return None
        known = PY_LIBRARY_CLASSES.get(node_bytes(attribute).decode())
        if known is None or node_bytes(owner).decode() != known[0]:
            return None
    elif named.type == "identifier":
        name = node_bytes(named).decode("utf-8", "replace")
        known = PY_LIBRARY_CLASSES.get(name)
        if known is None or not _python_imports_from(named, known[0], name):
            return None
    else:
        return None
    return _library_message(node, arg.typ, known[1])


def _typescript_library_class(node: Node, arg: Arg) -> str | None:
    """A global class (`String`, `Uint8Array`, `Blob`) that Windmill reads as a resource
    picker: alone, optional or as a list's element (windmill-oracle `sig`:
    `{"resource": "string"}`, `"uint8_array"`)."""
    named = node
    if node.type == "array_type" and node.named_children:
        named = _unwrap(node.named_children[0])
    elif node.type == "union_type":
        parts = [p for p in _ts_union_parts(node) if node_bytes(p) not in (b"undefined", b"null")]
        named = parts[0] if len(parts) == 1 else node
    name = node_bytes(named).decode("utf-8", "replace")
    if named.type != "type_identifier" or name not in TS_LIBRARY_CLASSES:
        return None
    return _library_message(node, arg.typ, TS_LIBRARY_CLASSES[name])


def _library_message(node: Node, typ: Typ, advice: str) -> str | None:
    many = isinstance(typ, TList)
    if isinstance(typ, TList):
        typ = typ.inner
    if not isinstance(typ, TResource):
        return None
    shown = code_span(node_bytes(node).decode("utf-8", "replace"))
    what = (
        f"a list of resources of type `{typ.name}` (resource pickers)"
        if many
        else f"a resource of type `{typ.name}` (a resource picker)"
    )
    advice = f"for the elements, {advice}" if many else advice
    return f"Windmill reads {shown} as {what}, not the value the class holds; {advice}"


def _python_imports_from(node: Node, module: str, name: str) -> bool:
    """`name` comes from `from module import name` (a builtin when module is "builtins"
    and the file does not define a class of that name)."""
    root = node
    while root.parent is not None:
        root = root.parent
    for statement in root.named_children:
        if module == "builtins" and statement.type == "class_definition":
            declared = statement.child_by_field_name("name")
            if declared is not None and node_bytes(declared).decode() == name:
                return False
        if statement.type != "import_from_statement":
            continue
        source = statement.child_by_field_name("module_name")
        if source is None or node_bytes(source).decode() != module:
            continue
        for imported in statement.children_by_field_name("name"):
            if imported.type == "dotted_name" and node_bytes(imported).decode() == name:
                return True
    return module == "builtins"


def _typescript_problem(node: Node, arg: Arg) -> str | None:
    text = code_span(node_bytes(node).decode("utf-8", "replace"))
    head = _head(node)
    library = _typescript_library_class(node, arg)
    if library is not None:
        return library
    if head in TS_LISTS and isinstance(arg.typ, TResource):
        return (
            f"Windmill reads {text} as a resource of type `{_snake(head)}`, not a list; "
            f"write `{_ts_list(node)}`"
        )
    if head in TS_MAPS and isinstance(arg.typ, TResource):
        return (
            f"Windmill reads {text} as a resource of type `{_snake(head)}`, not an object; "
            "write `object` or an object type with named properties (`{ retries: number }`)"
        )
    unread = TS_UNREAD.get(node.type)
    if unread is not None and (arg.typ == UNKNOWN or arg.has_default):
        if node.type == "readonly_type" and _default_reads_as_meant(node, arg):
            return None  # `readonly string[] = ["en"]`: a list of strings all the same
        what, advice = unread
        return _unread(what, text, arg) + "; " + _branded_advice(node, advice)
    aliased = _local_type(node, node_bytes(node)) if node.type == "type_identifier" else None
    unread = TS_UNREAD.get(aliased.type) if aliased is not None else None
    if aliased is not None and unread is not None and (arg.typ == UNKNOWN or arg.has_default):
        # `episode: EpisodeId` with `type EpisodeId = string & { __brand: "EpisodeId" }`:
        # the parser expands the file's alias and reads its value no better
        if aliased.type == "readonly_type" and _default_reads_as_meant(aliased, arg):
            return None
        what, advice = unread
        shown = code_span(node_bytes(aliased).decode("utf-8", "replace"))
        return (
            _unread(what, f"{text} (an alias of {shown})", arg)
            + "; "
            + _branded_advice(aliased, advice)
        )
    if (
        head not in (None, "Resource")  # `Resource<"postgresql">` is how a resource is asked for
        and node.type == "generic_type"
        and isinstance(arg.typ, TResource)
    ):
        advice = (
            f"write `{_ts_list(node)}` for a list"
            if head in ("Set", "ReadonlySet")
            else "write the type itself"
        )
        return (
            f"Windmill reads {text} as a resource of type `{arg.typ.name}` (a resource "
            f"picker), not the type `{head}` makes; {advice}"
        )
    if node.type == "type_identifier" and isinstance(arg.typ, TResource):
        source = _imported_from_script(node)
        if source is not None:
            return (
                f"Windmill reads {text} as a resource of type `{arg.typ.name}` (a resource "
                f"picker): its parser reads only the types this file declares, not one "
                f"imported from `{source}`; declare the type in this file"
            )
        members = _enum_members(node, node_bytes(node))
        if members is not None:
            example = f" (`{' | '.join(members[:3])}`)" if members else ""
            return (
                f"Windmill reads the enum {text} as a resource of type `{arg.typ.name}` "
                f"(a resource picker), not a choice of its values; use a union of string "
                f"literals{example}"
            )
    if node.type == "nested_type_identifier" and isinstance(arg.typ, TResource):
        declared = _namespace_type(node)
        if declared is not None:
            kind = {
                "enum_declaration": "enum",
                "interface_declaration": "interface",
            }.get(declared.type, "type")
            name = declared.child_by_field_name("name")
            plain = node_bytes(name).decode("utf-8", "replace") if name is not None else "T"
            advice = (
                "use a union of string literals (an enum is a resource picker at the top level too)"
                if kind == "enum"
                else f"declare `{plain}` at the top level and write `{plain}`"
            )
            return (
                f"Windmill reads {text} as a resource of type `{arg.typ.name}` (a resource "
                f"picker), not the {kind} the namespace declares: its parser reads only the "
                f"last name of a qualified type and looks it up at the top level of the "
                f"file; {advice}"
            )
    if (
        node.type == "array_type"
        and node.named_children
        and isinstance(arg.typ, TList)
        and isinstance(arg.typ.inner, TResource)
    ):
        element = _unwrap(node.named_children[0])
        members = (
            _enum_members(element, node_bytes(element))
            if element.type == "type_identifier"
            else None
        )
        if members is not None:
            shown = f"({' | '.join(members)})[]" if members else "(...)[]"
            return (
                f"Windmill reads {text} as a list of resources of type "
                f"`{arg.typ.inner.name}` (resource pickers), not a multiple choice of the "
                f"enum's values; write a list of string literals (`{shown}`)"
            )
    if node.type == "predefined_type" and node.text in (b"any", b"unknown"):
        return None  # an untyped input (a free JSON field): what `any` / `unknown` say
    union = node if node.type == "union_type" else _local_union(node)
    if union is not None and arg.typ == UNKNOWN:
        if union is not node:  # `target: Target`, `type Target = A | B`
            text = f"{text} (a union)"
        objects = _object_union_problems(union)
        if objects:
            return (
                f"Windmill reads {text} as an untyped input: it reads a union of objects as a "
                "choice (`oneOf`) only when every variant is an inline object type with a "
                "`kind` or `label` string literal member, and without `| undefined` / `| null`; "
                + "; ".join(objects)
            )
        return (
            f"Windmill reads {text} as an untyped input (of unions it understands string "
            "literals and `T | undefined` / `T | null`); accept one type"
        )
    return None


def _imported_from_script(node: Node) -> str | None:
    """The module a type name is imported from, when that is another script of the
    workspace (`"/f/lib/types.ts"`, `"./shapes"`) and the file does not declare the name
    itself: a package's type (`import type { Postgresql } from "..."`) may be meant as
    the resource type it is named after."""
    name = node_bytes(node)
    if _local_type(node, name) is not None or _enum_members(node, name) is not None:
        return None
    root = node
    while root.parent is not None:
        root = root.parent
    for statement in root.named_children:
        if statement.type != "import_statement":
            continue
        source = statement.child_by_field_name("source")
        path = node_bytes(source).decode("utf-8", "replace")[1:-1] if source else ""
        if not path.startswith(("/", "./", "../")):
            continue
        for child in statement.named_children:
            if child.type != "import_clause":
                continue
            for named in _descendants(child, "import_specifier"):
                local = named.child_by_field_name("alias") or named.child_by_field_name("name")
                if local is not None and node_bytes(local) == name:
                    return path
    return None


def _descendants(node: Node, kind: str) -> list[Node]:
    found: list[Node] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type == kind:
            found.append(current)
        stack.extend(current.named_children)
    return found


def _local_union(node: Node) -> Node | None:
    """The union a local `type Name = A | B` gives `Name` (the last declaration)."""
    if node.type != "type_identifier":
        return None
    value = _local_type(node, node_bytes(node))
    return value if value is not None and value.type == "union_type" else None


NAMESPACE_DECLARATIONS = ("type_alias_declaration", "interface_declaration", "enum_declaration")


def _namespace_type(node: Node) -> Node | None:
    """The declaration (`type`, `interface`, `enum`) of the file's namespace that the
    qualified type `node` names (`Tour.Region` with `namespace Tour { export type Region =
    ... }`); None when the namespace or the name is not the file's."""
    module = node.child_by_field_name("module")
    name = node.child_by_field_name("name")
    if module is None or name is None or module.type != "identifier":
        return None
    root = node
    while root.parent is not None:
        root = root.parent
    stack = [root]
    while stack:
        current = stack.pop()
        if current.type in ("internal_module", "module"):
            declared = current.child_by_field_name("name")
            body = current.child_by_field_name("body")
            if (
                declared is not None
                and body is not None
                and node_bytes(declared) == node_bytes(module)
            ):
                for statement in body.named_children:
                    inner = statement.child_by_field_name("declaration") or statement
                    if inner.type not in NAMESPACE_DECLARATIONS:
                        continue
                    key = inner.child_by_field_name("name")
                    if key is not None and node_bytes(key) == node_bytes(name):
                        return inner
            continue
        if current.type in ("program", "expression_statement", "export_statement"):
            stack.extend(current.named_children)
    return None


def _local_type(node: Node, name: bytes) -> Node | None:
    """The value of the file's `type name = ...`, or the body of its `interface name`."""
    root = node
    while root.parent is not None:
        root = root.parent
    found = None
    stack = [root]
    while stack:
        current = stack.pop()
        if current.type in ("type_alias_declaration", "interface_declaration"):
            declared = current.child_by_field_name("name")
            if declared is not None and node_bytes(declared) == name:
                field = "value" if current.type == "type_alias_declaration" else "body"
                found = current.child_by_field_name(field)
            continue
        stack.extend(reversed(current.named_children))
    return _unwrap(found) if found is not None else None


def _object_union_problems(union: Node) -> list[str]:
    """Why Windmill does not make a `oneOf` of a union whose variants are all objects
    (windmill-oracle `sig`: an interface or alias variant, a variant without a `kind` /
    `label` string literal, `| undefined` all make it untyped); [] when some variant is
    not an object at all."""
    variants = []
    nullish = False
    for part in _ts_union_parts(union):
        if node_bytes(part) in (b"undefined", b"null"):
            nullish = True
            continue
        variants.append(part)
    named = [v for v in variants if v.type == "type_identifier"]
    for variant in named:
        value = _local_type(variant, node_bytes(variant))
        if value is None or value.type not in ("object_type", "interface_body"):
            return []
    if any(v.type not in ("object_type", "type_identifier") for v in variants):
        return []
    problems = []
    if named:
        shown = ", ".join(code_span(node_bytes(v).decode("utf-8", "replace")) for v in named)
        problems.append(f"write {shown} inline: Windmill does not look up a variant's name")
    inline = [v for v in variants if v.type == "object_type"]
    if any(not _has_discriminant(v) for v in inline):
        problems.append('give each variant a member like `kind: "..."`')
    if nullish:
        problems.append("make the parameter optional (`?`) instead")
    return problems


def _ts_union_parts(node: Node) -> list[Node]:
    if node.type != "union_type":
        return [_unwrap(node)]
    return [p for c in node.named_children if c.type != "comment" for p in _ts_union_parts(c)]


def _has_discriminant(object_type: Node) -> bool:
    """A `kind: "a"` or `label: "a"` member (a string literal type)."""
    for member in object_type.named_children:
        if member.type != "property_signature":
            continue
        name = member.child_by_field_name("name")
        annotation = member.child_by_field_name("type")
        if name is None or node_bytes(name) not in (b"kind", b"label") or annotation is None:
            continue
        value = _unwrap(annotation.named_children[0] if annotation.named_children else annotation)
        if value.type == "literal_type" and value.named_children[0].type == "string":
            return True
    return False


# TypeScript type syntax Windmill's parser does not read: (what, advice).
TS_UNREAD = {
    "intersection_type": ("intersections (`A & B`)", "write one object type with all the members"),
    "tuple_type": ("tuples", "write an array (`T[]`) or an object with named members"),
    "readonly_type": ("`readonly` types", "drop `readonly`"),
    "template_literal_type": ("template literal types", "write `string`"),
    "index_type_query": ("`keyof` types", "write the keys as a union of string literals"),
    "lookup_type": ('indexed access types (`T["key"]`)', "write the type itself"),
}


def _branded_advice(node: Node, advice: str) -> str:
    """For a branded primitive (`string & { __brand: "Id" }`), to annotate the primitive
    itself; `advice` for any other type."""
    if node.type != "intersection_type":
        return advice
    primitives = [
        node_bytes(c).decode()
        for c in node.named_children
        if c.type == "predefined_type" and c.text in (b"string", b"number", b"boolean")
    ]
    if len(primitives) != 1:
        return advice
    return f"annotate the parameter `{primitives[0]}` and cast it to the branded type in the body"


def _default_reads_as_annotated(meant: Node, arg: Arg) -> bool:
    """The parser ignores a Python annotation wrapping `meant` (`Annotated[T, ...]`) and
    takes the type of the default, which is the type `meant` alone gives (windmill-oracle
    `sig`: `Annotated[str, "..."] = "x"` is a string input, as `str` is; `Annotated[float,
    "..."] = 2` an integer input, not a number one)."""
    from wac_lint.schema.sig_python import annotation_reading  # Python files only

    if not arg.has_default or arg.typ == UNKNOWN:
        return False
    reading = annotation_reading(meant)
    return reading != UNKNOWN and reading == arg.typ


def _default_reads_as_meant(node: Node, arg: Arg) -> bool:
    """The parser ignores the `readonly` annotation `node` and takes the type of the
    default, which is the type the annotation under `readonly` means (windmill-oracle
    `sig`: `readonly string[] = ["en"]` is a list of strings, as `string[]` is; with `=
    []` a list of untyped items)."""
    from wac_lint.schema.sig_typescript import type_reading  # TypeScript files only

    inner = [c for c in node.named_children if c.type != "comment"]
    if not arg.has_default or arg.typ == UNKNOWN or len(inner) != 1:
        return False
    meant = type_reading(inner[0])
    return meant != UNKNOWN and meant == arg.typ


def _enum_members(node: Node, name: bytes) -> list[str] | None:
    """The member values (as TypeScript literals) of the enum `name` declared in the file."""
    root = node
    while root.parent is not None:
        root = root.parent
    stack = [root]
    while stack:
        current = stack.pop()
        if current.type == "enum_declaration":
            declared = current.child_by_field_name("name")
            body = current.child_by_field_name("body")
            if declared is not None and node_bytes(declared) == name:
                values = []
                for member in body.named_children if body is not None else []:
                    value = member.child_by_field_name("value")
                    if member.type == "enum_assignment" and value is not None:
                        if value.type == "string":
                            values.append(node_bytes(value).decode("utf-8", "replace"))
                return values
        stack.extend(current.named_children)
    return None


def _ts_list(node: Node) -> str:
    """`Array<Array<number>>` as `number[][]`, `Set<A | B>` as `(A | B)[]`: the list syntax."""
    arguments = node.child_by_field_name("type_arguments")
    if arguments is None or len(arguments.named_children) != 1:
        return "T[]"
    element = arguments.named_children[0]
    if element.type == "generic_type" and _head(element) in TS_LISTS:
        return _ts_list(element) + "[]"
    text = node_bytes(element).decode("utf-8", "replace")
    if element.type in ("union_type", "intersection_type", "function_type", "conditional_type"):
        text = f"({text})"
    return text + "[]"


def _snake(name: str) -> str:
    from wac_lint.schema.sig_typescript import snake_case  # TypeScript files only

    return snake_case(name)


# Names Windmill's parser reads (or WAC902 explains) when written unqualified.
PY_UNQUALIFIED = (
    "List",
    "Dict",
    "Optional",
    "Union",
    "Literal",
    "Tuple",
    "Set",
    "FrozenSet",
    "Sequence",
    "Iterable",
    "Annotated",
    "date",
    "datetime",
)
# Type names Windmill reads in Python: imported under another name they are not read.
PY_READ_NAMES = (*PY_UNQUALIFIED, "S3Object", "Sql")
# Windmill's TypeScript-only string formats: in Python these names are resource pickers.
PY_TS_ONLY = {"Email": "use `str`", "Base64": "use `bytes` for a base64-encoded file input"}
PY_ENUM_BASES = ("Enum", "IntEnum", "StrEnum", "Flag", "IntFlag")
# Windmill resource type names (`postgresql`, `c_my_api`): a class or alias named
# like one is how a script asks for that resource.
RESOURCE_TYPE_NAME = re.compile(r"[a-z][a-z0-9_]*")


def _python_declaration(node: Node, name: bytes) -> tuple[str, str] | None:
    """(kind, the declared type's text) of a module-level `name` Windmill does not read as
    the author means: an enum, a `NamedTuple`, a `NewType` or a type alias (the last
    binding wins)."""
    root = node
    while root.parent is not None:
        root = root.parent
    found = None
    for statement in root.named_children:
        if statement.type == "expression_statement" and statement.named_children:
            statement = statement.named_children[0]
        if statement.type == "class_definition":
            declared = statement.child_by_field_name("name")
            bases = statement.child_by_field_name("superclasses")
            if declared is None or node_bytes(declared) != name:
                continue
            heads = [
                node_bytes(b.child_by_field_name("attribute") or b).decode()
                for b in (bases.named_children if bases is not None else [])
                if b.type in ("identifier", "attribute")
            ]
            if any(h in PY_ENUM_BASES for h in heads):
                found = ("enum", "")
            elif "NamedTuple" in heads:
                found = ("NamedTuple", "")
            else:
                # a TypedDict or plain class is how scripts declare a resource type (in the
                # wild also as `class Smtp(TypedDict)`), other bases may be imported models
                found = None
        elif statement.type in ("assignment", "type_alias_statement"):
            left = statement.child_by_field_name("left")
            right = statement.child_by_field_name("right")
            if left is None or right is None or node_bytes(_unwrap(left)) != name:
                continue
            right = _unwrap(right)
            function = right.child_by_field_name("function") if right.type == "call" else None
            arguments = right.child_by_field_name("arguments") if right.type == "call" else None
            called = node_bytes(function) if function is not None else b""
            if called == b"NewType":
                inner = arguments.named_children[1:2] if arguments is not None else []
                found = ("newtype", node_bytes(inner[0]).decode() if inner else "")
            elif called in (b"NamedTuple", b"namedtuple"):
                found = ("NamedTuple", "")
            elif function is None and node_bytes(right) not in (b"dict", b"Dict"):
                found = ("alias", node_bytes(right).decode("utf-8", "replace"))
            else:
                found = None
    if found is None:
        return None
    if found[0] != "enum" and RESOURCE_TYPE_NAME.fullmatch(name.decode()):
        return None
    return found


def _declared_resource(text: str, resource: str, kind: str, target: str) -> str:
    picker = f"as a resource of type `{resource}` (a resource picker)"
    if kind == "enum":
        return (
            f"Windmill reads the enum {text} {picker}, not a choice of its values: it reads "
            "an enum as a choice only when the class derives from `Enum` (imported by that "
            "name) and every value is a string literal; write `class "
            f"{text.strip('`')}(str, Enum)` with string values, or use `Literal[...]`"
        )
    if kind == "NamedTuple":
        return (
            f"Windmill reads the NamedTuple {text} {picker}, not an object of its fields; "
            "use a dataclass or a pydantic model for an object input"
        )
    what = "the `NewType`" if kind == "newtype" else "the alias"
    shown = f" (`{target}`)" if target and "\n" not in target and len(target) <= 60 else ""
    return (
        f"Windmill does not look up {what} {text}: it reads it {picker}; "
        f"write the type itself{shown}"
    )


def _literal_problem(node: Node, head: str | None, arg: Arg) -> str | None:
    """A `Literal[...]` (alone, optional or as a list's element) whose values Windmill
    does not all offer as a choice.

    windmill-oracle `sig`: Windmill keeps only the string values of a `Literal`
    (`Literal["x", 1]` is a choice of "x"); with none, or with a single value and
    no trailing comma (`Literal["x"]`, not a tuple), the input is a plain string.
    """
    typ = arg.typ
    literal = node
    plain = "a plain string input"
    if head in ("list", "List") and isinstance(typ, TList):
        element = _type_arguments(node)
        literal, typ = (element[0], typ.inner) if len(element) == 1 else (node, typ)
        plain = "a list of plain strings"
    else:
        inner = _optional_of(node, head)
        literal = inner if inner is not None else node
    if _head(literal) != "Literal" or literal.type not in ("generic_type", "subscript"):
        return None
    if not isinstance(typ, TStr):
        return None
    values = _type_arguments(literal)
    strings = [v for v in values if _plain_string(v)]
    dropped = [v for v in values if not _plain_string(v)]
    shown = code_span(node_bytes(literal).decode("utf-8", "replace"))
    if dropped and typ.values:
        kept = " | ".join(_py_string(v) for v in typ.values)
        lost = ", ".join(node_bytes(v).decode("utf-8", "replace") for v in dropped)
        return (
            f"Windmill reads only the string values of {shown}: the choice is {kept} and "
            f"`{lost}` {'is' if len(dropped) == 1 else 'are'} dropped; write every value as "
            "a string"
        )
    if dropped:
        return (
            f"Windmill reads only the string values of a `Literal`: {shown} makes {plain}, "
            "not a choice; write the values as strings, or use the plain type"
        )
    if len(strings) == 1 and typ.values is None:
        return (
            f"Windmill reads a `Literal` of one value as a plain string: {shown} makes "
            f"{plain}, not a fixed choice; use `str` with a default, or give the `Literal` "
            "more values"
        )
    return None


def _plain_string(node: Node) -> bool:
    """A str literal (not bytes, not an f-string)."""
    if node.type != "string":
        return False
    start = next((c for c in node.children if c.type == "string_start"), None)
    prefix = node_bytes(start).decode().lower() if start is not None else ""
    return "b" not in prefix and "f" not in prefix


def _py_string(value: str | Node) -> str:
    text = value if isinstance(value, str) else node_bytes(value).decode("utf-8", "replace")
    return text if not isinstance(value, str) else '"' + value.replace('"', '\\"') + '"'


def _python_enum_values(node: Node, name: bytes) -> list[str] | None:
    """The values of the module-level enum class `name` when all are string literals."""
    root = node
    while root.parent is not None:
        root = root.parent
    values: list[str] | None = None
    for statement in root.named_children:
        declared = statement.child_by_field_name("name")
        if statement.type != "class_definition" or declared is None:
            continue
        if node_bytes(declared) != name:
            continue
        values = []
        for assignment in class_assignments(statement):
            right = assignment.child_by_field_name("right")
            if right is None or not _plain_string(right):
                values = None
                break
            content = b"".join(node_bytes(c) for c in right.children if c.type == "string_content")
            values.append(content.decode("utf-8", "replace"))
    return values or None


def _python_model_members(anchor: Node, typ: Typ, seen: set[int]) -> list[tuple[Node, str]]:
    """Members of a model class of the file (pydantic, dataclass) that `main` takes,
    directly, in a list or optional, at any depth, whose choice Windmill drops.

    windmill-oracle `sig`: inside a model Windmill reads neither `Literal[...]`
    (nor `Optional[Literal[...]]`) nor an enum class: the member is `unknown`,
    an untyped field, where at the top level of `main` it would be a choice.
    """
    while isinstance(typ, TList):
        typ = typ.inner
    if not isinstance(typ, TObject) or typ.name is None or not typ.props:
        return []
    body = _python_class_body(anchor, typ.name.encode())
    if body is None or body.start_byte in seen:
        return []
    seen.add(body.start_byte)
    props = dict(typ.props)
    found: list[tuple[Node, str]] = []
    for statement in body.named_children:
        assignment = statement.named_children[0] if statement.named_children else None
        if statement.type != "expression_statement" or assignment is None:
            continue
        if assignment.type != "assignment":
            continue
        left = assignment.child_by_field_name("left")
        annotation = assignment.child_by_field_name("type")
        if left is None or annotation is None or left.type != "identifier":
            continue
        member_typ = props.get(node_bytes(left).decode())
        if member_typ is None:
            continue
        node = _unwrap(annotation)
        if member_typ == UNKNOWN:
            choice = _model_choice(node)
            if choice is not None:
                shown = code_span(node_bytes(node).decode("utf-8", "replace"))
                found.append(
                    (
                        node,
                        f"Windmill does not read {choice} inside a model: {shown} makes the "
                        f"member `{node_bytes(left).decode()}` of `{typ.name}` an untyped "
                        "field, not a choice; take the choice as a parameter of `main` "
                        "(read there), or check the value in the script",
                    )
                )
        found.extend(_python_model_members(node, member_typ, seen))
    return found


def _model_choice(node: Node) -> str | None:
    """`a Literal` / `an enum` when `node` is one (or an optional one)."""
    head = _head(node)
    inner = _optional_of(node, head)
    if inner is not None:
        node, head = inner, _head(inner)
    if head == "Literal" and node.type in ("generic_type", "subscript"):
        return "`Literal`"
    if node.type == "identifier":
        declared = _python_declaration(node, node_bytes(node))
        if declared is not None and declared[0] == "enum":
            return "an enum"
    return None


def _python_class_body(node: Node, name: bytes) -> Node | None:
    """The body of the module-level class `name` (the last one), decorated or not."""
    root = node
    while root.parent is not None:
        root = root.parent
    found = None
    for statement in root.named_children:
        if statement.type == "decorated_definition":
            statement = statement.child_by_field_name("definition") or statement
        declared = statement.child_by_field_name("name")
        if statement.type == "class_definition" and declared is not None:
            if node_bytes(declared) == name:
                found = statement.child_by_field_name("body")
    return found


def _type_arguments(node: Node) -> list[Node]:
    """The `T, U` of `name[T, U]` (an annotation's `generic_type` or a `subscript`)."""
    if node.type == "subscript":
        return [_unwrap(c) for c in node.children_by_field_name("subscript")]
    inner = [c for c in node.named_children[1:] if c.type != "comment"]
    if len(inner) == 1 and inner[0].type == "type_parameter":
        inner = [c for c in inner[0].named_children if c.type != "comment"]
    return [_unwrap(c) for c in inner]


def _reads_as_string(node: Node) -> bool:
    """`str`, `Optional[str]`, `str | None` or a string annotation: list elements Windmill
    makes strings on purpose (or, quoted, that it was not asked to read)."""
    inner = _optional_of(node, _head(node))
    node = inner if inner is not None else node
    return node.type == "string" or node_bytes(node) == b"str"


def _qualified(node: Node) -> tuple[str, str] | None:
    """(`typing`, `Optional`) of `typing.Optional[...]` or `dt.date`: a module-qualified type."""
    if node.type == "subscript":
        node = node.child_by_field_name("value") or node
    if node.type != "attribute":
        return None
    owner = node.child_by_field_name("object")
    name = node.child_by_field_name("attribute")
    if owner is None or name is None:
        return None
    return node_bytes(owner).decode("utf-8", "replace"), node_bytes(name).decode()


def _optional_of(node: Node, head: str | None) -> Node | None:
    """`T` of `T | None`, `None | T` or `Optional[T]` (None for anything else)."""
    if node.type in ("binary_operator", "union_type"):
        parts = [c for c in node.named_children if c.type != "comment"]
        others = [p for p in parts if node_bytes(p) != b"None"]
        return _unwrap(others[0]) if len(parts) == 2 and len(others) == 1 else None
    if head == "Optional" and node.type in ("generic_type", "subscript"):
        inner = [c for c in node.named_children[1:] if c.type != "comment"]
        if len(inner) == 1 and inner[0].type == "type_parameter":  # in an annotation
            inner = [c for c in inner[0].named_children if c.type != "comment"]
        return _unwrap(inner[0]) if len(inner) == 1 else None
    return None


def _unread_alone(node: Node) -> bool:
    """A parameterised type Windmill's parser reads as untyped on its own
    (`dict[str, Any]`, `tuple[int, int]`): anything but `list[...]`,
    `Literal[...]` and `Optional[...]`."""
    if node.type not in ("generic_type", "subscript"):
        return False
    return _head(node) not in ("list", "List", "Literal", "Optional")


def _is_optional_of_bare_container(node: Node) -> bool:
    """`list | None`, `None | list`: a union Windmill drops although it looks optional."""
    inner = _optional_of(node, None)
    return inner is not None and node_bytes(inner) in (b"list", b"List")


def _typescript_destructured(arg: Arg) -> Node | None:
    """The object pattern of a destructured parameter (`{ region = "eu", lots }: Opts`)."""
    param = arg.node
    pattern = param.child_by_field_name("pattern") if param is not None else None
    return pattern if pattern is not None and pattern.type == "object_pattern" else None


def _pattern_fields(pattern: Node) -> list[str]:
    """The names an object pattern takes, in order (`{ a, b = 1, c: d }`: a, b, c)."""
    fields = []
    for part in pattern.named_children:
        key = part
        if part.type == "object_assignment_pattern":
            key = part.child_by_field_name("left") or part
        elif part.type == "pair_pattern":
            key = part.child_by_field_name("key") or part
        if key.type in ("shorthand_property_identifier_pattern", "property_identifier"):
            fields.append(node_bytes(key).decode())
    return fields


def _destructured_problem(pattern: Node, arg: Arg) -> str:
    """A destructured parameter: Windmill's parser names it `anonN` (windmill-oracle `sig`),
    and the wrapper calls `main` with `args.anonN`, so the fields sent as inputs of their
    own never reach it."""
    fields = _pattern_fields(pattern)
    sent = ", ".join(f'"{f}": ...' for f in fields[:2]) + (", ..." if len(fields) > 2 else "")
    outcome = (
        "so it takes its default" if arg.has_default else "so destructuring it throws a `TypeError`"
    )
    return (
        f"Windmill names this destructured parameter `{arg.name}`: the input form and "
        f"`.script.yaml` have one object input `{arg.name}`, and a run given the fields as "
        f"inputs of their own (`{{{sent}}}`, from a schedule, a webhook or another script) "
        f"passes nothing for it, {outcome}; take a named parameter and destructure it in "
        "the body, or take each field as a parameter"
    )


def _typescript_outer_parameter_types(function: Node | None) -> list[Node | None]:
    """The parameter types the declaration of `main` writes on the variable rather than on
    the function `workflow(...)` is given, by position: `const main: (a: string, n: number)
    => Promise<R> = workflow(async (a, n) => ...)`, also through a function type alias of the
    file (`const main: Handler = ...`). Windmill's parser reads only the function's own
    parameters (windmill-oracle `sig`: `a` and `n` are `unknown`), so these types reach
    neither the input form nor `.script.yaml`. Empty when the variable has no function type
    or a parameter type there is `any` / `unknown` (an untyped input, as written)."""
    arguments = function.parent if function is not None else None
    call = arguments.parent if arguments is not None and arguments.type == "arguments" else None
    declarator = call.parent if call is not None and call.type == "call_expression" else None
    if declarator is None or declarator.type != "variable_declarator":
        return []
    if declarator.child_by_field_name("value") != call:
        return []
    annotation = declarator.child_by_field_name("type")
    inner = [c for c in annotation.named_children if c.type != "comment"] if annotation else []
    written = _unwrap(inner[0]) if len(inner) == 1 else None
    if written is not None and written.type == "type_identifier":
        written = _local_type(written, node_bytes(written))
    if written is None or written.type != "function_type":
        return []
    params = written.child_by_field_name("parameters")
    types: list[Node | None] = []
    for param in params.named_children if params is not None else []:
        if param.type not in ("required_parameter", "optional_parameter"):
            continue
        written_pattern = param.child_by_field_name("pattern")
        if written_pattern is None or written_pattern.type != "identifier":
            return []  # a rest or destructured parameter: positions no longer line up
        declared = param.child_by_field_name("type")
        typed = [c for c in declared.named_children if c.type != "comment"] if declared else []
        node = _unwrap(typed[0]) if len(typed) == 1 else None
        untyped = node is None or (
            node.type == "predefined_type" and node_bytes(node) in (b"any", b"unknown")
        )
        types.append(None if untyped else node)
    return types


def _outer_type_problem(arg: Arg, outer: Node) -> str:
    written = node_bytes(outer).decode()
    return (
        f"Windmill reads `{arg.name}` as an untyped input: the type `{written}` is written "
        "on `main`'s declaration, but Windmill's parser reads only the parameters of the "
        "function given to `workflow(...)`, so the input form and `.script.yaml` have no "
        f"type for it; write it on the parameter (`{arg.name}: {written}`)"
    )


# The parameter types a language lets the declaration of `main` give its function from
# outside it (Python has no such thing).
OUTER_PARAMETER_TYPES: dict[LanguageKind, Callable[[Node | None], list[Node | None]]] = {
    LanguageKind.PYTHON: lambda _function: [],
    LanguageKind.TYPESCRIPT: _typescript_outer_parameter_types,
}


# Parameters of `main` written as a destructuring pattern, per language (Python has none).
DESTRUCTURED: dict[LanguageKind, Callable[[Arg], Node | None]] = {
    LanguageKind.PYTHON: lambda _arg: None,
    LanguageKind.TYPESCRIPT: _typescript_destructured,
}


# What Windmill's parser of each language makes of a parameter type.
PROBLEMS: dict[LanguageKind, Callable[[Node, Arg], str | None]] = {
    LanguageKind.PYTHON: _python_problem,
    LanguageKind.TYPESCRIPT: _typescript_problem,
}


def _no_members(node: Node, typ: Typ, seen: set[int]) -> list[tuple[Node, str]]:
    return []


# Members of the object types `main` takes that Windmill reads differently, per language.
# TypeScript: none reported. A `Record<K, V>` member is a resource picker there too
# (windmill-oracle sig), but typing a payload's free-form part so is everyday code (a
# Stripe event's `data: { object: Record<string, any> }` in tests/corpus/wac), mostly of
# inputs a webhook or another script fills, not the form: reported, it was noise.
# Parameters of `main` Windmill's parser leaves out (Python: keyword-only ones).
HIDDEN_PARAMETERS: dict[LanguageKind, Callable[[Node | None], tuple[KeywordOnly, ...]]] = {
    LanguageKind.PYTHON: keyword_only,
    LanguageKind.TYPESCRIPT: lambda _main: (),
}


MEMBER_PROBLEMS: dict[LanguageKind, Callable[[Node, Typ, set[int]], list[tuple[Node, str]]]] = {
    LanguageKind.PYTHON: _python_model_members,
    LanguageKind.TYPESCRIPT: _no_members,
}
