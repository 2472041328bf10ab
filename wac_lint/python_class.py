"""`python_class`: keep a class an ordinary Python class in the compiled build.

The optional compiled build (mypyc, see the README's Benchmarks) turns classes
into native classes: fixed slots, no instance `__dict__`, no `object.__new__`.
A few classes rely on the instance dict: filling it at once is the fast way to
build a frozen dataclass in pure Python (`Span`, `Key`), and `cached_property`
stores its value there (`RuleContext`, `Settings`); others are weakly
referenced (`ScriptModel`, the rules' `Facts`), which native classes refuse;
and the frozen ones that `check`'s worker processes pickle (`Edit`, `Fix`,
`Related`): a native class is unpickled field by field, which frozen refuses.
mypyc compiles a class with a decorator it does not know as an ordinary Python
class, so this decorator, which does nothing at run time, keeps those classes'
behaviour in both builds.
"""

from __future__ import annotations

from typing import TypeVar

_C = TypeVar("_C", bound=type)


def python_class(cls: _C) -> _C:
    return cls
