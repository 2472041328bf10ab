# SDK: wmill 1.850.0 client.py task(): _merge_args binds the first extra positional to the name `lines` and the next to `arg2`, and the child calls func(channel=..., lines=..., arg2=...), which raises TypeError for a *lines parameter.
from wmill import task, workflow


@task()
async def post_digest(channel: str, *lines: str) -> int:  # expect: WAC301
    return len(lines)


@workflow
async def main(channel: str, headlines: list[str]):
    posted = await post_digest(channel, *headlines)
    return {"posted": posted}
