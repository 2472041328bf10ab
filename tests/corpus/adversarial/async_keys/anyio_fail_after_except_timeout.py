# SDK: wmill 1.850.0 client.py: the task suspends the round at once, so anyio.fail_after never raises in the workflow's round; its TimeoutError is only raised in the child job that runs the task, where catching it lets the body run on.
import anyio
from wmill import task, workflow


@task()
async def crawl(url: str) -> list[str]:
    return [url]


@task()
async def index_pages(pages: list[str]) -> int:
    return len(pages)


@workflow
async def main(url: str):
    try:
        with anyio.fail_after(300):
            pages = await crawl(url)
    except TimeoutError:  # expect: WAC204
        pages = []
    return await index_pages(pages)
