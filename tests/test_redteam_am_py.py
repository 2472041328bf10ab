"""Red team AM (amp): regressions for the general causes behind the misses and false
findings of `tests/corpus/adversarial/am_py_*` (Python workflows ported from Temporal,
Restate, Hatchet, Luigi, Flyte and Celery, and data-team Python).

- WAC902: `Annotated[T, ...]` on a `main` parameter is ignored by Windmill's parser,
  and the input takes the type of its default (windmill-oracle `sig`). When that is the
  type `T` alone gives (`Annotated[str, "..."] = "x"`, `Annotated[list[str], ...] =
  []`, `Annotated[dict, ...] = {}`), the input is the one the author meant: nothing
  to report. Without a default, or when the default gives another type
  (`Annotated[float, ...] = 2` is an integer input, `Annotated[Literal["p", "q"], ...]
  = "p"` a plain string input), it is still reported.
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
    "from typing import Annotated, Literal\n"
    "\n"
    "from wmill import step, task, workflow\n"
    "\n"
    "\n"
    "@task\n"
    "async def work(x: str) -> str:\n"
    "    return x\n"
    "\n"
    "\n"
    "@workflow\n"
)


def _main(params: str) -> str:
    return HEAD + f"async def main({params}):\n    return await work('a')\n"


def test_annotated_with_a_default_of_the_meant_type_is_not_reported():
    for params in (
        'approver: Annotated[str, "Windmill group that signs off"] = "chief"',
        'limit: Annotated[float, "largest delta"] = 25.0',
        'count: Annotated[int, "how many"] = 3',
        'tags: Annotated[list[str], "labels"] = []',
        'extra: Annotated[dict, "anything"] = {}',
    ):
        assert rows(_main(params)) == [], params


def test_annotated_whose_default_gives_another_type_is_still_reported():
    code = _main('limit: Annotated[float, "z"] = 2, mode: Annotated[Literal["p", "q"], "v"] = "p"')
    assert [m for _, _, m in run(code)] == [
        'Windmill does not read `Annotated`: `Annotated[float, "z"]` is ignored and the input '
        "takes the type of its default (an integer input); write the type itself (`float`)",
        'Windmill does not read `Annotated`: `Annotated[Literal["p", "q"], "v"]` is ignored and '
        'the input takes the type of its default (a string input); write the type itself '
        '(`Literal["p", "q"]`)',
    ]


def test_annotated_without_a_default_is_still_reported():
    assert [m for _, _, m in run(_main('approver: Annotated[str, "x"]'))] == [
        'Windmill does not read `Annotated`: `Annotated[str, "x"]` makes an untyped input; '
        "write the type itself (`str`)"
    ]
