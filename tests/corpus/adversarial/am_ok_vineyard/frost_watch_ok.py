# SDK: wmill 1.850.0: sleep(seconds) is durable; the clock is read inside step() so replays get the checkpointed value; a loop bounded by an input count dispatches the same keys each round
from datetime import datetime, timezone

from wmill import sleep, step, task, workflow

CHECK_EVERY_S = 900
FROST_C = 0.5


@task()
async def read_station(station: str) -> dict:
    import requests

    r = requests.get(f"https://meteo.example-vines.io/stations/{station}/latest", timeout=10)
    r.raise_for_status()
    body = r.json()
    return {"temp_c": float(body["temp_c"]), "taken_at": body["taken_at"]}


@task()
async def start_fans(block: str, reason: str) -> str:
    import requests

    r = requests.post(f"https://fans.example-vines.io/blocks/{block}/start", json={"reason": reason}, timeout=10)
    r.raise_for_status()
    return r.json()["run_id"]


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def describe(reading: dict) -> str:
    return f"{reading['temp_c']:.1f}C at {reading['taken_at']}"


@workflow
async def main(station: str, block: str, checks: int = 16):
    started = await step("watch_started", now_iso)
    runs = []
    lowest = None
    for _ in range(checks):
        reading = await read_station(station)
        lowest = reading["temp_c"] if lowest is None else min(lowest, reading["temp_c"])
        if reading["temp_c"] <= FROST_C:
            runs.append(await start_fans(block, describe(reading)))
            break
        await sleep(CHECK_EVERY_S)
    ended = await step("watch_ended", now_iso)
    return {"started": started, "ended": ended, "lowest": lowest, "fan_runs": runs}
