"""WAC302: an option the SDK does not read, or a value it cannot use."""

from __future__ import annotations

from collections.abc import Callable

from wac_lint.languages import LanguageKind
from wac_lint.model import ScriptModel, Span
from wac_lint.rule import WARNING, Fix, Rule, RuleContext, code_span, py, ts
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules import _signatures
from wac_lint.rules._imported_values import imported_milliseconds
from wac_lint.rules._sdk_calls import Node, Option, Primitive, SdkCall

MAX_RETRY_ATTEMPTS = 100  # wmill `_MAX_RETRY_ATTEMPTS`, windmill-client `MAX_RETRY_ATTEMPTS`


class UnknownSdkOption(Rule):
    code = "WAC302"
    name = "unknown-sdk-option"
    summary = "An SDK primitive is given an option it does not read, or a value it cannot use"
    message = "Use an option the SDK reads"
    fix_kind = "suggestion"
    docs = """
## What it does
Finds option names that the WAC primitive does not read: keyword arguments of
`task` / `@task(...)`, `task_script`, `task_flow`, `wait_for_approval`,
`get_resume_urls`, `parallel`, `step`, `sleep` in Python, and properties of the
options object of `task`, `taskScript`, `taskFlow`, `waitForApproval` and
`parallel` in TypeScript; unknown keys of a `retry` policy, a `retry` without
`attempts` or with `attempts` outside 0-100; literal values of the wrong type
(`timeout="600"`), a zero or negative `timeout`, a `timeout` written in milliseconds
(`10 * 60 * 1000`, `approvalMs`, `ONE_DAY_MS`, a constant assigned once to one, a call
of a function of the file or of an imported module that returns one, `hours(48)` of
`(n) => n * 3_600_000`, a library's milliseconds as WAC301 lists them for `sleep`:
`minutesToMilliseconds(10)`, Temporal `dur.total("milliseconds")`: a thousand times
longer), a retry `delay` /
`max_delay` written in milliseconds (`5 * 1000`: the backoff is a durable sleep of
that many seconds), a `concurrency` of zero or less (also as the fallback or a branch of
the value: `max ?? 0`, `opts.get("c") or 0`, `n > 0 ? n : 0`),
a `skin` other than `"detailed"` / `"minimal"`. The message names the closest real
option (`timeoutSeconds` → `timeout`), and a suggestion renames it. Options or a
retry policy held in a constant (`const HEAVY = { tag: "gpu", timeoutSeconds: 60 }`,
`API_RETRY = {"attempts": 3, "backoff": 2}`) are read there, and reported once.

The option lists are data (`rules/sdk_signatures.toml`), read from the SDKs:
`wmill` 1.850.0 `client.py` (the signatures, `_checked_retry`) and
`windmill-client` 1.818.0 `dist/client.d.ts` (`TaskOptions`, `TaskRetry`, the
`waitForApproval` and `parallel` option types) and `dist/client.mjs`.

Severity: **error** for an unknown option or retry key (Python raises
`TypeError` / `ValueError` where the call is written; TypeScript drops the option
without a word, so the default applies: `waitForApproval({ timeoutSeconds: 600 })`
waits the default 1800 s), for a retry policy the SDK rejects, and for a
TypeScript `parallel` concurrency of zero or less (it returns `[]` without running
anything); **warning** for a literal of the wrong type or a timeout the worker
cannot honour.

Python's numbers of seconds are checked against what `wmill` 1.850.0 does with
them: `task` / `task_script` / `task_flow` copy `timeout`, `cache_ttl`, ... into the
dispatch unconverted (`info[opt_key] = _task_options[opt_key]`) and
`wait_for_approval` puts `timeout` into the suspension as given, so a `timedelta`
there is a warning (give `int(td.total_seconds())`); `_checked_retry` requires
`isinstance(attempts, int)` (so `3.0` and `True` are rejected, as `Number.isInteger`
rejects a string in TypeScript), and `_retry_delay_seconds` does arithmetic on
`delay`, `multiplier` and `max_delay`, so a `timedelta` there raises `TypeError`
when a retry is due (an error). A policy written `dict(attempts=3, ...)` is read
like a dict literal. (`sleep(timedelta(...))` is WAC301: `int()` of it raises.)
A number of seconds written `td.seconds` of a `timedelta` a day long or longer
(`wait_for_approval(timeout=REVIEW.seconds)` with `REVIEW = timedelta(days=3)`) is
an error: `.seconds` is only the part below one day (0 here, an approval that times
out at once); `int(td.total_seconds())` is the length.

Note the TypeScript task options are snake_case like Python's (`cache_ttl`,
`concurrency_limit`), while the approval option is `selfApproval`.

## Why is this bad
In Python the workflow fails where the option is written; in TypeScript the
option is silently ignored, so the timeout, tag or concurrency you asked for does
not apply.

## Example
```typescript
const approval = await waitForApproval({ timeoutSeconds: 600 });
```

## Use instead
```typescript
const approval = await waitForApproval({ timeout: 600 });
```
"""
    VALID = [
        py(
            "from wmill import task, task_script, wait_for_approval, parallel, workflow\n\n"
            "extract = task_script('f/data/extract', timeout=600, tag='etl')\n\n"
            "@task(timeout=60, retry={'attempts': 3, 'delay': 5, 'multiplier': 2})\n"
            "async def load(x: int):\n    return x\n\n"
            "@workflow\nasync def main(items: list[int]):\n"
            "    await parallel(items, load, concurrency=3)\n"
            "    return await wait_for_approval(timeout=3600, key='manager', skin='minimal')\n"
        ),
        ts(
            "import { task, taskScript, waitForApproval, parallel, workflow } from "
            '"windmill-client";\n'
            'const extract = taskScript("f/data/extract", { timeout: 600, cache_ttl: 60 });\n'
            "const load = task(async (x: number) => x, { retry: { attempts: 3, delay: 5 } });\n"
            "export const main = workflow(async (items: number[]) => {\n"
            "  await parallel(items, load, { concurrency: 3 });\n"
            "  return await "
            'waitForApproval({ timeout: 3600, selfApproval: true, key: "manager" });\n'
            "});\n"
        ),
    ]
    INVALID = [
        ts(
            'import { waitForApproval, workflow } from "windmill-client";\n'
            "export const main = workflow(async () => {\n"
            "  return await waitForApproval({ «timeoutSeconds»: 600 });\n});\n"
        ),
        py(
            "from wmill import task, workflow\n\n@task(«timeout_seconds»=60)\n"
            "async def load(x: int):\n    return x\n\n"
            "@workflow\nasync def main():\n    return await load(1)\n"
        ),
        py(
            "from wmill import wait_for_approval, workflow\n\n@workflow\nasync def main():\n"
            "    return await wait_for_approval(timeout=600, «approver»='alice')\n"
        ),
        ts(
            'import { task, workflow } from "windmill-client";\n'
            "const load = task(async (x: number) => x, { retry: { «max_attempts»: 3 } });\n"
            "export const main = workflow(async () => await load(1));\n"
        ),
        ts(
            'import { taskScript, workflow } from "windmill-client";\n'
            'const extract = taskScript("f/x", { «cacheTtl»: 60 });\n'
            "export const main = workflow(async () => await extract({}));\n"
        ),
        py(
            "from wmill import task_script, workflow\n\n"
            "extract = task_script('f/x', timeout=«'600'»)\n\n"
            "@workflow\nasync def main():\n    return await extract()\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        check = CHECKS[ctx.model.language]
        start = len(ctx.findings)
        for call in sdk.facts(ctx.model).calls:
            check(self, ctx, call)
        # an options constant shared by several calls is read at each: what it holds is
        # reported once (`const OPTS = { retry: { maximumAttempts: 4 } }` given to two tasks)
        seen: set[tuple[int, int, int, int, str]] = set()
        kept = []
        for finding in ctx.findings[start:]:
            where = (finding.row, finding.column, finding.end_row, finding.end_column)
            if (*where, finding.message) not in seen:
                seen.add((*where, finding.message))
                kept.append(finding)
        ctx.findings[start:] = kept

    def check_python(self, ctx: RuleContext, call: SdkCall) -> None:
        sig = _signatures.signature(ctx.model.language, call.primitive.value)
        if sig is None:
            return
        for option in call.keywords:
            if not sig.accepts(option.name):
                real = sorted({*sig.options, *sig.params} - {"_func"})
                self.unknown(ctx, call, option, real, "the SDK raises `TypeError` on this call")
                continue
            self.check_value(ctx, call, option, sig.type_of(option.name))
        if call.unpacked:
            return  # `f(*args)`: which parameter each value lands in is not known
        for name, arg in zip(sig.params, call.args, strict=False):
            # `wait_for_approval(timedelta(hours=1))`: typed like its keyword spelling
            if name in sig.types:
                self.check_value(ctx, call, Option(name, arg, arg), sig.types[name])

    def check_typescript(self, ctx: RuleContext, call: SdkCall) -> None:
        sig = _signatures.signature(ctx.model.language, call.primitive.value)
        if sig is None:
            return
        index = sig.options_at
        if call.primitive is Primitive.TASK:
            index = 2 if call.args and sdk.string_value(ctx.model, call.args[0]) is not None else 1
        if index is None or index >= len(call.args):
            return
        parsed = sdk.object_options(ctx.model, literal_behind(ctx.model, call.args[index]))
        if parsed is None:
            return
        for option in parsed[0]:
            if option.name not in sig.options:
                self.unknown(
                    ctx,
                    call,
                    option,
                    sorted(sig.options),
                    "the SDK ignores it, so the default applies",
                )
                continue
            self.check_value(ctx, call, option, sig.options[option.name])

    def unknown(
        self, ctx: RuleContext, call: SdkCall, option: Option, real: list[str], effect: str
    ) -> None:
        if said(ctx, option):
            return
        where = code_span(call.spelling)
        other = _signatures.elsewhere(option.name)
        if other is not None and other != call.primitive.value:
            names = ctx.model.lang.sdk_names
            ctx.report(
                Span.of(option.name_node),
                f"`{option.name}` is not an option of {where} ({effect}); it is a parameter "
                f"of `{names[other]}`",
            )
            return
        best = _signatures.closest(option.name, real)
        hint = f"; did you mean `{best}`?" if best else f"; it reads {', '.join(real) or 'none'}"
        fix = None
        if best is not None:
            content = best if option.value is not None else f"{best}: {option.name}"
            fix = Fix(
                f"Rename `{option.name}` to `{best}`",
                (ctx.edit_node(option.name_node, content),),
                "unsafe",
            )
        ctx.report(
            Span.of(option.name_node),
            f"`{option.name}` is not an option of {where}: {effect}{hint}",
            fix=fix,
        )

    def check_value(
        self, ctx: RuleContext, call: SdkCall, option: Option, kind: str | None
    ) -> None:
        model, value = ctx.model, option.value
        if value is None or kind is None:
            return
        if kind == "retry":
            self.check_retry(ctx, call, value)
            return
        shown = code_span(model.code(value))
        if kind in ("int", "number") and sdk.timedelta_value(model, value) is not None:
            ctx.report(
                Span.of(value),
                f"`{option.name}` is a number of seconds (`{kind}`) in the SDK, which passes "
                f"it on unconverted, and {shown} is a `timedelta`; give "
                f"`int({model.text(value)}.total_seconds())`",
                severity=WARNING,
            )
            return
        short = sdk.timedelta_seconds_field(model, value) if kind in ("int", "number") else None
        if short is not None:
            ctx.report(
                Span.of(value),
                f"`{option.name}` is a number of seconds, and {shown} is only the part of "
                f"{code_span(model.code(short[0]))} below one day ({int(short[1] % 86400)}, "
                f"not {_whole(short[1])}): a `timedelta`'s `.seconds` drops its days; give "
                f"`int({model.text(short[2])}"
                ".total_seconds())`",
            )
            return
        wrong = wrong_type(model, value, kind)
        if wrong is not None:
            ctx.report(
                Span.of(value),
                f"`{option.name}` is typed {wrong} in the SDK, and {shown} is not one",
                severity=WARNING,
            )
            return
        number = sdk.number_value(model, value)
        if option.name == "timeout" and sdk.in_milliseconds(
            model, value, imported=imported_milliseconds(ctx)
        ):
            ctx.report(
                Span.of(value),
                f"`{option.name}` is a number of seconds in the SDK, but {shown} is in "
                "milliseconds: it is 1000 times longer than meant; give seconds",
                severity=WARNING,
            )
            return
        if option.name == "timeout" and number is not None and number <= 0:
            ctx.report(
                Span.of(value),
                f"`timeout` is a number of seconds the job may run; {shown} is not a usable one",
                severity=WARNING,
            )
        if option.name == "concurrency" and number is not None and number <= 0:
            message, severity = NO_CONCURRENCY[model.language]
            ctx.report(Span.of(value), message.format(model.text(value)), severity=severity)
        elif option.name == "concurrency" and number is None:
            arm = _non_positive_arm(model, value)
            if arm is not None:
                effect, severity = CONCURRENCY_EFFECT[model.language]
                ctx.report(
                    Span.of(value),
                    f"{shown} gives `concurrency` {code_span(model.text(arm))} when "
                    f"{_arm_condition(model, value, arm)}, and a `concurrency` of zero or "
                    f"less {effect}; give a positive fallback",
                    severity=severity,
                )
        skin = sdk.string_value(model, value)
        if option.name == "skin" and skin is not None and skin not in ("detailed", "minimal"):
            ctx.report(
                Span.of(value),
                f'`skin` is `"detailed"` or `"minimal"`, not {shown}',
                severity=WARNING,
            )

    def check_retry_number(self, ctx: RuleContext, option: Option, options: list[Option]) -> None:
        """`delay` / `multiplier` / `max_delay` that are not numbers: wmill 1.850.0's
        `_retry_delay_seconds` computes with them when a retry is due (`base <= 0` first:
        with no `delay` it stops there) and raises `TypeError`; windmill-client coerces
        them (`"30s"` is `NaN`, so no wait)."""
        model = ctx.model
        assert option.value is not None
        problem = _retry_number_problem(model, option.value)
        use = TIMEDELTA_IN_RETRY.get(option.name)
        if problem is None or use is None:
            return
        if not RETRY_NUMBERS_RAISE[model.language]:
            ctx.report(
                Span.of(option.value),
                f"retry `{option.name}` is typed `number` in the SDK, and "
                f"{code_span(model.code(option.value))} is not one",
                severity=WARNING,
            )
            return
        if option.name != "delay" and not any(o.name == "delay" for o in options):
            return  # without a `delay` the SDK never reads it
        ctx.report(
            Span.of(option.value),
            f"retry `{option.name}` is a number, not {problem}: the SDK {use} "
            "and raises `TypeError` when a retry is due; give seconds",
        )

    def check_retry(self, ctx: RuleContext, call: SdkCall, value: Node) -> None:
        model = ctx.model
        parsed = sdk.object_options(model, literal_behind(model, value))
        if parsed is None:
            return
        options, spread = parsed
        sig = _signatures.signature(model.language, "retry")
        assert sig is not None
        for option in options:
            if option.name not in sig.options:
                if said(ctx, option):
                    continue
                effect = UNKNOWN_RETRY_OPTION[model.language]
                best = _signatures.closest(option.name, sorted(sig.options))
                hint = f"; did you mean `{best}`?" if best else ""
                fix = None
                if best is not None:
                    new = (
                        QUOTED_KEY[model.language](best)
                        if option.name_node.type == "string"
                        else best
                    )
                    if option.value is None:
                        new = f"{best}: {option.name}"
                    fix = Fix(
                        f"Rename `{option.name}` to `{best}`",
                        (ctx.edit_node(option.name_node, new),),
                        "unsafe",
                    )
                ctx.report(
                    Span.of(option.name_node),
                    f"`{option.name}` is not a key of a retry policy ({', '.join(sig.options)}): "
                    f"{effect}{hint}",
                    fix=fix,
                )
                continue
            if option.name in ("delay", "max_delay") and option.value is not None:
                if sdk.in_milliseconds(model, option.value, imported=imported_milliseconds(ctx)):
                    # the backoff is a durable sleep of that many seconds
                    # (`retryDelaySeconds`): a millisecond figure waits 1000 times longer
                    ctx.report(
                        Span.of(option.value),
                        f"retry `{option.name}` is a number of seconds in the SDK (the "
                        f"backoff is a durable sleep), but {code_span(model.code(option.value))} "
                        "is in milliseconds: it waits 1000 times longer than meant; give seconds",
                        severity=WARNING,
                    )
                    continue
            if option.name != "attempts" and option.value is not None:
                self.check_retry_number(ctx, option, options)
                continue
            if option.name == "attempts" and option.value is not None:
                number = sdk.number_behind(model, option.value)
                literal = sdk.unwrap(option.value)
                # wmill checks `isinstance(attempts, int)` (not a bool); windmill-client
                # `Number.isInteger(attempts)`, which `3.0` passes
                not_whole = literal is not None and (
                    literal.type in ("string", "template_string", "true", "false", "True", "False")
                    or (FLOAT_ATTEMPTS_REJECTED[model.language] and literal.type == "float")
                )
                if literal is not None and literal.type in ("true", "false") and not_whole:
                    ctx.report(
                        Span.of(option.value),
                        f"retry `attempts` must be a whole number from 0 to {MAX_RETRY_ATTEMPTS}, "
                        "not a bool: the SDK rejects this policy where it is written",
                    )
                    continue
                if literal is not None and literal.type == "float" and not_whole:
                    ctx.report(
                        Span.of(option.value),
                        f"retry `attempts` must be an `int` from 0 to {MAX_RETRY_ATTEMPTS} (the "
                        f"SDK checks `isinstance(attempts, int)`), and "
                        f"{code_span(model.code(option.value))} is a float: the SDK rejects "
                        "this policy where it is written",
                    )
                    continue
                if not_whole or (
                    number is not None
                    and (number != int(number) or not 0 <= number <= MAX_RETRY_ATTEMPTS)
                ):
                    held = (
                        f" (`{model.text(option.value)}` is {number:g})"
                        if number is not None and sdk.number_value(model, option.value) is None
                        else ""
                    )
                    ctx.report(
                        Span.of(option.value),
                        f"retry `attempts` must be a whole number from 0 to {MAX_RETRY_ATTEMPTS}"
                        f"{held}: the SDK rejects this policy where it is written",
                    )
        meant_attempts = any(
            o.name not in sig.options
            and _signatures.closest(o.name, sorted(sig.options)) == "attempts"
            for o in options
        )
        if not spread and not meant_attempts and not any(o.name == "attempts" for o in options):
            ctx.report(
                Span.of(value),
                "A retry policy needs `attempts`: the SDK rejects it where it is written",
            )


def _retry_number_problem(model: ScriptModel, value: Node) -> str | None:
    r"""What a retry number is instead of one: `a \`timedelta\``, `a string`, else None."""
    if sdk.timedelta_value(model, value) is not None:
        return "a `timedelta`"
    literal = sdk.unwrap(value)
    if literal is not None and literal.type in ("string", "template_string", "concatenated_string"):
        return "a string"
    return None


def wrong_type(model: ScriptModel, value: Node, kind: str) -> str | None:
    """How `kind` reads in a message when the literal `value` is not of it, else None."""
    node = sdk.unwrap(value)
    if node is None:
        return None
    is_string = node.type in ("string", "template_string") or node.type == "concatenated_string"
    is_number = sdk.number_value(model, node) is not None
    is_bool = node.type in ("true", "false")
    if kind in ("int", "number") and (is_string or is_bool):
        return "`int` (seconds or a count)" if kind == "int" else "`number`"
    if kind == "int" and is_number and node.type == "float":
        return "`int`"
    if kind == "str" and (is_number or is_bool):
        return TYPE_NAMES[model.language]["str"]
    if kind == "bool" and (is_string or is_number):
        return TYPE_NAMES[model.language]["bool"]
    return None


# The SDKs differ (wmill 1.850.0, windmill-client 1.818.0): how options are passed,
# what a non-positive `concurrency` does, what an unknown retry key does, type names.
CHECKS: dict[LanguageKind, Callable[[UnknownSdkOption, RuleContext, SdkCall], None]] = {
    LanguageKind.PYTHON: UnknownSdkOption.check_python,
    LanguageKind.TYPESCRIPT: UnknownSdkOption.check_typescript,
}
NO_CONCURRENCY: dict[LanguageKind, tuple[str, str | None]] = {
    LanguageKind.PYTHON: (
        "`concurrency={}` dispatches every item at once (the SDK treats a value below 1 as "
        "no limit); drop it or give a positive number",
        WARNING,
    ),
    LanguageKind.TYPESCRIPT: (
        "`concurrency: {}` makes `parallel` return `[]` without running anything; give a "
        "positive number",
        None,  # the rule's own severity
    ),
}
# What a `concurrency` below 1 does, said after "a `concurrency` of zero or less".
CONCURRENCY_EFFECT: dict[LanguageKind, tuple[str, str | None]] = {
    LanguageKind.PYTHON: (
        "dispatches every item at once (the SDK treats a value below 1 as no limit)",
        WARNING,
    ),
    LanguageKind.TYPESCRIPT: ("makes `parallel` return `[]` without running anything", None),
}
# The fallbacks of a value: `a ?? b` / `a || b` / `a or b` (the right side),
# `c ? a : b` / `a if c else b` (both branches).
FALLBACK_OPERATORS = frozenset({"??", "||", "or"})
CONDITIONALS = frozenset({"ternary_expression", "conditional_expression"})


def _non_positive_arm(model: ScriptModel, value: Node) -> Node | None:
    """The first fallback or branch of `value` that is a number below 1: `limit ?? 0`,
    `n > 0 ? n : 0`, `opts.get("c") or 0` (only when `value` itself is no number)."""
    node = sdk.unwrap(value)
    if node is None:
        return None
    arms: list[Node | None] = []
    if node.type in ("binary_expression", "boolean_operator"):
        operator = node.child_by_field_name("operator")
        if operator is not None and model.text(operator) in FALLBACK_OPERATORS:
            arms.append(node.child_by_field_name("right"))
    elif node.type in CONDITIONALS:
        named = [c for c in node.named_children if c.type != "comment"]
        if node.type == "ternary_expression":
            arms += [
                node.child_by_field_name("consequence"),
                node.child_by_field_name("alternative"),
            ]
        elif len(named) == 3:  # `a if c else b`
            arms += [named[0], named[2]]
    for arm in arms:
        if arm is None:
            continue
        number = sdk.number_value(model, arm)
        if number is not None and number <= 0:
            return arm
        inner = _non_positive_arm(model, arm)
        if inner is not None:
            return inner
    return None


def _arm_condition(model: ScriptModel, value: Node, arm: Node) -> str:
    """When `value` takes `arm` (one of its fallbacks or branches), in words."""
    node = sdk.unwrap(value)
    if node is not None and node.type in ("binary_expression", "boolean_operator"):
        left = node.child_by_field_name("left")
        operator = node.child_by_field_name("operator")
        shown = code_span(model.text(left)) if left is not None else "the value"
        if operator is not None and model.text(operator) == "??":
            return f"{shown} is missing (`null` / `undefined`)"
        return f"{shown} is missing or falsy"
    if node is not None and node.type in CONDITIONALS:
        named = [c for c in node.named_children if c.type != "comment"]
        condition = node.child_by_field_name("condition")
        if condition is None and len(named) == 3:
            condition = named[1]
        first = node.child_by_field_name("consequence") or (named[0] if named else None)
        taken = first is not None and first.start_byte <= arm.start_byte < first.end_byte
        if condition is not None:
            return f"{code_span(model.text(condition))} is {'true' if taken else 'false'}"
    return "it falls back"


# What wmill 1.850.0's `_retry_delay_seconds` does with each number of a retry policy
# (windmill-client has no `timedelta`).
TIMEDELTA_IN_RETRY = {
    "delay": "compares `delay` with 0 (`base <= 0`)",
    "multiplier": "computes `delay * multiplier**attempt`",
    "max_delay": "takes `min(delay, max_delay)`",
}
# wmill `_retry_delay_seconds` computes with `delay` / `multiplier` / `max_delay` and
# raises `TypeError` on another type; windmill-client's `retryDelaySeconds` coerces.
RETRY_NUMBERS_RAISE = {LanguageKind.PYTHON: True, LanguageKind.TYPESCRIPT: False}
# wmill `_checked_retry`: `isinstance(attempts, int)`; windmill-client
# `Number.isInteger(attempts)`, which `3.0` passes.
FLOAT_ATTEMPTS_REJECTED = {LanguageKind.PYTHON: True, LanguageKind.TYPESCRIPT: False}
UNKNOWN_RETRY_OPTION = {
    LanguageKind.PYTHON: "the SDK raises `ValueError` where the policy is written",
    LanguageKind.TYPESCRIPT: "the SDK ignores it",
}
QUOTED_KEY: dict[LanguageKind, Callable[[str], str]] = {
    LanguageKind.PYTHON: repr,
    LanguageKind.TYPESCRIPT: lambda key: f'"{key}"',
}
TYPE_NAMES = {
    LanguageKind.PYTHON: {"str": "`str`", "bool": "`bool`"},
    LanguageKind.TYPESCRIPT: {"str": "`string`", "bool": "`boolean`"},
}


def literal_behind(model: ScriptModel, node: Node) -> Node:
    """The object / dict literal a constant holds (`const OPTS = { timeout: 600 }`,
    `RETRY = {"attempts": 3}`), where the call names the constant; else `node`."""
    inner = sdk.unwrap(node) or node
    if inner.type != "identifier" or model.semantic is None:
        return node
    binding = model.semantic.lookup(model.text(inner), model.semantic.scope_at(inner))
    value = binding.assigned_value if binding is not None else None
    if value is None:
        return node
    value = sdk.unwrap(value) or value
    if value.type == "call" and sdk.object_options(model, value) is not None:
        return value  # `RETRY = dict(attempts=3)`
    return value if value.type in ("object", "dictionary") else node


def said(ctx: RuleContext, option: Option) -> bool:
    """An options constant shared by several calls: its key is reported once."""
    row, column = option.name_node.start_point
    return any(f.row == row + 1 and f.message.startswith(f"`{option.name}`") for f in ctx.findings)


def _whole(seconds: float) -> str:
    """`259200` for a whole number of seconds, else the float."""
    return str(int(seconds)) if seconds == int(seconds) else str(seconds)
