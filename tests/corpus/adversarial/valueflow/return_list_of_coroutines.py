# SDK: wmill 1.850.0 client.py _run_workflow_async returns `await func(...)` as the result: a list of task coroutines is returned unawaited, not their values.
from wmill import task, workflow


@task(timeout=300)
async def resize(image_url: str, width: int) -> str:
    return f"{image_url}?w={width}"


@workflow
async def main(image_urls: list[str], width: int = 640):
    jobs = [resize(url, width) for url in image_urls]
    return jobs  # expect: WAC106
