# SDK: wmill 1.850.0 asyncio.gather over tasks of sorted ids, a module logger used in the body, pathlib.PurePosixPath of inputs (pure), contextlib.suppress(KeyError) around a dict read, get_variable only inside a task
import asyncio
import logging
from contextlib import suppress
from pathlib import PurePosixPath

import wmill
from wmill import task, workflow

log = logging.getLogger(__name__)
VENDORS = {"overdrive": "https://api.overdrive.example", "hoopla": "https://api.hoopla.example"}


@task(timeout=180)
async def license_status(vendor: str, isbn: str) -> dict:
    import httpx

    key = wmill.get_variable(f"f/library/{vendor}_key")
    async with httpx.AsyncClient(timeout=30, headers={"X-Key": key}) as c:
        r = await c.get(f"{VENDORS[vendor]}/licenses/{isbn}")
        return r.json()


@task(retry={"attempts": 2, "delay": 60})
async def renew(vendor: str, isbn: str, copies: int) -> dict:
    import httpx

    key = wmill.get_variable(f"f/library/{vendor}_key")
    async with httpx.AsyncClient(timeout=30, headers={"X-Key": key}) as c:
        r = await c.post(f"{VENDORS[vendor]}/licenses/{isbn}/renew", json={"copies": copies})
        r.raise_for_status()
        return r.json()


@workflow
async def main(vendor: str, catalog_file: str, isbns: list[str], budget_cents: int):
    collection = PurePosixPath(catalog_file).stem
    log.info("renewal run for %s (%s)", collection, vendor)
    statuses = await asyncio.gather(*(license_status(vendor, i) for i in sorted(isbns)))
    spent, renewed, skipped = 0, [], []
    for st in sorted(statuses, key=lambda s: -s.get("holds", 0)):
        price = 0
        with suppress(KeyError):
            price = int(st["renewal_price_cents"])
        if st.get("checkouts_left", 0) > 3 or spent + price > budget_cents:
            skipped.append(st["isbn"])
            continue
        copies = max(1, st.get("holds", 0) // 4)
        renewed.append(await renew(vendor, st["isbn"], copies))
        spent += price
    log.info("renewed %d, skipped %d", len(renewed), len(skipped))
    return {"collection": collection, "renewed": renewed, "skipped": skipped, "spent_cents": spent}
