# SDK: wmill 1.850.0 step(name, fn) awaits an async fn given by reference, so the download runs once and is checkpointed; hashlib of the bytes inside the step
import hashlib
import os
from functools import partial

import httpx
from wmill import step, task, workflow

STORE = "https://dms.lawfirm.example"


async def fetch_index(matter: str) -> list[dict]:
    async with httpx.AsyncClient(base_url=STORE) as c:
        r = await c.get(f"/matters/{matter}/exhibits")
        r.raise_for_status()
        return r.json()["items"]


def exhibit_label(i: int) -> str:
    letters = ""
    n = i
    while True:
        letters = chr(ord("A") + n % 26) + letters
        n = n // 26 - 1
        if n < 0:
            return f"Exhibit {letters}"


@task(timeout=900, tag="pdf")
async def stamp_exhibit(doc_id: str, label: str) -> dict:
    async with httpx.AsyncClient(base_url=STORE, timeout=120) as c:
        r = await c.get(f"/documents/{doc_id}/content")
        r.raise_for_status()
        digest = hashlib.sha256(r.content).hexdigest()
        up = await c.post(f"/documents/{doc_id}/stamp", json={"label": label, "sha256": digest})
        up.raise_for_status()
    return {"doc_id": doc_id, "label": label, "sha256": digest}


@task()
async def assemble(matter: str, stamped: list[dict]) -> str:
    bucket = os.environ["EXHIBIT_BUCKET"]
    async with httpx.AsyncClient(base_url=STORE) as c:
        r = await c.post(f"/matters/{matter}/bundles", json={"bucket": bucket, "parts": stamped})
        r.raise_for_status()
        return r.json()["url"]


@workflow
async def main(matter: str, exclude: list[str] = []):
    index = await step("exhibit_index", partial(fetch_index, matter))
    wanted = [d for d in index if d["id"] not in exclude]
    wanted.sort(key=lambda d: (d["filed_order"], d["id"]))
    stamped = []
    for i, doc in enumerate(wanted):
        stamped.append(await stamp_exhibit(doc["id"], exhibit_label(i)))
    url = await assemble(matter, stamped)
    return {"bundle": url, "count": len(stamped)}
