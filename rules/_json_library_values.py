"""What JSON turns the values of libraries into: HTTP responses, dates of date
libraries, numpy and pandas values, zod schemas, database results, binary bodies
(WAC107)."""

from __future__ import annotations

import re

from wac_lint.model import ScriptModel
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._json_declared import local_class
from wac_lint.rules._json_losses import EMPTY_OBJECT, Loss
from wac_lint.rules._sdk_calls import Node
from wac_lint.semantic.scopes import BindingKind

# Methods of a `cryptography` object that answer bytes (a token, a signature, a key).
CRYPTOGRAPHY_BYTES = frozenset(
    {"encrypt", "decrypt", "sign", "finalize", "public_bytes", "private_bytes", "derive"}
)


# Reads of a file object that answer bytes when it was opened in binary mode.
FILE_READS = frozenset({"read", "read1", "readline", "getvalue"})


# HTTP client calls that return a response object (`requests.get(url)`,
# `httpx.AsyncClient(...).post(...)`): not JSON, so `default=str` writes its repr.
HTTP_CLIENT_LIBRARIES = frozenset({"requests", "httpx"})


HTTP_RESPONSE_METHODS = frozenset(
    {"get", "post", "put", "patch", "delete", "head", "options", "request", "send"}
)


# numpy scalars that are not Python numbers (only `float64` subclasses `float`): JSON
# with `default=str` writes them as strings. These calls always return one (an index,
# a truth value, a value of a fixed integer type).
NUMPY_SCALAR_CALLS = {
    **dict.fromkeys(("numpy.argmax", "numpy.argmin"), "a numpy integer (`numpy.intp`)"),
    **dict.fromkeys(("numpy.all", "numpy.any"), "a numpy `bool_`"),
    "numpy.bool_": "a numpy `bool_`",
    **{
        f"numpy.{kind}": f"a numpy `{kind}`"
        for kind in (
            "int8",
            "int16",
            "int32",
            "int64",
            "uint8",
            "uint16",
            "uint32",
            "uint64",
            "intc",
            "intp",
            "float32",
            "float16",
        )
    },
}


# Reductions whose result has the array's type: a numpy integer for an integer array.
NUMPY_REDUCTIONS = {"sum", "prod", "max", "min", "amax", "amin", "ptp", "cumsum"}


NUMPY_INT_DTYPES = re.compile(
    r"^(np\.|numpy\.)?u?int(8|16|32|64|c|p)?$|^[\"']u?int(8|16|32|64)?[\"']$"
)


NUMPY_ARRAYS = {"numpy.array", "numpy.asarray", "numpy.arange", "numpy.zeros", "numpy.ones"}


def numpy_scalar_loss(model: ScriptModel, call: Node, qualified: str | None) -> Loss | None:
    """`np.argmax(x)`, `np.all(mask)`, `np.int64(n)`, and a reduction of an array
    given an integer `dtype=` (`np.sum(np.array(xs, dtype=np.int64))`): a numpy scalar,
    which the checkpoint writes as a string (`"12"`, `"False"`, a truthy string)."""
    if qualified is None or not qualified.startswith("numpy."):
        return None
    what = NUMPY_SCALAR_CALLS.get(qualified)
    if what is None and qualified.removeprefix("numpy.") in NUMPY_REDUCTIONS:
        args, options, _ = sdk.arguments_of(model, call)
        typed = next((o.value for o in options if o.name == "dtype"), None)
        inner = sdk.unwrap(args[0]) if args else None
        if typed is None and inner is not None and inner.type == "call":
            callee = sdk.callee_of(inner)
            made = model.semantic.qualified_name(callee) if model.semantic and callee else None
            if made in NUMPY_ARRAYS:
                _, inner_options, _ = sdk.arguments_of(model, inner)
                typed = next((o.value for o in inner_options if o.name == "dtype"), None)
        if typed is not None and NUMPY_INT_DTYPES.match(model.text(typed)):
            what = "a numpy integer"
            if len(args) > 1 or any(o.name == "axis" for o in options):
                return None  # along an axis: an array (reported as one elsewhere)
    if what is None:
        return None
    if "bool_" in what:
        return Loss(what, 'a string (`"False"` is truthy)', False, "bool({})")
    return Loss(what, 'a string (`"12"`)', False, "{}.item()")


# pandas and numpy objects, as `_json_classify.PRINTED_CALLS` names them.
NUMPY_ARRAY = "a numpy array"
PANDAS_FRAME = "a pandas `DataFrame`"
PANDAS_SERIES = "a pandas `Series`"
SERIES_LOSS = Loss(PANDAS_SERIES, "a string of its printed form (`str()`)", True, "{}.tolist()")
# A column the file assigned from `pd.to_datetime(...)`: its values are `Timestamp`s
# (`tolist()` keeps them), its `min` / `max` a `Timestamp`.
DATETIME_SERIES_LOSS = Loss(
    PANDAS_SERIES, "a string of its printed form (`str()`)", True, "{}.astype(str).tolist()"
)
TIMESTAMP_LOSS = Loss(
    "a pandas `Timestamp` (the column holds datetimes)",
    'a string like `"2024-05-01 06:12:00+00:00"`',
    False,
    "{}.isoformat()",
)
PER_COLUMN_LOSS = Loss(
    "a pandas `Series` (one value per column)",
    "a string of its printed form (`str()`)",
    True,
    "{}.to_dict()",
)
FRAME_LOSS = Loss(
    PANDAS_FRAME, "a string of its printed form (`str()`)", True, '{}.to_dict("records")'
)
# A column's reductions answer a scalar of the column's dtype (pandas 2: `Series.sum`
# is `nanops.nansum`; a numpy scalar for a numeric column, a `str` or a `Timestamp`
# for others). `count` is always a `numpy.int64`
# and `any` / `all` a `numpy.bool_`; `sum` / `min` / `max` / `prod` take the
# column's dtype: `numpy.int64` for integers (not an `int`: `default=str` writes it
# as a string), `numpy.float64` for floats (a `float` subclass, which JSON keeps), so
# their message says the case it is about. `mean` / `median` / `std` are floats.
SERIES_COUNTS = frozenset({"count"})
SERIES_TRUTHS = frozenset({"any", "all"})
SERIES_DTYPED = frozenset({"sum", "min", "max", "prod", "product"})
# An array's `argmax` / `argmin`: always a `numpy.intp`.
ARRAY_INDEXES = frozenset({"argmax", "argmin"})
# A DataFrame's reductions answer a Series (one value per column).
FRAME_REDUCTIONS = SERIES_COUNTS | SERIES_TRUTHS | SERIES_DTYPED | {"mean", "median", "std"}
# Methods that answer an object of their receiver's kind (a frame's `head(10)` is a
# frame, a column's `dropna()` a column), whatever their arguments.
FRAME_KEEPING = frozenset(
    {
        "head", "tail", "sort_values", "sort_index", "dropna", "fillna", "rename",
        "merge", "join", "query", "assign", "reset_index", "set_index", "drop",
        "drop_duplicates", "copy", "sample", "pivot_table", "describe", "astype", "round",
        "abs", "nlargest", "nsmallest", "explode", "melt", "transpose",
    }
)  # fmt: skip
SERIES_KEEPING = frozenset(
    {
        "head", "tail", "sort_values", "sort_index", "dropna", "fillna", "rename", "copy",
        "sample", "astype", "round", "abs", "value_counts", "drop_duplicates", "nlargest",
        "nsmallest", "cumsum", "diff", "pct_change", "map", "describe",
    }
)  # fmt: skip
# A column's values as an array (`df["x"].unique()`, `.to_numpy()`).
SERIES_ARRAYS = frozenset({"unique", "to_numpy"})
ARRAY_LOSS = Loss(NUMPY_ARRAY, "a string of its printed form (`str()`)", True, "{}.tolist()")
# An element-wise comparison of an array or a column (`rain > 50`, `df["n"] == 0`): an
# array / a Series of booleans, whose `sum()` counts the `True`s in a `numpy.int64`
# whatever the compared values were.
BOOL_ARRAY_LOSS = Loss(
    "a numpy array (of booleans)", "a string of its printed form (`str()`)", True, "{}.tolist()"
)
BOOL_SERIES_LOSS = Loss(
    "a pandas `Series` (of booleans)", "a string of its printed form (`str()`)", True, "{}.tolist()"
)
BOOLEAN_SUM_LOSS = Loss(
    "a numpy integer (`numpy.int64`, not an `int`: the sum of booleans counts them)",
    'a string (`"12"`)',
    False,
    "int({})",
)


# Comparing a numpy scalar (`arr.sum() > 5`, `np.mean(x) >= 3`) gives a `numpy.bool_`,
# whatever the other side: `default=str` writes `"True"` / `"False"`, both truthy.
NUMPY_BOOL_LOSS = Loss(
    "a numpy `bool_` (a comparison of a numpy scalar)",
    'a string (`"False"` is truthy)',
    False,
    "bool({})",
)
# numpy's float reductions of a whole array: a `numpy.float64` (JSON keeps it, being a
# `float`; compared, it gives a `numpy.bool_`)
NUMPY_FLOAT_REDUCTIONS = frozenset(
    {"numpy.mean", "numpy.median", "numpy.std", "numpy.var", "numpy.average", "numpy.nanmean"}
)
FLOAT_REDUCTION_METHODS = frozenset({"mean", "median", "std", "var"})


def element_wise_comparison_loss(operand: Loss | None) -> Loss | None:
    """What comparing an operand of this kind gives, if anything: an array / a Series
    of booleans element by element, a `numpy.bool_` for a numpy scalar."""
    if operand is None:
        return None
    if operand.what == NUMPY_ARRAY:
        return BOOL_ARRAY_LOSS
    if operand.what == PANDAS_SERIES:
        return BOOL_SERIES_LOSS
    if operand.what.startswith("a numpy") and operand not in (ARRAY_LOSS, BOOL_ARRAY_LOSS):
        return NUMPY_BOOL_LOSS
    return None


# `df.groupby("region")` (and a column of it): printed as `<...GroupBy object at 0x...>`;
# its reductions answer a Series or a DataFrame (one row per group).
GROUPBY = "a pandas `GroupBy`"
GROUPBY_LOSS = Loss(
    GROUPBY, 'a string of its repr (`"<...DataFrameGroupBy object at 0x...>"`)', True
)
GROUPED_LOSS = Loss(
    "a pandas `Series` or `DataFrame` (one row per group)",
    "a string of its printed form (`str()`)",
    True,
    '{}.reset_index().to_dict("records")',
)
GROUPBY_REDUCTIONS = FRAME_REDUCTIONS | {"size", "agg", "aggregate", "first", "last", "nunique"}
# polars: a frame's methods that give a frame back, a column (`df["n"]`) a Series; a
# polars Series's reductions are Python numbers (`Series.sum` calls `.item()`), so
# they are JSON and not read here.
POLARS_FRAME = "a polars `DataFrame`"
POLARS_FRAME_LOSS = Loss(
    POLARS_FRAME, "a string of its printed form (`str()`)", True, "{}.to_dicts()"
)
POLARS_SERIES_LOSS = Loss(
    "a polars `Series`", "a string of its printed form (`str()`)", True, "{}.to_list()"
)
POLARS_FRAME_KEEPING = frozenset(
    {
        "head", "tail", "sort", "filter", "select", "with_columns", "drop", "rename",
        "unique", "join", "drop_nulls", "fill_null", "limit", "sample", "collect",
    }
)  # fmt: skip
POLARS_GROUPBY = "a polars `GroupBy`"
POLARS_GROUPBY_LOSS = Loss(POLARS_GROUPBY, "a string of its repr", True)
POLARS_GROUPBY_FRAMES = frozenset({"agg", "len", "sum", "mean", "count", "max", "min", "first"})
# What `_json_classify` reads as a method of a pandas, polars or numpy object.
PANDAS_METHODS = (
    FRAME_REDUCTIONS
    | ARRAY_INDEXES
    | FRAME_KEEPING
    | SERIES_KEEPING
    | SERIES_ARRAYS
    | GROUPBY_REDUCTIONS
    | POLARS_FRAME_KEEPING
    | POLARS_GROUPBY_FRAMES
    | {"groupby", "group_by"}
)


def pandas_column_loss(index: Node, frame: Loss | None) -> Loss | None:
    """`df["sessions"]`: a column (a Series); `df[["a", "b"]]`: a DataFrame; a column
    of a `groupby(...)`: a `GroupBy` still. The same of a polars frame."""
    if frame is None or frame.what not in (PANDAS_FRAME, GROUPBY, POLARS_FRAME):
        return None
    strings = index.type == "string" or (
        index.type == "list" and all(i.type == "string" for i in index.named_children)
    )
    if not strings:
        return None
    if frame.what == POLARS_FRAME:
        return POLARS_SERIES_LOSS if index.type == "string" else POLARS_FRAME_LOSS
    if frame.what == GROUPBY:
        return GROUPBY_LOSS
    return SERIES_LOSS if index.type == "string" else FRAME_LOSS


def pandas_method_loss(
    method: str, receiver: Loss | None, positional: bool, keywords: bool
) -> Loss | None:
    """`df["n"].sum()` (a numpy scalar), `df.sum()` (a Series), `df.head(10)` (a frame),
    `df.groupby("a")["n"].sum()` (a Series), `np.array(xs).max()` (a numpy scalar;
    with `axis=`, `keywords`, an array, left to the array's reading)."""
    if receiver is None:
        return None
    if receiver in (BOOL_ARRAY_LOSS, BOOL_SERIES_LOSS):
        if method == "sum" and not positional and not keywords:
            return BOOLEAN_SUM_LOSS
        receiver = ARRAY_LOSS if receiver == BOOL_ARRAY_LOSS else SERIES_LOSS
    what = receiver.what
    if what == POLARS_FRAME:
        if method == "group_by":
            return POLARS_GROUPBY_LOSS
        return POLARS_FRAME_LOSS if method in POLARS_FRAME_KEEPING else None
    if what == POLARS_GROUPBY:
        return POLARS_FRAME_LOSS if method in POLARS_GROUPBY_FRAMES else None
    if what == PANDAS_FRAME and method == "groupby":
        return GROUPBY_LOSS
    if what == GROUPBY:
        return GROUPED_LOSS if method in GROUPBY_REDUCTIONS else None
    if what == PANDAS_FRAME and method in FRAME_KEEPING:
        return FRAME_LOSS
    if what == PANDAS_SERIES and method in SERIES_KEEPING:
        return SERIES_LOSS
    if what in (PANDAS_FRAME, PANDAS_SERIES) and method == "to_numpy":
        return ARRAY_LOSS
    if what == PANDAS_SERIES and method in SERIES_ARRAYS and not positional:
        return ARRAY_LOSS
    if positional:
        return None
    if what == PANDAS_FRAME and method in FRAME_REDUCTIONS:
        # not a column: its own reductions mix the columns' types, left alone
        return PER_COLUMN_LOSS
    holder = {PANDAS_SERIES: "column", NUMPY_ARRAY: "array"}.get(what)
    if holder is None or (holder == "array" and keywords):
        return None
    if method in SERIES_COUNTS and holder == "column":
        return Loss(
            "a numpy integer (`numpy.int64`, not an `int`)", 'a string (`"12"`)', False, "int({})"
        )
    if method in ARRAY_INDEXES and holder == "array":
        return Loss("a numpy integer (`numpy.intp`)", 'a string (`"12"`)', False, "int({})")
    if method in SERIES_TRUTHS:
        return Loss("a numpy `bool_`", 'a string (`"False"` is truthy)', False, "bool({})")
    if method in ("min", "max") and receiver == DATETIME_SERIES_LOSS:
        return TIMESTAMP_LOSS
    if method in SERIES_DTYPED:
        return Loss(
            # a column of strings or dates gives a `str` / a `Timestamp`: not numpy's
            f"{'a numpy scalar' if holder == 'array' else 'a scalar'} of the {holder}'s type "
            "(a `numpy.int64`, not an `int`, for integers)",
            f'a string (`"1234"`) when the {holder} holds integers',
            False,
            "{}.item()",
        )
    return None


# What a response's attributes hold that JSON does not carry.
RESPONSE_ATTRIBUTE_LOSSES = {
    "headers": Loss(
        "a response's headers (a case-insensitive mapping, not a `dict`)",
        "a string of its repr",
        True,
        "dict({})",
    ),
    "cookies": Loss("a response's cookie jar", "a string of its repr", True),
    "content": Loss("`bytes`", "a string of its repr (`\"b'...'\"`)", True),
    "elapsed": Loss("a `timedelta`", 'a string like `"0:00:00.250000"`', False),
}


# Library calls whose answer is an object of the library (or holds some), by their
# qualified name: `default=str` writes its `str()`.
PYDANTIC_ANSWER = (
    "a string of its repr (a pydantic model, not a dict)",
    '{}.model_dump(mode="json")',
)


LIBRARY_RESULTS: tuple[tuple[re.Pattern[str], Loss], ...] = (
    (
        re.compile(r"^openai\.(Async)?(Azure)?OpenAI\((…)?\)\..*\.(create|parse|retrieve|list)$"),
        Loss("an `openai` response object", *PYDANTIC_ANSWER[:1], True, PYDANTIC_ANSWER[1]),
    ),
    (
        re.compile(
            r"^anthropic\.(Async)?Anthropic(Bedrock|Vertex)?\((…)?\)\..*\.(create|retrieve|list)$"
        ),
        Loss("an `anthropic` response object", *PYDANTIC_ANSWER[:1], True, PYDANTIC_ANSWER[1]),
    ),
    (
        re.compile(r"^slack_sdk(\.web(\.async_client)?)?\.(Async)?WebClient\((…)?\)\.\w+$"),
        Loss("a `SlackResponse` (not a dict)", "a string of its repr", True, "{}.data"),
    ),
    (
        re.compile(r"^boto3(\.session\.Session\((…)?\))?\.client\((…)?\)\.get_object$"),
        Loss(
            "a boto3 answer holding a stream (`Body`) and `datetime`s (`LastModified`)",
            "a dict with each of them turned into its `str()`",
            True,
        ),
    ),
    (
        re.compile(
            r"^boto3(\.session\.Session\((…)?\))?\.client\((…)?\)\."
            r"(head_object|list_objects|list_objects_v2|describe_instances|get_object_attributes)$"
        ),
        Loss(
            "a boto3 answer holding `datetime`s (`LastModified`, `LaunchTime`)",
            'a dict with each of them turned into a string like `"2024-05-01 12:00:00+00:00"`',
            False,
        ),
    ),
)


# pymongo's write answers: result objects, not documents.
PYMONGO_WRITES = frozenset(
    {
        "insert_one",
        "insert_many",
        "update_one",
        "update_many",
        "replace_one",
        "delete_one",
        "delete_many",
        "bulk_write",
    }
)


PYMONGO_RESULT = Loss(
    "a pymongo write result (`InsertOneResult`, `UpdateResult`...)",
    'a string of its repr (`"<pymongo.results.InsertOneResult ...>"`)',
    True,
)


BYTES_LOSS = Loss("`bytes`", "a string of its repr (`\"b'...'\"`)", True)


# redis-py answers in bytes unless its client is built with `decode_responses=True`.
REDIS_BYTES_METHODS = frozenset(
    {"get", "hget", "getdel", "getex", "getset", "lpop", "rpop", "lindex", "spop"}
)


# subprocess captures bytes unless told to decode.
TEXT_KEYWORDS = frozenset({"text", "universal_newlines", "encoding", "errors"})


def http_response_call(qualified: str) -> bool:
    """`requests.head`, `requests.Session().get`, `httpx.AsyncClient(...).post`."""
    return (
        qualified.split(".", 1)[0] in HTTP_CLIENT_LIBRARIES
        and qualified.rsplit(".", 1)[-1] in HTTP_RESPONSE_METHODS
    )


def library_result_loss(
    model: ScriptModel, qualified: str, callee: Node, call: Node
) -> Loss | None:
    """What a library call answers when JSON does not carry it: a response model of
    an API client, a boto3 answer holding datetimes, bytes from redis or subprocess."""
    for pattern, loss in LIBRARY_RESULTS:
        if pattern.match(qualified):
            return loss
    if qualified in ("subprocess.check_output", "subprocess.getoutput"):
        return None if decodes(model, call) or qualified.endswith("getoutput") else BYTES_LOSS
    method = qualified.rsplit(".", 1)[-1]
    if qualified.startswith("cryptography.") and "(" in qualified and method in CRYPTOGRAPHY_BYTES:
        return BYTES_LOSS
    if method in FILE_READS and binary_file(model, callee.child_by_field_name("object")):
        return BYTES_LOSS
    if qualified.startswith("pymongo.") and "(" in qualified and method in PYMONGO_WRITES:
        return PYMONGO_RESULT
    if qualified.startswith("redis.") and "(" in qualified and method in REDIS_BYTES_METHODS:
        maker = built_by(model, callee.child_by_field_name("object"))
        if maker is not None and not keyword_true(model, maker, "decode_responses"):
            return BYTES_LOSS
    return None


def binary_file(model: ScriptModel, receiver: Node | None) -> bool:
    """`fh` of `with open(path, "rb") as fh` / `fh = open(path, "rb")`, or a `BytesIO`."""
    semantic = model.semantic
    if receiver is None or receiver.type != "identifier" or semantic is None:
        return False
    binding = semantic.resolve(receiver)
    opened = sdk.unwrap(binding.value) if binding is not None and binding.value else None
    if opened is None or opened.type != "call":
        return False
    callee = sdk.callee_of(opened)
    qualified = semantic.qualified_name(callee) if callee is not None else None
    if qualified in ("io.BytesIO", "io.open", "open", "gzip.open", "bz2.open", "lzma.open"):
        if qualified == "io.BytesIO":
            return True
        args, keywords, _ = sdk.arguments_of(model, opened)
        mode = (
            args[1]
            if len(args) > 1
            else next((k.value for k in keywords if k.name == "mode"), None)
        )
        text = sdk.string_value(model, mode) if mode is not None else None
        return text is not None and "b" in text
    return False


def built_by(model: ScriptModel, receiver: Node | None) -> Node | None:
    """The call a receiver name is bound to (`r` of `r = redis.Redis(...)`)."""
    if receiver is None or receiver.type != "identifier":
        return None
    value = sdk.bound_value(model, model.text(receiver), receiver)
    value = sdk.unwrap(value) if value is not None else None
    return value if value is not None and value.type == "call" else None


def keyword_true(model: ScriptModel, call: Node, name: str) -> bool:
    _, keywords, unpacked = sdk.arguments_of(model, call)
    if unpacked:
        return True  # `**options`: it may be set there
    return any(
        k.name == name and k.value is not None and model.text(k.value) != "False" for k in keywords
    )


def decodes(model: ScriptModel, call: Node) -> bool:
    """`subprocess.run(..., text=True)` (or an encoding): it captures str."""
    return any(keyword_true(model, call, name) for name in TEXT_KEYWORDS)


def response_attribute_loss(model: ScriptModel, node: Node) -> Loss | None:
    """`resp.headers` / `resp.content` where `resp` is bound to an HTTP response."""
    owner = node.child_by_field_name("object")
    attribute = node.child_by_field_name("attribute")
    if owner is None or attribute is None or owner.type != "identifier":
        return None
    if model.text(attribute) in ("stdout", "stderr"):
        run = built_by(model, owner)
        if run is None:
            return None
        callee = sdk.callee_of(run)
        if (
            callee is not None
            and model.semantic is not None
            and model.semantic.qualified_name(callee) == "subprocess.run"
            and (
                keyword_true(model, run, "capture_output")
                or keyword_true(model, run, model.text(attribute))
            )
            and not decodes(model, run)
        ):
            return BYTES_LOSS  # captured without `text=True`
        return None
    loss = RESPONSE_ATTRIBUTE_LOSSES.get(model.text(attribute))
    if loss is None or model.semantic is None:
        return None
    value = sdk.bound_value(model, model.text(owner), owner)
    value = sdk.unwrap(value) if value is not None else None
    callee = sdk.callee_of(value) if value is not None and value.type == "call" else None
    qualified = model.semantic.qualified_name(callee) if callee is not None else None
    return loss if qualified is not None and http_response_call(qualified) else None


# What `.values()` / `.keys()` / `.entries()` without arguments returns an iterator
# of: built-in collections, and arrays (literals, or what array methods return). A
# class of some library may have such a method returning an array: not guessed at.
ITERABLE_CLASSES = {"Map", "Set", "Array", "URLSearchParams", "Headers", "FormData"}


ARRAY_METHODS = {
    "map",
    "filter",
    "slice",
    "concat",
    "sort",
    "flat",
    "flatMap",
    "reverse",
    "split",  # a string's: an array of its parts
    "toSorted",
    "toReversed",
    "toSpliced",
}


# ES2025 Set methods that return a new Set.
SET_ALGEBRA = frozenset({"union", "intersection", "difference", "symmetricDifference"})


# A declared type whose values' `values()` / `keys()` / `entries()` are iterators:
# `string[]`, `readonly Row[]`, `Array<T>`, `ReadonlyArray<T>`, `Set<T>`, `Map<K, V>`.
ITERABLE_TYPE = re.compile(
    r"^(?:readonly\s+)?(?:.+\[\]|(?:Readonly)?(?:Array|Set|Map)<.*>)$", re.DOTALL
)


def declared_iterable(model: ScriptModel, name: Node) -> bool:
    """`name` is a parameter or a variable declared with an array, `Set` or `Map` type
    (`ids: string[]`, `const seen: Set<string> = ...`)."""
    semantic = model.semantic
    binding = semantic.resolve(name) if semantic is not None else None
    declared = binding.node.parent if binding is not None else None
    if declared is None or declared.type not in (
        "required_parameter",
        "optional_parameter",
        "variable_declarator",
    ):
        return False
    annotation = declared.child_by_field_name("type")
    if annotation is None or not annotation.named_children:
        return False
    text = " ".join(model.text(annotation.named_children[-1]).split())
    return ITERABLE_TYPE.match(text) is not None


def iterable_receiver(model: ScriptModel, receiver: Node) -> bool:
    node = sdk.unwrap(receiver) or receiver
    if node.type == "identifier":
        bound = sdk.bound_value(model, model.text(node), node)
        if bound is None:
            return declared_iterable(model, node)
        node = sdk.unwrap(bound) or bound
    if node.type == "array":
        return True
    if node.type == "new_expression":
        ctor = node.child_by_field_name("constructor")
        return ctor is not None and model.text(ctor) in ITERABLE_CLASSES
    if node.type == "call_expression":
        callee = sdk.callee_of(node)
        if callee is not None and callee.type == "member_expression":
            method = callee.child_by_field_name("property")
            # an array, or a Set from the ES2025 set algebra (`a.union(b)`)
            return method is not None and model.text(method) in ARRAY_METHODS | SET_ALGEBRA
    return False


def global_fetch(model: ScriptModel, callee: Node) -> bool:
    """`fetch` is the global one, or imported (node-fetch): not a parameter or a local."""
    semantic = model.semantic
    if semantic is None:
        return False
    binding = semantic.lookup("fetch", semantic.scope_at(callee))
    return binding is None or binding.kind == BindingKind.IMPORT


# Date libraries whose values are objects with a `toJSON` giving an ISO string: dayjs,
# moment (and moment-timezone), luxon's DateTime / Duration / Interval. Built by the
# module itself (`dayjs()`, `moment.utc()`) or by a function under it
# (`DateTime.now()`), and kept through their chainable methods.
DATE_LIBRARIES = {
    "dayjs": ("a dayjs object", "{}.toISOString()"),
    "moment": ("a moment object", "{}.toISOString()"),
    "moment-timezone": ("a moment object", "{}.toISOString()"),
    "luxon.DateTime": ("a luxon `DateTime`", "{}.toISO()"),
    "luxon.Duration": ("a luxon `Duration`", "{}.toISO()"),
    "luxon.Interval": ("a luxon `Interval`", "{}.toISO()"),
    # TC39 Temporal (the global, or a polyfill's `Temporal` export): every type's
    # `toJSON` is its ISO string
    **{
        f"{prefix}Temporal.{kind}": (
            "a `Temporal` object" if kind == "Now" else f"a `Temporal.{kind}`",
            "{}.toString()",
        )
        for prefix in ("", "@js-temporal/polyfill.", "temporal-polyfill.")
        for kind in (
            "PlainDate",
            "PlainDateTime",
            "PlainTime",
            "PlainYearMonth",
            "PlainMonthDay",
            "ZonedDateTime",
            "Instant",
            "Duration",
            "Now",
        )
    },
}


# Their methods that leave the library's type: text, numbers, booleans, plain objects
# or a `Date` (judged as one); any other method returns another date object.
DATE_LIBRARY_EXITS = {
    "total",
    "compare",
    "getISOFields",
    "timeZoneId",
    "format",
    "toISOString",
    "toJSON",
    "toString",
    "valueOf",
    "unix",
    "diff",
    "isBefore",
    "isAfter",
    "isSame",
    "isSameOrBefore",
    "isSameOrAfter",
    "isBetween",
    "isValid",
    "get",
    "daysInMonth",
    "toArray",
    "toObject",
    "fromNow",
    "toNow",
    "from",
    "to",
    "calendar",
    "toISO",
    "toISODate",
    "toISOTime",
    "toISOWeekDate",
    "toMillis",
    "toSeconds",
    "toUnixInteger",
    "toFormat",
    "toLocaleString",
    "toLocaleParts",
    "toRelative",
    "toRelativeCalendar",
    "toSQL",
    "toSQLDate",
    "toSQLTime",
    "toRFC2822",
    "toHTTP",
    "toBSON",
    "hasSame",
    "equals",
    "contains",
    "overlaps",
    "count",
    "length",
    "as",
    "toHuman",
    "humanize",
    "asMilliseconds",
    "asSeconds",
    "asMinutes",
    "asHours",
    "asDays",
    "toJSDate",
    "toDate",
    "utcOffset",
    "zoneName",
    "weekday",
    "isoWeekday",
}


# Functions of the libraries themselves that answer something else than a date object.
DATE_LIBRARY_STATIC_EXITS = {
    "compare",
    "isDayjs",
    "isMoment",
    "isDuration",
    "isDate",
    "isDateTime",
    "isInterval",
    "locale",
    "locales",
    "extend",
    "timeZoneId",
}


# Unit getters: a number without an argument, a new date object with one (`.year(2024)`)
DATE_LIBRARY_GETTERS = {
    "year",
    "month",
    "date",
    "day",
    "hour",
    "hours",
    "minute",
    "minutes",
    "second",
    "seconds",
    "millisecond",
    "milliseconds",
    "week",
    "isoWeek",
    "quarter",
    "dayOfYear",
}


def date_library_loss(model: ScriptModel, node: Node) -> Loss | None:
    """`dayjs().startOf("day")`, `DateTime.utc().plus({ hours })`: a date library's
    object, which JSON turns into its ISO string."""
    semantic = model.semantic
    while node.type == "call_expression":
        callee = sdk.callee_of(node)
        if callee is None or semantic is None:
            return None
        args = node.child_by_field_name("arguments")
        no_args = args is None or not args.named_children
        if callee.type == "member_expression":
            method = callee.child_by_field_name("property")
            receiver = callee.child_by_field_name("object")
            name = model.text(method) if method is not None else ""
            qual = semantic.qualified_name(callee)
            made = qual is not None and any(
                qual == lib or qual == f"{lib}.{name}" for lib in DATE_LIBRARIES
            )
            # the library's own factory (`Temporal.PlainDate.from(s)`) makes one, whatever
            # its name (but `Temporal.PlainDate.compare`, `dayjs.isDayjs`, ... answer a
            # number or a boolean); on a value, `from` / `format` / ... leave its type
            if made and name in DATE_LIBRARY_STATIC_EXITS:
                return None
            if not made and (
                name in DATE_LIBRARY_EXITS or (name in DATE_LIBRARY_GETTERS and no_args)
            ):
                return None
            if not made and receiver is not None and receiver.type == "call_expression":
                node = receiver  # a chained method: judged by what it is called on
                continue
            root = qual.rsplit(".", 1)[0] if made and qual is not None else None
        else:
            qual = semantic.qualified_name(callee)
            root = qual if qual in DATE_LIBRARIES else None
        if root is None or root not in DATE_LIBRARIES:
            return None
        what, fix = DATE_LIBRARIES[root]
        return Loss(what, "its ISO string (through its `toJSON`)", False, fix)
    return None


DATE_LOSS_TS = Loss("a `Date`", "its ISO string", False, "{}.toISOString()")


# date-fns (and date-fns-tz) functions that answer a native `Date`, by name: the
# arithmetic (`addBusinessDays`, `subMonths`), the boundaries (`startOfWeek`,
# `lastDayOfMonth`), setters, `next*` / `previous*` weekdays, rounding, parsers and
# constructors. The others answer numbers, booleans, strings or intervals.
DATE_FNS_DATES = re.compile(
    r"^(?:(?:add|sub|startOf|endOf|set|lastDayOf|next|previous|roundToNearest)[A-Z]\w*"
    r"|add|sub|set|parse|parseISO|parseJSON|toDate|fromUnixTime|max|min|clamp|closestTo"
    r"|constructFrom|constructNow|transpose|toZonedTime|fromZonedTime|utcToZonedTime"
    r"|zonedTimeToUtc)$"
)


DATE_FNS_MODULES = ("date-fns", "date-fns-tz", "date-fns/", "date-fns-tz/")


# `x.toDate()` / `x.toJSDate()` without arguments: the date wrappers' way out to a
# native `Date` (dayjs, moment, cron-parser's `CronDate`, Firestore's `Timestamp`,
# luxon's `toJSDate`).
TO_NATIVE_DATE = frozenset({"toDate", "toJSDate"})


# pdf-lib's `PDFDocument.save()` resolves to a `Uint8Array` (`saveAsBase64()` to text).
PDF_LIB_DOCUMENTS = ("pdf-lib.PDFDocument.create().save", "pdf-lib.PDFDocument.load(…).save")


SETTLED_LOSS = Loss(
    "an array of `Promise.allSettled` results",
    "entries whose `reason` (an `Error`) is `{}` (its `message` and `stack` are not enumerable)",
    True,
)


def given_arguments(call: Node) -> list[Node]:
    """A TypeScript call's arguments, comments left out."""
    args = call.child_by_field_name("arguments")
    return [a for a in args.named_children if a.type != "comment"] if args is not None else []


def method_of(model: ScriptModel, callee: Node) -> tuple[Node | None, str]:
    """(the receiver, parentheses and `await` dropped; the method's name) of `a.m`."""
    prop = callee.child_by_field_name("property")
    receiver = sdk.unwrap(callee.child_by_field_name("object"))
    return receiver, (model.text(prop) if prop is not None else "")


def own_receiver(model: ScriptModel, receiver: Node | None) -> bool:
    """The receiver is a name holding an instance of a class of the file."""
    return (
        receiver is not None and receiver.type == "identifier" and local_instance(model, receiver)
    )


def library_value_loss(model: ScriptModel, call: Node, callee: Node) -> Loss | None:
    """Library calls whose answer JSON does not carry: a date-fns `Date`, `.toDate()`
    of a date wrapper, a `.toBuffer()` (sharp, canvas), pdf-lib's `save()`, the raw
    entries of `Promise.allSettled` (their rejection reasons are `Error`s)."""
    semantic = model.semantic
    if semantic is None:
        return None
    given = given_arguments(call)
    if callee.type == "member_expression":
        receiver, method = method_of(model, callee)
        own = own_receiver(model, receiver)
        if method in TO_NATIVE_DATE and not given and not own:
            return DATE_LOSS_TS
        if method == "toBuffer" and not own:
            return BUFFER_LOSS
    qual = semantic.qualified_name(callee)
    if qual is None:
        return None
    if qual == "Promise.allSettled":
        return SETTLED_LOSS
    if qual in STREAM_RESULTS:
        return stream_result_loss(qual)
    streamed = sdk_stream(model, qual, given)
    if streamed is not None:
        return streamed
    if qual in PDF_LIB_DOCUMENTS and not given:
        return UINT8_LOSS
    if qual.startswith(DATE_FNS_MODULES):
        name = re.split(r"[./]", qual)[-1]
        if DATE_FNS_DATES.match(name):
            return DATE_LOSS_TS
    return None


# Calls that start a model's answer and hand back its stream result at once (ai 4 / 5
# `DefaultStreamTextResult`, `DefaultStreamObjectResult`): what the answer holds is read
# through getters of the class (`text`, `usage`, `object`: promises) and streams
# (`textStream`), none of them an own enumerable field JSON writes.
STREAM_RESULTS = frozenset({"ai.streamText", "ai.streamObject"})


# Model SDKs whose client methods hand back a stream object: `client.chat.completions
# .stream(...)` / `client.responses.stream(...)` (openai 4 / 5 `ChatCompletionStream`,
# `ResponseStream`), `client.messages.stream(...)` (@anthropic-ai/sdk `MessageStream`), and
# `create({ ..., stream: true })` (their `Stream`, an async iterable). The answer arrives
# through events and the iterator; the fields JSON writes hold none of it.
STREAMING_SDKS = ("openai", "@anthropic-ai/sdk", "groq-sdk")


def sdk_stream(model: ScriptModel, qual: str, given: list[Node]) -> Loss | None:
    """The stream object a model SDK's client method returns (`STREAMING_SDKS`)."""
    module = re.split(r"[.(]", qual, maxsplit=1)[0]
    if module not in STREAMING_SDKS or qual == module:
        return None
    method = qual.rpartition(".")[2]
    if method == "create":
        options = sdk.object_options(model, given[0]) if given else None
        flag = next((o for o in options[0] if o.name == "stream"), None) if options else None
        if flag is None or flag.value is None or model.text(flag.value) != "true":
            return None
    elif method != "stream":
        return None
    return Loss(
        f"the stream object of `{module}`'s `{method}`",
        "an object without the answer (it arrives through the stream's events and "
        "iterator, not through fields JSON writes); read the stream to its end in the "
        "step or task and return the text",
        True,
        None,
    )


def stream_result_loss(qual: str) -> Loss:
    name = qual.rpartition(".")[2]
    awaited = "generateText" if name == "streamText" else "generateObject"
    return Loss(
        f"the stream result of `{name}`",
        f"an object without its answer (`text`, `usage`, `object` and the streams are "
        f"getters and streams of the class, not fields JSON writes); await `{awaited}` "
        "and return its fields",
        True,
        None,
    )


# Calls that give bytes: a `Buffer` (whose `toJSON` is `{ type: "Buffer", data: [...] }`)
# or a `Uint8Array` (an object of its indexes), by qualified name. Node's file reads
# give a Buffer only without an encoding (`readFile(p, "utf8")` is a string).
_FS_READS = ("readFile", "readFileSync")


BUFFER_CALLS = frozenset(
    {
        f"{module}.{name}"
        for module in ("zlib", "node:zlib")
        for name in (
            "gzipSync",
            "gunzipSync",
            "deflateSync",
            "inflateSync",
            "deflateRawSync",
            "inflateRawSync",
            "unzipSync",
            "brotliCompressSync",
            "brotliDecompressSync",
        )
    }
)


UINT8_CALLS = frozenset(
    {
        f"Bun.{name}"
        for name in (
            "gzipSync",
            "gunzipSync",
            "deflateSync",
            "inflateSync",
            "zstdCompressSync",
            "zstdDecompressSync",
        )
    }
    | {f"bun.{name}" for name in ("gzipSync", "gunzipSync", "deflateSync", "inflateSync")}
    # windmill-client 1.818.0: `loadS3File` answers `new Uint8Array(await
    # blob.arrayBuffer())`, `base64ToUint8Array` its name
    | {"windmill-client.loadS3File", "windmill-client.base64ToUint8Array"}
)


# windmill-client 1.818.0: `loadS3FileStream` answers the response's `blob()`
BLOB_CALLS = frozenset({"windmill-client.loadS3FileStream"})


FS_MODULES = (
    "fs",
    "node:fs",
    "fs/promises",
    "node:fs/promises",
    "fs.promises",
    "node:fs.promises",
    "fs-extra",
)


# Web Crypto answers an `ArrayBuffer` (no own enumerable properties: JSON writes `{}`)
ARRAY_BUFFER_CALLS = frozenset(
    f"{root}.subtle.{name}"
    for root in ("crypto", "globalThis.crypto", "crypto.webcrypto", "node:crypto.webcrypto")
    for name in ("digest", "sign", "encrypt", "decrypt", "deriveBits", "wrapKey")
)


ARRAY_BUFFER_LOSS = Loss("an `ArrayBuffer`", "`{}`", True)


BUFFER_LOSS = Loss("a `Buffer`", '`{ type: "Buffer", data: [...] }`', True, None)


# no suggestion: the call is often awaited (`await res.bytes()`), and the edit would
# land inside the `await`
UINT8_LOSS = Loss("a `Uint8Array`", 'an object of its indexes (`{"0": ..., "1": ...}`)', True)


def binary_call_loss(model: ScriptModel, call: Node, callee: Node) -> Loss | None:
    """`await readFile(p)` (no encoding), `gzipSync(s)`, `Bun.gzipSync(s)`, `new
    TextEncoder().encode(s)`, `await res.bytes()` / `Bun.file(p).bytes()`: bytes."""
    semantic = model.semantic
    if semantic is None:
        return None
    given = given_arguments(call)
    if callee.type == "member_expression":
        receiver, method = method_of(model, callee)
        if method == "bytes" and not given and not own_receiver(model, receiver):
            return UINT8_LOSS  # `Response.bytes()`, `Blob.bytes()`, `Bun.file(p).bytes()`
        if method == "encode" and receiver is not None:
            if receiver.type == "identifier":
                receiver = sdk.unwrap(sdk.bound_value(model, model.text(receiver), receiver))
            made = receiver.child_by_field_name("constructor") if receiver is not None else None
            if receiver is not None and receiver.type == "new_expression" and made is not None:
                if model.text(made) == "TextEncoder":
                    return UINT8_LOSS
    qual = semantic.qualified_name(callee)
    if qual is None:
        return None
    if qual in BUFFER_CALLS:
        return BUFFER_LOSS
    if qual in UINT8_CALLS:
        return UINT8_LOSS
    if qual in BLOB_CALLS:
        return Loss("a `Blob`", EMPTY_OBJECT, True)
    if qual in ARRAY_BUFFER_CALLS:
        return ARRAY_BUFFER_LOSS
    module, _, name = qual.rpartition(".")
    if name in _FS_READS and module in FS_MODULES:
        if len(given) < 2:
            return BUFFER_LOSS  # no encoding: the file's bytes
        option = sdk.unwrap(given[1]) or given[1]
        if option.type == "object" and "encoding" not in model.text(option):
            return BUFFER_LOSS  # `{ flag: "r" }`
    return None


def local_instance(model: ScriptModel, name: Node) -> bool:
    """`name` is bound to `new C(...)` with `C` a class of the file."""
    value = sdk.unwrap(sdk.bound_value(model, model.text(name), name))
    made = value.child_by_field_name("constructor") if value is not None else None
    return (
        value is not None
        and value.type == "new_expression"
        and made is not None
        and (local_class(model, made))
    )


def zod_name(model: ScriptModel, callee: Node) -> str | None:
    """`date` for `z.date`, `z.coerce.date`, `zod.date` (by qualified name)."""
    semantic = model.semantic
    qual = semantic.qualified_name(callee) if semantic is not None else None
    if qual is None or not qual.startswith("zod."):
        return None
    parts = [p for p in qual.split(".")[1:] if p not in ("z", "coerce")]
    return parts[0] if len(parts) == 1 else None


# axios's request methods, on the module or on an instance from `axios.create(...)`:
# they resolve to a response whose `request` is the Node `ClientRequest`, an object with
# cycles (`request.res.req`), so `JSON.stringify` throws on the whole response
# ("Converting circular structure to JSON"); its `.data` is the JSON body.
AXIOS_METHODS = frozenset(
    {"get", "post", "put", "patch", "delete", "head", "options", "request"}
    | {"postForm", "putForm", "patchForm"}
)


def axios_response(model: ScriptModel, callee: Node) -> bool:
    """`axios.get(url)`, `axios(config)`, `http.post(...)` with `http = axios.create()`."""
    semantic = model.semantic
    if semantic is None:
        return False
    qual = semantic.qualified_name(callee)
    if qual is None:
        return False
    if qual == "axios":
        return True
    head, _, method = qual.rpartition(".")
    return method in AXIOS_METHODS and head in ("axios", "axios.create(…)")


# Arbitrary-precision number libraries: their values are objects whose `toJSON` writes
# the digits as a string (decimal.js, decimal.js-light, big.js, bignumber.js, Prisma's
# Decimal, which is decimal.js), so `total.plus(fee)` on a checkpointed one is a
# `TypeError`. Built with or without `new` (`Big(1)`, `new Decimal(0)`), and kept through
# their arithmetic methods; keyed by the qualified name of the constructor.
NUMBER_LIBRARIES = {
    "decimal.js": "a decimal.js `Decimal`",
    "decimal.js.Decimal": "a decimal.js `Decimal`",
    "decimal.js.default": "a decimal.js `Decimal`",
    "decimal.js-light": "a decimal.js `Decimal`",
    "decimal.js-light.Decimal": "a decimal.js `Decimal`",
    "big.js": "a big.js `Big`",
    "big.js.Big": "a big.js `Big`",
    "bignumber.js": "a `BigNumber`",
    "bignumber.js.BigNumber": "a `BigNumber`",
    "@prisma/client.Prisma.Decimal": "a Prisma `Decimal`",
    "@prisma/client/runtime/library.Decimal": "a Prisma `Decimal`",
}


# Their methods that leave the library's type (text, numbers, booleans); any other
# method (`plus`, `times`, `round`, `abs`, ...) returns another such object.
NUMBER_LIBRARY_EXITS = {
    "toString",
    "toFixed",
    "toNumber",
    "toJSON",
    "valueOf",
    "toPrecision",
    "toExponential",
    "toFormat",
    "toBinary",
    "toHex",
    "toOctal",
    "toFraction",
    "eq",
    "equals",
    "isEqualTo",
    "lt",
    "lte",
    "gt",
    "gte",
    "isLessThan",
    "isLessThanOrEqualTo",
    "isGreaterThan",
    "isGreaterThanOrEqualTo",
    "cmp",
    "comparedTo",
    "isZero",
    "isNeg",
    "isNegative",
    "isPos",
    "isPositive",
    "isInteger",
    "isInt",
    "isNaN",
    "isFinite",
    "decimalPlaces",
    "dp",
    "precision",
    "sd",
}


def number_library_loss(model: ScriptModel, node: Node, depth: int = 0) -> Loss | None:
    """`new Decimal(0)`, `Big(price).times(qty)`, `total.plus(fee)` with `total` bound to
    one: an arbitrary-precision number, which JSON turns into a string of its digits."""
    semantic = model.semantic
    if semantic is None or depth > 8:
        return None
    node = sdk.unwrap(node) or node
    if node.type == "identifier":
        bound = sdk.bound_value(model, model.text(node), node)
        if bound is None or bound.id == node.id:
            return None
        return number_library_loss(model, bound, depth + 1)
    if node.type == "new_expression":
        maker = node.child_by_field_name("constructor")
    elif node.type == "call_expression":
        maker = sdk.callee_of(node)
        if maker is not None and maker.type == "member_expression":
            method = maker.child_by_field_name("property")
            receiver = maker.child_by_field_name("object")
            if method is None or receiver is None:
                return None
            if model.text(method) in NUMBER_LIBRARY_EXITS:
                return None
            qual = semantic.qualified_name(maker)
            if qual in NUMBER_LIBRARIES:
                pass  # `Prisma.Decimal(x)`: the constructor itself
            else:
                # an arithmetic method: judged by what it is called on
                return number_library_loss(model, receiver, depth + 1)
    else:
        return None
    if maker is None:
        return None
    what = NUMBER_LIBRARIES.get(semantic.qualified_name(maker) or "")
    if what is None:
        return None
    return Loss(what, "a string of its digits (through its `toJSON`)", False, "{}.toString()")
