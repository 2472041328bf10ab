"""WAC507: a flow's JavaScript expression that does not parse, as written or as
Windmill's evaluator rewrites it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wac_lint.rule import Rule, RuleContext, code_span, flow, with_article
from wac_lint.source import LANG_FLOW

if TYPE_CHECKING:
    from wac_lint.flows.evaluation import EvalProblem
    from wac_lint.flows.js_traps import Trap
    from wac_lint.flows.model import Expression, FlowModel

_WITH_STEP_CONTEXT = frozenset({"input transform", "iterator", "skip_if", "branch condition"})

# Conditions: `compute_bool_from_expr` (worker_flow.rs) evaluates `Boolean(<text>)`.
_CONDITIONS = frozenset(
    {
        "skip_if",
        "stop_after_if",
        "stop_after_all_iters_if",
        "retry_if",
        "branch condition",
        "skip_expr",
    }
)


# the conditions windmill-worker's `compute_bool_from_expr` evaluates with `result` and
# `previous_result` both bound to the one result it is handed
_SAME_RESULT_CONDITIONS = frozenset({"stop_after_if", "stop_after_all_iters_if", "skip_if"})


class InvalidExpression(Rule):
    code = "WAC507"
    name = "invalid-expression"
    summary = (
        "a JavaScript expression of the flow that does not parse, as written or as "
        "Windmill's evaluator rewrites it"
    )
    message = "Fix the JavaScript syntax of the expression"
    languages = (LANG_FLOW,)
    wac_only = False
    docs = """
## What it does
Parses every JavaScript expression of the flow (the `expr` of `javascript`
input transforms, loop `iterator`s, branch conditions, `skip_if`,
`stop_after_if`, `stop_after_all_iters_if`, `retry_if`, `sleep`, `timeout`,
the flow's `skip_expr`) with tree-sitter's JavaScript grammar, both as a
script and as a parenthesised expression (for object literals), and reports
the first syntax error of those that parse neither way. When the expression
is written without quotes and the rest of its line, which YAML read as a
comment (` #` starts one: `expr: results.a.shop + ' order #' + n`), completes
it, the message says so. Also reported: what tree-sitter's grammar accepts and
JavaScript refuses, `??` with `||` or `&&` as a direct operand, without
parentheses (`results.a.email ?? flow_input.b || 'x'`, a SyntaxError); and an
arrow function whose body is an object literal written without parentheses
(`(p) => { sku: p.sku }`): JavaScript reads the braces as a block, so with one
property the name is a label and the function returns undefined, and with
several (or a spread) the text does not parse; and a callback of an array method
that uses its value (`.map`, `.filter`, `.find`, `.some`, `.every`, `.reduce`,
`.sort`...) written with a block body and no `return` (`(r) => { r.id }`), which
gives undefined for every element; and Python's membership test on a literal
(`flow_input.country in ['DE', 'AT']`, `result.status in ('done', 'failed')`,
`x in 'abc'`): JavaScript's `in` asks whether an object has a property of that
name, so on an array it is true only for an index or `length`, never for a value
listed, and on a string or number (the value of `('done', 'failed')`, the comma
operator's last item) it throws a TypeError; the test is `[...].includes(x)`.
Also a `${...}` over the flow's values (`flow_input`, `results`, `flow_env`,
`resume`...) in a single- or double-quoted string (`'raw/${flow_input.ds}/'`):
JavaScript substitutes only in a template literal, between backticks, so the value
holds the placeholder's text.
Also a member that a string, array or number literal does not have in
JavaScript (`', '.join(names)`, Python's `str.join`; `'{} rows'.format(n)`;
`['a'].append(x)`), undefined when read and a TypeError when called, and
`.length()` called on a literal (`length` is a number); and Python's `round` and
`max` / `min` written with `Math`: `Math.round(x, 2)` ignores the `2` and gives a
whole number, `Math.max(xs.map(...))` (a list as the one argument) gives NaN
unless the list holds one number.

Also JavaScript whose value its own form fixes, whatever the data: a comparison
with `NaN` (`x === NaN` is always false: NaN equals nothing; `Number.isNaN(x)`), or,
with `===` / `!==`, with a fresh `[]` / `{}` (objects compare by identity);
`typeof x` compared with a string `typeof` never gives (`'array'`, `'list'`,
`'null'`...); `!x === 'y'` (`!` binds first, and a boolean is never a string or a
number); a truthy literal as an operand of `||` in a condition, or in the callback
of `.filter`, `.find`, `.some`, `.every`... (`result.status == 'done' || 'failed'`
is always true); `x !== 'A' || x !== 'B'` (always true) and `x === 'A' && x === 'B'`
(always false), with literals of one type where `==` / `!=` compare; `new Date(...)
+ n`, which appends the number to the date's text; a `.sort` / `.toSorted`
comparator that gives a boolean (`(a, b) => a.n > b.n`), which never says "before",
so the sort does not order the list by it; `.map(parseInt)` (each index becomes the radix:
NaN from the second item); the value of `.forEach(...)`, undefined, used as the
expression's value or an operand; an assignment where a predicate callback
compares (`.filter((b) => b.free = true)`; one in parentheses, `(r) => (r.seen =
true)`, is taken as meant); and, in a condition, a step's whole result that every
`return` gives as a list tested for its truthiness (`!results.orders`): every list
is truthy in JavaScript, the empty one too, unlike Python's. Also, in a `stop_after_if`,
`stop_after_all_iters_if` or `skip_if`, the same field read on `result` and on
`previous_result` (`Math.abs(result.sg - previous_result.sg) < 0.001`): windmill-worker's
`compute_bool_from_expr` binds both names to the one result it is given, so the
condition compares a value with itself.

Then follows what Windmill's evaluator (windmill-worker `js_eval.rs`) makes
of the text, and reports where that fails or loses the value:

* a `$res:<path>` / `$var:<path>` reference written as the expression
  (`expr: $res:f/x/db`) is a label and a division to JavaScript, and
  `return $res:f/x/db` does not parse: it belongs in a static value;
* text without `return ` is run as `return <text>`: statements
  (`const n = ...; n * 2`) do not parse that way;
* a comment line first (`// active rows` then the code): `return` and a line
  break make a complete statement, so the value is null;
* text with `return ` anywhere (in a callback `(r) => { return r.id }`, a
  string, a comment) is run as a function body as it is: with no `return` of
  its own, its value is null;
* a condition that is an assignment (`result.remaining = 0`, also an operand of
  `!`, `&&`, `||`, `??` or a ternary): JavaScript assigns and the condition is the
  assigned value, constant for a literal (a `stop_after_if` that never holds,
  a `skip_if` that always does); the comparison is `===`;
* a `//` comment in an expression that YAML joins into one line (a `>` block,
  or a plain or quoted value over several lines: each line break becomes a
  space) runs on over the code of the lines after it, which never runs
  (`results.rows.filter(...) // open only` then `.map((r) => r.id)`); a `|`
  block keeps its line breaks, as do the more indented lines of a `>` block;
* a condition (`skip_if`, `stop_after_if`, `stop_after_all_iters_if`,
  `retry_if`, a branch's `expr`, the flow's `skip_expr`) is run as
  `Boolean(<text>)`: it must be one expression, with no `return `, and a
  condition written on one line must not end with a `//` comment, which then
  runs on over the closing `)` (a block scalar's last line break ends it);
* every `results.<x>`, `results["<x>"]`, `flow_env.<x>`, `variable(...)`
  and `resource(...)` is rewritten as `(await ...)`, found by a regex with no
  word boundary: inside a function that is not `async` the `await` does not
  parse, and in `payload.results.length` or `all_results.length` the
  rewrite cuts the name (`payload.(await results.length)`);
* `results['id']` (single quotes), `results[key]` and `results?.["id"]` are
  not rewritten: they are promises, and a field read from one is undefined;
* where the step results are at hand (input transforms, iterators, `skip_if`,
  branch conditions), a line that is only `results.<id>.<path>` in a text of
  several lines is answered by the API on its own (`handle_full_regex` runs
  in multi-line mode), and the rest of the text is ignored.

A text that is one `results.<id>.<path>` read is answered by the API without
running it, and is left alone.

## Why is this bad
Windmill evaluates the expression when the step is about to run; a syntax
error then fails the step (and the flow), after every earlier step has run,
and an expression whose value is lost passes null to the step (a condition
that is not a boolean fails the step: "Expected a boolean value").

## Example
```yaml
input_transforms:
  total: {type: javascript, expr: "results.fetch.rows.length +"}
```

## Use instead
```yaml
input_transforms:
  total: {type: javascript, expr: "results.fetch.rows.length + 1"}
```
"""
    VALID = [
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: fetch\n      value: {type: identity}\n"
            "    - id: total\n"
            "      value:\n"
            "        type: script\n"
            "        path: f/x/total\n"
            "        input_transforms:\n"
            "          rows: {type: javascript, expr: '{count: results.fetch.length, ok: true}'}\n"
            "          n: {type: javascript, expr: 'results.fetch.map((r) => r.id)'}\n"
            '          m: {type: javascript, expr: "const m = results.fetch\\nreturn m.length"}\n'
        ),
    ]
    INVALID = [
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: fetch\n      value: {type: identity}\n"
            "    - id: total\n"
            "      skip_if:\n"
            "        expr: «results.fetch.length ===»\n"
            "      value: {type: identity}\n"
        ),
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: fetch\n      value: {type: identity}\n"
            "    - id: total\n"
            "      value:\n"
            "        type: script\n"
            "        path: f/x/total\n"
            "        input_transforms:\n"
            "          n: {type: javascript, expr: 'results.fetch.map((r) => { «return» r.id })'}\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        from wac_lint.flows.query import offset_span, parsed  # flows load only when one is checked

        model = ctx.flow
        for expr in model.expressions:
            result = parsed(expr)
            if result.ok:
                self.check_evaluation(ctx, expr)
                continue
            if not expr.text.strip():
                ctx.report(model.span(expr.node), f"the {expr.role.value} expression is empty")
                continue
            at = result.error_at if result.error_at is not None else 0
            end = at + max(len(result.error_text), 1)
            near = result.error_text.strip()
            detail = f" near {code_span(near)}" if near else ""
            if result.error_reason:
                ctx.report(
                    offset_span(model, expr, at, min(end, len(expr.text))),
                    f"the {expr.role.value} expression does not parse as JavaScript: "
                    f"{result.error_reason}; the step fails when Windmill evaluates it",
                )
                continue
            cut = self.cut_by_comment(model, expr)
            ctx.report(
                offset_span(model, expr, at, min(end, len(expr.text))),
                f"the {expr.role.value} expression does not parse as JavaScript{detail}"
                + (
                    f" (YAML reads `{cut}` after it as a comment: in a value written without "
                    "quotes, ` #` starts one, so the expression ends before it; quote the value)"
                    if cut
                    else ""
                )
                + ": the step fails when Windmill evaluates it",
            )

    @staticmethod
    def cut_by_comment(model: FlowModel, expr: Expression) -> str | None:
        """The YAML comment that ended an unquoted expression too early (`expr: x + ' #tag'`):
        the comment on its last line, when the expression with it parses."""
        from wac_lint.flows.expressions import parse_expression

        node = expr.node
        if node.style is not None:
            return None  # quoted or block scalars hold `#` as text
        row, column = node.end
        lines = model.source.text.split("\n")
        rest = lines[row][column:] if row < len(lines) else ""
        stripped = rest.lstrip(" \t")
        if not stripped.startswith("#") or stripped == rest:
            return None
        rest = rest.rstrip("\r")
        # the line may end with a real comment of its own (`# wac-lint: ignore[...]`)
        ends = [i for i in range(1, len(rest)) if rest.startswith(" #", i)] + [len(rest)]
        for end in ends:
            if parse_expression(f"{expr.text}{rest[:end]}".rstrip()).ok:
                return rest[:end].strip()
        return None

    def check_evaluation(self, ctx: RuleContext, expr: Expression) -> None:
        from wac_lint.flows.evaluation import evaluation_problems
        from wac_lint.flows.query import offset_span

        condition = expr.role.value in _CONDITIONS
        # the evaluations that get the step results and the API client (`by_id`):
        # input transforms, iterators, `skip_if`, branch conditions
        step_context = expr.role.value in _WITH_STEP_CONTEXT and expr.without_step_results is None
        said: set[tuple[int, int, str]] = set()
        for problem in evaluation_problems(expr.text, condition, step_context):
            span = offset_span(ctx.flow, expr, problem.start, problem.end)
            message = _message(problem, expr.role.value, condition)
            # a folded YAML scalar places every read at the expression's start: a name
            # read twice there is one finding
            if (span.start_byte, span.end_byte, message) in said:
                continue
            said.add((span.start_byte, span.end_byte, message))
            ctx.report(span, message)
        if condition:
            self.check_assignments(ctx, expr)
            self.check_one_result_two_names(ctx, expr)
        self.check_braced_arrow_bodies(ctx, expr)
        self.check_folded_comments(ctx, expr)
        self.check_returnless_callbacks(ctx, expr)
        self.check_literal_membership(ctx, expr)
        self.check_literal_members(ctx, expr)
        self.check_quoted_placeholders(ctx, expr)
        self.check_math_misuses(ctx, expr)
        self.check_traps(ctx, expr, condition)

    @staticmethod
    def check_one_result_two_names(ctx: RuleContext, expr: Expression) -> None:
        """`result` and `previous_result` together in a `stop_after_if`,
        `stop_after_all_iters_if` or `skip_if`: windmill-worker's `compute_bool_from_expr`
        binds both names to the one result it is given (the step's or the iteration's
        that just ran; for `skip_if`, the step's before), so an expression comparing them
        (`Math.abs(result.sg - previous_result.sg) < 0.001`) compares a value with
        itself, and its outcome does not depend on the data."""
        from wac_lint.flows.expressions import member_reads
        from wac_lint.flows.query import offset_span

        if expr.role.value not in _SAME_RESULT_CONDITIONS:
            return
        now = {read.prop for read in member_reads(expr.text, "result")}
        before = [read for read in member_reads(expr.text, "previous_result") if read.prop in now]
        if not before:
            return
        first = before[0]
        what = {
            "skip_if": "the result of the step before it",
            "stop_after_all_iters_if": "the list of every iteration's (branch's) result",
        }.get(expr.role.value, "the result that just came in (the step's, or a loop's iteration's)")
        ctx.report(
            offset_span(ctx.flow, expr, first.start, first.end),
            f"`previous_result.{first.prop}` is `result.{first.prop}` here: Windmill evaluates "
            f"a `{expr.role.value}` with `result` and `previous_result` bound to one value, "
            f"{what}, so setting them against each other compares a value with itself and "
            "the condition does not depend on how it changed; to compare with an earlier "
            "result, let a step take it (`results.<id>`) and return the comparison",
        )

    @staticmethod
    def check_traps(ctx: RuleContext, expr: Expression, condition: bool) -> None:
        """JavaScript whose value its own form fixes, whatever the data: a comparison
        that never holds (`=== NaN`, `typeof x === 'array'`, `!x === 'y'`), a condition
        that always does (`a === 'x' || 'y'`), an array method given a callback it
        misreads (`.map(parseInt)`, a boolean comparator), `.forEach` used for its
        value, `new Date() + n`."""
        from wac_lint.flows.js_traps import javascript_traps
        from wac_lint.flows.query import offset_span

        for trap in javascript_traps(expr.text, condition):
            message = _trap_message(trap, expr.role.value)
            ctx.report(offset_span(ctx.flow, expr, trap.start, trap.end), message)
        if condition:
            InvalidExpression.check_list_truthiness(ctx, expr)

    @staticmethod
    def check_list_truthiness(ctx: RuleContext, expr: Expression) -> None:
        """`!results.orders` in a condition, with step `orders` giving a list: every
        list is truthy in JavaScript, the empty one too (Python's is falsy)."""
        from wac_lint.flows.js_traps import result_truth_tests
        from wac_lint.flows.query import offset_span
        from wac_lint.flows.scope import result_is_list

        model = ctx.flow
        for test in result_truth_tests(expr.text):
            target = model.by_id.get(test.step)
            if target is None or target is expr.module or not result_is_list(model, target):
                continue
            if any(target.node.get(k) is not None for k in ("skip_if", "continue_on_error")):
                continue  # a skipped or failed step's result is no list
            always = "false" if test.negated else "true"
            ctx.report(
                offset_span(model, expr, test.start, test.end),
                f"`{test.text}` is always {always}: step `{test.step}` gives a list, and every "
                "list is truthy in JavaScript, the empty one too (unlike Python's), so the "
                f"{expr.role.value} does not depend on it; test its length "
                f"(`results.{test.step}.length === 0`)",
            )

    @staticmethod
    def check_folded_comments(ctx: RuleContext, expr: Expression) -> None:
        """A `//` comment in an expression YAML folds: a `>` block, or a plain or
        quoted value over several lines, becomes one line (each line break a space),
        so the comment runs on over the code of the lines after it."""
        from wac_lint.flows.expressions import line_comments
        from wac_lint.flows.yaml_tree import last_row

        node = expr.node
        last = last_row(node)
        if node.style == "|" or node.start[0] == last:
            return
        comments = line_comments(expr.text)
        if not comments:
            return
        lines = ctx.flow.source.text.split("\n")
        first = node.start[0] + (1 if node.style == ">" else 0)
        how = {
            ">": "a `>` block",
            None: "a value written without quotes over several lines",
        }.get(node.style, "a quoted value written over several lines")
        condition = expr.role.value in _CONDITIONS
        for start, end in comments:
            if condition and not expr.text[end:].strip():
                continue  # it runs on over `Boolean(...)`'s `)`: `check_evaluation`'s finding
            comment = expr.text[start:end]
            for row in range(first, min(last, len(lines) - 1) + 1):
                raw = lines[row].rstrip("\r")
                column = node.start[1] if row == node.start[0] else 0
                at = raw.find("//", column)
                while at >= 0:
                    piece = raw[at:].rstrip()
                    if comment.startswith(piece) and comment[len(piece) :].strip():
                        lost = " ".join(comment[len(piece) :].split())
                        shown = lost if len(lost) <= 60 else lost[:57] + "..."
                        ctx.report(
                            ctx.flow.span_between((row, at), (row, at + len(piece))),
                            "this `//` comment also comments out the lines after it: YAML "
                            f"joins the lines of {how} into one, so `{shown}` is part of the "
                            "comment and never runs; write the expression as a literal block "
                            "(`|`), which keeps its line breaks, or use `/* ... */`",
                        )
                        break
                    at = raw.find("//", at + 2)
                else:
                    continue
                break

    @staticmethod
    def check_math_misuses(ctx: RuleContext, expr: Expression) -> None:
        """`Math.round(x, 2)` and `Math.max(list)`: Python's `round` / `max`, which
        JavaScript's `Math` does not do."""
        from wac_lint.flows.expressions import math_misuses
        from wac_lint.flows.query import offset_span

        for misuse in math_misuses(expr.text):
            if misuse.call == "Math.round":
                digits = misuse.argument.strip()
                if digits.isdigit() and 0 < int(digits) < 16:
                    factor = "1" + "0" * int(digits)
                    fix = (
                        f"`Math.round(x * {factor}) / {factor}` (or `Number(x.toFixed({digits}))`)"
                    )
                else:
                    fix = "`Number(x.toFixed(digits))`"
                message = (
                    f"`Math.round` takes one argument and rounds to an integer: "
                    f"`{misuse.argument}` is ignored (Python's `round(x, {misuse.argument})` "
                    f"keeps decimals), so the value is rounded to a whole number; write {fix}"
                )
            else:
                message = (
                    f"`{misuse.call}` compares its arguments, and the list "
                    f"`{misuse.argument}` is one argument: the value is NaN unless the list "
                    f"holds exactly one number (Python's `{misuse.call[5:]}(xs)` takes a "
                    f"list); spread it: `{misuse.call}(...{misuse.argument})`"
                )
            ctx.report(offset_span(ctx.flow, expr, misuse.start, misuse.end), message)

    @staticmethod
    def check_literal_members(ctx: RuleContext, expr: Expression) -> None:
        """`', '.join(names)`, `'{} rows'.format(n)`, `[a].append(b)`, `'x'.length()`: a
        member the literal's JavaScript type does not have (or `length`, a number,
        called)."""
        from wac_lint.flows.expressions import literal_member_misses, python_method_hint
        from wac_lint.flows.query import offset_span

        for miss in literal_member_misses(expr.text):
            read = f"{miss.literal}.{miss.member}"
            if miss.member == "length":
                message = (
                    f"`{read}()` calls `length`, which is a number, not a method: the call "
                    f"throws a TypeError and the step fails; read `{read}`"
                )
            else:
                what = with_article(miss.kind)
                effect = (
                    "calling it throws a TypeError and the step fails"
                    if miss.called
                    else "it is undefined"
                )
                hint = python_method_hint(miss.kind, miss.member, miss.literal)
                message = (
                    f"`{read}`: {what} has no `{miss.member}` in JavaScript, so {effect}{hint}"
                )
            ctx.report(offset_span(ctx.flow, expr, miss.start, miss.end), message)

    @staticmethod
    def check_quoted_placeholders(ctx: RuleContext, expr: Expression) -> None:
        """`'Deploy ${flow_input.tag}'`: a `${...}` over the flow's values in a single-
        or double-quoted string, which JavaScript never substitutes (only a template
        literal, between backticks, does), so the value holds the placeholder's text."""
        from wac_lint.flows.expressions import quoted_placeholders
        from wac_lint.flows.query import offset_span

        for found in quoted_placeholders(expr.text):
            ctx.report(
                offset_span(ctx.flow, expr, found.start, found.end),
                f"`{found.placeholder}` is written in a quoted string, where JavaScript "
                "substitutes nothing (only a template literal, between backticks, does): "
                "the value holds that text as written; quote the string with backticks",
            )

    @staticmethod
    def check_literal_membership(ctx: RuleContext, expr: Expression) -> None:
        """`flow_input.country in ['DE', 'AT']`, `result.status in ('done', 'failed')`:
        Python's membership test, which JavaScript's `in` is not (it asks for a property
        name: an array's indexes, and a string or number throws a TypeError)."""
        from wac_lint.flows.expressions import literal_membership_tests
        from wac_lint.flows.query import offset_span

        for test in literal_membership_tests(expr.text):
            right = test.right.strip()
            if test.kind == "array":
                listed = right
                effect = (
                    "JavaScript's `in` asks whether the array has a property of that name "
                    "(true only for an index below its length, or `length`), not whether it "
                    "holds the value"
                )
            else:
                if test.kind == "sequence":
                    listed = "[" + right[1:-1].strip() + "]"
                    what = "a number" if test.last[:1] not in "'\"`" else "a string"
                    effect = (
                        f"`{right}` is JavaScript's comma operator, whose value is its last "
                        f'item `{test.last}`, and `in` on {what} throws a TypeError ("Cannot '
                        "use 'in' operator\"), so the step fails"
                    )
                else:
                    listed = right
                    effect = (
                        "`in` on a string throws a TypeError (\"Cannot use 'in' operator\"), "
                        "so the step fails"
                    )
            ctx.report(
                offset_span(ctx.flow, expr, test.start, test.end),
                f"`{test.left} in {right}` is Python's membership test: {effect}; "
                f"write `{listed}.includes({test.left})`",
            )

    @staticmethod
    def check_returnless_callbacks(ctx: RuleContext, expr: Expression) -> None:
        """`results.rows.map((r) => { r.id })`: a block body without `return` gives
        undefined for every element."""
        from wac_lint.flows.expressions import returnless_callbacks
        from wac_lint.flows.query import offset_span

        for callback in returnless_callbacks(expr.text):
            ctx.report(
                offset_span(ctx.flow, expr, callback.start, callback.end),
                f"the `.{callback.method}` callback `{callback.arrow}` has a block body "
                "without `return`, so it gives undefined for every element and the "
                f"{expr.role.value} gets nothing of what it computes; return the value "
                "(`return ...`, or an expression body without braces)",
            )

    @staticmethod
    def check_assignments(ctx: RuleContext, expr: Expression) -> None:
        """`result.remaining = 0` as a condition: `Boolean(<text>)` assigns, and the
        condition is the assigned value, whatever the data."""
        from wac_lint.flows.expressions import condition_assignments
        from wac_lint.flows.query import offset_span

        role = expr.role.value
        for found in condition_assignments(expr.text):
            if found.truthy is None:
                outcome = f"whether `{found.value}` is truthy, whatever `{found.target}` was"
            else:
                constant = "true" if found.truthy else "false"
                outcome = f"always {constant} (the value assigned, `{found.value}`)"
            ctx.report(
                offset_span(ctx.flow, expr, found.start, found.end),
                f"the {role} assigns `{found.value}` to `{found.target}` (`=`) instead of "
                f"comparing them: its value is {outcome}; compare with `===`",
            )

    @staticmethod
    def check_braced_arrow_bodies(ctx: RuleContext, expr: Expression) -> None:
        """`(p) => { sku: p.sku }`: the braces of an arrow's body open a block, not an
        object literal (which tree-sitter's grammar accepts there)."""
        from wac_lint.flows.expressions import braced_arrow_bodies
        from wac_lint.flows.query import offset_span

        for arrow in braced_arrow_bodies(expr.text):
            fix = f"wrap the object in parentheses: `{arrow.params} => ({arrow.body})`"
            if arrow.parses:
                effect = (
                    "JavaScript reads the braces as a block and the property name as a label, "
                    "so the function returns undefined instead of the object"
                )
            else:
                effect = (
                    "JavaScript reads the braces as a block, where these properties do not "
                    "parse, and the step fails when Windmill evaluates it"
                )
            ctx.report(
                offset_span(ctx.flow, expr, arrow.start, arrow.end),
                f"the body of `{arrow.params} => {arrow.body}` is not an object literal: "
                f"{effect}; {fix}",
            )


def _message(problem: EvalProblem, role: str, condition: bool) -> str:
    from wac_lint.flows.evaluation import EvalProblemKind

    kind = problem.kind
    if kind is EvalProblemKind.REFERENCE:
        what = "resource" if problem.text.startswith("$res:") else "variable"
        return (
            f"the {role} expression is the {what} reference `{problem.text}` written as "
            "JavaScript, where it is a label and a division: `return "
            + problem.text
            + "` does not parse, and the step fails; write it as a static value (`type: "
            f"static`, `value: '{problem.text}'`)"
        )
    if kind is EvalProblemKind.STATEMENTS:
        if condition:
            return (
                f"the {role} is not one expression: Windmill evaluates it as "
                "`Boolean(<expression>)`, which does not parse, and the step fails"
            )
        return (
            f"the {role} expression is statements without `return`: Windmill evaluates "
            "`return <expression>`, which does not parse, and the step fails; end it with "
            "`return <value>`"
        )
    if kind is EvalProblemKind.NO_RETURN:
        return (
            f"`return ` appears only in {problem.place.value if problem.place else 'the text'}, "
            f"yet Windmill sees it and runs the {role} expression without prefixing `return`: "
            "nothing returns its value, so it is null; start the expression with `return `"
        )
    if kind is EvalProblemKind.RETURN_IN_CONDITION:
        if problem.place is None:
            return (
                f"the {role} is evaluated as `Boolean(<expression>)`: statements with "
                "`return` do not parse there, and the step fails; write one expression"
            )
        fix = (
            "write the callback as an expression (`(r) => r.done`)"
            if problem.place.value == "a nested function"
            else "keep the word `return` out of the text"
        )
        return (
            f"`return ` appears in {problem.place.value}: Windmill then evaluates "
            "`Boolean(<expression>)` without returning it, the condition is null instead of "
            f"a boolean, and the step fails; {fix}"
        )
    shown = f"{problem.text}...)" if problem.text.endswith("(") else problem.text
    if kind is EvalProblemKind.AWAIT_IN_FUNCTION:
        verb = "call" if problem.text.endswith("(") else "read"
        return (
            f"`{shown}` is {'called' if verb == 'call' else 'read'} inside a function that is not "
            "`async`: "
            f"Windmill rewrites it as `(await {shown})`, which does not parse there, and the "
            f"step fails; {verb} it before the function (`const v = ...`) and use `v` inside"
        )
    if kind is EvalProblemKind.SPLIT_NAME:
        rewritten = problem.rewritten + ("...))" if problem.rewritten.endswith("(") else ")")
        cut = problem.rewritten.split("(await ", 1)[0]
        if cut.endswith((".", "?.")):
            what = "which does not parse, and the step fails"
            word = problem.text[len(cut) :].split(".", 1)[0].split("(", 1)[0]
            fix = f'read the field as `["{word}"]`'
        else:
            what = f"which calls `{cut}`, a name nothing defines, and the step fails"
            # the name the rewrite cut in two: its start ends the text before `(await`
            head = re.search(r"[\w$]*$", cut)
            start = head.group(0) if head is not None else ""
            whole = start + problem.text[len(cut) :].split(".", 1)[0].split("?", 1)[0]
            owner = cut[: len(cut) - len(start)]
            if owner.endswith("."):
                # a member (`flow_input.lab_results`): read it by its quoted name
                fix = f'read it as `{owner[:-1]}["{whole}"]`, or rename `{whole}`'
            else:
                fix = f"rename `{whole}`"
        return (
            f"{code_span(problem.text)}: Windmill rewrites every `results.<x>`, `flow_env.<x>`, "
            f"`variable(` and `resource(` in the text, here too, into `{rewritten}`, {what}; "
            f"{fix}"
        )
    if kind is EvalProblemKind.COMMENT_LAST:
        return (
            f"the {role} ends with a `//` comment: Windmill evaluates it as "
            "`Boolean(<expression>)` on the same line, so the comment runs on over the closing "
            "`)`, which does not parse, and the step fails; drop the comment or write it as "
            "`/* ... */`"
        )
    if kind is EvalProblemKind.COMMENT_FIRST:
        return (
            f"the {role} expression starts with a comment line: Windmill evaluates "
            "`return <expression>`, and a `return` followed by a line break returns nothing "
            "(the code below never runs), so the value is null; put the comment after the "
            "code or start the expression with `return `"
        )
    if kind is EvalProblemKind.API_LINE:
        fix = (
            "join that line with the one before it"
            if condition
            else "keep the chain on that line or start the expression with `return `"
        )
        return (
            f"`{problem.text}` is a line of its own: Windmill's API answers a line that is only "
            "`results.<id>.<path>` before running anything (js_eval.rs reads the text in "
            f"multi-line mode), so the rest of the {role} expression is ignored and the value "
            f"is `{problem.text}` itself; {fix}"
        )
    # NOT_AWAITED
    return (
        f"{code_span(problem.text)} is a Promise here: Windmill awaits only `results.<id>` and "
        '`results["<id>"]` (double quotes), so the expression works on a Promise instead of '
        "the step's result; write `results.<id>`"
    )


_TYPEOF_HINTS = {
    "array": "`Array.isArray({x})`",
    "list": "`Array.isArray({x})`",
    "null": "`{x} === null`",
    "none": "`{x} === null`",
    "int": "`typeof {x} === 'number'`",
    "integer": "`Number.isInteger({x})`",
    "float": "`typeof {x} === 'number'`",
    "str": "`typeof {x} === 'string'`",
    "dict": "`typeof {x} === 'object'`",
    "bool": "`typeof {x} === 'boolean'`",
    "date": "`{x} instanceof Date`",
}
_NEGATED = {"===": "!==", "==": "!=", "!==": "===", "!=": "=="}


def _trap_message(trap: Trap, role: str) -> str:
    from wac_lint.flows.js_traps import TrapKind

    text = code_span(trap.text)
    always = "always true" if trap.constant else "always false"
    kind = trap.kind
    if kind == TrapKind.NAN:
        operand, _op = trap.detail
        return (
            f"{text} is {always}: NaN is not equal to anything, itself included; test it "
            f"with `Number.isNaN({operand})`"
        )
    if kind == TrapKind.FRESH:
        operand, literal, _op = trap.detail
        what = "array" if literal.lstrip("(").startswith("[") else "object"
        fix = (
            f"`{operand}.length === 0`"
            if what == "array"
            else f"`Object.keys({operand}).length === 0`"
        )
        return (
            f"{text} is {always}: `{literal}` builds a new {what}, and `{trap.detail[2]}` "
            f"compares objects by identity, so no value is ever that one; test the contents "
            f"({fix})"
        )
    if kind == TrapKind.TYPEOF:
        operand, value, _op = trap.detail
        hint = _TYPEOF_HINTS.get(value.lower())
        fix = f"; write {hint.format(x=operand)}" if hint else ""
        return (
            f"{text} is {always}: `typeof` never gives `'{value}'` (only `undefined`, "
            f"`object`, `boolean`, `number`, `bigint`, `string`, `symbol` or `function`){fix}"
        )
    if kind == TrapKind.NEGATED:
        operand, literal, op = trap.detail
        return (
            f"{text} is {always}: `!` applies to `{operand}` before `{op}` compares, and "
            f"`!{operand}`, a boolean, is never equal to `{literal}`; write "
            f"`{operand} {_NEGATED[op]} {literal}`"
        )
    if kind == TrapKind.TRUTHY_OR:
        literal, first, method = trap.detail
        holds = (
            f"the `.{method}` callback holds for every element"
            if method
            else f"the {role} holds whatever the data"
        )
        return (
            f"{text} is {always}: `{literal}` is an operand of `||` on its own, not a second "
            f"value `{first}` compares with, and it is truthy, so {holds}; compare each value "
            "(`x === 'a' || x === 'b'`, or `['a', 'b'].includes(x)`)"
        )
    if kind == TrapKind.TAUTOLOGY:
        operand, first, second, op = trap.detail
        if op == "||":
            return (
                f"{text} is {always}: `{operand}` always differs from `{first}` or from "
                f"`{second}`; `&&` was meant (or `![{first}, {second}].includes({operand})`)"
            )
        return (
            f"{text} is {always}: `{operand}` cannot be both `{first}` and `{second}`; `||` "
            f"was meant (or `[{first}, {second}].includes({operand})`)"
        )
    if kind == TrapKind.DATE_PLUS:
        date, number = trap.detail
        return (
            f"{text} is a string, not a later time: `+` turns `{date}` into its text and "
            f"appends `{number}` to it, so what uses it gets text, and a comparison of it with "
            f"a number or a date is always false (the text is no number); add to the time: "
            f"`{date}.getTime() + {number}`"
        )
    if kind == TrapKind.BOOL_COMPARATOR:
        method, op = trap.detail
        return (
            f"the `.{method}` comparator {text} gives a boolean: a comparator must give a "
            f"negative number, zero or a positive number, and `true` / `false` (1 / 0) never "
            f"say 'before', so the sort does not order the list by it (V8 often leaves it as "
            f"it was); subtract (`(a, b) => a.x - b.x`) or "
            "use `localeCompare` for strings"
        )
    if kind == TrapKind.MAP_PARSE_INT:
        method, function = trap.detail
        return (
            f"{text} calls `{function}(item, index)`: `.{method}` passes each item's index "
            "as the radix, so the second item onwards parses as NaN (null in JSON) or in "
            f"the wrong base; write `.{method}((s) => parseInt(s, 10))` (or `.{method}(Number)`)"
        )
    if kind == TrapKind.FOR_EACH_VALUE:
        return (
            f"{text} is undefined: `.forEach` drops what its callback gives, so the {role} "
            "gets nothing (null); use `.map(...)` for a list of the values"
        )
    # predicate_assignment
    method, target, value = trap.detail
    return (
        f"the `.{method}` callback assigns `{value}` to `{target}` (`=`) instead of "
        f"comparing them: it changes every element it is given, and decides by the assigned "
        f"value, whatever `{target}` was; compare with `===`"
    )
