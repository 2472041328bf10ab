# SDK: wmill 1.850.0 client.py get_approval_urls(step_key, approver) returns URLs bound to that wait_for_approval(key=...) step; called inside step() its result is checkpointed.
import requests
from wmill import get_approval_urls, step, task, wait_for_approval, workflow


@task()
async def build_release(version: str) -> dict:
    return {"version": version, "artifact": f"s3://releases/{version}.tar.gz"}


def post_to_slack(webhook: str, text: str) -> int:
    return requests.post(webhook, json={"text": text}, timeout=10).status_code


@workflow
async def main(version: str, slack_webhook: str):
    release = await build_release(version)
    urls = await step("urls", lambda: get_approval_urls("release_manager"))
    await step("notify", lambda: post_to_slack(slack_webhook, f"Approve {version}: {urls['resume']}"))
    decision = await wait_for_approval(key="release_manager", timeout=86400)
    return {"release": release, "approved": bool(decision)}
