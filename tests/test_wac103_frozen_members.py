"""WAC103: a step name or approval key read from an object / dict literal the file
never changes (`STEPS.fx`, `STEPS["fx"]`, `as const` or not) is that literal, a
constant at run time: the step gets the "is the constant" message (Windmill's
diagram still shows `step`), the approval key no finding, as a plain `const` gets.
Any write, `delete`, method call on it or hand-off of the object keeps the old
"computed at run time" reading."""

from __future__ import annotations

import pytest

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def wac103(code: str, name: str) -> list[tuple[int, str]]:
    language = LANG_PYTHON if name.endswith(".py") else LANG_TYPESCRIPT
    result = analyze_source(SourceFile(name, code, language), select=["WAC103"])
    return [(f.row, f.message) for f in result.findings]


TS = """import { step, waitForApproval, workflow } from "windmill-client";

const STEPS = { fx: "fx_rates", approve: "manager_ok" } as const;
const PLAIN = { load: "load_rows" };

export const main = workflow(async (amount: number) => {
  const rates = await step(STEPS.fx, () => ({ eur: 1.1 }));
  const rows = await step(PLAIN["load"], () => [amount]);
  const ok = await waitForApproval({ key: STEPS.approve, timeout: 3600 });
  return { rates, rows, ok };
});
"""

PY = """from wmill import step, wait_for_approval, workflow

STEPS = {"fx": "fx_rates", "approve": "manager_ok"}


@workflow
async def main(amount: float):
    rates = await step(STEPS["fx"], lambda: {"eur": 1.1})
    ok = await wait_for_approval(key=STEPS["approve"], timeout=3600)
    return rates, ok
"""


def constant(shown: str, value: str) -> str:
    return (
        f"The step name `{shown}` is the constant `{value}`: stable across replays, but "
        "Windmill's parser only reads a literal at the call, so its diagram shows this "
        f"step as `step`; write `{value}` here"
    )


def test_typescript_members_of_an_unchanged_object_are_constants() -> None:
    assert wac103(TS, "keys.ts") == [
        (7, constant("STEPS.fx", '"fx_rates"')),
        (8, constant('PLAIN["load"]', '"load_rows"')),
    ]


def test_python_items_of_an_unchanged_dict_are_constants() -> None:
    assert wac103(PY, "keys.py") == [(8, constant('STEPS["fx"]', '"fx_rates"'))]


@pytest.mark.parametrize(
    "change",
    [
        'STEPS.fx = "fx_" + amount;',
        'STEPS["fx"] += "_v2";',
        "tweak(STEPS);",
        'Object.assign(STEPS, { fx: "x" });',
        "delete (STEPS as any).fx;",
        "STEPS.fx.concat('x');",
        "tweak({ STEPS } as any);",
    ],
)
def test_a_typescript_object_the_file_changes_is_not_constant(change: str) -> None:
    code = TS.replace(" as const;", ";\nfunction tweak(o: any) { o.fx = 'x'; }").replace(
        "export const main = workflow(async (amount: number) => {\n",
        "export const main = workflow(async (amount: number) => {\n  " + change + "\n",
    )
    found = wac103(code, "keys.ts")
    assert [m.split(":")[0] for _, m in found if "STEPS" in m] == [
        "The step name `STEPS.fx` is computed at run time",
        "The approval key `STEPS.approve` is computed at run time",
    ]


@pytest.mark.parametrize(
    "change",
    ['STEPS.update({"fx": "x"})', "tweak(STEPS)", 'STEPS["fx"] = "x"', 'del STEPS["fx"]'],
)
def test_a_python_dict_the_file_changes_is_not_constant(change: str) -> None:
    code = PY.replace("\n\n@workflow", "\n\ndef tweak(o):\n    o['fx'] = 'x'\n\n\n@workflow")
    code = code.replace("    rates = await", f"    {change}\n    rates = await")
    found = wac103(code, "keys.py")
    assert [m.split(":")[0] for _, m in found] == [
        'The step name `STEPS["fx"]` is computed at run time',
        'The approval key `STEPS["approve"]` is computed at run time',
    ]


def test_a_rebound_dict_is_not_constant() -> None:
    code = PY.replace(
        'STEPS = {"fx": "fx_rates", "approve": "manager_ok"}\n',
        'STEPS = {"fx": "fx_rates", "approve": "manager_ok"}\n'
        'STEPS = {"fx": "b", "approve": "c"}\n',
    )
    found = wac103(code, "keys.py")
    assert [m.split(":")[0] for _, m in found][
        0
    ] == 'The step name `STEPS["fx"]` is computed at run time'


def test_a_spread_may_set_the_member() -> None:
    ts = TS.replace(
        'const PLAIN = { load: "load_rows" };',
        'const PLAIN = { load: "load_rows", ...(globalThis as any).OVERRIDES };',
    )
    assert [m.split(":")[0] for _, m in wac103(ts, "keys.ts")][1] == (
        'The step name `PLAIN["load"]` is computed at run time'
    )
    py = PY.replace('"approve": "manager_ok"}', '"approve": "manager_ok", **EXTRA}')
    py = py.replace("from wmill import", "EXTRA: dict = {}\nfrom wmill import")
    assert [m.split(":")[0] for _, m in wac103(py, "keys.py")][0] == (
        'The step name `STEPS["fx"]` is computed at run time'
    )


def test_the_last_of_repeated_keys_wins() -> None:
    py = PY.replace('"approve": "manager_ok"}', '"approve": "manager_ok", "fx": "fx_v2"}')
    assert wac103(py, "keys.py") == [(8, constant('STEPS["fx"]', '"fx_v2"'))]
