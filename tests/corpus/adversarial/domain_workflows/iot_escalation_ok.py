# SDK: wmill 1.850.0 client.py: sleep() suspends server-side and resumes by replay; the escalation ladder comes from the input, the acknowledgement from a task, and the on-call pick from a step.
import random
from typing import TypedDict

from wmill import sleep, step, task, workflow


class Level(TypedDict):
    channel: str
    wait_minutes: int


@task()
async def read_sensor(device_id: str) -> dict:
    return {"temp_c": 81.5, "ok": False}


@task()
async def page(channel: str, person: str, text: str) -> str:
    return "page_1"


@task()
async def is_acknowledged(alert_id: str) -> bool:
    return False


@task()
async def open_incident(device_id: str, reading: dict) -> str:
    return "inc_1"


@workflow
async def main(device_id: str, levels: list[Level], oncall: list[str], threshold_c: float = 75.0):
    reading = await read_sensor(device_id)
    if reading["temp_c"] < threshold_c:
        return {"status": "normal", "reading": reading}

    incident = await open_incident(device_id, reading)
    person = await step("pick_oncall", lambda: random.choice(oncall))
    for level in levels:
        await page(level["channel"], person, f"{device_id} at {reading['temp_c']}C ({incident})")
        await sleep(level["wait_minutes"] * 60)
        if await is_acknowledged(incident):
            return {"status": "acknowledged", "incident": incident, "level": level["channel"]}
        recheck = await read_sensor(device_id)
        if recheck["temp_c"] < threshold_c:
            return {"status": "recovered", "incident": incident}
    return {"status": "unacknowledged", "incident": incident}
