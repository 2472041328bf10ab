# SDK: wmill 1.850.0 client.py set_variable() is an API call: inside a @task it runs once in that child job; asyncio.gather of tasks keeps the call order
"""Dye-lot release from the Celery chord, with the marker written by a task."""

import asyncio
import logging

import wmill
from wmill import task, workflow

log = logging.getLogger("dyehouse.release")

LAB = "https://lab.dyehouse.example/api"
DELTA_E_LIMIT = 1.2


@task()
async def mark_started(lot: str) -> None:
    wmill.set_variable("f/dyehouse/last_lot_started", lot)


@task()
async def measure_vat(vat: str, lot: str) -> dict:
    import httpx

    r = httpx.get(f"{LAB}/spectro/{vat}", params={"lot": lot}, timeout=30)
    r.raise_for_status()
    m = r.json()
    return {"vat": vat, "delta_e": m["delta_e"], "ph": m["ph"]}


@task()
async def release_lot(lot: str, readings: list[dict]) -> dict:
    import httpx

    r = httpx.post(f"{LAB}/lots/{lot}/release", json={"readings": readings})
    r.raise_for_status()
    return r.json()


@task()
async def hold_lot(lot: str, reasons: list[str]) -> None:
    import httpx

    httpx.post(f"{LAB}/lots/{lot}/hold", json={"reasons": reasons}).raise_for_status()


def failures(readings: list[dict]) -> list[str]:
    out = []
    for r in readings:
        if r["delta_e"] > DELTA_E_LIMIT:
            out.append(f"{r['vat']}: dE {r['delta_e']:.2f}")
        if not 3.5 <= r["ph"] <= 5.5:
            out.append(f"{r['vat']}: pH {r['ph']:.1f}")
    return out


@workflow
async def main(lot: str, vats: list[str]):
    await mark_started(lot)
    readings = list(await asyncio.gather(*[measure_vat(v, lot) for v in vats]))
    bad = failures(readings)
    if bad:
        await hold_lot(lot, bad)
        return {"lot": lot, "released": False, "reasons": bad}
    release = await release_lot(lot, readings)
    log.info("released %s", lot)
    return {"lot": lot, "released": True, "ticket": release["ticket"]}
