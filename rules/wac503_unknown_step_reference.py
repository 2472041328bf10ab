"""WAC503: `results.<id>` naming no step, or one that has not run."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wac_lint.rule import WARNING, Rule, RuleContext, flow
from wac_lint.source import LANG_FLOW

if TYPE_CHECKING:
    from wac_lint.flows.model import FlowModel


class UnknownStepReference(Rule):
    code = "WAC503"
    name = "unknown-step-reference"
    summary = "`results.<id>` naming no module, or one that has not run at that point"
    message = "Reference a step that has run before this one"
    languages = (LANG_FLOW,)
    wac_only = False
    docs = """
## What it does
Reads every JavaScript expression of the flow (input transforms, loop
iterators, branch conditions, `skip_if`, `stop_after_if`, `retry_if`, `sleep`,
`timeout`) and checks each `results.<id>`: the id must name a module that has
run before the expression is evaluated. Reported: an id no module has (for
`results.fetch-orders`, which JavaScript reads as `results.fetch` minus `orders`,
the message names the step `fetch-orders` meant); a later step; the step itself
(outside `stop_after_if` / `retry_if`); a step in another branch that has not run (a
branchone runs one branch; a sequential branchall's later branch; any branch of a
`parallel: true` branchall, which races; a step of an earlier branch of a sequential
branchall has finished, and is found); a step inside a loop read by its own id after
the loop (a warning for a sequential loop: that reads only its last iteration's
result, since each finished step's job is kept under its id; an error for a parallel
loop, whose iterations are flows of their own: null; not reported for a step of a
while loop's own body that every iteration runs, with no `stop_after_if` before it
and no `skip_if`: a while loop runs at least once, so that is the result of the
iteration the loop ended on, unless it goes where a list is wanted, a parameter
typed as an array or a loop's iterator; a field of it read there,
`results.round.all_args`, is the last iteration's field, a list the loop built up,
and is reported only when the step's code says that field is not a list); a step in
a `branchone` branch read after it (the branch may not have run), also when the
branchone is nested in a `branchall` branch and the step is read after the branchall
or from a later branch (each container between the step and the reader is judged);
any result read in the preprocessor module, which runs before every step; and, in
the failure module, `error.step_id` compared with a step id no step of the flow has
(`error.step_id === 'customs_check'` beside a step `customs_clearance`, or that id in
`['customs_check', ...].includes(error.step_id)`): `error.step_id` is the id of the
step that failed, so the comparison never holds. Not
reported: a step of a `branchall` branch read after the `branchall` (every branch
ran), and anything read by the failure module (it runs after whichever step failed).

Inside a `whileloopflow`, a step may read its own result from the previous
iteration (`results.<its own id> ?? start`, as the OpenFlow schema's
WhileloopFlow describes): only a read without a first-iteration fallback is
reported. A loop's own `stop_after_if` that reads one of its steps
(`results.page.done`) is reported: the schema says it does not resolve those
results (for a while loop it never stops); it sees the last iteration's
`result`.

Also reported: a property read on the result of a loop or a `branchall`
(`results.fan.left`, `results.each.total`), which is a list (one entry per
iteration, per branch: windmill-worker `worker_flow.rs` gathers the jobs'
results in order), so any property but an index or an array member is
`undefined`; the same for a Python or TypeScript step (inline, or a script by
path) whose every `return` in `main` gives a list literal (`return [...]`, a list
comprehension), or a call that always builds a new list (Python `sorted(...)` /
`list(...)`, also sliced, `sorted(rows)[:10]`; TypeScript `.map(...)`,
`.filter(...)`, `.flatMap(...)` given a callback, `Object.keys(...)`, `Array.from(...)`), and for
a PostgreSQL or MySQL step (inline, or a script by path, `f/x/q.pg.sql`, `.my.sql`), whose result
is the list of its last statement's rows (windmill-common
`SqlResultCollectionStrategy`, by default `LastStatementAllRows`) unless a `--
result_collection=...` or `-- s3` annotation changes it (`results.q.rows`, `results.q.total`);
the other strategies are followed as `SqlResultCollectionStrategy::collect` shapes the result:
`all_statements_...` and `..._all_rows_scalar` give a list too (one entry per statement:
`results.q.revenue` is undefined, and the message names the statement whose entry has that column),
`last_statement_first_row` one row, whose fields are the columns its last statement
selects (`results.q.length`, a misspelt column), and `last_statement_first_row_scalar`
the first column's value, not the row (`results.q.count` reading a selected column);
and an index of a `branchall`'s result past its last branch (`results.fan[2]`
with two branches), which is undefined; an index of a result that is an object,
not a list (`results.route[0]`: a script step whose every `return` is an object
literal, or a `branchone`, whose result is the last step of the branch it takes,
when every branch ends with such a step); and a field of a step (inline, or a
Python / TypeScript script by path) whose every `return` is an object literal
with its keys written out (or a Python `dict(rows=..., total=...)`, the same
object, or a local bound once to one, `out = {...}` / `const out = {...}` ...
`return out`, and never changed or handed to other code) and none of them that
field (`results.load.count` when `main` returns `{rows, total}`, or any field
but a string's own members when every `return` gives a string; Go steps are read too:
a `map[string]...{"key": ...}` literal, a struct or slice literal, `return nil, err`
being the failing path; a Bash or PowerShell step's result is the last line it
prints, as a string Windmill does not parse (windmill-worker `bash_executor.rs`;
Windmill's Bash quickstart: "The last line returned by the script will be the string
result"), so `echo '{"n": 1}'` then `results.step.n` is undefined, unless the script
writes `./result.json`; or any field
when every `return` gives a boolean or a number: a literal, a comparison `n > 0`,
a negation `!done`, arithmetic other than `+` (`n * 2`, Python `n // 10`), a call
that always gives a number (`Math.ceil(...)`, `parseInt(...)`, Python `len(...)`,
`int(...)`, `math.ceil(...)`); not `error`, which a failed step's
result under `continue_on_error` holds, nor a read with a fallback). An AI agent
step's result is an object with `output` (the answer: the model's text, or the
object its `output_schema` asks for) and `messages` (windmill-worker `agent_runner.rs`
completes the step with `AIAgentResult`), so any other field of it
(`results.agent.content`, a field of the structured answer read off the result
itself, `results.agent.category`) is undefined (not for an agent whose `output_type`
is not `text`: an image agent gives the image's S3 object), as is a field of its
`output`: the model's text, a string, for an agent without an `output_schema` with
properties (`results.agent.output.category`), else the object of those properties
(`results.agent.output.categroy`); the same under `previous_result` right after the
agent and `result` in its own `stop_after_if`. A mocked step (`mock: {enabled:
true}`) is judged by nothing but its mock: a field its `return_value` object
does not have, a field of a `return_value` that is a string (`'{"id": 3}'`: quoted,
the JSON stays text), or any field when it has no `return_value` (the runner
completes the step with null, and reading a field of null throws). The same
fields are judged where the result has another name: `result.<field>` in a script step's own
`stop_after_if` (a stop condition reading a field the step never returns
never holds as meant) and `previous_result.<field>` in a step's inputs, which
is the result of the step just before it in the same block; so are
`previous_result.<field>` and `result.<field>` in a step's `skip_if`, evaluated
before the step runs with both names the result of the step before it; an index
of such a result that is an object (`previous_result[0]`, `result[0]`, also right
after a `branchone` whose branches all end with such a step) is undefined too. An
identity step's result is the result of the step before it (the runner gives
the identity job nothing but `previous_result`, and completes it with that), so
`results.<identity>.<field>`, and `previous_result.<field>` right after an
identity step, are judged by that step's returns. A field of an
object field is judged the same way one level down: `results.inv.customer.emial`
when every `return` gives `customer` as an object literal with its keys written
out, none of them `emial` (a fallback after it excuses it, unless the name is a
near spelling of one of those keys: a typo the fallback always answers). So is a
member of a field every `return` gives as a list, a string or a number that such a
JavaScript value has not (`results.load.name.upper()`: Python's method, the message
names JavaScript's `toUpperCase`), and `.length()` called on a list or string field
(`length` is a number: the call throws). A field of a
`flow` step's result (and a field or member of such a field, one level down:
`results.sub.owner.emial`, `results.sub.industry.upper()`) is judged by the
subflow's last top-level step when the subflow is in the repository (a flow's
result is its last step's), unless a top-level step of it has `stop_after_if` or `skip_if`; when
that last step runs a flow of its own, by that flow's last step, followed down (a flow whose
last step runs a flow whose last step returns `{company, employees}`:
`results.rollup.headcount`), and when it is an identity step, by the step before it; when
that last step (at any of those levels) is a loop or a branchall, the subflow's result is a
list, and a field read on it (`results.sub.total`) is undefined. A `flow` step is judged by
its flow's last step the same way where it ends a branch (`results.fan[0].rate`, a
branchone's result) and where a for loop iterates over its result
(`flow_input.iter.value.email` when the subflow's last step is a query
that selects `customer_email`). A `branchone`'s result is
the result of the last step of the branch it takes, and entry `i` of a
`branchall`'s is the last step of branch `i + 1`'s: `results.pick.x` with no
branch's last step returning `x`, `results.fan[0].x` and
`results.fan.map((b) => b.x)` are judged the same way (only when every branch
concerned ends with a script step that always runs: no `skip_if`,
`continue_on_error` or earlier `stop_after_if`; an empty branch is not judged).
A member of a field of a step with `continue_on_error: true`
(`results.enrich.company.industry`, a warning): when that step fails the flow goes
on with its error as its result (`{error: ...}`), which has no `company`, so
reading `.industry` throws and the reading step fails after all (not when the
expression chains optionally, tests the error, or guards with `&&`). The same
for a step in a branch of a `branchall` with `skip_failure: true`, read from
outside that branch (after the branchall, or from another branch): a failure
ends the branch and the flow goes on with the step's error as its result. A
loop's whole `iterator` that is such a step's result, or a field of it
(`results.list_pages.pages`), is a warning too: when the step failed it is the
error object or undefined, not the array the runner wants. So is a for loop's
`iterator` that is the whole result of a `skip_failures: true` loop, when its body
reads a field of the item (`flow_input.iter.value.email`) without a guard: a
failed iteration's entry is its error, which the loop iterates too.
A field of an approval step's form read from that step's result
(`results.approve.approved`, the form declaring `approved`) when the step is an identity
step or its code returns no such field: the answer reaches the next step only, as
`resume` (`worker_flow.rs` `push_next_flow_job`), and never the step's result; the
same field read from a `branchone` one of whose branches ends with such an approval step
(`results.route.approved_amount`: the branchone's result is that step's, and no step
after it in the branch takes the answer). And, as a
warning, a field of each
entry of a `skip_failures: true` loop's result read in a `map` / `flatMap` /
`forEach` / `reduce` callback with no guard (`results.each.map((r) => r.total)`),
or at an index (`results.each[0].total`):
a failed iteration's entry is its error (`{error: ...}`,
`retrieve_flow_jobs_results` keeps every iteration job's result), so the
callback reads undefined from it. A field read on an entry of a loop's result
(`results.each.map((r) => r.verdict)`, `results.each[0].verdict`, also at a
computed index, `results.each[results.each.length - 1].verdict`, and through the
methods that keep the entries as they are or pick one: `.filter(...)`,
`.slice(...)`, `.toSorted(...)`, `.find(...)`; in a reducer's second parameter,
`.reduce((acc, r) => ...)`, both of a comparator's, `.toSorted((a, b) => ...)`, the
callback of `Object.groupBy(results.each, (r) => ...)`, `Map.groupBy` and
`Array.from`, the entry a `for (const r of results.each)` loop of a multi-line
expression binds, and a field a parameter destructures, `({ verdict }) => ...`,
unless it gives a default) is judged by
the last step of the loop's body, whose result each iteration's entry is (an
iteration runs the body as a flow of its own, whose result is its last step's):
a SQL step gives rows, a script its object literals; not when an earlier step
of the body has a `stop_after_if` (its result may end the iteration) or the
last step a `skip_if` or `continue_on_error`. A body (or a branch) whose last step is
a container is followed down at any depth: a `branchall` or a nested loop makes each
entry a list (`results.grade.map((c) => c.kg)` over a body ending with a branchall
reads a list's `kg`), a `branchone` the result of the last step of the branch it
takes; so is a `branchone` whose branches end with loops (`results.route.fare` on
what is then a list) and a `branchall` branch ending with a loop (`results.fan[0].total`).
A loop's own `stop_after_if` is evaluated after each iteration with `result` that
iteration's result, the last step of its body (`worker_flow.rs`
`update_flow_status_after_job_completion_internal`): a field that step never returns
(`result.temperature` when it returns `temp_c`) never holds. A loop's or a
`branchall`'s `stop_after_all_iters_if` sees the list of those results: a field read
on an entry (`result.every((c) => c.is_ready)`) is judged the same way. The same
warning as for `skip_failures` is given when the body's last step has
`continue_on_error: true` (an iteration where it failed completes with its error as its
result) or a `branchall` branch has `skip_failure: true` (that branch's entry, when it
failed, is its error). `?.` before the field
(`results.each.at(-1)?.verdict`) guards an entry that is missing, not a field
no entry has, and does not excuse it; a fallback after it (`?? ...`) does.
A field read on an entry of a step's own list result is judged the same way, by
the columns a SQL step's last statement selects or the object literals every returned list holds
(`results.users.map((u) => u.emial)`, `results.users[0].emial`), and so is
one on the items of a list field of a step's object result
(`results.low.items.map((i) => i.quantity)`, judged by the object literals of
that field in every `return`).
Python's negative index on a list result (`results.rows[-1]`, a loop's
`results.each[-1]`, a field every `return` gives as a list or a string,
`results.load.rows[-1]`) is undefined: JavaScript reads the property named `"-1"`
(`.at(-1)` is the last item). `JSON.parse(results.<id>)` (or of a field) when every
`return` gives an object (or that field as one) throws: the expression gets the
result parsed, and `JSON.parse` reads it as the text `[object Object]`. A Bun or
Deno step whose every `return` gives a `Map` or a `Set` (or a `const` bound to
one) reaches the flow as `{}`, which JSON makes of it: any member of it is
undefined (`results.counts.get('a')` throws); a field every `return` gives as a
`Date` reaches it as its ISO text, whose `getTime()` is no method. A PHP step's
associative array literals (`return ["count" => $n]`, which the wrapper's
`json_encode` writes as an object) are read for their keys like object literals.
`previous_result.<field>` right after a loop or a `branchall` is reported too:
that result is a list, one entry per iteration or branch; right after a
`branchone` it is judged like `results.<branchone>.<field>`, by the last steps
of its branches.

A while loop's step reading its own result of the previous iteration
(`results.page?.next_cursor ?? null`) is judged by its code's returns like any
other read: the fallback is there for the first iteration, so it does not
excuse a field no `return` gives, which is undefined in every iteration (the
loop never moves on). A `return a if c else b` (`c ? a : b`) gives the keys of
both objects.

In a for loop whose `iterator` is a static list of mappings (`value: [{table:
users, column: email}, ...]`), `flow_input.iter.value.<field>` is judged by the
keys its items have; over a static list of strings, numbers or booleans
(`value: [eu-west-1, us-east-1]`), the item is that value itself, and a field
that is none of its members (`flow_input.iter.value.region`; not `.length`) is
undefined.

In a for loop whose `iterator` builds its items, the items are what it builds: the
object literals a `.map` / `.flatMap` callback gives with their keys written out
(`xs.map((x) => ({ id: x.id, email }))`, maybe filtered after), the `[key, value]`
arrays of `Object.entries(...)`, the keys (strings) of `Object.keys(...)`; a field
they cannot have (`flow_input.iter.value.email` over `Object.entries(...)`) is
undefined; one that flattens a list field of a step's items
(`results.orders.flatMap((o) => o.lines)`) is judged by the object literals of that
field in every `return`; a mapping callback that gives numbers (`Array.from({ length: n
}, (_, i) => i + 1)`, `.map((x, i) => i * 10)`) makes number items, which have no
field. An `iterator` that hands on the items of step lists unchanged is judged by
their items too: `.slice(...)`, `.filter(...)` or `.toSorted(...)` of one, the lists
spread into an array literal (`[...results.rush, ...results.queue]`) or joined with
`.concat(...)`, either side of a ternary, the list before `?? []`, a loop's or a
`branchall`'s result (entries the objects every iteration's last step returns), and
`.flat()` of such a result, which leaves object entries as they are.

In a for loop whose `iterator` maps a step's list to one field of its objects
(`results.users.map((u) => u.email)`, maybe filtered after), each item is that
field's value, not the object: `flow_input.iter.value.first_name` (a field of those
objects) reads a field of the value instead.

In a for loop whose `iterator` is a step's whole result (`results.low_stock`),
or a field of it (`results.low_stock.items`, judged by that field of every
returned object literal), or a list field of the items of such a loop
(`iterator: flow_input.iter.value.invoices` in a loop nested in it, where a
field of the outer item is out of reach), `flow_input.iter.value.<field>` is
judged by the items that step's list holds:
the object literals of every returned list (a list literal, a Python list
comprehension, a Python local list bound once and filled only by
`.append({...})`, a TypeScript `.map` callback giving one), or, for a PostgreSQL or
MySQL step that gives rows, the columns its last statement selects (`SELECT
i.number, c.billing_email ...` gives no `email`; not judged with `*`, a `WITH`,
or a column without a name). Python's grouping idioms are read as the lists they
build: a local dict bound once to `{}` and filled by `d[k] = entry` or
`d.setdefault(k, [])`, returned as `list(d.values())` or looped over
(`for k, lines in d.items()`), whose list values, and the list fields of the
dict literal `entry` is bound to, are filled by `.append({...})`
(`d.setdefault(k, []).append({...})`, `entry["lines"].append({...})`, also with
`entry = d.setdefault(k, {...})` and `d[k]["lines"].append({...})`); not when
the dict or an entry is handed to other code or changed another way, or an entry
is read from another dict.

A comparison of a step's field with a string (`results.check.status === 'ok'`,
or `result.status == 'failed'` in the step's own `stop_after_if`) is a warning
when every `return` of its `main` gives that field as a string literal (or a
conditional expression between such literals), none of them the one compared
with, but one spelt nearly like it (`'OK'`, `'FAILED'`): the comparison is
constant, and a stop condition never holds. A value unlike every returned one
is left alone, since the code may be a stub of the real one.

BigQuery and Snowflake steps answer with the list of rows too (windmill-worker
`bigquery_executor.rs`, `snowflake_executor.rs`), each row an object keyed by the
names the warehouse gives the columns: BigQuery keeps a name as written, Snowflake
upper-cases one written without quotes (`COUNT(*) AS riders` is `RIDERS`) as
PostgreSQL lower-cases it (`AS totalAmount` is `totalamount`), and the message says so
when the field read differs from a column only by case. A GraphQL step's result is the
response's `data` itself (`graphql_executor.rs` unwraps it), an object keyed by the
operation's top-level fields (an alias when one is given), so `results.q.data` or
another field is undefined (also through a subflow whose last step is one); not judged
when the text holds a fragment spread at the top level or several operations.

A Python step's result is what Windmill's wrapper writes (windmill-worker
`python_executor.rs`, `res_to_json`: `json.dumps(res, default=str)`, a pandas or
polars DataFrame first turned into the list of its rows): a set, a `Decimal` (also
through arithmetic), an instance of a class the script defines (a dataclass, a plain
class; not a `dict` / `TypedDict` subclass, a class with a base the script does not
define, nor an iterable one: a pydantic model, a class with `__iter__`) and a member
of a plain `Enum` reach the flow as their text (`str(...)`), a namedtuple as the list
of its values, and a DataFrame as lists of row values without the column names; a
generator returned whole is streamed (its items printed as text; older wrappers wrote
its text), and is no list either. A list whose every item is such a value (`[Stop(...)
for r in rows]`) holds their texts: a field read on an entry is undefined. A field read on
such a result (or on a DataFrame's rows), and a comparison of a plain `Enum` member
field with a string other than its text (`'ALERT'` for `Status.ALERT`, a warning),
are reported, with the form that reaches the flow and what to return instead.

The flow's `early_return` (the step at which sync endpoints return while the
rest of the flow goes on) is checked too, as a warning: it must name a
top-level step, which is what the flow editor offers.

## Why is this bad
`results.step_id` only works for steps that execute before the current one
(Windmill's flow guide). Otherwise the expression reads `undefined` or fails,
and the step runs with a wrong input.

## Example
```yaml
value:
  modules:
    - id: summarize
      value:
        type: rawscript
        language: bun
        content: "export function main(rows: object[]) { return rows.length }"
        input_transforms:
          rows: {type: javascript, expr: results.fetch}
    - id: fetch
      value:
        type: rawscript
        language: bun
        content: "export function main() { return [] }"
        input_transforms: {}
```

## Use instead
Put `fetch` before `summarize`.
"""
    VALID = [
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: fetch\n      value: {type: identity}\n"
            "    - id: loop\n"
            "      value:\n"
            "        type: forloopflow\n"
            "        skip_failures: false\n"
            "        iterator: {type: javascript, expr: results.fetch}\n"
            "        modules:\n"
            "          - id: item\n"
            "            value:\n"
            "              type: script\n"
            "              path: f/x/handle\n"
            "              input_transforms:\n"
            "                x: {type: javascript, expr: flow_input.iter.value}\n"
            "                y: {type: javascript, expr: results.fetch.length}\n"
            "    - id: total\n"
            "      value:\n"
            "        type: script\n"
            "        path: f/x/total\n"
            "        input_transforms:\n"
            "          rows: {type: javascript, expr: results.loop}\n"
        ),
    ]
    INVALID = [
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: summarize\n"
            "      value:\n"
            "        type: script\n"
            "        path: f/x/summarize\n"
            "        input_transforms:\n"
            "          rows: {type: javascript, expr: «results.fetch».rows}\n"
            "    - id: fetch\n      value: {type: identity}\n"
        ),
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: loop\n"
            "      value:\n"
            "        type: forloopflow\n"
            "        skip_failures: false\n"
            "        iterator: {type: javascript, expr: '[1, 2]'}\n"
            "        modules:\n"
            "          - id: item\n            value: {type: identity}\n"
            "    - id: total\n"
            "      value:\n"
            "        type: script\n"
            "        path: f/x/total\n"
            "        input_transforms:\n"
            "          rows:\n"
            "            type: javascript\n"
            "            expr: |\n"
            "              «results.item».map((x) => x * 2)\n"
        ),
        flow(
            "summary: s\nvalue:\n  modules:\n"
            "    - id: a\n"
            "      value:\n"
            "        type: script\n"
            "        path: f/x/a\n"
            "        input_transforms:\n"
            "          x: {type: javascript, expr: «results.typo»}\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        # flows load only when one is checked
        from wac_lint.flows.expressions import RefKind
        from wac_lint.flows.query import offset_span, ref_span, references
        from wac_lint.flows.scope import (
            failed_entry_problem,
            failed_step_field_problems,
            iterator_item_problems,
            literal_value_problems,
            loop_entry_problems,
            own_result_problems,
            result_problem,
            result_shape_problem,
        )

        model = ctx.flow
        for expr, ref in references(model, RefKind.RESULT):
            if expr.without_step_results is not None:
                continue  # no `results` at all there: WAC509's finding, not a step's
            found = result_problem(model, expr, ref.name, ref)
            if found is not None:
                ctx.report(ref_span(model, expr, ref), found.message, severity=found.severity)
                continue
            problem = result_shape_problem(model, expr, ref)
            if problem is not None:
                ctx.report(offset_span(model, expr, ref.start, ref.member_end), problem)
                continue
            problem = failed_entry_problem(model, expr, ref)
            if problem is not None:
                span = offset_span(model, expr, ref.start, ref.member_end)
                ctx.report(span, problem, severity=WARNING)
            for read in loop_entry_problems(model, expr, ref):
                ctx.report(offset_span(model, expr, read.start, read.end), read.message)
        for expr in model.expressions:
            for read in own_result_problems(model, expr):
                ctx.report(offset_span(model, expr, read.start, read.end), read.message)
            for read in iterator_item_problems(model, expr):
                ctx.report(offset_span(model, expr, read.start, read.end), read.message)
            for read in literal_value_problems(model, expr):
                span = offset_span(model, expr, read.start, read.end)
                ctx.report(span, read.message, severity=WARNING)
            for read in failed_step_field_problems(model, expr):
                span = offset_span(model, expr, read.start, read.end)
                ctx.report(span, read.message, severity=WARNING)
        self.check_early_return(ctx)
        self.check_failed_step_ids(ctx)
        self.check_parsed_objects(ctx)

    @staticmethod
    def check_parsed_objects(ctx: RuleContext) -> None:
        """`JSON.parse(results.load)` where every `return` of step `load` gives an
        object: the result reaches the expression parsed already, and `JSON.parse` turns
        the object into the text `[object Object]`, which it cannot parse."""
        from wac_lint.flows.js_traps import json_parsed_results
        from wac_lint.flows.model import ModuleKind
        from wac_lint.flows.query import offset_span
        from wac_lint.flows.returns import return_kind
        from wac_lint.flows.targets import step_code

        model = ctx.flow
        for expr in model.expressions:
            if expr.without_step_results is not None:
                continue
            for read in json_parsed_results(expr.text):
                step = model.by_id.get(read.step)
                if step is None or step.kind not in (ModuleKind.RAWSCRIPT, ModuleKind.SCRIPT):
                    continue
                if step.mocked or any(
                    step.node.get(k) is not None for k in ("skip_if", "continue_on_error")
                ):
                    continue
                code = step_code(model, step)
                if code is None or return_kind(*code, read.field) != "object":
                    continue
                what = f"`results.{read.step}" + (f".{read.field}`" if read.field else "`")
                gives = f"`{read.field}` as an object" if read.field else "an object literal"
                ctx.report(
                    offset_span(model, expr, read.start, read.end),
                    f"`{read.text}`: {what} is an object already (every `return` of step "
                    f"`{read.step}` gives {gives}, and Windmill hands the "
                    "expression the result parsed), so `JSON.parse` reads it as the text "
                    "`[object Object]`, throws a SyntaxError, and the step fails; use "
                    f"{what} as it is",
                )

    @staticmethod
    def check_failed_step_ids(ctx: RuleContext) -> None:
        """`error.step_id === 'x'` (or `['x', ...].includes(error.step_id)`) in the
        failure module, `x` naming no step: the
        failure module's `error` carries the id of the step that failed (the flow
        guide's `error.step_id`), so a comparison with an id no step has never holds."""
        import difflib

        from wac_lint.flows.expressions import included_literals, literal_comparisons
        from wac_lint.flows.query import offset_span

        model = ctx.flow
        if model.failure is None:
            return
        ids = sorted({m.id for m in model.modules if m.id and m.block is not model.failure})
        if not ids:
            return
        for expr in model.expressions:
            if expr.module is None or expr.module.block is not model.failure:
                continue
            for test in literal_comparisons(expr.text, "error"):
                if test.path != ("step_id",) or not isinstance(test.literal, str):
                    continue
                if test.literal in ids:
                    continue
                close = difflib.get_close_matches(test.literal, ids, n=1, cutoff=0.6)
                hint = f"; did you mean `{close[0]}`?" if close else ""
                outcome = "false" if test.equal else "true"
                ctx.report(
                    offset_span(model, expr, test.start, test.end),
                    f"`error.step_id` is never `'{test.literal}'`: the failure module's "
                    "`error.step_id` is the id of the step that failed, and no step of this "
                    f"flow has that id, so this comparison is always {outcome}{hint}",
                )
            for listed in included_literals(expr.text, "error"):
                if listed.path != ("step_id",) or listed.literal in ids:
                    continue
                close = difflib.get_close_matches(listed.literal, ids, n=1, cutoff=0.6)
                hint = f"; did you mean `{close[0]}`?" if close else ""
                ctx.report(
                    offset_span(model, expr, listed.start, listed.end),
                    f"`error.step_id` is never `'{listed.literal}'`: the failure module's "
                    "`error.step_id` is the id of the step that failed, and no step of this "
                    f"flow has that id, so this entry of the list never matches{hint}",
                )

    @staticmethod
    def check_early_return(ctx: RuleContext) -> None:
        model = ctx.flow
        root = model.root
        value = root.get("value") if root is not None and root.is_map else None
        node = value.get("early_return") if value is not None and value.is_map else None
        name = node.str_value() if node is not None else None
        if node is None or not name:
            return
        target = model.by_id.get(name)
        if target is None:
            problem = (
                f"`early_return` names no step of this flow (`{name}`): sync endpoints "
                "never get an early result and wait for the whole flow"
                f"{_early_return_hint(model, name)}"
            )
        elif target.block is not model.top:
            where = f" inside `{target.parent.id}`" if target.parent is not None else ""
            problem = (
                f"`early_return` names `{name}`, a step{where}: the flow editor offers only "
                "top-level steps for the early return, and a step inside a loop or branch "
                "has no single result to return"
            )
        else:
            return
        ctx.report(model.key_span(node), problem, severity=WARNING)


def _early_return_hint(model: FlowModel, name: str) -> str:
    """What `early_return` was meant to name: the step an expression reads
    (`results.quote`: the setting takes the step's id, not an expression), or a
    top-level step spelt nearly like it."""
    import difflib
    import re

    top = [m.id for m in model.top.modules if m.id] if model.top is not None else []
    read = re.fullmatch(r"\s*results(?:\.(\w+)|\[[\'\"](\w+)[\'\"]\])\s*", name)
    meant = (read.group(1) or read.group(2)) if read else None
    if meant in top:
        return f"; it takes a step's id, not an expression: `early_return: {meant}`"
    close = difflib.get_close_matches(name, top, n=1, cutoff=0.6)
    return f"; did you mean `{close[0]}`?" if close else ""
