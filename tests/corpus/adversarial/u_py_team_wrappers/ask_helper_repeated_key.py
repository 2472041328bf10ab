# SDK: wmill 1.850.0 WorkflowCtx._wait_for_approval raises when an explicit key was already allocated ("WAC step key ... is already used"); the team's ask() forwards its key, so asking "security" twice fails the run
from wmill import get_approval_urls, step, task, wait_for_approval, workflow


async def ask(key: str, channel: str, timeout: int = 3600) -> dict:
    """Team helper: post keyed approval links to Slack, then wait for that approval."""
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
async def scan_image(image: str) -> dict:
    import requests

    return requests.post("https://scanner.internal/api/scan", json={"image": image}, timeout=600).json()


@task()
async def promote(image: str, env: str) -> str:
    import requests

    return requests.post("https://deploy.internal/api/promote", json={"image": image, "env": env}, timeout=60).json()["rev"]


@workflow
async def main(image: str):
    report = await scan_image(image)
    if report["critical"]:
        await ask("security", "#sec-reviews")
    staging = await promote(image, "staging")
    await ask("security", "#sec-reviews", timeout=7200)  # expect: WAC303
    prod = await promote(image, "prod")
    return {"staging": staging, "prod": prod}
