"""What JSON turns a value into, read from the expression that makes it: a call,
a name and what it was bound to, a literal, an operator (WAC107)."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TypeGuard

from wac_lint.languages import LanguageKind
from wac_lint.model import ScriptModel
from wac_lint.rule import RuleContext, indefinite
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._json_declared import (
    ANNOTATED_LOSSES,
    DECLARED_TS,
    DECLARED_TS_ARRAYS,
    NUMBER_KEYS,
    TIME_LOSS,
    annotated_base,
    annotated_datetime_time,
    data_only_class,
    declared_loss,
    dumped_field_loss,
    local_class,
    lost_members,
    plain_enum,
    type_loss,
    type_names,
)
from wac_lint.rules._json_library_values import (
    DATETIME_SERIES_LOSS,
    FLOAT_REDUCTION_METHODS,
    NUMPY_ARRAY,
    NUMPY_BOOL_LOSS,
    NUMPY_FLOAT_REDUCTIONS,
    PANDAS_METHODS,
    PANDAS_SERIES,
    SERIES_LOSS,
    SET_ALGEBRA,
    axios_response,
    binary_call_loss,
    date_library_loss,
    element_wise_comparison_loss,
    global_fetch,
    http_response_call,
    iterable_receiver,
    library_result_loss,
    library_value_loss,
    number_library_loss,
    numpy_scalar_loss,
    pandas_column_loss,
    pandas_method_loss,
    response_attribute_loss,
    zod_name,
)
from wac_lint.rules._json_losses import (
    EMPTY_OBJECT,
    Loss,
    enum_loss,
    iterator_loss,
    regexp_loss,
    unencodable_keys,
)
from wac_lint.rules._sdk_calls import Node
from wac_lint.semantic.scopes import BindingKind, Scope
from wac_lint.semantic.scopes import BindingKind as SemBinding
from wac_lint.tree_paths import chain_root
from wac_lint.workspace.helper_resolution import star_imported
from wac_lint.workspace.view import WorkspaceView

DATETIME_CALLS = {
    "datetime.now",
    "datetime.utcnow",
    "datetime.today",
    "datetime.fromtimestamp",
    "datetime.utcfromtimestamp",
    "datetime.fromisoformat",
    "datetime.strptime",
    "datetime.combine",
    "date.today",
    "date.fromisoformat",
    "date.fromtimestamp",
    "datetime",
    "date",
    "datetime.datetime",
    "datetime.date",
}


# Calls that return `bytes` (resolved through imports) and methods that do on any
# receiver that has them (`hashlib` / `hmac` objects, `str`, `int`, `Path`, numpy).
BYTES_CALLS = {
    "bytearray",
    "os.urandom",
    "secrets.token_bytes",
    "pickle.dumps",
    "hmac.digest",
    "hashlib.pbkdf2_hmac",
    "zlib.compress",
    "zlib.decompress",
    "gzip.compress",
    "gzip.decompress",
    "base64.b64encode",
    "base64.b64decode",
    "base64.urlsafe_b64encode",
    "base64.urlsafe_b64decode",
    "base64.b32encode",
    "base64.b16encode",
    "base64.b85encode",
    "bz2.compress",
    "bz2.decompress",
    "lzma.compress",
    "lzma.decompress",
    "struct.pack",
    "binascii.unhexlify",
    "binascii.a2b_base64",
    "binascii.b2a_base64",
    "bytes.fromhex",
    "io.BytesIO().getvalue",
    "io.BytesIO(…).getvalue",
    # wmill 1.850.0: `load_s3_file` reads the whole object (`-> bytes`)
    "wmill.load_s3_file",
    "wmill.client.load_s3_file",
}


# Objects json.dumps(default=str) turns into their string: the type changes.
STRINGIFIED_CALLS = {
    "uuid.uuid1": "a `UUID`",
    "uuid.uuid3": "a `UUID`",
    "uuid.uuid4": "a `UUID`",
    "uuid.uuid5": "a `UUID`",
    "uuid.UUID": "a `UUID`",
    "pathlib.Path": "a `Path`",
    "pathlib.PurePath": "a `Path`",
    "pathlib.PurePosixPath": "a `Path`",
    "pathlib.PureWindowsPath": "a `Path`",
    "pathlib.PosixPath": "a `Path`",
    "pathlib.WindowsPath": "a `Path`",
}
# ipaddress objects: written as their str() ("10.0.0.0/24"), their methods gone.
for _ip in (
    "ip_address",
    "ip_network",
    "ip_interface",
    "IPv4Address",
    "IPv6Address",
    "IPv4Network",
    "IPv6Network",
    "IPv4Interface",
    "IPv6Interface",
):
    STRINGIFIED_CALLS[f"ipaddress.{_ip}"] = "an `ipaddress` object"


# Objects `json.dumps(default=str)` writes as their repr: the items are lost.
REPR_CALLS = {
    "collections.deque": ("a `deque`", '"deque([...])"'),
    "range": ("a `range`", '"range(0, 10)"'),
    **{
        name: (f"{indefinite(name)} `{name}` object", f'"<{name} object at 0x...>"')
        for name in ("map", "filter", "zip", "reversed", "enumerate", "iter")
    },
}


# Containers of the standard library that are no `dict` / `list` subclass, so
# `json.dumps(default=str)` writes their repr (`"ChainMap({...}, {...})"`,
# `"namespace(a=1)"`; a `MappingProxyType`'s repr is its dict's, `"{'a': 1}"`): a string
# that neither subscripts nor has the fields. With the conversion that keeps them.
MAPPING_REPR_CALLS = {
    "collections.ChainMap": ("a `ChainMap`", '"ChainMap({...}, {...})"', "dict({})"),
    "types.MappingProxyType": ("a `MappingProxyType`", "\"{'key': ...}\"", "dict({})"),
    "collections.UserDict": ("a `UserDict`", "\"{'key': ...}\"", "dict({})"),
    "collections.UserList": ("a `UserList`", '"[...]"', "list({})"),
    "types.SimpleNamespace": ("a `SimpleNamespace`", '"namespace(key=...)"', "vars({})"),
    "argparse.Namespace": ("an `argparse.Namespace`", '"Namespace(key=...)"', "vars({})"),
}


# Python's `default=str` writes an instance of a plain class as its `str()`; TypeScript's
# `JSON.stringify` keeps its own fields (the methods and the prototype are what is lost).
INSTANCES_STRINGIFIED = {LanguageKind.PYTHON: True, LanguageKind.TYPESCRIPT: False}


# Names whose binding says what part of a value they hold: a caught `Error` (JSON keeps
# none of its fields) and a name destructured out of a value (TypeScript's).
BINDINGS_TELL = {LanguageKind.PYTHON: False, LanguageKind.TYPESCRIPT: True}
# A caught exception is written as its message by Python's `default=str` (TypeScript's
# caught `Error` is `BINDINGS_TELL`'s).
CAUGHT_STRINGIFIED = {LanguageKind.PYTHON: True, LanguageKind.TYPESCRIPT: False}


# Dict views (`d.keys()`): written as `"dict_keys([...])"`.
DICT_VIEWS = {"keys", "values", "items"}


DICT_MAKERS = {"dict", "collections.Counter", "collections.defaultdict", "collections.OrderedDict"}


BYTES_METHODS = {"encode", "digest", "to_bytes", "tobytes", "read_bytes"}


# Data-science objects json.dumps(default=str) prints: a DataFrame becomes its printed
# (and, past a few rows, truncated) table, an array its `[1 2 3]` repr.
_FRAME = ("a pandas `DataFrame`", '{}.to_dict("records")')


PRINTED_CALLS = {
    **dict.fromkeys(
        (
            "pandas.DataFrame",
            "pandas.read_csv",
            "pandas.read_json",
            "pandas.read_parquet",
            "pandas.read_excel",
            "pandas.read_sql",
            "pandas.read_sql_query",
            "pandas.read_sql_table",
            "pandas.concat",
            "pandas.merge",
            "pandas.json_normalize",
            "pandas.DataFrame.from_records",
            "pandas.DataFrame.from_dict",
        ),
        _FRAME,
    ),
    "pandas.Series": ("a pandas `Series`", "{}.tolist()"),
    **dict.fromkeys(
        (
            "polars.DataFrame",
            "polars.read_csv",
            "polars.read_json",
            "polars.read_ndjson",
            "polars.read_parquet",
            "polars.read_excel",
            "polars.read_database",
            "polars.read_ipc",
            "polars.concat",
            "polars.from_dicts",
            "polars.from_records",
            "polars.from_pandas",
            "polars.from_arrow",
        ),
        ("a polars `DataFrame`", "{}.to_dicts()"),
    ),
    "polars.Series": ("a polars `Series`", "{}.to_list()"),
    **dict.fromkeys(
        (
            "numpy.array",
            "numpy.asarray",
            "numpy.zeros",
            "numpy.ones",
            "numpy.arange",
            "numpy.linspace",
            "numpy.concatenate",
        ),
        ("a numpy array", "{}.tolist()"),
    ),
}


TYPED_ARRAYS = {
    "Uint8Array",
    "Int8Array",
    "Uint16Array",
    "Int16Array",
    "Uint32Array",
    "Int32Array",
    "Float32Array",
    "Float64Array",
    "Uint8ClampedArray",
}


TIMEDELTA_LOSS = Loss("a `timedelta`", 'a string like `"0:05:00"`', False, "{}.total_seconds()")


# `str(Fraction(1, 3))` is "1/3": arithmetic on it then repeats or fails on a string
FRACTION_LOSS = Loss("a `Fraction`", 'a string like `"1/3"`', False, "float({})")


# json.dumps writes int / float / bool / None keys as strings (default=str is not asked)
RESPONSE_LOSS = Loss("an HTTP response object", 'a string of its repr (`"<Response [200]>"`)', True)


# Libraries whose parsers and clocks answer a `datetime` (or a subclass of it).
LIBRARY_DATETIMES = frozenset(
    {
        "email.utils.parsedate_to_datetime",
        "dateutil.parser.parse",
        "dateutil.parser.isoparse",
        "pendulum.parse",
        "pendulum.now",
        "pendulum.today",
        "pendulum.datetime",
        "pendulum.instance",
        "pendulum.from_timestamp",
        "pendulum.from_format",
    }
)


# Methods of a datetime / date that answer another one.
DATETIME_METHODS = frozenset(
    {
        "astimezone",
        "replace",
        "add",
        "subtract",
        "in_timezone",
        "in_tz",
        "start_of",
        "end_of",
        "date",  # a datetime's date: a `date`
        "time",  # a datetime's time of day: a `time`
        "timetz",
    }
)


DATETIME_LOSS = Loss(
    "a `datetime`",
    'a string like `"2024-05-01 12:00:00"` (`str()`, not ISO 8601)',
    False,
    "{}.isoformat()",
)


DATE_LOSS = Loss("a `date`", 'a string like `"2024-05-01"`', False, "{}.isoformat()")


NUMBER_KEY_LITERALS = ("integer", "float", "true", "false", "none")


# What a datetime's loss says it is (also through a name, whose fix is dropped).
DATETIME_WHATS = frozenset({"a `datetime`", "a `date`"})


# Keys that are text whatever they hold (Python strings, f-strings included, and
# implicitly joined ones; TypeScript's bare and quoted property names).
TEXT_KEYS = frozenset({"string", "concatenated_string", "property_identifier"})


# Builtins whose iteration yields integers: as a comprehension's `for` target, the
# whole target (`range`) or its first element (`enumerate`).
COUNTING_ITERABLES = {"range": False, "enumerate": True}


def counted_key(model: ScriptModel, comprehension: Node, key: Node | None) -> bool:
    """The key of a dict comprehension is a counter its `for` clause binds:
    `{i: x for i, x in enumerate(xs)}`, `{n: ... for n in range(k)}`."""
    if key is None or key.type != "identifier" or model.semantic is None:
        return False
    name = model.text(key)
    for clause in comprehension.named_children:
        if clause.type != "for_in_clause":
            continue
        target = sdk.unwrap(clause.child_by_field_name("left"))
        iterable = sdk.unwrap(clause.child_by_field_name("right"))
        if target is None or iterable is None or iterable.type != "call":
            continue
        callee = sdk.callee_of(iterable)
        qualified = model.semantic.qualified_name(callee) if callee is not None else None
        first = COUNTING_ITERABLES.get(qualified or "")
        if first is None:
            continue
        if first and target.type in ("pattern_list", "tuple_pattern") and target.named_children:
            target = target.named_children[0]
        elif first:
            continue
        if target.type == "identifier" and model.text(target) == name:
            return True
    return False


def key_loss(model: ScriptModel, node: Node) -> Loss | None:
    """A dict literal or comprehension with keys JSON cannot hold (a tuple, a plain
    Enum member, a date, ...): `json.dumps` raises `TypeError` on them, `default=str`
    applying to values only (run: "keys must be str, int, float, bool or None")."""
    if node.type == "dictionary_comprehension":
        pair = next((c for c in node.named_children if c.type == "pair"), None)
        pairs = [pair] if pair is not None else []
    else:
        pairs = [c for c in node.named_children if c.type == "pair"]
    keys = [sdk.unwrap(pair.child_by_field_name("key")) for pair in pairs]
    if node.type == "dictionary_comprehension" and keys and counted_key(model, node, keys[0]):
        return NUMBER_KEYS  # `{i: chunk for i, chunk in enumerate(chunks)}`
    if node.type == "dictionary_comprehension" and keys and whole_number(model, keys[0]):
        return NUMBER_KEYS  # `{int(r["ttl"]): r for r in rows}`
    if (
        node.type == "dictionary"
        and keys
        and all(k is not None and k.type in NUMBER_KEY_LITERALS for k in keys)
    ):
        return NUMBER_KEYS  # `{1: "bronze", 2: "silver"}`: the keys come back as strings
    for key in keys:
        if key is None or key.type in TEXT_KEYS:
            continue  # the usual `{"order": ...}`: a text key, nothing to classify
        if key.type == "tuple":
            kind = "a `tuple`"
        else:
            loss = classify(model, key)
            if loss is None or loss.raises:
                continue
            kind = loss.what
        return unencodable_keys(f"a dict keyed by {kind}")
    return None


def dict_receiver(model: ScriptModel, callee: Node) -> bool:
    """`d.keys()` where `d` is a dict: a dict literal or comprehension, `dict(...)` /
    `Counter(...)` / ..., or a name bound to one or annotated `dict` (a library's
    `keys()` may return a list: not guessed)."""
    receiver = sdk.unwrap(callee.child_by_field_name("object"))
    if receiver is not None and receiver.type == "identifier":
        bound = sdk.bound_value(model, model.text(receiver), receiver)
        if bound is None:
            return _annotated_dict(model, receiver)
        receiver = sdk.unwrap(bound)
    if receiver is None:
        return False
    if receiver.type in ("dictionary", "dictionary_comprehension"):
        return True
    maker = sdk.callee_of(receiver) if receiver.type == "call" else None
    semantic = model.semantic
    name = semantic.qualified_name(maker) if semantic is not None and maker is not None else None
    return name in DICT_MAKERS


def _annotated_dict(model: ScriptModel, name: Node) -> bool:
    semantic = model.semantic
    binding = semantic.lookup(model.text(name), semantic.scope_at(name)) if semantic else None
    holder = binding.node.parent if binding is not None and binding.node is not None else None
    annotation = holder.child_by_field_name("type") if holder is not None else None
    if annotation is None:
        return False
    return annotated_base(model.text(annotation)) in ("dict", "Dict")


def imported_result_loss(
    ctx: RuleContext, expr: Node, memo: dict[object, Loss | None]
) -> Loss | None:
    """What JSON loses of the result of `helper(...)`, a plain function another module of
    the workspace defines (`from f.lib.clock import cutoff`, `import { parseDay } from
    "/f/lib/dates.ts"`): what it returns, or its declared return type. Not a task of that
    module, whose result already comes back through JSON."""
    if expr.type not in ("call", "call_expression"):
        return None
    callee = sdk.callee_of(expr)
    return imported_function_loss(ctx, callee, memo) if callee is not None else None


def imported_function_loss(
    ctx: RuleContext, callee: Node, memo: dict[object, Loss | None]
) -> Loss | None:
    """What JSON loses of what calling `callee` returns, when it names a plain function
    of another module of the workspace (`cutoff`, `clock.utc_now` of `import f.lib.clock
    as clock`); None otherwise."""
    model, workspace = ctx.model, ctx.workspace
    semantic = model.semantic
    if workspace is None or semantic is None:
        return None
    base = chain_root(callee)
    if base is None:
        return None
    binding = semantic.resolve(base)
    if binding is None or binding.kind != BindingKind.IMPORT:
        return None
    key = ("imported result", id(binding), model.text(callee))  # one helper, many calls
    if key not in memo:
        memo[key] = _imported_result_loss(ctx, callee)
    return memo[key]


def _imported_result_loss(ctx: RuleContext, callee: Node) -> Loss | None:
    assert ctx.workspace is not None
    return result_loss_in(ctx.model, ctx.workspace, callee)


def result_loss_in(model: ScriptModel, workspace: WorkspaceView, callee: Node) -> Loss | None:
    """`_imported_result_loss` for a call `callee` of `model`, the file `workspace` views."""
    from wac_lint.workspace.helper_resolution import helper_of
    from wac_lint.workspace.module_facts import imported_class, imported_function

    ref = helper_of(model, callee, workspace.file, workspace.project, workspace.consulted)
    if ref is None or "." in ref.function:
        return None
    workspace.consulted.add(ref.file)
    found = imported_function(ref.file, ref.function)
    if found is None:
        # `Invoice(...)` of a class another module defines (a dataclass, a pydantic
        # model): Python's `default=str` writes the instance as its `str()`
        stringified = INSTANCES_STRINGIFIED.get(model.language, False)
        made = imported_class(ref.file, ref.function) if stringified else None
        if made is None:
            return None
        class_model, name = made
        if not local_class(class_model, name):
            return None
        return Loss(
            f"{indefinite(model.text(callee))} `{model.text(callee)}` instance",
            "a string of its `str()`",
            True,
        )
    helper_model, fn = found
    if generator(helper_model, fn):
        return GENERATOR_LOSS
    for value in returned(helper_model, fn):
        loss = classify(helper_model, sdk.unwrap(value) or value)
        if loss is not None:
            return loss
    return declared_loss(helper_model, fn)


def is_task_function(model: ScriptModel, fn: Node) -> bool:
    """Whether `fn` is the function of one of the file's tasks (asked only of a
    function a return hands on: a set of every task, made per question, was quadratic
    in a file of many tasks)."""
    return any(t.function is not None and t.function.node.id == fn.id for t in model.tasks)


def helper_function(model: ScriptModel, callee: Node, kinds: tuple[str, ...]) -> Node | None:
    """The function of the file `callee` names: by plain name (`envelope`), or a
    function of a TypeScript namespace of the file (`Tags.normalize`)."""
    if callee.type == "identifier":
        bound = sdk.bound_value(model, model.text(callee), callee)
    elif callee.type == "member_expression":
        bound = sdk.namespace_member(model, callee)
    else:
        return None
    bound = sdk.unwrap(bound) if bound is not None else None
    return bound if bound is not None and bound.type in kinds else None


def helper_result_loss(model: ScriptModel, call: Node, callee: Node) -> Loss | None:
    """What JSON loses of what a plain function of the file returns, called here and
    kept (`allocation = plan(lines)` then `reserve({ allocation })`, where `plan`
    returns a `Map`): its declared return type, or the first of its returns JSON does
    not carry. Not a task (its result comes back through JSON already), not a generator
    (judged as one), not a durable call. Once per function and file."""
    fn = helper_function(model, callee, sdk.function_types(model))
    if fn is None or call.id in sdk.durable_ids(model) or is_task_function(model, fn):
        return None
    memo = sdk.facts(model).memo
    key = ("helper result loss", fn.id)
    if key in memo:
        return memo[key]  # type: ignore[return-value]
    memo[key] = None  # a recursive helper: what it returns is judged without itself
    loss = None if generator(model, fn) else declared_loss(model, fn)
    if loss is None and not generator(model, fn):
        for value in returned(model, fn):
            loss = classify(model, sdk.unwrap(value) or value)
            if loss is not None:
                break
    if loss is not None:
        loss = replace(loss, fix=None)
    memo[key] = loss
    return loss


GENERATOR_LOSS = Loss(
    "a generator", 'a string of its repr (`"<generator object ...>"`)', True, "list({})"
)


def generator_call(model: ScriptModel, callee: Node) -> bool:
    """`rows(xs)` calling a `def` of the file that yields."""
    bound = sdk.bound_value(model, model.text(callee), callee)
    return bound is not None and bound.type == "function_definition" and generator(model, bound)


def generator(model: ScriptModel, fn: Node) -> bool:
    """`function* f()`, or a `def` / `function` whose own body yields."""
    if "generator" in fn.type:
        return True
    body = sdk.function_body(fn)
    if body is None:
        return False
    kinds = sdk.function_types(model)
    for kind in ("yield", "yield_expression"):
        for node in sdk.nodes_in(model, kind, body):
            owner = node.parent
            while owner is not None and owner.type not in kinds:
                owner = owner.parent
            if owner == fn:
                return True
    return False


def returned(model: ScriptModel, fn: Node) -> list[Node]:
    """The expressions a function returns (a lambda's or an arrow's body included)."""
    body = sdk.function_body(fn)
    if body is None:
        return []
    if fn.type == "lambda" or (fn.type == "arrow_function" and body.type != "statement_block"):
        return [body]
    # the file's return statements sliced to the body (not a walk of it), keeping
    # those of `fn` itself, not of a function nested in it
    kinds = sdk.function_types(model)
    out = []
    for node in sdk.nodes_in(model, "return_statement", body):
        owner = node.parent
        while owner is not None and owner.type not in kinds:
            owner = owner.parent
        if owner == fn and node.named_children:
            out.append(node.named_children[0])
    return out


def field_loss(model: ScriptModel, owner: Node, field: str) -> Loss | None:
    """What JSON loses of `owner.field` where `owner` holds an instance of a class of
    the file whose body annotates `field` with a type JSON does not carry (`total:
    Decimal`, `taken_at: datetime`, a plain `Enum` of the file)."""
    class_node = sdk.instance_class(model, owner)
    body = class_node.child_by_field_name("body") if class_node is not None else None
    if body is None:
        return None
    for statement in body.named_children:
        if statement.type != "expression_statement" or not statement.named_children:
            continue
        assignment = statement.named_children[0]
        if assignment.type != "assignment":
            continue
        left = assignment.child_by_field_name("left")
        annotation = assignment.child_by_field_name("type")
        if left is None or annotation is None or model.text(left) != field:
            continue
        base = annotated_base(model.text(annotation))
        if base in ("time", "datetime.time") and annotated_datetime_time(model, annotation):
            return TIME_LOSS
        if base in ANNOTATED_LOSSES:
            what, becomes, lossy = ANNOTATED_LOSSES[base]
            return Loss(what, becomes, lossy, None)
        if base in type_names(model) and plain_enum(model, base, annotation):
            return enum_loss(base)
        return None
    return None


def imports_datetime(model: ScriptModel) -> bool:
    return (
        re.search(rb"^\s*(import datetime|from datetime import)", model.source.data, re.M)
        is not None
    )


# How deep a compared operand's chain of calls, attributes and brackets is followed
MAX_COMPARED_DEPTH = 64


def shallow(node: Node) -> bool:
    """An operand whose chain (`x.a().b()`, `((x))`) is at most MAX_COMPARED_DEPTH deep."""
    current: Node | None = node
    for _ in range(MAX_COMPARED_DEPTH):
        if current is None or current.type not in (
            "call",
            "attribute",
            "subscript",
            "parenthesized_expression",
        ):
            return True
        if current.type == "call":
            current = current.child_by_field_name("function")
        elif current.type in ("attribute", "subscript"):
            current = current.child_by_field_name("object") or current.child_by_field_name("value")
        else:
            current = current.named_children[0] if current.named_children else None
    return False


def float_reduction(model: ScriptModel, node: Node) -> bool:
    """`np.mean(x)` (of one array, no `axis`), or `.mean()` / `.median()` / `.std()` /
    `.var()` without arguments on a numpy array or a pandas column: a `numpy.float64`."""
    if node.type != "call" or model.semantic is None:
        return False
    callee = sdk.callee_of(node)
    if callee is None:
        return False
    args, options, _ = sdk.arguments_of(model, node)
    if model.semantic.qualified_name(callee) in NUMPY_FLOAT_REDUCTIONS:
        return len(args) == 1 and not options
    if callee.type == "attribute":
        method = callee.child_by_field_name("attribute")
        receiver = callee.child_by_field_name("object")
        if method is None or receiver is None or args or options:
            return False
        if model.text(method) not in FLOAT_REDUCTION_METHODS:
            return False
        receiver = sdk.unwrap(receiver) or receiver
        if receiver.type not in ("identifier", "subscript", "attribute"):
            return False  # `arr`, `df["t"]`, `self.arr`; not a chain of calls to follow
        held = classify(model, receiver)
        return held is not None and held.what in (NUMPY_ARRAY, PANDAS_SERIES)
    return False


# Comparisons numpy and pandas apply to each element (`in` / `is` compare the object)
ELEMENT_WISE_COMPARISONS = frozenset({"<", ">", "<=", ">=", "==", "!="})


def classify(
    model: ScriptModel, node: Node, memo: dict[object, Loss | None] | None = None
) -> Loss | None:
    """What JSON loses of the value `node` computes. `memo`: per name and scope, and per
    bound value (by node id), what a name holding it loses (a body passes one name to
    thousands of calls)."""
    if node.type in ("identifier", "shorthand_property_identifier"):
        name = model.text(node)
        semantic = model.semantic
        if memo is None or semantic is None:
            return classify_name(model, node, name, None, memo)
        scope = semantic.scope_at(node)
        key = (name, scope)  # one name in one scope: one binding, one answer
        if key not in memo:
            memo[key] = classify_name(model, node, name, scope, memo)
        return memo[key]
    loss = (
        classify_python(model, node) if sdk.is_python(model) else classify_typescript(model, node)
    )
    if loss is None and node.type in ("call", "call_expression"):
        callee = sdk.callee_of(node)
        if callee is not None:
            return helper_result_loss(model, node, callee)
    return loss


PATTERNS = frozenset(
    {
        "object_pattern",
        "array_pattern",
        "pair_pattern",
        "shorthand_property_identifier_pattern",
        "rest_pattern",
        "object_assignment_pattern",
        "assignment_pattern",
    }
)


def destructured(bound: Node) -> bool:
    """The name node of a binding sits in a destructuring pattern (TypeScript)."""
    parent = bound.parent
    return bound.type in PATTERNS or (parent is not None and parent.type in PATTERNS)


def destructured_part_loss(model: ScriptModel, bound: Node) -> Loss | None:
    """What JSON loses of the member a TypeScript `const { start } = v` / `const {
    start: s } = v` takes, when `v` is an object literal or the call of a plain function
    of the file whose returns are object literals: that member's value (the first of the
    returns that JSON does not carry). Nothing for a part of any other value."""
    parent = bound.parent
    if bound.type == "shorthand_property_identifier_pattern":
        key, pattern = model.text(bound), parent
    elif parent is not None and parent.type == "pair_pattern":
        key_node = parent.child_by_field_name("key")
        if key_node is None or parent.child_by_field_name("value") != bound:
            return None
        key, pattern = model.text(key_node).strip("\"'"), parent.parent
    else:
        return None
    holder = pattern.parent if pattern is not None else None
    if pattern is None or pattern.type != "object_pattern" or holder is None:
        return None
    if holder.type != "variable_declarator" or holder.child_by_field_name("name") != pattern:
        return None
    value = sdk.unwrap(holder.child_by_field_name("value"))
    if value is None:
        return None
    web = RESPONSE_MEMBERS.get(key)
    if web is not None and value.type in ("identifier", "call_expression"):
        # `const { headers } = await fetch(url)`: the Response's own web object
        held = classify(model, value)
        if held is not None and held.what == RESPONSE:
            return Loss(WEB_OBJECTS[web], EMPTY_OBJECT, True)
    objects = [value]
    if value.type == "call_expression":
        callee = sdk.callee_of(value)
        fn = (
            helper_function(model, callee, sdk.function_types(model))
            if callee is not None
            else None
        )
        if fn is None or value.id in sdk.durable_ids(model) or is_task_function(model, fn):
            return None
        objects = [sdk.unwrap(r) or r for r in returned(model, fn)]
    for obj in objects:
        if obj.type != "object":
            continue
        for member in obj.named_children:
            found: Node | None = None
            if member.type == "shorthand_property_identifier" and model.text(member) == key:
                found = member
            elif member.type == "pair":
                name = member.child_by_field_name("key")
                if name is None or model.text(name).strip("\"'") != key:
                    continue
                found = member.child_by_field_name("value")
            else:
                continue
            loss = classify(model, sdk.unwrap(found) or found) if found is not None else None
            if loss is not None:
                return replace(loss, fix=None)
    return None


CAUGHT_ERROR = Loss(
    "the caught error (an `Error`, when one was thrown)",
    "`{}` (its `message` and `stack` are not enumerable)",
    True,
)
# Python: `default=str` writes an exception as its message; its class, `args` and
# attributes are gone, and it can no longer be raised.
CAUGHT_EXCEPTION = Loss(
    "the caught exception",
    "a string of its message (`str()`): its class and attributes are gone, and "
    "`raise` of it is a `TypeError`",
    True,
    "str({})",
)


def classify_name(
    model: ScriptModel,
    node: Node,
    name: str,
    scope: Scope | None,
    memo: dict[object, Loss | None] | None,
) -> Loss | None:
    """`classify` of an identifier: what the value it is bound to loses."""
    if name in NON_FINITE_NAMES[model.language] and non_finite(model, node):
        return NON_FINITE_LOSS  # the global `Infinity`
    semantic = model.semantic
    if semantic is not None and CAUGHT_STRINGIFIED[model.language]:
        binding = semantic.lookup(name, scope if scope is not None else semantic.scope_at(node))
        if binding is not None and binding.kind is BindingKind.EXCEPTION and not binding.rebound:
            # `except httpx.HTTPError as exc: return {"ok": False, "error": exc}`
            return CAUGHT_EXCEPTION
    if semantic is not None and BINDINGS_TELL[model.language]:
        binding = semantic.lookup(name, scope if scope is not None else semantic.scope_at(node))
        if (
            binding is not None
            and binding.kind is BindingKind.EXCEPTION
            and not (binding.node is not None and destructured(binding.node))
        ):
            # `catch (e) { return { ok: false, error: e } }`: JSON.stringify keeps only
            # an Error's own enumerable fields (`message` / `stack` are not)
            return CAUGHT_ERROR
        if binding is not None and binding.node is not None and destructured(binding.node):
            # `const { data } = await http.get(u)`: the name holds a part of the value,
            # judged when it is the member of an object literal the file builds
            # (`const { start } = quarterBounds(y, q)`, which returns `{ start, end }`)
            return destructured_part_loss(model, binding.node)
    value = sdk.bound_value(model, name, node, scope)
    if value is None and semantic is not None:
        # only Python's scopes record a name changed by augmented assignments
        kept = accumulated_loss(model, node, name, scope)
        if kept is not None:
            return kept
        converted = input_parameter_loss(model, node, name, scope)
        if converted is not None:
            return converted
    if value is None:
        # `for app in apps:` over `apps = [Application(**a) for a in raw]`: the loop
        # variable holds each item, so what every item loses (one answer for all)
        item_losses = [classify(model, sdk.unwrap(i) or i) for i in loop_target_items(model, node)]
        first = item_losses[0] if item_losses else None
        if first is not None and all(
            loss is not None and loss.what == first.what for loss in item_losses
        ):
            return replace(first, fix=None)
        return None
    if value.type not in (
        "function_definition",
        "function_declaration",
        "class_definition",
        "class_declaration",
    ):
        inner = sdk.unwrap(value) or value
        if inner.type != "identifier":
            if memo is not None and inner.id in memo:
                return memo[inner.id]
            if inner.id in _READING.values:
                # `freshest = max(freshest, stamp)` in a loop: the value reads the name
                # it is bound to, whose value is this one again; nothing more is known
                return None
            _READING.values.add(inner.id)
            try:
                loss = classify(model, inner)
            finally:
                _READING.values.discard(inner.id)
            if loss is None and DECLARED_ARRAYS[model.language]:
                loss = declared_array_loss(model, inner)
            if loss is None and FILLED_DICTS[model.language] and empty_dict(model, inner):
                loss = stored_key_loss(model, name, inner) or stored_value_loss(model, name, inner)
            result = None if loss is None else replace(loss, fix=None)
            if memo is not None:
                memo[inner.id] = result
            return result
    return None


# An empty array judged by its declared item type (`const xs: Error[] = []`)
DECLARED_ARRAYS = {LanguageKind.PYTHON: False, LanguageKind.TYPESCRIPT: True}


DECLARED_ARRAY = re.compile(r"^(?:(\w+)\[\]|(?:Array|ReadonlyArray)<\s*(\w+)\s*>)$")


def declared_array_loss(model: ScriptModel, value: Node) -> Loss | None:
    """`const problems: Error[] = []`, filled later (`problems.push(new Error(m))`): an
    array of what its declared item type says, when JSON does not carry that type."""
    declarator = value.parent
    if value.type != "array" or value.named_children or declarator is None:
        return None
    if declarator.type != "variable_declarator":
        return None
    annotation = declarator.child_by_field_name("type")
    match = DECLARED_ARRAY.match(model.text(annotation).lstrip(":").strip()) if annotation else None
    if match is None:
        return None
    item = match.group(1) or match.group(2)
    if sdk.bound_value(model, item, value) is not None:
        return None  # a type of the file spelled like the builtin
    if item in DECLARED_TS_ARRAYS:
        what, becomes = DECLARED_TS_ARRAYS[item]
        return Loss(what, becomes, DECLARED_TS[item].lossy)
    if item in ERROR_CLASSES:
        return Loss(
            f"an array of `{item}`s (its declared type)",
            "an array of `{}` (their `message` and `stack` are not enumerable)",
            True,
        )
    return None


# Inputs of a Python `main` that Windmill's wrapper converts before calling it
# (windmill-worker `python_executor.rs`, `prepare_wrapper`: `Typ::Bytes` is
# `base64.b64decode`d, `Typ::Datetime` read with `datetime.fromisoformat`; any other
# type is handed over as its JSON value).
PYTHON_CONVERTED_INPUTS = {
    "bytes": Loss(
        "`bytes` (a `bytes` input of `main`, which Windmill decodes from base64)",
        "a string of its repr (`\"b'...'\"`)",
        True,
    ),
    "datetime": Loss(
        "a `datetime` (a `datetime` input of `main`, which Windmill parses with "
        "`datetime.fromisoformat`)",
        'a string like `"2024-05-01 12:00:00"` (`str()`, not ISO 8601)',
        False,
    ),
}


# (TypeScript: Windmill hands `main` its JSON arguments as they are.)
CONVERTED_INPUTS = {LanguageKind.PYTHON: PYTHON_CONVERTED_INPUTS, LanguageKind.TYPESCRIPT: {}}


OPTIONAL_ANNOTATION = re.compile(
    r"^(?:(?:typing\.)?Optional\[(?P<inner>.+)\]|(?P<left>.+?)\s*\|\s*None|None\s*\|\s*(?P<right>.+))$"
)


def input_parameter_loss(
    model: ScriptModel, node: Node, name: str, scope: Scope | None
) -> Loss | None:
    """A parameter of the workflow function annotated `bytes` or `datetime` (also
    `Optional[...]` / `... | None`), never assigned in it: what the wrapper made of the
    input, which JSON does not carry."""
    semantic = model.semantic
    converted = CONVERTED_INPUTS[model.language]
    if semantic is None or not converted:
        return None
    binding = semantic.lookup(name, scope if scope is not None else semantic.scope_at(node))
    if binding is None or binding.kind != SemBinding.PARAMETER or binding.rebound:
        return None
    workflow = sdk.facts(model).workflow_function
    if workflow is None or binding.scope.node != workflow:
        return None
    param = binding.node.parent if binding.node is not None else None
    annotation = param.child_by_field_name("type") if param is not None else None
    if annotation is None:
        return None
    text = " ".join(model.text(annotation).split())
    optional = OPTIONAL_ANNOTATION.match(text)
    if optional is not None:
        text = (
            optional.group("inner") or optional.group("left") or optional.group("right")
        ).strip()
    base = text.removeprefix("datetime.") if text == "datetime.datetime" else text
    if base == "datetime" and not imports_datetime(model):
        return None
    return converted.get(base)


# A dict bound empty and filled by item assignments (Python: `t[(a, b)] += 1`).
FILLED_DICTS = {LanguageKind.PYTHON: True, LanguageKind.TYPESCRIPT: False}


EMPTY_DICT_MAKERS = frozenset(
    {"dict", "collections.defaultdict", "collections.Counter", "collections.OrderedDict"}
)


def empty_dict(model: ScriptModel, value: Node) -> bool:
    """`{}`, `dict()`, `defaultdict(int)`, `Counter()`: a dict filled later, item by item."""
    if value.type == "dictionary":
        return value.named_child_count == 0
    if value.type != "call" or model.semantic is None:
        return False
    maker = sdk.callee_of(value)
    qualified = model.semantic.qualified_name(maker) if maker is not None else None
    if qualified not in EMPTY_DICT_MAKERS:
        return False
    args, keywords, _ = sdk.arguments_of(model, value)
    # `defaultdict(int)`: its one argument is the factory of missing values
    return not keywords and len(args) <= (1 if qualified == "collections.defaultdict" else 0)


def item_stores(
    model: ScriptModel, name: str, value: Node, kinds: tuple[str, ...]
) -> Iterator[tuple[Node, Node]]:
    """The item assignments (`name[k] = v`, of `kinds`) in the scope where `value` is
    bound to `name`, each with its subscript target; another function's `name` is not it."""
    semantic = model.semantic
    if semantic is None:
        return
    scope = semantic.scope_at(value)
    root = scope.node if scope is not None else None
    for store in sdk.nodes_of_kinds(model, kinds, root):
        target = store.child_by_field_name("left")
        if target is None or target.type != "subscript":
            continue
        owner = target.child_by_field_name("value")
        if owner is None or owner.type != "identifier" or model.text(owner) != name:
            continue
        if semantic.scope_at(store) is scope:
            yield store, target


def stored_key_loss(model: ScriptModel, name: str, value: Node) -> Loss | None:
    """A dict bound to `name` empty and filled by item assignments in the same scope
    (`totals[(region, sku)] += qty`, `seen[day] = n` with `day` a date), or by
    `setdefault` (`groups.setdefault((room, shelf), []).append(t)`): the keys JSON
    cannot encode, as `key_loss` finds them in a literal (a key may be a name bound
    once to a tuple: `pos = (room, shelf)`, then `groups[pos] = ...`)."""
    stores = [
        (target, target.children_by_field_name("subscript"))
        for _, target in item_stores(model, name, value, ("assignment", "augmented_assignment"))
    ]
    stores += [(call, [key]) for call, key in setdefault_keys(model, name, value)]
    for target, keys in stores:
        first = (sdk.unwrap(keys[0]) or keys[0]) if keys else None
        if len(keys) == 1 and whole_number(model, first):
            return NUMBER_KEYS  # `by_ttl[int(r["ttl"])] = r`: keys read back as strings
        if len(keys) > 1 or (first is not None and tuple_key(model, first)):
            kind = "a `tuple`"  # `t[a, b]`, `t[(a, b)]`, `t[pos]` with `pos = (a, b)`
        elif first is not None:
            # as `key_loss` reads a literal's keys: a date, a plain `Enum` member...
            loss = classify(model, first)
            if loss is None or loss.raises:
                continue
            kind = loss.what
        else:
            continue
        return unencodable_keys(f"a dict keyed by {kind} (`{model.text(target)}`)")
    return None


def tuple_key(model: ScriptModel, key: Node) -> bool:
    """A tuple literal, a name bound once (in its function) to one, or a loop target
    over items that are tuple literals (`for pos, t in zip(positions, temps)` with
    `positions = [(room, r["shelf"]) for r in rows]`)."""
    if key.type == "tuple":
        return True
    if key.type != "identifier":
        return False
    value = sdk.bound_value(model, model.text(key), key)
    if value is not None:
        return (sdk.unwrap(value) or value).type == "tuple"
    items = loop_target_items(model, key)
    return bool(items) and all((sdk.unwrap(i) or i).type == "tuple" for i in items)


def loop_target_items(model: ScriptModel, name: Node) -> list[Node]:
    """The expressions building the items a `for` target takes (`x` of `for x in
    xs`; the first of `for a, b in zip(xs, ys)`, the second of `for i, x in
    enumerate(xs)`), read by `iterable_items`; [] when not known."""
    semantic = model.semantic
    binding = semantic.resolve(name) if semantic is not None else None
    if binding is None or binding.kind != SemBinding.LOOP or binding.rebound:
        return []
    target = binding.node
    holder = target.parent
    position: int | None = None
    if holder is not None and holder.type in ("pattern_list", "tuple_pattern"):
        named = [c for c in holder.named_children if c.type != "comment"]
        position = next((i for i, c in enumerate(named) if c.id == target.id), None)
        holder = holder.parent
    if holder is None or holder.type != "for_statement":
        return []
    right = sdk.unwrap(holder.child_by_field_name("right"))
    if right is None:
        return []
    if position is None:
        return iterable_items(model, right)
    callee = sdk.callee_of(right) if right.type == "call" else None
    if callee is None or semantic is None or semantic.resolve(callee) is not None:
        return []  # not the builtin `zip` / `enumerate`
    args, keywords, _ = sdk.arguments_of(model, right)
    if model.text(callee) == "zip" and position < len(args):
        return iterable_items(model, sdk.unwrap(args[position]) or args[position])
    if model.text(callee) == "enumerate" and position == 1 and args:
        return iterable_items(model, sdk.unwrap(args[0]) or args[0])
    return []


def setdefault_keys(model: ScriptModel, name: str, value: Node) -> Iterator[tuple[Node, Node]]:
    """`name.setdefault(key, default)` calls in the scope where `value` is bound to
    `name`, each with its key: the items the dict is filled with."""
    semantic = model.semantic
    if semantic is None:
        return
    scope = semantic.scope_at(value)
    root = scope.node if scope is not None else None
    for call in sdk.nodes_in(model, "call", root):
        callee = sdk.callee_of(call)
        if callee is None or callee.type != "attribute":
            continue
        owner = callee.child_by_field_name("object")
        method = callee.child_by_field_name("attribute")
        if owner is None or method is None or model.text(method) != "setdefault":
            continue
        if owner.type != "identifier" or model.text(owner) != name:
            continue
        args, _, _ = sdk.arguments_of(model, call)
        if args and semantic.scope_at(call) is scope:
            yield call, args[0]


def stored_value_loss(model: ScriptModel, name: str, value: Node) -> Loss | None:
    """A dict bound to `name` empty and filled by item assignments in the same scope
    whose values JSON does not carry (`rates[code] = (Decimal(n) / total).quantize(q)`):
    what each such value becomes."""
    for store, target in item_stores(model, name, value, ("assignment",)):
        stored = store.child_by_field_name("right")
        if stored is None:
            continue
        loss = classify(model, sdk.unwrap(stored) or stored)
        if loss is None or loss.raises:
            continue
        return Loss(
            f"a dict filled with {loss.what} per key (`{model.text(target)} = ...`)",
            f"a dict whose values are each {loss.becomes}",
            loss.lossy,
        )
    return None


# Augmented assignments that keep the type of what they change: arithmetic on a
# `Decimal` (`total += Decimal(row["amount"])`), a `timedelta` moved on a datetime,
# set algebra on a set.
KEPT_BY_AUGMENTED = {
    "a `Decimal`": frozenset({"+=", "-=", "*=", "/=", "//=", "%=", "**="}),
    "a set": frozenset({"|=", "&=", "-=", "^="}),
    "a `set`": frozenset({"|=", "&=", "-=", "^="}),
    "a `frozenset`": frozenset({"|=", "&=", "-=", "^="}),
    **{what: frozenset({"+=", "-="}) for what in ("a `datetime`", "a `date`")},
}


def accumulated_loss(model: ScriptModel, node: Node, name: str, scope: Scope | None) -> Loss | None:
    """What a name assigned once and then only changed by augmented assignments holds
    (`total = Decimal(0)` then `total += Decimal(x)` in a loop): the type of its first
    value, when every augmented operator keeps it."""
    semantic = model.semantic
    assert semantic is not None
    binding = semantic.lookup(name, scope if scope is not None else semantic.scope_at(node))
    if binding is None or binding.accumulated is None:
        return None
    first, steps = binding.accumulated
    loss = classify(model, sdk.unwrap(first) or first)
    keeping = KEPT_BY_AUGMENTED.get(loss.what) if loss is not None else None
    if loss is None or keeping is None:
        return None
    for step in steps:
        op = step.child_by_field_name("operator")
        if op is None or model.text(op) not in keeping:
            return None
    return replace(loss, fix=None)


def plain_enum_owner(owner: Node | None, model: ScriptModel) -> TypeGuard[Node]:
    """`Tier` of `Tier.GOLD` / `Tier[name]`: the name of a plain Enum class of the file."""
    return (
        owner is not None
        and owner.type == "identifier"
        and model.text(owner) in type_names(model)
        and plain_enum(model, model.text(owner), owner)
    )


def classify_python(model: ScriptModel, node: Node) -> Loss | None:
    if node.type == "attribute":
        response_part = response_attribute_loss(model, node)
        if response_part is not None:
            return response_part
        # `Tier.GOLD`: a member of a plain Enum class of the file
        owner = node.child_by_field_name("object")
        if plain_enum_owner(owner, model):
            return enum_loss(model.text(owner))
        attr = node.child_by_field_name("attribute")
        if owner is not None and attr is not None:
            # `quote.total` of a `Quote(...)` whose class declares `total: Decimal`
            return field_loss(model, owner, model.text(attr))
        return None
    if node.type == "subscript":
        # `Status[name]`: a member of a plain Enum class of the file, looked up by name
        owner = node.child_by_field_name("value")
        if plain_enum_owner(owner, model):
            return enum_loss(model.text(owner))
        column = column_loss(model, node, owner)
        if column is not None:
            return column
        sliced = bytes_slice_loss(model, node, owner)
        if sliced is not None:
            return sliced
        return indexed_item_loss(model, node)
    if node.type == "conditional_expression":
        # `A if cond else B`: either branch may be the value
        for branch in (node.named_children[0], node.named_children[-1]):
            loss = classify(model, sdk.unwrap(branch) or branch)
            if loss is not None:
                return loss
        return None
    if node.type == "comparison_operator" and len(node.named_children) == 2:
        # `rain > 50` of an array, `df["n"] == 0` of a column: booleans element-wise
        operators = [c for c in node.children if not c.is_named]
        if len(operators) == 1 and model.text(operators[0]) in ELEMENT_WISE_COMPARISONS:
            for side in node.named_children:
                side = sdk.unwrap(side) or side
                if side.type == "comparison_operator" or not shallow(side):
                    continue  # `(a > b) > c`: not followed (a file may nest thousands deep)
                if float_reduction(model, side):
                    return NUMPY_BOOL_LOSS  # `np.mean(x) > 3`, `df["t"].mean() > 3`
                loss = element_wise_comparison_loss(classify(model, side))
                if loss is not None:
                    return loss
        return None
    if node.type == "binary_operator":
        # `start + timedelta(days=1)`, `start - delta`: still a datetime (two datetimes
        # subtracted give a timedelta, so the right side must not be one)
        op = node.child_by_field_name("operator")
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        if op is not None and left is not None and model.text(op) in "*/":
            # `PurePosixPath(prefix) / name`: still a path; `Decimal(cents) / 100`,
            # `price * qty` with a Decimal price: still a Decimal
            loss = classify(model, sdk.unwrap(left) or left)
            if loss is not None and (loss.what == "a `Decimal`" or model.text(op) == "/"):
                return loss if loss.what in ("a `Path`", "a `Decimal`") else None
            return None
        if op is None or left is None or right is None:
            return None
        if model.text(op) in SET_OPERATORS:
            # `set(a) - set(b)`, `REQUIRED.keys() - row.keys()`, `seen | new`: set algebra
            # on a set or a dict's keys / items view gives a set
            algebra = set_algebra_loss(model, left, right, model.text(op))
            if algebra is not None:
                return algebra
            if model.text(op) != "-":
                # `Perm.READ | Perm.WRITE`: a member of the plain `Flag` again
                member = classify(model, sdk.unwrap(left) or left)
                if member is not None and member.what.startswith("a member of the `Enum`"):
                    return member
        if model.text(op) not in ("+", "-"):
            return None
        loss = classify(model, sdk.unwrap(left) or left)
        if loss is not None and loss.what == "a `Decimal`":
            return loss
        if loss is not None and loss.what in DATETIME_WHATS:
            other = classify(model, sdk.unwrap(right) or right)
            if other is None or other.what not in DATETIME_WHATS:
                return loss  # a datetime plus or minus a timedelta (or a number of days)
            return TIMEDELTA_LOSS  # two datetimes subtracted
        return None
    if node.type in ("dictionary", "dictionary_comprehension"):
        return key_loss(model, node)
    if node.type == "generator_expression":
        return GENERATOR_LOSS
    if node.type in ("set", "set_comprehension"):
        return Loss("a set", "a string of its repr (`\"{'a', 'b'}\"`)", True, "list({})")
    if node.type == "string" and model.text(node)[:1] in "bB":
        return Loss("`bytes`", "a string of its repr (`\"b'...'\"`)", True)
    if node.type != "call":
        return None
    callee = sdk.callee_of(node)
    if callee is None:
        return None
    named = getattr_field(model, node, callee)
    if named is not None:
        # `getattr(firing, "cost")`: the field, as `firing.cost` reads it
        return field_loss(model, named[0], named[1])
    return (
        zipped_dict_key_loss(model, node, callee)
        or counter_key_loss(model, node, callee)
        or classify_callee(model, callee, node)
    )


class _Reading(threading.local):
    """Reads whose receiver is classified first (a pandas column or reduction, a slice
    of bytes), being classified: a name bound to its own column, reduction or slice
    (`data = data["items"]`, `n = n.sum()`, `b = b[:10]`) would classify itself
    without end. Per thread: the language server analyses versions of a
    document side by side, and their trees share nodes."""

    def __init__(self) -> None:
        self.nodes: set[int] = set()
        # the values of names being classified (`classify_name`): a name bound to a
        # value that reads the name (`freshest = max(freshest, stamp)`)
        self.values: set[int] = set()


_READING = _Reading()


def column_loss(model: ScriptModel, node: Node, owner: Node | None) -> Loss | None:
    """`df["sessions"]`: a Series; `df[["a", "b"]]`: a DataFrame."""
    index = node.child_by_field_name("subscript")
    if owner is None or index is None or index.type not in ("string", "list"):
        return None
    if node.id in _READING.nodes:
        return None
    _READING.nodes.add(node.id)
    try:
        loss = pandas_column_loss(index, classify(model, sdk.unwrap(owner) or owner))
    finally:
        _READING.nodes.discard(node.id)
    if loss == SERIES_LOSS and index.type == "string" and datetime_column(model, node, owner):
        return DATETIME_SERIES_LOSS
    return loss


DATETIME_PARSERS = ("to_datetime",)


def datetime_column(model: ScriptModel, node: Node, owner: Node) -> bool:
    """`df["at"]` where the function around it (or the module) assigned that column
    from `pd.to_datetime(...)` before: `df["at"] = pd.to_datetime(df["at"], utc=True)`."""
    owner_text = model.text(owner)
    column = model.text(node.child_by_field_name("subscript") or node)
    scope = node.parent
    while scope is not None and scope.type not in model.lang.function_nodes_for_rules:
        scope = scope.parent
    stack = [scope if scope is not None else model.tree.root_node]
    while stack:
        here = stack.pop()
        if here.start_byte >= node.start_byte:
            continue
        if here.type == "assignment":
            left = here.child_by_field_name("left")
            right = sdk.unwrap(here.child_by_field_name("right"))
            if (
                left is not None
                and left.type == "subscript"
                and right is not None
                and right.type == "call"
                and model.text(left.child_by_field_name("value") or left) == owner_text
                and model.text(left.child_by_field_name("subscript") or left) == column
            ):
                callee = right.child_by_field_name("function")
                last = callee.child_by_field_name("attribute") if callee is not None else None
                name = last if last is not None else callee
                if name is not None and model.text(name) in DATETIME_PARSERS:
                    return True
            continue
        stack.extend(here.named_children)
    return False


def bytes_slice_loss(model: ScriptModel, node: Node, owner: Node | None) -> Loss | None:
    """`clip[:4096]`: a slice of `bytes` is `bytes` (guarded like a column: `data =
    data[:10]` would read itself)."""
    index = node.child_by_field_name("subscript")
    if owner is None or index is None or index.type != "slice" or node.id in _READING.nodes:
        return None
    _READING.nodes.add(node.id)
    try:
        whole = classify(model, sdk.unwrap(owner) or owner)
    finally:
        _READING.nodes.discard(node.id)
    return whole if whole is not None and whole.what.startswith("`bytes`") else None


def reduction_loss(model: ScriptModel, callee: Node, call: Node, method: str) -> Loss | None:
    """`df["sessions"].sum()`, `np.array(xs).max()`: a numpy scalar; `df.sum()`: a
    Series; `df.head(10)`: a DataFrame; `df.groupby("a").size()`: a Series."""
    owner = callee.child_by_field_name("object")
    if owner is None or call.id in _READING.nodes:
        return None
    args, keywords, _ = sdk.arguments_of(model, call)
    _READING.nodes.add(call.id)
    try:
        receiver = classify(model, sdk.unwrap(owner) or owner)
        return pandas_method_loss(method, receiver, bool(args), bool(keywords))
    finally:
        _READING.nodes.discard(call.id)


def getattr_field(model: ScriptModel, call: Node, callee: Node) -> tuple[Node, str] | None:
    """`getattr(obj, "name")` (the builtin, a literal name, no default): (obj, name)."""
    if callee.type != "identifier" or model.text(callee) != "getattr":
        return None
    if model.semantic is not None and model.semantic.resolve(callee) is not None:
        return None  # a `getattr` of the file's own
    args, keywords, _ = sdk.arguments_of(model, call)
    if keywords or len(args) != 2 or args[1].type != "string":
        return None
    name = sdk.string_value(model, args[1])
    if name is None or not name.isidentifier():
        return None
    owner = sdk.unwrap(args[0]) or args[0]
    return owner, name


# Builtins whose result is a whole number: `int(x)`, `len(xs)`, `ord(c)` (`round(x)`
# without digits too).
WHOLE_NUMBER_BUILTINS = frozenset({"int", "len", "ord", "round"})


def whole_number(model: ScriptModel, node: Node | None) -> bool:
    """An integer literal, or a call of a builtin that gives a whole number
    (`int(r["ttl"])`, `len(xs)`, `round(x)` without digits)."""
    node = sdk.unwrap(node)
    if node is None:
        return False
    if node.type == "integer":
        return True
    callee = sdk.callee_of(node) if node.type == "call" else None
    if callee is None or callee.type != "identifier" or model.semantic is None:
        return False
    name = model.text(callee)
    if name not in WHOLE_NUMBER_BUILTINS or model.semantic.resolve(callee) is not None:
        return False
    args, keywords, _ = sdk.arguments_of(model, node)
    return name != "round" or (len(args) == 1 and not keywords)


def counter_key_loss(model: ScriptModel, call: Node, callee: Node) -> Loss | None:
    """`Counter(int(r["ttl"]) for r in rows)`: a `Counter` of whole numbers is a dict
    keyed by numbers, which JSON writes as strings."""
    semantic = model.semantic
    if semantic is None or semantic.qualified_name(callee) != "collections.Counter":
        return None
    args, keywords, _ = sdk.arguments_of(model, call)
    if len(args) != 1 or keywords:
        return None
    items = iterable_items(model, sdk.unwrap(args[0]) or args[0])
    if items and all(whole_number(model, item) for item in items):
        return NUMBER_KEYS
    return None


def zipped_dict_key_loss(model: ScriptModel, call: Node, callee: Node) -> Loss | None:
    """`dict(zip(keys, values))` whose keys JSON cannot encode: the items of `keys`
    are tuple literals (`positions = [(room, shelf) for ...]`), or `keys` is
    `d.keys()` of a dict whose keys are such (a literal, or one filled item by item)."""
    semantic = model.semantic
    if semantic is None or model.text(callee) != "dict" or semantic.resolve(callee) is not None:
        return None
    args, keywords, _ = sdk.arguments_of(model, call)
    inner = sdk.unwrap(args[0]) if len(args) == 1 and not keywords else None
    zipper = sdk.callee_of(inner) if inner is not None and inner.type == "call" else None
    if zipper is None or model.text(zipper) != "zip" or semantic.resolve(zipper) is not None:
        return None
    assert inner is not None
    zipped, _, _ = sdk.arguments_of(model, inner)
    keys = sdk.unwrap(zipped[0]) if len(zipped) >= 2 else None
    if keys is None:
        return None
    if keys.type == "call":
        method = sdk.callee_of(keys)
        owner = method.child_by_field_name("object") if method is not None else None
        name = method.child_by_field_name("attribute") if method is not None else None
        if owner is None or name is None or model.text(name) != "keys":
            return None
        if owner.type != "identifier" or sdk.arguments_of(model, keys)[0]:
            return None
        value = sdk.bound_value(model, model.text(owner), owner)
        held = (sdk.unwrap(value) or value) if value is not None else None
        if held is None:
            return None
        if empty_dict(model, held):
            return stored_key_loss(model, model.text(owner), held)
        if held.type in ("dictionary", "dictionary_comprehension"):
            return key_loss(model, held)
        return None
    items = iterable_items(model, keys)
    if items and all((sdk.unwrap(i) or i).type == "tuple" for i in items):
        return unencodable_keys(f"a dict keyed by a `tuple` (the items of `{model.text(keys)}`)")
    return None


# `decimal.Decimal` methods that return a Decimal (the context-free arithmetic ones).
DECIMAL_METHODS = frozenset(
    {
        "quantize",
        "normalize",
        "to_integral",
        "to_integral_value",
        "to_integral_exact",
        "copy_abs",
        "copy_negate",
        "copy_sign",
        "scaleb",
        "sqrt",
        "exp",
        "ln",
        "log10",
        "fma",
        "remainder_near",
        "next_plus",
        "next_minus",
        "next_toward",
        "max_mag",
        "min_mag",
    }
)


SET_OPERATORS = frozenset({"-", "|", "&", "^"})


SET_WHATS = frozenset({"a set", "a `set`", "a `frozenset`"})


# A dict's keys and items views support set operators, which return a `set`
# (`{"a": 1}.keys() - {"a"}` is `set()`); a values view has none.
SET_VIEWS = frozenset({"keys", "items"})


def set_algebra_loss(model: ScriptModel, left: Node, right: Node, op: str) -> Loss | None:
    """`left <op> right` with a set operator: a set when the left side is a set (a set
    literal or comprehension, `set(...)` / `frozenset(...)`, a name bound to one) or a
    dict's `keys()` / `items()` view, or, for `|` / `&` / `^`, when the right side is one
    of those and the left a view (`a.keys() & b`); a `frozenset` on the left keeps its
    type."""
    for side in (left, right) if op != "-" else (left,):
        inner = sdk.unwrap(side) or side
        if inner.type == "call":
            callee = sdk.callee_of(inner)
            if (
                callee is not None
                and callee.type == "attribute"
                and model.text(callee).rsplit(".", 1)[-1] in SET_VIEWS
                and dict_receiver(model, callee)
                and not sdk.arguments_of(model, inner)[0]
            ):
                return SET_LOSS
        loss = classify(model, inner)
        if loss is not None and loss.what in SET_WHATS:
            if side is left:
                return loss
            return SET_LOSS
    return None


SET_LOSS = Loss("a set", "a string of its repr (`\"{'a', 'b'}\"`)", True, "list({})")


def classify_callee(model: ScriptModel, callee: Node, call: Node | None = None) -> Loss | None:
    """What calling `callee` returns, when JSON does not carry it (Python). `call`: the
    call of it, when there is one (handed down: `callee.parent` costs the node's depth,
    and 20,000 nested awaits made that quadratic, 45 s)."""
    name = model.text(callee)
    short = (
        name.split(".", 1)[-1] if name.startswith("datetime.") and name.count(".") == 2 else name
    )
    if (name in DATETIME_CALLS or short in DATETIME_CALLS) and imports_datetime(model):
        fix = "{}.isoformat()"
        if short == "date" or short.startswith("date.") or name == "datetime.date":
            # `str(date)` is ISO 8601 already (`2024-05-01`): only the type changes
            return Loss("a `date`", 'a string like `"2024-05-01"`', False, fix)
        return Loss(
            "a `datetime`",
            'a string like `"2024-05-01 12:00:00"` (`str()`, not ISO 8601)',
            False,
            fix,
        )
    if name in ("set", "frozenset"):
        shown = "{'a', 'b'}" if name == "set" else "frozenset({'a', 'b'})"
        return Loss(
            f"{indefinite(name)} `{name}`", f'a string of its repr (`"{shown}"`)', True, "list({})"
        )
    if name in ("Decimal", "decimal.Decimal"):
        return Loss("a `Decimal`", "a string", False)
    if name in SAME_TYPE_BUILTINS and call is not None:
        kept = builtin_result_loss(model, name, call)
        if kept is not None:
            return kept
    if call is not None:
        dumped = dumped_field_loss(model, call, callee)
        if dumped is not None:
            return dumped
        picked = picked_member_loss(model, call, callee)
        if picked is not None:
            return picked
    # A durable call (a task, a step) resolves to the SDK or to the file's own task, never
    # to a library's constructor: its name is not worth resolving (a long workflow body
    # passes thousands of them to its tasks).
    durable = call is not None and call.id in sdk.durable_ids(model)
    qualified = (
        model.semantic.qualified_name(callee)
        if model.semantic is not None and not durable
        else None
    )
    method = name.rsplit(".", 1)[-1] if callee.type == "attribute" else None
    if qualified is not None and http_response_call(qualified):
        return RESPONSE_LOSS
    if qualified in STATISTICS_KEEPING and call is not None:
        kept = statistics_result_loss(model, call)
        if kept is not None:
            return kept
    copied = copied_instance_loss(model, callee, call, qualified, method)
    if copied is not None:
        return copied
    if qualified in LIBRARY_DATETIMES:
        return DATETIME_LOSS
    if callee.type == "attribute" and method in DECIMAL_METHODS:
        # `total.quantize(CENT)`, `amount.normalize()`: still a Decimal
        owner = callee.child_by_field_name("object")
        kept = classify(model, sdk.unwrap(owner) or owner) if owner is not None else None
        if kept is not None and kept.what == "a `Decimal`":
            return kept
    if callee.type == "attribute" and method in PANDAS_METHODS and call is not None:
        reduced = reduction_loss(model, callee, call, method)
        if reduced is not None:
            return reduced
    if callee.type == "attribute" and method in DATETIME_METHODS:
        # `parse(s).astimezone(tz).replace(minute=0)`: still a datetime; `.date()` a date
        owner = callee.child_by_field_name("object")
        kept = classify(model, sdk.unwrap(owner) or owner) if owner is not None else None
        if kept is not None and kept.what in DATETIME_WHATS:
            if method in ("time", "timetz"):
                return TIME_LOSS if kept.what == "a `datetime`" else None
            return DATE_LOSS if method == "date" else kept
    if qualified is not None and call is not None:
        answer = library_result_loss(model, qualified, callee, call)
        if answer is not None:
            return answer
    if name == "bytes" or method in BYTES_METHODS or qualified in BYTES_CALLS:
        return Loss("`bytes`", "a string of its repr (`\"b'...'\"`)", True)
    if qualified == "datetime.timedelta":
        return TIMEDELTA_LOSS
    if qualified == "fractions.Fraction":
        return FRACTION_LOSS
    if qualified == "datetime.time":
        return TIME_LOSS
    if qualified in REPR_CALLS:
        what, shown = REPR_CALLS[qualified]
        return Loss(what, f"a string of its repr (`{shown}`)", True, "list({})")
    if qualified in MAPPING_REPR_CALLS:
        what, shown, keep = MAPPING_REPR_CALLS[qualified]
        return Loss(what, f"a string of its repr (`{shown}`)", True, keep)
    if qualified is not None and qualified.startswith("itertools."):
        return Loss("an `itertools` iterator", "a string of its repr", True, "list({})")
    if method == "get" and call is not None:
        found = dict_get_loss(model, callee, call)
        if found is not None:
            return found
    if method in DICT_VIEWS and call is not None and dict_receiver(model, callee):
        args, _, _ = sdk.arguments_of(model, call)
        if not args:
            return Loss(
                f"a dict view (`.{method}()`)",
                f'a string of its repr (`"dict_{method}([...])"`)',
                True,
                "list({})",
            )
    if qualified in STRINGIFIED_CALLS:
        what = STRINGIFIED_CALLS[qualified]
        return Loss(what, "its string (`str()`)", False, "str({})")
    if qualified in PRINTED_CALLS:
        what, fix = PRINTED_CALLS[qualified]
        return Loss(what, "a string of its printed form (`str()`)", True, fix)
    scalar = numpy_scalar_loss(model, call, qualified) if call is not None else None
    if scalar is not None:
        return scalar
    if callee.type == "identifier" and not durable and generator_call(model, callee):
        return GENERATOR_LOSS  # `rows(xs)` where `def rows` yields
    if (
        callee.type == "identifier"
        and not durable
        and name in type_names(model)
        and plain_enum(model, name, callee)
    ):
        return enum_loss(name)  # `Channel(value)`: the member of that value
    if local_class(model, callee) and not awaits_own_result(model, callee, call):
        return Loss(f"{indefinite(name)} `{name}` instance", "a string of its `str()`", True)
    if method in sdk.INSTANCE_MAKERS:
        # `Quote.model_validate_json(text)`: pydantic builds an instance of the class
        owner = callee.child_by_field_name("object")
        if owner is not None and local_class(model, owner):
            shown = model.text(owner)
            return Loss(f"{indefinite(shown)} `{shown}` instance", "a string of its `str()`", True)
    if method in ADAPTER_METHODS:
        return adapted_loss(model, callee)
    return None


# pydantic's `TypeAdapter(T)` methods that give a value of type `T` (v2).
ADAPTER_METHODS = frozenset({"validate_python", "validate_json", "validate_strings"})


ADAPTERS = frozenset({"pydantic.TypeAdapter", "pydantic.type_adapter.TypeAdapter"})


def adapted_loss(model: ScriptModel, callee: Node) -> Loss | None:
    """`BUNDLES.validate_python(rows)` of `BUNDLES = TypeAdapter(list[Bundle])` (or
    `TypeAdapter(list[Bundle]).validate_python(rows)`): a value of the adapter's type,
    which JSON loses as it would a value declared so (`-> list[Bundle]`)."""
    owner = sdk.unwrap(callee.child_by_field_name("object"))
    if owner is not None and owner.type == "identifier":
        bound = sdk.bound_value(model, model.text(owner), owner)
        owner = sdk.unwrap(bound) if bound is not None else None
    if owner is None or owner.type != "call" or model.semantic is None:
        return None
    made_by = sdk.callee_of(owner)
    if made_by is None or model.semantic.qualified_name(made_by) not in ADAPTERS:
        return None
    args, _, _ = sdk.arguments_of(model, owner)
    if len(args) != 1:
        return None
    return type_loss(model, args[0])


# Calls that give a copy of the object they are given (`dataclasses.replace(line,
# qty=2)`), and methods that give a copy of their receiver (`order.model_copy(...)`).
COPYING_CALLS = frozenset(
    {"dataclasses.replace", "copy.copy", "copy.deepcopy", "attrs.evolve", "attr.evolve"}
)


COPYING_METHODS = frozenset({"model_copy", "copy"})


def copied_instance_loss(
    model: ScriptModel, callee: Node, call: Node | None, qualified: str | None, method: str | None
) -> Loss | None:
    """A copy of an instance of a class of the file is one too (only that loss: `d.copy()`
    of a dict is a dict)."""
    source: Node | None = None
    if call is not None and qualified in COPYING_CALLS:
        args, _, _ = sdk.arguments_of(model, call)
        source = args[0] if args else None
    elif callee.type == "attribute" and method in COPYING_METHODS:
        source = callee.child_by_field_name("object")
    source = sdk.unwrap(source) if source is not None else None
    if source is None:
        return None
    loss = classify(model, source)
    if loss is not None and loss.what.endswith(" instance") and loss.lossy:
        return loss
    return None


# Builtins whose result has the type of the numbers they are given: `sum(xs,
# Decimal(0))`, `round(total, 2)`, `abs(delta)`, `max(a, b)`.
SAME_TYPE_BUILTINS = frozenset({"sum", "round", "abs", "max", "min"})


# What a sum or a rounding keeps of its operands (a datetime cannot be summed).
NUMERIC_WHATS = frozenset({"a `Decimal`", "a `Fraction`", "a `timedelta`"})


def builtin_result_loss(model: ScriptModel, name: str, call: Node) -> Loss | None:
    """`sum((Decimal(x) for x in xs), Decimal("0"))` is a Decimal: the start value,
    or an item of the one iterable given, is what the result is (also a name bound to a
    list built there: `max(amounts, default=ZERO)`). `round(x)` without digits is an
    int, whatever `x` is."""
    args, keywords, _ = sdk.arguments_of(model, call)
    if name == "round" and len(args) < 2 and not keywords:
        return None
    candidates = list(args[1:2]) if name == "sum" else []
    candidates += [k.value for k in keywords if k.name == "start" and k.value is not None]
    if name in ("max", "min"):
        # `max(xs, default=Decimal("0"))`: the default is what an empty `xs` gives
        candidates += [k.value for k in keywords if k.name == "default" and k.value is not None]
    if name in ("max", "min") and len(args) > 1:
        candidates += args
    elif args:
        first = sdk.unwrap(args[0]) or args[0]
        if name in ("sum", "max", "min"):
            candidates += iterable_items(model, first)
        elif name in ("round", "abs"):
            candidates.append(first)
    for node in candidates:
        loss = classify(model, sdk.unwrap(node) or node)
        if loss is not None and loss.what in NUMERIC_WHATS:
            return loss
    return None


COMPREHENSIONS = ("generator_expression", "list_comprehension", "set_comprehension")

# Builtins that build a list of the items of the iterable they are given.
LISTING_BUILTINS = frozenset({"sorted", "list"})


def indexed_item_loss(model: ScriptModel, node: Node) -> Loss | None:
    """`slots[0]` / `sorted(parse(s) for s in xs)[-1]`: one item of a list built from
    items that all lose the same way (a list literal or comprehension, `sorted(...)` /
    `list(...)` of one, or a name bound once to one of these); a slice is a list, left
    to the list's own reading."""
    index = node.child_by_field_name("subscript")
    seq = sdk.unwrap(node.child_by_field_name("value"))
    if index is None or index.type == "slice" or seq is None:
        return None
    if seq.type == "identifier":
        value = sdk.bound_value(model, model.text(seq), seq)
        seq = sdk.unwrap(value) if value is not None else None
        if seq is None:
            return None
    if seq.type == "call":
        callee = sdk.callee_of(seq)
        args, keywords, _ = sdk.arguments_of(model, seq)
        if callee is None or model.text(callee) not in LISTING_BUILTINS or len(args) != 1:
            return None
        if model.semantic is not None and model.semantic.resolve(callee) is not None:
            return None  # a `sorted` / `list` of the file's own, not the builtin
        seq = sdk.unwrap(args[0]) or args[0]
    if seq.type in ("dictionary", "dictionary_comprehension"):
        return dict_value_loss(model, seq)  # `FEES[kind]` of `FEES = {"a": Decimal(...)}`
    if seq.type not in ("list", "list_comprehension", "generator_expression"):
        return None
    losses = [classify(model, sdk.unwrap(i) or i) for i in iterable_items(model, seq)]
    if not losses or any(loss is None for loss in losses):
        return None
    return losses[0]


def dict_value_loss(model: ScriptModel, built: Node) -> Loss | None:
    """What JSON loses of any value of a dict literal or comprehension whose values all
    lose the same way (`{5: Grade.A, 4: Grade.B}`, `{k: Decimal(v) for ...}`)."""
    if built.type == "dictionary_comprehension":
        pair = built.child_by_field_name("body")
        values = [pair.child_by_field_name("value")] if pair is not None else []
    else:
        values = [p.child_by_field_name("value") for p in built.named_children if p.type == "pair"]
        if len(values) != built.named_child_count - sum(
            1 for c in built.named_children if c.type == "comment"
        ):
            return None  # `{**base, "x": ...}`: a spread's values are not known
    losses = [classify(model, sdk.unwrap(v) or v) for v in values if v is not None]
    if not losses or len(losses) != len(values):
        return None
    first = losses[0]
    if first is None or any(loss is None or loss.what != first.what for loss in losses):
        return None
    return replace(first, fix=None)


def dict_get_loss(model: ScriptModel, callee: Node, call: Node) -> Loss | None:
    """`FEES.get(kind)` / `GRADES.get(score, Grade.B)` of a name bound once to a dict
    whose values all lose the same way: what the value found loses."""
    owner = sdk.unwrap(callee.child_by_field_name("object"))
    if owner is None or owner.type != "identifier":
        return None
    args, keywords, _ = sdk.arguments_of(model, call)
    if keywords or not 1 <= len(args) <= 2:
        return None
    value = sdk.bound_value(model, model.text(owner), owner)
    built = sdk.unwrap(value) if value is not None else None
    if built is None or built.type not in ("dictionary", "dictionary_comprehension"):
        return None
    return dict_value_loss(model, built)


def iterable_items(model: ScriptModel, iterable: Node) -> list[Node]:
    """The expressions that build the items of `iterable`: a comprehension's body, a
    list / tuple literal's items, or those of what a name is bound to (once)."""
    if iterable.type == "identifier":
        value = sdk.bound_value(model, model.text(iterable), iterable)
        if value is None:
            return []
        iterable = sdk.unwrap(value) or value
    if iterable.type in COMPREHENSIONS:
        body = iterable.child_by_field_name("body")
        return [body] if body is not None else []
    if iterable.type in ("list", "tuple"):
        return [i for i in iterable.named_children if i.type != "comment"]
    return []


# `statistics` functions whose result has the type of the items they are given: the
# mean or median of `Decimal`s is a `Decimal` (of `Fraction`s a `Fraction`), and the
# low / high median and the mode are one of the items (`fmean` / `geometric_mean` /
# `harmonic_mean` give floats)
STATISTICS_KEEPING = frozenset(
    {
        "statistics.mean",
        "statistics.median",
        "statistics.median_low",
        "statistics.median_high",
        "statistics.mode",
    }
)


def statistics_result_loss(model: ScriptModel, call: Node) -> Loss | None:
    """`statistics.median(amounts)` of `Decimal`s: a `Decimal`."""
    args, _, _ = sdk.arguments_of(model, call)
    if not args:
        return None
    for node in iterable_items(model, sdk.unwrap(args[0]) or args[0]):
        loss = classify(model, sdk.unwrap(node) or node)
        if loss is not None and loss.what in NUMERIC_WHATS:
            return loss
    return None


def awaits_own_result(model: ScriptModel, callee: Node, call: Node | None) -> bool:
    """`await RemoteJob(url)` where the class defines `__await__`: the value is what
    that returns, not the instance."""
    if call is None or call.parent is None or call.parent.type != "await":
        return False
    value = sdk.bound_value(model, model.text(callee), callee)
    return value is not None and re.search(r"\bdef\s+__await__\s*\(", model.text(value)) is not None


# Calls that return one item of the sequence they are given.
PICKING = {"choice", "min", "max"}


def picked_member_loss(model: ScriptModel, call: Node, callee: Node) -> Loss | None:
    """`random.choice([Tier.GOLD, Tier.FREE])`, `max([a, b])`: one item of a list /
    tuple literal, whose items all lose the same way, or of a comprehension (also
    through a name bound once to one)."""
    if model.text(callee).rsplit(".", 1)[-1] not in PICKING:
        return None
    args, _, _ = sdk.arguments_of(model, call)
    if len(args) != 1:
        return None
    seq = sdk.unwrap(args[0])
    if seq is not None and seq.type == "identifier":
        # `starts = [datetime.fromisoformat(c) for c in rows]` then `min(starts)`
        value = sdk.bound_value(model, model.text(seq), seq)
        seq = sdk.unwrap(value) if value is not None else None
    if seq is not None and seq.type in ("generator_expression", "list_comprehension"):
        # `max(parse(e["at"]) for e in events)`: one of the items it builds
        body = seq.child_by_field_name("body")
        return classify(model, sdk.unwrap(body) or body) if body is not None else None
    if seq is None or seq.type not in ("list", "tuple"):
        return None
    items = [i for i in seq.named_children if i.type != "comment"]
    losses = [classify(model, sdk.unwrap(i) or i) for i in items]
    if not losses or any(loss is None for loss in losses):
        return None
    return losses[0]


ERROR_CLASSES = {
    "Error",
    "TypeError",
    "RangeError",
    "SyntaxError",
    "ReferenceError",
    "EvalError",
    "URIError",
    "AggregateError",
}


# Methods that return an iterator when called without arguments, on a Map, a Set, an
# array, `Headers`, `FormData`, `URLSearchParams` (`Object.keys(o)` takes one: an array);
# `iterable_receiver` says which receivers are those.
ITERATOR_METHODS = {"values", "keys", "entries"}
# ES2025 iterator helpers that return an iterator again (`toArray`, `reduce`, `some`, ...
# do not)
ITERATOR_HELPERS = {"map", "filter", "take", "drop", "flatMap"}


GENERATORS = ("generator_function_declaration", "generator_function")


# Web objects with no enumerable own properties: JSON writes `{}` for them.
BINARY_BODIES = {"arrayBuffer": "an `ArrayBuffer`", "blob": "a `Blob`", "formData": "a `FormData`"}


WEB_OBJECTS = {
    "Response": "a `Response`",
    "Request": "a `Request`",
    "Headers": "a `Headers`",
    "Blob": "a `Blob`",
    "File": "a `File`",
    "FormData": "a `FormData`",
    "ArrayBuffer": "an `ArrayBuffer`",
    "ReadableStream": "a `ReadableStream`",
}


FUNCTION_VALUES = ("arrow_function", "function_expression", "function")


# The members of a fetch `Response` that are web objects themselves (its other fields,
# `status`, `ok`, `url`..., are plain values): `res.headers` is a `Headers`, `res.body`
# a `ReadableStream`, and JSON writes `{}` for both.
RESPONSE_MEMBERS = {"headers": "Headers", "body": "ReadableStream"}
RESPONSE = "a `Response`"


def response_member_loss(model: ScriptModel, node: Node) -> Loss | None:
    """`res.headers` / `res.body` of a fetch Response (`res` bound to `await fetch(...)`,
    or the call itself): the member's own loss."""
    prop = node.child_by_field_name("property")
    if prop is None:
        return None
    member = RESPONSE_MEMBERS.get(model.text(prop))
    if member is None:
        return None
    holder = sdk.unwrap(node.child_by_field_name("object"))
    if holder is None or holder.type not in ("identifier", "call_expression"):
        return None
    held = classify(model, holder)
    if held is None or held.what != RESPONSE:
        return None
    return Loss(WEB_OBJECTS[member], EMPTY_OBJECT, True)


# Calls that return a bigint: Bun's 64-bit hashes (`Bun.hash` is wyhash; its 32-bit
# ones, `crc32`, `adler32`, `xxHash32`, ..., return numbers), `BigInt.asUintN`.
BIGINT_CALLS = frozenset(
    {
        "Bun.hash",
        "Bun.hash.wyhash",
        "Bun.hash.cityHash64",
        "Bun.hash.xxHash64",
        "Bun.hash.xxHash3",
        "Bun.hash.murmur64v2",
        "Bun.hash.rapidhash",
        "BigInt.asUintN",
        "BigInt.asIntN",
        # Node's (and Bun's) nanosecond clock: `process.hrtime.bigint()`
        "process.hrtime.bigint",
    }
)


# Their last names, which a call must end with to be resolved at all
BIGINT_METHODS = frozenset(name.rpartition(".")[2] for name in BIGINT_CALLS)


# JSON writes `null` for the numbers that are not finite (`JSON.stringify(Infinity)`):
# the global, and `Number`'s constants, by qualified name. An infinity is a bound
# ("no limit") that `null` turns into 0 wherever it is computed with; `NaN` is left to
# the dead `Number.isNaN` test (its `null` is as much "no number" as it was).
NON_FINITE_GLOBALS = frozenset({"Infinity"})
NON_FINITE_NAMES = {
    LanguageKind.PYTHON: frozenset[str](),
    LanguageKind.TYPESCRIPT: NON_FINITE_GLOBALS,
}
NON_FINITE_MEMBERS = frozenset({"Number.POSITIVE_INFINITY", "Number.NEGATIVE_INFINITY"})
NON_FINITE_PROPERTIES = frozenset(name.rpartition(".")[2] for name in NON_FINITE_MEMBERS)


# The nodes that can be (or be one of) an infinity, and an `AbortSignal`
NON_FINITE_KINDS = frozenset(
    {"unary_expression", "member_expression", "ternary_expression", "binary_expression"}
)
SIGNAL_KINDS = frozenset({"call_expression", "member_expression"})


NON_FINITE_LOSS = Loss(
    "a number JSON cannot write",
    "`null`, which arithmetic, comparisons and `Math.min` / `Math.max` read as 0",
    True,
)


# Operators whose value is one of their operands (`a ?? b`, `a || b`: either; `a && b`:
# the right one, or a falsy left one)
EITHER_OPERAND = frozenset({"??", "||"})


def value_alternatives(model: ScriptModel, expr: Node) -> list[Node]:
    """The expressions a TypeScript value is one of: the branches of `c ? a : b`, the
    operands of `a ?? b` / `a || b`, the right side of `a && b`."""
    if expr.type == "ternary_expression":
        picked = [expr.child_by_field_name("consequence"), expr.child_by_field_name("alternative")]
    elif expr.type == "binary_expression":
        op = expr.child_by_field_name("operator")
        shown = model.text(op) if op is not None else ""
        if shown in EITHER_OPERAND:
            picked = [expr.child_by_field_name("left"), expr.child_by_field_name("right")]
        elif shown == "&&":
            picked = [expr.child_by_field_name("right")]
        else:
            return []
    else:
        return []
    return [sdk.unwrap(p) or p for p in picked if p is not None]


def non_finite(model: ScriptModel, node: Node, depth: int = 0) -> Node | None:
    """`Infinity`, `-Infinity`, `Number.POSITIVE_INFINITY`, or a value that may be one
    (`body.max ?? Infinity`, `cap > 0 ? cap : Infinity`): the node that is one (the
    global, not a name of the file)."""
    if depth < 3:
        for alternative in value_alternatives(model, node):
            found = non_finite(model, alternative, depth + 1)
            if found is not None:
                return found
    if node.type == "unary_expression":
        op = node.child_by_field_name("operator")
        if op is None or model.text(op) != "-":
            return None
        operand = node.child_by_field_name("argument")
        inner = sdk.unwrap(operand) or operand if operand is not None else None
        return node if inner is not None and non_finite(model, inner, 3) is not None else None
    if node.type == "identifier" and model.text(node) in NON_FINITE_GLOBALS:
        semantic = model.semantic
        return node if semantic is None or semantic.resolve(node) is None else None
    if node.type == "member_expression" and model.semantic is not None:
        prop = node.child_by_field_name("property")
        if prop is None or model.text(prop) not in NON_FINITE_PROPERTIES:
            return None  # resolved only when spelled like one
        if model.semantic.qualified_name(node) in NON_FINITE_MEMBERS:
            return node
    return None


# The signals `AbortSignal`'s own factories make: JSON writes `{}` for a signal (its
# state is in getters), and for an `AbortController`.
ABORT_SIGNAL_CALLS = frozenset({"AbortSignal.timeout", "AbortSignal.any", "AbortSignal.abort"})
ABORT_SIGNAL_METHODS = frozenset(name.rpartition(".")[2] for name in ABORT_SIGNAL_CALLS)
ABORT_SIGNAL_LOSS = Loss("an `AbortSignal`", EMPTY_OBJECT, True)


def abort_signal(model: ScriptModel, node: Node) -> bool:
    """`AbortSignal.timeout(ms)`, or `ctrl.signal` of `ctrl = new AbortController()`."""
    semantic = model.semantic
    if node.type == "call_expression":
        callee = sdk.callee_of(node)
        if callee is None or callee.type != "member_expression" or semantic is None:
            return False
        prop = callee.child_by_field_name("property")
        return (
            prop is not None
            and model.text(prop) in ABORT_SIGNAL_METHODS  # resolved only when spelled so
            and semantic.qualified_name(callee) in ABORT_SIGNAL_CALLS
        )
    if node.type != "member_expression":
        return False
    obj = node.child_by_field_name("object")
    prop = node.child_by_field_name("property")
    if obj is None or prop is None or model.text(prop) != "signal":
        return False
    made = obj
    if obj.type == "identifier":
        made = sdk.unwrap(sdk.bound_value(model, model.text(obj), obj)) or obj
    return made.type == "new_expression" and made_by(model, made, "AbortController")


def made_by(model: ScriptModel, built: Node, cls: str) -> bool:
    """`new cls(...)` of the global class (not a class of the file of that name)."""
    ctor = built.child_by_field_name("constructor")
    return (
        ctor is not None and model.text(ctor) == cls and sdk.bound_value(model, cls, ctor) is None
    )


# Calls that return the array they are given, filled: `crypto.getRandomValues(buf)`.
FILLING_CALLS = frozenset(
    {
        "crypto.getRandomValues",
        "globalThis.crypto.getRandomValues",
        "node:crypto.getRandomValues",
        "crypto.webcrypto.getRandomValues",
        "node:crypto.webcrypto.getRandomValues",
    }
)


# zod types whose parsed value JSON does not carry (`z.date()`, `z.coerce.date()`, ...),
# by the name under `zod` / `zod.z` (and `coerce`).
ZOD_LOSSES = {
    "date": ("a `Date`", "its ISO string", False),
    "bigint": ("a `bigint`", "a string of its digits", False),
    "map": ("a `Map`", "`{}` (its entries are lost)", True),
    "set": ("a `Set`", "`{}` (its items are lost)", True),
}


ZOD_PARSE = frozenset({"parse", "parseAsync"})


def zod_member_loss(model: ScriptModel, node: Node) -> Loss | None:
    """`balance.minorUnits` (or `Balance.parse(x).minorUnits`) with `balance =
    Balance.parse(...)` and `minorUnits: z.coerce.bigint()`: that member's own loss."""
    prop = node.child_by_field_name("property")
    holder = sdk.unwrap(node.child_by_field_name("object"))
    if prop is None or holder is None:
        return None
    if holder.type == "identifier":
        item = parsed_item_callee(model, holder)
        if item is not None:
            # `roster.filter(...).map((s) => s.expiry)` over `rows.map((r) =>
            # Singer.parse(r))`: each item is what the schema parsed
            return zod_parsed_loss(model, item, model.text(prop))
        holder = sdk.unwrap(sdk.bound_value(model, model.text(holder), holder))
    if holder is None or holder.type != "call_expression":
        return None
    callee = sdk.callee_of(holder)
    return zod_parsed_loss(model, callee, model.text(prop)) if callee is not None else None


# Array methods handing their callback the items of the array they are called on
ITEM_CALLBACKS = frozenset(
    {"map", "filter", "forEach", "find", "findLast", "some", "every", "flatMap"}
)
# Array methods giving back (some of) the same items
SAME_ITEMS = frozenset({"filter", "slice", "sort", "toSorted", "reverse", "toReversed", "concat"})


def parsed_item_callee(model: ScriptModel, param: Node) -> Node | None:
    """The `Schema.parse` callee that made the items an array callback's parameter
    `param` receives (`(s) => ...` given to `xs.map` / `.filter` / `.forEach`, where `xs`
    is, through `.filter` / `.slice` / `.sort` and names bound once, `rows.map((r) =>
    Schema.parse(r))`); None for anything else."""
    semantic = model.semantic
    if semantic is None:
        return None
    binding = semantic.lookup(model.text(param), semantic.scope_at(param))
    if binding is None or binding.kind != BindingKind.PARAMETER or binding.node is None:
        return None
    fn = binding.node.parent
    while fn is not None and fn.type not in ("arrow_function", "function_expression"):
        if fn.type not in ("formal_parameters", "required_parameter", "optional_parameter"):
            return None
        fn = fn.parent
    args = fn.parent if fn is not None else None
    call = args.parent if args is not None and args.type == "arguments" else None
    callee = sdk.callee_of(call) if call is not None else None
    if callee is None or callee.type != "member_expression":
        return None
    method = callee.child_by_field_name("property")
    if method is None or model.text(method) not in ITEM_CALLBACKS:
        return None
    if args is None or next((a for a in args.named_children if a.type != "comment"), None) != fn:
        return None  # the callback is the first argument
    items = sdk.unwrap(callee.child_by_field_name("object"))
    for _ in range(8):
        if items is None:
            return None
        if items.type == "identifier":
            items = sdk.unwrap(sdk.bound_value(model, model.text(items), items))
            continue
        if items.type in ("await_expression", "parenthesized_expression"):
            items = sdk.unwrap(items.named_children[-1]) if items.named_children else None
            continue
        if items.type != "call_expression":
            return None
        inner = sdk.callee_of(items)
        name = inner.child_by_field_name("property") if inner is not None else None
        if inner is None or name is None or inner.type != "member_expression":
            return None
        if model.text(name) in SAME_ITEMS:
            items = sdk.unwrap(inner.child_by_field_name("object"))
            continue
        if model.text(name) != "map":
            return None
        given = items.child_by_field_name("arguments")
        mapper = (
            next((a for a in given.named_children if a.type != "comment"), None) if given else None
        )
        made = mapper.child_by_field_name("body") if mapper is not None else None
        if mapper is None or mapper.type != "arrow_function" or made is None:
            return None
        made = sdk.unwrap(made)
        if made is None or made.type != "call_expression":
            return None  # `(r) => { ... }`: not read
        return sdk.callee_of(made)
    return None


def zod_parsed_loss(model: ScriptModel, callee: Node, only: str | None = None) -> Loss | None:
    """`Order.parse(json)` / `await Order.parseAsync(json)` with `Order = z.object({
    createdAt: z.coerce.date(), ... })` of the file: the parsed object holds a `Date`
    (`only`: the member of that name alone)."""
    semantic = model.semantic
    if semantic is None or callee.type != "member_expression":
        return None
    method = callee.child_by_field_name("property")
    receiver = sdk.unwrap(callee.child_by_field_name("object"))
    if method is None or model.text(method) not in ZOD_PARSE or receiver is None:
        return None
    if receiver.type != "identifier":
        return None
    schema = sdk.unwrap(sdk.bound_value(model, model.text(receiver), receiver))
    shape = None
    while schema is not None and schema.type == "call_expression":
        inner = sdk.callee_of(schema)
        if inner is None or inner.type != "member_expression":
            break
        if zod_name(model, inner) == "object":
            args = schema.child_by_field_name("arguments")
            shape = (
                next((a for a in args.named_children if a.type == "object"), None) if args else None
            )
            break
        schema = sdk.unwrap(inner.child_by_field_name("object"))  # `.strict()`, `.extend(...)`
    if shape is None:
        return None
    for pair in shape.named_children:
        key = pair.child_by_field_name("key") if pair.type == "pair" else None
        if only is not None and (key is None or model.text(key).strip("\"'") != only):
            continue
        value = sdk.unwrap(pair.child_by_field_name("value")) if key is not None else None
        # the type a field's chain starts from (`z.coerce.date().optional()`)
        while value is not None and value.type == "call_expression":
            inner = sdk.callee_of(value)
            if inner is None or inner.type != "member_expression":
                break
            base = sdk.unwrap(inner.child_by_field_name("object"))
            prop = inner.child_by_field_name("property")
            if prop is not None and model.text(prop) == "transform" and key is not None:
                # the outermost `.transform(fn)` decides what the field holds: what
                # `fn` returns (`(tags) => new Set(tags)`)
                made = transformed_loss(model, value)
                if made is not None:
                    return Loss(
                        f"{made.what} member (`{model.text(key)}`) of the zod schema "
                        f"`{model.text(receiver)}`",
                        made.becomes,
                        made.lossy,
                    )
                break
            if base is None or base.type != "call_expression":
                kind = zod_name(model, inner)
                if kind in ZOD_LOSSES and key is not None:
                    what, becomes, lossy = ZOD_LOSSES[kind]
                    member = model.text(key)
                    return Loss(
                        f"{what} member (`{member}`) of the zod schema `{model.text(receiver)}`",
                        becomes,
                        lossy,
                    )
                break
            value = base
    return None


def transformed_loss(model: ScriptModel, call: Node) -> Loss | None:
    """What the function given to a zod `.transform(fn)` returns, when JSON does not
    carry it: an arrow's expression body or the value of its only `return`."""
    args = call.child_by_field_name("arguments")
    fn = sdk.unwrap(args.named_children[0]) if args is not None and args.named_children else None
    if fn is None or fn.type not in FUNCTION_VALUES:
        return None
    body = fn.child_by_field_name("body")
    if body is not None and body.type == "statement_block":
        returns = [c for c in body.named_children if c.type == "return_statement"]
        body = (
            returns[0].named_children[0]
            if len(returns) == 1 and returns[0].named_children
            else None
        )
    body = sdk.unwrap(body)
    return classify_typescript(model, body) if body is not None else None


AXIOS_RESPONSE = Loss(
    "an axios response",
    "`JSON.stringify` throws on it (its `request` is the circular `ClientRequest`: "
    '"Converting circular structure to JSON"), so it is never checkpointed and the call '
    "fails; return its `.data`",
    True,
    "{}.data",
    raises=True,
)


# Operators that give a bigint when one operand is one (the other must be one too, or
# the operation throws a TypeError: `1n * 2` cannot mix BigInt and other types).
BIGINT_OPERATORS = frozenset({"-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>"})


def bigint_arithmetic(model: ScriptModel, node: Node) -> Loss | None:
    """`BigInt(pool) * BigInt(bp) / 10_000n`, `-share`: arithmetic on a bigint is a
    bigint (`+` only with a bigint on both sides: with a string it concatenates).
    Evaluated bottom-up without recursion: a chain of operators nests as deep as it is
    long."""
    found: dict[int, Loss | None] = {}
    stack: list[tuple[Node, list[Node] | None]] = [(node, None)]
    while stack:
        current, operands = stack.pop()
        if operands is None:
            operands = arithmetic_operands(model, current)
            if operands is None:
                found[current.id] = classify(model, current)
                continue
            stack.append((current, operands))
            stack.extend((side, None) for side in operands)
            continue
        losses = [found.get(side.id) for side in operands]
        bigint = [loss is not None and loss.what == "a `bigint`" for loss in losses]
        plus = current.type == "binary_expression" and _operator(model, current) == "+"
        found[current.id] = (
            next((loss for loss in losses if loss is not None), None)
            if all(bigint) or (any(bigint) and not plus)
            else None
        )
    return found.get(node.id)


def _operator(model: ScriptModel, node: Node) -> str:
    op = node.child_by_field_name("operator")
    return model.text(op) if op is not None else ""


def arithmetic_operands(model: ScriptModel, node: Node) -> list[Node] | None:
    """The operands of `a * b` / `-a` (unwrapped), None for any other node."""
    if node.type == "unary_expression" and _operator(model, node) in ("-", "~"):
        arg = node.child_by_field_name("argument")
        return [sdk.unwrap(arg) or arg] if arg is not None else None
    if node.type == "binary_expression" and (
        _operator(model, node) in BIGINT_OPERATORS or _operator(model, node) == "+"
    ):
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        if left is None or right is None:
            return None
        return [sdk.unwrap(left) or left, sdk.unwrap(right) or right]
    return None


# Methods that return their receiver: `acc.add(x)` is the Set `acc` again.
RECEIVER_RETURNING = frozenset({"add", "set"})


def folded_loss(model: ScriptModel, call: Node) -> Loss | None:
    """`xs.reduce((acc, x) => acc.add(x), new Set())`: the initial value, when the
    callback hands back its accumulator (`acc`, `acc.add(x)`, `acc.set(k, v)`,
    `(acc.push(x), acc)`) on every `return`."""
    args = call.child_by_field_name("arguments")
    given = [a for a in args.named_children if a.type != "comment"] if args is not None else []
    if len(given) != 2:
        return None
    fn = sdk.unwrap(given[0])
    if fn is None or fn.type not in ("arrow_function", "function_expression", "function"):
        return None
    acc = sdk.first_parameter_name(model, fn)
    if acc is None:
        return None
    body = fn.child_by_field_name("body")
    if body is None:
        return None
    if body.type == "statement_block":
        returned: list[Node | None] = []
        stack = list(body.named_children)
        while stack:
            node = stack.pop()
            if node.type in FUNCTION_VALUES or node.type in (
                "function_declaration",
                "class_declaration",
                "method_definition",
            ):
                continue  # a nested function's returns are its own
            if node.type == "return_statement":
                returned.append(node.named_children[0] if node.named_children else None)
                continue
            stack.extend(node.named_children)
    else:
        returned = [body]
    initial = sdk.unwrap(given[1])
    if not returned or initial is None:
        return None
    seeded = classify(model, initial)
    if seeded is not None and seeded.what == "a `bigint`":
        # `xs.reduce((acc, x) => acc + BigInt(x), 0n)`: arithmetic on a bigint
        # accumulator stays a bigint (or throws, mixed with a number)
        if all(value is not None and _folds_onto(model, value, acc) for value in returned):
            return seeded
        return None
    if not all(value is not None and _hands_back(model, value, acc) for value in returned):
        return None
    return seeded


def _folds_onto(model: ScriptModel, value: Node, acc: str) -> bool:
    """`value` is the accumulator `acc`, or arithmetic with it as an operand (`acc +
    x`, `acc * 2n`), not a concatenation with a string."""
    value = sdk.unwrap(value) or value
    if value.type == "identifier":
        return model.text(value) == acc
    operands = arithmetic_operands(model, value)
    if operands is None or not any(
        side.type == "identifier" and model.text(side) == acc for side in operands
    ):
        return False
    return not any(side.type in ("string", "template_string") for side in operands)


def _hands_back(model: ScriptModel, value: Node, acc: str) -> bool:
    value = sdk.unwrap(value) or value
    if value.type == "sequence_expression" and value.named_children:
        value = sdk.unwrap(value.named_children[-1]) or value.named_children[-1]
    if value.type == "identifier":
        return model.text(value) == acc
    if value.type != "call_expression":
        return False
    callee = sdk.callee_of(value)
    if callee is None or callee.type != "member_expression":
        return False
    receiver = sdk.unwrap(callee.child_by_field_name("object"))
    prop = callee.child_by_field_name("property")
    return (
        receiver is not None
        and receiver.type == "identifier"
        and model.text(receiver) == acc
        and prop is not None
        and model.text(prop) in RECEIVER_RETURNING
    )


def classify_typescript(model: ScriptModel, node: Node) -> Loss | None:
    if node.type == "number" and model.text(node).endswith("n"):
        return Loss("a `bigint`", "a string of its digits", False)
    kind = node.type
    if kind in NON_FINITE_KINDS and non_finite(model, node) is not None:
        return NON_FINITE_LOSS
    if kind in SIGNAL_KINDS and abort_signal(model, node):
        return ABORT_SIGNAL_LOSS
    if node.type in ("binary_expression", "unary_expression"):
        if arithmetic_operands(model, node) is None:
            return None  # `a >= b`, `!x`, `a ?? b`: no bigint
        return bigint_arithmetic(model, node)
    if node.type == "regex":
        return regexp_loss()
    if node.type == "call_expression":
        callee = sdk.callee_of(node)
        if callee is None:
            return None
        name = model.text(callee)
        if name == "BigInt" or (
            name.rpartition(".")[2] in BIGINT_METHODS  # spelled like one: then resolved
            and model.semantic is not None
            and model.semantic.qualified_name(callee) in BIGINT_CALLS
        ):
            return Loss("a `bigint`", "a string of its digits", False)
        if (name == "structuredClone" and sdk.bound_value(model, name, callee) is None) or (
            model.semantic is not None and model.semantic.qualified_name(callee) in FILLING_CALLS
        ):
            # the global deep copy keeps the type: a Map's clone is a Map; and
            # `crypto.getRandomValues(new Uint8Array(8))` returns the array it fills
            given = node.child_by_field_name("arguments")
            first = (
                next((a for a in given.named_children if a.type != "comment"), None)
                if given
                else None
            )
            inner = sdk.unwrap(first)
            return classify(model, inner) if inner is not None else None
        if name == "Map.groupBy" and sdk.bound_value(model, "Map", callee) is None:
            # ES2024: a Map of arrays, where `Object.groupBy` gives a plain object
            return Loss("a `Map`", "`{}` (its entries are lost)", True, "Object.fromEntries({})")
        number = number_library_loss(model, node)
        if number is not None:
            return number
        if axios_response(model, callee):
            return AXIOS_RESPONSE
        bytes_loss = binary_call_loss(model, node, callee)
        if bytes_loss is not None:
            return bytes_loss
        parsed = zod_parsed_loss(model, callee)
        if parsed is not None:
            return parsed
        args = node.child_by_field_name("arguments")
        no_args = args is None or not args.named_children
        if callee.type == "member_expression":
            method = callee.child_by_field_name("property")
            receiver = callee.child_by_field_name("object")
            method_name = model.text(method) if method is not None else ""
            if method_name in ("reduce", "reduceRight"):
                folded = folded_loss(model, node)
                if folded is not None:
                    return folded
            if (
                method_name in SET_ALGEBRA
                and receiver is not None
                and (made := classify(model, receiver)) is not None
                and made.what == "a `Set`"
            ):
                # ES2025 `a.union(b)`, `a.difference(b)`, ...: a new Set
                return made
            if method_name == "matchAll" or (
                method_name in ITERATOR_METHODS
                and no_args
                and receiver is not None
                and iterable_receiver(model, receiver)
            ):
                return iterator_loss("an iterator")
            if (
                method_name in ITERATOR_HELPERS
                and receiver is not None
                and (iterated := classify(model, receiver)) is not None
                and iterated.what in ("an iterator", "a generator object")
            ):
                # ES2025 iterator helpers: `m.values().filter(...)`, `gen().take(5)` are
                # iterators again (`.toArray()` is the array)
                return iterator_loss("an iterator")
        if name == "Iterator.from" and sdk.bound_value(model, "Iterator", callee) is None:
            return iterator_loss("an iterator")
        if callee.type == "identifier":
            bound = sdk.bound_value(model, name, callee)
            if bound is not None and bound.type in GENERATORS:
                return iterator_loss("a generator object")
            if name == "fetch" and global_fetch(model, callee):
                # the global `fetch` (or node-fetch's): a Response, whose fields are getters
                return Loss(RESPONSE, EMPTY_OBJECT, True)
        if callee.type == "member_expression" and no_args:
            prop = callee.child_by_field_name("property")
            binary = BINARY_BODIES.get(model.text(prop)) if prop is not None else None
            if binary is not None:
                # `await res.arrayBuffer()` / `.blob()` / `.formData()` of a response body
                return Loss(binary, EMPTY_OBJECT, True)
        if name in ("Buffer.from", "Buffer.alloc", "Buffer.concat") or (
            callee.type == "member_expression" and name.endswith(".digest") and no_args
        ):
            # `hash.digest()` without an encoding is a Buffer
            return Loss("a `Buffer`", '`{ type: "Buffer", data: [...] }`', True, None)
        library = library_value_loss(model, node, callee)
        if library is not None:
            return library
        return date_library_loss(model, node)
    if node.type == "member_expression":
        return response_member_loss(model, node) or zod_member_loss(model, node)
    if node.type != "new_expression":
        return None
    ctor = node.child_by_field_name("constructor")
    if ctor is None:
        return None
    name = model.text(ctor)
    if name == "Date":
        return Loss("a `Date`", "its ISO string", False, "{}.toISOString()")
    number = number_library_loss(model, node)
    if number is not None:
        return number
    if name == "RegExp":
        return regexp_loss()
    if name in ERROR_CLASSES:
        article = "an" if name[0] in "AE" else "a"
        return Loss(
            f"{article} `{name}`", "`{}` (its `message` and `stack` are not enumerable)", True
        )
    if name == "URL":
        return Loss("a `URL`", "its `href` string", False, "{}.href")
    if name in WEB_OBJECTS:
        return Loss(WEB_OBJECTS[name], EMPTY_OBJECT, True)
    if name == "URLSearchParams":
        return Loss("a `URLSearchParams`", EMPTY_OBJECT, True, "{}.toString()")
    if name == "Set":
        return Loss("a `Set`", "`{}` (its items are lost)", True, "Array.from({})")
    if name == "Map":
        return Loss("a `Map`", "`{}` (its entries are lost)", True, "Object.fromEntries({})")
    if name == "AbortController" and made_by(model, node, name):
        return Loss("an `AbortController`", EMPTY_OBJECT, True)
    if name in TYPED_ARRAYS:
        return Loss(
            f"{indefinite(name)} `{name}`",
            'an object of its indexes (`{"0": ..., "1": ...}`)',
            True,
            "Array.from({})",
        )
    if local_class(model, ctor):
        cls = sdk.bound_value(model, name, ctor)
        becomes = (
            "a plain object whose fields of types JSON changes (`Date`, `Map`, `Set`, "
            "`bigint`...) come back as strings or `{}`"
            if cls is not None and data_only_class(model, cls, typed=False)
            else f"a plain object without {lost_members(model, cls) if cls else 'its methods'}"
        )
        return Loss(f"{indefinite(name)} `{name}` instance", becomes, False)
    return None


@dataclass(frozen=True)
class SharedTaskResult:
    """What JSON does to the result of a task another module of the workspace defines:
    the loss of the whole value (None: it survives, or is not known) and the row of the
    return showing it, and the losses of the members of an object / dict literal it
    returns (`{ cm, at: new Date(s) }`: `at`), each with the row of its value."""

    loss: Loss | None
    row: int
    members: tuple[tuple[str, Loss, int], ...]
    shown: str  # the module, as messages show it


def shared_task_result(ctx: RuleContext, callee: Node) -> SharedTaskResult | None:
    """The result of the task another module of the workspace defines that `callee`
    names (`load_invoice` of `f/shared/tasks.py`, `loadIndex` of `/f/shared/tasks.ts`,
    re-exports followed), read in that module: the first value its function returns (or
    its declared return type) that JSON does not carry, and what JSON does to each
    member of an object literal it returns; what it returns through a helper of a third
    module is followed too. None: `callee` is not such a task."""
    from wac_lint.rules._imported_values import imported_origin

    model, workspace = ctx.model, ctx.workspace
    semantic = model.semantic
    base = chain_root(callee)
    if workspace is None or semantic is None or base is None:
        return None
    binding = semantic.resolve(base)
    if binding is None and not star_imported(model, base):
        return None
    if binding is not None and binding.kind != BindingKind.IMPORT:
        return None
    origin = imported_origin(ctx, callee)
    found = _shared_task_loss(*origin) if origin is not None else None
    if origin is None or found is None:
        return None
    loss, row, members, consulted = found
    workspace.consulted |= consulted
    return SharedTaskResult(loss, row, members, workspace.shown(Path(origin[0])))


def shared_task_result_loss(ctx: RuleContext, callee: Node) -> tuple[Loss, str, int] | None:
    """The loss of the whole result of a shared task (see `shared_task_result`), with
    the module as messages show it and the row of that return."""
    found = shared_task_result(ctx, callee)
    if found is None or found.loss is None:
        return None
    return found.loss, found.shown, found.row


# The nodes of an object / dict literal's members, and of a member's key
OBJECT_LITERALS = frozenset({"object", "dictionary"})
MEMBER_KEYS = frozenset({"property_identifier", "identifier", "string"})


def literal_member_losses(model: ScriptModel, literal: Node) -> Iterator[tuple[str, Loss, int]]:
    """`{ cm: body.cm, at: new Date(s) }` / `{"at": datetime.now()}`: each member whose
    value JSON does not carry, by its key, with what it loses and the row of the value."""
    for child in literal.named_children:
        if child.type == "shorthand_property_identifier":
            key, value = model.text(child), child
        elif child.type == "pair":
            key_node, value_node = (
                child.child_by_field_name("key"),
                child.child_by_field_name("value"),
            )
            if key_node is None or value_node is None or key_node.type not in MEMBER_KEYS:
                continue
            key = model.text(key_node)
            if key_node.type == "string":
                key = key.strip("\"'`")
                if not key.isidentifier():
                    continue
            value = value_node
        else:
            continue
        loss = classify(model, sdk.unwrap(value) or value)
        if loss is not None:
            yield key, loss, value.start_point[0] + 1


@lru_cache(maxsize=64)
def _shared_task_loss(
    file: str, name: str, _key: tuple[int, int]
) -> tuple[Loss | None, int, tuple[tuple[str, Loss, int], ...], frozenset[Path]] | None:
    """`shared_task_result` in the module `file` (per version of it): the loss of the
    whole value, the row of the return, the losses of the members of a returned literal,
    and the files read to judge it (for the caches); None where `name` is no task."""
    from wac_lint.engine import InputError, read_source
    from wac_lint.frontends import build_model

    try:
        other = build_model(read_source(file))
    except (InputError, OSError, RecursionError):
        return None
    task = next(
        (t for t in other.tasks if t.binding == name and t.top_level and t.function is not None),
        None,
    )
    if task is None or task.function is None:
        return None
    fn = task.function.node
    view = WorkspaceView(Path(file))
    members: dict[str, tuple[str, Loss, int]] = {}
    for value in returned(other, fn):
        expr = sdk.unwrap(value) or value
        loss = classify(other, expr)
        if loss is None and expr.type in OBJECT_LITERALS:
            for member in literal_member_losses(other, expr):
                members.setdefault(member[0], member)
            continue
        if loss is None and expr.type in ("call", "call_expression"):
            inner = sdk.callee_of(expr)
            loss = result_loss_in(other, view, inner) if inner is not None else None
        if loss is not None:
            return loss, expr.start_point[0] + 1, (), frozenset(view.consulted)
    found = tuple(members.values())
    loss = declared_loss(other, fn)
    return loss, task.span.start_row + 1, found, frozenset(view.consulted)
