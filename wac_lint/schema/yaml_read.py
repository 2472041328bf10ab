"""Reading an existing `.script.yaml` the way wmill does.

wmill parses with the `yaml` npm package (YAML 1.2 core schema, unique keys,
no merge keys) plus Windmill's `!inline` / `!inline_fileset` tags, then works
on the JavaScript value. PyYAML is a YAML 1.1 library, so this module gives it
the 1.2 core schema's scalar rules (`yes`, `0777`, `1_000` and dates are
strings; `0o17` and `0x1F` are ints), rejects duplicate keys, and converts the
result to what JavaScript would hold (numbers as doubles, object keys as
strings).
"""

from __future__ import annotations

import math
import re
from typing import Any

import yaml

from wac_lint.schema.jsvalues import MAX_SAFE_INTEGER, format_number

_NULL = re.compile(r"(?:~|[Nn]ull|NULL)?\Z")
_BOOL = re.compile(r"(?:[Tt]rue|TRUE|[Ff]alse|FALSE)\Z")
_INT = re.compile(r"(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)\Z")
_FLOAT = re.compile(
    r"(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)\Z"
)
TAG_NULL = "tag:yaml.org,2002:null"
TAG_BOOL = "tag:yaml.org,2002:bool"
TAG_INT = "tag:yaml.org,2002:int"
TAG_FLOAT = "tag:yaml.org,2002:float"
TAG_STR = "tag:yaml.org,2002:str"
TAG_MAP = "tag:yaml.org,2002:map"
TAG_SEQ = "tag:yaml.org,2002:seq"


class MetadataError(Exception):
    """The existing metadata file cannot be used (the message is one line)."""


class _CoreResolver(yaml.resolver.BaseResolver):  # type: ignore[misc]
    yaml_implicit_resolvers: dict[Any, Any] = {}


_CoreResolver.add_implicit_resolver(TAG_NULL, _NULL, None)
_CoreResolver.add_implicit_resolver(TAG_BOOL, _BOOL, list("tTfF"))
_CoreResolver.add_implicit_resolver(TAG_INT, _INT, list("-+0123456789"))
_CoreResolver.add_implicit_resolver(TAG_FLOAT, _FLOAT, list("-+.0123456789"))


_BREAKS = "\r\n\x85\u2028\u2029"
_END_OF_WORD = "\0 \t" + _BREAKS


class _Scanner(yaml.scanner.Scanner):  # type: ignore[misc]
    def scan_plain_spaces(self, indent: int, start_mark: Any) -> list[str] | None:
        """PyYAML's version, except that tabs between words belong to the scalar.

        YAML 1.2 (and the yaml npm package, which writes `default: a<TAB>b`)
        allows tabs inside a plain scalar; PyYAML stops at the first tab.
        """
        length = 0
        while self.peek(length) in " \t":
            length += 1
        whitespace = self.prefix(length)
        self.forward(length)
        if self.peek() not in _BREAKS:
            return [whitespace] if whitespace else []
        line_break = self.scan_line_break()
        self.allow_simple_key = True
        if self._document_marker():
            return None
        breaks = []
        while self.peek() in " " + _BREAKS:
            if self.peek() == " ":
                self.forward()
                continue
            breaks.append(self.scan_line_break())
            if self._document_marker():
                return None
        chunks = [line_break] if line_break != "\n" else ([] if breaks else [" "])
        return chunks + breaks

    def _document_marker(self) -> bool:
        return self.prefix(3) in ("---", "...") and self.peek(3) in _END_OF_WORD


class _Reader(yaml.reader.Reader):  # type: ignore[misc]
    def check_printable(self, data: str) -> None:
        """The yaml npm package reads (and writes) DEL, C1 controls, BOMs... as text."""


# The yaml npm package refuses documents whose aliases expand past a bound
# (`maxAliasCount`): a 500-byte "billion laughs" document would otherwise grow
# without limit. Bounded here on the expanded node count, before constructing.
MAX_EXPANDED_NODES = 100_000


def check_aliases(root: Any) -> None:
    """Refuse an alias cycle or an alias expansion larger than MAX_EXPANDED_NODES.

    One iterative walk over the distinct nodes (each node's expanded size is
    computed once), so the check itself is linear in the document.
    """
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            on_path.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in _children(node))
            if sizes[key] > MAX_EXPANDED_NODES:
                raise MetadataError(
                    f"its aliases expand to more than {MAX_EXPANDED_NODES:,} nodes (an alias bomb?)"
                )
            continue
        if key in sizes:
            continue
        if key in on_path:
            raise MetadataError("an alias refers to a node that contains it (a cycle)")
        on_path.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)
    return None


def _children(node: Any) -> list[Any]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


class _CoreLoader(
    _Reader,
    _Scanner,
    yaml.parser.Parser,  # type: ignore[misc]
    yaml.composer.Composer,  # type: ignore[misc]
    yaml.constructor.SafeConstructor,  # type: ignore[misc]
    _CoreResolver,
):
    def __init__(self, stream: str) -> None:
        _Reader.__init__(self, stream)  # type: ignore[call-arg]
        _Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)
        yaml.constructor.SafeConstructor.__init__(self)
        _CoreResolver.__init__(self)

    def construct_document(self, node: Any) -> Any:
        check_aliases(node)
        return yaml.constructor.BaseConstructor.construct_document(self, node)

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[str, Any]:
        if not isinstance(node, yaml.MappingNode):
            raise yaml.constructor.ConstructorError(
                None, None, "expected a mapping", node.start_mark
            )
        out: dict[str, Any] = {}
        seen: set[tuple[type, Any]] = set()
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, (dict, list)):
                raise MetadataError("a mapping key is a collection")
            identity = (type(key), key)
            if identity in seen:
                raise MetadataError(f"duplicate key {_js_key(key)!r}")
            seen.add(identity)
            out[_js_key(key)] = self.construct_object(value_node, deep=deep)
        return out


def _js_key(key: Any) -> str:
    """The property name JavaScript uses for a YAML key."""
    if key is None:
        return ""
    if isinstance(key, bool):
        return "true" if key else "false"
    if isinstance(key, (int, float)):
        return format_number(key)
    return str(key)


def _js_number(value: int | float) -> int | float:
    if isinstance(value, int) and abs(value) > MAX_SAFE_INTEGER:
        try:
            return float(value)
        except OverflowError:
            return math.inf if value > 0 else -math.inf
    return value


def _construct_int(loader: _CoreLoader, node: Any) -> Any:
    text = loader.construct_scalar(node)
    if not _INT.match(text):
        return text  # an explicit !!int on something else: keep the text
    if text.startswith("0o"):
        return _js_number(int(text[2:], 8))
    if text.startswith("0x"):
        return _js_number(int(text[2:], 16))
    if len(text) > 300:  # beyond any double's integer digits (and CPython's int() limit)
        return float(text)  # what JavaScript's Number() gives: a double, or Infinity
    value = int(text)
    if value == 0 and text.startswith("-"):
        return -0.0  # parseInt("-0") is -0 in JavaScript
    return _js_number(value)


# The patterns the yaml package's core-schema constructors test a value's text
# against (not the resolvers' patterns above). An explicit tag on a value its
# pattern does not match (`!!float 1`, `!!bool yes`, `!!null x`) leaves the text
# as a string there (windmill-oracle `script-yaml`).
_FLOAT_VALUE = re.compile(
    r"[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+"
)
_INF = re.compile(r"[-+]?\.(?:inf|Inf|INF)")
_NAN = re.compile(r"\.(?:nan|NaN|NAN)")
_BOOL_VALUE = re.compile(r"[Tt]rue|TRUE|[Ff]alse|FALSE")
_NULL_VALUE = re.compile(r"~|[Nn]ull|NULL|")


def _construct_float(loader: _CoreLoader, node: Any) -> Any:
    text = loader.construct_scalar(node)
    if _NAN.fullmatch(text):
        return math.nan
    if _INF.fullmatch(text):
        return -math.inf if text.startswith("-") else math.inf
    if _FLOAT_VALUE.fullmatch(text):
        return float(text)
    return text


def _construct_bool(loader: _CoreLoader, node: Any) -> Any:
    text = loader.construct_scalar(node)
    if not _BOOL_VALUE.fullmatch(text):
        return text
    return text[:1] in ("t", "T")


def _construct_null(loader: _CoreLoader, node: Any) -> Any:
    text = loader.construct_scalar(node)
    return None if _NULL_VALUE.fullmatch(text) else text


def _construct_inline(prefix: str) -> Any:
    def construct(loader: _CoreLoader, node: Any) -> str:
        if not isinstance(node, yaml.ScalarNode):
            raise MetadataError(f"`{prefix}` tag on a collection")
        return f"{prefix} {loader.construct_scalar(node)}"

    return construct


def _construct_unknown(loader: _CoreLoader, suffix: str, node: Any) -> Any:
    """An unresolved tag: the yaml package warns and keeps the node's plain value."""
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node, deep=True)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    return loader.construct_scalar(node)


_CoreLoader.yaml_constructors = {}
_CoreLoader.yaml_multi_constructors = {}
_CoreLoader.add_constructor(TAG_NULL, _construct_null)
_CoreLoader.add_constructor(TAG_BOOL, _construct_bool)
_CoreLoader.add_constructor(TAG_INT, _construct_int)
_CoreLoader.add_constructor(TAG_FLOAT, _construct_float)
_CoreLoader.add_constructor(TAG_STR, yaml.constructor.SafeConstructor.construct_yaml_str)
_CoreLoader.add_constructor(TAG_SEQ, yaml.constructor.SafeConstructor.construct_yaml_seq)
_CoreLoader.add_constructor(TAG_MAP, yaml.constructor.SafeConstructor.construct_yaml_map)
_CoreLoader.add_constructor("!inline", _construct_inline("!inline"))
_CoreLoader.add_constructor("!inline_fileset", _construct_inline("!inline_fileset"))
_CoreLoader.add_multi_constructor("", _construct_unknown)


# The same scalar rules for readers that walk PyYAML's events themselves (flow.yaml,
# which wmill also reads with the yaml package's defaults).
CoreResolver = _CoreResolver
_SCALARS = {
    TAG_NULL: _construct_null,
    TAG_BOOL: _construct_bool,
    TAG_INT: _construct_int,
    TAG_FLOAT: _construct_float,
}
_PLAIN: Any = yaml.constructor.BaseConstructor()


def core_scalar(tag: str, text: str) -> Any:
    """The JavaScript value the yaml npm package gives a scalar of `tag` (null, bool,
    int or float of the 1.2 core schema); `text` itself for any other tag."""
    construct = _SCALARS.get(tag)
    return text if construct is None else construct(_PLAIN, yaml.ScalarNode(tag, text))


# YAML 1.1 (PyYAML) breaks lines at NEL, LS and PS; YAML 1.2 reads them as text.
# They are swapped for private-use stand-ins while PyYAML scans, then restored.
_STAND_INS = {"\x85": "\U000f0085", "\u2028": "\U000f2028", "\u2029": "\U000f2029"}
_RESTORE = {v: k for k, v in _STAND_INS.items()}


def _protect(text: str) -> tuple[str, bool]:
    if not any(c in text for c in _STAND_INS) or any(c in text for c in _RESTORE):
        return text, False
    for char, stand_in in _STAND_INS.items():
        text = text.replace(char, stand_in)
    return text, True


def _restore(value: Any) -> Any:
    if isinstance(value, str):
        for stand_in, char in _RESTORE.items():
            value = value.replace(stand_in, char)
        return value
    if isinstance(value, dict):
        return {_restore(k): _restore(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_restore(v) for v in value]
    return value


if yaml.__with_libyaml__:
    from yaml.cyaml import CParser

    class _FastCoreLoader(CParser, yaml.constructor.SafeConstructor, _CoreResolver):  # type: ignore[misc]
        """libyaml's parser with our constructors and resolver: the same values, several
        times faster. Used only where it reads text exactly as `_CoreLoader` does."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            yaml.constructor.SafeConstructor.__init__(self)
            _CoreResolver.__init__(self)

        construct_mapping = _CoreLoader.construct_mapping
        construct_document = _CoreLoader.construct_document

    _FastCoreLoader.yaml_constructors = _CoreLoader.yaml_constructors
    _FastCoreLoader.yaml_multi_constructors = _CoreLoader.yaml_multi_constructors
else:  # pragma: no cover - PyYAML built without libyaml
    _FastCoreLoader = None  # type: ignore[assignment,misc]


def _fast_path(text: str) -> bool:
    """Our scanner and reader differ from libyaml only on tabs and non-printable text."""
    return (
        _FastCoreLoader is not None
        and "\t" not in text
        and yaml.reader.Reader.NON_PRINTABLE.search(text) is None
    )


MAX_FLOW_DEPTH = 500


def _flow_depth(text: str) -> int:
    """The deepest nesting of `[` / `{` (quotes not excluded: an upper bound)."""
    if "[" not in text and "{" not in text:
        return 0
    depth = deepest = 0
    for ch in text:
        if ch in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
        elif ch in "]}" and depth:
            depth -= 1
    return deepest


# Where a quoted scalar can start: after these (blanks skipped), or at a line start.
# Elsewhere a quote is part of a plain scalar (`note: it's {`).
_BEFORE_QUOTED = ":-[{,?\n"


def _flow_depth_outside_scalars(text: str) -> int:
    """The deepest nesting of `[` / `{` outside quoted scalars and outside the plain
    scalars of block context: a default value of 600 `{` in a string (`default:
    '{{{...'`) is not nesting, nor is `$: t[[[...` (a string too; fuzz findings).

    In block context (no collection open) a bracket opens one only where a node can
    start (after `: `, `- `, `? `, a tag or an anchor, or at a line start); a plain
    scalar that starts there runs to the end of its line or to a `: ` (a key), and
    what it holds is text. Inside a flow collection every bracket outside quotes
    counts (a plain scalar there cannot hold one): an upper bound, as the lines of a
    block scalar are counted too."""
    depth = deepest = 0
    quote = ""
    plain = False  # inside a plain scalar (or a comment) of block context
    previous = "\n"
    i, end = 0, len(text)
    while i < end:
        ch = text[i]
        if quote:
            if ch == quote:
                if quote == "'" and text.startswith("''", i):
                    i += 2  # an escaped quote inside a single-quoted scalar
                    continue
                quote, previous = "", ch
            elif quote == '"' and ch == "\\":
                i += 1  # skip the escaped character
            i += 1
            continue
        if plain:
            if ch == "\n" or (ch == ":" and text[i + 1 : i + 2] in ("", " ", "\t", "\n")):
                plain, previous = False, ch
            i += 1
            continue
        if ch in " \t\r\n":
            if ch == "\n":
                previous = ch
            i += 1
            continue
        starts = previous in _BEFORE_QUOTED
        if ch in "'\"" and starts:
            quote = ch
        elif ch in "[{" and (depth or starts):
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}" and depth:
            depth -= 1
        elif not depth:
            if previous == "\n" and text.startswith(("---", "..."), i):
                if text[i + 3 : i + 4] in ("", " ", "\t", "\r", "\n"):
                    i += 3  # a document marker: a node may follow on its line
                    continue
            if ch in "&!" and starts:
                # an anchor or a tag: the node starts after it
                while i < end and text[i] not in " \t\n":
                    i += 1
                continue
            if not (ch in "-?:" and text[i + 1 : i + 2] in ("", " ", "\t", "\n")):
                plain = True  # a plain scalar or a comment: text to its end
        previous = ch
        i += 1
    return deepest


def load(text: str) -> Any:
    """Parse one YAML document; raise MetadataError with a one-line reason."""
    if _flow_depth(text) > MAX_FLOW_DEPTH and _flow_depth_outside_scalars(text) > MAX_FLOW_DEPTH:
        # PyYAML's scanner (the fallback after libyaml) is quadratic in this depth:
        # 3,000 nested `[` took seconds. No metadata wmill writes nests like this.
        raise MetadataError(f"not valid YAML: nested more than {MAX_FLOW_DEPTH} levels deep")
    text, protected = _protect(text)
    if _fast_path(text):
        try:
            data = yaml.load(text, Loader=_FastCoreLoader)  # noqa: S506 - plain data only
            return _restore(data) if protected else data
        except (yaml.YAMLError, RecursionError):
            pass  # the reference loader below words the error
    try:
        data = yaml.load(text, Loader=_CoreLoader)  # noqa: S506 - our loader builds plain data only
        return _restore(data) if protected else data
    except MetadataError:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = exc.problem or exc.context or "invalid YAML"
        raise MetadataError(f"not valid YAML: {problem}{where}") from exc
    except yaml.YAMLError as exc:
        raise MetadataError(f"not valid YAML: {str(exc).splitlines()[0]}") from exc
    except RecursionError as exc:
        raise MetadataError("not valid YAML: nested too deeply") from exc


def load_mapping(text: str) -> dict[str, Any]:
    data = load(text)
    if not isinstance(data, dict):
        kind = "empty" if data is None else f"a {type(data).__name__}, not a mapping"
        raise MetadataError(f"is {kind}")
    return data
