"""A `const` name holding a task call unawaited (`const p = charge(x)`) holds the bare
`{ then }` object windmill-client 1.818.0 returns in a workflow (read in
`dist/index.js`, `_nextStep`): what is wrong on `charge(x).catch(...)` or
`charge(x).then(f).then(g)` is as wrong on `p.catch(...)` and `p.then(f).then(g)`."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile

CODE = """\
import { task, workflow } from "windmill-client";
const charge = task(async (x: number) => ({ id: x }));
export const main = workflow(async (n: number) => {
  const p = charge(n);
  const a = await p.catch(() => null);
  const q = charge(n + 1);
  const b = await q.then((r) => r.id).then((id) => id + 1);
  let r = charge(n + 2);
  r = charge(n + 3);
  const c = await r.catch(() => null);
  const s = charge(n + 4);
  const d = await s.then(async (x) => x.id).then((id) => id + 1);
  return [a, b, c, d];
});
"""


def findings(*codes: str) -> list[tuple[int, int, str, str]]:
    result = analyze_source(SourceFile("<t>.ts", CODE, LANG_TYPESCRIPT), select=list(codes))
    assert not result.errors, [e.error for e in result.errors]
    return [(f.row, f.column, f.code, f.message) for f in result.findings]


def test_catch_on_a_name_holding_a_task_call_is_a_type_error() -> None:
    # `r` is re-assigned: what it holds at the `.catch` is not followed
    assert findings("WAC202") == [
        (
            5,
            21,
            "WAC202",
            "`.catch` does not exist on what a task call returns in windmill-client 1.818.0 "
            "(a bare `{ then }` object, not a Promise): `TypeError: ... .catch is not a "
            'function` on every run; use try/catch with `if (e?.name === "StepSuspend") '
            "throw e` first",
        )
    ]


def test_then_after_then_on_a_name_holding_a_task_call_is_a_type_error() -> None:
    # `s.then(async ...)` hands back the async callback's Promise: its `.then` is fine
    assert findings("WAC301") == [
        (
            7,
            39,
            "WAC301",
            "`.then` after `.then(...)` on a task call: in a workflow, windmill-client "
            "1.818.0 returns a bare `{ then }` object whose `then` hands back what its "
            "callback returns (here a plain value, no Promise), so this `.then` is a "
            "`TypeError: ... .then is not a function` once the task has run; await it and "
            "use its value",
        )
    ]
