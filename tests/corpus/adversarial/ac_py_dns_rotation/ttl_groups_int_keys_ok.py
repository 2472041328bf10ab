# SDK: wmill 1.850.0 json.dumps turns int dict keys into str keys; the body reads them back by str(ttl)
from collections import defaultdict

import httpx
from wmill import task, workflow

DNS_API = "https://dns.netops.example/v1"
LOW_TTL = 300


@task()
async def zone_records(zone: str) -> list[dict]:
    r = httpx.get(f"{DNS_API}/zones/{zone}/records")
    r.raise_for_status()
    return r.json()["records"]


@task()
async def group_by_ttl(records: list[dict]) -> dict[str, list[str]]:
    groups: defaultdict[str, list[str]] = defaultdict(list)
    for rec in records:
        groups[str(rec["ttl"])].append(rec["name"])
    return dict(groups)


@task()
async def raise_ttl(zone: str, names: list[str], ttl: int) -> int:
    r = httpx.patch(f"{DNS_API}/zones/{zone}/records", json={"names": names, "ttl": ttl})
    return r.json()["updated"]


@workflow
async def main(zone: str, target_ttl: int = 3600):
    records = await zone_records(zone=zone)
    groups = await group_by_ttl(records=records)
    low = groups.get(str(LOW_TTL), [])
    updated = 0
    if low:
        updated = await raise_ttl(zone=zone, names=low, ttl=target_ttl)
    return {"zone": zone, "raised": updated, "groups": len(groups)}
