"""WAC107 on task arguments in TypeScript, read against windmill-client 1.818.0's
`task`: the child job replays the body and, at its `_executingKey`, calls
`fn(...args)` with that replay's own values (a `Date` arrives as a `Date`, as in
wmill 1.850.0's `_execute_directly`); a `taskScript` / path target is another
script, whose job arguments are the JSON of the dispatch."""

from __future__ import annotations

from tests.helpers import lint
from wac_lint.source import LANG_TYPESCRIPT

CODE = """import { task, taskScript, workflow } from "windmill-client";

const purge = task("f/ops/purge", async (cutoff: Date) => cutoff.getTime());
const local = task(async (cutoff: Date) => cutoff.getTime());
const remote = taskScript("f/ops/purge_remote");

export const main = workflow(async (since: string) => {
  const a = await purge(new Date(since));
  const b = await local(new Date(since));
  const c = await remote({ cutoff: new Date(since) });
  return [a, b, c];
});
"""


def test_only_arguments_sent_to_another_script_are_json() -> None:
    assert [(f.code, f.row, f.message) for f in lint(CODE, LANG_TYPESCRIPT)] == [
        (
            "WAC107",
            8,
            "`new Date(since)` is a `Date` passed to the script `f/ops/purge` (the task's "
            "path): the job's arguments are sent as JSON, so it arrives as its ISO string",
        ),
        (
            "WAC107",
            10,
            "`new Date(since)` is a `Date` inside the value passed to the script "
            "`f/ops/purge_remote`: the job's arguments are sent as JSON, so it arrives as "
            "its ISO string",
        ),
    ]
