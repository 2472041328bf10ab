# Collect the distinct tags of an article.
from wmill import task, workflow


@task()
async def distinct_tags(tags: list[str]):
    return set(tags)  # expect: WAC107


@workflow
async def main(tags: list[str]):
    unique = await distinct_tags(tags)
    return len(unique)
