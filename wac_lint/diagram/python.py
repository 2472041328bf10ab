"""What Windmill's WAC diagram parser refuses in a Python script (rustpython, `python.rs`)."""

from __future__ import annotations

import tree_sitter

from wac_lint.diagram import (
    NO_PY_WORKFLOW,
    NOT_ASYNC,
    OWN_QUOTE,
    PARSE_ERROR,
    SPANS_LINES,
    Refusal,
    RefusalKind,
    is_name,
    missing_await,
    text,
    workflow_marker,
)
from wac_lint.model import ScriptModel, Span
from wac_lint.queries import captures, in_walk_order

Node = tree_sitter.Node


def _py_parse_error(model: ScriptModel, root: Node) -> Refusal | None:
    """The first f-string rustpython cannot read (it stops at the first error). The
    strings are found by one query, in C: a walk from Python costs a long file seconds."""
    strings = in_walk_order(captures(model.language, "(string) @s", root).get("s", []))
    for node in strings:
        problem = _fstring_problem(node)
        if problem is not None:
            return Refusal(RefusalKind.FSTRING, Span.of(node), PARSE_ERROR, 0, node, problem)
    return None


def _fstring_problem(string: Node) -> str | None:
    """What Python before 3.12 (and rustpython) rejects in this f-string, if anything."""
    start = next((c for c in string.children if c.type == "string_start"), None)
    if start is None:
        return None
    opening = text(start)
    prefix = opening.rstrip("'\"")
    if "f" not in prefix.lower():
        return None
    quote = opening[len(prefix) :]
    for part in string.children:
        if part.type != "interpolation":
            continue
        expression = part.child_by_field_name("expression")
        if expression is None:
            continue
        # the expression and what follows it up to the format spec (`=`, `!r`)
        end = part.end_byte
        for child in part.children:
            if child.type in ("format_specifier", "type_conversion") or text(child) == "}":
                end = min(end, child.start_byte)
                break
        body = (part.text or b"")[1 : end - part.start_byte].decode("utf-8", "replace")
        if quote in body:
            return OWN_QUOTE
        if len(quote) == 1 and "\n" in body:
            return SPANS_LINES
    return None


def _decorator_names(definition: Node) -> list[Node]:
    """The decorators' expressions of a `decorated_definition`."""
    out = []
    for child in definition.children:
        if child.type == "decorator":
            expr = next((c for c in child.named_children), None)
            if expr is not None:
                out.append(expr)
    return out


def _py_decorated(root: Node) -> list[tuple[Node, Node]]:
    """Top-level (decorated_definition, function_definition) pairs."""
    out = []
    for child in root.named_children:
        if child.type != "decorated_definition":
            continue
        fn = child.child_by_field_name("definition")
        if fn is not None and fn.type == "function_definition":
            out.append((child, fn))
    return out


def _is_async_def(fn: Node) -> bool:
    return any(c.type == "async" for c in fn.children)


def _py_tasks(root: Node) -> set[str]:
    tasks: set[str] = set()
    for deco, fn in _py_decorated(root):
        if not _is_async_def(fn):
            continue
        for expr in _decorator_names(deco):
            if is_name(expr, "task") or (
                expr.type == "call" and is_name(expr.child_by_field_name("function"), "task")
            ):
                name = fn.child_by_field_name("name")
                if name is not None:
                    tasks.add(text(name))
    for child in root.named_children:
        if child.type != "expression_statement" or child.named_child_count != 1:
            continue
        assign = child.named_children[0]
        if assign.type != "assignment" or assign.child_by_field_name("type") is not None:
            continue
        target = assign.child_by_field_name("left")
        value = _py_assigned_value(assign)
        if (
            target is not None
            and target.type == "identifier"
            and value is not None
            and value.type == "call"
            and is_name(value.child_by_field_name("function"), "task_script", "task_flow")
        ):
            tasks.add(text(target))
    return tasks


def _py_assigned_value(assign: Node) -> Node | None:
    """The value of `a = b = value` (Python's `Assign.value`)."""
    value = assign.child_by_field_name("right")
    while value is not None and value.type == "assignment":
        if value.child_by_field_name("type") is not None:
            return None
        value = value.child_by_field_name("right")
    return value


def _py_unparen(node: Node | None) -> Node | None:
    while node is not None and node.type == "parenthesized_expression":
        inner = [c for c in node.named_children if c.type != "comment"]
        if len(inner) != 1:
            return node
        node = inner[0]
    return node


def refusals(model: ScriptModel, root: Node) -> list[Refusal]:
    error = _py_parse_error(model, root)
    if error is not None:
        return [error]
    workflow = None
    sync = None
    for deco, fn in _py_decorated(root):
        if not any(is_name(e, "workflow") for e in _decorator_names(deco)):
            continue
        if _is_async_def(fn):
            workflow = fn
            break
        if sync is None:
            sync = fn
    if workflow is None:
        if sync is not None:
            line = sync.start_point[0] + 1
            return [Refusal(RefusalKind.NOT_ASYNC, Span.of(sync), NOT_ASYNC, line, sync)]
        return [Refusal(RefusalKind.NO_WORKFLOW, workflow_marker(model), NO_PY_WORKFLOW, 0)]
    tasks = _py_tasks(root)
    body = workflow.child_by_field_name("body")
    out: list[Refusal] = []
    if tasks and body is not None:
        _py_walk(body, tasks, out)
    return out


PY_BODIES = {
    "if_statement": ("consequence", "alternative"),
    "elif_clause": ("consequence",),
    "else_clause": ("body",),
    "for_statement": ("body",),
    "while_statement": ("body",),
}


def _py_walk(block: Node, tasks: set[str], out: list[Refusal]) -> None:
    for stmt in block.named_children:
        kind = stmt.type
        if kind == "expression_statement":
            if stmt.named_child_count != 1:
                continue
            value: Node | None = stmt.named_children[0]
            holder = stmt
            if value is not None and value.type == "assignment":
                if value.child_by_field_name("type") is not None:
                    continue
                holder = value
                while (right := holder.child_by_field_name("right")) is not None and (
                    right.type == "assignment"
                ):
                    holder = right  # `a = b = t(x)`: the assignment of the value, `b = ...`
                value = _py_assigned_value(value)
            _py_check(_py_unparen(value), tasks, out, holder)
        elif kind == "if_statement":
            for field in ("consequence",):
                child = stmt.child_by_field_name(field)
                if child is not None:
                    _py_walk(child, tasks, out)
            for alt in stmt.children_by_field_name("alternative"):
                body = alt.child_by_field_name(
                    "consequence" if alt.type == "elif_clause" else "body"
                )
                if body is not None:
                    _py_walk(body, tasks, out)
        elif kind in ("for_statement", "while_statement"):
            if kind == "for_statement" and any(c.type == "async" for c in stmt.children):
                continue  # rustpython's AsyncFor: not read
            body = stmt.child_by_field_name("body")
            if body is not None:
                _py_walk(body, tasks, out)
        elif kind == "try_statement":
            for child in stmt.named_children:
                if child.type == "block":
                    _py_walk(child, tasks, out)
                elif child.type in ("except_clause", "except_group_clause", "finally_clause"):
                    for sub in child.named_children:
                        if sub.type == "block":
                            _py_walk(sub, tasks, out)


def _py_check(value: Node | None, tasks: set[str], out: list[Refusal], holder: Node) -> None:
    if value is None or value.type != "call":
        return
    callee = value.child_by_field_name("function")
    if callee is not None and callee.type == "identifier" and text(callee) in tasks:
        out.append(missing_await(value, holder))
