# SDK: wmill 1.850.0 client.py step(); guide: notifications belong in a task or step
"""Alice's weekly digest of the busiest teams."""

from wmill import step, task, workflow

from u.alice.lib import helpers
from u.alice.lib.helpers import slugify


@task()
async def count_rows(team: str) -> list[dict]:
    return [{"name": f"{team}-api", "count": 12}, {"name": f"{team}-web", "count": 7}]


@workflow
async def main(team: str, notify: bool = True):
    channel = slugify(f"digest {team}")
    rows = await count_rows(team)
    text = helpers.format_rows(rows)
    if notify:
        helpers.ping_slack(f"#{channel}\n{text}")  # expect: WAC101
    await step("done", lambda: len(rows))
    return {"channel": channel, "rows": rows}
