# SDK: wmill 1.850.0 client.py: `async def step(name: str, fn)`: a keyword `func=` is not one of its parameters (TypeError: unexpected keyword argument), the same for sleep(duration=...), whose parameter is `seconds`
"""Snapshot the weekend roster, wait for the sign-up window, then publish it."""

import httpx

from wmill import sleep, step, task, workflow


def build_snapshot(event_id: str) -> dict:
    r = httpx.get(f"https://roster.foodbank.example/api/events/{event_id}/signups", timeout=20)
    r.raise_for_status()
    return {"event": event_id, "signups": r.json()}


@task(timeout=120)
async def publish_roster(event_id: str, signups: list[dict]) -> str:
    async with httpx.AsyncClient() as http:
        r = await http.post(f"https://roster.foodbank.example/api/events/{event_id}/roster", json={"signups": signups})
        r.raise_for_status()
        return r.json()["url"]


@workflow
async def main(event_id: str, window_hours: int = 48):
    await sleep(duration=window_hours * 3600)  # expect: WAC302
    snapshot = await step("snapshot", func=lambda: build_snapshot(event_id))  # expect: WAC302
    url = await publish_roster(event_id, snapshot["signups"])
    return {"roster": url}
