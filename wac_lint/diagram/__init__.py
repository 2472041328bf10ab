"""Which WAC scripts Windmill's diagram parser refuses, and where.

Windmill draws a workflow-as-code script's diagram with `windmill-parser-wasm-wac`
(`parse_workflow_as_code`, 1.668.6 as `windmill-oracle` pins it). For some scripts it
returns `{"type": "error", "errors": [{"message", "line"}]}` instead of a graph. This
module says which, from the syntax tree, reproducing that parser's own (literal,
name-based) reading; rules and `wac-lint graph` turn the answer into findings and
warnings (the per-language readers are `python.py` and `typescript.py` beside this
module, `Language.diagram_target`). Behaviour checked against the oracle
(`tests/graph/refusals/`), shape read in Windmill's source
(`backend/parsers/windmill-parser-wac/src/{python,typescript,validation}.rs`):

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

from collections.abc import Callable
from dataclasses import dataclass

import tree_sitter

from wac_lint.kinds import Kind
from wac_lint.languages.base import load
from wac_lint.model import ScriptModel, Span

Node = tree_sitter.Node

MISSING_AWAIT = "Task calls must be awaited directly or used inside asyncio.gather()/Promise.all()."
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
    # an unawaited task call's statement as Windmill reads it: the expression statement,
    # or the assignment / declarator binding the call (so a rule needs no climb through
    # the call's parents, which tree-sitter finds from the root: quadratic under nesting)
    statement: Node | None = None


def missing_await(call: Node, statement: Node) -> Refusal:
    """An unawaited task call in a statement Windmill reads, on the call's line."""
    line = call.start_point[0] + 1
    return Refusal(
        RefusalKind.MISSING_AWAIT, Span.of(call), MISSING_AWAIT, line, call, statement=statement
    )


def text(node: Node) -> str:
    return (node.text or b"").decode("utf-8", "replace")


def diagram_refusals(model: ScriptModel) -> list[Refusal]:
    """What Windmill's diagram parser refuses in this script, in its order (empty when it
    draws a graph). Only for files with a workflow wac-lint sees and no syntax error:
    elsewhere there is no diagram to speak of, or the syntax error says more."""
    if not model.workflows or model.syntax_errors:
        return []
    reader: Callable[[ScriptModel, Node], list[Refusal]] = load(model.lang.diagram_target)
    return reader(model, model.tree.root_node)


def workflow_marker(model: ScriptModel) -> Span:
    """Where a refusal Windmill gives no line for is reported: the workflow wac-lint sees."""
    wf = model.workflow or model.workflows[0]
    return wf.marker


def is_name(node: Node | None, *names: str) -> bool:
    return node is not None and node.type == "identifier" and text(node) in names
