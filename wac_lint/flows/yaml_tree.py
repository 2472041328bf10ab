"""YAML (and JSON) read with positions, into a small tree of `YNode`s.

PyYAML's parser (libyaml when present) keeps each node's start and end marks
(0-based line, 0-based character column); a plain `safe_load` would lose
them, and findings must point at the exact key or value. An alias becomes a
shared node, never a copy; the document's size with every alias expanded is
counted as it is read, and what aliases add is bounded (`MAX_ALIAS_NODES`),
so a document of nested aliases ("billion laughs") or a self-referencing
alias ends in an error instead of a hang, and no later walk over the tree
costs more than one over the text plus `MAX_ALIAS_NODES` nodes.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import yaml

from wac_lint.schema.yaml_read import CoreResolver, core_scalar

MAX_ALIAS_NODES = 200_000  # nodes that aliases may add (a 500-module flow has ~25,000 in all)
MAX_DEPTH = 1_000


class YamlError(Exception):
    """The text is not a YAML document we can read; `line`/`column` are 0-based."""

    def __init__(self, message: str, line: int = 0, column: int = 0) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


class YKind(Enum):
    MAP = "mapping"
    SEQ = "sequence"
    SCALAR = "scalar"


@dataclass(eq=False, slots=True)
class YNode:
    kind: YKind
    tag: str
    start: tuple[int, int]  # (line, column), 0-based, characters
    end: tuple[int, int]
    # scalar: the text; mapping: [(key, value)]; sequence: [item]
    text: str = ""
    pairs: list[tuple[YNode, YNode]] = field(default_factory=list)
    items: list[YNode] = field(default_factory=list)
    style: str | None = None  # scalar style: None (plain), "'", '"', "|", ">"

    @property
    def is_map(self) -> bool:
        return self.kind is YKind.MAP

    @property
    def is_seq(self) -> bool:
        return self.kind is YKind.SEQ

    @property
    def is_scalar(self) -> bool:
        return self.kind is YKind.SCALAR

    def get(self, key: str) -> YNode | None:
        if self.kind is YKind.MAP:
            for k, v in self.pairs:
                if k.kind is YKind.SCALAR and k.text == key:
                    return v
        return None

    def key_node(self, key: str) -> YNode | None:
        if self.kind is YKind.MAP:
            for k, _ in self.pairs:
                if k.kind is YKind.SCALAR and k.text == key:
                    return k
        return None

    def str_value(self) -> str | None:
        """The scalar's text when it is a string (not a number, boolean or null)."""
        if self.kind is YKind.SCALAR and self.tag in (STR_TAG, INLINE_TAG):
            return self.text
        return None

    def value(self) -> Any:
        """The plain Python value (mappings as dicts, scalars resolved as YAML does)."""
        if self.kind is YKind.MAP:
            return {_hashable(k.value()): v.value() for k, v in self.pairs}
        if self.kind is YKind.SEQ:
            return [item.value() for item in self.items]
        return scalar_value(self)


def object_strings(node: YNode, path: str = "", lists: bool = False) -> Iterator[tuple[str, YNode]]:
    """The string scalars of a value and of the mappings nested in it, with the path of
    keys to each (`""` for the value itself, `.warehouse`, `.payload.summary`): the
    ones Windmill's worker reads as references, since `transform_json_value`
    (windmill-worker `common.rs`) resolves a `$res:` / `$var:` string in an argument
    and in every object inside it, key by key. With `lists`, the items of lists too
    (`.to[1]`), which are passed as written as well."""
    if node.is_scalar:
        if node.str_value() is not None:
            yield path, node
    elif node.is_map:
        for key, value in node.pairs:
            if key.is_scalar:
                yield from object_strings(value, f"{path}.{key.text}", lists)
    elif node.is_seq and lists:
        for i, item in enumerate(node.items):
            yield from object_strings(item, f"{path}[{i}]", lists)


def last_row(node: YNode) -> int:
    """The last line holding part of the node (a block scalar's end mark is the next line)."""
    line, column = node.end
    return line if column > 0 or line == node.start[0] else line - 1


STR_TAG = "tag:yaml.org,2002:str"
INLINE_TAG = "!inline"
INLINE_PREFIX = "!inline "


def inline_file(node: YNode | None) -> str | None:
    """The file a `content:` names: `!inline x.py` as a YAML tag, or the string
    `'!inline x.py'` (the form `wmill sync pull` writes); None for inline code."""
    if node is None or node.kind is not YKind.SCALAR:
        return None
    if node.tag == INLINE_TAG:
        return node.text.strip() or None
    if node.tag == STR_TAG and node.text.startswith(INLINE_PREFIX) and "\n" not in node.text:
        return node.text[len(INLINE_PREFIX) :].strip() or None
    return None


_YAML11 = yaml.resolver.Resolver()
_YAML11_KINDS = {
    "tag:yaml.org,2002:bool": "a boolean",
    "tag:yaml.org,2002:int": "a number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:timestamp": "a date",
}


def yaml11_reading(node: YNode) -> str | None:
    """What YAML 1.1 (PyYAML, most YAML tutorials) makes of a plain scalar that
    YAML 1.2 reads as a string (`on`, `no`, `1_000`, `2024-01-01`), for messages
    about a value `wmill` reads as text; None when both read it alike."""
    if node.kind is not YKind.SCALAR or node.style is not None or node.tag != STR_TAG:
        return None
    older = _YAML11.resolve(yaml.ScalarNode, node.text, (True, False))
    return _YAML11_KINDS.get(older)


def _hashable(value: Any) -> Any:
    return value if isinstance(value, (str, int, float, bool, type(None))) else repr(value)


def scalar_value(node: YNode) -> Any:
    """The value `wmill` reads: the yaml npm package's YAML 1.2 core schema, where
    `on`, `no`, `2024-01-01`, `1:30` and `1_000` are strings and `0o17` a number
    (PyYAML's YAML 1.1 reads them as booleans, dates and integers)."""
    return core_scalar(node.tag, node.text)


def _loader() -> Any:
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# Plain scalars are typed by the 1.2 core schema, as `wmill` types them (a flow's
# `kind: off` is the string "off" there, not PyYAML's YAML 1.1 false).
_resolver = CoreResolver()
MAP_TAG = "tag:yaml.org,2002:map"
SEQ_TAG = "tag:yaml.org,2002:seq"


def parse_yaml(text: str) -> YNode | None:
    """The document's root node (None for an empty document); raises YamlError.

    Built from libyaml's event stream (what `compose()` reads), without
    PyYAML's own node objects: half the time of composing and converting.
    """
    # Tens of thousands of new objects and no cycles among them: the cyclic
    # collector would rescan them again and again (quadratic on large flows).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build(_events(text))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line, mark.column) if mark is not None else (0, 0)
        problem = exc.problem or exc.context or "invalid YAML"
        raise YamlError(f"YAML does not parse: {problem}", line, column) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"YAML does not parse: {exc}") from None
    finally:
        if collecting:
            gc.enable()


_KEY_VALUE = re.compile(r"^\s*(?:-\s+)?[^\s:#'\"][^:#]*:\s+(?P<value>\S.*)$")


def parse_error_hint(line: str, problem: str) -> str:
    """Why a `key: value` line does not parse, when the value is an expression or a
    text written without quotes: a plain value cannot start with `` ` `` or `@`
    (reserved), `*` starts an alias, and `: ` inside a plain value starts a mapping
    (a ternary `a ? b : c`, an object literal)."""
    found = _KEY_VALUE.match(line)
    if found is None:
        return ""
    value = found.group("value")
    first = value[0]
    quote = "quote the value (`'...'`, doubling any `'` inside)"
    if first in "`@" and "cannot start any token" in problem:
        shown = "`` ` ``" if first == "`" else "`@`"
        return f"; a plain value cannot start with {shown}, which YAML reserves: {quote}"
    if first == "*" and ("alias" in problem or "alphabetic or numeric" in problem):
        return f"; YAML reads a value starting with `*` as an alias (`*name`): {quote}"
    if "mapping values are not allowed" in problem and first not in "'\"{[|>" and ": " in value:
        return (
            "; the unquoted value holds `: `, which YAML reads as the start of a mapping: "
            f"{quote}, or write it as a block scalar (`>-`, the text on the next lines)"
        )
    return ""


def _events(text: str) -> Iterator[Any]:
    """The parser's events, pulled one call each (`yaml.parse` makes two)."""
    loader = _loader()(text)
    try:
        while True:
            event = loader.get_event()
            if event is None:
                return
            yield event
            if type(event) is yaml.StreamEndEvent:
                return
    finally:
        loader.dispose()


def _build(events: Iterator[Any]) -> YNode | None:
    root: YNode | None = None
    documents = 0
    # open collections: (node, its anchor, expanded size so far)
    stack: list[list[Any]] = []
    anchors: dict[str, tuple[YNode, int]] = {}
    pending_key: list[YNode | None] = []  # per open mapping: the key awaiting its value
    added = 0  # nodes that aliases add when expanded

    def attach(node: YNode, size: int) -> None:
        nonlocal root
        if not stack:
            root = node
            return
        parent = stack[-1]
        parent[2] += size
        holder: YNode = parent[0]
        if holder.kind is YKind.SEQ:
            holder.items.append(node)
        elif pending_key[-1] is None:
            pending_key[-1] = node
        else:
            key = pending_key[-1]
            assert key is not None
            holder.pairs.append((key, node))
            pending_key[-1] = None

    for event in events:
        kind = type(event)
        if kind is yaml.ScalarEvent:
            tag = event.tag
            if tag is None or tag == "!":
                tag = _resolver.resolve(yaml.ScalarNode, event.value, event.implicit)
            start, end = event.start_mark, event.end_mark
            node = YNode(
                YKind.SCALAR,
                tag,
                (start.line, start.column),
                (end.line, end.column),
                text=event.value,
                style=event.style or None,
            )
            if event.anchor is not None:
                anchors[event.anchor] = (node, 1)
            attach(node, 1)
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            is_map = kind is yaml.MappingStartEvent
            start = event.start_mark
            tag = event.tag if event.tag not in (None, "!") else (MAP_TAG if is_map else SEQ_TAG)
            node = YNode(
                YKind.MAP if is_map else YKind.SEQ, tag, (start.line, start.column), (0, 0)
            )
            stack.append([node, event.anchor, 1])
            pending_key.append(None)
            if len(stack) > MAX_DEPTH:
                raise YamlError("YAML nested too deeply to read", start.line, start.column)
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            node, anchor, size = stack.pop()
            pending_key.pop()
            node.end = (event.end_mark.line, event.end_mark.column)
            if anchor is not None:
                anchors[anchor] = (node, size)
            attach(node, size)
        elif kind is yaml.AliasEvent:
            found = anchors.get(event.anchor)
            mark = event.start_mark
            if found is None:
                if any(entry[1] == event.anchor for entry in stack):
                    raise YamlError(
                        "YAML alias refers to itself (a recursive alias)", mark.line, mark.column
                    )
                raise YamlError(
                    f"YAML does not parse: found undefined alias {event.anchor!r}",
                    mark.line,
                    mark.column,
                )
            attach(found[0], found[1])
            added += found[1]
            if added > MAX_ALIAS_NODES:
                raise YamlError(
                    f"YAML aliases expand to more than {MAX_ALIAS_NODES} nodes",
                    mark.line,
                    mark.column,
                )
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                mark = event.start_mark
                raise YamlError(
                    "YAML holds more than one document; a flow is one", mark.line, mark.column
                )
    return root
