import wmill
from wmill import task, workflow
from typing import Optional


@task()
def fetch(url: str) -> dict:
    return {"url": url}


@workflow
async def main(urls: list[str], limit: Optional[int] = None, dry_run: bool = False):
    out = []
    for u in urls[:limit]:
        out.append(await fetch(u))
    return out
