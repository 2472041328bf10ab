"""The losses a declaration tells: a function's return annotation, a parameter's
type, a model's fields, a named tuple's or an enum's members (WAC107)."""

from __future__ import annotations

import re
from functools import lru_cache

from wac_lint.model import ScriptModel
from wac_lint.rule import indefinite
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._json_losses import Loss, enum_loss
from wac_lint.rules._sdk_calls import Node

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


TIME_LOSS = Loss("a `time`", 'a string like `"09:30:00"`', False, "{}.isoformat()")


NUMBER_KEYS = Loss(
    "a dict keyed by numbers",
    'a dict keyed by strings (`{1: ...}` is read back as `{"1": ...}`), so looking an item '
    "up by its number (`d[1]`, `d.get(1)`) no longer finds it",
    False,
)


NUMBER_KEY_TYPES = re.compile(
    r"^(typing\.|collections\.)?(dict|Dict|Mapping|defaultdict|DefaultDict|OrderedDict)"
    r"\[(int|float|bool),|^(typing\.|collections\.)?Counter\[(int|float|bool)\]$"
)


def type_loss(model: ScriptModel, type_node: Node) -> Loss | None:
    """What JSON loses of a value of the type an expression names (`Bundle`,
    `list[Bundle]`, `set[str]`, `Decimal`), as `declared_loss` reads an annotation."""
    text = model.text(type_node)
    base = annotated_base(text)
    if base in ANNOTATED_LOSSES:
        what, becomes, lossy = ANNOTATED_LOSSES[base]
        return Loss(what, becomes, lossy, None)
    if type_node.type == "identifier" and plain_enum(model, base, type_node):
        return enum_loss(base)
    if type_node.type == "identifier" and local_class(model, type_node):
        return Loss(f"{indefinite(base)} `{base}` instance", "a string of its `str()`", True)
    return contained_loss(text, base) or contained_instances(model, type_node, base)


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
    base = annotated_base(model.text(annotation))
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
        return contained_loss(model.text(annotation), base) or contained_instances(
            model, annotation, base, declared=True
        )
    what, becomes, lossy = ANNOTATED_LOSSES[base]
    return Loss(what, becomes, lossy, None)


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


# What a `return` evidently builds as a JSON string, number or boolean, whatever the
# function's annotation says (`-> datetime` over `return d.isoformat()`): Python does
# not check annotations, so the value that crosses the checkpoint is what JSON carries.
PLAIN_LITERALS = frozenset(
    {
        "string",
        "concatenated_string",
        "integer",
        "float",
        "true",
        "false",
        "none",
        "template_string",
        "number",
        "null",
    }
)
PLAIN_BUILDERS = frozenset(
    {
        "str",
        "repr",
        "int",
        "float",
        "bool",
        "len",
        "json.dumps",
        "String",
        "Number",
        "JSON.stringify",
    }
)
# methods that return a string on every receiver that has them
PLAIN_METHODS = frozenset({"isoformat", "strftime", "hexdigest", "model_dump_json", "toISOString"})


def plainly_json(model: ScriptModel, node: Node) -> bool:
    """`d.isoformat()`, `str(total)`, `f"{x}"`, `len(rows)`, `Tier.GOLD.value`: a
    string or a number."""
    if node.type in PLAIN_LITERALS:
        return True
    if node.type == "attribute":
        return member_value(model, node)
    if node.type == "subscript":
        return parsed_json_part(model, node)
    if node.type != "call":
        return False
    callee = sdk.callee_of(node)
    if callee is None:
        return False
    if callee.type in ("attribute", "member_expression"):
        method = callee.child_by_field_name("attribute") or callee.child_by_field_name("property")
        return method is not None and model.text(method) in PLAIN_METHODS
    if model.semantic is None:
        return False
    return model.semantic.qualified_name(callee) in PLAIN_BUILDERS


# What parses a JSON text into plain values: a response's `.json()`, `json.loads`.
JSON_PARSERS = frozenset({"json.loads", "orjson.loads", "ujson.loads"})


def parsed_json_part(model: ScriptModel, node: Node) -> bool:
    """`r.json()["items"]`, `json.loads(text)["a"][0]` (Python): a part of a parsed JSON
    document, made of JSON values whatever the function's annotation says."""
    depth = 0
    while node.type == "subscript" and depth < 16:
        inner = node.child_by_field_name("value")
        node = (sdk.unwrap(inner) or inner) if inner is not None else node
        depth += 1
        if inner is None:
            return False
    if node.type != "call":
        return False
    callee = sdk.callee_of(node)
    if callee is None:
        return False
    if callee.type == "attribute":
        method = callee.child_by_field_name("attribute")
        if (
            method is not None
            and model.text(method) == "json"
            and not sdk.arguments_of(model, node)[0]
        ):
            return True
    return model.semantic is not None and model.semantic.qualified_name(callee) in JSON_PARSERS


def member_value(model: ScriptModel, node: Node) -> bool:
    """`Tier.GOLD.value` / `.name`: what a member of a class of the file (an `Enum`)
    holds, not the member (`-> Tier` over `return Tier.GOLD.value`)."""
    field = node.child_by_field_name("attribute")
    member = node.child_by_field_name("object")
    if field is None or member is None or model.text(field) not in ("value", "name"):
        return False
    owner = member.child_by_field_name("object") if member.type == "attribute" else None
    return (
        owner is not None
        and owner.type == "identifier"
        and model.text(owner) in sdk.class_names(model)
    )


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


def contained_instances(
    model: ScriptModel, annotation: Node, base: str, declared: bool = False
) -> Loss | None:
    """`-> list[Quote]`, `-> dict[str, Quote]`: a container of instances of a class of
    the file that JSON does not carry (see `local_class`): each comes back as the
    string of its `str()` (`default=str`). `declared`: the type is a function's
    annotation (said so, and judged like `-> Quote`, see `declared_instance_value`)."""
    if base in MAPPING_ANNOTATIONS:
        shape = "dict"
    elif base in SEQUENCE_ANNOTATIONS:
        shape = "list"
    else:
        return None
    text = re.sub(r"\s+", " ", model.text(annotation)).strip()
    inner = text[text.find("[") + 1 : text.rfind("]")] if "[" in text else ""
    if shape == "dict":
        inner = values_of(inner)
    if not inner:
        return None  # `-> dict`, `-> list`: nothing said of the items
    classes = sdk.class_names(model)
    held = {name for name in TYPE_NAME.findall(inner) if name in classes}
    if not held:
        return None
    for node in sdk.walk(annotation):
        name = model.text(node) if node.type == "identifier" else ""
        if name in held and local_class(model, node) and not plain_enum(model, name, node):
            return Loss(
                f"{indefinite(text)} `{text}`"
                + (f" of `{name}` instances (its declared type)" if declared else ""),
                f"a {shape} with each `{name}` in it turned into a string of its `str()`",
                True,
                None,
            )
    return None


@lru_cache(maxsize=1024)
def annotated_base(annotation: str) -> str:
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


# Fields a pydantic model / dataclass dumps as they are (`model_dump()` without
# `mode="json"`, `dataclasses.asdict`): their JSON loss is the annotation's.
DUMP_METHODS = {"model_dump", "dict"}


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
    elif (
        model.text(callee) == "vars"
        and len(args) == 1
        and (model.semantic is None or model.semantic.resolve(callee) is None)
    ):
        receiver = args[0]  # `vars(firing)`: the instance's own fields, as they are
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
        cls = owner if maker is not None and model.text(maker) in sdk.INSTANCE_MAKERS else None
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
        base = annotated_base(model.text(annotation))
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
        name = annotated_base(model.text(annotation))
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


def stdlib_named_tuple(model: ScriptModel, callee: Node) -> set[str]:
    """The fields of the standard-library named tuple calling `callee` answers
    (`time.localtime`: a `struct_time`), or an empty set."""
    semantic = model.semantic
    qualified = semantic.qualified_name(callee) if semantic is not None else None
    return STDLIB_NAMED_TUPLES.get(qualified or "", set())


def local_class(model: ScriptModel, node: Node, identity: bool = False) -> bool:
    """`node` names a class defined in this file that JSON does not carry as is. With
    `identity`, also a TypeScript class whose instances JSON writes whole (only data
    fields) or through their `toJSON`: what comes back is still no instance of it
    (`r instanceof Pass` is false)."""
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
    if value.type == "class_declaration":
        # what comes back is never an instance; but `JSON.stringify` writes the fields
        # of a class of data fields whole, and calls `toJSON` (a member of the class or
        # of a base of the file)
        return identity or not (
            data_only_class(model, value) or class_member(model, value, "toJSON")
        )
    text = model.text(value)
    # Python's `json.dumps(..., default=str)` (wmill 1.850.0 `_json_round_trip`, the
    # worker's wrapper) calls nothing of a pydantic model: it becomes its `str()` like
    # any other object
    if re.search(r"\btoJSON\b", text[:200]):
        return False
    return True


def class_member(model: ScriptModel, cls: Node, member_name: str, depth: int = 0) -> bool:
    """A TypeScript class (or a base of the file) declares an instance member (method
    or field) called `member_name`."""
    if depth > 20:
        return False
    body = cls.child_by_field_name("body")
    for member in body.named_children if body is not None else []:
        if member.type not in ("method_definition", "public_field_definition"):
            continue
        name = member.child_by_field_name("name")
        if (
            name is not None
            and model.text(name).strip("\"'") == member_name
            and not any(c.type == "static" for c in member.children)
        ):
            return True
    base = _file_base(model, cls)
    return base is not None and class_member(model, base, member_name, depth + 1)


def _file_base(model: ScriptModel, cls: Node) -> Node | None:
    """The class a TypeScript class extends, when the file defines it."""
    heritage = next((c for c in cls.named_children if c.type == "class_heritage"), None)
    extends = (
        next((c for c in heritage.named_children if c.type == "extends_clause"), None)
        if heritage is not None
        else None
    )
    base = extends.child_by_field_name("value") if extends is not None else None
    if base is None or base.type != "identifier":
        return None
    bound = sdk.bound_value(model, model.text(base), base)
    return bound if bound is not None and bound.type == "class_declaration" else None


# Class members that are no instance data: what `static` marks, overload and abstract
# signatures, index signatures, static blocks.
NOT_INSTANCE_MEMBERS = frozenset(
    {
        "method_signature",
        "abstract_method_signature",
        "index_signature",
        "class_static_block",
        "decorator",
        "comment",
        ";",
    }
)


def data_only_class(model: ScriptModel, cls: Node, depth: int = 0, typed: bool = True) -> bool:
    """A TypeScript class whose instances `JSON.stringify` writes whole: fields (its
    own, enumerable) and a constructor, no method, getter or setter an instance would
    lose, no `#private` field (not enumerable) and no field holding a function (dropped);
    its bases in the file alike, none from elsewhere. Static members do not count. With
    `typed`, also no field declared or initialised as a value JSON changes (`due:
    Date`, `seen = new Set()`, `constructor(public at: Date)`)."""
    if depth > 20:
        return False
    body = cls.child_by_field_name("body")
    if body is None:
        return False
    for member in body.named_children:
        if member.type in NOT_INSTANCE_MEMBERS:
            continue
        if any(c.type == "static" for c in member.children):
            continue
        name = member.child_by_field_name("name")
        if member.type == "method_definition":
            if name is not None and model.text(name) == "constructor":
                if typed and any(_lossy_parameter_property(model, p) for p in _parameters(member)):
                    return False  # `constructor(public at: Date)`
                continue
            return False  # a method, getter or setter: on the prototype, not written
        if member.type != "public_field_definition":
            return False
        if name is None or name.type == "private_property_identifier":
            return False
        value = sdk.unwrap(member.child_by_field_name("value"))
        if value is not None and value.type in (
            "arrow_function",
            "function_expression",
            "function",
        ):
            return False
        if typed and not _plain_field(model, member, value):
            return False
    if not any(c.type == "class_heritage" for c in cls.named_children):
        return True
    if not any(
        c.type == "extends_clause"
        for h in cls.named_children
        if h.type == "class_heritage"
        for c in h.named_children
    ):
        return True  # `implements` only
    base = _file_base(model, cls)
    # a library's class: its methods are unknown here
    return base is not None and data_only_class(model, base, depth + 1, typed)


def lost_members(model: ScriptModel, cls: Node) -> str:
    """What an instance of a TypeScript class of the file loses through `JSON.stringify`,
    for a message: its methods (methods, getters, setters, its bases' in the file too),
    its `#private` fields (not enumerable), its fields holding a function; "its methods"
    for a class whose base is not in the file (the base's members are unknown here)."""
    methods = False
    accessors = False  # `get total()` / `set total(v)`: read like fields, gone all the same
    private: list[str] = []
    functions: list[str] = []
    current: Node | None = cls
    for _ in range(20):
        if current is None:
            break
        for member in _instance_members(model, current):
            name = member.child_by_field_name("name")
            if member.type == "method_definition" and any(
                c.type in ("get", "set") for c in member.children
            ):
                accessors = True
            elif member.type == "method_definition":
                methods = methods or name is None or model.text(name) != "constructor"
            elif name is not None and name.type == "private_property_identifier":
                private.append(model.text(name))
            elif name is not None:
                value = sdk.unwrap(member.child_by_field_name("value"))
                if value is not None and value.type in ("arrow_function", "function_expression"):
                    functions.append(model.text(name))
        if not _extends(current):
            break
        current = _file_base(model, current)
        methods = methods or current is None
    kinds = [k for k, has in (("methods", methods), ("getters", accessors)) if has]
    parts = [f"its {' and '.join(kinds)}"] if kinds else []
    for kind, names in (("private field", private), ("function field", functions)):
        if names:
            plural = "s" if len(names) > 1 else ""
            parts.append(f"its {kind}{plural} {_listed([f'`{n}`' for n in names[:3]])}")
    return _listed(parts) if parts else "its methods"


def _listed(items: list[str]) -> str:
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + ", and " + items[-1]


def _instance_members(model: ScriptModel, cls: Node) -> list[Node]:
    body = cls.child_by_field_name("body")
    if body is None:
        return []
    return [
        member
        for member in body.named_children
        if member.type not in NOT_INSTANCE_MEMBERS
        and not any(c.type == "static" for c in member.children)
    ]


def _extends(cls: Node) -> bool:
    return any(
        c.type == "extends_clause"
        for h in cls.named_children
        if h.type == "class_heritage"
        for c in h.named_children
    )


def _plain_field(model: ScriptModel, member: Node, value: Node | None) -> bool:
    """A field declared or initialised as a value JSON carries: not `at = new Date()`,
    `seen = new Set()`, a regex or bigint literal, nor `due: Date`."""
    if value is not None and value.type in ("new_expression", "regex"):
        return False
    if value is not None and value.type == "number" and model.text(value).endswith("n"):
        return False
    annotation = member.child_by_field_name("type")
    return annotation is None or not NOT_JSON_TYPES.search(model.text(annotation))


# Type names whose values JSON does not carry as they are (a field declared one keeps the
# class's instances from being plain data).
NOT_JSON_TYPES = re.compile(
    r"\b(?:Date|Map|Set|WeakMap|WeakSet|bigint|BigInt|RegExp|URL|URLSearchParams|Buffer"
    r"|ArrayBuffer|Uint8Array|Int8Array|Uint16Array|Int16Array|Uint32Array|Int32Array"
    r"|Float32Array|Float64Array|Error|Function|Promise|Iterator|Generator)\b"
)


def _parameters(method: Node) -> list[Node]:
    params = method.child_by_field_name("parameters")
    return list(params.named_children) if params is not None else []


def _lossy_parameter_property(model: ScriptModel, param: Node) -> bool:
    """`public at: Date` / `readonly seen: Set<string>` in a constructor: a field of the
    instance, of a type JSON does not carry."""
    if param.type not in ("required_parameter", "optional_parameter"):
        return False
    if not any(c.type in ("accessibility_modifier", "readonly") for c in param.children):
        return False  # a plain parameter: no field
    annotation = param.child_by_field_name("type")
    return annotation is not None and bool(NOT_JSON_TYPES.search(model.text(annotation)))
