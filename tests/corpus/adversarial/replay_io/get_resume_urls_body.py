# SDK: wmill 1.850.0 client.py get_resume_urls() mints a fresh nonce through the API each call; outside step() the URLs sent differ between replays.
from wmill import get_resume_urls, task, wait_for_approval, workflow


@task()
async def email_manager(link: str) -> bool:
    return True


@workflow
async def main(request_id: str):
    urls = get_resume_urls("manager")  # expect: WAC102
    await email_manager(urls["approvalPage"])
    decision = await wait_for_approval(timeout=86400)
    return decision["approved"]
