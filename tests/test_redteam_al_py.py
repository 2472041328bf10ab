"""Red team AL (alp): regressions for the general causes behind the misses of
`tests/corpus/adversarial/al_py_*` (Python workflows ported from Temporal, Hatchet, DBOS,
Celery canvas, Luigi and Kedro, and data-team Python).

- WAC201: a context manager's exit (`__exit__` / `__aexit__` of a class of the file, or a
  callback given to an exit stack's `push`) that answers true for the SDK's suspension
  in particular, by a test of the exception's class (`exc_type is not None and not
  issubclass(exc_type, Exception)`, `isinstance(exc, BaseException)`, `or` / `not` of
  such tests), suppresses it like `return True` (`_StepSuspend` derives from
  BaseException only, wmill 1.850.0 client.py). A test true only for `Exception`s or
  for classes of the file lets it through.
- WAC105: a generator function of the file whose every `yield` gives the items of an
  iterable of unstable order (`yield from {s["hall"] for s in shows}`, `yield h` in a
  `for h in set(...)` loop of its own) yields them in that order, like a function
  returning the set; a list comprehension or generator expression over such an
  iterable keeps its order (`[partial(run, sid) for sid in set(ids)]`, a Celery
  signature list ported); and a loop variable over a comprehension whose every element
  is a task of the file or a `functools.partial` of one calls that task (`sig()`).
- WAC106: an `async def` helper of the file (or method) that returns a call of its own
  parameter without `await` (`async def spawn(self, fn, *args): return fn(*args)`, a
  Hatchet `ctx.spawn` shim), handed a task of the file for that parameter, hands back
  the task's awaitable from its coroutine: `await ctx.spawn(t, x)` gives the workflow
  that awaitable, not the task's result (wmill 1.850.0's task wrapper returns
  `_next_step`'s coroutine). `return await fn(*args)` is right, and so is a plain `def`
  returning `fn(*args)` (awaiting it awaits the task's coroutine).
- WAC101 / WAC102: a standard-library star import written after the file binds a name
  the module exports (`from wmill import sleep`, then `from time import *`; a `def
  shuffle(...)`, then `from random import *`) binds that name again: functions of the
  module call the library's (`time.sleep`: the body blocks the worker, then awaits
  `None`). The names each module exports are data (`wac_lint/semantic/star_exports.json`,
  read on CPython 3.11). A star import before the binding, or of a module that does not
  export the name (`from math import *`), changes nothing.
- WAC107: a field of a `NamedTuple` task result read through a call is a field read as
  much as `eta.minutes`: `getattr(eta, "minutes")`, `attrgetter("minutes")(eta)`, and a
  name bound once to `operator.attrgetter("minutes")` applied to it (the result comes
  back a list, which has no fields). `itemgetter(1)` and unpacking are fine.
"""

from __future__ import annotations

from functools import cache

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile


@cache
def run(code: str) -> tuple[tuple[int, str, str], ...]:
    source = SourceFile("<t>.py", code, LANG_PYTHON)
    result = analyze_source(source)
    assert not result.errors, [e.error for e in result.errors]
    return tuple((f.row, f.code, f.message) for f in result.findings if f.code != "WAC901")


def rows(code: str) -> list[tuple[int, str]]:
    return [(row, rule) for row, rule, _ in run(code)]


HEAD = (
    "from wmill import step, task, workflow\n"
    "\n"
    "@task()\n"
    "async def t(x: str) -> str:\n"
    "    return x\n"
    "\n"
)


def body(*lines: str, head: str = HEAD, extra: str = "") -> str:
    return (
        head
        + extra
        + "@workflow\nasync def main(d: str):\n"
        + "".join(f"    {line}\n" for line in lines)
    )


def at(code: str, line: str) -> int:
    return code.splitlines().index(f"    {line}") + 1


# --- WAC201: exits that answer true for the suspension's class ----------------------


def exit_class(returned: str, name: str = "quiet") -> str:
    return (
        "class LampWarning(Exception):\n    pass\n\n"
        f"class {name}:\n"
        "    def __enter__(self):\n        return self\n\n"
        "    def __exit__(self, exc_type, exc, tb):\n"
        f"        return {returned}\n\n"
    )


SIGNAL_EXIT = (
    "`quiet()` answers true in its exit when given the SDK's suspension (a BaseException "
    "that is not an `Exception`), so its `with` block suppresses it: the workflow carries "
    "on as if the task had returned; let exceptions that are not `Exception` through "
    "(return False / re-raise them)"
)


def test_exit_true_for_exceptions_that_are_not_exception_swallows() -> None:
    for returned in (
        "exc_type is not None and not issubclass(exc_type, Exception)",
        "isinstance(exc, BaseException)",
        "bool(exc) and not isinstance(exc, (Exception,))",
        "issubclass(exc_type, LampWarning) or issubclass(exc_type, BaseException)",
    ):
        code = body("with quiet():", "    x = await t(d)", "return x", extra=exit_class(returned))
        assert run(code) == ((at(code, "with quiet():"), "WAC201", SIGNAL_EXIT),), returned


def test_exit_true_for_every_exception_keeps_its_message() -> None:
    code = body(
        "with quiet():", "    x = await t(d)", "return x", extra=exit_class("exc_type is not None")
    )
    assert rows(code) == [(at(code, "with quiet():"), "WAC201")]
    assert "suppresses every exception leaving its `with` block" in run(code)[0][2]


def test_exit_true_only_for_exceptions_or_own_classes_lets_it_through() -> None:
    for returned in (
        "exc_type is not None and issubclass(exc_type, LampWarning)",
        "isinstance(exc, (KeyError, ValueError))",
        "exc_type is not None and issubclass(exc_type, Exception)",
        "exc_type is None",
        "not isinstance(exc, BaseException)",
    ):
        code = body("with quiet():", "    x = await t(d)", "return x", extra=exit_class(returned))
        assert rows(code) == [], returned


def test_exit_stack_push_callback_true_for_the_suspension_class() -> None:
    code = body(
        "with contextlib.ExitStack() as stack:",
        "    stack.push(hide_interrupts)",
        "    x = await t(d)",
        "return x",
        extra=(
            "import contextlib\n\n"
            "def hide_interrupts(exc_type, exc, tb):\n"
            "    return exc_type is not None and not issubclass(exc_type, Exception)\n\n"
        ),
    )
    assert rows(code) == [(at(code, "    stack.push(hide_interrupts)"), "WAC201")]


# --- WAC105: generators and comprehensions that keep a set's order ------------------


ORDER = (
    "Durable calls are dispatched in the order of {what}, which can differ between "
    "replays; checkpoint keys follow call order, so results can be swapped; iterate "
    "`sorted(...)`"
)


def test_generator_yielding_from_a_set_keeps_its_order() -> None:
    for generator in (
        "def halls(xs):\n    yield from {x.upper() for x in xs}\n\n",
        "def halls(xs):\n    for h in set(xs):\n        if h:\n            yield h\n\n",
    ):
        code = body("for h in halls([d]):", "    await t(h)", extra=generator)
        found = run(code)
        assert [(r, c) for r, c, _ in found] == [(at(code, "for h in halls([d]):"), "WAC105")]
        assert "yielded by `halls`" in found[0][2], found[0][2]


def test_generator_yielding_in_a_stable_order_is_fine() -> None:
    for generator in (
        "def halls(xs):\n    yield from sorted({x.upper() for x in xs})\n\n",
        "def halls(xs):\n    for h in xs:\n        yield h\n\n",
        "def halls(xs):\n    yield from set(xs)\n    yield 'lobby'\n\n",
    ):
        code = body("for h in halls([d]):", "    await t(h)", extra=generator)
        assert rows(code) == [], generator


def test_comprehension_of_partials_over_a_set_dispatches_in_its_order() -> None:
    code = body(
        "sigs = [partial(t, x) for x in set(d.split())]",
        "return await asyncio.gather(*(sig() for sig in sigs))",
        extra="import asyncio\nfrom functools import partial\n\n",
    )
    assert run(code) == (
        (
            at(code, "return await asyncio.gather(*(sig() for sig in sigs))"),
            "WAC105",
            ORDER.format(what="a list built from a `set`"),
        ),
    )
    for spelling in (
        "names = [x.strip() for x in set(d.split())]\n    for n in names:\n        await t(n)",
        "for sig in [partial(t, x) for x in set(d.split())]:\n        await sig()",
    ):
        code = body(*spelling.split("\n    "), extra="from functools import partial\n\n")
        assert [c for _, c in rows(code)] == ["WAC105"], spelling


def test_comprehension_of_partials_in_a_stable_order_is_fine() -> None:
    code = body(
        "sigs = [partial(t, x) for x in sorted(set(d.split()))]",
        "return await asyncio.gather(*(sig() for sig in sigs))",
        extra="import asyncio\nfrom functools import partial\n\n",
    )
    assert rows(code) == []


# --- WAC106: async helpers handing back the task they are given ---------------------


def test_async_helper_returning_its_parameters_call_hands_back_the_awaitable() -> None:
    code = body(
        "a = await Ctx().spawn(t, d)",
        "b = await run_it(t, d)",
        "return a, b",
        extra=(
            "class Ctx:\n    async def spawn(self, fn, *args):\n        return fn(*args)\n\n"
            "async def run_it(fn, x):\n    print(x)\n    return fn(x)\n\n"
        ),
    )
    assert run(code) == (
        (
            at(code, "a = await Ctx().spawn(t, d)"),
            "WAC106",
            "`Ctx().spawn(...)` returns `fn(...)` without `await` (line 9), and is handed a "
            "task as `fn`: awaiting `Ctx().spawn(...)` gives the workflow the task's "
            "awaitable, not its result; write `return await fn(...)` in `Ctx().spawn`",
        ),
        (
            at(code, "b = await run_it(t, d)"),
            "WAC106",
            "`run_it(...)` returns `fn(...)` without `await` (line 13), and is handed a task "
            "as `fn`: awaiting `run_it(...)` gives the workflow the task's awaitable, not its "
            "result; write `return await fn(...)` in `run_it`",
        ),
    )


def test_helpers_that_await_or_are_plain_or_get_no_task_are_fine() -> None:
    code = body(
        "a = await Ctx().spawn(t, d)",
        "b = await run_it(t, d)",
        "c = await run_it(shout, d)",
        "return a, b, c",
        extra=(
            "class Ctx:\n    async def spawn(self, fn, *args):\n        return await fn(*args)\n\n"
            "def run_it(fn, x):\n    return fn(x)\n\n"
            "async def shout(x):\n    return x.upper()\n\n"
        ),
    )
    assert rows(code) == []


# --- WAC101 / WAC102: standard-library star imports rebinding a name ----------------


def test_star_import_after_the_sdk_import_rebinds_sleep() -> None:
    head = "from wmill import sleep, task, workflow\nfrom time import *\n\n"
    head += HEAD.split("\n", 1)[1]
    code = body("await sleep(60)", "return await t(d)", head=head)
    assert run(code) == (
        (
            at(code, "await sleep(60)"),
            "WAC101",
            "`sleep` (`time.sleep`: `from time import *` binds the name again after line 1) "
            "waits, holding the worker (use the SDK's `sleep`), in the workflow body, which "
            "re-runs on every replay; move it into a task or a `step(...)`",
        ),
    )


def test_star_import_after_a_def_rebinds_it() -> None:
    code = body(
        "xs = d.split()",
        "shuffle(xs)",
        "return [await t(x) for x in xs]",
        extra="def shuffle(xs):\n    xs.sort()\n\nfrom random import *\n\n",
    )
    assert rows(code) == [(at(code, "shuffle(xs)"), "WAC102")]


def test_star_imports_that_do_not_rebind_are_fine() -> None:
    for head in (
        "from time import *\nfrom wmill import sleep, task, workflow\n\n",
        "from wmill import sleep, task, workflow\nfrom math import *\n\n",
    ):
        code = body(
            "await sleep(ceil(60.5))" if "math" in head else "await sleep(60)",
            "return await t(d)",
            head=head + HEAD.split("\n", 1)[1],
        )
        assert rows(code) == [], head


# --- WAC107: named-tuple fields read through getattr / attrgetter -------------------


NT_HEAD = (
    "from operator import attrgetter, itemgetter\n"
    "from typing import NamedTuple\n"
    "from wmill import task, workflow\n\n"
    "class Eta(NamedTuple):\n    unit: str\n    minutes: float\n\n"
    "@task()\nasync def eta(u: str) -> Eta:\n    return Eta(u, 3.0)\n\n"
    "minutes_of = attrgetter('minutes')\n\n"
)


def nt_message(read: str) -> str:
    return (
        f"`Eta(u, 3.0)` is a `NamedTuple` returned by this task, and the workflow reads "
        f"`{read}` from the result: it is checkpointed as JSON and comes back as a list, "
        "which has no fields"
    )


def test_named_tuple_field_read_by_getattr_or_attrgetter() -> None:
    for read in ('getattr(e, "minutes")', 'attrgetter("minutes")(e)', "minutes_of(e)"):
        code = body("e = await eta(d)", f"return {read}", head=NT_HEAD)
        assert run(code) == ((11, "WAC107", nt_message(read)),), read


def test_named_tuple_read_by_position_is_fine() -> None:
    for read in ("itemgetter(1)(e)", 'getattr(e, "count")', "e[1]"):
        code = body("e = await eta(d)", f"return {read}", head=NT_HEAD)
        assert rows(code) == [], read
