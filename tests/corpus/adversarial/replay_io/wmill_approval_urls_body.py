# SDK: wmill 1.850.0 client.py get_approval_urls(step_key) asks the API for the step's URLs; the guide's example calls it inside step(), in the body it is a request per replay.
from wmill import get_approval_urls, task, wait_for_approval, workflow


@task()
async def notify_manager(resume: str, cancel: str) -> bool:
    return True


@workflow
async def main(expense_id: str):
    urls = get_approval_urls("manager")  # expect: WAC101
    await notify_manager(urls["resume"], urls["cancel"])
    decision = await wait_for_approval(key="manager", timeout=86400)
    return decision["approved"]
