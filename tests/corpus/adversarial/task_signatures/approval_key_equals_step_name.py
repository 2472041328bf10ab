# SDK: wmill 1.850.0 client.py _wait_for_approval: step("sign_off", ...) already took the key "sign_off", so the approval's key="sign_off" becomes "sign_off_2" and the SDK raises RuntimeError.
from wmill import get_approval_urls, step, task, wait_for_approval, workflow


@task()
async def email_reviewer(reviewer: str, approve_url: str) -> bool:
    return True


@task()
async def publish(doc_id: str) -> str:
    return f"published {doc_id}"


@workflow
async def main(doc_id: str, reviewer: str):
    urls = await step("sign_off", lambda: get_approval_urls("sign_off"))
    await email_reviewer(reviewer, urls["approvalPage"])
    answer = await wait_for_approval(key="sign_off", timeout=86400)  # expect: WAC303
    return await publish(doc_id) if answer.get("approved") else "rejected"
