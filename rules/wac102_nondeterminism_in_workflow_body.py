"""WAC102: a value that differs between replays, read in the workflow body."""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from itertools import pairwise
from pathlib import Path

from wac_lint.frontends.body.records import iter_nodes
from wac_lint.languages import LanguageKind
from wac_lint.model import BodyCall, CallKind, CodeRole, ScriptModel, Span
from wac_lint.rule import Rule, RuleContext, code_span, indefinite, py, ts
from wac_lint.rules import _catalogue, _module_level, _wrap_in_step
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._sdk_calls import Node
from wac_lint.semantic import BindingKind
from wac_lint.tree_paths import ancestors

# What to say of a catalogue entry instead of "<what>: the value changes between replays;
# capture it with `step(...)`", where that advice does not fit
LOCALE = (
    "formats with the worker's default locale and time zone (`LANG`, `TZ`), which may "
    "differ between the workers running the rounds, so the text differs between replays "
    'of the workflow body; pass a locale and a `timeZone` (`"en-US", { timeZone: "UTC" }`) '
    "or capture it with `step(...)`"
)
LOCAL_TIME = (
    "converts with the worker's local time zone (`TZ`), which may differ between the "
    "workers running the rounds, so the value differs between replays of the workflow "
    "body; give it a zone (`datetime.fromtimestamp(ts, timezone.utc)`, `calendar.timegm`, "
    "`time.gmtime(ts)`) or capture it with `step(...)`"
)
LOCAL_ZONE = (
    "is the worker's local time zone (`TZ`), which may differ between the workers "
    "running the rounds, so what is computed with it differs between replays of the "
    'workflow body; name the zone (`ZoneInfo("Europe/Paris")`, `timezone.utc`) or '
    "capture the value with `step(...)`"
)
ADVICE = {
    # a signal is no value to checkpoint
    "AbortSignal.timeout": (
        "makes a signal that aborts so long after this round made it, so whether it has "
        "fired differs between replays of the workflow body; give a timeout to the task or "
        "step that does the work (`task(fn, { timeout })`), or decide on times captured "
        "with `step(...)`"
    ),
    "Intl.NumberFormat().format": LOCALE,
    "Intl.NumberFormat().formatToParts": LOCALE,
    ".toLocaleDateString()": LOCALE,
    ".toLocaleTimeString()": LOCALE,
    ".toLocaleString()": LOCALE,
    "datetime.datetime.fromtimestamp(?timestamp|tz)": LOCAL_TIME,
    "datetime.date.fromtimestamp": LOCAL_TIME,
    "time.localtime(>0)": LOCAL_TIME,
    "time.ctime(>0)": LOCAL_TIME,
    "time.mktime": LOCAL_TIME,
    ".astimezone(?tz)": LOCAL_TIME,
    "dateutil.tz.tzlocal": LOCAL_ZONE,
    "dateutil.tz.gettz(?name)": LOCAL_ZONE,
    "tzlocal.get_localzone": LOCAL_ZONE,
    "tzlocal.get_localzone_name": LOCAL_ZONE,
    ".getTimezoneOffset": (
        "is the offset of the worker's time zone (`TZ`), which may differ between the "
        "workers running the rounds, so it differs between replays of the workflow body; "
        "work in UTC (`getUTCHours()`, `toISOString()`) or capture it with `step(...)`"
    ),
}
# a date's calendar fields and text in the worker's time zone
LOCAL_TIME = (
    "reads the date in the worker's time zone (`TZ`), which may differ between the "
    "workers running the rounds, so it differs between replays of the workflow body; "
    "use the UTC getters (`getUTCHours()`, `getUTCDay()`) or name the zone "
    '(`toLocaleString("en-US", { timeZone })`), or capture it with `step(...)`'
)
ZONELESS = (
    "formats in the worker's time zone (`TZ`): it is given a locale but no `timeZone`, "
    "and the workers running the rounds may be in different zones, so the text differs "
    'between replays of the workflow body; pass `{ timeZone }` (`"UTC"` or the '
    "user's zone) or capture it with `step(...)`"
)
for _getter in (
    "getFullYear", "getMonth", "getDate", "getDay", "getHours", "getMinutes", "setHours",
    "toDateString", "toTimeString",
):  # fmt: skip
    ADVICE[f"Date(…).{_getter}"] = LOCAL_TIME
for _format in ("toLocaleString", "toLocaleDateString", "toLocaleTimeString"):
    ADVICE[f"Date(…).{_format}(!timeZone)"] = ZONELESS
ADVICE["Date(…).toString"] = LOCAL_TIME
# a date formatted by a formatter: in the worker's zone unless it was built with one
ZONED_FORMATS = frozenset(
    f"Intl.DateTimeFormat(…).{_name}(>0)" for _name in ("format", "formatToParts", "formatRange")
)
for _name in ("format", "formatToParts", "formatRange"):
    ADVICE[f"Intl.DateTimeFormat(…).{_name}(>0)"] = (
        "formats in the worker's time zone (`TZ`): its `Intl.DateTimeFormat` is built "
        "without a `timeZone` option, and the workers running the rounds may be in "
        "different zones, so the text differs between replays of the workflow body; "
        "pass `{ timeZone }` to the formatter or capture it with `step(...)`"
    )
UNSTEPPED = frozenset({ADVICE["AbortSignal.timeout"]})
CATEGORY_WORDS = {
    "clock": "reads the clock",
    "randomness": "is random",
    "environment": "reads the process environment",
    "configured": "is non-deterministic (project configuration)",
}


NAIVE_TIMESTAMP = (
    "reads a datetime without a time zone as the worker's local time (`TZ`), which may "
    "differ between the workers running the rounds, so the value differs between replays "
    "of the workflow body; build it with `tzinfo=timezone.utc` (or use `calendar.timegm`) "
    "or capture it with `step(...)`"
)


def zone_keyword(call: BodyCall) -> bool:
    """`dt.astimezone(tz=zone)`: the zone given by keyword."""
    args = call.node.child_by_field_name("arguments") if call.node is not None else None
    for arg in args.named_children if args is not None else ():
        name = arg.child_by_field_name("name") if arg.type == "keyword_argument" else None
        value = arg.child_by_field_name("value") if name is not None else None
        if name is not None and name.text == b"tz" and value is not None:
            return value.type != "none"  # `tz=None` is the local zone, the catalogue's
    return False


NAIVE_CONVERSION = (
    "converts a datetime without a time zone: `astimezone` takes it as the worker's "
    "local time (`TZ`), which may differ between the workers running the rounds, so the "
    "value differs between replays of the workflow body; give it its zone first "
    "(`tzinfo=timezone.utc`, `.replace(tzinfo=timezone.utc)`) or capture it with "
    "`step(...)`"
)


def naive_timestamps(ctx: RuleContext) -> list[tuple[BodyCall, str, str | None]]:
    """`datetime(y, m, 1).timestamp()` (also through a name bound once to it): a naive
    datetime's `timestamp()` takes it as local time, and so does its `astimezone(tz)`
    (Python: "if self is naive, it is presumed to represent time in the system
    timezone"; `astimezone()` without a zone is another finding, the local zone). Naive
    for sure: built by `datetime(...)` without `tzinfo`, or by `datetime.strptime(s,
    fmt)` whose literal format has no `%z`."""
    found: list[tuple[BodyCall, str, str | None]] = []
    model = ctx.model
    for call in model.body_calls:
        if call.kind != CallKind.CALL:
            continue
        if call.qualname == ".timestamp" and not call.arg_count:
            advice = NAIVE_TIMESTAMP
        elif call.qualname == ".astimezone" and (call.arg_count == 1 or zone_keyword(call)):
            advice = NAIVE_CONVERSION
        else:
            continue
        node = call.node
        function = node.child_by_field_name("function") if node is not None else None
        receiver = sdk.unwrap(function.child_by_field_name("object")) if function else None
        if receiver is not None and receiver.type == "identifier":
            receiver = sdk.unwrap(sdk.bound_value(model, model.text(receiver), receiver))
        if receiver is None or not naive_datetime(model, receiver):
            continue
        if only_logged(ctx, call):
            continue
        found.append((call, "", advice))
    return found


LOCAL_INSTANT = (
    "takes {what} as the worker's local time (`TZ`), which may differ between the "
    "workers running the rounds, so the instant differs between replays of the workflow "
    'body; write the offset (`"2026-06-01T18:00:00Z"`, `+02:00`), build it with '
    "`Date.UTC(...)`, or capture it with `step(...)`"
)
# what a `Date`'s instant is read through: the same text for one instant in any zone
INSTANT_READS = frozenset(
    ["getTime", "valueOf", "toISOString", "toJSON", "toUTCString"]
    + [
        f"getUTC{f}"
        for f in ("FullYear", "Month", "Date", "Day", "Hours", "Minutes", "Seconds", "Milliseconds")
    ]
)
_ZONE_AT_END = re.compile(r"(?:[Zz]|[+-]\d\d:?\d\d|\b(?:GMT|UTC)(?:[+-]\d+)?)\s*$")
_ISO_DATE_ONLY = re.compile(r"^\s*[+-]?\d{4,6}(?:-\d\d(?:-\d\d)?)?\s*$")  # read as UTC
_A_TIME = re.compile(r"\d{1,2}:\d\d|T\x00|\x00:")
_A_DATE = re.compile(r"\d{4}|\d{1,2}:\d\d")
_TIME_NAME = re.compile(r"time|hour", re.IGNORECASE)
_ZONE_NAME = re.compile(r"zone|tz|offset|utc|iso", re.IGNORECASE)


def zoneless_date_text(model: ScriptModel, node: Node | None) -> bool:
    """A string `Date` reads as local time: a literal date-time without `Z` / an offset
    (a date-only ISO string is UTC), or a template that puts a time after a date and no
    zone (`${day} ${startTime}`, `${day}T10:00`); a substitution at the end that may be
    the offset (`${day}T${time}${offset}`) is not known to be zoneless."""
    node = sdk.unwrap(node)
    if node is None:
        return False
    if node.type == "string":
        text = sdk.string_value(model, node)
        return (
            text is not None
            and _A_DATE.search(text) is not None
            and not _ISO_DATE_ONLY.match(text)
            and not _ZONE_AT_END.search(text)
        )
    if node.type != "template_string":
        return False
    shape: list[str] = []
    last: Node | None = None
    for child in node.named_children:
        if child.type == "template_substitution":
            shape.append("\x00")
            last = child
        elif child.type == "string_fragment":
            shape.append(model.text(child))
            last = None
    text = "".join(shape)
    if "\x00" not in text:
        return _A_DATE.search(text) is not None and not _ZONE_AT_END.search(text)
    if last is None:  # ends with written text: a time in it and no zone
        return _A_TIME.search(text) is not None and not _ZONE_AT_END.search(text)
    named = model.text(last)
    return (
        text[:-1].endswith((" ", "T"))
        and _TIME_NAME.search(named) is not None
        and _ZONE_NAME.search(named) is None
    )


def local_date(model: ScriptModel, node: Node | None) -> str | None:
    """What makes `new Date(...)` / `Date.parse(...)` local time: its fields
    (`new Date(2026, 5, 1)`) or a zoneless date-time string; None when it is neither."""
    node = sdk.unwrap(node)
    if node is None or node.type not in ("new_expression", "call_expression"):
        return None
    args = node.child_by_field_name("arguments")
    given = [a for a in args.named_children if a.type != "comment"] if args is not None else []
    if any(a.type == "spread_element" for a in given):
        return None
    if node.type == "new_expression" and len(given) >= 2:
        return "the calendar fields it is given"
    if len(given) == 1 and zoneless_date_text(model, given[0]):
        return "a date-time written without an offset"
    return None


def local_instants(ctx: RuleContext) -> list[tuple[BodyCall, str, str | None]]:
    """`Date.parse("2026-06-01T18:00")`, and a `new Date(2026, 5, 1)` /
    `new Date(`${day} ${time}`)` whose instant is read (`.getTime()`, `.toISOString()`,
    also through a name bound once to it): local time, so the instant depends on the
    worker's zone. Its local getters are not (`built_from_fields`)."""
    model = ctx.model
    found: list[tuple[BodyCall, str, str | None]] = []
    built: dict[int, BodyCall] = {}
    for call in model.body_calls:
        if call.elsewhere is not None or call.node is None:
            continue
        if call.qualname == "Date" and call.kind == CallKind.NEW and call.arg_count:
            built[call.node.start_byte] = call
        elif call.qualname == "Date.parse" and call.kind == CallKind.CALL:
            what = local_date(model, call.node)
            if what is not None and not only_logged(ctx, call):
                found.append((call, "", LOCAL_INSTANT.format(what=what)))
    reported: set[int] = set()
    for call in model.body_calls:
        if call.kind != CallKind.CALL or not call.qualname.startswith("Date(…)."):
            continue
        if call.qualname.removeprefix("Date(…).") not in INSTANT_READS:
            continue
        made = constructed_receiver(ctx, call)
        construction = built.get(made.start_byte) if made is not None else None
        if construction is None or made is None or made.start_byte in reported:
            continue
        what = local_date(model, made)
        if what is None or only_logged(ctx, call):
            continue
        reported.add(made.start_byte)
        found.append((construction, "", LOCAL_INSTANT.format(what=what)))
    for start, construction in built.items():
        if start in reported or not counted_as_number(model, construction.node):
            continue
        what = local_date(model, construction.node)
        if what is not None and not only_logged(ctx, construction):
            found.append((construction, "", LOCAL_INSTANT.format(what=what)))
    return found


# operators that read a `Date` as its instant (its `valueOf()`): `+d`, `d - now`, `a < b`
NUMERIC_UNARY = frozenset({"+", "-"})
NUMERIC_BINARY = frozenset({"-", "*", "/", "%", "<", ">", "<=", ">="})


def numeric_operand(node: Node) -> bool:
    """`node` (through parentheses) is an operand an arithmetic operator reads as a
    number."""
    parent = node.parent
    while parent is not None and parent.type == "parenthesized_expression":
        node, parent = parent, parent.parent
    if parent is None or parent.type not in ("unary_expression", "binary_expression"):
        return False
    op = parent.child_by_field_name("operator")
    if op is None or op.text is None:
        return False
    operator = op.text.decode()
    if parent.type == "unary_expression":
        return operator in NUMERIC_UNARY
    return operator in NUMERIC_BINARY


def counted_as_number(model: ScriptModel, made: Node) -> bool:
    """The `new Date(...)` `made` is read as its instant by an operator: written as
    the operand, or through the name bound once to it (`const end = new Date(...)`
    then `+end`). Only the name's own scope is searched, once per such construction."""
    if numeric_operand(made):
        return True
    declarator = made.parent
    while declarator is not None and declarator.type == "parenthesized_expression":
        declarator = declarator.parent
    if declarator is None or declarator.type != "variable_declarator" or model.semantic is None:
        return False
    name = declarator.child_by_field_name("name")
    if name is None or name.type != "identifier":
        return False
    semantic = model.semantic
    binding = semantic.resolve(name, semantic.scope_at(name))
    if binding is None or binding.assigned_value is None:
        return False
    text = model.text(name)
    for use in iter_nodes(binding.scope.node):
        if use.type != "identifier" or use == name or model.text(use) != text:
            continue
        if numeric_operand(use) and semantic.resolve(use, semantic.scope_at(use)) is binding:
            return True
    return False


def naive_datetime(model: ScriptModel, node: Node) -> bool:
    if node.type != "call" or model.semantic is None:
        return False
    callee = sdk.callee_of(node)
    qualified = model.semantic.qualified_name(callee) if callee is not None else None
    args, keywords, unpacked = sdk.arguments_of(model, node)
    if unpacked:
        return False
    if qualified == "datetime.datetime":
        return len(args) < 8 and not any(k.name == "tzinfo" for k in keywords)
    if qualified == "datetime.datetime.strptime" and len(args) == 2 and not keywords:
        fmt = args[1]
        text = model.text(fmt)
        return fmt.type == "string" and text[:1] in "\"'" and "%z" not in text
    return False


def on_kept_value(call: BodyCall, inner: list[tuple[int, int]]) -> bool:
    """The receiver of this method call (`datetime.now()` of `datetime.now().astimezone()`)
    holds one of the calls `inner` spans."""
    node = call.node
    function = node.child_by_field_name("function") if node is not None else None
    receiver = function.child_by_field_name("object") if function is not None else None
    if receiver is None:
        return False
    return any(receiver.start_byte <= start and end <= receiver.end_byte for start, end in inner)


def constructed_receiver(ctx: RuleContext, call: BodyCall) -> Node | None:
    """What the method `call` is called on was built by: the construction written there
    (`new X(...).m()`) or the value a name it is called on is bound to once (not known
    of a call in another file: `call.node` is the site here)."""
    if call.elsewhere is not None:
        return None
    node = call.node
    callee = node.child_by_field_name("function") if node is not None else None
    receiver = callee.child_by_field_name("object") if callee is not None else None
    model = ctx.model
    receiver = sdk.unwrap(receiver) if receiver is not None else None
    if receiver is not None and receiver.type == "identifier" and model.semantic is not None:
        binding = model.semantic.resolve(receiver, model.semantic.scope_at(receiver))
        receiver = sdk.unwrap(binding.assigned_value) if binding is not None else None
    return receiver


def built_from_fields(ctx: RuleContext, call: BodyCall) -> bool:
    """A method of a `Date` built from its local fields (`new Date(2026, 11, 6)`): they
    are read back the same in any zone."""
    made = constructed_receiver(ctx, call)
    if made is None or made.type != "new_expression":
        return False
    args = made.child_by_field_name("arguments")
    given = [a for a in args.named_children if a.type != "comment"] if args is not None else []
    return len(given) >= 2


def zoned_formatter(ctx: RuleContext, call: BodyCall) -> bool:
    """`fmt.format(d)` of a formatter that names its zone, or that cannot be read:
    `new Intl.DateTimeFormat("en-US", { timeZone })` written at the call or bound once
    to the name it is called on; options we cannot see (a name, a spread) may name it."""
    model = ctx.model
    receiver = constructed_receiver(ctx, call)
    if receiver is None or receiver.type not in ("new_expression", "call_expression"):
        return True
    args = receiver.child_by_field_name("arguments")
    given = [a for a in args.named_children if a.type != "comment"] if args is not None else []
    if len(given) < 2:
        return False  # no options: the worker's zone
    options = sdk.unwrap(given[1]) or given[1]
    if options.type != "object":
        return True
    for member in options.named_children:
        if member.type == "spread_element":
            return True
        key = member.child_by_field_name("key") if member.type == "pair" else member
        if key is not None and model.text(key).strip("\"'") == "timeZone":
            return True
    return False


# A function that reads its value when the step runs, per language.
STEP_FUNCTION = {LanguageKind.PYTHON: "lambda: ", LanguageKind.TYPESCRIPT: "() => "}


def step_functions_given(model: ScriptModel) -> list[Node]:
    """The function argument of each `step(name, fn)` call of the file."""
    found = []
    for call in sdk.facts(model).calls:
        if call.primitive is not sdk.Primitive.STEP or call.decorator:
            continue
        named = {k.name: k.value for k in call.keywords}
        fn = call.args[1] if len(call.args) > 1 else named.get("fn")
        if fn is not None:
            found.append(fn)
    return found


# Draws that hand back one of the caller's own values, which may be a function.
PICKERS = frozenset({"choice", "choices", "sample"})


def eager_step_argument(
    model: ScriptModel, call: BodyCall, given: list[Node], what: str
) -> str | None:
    """`step("now", datetime.now())`: the read is in the argument, evaluated in the body
    before `step` runs, so the step keeps nothing of it; when it is the argument itself
    (and no picker of the caller's values), the step is given a value where it calls a
    function and fails (wmill 1.850.0 calls `fn()`; windmill-client 1.818.0 awaits
    `fn()` inside the step). The advice that fits: pass a function."""
    node = call.node
    assert node is not None
    for fn in given:
        if not (fn.start_byte <= node.start_byte and node.end_byte <= fn.end_byte):
            continue
        read = (
            f"{what}: it is read in the workflow body, on every replay, in the argument of "
            "`step` rather than inside the step's function"
        )
        if (sdk.unwrap(fn) or fn).id != node.id:
            # `partial(fetch, url, time.time())`, `datetime.now().isoformat`: what the
            # argument makes may be a function; the read in it is made here all the same
            return f"{read}; make the step's function read it"
        fails = (
            ""
            if call.qualname.rsplit(".", 1)[-1] in PICKERS
            else ", and the step, given a value where it calls a function, fails with `TypeError`"
        )
        lam = f"{STEP_FUNCTION[model.language]}{' '.join(model.text(fn).split())}"
        return f"{read}{fails}; pass a function (`{lam}`)"
    return None


class NondeterminismInWorkflowBody(Rule):
    code = "WAC102"
    name = "nondeterminism-in-workflow-body"
    summary = "The workflow body reads the clock, randomness or the environment"
    message = "Capture this value with `step(...)` so every replay sees the same one"
    fix_kind = "suggestion"
    settings = _catalogue.NONDETERMINISM_SETTINGS
    docs = """
## What it does
Finds values in the workflow body that differ between two replays: the clock
(`datetime.now`, `time.time`, `Date.now()`, `new Date()` without arguments,
`performance.now()`), randomness (`random.*`, `uuid.uuid4`, `uuid.uuid8` unless
given all three parts, `secrets`, `os.urandom`, `Math.random()`, `crypto.randomUUID()`,
`getResumeUrls()` outside a step), and the environment (`os.environ`, `os.getenv`,
`process.env`, `Bun.env`; the worker's hardware: `os.cpu_count()`, `platform.machine()`,
`torch.cuda.is_available()`;
also the worker's default locale and time zone: `toLocaleDateString()` /
`toLocaleString()` without a locale, `new Intl.NumberFormat().format(n)`,
`getTimezoneOffset()`, and Python's conversions between a timestamp and a local
time made without a zone: `datetime.fromtimestamp(ts)` (or a `None` zone),
`date.fromtimestamp(ts)`, `time.localtime(ts)`, `time.ctime(ts)`, `time.mktime(t)`,
`dt.astimezone()` (or `astimezone(None)`; `astimezone(zone)` gives the zone), the local zone
as an object (`dateutil.tz.tzlocal()`, `tzlocal.get_localzone()`), and the `timestamp()`
and the `astimezone(zone)` of a datetime built without a zone (`datetime(y, m, 1)`,
`datetime.strptime(s, fmt)` without `%z`), which take it as local time; and of a
TypeScript `new Date(x)`, the local calendar fields `getHours()`,
`getDay()`, `getDate()`, `getMonth()`, `getFullYear()`, `getMinutes()`,
`setHours(...)`, `toDateString()` and `toString()`, `toLocaleString("de-DE", {...})`
given a locale but no `timeZone` option, and a date formatted by a `new
Intl.DateTimeFormat("en-US", {...})` built without one, and the instant (`getTime()`,
`toISOString()`, `Date.parse`) of a date-time read as local time: `new Date(y, m, d)`
or a string without an offset (`"2026-06-01T18:00"`, `${day} ${startTime}`; a
date-only ISO string is UTC); all of which may differ between
the workers that run the rounds; the UTC getters, a named `timeZone` and a date built
from its local fields, `new Date(2026, 11, 6)`, are the same on every worker).
A read of `WM_WORKSPACE` named by a literal (`os.environ["WM_WORKSPACE"]`,
`process.env.WM_WORKSPACE`, `const { WM_WORKSPACE } = process.env`, also at module
level and read in the body) is not reported: the worker sets it to the job's
workspace, the same in every round and in the jobs of its tasks (it is what
`wmill.get_workspace()` / `getWorkspace()` return).
A TypeScript `AbortSignal.timeout(ms)` made in the body fires so long after the round
made it, so where the body tests it (`deadline.aborted`, `throwIfAborted()`) the clock
decides (a signal only handed to a call, `fetch(url, { signal })`, is that call's; one
whose `abort` only settles a promise, `new Promise((_, no) => s.addEventListener("abort",
...))`, is a timer like `setTimeout`'s, and raced against a script or an approval it is
WAC108's).

Also a name the body reads that the module computes from the clock or
randomness (`RUN_ID = str(uuid.uuid4())` at the top of the script, or TypeScript's
`const startedAt = step("started", () => Date.now())`: outside the workflow `step`
runs its function in place, unchecked): at each
suspension "the script exits" and the next round runs it again from the top
(Windmill's launch post), so module-level code runs again too. Environment reads
at module level (configuration) are not reported there. The same holds for a
class variable (a TypeScript `static` field) the module's class body computes that
way (`class Run: id = uuid.uuid4().hex`, then `Run.id` in the body), and for a
default of a Python workflow's parameter (`async def main(day=date.today())`):
Python evaluates it when the `def` runs, at load, so a run started without that
argument gets another value each round; and for such a default of a module-level
helper the body calls without that argument (`audit_entry(action)` of
`def audit_entry(action, at=datetime.now().isoformat())`, in TypeScript also the
default of a destructured member the object given lacks: `window({ minutes: 30 })` of
`({ minutes = 15, end = Date.now() }) => ...`; a task's own default is
evaluated in its job and is fine). A TypeScript workflow's own parameter defaults run
at each call, in every round, where the run's input lacks them: `(at = new
Date().toISOString()) => ...` and a member of a destructured parameter, `({ at = new
Date().toISOString() }: Args) => ...` (windmill-oracle `sig` reads no default there).
Likewise a workflow parameter whose default is a string a catalogued parser reads
as the current time (`end_date: str = "today"`,
then `pd.to_datetime(end_date)` or `pd.Timestamp(start)` with `start="now"` in the
body), unless the body assigns the parameter first.

A read in a helper the body calls is reported on each call of it, once per place
in the body: where one call reaches several reads (a timing wrapper reading the clock
before and after), the first is the finding and its message names the others.

A step under an asyncio timeout (`asyncio.wait_for(step("quote", fetch), 5)`,
`async with asyncio.timeout(5):` around it) is the clock deciding too: the step's
function runs in the workflow's round, a cancelled step records nothing, and the
next round runs it again and may go the other way (in a helper the body awaits,
reported on that call). (A task under a timeout is WAC204's: its round suspends at
once.)

`id(obj)` is the object's address in this round's process, another one in each
round: reported, except where it only tells objects apart inside the round
(`id(row) in seen`, `seen.add(id(row))`, `cache[id(x)]` read), which gives the
same answers every round.

Subclasses of library classes are read as the library class: `Moment.now()` of
`class Moment(datetime)` reads the clock, and building `class Dice(random.Random)`
without a seed (`Dice()`, with no `__init__` of its own) makes an OS-seeded
generator.

A value that goes straight into a log line (`print`, `console.log` and `console`'s other
printers, `sys.stderr.write` / `process.stdout.write`, `pprint`, `logging` and
loggers from `logging.getLogger`, structlog's `get_logger()` and loguru's `logger`;
in TypeScript, loggers made by `pino()`,
`winston.createLogger()`, `bunyan.createLogger()`, tslog's `new Logger()`,
`log4js.getLogger()`, and their `.child(...)` loggers, `consola`, and a logger of
the `debug` package called itself; a logger a method adding context makes,
`log.bind(run=r)` / `logger.opt(...)` / `log.child({...})`, kept in a name or not, is
one too, and what that method is given only reaches log lines), formatted on
the way or not (also inside an object or list serialized into the line:
`console.log(JSON.stringify({ ts: new Date().toISOString(), msg }))`, an element of a
comprehension or of an `xs.map(...)` callback's array printed whole, a `", ".join(...)`),
is not reported:
each round prints its own line, and nothing the workflow decides or keeps depends
on it. Stored in a name first, it is not reported either when that name (assigned
once) goes only into log lines itself (`t0 = time.perf_counter()`, then only
`print(f"took {time.perf_counter() - t0:.1f}s")`); any other read of the name (a
task argument, a condition, a step callback) makes it reported like any other read.
A name the module computes that way (`const started = Date.now()` at the top of the
script) is likewise not reported where the body reads it only into a log line
(`console.log(`took ${Date.now() - started}ms`)`), and reported at its other reads.
The same holds in a helper the body runs (a timing wrapper logging `performance.now()
- started`), and for an attribute a method of a class of the file keeps it in
(`self.t0 = time.perf_counter()` in a timing context manager's `__enter__`, `this.t0 =
Date.now()` in a constructor, a TypeScript field `private readonly started =
performance.now()`) when every read of that attribute in the file is `self.t0` /
`this.t0` in that class, going only into log lines. An `if` test whose branches hold
nothing but log calls (`if os.getenv("VERBOSE"): print(...)`, `if (Math.random() <
0.05) console.debug(...)`) only decides a log line too, and is not reported. A
function of the file that does nothing but log (`def note(msg): print(f"[run]
{msg}")`, `const log = (...parts) => console.log(stamp(), ...parts)`, a member of an
object literal `log = { info: (...a) => console.log(...a) }`, a static method, or a
method of an instance of a class of the file; not a task or any other decorated
function) is a log call like `print` for all of this.
Data and ML calls that draw from a global generator unless given a seed are
reported without it (`df.sample(n=5)`, `train_test_split(X, y)`, `KMeans(...)`
without `random_state=`, `torch.randn(4)` without `generator=`; a seed given as the
literal `None` is none: `np.random.default_rng(seed=None)`, `random.Random(None)`; the
K-fold splitters only with `shuffle=True`, and `train_test_split(..., shuffle=False)`
keeps the order). A draw from a
module-global generator (`random.shuffle`, `np.random.permutation`, `torch.randn`, and
the calls that leave `random_state` to numpy) is not reported after a statement that
seeds that generator with a value (`random.seed(pr)`, `np.random.seed(1234)`,
`torch.manual_seed(seed)`) earlier in the same function on the way to the draw, or at
module level: each round runs in a new process and seeds it again before the same
draws. `random.seed()` without a value seeds from the OS and fixes nothing,
nor does a seed that is itself another value in each process (`hash()` of a str,
`id()`, the clock: `random.seed(hash("salt"))` at module level); a `step`
between the seed and the draw (its function runs in one round only, and may draw from
the same generator) makes the seed untrusted.
A value another module of the workspace computes from the clock or randomness when
it is loaded (`RUN_TAG = uuid.uuid4().hex` in `f/common/regions.py`, read in the body
as `RUN_TAG` or `regions.RUN_TAG`) changes between replays too: every round runs the
script again, which loads that module again.
A read in the argument of `step` (`step("now", datetime.now())`, `step("t",
str(uuid4()))`) is made in the body, before the step runs, and the message says so;
where the read is the whole argument (and not a pick of the caller's own values,
`random.choice(xs)`, which may be a function), the step is also given a value where it
calls a function and fails with `TypeError` (wmill 1.850.0 `step` calls `fn()`,
windmill-client 1.818.0 `_runInlineStep` awaits `fn()` inside the step).
A name the file binds (an import or a `def`) and then binds again by a later
standard-library star import that exports it is that module's function in the
functions of the file: `shuffle(xs)` of a `def shuffle(...)` written above `from
random import *` is `random.shuffle` (the names each module exports:
`wac_lint/semantic/star_exports.json`, read on CPython 3.11).

The catalogue is data: `rules/nondeterminism.toml`; extend or trim it with
`extend-nondeterminism` / `allow-nondeterminism`.

## Why is this bad
The body re-runs from the top after every suspension, while completed tasks
replay their checkpointed results. A timestamp or random id computed in the body
changes on each replay: a branch on it can take another path than the one the
checkpoints were recorded on, and values passed to later tasks no longer match
what earlier tasks saw.

## Example
```typescript
export const main = workflow(async () => {
  const startedAt = new Date().toISOString();
  await report(startedAt);
});
```

## Use instead
```typescript
export const main = workflow(async () => {
  const startedAt = await step("started_at", () => new Date().toISOString());
  await report(startedAt);
});
```
"""
    VALID = [
        py(
            "from datetime import datetime\nfrom wmill import step, workflow\n\n@workflow\n"
            "async def main():\n"
            '    started = await step("started_at", lambda: datetime.now().isoformat())\n'
            "    return started\n"
        ),
        ts(
            'import { step, workflow } from "windmill-client";\n'
            "export const main = workflow(async (ts: number) => {\n"
            '  const started = await step("started_at", () => new Date().toISOString());\n'
            "  return [started, new Date(ts).toISOString()];\n});\n"
        ),
    ]
    INVALID = [
        py(
            "from datetime import datetime\nfrom wmill import workflow\n\n@workflow\n"
            "async def main():\n    return «datetime.now»().isoformat()\n"
        ),
        py(
            "import os\nfrom wmill import workflow\n\n@workflow\nasync def main():\n"
            '    return «os.environ»["HOME"]\n'
        ),
        py(
            "import uuid\nfrom wmill import workflow\n\n@workflow\nasync def main():\n"
            "    return str(«uuid.uuid4»())\n"
        ),
        ts(
            'import { workflow } from "windmill-client";\n'
            "export const main = workflow(async () => {\n"
            "  return «new Date()».toISOString();\n});\n"
        ),
        ts(
            'import { workflow } from "windmill-client";\n'
            "export const main = workflow(async () => «Math.random»());\n"
        ),
        ts(
            'import { workflow } from "windmill-client";\n'
            "export const main = workflow(async () => {\n  return «process.env.API_URL»;\n});\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        matches = list(
            _catalogue.body_matches(
                ctx,
                "nondeterminism.toml",
                ctx.strings(_catalogue.EXTEND_NONDETERMINISM),
                ctx.strings(_catalogue.ALLOW_NONDETERMINISM),
            )
        )
        # `random.SystemRandom().sample(xs)`: the generator built and used on one line is
        # one finding, at its use
        used = {
            (c.report_span.start_row, c.qualname[:i])
            for c, _ in matches
            for i, ch in enumerate(c.qualname)
            if ch == "("
        }
        seeds = seeded_generators(ctx)
        kept: list[tuple[BodyCall, str, str | None]] = []
        for call, entry in matches:
            if (call.report_span.start_row, call.qualname) in used:
                continue
            if call.writes:
                continue  # `os.environ["X"] = v` sets a value, it reads nothing
            if entry.category == "environment" and reads_job_constant(ctx, call):
                continue  # `os.environ["WM_WORKSPACE"]`: the job's workspace, every round
            if seeded(ctx, call, seeds):
                continue  # `faker.seed(n)` first: the same draws on every replay
            if entry.pattern == "AbortSignal.timeout" and not signal_tested(ctx, call):
                continue  # `fetch(url, { signal: AbortSignal.timeout(5000) })`: that call's
            if only_logged(ctx, call):
                continue  # `log.info("at %s", datetime.now())`: decides nothing, keeps nothing
            if seeded_before(ctx, call, entry):
                continue  # `np.random.seed(7)` first: every round draws the same values
            what = CATEGORY_WORDS.get(entry.category, "is non-deterministic")
            if "(!" in entry.pattern:  # `.sample(!random_state|seed)`: name the first
                seed = entry.pattern.rpartition("(!")[2].split("|")[0].rstrip(")")
                given = (
                    f"`{seed}=`"
                    if ctx.model.lang.keyword_options
                    else f"{indefinite(seed)} `{seed}` option"
                )
                what += f" unless given {given}"
            if entry.pattern.startswith("Date(…).") and built_from_fields(ctx, call):
                continue  # `new Date(2026, 11, 6).getDay()`: local fields in, local out
            if entry.pattern in ZONED_FORMATS and zoned_formatter(ctx, call):
                continue  # `new Intl.DateTimeFormat("en-US", { timeZone })`: one zone everywhere
            if call.qualname == "hash":
                if hashes_a_number(ctx, call):
                    continue  # hash() of an int / float / bool is its value: the same every run
                what = "of a str or bytes is salted per process (PYTHONHASHSEED)"
            if call.qualname == "id":
                if compared_in_round(call.node):
                    continue  # `id(row) in seen`: identity inside the round, the same every run
                what = "is the object's memory address in this round's process"
            advice = ADVICE.get(entry.pattern)
            if advice == ZONELESS and not call.arg_count:
                advice = LOCALE  # no locale either: `d.toLocaleString()`
            kept.append((call, what, advice))
        # `fake = Faker()` then `fake.seed_instance(season)`: the generator is seeded
        # before it draws; its draws are judged one by one (a draw before the seed is)
        kept = [k for k in kept if not seeded_after_built(ctx, k[0])]
        kept += naive_timestamps(ctx)  # only Python's `datetime` matches
        kept += local_instants(ctx)  # only TypeScript's `Date` matches
        # `rng = random.Random()` reported where it is built: its draws (`rng.sample(xs)`)
        # are that one generator's values, not another mistake each
        built = {
            c.qualname + "()." for c, _, _ in kept if c.kind == CallKind.CALL and not c.arg_count
        }
        # `datetime.now().astimezone()`: a method known by its name alone, called on a
        # value a kept call makes, is that call's value (the clock read), one finding
        inner = [
            (c.node.start_byte, c.node.end_byte)
            for c, _, _ in kept
            if c.node is not None and not c.qualname.startswith(".")
        ]
        found: list[_catalogue.CallFinding] = []
        step_fns = step_functions_given(ctx.model)
        for call, what, instead in kept:
            if "(" in call.qualname and any(call.qualname.startswith(b) for b in built):
                continue
            if inner and call.qualname.startswith(".") and on_kept_value(call, inner):
                continue
            if instead is None and call.node is not None and step_fns:
                instead = eager_step_argument(ctx.model, call, step_fns, what)
            found.append(
                _catalogue.CallFinding(
                    call,
                    f"{_catalogue.describe(ctx, call)} {instead}"
                    if instead is not None
                    else f"{_catalogue.describe(ctx, call)} {what}: the value changes between "
                    "replays of the workflow body; capture it with `step(...)`",
                    # a signal is no value a step can keep: no wrap-in-step suggestion
                    _wrap_in_step.suggestion(ctx, call) if instead not in UNSTEPPED else None,
                )
            )
        _catalogue.report_per_site(ctx, found)
        self.module_values(ctx)
        # Python's asyncio timeouts (the TypeScript SDK's calls have no such wrapper)
        self.timed_steps(ctx)

    def timed_steps(self, ctx: RuleContext) -> None:
        """`asyncio.wait_for(step("quote", fetch), 5)` / a step inside `async with
        asyncio.timeout(5)`: the step's function runs in the workflow's own round, so
        the clock decides whether it completes; cancelled, it records nothing, and the
        next round runs it again and may take the other branch (unlike a task, whose
        round suspends at once)."""
        model = ctx.model
        semantic = model.semantic
        if semantic is None or b"asyncio" not in model.source.data:
            return
        reported: set[int] = set()
        reachable = model.call_graph.reachable
        for call in sdk.facts(model).calls:
            if call.primitive is not sdk.Primitive.STEP or call.decorator:
                continue
            at: Span | None = None
            via = ""
            if sdk.region_of(model, call.call) is not sdk.Region.WORKFLOW:
                # a helper the body calls (`await inventory_or_zero(sku)`): reported on
                # that call, as every finding reached through a helper
                owner = next(sdk.enclosing_functions(model, call.call), None)
                reached = reachable.get(owner) if owner is not None else None
                if reached is None or reached.role is not CodeRole.BODY:
                    continue
                at = reached.site
                via = f" (in `{' → '.join(reached.chain)}`)" if reached.chain else ""
            timer = _timeout_around(model, call.call)
            if timer is None or timer.id in reported:
                continue
            reported.add(timer.id)
            name = sdk.string_value(model, call.args[0]) if call.args else None
            shown = f'step("{name}", ...)' if name is not None else "this step"
            ctx.report(
                at if at is not None else Span.of(timer),
                f"{code_span(model.code(timer).split('(', 1)[0] + '(...)')}{via} bounds "
                f"`{shown}` by the clock: the step's function runs in the workflow's round, "
                "so whether it finishes in time differs between replays, and a cancelled step "
                "records nothing (the next round runs it again and may take the other "
                "branch); put the timeout inside the step's function and return a fallback "
                "value from it",
            )

    def module_values(self, ctx: RuleContext) -> None:
        """Names the workflow body reads that the module computes from the clock or
        randomness (`RUN_ID = str(uuid.uuid4())`): every round runs the script again
        from the top ("the script exits" at each suspension, the launch post), so the
        module's code runs again and the value changes between replays."""
        model = ctx.model
        semantic = model.semantic
        wf = sdk.facts(model).workflow_function
        if semantic is None or wf is None:
            return
        catalogue, allowed = _catalogue.effective(
            "nondeterminism.toml",
            model.language,
            ctx.strings(_catalogue.EXTEND_NONDETERMINISM),
            ctx.strings(_catalogue.ALLOW_NONDETERMINISM),
        )
        # the module's few volatile values first: only names spelled like one of them
        # are resolved in the body (resolving every identifier of a long body was most
        # of this rule's time)
        self.workflow_defaults(ctx, wf, catalogue, allowed)
        # Python's defaults (TypeScript evaluates them at each call: the body walk reads them)
        self.helper_defaults(ctx, wf, catalogue, allowed)
        self.imported_helper_defaults(ctx, wf, catalogue, allowed)
        volatile: dict[str, str] = {}
        # class variables / static fields: the class body runs when the module loads
        attributes: dict[str, dict[str, str]] = {}
        for name, bound in semantic.module.bindings.items():
            if bound.kind == BindingKind.ASSIGNMENT and not bound.rebound and bound.value:
                found = module_volatile(ctx.model, bound.value, catalogue, allowed)
                if found is not None:
                    volatile[name] = found
            elif bound.kind == BindingKind.CLASS and not bound.rebound and bound.value:
                held = class_volatile(ctx.model, bound.value, catalogue, allowed)
                if held:
                    attributes[name] = held
        # enums are not bound by the scope model: a read resolving to no binding is theirs
        enums = {
            name: members
            for name, members in enum_volatile(ctx, catalogue, allowed).items()
            if name not in semantic.module.bindings  # an enum merged with another name
        }
        attributes.update(enums)
        self.imported_values(ctx, wf, catalogue, allowed)
        if not volatile and not attributes:
            return
        reported: set[str] = set()
        handed = handed_to_steps(model)
        for node in sdk.walk_same_function(model, wf):
            if node.type not in semantic.syntax.identifiers:
                continue
            if node.id in handed:
                continue  # `step("code", make_code)`, `step("roll", rng.random)`: called there
            name = model.text(node)
            if name in enums:
                if semantic.resolve(node) is None:
                    self.class_value_read(ctx, node, name, enums[name], reported, enum=True)
                continue
            if name in attributes:
                self.class_value_read(ctx, node, name, attributes[name], reported)
                continue
            if attributes and name not in volatile:
                instance_of = plain_instance(ctx, node, attributes)
                if instance_of is not None:
                    self.class_value_read(
                        ctx, node, instance_of, attributes[instance_of], reported, instance=True
                    )
                continue
            if name not in volatile or name in reported:
                continue
            binding = semantic.resolve(node)
            if binding is None or binding is not semantic.module.bindings.get(name):
                continue
            if binding.node == node:
                continue
            if _logged_from(ctx, node, 2):
                continue  # `console.log(`took ${Date.now() - started}ms`)`: a log line only
            source = volatile[name]
            reported.add(binding.name)
            row, col = node.start_point
            column = model.source.char_column(row, col) + 1
            if any((f.row, f.column, f.code) == (row + 1, column, self.code) for f in ctx.findings):
                # `rnd()` of `rnd = Math.random.bind(Math)`, `RNG.randint(1, 6)` of
                # `RNG = random.SystemRandom()`: the draw is already reported where it starts
                continue
            parent = node.parent
            if (
                parent is not None
                and parent.type in ("call_expression", "call")
                and parent.child_by_field_name("function") == node
            ):
                # `voucherCode()` with `voucherCode = customAlphabet(...)`: what is
                # drawn is the call's value, not the name's
                ctx.report(
                    Span.of(node),
                    f"`{binding.name}` is made at module level by {code_span(source)}: "
                    "calling it in the workflow body gives a new value on every replay; "
                    "call it inside `step(...)`",
                )
                continue
            ctx.report(
                Span.of(node),
                f"`{binding.name}` is computed at module level from {code_span(source)}: the "
                "script runs again from the top on every replay, so its value changes "
                "between replays of the workflow body; compute it with `step(...)` in the body",
            )

    def imported_values(
        self,
        ctx: RuleContext,
        wf: Node,
        catalogue: _catalogue.Catalogue,
        allowed: _catalogue.Catalogue,
    ) -> None:
        """A name the body reads that another module of the workspace computes from the
        clock or randomness when it is loaded (`from f.common.regions import RUN_TAG`,
        `regions.RUN_ID` of `import * as regions`): each replay runs the script again and
        loads that module again, so the value changes between replays."""
        from wac_lint.workspace.helper_resolution import helper_of, may_reach
        from wac_lint.workspace.reexports import reexport_origin

        model, workspace = ctx.model, ctx.workspace
        semantic = model.semantic
        if semantic is None or workspace is None:
            return
        imported = {
            name
            for name, bound in semantic.module.bindings.items()
            if bound.kind == BindingKind.IMPORT and may_reach(model, bound)
        }
        if not imported:
            return
        attribute = semantic.syntax.attribute
        reported: set[tuple[str, str]] = set()
        walk = model.ancestor_walk()
        for node in sdk.walk_same_function(model, wf):
            # only names an import binds are resolved (resolving every identifier of a
            # long body costs)
            if node.type not in semantic.syntax.identifiers or model.text(node) not in imported:
                continue
            binding = semantic.resolve(node)
            if binding is None or binding.kind != BindingKind.IMPORT or binding.node == node:
                continue
            # `Node.parent` costs the depth: the walk's ancestors, met in order, do not
            parent = walk.parent(node)
            reference = node
            if parent is not None and parent.type == attribute:
                if parent.child_by_field_name("object") != node:
                    continue
                reference = parent  # `regions.RUN_ID`: the module's member
            elif parent is not None and parent.type in semantic.syntax.calls:
                if parent.child_by_field_name("function") == node:
                    continue  # a call: the helper's code is followed as body code
            ref = helper_of(
                model, reference, workspace.file, workspace.project, workspace.consulted
            )
            outer = walk.parent(reference) if reference is not node else None
            if (
                ref is not None
                and "." not in ref.function
                and outer is not None
                and outer.type == attribute
                and outer.child_by_field_name("object") == reference
            ):
                # `kit.Boot.startedAt` of `import * as kit`: the member of the class
                member = helper_of(
                    model, outer, workspace.file, workspace.project, workspace.consulted
                )
                if member is not None and member.function.count(".") == 1:
                    ref, reference = member, outer
            if ref is None or ref.function.count(".") > 1 or ref.alternatives:
                continue
            # `Boot.startedAt` of a barrel (`export * from "./clock.ts"`): where it is bound
            ref = reexport_origin(ref, workspace.project, workspace.consulted)
            if (str(ref.file), ref.function) in reported:
                continue
            workspace.consulted.add(ref.file)
            source = _imported_volatile(ref.file, ref.function, catalogue, allowed)
            if source is None:
                continue
            reported.add((str(ref.file), ref.function))
            ctx.report(
                Span.of(reference),
                f"`{ref.function}` is computed from {code_span(source)} when "
                f"{workspace.shown(ref.file)} is loaded: every replay runs the script again "
                "from the top and loads that module again, so its value changes between "
                "replays of the workflow body; compute it with `step(...)` in the body",
            )

    def class_value_read(
        self,
        ctx: RuleContext,
        node: Node,
        name: str,
        held: dict[str, str],
        reported: set[str],
        instance: bool = False,
        enum: bool = False,
    ) -> None:
        """`Batch.started` read in the body (or `b.started` of `b = Batch()`), where the
        module-level class `Batch` computes `started` from the clock or randomness in its
        body."""
        model = ctx.model
        semantic = model.semantic
        assert semantic is not None
        parent = node.parent
        if parent is None or parent.type != semantic.syntax.attribute:
            return
        if parent.child_by_field_name(semantic.syntax.attribute_object) != node:
            return
        attr = parent.child_by_field_name(semantic.syntax.attribute_name)
        if attr is None or model.text(attr) not in held:
            return
        if not instance and not enum:
            binding = semantic.resolve(node)
            if binding is None or binding is not semantic.module.bindings.get(name):
                return
        shown = f"{name}.{model.text(attr)}"
        if shown in reported:
            return
        reported.add(shown)
        where = "an initializer of the enum" if enum else "the class body"
        ctx.report(
            Span.of(parent),
            f"`{shown}` is computed in {where} from {code_span(held[model.text(attr)])}, "
            "which runs when the module loads: the script runs again from the top on every "
            "replay, so its value changes between replays of the workflow body; compute it "
            "with `step(...)` in the body",
        )

    def helper_defaults(
        self,
        ctx: RuleContext,
        wf: Node,
        catalogue: _catalogue.Catalogue,
        allowed: _catalogue.Catalogue,
    ) -> None:
        """`stamp(event)` in the body, where the module's `def stamp(event, at=time.time())`
        evaluated `at`'s default when the script loaded: every round loads it again, so
        a call that leaves `at` out gets another value on each replay."""
        model = ctx.model
        semantic = model.semantic
        assert semantic is not None
        # a task's call sends only the arguments given: its default runs in its own job
        tasks = {t.function.node.id for t in model.tasks if t.function is not None}
        # the module's own functions, by name: a callee spelled otherwise cannot reach
        # one, so only these are resolved (a workflow calls mostly tasks and the SDK)
        candidates = {
            name.encode()
            for name, b in semantic.module.bindings.items()
            if b.kind == BindingKind.FUNCTION and b.value is not None and b.value.id not in tasks
        }
        if not candidates:
            return
        data = model.source.data
        for call in sdk.same_function_nodes(model, ("call",), wf):
            callee = call.child_by_field_name("function")
            if callee is None or callee.type != "identifier":
                continue
            if data[callee.start_byte : callee.end_byte] not in candidates:
                continue
            binding = semantic.resolve(callee)
            if (
                binding is None
                or binding.kind != BindingKind.FUNCTION
                or binding.scope is not semantic.module
                or binding.value is None
                or binding.value.id in tasks
            ):
                continue
            for name, found in omitted_volatile_defaults(
                ctx, binding.value, call, catalogue, allowed
            ):
                ctx.report(
                    Span.of(call),
                    f"{code_span(model.code(found))} in the default of `{name}` of "
                    f"`{binding.name}` is evaluated when the script loads, and the script runs "
                    f"again from the top on every replay: this call leaves `{name}` out, so it "
                    "gets another value each round; pass the value, read with `step(...)` in "
                    "the body",
                )

    def imported_helper_defaults(
        self,
        ctx: RuleContext,
        wf: Node,
        catalogue: _catalogue.Catalogue,
        allowed: _catalogue.Catalogue,
    ) -> None:
        """`new_request_id("badge")` in the body, where another module of the workspace
        defines `def new_request_id(prefix, nonce=uuid.uuid4().hex)`: that module is
        loaded again every round (the script runs again from the top and imports it), so
        its default gets another value each round, as one of the file's own does."""
        from wac_lint.workspace.helper_resolution import helper_of, may_reach
        from wac_lint.workspace.module_facts import imported_function

        model, workspace = ctx.model, ctx.workspace
        semantic = model.semantic
        if semantic is None or workspace is None:
            return
        if not model.lang.defaults_evaluated_at_definition:
            return  # evaluated at each call: the body walk reads them
        imported = {
            name.encode()
            for name, bound in semantic.module.bindings.items()
            if bound.kind == BindingKind.IMPORT and may_reach(model, bound)
        }
        if not imported:
            return
        data = model.source.data
        for call in sdk.same_function_nodes(model, ("call",), wf):
            callee = call.child_by_field_name("function")
            base = callee
            while base is not None and base.type == "attribute":
                base = base.child_by_field_name("object")  # `ids.new_id`, `Ids.make`
            if callee is None or base is None or base.type != "identifier":
                continue
            if data[base.start_byte : base.end_byte] not in imported:
                continue
            binding = semantic.resolve(base)
            if binding is None or binding.kind != BindingKind.IMPORT:
                continue
            ref = helper_of(model, callee, workspace.file, workspace.project, workspace.consulted)
            if ref is None or ref.function.count(".") > 1:
                continue
            workspace.consulted.add(ref.file)
            found = imported_function(ref.file, ref.function)
            if found is None:
                continue  # not a plain function of that module (a task sends only its args)
            helper_model, function = found
            # a method other than a `@staticmethod` gets `self` / `cls` before the arguments
            implicit = 1 if "." in ref.function and not static_method(function) else 0
            for name, default in omitted_volatile_defaults(
                ctx, function, call, catalogue, allowed, helper_model, implicit
            ):
                ctx.report(
                    Span.of(call),
                    f"{code_span(helper_model.text(default))} in the default of `{name}` of "
                    f"`{ref.function}` ({workspace.shown(ref.file)}) is evaluated when that "
                    "module loads, and every replay runs the script again and loads it again: "
                    f"this call leaves `{name}` out, so it gets another value each round; pass "
                    "the value, read with `step(...)` in the body",
                )

    def workflow_defaults(
        self,
        ctx: RuleContext,
        wf: Node,
        catalogue: _catalogue.Catalogue,
        allowed: _catalogue.Catalogue,
    ) -> None:
        """`async def main(day: str = date.today().isoformat())`: Python evaluates a
        default when the `def` runs, so when the script loads, and it loads again every
        round. (TypeScript evaluates it at each call: the body walk reads it.)"""
        model = ctx.model
        params = wf.child_by_field_name("parameters")
        for param in params.named_children if params is not None else ():
            if param.type not in ("default_parameter", "typed_default_parameter"):
                continue
            value = param.child_by_field_name("value")
            name = param.child_by_field_name("name")
            word = sdk.string_value(model, value)
            if word is not None and name is not None:
                # `end_date: str = "today"` parsed by `pd.to_datetime(end_date)`
                self.parsed_now_default(ctx, wf, model.text(name), word.lower(), catalogue)
            found = (
                volatile_call(ctx.model, value, catalogue, allowed) if value is not None else None
            )
            if found is None or name is None:
                continue
            callee = found.child_by_field_name("function") or found
            param_name = model.text(name)
            ctx.report(
                Span.of(callee),
                f"{code_span(model.code(found))} in the default of `{param_name}` is evaluated "
                "when the script loads, and the script runs again from the top on every "
                f"replay: a run started without `{param_name}` gets another value each round; "
                f"default to `None` and read the value with `step(...)` in the body",
            )

    def parsed_now_default(
        self,
        ctx: RuleContext,
        wf: Node,
        param: str,
        word: str,
        catalogue: _catalogue.Catalogue,
    ) -> None:
        """A workflow parameter defaulting to a string a catalogued parser reads as the
        current time (`end_date: str = "today"`, then `pd.to_datetime(end_date)` in the
        body, as `pd.to_datetime("today")`): a run started without it reads the clock."""
        model = ctx.model
        semantic = model.semantic
        if semantic is None or not word.isalpha():
            return
        for call in model.body_calls:
            if call.chain or call.elsewhere is not None or call.kind is not CallKind.CALL:
                continue
            args = call.node.child_by_field_name("arguments")
            given = args.named_children if args is not None else []
            first = next((a for a in given if a.type != "comment"), None)
            if first is None or first.type != "identifier" or model.text(first) != param:
                continue
            binding = semantic.resolve(first)
            if (
                binding is None
                or binding.kind is not BindingKind.PARAMETER
                or binding.rebound
                or binding.node is None
                or not (wf.start_byte <= binding.node.start_byte < wf.end_byte)
            ):
                continue
            parsed = any(
                word in key.literals and entry.category != _catalogue.NOT_MATCHING
                for key, entry in catalogue.index.get(("name", call.qualname), ())
            )
            if not parsed:
                continue
            ctx.report(
                call.span,
                f"{code_span(model.code(call.node))} reads the clock when `{param}` keeps its "
                f'default `"{word}"` (a run started without it): the value changes between '
                f"replays of the workflow body; default to `None` and capture the date with "
                f"`step(...)` when it is not given",
            )


# Wrappers that hand a function on with some arguments bound, called with it later
BINDERS = frozenset({"functools.partial", "partial"})


def handed_to_steps(model: ScriptModel) -> set[int]:
    """Ids of the names given to `step(...)` as its function, by reference: the function
    itself (`step("code", make_code)`), the object a method reference is read from
    (`step("roll", rng.random)`), or either through `functools.partial(f, ...)` /
    `f.bind(obj)`. The step calls it in the round that first reaches it and replays
    read the checkpoint, so a generator kept at module level (`customAlphabet(...)`,
    `random.SystemRandom()`) draws nothing in the body by being named there."""
    found: set[int] = set()
    for call in sdk.facts(model).calls:
        if call.primitive is not sdk.Primitive.STEP or call.decorator or len(call.args) < 2:
            continue
        fn = sdk.unwrap(call.args[1])
        for _ in range(4):
            if fn is None:
                break
            if fn.type in ("call", "call_expression"):
                callee = sdk.callee_of(fn)
                text = model.text(callee) if callee is not None else ""
                args = sdk.arguments_of(model, fn)[0]
                if text.rsplit(".", 1)[-1] == "bind" and callee is not None:
                    fn = sdk.unwrap(callee.child_by_field_name("object"))
                elif text in BINDERS and args:
                    fn = sdk.unwrap(args[0])
                else:
                    break
                continue
            if fn.type in ("attribute", "member_expression"):
                fn = sdk.unwrap(fn.child_by_field_name("object"))
                continue
            if fn.type in ("identifier",):
                found.add(fn.id)
            break
    return found


# The calls that seed a module-global generator, by the family of draws they fix.
SEEDERS = {
    "random.seed": "random",
    "numpy.random.seed": "numpy",
    "torch.manual_seed": "torch",
    "torch.random.manual_seed": "torch",
    "tensorflow.random.set_seed": "tensorflow",
    # `Faker.seed(n)` seeds the generator every Faker instance shares;
    # `fake.seed_instance(n)` the instance's own (taken alike: the seed comes first)
    "faker.Faker.seed": "faker",
    "faker.Faker().seed_instance": "faker",
    "faker.Faker(…).seed_instance": "faker",
}
# The family of a Faker instance built without a seed: only `Faker.seed(n)` fixes it
FAKER_SHARED = "faker.shared"
SHARED_SEEDERS = {"faker.Faker.seed": FAKER_SHARED}
# numpy.random names that build a generator of their own (seeded from the OS when
# given no seed): `np.random.seed(n)` does not fix them
NUMPY_OWN_GENERATORS = frozenset(
    {
        "default_rng",
        "Generator",
        "RandomState",
        "SeedSequence",
        "BitGenerator",
        "PCG64",
        "PCG64DXSM",
        "MT19937",
        "Philox",
        "SFC64",
    }
)


def draw_family(call: BodyCall, entry: _catalogue.Entry) -> str | None:
    """Which module-global generator a catalogued draw reads, if any: Python's `random`
    functions, numpy's `np.random.*` (and what leaves `random_state` to it: pandas'
    `sample`, scikit-learn), torch's and TensorFlow's default generators."""
    name = call.qualname
    if "random_state" in _catalogue.Key.of(entry.pattern).unless:
        return "numpy"  # `random_state=None` uses numpy's global RandomState
    if name == "faker.Faker":
        # `Faker()` built without a seed of its own takes the generator every such
        # instance shares (faker's `Generator.__init__` takes the module's `random`),
        # which only `Faker.seed(n)` seeds (`other.seed_instance(n)` seeds `other`)
        return FAKER_SHARED
    if name.startswith(("faker.Faker()", "faker.Faker(…)")):
        return "faker"  # `fake.name()`: Faker's shared generator
    if "(" in name:
        return None  # a method of a generator object: its own seed decides
    head, _, rest = name.partition(".")
    if head == "random" and rest and not rest.startswith(("Random", "SystemRandom")):
        return "random"
    if name.startswith("numpy.random.") and name.split(".")[2] not in NUMPY_OWN_GENERATORS:
        return "numpy"
    if head == "torch":
        return "torch"
    if name.startswith("tensorflow.random."):
        return "tensorflow"
    return None


def seeded_before(ctx: RuleContext, call: BodyCall, entry: _catalogue.Entry) -> bool:
    """A draw from a module-global generator after a statement that seeds it with a
    value (`random.seed(pr)`, `np.random.seed(1234)`, `torch.manual_seed(seed)`),
    earlier in the same function on the way to the draw, or at module level. Each round
    runs in a new process and replays the body from the top, so the seed is set again
    before the same draws in the same order: every round draws the same values.
    `random.seed()` / `random.seed(None)` seed from the OS and fix nothing."""
    family = draw_family(call, entry)
    semantic = ctx.model.semantic
    if family is None or semantic is None or call.node is None or call.elsewhere is not None:
        return False

    def seeds(statement: Node) -> bool:
        if statement.type != "expression_statement" or not statement.named_children:
            return False
        expr = statement.named_children[0]
        if expr.type != "call":
            return False
        callee = expr.child_by_field_name("function")
        args = expr.child_by_field_name("arguments")
        if callee is None or args is None:
            return False
        seeder = semantic.qualified_name(callee) or ""
        if family not in (SEEDERS.get(seeder), SHARED_SEEDERS.get(seeder)):
            return False
        given = [a for a in args.named_children if a.type != "comment"]
        return bool(given) and given[0].type != "none" and stable_seed(ctx, given[0])

    # The seeding statements of a block, found once per block and family: scanning
    # the earlier statements for every draw made 4,000 draws after a seed quadratic.
    memo = sdk.facts(ctx.model).memo

    def seeding(block: Node) -> tuple[list[int], list[Node]]:
        key = ("wac102_seeding", block.id, family)
        found = memo.get(key)
        if not isinstance(found, tuple):
            statements = [c for c in block.named_children if seeds(c)]
            found = memo[key] = ([c.start_byte for c in statements], statements)
        return found

    # A step's function runs in the round that first reaches it and then the body goes
    # on (wmill's inline fast path), while replays read its result: a step between the
    # seed and the draw (also one later in a loop around the draw) that draws from the
    # same generator (`get_resume_urls` draws from `random`) would shift the sequence
    # in one round only. With a step there, the seed is not trusted.
    draw = call.node
    # one descent from the root: `Node.parent` costs the node's depth, and a draw
    # nested thousands of brackets deep made these climbs quadratic
    chain = ancestors(ctx.model.tree.root_node, draw)
    limit = draw.start_byte
    for outer in chain:
        if outer.type in ("function_definition", "lambda"):
            break
        if outer.type in ("for_statement", "while_statement"):
            limit = max(limit, outer.end_byte)

    def clear_after(seed: Node) -> bool:
        return not step_in(ctx.model, seed.end_byte, limit)

    for node, parent in pairwise([draw, *chain]):
        if node.type in ("function_definition", "lambda", "class_definition"):
            break
        if parent.type in ("block", "module"):
            starts, statements = seeding(parent)
            at = bisect_left(starts, node.start_byte)
            if at:
                return clear_after(statements[at - 1])
    root = chain[-1] if chain else draw
    # module-level seeds run at import: the last one leaves the fewest steps after it
    statements = seeding(root)[1]
    return bool(statements) and clear_after(statements[-1])


# Seed values that are no seed: another value in each round's process.
UNSTABLE_SEED_SOURCES = (
    "time.",
    "datetime.datetime.now",
    "datetime.datetime.utcnow",
    "datetime.datetime.today",
    "datetime.date.today",
    "os.urandom",
    "os.getpid",
    "uuid.uuid1",
    "uuid.uuid4",
    "secrets.",
)


def stable_seed(ctx: RuleContext, value: Node) -> bool:
    """A seed value the same in every round: not `hash()` of a str (salted per
    process), `id()` (an address), nor the clock or the OS's randomness
    (`random.seed(time.time())`, `random.seed(hash("salt"))`)."""
    semantic = ctx.model.semantic
    if semantic is None:
        return True
    for node in sdk.walk(value):
        if node.type != "call":
            continue
        name = semantic.qualified_name(node.child_by_field_name("function")) or ""
        if name == "id" or name.startswith(UNSTABLE_SEED_SOURCES):
            return False
        args = node.child_by_field_name("arguments")
        if name == "hash" and not (
            args is not None
            and args.named_child_count == 1
            and _unsalted(ctx, args.named_children[0])
        ):
            return False
    return True


def static_method(function: Node) -> bool:
    """A `def` decorated `@staticmethod` (called with the arguments as written)."""
    holder = function.parent
    if holder is None or holder.type != "decorated_definition":
        return False
    return any(
        d.type == "decorator" and (d.text or b"").strip() == b"@staticmethod"
        for d in holder.named_children
    )


def omitted_volatile_defaults(
    ctx: RuleContext,
    function: Node,
    call: Node,
    catalogue: _catalogue.Catalogue,
    allowed: _catalogue.Catalogue,
    owner: ScriptModel | None = None,
    implicit: int = 0,
) -> list[tuple[str, Node]]:
    """(parameter, clock / randomness call) for each default of `function` computed
    from one that `call` does not pass (by position or keyword); `owner`: the model of
    the module defining `function`, when another module than the call's does."""
    defined = owner if owner is not None else ctx.model
    params = function.child_by_field_name("parameters")
    args = call.child_by_field_name("arguments")
    if params is None or args is None:
        return []
    values = [a for a in args.named_children if a.type != "comment"]
    if any(a.type in ("list_splat", "dictionary_splat") for a in values):
        return []  # `f(*xs)` / `f(**kw)`: which parameters get a value is not known
    positional = sum(1 for a in values if a.type != "keyword_argument")
    keywords = {
        ctx.model.text(a.child_by_field_name("name") or a)
        for a in values
        if a.type == "keyword_argument"
    }
    out: list[tuple[str, Node]] = []
    index = -implicit  # `self` / `cls`: bound, not passed
    for param in params.named_children:
        if param.type in ("list_splat_pattern", "keyword_separator", "dictionary_splat_pattern"):
            index = 10**6  # keyword-only from here on
            continue
        label = param.child_by_field_name("name") if param.type != "identifier" else param
        name = defined.text(label) if label is not None else ""
        value = param.child_by_field_name("value")
        given = index < positional or name in keywords
        index += 1
        if (
            value is None
            or given
            or param.type not in ("default_parameter", "typed_default_parameter")
        ):
            continue
        found = volatile_call(defined, value, catalogue, allowed)
        if found is not None:
            out.append((name, found))
    return out


def plain_instance(
    ctx: RuleContext, node: Node, attributes: dict[str, dict[str, str]]
) -> str | None:
    """The module-level class a name holds an instance of (`b = Batch()`), when that
    class is plain: no decorator (a dataclass takes its fields from the constructor),
    no base class (pydantic, attrs ...), no `self.x = ...` (an instance value hides the
    class one). Its class variables are then what the instance reads."""
    semantic = ctx.model.semantic
    assert semantic is not None
    parent = node.parent
    if parent is None or parent.type != semantic.syntax.attribute:
        return None
    attr = parent.child_by_field_name(semantic.syntax.attribute_name)
    if attr is None or parent.child_by_field_name(semantic.syntax.attribute_object) != node:
        return None
    wanted = ctx.model.text(attr)
    if not any(wanted in held for held in attributes.values()):
        return None
    binding = semantic.resolve(node)
    value = sdk.unwrap(binding.assigned_value) if binding is not None else None
    if value is None or value.type not in semantic.syntax.calls:
        return None
    callee = value.child_by_field_name("function")
    if callee is None or callee.type not in semantic.syntax.identifiers:
        return None
    name = ctx.model.text(callee)
    cls = semantic.module.bindings.get(name)
    if name not in attributes or cls is None or semantic.resolve(callee) is not cls:
        return None
    class_node = cls.value
    if class_node is None or class_node.type != "class_definition":
        return None
    if class_node.parent is not None and class_node.parent.type == "decorated_definition":
        return None
    if class_node.child_by_field_name("superclasses") is not None:
        return None
    if f"self.{wanted}".encode() in (class_node.text or b""):
        return None
    return name


def class_volatile(
    model: ScriptModel,
    class_node: Node,
    catalogue: _catalogue.Catalogue,
    allowed: _catalogue.Catalogue,
) -> dict[str, str]:
    """attribute -> the clock or randomness call a class body computes it from when the
    class statement runs (a Python class variable, a TypeScript `static` field)."""
    body = class_node.child_by_field_name("body")
    out: dict[str, str] = {}
    for field, assigned in _static_block_assignments(model, class_node):
        # `static { Cfg.startedAt = Date.now(); }`: the block runs when the class is defined
        found = module_volatile(model, assigned, catalogue, allowed)
        if found is not None:
            out.setdefault(model.text(field), found)
    for member in body.named_children if body is not None else ():
        target = value = None
        if member.type == "expression_statement" and member.named_children:
            assigned = member.named_children[0]
            if assigned.type == "assignment":
                target = assigned.child_by_field_name("left")
                value = assigned.child_by_field_name("right")
        elif member.type == "public_field_definition" and any(
            c.type == "static" for c in member.children
        ):
            target = member.child_by_field_name("name")
            value = member.child_by_field_name("value")
        if (
            target is None
            or value is None
            or target.type not in ("identifier", "property_identifier")
        ):
            continue
        found = module_volatile(model, value, catalogue, allowed)
        if found is not None:
            out[model.text(target)] = found
    return out


def _static_block_assignments(model: ScriptModel, class_node: Node) -> list[tuple[Node, Node]]:
    """(field name, value) of each `this.x = v` / `Cls.x = v` statement at the top of a
    TypeScript class's `static { ... }` blocks (the last one of a name wins when read;
    the first volatile one is what is reported)."""
    body = class_node.child_by_field_name("body")
    name = class_node.child_by_field_name("name")
    own = model.text(name) if name is not None else None
    out: list[tuple[Node, Node]] = []
    for member in body.named_children if body is not None else ():
        if member.type != "class_static_block":
            continue
        block = member.child_by_field_name("body") or next(
            (c for c in member.named_children if c.type == "statement_block"), None
        )
        for statement in block.named_children if block is not None else ():
            if statement.type != "expression_statement" or not statement.named_children:
                continue
            assigned = statement.named_children[0]
            if assigned.type != "assignment_expression":
                continue
            left = assigned.child_by_field_name("left")
            value = assigned.child_by_field_name("right")
            if left is None or value is None or left.type != "member_expression":
                continue
            holder = left.child_by_field_name("object")
            prop = left.child_by_field_name("property")
            if holder is None or prop is None or prop.type != "property_identifier":
                continue
            if holder.type == "this" or (own is not None and model.text(holder) == own):
                out.append((prop, value))
    return out


def enum_volatile(
    ctx: RuleContext, catalogue: _catalogue.Catalogue, allowed: _catalogue.Catalogue
) -> dict[str, dict[str, str]]:
    """enum -> member -> the clock or randomness call a computed member of a module-level
    TypeScript `enum` is initialised from (`enum W { Deadline = Date.now() + DAY }`): the
    enum's object is built when the module loads, so in every round."""
    model = ctx.model
    out: dict[str, dict[str, str]] = {}
    for stmt in model.tree.root_node.named_children:
        decl = stmt
        if decl.type == "export_statement":
            decl = decl.child_by_field_name("declaration") or decl
        if decl.type != "enum_declaration":
            continue
        name = decl.child_by_field_name("name")
        body = decl.child_by_field_name("body")
        if name is None or body is None:
            continue
        held: dict[str, str] = {}
        for member in body.named_children:
            key = member.child_by_field_name("name")
            value = member.child_by_field_name("value")
            if member.type != "enum_assignment" or key is None or value is None:
                continue
            found = module_volatile(ctx.model, value, catalogue, allowed)
            if found is not None:
                held[model.text(key)] = found
        if held:
            out[model.text(name)] = held
    return out


def module_volatile(
    model: ScriptModel,
    value: Node,
    catalogue: _catalogue.Catalogue,
    allowed: _catalogue.Catalogue,
) -> str | None:
    """The clock or randomness call a module-level value of `model`'s file is computed
    from (outside any function it holds), else None."""
    found = volatile_call(model, value, catalogue, allowed, follow=True)
    return model.text(found) if found is not None else None


def volatile_call(
    model: ScriptModel,
    value: Node,
    catalogue: _catalogue.Catalogue,
    allowed: _catalogue.Catalogue,
    follow: bool = False,
    depth: int = 0,
) -> Node | None:
    """The first clock or randomness call in `value` (outside any function it holds);
    with `follow`, also in the file's functions it calls by name (`RUN_ID =
    new_run_id()`, whose body calls `uuid.uuid4()`), a few levels deep."""
    semantic = model.semantic
    if semantic is None:
        return None
    syntax = semantic.syntax
    stack = [value]
    while stack:
        node = stack.pop()
        if node.type in syntax.functions or (depth and node.type == "function_definition"):
            continue  # a function stored for later: it runs wherever it is called
        if node.type in syntax.calls or node.type in syntax.new:
            is_new = node.type in syntax.new
            callee = node.child_by_field_name("constructor" if is_new else "function")
            qualname = semantic.qualified_name(callee) if callee is not None else None
            if follow and depth < 4 and qualname is not None and qualname.startswith("~"):
                binding = semantic.resolve(callee) if callee is not None else None
                function = binding.value if binding is not None else None
                body = function.child_by_field_name("body") if function is not None else None
                if binding is not None and binding.kind == BindingKind.FUNCTION and body:
                    inner = volatile_call(model, body, catalogue, allowed, True, depth + 1)
                    if inner is not None:
                        return inner
            if qualname in _module_level.OUTSIDE_STEPS:
                # `step("started", () => Date.now())` outside the workflow: the SDK calls
                # the function in place, now (no checkpoint)
                given = sdk.arguments_of(model, node)[0]
                held = sdk.unwrap(given[1]) if len(given) > 1 else None
                if held is not None and held.type in syntax.functions:
                    body = held.child_by_field_name("body")
                    if body is not None:
                        stack.append(body)
            if (
                qualname is not None
                and not qualname.startswith(("~", "."))
                and qualname not in GENERATOR_MAKERS
            ):
                args = node.child_by_field_name("arguments")
                count = len(args.named_children) if args is not None else 0
                kind = CallKind.NEW if is_new else CallKind.CALL
                probe = BodyCall(qualname, kind, node, Span.of(node), count)
                entry = catalogue.lookup(probe)
                if (
                    entry is not None
                    and entry.category in MODULE_LEVEL_CATEGORIES
                    and allowed.lookup(probe) is None
                ):
                    return node
        stack.extend(node.named_children)
    return None


# Generators whose construction draws nothing: their draws are judged where they are
# made (`fake.name()` in the body), after a seed or not (`Faker.seed(n)`).
GENERATOR_MAKERS = frozenset({"faker.Faker"})
# Environment reads at module level (configuration) are left to the body's own reads.
MODULE_LEVEL_CATEGORIES = frozenset({"clock", "randomness"})
NUMBER_TYPES = frozenset({"int", "float", "bool", "complex"})


TIMEOUT_WRAPPERS = frozenset({"asyncio.wait_for"})
TIMEOUT_BLOCKS = frozenset({"asyncio.timeout", "asyncio.timeout_at", "async_timeout.timeout"})
TIMEOUT_NAMES = TIMEOUT_WRAPPERS | TIMEOUT_BLOCKS


def _timeout_around(model: ScriptModel, node: Node) -> Node | None:
    """The `asyncio.wait_for(...)` call `node` is (part of) the awaitable of, or the
    `asyncio.timeout(...)` of an `async with` whose block holds it, within its
    function."""
    semantic = model.semantic
    assert semantic is not None
    if not sdk.spells_any(model, TIMEOUT_NAMES):
        return None  # asked for every step call: most files import none of them
    kinds = sdk.function_types(model)
    # one descent (`Node.parent` costs the depth: 35,000 `not`s around a clock read
    # took 16 s), from the path of the node asked before
    path = [node, *model.ancestor_walk().ancestors(node)]
    for at in range(len(path) - 1):
        child, parent = path[at], path[at + 1]
        if parent.type in kinds:
            break
        if parent.type == "argument_list" and at + 2 < len(path):
            outer = path[at + 2]
            callee = outer.child_by_field_name("function")
            first = next((a for a in parent.named_children if a.type != "comment"), None)
            if (
                callee is not None
                and first == child
                and semantic.qualified_name(callee) in TIMEOUT_WRAPPERS
            ):
                return outer
        if parent.type == "with_statement" and child == parent.child_by_field_name("body"):
            for clause in parent.named_children:
                if clause.type != "with_clause":
                    continue
                for item in clause.named_children:
                    value = item.child_by_field_name("value") or item
                    callee = value.child_by_field_name("function") if value.type == "call" else None
                    if callee is not None and semantic.qualified_name(callee) in TIMEOUT_BLOCKS:
                        return value
    return None


# Variables the worker sets to the same value in every round of a workflow job and in
# the jobs of its tasks: the workspace the job runs in (what wmill 1.850.0
# `get_workspace()` and windmill-client 1.818.0 `getWorkspace()` return, read from it).
JOB_CONSTANT_VARIABLES = frozenset({"WM_WORKSPACE"})


# What a TypeScript expression can be wrapped in without changing its value:
# `(process.env as Env).WM_WORKSPACE`, `process.env!.WM_WORKSPACE`.
VALUE_WRAPPERS = frozenset(
    {"parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression"}
)


def reads_job_constant(ctx: RuleContext, call: BodyCall) -> bool:
    """An environment read of one variable, named by a literal, that Windmill sets
    the same in every round: `os.environ["WM_WORKSPACE"]`, `os.getenv("WM_WORKSPACE")`,
    `os.environ.get("WM_WORKSPACE")`, `process.env.WM_WORKSPACE`, also through a cast
    (`(process.env as Env).WM_WORKSPACE`), destructured (`const { WM_WORKSPACE } =
    process.env`, renamed or with a default, nothing else taken), or a name the module
    bound that way read in the body."""
    model = ctx.model
    node = call.node
    key: Node | None = None
    if node.type == "identifier":
        return destructured_job_constant(ctx, node)
    if node.type in ("call", "call_expression"):
        args = node.child_by_field_name("arguments")
        key = args.named_children[0] if args is not None and args.named_children else None
    elif node.type == "member_expression" and sdk.text(model, node) != "process.env":
        # `process.env.WM_WORKSPACE`, read as one name
        prop = node.child_by_field_name("property")
        return prop is not None and sdk.text(model, prop) in JOB_CONSTANT_VARIABLES
    else:
        while node.parent is not None and node.parent.type in VALUE_WRAPPERS:
            node = node.parent
        parent = node.parent
        if (
            parent is not None
            and parent.type == "variable_declarator"
            and parent.child_by_field_name("value") == node
        ):
            pattern = parent.child_by_field_name("name")
            if pattern is not None and pattern.type == "identifier":
                return alias_reads_only_job_constants(ctx, pattern)
            return pattern is not None and takes_only_job_constants(model, pattern)
        if (
            parent is not None
            and parent.type == "assignment"
            and parent.child_by_field_name("right") == node
        ):
            target = parent.child_by_field_name("left")
            return target is not None and alias_reads_only_job_constants(ctx, target)
        if parent is None:
            return False
        if parent.type == "subscript" and parent.child_by_field_name("value") == node:
            key = parent.child_by_field_name("subscript")
        elif parent.type == "subscript_expression" and parent.child_by_field_name("object") == node:
            key = parent.child_by_field_name("index")
        elif parent.type == "member_expression" and parent.child_by_field_name("object") == node:
            prop = parent.child_by_field_name("property")
            return prop is not None and sdk.text(model, prop) in JOB_CONSTANT_VARIABLES
    return sdk.string_value(model, key) in JOB_CONSTANT_VARIABLES


def takes_only_job_constants(model: ScriptModel, pattern: Node) -> bool:
    """`{ WM_WORKSPACE }`, `{ WM_WORKSPACE: ws = "local" }`: an object pattern that
    takes only variables the worker sets the same in every round (no `...rest`)."""
    if pattern.type != "object_pattern" or not pattern.named_children:
        return False
    for item in pattern.named_children:
        if item.type == "comment":
            continue
        if item.type == "object_assignment_pattern":  # `{ WM_WORKSPACE = "local" }`
            item = item.child_by_field_name("left") or item
        if item.type == "pair_pattern":  # `{ WM_WORKSPACE: ws }`
            item = item.child_by_field_name("key") or item
        if item.type not in ("shorthand_property_identifier_pattern", "property_identifier"):
            return False
        if sdk.text(model, item) not in JOB_CONSTANT_VARIABLES:
            return False
    return True


def alias_reads_only_job_constants(ctx: RuleContext, name: Node) -> bool:
    """`env = os.environ` / `const env = process.env`, the name bound once and read
    only for variables the worker sets the same in every round (`env["WM_WORKSPACE"]`,
    `env.get("WM_WORKSPACE")`, `env.WM_WORKSPACE`)."""
    model = ctx.model
    semantic = model.semantic
    if semantic is None or name.type != "identifier":
        return False
    spelled = sdk.text(model, name)
    binding = semantic.lookup(spelled, semantic.scope_at(name))
    if binding is None or binding.rebound or binding.reassigned:
        return False
    reads = 0
    for ident in iter_nodes(binding.scope.node):
        if ident.type != "identifier" or ident.id == name.id or sdk.text(model, ident) != spelled:
            continue
        if semantic.lookup(spelled, semantic.scope_at(ident)) is not binding:
            continue
        if not reads_job_constant_of(model, ident):
            return False
        reads += 1
    return reads > 0


def reads_job_constant_of(model: ScriptModel, holder: Node) -> bool:
    """`holder` (a name for the environment) read here only for a variable the worker
    sets the same in every round: `holder["WM_WORKSPACE"]`, `holder.WM_WORKSPACE`,
    `holder.get("WM_WORKSPACE")`."""
    parent = holder.parent
    if parent is None:
        return False
    if parent.type in ("subscript", "subscript_expression"):
        field = "value" if parent.type == "subscript" else "object"
        index = "subscript" if parent.type == "subscript" else "index"
        return parent.child_by_field_name(field) == holder and (
            sdk.string_value(model, parent.child_by_field_name(index)) in JOB_CONSTANT_VARIABLES
        )
    if parent.type not in ("member_expression", "attribute"):
        return False
    member = parent.child_by_field_name(
        "property" if parent.type == "member_expression" else "attribute"
    )
    if parent.child_by_field_name("object") != holder or member is None:
        return False
    if sdk.text(model, member) in JOB_CONSTANT_VARIABLES:
        return True
    call = parent.parent
    if (
        sdk.text(model, member) != "get"
        or call is None
        or call.type not in ("call", "call_expression")
    ):
        return False
    args = call.child_by_field_name("arguments")
    first = args.named_children[0] if args is not None and args.named_children else None
    return sdk.string_value(model, first) in JOB_CONSTANT_VARIABLES


def destructured_job_constant(ctx: RuleContext, name: Node) -> bool:
    """A name the body reads that was destructured from the environment as one of
    the variables the worker sets the same in every round (`const { WM_WORKSPACE } =
    process.env` at module level, then `${WM_WORKSPACE}` in the body)."""
    semantic = ctx.model.semantic
    if semantic is None:
        return False
    binding = semantic.lookup(sdk.text(ctx.model, name), semantic.scope_at(name))
    if binding is None or binding.kind != BindingKind.ASSIGNMENT or binding.rebound:
        return False
    return len(binding.member) == 1 and binding.member[0] in JOB_CONSTANT_VARIABLES


# Methods of a set / dict that only store or look up a key.
KEYED_METHODS = frozenset({"add", "discard", "remove", "get", "setdefault", "pop"})


def compared_in_round(node: Node) -> bool:
    """`id(x)` used only as an identity key inside the round: compared (`in`, `==`,
    `is`), added to or looked up in a set / dict, or a subscript's index. Which
    objects are the same one does not change between replays; the address does."""
    parent = node.parent
    if parent is None:
        return False
    if parent.type == "comparison_operator":
        return True
    if parent.type == "subscript":
        # a lookup (`cache[id(x)]`), not a store whose keys may be read out later
        holder = parent.parent
        stored = (
            holder is not None
            and holder.type == "assignment"
            and holder.child_by_field_name("left") == parent
        )
        return parent.child_by_field_name("value") != node and not stored
    if parent.type == "argument_list" and parent.parent is not None:
        callee = parent.parent.child_by_field_name("function")
        method = callee.child_by_field_name("attribute") if callee is not None else None
        return (
            callee is not None
            and callee.type == "attribute"
            and method is not None
            and (method.text or b"").decode() in KEYED_METHODS
        )
    return False


def hashes_a_number(ctx: RuleContext, call: BodyCall) -> bool:
    """`hash(x)` where `x` is a number literal, `len(...)`, or a parameter annotated
    as a number: Python salts only the hashes of str / bytes (and what holds them)."""
    args = call.node.child_by_field_name("arguments")
    if ctx.model.semantic is None or args is None or args.named_child_count != 1:
        return False
    return _unsalted(ctx, args.named_children[0])


def _unsalted(ctx: RuleContext, arg: Node) -> bool:
    """`arg` hashes the same in every process: a number, or a tuple of numbers (a
    tuple's hash is a fixed function of its items' hashes: `hash((year, month))`)."""
    model = ctx.model
    semantic = model.semantic
    assert semantic is not None
    if arg.type == "parenthesized_expression" and arg.named_child_count == 1:
        return _unsalted(ctx, arg.named_children[0])
    if arg.type == "tuple":
        items = [c for c in arg.named_children if c.type != "comment"]
        return bool(items) and all(_unsalted(ctx, item) for item in items)
    if arg.type in ("integer", "float", "true", "false", "none"):
        return True
    if arg.type == "call":
        return semantic.qualified_name(arg.child_by_field_name("function")) == "len"
    if arg.type != "identifier":
        return False
    binding = semantic.resolve(arg)
    if binding is None or binding.kind != BindingKind.PARAMETER:
        return False
    parameter = binding.node.parent
    annotation = parameter.child_by_field_name("type") if parameter is not None else None
    return annotation is not None and model.text(annotation) in NUMBER_TYPES


# A value that only reaches a log line changes what is printed, nothing the workflow
# decides or keeps: each round prints its own line anyway.
LOG_CALLS = frozenset(
    {"print", "console.log", "console.info", "console.warn", "console.error", "console.debug"}
    # the rest of `console`'s printers, and the job's own output streams (Windmill keeps
    # stdout and stderr as the job's log)
    | {"console.table", "console.dir", "console.trace", "console.timeLog", "console.group"}
    | {"console.groupCollapsed", "process.stdout.write", "process.stderr.write"}
    | {"sys.stdout.write", "sys.stderr.write", "pprint.pprint", "pprint.pp", "rich.print"}
    | {"click.echo", "typer.echo"}
)
LOG_MODULES = ("logging.", "loguru.logger.", "structlog.")
LOG_METHODS = frozenset(
    {"debug", "info", "warning", "warn", "error", "exception", "critical"}
    | {"trace", "fatal", "log", "verbose", "notice", "success"}
)
# Loggers made by a call (Python's, and the TypeScript logging libraries': `pino()`,
# `winston.createLogger()`, `new Logger()` of tslog), and their child loggers
# (`log.child({...})`).
LOGGER_FACTORIES = frozenset(
    {"logging.getLogger", "structlog.get_logger", "structlog.getLogger"}
    | {"structlog.stdlib.get_logger", "structlog.wrap_logger"}
    | {"pino", "pino.pino", "winston.createLogger", "bunyan.createLogger", "tslog.Logger"}
    | {"log4js.getLogger", "consola.create", "consola.createConsola", "loglevel.getLogger"}
)
# Modules whose default export is itself a logger (`consola.info(...)`).
LOGGER_MODULES = ("consola.", "loglevel.", "signale.", "winston.")
# Factories of loggers that are called themselves (`const dbg = debug("app")`, then
# `dbg("took %dms", ms)`).
CALLABLE_LOGGERS = frozenset({"debug"})
CALL_MARKS = ("(…)", "()")
# What a value passes through on its way into the text of a log line.
FORMATTING = frozenset(
    {
        "interpolation",
        "template_substitution",
        "string",
        "template_string",
        "binary_operator",
        "binary_expression",
        "concatenated_string",
        "parenthesized_expression",
        "keyword_argument",
    }
)
FORMATTERS = frozenset(
    {"str", "repr", "format", "String", "JSON.stringify", "json.dumps"}
    # rounding on the way into the line (`${Math.round(performance.now() - t0)}ms`)
    | {"round", "int", "float", "abs", "Number", "Math.round", "Math.floor", "Math.ceil"}
    | {"Math.trunc", "Math.abs"}
)
# Literals that hold the value where it goes on (an object or list serialized into a
# log line: `console.log(JSON.stringify({ ts: new Date().toISOString(), msg }))`).
CONTAINERS = frozenset({"object", "array", "dictionary", "list", "tuple"})


# What tells whether a signal has fired (`AbortSignal`'s own members)
SIGNAL_TESTS = frozenset({"aborted", "throwIfAborted", "reason", "onabort", "addEventListener"})


def signal_tested(ctx: RuleContext, call: BodyCall) -> bool:
    """`const deadline = AbortSignal.timeout(ms)`, then `deadline.aborted` (or
    `throwIfAborted()`, an `abort` listener) in the function that made it: the body
    decides by it. A signal only handed on (`fetch(url, { signal })`, also straight in
    the call's arguments) is that call's, judged there."""
    model = ctx.model
    node = model.parent_of(call.node)
    while node is not None and node.type in ("parenthesized_expression", "non_null_expression"):
        node = model.parent_of(node)
    if node is None or node.type != "variable_declarator":
        # `if (AbortSignal.timeout(ms).aborted)`: tested where it is made
        return node is not None and node.type == "member_expression"
    name = node.child_by_field_name("name")
    function = next(sdk.enclosing_functions(model, call.node), None)
    if name is None or name.type != "identifier" or function is None:
        return False
    held = model.text(name)
    for member in sdk.nodes_in(model, "member_expression", function):
        obj = member.child_by_field_name("object")
        prop = member.child_by_field_name("property")
        if obj is None or prop is None or model.text(prop) not in SIGNAL_TESTS:
            continue
        if obj.type == "identifier" and model.text(obj) == held:
            if model.text(prop) in SIGNAL_LISTENERS and settles_promise(model, member, function):
                continue  # `new Promise((_, no) => s.addEventListener("abort", ...))`: a timer
            return True
    return False


# Members that subscribe to the signal rather than read it
SIGNAL_LISTENERS = frozenset({"onabort", "addEventListener"})


def settles_promise(model: ScriptModel, node: Node, function: Node) -> bool:
    """`node` is inside the executor of a `new Promise(...)` of `function`: what the
    signal's `abort` does there is settle that promise, which makes it a timer like
    `setTimeout`'s (raced against a durable call, WAC108's), not a test of the clock."""
    for up in model.ancestor_walk().ancestors(node):
        if up.id == function.id:
            return False
        if up.type == "new_expression":
            constructor = up.child_by_field_name("constructor")
            if constructor is not None and model.text(constructor) == "Promise":
                return True
    return False


def only_logged(ctx: RuleContext, call: BodyCall) -> bool:
    """The value read in the body, or in a helper of this file the body runs (`timed`
    logging `performance.now() - started`), goes nowhere but into the arguments of a
    logging call, possibly formatted on the way."""
    if call.elsewhere is not None:
        return False
    if ctx.model.semantic is None:
        return False
    return _logged_from(ctx, call.node, 2)


# Per check: (node, hops) -> whether what climbs from there reaches only log calls.
# Reads nested in one another's formatting (`str(now()) + str(str(now()) + ...)`)
# share their climb: each one read alone made 1,500 of them quadratic.
_LOGGED: weakref.WeakKeyDictionary[RuleContext, dict[tuple[int, int], bool]] = (
    weakref.WeakKeyDictionary()
)


def _logged_from(ctx: RuleContext, node: Node, hops: int) -> bool:
    """`node`'s value reaches only log calls: directly, or through a name it is stored
    in (`t0 = time.perf_counter()`, then only `print(f"{time.perf_counter() - t0}")`),
    up to `hops` names deep."""
    memo = _LOGGED.setdefault(ctx, {})
    known = memo.get((node.id, hops))
    if known is not None:
        return known
    # the node and its ancestors, found from the last path asked (`Node.parent` costs
    # the depth: a clock read inside 35,000 parentheses took minutes)
    path = [node, *ctx.model.ancestor_walk().ancestors(node)]
    climbed: list[int] = []
    answer = _climb_to_log(ctx, path, hops, memo, climbed)
    for at in climbed:
        memo[(path[at].id, hops)] = answer
    return answer


def _climb_to_log(
    ctx: RuleContext,
    path: list[Node],
    hops: int,
    memo: dict[tuple[int, int], bool],
    climbed: list[int],
) -> bool:
    """`_logged_from` along `path` (the node and its ancestors); the places it passes
    go into `climbed`, whose answer is the same."""
    semantic = ctx.model.semantic
    assert semantic is not None
    at = 0
    while True:
        known = memo.get((path[at].id, hops)) if at else None
        if known is not None:
            return known
        climbed.append(at)
        node = path[at]
        parent = path[at + 1] if at + 1 < len(path) else None
        if parent is None:
            return False
        kind = parent.type
        if kind in STORES and hops > 0:
            return _name_only_logged(ctx, parent, node, hops - 1)
        if kind in ("argument_list", "arguments") or (
            # `print(f"{i}@{time.time()}" for i in ids)`: a generator expression is
            # the call's arguments itself
            kind in ("call", "call_expression")
            and node.type in COMPREHENSIONS
            and parent.child_by_field_name("arguments") == node
        ):
            outer = path[at + 2] if kind in ("argument_list", "arguments") else parent
            if kind in ("argument_list", "arguments") and at + 2 >= len(path):
                return False
            callee = outer.child_by_field_name("function") if outer is not None else None
            if outer is None or callee is None:
                return False
            if _logs(ctx, callee):
                return True
            if semantic.qualified_name(callee) not in FORMATTERS and not _joins(ctx, callee):
                return False
            at += 2 if kind in ("argument_list", "arguments") else 1
        elif kind in ("attribute", "member_expression"):
            if parent.child_by_field_name("object") != node:
                return False
            at += 1  # `datetime.now().isoformat`
        elif kind in ("call", "call_expression"):
            if parent.child_by_field_name("function") != node:
                return False
            at += 1  # `.isoformat()`
        elif kind in COMPREHENSIONS:
            # `[{"id": i, "at": time.time()} for i in ids]`: an element of what it makes
            if parent.child_by_field_name("body") != node:
                return False
            at += 1
        elif kind in semantic.syntax.functions and _mapped_callback(ctx, path, at):
            # `ids.map((id) => ({ id, at: Date.now() }))`: an element of the mapped array
            at += 3
        elif kind in FORMATTING or kind in TESTS or kind in CONTAINERS:
            at += 1
        elif kind == "pair":
            # `{ ts: new Date().toISOString(), ...meta }` handed on: the object holds it
            if parent.child_by_field_name("value") != node:
                return False
            at += 1
        elif kind in ("if_statement", "elif_clause"):
            # `if os.getenv("VERBOSE"): print(...)`: the test only decides a log line
            statement: Node | None = parent
            if kind == "elif_clause":
                statement = path[at + 2] if at + 2 < len(path) else None
            return (
                parent.child_by_field_name("condition") == node
                and statement is not None
                and _branches_only_log(ctx, statement)
            )
        else:
            return False


# Comprehensions: their element goes into the collection they make.
COMPREHENSIONS = frozenset(
    {"list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"}
)
# Array methods whose callback's returned value is an element of the array they make.
MAPPING_METHODS = frozenset({"map", "flatMap"})


def _joins(ctx: RuleContext, callee: Node) -> bool:
    """`", ".join(...)`: a string literal joining the value's items into text."""
    obj = callee.child_by_field_name("object")
    name = callee.child_by_field_name("attribute")
    return (
        callee.type == "attribute"
        and obj is not None
        and obj.type == "string"
        and name is not None
        and ctx.model.text(name) == "join"
    )


def _mapped_callback(ctx: RuleContext, path: list[Node], at: int) -> bool:
    """`path[at]` is the expression body of the arrow at `path[at + 1]`, the first
    argument of an `xs.map(...)` call at `path[at + 3]`: what it returns becomes an
    element of the array the call makes."""
    if at + 3 >= len(path):
        return False
    body, function, args, call = path[at], path[at + 1], path[at + 2], path[at + 3]
    callee = call.child_by_field_name("function")
    prop = callee.child_by_field_name("property") if callee is not None else None
    return (
        function.child_by_field_name("body") == body
        and args.type == "arguments"
        and args.named_children[:1] == [function]
        and callee is not None
        and callee.type == "member_expression"
        and prop is not None
        and ctx.model.text(prop) in MAPPING_METHODS
    )


# Tests a value goes through on its way to an `if` (`not x`, `x == "1"`, `x and y`).
TESTS = frozenset({"not_operator", "comparison_operator", "boolean_operator", "unary_expression"})


def _branches_only_log(ctx: RuleContext, statement: Node) -> bool:
    """Every branch of the Python `if` (its block, `elif` / `else` blocks) holds only
    log calls (or `pass`): whichever runs, nothing the workflow decides or keeps
    changes."""
    if statement.type != "if_statement":
        return False
    blocks = [statement.child_by_field_name("consequence")]
    for branch in statement.children_by_field_name("alternative"):
        if branch.type == "else_clause":
            # TypeScript: `else stmt`, `else { ... }` or `else if (...) ...`
            inner = [c for c in branch.named_children if c.type != "comment"]
            if len(inner) == 1 and inner[0].type == "if_statement":
                if not _branches_only_log(ctx, inner[0]):
                    return False
                continue
            blocks.append(branch.child_by_field_name("body") or (inner[0] if inner else None))
            continue
        blocks.append(
            branch.child_by_field_name("consequence") or branch.child_by_field_name("body")
        )
    return all(block is not None and _only_logs(ctx, block) for block in blocks)


def _only_logs(ctx: RuleContext, block: Node) -> bool:
    """Every statement of `block` (a TypeScript branch may be one statement without
    braces) is a log call, `pass`, a comment, or a docstring."""
    lines = block.named_children if block.type in ("block", "statement_block") else [block]
    for line in lines:
        if line.type in ("pass_statement", "comment", "empty_statement"):
            continue
        call = line.named_children[0] if line.type == "expression_statement" else None
        if call is not None and call.type == "string" and line.named_child_count == 1:
            continue  # a docstring
        if call is None or not _log_call(ctx, call):
            return False
    return True


def _log_call(ctx: RuleContext, call: Node) -> bool:
    callee = call.child_by_field_name("function")
    return call.type in ("call", "call_expression") and callee is not None and _logs(ctx, callee)


# Per check: function node id -> whether it is a logging helper of the file (False
# while it is being worked out: a helper calling itself is not one).
_LOG_HELPERS: weakref.WeakKeyDictionary[RuleContext, dict[int, bool]] = weakref.WeakKeyDictionary()


# Decorators that leave a method's call running its own body.
PLAIN_METHOD_DECORATORS = frozenset({"staticmethod", "classmethod"})
# A class's members that are functions (Python `def`, TypeScript methods).
METHOD_KINDS = frozenset({"function_definition", "method_definition"})


def _class_method(ctx: RuleContext, callee: Node) -> Node | None:
    """The method of a class of the file that `obj.name` calls, when `obj` is the class
    itself (`Reporter.note(...)`), an instance built in place (`new Reporter().line`,
    `Reporter().line`), or a name bound once to one (`rep = Reporter()`): the method
    the class defines under that name (an inherited one is not looked for)."""
    model = ctx.model
    semantic = model.semantic
    assert semantic is not None
    obj = sdk.unwrap(callee.child_by_field_name("object"))
    prop = callee.child_by_field_name("attribute") or callee.child_by_field_name("property")
    if obj is None or prop is None:
        return None
    made: Node | None = obj
    if obj.type in semantic.syntax.identifiers:
        binding = semantic.resolve(obj)
        if binding is None or binding.rebound:
            return None
        made = None if binding.kind == BindingKind.CLASS else binding.assigned_value
        cls = binding.value if binding.kind == BindingKind.CLASS else None
    else:
        cls = None
    made = sdk.unwrap(made)
    if (
        cls is None
        and made is not None
        and made.type in (*semantic.syntax.calls, *semantic.syntax.new)
    ):
        maker = made.child_by_field_name("constructor") or made.child_by_field_name("function")
        if maker is None or maker.type not in semantic.syntax.identifiers:
            return None
        made_by = semantic.resolve(maker)
        if made_by is None or made_by.rebound or made_by.kind != BindingKind.CLASS:
            return None
        cls = made_by.value
    body = cls.child_by_field_name("body") if cls is not None else None
    if body is None:
        return None
    wanted = model.text(prop)
    for member in body.named_children:
        if member.type == "decorated_definition":
            member = member.child_by_field_name("definition") or member
        name = member.child_by_field_name("name")
        if member.type in METHOD_KINDS and name is not None and model.text(name) == wanted:
            return member
    return None


def _logging_helper(ctx: RuleContext, callee: Node) -> bool:
    """`note(...)` / `log(...)` calling a function of this file that does nothing but
    log (`def note(msg): print(f"[waitlist] {msg}")`, `const log = (...parts) =>
    console.log(`[${stamp()}]`, ...parts)`): what is handed to it reaches log lines
    only, as if handed to `print` / `console.log` itself."""
    semantic = ctx.model.semantic
    assert semantic is not None
    if callee.type in ("attribute", "member_expression"):
        # `log.info(...)` of `const log = { info: (...a) => console.log(...a) }`, a
        # static method of a class of the file, a method of an instance of one
        function = (
            sdk.member_function(ctx.model, callee) if callee.type == "member_expression" else None
        )
        if function is None:
            function = _class_method(ctx, callee)
        if function is None:
            return False
    elif callee.type in semantic.syntax.identifiers:
        binding = semantic.resolve(callee)
        if binding is None or binding.rebound:
            return False
        # a `def` / `function` declaration, or a lambda / arrow / function expression
        # bound once
        function = binding.function
        if function is None:
            function = binding.assigned_value
            if function is None or function.type not in semantic.syntax.functions:
                return False
    else:
        return False
    wrapper = ctx.model.parent_of(function)
    if wrapper is not None and wrapper.type == "decorated_definition":
        decorators = [ctx.model.text(d).lstrip("@").strip() for d in wrapper.named_children]
        if any(d not in PLAIN_METHOD_DECORATORS for d in decorators[:-1]):
            return False  # `@task` (or any decorator): what the call does is not the body's
    memo = _LOG_HELPERS.setdefault(ctx, {})
    known = memo.get(function.id)
    if known is not None:
        return known
    memo[function.id] = False
    body = function.child_by_field_name("body")
    if body is None:
        answer = False
    elif body.type in ("call", "call_expression"):
        answer = _log_call(ctx, body)  # an arrow's expression body, a lambda's
    else:
        answer = body.named_child_count > 0 and _only_logs(ctx, body)
    memo[function.id] = answer
    return answer


# Where a value is stored: (the node kind, its value field, its target field): Python
# and TypeScript assignments, declarations, and TypeScript class fields (`private
# readonly started = performance.now()`).
STORES = {
    "assignment": ("right", "left"),
    "variable_declarator": ("value", "name"),
    "assignment_expression": ("right", "left"),
    "public_field_definition": ("value", "name"),
}
# The receiver of an instance's own members, and the node kinds of a class.
OWN_RECEIVERS = frozenset({"self", "this"})
CLASS_KINDS = frozenset({"class_definition", "class_declaration", "class"})


def _name_only_logged(ctx: RuleContext, assignment: Node, value: Node, hops: int) -> bool:
    """`name = value` in the workflow (or the helper it is read in), `name` assigned
    nowhere else, and every read of it in that function goes only into log calls."""
    model = ctx.model
    semantic = model.semantic
    assert semantic is not None
    right, left = STORES[assignment.type]
    target = assignment.child_by_field_name(left)
    if assignment.child_by_field_name(right) != value or target is None:
        return False
    if target.type in ("attribute", "member_expression"):
        return _attribute_only_logged(ctx, target, hops)
    if assignment.type == "assignment_expression":
        return False  # `x = Math.random()` again: a name assigned more than once
    if assignment.type == "public_field_definition":
        # `started = performance.now()` of a class: read as `this.started` in it
        owner = model.parent_of(model.parent_of(assignment) or assignment)
        if owner is None or owner.type not in CLASS_KINDS:
            return False
        return _member_only_logged(ctx, owner, model.text(target), target, hops)
    if target.type not in semantic.syntax.identifiers:
        return False
    binding = semantic.resolve(target)
    # the function the name is local to: the workflow's, or a helper's
    wf = next(sdk.enclosing_functions(model, assignment), None)
    if binding is None or binding.rebound or wf is None:
        return False
    name = model.text(target)
    logged = False
    # every identifier of the workflow, nested functions included: a lambda or a
    # comprehension reading the name reads the same binding
    kinds = (*semantic.syntax.identifiers, "shorthand_property_identifier")
    for node in sdk.names_spelled(model, name, kinds, wf):
        if node == target:
            continue
        if node.type != "shorthand_property_identifier" and not same_binding(
            semantic.resolve(node), binding
        ):
            continue
        if not _logged_from(ctx, node, hops):
            return False
        logged = True
    # a value stored and never read stays reported: nothing shows it is only logged
    return logged


def _attribute_only_logged(ctx: RuleContext, target: Node, hops: int) -> bool:
    """`self.start = time.perf_counter()` in a method of a Python class of the file
    (a timing context manager's `__enter__`), or `this.start = performance.now()` in a
    TypeScript one, where every read of `.start` in the file is `self.start` / `this.start`
    in that class going only into log calls, and nothing else assigns it."""
    model = ctx.model
    obj = target.child_by_field_name("object")
    attr = target.child_by_field_name("attribute") or target.child_by_field_name("property")
    if obj is None or attr is None or model.text(obj) not in OWN_RECEIVERS:
        return False
    owner = next(
        (n for n in model.ancestor_walk().ancestors(target) if n.type in CLASS_KINDS),
        None,
    )
    if owner is None:
        return False
    return _member_only_logged(ctx, owner, model.text(attr), attr, hops)


# The node kinds of a member's name after `.` (Python, TypeScript, `#private`), and of
# the read itself.
MEMBER_NAMES = ("identifier", "property_identifier", "private_property_identifier")
MEMBER_READS = ("attribute", "member_expression")


# Per check: (class, member, hops) -> `_member_only_logged`'s answer (each store of one
# member asks the same question: many `this.x = ...` would scan the file each).
_MEMBERS: weakref.WeakKeyDictionary[RuleContext, dict[tuple[int, str, int], bool]] = (
    weakref.WeakKeyDictionary()
)


def _member_only_logged(ctx: RuleContext, owner: Node, name: str, stored: Node, hops: int) -> bool:
    """Every read of `.name` in the file (the stores of a value in it, `stored` among
    them, aside) is `self.name` / `this.name` in the class `owner`, going only into log
    calls."""
    memo = _MEMBERS.setdefault(ctx, {})
    key = (owner.id, name, hops)
    known = memo.get(key)
    if known is None:
        memo[key] = False  # a read that leads back here decides nothing
        known = memo[key] = _member_reads_logged(ctx, owner, name, hops)
    return known


def _member_reads_logged(ctx: RuleContext, owner: Node, name: str, hops: int) -> bool:
    model = ctx.model
    logged = False
    for node in sdk.names_spelled(model, name, MEMBER_NAMES, model.tree.root_node):
        parent = node.parent
        if parent is None or parent.type not in MEMBER_READS:
            continue
        member = parent.child_by_field_name("attribute") or parent.child_by_field_name("property")
        if member != node:
            continue  # `start` as a name or an object, not `x.start`
        receiver = parent.child_by_field_name("object")
        inside = owner.start_byte <= node.start_byte < owner.end_byte
        if not inside or receiver is None or model.text(receiver) not in OWN_RECEIVERS:
            return False  # read (or set) from outside the class: it may decide something
        if _is_store(parent):
            continue  # `this.t0 = ...`: where a value is kept, not a read of it
        if not _logged_from(ctx, parent, hops):
            return False
        logged = True
    return logged


def _is_store(member: Node) -> bool:
    """`self.t0 = ...` / `this.t0 = ...`: the member is the target of an assignment."""
    parent = member.parent
    if parent is None or parent.type not in ("assignment", "assignment_expression"):
        return False
    return parent.child_by_field_name("left") == member


def same_binding(found: object, binding: object) -> bool:
    """`found` is `binding`, or the same declaration seen from another scope (a
    TypeScript function's top-level `const` is bound in its body block and, for reads
    from a `finally` block, in the function's scope: one name, one node)."""
    if found is binding:
        return True
    node = getattr(found, "node", None)
    return node is not None and node == getattr(binding, "node", None)


def _logs(ctx: RuleContext, callee: Node) -> bool:
    semantic = ctx.model.semantic
    assert semantic is not None
    name = semantic.qualified_name(callee)
    if name is None:
        return False
    if name in LOG_CALLS or name.startswith(LOG_MODULES):
        return True
    receiver_name, _, method = name.rpartition(".")
    if method in LOG_METHODS | LOGGER_BINDERS and _made_logger(receiver_name):
        return True
    if any(name == f"{f}{m}" for f in CALLABLE_LOGGERS for m in CALL_MARKS):
        return True
    if _logging_helper(ctx, callee):
        return True
    if not name.startswith(".") or name[1:] not in LOG_METHODS | LOGGER_BINDERS:
        return False
    return _logger(ctx, callee.child_by_field_name("object"), 3)


# Methods of a logger that make another logger carrying extra context, printed in each
# of its lines and nowhere else: structlog's `bind` / `new` / `unbind`, loguru's `bind`
# / `opt` / `patch`, pino's, bunyan's and winston's `child`, tslog's `getSubLogger`.
# What they are given only reaches log lines, like a log call's own arguments.
LOGGER_BINDERS = frozenset(
    {"bind", "new", "unbind", "try_unbind", "opt", "patch", "child", "getSubLogger"}
)
# Module-level loggers a library exports (`from loguru import logger`).
LOGGER_OBJECTS = frozenset({"loguru.logger", "logging", "logging.root"})


def _logger(ctx: RuleContext, node: Node | None, depth: int) -> bool:
    """`node` is a logger: a logging library's factory called (`structlog.get_logger()`,
    `logging.getLogger(__name__)`), a logger it exports, one derived from a logger by a
    method adding context (`log.bind(run=r)`, `log.child({...})`), or a name bound once
    to any of these (`bound = log.bind(district=d)`)."""
    semantic = ctx.model.semantic
    assert semantic is not None
    node = sdk.unwrap(node)
    if node is None or depth < 0:
        return False
    if semantic.qualified_name(node) in LOGGER_OBJECTS:
        return True
    if node.type in semantic.syntax.identifiers:
        binding = semantic.resolve(node)
        if binding is None or binding.rebound:
            return False
        return _logger(ctx, binding.value, depth - 1)
    if node.type not in semantic.syntax.calls:
        return False
    maker = node.child_by_field_name("function")
    if maker is None:
        return False
    if semantic.qualified_name(maker) in LOGGER_FACTORIES:
        return True
    method = maker.child_by_field_name("attribute") or maker.child_by_field_name("property")
    return (
        method is not None
        and ctx.model.text(method) in LOGGER_BINDERS
        and _logger(ctx, maker.child_by_field_name("object"), depth - 1)
    )


def _made_logger(receiver: str) -> bool:
    """The qualified name of a logger: one a logging library's factory made
    (`pino(…)`, `winston.createLogger(…)`, `tslog.Logger()`), a child of one
    (`pino(…).child(…)`), or a module that is a logger itself (`consola`)."""
    if receiver + "." in LOGGER_MODULES:
        return True
    while True:
        for mark in CALL_MARKS:
            if receiver.endswith(".child" + mark):
                receiver = receiver[: -len(".child" + mark)]
                break
        else:
            break
    for mark in CALL_MARKS:
        if receiver.endswith(mark):
            return receiver[: -len(mark)] in LOGGER_FACTORIES
    return False


# The generators whose instance a later `.seed(n)` / `.seed_instance(n)` fixes (not
# `random.SystemRandom`, whose `seed` does nothing)
SEEDABLE_IN_PLACE = frozenset(
    {"random.Random", "faker.Faker", "numpy.random.RandomState", "numpy.random.mtrand.RandomState"}
)
# The methods that seed a generator instance in place (`random.Random().seed(n)`,
# numpy's `RandomState().seed(n)`, `Faker().seed_instance(n)`)
INSTANCE_SEEDERS = ("seed", "seed_instance")


def seeded_after_built(ctx: RuleContext, call: BodyCall) -> bool:
    """A generator built without a seed and bound to a name as a statement of its own
    (`fake = Faker()`, `rng = random.Random()`) that a later statement of the same
    block seeds in place with a stable value (`fake.seed_instance(season)`,
    `rng.seed(job_id)`): building it draws nothing, and every draw after the seed is
    the same in every round. The draws themselves stay judged (one before the seed is
    reported where it draws)."""
    node = call.node
    if (
        call.kind is not CallKind.CALL
        or call.qualname not in SEEDABLE_IN_PLACE
        or call.arg_count
        or call.elsewhere is not None
        or call.chain
        or node is None
        or node.type != "call"
        or ctx.model.semantic is None
    ):
        return False
    bind = node.parent
    statement = bind.parent if bind is not None else None
    block = statement.parent if statement is not None else None
    if (
        bind is None
        or bind.type != "assignment"
        or statement is None
        or statement.type != "expression_statement"
        or block is None
        or block.type not in ("block", "module")
    ):
        return False
    target = bind.child_by_field_name("left")
    if target is None or target.type != "identifier" or bind.child_by_field_name("right") != node:
        return False
    name = ctx.model.text(target)
    word = re.compile(rb"(?<![\w.])" + re.escape(name.encode()) + rb"(?!\w)")
    data = ctx.model.source.data
    for later in block.named_children:
        if later.start_byte <= statement.start_byte:
            continue
        if later.type != "expression_statement" or not seeds_in_place(ctx, later, name):
            # the name in the statement's text (a search, not a walk of its nodes: the
            # rest of a long body follows); in a string or a comment it is a miss kept
            if word.search(data, later.start_byte, later.end_byte):
                return False  # used (or rebound) before it is seeded: reported where built
            continue
        return True
    return False


def seeds_in_place(ctx: RuleContext, later: Node, name: str) -> bool:
    """`name.seed(x)` / `name.seed_instance(x)` as a statement, with a stable seed."""
    expr = later.named_children[0] if later.named_children else None
    if expr is None or expr.type != "call":
        return False
    callee = expr.child_by_field_name("function")
    args = expr.child_by_field_name("arguments")
    if callee is None or args is None or callee.type != "attribute":
        return False
    owner = callee.child_by_field_name("object")
    method = callee.child_by_field_name("attribute")
    if (
        owner is None
        or method is None
        or owner.type != "identifier"
        or ctx.model.text(owner) != name
        or ctx.model.text(method) not in INSTANCE_SEEDERS
    ):
        return False
    given = [a for a in args.named_children if a.type != "comment"]
    return bool(
        given and given[0].type not in ("none", "keyword_argument") and stable_seed(ctx, given[0])
    )


def seeded_generators(ctx: RuleContext) -> list[BodyCall]:
    """`faker.seed(n)`, `random.seed(seed)`, `np.random.seed(s)` called in the body (or
    in one of its helpers) with a seed: the module's shared generator then draws the
    same sequence on every replay (a seed from the clock is reported on its own).
    `random.seed(None)` is `random.seed()`: seeded from the OS, it fixes nothing."""
    return [
        c
        for c in ctx.model.body_calls
        if c.qualname.endswith(".seed")
        and c.arg_count >= 1
        and c.kind == CallKind.CALL
        and not _catalogue.only_none_arguments(c)
    ]


def seeded(ctx: RuleContext, call: BodyCall, seeds: list[BodyCall]) -> bool:
    """The call is such a seed, or a draw from a generator seeded on the way to it in
    the same function (`faker.person.fullName()` after `faker.seed(n)`): the seed is a
    statement of its own before the draw, in its block or an enclosing one (not only on
    one branch), with no step in between (see `seeded_before`).

    Only the nearest such seed is asked about steps: an earlier one has every step
    the nearest has between it and the draw."""
    if not seeds:
        return False
    index = _seed_statements(ctx, seeds)
    if (call.node.id, call.qualname) in index.calls:
        return True
    if call.elsewhere is not None:
        return False
    chain = ancestors(ctx.model.tree.root_node, call.node)
    nearest = index.nearest(call, chain)
    return nearest is not None and not steps_between(ctx, nearest, call.node, chain)


BLOCKS = frozenset({"block", "module", "statement_block", "program"})
STATEMENT_WRAPPERS = frozenset({"await", "await_expression", "parenthesized_expression"})


class SeedStatements:
    """The statements of each block that are a seed call of their own (`faker.seed(n)`
    as a statement), found once per block: scanning a block's earlier statements for
    every draw made 4,000 draws after one seed take 8-50 s."""

    def __init__(self, seeds: list[BodyCall]) -> None:
        self.calls = {(seed.node.id, seed.qualname) for seed in seeds}
        self.by_node: dict[int, list[BodyCall]] = {}
        for seed in seeds:
            if seed.elsewhere is None:
                self.by_node.setdefault(seed.node.id, []).append(seed)
        self.blocks: dict[int, tuple[list[int], list[list[BodyCall]]]] = {}

    def nearest(self, draw: BodyCall, chain: list[Node]) -> Node | None:
        """The last seed of `draw`'s generator (its helper chain too) that is a
        statement before `draw` in `draw`'s block or an enclosing one: the innermost
        block that has one holds the nearest."""
        for node, parent in pairwise([draw.node, *chain]):
            if parent.type not in BLOCKS:
                continue
            starts, found = self.in_block(parent)
            for at in range(bisect_left(starts, node.start_byte) - 1, -1, -1):
                for seed in found[at]:
                    generator = seed.qualname.removesuffix(".seed")
                    if draw.qualname.startswith(generator + ".") and seed.chain == draw.chain:
                        return seed.node
        return None

    def in_block(self, block: Node) -> tuple[list[int], list[list[BodyCall]]]:
        known = self.blocks.get(block.id)
        if known is not None:
            return known
        starts: list[int] = []
        found: list[list[BodyCall]] = []
        for statement in block.named_children:
            if statement.type != "expression_statement" or not statement.named_children:
                continue
            expr = statement.named_children[0]
            while expr.type in STATEMENT_WRAPPERS and expr.named_children:
                expr = expr.named_children[-1]
            seeds = self.by_node.get(expr.id)
            if seeds:
                starts.append(statement.start_byte)
                found.append(seeds)
        self.blocks[block.id] = (starts, found)
        return starts, found


def _seed_statements(ctx: RuleContext, seeds: list[BodyCall]) -> SeedStatements:
    memo = sdk.facts(ctx.model).memo
    found = memo.get("wac102_seed_statements")  # `seeds`: the same list for one model
    if not isinstance(found, SeedStatements):
        found = memo["wac102_seed_statements"] = SeedStatements(seeds)
    return found


def step_starts(model: ScriptModel) -> list[int]:
    """Where each `step(...)` call of the file starts, in order (found once)."""
    memo = sdk.facts(model).memo
    found = memo.get("wac102_step_starts")
    if not isinstance(found, list):
        found = memo["wac102_step_starts"] = sorted(
            c.call.start_byte
            for c in sdk.facts(model).calls
            if c.primitive is sdk.Primitive.STEP and not c.decorator
        )
    return found


def step_in(model: ScriptModel, start: int, limit: int) -> bool:
    """A `step(...)` call starts in [start, limit)."""
    steps = step_starts(model)
    at = bisect_left(steps, start)
    return at < len(steps) and steps[at] < limit


def steps_between(ctx: RuleContext, seed: Node, draw: Node, chain: list[Node]) -> bool:
    """A `step` between the seed and the draw (or later in a loop around the draw): its
    function runs in one round only and may draw from the same generator. `chain`:
    the draw's ancestors."""
    limit = draw.start_byte
    loops = ("for_statement", "while_statement", "for_in_statement", "do_statement")
    for outer in chain:
        if outer.type in loops:
            limit = max(limit, outer.end_byte)
    return step_in(ctx.model, seed.end_byte, limit)


def _imported_volatile(
    file: Path, name: str, catalogue: _catalogue.Catalogue, allowed: _catalogue.Catalogue
) -> str | None:
    """The clock or randomness call a module-level value of another module is computed
    from, when it is one: a name the module binds (`RUN_ID`), or a class variable /
    static field of a class it defines (`Roster.loaded_at`), which the class statement
    computes when the module loads."""
    from wac_lint.engine import InputError
    from wac_lint.frontends import module_model
    from wac_lint.workspace.documents import read_source

    try:
        model = module_model(read_source(file, file.name))
    except (InputError, OSError, RecursionError):
        return None
    semantic = model.semantic
    owner, _, member = name.partition(".")
    bound = semantic.module.bindings.get(owner) if semantic is not None else None
    if bound is None or bound.rebound or not bound.value:
        return None
    if member:
        if "." in member or bound.kind != BindingKind.CLASS:
            return None
        return class_volatile(model, bound.value, catalogue, allowed).get(member)
    if bound.kind != BindingKind.ASSIGNMENT:
        return None
    return module_volatile(model, bound.value, catalogue, allowed)
