# SDK: wmill 1.850.0 client.py: only the names `workflow`/`task` as decorators matter; the words in docstrings, comments and strings are inert.
"""Nightly digest. Note: do not write `import wmill; @wmill.workflow` here, the
parser needs `@workflow`; and never `from wmill import task as t`."""

import time

from wmill import step, task, workflow

TEMPLATE = "workflow: {name} / task: {task}"


@task()
async def build_digest(team: str) -> str:
    return TEMPLATE.format(name="digest", task=team)


@workflow
async def main(team: str):
    # step names are literals: step("when", ...)
    when = await step("when", lambda: time.time())
    digest = await build_digest(team)
    return {"digest": digest, "when": when}
