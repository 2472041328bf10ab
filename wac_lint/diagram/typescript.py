"""What Windmill's WAC diagram parser refuses in a TypeScript script (swc, `typescript.rs`)."""

from __future__ import annotations

import tree_sitter

from wac_lint.diagram import (
    NO_TS_WORKFLOW,
    PARSE_ERROR,
    Refusal,
    RefusalKind,
    is_name,
    missing_await,
    text,
    workflow_marker,
)
from wac_lint.model import ScriptModel, Span
from wac_lint.queries import captures

Node = tree_sitter.Node

TS_SDK_STEPS = ("step", "sleep", "waitForApproval")


def _ts_first_decorator(model: ScriptModel, root: Node) -> Node | None:
    """The first decorator (swc stops at it), found by one query, in C."""
    found = captures(model.language, "(decorator) @d", root).get("d", [])
    return min(found, key=lambda node: node.start_byte, default=None)


def _ts_declarators(root: Node) -> list[Node]:
    """`variable_declarator`s of the top-level declarations, exported or not."""
    out: list[Node] = []
    for item in root.named_children:
        decl = item
        if item.type == "export_statement":
            found = item.child_by_field_name("declaration")
            if found is None:
                continue
            decl = found
        if decl.type in ("lexical_declaration", "variable_declaration"):
            out.extend(c for c in decl.named_children if c.type == "variable_declarator")
    return out


def _ts_call_of(node: Node | None, *names: str) -> bool:
    if node is None or node.type != "call_expression":
        return False
    if any(c.type == "optional_chain" for c in node.children):
        return False
    return is_name(node.child_by_field_name("function"), *names)


def _ts_arguments(call: Node) -> list[Node]:
    args = call.child_by_field_name("arguments")
    if args is None:
        return []
    return [a for a in args.named_children if a.type != "comment"]


def _ts_tasks(root: Node) -> set[str]:
    tasks = set()
    for decl in _ts_declarators(root):
        name = decl.child_by_field_name("name")
        value = decl.child_by_field_name("value")
        if name is None or name.type != "identifier" or value is None:
            continue
        if (_ts_call_of(value, "task") and len(_ts_arguments(value)) in (1, 2)) or _ts_call_of(
            value, "taskScript", "taskFlow"
        ):
            tasks.add(text(name))
    return tasks


def _ts_workflow_body(call: Node | None) -> Node | None:
    """The block body of `workflow(async ... { ... })`, None when it is not that."""
    if call is None or not _ts_call_of(call, "workflow"):
        return None
    args = _ts_arguments(call)
    if not args:
        return None
    fn = args[0]
    if fn.type not in ("arrow_function", "function_expression", "function", "generator_function"):
        return None
    if not any(c.type == "async" for c in fn.children):
        return None
    body = fn.child_by_field_name("body")
    if body is None or body.type != "statement_block":
        return None
    return body


def _ts_workflow(root: Node) -> Node | None:
    found = None
    for item in root.named_children:
        if item.type == "export_statement":
            value = item.child_by_field_name("value")
            if value is not None:
                body = _ts_workflow_body(value)
                if body is not None:
                    found = body
                continue
            decl = item.child_by_field_name("declaration")
            items = [decl] if decl is not None else []
        else:
            items = [item]
        for decl in items:
            if decl.type not in ("lexical_declaration", "variable_declaration"):
                continue
            for declarator in decl.named_children:
                if declarator.type == "variable_declarator":
                    body = _ts_workflow_body(declarator.child_by_field_name("value"))
                    if body is not None:
                        found = body
    return found


def refusals(model: ScriptModel, root: Node) -> list[Refusal]:
    decorator = _ts_first_decorator(model, root)
    if decorator is not None:
        return [Refusal(RefusalKind.DECORATOR, Span.of(decorator), PARSE_ERROR, 0, decorator)]
    body = _ts_workflow(root)
    if body is None:
        return [Refusal(RefusalKind.NO_WORKFLOW, workflow_marker(model), NO_TS_WORKFLOW, 0)]
    tasks = _ts_tasks(root)
    out: list[Refusal] = []
    if tasks:
        _ts_walk_statement(body, tasks, out)
    return out


def _ts_walk_statement(stmt: Node, tasks: set[str], out: list[Refusal]) -> None:
    kind = stmt.type
    if kind == "statement_block":
        for child in stmt.named_children:
            _ts_walk_statement(child, tasks, out)
    elif kind == "expression_statement":
        expr = next((c for c in stmt.named_children if c.type != "comment"), None)
        _ts_check(expr, tasks, out, stmt)
    elif kind in ("lexical_declaration", "variable_declaration"):
        for declarator in stmt.named_children:
            if declarator.type != "variable_declarator":
                continue
            value = declarator.child_by_field_name("value")
            if _ts_emits(value, tasks):
                break  # Windmill draws it and reads no further declarator
            _ts_check(value, tasks, out, declarator)
    elif kind == "if_statement":
        cons = stmt.child_by_field_name("consequence")
        if cons is not None:
            _ts_walk_statement(cons, tasks, out)
        alt = stmt.child_by_field_name("alternative")
        if alt is not None:
            for child in alt.named_children:
                _ts_walk_statement(child, tasks, out)
    elif kind in ("for_statement", "for_in_statement", "while_statement"):
        body = stmt.child_by_field_name("body")
        if body is not None:
            _ts_walk_statement(body, tasks, out)
    elif kind == "try_statement":
        for field in ("body", "handler", "finalizer"):
            part = stmt.child_by_field_name(field)
            if part is None:
                continue
            block = part if part.type == "statement_block" else part.child_by_field_name("body")
            if block is not None:
                _ts_walk_statement(block, tasks, out)


def _ts_emits(value: Node | None, tasks: set[str]) -> bool:
    """An awaited task / step / sleep / approval call, or an awaited `Promise.all(...)`:
    a node Windmill draws."""
    if value is None or value.type != "await_expression":
        return False
    arg = next((c for c in value.named_children if c.type != "comment"), None)
    if arg is None or arg.type != "call_expression":
        return False
    callee = arg.child_by_field_name("function")
    if callee is None:
        return False
    if callee.type == "identifier":
        return text(callee) in tasks or text(callee) in TS_SDK_STEPS
    if callee.type == "member_expression":
        obj = callee.child_by_field_name("object")
        prop = callee.child_by_field_name("property")
        return is_name(obj, "Promise") and prop is not None and text(prop) == "all"
    return False


def _ts_check(value: Node | None, tasks: set[str], out: list[Refusal], holder: Node) -> None:
    if value is not None and _ts_call_of(value, *tasks):
        out.append(missing_await(value, holder))
