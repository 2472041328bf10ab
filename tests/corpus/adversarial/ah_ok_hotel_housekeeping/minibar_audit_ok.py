# SDK: wmill 1.850.0 broad handlers inside task bodies (a task runs once as its own job, client.py task docstring), `except TaskError` (an Exception, client.py TaskError) around a task in the body, `except Exception` in the body (the suspension is a BaseException)
import logging

import psycopg
from wmill import TaskError, parallel, task, workflow

log = logging.getLogger("minibar")
PRICES = {"water": 4.0, "cola": 5.0, "nuts": 9.0, "chocolate": 7.5, "wine_split": 16.0}


def charge_for(counts: dict[str, int]) -> float:
    return round(sum(PRICES.get(item, 0.0) * n for item, n in counts.items()), 2)


@task(timeout=120)
async def scan_room(dsn: str, room: str) -> dict:
    try:
        async with await psycopg.AsyncConnection.connect(dsn) as conn:
            cur = await conn.execute("select item, consumed from minibar_scans where room = %s and billed = false", (room,))
            rows = await cur.fetchall()
    except BaseException as exc:  # inside the task's own job: report and keep the audit going
        log.warning("scan failed for %s: %r", room, exc)
        return {"room": room, "counts": {}, "error": str(exc)}
    return {"room": room, "counts": {item: n for item, n in rows}, "error": None}


@task()
async def post_folio_charge(pms_url: str, room: str, amount: float) -> str:
    import httpx

    async with httpx.AsyncClient(timeout=20) as c:
        r = await c.post(f"{pms_url}/folios/{room}/charges", json={"code": "MINIBAR", "amount": amount})
        r.raise_for_status()
        return r.json()["charge_id"]


@workflow
async def main(dsn: str, pms_url: str, rooms: list[str]):
    scans = await parallel(rooms, lambda r: scan_room(dsn, r), concurrency=8)
    charged, failed, skipped = [], [], []
    for scan in scans:
        amount = charge_for(scan["counts"])
        if scan["error"] or amount == 0:
            skipped.append(scan["room"])
            continue
        try:
            charged.append({"room": scan["room"], "charge": await post_folio_charge(pms_url, scan["room"], amount)})
        except TaskError as err:
            failed.append({"room": scan["room"], "step": err.step_key})
    try:
        summary = {"charged": len(charged), "total": round(sum(charge_for(s["counts"]) for s in scans), 2)}
    except Exception:
        summary = {"charged": len(charged), "total": None}
    return {"summary": summary, "charged": charged, "failed": failed, "skipped": skipped}
