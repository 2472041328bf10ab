# SDK: wmill 1.850.0 client.py get_resume_urls() signs a fresh random nonce on each call, so the URLs differ on every replay of the body; get_approval_urls(key) inside step() is stable.
import requests
from wmill import get_resume_urls, step, task, wait_for_approval, workflow


@task()
async def build_release(version: str) -> dict:
    return {"version": version, "artifact": f"s3://releases/{version}.tar.gz"}


def post_to_slack(webhook: str, text: str) -> int:
    return requests.post(webhook, json={"text": text}, timeout=10).status_code


@workflow
async def main(version: str, slack_webhook: str):
    release = await build_release(version)
    urls = get_resume_urls("release-manager")  # expect: WAC102
    await step("notify", lambda: post_to_slack(slack_webhook, f"Approve {version}: {urls['approvalPage']}"))
    decision = await wait_for_approval(timeout=86400)
    return {"release": release, "approved": bool(decision)}
