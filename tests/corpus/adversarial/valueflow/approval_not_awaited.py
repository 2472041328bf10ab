# SDK: wmill 1.850.0 client.py wait_for_approval is `async def`: without await its coroutine never runs, so the workflow never suspends for approval.
from wmill import get_resume_urls, step, task, wait_for_approval, workflow


@task()
async def request_review(reviewer: str, url: str) -> bool:
    return True


@task()
async def merge(pr: int) -> str:
    return f"merged #{pr}"


@workflow
async def main(pr: int, reviewer: str):
    urls = await step("urls", lambda: get_resume_urls())
    await request_review(reviewer, urls["approvalPage"])
    wait_for_approval(timeout=86400)  # expect: WAC106
    return await merge(pr)
