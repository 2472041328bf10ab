"""Small scripts shared by the CI-integration tests."""

from __future__ import annotations

from tests.helpers import cli_runner as runner  # noqa: F401 - the CI tests' name for it

BAD_PY = """\
import requests
from wmill import workflow


@workflow
async def main(url: str):
    return requests.post(url).status_code
"""

GOOD_PY = """\
from wmill import task, workflow


@task()
async def double(x: int) -> int:
    return x * 2


@workflow
async def main(x: int):
    return await double(x)
"""

BAD_TS = """\
import { workflow } from "windmill-client";
export const main = workflow(async () => {
  return Date.now();
});
"""

# Findings with fixes (WAC001 rename, WAC106, WAC201), several per file.
FIXABLE_PY = """\
from wmill import sleep, task, workflow
from wmill import step as s


@task()
async def process(x: str):
    return x


@workflow
async def main(x: str):
    sleep(60)
    try:
        await process(x)
    except:
        pass
    return await s("a", lambda: 1)
"""

# Non-ASCII text before the finding: columns count characters.
UNICODE_TS = """\
import { workflow, task } from "windmill-client";
const t = task(async (x: string) => x);
export const main = workflow(async () => {
  const s = "🎉 héllo"; const now = Date.now();
  try {
    await t("a");
  } catch (e) {
    console.log(e);
  }
  return now;
});
"""
