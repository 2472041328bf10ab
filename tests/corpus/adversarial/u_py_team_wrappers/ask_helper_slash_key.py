# SDK: wmill 1.850.0 _assert_usable_step_key: get_approval_urls and wait_for_approval refuse a key holding "/"; the team's ask() forwards the key it is given, so "release/manager" fails the run
from wmill import get_approval_urls, step, task, wait_for_approval, workflow


async def ask(key: str, channel: str, timeout: int = 3600) -> dict:
    urls = await step("approval_urls", lambda: get_approval_urls(key))
    await step("post_links", lambda: post_links(channel, key, urls))
    return await wait_for_approval(key=key, timeout=timeout)


def post_links(channel: str, key: str, urls: dict) -> None:
    import requests

    requests.post(
        "https://slack.com/api/chat.postMessage",
        json={"channel": channel, "text": f"[{key}] approve: {urls['approvalPage']}"},
        timeout=10,
    )


@task()
async def build_notes(version: str) -> str:
    import requests

    return requests.get(f"https://git.internal/api/release-notes/{version}", timeout=30).text


@task()
async def publish(version: str, notes: str) -> str:
    import requests

    return requests.post("https://releases.internal/api", json={"version": version, "notes": notes}, timeout=30).json()["url"]


@workflow
async def main(version: str):
    notes = await build_notes(version)
    decision = await ask("release/manager", "#releases")  # expect: WAC301
    if not decision.get("approved"):
        return {"published": False}
    return {"published": True, "url": await publish(version, notes)}
