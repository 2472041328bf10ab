"""Which WAC scripts Windmill's diagram parser refuses, and where.

Windmill draws a workflow-as-code script's diagram with `windmill-parser-wasm-wac`
(`parse_workflow_as_code`, 1.668.6 as `windmill-oracle` pins it). For some scripts it
returns `{"type": "error", "errors": [{"message", "line"}]}` instead of a graph. This
module says which, from the syntax tree, reproducing that parser's own (literal,
name-based) reading; rules and `wac-lint graph` turn the answer into findings and
warnings. Behaviour checked against the oracle (`tests/graph/refusals/`), shape read in
Windmill's source (`backend/parsers/windmill-parser-wac/src/{python,typescript,
validation}.rs`):

* Python: the workflow is the first top-level `async def` with a decorator that is the
  bare name `workflow`; a sync one gives "Workflow function must be async." (on its
  `def` line), none "No @workflow async function found.". Tasks are top-level
  `async def`s decorated `@task` / `@task(...)` and top-level `x = task_script(...)` /
  `task_flow(...)` assignments (the first target).
* TypeScript: the workflow is the last top-level `workflow(async ... { ... })` bound by a
  declaration or `export default`; none gives "No workflow() wrapped async function
  found.". Tasks are top-level declarations of `task(...)` (one or two arguments),
  `taskScript(...)`, `taskFlow(...)`.
* In the workflow body, through `if` / `elif` / `else`, `for` (not its `else`, not
  Python's `async for`), `while` (not its `else`), `try` (body, handlers, `finally`; not
  Python's `else`) and TypeScript blocks, a statement whose value is a call of a task by
  its name, not awaited, gives "Task calls must be awaited directly or used inside
  asyncio.gather()/Promise.all()." on the call's line: a Python expression statement or
  plain assignment (`p = t(x)`, not `p: T = t(x)` or `p += t(x)`), a TypeScript
  expression statement or declaration (`const p = t(x)`, not `p = t(x)`; Python strips
  parentheses, TypeScript does not). `with`, `match`, `switch`, `do`, labelled
  statements and nested functions are not read.
* Windmill's own parsers (rustpython, swc) fail on syntax they do not know: TypeScript
  decorators, and Python 3.12 f-strings (PEP 701: an expression part holding the
  string's own quote, or a line break in a single-quoted f-string).

The parser also has messages for task calls in comprehensions and in nested functions,
closures or lambdas; in the pinned version nothing reaches them (checked with the
oracle on both languages), so they are not reproduced.
"""

from __future__ import annotations

from dataclasses import dataclass

import tree_sitter

from wac_lint.kinds import Kind
from wac_lint.languages import LanguageKind
from wac_lint.model import ScriptModel, Span

Node = tree_sitter.Node

MISSING_AWAIT = (
    "Task calls must be awaited directly or used inside asyncio.gather()/Promise.all()."
)
NOT_ASYNC = "Workflow function must be async."
NO_PY_WORKFLOW = "No @workflow async function found."
NO_TS_WORKFLOW = "No workflow() wrapped async function found."
PARSE_ERROR = "Parse error"
# What rustpython (Python before 3.12) rejects in an f-string's expression part
OWN_QUOTE = "an f-string expression holds the string's own quote"
SPANS_LINES = "an f-string expression spans lines in a single-quoted f-string"


class RefusalKind(Kind):
    MISSING_AWAIT = "missing-await"
    NOT_ASYNC = "not-async"
    NO_WORKFLOW = "no-workflow"
    DECORATOR = "decorator"  # TypeScript: swc is run without decorators
    FSTRING = "fstring"  # Python: rustpython predates PEP 701


@dataclass(frozen=True)
class Refusal:
    """One error Windmill's diagram parser gives: what, where we report it, and the
    line Windmill names (0 when it names none)."""

    kind: RefusalKind
    span: Span
    windmill_message: str
    windmill_line: int
    node: Node | None = None
    detail: str = ""  # the f-string problem, the call's text


def text(node: Node) -> str:
    return (node.text or b"").decode("utf-8", "replace")


def diagram_refusals(model: ScriptModel) -> list[Refusal]:
    """What Windmill's diagram parser refuses in this script, in its order (empty when it
    draws a graph). Only for files with a workflow wac-lint sees and no syntax error:
    elsewhere there is no diagram to speak of, or the syntax error says more."""
    if not model.workflows or model.syntax_errors:
        return []
    root = model.tree.root_node
    if model.language is LanguageKind.PYTHON:
        return _python(model, root)
    return _typescript(model, root)


def _marker(model: ScriptModel) -> Span:
    wf = model.workflow or model.workflows[0]
    return wf.marker


# --- Python -------------------------------------------------------------------------


def _py_parse_error(root: Node) -> Refusal | None:
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "string":
            problem = _fstring_problem(node)
            if problem is not None:
                return Refusal(
                    RefusalKind.FSTRING, Span.of(node), PARSE_ERROR, 0, node, problem
                )
        stack.extend(reversed(node.children))
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


def _is_name(node: Node | None, *names: str) -> bool:
    return node is not None and node.type == "identifier" and text(node) in names


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
            if _is_name(expr, "task") or (
                expr.type == "call" and _is_name(expr.child_by_field_name("function"), "task")
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
            and _is_name(value.child_by_field_name("function"), "task_script", "task_flow")
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


def _python(model: ScriptModel, root: Node) -> list[Refusal]:
    error = _py_parse_error(root)
    if error is not None:
        return [error]
    workflow = None
    sync = None
    for deco, fn in _py_decorated(root):
        if not any(_is_name(e, "workflow") for e in _decorator_names(deco)):
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
        return [Refusal(RefusalKind.NO_WORKFLOW, _marker(model), NO_PY_WORKFLOW, 0)]
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
            if value is not None and value.type == "assignment":
                if value.child_by_field_name("type") is not None:
                    continue
                value = _py_assigned_value(value)
            _py_check(_py_unparen(value), tasks, out)
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


def _py_check(value: Node | None, tasks: set[str], out: list[Refusal]) -> None:
    if value is None or value.type != "call":
        return
    callee = value.child_by_field_name("function")
    if callee is not None and callee.type == "identifier" and text(callee) in tasks:
        line = value.start_point[0] + 1
        out.append(
            Refusal(RefusalKind.MISSING_AWAIT, Span.of(value), MISSING_AWAIT, line, value)
        )


# --- TypeScript ---------------------------------------------------------------------

TS_SDK_STEPS = ("step", "sleep", "waitForApproval")


def _ts_first_decorator(root: Node) -> Node | None:
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "decorator":
            return node
        stack.extend(reversed(node.children))
    return None


def _ts_declarators(root: Node) -> list[Node]:
    """`variable_declarator`s of the top-level declarations, exported or not."""
    out = []
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
    return _is_name(node.child_by_field_name("function"), *names)


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
        if name is None or name.type != "identifier":
            continue
        if (_ts_call_of(value, "task") and len(_ts_arguments(value)) in (1, 2)) or _ts_call_of(  # type: ignore[arg-type]
            value, "taskScript", "taskFlow"
        ):
            tasks.add(text(name))
    return tasks


def _ts_workflow_body(call: Node | None) -> Node | None:
    """The block body of `workflow(async ... { ... })`, None when it is not that."""
    if not _ts_call_of(call, "workflow"):
        return None
    args = _ts_arguments(call)  # type: ignore[arg-type]
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


def _typescript(model: ScriptModel, root: Node) -> list[Refusal]:
    decorator = _ts_first_decorator(root)
    if decorator is not None:
        return [
            Refusal(RefusalKind.DECORATOR, Span.of(decorator), PARSE_ERROR, 0, decorator)
        ]
    body = _ts_workflow(root)
    if body is None:
        return [Refusal(RefusalKind.NO_WORKFLOW, _marker(model), NO_TS_WORKFLOW, 0)]
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
        _ts_check(expr, tasks, out)
    elif kind in ("lexical_declaration", "variable_declaration"):
        for declarator in stmt.named_children:
            if declarator.type != "variable_declarator":
                continue
            value = declarator.child_by_field_name("value")
            if _ts_emits(value, tasks):
                break  # Windmill draws it and reads no further declarator
            _ts_check(value, tasks, out)
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
        return _is_name(obj, "Promise") and prop is not None and text(prop) == "all"
    return False


def _ts_check(value: Node | None, tasks: set[str], out: list[Refusal]) -> None:
    if _ts_call_of(value, *tasks):
        line = value.start_point[0] + 1  # type: ignore[union-attr]
        out.append(
            Refusal(RefusalKind.MISSING_AWAIT, Span.of(value), MISSING_AWAIT, line, value)  # type: ignore[arg-type]
        )
