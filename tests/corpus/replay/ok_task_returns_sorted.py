# Collect the distinct tags of an article, as a sorted list.
from wmill import task, workflow


@task()
async def distinct_tags(tags: list[str]) -> list[str]:
    return sorted(set(tags))


@workflow
async def main(tags: list[str]):
    unique = await distinct_tags(tags)
    return len(unique)
