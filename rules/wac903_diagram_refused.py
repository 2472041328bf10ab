"""WAC903: a workflow Windmill's diagram parser refuses (the UI shows no diagram)."""

from __future__ import annotations

from wac_lint.diagram import (
    OWN_QUOTE,
    SPANS_LINES,
    Refusal,
    RefusalKind,
    diagram_refusals,
)
from wac_lint.languages import LanguageKind
from wac_lint.model import ScriptModel
from wac_lint.rule import WARNING, Rule, RuleContext, code_span, py, ts
from wac_lint.rules._sdk_calls import Node

LEAD = "Windmill's UI shows no diagram for this workflow"

NO_WORKFLOW = {
    LanguageKind.PYTHON: (
        "it reads only a top-level `async def` decorated with the bare name `@workflow` "
        "(imported as `from wmill import workflow`: no alias, no `wmill.` prefix, no call)"
    ),
    LanguageKind.TYPESCRIPT: (
        "it reads only a top-level `export const main = workflow(async (...) => { ... })`: "
        "the name `workflow` unaliased, given an `async` function with a block body"
    ),
}
GATHER = {LanguageKind.PYTHON: "asyncio.gather(...)", LanguageKind.TYPESCRIPT: "Promise.all([...])"}
BIND = {LanguageKind.PYTHON: "x = await", LanguageKind.TYPESCRIPT: "const x = await"}
FSTRING_FIX = {
    OWN_QUOTE: "use the other quote inside the braces, or compute the value into a variable first",
    SPANS_LINES: "keep the expression on one line, or compute the value into a variable first",
}


def bound_target(statement: Node) -> Node | None:
    """What an assignment (`p = t(x)`) or a declarator (`const p = t(x)`) binds."""
    return statement.child_by_field_name("left" if statement.type == "assignment" else "name")


def awaited(statement: Node | None, call: str, language: LanguageKind) -> str:
    """The statement holding `call`, written with the call awaited: `p = await t(x)`,
    `const p = await t(x)`, `await t(x)`."""
    if statement is None:
        return f"{BIND[language]} {call}"
    if statement.type == "expression_statement":
        return f"await {call}"
    target = bound_target(statement)
    if target is None:
        return f"{BIND[language]} {call}"
    name = (target.text or b"").decode("utf-8", "replace")
    declaration = statement.parent if statement.type == "variable_declarator" else None
    if declaration is not None and declaration.child_count:
        return f"{declaration.children[0].type} {name} = await {call}"
    return f"{name} = await {call}"


def message(refusal: Refusal, language: LanguageKind) -> str:
    """What Windmill does, and how to write it instead."""
    said = f'"{refusal.windmill_message}"'
    if refusal.kind is RefusalKind.MISSING_AWAIT:
        assert refusal.node is not None
        call = " ".join((refusal.node.text or b"").decode("utf-8", "replace").split())
        return (
            f"{LEAD}: its parser refuses {code_span(call)}, a task call not awaited where it "
            f"is made ({said}); write {code_span(awaited(refusal.statement, call, language))} or "
            f"pass the call to `{GATHER[language]}` in this statement"
        )
    if refusal.kind is RefusalKind.NOT_ASYNC:
        return (
            f"{LEAD}: its parser refuses a `@workflow` on a plain `def` ({said}); use `async def`"
        )
    if refusal.kind is RefusalKind.NO_WORKFLOW:
        return f"{LEAD}: its parser finds no workflow ({said}); {NO_WORKFLOW[language]}"
    if refusal.kind is RefusalKind.DECORATOR:
        return (
            f"{LEAD}: its TypeScript parser does not accept decorators and stops here "
            f"({said}); move the decorated class to a module the script imports, or call the "
            "decorator function by hand instead of writing `@`"
        )
    return (
        f"{LEAD}: its Python parser predates Python 3.12's f-strings and stops here "
        f"({said}): {refusal.detail}; {FSTRING_FIX[refusal.detail]}"
    )


class DiagramRefused(Rule):
    code = "WAC903"
    name = "diagram-refused"
    severity = WARNING
    summary = (
        "Windmill's diagram parser refuses the workflow (an unawaited task call, a workflow "
        "it does not find, a decorator, a Python 3.12 f-string): the UI shows no diagram"
    )
    message = LEAD
    docs = """
## What it does
Reports what makes Windmill's workflow-as-code diagram parser
(`windmill-parser-wasm-wac`, `parse_workflow_as_code`, 1.668.6) return an error
instead of a graph, on the line Windmill names (or, for the errors Windmill gives
no line, on the workflow or the syntax it stumbles on):

* "Task calls must be awaited directly or used inside asyncio.gather()/Promise.all().":
  a task of the file called by its name and not awaited, as a whole statement or the
  value of a plain assignment (Python `p = t(x)`, TypeScript `const p = t(x)`), in the
  workflow body or in the `if` / `for` / `while` / `try` statements around it (not in
  `with`, `match`, `switch`, `do`, nested functions, a loop's `else` or a Python
  `try`'s `else`, which Windmill does not read). Awaiting it later (`await p`) is fine
  at run time but not for the diagram. A call dropped (a bare statement) or stored and
  never read again is WAC106's finding, which says what is lost at run time: it is not
  repeated here;
* "Workflow function must be async.": a Python `@workflow` on a plain `def` (WAC004
  reports it: not repeated here);
* "No @workflow async function found." / "No workflow() wrapped async function found.":
  Windmill matches the names literally and only at the top level, so `@wf` (an alias),
  `@wmill.workflow`, `@workflow()`, a TypeScript `workflow(...)` given a sync function,
  a function reference or an arrow with an expression body, or a plain
  `export async function main` leave it with no workflow. A workflow declared so
  that Windmill does not find it is already reported where it is declared, by a rule
  whose message says the diagram is lost too (WAC001 an alias, WAC002 `wmill.workflow`,
  WAC004 a sync function, WAC005 a call, a cast or a function given by name): this
  rule reports, of these two messages, only what no other rule covers, a TypeScript
  arrow with an expression body and `export default workflow(main)`;
* "Parse error": Windmill's parsers do not know TypeScript decorators (`@sealed class
  ...`, on methods or parameters too) nor Python 3.12's f-strings (PEP 701: an
  f-string expression holding the string's own quote, `f"{x["id"]}"`, or spanning
  lines in a single-quoted f-string).

Windmill's parser also has messages for task calls in comprehensions and in nested
functions, closures or lambdas, but in the pinned version no script reaches them
(checked with `windmill-oracle dag` in both languages): they are not reported.

## Why is this bad
The Windmill UI draws a workflow-as-code script's steps from this parser; on an error
it shows no diagram, with no hint why. It is a warning, not an error: the script runs
as written. Windmill's worker does not use this parser (it recognises a WAC script by
scanning its lines, `is_wac_v2_py` / `is_wac_v2_ts` in
`backend/windmill-worker/src/wac_executor.rs`), the API server does not depend on the
`windmill-parser-wac` crate (only `windmill-parser-wasm` does, behind its `wac-parser`
feature, for the browser), and the `wmill` CLI (1.819.0) bundles no
`windmill-parser-wasm-wac`. Other rules say when the same code also misbehaves at run
time (WAC001, WAC002, WAC004, WAC005, WAC106).

Only scripts in which wac-lint finds a workflow and no syntax error are judged: a plain
script has no diagram, and a syntax error is WAC000's.

## Example
```python
@workflow
async def main(order_id: str):
    pending = charge(order_id)
    return await pending
```

## Use instead
```python
@workflow
async def main(order_id: str):
    return await charge(order_id)
```
"""
    VALID = [
        py(
            "from wmill import task, workflow\n\n@task\nasync def charge(x: str):\n"
            "    return x\n\n@workflow\nasync def main(x: str):\n"
            "    rs = [await charge(y) for y in x]\n    return await charge(x)\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const charge = task(async (x: string) => x);\n"
            "export const main = workflow(async (x: string) => {\n"
            "  return charge(x);\n});\n"
        ),
    ]
    INVALID = [
        py(
            "from wmill import task, workflow\n\n@task\nasync def charge(x: str):\n"
            "    return x\n\n@workflow\nasync def main(x: str):\n"
            "    pending = «charge(x)»\n    return await pending\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const charge = task(async (x: string) => x);\n"
            "export const main = workflow(async (x: string) => {\n"
            "  const pending = «charge(x)»;\n  return await pending;\n});\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const charge = task(async (x: string) => x);\n"
            "function sealed<T>(c: T) {\n  return c;\n}\n"
            "«@sealed»\nclass Audit {}\n"
            "export const main = workflow(async (x: string) => {\n"
            "  return await charge(x);\n});\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        language = ctx.model.language
        for refusal in diagram_refusals(ctx.model):
            if not reported_elsewhere(refusal, ctx.model):
                ctx.report(refusal.span, message(refusal, language))


def used_later(refusal: Refusal, model: ScriptModel) -> bool:
    """The task call's value is kept for later (`p = t(x)` ... `await p`, `return p`,
    `await Promise.all([p, q])`, `pending[k] = t(x)`): it runs and its result is used,
    so only the diagram is lost, which is this rule's to say. A call dropped (a bare
    statement) or stored in a name never read again is WAC106's finding, which says what
    is lost at run time."""
    statement, call = refusal.statement, refusal.node
    if statement is None or call is None or statement.type == "expression_statement":
        return False
    target = bound_target(statement)
    if target is None or target.type != "identifier":
        return True
    function = statement  # a statement of the body: a short climb
    while function.parent is not None and function.type not in model.lang.function_nodes:
        function = function.parent
    stack = [function]
    while stack:
        node = stack.pop()
        if node.end_byte <= call.end_byte:
            continue
        if node.type == "identifier" and node.text == target.text:
            return True
        stack.extend(node.children)
    return False


def reported_elsewhere(refusal: Refusal, model: ScriptModel) -> bool:
    """A workflow Windmill does not find because of how it is declared is already a
    finding where it is declared, one that says the diagram is lost too: a sync function
    (WAC004), an aliased or module-qualified `workflow` (WAC001, WAC002), a `workflow`
    called, cast or given a function by name (WAC005). What is left is this rule's: a
    TypeScript arrow with an expression body (`workflow(async (x) => ({ ... }))`) and
    `export default workflow(main)`, which run as written. A task call not awaited is
    WAC106's unless its value is kept for later (`used_later`)."""
    if refusal.kind is RefusalKind.NOT_ASYNC:
        return True
    if refusal.kind is RefusalKind.MISSING_AWAIT:
        return not used_later(refusal, model)
    if refusal.kind is not RefusalKind.NO_WORKFLOW:
        return False
    wf = model.workflow or model.workflows[0]
    function = wf.function
    if function is not None and function.is_async and not wf.function_by_name:
        body = function.body
        return body is None or body.type in ("block", "statement_block")
    return not (wf.export == "export-default" and wf.function_by_name)
