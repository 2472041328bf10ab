"""Red team AJ (ajo): regressions for the general causes behind false findings on
correct scripts (`tests/corpus/adversarial/aj_ok_*`).

- WAC102: `WM_WORKSPACE` is set by the worker to the job's workspace, the same in
  every round and in the jobs of its tasks (what `getWorkspace()` returns). Its read
  was exempt only spelled `process.env.WM_WORKSPACE` / `process.env["WM_WORKSPACE"]`;
  now also destructured (`const { WM_WORKSPACE } = process.env`, renamed, with a
  default), through a cast or `!` (`(process.env as Env).WM_WORKSPACE`), and a name the
  module destructured that way read in the body. A pattern that also takes another
  variable or `...rest` is still a read of the environment. The environment kept in a
  name (`env = os.environ`, `const env = process.env`) read only for `WM_WORKSPACE` is
  no finding either.
- Valid Python 3.13 syntax tree-sitter does not know: a type parameter default after
  a bound (`def f[T: int = 1]()`, `class C[T: (int, str) = int]`) was WAC000; it is
  bridged like `T = int` (a missing or broken default stays an error).
- WAC105: a set literal of ints (`{len(ids), 7}`, `set([2, 4, len(xs)])`,
  `frozenset((1, 2 * n))`, `{1, SHARDS}` of `SHARDS = 4`) iterates by value in every
  process, like `set(range(n))`.
- WAC204 (an error) on a Python handler that only lets the error go on (`except
  ValueError: raise`, `raise err` of `as err`) with no later clause catching the task's
  error: it does the same whether it matches or not. Before an `except Exception` /
  `except TaskError` it is still reported (that later clause takes the failure meant to
  go on); so is a TypeScript `if (e instanceof X) throw e;`, a guard whose catch goes on
  to handle what it meant to let through.
- WAC103: a constant bound to a string literal under `as const` / `satisfies string`
  is that literal: an approval key named by it is not reported (as a plain `const`
  is not), and a step name named by it gets the constant's message, not "computed
  at run time".

Reads of resources and variables in the body (`wmill.get_resource`,
`getVariable`) stay findings (WAC101): each is an HTTP request to Windmill in every
round, and the value may change between rounds (the guide's "external state"), so
no correct script of the batch does that outside a task or a step.
"""

from __future__ import annotations

from functools import cache

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


@cache
def run(code: str, ts: bool = True) -> tuple[tuple[int, str, str], ...]:
    lang = LANG_TYPESCRIPT if ts else LANG_PYTHON
    source = SourceFile("<t>.ts" if ts else "<t>.py", code, lang)
    result = analyze_source(source)
    assert not result.errors, [e.error for e in result.errors]
    return tuple((f.row, f.code, f.message) for f in result.findings)


def rows(code: str, ts: bool = True) -> list[tuple[int, str]]:
    return [(row, rule) for row, rule, _ in run(code, ts)]


HEAD = (
    'import { step, task, waitForApproval, workflow } from "windmill-client";\n'
    "const up = task(async (key: string) => key.length);\n"
)

# --- WAC102: WM_WORKSPACE destructured or cast ---------------------------------------

ENV_TS = (
    HEAD + "const { WM_WORKSPACE } = process.env;\n"  # 3
    "const { WM_WORKSPACE: ws2 = 'x', API_URL } = process.env;\n"  # 4
    "export const main = workflow(async (rows: string[]) => {\n"  # 5
    "  const { WM_WORKSPACE: inner = 'local' } = process.env;\n"  # 6
    "  const cast = (process.env as Record<string, string | undefined>).WM_WORKSPACE;\n"  # 7
    "  const bang = process.env!.WM_WORKSPACE;\n"  # 8
    "  const { WM_WORKSPACE: a, ...rest } = process.env;\n"  # 9
    "  const { WM_WORKSPACE: b, WM_JOB_ID } = process.env;\n"  # 10
    "  return await up(`${WM_WORKSPACE}${inner}${cast}${bang}${a}${b}${rest.X}${WM_JOB_ID}`);\n"
    "});\n"
)


def test_wm_workspace_destructured_or_cast_is_not_reported() -> None:
    found = rows(ENV_TS)
    for row in (3, 6, 7, 8):
        assert (row, "WAC102") not in found, found
    # `${WM_WORKSPACE}` in the body: the module's destructured name
    assert not [m for r, c, m in run(ENV_TS) if r == 11 and "`WM_WORKSPACE`" in m]


def test_patterns_taking_other_variables_are_still_reported() -> None:
    found = rows(ENV_TS)
    assert (9, "WAC102") in found  # `...rest`: the whole environment
    assert (10, "WAC102") in found  # `WM_JOB_ID`: another job's id in each task job


def test_module_destructured_other_variable_read_in_body_is_reported() -> None:
    code = (
        HEAD + "const { WM_WORKSPACE, API_URL } = process.env;\n"
        "export const main = workflow(async () => await up(`${WM_WORKSPACE}${API_URL}`));\n"
    )
    messages = [m for _, c, m in run(code) if c == "WAC102"]
    assert len(messages) == 1 and "`API_URL`" in messages[0], messages


def test_python_wm_workspace_reads_stay_unreported() -> None:
    code = (
        "import os\nfrom wmill import task, workflow\n\n"
        "@task()\nasync def up(key: str) -> int:\n    return len(key)\n\n"
        "@workflow\nasync def main():\n"
        '    a = os.environ["WM_WORKSPACE"]\n'
        '    b = os.environ.get("WM_WORKSPACE", "local")\n'
        "    return await up(a + b)\n"
    )
    assert rows(code, ts=False) == []


# --- WAC103: `as const` constants are literals -----------------------------------------

KEYS_TS = (
    HEAD + 'const KEY = "dsmb_chair" as const;\n'  # 3
    'const KEY2 = "statistician" satisfies string;\n'  # 4
    'const STEP = "fx_rate" as const;\n'  # 5
    "export const main = workflow(async () => {\n"  # 6
    "  const r = await step(STEP, () => 1);\n"  # 7
    "  const a = await waitForApproval({ key: KEY, timeout: 600 });\n"  # 8
    "  const b = await waitForApproval({ key: KEY2 });\n"  # 9
    "  return await up(String(a.approved && b.approved) + r);\n"
    "});\n"
)


def test_approval_key_constant_under_as_const_is_not_reported() -> None:
    found = rows(KEYS_TS)
    assert (8, "WAC103") not in found, found
    assert (9, "WAC103") not in found, found


def test_step_name_constant_under_as_const_gets_the_constant_message() -> None:
    messages = [m for r, c, m in run(KEYS_TS) if r == 7 and c == "WAC103"]
    assert messages == [
        'The step name `STEP` is the constant `"fx_rate"`: stable across replays, but '
        "Windmill's parser only reads a literal at the call, so its diagram shows this "
        'step as `step`; write `"fx_rate"` here'
    ]


def test_computed_approval_key_is_still_reported() -> None:
    code = (
        HEAD + "export const main = workflow(async (who: string) => {\n"
        "  return await waitForApproval({ key: (who + '_ok') as string });\n});\n"
    )
    assert (4, "WAC103") in rows(code)


# --- grammar gap: PEP 696 defaults after a bound -----------------------------------------

PLAIN = "import wmill\n\n{}\n\ndef main(x: str):\n    return wmill.get_workspace() + x\n"


def test_type_parameter_defaults_after_a_bound_are_no_syntax_error() -> None:
    for line in (
        "def gen[T: int = 1, **P = [int]](): pass",
        "class C[T: (int, str) = int, U: str = 'a']: pass",
        "def h[*Ts = *tuple[int]](): pass",
        "def k[T: int = list[int]](a: T) -> T: return a",
    ):
        assert rows(PLAIN.format(line), ts=False) == [], line


def test_a_missing_or_broken_default_is_still_a_syntax_error() -> None:
    for line in ("def gen[T: int = ](): pass", "def gen[T: int = 1 +](): pass"):
        assert (3, "WAC000") in rows(PLAIN.format(line), ts=False), line


# --- WAC105: sets of ints written as literals --------------------------------------------

SETS_PY = (
    "from wmill import task, workflow\nSHARDS = 4\n"
    "@task()\nasync def t(x: int) -> int:\n    return x\n\n"
    "@workflow\nasync def main(ids: list[int], names: list[str]):\n"  # 8
    "    a = [await t(n) for n in {len(ids), 7}]\n"  # 9
    "    b = [await t(n) for n in set([2, 4, len(names)])]\n"  # 10
    "    c = [await t(n) for n in frozenset((1, 2 * len(ids)))]\n"  # 11
    "    d = [await t(len(n)) for n in {names[0], 'x'}]\n"  # 12
    "    e = [await t(len(n)) for n in set([names[0], 'x'])]\n"  # 13
    "    f = [await t(n) for n in {1, SHARDS, SHARDS * 2}]\n"  # 14
    "    return a, b, c, d, e, f\n"
)


def test_set_literals_of_ints_iterate_the_same_in_every_round() -> None:
    found = rows(SETS_PY, ts=False)
    for row in (9, 10, 11, 14):
        assert (row, "WAC105") not in found, found


def test_set_literals_of_strings_are_still_reported() -> None:
    found = rows(SETS_PY, ts=False)
    assert (12, "WAC105") in found and (13, "WAC105") in found, found


# --- WAC102: the environment kept in a name read only for WM_WORKSPACE ----------------------

ALIAS_PY = (
    "import os\nfrom wmill import task, workflow\n\n"
    "@task()\nasync def up(key: str) -> int:\n    return len(key)\n\n"
    "@workflow\nasync def main():\n"  # 9
    "    env = os.environ\n"  # 10
    '    ws = env["WM_WORKSPACE"] + env.get("WM_WORKSPACE", "")\n'  # 11
    "    env2 = os.environ\n"  # 12
    '    other = env2["API_URL"]\n'  # 13
    "    return await up(ws + other)\n"
)

ALIAS_TS = (
    HEAD + "export const main = workflow(async () => {\n"  # 3
    "  const env = process.env;\n"  # 4
    '  const ws = env.WM_WORKSPACE ?? env["WM_WORKSPACE"];\n'  # 5
    "  const env2 = process.env;\n"  # 6
    "  return await up(`${ws}${JSON.stringify(env2)}`);\n"  # 7
    "});\n"
)


def test_environment_alias_read_only_for_the_workspace_is_not_reported() -> None:
    assert (10, "WAC102") not in rows(ALIAS_PY, ts=False)
    assert (4, "WAC102") not in rows(ALIAS_TS)


def test_environment_alias_read_for_anything_else_is_reported() -> None:
    assert (12, "WAC102") in rows(ALIAS_PY, ts=False)
    assert (6, "WAC102") in rows(ALIAS_TS)


# --- WAC204: a handler that only lets the error go on ------------------------------------

RERAISE_PY = (
    "import logging\nfrom wmill import task, workflow, TaskError\n\n"
    "@task()\nasync def charge(x: int) -> int:\n    return x\n\n"
    "@workflow\nasync def main(xs: list[int]):\n"  # 9
    "    out = []\n"
    "    for x in xs:\n"
    "        try:\n"
    "            out.append(await charge(x))\n"
    "        except TaskError:\n"  # 14
    "            out.append(None)\n"
    "        except (KeyError, ValueError):\n"  # 16
    "            raise\n"
    "        except LookupError as err:\n"  # 18
    "            raise err\n"
    "        try:\n"
    "            await charge(x)\n"
    "        except ValueError:\n"  # 22
    '            logging.warning("bad")\n'
    "            raise\n"
    "        try:\n"
    "            await charge(x)\n"
    "        except ValueError:\n"  # 27
    "            raise\n"
    "        except Exception:\n"
    "            out.append(None)\n"
    "    return out\n"
)


def test_handler_that_only_reraises_with_nothing_catching_after_is_not_reported() -> None:
    found = rows(RERAISE_PY, ts=False)
    assert (16, "WAC204") not in found and (18, "WAC204") not in found, found


def test_reraising_handler_before_a_broad_one_is_still_reported() -> None:
    # the task's ValueError arrives as TaskError: `except Exception` swallows it
    assert (27, "WAC204") in rows(RERAISE_PY, ts=False)


def test_handler_doing_something_before_reraising_is_still_reported() -> None:
    assert (22, "WAC204") in rows(RERAISE_PY, ts=False)
