"""YAML (and JSON) read with positions, into a small tree of `YNode`s.

PyYAML's `compose()` keeps each node's start and end marks (0-based line,
0-based character column); a plain `safe_load` would lose them, and findings
must point at the exact key or value. Aliases are shared nodes in the composed
graph: copying them into our tree is bounded (`MAX_NODES`) so that a document
of nested aliases ("billion laughs") or a self-referencing alias ends in an
error instead of a hang, and no later walk over the tree can take longer than
one over `MAX_NODES` nodes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import yaml

MAX_NODES = 200_000  # expanded; a 500-module flow has ~25,000


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


@dataclass(eq=False)
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


STR_TAG = "tag:yaml.org,2002:str"
INLINE_TAG = "!inline"
_constructor = yaml.constructor.SafeConstructor()


def _hashable(value: Any) -> Any:
    return value if isinstance(value, (str, int, float, bool, type(None))) else repr(value)


def scalar_value(node: YNode) -> Any:
    if node.tag in (STR_TAG, INLINE_TAG) or not node.tag.startswith("tag:yaml.org,2002:"):
        return node.text
    scalar = yaml.ScalarNode(node.tag, node.text)
    try:
        return _constructor.construct_object(scalar)
    except (yaml.YAMLError, ValueError):
        return node.text


def _loader() -> Any:
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> YNode | None:
    """The document's root node (None for an empty document); raises YamlError."""
    try:
        root = yaml.compose(text, Loader=_loader())  # noqa: S506 - compose builds no objects
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line, mark.column) if mark is not None else (0, 0)
        problem = exc.problem or exc.context or "invalid YAML"
        raise YamlError(f"YAML does not parse: {problem}", line, column) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"YAML does not parse: {exc}") from None
    except RecursionError:
        raise YamlError("YAML nested too deeply to read") from None
    if root is None:
        return None
    return _Converter().convert(root)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def expanded_size(root: yaml.Node) -> int:
    """How many nodes the document has with every alias expanded (without expanding).

    Computed bottom-up over the composed graph, each shared node once, so a
    "billion laughs" costs no more than its text; an alias to one of its own
    ancestors is an error.
    """
    sizes: dict[int, int] = {}
    entered: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            sizes[key] = min(1 + sum(sizes[id(c)] for c in _children(node)), MAX_NODES + 1)
            entered.discard(key)
            continue
        if key in sizes:
            continue
        if key in entered:
            mark = node.start_mark
            raise YamlError(
                "YAML alias refers to itself (a recursive alias)", mark.line, mark.column
            )
        entered.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(_children(node)))
    return sizes[id(root)]


class _Converter:
    """Composed nodes -> YNodes; a node shared through aliases stays shared."""

    def __init__(self) -> None:
        self.made: dict[int, YNode] = {}

    def convert(self, node: yaml.Node) -> YNode:
        size = expanded_size(node)
        if size > MAX_NODES:
            raise YamlError(f"YAML expands to more than {MAX_NODES} nodes (aliases of aliases?)")
        out, _ = self._shell(node)
        stack: list[tuple[yaml.Node, YNode]] = [(node, out)]
        while stack:
            src, dst = stack.pop()
            if isinstance(src, yaml.MappingNode):
                for k, v in src.value:
                    kk, new_k = self._shell(k)
                    vv, new_v = self._shell(v)
                    dst.pairs.append((kk, vv))
                    if new_k:
                        stack.append((k, kk))
                    if new_v:
                        stack.append((v, vv))
            elif isinstance(src, yaml.SequenceNode):
                for item in src.value:
                    ii, new = self._shell(item)
                    dst.items.append(ii)
                    if new:
                        stack.append((item, ii))
        return out

    def _shell(self, node: yaml.Node) -> tuple[YNode, bool]:
        """The YNode for `node`, and whether it was just made (its children still to fill)."""
        made = self.made.get(id(node))
        if made is not None:
            return made, False
        start = (node.start_mark.line, node.start_mark.column)
        end = (node.end_mark.line, node.end_mark.column)
        if isinstance(node, yaml.MappingNode):
            out = YNode(YKind.MAP, node.tag, start, end)
        elif isinstance(node, yaml.SequenceNode):
            out = YNode(YKind.SEQ, node.tag, start, end)
        else:
            out = YNode(
                YKind.SCALAR, node.tag, start, end, text=str(node.value), style=node.style or None
            )
        self.made[id(node)] = out
        return out, True
