# SDK: wmill 1.850.0 except Exception does not catch _StepSuspend (BaseException); a finally that only logs runs on suspension but does nothing durable
import logging
from contextlib import contextmanager
from typing import Iterator

import httpx
from wmill import parallel, sleep, task, workflow

logger = logging.getLogger(__name__)
ROOMS = ("CR-1", "CR-2", "CR-3", "CR-4")
SENSOR_API = "https://sensors.seedbank.example"


@contextmanager
def sensor_session(room: str) -> Iterator[httpx.Client]:
    client = httpx.Client(base_url=SENSOR_API, params={"room": room}, timeout=15)
    try:
        yield client
    finally:
        client.close()


@task(timeout=120)
async def read_room(room: str) -> dict:
    with sensor_session(room) as s:
        r = s.get("/readings/latest")
        r.raise_for_status()
        body = r.json()
    return {"room": room, "temp_c": float(body["temp"]), "rh": float(body["rh"])}


@task()
async def open_ticket(room: str, reading: dict) -> str:
    with sensor_session(room) as s:
        r = s.post("/tickets", json={"reading": reading, "severity": "high"})
        r.raise_for_status()
        return r.json()["id"]


def out_of_range(reading: dict, max_temp: float, max_rh: float) -> bool:
    return reading["temp_c"] > max_temp or reading["rh"] > max_rh


@workflow
async def main(max_temp: float = -18.0, max_rh: float = 15.0, recheck_minutes: int = 30):
    logger.info("auditing %s", ", ".join(ROOMS))
    tickets: list[str] = []
    try:
        first = await parallel(list(ROOMS), read_room, concurrency=2)
        suspect = [r for r in first if out_of_range(r, max_temp, max_rh)]
        if suspect:
            await sleep(recheck_minutes * 60)
            second = await parallel([r["room"] for r in suspect], read_room)
            for reading in second:
                if out_of_range(reading, max_temp, max_rh):
                    try:
                        tickets.append(await open_ticket(reading["room"], reading))
                    except Exception as exc:
                        logger.warning("ticket for %s failed: %s", reading["room"], exc)
    finally:
        logger.info("audit round finished with %d tickets so far", len(tickets))
    return {"tickets": tickets}
