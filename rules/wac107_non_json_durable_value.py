"""WAC107: a checkpointed value that does not survive the JSON round trip."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from wac_lint.languages import LanguageKind
from wac_lint.model import ScriptModel, Span
from wac_lint.rule import WARNING, Fix, Rule, RuleContext, code_span, indefinite, py, ts
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._sdk_calls import Node, Region
from wac_lint.semantic.scopes import BindingKind, Scope

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
JSON_CLASS_BASES = {
    "dict",
    "list",
    "str",
    "int",
    "float",
    "TypedDict",
    "Enum",
    "StrEnum",
    "IntEnum",
    "NamedTuple",
    "tuple",
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
}
# Methods of a `cryptography` object that answer bytes (a token, a signature, a key).
CRYPTOGRAPHY_BYTES = frozenset(
    {"encrypt", "decrypt", "sign", "finalize", "public_bytes", "private_bytes", "derive"}
)
# Reads of a file object that answer bytes when it was opened in binary mode.
FILE_READS = frozenset({"read", "read1", "readline", "getvalue"})
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
# Methods a `Counter` has and the plain dict JSON brings back does not.
COUNTER_METHODS = {"most_common", "elements", "total", "subtract"}
COUNTER_RESULTS = {LanguageKind.PYTHON: True, LanguageKind.TYPESCRIPT: False}
# Python's `default=str` writes an instance of a plain class as its `str()`; TypeScript's
# `JSON.stringify` keeps its own fields (the methods and the prototype are what is lost).
INSTANCES_STRINGIFIED = {LanguageKind.PYTHON: True, LanguageKind.TYPESCRIPT: False}
# Object literals with function members returned and then called (`fx.convert()`):
# TypeScript's (a Python result with methods is an instance of a class, judged as such).
FUNCTION_MEMBERS = {LanguageKind.PYTHON: False, LanguageKind.TYPESCRIPT: True}
# Names whose binding says what part of a value they hold: a caught `Error` (JSON keeps
# none of its fields) and a name destructured out of a value (TypeScript's).
BINDINGS_TELL = {LanguageKind.PYTHON: False, LanguageKind.TYPESCRIPT: True}
# Dict views (`d.keys()`): written as `"dict_keys([...])"`.
DICT_VIEWS = {"keys", "values", "items"}
DICT_MAKERS = {"dict", "collections.Counter", "collections.defaultdict", "collections.OrderedDict"}
BYTES_METHODS = {"encode", "digest", "to_bytes", "tobytes", "read_bytes"}

# HTTP client calls that return a response object (`requests.get(url)`,
# `httpx.AsyncClient(...).post(...)`): not JSON, so `default=str` writes its repr.
HTTP_CLIENT_LIBRARIES = frozenset({"requests", "httpx"})
HTTP_RESPONSE_METHODS = frozenset(
    {"get", "post", "put", "patch", "delete", "head", "options", "request", "send"}
)
# Standard library calls returning a named tuple (JSON writes an array, so its fields
# are gone), by the fields a workflow may read.
STDLIB_NAMED_TUPLES = {
    "urllib.parse.urlparse": {"scheme", "netloc", "path", "params", "query", "fragment"},
    "urllib.parse.urlsplit": {"scheme", "netloc", "path", "query", "fragment"},
    "urllib.parse.urldefrag": {"url", "fragment"},
    "shutil.disk_usage": {"total", "used", "free"},
    "platform.uname": {"system", "node", "release", "version", "machine"},
    # a `struct_time`
    **dict.fromkeys(
        ("time.localtime", "time.gmtime", "time.strptime"),
        {
            "tm_year",
            "tm_mon",
            "tm_mday",
            "tm_hour",
            "tm_min",
            "tm_sec",
            "tm_wday",
            "tm_yday",
            "tm_isdst",
            "tm_zone",
            "tm_gmtoff",
        },
    ),
}
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


def unpacked_mappings(call: Node) -> list[Node]:
    """What `**` spreads into a call's keyword arguments (`f(**asdict(x))`)."""
    args = call.child_by_field_name("arguments")
    return [
        a.named_children[0]
        for a in (args.named_children if args is not None else ())
        if a.type == "dictionary_splat" and a.named_children
    ]


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


# A declared return type that JSON does not carry (`-> Decimal`, `-> set[str]`):
# what the function returns is that, whatever expression builds it.
ANNOTATED_LOSSES = {
    "datetime": (
        "a `datetime`",
        'a string like `"2024-05-01 12:00:00"` (`str()`, not ISO 8601)',
        False,
    ),
    "date": ("a `date`", 'a string like `"2024-05-01"`', False),
    "Decimal": ("a `Decimal`", "a string", False),
    "bytes": ("`bytes`", "a string of its repr (`\"b'...'\"`)", True),
    "set": ("a set", "a string of its repr (`\"{'a', 'b'}\"`)", True),
    "frozenset": ("a `frozenset`", "a string of its repr (`\"{'a', 'b'}\"`)", True),
    "timedelta": ("a `timedelta`", 'a string like `"0:05:00"`', False),
    "Fraction": ("a `Fraction`", 'a string like `"1/3"`', False),
    "deque": ("a `deque`", 'a string of its repr (`"deque([...])"`)', True),
    "range": ("a `range`", 'a string of its repr (`"range(0, 10)"`)', True),
    **{
        name: ("an `ipaddress` object", "its string (`str()`)", False)
        for name in ("IPv4Address", "IPv6Address", "IPv4Network", "IPv6Network")
    },
}
DEAD_PYTHON = {"datetime", "date", "set", "frozenset", "tuple", "Decimal", "bytes"}
DEAD_TS = {"Date", "Map", "Set"}
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
ISINSTANCE = frozenset({"isinstance"})


@dataclass(frozen=True)
class Loss:
    """What a value becomes through the checkpoint's JSON, and how to keep it."""

    what: str  # "a `datetime`"
    becomes: str  # "a string like `2024-05-01 12:00:00`"
    lossy: bool  # data is lost, not only its type
    fix: str | None = None  # template over `{}`: the expression
    raises: bool = False  # json.dumps raises on it: the step / task fails


TIMEDELTA_LOSS = Loss("a `timedelta`", 'a string like `"0:05:00"`', False, "{}.total_seconds()")
# `str(Fraction(1, 3))` is "1/3": arithmetic on it then repeats or fails on a string
FRACTION_LOSS = Loss("a `Fraction`", 'a string like `"1/3"`', False, "float({})")
# json.dumps writes int / float / bool / None keys as strings (default=str is not asked)
RESPONSE_LOSS = Loss("an HTTP response object", 'a string of its repr (`"<Response [200]>"`)', True)
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
DATETIME_LOSS = Loss(
    "a `datetime`",
    'a string like `"2024-05-01 12:00:00"` (`str()`, not ISO 8601)',
    False,
    "{}.isoformat()",
)
DATE_LOSS = Loss("a `date`", 'a string like `"2024-05-01"`', False, "{}.isoformat()")
TIME_LOSS = Loss("a `time`", 'a string like `"09:30:00"`', False, "{}.isoformat()")
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


NUMBER_KEYS = Loss(
    "a dict keyed by numbers",
    'a dict keyed by strings (`{1: ...}` is read back as `{"1": ...}`), so looking an item '
    "up by its number (`d[1]`, `d.get(1)`) no longer finds it",
    False,
)
NUMBER_KEY_LITERALS = ("integer", "float", "true", "false", "none")
NUMBER_KEY_TYPES = re.compile(
    r"^(typing\.|collections\.)?(dict|Dict|Mapping|defaultdict|DefaultDict|OrderedDict)"
    r"\[(int|float|bool),|^(typing\.|collections\.)?Counter\[(int|float|bool)\]$"
)


# `argument_receiver` where a language's tasks got the JSON of the dispatch: the
# message of a value checkpointed.
JSON_TASK = "a task"


def argument_receiver(model: ScriptModel, tcall: sdk.TaskCall) -> str | None:
    """What receives the arguments of a task call as JSON, as the message names it, or
    None when the task gets the workflow's own objects. wmill 1.850.0 runs a task of
    the file (`@task`, no `path=`) in a child job that replays the body and calls the
    function with the arguments that replay computed (`_execute_directly(func,
    **kwargs)`), so a `datetime` or a set arrives as itself; a `task_script` /
    `task_flow` / `@task(path=...)` target is another script or flow, whose job args
    are the JSON of the dispatch (`default=str`)."""
    if not model.lang.task_gets_live_arguments:
        return JSON_TASK
    task = tcall.task
    if tcall.kind is sdk.Primitive.TASK_FLOW:
        path = task.path if task is not None else None
        return f"the flow {code_span(path)}" if path else "a flow (`task_flow`)"
    if tcall.kind is sdk.Primitive.TASK_SCRIPT:
        path = task.path if task is not None else None
        return f"the script {code_span(path)}" if path else "another script (`task_script`)"
    if task is not None and task.path:
        return f"the script {code_span(task.path)} (the task's path)"
    return None


# What a datetime's loss says it is (also through a name, whose fix is dropped).
DATETIME_WHATS = frozenset({"a `datetime`", "a `date`"})


class NonJsonDurableValue(Rule):
    code = "WAC107"
    name = "non-json-durable-value"
    summary = "A step or task value does not survive the JSON round trip of the checkpoint"
    message = "Checkpoint a JSON value (`.isoformat()`, `.toISOString()`, `list(...)`)"
    fix_kind = "suggestion"
    docs = """
## What it does
Finds values that cross a checkpoint without surviving it: what a `step(...)`
callback or a task body returns, and the arguments of a task call (only those of
another script or flow: `task_script` / `taskScript`, `task_flow` / `taskFlow`,
`@task(path=...)` / `task(path, fn)`; a task of the file runs in a child job that
replays the body and is called with the objects that replay computed, in wmill
1.850.0's `_execute_directly` and at windmill-client 1.818.0's `_executingKey`), when they
are a `datetime` / `date` / `time` (also `dt.time()`, `-> time`), a `set` /
`frozenset`, `bytes`, a `Decimal`, a pandas
`DataFrame` / `Series` or a numpy array (`pd.read_csv(...)`, `np.array(...)`:
`default=str` prints them, a frame's table truncated past a few rows), a numpy
scalar that is no Python number (`np.argmax(x)`, `np.all(mask)` whose `"False"` is
truthy, `np.int64(n)`, a reduction of an array given an integer `dtype=`), or an
instance of a class of the file or of another module of the workspace (Python: a
dataclass, a pydantic model, also one pydantic builds, `Quote.model_validate_json(text)`,
one built by a function of that module or read by key from a comprehension building
them: `by_id[k]`, and a copy of one: `dataclasses.replace(line, ...)`,
`order.model_copy(...)`, `copy.deepcopy(x)`), or a `Date`, a `Map` / `Set`, a
`bigint`, a `Buffer` (`Buffer.from`, `hash.digest()` without an encoding, a file
read without one: `readFile(p)`, node:zlib's `gzipSync` and the other sync codecs), a
typed array (`Uint8Array`, `new TextEncoder().encode(s)`, `Bun.gzipSync`, a
`Response` / `Blob` / `Bun.file(p)`'s `bytes()`), a `RegExp`, an `Error`, a `URL` /
`URLSearchParams`, an iterator (`m.values()`, `s.matchAll(re)`) or generator object
(a `function*` of the file called), an instance of a class of the file, a `Map.groupBy(...)`,
a `structuredClone(...)` of any of these (the copy keeps the type), an
arbitrary-precision number (decimal.js / Prisma `Decimal`, big.js `Big`, bignumber.js
`BigNumber`, kept through their arithmetic methods: their `toJSON` is a string), or a
value of a declared return type that is one (`: Promise<Date>`, `Promise<Set<string>>`,
`Promise<Date[]>`)
or that has one as a member (`Promise<Invoice>` / `Promise<Invoice[]>` with `interface
Invoice { dueDate: Date }`, a `type` alias or an object type written there), a
`bigint` from `Bun.hash` (wyhash) or its other 64-bit hashes, and a caught error
(`catch (e) { return { ok: false, error: e } }`: an `Error` writes as `{}`)
(TypeScript). Such a value is
also found inside an object / dict / array / list literal returned or passed
(`return { total, recipients }` with `recipients` a `Set`, `{"at": datetime.now()}`),
and as what the callback of `xs.map(fn)` / `Array.from(xs, fn)` returns (an array of
`Date`s).
A fetch `Response`, `Headers`, `Blob`, `FormData` or `ArrayBuffer` (`.arrayBuffer()`)
too, except from a step awaited as a statement (its value is never read), and a
function returned by a step or passed to a task (stored as `null`); a function member
of an object a step or task returns when the workflow calls it on the result
(`fx.convert(x)`: JSON drops the member, so the call is a `TypeError`).
Also the dead check that follows: `isinstance(r, datetime)` / `r instanceof Date` on the
result of a task or step (in TypeScript on any member of it too: `r.at instanceof
Date`; in Python also `isinstance` or a class pattern `case Quote(...)` naming any
class of the file, whatever it derives from: a `NamedTuple` comes back a list, a `dict`
subclass a plain dict, a `StrEnum` member a plain string), and in TypeScript
`r === undefined`, `typeof r === "undefined"` /
`"function"` / `"bigint"` and `Number.isNaN(r)` on a `const` holding a whole task or
step result (the SDK stores `undefined` as `null`; JSON writes `NaN` as `null`), and
`r.next === undefined` where every object literal the step / task returns writes
`next` itself (the SDK's replacer stores an `undefined` member as `null`, so a cursor
loop waiting for `undefined` never ends).
Also a method called on a `const` holding a whole task or step result that no JSON
value has (`current.inc("patch")` after `step("v", () => semver.parse(s))`,
`due.getTime()`): the result comes back a plain object, array, string, number or
boolean, so the call is a `TypeError` whatever the step returned (reported where what
the step or task returns is not itself reported).
Python values are recognised by how they are built (`datetime.now()`,
`start + timedelta(...)`, `set(...)`, `.digest()`, `base64.b64encode(...)`,
`uuid.uuid4()`, `Path(...)`, a class of the file) and by a task's or step
function's declared return type (`-> Decimal`, `-> set[str]`; `-> Quote` naming a
class of the file when what is returned is a name, a member, an item or what `min` /
`max` / `next` pick), and a function
given to `step` by reference that returns one (`step("started", datetime.now)`, also
through `functools.partial`: `step("nonce", partial(os.urandom, 16))`).
Also a member of a plain `Enum` / `Flag` of the file (`Tier.GOLD`, `Tier(value)`,
`Perm.READ | Perm.WRITE`,
`-> Tier`, `random.choice([Tier.A, Tier.B])`): it becomes `"Tier.GOLD"`, while a `str` / `int`
mix-in (`class Tier(str, Enum)`, `IntEnum`) is written as its value; a
`model_dump()` / `.dict()` / `asdict(...)` of a model of the file (built by calling
it or by pydantic's `Model.model_validate(...)` / `parse_obj(...)`) with a field
annotated `datetime` (or another type above), which the dict keeps as that object
unless `mode="json"`; and a `NamedTuple` of the file (or a standard-library named tuple)
a task or a step callback returns when the workflow reads a field of the result
(`totals.amount`: it comes back a list), and
a `Counter` when the workflow calls a Counter-only method on the result
(`words.most_common(5)`: it comes back a plain dict).
Also what `default=str` writes as its repr or `str()`: a `timedelta` (`"0:05:00"`),
`ipaddress` objects, a `deque`, a `range`, a dict view (`d.keys()` of a dict the
file builds), `map` / `filter` / `zip` / `enumerate` / `reversed` / `iter` objects,
`itertools` iterators and generator expressions; and the values given by keyword
to `dict(...)` or to a `TypedDict` of the file (`Lease(expires=datetime(...))`).
A field read off an instance of a class of the file (`quote.total`, also of one
pydantic builds, `Order.model_validate(raw).created_at`, of a copy, `dataclasses.replace(
line, ...)`, or of an item `max` / `min` / `next` pick from a list of them:
`max(readings, key=...).taken_at`)
is what the class body annotates it (`total: Decimal`, `taken_at: datetime`); a plain
`Enum` member looked up by name (`Status[name]`) is one; `max` / `min` of a generator
or comprehension is one of the items it builds; and a mapping spread into a task's
arguments (`flow(**asdict(inv))`) is read like the value it spreads.
Types built by a call count as their class statement would (`Tier = Enum("Tier",
[...])`, `Totals = namedtuple("Totals", "count amount")`, `Lease = TypedDict("Lease",
{...})`). A `Fraction` (`"1/3"`), and a dict keyed by numbers (`{1: "bronze"}`, `-> dict[int,
int]`, `-> Counter[int]`): `json.dumps` writes its keys as strings, so `d[1]` /
`d.get(1)` no longer find them (a warning: the items survive). The items of a
list comprehension returned or passed are read like those of a list literal
(`[Line(sku, n) for ...]`). A task or step result compared with a tuple literal
(`health == ("ok", 200)`) is a dead check: the tuple comes back a list, and a list
never equals a tuple. So is one compared with a member of an `Enum` of the file by
identity (`risk is Risk.HIGH`, whatever its mix-in) or, for a plain `Enum`, by `==`:
JSON brings back a string or a number, never the member. A dict whose keys JSON
cannot hold (a tuple, a plain `Enum` member, a date) is
worse: `default=str` does not apply to keys, so `json.dumps` raises `TypeError`
("keys must be str, int, float, bool or None") and the step or task fails; also
one bound empty (`{}`, `defaultdict(int)`, `Counter()`) and filled item by item in the
same function (`totals[(region, sku)] += qty`, `totals[region, sku] = n`).
What a step callback or task function returns is followed into the helpers of the
file it returns the call of (`return envelope(x)`, also a function of a TypeScript
namespace of the file: `Tags.normalize(raw)`), not into those it only calls
(a helper returning `datetime.now()` that the task formats is fine). A value kept
from such a helper and handed on whole is what the helper returns
(`allocation = plan(lines)`, then `reserve({ allocation })` where `plan` returns a
`Map`). A container
annotation names what it holds (`-> dict[str, set[str]]`, `-> list[date]`, not on
an empty `return []`); `sum` / `round` / `abs` / `max` / `min` keep the type of the
`Decimal`, `Fraction` or `timedelta` they are given, and so do a `Decimal`'s own
methods (`total.quantize(CENT)`) and augmented assignments to a name assigned once
(`total = Decimal(0)` then `total += Decimal(x)`, `when += timedelta(days=1)`,
`seen |= set(xs)`); set algebra on a set or a dict's `keys()` / `items()` view
(`REQUIRED.keys() - row.keys()`, `set(a) - set(b)`) gives a set; datetime method chains
(`.astimezone(tz)`, `.replace(...)`, `.date()`) and dateutil / pendulum parsers give
datetimes; a generator `def` of the file called is a generator. Library answers:
a requests / httpx response (and its `headers`, `cookies`, `content`, `elapsed`), an
openai / anthropic response model, a slack_sdk `SlackResponse`, a boto3 answer holding
datetimes or a stream (`head_object`, `get_object`, `list_objects_v2`), a pymongo
write result, redis-py values without `decode_responses=True`, subprocess output
captured without `text=True`, bytes read from a file opened `"rb"` or a `BytesIO`, a
`cryptography` token or signature, and a standard-library named tuple (`urlparse(...)`,
`time.localtime()`'s `struct_time`, also given to `step` by reference) whose field the
workflow reads. A class pattern matched against a task or step
result (`case Verdict(...)`, `case datetime()`, `case tuple()`) never matches.

Read in the SDKs: `wmill` 1.850.0 encodes a step result with
`json.dumps(..., default=str)` and returns the decoded value, in the round that
ran the step as on every replay (`_run_inline_step`, `_json_round_trip`), so a
`datetime` comes back as `str(dt)` (`"2024-05-01 12:00:00.123456"`, not ISO
8601), a set as the string `"{'a', 'b'}"`, bytes as `"b'...'"`, an object as its
`str()`. A task result crosses JSON too (it is the child job's result).
`windmill-client` 1.818.0 uses `JSON.stringify` (`encodeCheckpointPayload`): a
`Date` comes back as its ISO string, a `Map` / `Set` as `{}`, a `bigint` as its
digits, a class instance as a plain object; a `RegExp`, an `Error` (its `message` and
`stack` are not enumerable), an iterator or a generator object as `{}`, a `URL` as its
`href` (its `toJSON`), a dayjs / moment object, a luxon `DateTime` / `Duration` /
`Interval` or a TC39 `Temporal` value (the global or a polyfill's: `PlainDate`,
`Instant`, `ZonedDateTime`, `Duration`, ...) as its ISO string (their `toJSON`), a
decimal.js / big.js / bignumber.js number as a string of its digits; what a zod
schema of the file parses (`Order.parse(json)`, `parseAsync`) when a field is
`z.date()` / `z.coerce.date()` (a `Date`), `z.bigint()`, `z.map()` or `z.set()`, or
whose outermost `.transform(fn)` returns one (`(tags) => new Set(tags)`); a `Date` from
date-fns (`addBusinessDays`, `startOfWeek`, `parseISO`, ...) or from `.toDate()` /
`.toJSDate()` of a date wrapper (dayjs, moment, cron-parser's `next()`, a Firestore
`Timestamp`); a `Buffer` from `.toBuffer()` (sharp, canvas) and the `Uint8Array`
pdf-lib's `PDFDocument.save()` gives; the raw entries of `Promise.allSettled`, whose
rejection `reason`s are `Error`s written as `{}`; a
whole axios
response (`axios.get(u)`, an `axios.create()` instance's `post`) makes `JSON.stringify`
throw (its `request` is the circular `ClientRequest`), so the step or task fails. A
name destructured from a value (`const { data } = await http.get(u)`) holds a part of
it, judged by itself: by the member's value where the file builds the object
(`const { start, end } = quarterBounds(y, q)`, whose `return { start, end }` holds
`Date`s). A returned
tuple comes back a list, which unpacks the same, so it is not reported.

Severity: **error** where the data is lost (a set, bytes or an object turned into
its `str()`, a `Map` / `Set` turned into `{}`) and for a dead type check;
**warning** where only the type changes (`datetime`, `Date`, `Decimal`, `bigint`).

Suggestions (unsafe: callers may rely on the type): `.isoformat()` for a
`datetime`, `.toISOString()` for a `Date`, `list(...)` for a set,
`Array.from(...)` for a `Set`, `Object.fromEntries(...)` for a `Map`.

## Why is this bad
The value the workflow reads is never the value the step returned: code written
for a `datetime` gets a string, and a set of ids becomes a string of its repr.

## Example
```python
started = await step("started", lambda: datetime.now(timezone.utc))
```

## Use instead
```python
started = await step("started", lambda: datetime.now(timezone.utc).isoformat())
```
"""
    VALID = [
        py(
            "from datetime import datetime, timezone\nfrom wmill import step, workflow\n\n"
            "@workflow\n"
            "async def main(ids: list[str]):\n"
            "    started = await step('started', lambda: datetime.now(timezone.utc).isoformat())\n"
            "    unique = await step('unique', lambda: sorted(set(ids)))\n    return started, "
            "unique\n"
        ),
        ts(
            'import { step, workflow } from "windmill-client";\n'
            "export const main = workflow(async (ids: string[]) => {\n"
            '  const started = await step("started", () => new Date().toISOString());\n'
            '  const unique = await step("unique", () => [...new Set(ids)]);\n'
            "  return { started, unique };\n});\n"
        ),
    ]
    INVALID = [
        py(
            "from datetime import datetime, timezone\nfrom wmill import step, workflow\n\n"
            "@workflow\n"
            "async def main():\n"
            "    return await step('started', lambda: «datetime.now(timezone.utc)»)\n"
        ),
        ts(
            'import { step, workflow } from "windmill-client";\n'
            "export const main = workflow(async (ids: string[]) => {\n"
            '  return await step("unique", () => «new Set(ids)»);\n});\n'
        ),
        py(
            "from wmill import task, workflow\n\n@task()\nasync def tags(xs: list[str]):\n"
            "    return «set(xs)»\n\n@workflow\nasync def main(xs: list[str]):\n"
            "    return await tags(xs)\n"
        ),
        ts(
            'import { step, workflow } from "windmill-client";\n'
            "export const main = workflow(async () => {\n"
            '  const when = await step("when", () => new Date().toISOString());\n'
            "  if («when instanceof Date») return when.getTime();\n  return when;\n});\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        model = ctx.model
        facts = sdk.facts(model)
        held: dict[object, Loss | None] = {}  # `classify`'s memo, for this model only
        graph = model.call_graph
        through_helpers: set[int] = set()
        by_callback: dict[int, list[Node]] | None = None
        for fn in [*facts.step_callbacks.values(), *facts.task_bodies.values()]:
            if not graph.is_durable_root(fn):
                # a helper the step / task calls: what it returns is checkpointed only
                # when the root returns it (`return build()`), followed below
                continue
            where = "step" if fn.id in facts.step_callbacks else "task"
            # `await step("notify", () => fetch(hook))` as a statement: the Response it
            # stores as `{}` is never read, so an empty web object loses nothing there
            dropped = where == "step" and value_dropped(model, fn)
            before = len(ctx.findings)
            for value, owner in checkpointed_values(model, fn):
                if owner == fn:
                    role = f"returned by this {where}"
                elif value.id in through_helpers:
                    continue  # a helper several steps / tasks return: reported once
                else:
                    through_helpers.add(value.id)
                    role = f"returned by `{function_name(model, owner)}` as a {where}'s result"
                declared = declared_loss(model, owner)
                self.value(ctx, value, role, held, declared, dropped)
            if FUNCTION_MEMBERS[model.language]:
                self.function_member_called(ctx, fn, where)
                if len(ctx.findings) == before:  # one finding per root cause
                    self.method_no_json_value_has(ctx, fn, where)
            if where == "task":
                self.named_tuple_read_by_field(ctx, fn)  # a Python class: none in TS
                self.counter_read_by_method(ctx, fn)
            elif COUNTER_RESULTS[model.language]:  # Python
                if by_callback is None:
                    # the step calls running each callback, worked out once
                    by_callback = {}
                    for c in facts.calls:
                        if c.primitive is sdk.Primitive.STEP and len(c.args) > 1:
                            given = sdk.unwrap(c.args[1]) or c.args[1]
                            by_callback.setdefault(given.id, []).append(c.call)
                self.named_tuple_read_by_field(ctx, fn, by_callback.get(fn.id, []))
        for call in facts.calls:
            self.step_by_reference(ctx, call, held)
        for tcall in facts.task_calls:
            if sdk.region_of(model, tcall.call) is not Region.WORKFLOW:
                continue
            receiver = argument_receiver(model, tcall)
            if receiver is None:
                continue
            for arg in [*tcall.args, *(k.value for k in tcall.keywords if k.value is not None)]:
                self.value(ctx, arg, "passed to a task", held, sent_to=receiver)
            if tcall.unpacked:
                # `flow(**asdict(inv))`: each item of the mapping is an argument
                for spread in unpacked_mappings(tcall.call):
                    self.value(
                        ctx, spread, "passed to a task (unpacked with `**`)", held, sent_to=receiver
                    )
        self.dead_checks(ctx)

    def function_member_called(self, ctx: RuleContext, fn: Node, where: str) -> None:
        """`return { rate, convert: (usd) => usd * rate }` and `fx.convert(p)` in the
        body: `JSON.stringify` drops a member whose value is a function, so the call is
        a `TypeError` (a function member the body never calls loses nothing it uses)."""
        model = ctx.model
        members: dict[str, Node] = {}
        for value in returned(model, fn):
            literal = sdk.unwrap(value) or value
            if literal.type != "object":
                continue
            for child in literal.named_children:
                if child.type == "pair":
                    key, member = (
                        child.child_by_field_name("key"),
                        child.child_by_field_name("value"),
                    )
                    member = sdk.unwrap(member) if member is not None else None
                    if key is None or member is None or member.type not in FUNCTION_VALUES:
                        continue
                elif child.type == "method_definition":
                    key, member = child.child_by_field_name("name"), child
                    if key is None:
                        continue
                else:
                    continue
                if key.type in ("property_identifier", "identifier"):
                    members.setdefault(model.text(key), member)
        if not members:
            return
        wf = sdk.facts(model).workflow_function
        holders = result_holders(model, wf, fn) if wf is not None else None
        if not holders or wf is None:
            return
        for callee in held_method_calls(model, wf, holders):
            name = model.text(callee.child_by_field_name("property") or callee)
            if name not in members:
                continue
            ctx.report(
                Span.of(members.pop(name)),
                f"`{name}` is a function returned by this {where}, and the workflow calls "
                f"{code_span(model.text(callee))}: it is checkpointed as JSON, which drops a "
                "function member, so the call is a `TypeError`",
            )

    def method_no_json_value_has(self, ctx: RuleContext, fn: Node, where: str) -> None:
        """`const v = await step("latest", () => semver.parse(s))` then `v.inc("patch")`:
        what the body gets back is a JSON value (object, array, string, number, boolean
        or null), so a method none of those has (`inc`, `getTime`, `has`) is a
        `TypeError`, whatever the step returned (a library's class instance, a `Date`,
        a `Set`). Calls on the const holding the whole result only; a function member
        of a returned literal is `function_member_called`'s."""
        model = ctx.model
        wf = sdk.facts(model).workflow_function
        holders = result_holders(model, wf, fn) if wf is not None else None
        if not holders or wf is None:
            return
        calls = held_method_calls(model, wf, holders)
        if not calls:
            return
        own = own_function_members(model, fn)
        for callee in calls:
            owner = model.text(callee.child_by_field_name("object") or callee)
            name = model.text(callee.child_by_field_name("property") or callee)
            call = callee.parent
            if call is None or name in JSON_VALUE_METHODS or name in own:
                continue
            if whole_value(model, owner, callee) is None:
                continue
            if type_guarded(model, call, owner):
                continue  # `if (when instanceof Date) when.getTime()`: the dead test's
            name_of = step_or_task_name(model, fn, where)
            ctx.report(
                Span.of(call),
                f"{code_span(model.text(callee))} calls `{name}` on the result of {name_of}, "
                "which is checkpointed as JSON: it comes back as a plain object, array, "
                f"string, number or boolean, none of which has `{name}`, so the call is a "
                f"`TypeError`; call it inside the {where}, or return plain data",
            )

    def named_tuple_read_by_field(
        self, ctx: RuleContext, fn: Node, step_calls: list[Node] | None = None
    ) -> None:
        """A task (or step callback) returning a `NamedTuple` of the file, or a standard
        library one (`time.localtime()`), whose result the body reads by field
        (`totals.amount`): JSON carries it as an array, so the field is gone (a result
        only unpacked or indexed is fine, as for a plain tuple)."""
        model = ctx.model
        where = "task" if step_calls is None else "step"
        if step_calls is not None and not step_calls:
            return
        values = [
            (v, fields)
            for v in returned(model, fn)
            if (fields := named_tuple_fields(model, fn, sdk.unwrap(v) or v))
        ]
        if not values:
            return
        if step_calls is None:
            name_node = fn.child_by_field_name("name")
            if name_node is None:
                return
            calls = [t.call for t in sdk.facts(model).task_calls if t.name == model.text(name_node)]
        else:
            calls = step_calls  # the step calls that run this callback
        read = fields_read_from(model, calls, values[0][1])
        if read is None:
            return
        for value, _ in values:
            ctx.report(
                Span.of(value),
                f"{code_span(model.text(value))} is a `NamedTuple` returned by this {where}, "
                f"and the workflow reads `{read}` from the result: it is checkpointed as JSON "
                "and comes back as a list, which has no fields",
            )

    def counter_read_by_method(self, ctx: RuleContext, fn: Node) -> None:
        """A task returning a `Counter` whose result the workflow calls a Counter-only
        method on (`words.most_common(5)`): JSON brings it back a plain dict, which
        has no such method (`AttributeError`)."""
        model = ctx.model
        name_node = fn.child_by_field_name("name")
        semantic = model.semantic
        if name_node is None or semantic is None or not COUNTER_RESULTS[model.language]:
            return
        declared = fn.child_by_field_name("return_type")
        counted = declared is not None and _annotated_base(model.text(declared)) == "Counter"
        values = []
        for value in returned(model, fn):
            inner = sdk.unwrap(value) or value
            callee = sdk.callee_of(inner) if inner.type == "call" else None
            if callee is not None and semantic.qualified_name(callee) == "collections.Counter":
                values.append(value)
            elif counted:
                values.append(value)
        if not values:
            return
        read = fields_read_from_results(model, model.text(name_node), COUNTER_METHODS)
        if read is None:
            return
        for value in values:
            ctx.report(
                Span.of(value),
                f"{code_span(model.text(value))} is a `Counter` returned by this task, and the "
                f"workflow calls `{read}` on the result: it is checkpointed as JSON and comes "
                "back as a plain dict, which has no such method (`AttributeError`)",
            )

    def step_by_reference(
        self, ctx: RuleContext, call: sdk.SdkCall, held: dict[object, Loss | None]
    ) -> None:
        """`step("started", datetime.now)`: the step calls what it is given and
        checkpoints its result."""
        model = ctx.model
        if call.primitive is not sdk.Primitive.STEP or len(call.args) < 2:
            return
        ref = sdk.unwrap(call.args[1]) or call.args[1]
        classify_reference = REFERENCE_LOSSES.get(model.language)
        # `step("nonce", partial(os.urandom, 16))`: the step calls what the partial
        # wraps, so it returns what that function returns
        ref = partial_target(model, ref) or ref
        if ref.type not in ("identifier", "attribute", "member_expression"):
            return
        loss = classify_reference(model, ref) if classify_reference is not None else None
        if loss is None:
            # `step("cutoff", utc_now)` of a function another module defines
            loss = imported_function_loss(ctx, ref, held)
        if loss is None:
            fields = stdlib_named_tuple(model, ref)
            read = fields_read_from(model, [call.call], fields) if fields else None
            if read is not None:
                ctx.report(
                    Span.of(ref),
                    f"{code_span(model.text(ref))} returns a named tuple, and the workflow "
                    f"reads `{read}` from this step's result: it is checkpointed as JSON "
                    "and comes back as a list, which has no fields",
                )
            return
        ctx.report(
            Span.of(ref),
            f"{code_span(model.text(ref))} returns {loss.what}, which this step checkpoints as "
            f"JSON: it comes back as {loss.becomes}",
            severity=None if loss.lossy else WARNING,
        )

    def value(
        self,
        ctx: RuleContext,
        node: Node,
        role: str,
        held: dict[object, Loss | None],
        declared: Loss | None = None,
        dropped: bool = False,
        sent_to: str = "",
    ) -> None:
        model = ctx.model
        expr = sdk.unwrap(node) or node
        loss = classify(model, expr, held)
        if loss is None:
            # `payroll_cutoff(period)` of another module of the workspace: what it returns
            loss = imported_result_loss(ctx, expr, held)
        if loss is None:
            target: Node | None = expr
            if expr.type in ("identifier", "shorthand_property_identifier"):
                # `invoice = invoice_from_row(row)`, then `invoice` passed: the name holds it
                once = held_once(model, expr)
                target = sdk.unwrap(once) or once if once is not None else None
                if target is not None:
                    loss = imported_result_loss(ctx, target, held)
            # `by_id[k]` of `by_id = {c["id"]: Customer(**c) for c in rows}`: an element
            element = element_value(model, target) if loss is None and target else None
            if element is not None:
                loss = classify(model, element, held) or imported_result_loss(ctx, element, held)
        if loss is None and declared is not None and not empty_container(model, expr):
            # `-> list[datetime]`: what the annotation says, except the `return []` of
            # an early exit, which holds nothing JSON loses
            loss = declared
            if declared.what.endswith("instance (its declared type)"):
                # `-> Quote` and `return min(quotes, key=...)`; not `return r.json()`
                loss = declared if declared_instance_value(model, expr) else None
        if dropped and loss is not None and loss.what in WEB_LOSSES:
            return
        if loss is None and expr.type in FUNCTION_VALUES and not role.startswith("inside"):
            # the whole value only: the SDK stores a function result as null
            # (`checkpointableResult`); one inside an object may be a member the code
            # only calls (the object is not the value returned), so those are not followed
            loss = Loss("a function", "`null`", True)
        if loss is None:
            # `{ id, at: new Date() }`, `{"tags": {x}}`, `[started, id]`: JSON carries the
            # container, not what it holds
            for member in container_members(model, expr, 3):
                self.value(ctx, member, f"inside the value {role}", held, sent_to=sent_to)
            return
        if loss.raises:
            ctx.report(
                Span.of(expr),
                f"{code_span(model.text(expr))} is {loss.what} {role}: {loss.becomes}",
            )
            return
        fix = None
        if loss.fix is not None:
            fix = Fix(
                "Checkpoint a JSON value",
                (ctx.edit_node(expr, loss.fix.format(model.text(expr))),),
                "unsafe",
            )
        tail = f"it is checkpointed as JSON and comes back as {loss.becomes}"
        if sent_to and sent_to != JSON_TASK:
            role = role.replace("passed to a task", f"passed to {sent_to}")
            tail = f"the job's arguments are sent as JSON, so it arrives as {loss.becomes}"
        ctx.report(
            Span.of(expr),
            f"{code_span(model.text(expr))} is {loss.what} {role}: {tail}",
            severity=None if loss.lossy else WARNING,
            fix=fix,
        )

    def dead_checks(self, ctx: RuleContext) -> None:
        model = ctx.model
        wf = sdk.facts(model).workflow_function
        if wf is None:
            return
        # the file's node lists sliced to the body, not a walk of the body
        if sdk.is_python(model):
            for node in sdk.calls_named(model, ISINSTANCE, wf):
                args, _, _ = sdk.arguments_of(model, node)
                if len(args) != 2:
                    continue
                subject, kinds = args
                names = [kinds] if kinds.type != "tuple" else list(kinds.named_children)
                dead = [
                    n
                    for n in names
                    if model.text(n).rsplit(".", 1)[-1] in DEAD_PYTHON or file_class(model, n)
                ]
                if dead and len(dead) == len(names):
                    self.report_dead(ctx, node, subject)
            for node in sdk.nodes_in(model, "comparison_operator", wf):
                self.tuple_compared(ctx, node)
            for node in sdk.nodes_in(model, "match_statement", wf):
                self.dead_patterns(ctx, node)
            return
        for node in sdk.nodes_in(model, "binary_expression", wf):
            op = node.child_by_field_name("operator")
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            if op is None or left is None or right is None:
                continue
            if model.text(op) == "instanceof":
                if model.text(right) in DEAD_TS or local_class(model, right):
                    # `r.at instanceof Date` too: JSON builds no Date at any depth
                    self.report_dead(ctx, node, member_root(left))
                continue
            if model.text(op) not in ("===", "!=="):
                continue
            for subject, other in ((left, right), (right, left)):
                absent = absent_value(model, subject, other)
                if absent is not None and null_tested_beside(model, node, absent[0]):
                    break  # `r === undefined || r === null`: defensive, the null case is seen
                if absent is not None and absent[0].type == "member_expression":
                    if absent[1] == NO_UNDEFINED:
                        self.member_never_undefined(ctx, node, absent[0], model.text(op))
                    break
                if absent is not None:
                    verdict = "never true" if model.text(op) == "===" else "always true"
                    self.report_dead(ctx, node, absent[0], verdict, absent[1], whole=True)
                    break
        for node in sdk.calls_named(model, NAN_TESTS, wf):
            args, _, _ = sdk.arguments_of(model, node)
            if len(args) == 1:
                self.report_dead(ctx, node, args[0], reason=NO_NAN, whole=True)

    def member_never_undefined(
        self, ctx: RuleContext, test: Node, member: Node, operator: str
    ) -> None:
        """`page.next === undefined` where `page` holds a step / task result whose
        function returns an object literal that always writes `next`: the SDK encodes
        an `undefined` member as `null` (`encodeCheckpointPayload`'s replacer), so the
        key is always there and never `undefined` (a key the object may lack reads
        `undefined`: not reported)."""
        model = ctx.model
        owner = sdk.unwrap(member.child_by_field_name("object"))
        prop = member.child_by_field_name("property")
        if owner is None or prop is None or owner.type != "identifier":
            return
        value = sdk.unwrap(whole_value(model, model.text(owner), test))
        fn = durable_function_of(model, value) if value is not None else None
        if fn is None:
            return
        key = model.text(prop)
        values = returned(model, fn)
        if not values or not all(always_writes(model, v, key) for v in values):
            return
        verdict = "never true" if operator == "===" else "always true"
        ctx.report(
            Span.of(test),
            f"{code_span(model.text(test))} is {verdict}: `{model.text(owner)}` is a "
            f"checkpointed result whose `{key}` is always written, and the SDK stores an "
            "`undefined` member as `null`; test `== null` instead",
        )

    def dead_patterns(self, ctx: RuleContext, match: Node) -> None:
        """`match verdict:` / `case Verdict(approved=True):` on a task or step result: a
        class pattern of a type JSON does not bring back (a class of the file, a
        `datetime`, a `tuple`...) never matches it, so the arm is dead. Patterns in an
        alternative (`Verdict() | {...}`) are left alone: the arm may still match."""
        model = ctx.model
        subject = match.child_by_field_name("subject")
        body = match.child_by_field_name("body")
        if subject is None or body is None:
            return
        for clause in body.named_children:
            if clause.type != "case_clause":
                continue
            for pattern in sdk.nodes_in(model, "class_pattern", clause):
                if pattern_alternative(pattern, clause):
                    continue
                named = [c for c in pattern.named_children if c.type == "dotted_name"]
                if not named or not named[0].named_children:
                    continue
                last = named[0].named_children[-1]
                if model.text(last) in DEAD_PYTHON or file_class(model, last):
                    self.report_dead(ctx, pattern, subject, "never matches")

    def tuple_compared(self, ctx: RuleContext, node: Node) -> None:
        """`health == ("ok", 200)` on a task or step result: JSON brings a tuple back as
        a list, and a list never equals a tuple."""
        model = ctx.model
        operands = [c for c in node.named_children if c.type != "comment"]
        operators = [model.text(c) for c in node.children if not c.is_named]
        if len(operands) == 2 and operators in (["=="], ["!="], ["is"], ["is not"]):
            if self.enum_compared(ctx, node, operands, operators):
                return
        if len(operands) != 2 or operators not in (["=="], ["!="]):
            return
        for subject, other in (operands, operands[::-1]):
            literal = sdk.unwrap(other) or other
            if literal.type == "tuple" and literal.named_child_count:
                verdict = "never true" if operators == ["=="] else "always true"
                reason = (
                    "which comes back from JSON with its tuples as lists, and a list never "
                    "equals a tuple"
                )
                self.report_dead(ctx, node, subject, verdict, reason)
                return

    def enum_compared(
        self, ctx: RuleContext, node: Node, operands: list[Node], operators: list[str]
    ) -> bool:
        """`risk is Risk.HIGH` / `risk == Risk.HIGH` on a task or step result, `Risk` an
        `Enum` of the file: JSON brings back a string or a number, never a member, so
        `is` never holds (whatever the mix-in) and `==` holds only for a `str` / `int`
        mix-in, which compares by value."""
        model = ctx.model
        identity = operators[0] in ("is", "is not")
        for subject, other in (operands, operands[::-1]):
            member = sdk.unwrap(other) or other
            owner = member.child_by_field_name("object") if member.type == "attribute" else None
            if owner is None or owner.type != "identifier":
                continue
            name = model.text(owner)
            if name not in type_names(model):
                continue
            bases = class_bases(model, name, owner)
            if not bases or not bases & (PLAIN_ENUM_BASES | VALUE_ENUM_BASES):
                continue
            if not identity and not plain_enum(model, name, owner):
                continue
            if not bases & PLAIN_ENUM_BASES and not bases & {"StrEnum", "IntEnum", "IntFlag"}:
                continue  # `class Tier(str)`: a mix-in alone is no Enum
            negated = operators[0] in ("!=", "is not")
            verdict = "always true" if negated else "never true"
            reason = (
                "which comes back from JSON as a plain string or number, never a member of "
                f"the `Enum` `{name}`"
            )
            self.report_dead(ctx, node, subject, verdict, reason)
            return True
        return False

    def report_dead(
        self,
        ctx: RuleContext,
        node: Node,
        subject: Node,
        verdict: str = "never true",
        reason: str = "which comes back from JSON (strings, numbers, lists, plain objects)",
        whole: bool = False,
    ) -> None:
        """`whole`: the test is true of values a result's members can still hold (a
        missing key reads `undefined`), so `subject` must be the whole result, bound once."""
        model = ctx.model
        # `is never true` of a test, `never matches` of a pattern
        verdict = f"is {verdict}" if verdict.endswith("true") else verdict
        subject = sdk.unwrap(subject) or subject
        durable = sdk.durable_nodes_in(model, subject)
        if durable and durable[0].id == subject.id and subject.id not in sleeps(model):
            # `match await review(x):`: the result itself, not a name bound to it
            ctx.report(
                Span.of(node),
                f"{code_span(model.text(node))} {verdict}: `{model.text(subject)}` is a "
                f"checkpointed result, {reason}",
            )
            return
        if subject.type != "identifier":
            return
        if whole:
            value = sdk.unwrap(whole_value(model, model.text(subject), node))
        else:
            value = sdk.unwrap(reaching_value(model, model.text(subject), node))
        if value is None or not sdk.durable_nodes_in(model, value):
            return
        if sdk.durable_nodes_in(model, value)[0].id != value.id:
            return
        if value.id in sleeps(model):
            return  # a sleep resolves to `undefined` itself: it checkpoints no value
        ctx.report(
            Span.of(node),
            f"{code_span(model.text(node))} {verdict}: `{model.text(subject)}` is a "
            f"checkpointed result, {reason}",
        )


# `Number.isNaN(r)`: JSON has no NaN (`JSON.stringify` writes it as `null`), so it is never
# true of a checkpointed value. (The global `isNaN` also converts strings: not dead.)
NAN_TESTS = frozenset({"Number.isNaN"})
NO_NAN = "which comes back from JSON, where `NaN` and `Infinity` are written as `null`"
# what a checkpointed value never is: the SDK stores a top-level `undefined`, function or
# symbol as `null` (`checkpointableResult`, `encodeCheckpointPayload`), and JSON has no
# bigint
NO_UNDEFINED = "which comes back from JSON, where `undefined` is stored as `null`"
NEVER_TYPEOF = {
    "undefined": NO_UNDEFINED,
    "function": "which comes back from JSON, where a function is stored as `null`",
    "symbol": "which comes back from JSON, where a symbol is stored as `null`",
    "bigint": "which comes back from JSON, where a `bigint` is a string of its digits",
}


def pattern_alternative(pattern: Node, clause: Node) -> bool:
    """`pattern` is one side of an `|` within the case clause."""
    node = pattern.parent
    while node is not None and node.id != clause.id:
        if node.type == "union_pattern":
            return True
        node = node.parent
    return False


def absent_value(model: ScriptModel, subject: Node, other: Node) -> tuple[Node, str] | None:
    """`subject === undefined` / `subject === void 0` / `typeof subject === "function"`:
    the name tested and why a checkpointed value never passes."""
    other = sdk.unwrap(other) or other
    text = model.text(other)
    if text in ("undefined", "void 0"):
        return subject, NO_UNDEFINED
    if subject.type == "unary_expression" and model.text(subject).startswith("typeof"):
        operand = subject.child_by_field_name("argument")
        kind = text.strip("\"'`") if other.type in ("string", "template_string") else ""
        if operand is not None and kind in NEVER_TYPEOF:
            return operand, NEVER_TYPEOF[kind]
    return None


def whole_value(model: ScriptModel, name: str, at: Node) -> Node | None:
    """The value of `const name = ...` where `at` reads it: a name declared by itself
    (not destructured) and never assigned again (`const`: `let` may be)."""
    semantic = model.semantic
    binding = semantic.lookup(name, semantic.scope_at(at)) if semantic is not None else None
    if binding is None or binding.rebound or binding.value is None:
        return None
    declarator = binding.value.parent
    if declarator is None or declarator.type != "variable_declarator":
        return None
    declaration = declarator.parent
    if declaration is None or not declaration.children or declaration.children[0].type != "const":
        return None
    left = declarator.child_by_field_name("name")
    if left is None or left.type != "identifier" or model.text(left) != name:
        return None
    return binding.value


def null_tested_beside(model: ScriptModel, test: Node, subject: Node) -> bool:
    """`subject` is also tested for null: in the function (`=== null`, `== null`), or
    beside `test` in a `||` / `&&` chain (`!subject` too)."""
    name = model.text(subject)
    chain = test
    while chain.parent is not None and (
        chain.parent.type == "parenthesized_expression"
        or (
            chain.parent.type == "binary_expression"
            and (op := chain.parent.child_by_field_name("operator")) is not None
            and model.text(op) in ("||", "&&")
        )
    ):
        chain = chain.parent
    # defensive when the function also compares it with null, anywhere
    fn = next(sdk.enclosing_functions(model, test), None)
    body = " ".join(model.text(fn).split()) if fn is not None else ""
    if any(form in body for form in (f"{name} === null", f"null === {name}", f"{name} == null")):
        return True
    if chain.id == test.id:
        return False
    spaced = " ".join(model.text(chain).split())
    return any(
        form in spaced
        for form in (
            f"{name} === null",
            f"null === {name}",
            f"{name} == null",
            f"null == {name}",
            f"!{name} ",
            f"!{name})",
        )
    ) or spaced.endswith(f"!{name}")


def sleeps(model: ScriptModel) -> set[int]:
    return {c.call.id for c in sdk.facts(model).calls if c.primitive is sdk.Primitive.SLEEP}


# Literals whose members JSON carries one by one (TypeScript object / array, Python
# dict / list / tuple; a Python set literal is itself a loss).
CONTAINERS = ("object", "array", "dictionary", "list", "tuple", "expression_list")  # `return a, b`
# Keys that are text whatever they hold (Python strings, f-strings included, and
# implicitly joined ones; TypeScript's bare and quoted property names).
TEXT_KEYS = frozenset({"string", "concatenated_string", "property_identifier"})


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
    return _annotated_base(model.text(annotation)) in ("dict", "Dict")


def keyword_members(model: ScriptModel, node: Node) -> list[Node]:
    """The keyword argument values of `dict(a=..., b=...)` or of a `TypedDict` of the
    file built (`Lease(holder=..., expires=...)`): the dict's values."""
    if node.type != "call":
        return []
    callee = sdk.callee_of(node)
    if callee is None or callee.type != "identifier":
        return []
    name = model.text(callee)
    semantic = model.semantic
    builtin = name == "dict" and semantic is not None and semantic.qualified_name(callee) == "dict"
    bases = class_bases(model, name, callee) if name in type_names(model) else None
    if not builtin and not (bases and "TypedDict" in bases):
        return []
    _, keywords, _ = sdk.arguments_of(model, node)
    return [k.value for k in keywords if k.value is not None]


def container_members(model: ScriptModel, node: Node, depth: int) -> Iterator[Node]:
    """The member expressions of a container literal, at any depth up to `depth`, that
    are not themselves containers (`{ a: { b: new Date() } }` gives `new Date()`)."""
    if depth > 0 and node.type == "call":
        yield from keyword_members(model, node)
        return
    if depth > 0 and node.type == "list_comprehension":
        # `[Line(sku, amount) for ...]`: each item is the comprehension's element
        element = node.child_by_field_name("body")
        if element is not None:
            inner = sdk.unwrap(element) or element
            if inner.type in CONTAINERS:
                yield from container_members(model, inner, depth - 1)
            else:
                yield element
        return
    if depth > 0 and node.type == "call_expression":
        # `rows.map((r) => new Date(r.at))`, `Array.from(xs, (x) => ...)`: an array of
        # what the callback returns
        for element in mapped_items(model, node):
            inner = sdk.unwrap(element) or element
            if inner.type in CONTAINERS:
                yield from container_members(model, inner, depth - 1)
            else:
                yield element
        return
    if depth <= 0 or node.type not in CONTAINERS:
        return
    for child in node.named_children:
        if child.type == "pair":
            member = child.child_by_field_name("value")
        elif child.type in ("comment", "spread_element", "list_splat", "dictionary_splat"):
            continue
        elif child.type == "shorthand_property_identifier":
            member = child  # `{ when }`: the name's value
        else:
            member = child
        if member is None:
            continue
        inner = sdk.unwrap(member) or member
        if inner.type in CONTAINERS:
            yield from container_members(model, inner, depth - 1)
        else:
            yield member


def mapped_items(model: ScriptModel, call: Node) -> list[Node]:
    """The expressions the callback of `xs.map(fn)` / `Array.from(xs, fn)` returns, when
    `fn` is written there (an arrow or a function expression): the array's items."""
    callee = sdk.callee_of(call)
    args = call.child_by_field_name("arguments")
    if callee is None or callee.type != "member_expression" or args is None:
        return []
    prop = callee.child_by_field_name("property")
    method = model.text(prop) if prop is not None else ""
    given = [a for a in args.named_children if a.type != "comment"]
    if method == "map" and len(given) >= 1:
        fn = given[0]
    elif model.text(callee) == "Array.from" and len(given) >= 2:
        fn = given[1]
    else:
        return []
    if fn.type not in FUNCTION_VALUES:
        return []
    return returned(model, fn)


def reaching_value(model: ScriptModel, name: str, at: Node) -> Node | None:
    """The value `name` holds where `at` reads it. A name assigned once is its
    binding's value; a name assigned again (`since = since.isoformat()` under the
    check) holds the last assignment before `at`, unless a later one can loop back
    to it (an assignment after `at` in a loop around `at`)."""
    value = sdk.bound_value(model, name, at)
    semantic = model.semantic
    binding = semantic.lookup(name, semantic.scope_at(at)) if semantic is not None else None
    if binding is None or not binding.rebound:
        return value
    fn = next(sdk.enclosing_functions(model, at), None)
    if fn is None:
        return None
    loops = {"for_statement", "while_statement", "for_in_statement", "do_statement"}
    around = [a for a in ancestors(at) if a.type in loops and a.start_byte >= fn.start_byte]
    before = None
    for node in sdk.same_function_nodes(model, ("assignment", "variable_declarator"), fn):
        assigned = sdk._binding_value(model, node, name)
        if assigned is None:
            continue
        if node.end_byte <= at.start_byte:
            before = assigned
        elif any(loop.start_byte <= node.start_byte < loop.end_byte for loop in around):
            return None
    return before


def ancestors(node: Node) -> Iterator[Node]:
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


MAX_RETURN_HOPS = 8  # `return build()` followed through this many helpers


def checkpointed_values(model: ScriptModel, root: Node) -> Iterator[tuple[Node, Node]]:
    """(value, the function returning it) for what a step callback or task function
    hands back: its own returns, and the returns of a helper of the file it returns
    the call of (`return envelope(x)`), any depth. A helper it only calls
    (`stamp = now_utc()`; `return {"at": stamp.isoformat()}`) is not followed: its
    value is not checkpointed."""
    kinds = sdk.function_types(model)
    seen = {root.id}
    pending = [(root, 0)]
    while pending:
        fn, hops = pending.pop(0)
        for value in returned(model, fn):
            helper = returned_helper(model, sdk.unwrap(value) or value, kinds)
            if helper is None or is_task_function(model, helper) or generator(model, helper):
                # a generator function's call is the generator, whatever it returns
                yield value, fn
            elif helper.id not in seen and hops < MAX_RETURN_HOPS:
                seen.add(helper.id)
                pending.append((helper, hops + 1))


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


def element_value(model: ScriptModel, node: Node) -> Node | None:
    """`by_id[k]` / `rows[0]` where the name is bound once to a dict / list
    comprehension: the expression every element of it is built by."""
    if node.type not in ("subscript", "subscript_expression"):
        return None
    obj = node.child_by_field_name("value") or node.child_by_field_name("object")
    if obj is None or obj.type != "identifier":
        return None
    built = held_once(model, obj)
    built = sdk.unwrap(built) if built is not None else None
    if built is None:
        return None
    if built.type == "dictionary_comprehension":
        pair = built.child_by_field_name("body")
        return pair.child_by_field_name("value") if pair is not None else None
    if built.type == "list_comprehension":
        return built.child_by_field_name("body")
    return None


def held_once(model: ScriptModel, name: Node) -> Node | None:
    """The value a name is assigned once, whole, where `name` reads it; else None."""
    semantic = model.semantic
    binding = semantic.resolve(name) if semantic is not None else None
    return binding.assigned_value if binding is not None else None


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
    base = callee
    while base.type in ("attribute", "member_expression"):
        base = base.child_by_field_name("object") or base
        if base.type not in ("attribute", "member_expression", "identifier"):
            return None
    if base.type != "identifier":
        return None
    binding = semantic.resolve(base)
    if binding is None or binding.kind != BindingKind.IMPORT:
        return None
    key = ("imported result", id(binding), model.text(callee))  # one helper, many calls
    if key not in memo:
        memo[key] = _imported_result_loss(ctx, callee)
    return memo[key]


def _imported_result_loss(ctx: RuleContext, callee: Node) -> Loss | None:
    from wac_lint.workspace.crossfile import helper_of, imported_class, imported_function

    model, workspace = ctx.model, ctx.workspace
    assert workspace is not None
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


def returned_helper(model: ScriptModel, value: Node, kinds: tuple[str, ...]) -> Node | None:
    """The function of the file `value` calls by plain name (`envelope(x)`), if any."""
    if value.type not in ("call", "call_expression"):
        return None
    callee = sdk.callee_of(value)
    return helper_function(model, callee, kinds) if callee is not None else None


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


def function_name(model: ScriptModel, fn: Node) -> str:
    """`build` for `def build()`, `function build()` and `const build = () => ...`."""
    name = fn.child_by_field_name("name")
    holder = fn.parent
    if name is None and holder is not None and holder.type in ("variable_declarator", "assignment"):
        name = holder.child_by_field_name("name") or holder.child_by_field_name("left")
    return model.text(name) if name is not None else "a helper"


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


def declared_loss(model: ScriptModel, fn: Node) -> Loss | None:
    """The loss a Python function's return annotation declares (`-> Decimal`), or a
    TypeScript function's return type (`: Promise<Date>`)."""
    if fn.type in ("arrow_function", "function_expression", "function", "function_declaration"):
        return declared_ts_loss(model, fn)
    if fn.type != "function_definition":
        return None
    annotation = fn.child_by_field_name("return_type")
    if annotation is None:
        return None
    if NUMBER_KEY_TYPES.search(re.sub(r"\s+", "", model.text(annotation))):
        return NUMBER_KEYS  # `-> dict[int, int]`
    base = _annotated_base(model.text(annotation))
    if base in ("time", "datetime.time") and annotated_datetime_time(model, annotation):
        return TIME_LOSS  # `-> time` with `from datetime import time`
    if base not in ANNOTATED_LOSSES:
        if base in type_names(model) and plain_enum(model, base, annotation):
            return enum_loss(base)
        if base in type_names(model) and declared_instance(model, annotation, base):
            return Loss(
                f"{indefinite(base)} `{base}` instance (its declared type)",
                "a string of its `str()`",
                True,
            )
        return contained_loss(model.text(annotation), base)
    what, becomes, lossy = ANNOTATED_LOSSES[base]
    return Loss(what, becomes, lossy, None)


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
        base = _annotated_base(model.text(annotation))
        if base in ("time", "datetime.time") and annotated_datetime_time(model, annotation):
            return TIME_LOSS
        if base in ANNOTATED_LOSSES:
            what, becomes, lossy = ANNOTATED_LOSSES[base]
            return Loss(what, becomes, lossy, None)
        if base in type_names(model) and plain_enum(model, base, annotation):
            return enum_loss(base)
        return None
    return None


def declared_instance(model: ScriptModel, annotation: Node, base: str) -> bool:
    """`-> Quote` naming, alone, a class of the file that JSON does not carry (a pydantic
    model, a dataclass, a plain class; not a `TypedDict`, an `Enum`, a `NamedTuple`)."""
    node = annotation
    while node.named_child_count and node.type != "identifier":
        node = node.named_children[0]
    return (
        node.type == "identifier"
        and model.text(node) == base
        and model.text(annotation).strip() == base
        and local_class(model, node)
    )


# What a function declared to return an instance of a class of the file may hand back
# without the value telling: a name, a member, an item, or what `min` / `max` / `next`
# pick (a literal, a comprehension or another call is judged by itself: the
# annotation may be loose).
DECLARED_INSTANCE_VALUES = frozenset({"identifier", "attribute", "subscript"})
DECLARED_INSTANCE_PICKS = frozenset({"min", "max", "next", "copy.copy", "copy.deepcopy"})


def declared_instance_value(model: ScriptModel, expr: Node) -> bool:
    if expr.type in DECLARED_INSTANCE_VALUES:
        return True
    callee = sdk.callee_of(expr) if expr.type == "call" else None
    return callee is not None and model.text(callee) in DECLARED_INSTANCE_PICKS


def annotated_datetime_time(model: ScriptModel, annotation: Node) -> bool:
    """The return annotation names `datetime.time` (not the `time` module)."""
    semantic = model.semantic
    if semantic is None:
        return False
    node = annotation
    while node.named_child_count and node.type not in ("identifier", "attribute"):
        node = node.named_children[0]
    return node.type in ("identifier", "attribute") and (
        semantic.qualified_name(node) == "datetime.time"
    )


# TypeScript return types (unwrapped from `Promise<...>`) whose values JSON does not
# carry: the declared type is what the function hands back when the value returned is
# untyped (`rows[0].last_login` of a pg row, a Date).
DECLARED_TS = {
    "Date": Loss("a `Date` (its declared type)", "its ISO string", False),
    "Map": Loss("a `Map` (its declared type)", "`{}` (its entries are lost)", True),
    "Set": Loss("a `Set` (its declared type)", "`{}` (its items are lost)", True),
    "bigint": Loss("a `bigint` (its declared type)", "a string of its digits", False),
}
DECLARED_TS_ARRAYS = {
    "Date": ("an array of `Date`s (its declared type)", "an array of ISO strings"),
    "Map": ("an array of `Map`s (its declared type)", "an array of `{}` (their entries are lost)"),
    "Set": ("an array of `Set`s (its declared type)", "an array of `{}` (their items are lost)"),
    "bigint": ("an array of `bigint`s (its declared type)", "an array of digit strings"),
}
TS_GENERIC = re.compile(r"^(\w+)\s*(<.*>)?$", re.S)


def declared_ts_loss(model: ScriptModel, fn: Node) -> Loss | None:
    """`async (id: string): Promise<Date> => ...`: the whole declared type, when it is
    one JSON does not carry (not a union, not an array of them)."""
    annotation = fn.child_by_field_name("return_type")
    if annotation is None:
        return None
    text = model.text(annotation).lstrip(":").strip()
    match = TS_GENERIC.match(text)
    if match is not None and match.group(1) in ("Promise", "PromiseLike") and match.group(2):
        text = match.group(2)[1:-1].strip()
        match = TS_GENERIC.match(text)
    if match is None:
        element = TS_GENERIC.match(text[:-2].strip()) if text.endswith("[]") else None
        if element is not None and not element.group(2) and element.group(1) in DECLARED_TS:
            # `Promise<Date[]>`: each item
            what, becomes = DECLARED_TS_ARRAYS[element.group(1)]
            return Loss(what, becomes, DECLARED_TS[element.group(1)].lossy)
        # `Invoice[]`, `{ id: string; at: Date }`: the members of a type of the file
        return declared_member_loss(model, re.sub(r"\[\]$", "", text.strip()))
    if match.group(1) in ("Date", "bigint") and match.group(2):
        return None
    if match.group(1) in ("Array", "ReadonlyArray") and match.group(2):
        text = match.group(2)[1:-1].strip()  # `Array<Invoice>`: its items
    if sdk.bound_value(model, match.group(1), fn) is not None:
        return None  # a type of the file spelled like the builtin
    found = DECLARED_TS.get(match.group(1))
    if found is not None:
        return found
    return declared_member_loss(model, re.sub(r"\[\]$", "", text.strip()))


def declared_member_loss(model: ScriptModel, type_text: str) -> Loss | None:
    """`Promise<Invoice>` / `Promise<Invoice[]>` with `interface Invoice { dueDate:
    Date }` (or a `type` alias of an object type, or an object type written in place):
    a member JSON does not carry, which the workflow then reads as the declared type."""
    members: Node | None = None
    shown = type_text
    if type_text.startswith("{"):
        return _member_loss_in_text(model, type_text, "its declared type")
    if not re.fullmatch(r"\w+", type_text):
        return None
    for node in sdk.nodes_of_kinds(model, ("interface_declaration", "type_alias_declaration")):
        name = node.child_by_field_name("name")
        if name is None or model.text(name) != type_text:
            continue
        members = node.child_by_field_name("body") or node.child_by_field_name("value")
        break
    if members is None or members.type not in ("interface_body", "object_type"):
        return None
    return _member_loss(model, members, f"its declared type `{shown}`")


def _member_loss_in_text(model: ScriptModel, text: str, where: str) -> Loss | None:
    for prop, annotation in re.findall(r"(\w+)\??\s*:\s*([^;,}]+)", text):
        loss = _declared_member(prop, annotation, where)
        if loss is not None:
            return loss
    return None


def _member_loss(model: ScriptModel, members: Node, where: str) -> Loss | None:
    for member in members.named_children:
        if member.type != "property_signature":
            continue
        name = member.child_by_field_name("name")
        annotation = member.child_by_field_name("type")
        if name is None or annotation is None:
            continue
        loss = _declared_member(model.text(name), model.text(annotation).lstrip(":"), where)
        if loss is not None:
            return loss
    return None


def _declared_member(prop: str, annotation: str, where: str) -> Loss | None:
    """`dueDate: Date` / `Date | null`: the loss of a member declared one of those types."""
    parts = [p.strip() for p in annotation.split("|")]
    kept = [p for p in parts if p not in ("null", "undefined")]
    if len(kept) != 1:
        return None
    match = TS_GENERIC.match(kept[0])
    if match is None or (match.group(1) in ("Date", "bigint") and match.group(2)):
        return None
    base = DECLARED_TS.get(match.group(1))
    if base is None:
        return None
    what = base.what.replace(" (its declared type)", "")
    return Loss(f"{what} member (`{prop}`) of {where}", base.becomes, base.lossy)


# Containers JSON carries, by the shape they come back in.
MAPPING_ANNOTATIONS = {"dict", "Dict", "Mapping", "MutableMapping", "defaultdict", "OrderedDict"}
SEQUENCE_ANNOTATIONS = {"list", "List", "Sequence", "MutableSequence", "tuple", "Tuple"}
TYPE_NAME = re.compile(r"[A-Za-z_][\w.]*")


def empty_container(model: ScriptModel, node: Node) -> bool:
    """`[]`, `{}`, `()`, `list()`, `dict()`."""
    if node.type in ("list", "dictionary", "tuple", "array", "object"):
        return not [c for c in node.named_children if c.type != "comment"]
    if node.type == "call":
        callee = sdk.callee_of(node)
        args = node.child_by_field_name("arguments")
        return (
            callee is not None
            and model.text(callee) in ("list", "dict", "tuple")
            and args is not None
            and not args.named_children
        )
    return False


def values_of(arguments: str) -> str:
    """`set[str]` of `str, set[str]`: what follows the first top-level comma."""
    depth = 0
    for i, ch in enumerate(arguments):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == "," and depth == 0:
            return arguments[i + 1 :]
    return ""


def contained_loss(annotation: str, base: str) -> Loss | None:
    """`-> dict[str, set[str]]`, `-> list[datetime]`: the container comes back, each
    value JSON cannot carry inside it does not (the first such type named)."""
    if base in MAPPING_ANNOTATIONS:
        shape = "dict"
    elif base in SEQUENCE_ANNOTATIONS:
        shape = "list"
    else:
        return None
    text = re.sub(r"\s+", " ", annotation).strip()
    text = re.sub(r"^(typing\.)?Optional\[(.*)\]$", r"\2", text)
    text = re.sub(r" ?\| ?None$|^None ?\| ?", "", text)
    inner = text[text.find("[") + 1 : text.rfind("]")] if "[" in text else ""
    if shape == "dict":
        inner = values_of(inner)  # a key JSON cannot write raises instead: not this loss
    for name in TYPE_NAME.findall(inner):
        held = name.rsplit(".", 1)[-1]
        if held in ANNOTATED_LOSSES:
            _, becomes, lossy = ANNOTATED_LOSSES[held]
            return Loss(
                f"{indefinite(text)} `{text}`",
                f"a {shape} with each `{held}` in it turned into {becomes}",
                lossy,
                None,
            )
    return None


@lru_cache(maxsize=1024)
def _annotated_base(annotation: str) -> str:
    """`Decimal` for `Optional[decimal.Decimal]`: kept per annotation text, as a file
    of 500 tasks spells `-> dict` 500 times (four substitutions each)."""
    text = re.sub(r"\s+", "", annotation)
    text = re.sub(r"^(typing\.)?Optional\[(.*)\]$", r"\2", text)
    text = re.sub(r"\|None$|^None\|", "", text)
    return re.sub(r"\[.*$", "", text).rsplit(".", 1)[-1]


# Enum classes JSON writes by value: a member of one mixing in `str` / `int` is that
# str or int (`json.dumps` encodes subclasses of both as such).
VALUE_ENUM_BASES = {"str", "int", "float", "StrEnum", "IntEnum", "IntFlag", "ReprEnum"}
PLAIN_ENUM_BASES = {"Enum", "Flag"}


# Types built by a call (`Tier = Enum("Tier", ...)`, `Totals = namedtuple(...)`,
# `Lease = TypedDict("Lease", {...})`): the base the class statement would name.
FUNCTIONAL_TYPES = {
    "enum.Enum": "Enum",
    "enum.Flag": "Flag",
    "enum.IntEnum": "IntEnum",
    "enum.StrEnum": "StrEnum",
    "collections.namedtuple": "NamedTuple",
    "typing.NamedTuple": "NamedTuple",
    "typing.TypedDict": "TypedDict",
    "typing_extensions.TypedDict": "TypedDict",
    "typing_extensions.NamedTuple": "NamedTuple",
}


def functional_base(model: ScriptModel, value: Node) -> str | None:
    """The base a `Name = Enum("Name", ...)`-style call gives its type, if it is one."""
    if value.type != "call" or model.semantic is None:
        return None
    callee = sdk.callee_of(value)
    name = model.semantic.qualified_name(callee) if callee is not None else None
    return FUNCTIONAL_TYPES.get(name) if name is not None else None


def type_names(model: ScriptModel) -> set[str]:
    """Names of the file's classes, and of the module-level types it builds by a call."""
    memo = sdk.facts(model).memo
    found = memo.get("wac107_type_names")
    if isinstance(found, set):
        return found
    names = set(sdk.class_names(model))
    semantic = model.semantic
    if semantic is not None:
        for name, binding in semantic.module.bindings.items():
            value = binding.value
            if value is not None and not binding.rebound and functional_base(model, value):
                names.add(name)
    memo["wac107_type_names"] = names
    return names


def functional_fields(model: ScriptModel, call: Node) -> set[str]:
    """The field names a `namedtuple("T", ["a", "b"])` / `namedtuple("T", "a b")` /
    `NamedTuple("T", [("a", int)])` call declares."""
    args, _, _ = sdk.arguments_of(model, call)
    if len(args) < 2:
        return set()
    spec = sdk.unwrap(args[1])
    text = sdk.string_value(model, spec) if spec is not None else None
    if text is not None:
        return set(text.replace(",", " ").split())
    fields = set()
    for item in spec.named_children if spec is not None else ():
        if item.type == "tuple" and item.named_children:
            item = item.named_children[0]
        name = sdk.string_value(model, item)
        if name is not None:
            fields.add(name)
    return fields


def class_bases(model: ScriptModel, name: str, at: Node) -> set[str] | None:
    """The base classes (last dotted part) of the file's class `name` seen from `at`,
    or None when `name` is not a class of the file there."""
    value = sdk.bound_value(model, name, at)
    if value is not None and value.type == "call":
        base = functional_base(model, value)
        return {base} if base is not None else None
    if value is None or value.type != "class_definition":
        return None
    bases = value.child_by_field_name("superclasses")
    if bases is None:
        return set()
    return {model.text(b).rsplit(".", 1)[-1] for b in bases.named_children}


def plain_enum(model: ScriptModel, name: str, at: Node) -> bool:
    """`name` is a class of the file deriving from `Enum` / `Flag` without a `str` /
    `int` mix-in: `json.dumps(default=str)` writes a member as `str(member)`
    (`"Tier.GOLD"`), not its value."""
    bases = class_bases(model, name, at)
    return bases is not None and bool(bases & PLAIN_ENUM_BASES) and not bases & VALUE_ENUM_BASES


def enum_loss(name: str) -> Loss:
    return Loss(
        f"a member of the `Enum` `{name}`",
        f'its `str()` (`"{name}.MEMBER"`), which `{name}(...)` does not accept and no '
        "member equals",
        True,
        "{}.value",
    )


# Fields a pydantic model / dataclass dumps as they are (`model_dump()` without
# `mode="json"`, `dataclasses.asdict`): their JSON loss is the annotation's.
DUMP_METHODS = {"model_dump", "dict"}


# pydantic's class methods that build an instance from data (v2 and v1 names).
MODEL_CONSTRUCTORS = frozenset(
    {
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
        "model_construct",
        "parse_obj",
        "parse_raw",
        "construct",
        "from_orm",
    }
)


def dumped_field_loss(model: ScriptModel, call: Node, callee: Node) -> Loss | None:
    """`sub.model_dump()` / `asdict(sub)` where `sub` is an instance of a class of the
    file with a field annotated `datetime` (or another type JSON does not carry):
    the dict holds that object, and `default=str` turns it into its `str()`."""
    args, keywords, _ = sdk.arguments_of(model, call)
    if callee.type == "attribute":
        method = callee.child_by_field_name("attribute")
        receiver = callee.child_by_field_name("object")
        if method is None or model.text(method) not in DUMP_METHODS or args:
            return None
        if any(k.name == "mode" for k in keywords):
            return None  # `mode="json"` converts them
    elif model.text(callee).rsplit(".", 1)[-1] == "asdict" and len(args) == 1:
        receiver = args[0]
    else:
        return None
    receiver = sdk.unwrap(receiver)
    if receiver is None:
        return None
    built: Node | None = receiver
    if receiver.type == "identifier":
        built = sdk.unwrap(sdk.bound_value(model, model.text(receiver), receiver))
    if built is None or built.type != "call":
        return None
    cls = sdk.callee_of(built)
    if cls is not None and cls.type == "attribute":
        # `Subscription.model_validate(raw)`: pydantic's constructors from data
        maker = cls.child_by_field_name("attribute")
        owner = cls.child_by_field_name("object")
        cls = owner if maker is not None and model.text(maker) in MODEL_CONSTRUCTORS else None
    definition: Node | None = None
    if cls is not None and cls.type == "identifier":
        if class_bases(model, model.text(cls), cls) is not None:
            definition = sdk.bound_value(model, model.text(cls), cls)
    if definition is None:
        # `asdict(top)` of `top = max(quotes, key=...)`, a list of the file's instances
        definition = sdk.instance_class(model, receiver)
    body = definition.child_by_field_name("body") if definition is not None else None
    for statement in body.named_children if body is not None else ():
        assignment = statement.named_children[0] if statement.named_children else None
        if statement.type != "expression_statement" or assignment is None:
            continue
        annotation = assignment.child_by_field_name("type")
        target = assignment.child_by_field_name("left")
        if assignment.type != "assignment" or annotation is None or target is None:
            continue
        base = _annotated_base(model.text(annotation))
        if base in ANNOTATED_LOSSES:
            what, becomes, lossy = ANNOTATED_LOSSES[base]
            return Loss(
                f"a dict whose `{model.text(target)}` is {what}",
                f"a dict whose `{model.text(target)}` is {becomes}",
                lossy,
            )
    return None


def named_tuple_fields(model: ScriptModel, fn: Node, value: Node) -> set[str]:
    """The fields of the file's `NamedTuple` class `value` builds (`Totals(...)`), or
    that `fn` declares it returns (`-> Totals`); empty when it is none."""
    name = None
    if value.type == "call":
        callee = sdk.callee_of(value)
        qualified = (
            model.semantic.qualified_name(callee)
            if callee is not None and model.semantic is not None
            else None
        )
        if qualified in STDLIB_NAMED_TUPLES:
            return STDLIB_NAMED_TUPLES[qualified]  # `urlparse(url)`: a `ParseResult`
        if callee is not None and callee.type == "identifier":
            name = model.text(callee)
    annotation = fn.child_by_field_name("return_type")
    if (name is None or name not in type_names(model)) and annotation is not None:
        # `return min(offers, key=...)` under `-> Quote`: what the task declares
        name = _annotated_base(model.text(annotation))
    if name is None or name not in type_names(model):
        return set()
    bases = class_bases(model, name, value)
    if not bases or "NamedTuple" not in bases:
        return set()
    definition = sdk.bound_value(model, name, value)
    if definition is not None and definition.type == "call":
        return functional_fields(model, definition)
    body = definition.child_by_field_name("body") if definition is not None else None
    fields = set()
    for statement in body.named_children if body is not None else ():
        inner = statement.named_children[0] if statement.named_children else None
        if statement.type == "expression_statement" and inner is not None:
            target = inner.child_by_field_name("left")
            if inner.type == "assignment" and target is not None:
                fields.add(model.text(target))
    return fields


def partial_target(model: ScriptModel, node: Node) -> Node | None:
    """`f` of `functools.partial(f, ...)` (nested partials unwrapped), else None."""
    semantic = model.semantic
    found = None
    for _ in range(8):  # partial(partial(f)), never endlessly
        if node.type != "call" or semantic is None:
            return found
        callee = sdk.callee_of(node)
        if callee is None or semantic.qualified_name(callee) != "functools.partial":
            return found
        args, _, _ = sdk.arguments_of(model, node)
        if not args:
            return found
        node = found = sdk.unwrap(args[0]) or args[0]
    return found


def stdlib_named_tuple(model: ScriptModel, callee: Node) -> set[str]:
    """The fields of the standard-library named tuple calling `callee` answers
    (`time.localtime`: a `struct_time`), or an empty set."""
    semantic = model.semantic
    qualified = semantic.qualified_name(callee) if semantic is not None else None
    return STDLIB_NAMED_TUPLES.get(qualified or "", set())


def fields_read_from_results(model: ScriptModel, task: str, fields: set[str]) -> str | None:
    """`totals.amount` in the workflow, `totals` bound to `await task(...)`: the first
    such read, as written."""
    calls = [t.call for t in sdk.facts(model).task_calls if t.name == task]
    return fields_read_from(model, calls, fields)


def fields_read_from(model: ScriptModel, calls: list[Node], fields: set[str]) -> str | None:
    """`totals.amount` in the workflow, `totals` bound to `await <one of calls>`: the
    first such read, as written."""
    wf = sdk.facts(model).workflow_function
    if wf is None or not fields:
        return None
    holders = set()
    for durable_call in calls:
        parent = durable_call.parent
        while parent is not None and parent.type in ("await", "parenthesized_expression"):
            parent = parent.parent
        left = parent.child_by_field_name("left") if parent is not None else None
        if parent is not None and parent.type == "assignment" and left is not None:
            if left.type == "identifier":
                holders.add(model.text(left))
    for node in sdk.nodes_in(model, "attribute", wf):
        owner = node.child_by_field_name("object")
        field_ = node.child_by_field_name("attribute")
        if owner is None or field_ is None or owner.type != "identifier":
            continue
        if model.text(owner) in holders and model.text(field_) in fields:
            return model.text(node)
    return None


def member_root(node: Node) -> Node:
    """`r` for `r.a.b` / `r?.a` / `r["a"]`: the name a member chain reads from."""
    current = sdk.unwrap(node) or node
    while current.type in ("member_expression", "subscript_expression"):
        inner = current.child_by_field_name("object")
        if inner is None:
            break
        current = sdk.unwrap(inner) or inner
    return current


def durable_function_of(model: ScriptModel, value: Node) -> Node | None:
    """The step callback / task body of the file whose result `value` (`await
    step("x", fn)`, `await loadPage(c)`) is."""
    facts = sdk.facts(model)
    for call in facts.calls:
        if call.call.id == value.id and call.primitive is sdk.Primitive.STEP and len(call.args) > 1:
            fn = sdk.unwrap(call.args[1]) or call.args[1]
            return fn if fn.type in FUNCTION_VALUES else None
    for tcall in facts.task_calls:
        if tcall.call.id == value.id and tcall.task is not None and tcall.task.function is not None:
            return tcall.task.function.node
    return None


def always_writes(model: ScriptModel, value: Node, key: str) -> bool:
    """`value` is an object literal with a member `key` of its own (no spread, which
    may bring or not bring the key's value from elsewhere)."""
    literal = sdk.unwrap(value) or value
    if literal.type != "object":
        return False
    found = False
    for child in literal.named_children:
        if child.type == "spread_element":
            return False
        if child.type == "pair":
            name = child.child_by_field_name("key")
            found = found or (name is not None and model.text(name).strip("\"'") == key)
        elif child.type == "shorthand_property_identifier":
            found = found or model.text(child) == key
    return found


# The methods a value `JSON.parse` gives can have: Object.prototype's, and those of
# arrays, strings, numbers and booleans.
JSON_VALUE_METHODS = frozenset(
    {
        # Object.prototype
        "toString", "toLocaleString", "valueOf", "hasOwnProperty", "isPrototypeOf",
        "propertyIsEnumerable",
        # Array.prototype
        "at", "concat", "copyWithin", "entries", "every", "fill", "filter", "find",
        "findIndex", "findLast", "findLastIndex", "flat", "flatMap", "forEach", "includes",
        "indexOf", "join", "keys", "lastIndexOf", "map", "pop", "push", "reduce",
        "reduceRight", "reverse", "shift", "slice", "some", "sort", "splice", "toReversed",
        "toSorted", "toSpliced", "unshift", "values", "with",
        # String.prototype
        "charAt", "charCodeAt", "codePointAt", "endsWith", "isWellFormed", "localeCompare",
        "match", "matchAll", "normalize", "padEnd", "padStart", "repeat", "replace",
        "replaceAll", "search", "split", "startsWith", "substring", "substr",
        "toLocaleLowerCase", "toLocaleUpperCase", "toLowerCase", "toUpperCase",
        "toWellFormed", "trim", "trimEnd", "trimStart", "trimLeft", "trimRight", "anchor",
        "big", "blink", "bold", "fixed", "fontcolor", "fontsize", "italics", "link", "small",
        "strike", "sub", "sup",
        # Number.prototype
        "toExponential", "toFixed", "toPrecision",
    }
)  # fmt: skip


def own_function_members(model: ScriptModel, fn: Node) -> set[str]:
    """Names of function members of the object literals `fn` returns."""
    names: set[str] = set()
    for value in returned(model, fn):
        literal = sdk.unwrap(value) or value
        if literal.type != "object":
            continue
        for child in literal.named_children:
            key = child.child_by_field_name("key" if child.type == "pair" else "name")
            if key is not None and child.type in ("pair", "method_definition"):
                names.add(model.text(key))
    return names


def step_or_task_name(model: ScriptModel, fn: Node, where: str) -> str:
    """`the step "latest"` / `the task `render`` for messages."""
    facts = sdk.facts(model)
    for c in facts.calls:
        if c.primitive is sdk.Primitive.STEP and len(c.args) > 1:
            if (sdk.unwrap(c.args[1]) or c.args[1]).id == fn.id:
                name = sdk.string_value(model, c.args[0])
                return f"the step `{name}`" if name is not None else "the step"
    for task in model.tasks:
        if task.function is not None and task.function.node.id == fn.id and task.binding:
            return f"the task `{task.binding}`"
    name_node = fn.child_by_field_name("name")
    return f"the task `{model.text(name_node)}`" if name_node is not None else f"the {where}"


def type_guarded(model: ScriptModel, node: Node, name: str) -> bool:
    """`node` is in a branch of an `if` / `?:` whose test checks `name`'s type
    (`name instanceof X`, `typeof name`): that test is reported as dead instead."""
    guards = (f"{name} instanceof", f"typeof {name}")
    for up in ancestors(node):
        if up.type in ("if_statement", "ternary_expression"):
            test = up.child_by_field_name("condition")
            if test is not None and any(g in model.text(test) for g in guards):
                return True
        if up.type in FUNCTION_VALUES or up.type == "function_declaration":
            return False
    return False


def calls_running(model: ScriptModel, fn: Node) -> list[Node]:
    """The calls whose result is what the step callback / task body `fn` returns: the
    `step` calls handed it and the calls of its task. Indexed once per model (one scan
    per callback was quadratic on a body of hundreds of steps)."""
    memo = sdk.facts(model).memo
    found = memo.get("wac107_calls_running")
    if isinstance(found, dict):
        index: dict[int, list[Node]] = found
    else:
        facts = sdk.facts(model)
        index = {}
        for c in facts.calls:
            if c.primitive is sdk.Primitive.STEP and len(c.args) > 1:
                given = sdk.unwrap(c.args[1]) or c.args[1]
                index.setdefault(given.id, []).append(c.call)
        for t in facts.task_calls:
            if t.task is not None and t.task.function is not None:
                index.setdefault(t.task.function.node.id, []).append(t.call)
        memo["wac107_calls_running"] = index
    return index.get(fn.id, [])


def result_holders(model: ScriptModel, wf: Node, fn: Node) -> set[str]:
    """The names the workflow binds to the result of the step callback / task body
    `fn` (`const fx = await loadRate(c)`, `const r = await step("x", fn)`), by a
    declaration of their own (not destructured)."""
    declared = declared_results(model, wf)
    return {declared[c.id] for c in calls_running(model, fn) if c.id in declared}


def declared_results(model: ScriptModel, wf: Node) -> dict[int, str]:
    """The workflow body's `const name = await call(...)` declarations, as the call's
    id -> `name`. Indexed once per model: walking up from each call (`parent_of`) cost
    ~10 us per call on a body of 20,000 calls of one task."""
    memo = sdk.facts(model).memo
    found = memo.get("wac107_declared_results")
    if isinstance(found, dict):
        return found
    index: dict[int, str] = {}
    for declarator in sdk.nodes_in(model, "variable_declarator", wf):
        left = declarator.child_by_field_name("name")
        value = declarator.child_by_field_name("value")
        if left is None or value is None or left.type != "identifier":
            continue
        while value is not None and value.type in ("await_expression", "parenthesized_expression"):
            value = next(iter(value.named_children), None)
        if value is not None:
            index[value.id] = model.text(left)
    memo["wac107_declared_results"] = index
    return index


def method_calls_by_owner(model: ScriptModel, wf: Node) -> dict[str, list[Node]]:
    """The workflow body's method calls on a plain name (`fx.convert(p)`), by that
    name: their callee (`fx.convert`). Indexed once per model, for every callback."""
    memo = sdk.facts(model).memo
    found = memo.get("wac107_method_calls")
    if isinstance(found, dict):
        return found
    index: dict[str, list[Node]] = {}
    # from the calls (in the node index), not the member expressions (a query per file)
    for call in sdk.nodes_in(model, "call_expression", wf):
        callee = call.child_by_field_name("function")
        if callee is None or callee.type != "member_expression":
            continue
        owner = callee.child_by_field_name("object")
        if owner is None or owner.type != "identifier":
            continue
        if callee.child_by_field_name("property") is None:
            continue
        index.setdefault(model.text(owner), []).append(callee)
    memo["wac107_method_calls"] = index
    return index


def held_method_calls(model: ScriptModel, wf: Node, holders: set[str]) -> list[Node]:
    """The callees of the workflow body's method calls on one of `holders`, in source
    order."""
    index = method_calls_by_owner(model, wf)
    found = [callee for name in holders for callee in index.get(name, ())]
    found.sort(key=lambda callee: callee.start_byte)
    return found


def unencodable_keys(what: str) -> Loss:
    """A dict whose keys JSON cannot encode: checkpointing it raises."""
    return Loss(
        what,
        "JSON cannot encode its keys (`json.dumps` raises `TypeError`: keys must be str, "
        "int, float, bool or None, and `default=str` does not apply to keys), so it fails "
        "instead of being checkpointed",
        True,
        raises=True,
    )


def local_class(model: ScriptModel, node: Node) -> bool:
    """`node` names a class defined in this file that JSON does not carry as is."""
    if node.type != "identifier" or model.text(node) not in sdk.class_names(model):
        return False
    value = sdk.bound_value(model, model.text(node), node)
    if value is None or value.type not in ("class_definition", "class_declaration"):
        return False
    bases = value.child_by_field_name("superclasses")
    if bases is not None:
        names = {model.text(b).rsplit(".", 1)[-1] for b in bases.named_children}
        if names & JSON_CLASS_BASES:
            return False
    text = model.text(value)
    # `JSON.stringify` calls `toJSON`; Python's `json.dumps(..., default=str)` (wmill
    # 1.850.0 `_json_round_trip`, the worker's wrapper) calls nothing of a pydantic
    # model: it becomes its `str()` like any other object
    if re.search(r"\btoJSON\b", text[:200]):
        return False
    return True


# Bases whose classes an instance check or a class pattern does not test by class:
# a `TypedDict` raises `TypeError` there, a runtime `Protocol` matches by members.
STRUCTURAL_BASES = frozenset({"TypedDict", "Protocol"})


def file_class(model: ScriptModel, node: Node) -> bool:
    """`node` names a Python class of this file: what JSON brings back is a plain
    `dict`, `list`, `str`, number, bool or `None`, never an instance of it, whatever
    it derives from (a `NamedTuple` comes back a list, a `dict` subclass a plain dict,
    a `StrEnum` member a plain string)."""
    if node.type != "identifier" or model.text(node) not in sdk.class_names(model):
        return False
    value = sdk.bound_value(model, model.text(node), node)
    if value is None or value.type != "class_definition":
        return False
    bases = value.child_by_field_name("superclasses")
    names = (
        {model.text(b).rsplit(".", 1)[-1].split("[", 1)[0] for b in bases.named_children}
        if bases is not None
        else set()
    )
    return not names & STRUCTURAL_BASES


def imports_datetime(model: ScriptModel) -> bool:
    return (
        re.search(rb"^\s*(import datetime|from datetime import)", model.source.data, re.M)
        is not None
    )


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


def classify_name(
    model: ScriptModel,
    node: Node,
    name: str,
    scope: Scope | None,
    memo: dict[object, Loss | None] | None,
) -> Loss | None:
    """`classify` of an identifier: what the value it is bound to loses."""
    semantic = model.semantic
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
    if value is not None and value.type not in (
        "function_definition",
        "function_declaration",
        "class_definition",
        "class_declaration",
    ):
        inner = sdk.unwrap(value) or value
        if inner.type != "identifier":
            if memo is not None and inner.id in memo:
                return memo[inner.id]
            loss = classify(model, inner)
            if loss is None and FILLED_DICTS[model.language] and empty_dict(model, inner):
                loss = stored_key_loss(model, name, inner)
            result = None if loss is None else replace(loss, fix=None)
            if memo is not None:
                memo[inner.id] = result
            return result
    return None


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


def stored_key_loss(model: ScriptModel, name: str, value: Node) -> Loss | None:
    """A dict bound to `name` empty and filled by item assignments in the same scope
    (`totals[(region, sku)] += qty`, `seen[day] = n` with `day` a date): the keys JSON
    cannot encode, as `key_loss` finds them in a literal."""
    semantic = model.semantic
    if semantic is None:
        return None
    scope = semantic.scope_at(value)
    root = scope.node if scope is not None else None
    for store in sdk.nodes_of_kinds(model, ("assignment", "augmented_assignment"), root):
        target = store.child_by_field_name("left")
        if target is None or target.type != "subscript":
            continue
        owner = target.child_by_field_name("value")
        if owner is None or owner.type != "identifier" or model.text(owner) != name:
            continue
        if semantic.scope_at(store) is not scope:
            continue  # another function's name
        keys = target.children_by_field_name("subscript")
        if len(keys) > 1 or (keys and (sdk.unwrap(keys[0]) or keys[0]).type == "tuple"):
            kind = "a `tuple`"  # `t[a, b]`, `t[(a, b)]`
        elif keys:
            # as `key_loss` reads a literal's keys: a date, a plain `Enum` member...
            loss = classify(model, sdk.unwrap(keys[0]) or keys[0])
            if loss is None or loss.raises:
                continue
            kind = loss.what
        else:
            continue
        return unencodable_keys(f"a dict keyed by {kind} (`{model.text(target)}`)")
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


def classify_python(model: ScriptModel, node: Node) -> Loss | None:
    if node.type == "attribute":
        response_part = response_attribute_loss(model, node)
        if response_part is not None:
            return response_part
        # `Tier.GOLD`: a member of a plain Enum class of the file
        owner = node.child_by_field_name("object")
        if (
            owner is not None
            and owner.type == "identifier"
            and model.text(owner) in type_names(model)
            and plain_enum(model, model.text(owner), owner)
        ):
            return enum_loss(model.text(owner))
        attr = node.child_by_field_name("attribute")
        if owner is not None and attr is not None:
            # `quote.total` of a `Quote(...)` whose class declares `total: Decimal`
            return field_loss(model, owner, model.text(attr))
        return None
    if node.type == "subscript":
        # `Status[name]`: a member of a plain Enum class of the file, looked up by name
        owner = node.child_by_field_name("value")
        if (
            owner is not None
            and owner.type == "identifier"
            and model.text(owner) in type_names(model)
            and plain_enum(model, model.text(owner), owner)
        ):
            return enum_loss(model.text(owner))
        return None
    if node.type == "conditional_expression":
        # `A if cond else B`: either branch may be the value
        for branch in (node.named_children[0], node.named_children[-1]):
            loss = classify(model, sdk.unwrap(branch) or branch)
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
    return classify_callee(model, callee, node)


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
    if qualified is not None and qualified.startswith("itertools."):
        return Loss("an `itertools` iterator", "a string of its repr", True, "list({})")
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
    if method in MODEL_CONSTRUCTORS:
        # `Quote.model_validate_json(text)`: pydantic builds an instance of the class
        owner = callee.child_by_field_name("object")
        if owner is not None and local_class(model, owner):
            shown = model.text(owner)
            return Loss(f"{indefinite(shown)} `{shown}` instance", "a string of its `str()`", True)
    return None


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
    or an item of the one iterable given, is what the result is. `round(x)` without
    digits is an int, whatever `x` is."""
    args, keywords, _ = sdk.arguments_of(model, call)
    if name == "round" and len(args) < 2 and not keywords:
        return None
    candidates = list(args[1:2]) if name == "sum" else []
    candidates += [k.value for k in keywords if k.name == "start" and k.value is not None]
    if name in ("max", "min") and len(args) > 1:
        candidates += args
    elif args:
        first = sdk.unwrap(args[0]) or args[0]
        if name in ("sum", "max", "min") and first.type in (
            "generator_expression",
            "list_comprehension",
            "set_comprehension",
        ):
            body = first.child_by_field_name("body")
            candidates += [body] if body is not None else []
        elif name in ("round", "abs"):
            candidates.append(first)
    for node in candidates:
        loss = classify(model, sdk.unwrap(node) or node)
        if loss is not None and loss.what in NUMERIC_WHATS:
            return loss
    return None


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
    tuple literal, whose items all lose the same way."""
    if model.text(callee).rsplit(".", 1)[-1] not in PICKING:
        return None
    args, _, _ = sdk.arguments_of(model, call)
    if len(args) != 1:
        return None
    seq = sdk.unwrap(args[0])
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


# What a function given to `step` by reference returns (`step("t", datetime.now)`).
# TypeScript has no such case: `Date.now` returns a number, and a class given by
# reference throws without `new`.
REFERENCE_LOSSES: dict[LanguageKind, Callable[[ScriptModel, Node], Loss | None]] = {
    LanguageKind.PYTHON: classify_callee,
}


# JSON.stringify keeps only own enumerable properties (or what `toJSON` returns): a
# RegExp has none, an Error's `message` and `stack` are not enumerable, an iterator or
# generator object has none, so each becomes `{}`; a URL has `toJSON` (its href).
EMPTY_OBJECT = "`{}` (JSON keeps none of it)"
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
GENERATORS = ("generator_function_declaration", "generator_function")


# What `.values()` / `.keys()` / `.entries()` without arguments returns an iterator
# of: built-in collections, and arrays (literals, or what array methods return). A
# class of some library may have such a method returning an array: not guessed at.
ITERABLE_CLASSES = {"Map", "Set", "Array", "URLSearchParams", "Headers", "FormData"}
ARRAY_METHODS = {"map", "filter", "slice", "concat", "sort", "flat", "flatMap", "reverse"}


def iterable_receiver(model: ScriptModel, receiver: Node) -> bool:
    node = sdk.unwrap(receiver) or receiver
    if node.type == "identifier":
        bound = sdk.bound_value(model, model.text(node), node)
        node = (sdk.unwrap(bound) or bound) if bound is not None else node
    if node.type == "array":
        return True
    if node.type == "new_expression":
        ctor = node.child_by_field_name("constructor")
        return ctor is not None and model.text(ctor) in ITERABLE_CLASSES
    if node.type == "call_expression":
        callee = sdk.callee_of(node)
        if callee is not None and callee.type == "member_expression":
            method = callee.child_by_field_name("property")
            return method is not None and model.text(method) in ARRAY_METHODS
    return False


def regexp_loss() -> Loss:
    return Loss("a `RegExp`", EMPTY_OBJECT, True, "{}.source")


def iterator_loss(what: str) -> Loss:
    return Loss(what, EMPTY_OBJECT, True, "[...{}]")


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


def global_fetch(model: ScriptModel, callee: Node) -> bool:
    """`fetch` is the global one, or imported (node-fetch): not a parameter or a local."""
    semantic = model.semantic
    if semantic is None:
        return False
    binding = semantic.lookup("fetch", semantic.scope_at(callee))
    return binding is None or binding.kind == BindingKind.IMPORT


WEB_LOSSES = frozenset({*BINARY_BODIES.values(), *WEB_OBJECTS.values(), RESPONSE_LOSS.what})


def value_dropped(model: ScriptModel, callback: Node) -> bool:
    """The step call `callback` is given to is awaited as a statement of its own: the
    value it checkpoints is never read."""
    arguments = model.parent_of(callback)
    call = model.parent_of(arguments) if arguments is not None else None
    outer = model.parent_of(call) if call is not None else None
    while outer is not None and outer.type in (
        "await",
        "await_expression",
        "parenthesized_expression",
    ):
        outer = model.parent_of(outer)
    return outer is not None and outer.type == "expression_statement"


FUNCTION_VALUES = ("arrow_function", "function_expression", "function")


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
    if qual in PDF_LIB_DOCUMENTS and not given:
        return UINT8_LOSS
    if qual.startswith(DATE_FNS_MODULES):
        name = re.split(r"[./]", qual)[-1]
        if DATE_FNS_DATES.match(name):
            return DATE_LOSS_TS
    return None


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
    }
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
)
FS_MODULES = (
    "fs",
    "node:fs",
    "fs/promises",
    "node:fs/promises",
    "fs.promises",
    "node:fs.promises",
    "fs-extra",
)
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
        holder = sdk.unwrap(sdk.bound_value(model, model.text(holder), holder))
    if holder is None or holder.type != "call_expression":
        return None
    callee = sdk.callee_of(holder)
    return zod_parsed_loss(model, callee, model.text(prop)) if callee is not None else None


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
AXIOS_RESPONSE = Loss(
    "an axios response",
    "`JSON.stringify` throws on it (its `request` is the circular `ClientRequest`: "
    '"Converting circular structure to JSON"), so it is never checkpointed and the call '
    "fails; return its `.data`",
    True,
    "{}.data",
    raises=True,
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


def classify_typescript(model: ScriptModel, node: Node) -> Loss | None:
    if node.type == "number" and model.text(node).endswith("n"):
        return Loss("a `bigint`", "a string of its digits", False)
    if node.type == "regex":
        return regexp_loss()
    if node.type == "call_expression":
        callee = sdk.callee_of(node)
        if callee is None:
            return None
        name = model.text(callee)
        if name == "BigInt" or (
            name in BIGINT_CALLS
            and model.semantic is not None
            and model.semantic.qualified_name(callee) in BIGINT_CALLS
        ):
            return Loss("a `bigint`", "a string of its digits", False)
        if name == "structuredClone" and sdk.bound_value(model, name, callee) is None:
            # the global deep copy keeps the type: a Map's clone is a Map
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
            if method_name == "matchAll" or (
                method_name in ITERATOR_METHODS
                and no_args
                and receiver is not None
                and iterable_receiver(model, receiver)
            ):
                return iterator_loss("an iterator")
        if callee.type == "identifier":
            bound = sdk.bound_value(model, name, callee)
            if bound is not None and bound.type in GENERATORS:
                return iterator_loss("a generator object")
            if name == "fetch" and global_fetch(model, callee):
                # the global `fetch` (or node-fetch's): a Response, whose fields are getters
                return Loss("a `Response`", EMPTY_OBJECT, True)
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
        return zod_member_loss(model, node)
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
    if name in TYPED_ARRAYS:
        return Loss(
            f"{indefinite(name)} `{name}`",
            'an object of its indexes (`{"0": ..., "1": ...}`)',
            True,
            "Array.from({})",
        )
    if local_class(model, ctor):
        return Loss(
            f"{indefinite(name)} `{name}` instance", "a plain object without its methods", False
        )
    return None
