# SDK: wmill 1.850.0 client.py set_variable() POSTs/updates the variable over HTTP: in the body it runs again on every replay, before and after the tasks it follows
"""Dye-lot release, ported from a Celery chord: group(measure.s(v) for v in
vats) | release.s(lot). The 'last lot' marker used to live in Redis."""

import logging

import wmill
from wmill import task, workflow
import asyncio

log = logging.getLogger("dyehouse.release")

LAB = "https://lab.dyehouse.example/api"
DELTA_E_LIMIT = 1.2


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
    wmill.set_variable("f/dyehouse/last_lot_started", lot)  # expect: WAC101
    readings = await asyncio.gather(*[measure_vat(v, lot) for v in vats])
    bad = failures(list(readings))
    if bad:
        await hold_lot(lot, bad)
        return {"lot": lot, "released": False, "reasons": bad}
    release = await release_lot(lot, list(readings))
    log.info("released %s", lot)
    return {"lot": lot, "released": True, "ticket": release["ticket"]}
