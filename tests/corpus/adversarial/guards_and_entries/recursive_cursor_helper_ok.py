# SDK: wmill 1.850.0 client.py tasks are keyed in call order; a recursive helper that awaits one task per page and recurses on the checkpointed cursor replays the same keys in every round.
from wmill import task, workflow


@task()
async def fetch_page(account: str, cursor: str) -> dict:
    return {"items": [], "next": ""}


@task()
async def archive(items: list) -> int:
    return len(items)


async def drain(account: str, cursor: str, depth: int, limit: int) -> int:
    page = await fetch_page(account, cursor)
    archived = await archive(page["items"]) if page["items"] else 0
    if not page["next"] or depth + 1 >= limit:
        return archived
    return archived + await drain(account, page["next"], depth + 1, limit)


@workflow
async def main(account: str, max_pages: int = 50):
    total = await drain(account, "", 0, max_pages)
    return {"archived": total}
