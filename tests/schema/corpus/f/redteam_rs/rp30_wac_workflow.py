from wmill import task, workflow, step
from typing import Literal


@task()
async def fetch(url: str) -> dict:
    return {}


@workflow
async def main(
    urls: list[str],
    mode: Literal["fast", "safe"] = "safe",
    limit: int = 10,
    dry_run: bool = False,
):
    out = []
    for u in urls[:limit]:
        out.append(await fetch(u))
    return out
