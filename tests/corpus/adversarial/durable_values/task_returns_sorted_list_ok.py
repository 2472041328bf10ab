# SDK: wmill 1.850.0 client.py task(): the result crosses JSON; a sorted list built from a set is plain JSON.
from wmill import task, workflow


@task()
async def collect_tags(post_ids: list[str]) -> list[str]:
    tags: set[str] = set()
    for post_id in post_ids:
        tags.add(f"tag-{post_id[:2]}")
    return sorted(tags)


@task()
async def publish_tags(tags: list[str]) -> int:
    return len(tags)


@workflow
async def main(post_ids: list[str]):
    tags = await collect_tags(post_ids)
    unique = set(tags)
    return await publish_tags(sorted(unique))
