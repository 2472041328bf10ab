# SDK: wmill 1.850.0 wait_for_approval is an async def: calling it builds a coroutine and allocates no key; the key "studio_manager" is taken once, when the stored coroutine is awaited after the quotes
import asyncio
import logging

import httpx
from wmill import TaskError, step, task, wait_for_approval, workflow

log = logging.getLogger("kiln.commission")

QUOTES = "https://quotes.studio.example/api"
APPROVAL_DAYS = 3


@task()
async def quote_clay(kg: int) -> dict:
    r = httpx.get(f"{QUOTES}/clay", params={"kg": kg})
    r.raise_for_status()
    return r.json()


@task()
async def quote_firing(pieces: int, cone: str) -> dict:
    r = httpx.get(f"{QUOTES}/firing", params={"pieces": pieces, "cone": cone})
    r.raise_for_status()
    return r.json()


@task()
async def send_quote(client_email: str, total: float) -> None:
    httpx.post(f"{QUOTES}/send", json={"to": client_email, "total": total}).raise_for_status()


@task()
async def start_commission(client_email: str, pieces: int) -> str:
    r = httpx.post(f"{QUOTES}/commissions", json={"client": client_email, "pieces": pieces})
    r.raise_for_status()
    return r.json()["id"]


@workflow
async def main(client_email: str, pieces: int, cone: str = "6", clay_kg: int = 25):
    manager_ok = wait_for_approval(timeout=APPROVAL_DAYS * 24 * 3600, key="studio_manager")
    try:
        clay, firing = await asyncio.gather(quote_clay(kg=clay_kg), quote_firing(pieces=pieces, cone=cone))
    except TaskError as err:
        manager_ok.close()
        raise RuntimeError("could not price the commission") from err
    total = await step("total", lambda: round(float(clay["price"]) + float(firing["price"]), 2))
    await send_quote(client_email=client_email, total=total)
    decision = await manager_ok
    if not decision["approved"]:
        return {"client": client_email, "started": False, "total": total}
    commission = await start_commission(client_email=client_email, pieces=pieces)
    log.info("commission %s for %s", commission, client_email)
    return {"client": client_email, "started": True, "commission": commission, "total": total}
