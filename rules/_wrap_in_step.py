"""The "wrap in step" suggestion of WAC101 / WAC102.

A side effect or a non-deterministic call that is a statement of the workflow
body, the value assigned there, or the value it returns, becomes `await step("<name>", lambda: ...)`
(Python) or `await step("<name>", async () => await ...)` (TypeScript; `async () => {
await ...; }` where the body drops the value), a text
edit on the tree-sitter span in both languages, kept only when the edited file
parses again (past a budget of re-parsing per file: when each edit parses on its
own). (libcst, which the brief suggested for the Python side, stays off the `check`
path: findings carry their fixes, and the start-up test keeps
libcst out of a plain check; the rewrite is one wrapper around an expression
whose text is kept as is, inside the call's own parentheses.) The step name is derived from
the callee (`requests.post` -> `"requests_post"`).

No suggestion where it would change meaning or not compile:
- the call is reached through a helper, or sits in a nested function or callback;
- its value is kept but does not survive the checkpoint's JSON round trip (a
  `Response`, a `datetime`, a `UUID`): only values known to be JSON (numbers,
  strings, `.json()` bodies, `str(...)` of anything) are kept; a value the body
  drops is fine in Python (`wmill` checkpoints it with `default=str`), and in
  TypeScript the callback gets a block body and returns nothing (`windmill-client`
  checkpoints with `JSON.stringify`, which throws on a circular axios response);
- the expression uses a name the body binds only later, holds a durable call,
  or (Python) an `await` / `yield` / `:=` a lambda cannot hold;
- `step` is not imported from the SDK and cannot be added to an existing
  `from wmill import ...` / `import { ... } from "windmill-client"`, or the name
  `step` means something else here.

`wmill` 1.850.0 `step` awaits a coroutine its function returns
(`if _asyncio.iscoroutine(result): result = await result`), so an async callee
works through a plain `lambda`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from wac_lint.bounded import ParseTooSlow, bounded_parse
from wac_lint.languages import LanguageKind
from wac_lint.model import BindingKind, BodyCall, ScriptModel, Span
from wac_lint.parsing import _parser
from wac_lint.rule import Edit, Fix, RuleContext
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._sdk_calls import Node

# Calls whose result is JSON as it is (the value can be kept).
JSON_RESULTS = {
    "time.time",
    "time.time_ns",
    "time.monotonic",
    "time.monotonic_ns",
    "time.perf_counter",
    "random.random",
    "random.randint",
    "random.uniform",
    "random.randrange",
    "random.getrandbits",
    "os.getenv",
    "os.environ.get",
    "secrets.token_hex",
    "secrets.token_urlsafe",
    "secrets.randbelow",
    "Date.now",
    "Math.random",
    "crypto.randomUUID",
    "performance.now",
}
# Wrappers whose result is JSON whatever their argument.
JSON_WRAPPERS = {
    "str",
    "int",
    "float",
    "bool",
    "len",
    "String",
    "Number",
    "Boolean",
    "JSON.stringify",
}
# Methods / properties whose result is JSON (a parsed body, a status, a text).
JSON_MEMBERS = {"json", "text"}
JSON_PROPERTIES = {"status_code", "status", "ok", "statusText", "reason"}
AWAITS = ("await", "await_expression")
# What a Python `lambda` cannot hold (node types of Python's grammar only).
LAMBDA_CANNOT_HOLD = ("await", "yield", "named_expression", "lambda")


def suggestion(ctx: RuleContext, call: BodyCall) -> Fix | None:
    """The wrap-in-step suggestion for one WAC101 / WAC102 finding, or None."""
    try:
        return _suggestion(ctx, call)
    except (ValueError, IndexError):  # an unexpected shape: no suggestion rather than a crash
        return None


def _suggestion(ctx: RuleContext, call: BodyCall) -> Fix | None:
    model = ctx.model
    if call.chain or call.kind not in ("call", "new"):
        return None
    facts = sdk.facts(model)
    wf = facts.workflow_function
    node = call.node
    innermost = next(iter(sdk.enclosing_functions(model, node)), None)
    if wf is None or innermost is None or innermost.id != wf.id:
        return None
    top, statement, keeps_value = _enclosing_statement(model, node)
    if top is None or statement is None:
        return None
    if keeps_value and not _json_value(model, top, node):
        return None
    wrapping = WRAPPINGS[model.language]
    body = top if wrapping.callback_awaits else _strip_awaits(top)
    if not _wrappable(model, body, statement, wf):
        return None
    name = _step_name(model, call)
    import_edit = _step_import(ctx, node)
    if import_edit is False:
        return None
    drops = not keeps_value and statement.type == "expression_statement"
    replacement = wrapping.text(model, top, name, drops)
    edits: list[tuple[Span, str]] = [(Span.of(top), replacement)]
    if isinstance(import_edit, tuple):
        edits.append(import_edit)
    if not _parses(model, edits):
        return None
    return Fix(
        f'Wrap in `step("{name}", ...)`',
        tuple(_edit(ctx, span, text) for span, text in edits),
        "unsafe",
    )


def _edit(ctx: RuleContext, span: Span, text: str) -> Edit:
    return ctx.edit(span, text)


def _enclosing_statement(model: ScriptModel, node: Node) -> tuple[Node | None, Node | None, bool]:
    """The expression to wrap (the call with the awaits, member reads and JSON
    wrappers around it), its statement, and whether the statement keeps the value."""
    cur = node
    while True:
        parent = model.parent_of(cur)
        if parent is None:
            return None, None, False
        if parent.type in AWAITS or parent.type == "parenthesized_expression":
            cur = parent
            continue
        if (
            parent.type in ("attribute", "member_expression")
            and parent.child_by_field_name("object") == cur
        ):
            grand = model.parent_of(parent)
            if (
                grand is not None
                and grand.type in ("call", "call_expression")
                and (grand.child_by_field_name("function") == parent)
            ):
                cur = grand
            else:
                cur = parent
            continue
        if parent.type in ("argument_list", "arguments") and len(parent.named_children) == 1:
            grand = model.parent_of(parent)
            callee = sdk.callee_of(grand) if grand is not None else None
            if callee is not None and model.text(callee) in JSON_WRAPPERS:
                cur = grand  # type: ignore[assignment]
                continue
        break
    parent = model.parent_of(cur)
    if parent is None:
        return None, None, False
    if parent.type == "expression_statement":
        return cur, parent, False
    if parent.type == "return_statement" or (
        parent.type == "arrow_function" and parent.child_by_field_name("body") == cur
    ):
        # The workflow's result crosses JSON as the job's result anyway.
        return cur, parent, False
    if parent.type == "assignment" and parent.child_by_field_name("right") == cur:
        statement = model.parent_of(parent)
        if statement is not None and statement.type == "expression_statement":
            left = parent.child_by_field_name("left")
            if (
                left is not None
                and left.type == "identifier"
                and parent.child_by_field_name("type") is None
            ):
                return cur, statement, True
        return None, None, False
    if parent.type == "variable_declarator" and parent.child_by_field_name("value") == cur:
        statement = model.parent_of(parent)
        if statement is not None and statement.type == "lexical_declaration":
            if len(statement.named_children) == 1:
                return cur, statement, True
        return None, None, False
    if parent.type == "assignment_expression" and parent.child_by_field_name("right") == cur:
        statement = model.parent_of(parent)
        if statement is not None and statement.type == "expression_statement":
            return cur, statement, True
    return None, None, False


def _json_value(model: ScriptModel, top: Node, call: Node) -> bool:
    """The kept value is JSON as it is, so the step returns the same value."""
    outer = _strip_awaits(top)
    if outer.id == call.id:
        callee = sdk.callee_of(call)
        return callee is not None and model.text(callee) in JSON_RESULTS
    if outer.type in ("call", "call_expression"):
        callee = sdk.callee_of(outer)
        if callee is None:
            return False
        if model.text(callee) in JSON_WRAPPERS:
            return True
        if callee.type in ("attribute", "member_expression"):
            member = callee.child_by_field_name("attribute") or callee.child_by_field_name(
                "property"
            )
            return member is not None and model.text(member) in JSON_MEMBERS
        return False
    if outer.type in ("attribute", "member_expression"):
        member = outer.child_by_field_name("attribute") or outer.child_by_field_name("property")
        kept = WRAPPINGS[model.language].json_properties
        return member is not None and model.text(member) in kept
    return False


def _strip_awaits(node: Node) -> Node:
    while (node.type in AWAITS or node.type == "parenthesized_expression") and node.named_children:
        node = node.named_children[-1]
    return node


def _wrappable(model: ScriptModel, body: Node, statement: Node, wf: Node) -> bool:
    durable = _durable_ids(model)
    params, first_bound = _first_bindings(model, wf)
    for node in sdk.walk(body):
        if node.id in durable:
            return False
        if node.type in LAMBDA_CANNOT_HOLD:
            return False
        if node.type in ("yield", "yield_expression"):
            return False
        if node.type == "identifier":
            # a name the body binds only after the statement: not bound yet there
            name = model.text(node)
            first = first_bound.get(name)
            if first is not None and first >= statement.start_byte and name not in params:
                return False
    return True


def _durable_ids(model: ScriptModel) -> set[int]:
    """The ids of the file's task and SDK calls (found once per model: once per
    suggestion made 4,000 findings quadratic)."""
    facts = sdk.facts(model)
    found = facts.memo.get("wrap_in_step_durable")
    if not isinstance(found, set):
        found = {t.call.id for t in facts.task_calls} | {c.call.id for c in facts.calls}
        facts.memo["wrap_in_step_durable"] = found
    return found


FOR_STATEMENTS = ("for_statement", "for_in_statement")


def _first_bindings(model: ScriptModel, wf: Node) -> tuple[set[str], dict[str, int]]:
    """The workflow's parameters, and where its body first binds each name (outside
    nested functions); found once per workflow."""
    facts = sdk.facts(model)
    key = ("wrap_in_step_bindings", wf.id)
    cached = facts.memo.get(key)
    if isinstance(cached, tuple):
        return cached
    body = sdk.function_body(wf)
    first: dict[str, int] = {}
    binders = ("assignment", "augmented_assignment", "variable_declarator", *FOR_STATEMENTS)
    for node in sdk.same_function_nodes(model, binders, body) if body is not None else ():
        target = None
        if node.type in ("assignment", "augmented_assignment"):
            target = node.child_by_field_name("left")
        elif node.type == "variable_declarator":
            target = node.child_by_field_name("name")
        elif node.type in ("for_statement", "for_in_statement"):
            target = node.child_by_field_name("left")
        if target is not None:
            for name_node in sdk.walk(target):
                if name_node.type == "identifier":
                    name = model.text(name_node)
                    first[name] = min(first.get(name, node.start_byte), node.start_byte)
    found = (set(sdk.function_params(model, wf)), first)
    facts.memo[key] = found
    return found


def _step_name(model: ScriptModel, call: BodyCall) -> str:
    text = model.text(call.span)
    text = re.sub(r"^new\s+", "", text)
    text = re.sub(r"\(.*", "", text, flags=re.S)
    name = re.sub(r"\W+", "_", text).strip("_")
    return name or "side_effect"


def _step_import(ctx: RuleContext, at: Node) -> tuple[Span, str] | bool:
    """True when `step` is already usable; an edit adding it to the SDK import;
    False when neither is possible."""
    model = ctx.model
    exact = [b for b in model.bindings if b.concept == "step" and b.kind is BindingKind.EXACT]
    if sdk.bound_value(model, "step", at) is not None:
        return False  # a local `step` shadows the SDK's
    for scope in sdk.enclosing_functions(model, at):
        if "step" in sdk.function_params(model, scope):
            return False
    if exact:
        return True
    if any(b.local_name == "step" for b in model.bindings):
        return False
    root = model.tree.root_node
    for node in root.named_children:
        if node.type == "import_from_statement":  # Python: `from wmill import ...`
            module = node.child_by_field_name("module_name")
            if module is None or model.text(module) != "wmill":
                continue
            names = [c for c in node.named_children if c.id != module.id]
            if not names or any(c.type == "wildcard_import" for c in names):
                return False
            last = names[-1]
            return Span(
                last.end_byte,
                last.end_byte,
                last.end_point[0],
                last.end_point[1],
                last.end_point[0],
                last.end_point[1],
            ), ", step"
        if node.type == "import_statement":  # TypeScript's (Python's has no `source`)
            source = node.child_by_field_name("source")
            if source is None or sdk.string_value(model, source) != "windmill-client":
                continue
            for named in sdk.walk(node):
                if named.type == "named_imports":
                    specs = [c for c in named.named_children if c.type == "import_specifier"]
                    if not specs:
                        continue
                    last = specs[-1]
                    return Span(
                        last.end_byte,
                        last.end_byte,
                        last.end_point[0],
                        last.end_point[1],
                        last.end_point[0],
                        last.end_point[1],
                    ), ", step"
    return False


def _python_text(model: ScriptModel, top: Node, name: str, drops: bool) -> str:
    # a value dropped is checkpointed all the same, as `str(value)` (`default=str`)
    body = _strip_awaits(top)  # a lambda cannot await: the step awaits what it returns
    return f"await step({json.dumps(name)}, lambda: {model.text(body)})"


def _ts_text(model: ScriptModel, top: Node, name: str, drops: bool) -> str:
    text = model.text(top)
    has_await = any(n.type == "await_expression" for n in sdk.walk(top))
    arrow = "async () => " if has_await else "() => "
    if drops:
        # the body drops the value: the step returns nothing, since `JSON.stringify`
        # throws on some values a call returns (an axios response is circular)
        return f"await step({json.dumps(name)}, {arrow}{{ {text}; }})"
    if _strip_awaits(top).type == "object":
        text = f"({text})"
    return f"await step({json.dumps(name)}, {arrow}{text})"


# A suggestion is checked by re-parsing the file with its edits until this many
# bytes have been re-parsed for one file; then each edit is parsed on its own, in a
# small file. tree-sitter re-reads the whole block around an edit, so checking every
# suggestion in the file made 2,300 findings in a 60 KB body take 25 s (4,000 in
# 160 KB: 200 s); within the budget a file costs at most ~0.3 s of re-parsing.
# Applying a fix re-checks the whole file anyway (`fix_safety`).
WHOLE_FILE_BUDGET = 1 << 20
# How an edit's text is parsed on its own: the replacement as an expression of an
# async function (in parentheses: its own line breaks do not matter), an import edit
# (`, step`) after a name of an import.
ALONE = {
    LanguageKind.PYTHON: ("async def _():\n    return (\n", "\n    )\n"),
    LanguageKind.TYPESCRIPT: ("async () => (\n", "\n);\n"),
}
IMPORT_ALONE = {
    LanguageKind.PYTHON: ("from wmill import task", "\n"),
    LanguageKind.TYPESCRIPT: ("import { task", ' } from "windmill-client";\n'),
}


def _parses(model: ScriptModel, edits: list[tuple[Span, str]]) -> bool:
    """Whether the file with `edits` applied still parses (past the file's
    `WHOLE_FILE_BUDGET`: whether each edit parses on its own).

    Re-parsed incrementally from a copy of the model's tree with the edits
    recorded (tree-sitter then re-reads only around them): a fresh parse of a
    1,000-line file per suggestion was a tenth of `check`'s time on files with
    findings. Applying a fix re-checks the result in full (`fix_safety`).
    """
    data = model.source.data
    memo = sdk.facts(model).memo
    spent = memo.get("wrap_in_step_reparsed", 0)
    assert isinstance(spent, int)
    if spent + len(data) > WHOLE_FILE_BUDGET:
        return all(_parses_alone(model, edit, index > 0) for index, edit in enumerate(edits))
    memo["wrap_in_step_reparsed"] = spent + len(data)
    tree = model.tree.copy()
    for span, text in sorted(edits, key=lambda e: e[0].start_byte, reverse=True):
        new = text.encode()
        data = data[: span.start_byte] + new + data[span.end_byte :]
        lines = new.split(b"\n")
        end_row = span.start_row + len(lines) - 1
        end_col = (span.start_col if len(lines) == 1 else 0) + len(lines[-1])
        tree.edit(
            start_byte=span.start_byte,
            old_end_byte=span.end_byte,
            new_end_byte=span.start_byte + len(new),
            start_point=(span.start_row, span.start_col),
            old_end_point=(span.end_row, span.end_col),
            new_end_point=(end_row, end_col),
        )
    try:
        tree = bounded_parse(_parser(model.language), data, tree, keep_bytes=False)
    except ParseTooSlow:
        return False
    return not tree.root_node.has_error


def _parses_alone(model: ScriptModel, edit: tuple[Span, str], is_import: bool) -> bool:
    """The edit's text parses in a small file of its own: the wrapped expression
    (first edit) as an expression, the import edit after an imported name."""
    before, after = (IMPORT_ALONE if is_import else ALONE)[model.language]
    data = (before + edit[1] + after).encode()
    try:
        tree = bounded_parse(_parser(model.language), data, keep_bytes=False)
    except ParseTooSlow:
        return False
    return not tree.root_node.has_error


@dataclass(frozen=True)
class Wrapping:
    """How one language writes the step a side effect is wrapped in."""

    callback_awaits: bool  # an async arrow may await; a Python lambda cannot
    json_properties: frozenset[str]  # attributes whose value is JSON
    # `await step("name", ...)`, given whether the body drops the value (a statement)
    text: Callable[[ScriptModel, Node, str, bool], str]


WRAPPINGS = {
    # `response.text` is a string in requests / httpx; a method in fetch's Response
    LanguageKind.PYTHON: Wrapping(False, frozenset(JSON_PROPERTIES | {"text"}), _python_text),
    LanguageKind.TYPESCRIPT: Wrapping(True, frozenset(JSON_PROPERTIES), _ts_text),
}
