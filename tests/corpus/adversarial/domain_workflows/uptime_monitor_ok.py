# SDK: wmill 1.850.0 client.py: sleep() suspends between checks; the time of the alert is read in a step, so every round sends the same text.
from datetime import datetime, timezone

from wmill import sleep, step, task, workflow


@task(timeout=30)
async def check_site(url: str) -> dict:
    import httpx

    try:
        r = httpx.get(url, timeout=10, follow_redirects=True)
        return {"ok": r.status_code < 500, "status": r.status_code}
    except httpx.HTTPError as e:
        return {"ok": False, "status": None, "error": str(e)}


@task()
async def send_alert(channel: str, text: str) -> bool:
    return True


@workflow
async def main(url: str, channel: str = "#oncall", retries: int = 3, backoff_s: int = 60):
    last: dict = {}
    for attempt in range(retries):
        last = await check_site(url)
        if last["ok"]:
            return {"status": "up", "attempts": attempt + 1}
        await sleep(backoff_s * (attempt + 1))
    down_at = await step("down_at", lambda: datetime.now(timezone.utc).strftime("%H:%M"))
    await send_alert(channel, f"{url} is down since {down_at} UTC (last status {last.get('status')})")
    return {"status": "down", "last": last}
