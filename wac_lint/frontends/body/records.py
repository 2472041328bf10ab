"""Small values the body walk passes around: tree-sitter nodes and their keys, the
frame of each depth, the helpers still to walk."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import tree_sitter

from wac_lint.model import Span
from wac_lint.semantic import BindingKind as NameKind
from wac_lint.semantic.scopes import Binding, Scope

Node = tree_sitter.Node


def iter_nodes(root: Node) -> Iterator[Node]:
    """Pre-order walk without recursion (files can nest thousands deep)."""
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(node.children))


def key(node: Node) -> tuple[int, int, int]:
    return (node.start_byte, node.end_byte, node.kind_id)


@dataclass(frozen=True)
class Frame:
    """What the walk knows at one depth of the tree."""

    in_callback: bool
    scope: Scope
    dropper: Span | None  # inside a callback whose promise `forEach` drops
    # inside a named function defined in the body: its effects count where it is called
    deferred: bool = False


@dataclass(frozen=True)
class Walked:
    """How the walk reached a helper: the helpers on the way and the body's call."""

    chain: tuple[str, ...]
    site: Span


@dataclass(frozen=True)
class Pending:
    """A function the body reaches, to be walked as body code."""

    name: str
    function: Node
    outer: Scope
    chain: tuple[str, ...]
    site: Span
    durable_args: bool  # the call that reaches it passes it a durable call (`safely(task(x))`)
    # a method reached on an instance of a subclass of its class (`Slack().announce()`
    # of `Notifier.announce`): the class `self` / `this` is in it, for its overrides
    receiver: Scope | None = None
    # walked again only for its handlers: reached first without a durable argument
    handlers_only: bool = False


def assigned_once(binding: object) -> Binding | None:
    """The binding of a name assigned once, by a plain assignment of a value (not
    rebound, not a member), whose value therefore is what the name holds."""
    if (
        not isinstance(binding, Binding)
        or binding.kind != NameKind.ASSIGNMENT
        or binding.rebound
        or binding.member
        or binding.assigned_value is None
    ):
        return None
    return binding


def truth_tested(parent: Node, node: Node) -> bool:
    kind = parent.type
    if kind in ("not_operator", "if_clause"):
        return True
    if kind == "assert_statement":  # `assert x, "message"`: only its first part is tested
        named = [c for c in parent.named_children if c.type != "comment"]
        return bool(named) and named[0].id == node.id
    if kind == "unary_expression":
        op = parent.child_by_field_name("operator")
        return op is not None and op.type == "!"
    if kind == "conditional_expression":  # Python's `a if cond else b` names no fields
        named = [c for c in parent.named_children if c.type != "comment"]
        return len(named) == 3 and named[1].id == node.id
    condition = parent.child_by_field_name("condition")
    return condition is not None and condition.id == node.id
