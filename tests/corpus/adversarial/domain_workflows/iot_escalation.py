# SDK: wmill 1.850.0 client.py: the body reruns in every round; random.choice in the body picks another person each round, and a step named from the loop's level gets a generated name.
import random
from typing import TypedDict

from wmill import sleep, step, task, workflow


class Level(TypedDict):
    channel: str
    wait_minutes: int


@task()
async def read_sensor(device_id: str) -> dict:
    return {"temp_c": 81.5}


@task()
async def page(channel: str, person: str, text: str) -> str:
    return "page_1"


@task()
async def ack_status(alert_id: str) -> bool:
    return False


@workflow
async def main(device_id: str, levels: list[Level], oncall: list[str], threshold_c: float = 75.0):
    reading = await read_sensor(device_id)
    if reading["temp_c"] < threshold_c:
        return {"status": "normal"}
    person = random.choice(oncall)  # expect: WAC102
    for level in levels:
        await page(level["channel"], person, f"{device_id} overheating")
        await sleep(level["wait_minutes"] * 60)
        acked = await step(f"ack_{level['channel']}", lambda: True)  # expect: WAC103
        if acked and await ack_status(device_id):
            return {"status": "acknowledged"}
    return {"status": "unacknowledged"}
