# SDK: wmill 1.850.0 asyncio.gather of per-party task coroutines, results zipped back with the sorted parties; a normalising helper with unicodedata is pure
import asyncio
import re
import unicodedata

import httpx
import wmill
from wmill import task, workflow

_SUFFIXES = re.compile(r"\b(inc|llc|ltd|gmbh|corp|co)\.?$", re.I)


def normalise(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _SUFFIXES.sub("", folded.strip().lower()).strip(" ,.")


@task()
async def search_conflicts(party: str) -> list[dict]:
    db = wmill.get_resource("f/legal/conflicts_db")
    async with httpx.AsyncClient(base_url=db["url"], headers={"x-key": db["key"]}) as c:
        r = await c.get("/search", params={"q": party})
        r.raise_for_status()
        return r.json()["hits"]


@task()
async def open_intake(matter_name: str, clean: bool, report: dict) -> str:
    async with httpx.AsyncClient() as c:
        r = await c.post("https://intake.lawfirm.example/matters", json={"name": matter_name, "clean": clean, "report": report})
        r.raise_for_status()
        return r.json()["matter_id"]


@workflow
async def main(matter_name: str, client: str, adverse: list[str], related: list[str] = []):
    parties = sorted({normalise(p) for p in [client, *adverse, *related] if p.strip()})
    hits = await asyncio.gather(*[search_conflicts(p) for p in parties])
    report = {party: found for party, found in zip(parties, hits) if found}
    clean = not report
    matter_id = await open_intake(matter_name, clean, report)
    return {"matter_id": matter_id, "clean": clean, "conflicts": report}
