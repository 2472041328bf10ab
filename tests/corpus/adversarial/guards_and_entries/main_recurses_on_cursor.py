# SDK: wmill 1.850.0 client.py workflow(func) only marks func: main awaiting itself runs the body again inside the same workflow context (keys continue), which the guide forbids ("Do not call main").
from wmill import task, workflow


@task()
async def fetch_page(account: str, cursor: str) -> dict:
    return {"items": [], "next": ""}


@task()
async def archive(items: list) -> int:
    return len(items)


@workflow
async def main(account: str, cursor: str = "", depth: int = 0):
    page = await fetch_page(account, cursor)
    archived = await archive(page["items"]) if page["items"] else 0
    if page["next"] and depth < 50:
        return archived + await main(account, page["next"], depth + 1)  # expect: WAC006
    return archived
