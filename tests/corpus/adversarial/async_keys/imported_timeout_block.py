# SDK: wmill 1.850.0 client.py: the task suspends the round at once; `timeout` imported from asyncio is the same context manager, and its TimeoutError only happens in the child job, where catching it lets the body run on.
from asyncio import timeout

from wmill import task, workflow


@task()
async def build_site(commit: str) -> str:
    return f"https://preview.example.com/{commit}"


@task()
async def comment_on_pr(pr: int, url: str) -> bool:
    return True


@workflow
async def main(pr: int, commit: str):
    try:
        async with timeout(900):
            url = await build_site(commit)
    except TimeoutError:  # expect: WAC204
        url = "build timed out"
    return await comment_on_pr(pr, url)
