# SDK: wmill 1.850.0 a set used only for membership while iterating the input list keeps the list's order; dict.fromkeys dedupes in insertion order; a log helper that stamps the time only prints
import logging
from datetime import datetime, timezone

import httpx
from wmill import task, workflow

logger = logging.getLogger("requests")


def note(msg: str) -> None:
    logger.info("[%s] %s", datetime.now(timezone.utc).isoformat(), msg)


@task()
async def fulfil(request_id: str, accession: str, grams: float) -> dict:
    async with httpx.AsyncClient() as c:
        r = await c.post("https://dist.seedbank.example/fulfil", json={"id": request_id, "accession": accession, "grams": grams})
        r.raise_for_status()
        return r.json()


@task()
async def reject(request_id: str, reason: str) -> None:
    async with httpx.AsyncClient() as c:
        await c.post("https://dist.seedbank.example/reject", json={"id": request_id, "reason": reason})


@workflow
async def main(requests: list[dict], max_per_accession: int = 2):
    seen: set[str] = set()
    per_accession: dict[str, int] = {}
    done, rejected = [], []
    for req in requests:
        if req["id"] in seen:
            note(f"duplicate request {req['id']}")
            continue
        seen.add(req["id"])
        count = per_accession.get(req["accession"], 0)
        if count >= max_per_accession:
            await reject(req["id"], "quota")
            rejected.append(req["id"])
            continue
        per_accession[req["accession"]] = count + 1
        done.append(await fulfil(req["id"], req["accession"], float(req.get("grams", 2.5))))
    institutions = list(dict.fromkeys(r["institution"] for r in requests))
    note(f"served {len(done)} requests from {len(institutions)} institutions")
    return {"done": done, "rejected": rejected, "institutions": institutions}
