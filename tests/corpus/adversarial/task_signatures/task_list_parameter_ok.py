# SDK: wmill 1.850.0 client.py task(): the list is bound to `lines` by name and the child calls func(channel=..., lines=[...]); a list crosses JSON unchanged.
from wmill import task, workflow


@task()
async def post_digest(channel: str, lines: list[str]) -> int:
    return len(lines)


@workflow
async def main(channel: str, headlines: list[str]):
    posted = await post_digest(channel, headlines)
    return {"posted": posted}
