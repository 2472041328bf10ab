"""What an inline step's `main` returns, when its code says so plainly.

`return_kind` gives the JSON type every `return` of `main` hands back as a literal
(`array`, `object`, `string`, `number`, `boolean`), or None.

`results.<id>.<field>` reads a field of the step's result; when every `return` of
the step's `main` hands back a list literal (`return [a, b]`, a Python list
comprehension, a call that always builds one: `sorted(...)`, `rows.map((r) => ...)`)
and `main` ends with one, the result is a list and the field is undefined. Only code
that says so in every `return` is judged: another call, a variable
(but a local bound once to a dict / object or list / array literal and only
returned, or in Python appended to) or a path that falls off the end of `main`
leaves the step unjudged.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from functools import cache, lru_cache

import tree_sitter

from wac_lint.flows.expressions import literal_value

PYTHON = frozenset({"python3"})
TYPESCRIPT = frozenset({"bun", "deno", "nativets", "bunnative"})
# SQL steps whose result is the list of the last statement's rows unless an annotation
# says otherwise (windmill-worker `pg_executor.rs` / `mysql_executor.rs` collect with
# windmill-common's `SqlResultCollectionStrategy`, by default `LastStatementAllRows`;
# `bigquery_executor.rs` and `snowflake_executor.rs` answer with the rows as objects
# keyed by the names the warehouse's result schema gives the columns).
SQL_ROWS = {
    "postgresql": "PostgreSQL",
    "mysql": "MySQL",
    "bigquery": "BigQuery",
    "snowflake": "Snowflake",
}
# `-- result_collection=<strategy>` (windmill-common `SqlResultCollectionStrategy::parse`:
# an unknown name is the default); `-- s3` streams the rows to an S3 object instead
_SQL_COLLECTION = re.compile(r"^\s*--\s*result_collection\s*=\s*([A-Za-z_]\w*)", re.M)
_SQL_S3 = re.compile(r"^\s*--\s*s3\b", re.M)
DEFAULT_COLLECTION = "last_statement_all_rows"
# Steps whose result is text: windmill-worker `bash_executor.rs` (`handle_bash_job`,
# `handle_powershell_job`) answers with the JSON of `./result.json` when the script
# wrote one, else with the last line it printed (or `./result.out`) as a JSON string,
# never parsed: `echo '{"n": 1}'` gives the string, not an object
TEXT_RESULT = {"bash": "Bash", "powershell": "PowerShell"}
_RESULT_FILE = re.compile(r"result\.json")
GO = frozenset({"go"})
# what each strategy gives: windmill-common `SqlResultCollectionStrategy::collect` keeps
# the last statement only or every statement (a list, one entry per statement), the
# first row only or every row, and the first column's value only (`_scalar`) or the row
_COLLECTIONS = frozenset(
    f"{statements}_{rows}{scalar}"
    for statements in ("last_statement", "all_statements")
    for rows in ("all_rows", "first_row")
    for scalar in ("", "_scalar")
)


@lru_cache(maxsize=1024)
def sql_collection(language: str, code: str) -> str | None:
    """The result collection strategy of a PostgreSQL / MySQL step (`s3` for one that
    writes its rows to S3), None for another language. `legacy` is the default for one
    statement and `all_statements_all_rows` for several (`collect_last_statement_only`)."""
    if language not in SQL_ROWS:
        return None
    if _SQL_S3.search(code) is not None:
        return "s3"
    found = _SQL_COLLECTION.search(code)
    name = found.group(1) if found is not None else DEFAULT_COLLECTION
    if name == "legacy":
        several = len(_sql_statements(code)) > 1
        return "all_statements_all_rows" if several else DEFAULT_COLLECTION
    return name if name in _COLLECTIONS else DEFAULT_COLLECTION


def sql_gives_rows(language: str, code: str) -> bool:
    """A SQL step whose result is the list of its last statement's rows."""
    return sql_collection(language, code) == DEFAULT_COLLECTION


def sql_gives_list(language: str, code: str) -> bool:
    """A SQL step whose result is a list: of rows, of values, or one entry per
    statement (every strategy but `last_statement_first_row[_scalar]` and `s3`)."""
    name = sql_collection(language, code)
    return name is not None and name != "s3" and not name.startswith("last_statement_first_row")


_SQL_FIRST_ROW = re.compile(r"^\s*--\s*result_collection\s*=\s*last_statement_first_row\s*$", re.M)


def sql_gives_first_row(code: str) -> bool:
    """`-- result_collection=last_statement_first_row`: the result is the last
    statement's first row, one object (windmill-common `SqlResultCollectionStrategy`)."""
    return _SQL_FIRST_ROW.search(code) is not None


def why_kind(language: str, step: str, code: str | None = None) -> str:
    """Why a SQL step's result is a list, for messages."""
    label = SQL_ROWS.get(language, language)
    name = sql_collection(language, code) if code is not None else None
    gives = {
        "last_statement_all_rows_scalar": "the list of the first column's values of its "
        "last statement's rows",
        "all_statements_all_rows": "a list with one entry per statement, the list of its rows",
        "all_statements_first_row": "a list with one entry per statement, its first row",
        "all_statements_all_rows_scalar": "a list with one entry per statement, the list "
        "of its first column's values",
        "all_statements_first_row_scalar": "a list with one entry per statement, the value "
        "of the first column of its first row",
    }.get(name or "")
    if gives is None:
        return (
            f"step `{step}` is a {label} query, whose result is the list of its last "
            "statement's rows"
        )
    return (
        f"step `{step}` is a {label} query with `result_collection={name}`, whose result is {gives}"
    )


_TS_FUNCTIONS = frozenset(
    {
        "function_declaration",
        "function_expression",
        "arrow_function",
        "method_definition",
        "generator_function_declaration",
        "generator_function",
        "class_declaration",
        "class",
    }
)


@lru_cache(maxsize=1024)
def returns_list(language: str, code: str) -> bool:
    """Every `return` of `main` gives a list literal (and there is at least one)."""
    return return_kind(language, code) == "array"


@lru_cache(maxsize=1024)
def return_kind(language: str, code: str, field: str | None = None) -> str | None:
    """The JSON type of every `return` of `main`, when each is a literal of that one
    type (and `main` ends with one); None otherwise. With `field`: the type of that
    field of every returned object literal (`return {rows, total: 3}`, `total`)."""
    if language in SQL_ROWS:
        return "array" if field is None and sql_gives_list(language, code) else None
    if language in TEXT_RESULT:
        return "string" if field is None and not _RESULT_FILE.search(code) else None
    if language in PYTHON:
        kinds = _python_return_kinds(code, field)
        if None in kinds or not kinds:
            # what the wrapper's `json.dumps(..., default=str)` makes of it
            form = python_json_form(language, code, field)
            return form.kind if form is not None else None
    elif language in TYPESCRIPT:
        kinds = _typescript_return_kinds(code, field)
    elif language in GO:
        kinds = [_go_kind(v, field) for v in _go_return_values(code)]
    else:
        return None
    if not kinds or None in kinds or len(set(kinds)) != 1:
        return None
    return kinds[0]


@lru_cache(maxsize=1024)
def returned_keys(language: str, code: str, entry: str = "main") -> frozenset[str] | None:
    """The keys of the object literals `main` (or `entry`) returns, when every `return`
    gives one whose keys are all written out (no spread, no computed key); None otherwise."""
    if language in PYTHON:
        return _python_keys(_python_return_values(code, entry))
    if language in TYPESCRIPT:
        found = _typescript_return_values(code, entry)
        return _typescript_keys(*found) if found else None
    if language in GO and entry == "main":
        return _go_keys(_go_return_values(code))
    if language in PHP and entry == "main":
        return _php_keys(code)
    return None


PHP = frozenset({"php"})
# `function main(...) {` at the start of a line (PHP's parser finds `main` by name)
_PHP_MAIN = re.compile(r"(?m)^[ \t]*function[ \t]+main[ \t]*\([^)]*\)[^{;]*\{")
_PHP_RETURN = re.compile(r"\breturn\b")
_PHP_KEY = re.compile(r"^\s*(['\"])(?P<key>[A-Za-z_][\w-]*)\1\s*=>", re.S)


def _php_split(text: str, stop: str) -> tuple[list[str], int] | None:
    """The top-level items of `text` (commas outside brackets and strings) up to the
    first unmatched `stop`, and where that ends; None when it is not found."""
    depth = 0
    items: list[str] = []
    start = 0
    i = 0
    quote = ""
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 2
                continue
            if c == quote:
                quote = ""
        elif c in "'\"":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                if c != stop:
                    return None
                items.append(text[start:i])
                return items, i
            depth -= 1
        elif c == "," and depth == 0:
            items.append(text[start:i])
            start = i + 1
        i += 1
    return None


def _php_keys(code: str) -> frozenset[str] | None:
    """The keys of the associative array literals a PHP `main` returns (`return
    ["orders" => $o, "count" => 3];`), which the wrapper's `json_encode` writes as an
    object, when every `return` gives one with its keys written out and `main` ends
    with one; None otherwise (a list, a variable, a closure in `main`)."""
    found = _PHP_MAIN.search(code)
    if found is None:
        return None
    body = _php_split(code[found.end() :], "}")
    if body is None:
        return None
    text = ",".join(body[0])
    if re.search(r"\bfunction\b|\bfn\s*\(", text):
        return None
    statements = [t.strip() for t in re.split(r"[;{}]", text.rstrip().rstrip(";"))]
    if not statements or not _PHP_RETURN.match(statements[-1]):
        return None  # it may end without a `return` (null)
    keys: set[str] = set()
    returns = [m.end() for m in _PHP_RETURN.finditer(text)]
    for at in returns:
        rest = text[at:].lstrip()
        if rest.startswith("["):
            inner = _php_split(rest[1:], "]")
        elif rest.lower().startswith("array("):
            inner = _php_split(rest[6:], ")")
        else:
            return None
        if inner is None:
            return None
        items = [i for i in inner[0] if i.strip()]
        if not items:
            return None  # `[]` is a list to json_encode
        for item in items:
            key = _PHP_KEY.match(item)
            if key is None:
                return None  # a list item, a computed key, a spread
            keys.add(key.group("key"))
    return frozenset(keys)


def text_result_why(language: str, step: str) -> str | None:
    """Why a Bash / PowerShell step's result is a string, for messages; None for
    another language."""
    label = TEXT_RESULT.get(language)
    if label is None:
        return None
    return (
        f"step `{step}` is a {label} script, whose result is the last line it prints, as "
        "a string that Windmill does not parse (unless the script writes `./result.json`)"
    )


@lru_cache(maxsize=1024)
def returned_field_keys(language: str, code: str, field: str) -> frozenset[str] | None:
    """The keys of the object literal `field` holds in every object literal `main`
    returns (`return {"customer": {"id": ..., "email": ...}}`, `customer`), when each
    gives it as one with its keys written out; None otherwise."""
    if language in PYTHON:
        values = _python_return_values(code)
        if not values or not all(isinstance(v, ast.Dict) for v in values):
            return None
        inner = [_python_field(v, field) for v in values]
        if any(v is None for v in inner):
            return None  # a return without the field: its own finding, or a spread
        return _python_keys(inner)
    if language in TYPESCRIPT:
        found = _typescript_return_values(code)
        if not found or not found[0]:
            return None
        nodes, data = found
        fields = [_ts_field_value(v, field, data) if v is not None else None for v in nodes]
        if any(v is None for v in fields):
            return None
        return _typescript_keys(fields, data)
    return None


def _python_keys(values: list[ast.expr | None]) -> frozenset[str] | None:
    if not values:
        return None
    keys: set[str] = set()
    for value in values:
        if not isinstance(value, ast.Dict):
            return None
        for key in value.keys:
            if not isinstance(key, ast.Constant) or not isinstance(key.value, str):
                return None  # `**other`, a computed key
            keys.add(key.value)
    return frozenset(keys)


def _typescript_keys(values: list[tree_sitter.Node | None], data: bytes) -> frozenset[str] | None:
    if not values:
        return None
    keys: set[str] = set()
    for value in values:
        obj = _unwrapped(value) if value is not None else None
        if obj is not None and _ts_built(obj, data) in ("Map", "Set"):
            continue  # `{}` in JSON: no key
        if obj is None or obj.type != "object":
            return None
        for pair in obj.named_children:
            if pair.type == "shorthand_property_identifier":
                keys.add(data[pair.start_byte : pair.end_byte].decode("utf-8", "replace"))
                continue
            key = pair.child_by_field_name("key") if pair.type == "pair" else None
            if key is None or key.type not in ("property_identifier", "string"):
                return None  # a spread, a method, a computed key
            name = data[key.start_byte : key.end_byte].decode("utf-8", "replace")
            keys.add(name[1:-1] if key.type == "string" else name)
    return frozenset(keys)


def _python_field(value: ast.expr | None, field: str | None) -> ast.expr | None:
    """The value of `field` in a dict literal (the value itself without a field)."""
    if field is None:
        return value
    if not isinstance(value, ast.Dict):
        return None
    for key, item in zip(value.keys, value.values, strict=True):
        if isinstance(key, ast.Constant) and key.value == field:
            return item
    return None


# builtins whose call always gives a new list (`sorted(rows, key=...)`, `list(seen)`)
_PY_LIST_BUILTINS = ("sorted", "list")
# builtins whose call always gives a number (`len(rows)`, `int(x)`, `round(x, 2)`)
_PY_NUMBER_BUILTINS = ("len", "int", "float", "round")
# `math` functions that always give a number (`math.ceil(total / size)`)
_PY_MATH_NUMBERS = frozenset({"ceil", "floor", "trunc", "sqrt", "log", "exp", "pow", "fabs"})


def _python_gives_number(value: ast.expr | None, numbers: frozenset[str]) -> bool:
    """`math.ceil(...)` (the `math` module, when the code does not rebind the name:
    `numbers` then holds it), or a floor division `a // b`."""
    if isinstance(value, ast.BinOp):
        return isinstance(value.op, ast.FloorDiv)
    if not isinstance(value, ast.Call) or not isinstance(value.func, ast.Attribute):
        return False
    owner = value.func.value
    return (
        isinstance(owner, ast.Name)
        and owner.id == "math"
        and "math" in numbers
        and value.func.attr in _PY_MATH_NUMBERS
    )


def _python_kind(
    value: ast.expr | None,
    lists: frozenset[str] = frozenset(),
    numbers: frozenset[str] = frozenset(),
) -> str | None:
    """The JSON type of a returned value, when its form says so; `lists` / `numbers`:
    the names of `_PY_LIST_BUILTINS` / `_PY_NUMBER_BUILTINS` the code does not rebind
    (a call of one gives a list / a number)."""
    if isinstance(value, (ast.List, ast.ListComp)):
        return "array"
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name):
        if value.func.id in lists:
            return "array"
        if value.func.id in numbers:
            return "number"
    if _python_gives_number(value, numbers):
        return "number"
    if isinstance(value, ast.Subscript) and isinstance(value.slice, ast.Slice):
        # a slice of a list is a list: `sorted(rows)[:10]`, `[...][1:]`
        return "array" if _python_kind(value.value, lists) == "array" else None
    if isinstance(value, (ast.Dict, ast.DictComp)):
        return "object"
    if isinstance(value, ast.JoinedStr) or _python_gives_string(value):
        return "string"
    if isinstance(value, ast.Compare) or (
        isinstance(value, ast.UnaryOp) and isinstance(value.op, ast.Not)
    ):
        return "boolean"  # `n > 0`, `x in xs`, `not done`: True or False
    if isinstance(value, ast.Constant):
        constant = value.value
        if isinstance(constant, bool):
            return "boolean"
        if isinstance(constant, str):
            return "string"
        if isinstance(constant, (int, float)):
            return "number"
    return None


# methods that always give a string: `d.isoformat()`, `h.hexdigest()`, `t.strftime(f)`
_PY_STRING_METHODS = frozenset({"isoformat", "hexdigest", "strftime"})


def _python_gives_string(value: ast.expr | None) -> bool:
    """A call whose value is always a string: `", ".join(names)` (a string literal's
    `join`), `json.dumps(x)`, `d.isoformat()`."""
    if not isinstance(value, ast.Call) or not isinstance(value.func, ast.Attribute):
        return False
    func = value.func
    if func.attr == "join":
        return isinstance(func.value, ast.Constant) and isinstance(func.value.value, str)
    if func.attr == "dumps":
        return isinstance(func.value, ast.Name) and func.value.id == "json"
    return func.attr in _PY_STRING_METHODS


def _python_return_kinds(code: str, field: str | None) -> list[str | None]:
    values = _python_return_values(code)
    if not values:
        return []
    tree = ast.parse(code)  # it parsed for `_python_return_values`
    lists = frozenset(name for name in _PY_LIST_BUILTINS if not _binds_name(tree, name))
    numbers = frozenset(name for name in _PY_NUMBER_BUILTINS if not _binds_name(tree, name))
    if _math_module(tree):
        numbers |= {"math"}
    return [_python_kind(_python_field(v, field), lists, numbers) for v in values]


def _math_module(tree: ast.Module) -> bool:
    """`math` is the standard module: `import math` at the top level is the only
    thing that binds the name."""
    imported = any(
        isinstance(node, ast.Import) and any(a.name == "math" and not a.asname for a in node.names)
        for node in tree.body
    )
    if not imported:
        return False
    bindings = 0
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id == "math" and not isinstance(node.ctx, ast.Load):
            return False
        if isinstance(node, ast.arg) and node.arg == "math":
            return False
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and (
            node.name == "math"
        ):
            return False
        if isinstance(node, ast.alias) and (node.asname or node.name) == "math":
            bindings += 1
    return bindings == 1


def _python_return_values(code: str, entry: str = "main") -> list[ast.expr | None]:
    """What every `return` of `main` gives (empty when `main` may end without one)."""
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return []
    main = next(
        (
            node
            for node in tree.body
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == entry
        ),
        None,
    )
    if main is None or not isinstance(main.body[-1], ast.Return):
        return []  # it may also end without a `return` (None)
    builtin_dict = not _binds_dict(tree)
    grouped: _Grouped | None = None
    values: list[ast.expr | None] = []
    stack: list[ast.AST] = list(main.body)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Return):
            for value in _python_alternatives(node.value):
                if isinstance(value, ast.Name):
                    value = _python_local_value(main, value.id, builtin_dict) or value
                value = _dict_call_as_literal(value) if builtin_dict else value
                if not isinstance(value, (ast.Constant, ast.Name)):
                    grouped = grouped or _Grouped(main, builtin_dict)
                    value = grouped.resolve(value, 3)
                values.append(value)
            continue
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue  # a nested function's `return` is not `main`'s
        stack.extend(ast.iter_child_nodes(node))
    return values


class _Grouped:
    """Python's grouping idioms, read as the lists they build: a local dict filled by
    `d[k] = v` / `d.setdefault(k, v)` whose values are returned (`list(d.values())`)
    or looped over (`for k, items in d.items()`), with the lists among those values
    extended by `d.setdefault(k, []).append({...})` / `d[k].append({...})`, and a
    local bound to a dict literal whose list fields are extended by
    `entry["panels"].append({...})`. Any other use of such a name (handed to other
    code, changed otherwise, bound to something else) leaves the value unknown."""

    def __init__(self, main: ast.FunctionDef | ast.AsyncFunctionDef, builtin_dict: bool):
        self.main = main
        self.builtin_dict = builtin_dict
        self.parents: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(main):
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node
        arguments = main.args
        self.params = {
            a.arg
            for a in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
            + [a for a in (arguments.vararg, arguments.kwarg) if a is not None]
        }

    def resolve(self, value: ast.expr | None, depth: int) -> ast.expr | None:
        if value is None or depth <= 0:
            return value
        if isinstance(value, ast.Call) and not value.keywords:
            func = value.func
            if isinstance(func, ast.Name) and func.id in ("list", "sorted") and value.args:
                inner = self.resolve(value.args[0], depth)
                return inner if isinstance(inner, ast.List) else value
            if (
                isinstance(func, ast.Attribute)
                and func.attr == "values"
                and not value.args
                and isinstance(func.value, ast.Name)
            ):
                held = self.dict_values(func.value.id)
                if held is None:
                    return value
                items = [self.resolve(v, depth - 1) for v in held]
                return ast.copy_location(
                    ast.List(elts=[i for i in items if i is not None], ctx=ast.Load()), value
                )
            return value
        if isinstance(value, ast.Name):
            return self.name_value(value.id, depth) or value
        if isinstance(value, ast.Dict):
            fields = [self.resolve(v, depth - 1) for v in value.values]
            if all(f is v for f, v in zip(fields, value.values, strict=True)):
                return value
            return ast.copy_location(
                ast.Dict(
                    keys=list(value.keys),
                    values=[f or v for f, v in zip(fields, value.values, strict=True)],
                ),
                value,
            )
        if isinstance(value, ast.List):
            elts = [self.resolve(e, depth - 1) for e in value.elts]
            if all(e is o for e, o in zip(elts, value.elts, strict=True)):
                return value
            return ast.copy_location(
                ast.List(
                    elts=[e or o for e, o in zip(elts, value.elts, strict=True)], ctx=ast.Load()
                ),
                value,
            )
        return value

    def name_value(self, name: str, depth: int) -> ast.expr | None:
        """What the local `name` holds: the values of a dict it loops over
        (`for _, items in d.items()`, `for items in d.values()`), flattened into one
        list when each is a list; or the dict literal it is bound to, with its list
        fields extended by `name["field"].append(...)`."""
        if name in self.params:
            return None
        looped = self.loop_values(name)
        if looped is not None:
            lists = [self.resolve(v, depth - 1) for v in looped]
            if not lists or not all(isinstance(v, ast.List) for v in lists):
                return None
            elts = [e for v in lists if isinstance(v, ast.List) for e in v.elts]
            return ast.copy_location(ast.List(elts=elts, ctx=ast.Load()), looped[0])
        literal = self.filled_dict(name)
        return self.resolve(literal, depth - 1) if literal is not None else None

    def loop_values(self, name: str) -> list[ast.expr] | None:
        targets = []
        for node in ast.walk(self.main):
            if isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Store):
                targets.append(node)
        if len(targets) != 1:
            return None
        loop = self.parents.get(targets[0])
        pair = None
        if isinstance(loop, ast.Tuple) and len(loop.elts) == 2 and loop.elts[1] is targets[0]:
            pair, loop = loop, self.parents.get(loop)
        if not isinstance(loop, (ast.For, ast.AsyncFor)) or loop.target is not (pair or targets[0]):
            return None
        call = loop.iter
        if not (
            isinstance(call, ast.Call)
            and not call.args
            and isinstance(call.func, ast.Attribute)
            and isinstance(call.func.value, ast.Name)
            and call.func.attr == ("items" if pair is not None else "values")
        ):
            return None
        return self.dict_values(call.func.value.id)

    def dict_values(self, name: str) -> list[ast.expr] | None:
        """The values a local dict bound once to `{}` holds (`d[k] = v`,
        `d.setdefault(k, v)`), the list literals among them extended by the items
        appended to them (`d[k].append(x)`, `d.setdefault(k, []).append(x)`)."""
        if name in self.params:
            return None
        bound = False
        values: list[ast.expr] = []
        appended: list[ast.expr] = []
        field_appends: dict[str, list[ast.expr]] = {}
        for node in ast.walk(self.main):
            if isinstance(node, (ast.Global, ast.Nonlocal)) and name in node.names:
                return None
            if not isinstance(node, ast.Name) or node.id != name:
                continue
            parent = self.parents.get(node)
            if isinstance(node.ctx, ast.Store):
                value = getattr(parent, "value", None)
                if isinstance(parent, ast.Assign) and parent.targets != [node]:
                    return None
                if bound or not isinstance(parent, (ast.Assign, ast.AnnAssign)):
                    return None
                if not _empty_dict(value):
                    return None
                bound = True
                continue
            if isinstance(node.ctx, ast.Del):
                return None
            if isinstance(parent, ast.Subscript) and parent.value is node:
                above = self.parents.get(parent)
                if isinstance(parent.ctx, ast.Store):
                    if not isinstance(above, ast.Assign) or above.targets != [parent]:
                        return None
                    values.append(above.value)
                    continue
                item = self.appended(parent)
                if item is not None:
                    appended.append(item)
                    continue
                field_item = self.field_appended(parent)
                if field_item is not None:
                    # `d[k]["lines"].append(x)`: a list field of the value
                    field_appends.setdefault(field_item[0], []).append(field_item[1])
                    continue
                if isinstance(parent.ctx, ast.Del):
                    return None
                if not (self.plain_read(parent) or self.alias_stored(parent, name)):
                    return None
                continue
            if isinstance(parent, ast.Attribute) and parent.value is node:
                call = self.parents.get(parent)
                if not isinstance(call, ast.Call) or call.func is not parent or call.keywords:
                    return None
                if parent.attr in ("values", "items", "keys") and not call.args:
                    continue  # looped over, or returned: resolved by their readers
                if parent.attr == "get" and (
                    self.plain_read(call) or self.alias_stored(call, name)
                ):
                    continue
                if parent.attr == "setdefault" and len(call.args) == 2:
                    item = self.appended(call)
                    holder = self.parents.get(call)
                    if item is not None:
                        appended.append(item)
                    elif (alias := _bound_name(holder, call)) is not None:
                        # `entry = d.setdefault(k, {...})`: the value, whose list fields
                        # `entry["lines"].append(...)` extends
                        filled = self.filled_dict(alias)
                        if filled is None:
                            return None
                        values.append(filled)
                        continue
                    elif not isinstance(holder, ast.Expr):
                        return None
                    values.append(call.args[1])
                    continue
                return None
            if isinstance(parent, ast.Compare):
                continue  # `k in d`
            return None
        if not bound or not values:
            return None
        if field_appends:
            extended = [_with_appended_fields(v, field_appends) for v in values]
            if any(v is None for v in extended):
                return None
            values = [v for v in extended if v is not None]
        out: list[ast.expr] = []
        for value in values:
            if appended and not isinstance(value, ast.List):
                return None
            if isinstance(value, ast.List):
                value = ast.copy_location(
                    ast.List(elts=[*value.elts, *appended], ctx=ast.Load()), value
                )
            out.append(value)
        return out

    def filled_dict(self, name: str) -> ast.Dict | None:
        """The dict literal the local `name` is bound to (besides, maybe, reads of
        other dicts' values, `grouped.get(k)`, the literals themselves), its list
        fields extended by `name["field"].append(x)` statements."""
        literal: ast.Dict | None = None
        extra: dict[str, list[ast.expr]] = {}
        aliased: set[str] = set()  # the dicts a binding reads a value of
        stored: set[str] = set()  # the dicts the name is stored into
        for node in ast.walk(self.main):
            if isinstance(node, (ast.Global, ast.Nonlocal)) and name in node.names:
                return None
            if not isinstance(node, ast.Name) or node.id != name:
                continue
            parent = self.parents.get(node)
            if isinstance(node.ctx, ast.Store):
                if not isinstance(parent, ast.Assign) or parent.targets != [node]:
                    return None
                value = _python_dict(parent.value, self.builtin_dict)
                default = _setdefault_default(parent.value)
                if default is not None:
                    # `entry = d.setdefault(k, {...})`: that literal, or the entry an
                    # earlier round put there from it
                    value = _python_dict(default, self.builtin_dict)
                    if not isinstance(value, ast.Dict):
                        return None
                if isinstance(value, ast.Dict):
                    if literal is not None:
                        return None
                    literal = value
                else:
                    source = _dict_read(value)
                    if source is None:
                        return None
                    aliased.add(source)
                continue
            if isinstance(node.ctx, ast.Del):
                return None
            if isinstance(parent, ast.Subscript) and parent.value is node:
                key = parent.slice
                item = self.appended(parent)
                if (
                    item is not None
                    and isinstance(key, ast.Constant)
                    and isinstance(key.value, str)
                ):
                    extra.setdefault(key.value, []).append(item)
                    continue
                if isinstance(parent.ctx, ast.Load) and self.plain_read(parent):
                    continue
                return None
            if isinstance(parent, ast.Compare):
                continue  # `entry is None`
            if isinstance(parent, ast.Assign) and parent.value is node:
                into = [t.value for t in parent.targets if isinstance(t, ast.Subscript)]
                if len(into) == len(parent.targets) and all(isinstance(d, ast.Name) for d in into):
                    stored.update(d.id for d in into if isinstance(d, ast.Name))
                    continue  # stored into a dict: `grouped[k] = entry`
            if isinstance(parent, ast.Return):
                continue
            return None
        if literal is None or not aliased <= stored:
            return None  # an alias of another dict's value, whose shape is not known
        if not extra:
            return literal
        keys: list[ast.expr | None] = []
        values: list[ast.expr] = []
        for dict_key, field_value in zip(literal.keys, literal.values, strict=True):
            name_of = dict_key.value if isinstance(dict_key, ast.Constant) else None
            if isinstance(name_of, str) and name_of in extra:
                if not isinstance(field_value, ast.List):
                    return None
                field_value = ast.copy_location(
                    ast.List(elts=[*field_value.elts, *extra.pop(name_of)], ctx=ast.Load()),
                    field_value,
                )
            keys.append(dict_key)
            values.append(field_value)
        if extra:
            return None  # appended to a field the literal does not have
        return ast.copy_location(ast.Dict(keys=keys, values=values), literal)

    def appended(self, target: ast.expr) -> ast.expr | None:
        """`x` of a statement `<target>.append(x)`."""
        return appended_argument(self.parents, self.parents.get(target))

    def field_appended(self, target: ast.expr) -> tuple[str, ast.expr] | None:
        """`("lines", x)` of a statement `<target>["lines"].append(x)`."""
        field = self.parents.get(target)
        if not isinstance(field, ast.Subscript) or field.value is not target:
            return None
        key = field.slice
        if not isinstance(key, ast.Constant) or not isinstance(key.value, str):
            return None
        item = self.appended(field)
        return (key.value, item) if item is not None else None

    def alias_stored(self, read: ast.expr, name: str) -> bool:
        """`entry = d.get(k)` where `entry` is also what the dict `name` holds
        (`d[k] = entry`): the alias is that value, whose every use the value's own
        reading follows."""
        bound = self.parents.get(read)
        if not isinstance(bound, ast.Assign) or len(bound.targets) != 1:
            return False
        alias = bound.targets[0]
        if not isinstance(alias, ast.Name):
            return False
        for node in ast.walk(self.main):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Name)
                and node.value.id == alias.id
                and any(
                    isinstance(t, ast.Subscript)
                    and isinstance(t.value, ast.Name)
                    and t.value.id == name
                    for t in node.targets
                )
            ):
                return True
        return False

    def plain_read(self, node: ast.expr) -> bool:
        """A read whose value is only looked at (compared, formatted, tested), not
        bound to a name, handed on, or changed."""
        parent = self.parents.get(node)
        return isinstance(parent, (ast.Compare, ast.FormattedValue, ast.If, ast.BoolOp)) or (
            isinstance(parent, ast.UnaryOp) and isinstance(parent.op, ast.Not)
        )


def _bound_name(holder: ast.AST | None, value: ast.expr) -> str | None:
    """`name` of `name = value`, one plain name bound; None otherwise."""
    if not isinstance(holder, ast.Assign) or holder.value is not value:
        return None
    if len(holder.targets) != 1 or not isinstance(holder.targets[0], ast.Name):
        return None
    return holder.targets[0].id


def _setdefault_default(value: ast.expr | None) -> ast.expr | None:
    """`v` of `d.setdefault(k, v)` on a plain name `d`."""
    if (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Attribute)
        and value.func.attr == "setdefault"
        and isinstance(value.func.value, ast.Name)
        and len(value.args) == 2
        and not value.keywords
    ):
        return value.args[1]
    return None


def _with_appended_fields(value: ast.expr, appends: dict[str, list[ast.expr]]) -> ast.expr | None:
    """The dict literal `value` with its list fields extended by the items appended to
    them; None when it is not a dict literal or lacks one of those list fields."""
    if not isinstance(value, ast.Dict):
        return None
    names = [k.value if isinstance(k, ast.Constant) else None for k in value.keys]
    if any(field not in names for field in appends):
        return None
    fields: list[ast.expr] = []
    for name, field_value in zip(names, value.values, strict=True):
        if isinstance(name, str) and name in appends:
            if not isinstance(field_value, ast.List):
                return None
            field_value = ast.copy_location(
                ast.List(elts=[*field_value.elts, *appends[name]], ctx=ast.Load()), field_value
            )
        fields.append(field_value)
    return ast.copy_location(ast.Dict(keys=list(value.keys), values=fields), value)


def _empty_dict(value: ast.expr | None) -> bool:
    if isinstance(value, ast.Dict):
        return not value.keys
    return (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Name)
        and value.func.id == "dict"
        and not value.args
        and not value.keywords
    )


def _dict_read(value: ast.expr | None) -> str | None:
    """The dict `d` of `d.get(k)` / `d[k]` on a name: an alias of a value it holds."""
    if isinstance(value, ast.Subscript) and isinstance(value.value, ast.Name):
        return value.value.id
    if (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Attribute)
        and value.func.attr == "get"
        and isinstance(value.func.value, ast.Name)
    ):
        return value.func.value.id
    return None


def _python_local_value(
    main: ast.FunctionDef | ast.AsyncFunctionDef, name: str, builtin_dict: bool
) -> ast.expr | None:
    """What a local name `main` returns holds, when `main` binds it once to a dict or
    list literal (`out = {...}`, `found = []`) and otherwise only returns it or, for a
    list, appends to it (`found.append({...})`, a statement): that dict literal, or a
    list literal of its items and every appended value. None for any other name (a
    parameter, one bound twice or by a loop, changed in another way, or handed to
    other code, which may change it)."""
    arguments = main.args
    params = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
    params += [a for a in (arguments.vararg, arguments.kwarg) if a is not None]
    if any(a.arg == name for a in params):
        return None
    parents: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(main):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    bound: ast.expr | None = None
    appended: list[ast.expr] = []
    for node in ast.walk(main):
        if isinstance(node, (ast.Global, ast.Nonlocal)) and name in node.names:
            return None
        if not isinstance(node, ast.Name) or node.id != name:
            continue
        parent = parents.get(node)
        if isinstance(node.ctx, ast.Store):
            if isinstance(parent, ast.Assign) and parent.targets == [node] and bound is None:
                bound = parent.value
            elif isinstance(parent, ast.AnnAssign) and parent.value is not None and bound is None:
                bound = parent.value
            else:
                return None
            continue
        if isinstance(node.ctx, ast.Del):
            return None
        if isinstance(parent, ast.Return):
            continue
        item = appended_argument(parents, parent)
        if item is not None:
            appended.append(item)
            continue
        return None
    if builtin_dict:
        bound = _dict_call_as_literal(bound)
    if isinstance(bound, ast.Dict) and not appended:
        return bound
    if isinstance(bound, ast.List):
        items = [*bound.elts, *appended]
        return ast.copy_location(ast.List(elts=items, ctx=ast.Load()), bound)
    return None


def appended_argument(
    parents: dict[ast.AST, ast.AST], attribute: ast.AST | None
) -> ast.expr | None:
    """`x` of a statement `<...>.append(x)` whose `.append` is `attribute` (one plain
    argument: a starred or keyword one is not one item)."""
    call = parents.get(attribute) if attribute is not None else None
    if (
        isinstance(attribute, ast.Attribute)
        and attribute.attr == "append"
        and isinstance(call, ast.Call)
        and call.func is attribute
        and len(call.args) == 1
        and not isinstance(call.args[0], ast.Starred)
        and not call.keywords
        and isinstance(parents.get(call), ast.Expr)
    ):
        return call.args[0]
    return None


def _python_alternatives(value: ast.expr | None) -> list[ast.expr | None]:
    """The values a returned conditional expression can give (`a if c else b`: `a`
    and `b`, at any depth); the value itself otherwise."""
    if isinstance(value, ast.IfExp):
        return [*_python_alternatives(value.body), *_python_alternatives(value.orelse)]
    return [value]


def _binds_dict(tree: ast.Module) -> bool:
    """The code binds the name `dict` itself (an import, an assignment, a parameter)."""
    return _binds_name(tree, "dict")


def _binds_name(tree: ast.Module, name: str) -> bool:
    """The code binds `name` itself (an import, an assignment, a parameter), so it is
    not the builtin of that name."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id == name and not isinstance(node.ctx, ast.Load):
            return True
        if isinstance(node, ast.arg) and node.arg == name:
            return True
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and (
            node.name == name
        ):
            return True
        if isinstance(node, ast.alias) and (node.asname or node.name) == name:
            return True
    return False


def _dict_call_as_literal(value: ast.expr | None) -> ast.expr | None:
    """`dict(rows=n, total=t)` builds the same object as `{"rows": n, "total": t}`:
    the literal it writes (a `**other` becomes the literal's `**`); any other value as
    it is."""
    if not (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Name)
        and value.func.id == "dict"
        and not value.args
    ):
        return value
    keys: list[ast.expr | None] = [
        None if kw.arg is None else ast.copy_location(ast.Constant(kw.arg), kw)
        for kw in value.keywords
    ]
    return ast.copy_location(ast.Dict(keys=keys, values=[kw.value for kw in value.keywords]), value)


@cache
def _ts_parser() -> tree_sitter.Parser:
    import tree_sitter_typescript

    return tree_sitter.Parser(tree_sitter.Language(tree_sitter_typescript.language_typescript()))


_TS_KINDS = {
    "array": "array",
    "object": "object",
    "string": "string",
    "template_string": "string",
    "number": "number",
    "true": "boolean",
    "false": "boolean",
}


def _typescript_return_kinds(code: str, field: str | None) -> list[str | None]:
    found = _typescript_return_values(code)
    if not found:
        return []
    values, data = found
    return [None if v is None else _ts_kind(v, field, data) for v in values]


def _typescript_return_values(
    code: str, entry: str = "main"
) -> tuple[list[tree_sitter.Node | None], bytes] | None:
    """What every `return` of `main` gives, with the code's bytes (None when `main`
    may end without one)."""
    data = code.encode("utf-8")
    tree = _ts_parser().parse(data)
    if tree.root_node.has_error:
        return None
    main = _ts_main(tree.root_node, data, entry.encode())
    if main is None:
        return None
    body = main.child_by_field_name("body")
    if body is None:
        return None
    if body.type != "statement_block":  # `const main = async () => [1, 2]`
        return _ts_alternatives(body), data
    last = body.named_children[-1] if body.named_children else None
    if last is None or last.type != "return_statement":
        return None  # it may also end without a `return` (undefined)
    values: list[tree_sitter.Node | None] = []
    stack = list(body.children)
    while stack:
        node = stack.pop()
        if node.type == "return_statement":
            for value in _ts_alternatives(next(iter(node.named_children), None)):
                if value is not None and value.type == "identifier":
                    value = _ts_local_value(body, value, data) or value
                values.append(value)
            continue
        if node.type in _TS_FUNCTIONS:
            continue
        stack.extend(node.children)
    return values, data


def _ts_local_value(
    body: tree_sitter.Node, name: tree_sitter.Node, data: bytes
) -> tree_sitter.Node | None:
    """The object or array literal a local `main` returns by name holds, when `main`
    declares it once (`const out = { ... }`) and otherwise only returns it; None for
    any other name (a parameter, one assigned again, changed, or handed to other code)."""
    text = data[name.start_byte : name.end_byte]
    bound: tree_sitter.Node | None = None
    # uses through a member (`seen.set(k, v)`) keep a `Map` / `Set` one: its JSON is `{}`
    # whatever it holds, as long as the name is never bound again (`const`)
    member_uses = False
    stack = [body]
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        if node.type not in ("identifier", "shorthand_property_identifier"):
            continue
        if data[node.start_byte : node.end_byte] != text:
            continue
        parent = node.parent
        if parent is not None and parent.type == "variable_declarator":
            if parent.child_by_field_name("name") != node or bound is not None:
                return None
            declaration = parent.parent
            if declaration is None or declaration.type != "lexical_declaration":
                return None
            bound = parent.child_by_field_name("value")
            continue
        if parent is not None and parent.type == "return_statement":
            continue
        if parent is not None and parent.type == "member_expression":
            if parent.child_by_field_name("object") == node:
                member_uses = True
                continue
        return None
    value = _unwrapped(bound) if bound is not None else None
    if value is None:
        return None
    if _ts_built(value, data) in ("Map", "Set"):
        declaration = bound.parent.parent if bound is not None and bound.parent else None
        constant = (
            declaration is not None
            and data[declaration.start_byte : declaration.start_byte + 5] == b"const"
        )
        return value if constant else None
    if member_uses:
        return None
    return value if value.type in ("object", "array") else None


def _ts_alternatives(value: tree_sitter.Node | None) -> list[tree_sitter.Node | None]:
    """The values a returned conditional expression can give (`c ? a : b`: `a` and
    `b`, at any depth, through parentheses); the value itself otherwise."""
    node = value
    while node is not None and node.type == "parenthesized_expression":
        node = next(iter(node.named_children), None)
    if node is None or node.type != "ternary_expression":
        return [value]
    consequence = node.child_by_field_name("consequence")
    alternative = node.child_by_field_name("alternative")
    return [*_ts_alternatives(consequence), *_ts_alternatives(alternative)]


def _ts_field_value(value: tree_sitter.Node, field: str, data: bytes) -> tree_sitter.Node | None:
    """The value of `field` in a returned object literal (`{ items: [...] }`,
    `{ items }` gives None: a name, not a literal); None when it has no such key."""
    node = _unwrapped(value)
    if node.type != "object":
        return None
    for pair in node.named_children:
        key = pair.child_by_field_name("key") if pair.type == "pair" else None
        if key is None:
            continue
        name = data[key.start_byte : key.end_byte].decode("utf-8", "replace")
        if key.type == "string":
            name = name[1:-1]
        if name == field:
            return pair.child_by_field_name("value")
    return None


def _ts_kind(value: tree_sitter.Node, field: str | None, data: bytes) -> str | None:
    """The JSON type of a returned literal, or of its `field` (an object literal's)."""
    if field is None:
        return _ts_node_kind(_unwrapped(value), data)
    item = _ts_field_value(value, field, data)
    return _ts_node_kind(_unwrapped(item), data) if item is not None else None


# operators whose result is always a boolean (`&&` / `||` / `??` give an operand)
_TS_BOOLEAN_OPERATORS = frozenset(
    {"<", ">", "<=", ">=", "==", "!=", "===", "!==", "instanceof", "in"}
)


# operators whose result is always a number (`+` may join strings)
_TS_NUMBER_OPERATORS = frozenset({"-", "*", "/", "%", "**"})
# calls that always give a number: `Math.ceil(total / size)`, `Number(text)`
_TS_NUMBER_CALLS = frozenset(
    {
        b"Math.ceil",
        b"Math.floor",
        b"Math.round",
        b"Math.trunc",
        b"Math.max",
        b"Math.min",
        b"Math.abs",
        b"Math.sqrt",
        b"Math.pow",
        b"Number",
        b"parseInt",
        b"parseFloat",
        b"Number.parseInt",
        b"Number.parseFloat",
        b"Date.now",
    }
)


# array methods that, given a callback, always give a new array (`rows.map((r) => ...)`)
_TS_ARRAY_METHODS = frozenset({b"map", b"filter", b"flatMap", b"toSorted"})
# static calls that always give an array: `Object.keys(x)`, `Array.from(xs)`
_TS_ARRAY_CALLS = frozenset(
    {b"Object.keys", b"Object.values", b"Object.entries", b"Array.from", b"Array.of"}
)


def _ts_gives_array(node: tree_sitter.Node, data: bytes) -> bool:
    """A call whose value is always an array: an array method with a callback
    (`.map((r) => ...)`, `.filter(...)`) or `Object.keys(...)` / `Array.from(...)`."""
    callee = node.child_by_field_name("function")
    if callee is None or callee.type != "member_expression":
        return False
    if data[callee.start_byte : callee.end_byte] in _TS_ARRAY_CALLS:
        return True
    prop = callee.child_by_field_name("property")
    if prop is None or data[prop.start_byte : prop.end_byte] not in _TS_ARRAY_METHODS:
        return False
    args = node.child_by_field_name("arguments")
    first = args.named_children[0] if args is not None and args.named_children else None
    return first is not None and first.type in ("arrow_function", "function_expression")


def _ts_node_kind(node: tree_sitter.Node, data: bytes) -> str | None:
    """The JSON type of a literal, of a comparison / negation (a boolean), of
    arithmetic or a `Math` call (a number), or of a call that always gives an array."""
    if node.type == "call_expression":
        if _ts_gives_array(node, data):
            return "array"
        callee = node.child_by_field_name("function")
        if callee is not None and data[callee.start_byte : callee.end_byte] in _TS_NUMBER_CALLS:
            return "number"
        return None
    if node.type == "binary_expression":
        operator = node.child_by_field_name("operator")
        if operator is not None and operator.type in _TS_BOOLEAN_OPERATORS:
            return "boolean"
        if operator is not None and operator.type in _TS_NUMBER_OPERATORS:
            return "number"
        return None
    if node.type == "unary_expression":
        operator = node.child_by_field_name("operator")
        if operator is not None and operator.type in ("-", "+", "~"):
            return "number"
        return "boolean" if operator is not None and operator.type == "!" else None
    built = _ts_built(node, data)
    if built is not None:
        return "string" if built == "Date" else "object"
    return _TS_KINDS.get(node.type)


# what the Bun / Deno wrapper's `JSON.stringify` makes of a built-in object: a `Date`
# its ISO text (`toJSON`), a `Map` / `Set` `{}` (JSON keeps none of their entries)
_TS_SERIALIZED_AS = {b"Date": "Date", b"Map": "Map", b"Set": "Set", b"WeakMap": "Map"}


def _ts_built(node: tree_sitter.Node, data: bytes) -> str | None:
    """`Date`, `Map` or `Set` for `new Date(...)` / `new Map(...)` / `new Set(...)`."""
    if node.type != "new_expression":
        return None
    ctor = node.child_by_field_name("constructor")
    name = data[ctor.start_byte : ctor.end_byte] if ctor is not None else b""
    return _TS_SERIALIZED_AS.get(name)


def ts_serialized_builtin(language: str, code: str, field: str | None = None) -> str | None:
    """`Date`, `Map` or `Set` when every `return` of a TypeScript `main` gives one (or
    gives one as `field` of an object literal): the step's result holds its JSON form."""
    if language not in TYPESCRIPT:
        return None
    found = _typescript_return_values(code)
    if not found:
        return None
    values, data = found
    kinds: set[str | None] = set()
    for value in values:
        if value is None:
            return None
        item = _ts_field_value(value, field, data) if field is not None else value
        kinds.add(_ts_built(_unwrapped(item), data) if item is not None else None)
    if len(kinds) != 1:
        return None
    return next(iter(kinds))


def _unwrapped(node: tree_sitter.Node) -> tree_sitter.Node:
    """`([1, 2])`, `[1, 2] as const`, `[1] satisfies X`: the array itself."""
    while node.type in ("parenthesized_expression", "as_expression", "satisfies_expression"):
        inner = next(iter(node.named_children), None)
        if inner is None:
            break
        node = inner
    return node


def _ts_main(
    root: tree_sitter.Node, data: bytes, entry: bytes = b"main"
) -> tree_sitter.Node | None:
    """The top-level `main`: `export async function main(...)`, or a `main` bound to an
    arrow / function expression."""
    for child in root.children:
        node = child
        if node.type == "export_statement":
            node = node.child_by_field_name("declaration") or node
        if node.type == "function_declaration":
            name = node.child_by_field_name("name")
            if name is not None and data[name.start_byte : name.end_byte] == entry:
                return node
        if node.type in ("lexical_declaration", "variable_declaration"):
            for declarator in node.named_children:
                name = declarator.child_by_field_name("name")
                value = declarator.child_by_field_name("value")
                if (
                    name is not None
                    and value is not None
                    and data[name.start_byte : name.end_byte] == entry
                    and value.type in ("arrow_function", "function_expression")
                ):
                    return value
    return None


@lru_cache(maxsize=1024)
def returned_field_literals(language: str, code: str, field: str) -> frozenset[str | float] | None:
    """The string or number literals `field` of the object `main` returns can hold,
    when every `return` gives an object literal whose `field` is one (or a
    conditional expression choosing between such literals); None otherwise."""
    out: set[str | float] = set()
    if language in PYTHON:
        values = _python_return_values(code)
        if not values:
            return None
        for value in values:
            item = _python_field(value, field)
            for choice in _python_alternatives(item):
                literal = _python_literal(choice)
                if literal is None:
                    return None
                out.add(literal)
    elif language in TYPESCRIPT:
        found = _typescript_return_values(code)
        if not found:
            return None
        nodes, data = found
        for node in nodes:
            ts_item = _ts_field_value(node, field, data) if node is not None else None
            for ts_choice in _ts_alternatives(ts_item):
                ts_node = _unwrapped(ts_choice) if ts_choice is not None else None
                literal = literal_value(ts_node, data) if ts_node is not None else None
                if literal is None:
                    return None
                out.add(literal)
    else:
        return None
    return frozenset(out) if out else None


def _python_literal(value: ast.expr | None) -> str | float | None:
    if not isinstance(value, ast.Constant) or isinstance(value.value, bool):
        return None
    if isinstance(value.value, str):
        return value.value
    if isinstance(value.value, (int, float)):
        return float(value.value)
    return None


@lru_cache(maxsize=1024)
def returned_item_keys(
    language: str, code: str, field: str | None = None, inner: str | None = None
) -> frozenset[str] | None:
    """The keys the items of the list `main` returns can have, when every `return`
    gives a list whose items are object literals with their keys written out: a list
    literal of them (`[]` adds none), a Python list comprehension building one
    (`[{"sku": r["sku"]} for r in rows]`), a TypeScript `.map` whose callback gives one
    (`rows.map((r) => ({ sku: r.sku }))`); for a PostgreSQL / MySQL step that gives
    rows, the columns its last statement selects. With `field`, the list is that field
    of every returned object literal; with `inner`, the list is that field of each of
    those items (`{"invoices": [...]}` in each customer). None when any of it is
    unknown."""
    if language in SQL_ROWS:
        if field is not None or inner is not None or not sql_gives_rows(language, code):
            return None
        return sql_row_columns(language, code)
    items: list[frozenset[str] | None] = []
    if language in PYTHON:
        values = _python_return_values(code)
        if not values:
            return None
        builtin_dict = not _binds_dict(ast.parse(code))
        for value in values:
            if field is not None:
                value = _python_field(_python_dict(value, builtin_dict), field)
            elements = _python_elements(value, builtin_dict)
            if inner is not None:
                nested: list[ast.expr | None] = []
                for element in elements:
                    item = _python_field(element, inner)
                    nested.extend(_python_elements(item, builtin_dict))
                elements = nested
            items.extend(_python_keys([e]) for e in elements)
    elif language in TYPESCRIPT:
        found = _typescript_return_values(code)
        if not found:
            return None
        values_ts, data = found
        for node in values_ts:
            if field is not None and node is not None:
                node = _ts_field_value(node, field, data)
            ts_elements = _ts_elements(node, data)
            if inner is not None:
                ts_nested: list[tree_sitter.Node | None] = []
                for ts_element in ts_elements:
                    ts_item = _ts_field_value(ts_element, inner, data) if ts_element else None
                    ts_nested.extend(_ts_elements(ts_item, data))
                ts_elements = ts_nested
            items.extend(_typescript_keys([e], data) for e in ts_elements)
    else:
        return None
    if not items or any(k is None for k in items):
        return None
    keys: set[str] = set()
    for k in items:
        keys |= k or frozenset()
    return frozenset(keys)


def item_field_may_be_object(language: str, code: str, field: str | None, mapped: str) -> bool:
    """Whether `mapped` of some item of the list `main` returns (or of its `field`) is
    written as an object: a dict / object literal, a list, or a call building one
    (`dict(...)`), so a field read on that value may be meant."""
    if language in PYTHON:
        values = _python_return_values(code)
        builtin_dict = not _binds_dict(ast.parse(code))
        for value in values:
            if field is not None:
                value = _python_field(_python_dict(value, builtin_dict), field)
            for element in _python_elements(value, builtin_dict):
                item = _python_field(_python_dict(element, builtin_dict), mapped)
                if isinstance(item, (ast.Dict, ast.DictComp, ast.List, ast.ListComp)):
                    return True
                if isinstance(item, ast.Call) and isinstance(item.func, ast.Name):
                    if item.func.id in ("dict", "list"):
                        return True
        return False
    if language in TYPESCRIPT:
        found = _typescript_return_values(code)
        if not found:
            return False
        nodes, data = found
        for ts_node in nodes:
            if field is not None and ts_node is not None:
                ts_node = _ts_field_value(ts_node, field, data)
            for ts_element in _ts_elements(ts_node, data):
                ts_item = (
                    _ts_field_value(ts_element, mapped, data) if ts_element is not None else None
                )
                if ts_item is not None and _unwrapped(ts_item).type in ("object", "array"):
                    return True
        return False
    return False


def _python_dict(value: ast.expr | None, builtin_dict: bool) -> ast.expr | None:
    return _dict_call_as_literal(value) if builtin_dict else value


def _python_elements(value: ast.expr | None, builtin_dict: bool) -> list[ast.expr | None]:
    """The items of a list literal or comprehension (one None for any other value)."""
    if isinstance(value, ast.List):
        elements: list[ast.expr | None] = list(value.elts)
    elif isinstance(value, ast.ListComp):
        elements = [value.elt]
    else:
        return [None]
    return [_python_dict(e, builtin_dict) for e in elements]


def _ts_elements(node: tree_sitter.Node | None, data: bytes) -> list[tree_sitter.Node | None]:
    """The items of an array literal, or what a `.map` callback returns (one None for
    any other value)."""
    if node is None:
        return [None]
    value = _unwrapped(node)
    if value.type == "array":
        return list(value.named_children)
    if value.type != "call_expression":
        return [None]
    callee = value.child_by_field_name("function")
    prop = callee.child_by_field_name("property") if callee is not None else None
    if callee is None or callee.type != "member_expression" or prop is None:
        return [None]
    if data[prop.start_byte : prop.end_byte] != b"map":
        return [None]
    args = value.child_by_field_name("arguments")
    callback = args.named_children[0] if args is not None and args.named_children else None
    if callback is None or callback.type not in ("arrow_function", "function_expression"):
        return [None]
    body = callback.child_by_field_name("body")
    if body is None:
        return [None]
    if body.type != "statement_block":
        return [body]
    last = body.named_children[-1] if body.named_children else None
    if last is None or last.type != "return_statement":
        return [None]
    returns: list[tree_sitter.Node | None] = []
    stack = list(body.children)
    while stack:
        child = stack.pop()
        if child.type == "return_statement":
            returns.append(next(iter(child.named_children), None))
            continue
        if child.type not in _TS_FUNCTIONS:
            stack.extend(child.children)
    return returns


_SQL_LINE_COMMENT = re.compile(r"--[^\n]*")
_SQL_BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_SQL_STRING = re.compile(r"'(?:[^']|'')*'")
_SQL_IDENT = r'(?:"(?:[^"]|"")+"|`[^`]+`|[A-Za-z_][\w$]*)'
_SQL_COLUMN = re.compile(rf"(?:{_SQL_IDENT}\s*\.\s*)*({_SQL_IDENT})")
_SQL_ALIAS = re.compile(rf"^(.*?)\s+(?:as\s+)?({_SQL_IDENT})$", re.I | re.S)
_SQL_OPERATOR_WORDS = frozenset(
    {
        "and",
        "or",
        "not",
        "is",
        "like",
        "ilike",
        "in",
        "between",
        "then",
        "else",
        "when",
        "collate",
        "at",
        "zone",
        "distinct",
        "similar",
        "to",
        "escape",
    }
)
_SQL_KEYWORDS = frozenset(
    {"select", "from", "distinct", "all", "as", "case", "end", "null", "true", "false"}
)


def _sql_statements(code: str) -> list[str]:
    """The statements of a query (comments and string contents left out)."""
    text = _SQL_BLOCK_COMMENT.sub(" ", _SQL_LINE_COMMENT.sub(" ", code))
    text = _SQL_STRING.sub("''", text)
    return [s for s in _split_top_level(text, ";") if s.strip()]


def sql_statement_columns(language: str, code: str) -> list[frozenset[str] | None]:
    """The columns of the rows each statement of the query gives (None where unknown)."""
    return [_statement_columns(s, language) for s in _sql_statements(code)]


def sql_row_columns(language: str, code: str) -> frozenset[str] | None:
    """The column names of the rows a PostgreSQL / MySQL query's last statement gives,
    when it is a plain `SELECT a, t.b, f(x) AS c FROM ...` (or ends with `RETURNING
    ...`) whose every column is named: None for `*`, `DISTINCT ON`, a `WITH`, an
    unnamed expression. PostgreSQL folds unquoted names to lower case."""
    statements = _sql_statements(code)
    if not statements:
        return None
    return _statement_columns(statements[-1], language)


def _statement_columns(statement: str, language: str) -> frozenset[str] | None:
    last = statement.strip()
    lowered = last.lower()
    if lowered.startswith("select"):
        select = last[len("select") :]
        end = _top_level_keyword(select, ("from", "where", "group", "order", "limit", "union"))
        columns = select[:end] if end is not None else select
        head = columns.lstrip().lower()
        if head.startswith("distinct on") or head.startswith("distinctrow"):
            return None
        for word in ("distinct", "all"):
            if head.startswith(word + " "):
                columns = columns.lstrip()[len(word) :]
                break
    else:
        at = _top_level_keyword(last, ("returning",))
        if at is None:
            return None
        columns = last[at + len("returning") :]
    names: set[str] = set()
    for item in _split_top_level(columns, ","):
        name = _sql_column_name(item.strip(), language)
        if name is None:
            return None
        names.add(name)
    return frozenset(names) if names else None


def _sql_column_name(item: str, language: str) -> str | None:
    if not item or item.endswith("*"):
        return None
    whole = _SQL_COLUMN.fullmatch(item)
    if whole is None:
        alias = _SQL_ALIAS.match(item)
        if alias is None or not alias.group(1).strip():
            return None
        name = alias.group(2)
        before = alias.group(1).rstrip().lower()
        last_word = re.split(r"\W+", before)[-1] if before else ""
        if name.lower() in _SQL_KEYWORDS or last_word in _SQL_OPERATOR_WORDS:
            return None  # `a IS NULL`, `a AND b`: an unnamed expression, not an alias
    else:
        name = whole.group(1)
        if name.lower() in _SQL_KEYWORDS:
            return None
    if name[0] in '"`':
        return name[1:-1].replace('""', '"')
    return fold_unquoted(name, language)


def folded_column_hint(name: str, columns: frozenset[str], language: str) -> str | None:
    """For a field read with another case than the column a PostgreSQL / Snowflake query
    gives (`riders` for Snowflake's `RIDERS`): why, and what to write instead."""
    if language not in ("postgresql", "snowflake"):
        return None
    found = [c for c in columns if c != name and c.lower() == name.lower()]
    if len(found) != 1 or fold_unquoted(name, language) != found[0]:
        return None
    case = "lower" if language == "postgresql" else "upper"
    return (
        f"; {SQL_ROWS[language]} folds a column name written without quotes to {case} "
        f'case: read `{found[0]}`, or quote the name in the query (`AS "{name}"`)'
    )


def fold_unquoted(name: str, language: str) -> str:
    """The name a warehouse gives an unquoted column: PostgreSQL folds it to lower case,
    Snowflake to upper case (its result schema, `resultSetMetaData.rowType`, names the
    column so: `count(*) AS riders` is `RIDERS`); MySQL and BigQuery keep it as written."""
    if language == "postgresql":
        return name.lower()
    if language == "snowflake":
        return name.upper()
    return name


def _split_top_level(text: str, separator: str) -> list[str]:
    """`text` cut at each `separator` outside parentheses."""
    out: list[str] = []
    depth = 0
    start = 0
    for i, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == separator and depth == 0:
            out.append(text[start:i])
            start = i + 1
    out.append(text[start:])
    return out


def _top_level_keyword(text: str, words: tuple[str, ...]) -> int | None:
    """Where the first of `words` starts as a whole word outside parentheses."""
    depth = 0
    lowered = text.lower()
    for i, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0 and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            for word in words:
                end = i + len(word)
                if lowered.startswith(word, i) and (
                    end == len(text) or not (text[end].isalnum() or text[end] == "_")
                ):
                    return i
    return None


# Go: windmill-worker `go_executor.rs` wraps `main`, whose first result it encodes
# with `encoding/json`: a map or struct literal gives an object, a slice or array
# literal a list. `return nil, err` is the failing path (the job fails, no result).
_GO_FUNC_MAIN = re.compile(r"^func main\(", re.M)
_GO_RETURN = re.compile(r"\breturn\b")
_GO_COMPOSITE = re.compile(r"&?(?:[A-Za-z_]\w*\.)?[A-Za-z_]\w*\s*\{")
_GO_STRING_KEY = re.compile(r'\s*"((?:[^"\\\n]|\\.)*)"\s*:')
_GO_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def _go_skip(code: str, i: int) -> int:
    """The index after a string, rune or comment starting at `i`, else `i`."""
    c = code[i]
    if c == "`":
        end = code.find("`", i + 1)
        return len(code) if end < 0 else end + 1
    if c in "\"'":
        j = i + 1
        while j < len(code) and code[j] != c and code[j] != "\n":
            j += 2 if code[j] == "\\" else 1
        return j + 1
    if code.startswith("//", i):
        end = code.find("\n", i)
        return len(code) if end < 0 else end
    if code.startswith("/*", i):
        end = code.find("*/", i + 2)
        return len(code) if end < 0 else end + 2
    return i


def _go_close(code: str, i: int) -> int | None:
    """The index of the bracket closing the one at `i`, skipping strings and comments."""
    depth = 0
    while i < len(code):
        j = _go_skip(code, i)
        if j != i:
            i = j
            continue
        if code[i] in "([{":
            depth += 1
        elif code[i] in ")]}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


def _go_top_split(text: str) -> list[str]:
    """`text` split at its top-level commas."""
    parts: list[str] = []
    depth, start, i = 0, 0, 0
    while i < len(text):
        j = _go_skip(text, i)
        if j != i:
            i = j
            continue
        c = text[i]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
        i += 1
    parts.append(text[start:])
    return [p.strip() for p in parts]


@lru_cache(maxsize=256)
def _go_return_values(code: str) -> tuple[str, ...]:
    """The first value of every `return` of `main` that does not fail (`return x,
    nil`; not `return nil, err`), as written; empty when `main` cannot be read, holds
    a function literal (whose returns are not `main`'s), or has no such `return`."""
    found = _GO_FUNC_MAIN.search(code)
    if found is None:
        return ()
    params_end = _go_close(code, found.end() - 1)
    if params_end is None:
        return ()
    i = params_end + 1
    while i < len(code) and code[i] != "{":  # the result types: `(interface{}, error)`
        if code[i] == "(":
            close = _go_close(code, i)
            if close is None:
                return ()
            i = close
        i += 1
    body_end = _go_close(code, i) if i < len(code) else None
    if body_end is None:
        return ()
    body = code[i + 1 : body_end]
    values: list[str] = []
    k = 0
    while k < len(body):
        j = _go_skip(body, k)
        if j != k:
            k = j
            continue
        if body.startswith("func", k) and not (k and (body[k - 1].isalnum() or body[k - 1] == "_")):
            rest = body[k + 4 : k + 5]
            if rest in ("(", " ") and re.match(r"func\s*\(", body[k:]):
                return ()  # a function literal: its returns are its own
        match = _GO_RETURN.match(body, k)
        if match and not (k and (body[k - 1].isalnum() or body[k - 1] == "_")):
            end = _go_statement_end(body, match.end())
            parts = _go_top_split(body[match.end() : end])
            k = end
            if len(parts) != 2:
                return ()  # a bare `return` (named results) or another shape: not judged
            first, second = parts
            if first == "nil" and second != "nil":
                continue  # the error path
            values.append(first)
            continue
        k += 1
    return tuple(values)


def _go_statement_end(body: str, i: int) -> int:
    """Where the statement starting at `i` ends: a newline or `;` outside brackets."""
    depth = 0
    while i < len(body):
        j = _go_skip(body, i)
        if j != i:
            i = j
            continue
        c = body[i]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                return i
            depth -= 1
        elif c in "\n;" and depth == 0:
            return i
        i += 1
    return i


def _go_kind(value: str, field: str | None) -> str | None:
    """The JSON type of a Go value written as a literal (of `field` of it, a map
    literal's entry), else None."""
    if field is not None:
        entries = _go_map_entries(value)
        entry = entries.get(field) if entries is not None else None
        return _go_kind(entry, None) if entry is not None else None
    if value.startswith("map["):
        return "object"
    if value.startswith("[") and re.match(r"\[\d*\]", value):
        return "array"
    if value.startswith(('"', "`")):
        close = _go_skip(value, 0)
        return "string" if close == len(value) else None
    if value in ("true", "false"):
        return "boolean"
    if _GO_NUMBER.fullmatch(value):
        return "number"
    if _GO_COMPOSITE.match(value) and _go_close(value, value.index("{")) == len(value) - 1:
        return "object"  # a struct literal (`Reading{...}`, `&Reading{...}`)
    return None


def _go_map_entries(value: str) -> dict[str, str] | None:
    """The entries of a map literal with string keys (`map[string]any{"a": x}`)."""
    if not value.startswith("map["):
        return None
    open_at = _go_close(value, 3)
    if open_at is None:
        return None
    brace = value.find("{", open_at)
    while brace >= 0 and _go_close(value, brace) != len(value) - 1:
        brace = value.find("{", brace + 1)  # past the element type (`interface{}`)
    if brace < 0:
        return None
    entries: dict[str, str] = {}
    for part in _go_top_split(value[brace + 1 : -1]):
        if not part:
            continue
        key = _GO_STRING_KEY.match(part)
        if key is None:
            return None
        entries[key.group(1)] = part[key.end() :].strip()
    return entries


def _go_keys(values: tuple[str, ...]) -> frozenset[str] | None:
    """The keys of the map literals every `return` gives, when each is one."""
    if not values:
        return None
    keys: set[str] = set()
    for value in values:
        entries = _go_map_entries(value)
        if entries is None:
            return None
        keys.update(entries)
    return frozenset(keys)


# What Windmill's Python wrapper makes of a value JSON has no form for: it writes the
# result with `json.dumps(res, separators=(',', ':'), default=str)` (windmill-worker
# `python_executor.rs`, `res_to_json`), after turning a pandas / polars DataFrame into
# the list of its rows (`res.values.tolist()` / `res.rows()`, values without the column
# names). So a set, a generator, a `Decimal`, an instance of a class of the script (a
# dataclass, a pydantic model) or a member of a plain `Enum` reaches the flow as its
# text (`str(...)`), and a namedtuple (a tuple) as the list of its values.


@dataclass(frozen=True)
class PyJsonForm:
    """What a returned Python value is (`what`) and what the flow gets (`kind`: its
    JSON type; `becomes`: words for it; `texts`: the strings an enum member becomes)."""

    kind: str
    what: str
    becomes: str
    rows: bool = False  # a list whose entries are lists (a DataFrame's rows)
    texts: frozenset[str] = frozenset()
    fix: str = ""
    how: str = "writes (`json.dumps(..., default=str)`) as"

    def words(self, step: str, field: str | None = None) -> str:
        """Why the flow gets another value than the code seems to return."""
        what = f"`{field}` as {self.what}" if field else self.what
        how = "turns into" if self.rows else self.how
        return (
            f"every `return` of step `{step}`'s `main` gives {what}, which Windmill's "
            f"Python wrapper {how} {self.becomes}"
        )


_PY_ENUM_BASES = frozenset({"Enum", "Flag"})
_PY_NATIVE_ENUM_BASES = frozenset({"StrEnum", "IntEnum", "IntFlag", "str", "int", "float"})
# bases whose instances JSON writes as it writes the base (a dict, a list, a string...)
_PY_NATIVE_BASES = frozenset(
    {"dict", "list", "tuple", "str", "int", "float", "bool", "OrderedDict", "defaultdict"}
    | {"Counter", "TypedDict", "UserString"}
)
# (not pydantic's `BaseModel`: it defines `__iter__`, and the wrapper streams a result
# that is iterable but no list, tuple, dict, set or string; see `_py_json_form`)
_PY_TEXT_BASES = frozenset({"object"})
# pandas functions that build a DataFrame, and DataFrame methods that give one
_PD_BUILDERS = frozenset(
    {"DataFrame", "read_csv", "read_json", "read_excel", "read_parquet", "read_sql"}
    | {"read_sql_query", "read_table", "concat", "merge", "json_normalize", "from_dicts"}
)
_PD_FRAME_METHODS = frozenset(
    {"sort_values", "sort_index", "reset_index", "merge", "join", "head", "tail", "drop"}
    | {"dropna", "fillna", "rename", "assign", "query", "copy", "drop_duplicates", "round"}
    | {"astype", "pivot_table", "nlargest", "nsmallest", "sample", "filter", "with_columns"}
    | {"sort", "select", "unique"}
)
_PD_AGGREGATES = frozenset({"sum", "mean", "count", "min", "max", "median", "agg", "size"})


class _PyClasses:
    """The classes the script defines, read for what JSON makes of their instances."""

    def __init__(self, tree: ast.Module):
        self.text: dict[str, str] = {}  # class -> words ("dataclass", "class")
        self.tuples: set[str] = set()  # namedtuples
        self.enums: dict[str, frozenset[str]] = {}  # plain enums -> "Status.OK" texts
        self.frames: set[str] = set()  # names bound to the pandas / polars modules
        self.decimal: set[str] = set()  # names bound to `decimal.Decimal`
        classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
        # module-level names bound once, by `NAME = value` (`RATE = Decimal("32.50")`)
        bound: dict[str, list[ast.expr]] = {}
        for stmt in tree.body:
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
                if isinstance(stmt.targets[0], ast.Name):
                    bound.setdefault(stmt.targets[0].id, []).append(stmt.value)
        self.constants = {k: v[0] for k, v in bound.items() if len(v) == 1}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name in ("pandas", "polars"):
                        self.frames.add(alias.asname or alias.name)
            if isinstance(node, ast.ImportFrom) and node.module == "decimal":
                for alias in node.names:
                    if alias.name == "Decimal":
                        self.decimal.add(alias.asname or alias.name)
        for node in tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
                if (
                    isinstance(target, ast.Name)
                    and isinstance(value, ast.Call)
                    and _dotted_tail(value.func) in ("namedtuple", "NamedTuple")
                ):
                    self.tuples.add(target.id)
        for name, node in classes.items():
            self._judge(name, node, classes, set())

    def _judge(
        self, name: str, node: ast.ClassDef, classes: dict[str, ast.ClassDef], seen: set[str]
    ) -> str:
        if name in self.text:
            return "text"
        if name in self.tuples:
            return "tuple"
        if name in self.enums:
            return "enum"
        if name in seen:
            return "unknown"
        seen.add(name)
        bases = [_dotted_tail(b) for b in node.bases]
        if node.keywords or any(b is None for b in bases):
            return "unknown"
        names = [b for b in bases if b is not None]
        if "NamedTuple" in names:
            self.tuples.add(name)
            return "tuple"
        if any(b in _PY_ENUM_BASES for b in names):
            if all(b in _PY_ENUM_BASES for b in names):
                members = [
                    t.id
                    for stmt in node.body
                    if isinstance(stmt, ast.Assign)
                    for t in stmt.targets
                    if isinstance(t, ast.Name) and not t.id.startswith("_")
                ]
                self.enums[name] = frozenset(f"{name}.{m}" for m in members)
                return "enum"
            return "unknown"
        if any(b in _PY_NATIVE_BASES or b in _PY_NATIVE_ENUM_BASES for b in names):
            return "native"
        for base in names:
            if base in _PY_TEXT_BASES:
                continue
            if base not in classes or self._judge(base, classes[base], classes, seen) != "text":
                return "unknown"
        if any(
            isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt.name == "__iter__"
            for stmt in node.body
        ):
            return "unknown"  # iterable: the wrapper streams it
        decorated = any(
            _dotted_tail(d) in ("dataclass", "define", "frozen") for d in node.decorator_list
        )
        self.text[name] = "dataclass" if decorated else "class"
        return "text"


def _dotted_tail(node: ast.expr) -> str | None:
    """`dataclass` for `dataclass`, `dataclasses.dataclass`, `dataclass(frozen=True)`."""
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _py_local(main: ast.FunctionDef | ast.AsyncFunctionDef, name: str) -> ast.expr | None:
    """The value of a local of `main` bound exactly once, by a plain `name = value`."""
    if any(a.arg == name for a in ast.walk(main.args) if isinstance(a, ast.arg)):
        return None
    found: list[ast.expr] = []
    plain: set[int] = set()
    for node in ast.walk(main):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id == name:
                found.append(node.value)
                plain.add(id(target))
    for node in ast.walk(main):
        if id(node) in plain:
            continue
        if isinstance(node, ast.Name) and node.id == name and not isinstance(node.ctx, ast.Load):
            return None  # bound another way too (a loop, `+=`, a tuple target)
        if isinstance(node, (ast.Global, ast.Nonlocal)) and name in node.names:
            return None
    return found[0] if len(found) == 1 else None


def _py_binds(main: ast.FunctionDef | ast.AsyncFunctionDef, name: str) -> bool:
    """`main` binds `name` itself (a parameter, an assignment, a loop target)."""
    if any(a.arg == name for a in ast.walk(main.args) if isinstance(a, ast.arg)):
        return True
    return any(
        isinstance(n, ast.Name) and n.id == name and not isinstance(n.ctx, ast.Load)
        for n in ast.walk(main)
    )


def _py_json_form(
    value: ast.expr | None,
    classes: _PyClasses,
    main: ast.FunctionDef | ast.AsyncFunctionDef,
    depth: int = 12,
    top: bool = True,
) -> PyJsonForm | None:
    if value is None or depth == 0:
        return None
    if isinstance(value, ast.Name):
        local = _py_local(main, value.id)
        if local is None and not _py_binds(main, value.id):
            local = classes.constants.get(value.id)
        return _py_json_form(local, classes, main, depth - 1, top)
    text = "its text (`str(...)`)"
    if isinstance(value, ast.BinOp):
        # arithmetic with a `Decimal` gives a `Decimal` (or raises, with a float)
        for side in (value.left, value.right):
            found = _py_json_form(side, classes, main, depth - 1)
            if found is not None and found.what == "a `Decimal`":
                return found
        return None
    if isinstance(value, (ast.Set, ast.SetComp)):
        return PyJsonForm("string", "a set", text, fix="return a list (`sorted(...)`)")
    if isinstance(value, ast.GeneratorExp):
        # `hasattr(res, '__iter__')` and no list / tuple / dict / set / string: the
        # wrapper streams the items (`print("WM_STREAM: " + chunk...)`, so an item that
        # is not a string fails the step) and the result is no list; older wrappers
        # wrote `str(res)`
        if not top:  # a field of a dict: `json.dumps(..., default=str)` writes its text
            return PyJsonForm("string", "a generator", text, fix="return a list (`list(...)`)")
        return PyJsonForm(
            "string",
            "a generator",
            "it streams the items as text (an item that is not a string fails the step), "
            "or, in older workers, writes its `str(...)`",
            fix="return a list (`list(...)`)",
            how="does not write as a list:",
        )
    if isinstance(value, ast.Attribute) and isinstance(value.value, ast.Name):
        texts = classes.enums.get(value.value.id)
        if texts is not None and f"{value.value.id}.{value.attr}" in texts:
            return PyJsonForm(
                "string",
                f"a member of the enum `{value.value.id}` (a plain `Enum`)",
                f"its text, `'{value.value.id}.{value.attr}'`",
                texts=frozenset({f"{value.value.id}.{value.attr}"}),
                fix=f"return `.value`, or declare `class {value.value.id}(str, Enum)`",
            )
        return None
    if isinstance(value, ast.IfExp):
        return _one_form(
            [
                _py_json_form(value.body, classes, main, depth - 1, top),
                _py_json_form(value.orelse, classes, main, depth - 1, top),
            ]
        )
    if not isinstance(value, ast.Call):
        return None
    func = value.func
    if isinstance(func, ast.Name):
        if func.id in ("set", "frozenset"):
            return PyJsonForm("string", "a set", text, fix="return a list (`sorted(...)`)")
        if func.id in classes.decimal:
            return PyJsonForm("string", "a `Decimal`", text, fix="return `float(...)`")
        if func.id in classes.tuples:
            return PyJsonForm(
                "array",
                f"a `{func.id}` namedtuple",
                "the list of its values",
                fix="return a dict (`._asdict()`)",
            )
        kind = classes.text.get(func.id)
        if kind is not None:
            fix = "`dataclasses.asdict(...)`" if kind == "dataclass" else "a dict"
            what = f"an instance of the {kind} `{func.id}`"
            return PyJsonForm("string", what, text, fix=f"return {fix}")
        return None
    if not isinstance(func, ast.Attribute):
        return None
    owner = func.value
    if isinstance(owner, ast.Name) and owner.id in classes.frames:
        if func.attr in _PD_BUILDERS:
            return _frame()
        return None
    if isinstance(owner, ast.Name) and owner.id == "decimal" and func.attr == "Decimal":
        return PyJsonForm("string", "a `Decimal`", text, fix="return `float(...)`")
    if func.attr == "quantize":
        inner = _py_json_form(owner, classes, main, depth - 1)
        return inner if inner is not None and inner.what == "a `Decimal`" else None
    if func.attr in _PD_FRAME_METHODS or func.attr in _PD_AGGREGATES:
        if func.attr in _PD_AGGREGATES and not _grouped_frame(owner):
            return None
        base: ast.expr | None = owner
        if func.attr in _PD_AGGREGATES:
            base = _groupby_source(owner)
        found = _py_json_form(base, classes, main, depth - 1) if base is not None else None
        return found if found is not None and found.rows else None
    return None


def _frame() -> PyJsonForm:
    return PyJsonForm(
        "array",
        "a DataFrame",
        "the list of its rows, each a list of the row's values without the column names",
        rows=True,
        fix='return `df.to_dict(orient="records")`',
    )


def _groupby_call(node: ast.expr) -> ast.Call | None:
    return (
        node
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "groupby"
        else None
    )


def _grouped_frame(owner: ast.expr) -> bool:
    """`df.groupby(k, as_index=False)[col].sum()` or `df.groupby(k)[[a, b]].sum()` /
    `df.groupby(k).sum()`: a DataFrame (one column picked by name, without
    `as_index=False`, gives a Series)."""
    call = _groupby_call(owner)
    if call is not None:
        return True
    if isinstance(owner, ast.Subscript):
        call = _groupby_call(owner.value)
        if call is None:
            return False
        if isinstance(owner.slice, ast.List):
            return True
        return any(
            k.arg == "as_index" and isinstance(k.value, ast.Constant) and k.value.value is False
            for k in call.keywords
        )
    return False


def _groupby_source(owner: ast.expr) -> ast.expr | None:
    call = _groupby_call(owner.value if isinstance(owner, ast.Subscript) else owner)
    return call.func.value if call is not None and isinstance(call.func, ast.Attribute) else None


def _main_returns(
    code: str,
) -> tuple[list[ast.expr | None], ast.FunctionDef | ast.AsyncFunctionDef, _PyClasses] | None:
    """What every `return` of a Python step's `main` gives, `main` itself and the
    classes of the file; None when `main` may end without a `return`."""
    values = _python_return_values(code)
    if not values:
        return None
    tree = ast.parse(code)
    main = next(
        n
        for n in tree.body
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name == "main"
    )
    return values, main, _PyClasses(tree)


@lru_cache(maxsize=1024)
def python_json_form(language: str, code: str, field: str | None = None) -> PyJsonForm | None:
    """What the flow gets from a Python step whose every `return` (or every returned
    dict's `field`) gives a value JSON has no form for: one `PyJsonForm` for all of
    them, None when they differ or one is another value."""
    found = _main_returns(code) if language in PYTHON else None
    if found is None:
        return None
    values, main, classes = found
    forms = [
        _py_json_form(_python_field(v, field), classes, main, top=field is None) for v in values
    ]
    return _one_form(forms)


@lru_cache(maxsize=1024)
def python_item_form(language: str, code: str) -> PyJsonForm | None:
    """What each entry of a Python step's list result is, when every `return` gives a
    list literal or comprehension whose every item is a value JSON has no form for
    (`[Row(...) for r in rows]`, instances of a dataclass): one form for all of them."""
    found = _main_returns(code) if language in PYTHON else None
    if found is None:
        return None
    values, main, classes = found
    items: list[ast.expr | None] = []
    for value in values:
        if isinstance(value, ast.ListComp):
            items.append(value.elt)
        elif isinstance(value, ast.List) and value.elts:
            items.extend(value.elts)
        else:
            return None
    forms = [_py_json_form(item, classes, main, top=False) for item in items]
    form = _one_form(forms)
    return form if form is not None and form.kind == "string" else None


def _one_form(forms: list[PyJsonForm | None]) -> PyJsonForm | None:
    """The form all of `forms` share (an enum's members: their texts together)."""
    first = forms[0] if forms else None
    if first is None:
        return None
    if any(f is None or (f.kind, f.what) != (first.kind, first.what) for f in forms):
        return None
    texts = frozenset().union(*(f.texts for f in forms if f is not None))
    becomes = first.becomes
    if len(texts) > 1:
        shown = sorted(f"`'{t}'`" for t in texts)
        becomes = "its text, " + ", ".join(shown[:-1]) + " or " + shown[-1]
    return PyJsonForm(first.kind, first.what, becomes, first.rows, texts, first.fix, first.how)
