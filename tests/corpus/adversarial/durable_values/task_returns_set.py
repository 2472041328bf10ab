# SDK: wmill 1.850.0 client.py task(): "its result is always encoded as JSON" (default=str): a set comes back as the string "{'a', 'b'}".
from wmill import task, workflow


@task()
async def collect_tags(post_ids: list[str]) -> set[str]:
    tags = set()
    for post_id in post_ids:
        tags.update({f"tag-{post_id[:2]}", "news"})
    return tags  # expect: WAC107


@task()
async def publish_tags(tags: list[str]) -> int:
    return len(tags)


@workflow
async def main(post_ids: list[str]):
    tags = await collect_tags(post_ids)
    return await publish_tags(sorted(tags))
