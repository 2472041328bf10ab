# SDK: wmill 1.850.0 get_state() / set_state() call the Windmill API (_client.get_state / set_state: HTTP to the resource store), so in the body they read and write server state again on every replay round
import logging

import httpx
import wmill
from wmill import parallel, task, workflow

log = logging.getLogger("glacier.gnss")

GNSS_API = "https://gnss.glaciology.example/api"


@task()
async def new_epochs(station: str, since: int) -> list[int]:
    r = httpx.get(f"{GNSS_API}/stations/{station}/epochs", params={"since": since})
    r.raise_for_status()
    return [e["t"] for e in r.json()]


@task(timeout=900)
async def solve_epoch(epoch: int) -> dict:
    r = httpx.post(f"{GNSS_API}/ppp", json={"epoch": epoch})
    r.raise_for_status()
    return r.json()


@task()
async def append_velocities(station: str, solutions: list[dict]) -> int:
    r = httpx.post(f"{GNSS_API}/stations/{station}/velocities", json=solutions)
    r.raise_for_status()
    return r.json()["rows"]


@workflow
async def main(station: str, batch: int = 48):
    cursor = wmill.get_state() or {"last_epoch": 0}  # expect: WAC101
    epochs = await new_epochs(station, cursor["last_epoch"])
    if not epochs:
        return {"station": station, "rows": 0}
    solved = await parallel(epochs[:batch], solve_epoch, concurrency=8)
    rows = await append_velocities(station, solved)
    wmill.set_state({"last_epoch": max(epochs[:batch])})  # expect: WAC101
    log.info("station %s: %d rows", station, rows)
    return {"station": station, "rows": rows}
