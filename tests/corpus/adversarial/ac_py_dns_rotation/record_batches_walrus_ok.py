# SDK: wmill 1.850.0 gather dispatches a batch of task calls in one round, keyed in call order; the walrus slices the sorted input the same way every replay
import asyncio
import functools

import httpx
from wmill import sleep, task, workflow

DNS_API = "https://dns.netops.example/v1"
BATCH = 25


@task(timeout=120)
async def upsert_record(zone: str, fqdn: str, rtype: str, value: str, ttl: int) -> dict:
    r = httpx.put(f"{DNS_API}/zones/{zone}/records/{fqdn}/{rtype}", json={"value": value, "ttl": ttl})
    r.raise_for_status()
    return {"name": fqdn, "status": r.status_code}


@workflow
async def main(zone: str, records: list[dict], ttl: int = 300):
    ordered = sorted(records, key=lambda r: (r["name"], r["type"]))
    upsert = functools.partial(upsert_record, zone=zone, ttl=ttl)
    done: list[dict] = []
    i = 0
    while batch := ordered[i : i + BATCH]:
        calls = [upsert(fqdn=r["name"], rtype=r["type"], value=r["value"]) for r in batch]
        done.extend(await asyncio.gather(*calls))
        i += BATCH
        if i < len(ordered):
            await sleep(10)
    failed = [d["name"] for d in done if d["status"] >= 300]
    return {"zone": zone, "upserted": len(done), "failed": failed}
