# Start of day: fetch the calendar and weather while recording the start time,
# all in one gather. In Python, asyncio.gather evaluates task calls (which take
# their checkpoint key when called) before it starts the step() coroutine.
import asyncio
from datetime import datetime, timezone

import requests
from wmill import sleep, step, task, workflow


@task()
async def calendar(user: str) -> list:
    return requests.get(f"https://cal.example/{user}/today", timeout=30).json()


@task()
async def weather(city: str) -> dict:
    return requests.get(f"https://weather.example/{city}", timeout=30).json()


@task()
async def send_briefing(user: str, events: list, forecast: dict) -> None:
    requests.post(
        "https://mail.example/send",
        json={"to": user, "events": events, "forecast": forecast},
        timeout=30,
    )


@workflow
async def main(user: str, city: str):
    started, events, forecast = await asyncio.gather(
        step("started", lambda: datetime.now(timezone.utc).isoformat()),
        calendar(user),
        weather(city),
    )
    await sleep(60)
    await send_briefing(user, events, forecast)
    return {"started": started}
