from wmill import task, workflow

from f.scratch.util import slug  # expect: WAC403


@task()
async def publish(slug_text: str) -> str:
    return slug_text


@workflow
async def main(title: str):
    return await publish(slug_text=slug(title))
