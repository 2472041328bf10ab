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
