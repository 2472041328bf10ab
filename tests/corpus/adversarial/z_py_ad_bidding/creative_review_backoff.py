# SDK: wmill 1.850.0 a failed task's key replays as TaskError at once; wmill.sleep suspends server-side, time.sleep holds the worker and runs again on every replay
import time

from wmill import task, workflow, TaskError, wait_for_approval, step, get_resume_urls

MAX_ATTEMPTS = 4


@task(timeout=300, tag="creative")
async def run_brand_safety_scan(creative_url: str) -> dict:
    import requests

    r = requests.post("https://safety.internal/scan", json={"url": creative_url}, timeout=60)
    r.raise_for_status()
    return r.json()


@task()
async def notify_reviewer(channel: str, creative_url: str, approval_page: str) -> None:
    import requests

    requests.post(channel, json={"text": f"Review {creative_url}: {approval_page}"}, timeout=10)


@workflow
async def main(creative_url: str, review_channel: str):
    scan = None
    for attempt in range(MAX_ATTEMPTS):
        try:
            scan = await run_brand_safety_scan(creative_url)
            break
        except TaskError as e:
            print(f"scan attempt {attempt + 1} failed: {e}")
            time.sleep(15 * 2**attempt)  # expect: WAC101
    if scan is None:
        return {"creative": creative_url, "status": "scan_failed"}

    if scan["risk"] == "low":
        return {"creative": creative_url, "status": "auto_approved"}

    urls = await step("urls", lambda: get_resume_urls())
    await notify_reviewer(review_channel, creative_url, urls["approvalPage"])
    decision = await wait_for_approval(timeout=86400)
    return {"creative": creative_url, "status": "approved" if decision["approved"] else "rejected"}
