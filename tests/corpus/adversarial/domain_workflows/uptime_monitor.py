# SDK: wmill 1.850.0 client.py: the body reruns in every round; the alert text reads the clock in the body (each round builds another text, and the task's arguments differ from the recorded call).
from datetime import datetime

from wmill import sleep, task, workflow


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
    text = f"{url} is down since {datetime.utcnow():%H:%M} UTC (last status {last.get('status')})"  # expect: WAC102
    await send_alert(channel, text)
    return {"status": "down", "last": last}
