"""A task given to a constructor of a class of the file and kept in a field (`self.fn =
fn`, `this.fn = fn`, a TypeScript parameter property, a list of tasks) is a durable call
where a method of the object calls that field: the body's call of the method is read like
a call of a helper that runs the task (WAC106), and the method's handlers guard it
(WAC201 / WAC202)."""

from __future__ import annotations

import time

from wac_lint.engine import analyze_source
from wac_lint.source import SourceFile

PY_HEAD = """from wmill import task, workflow


class Sig:
    def __init__(self, fn, *args, **kwargs):
        self.fn = fn
        self.args = args

    def delay(self):
        return self.fn(*self.args)


@task()
async def renew(host: str) -> dict:
    return {"host": host}


def plain(host: str) -> dict:
    return {"host": host}

"""

TS_HEAD = """import { task, workflow } from "windmill-client";

const extract = task(async (x: number): Promise<number> => x + 1);
const load = task(async (x: number): Promise<number> => x * 2);

class Pipeline {
  constructor(private steps: Array<(x: number) => Promise<number>>) {}
  async run(x: number): Promise<number> {
    for (const s of this.steps) x = await s(x);
    return x;
  }
}

class Job {
  constructor(private readonly fn: (x: number) => Promise<number>) {}
  fire(x: number): Promise<number> {
    return this.fn(x);
  }
}

class Holder {
  fn: (x: number) => Promise<number>;
  constructor(fn: (x: number) => Promise<number>) {
    this.fn = fn;
  }
  async go(x: number) {
    try {
      return await this.fn(x);
    } catch (e) {
      return 0;
    }
  }
}

"""


def findings(text: str, lang: str = "python") -> list[tuple[int, str, str]]:
    name = "w.py" if lang == "python" else "w.ts"
    result = analyze_source(SourceFile(name, text, lang))
    return [(f.row, f.code, f.message) for f in result.findings]


PY_DROPPED = (
    "`sig.delay(...)` hands back the coroutines of durable calls (a plain `def` that "
    "returns or yields them), and they are never awaited: the SDK still dispatches the "
    "calls, but their results are lost (a failure still raises `TaskError` at the call "
    "when the body replays); `await` what it returns"
)


def test_a_signature_built_in_a_comprehension_and_dropped_by_the_loop() -> None:
    body = (
        "@workflow\nasync def main(hosts: list[str]):\n"
        "    chain = [Sig(renew, h) for h in hosts]\n"
        "    for sig in chain:\n        sig.delay()\n    return 1\n"
    )
    assert findings(PY_HEAD + body) == [(25, "WAC106", PY_DROPPED)]


def test_a_signature_bound_to_a_name_and_awaited_is_fine() -> None:
    body = (
        "@workflow\nasync def main(host: str):\n"
        "    sig = Sig(renew, host)\n    return await sig.delay()\n"
    )
    assert findings(PY_HEAD + body) == []


def test_a_plain_function_kept_in_the_field_is_no_durable_call() -> None:
    body = (
        "@workflow\nasync def main(hosts: list[str]):\n"
        "    for sig in [Sig(plain, h) for h in hosts]:\n        sig.delay()\n"
        "    return await renew(hosts[0])\n"
    )
    assert findings(PY_HEAD + body) == []


def test_a_broad_handler_in_the_method_guards_the_field_task() -> None:
    text = PY_HEAD.replace(
        "    def delay(self):\n        return self.fn(*self.args)\n",
        "    async def apply(self):\n        try:\n            return await self.fn(*self.args)\n"
        "        except BaseException:\n            return None\n",
    ) + ("@workflow\nasync def main(host: str):\n    return await Sig(renew, host).apply()\n")
    assert findings(text) == [
        (
            26,
            "WAC201",
            "`except BaseException:` catches the SDK's suspension (a BaseException) (in "
            "`Sig.apply`, which the workflow calls): the workflow cannot suspend here; "
            "catch `Exception` or `TaskError`, or re-raise",
        )
    ]


def test_typescript_pipeline_of_tasks_not_awaited() -> None:
    body = (
        "export const main = workflow(async (n: number) => {\n"
        "  new Pipeline([extract, load]).run(n);\n  return 1;\n});\n"
    )
    assert findings(TS_HEAD + body, "typescript") == [
        (
            36,
            "WAC106",
            "`new Pipeline([extract, load]).run(...)` is an async function of this file that "
            "runs durable calls, called without `await`: the workflow goes on without waiting "
            "for them, and their results and failures are lost; `await` it",
        )
    ]


def test_typescript_parameter_property_returned_by_a_plain_method() -> None:
    body = (
        "export const main = workflow(async (n: number) => {\n"
        "  const job = new Job(extract);\n  job.fire(n);\n"
        "  return await job.fire(n + 1);\n});\n"
    )
    assert findings(TS_HEAD + body, "typescript") == [
        (
            37,
            "WAC106",
            "`job.fire(...)` hands back the promises of durable calls (a function without "
            "`async` that returns or yields them), and they are never awaited: the SDK still "
            "dispatches the calls, but their results and failures are lost; `await` what it "
            "returns",
        )
    ]


def test_typescript_catch_around_a_field_task() -> None:
    body = (
        "export const main = workflow(async (n: number) => {\n"
        "  const h = new Holder(load);\n  return await h.go(n);\n});\n"
    )
    found = findings(TS_HEAD + body, "typescript")
    assert [(row, code) for row, code, _ in found] == [(37, "WAC202")]
    assert "(in `Holder.go`, which the workflow calls)" in found[0][2]
    guarded = TS_HEAD.replace(
        "    } catch (e) {\n",
        '    } catch (e) {\n      if ((e as Error)?.name === "StepSuspend") throw e;\n',
    )
    assert findings(guarded + body, "typescript") == []


def test_many_built_objects_stay_fast() -> None:
    lines = "".join(f"    await Sig(renew, 'h{i}').delay()\n" for i in range(600))
    text = PY_HEAD + "@workflow\nasync def main():\n" + lines + "    return 1\n"
    start = time.perf_counter()
    assert findings(text) == []
    assert time.perf_counter() - start < 5


def test_typescript_loop_over_a_list_of_built_jobs() -> None:
    head = "export const main = workflow(async (n: number) => {\n"
    jobs = "  const jobs = [new Job(extract), new Job(load)];\n"
    dropped = head + jobs + "  for (const j of jobs) j.fire(n);\n  return 1;\n});\n"
    awaited = head + jobs + "  for (const j of jobs) await j.fire(n);\n  return 1;\n});\n"
    assert [(r, c) for r, c, _ in findings(TS_HEAD + dropped, "typescript")] == [(37, "WAC106")]
    assert findings(TS_HEAD + awaited, "typescript") == []


def test_signatures_dispatched_in_set_order() -> None:
    body = (
        "@workflow\nasync def main(hosts: list[str]):\n    out = []\n"
        "    for h in set(hosts):\n        out.append(await Sig(renew, h).delay())\n"
        "    return out\n"
    )
    assert [(r, c) for r, c, _ in findings(PY_HEAD + body)] == [(24, "WAC105")]


DATACLASS = """from dataclasses import dataclass
from typing import Callable
from wmill import task, workflow


@task()
async def renew(host: str) -> dict:
    return {"host": host}


@dataclass
class Job:
    fn: Callable
    host: str

    def run(self):
        return self.fn(self.host)


@workflow
async def main(hosts: list[str]):
    for h in hosts:
        Job(renew, h).run()
    jobs = [Job(fn=renew, host=h) for h in hosts]
    for j in jobs:
        await j.run()
    return 1
"""


def test_a_task_in_a_dataclass_field() -> None:
    assert [(r, c) for r, c, _ in findings(DATACLASS)] == [(23, "WAC106")]
