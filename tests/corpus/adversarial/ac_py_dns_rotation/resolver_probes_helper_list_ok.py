# SDK: wmill 1.850.0 a task call queues its step when made; a sync helper that builds the coroutines and a body that gathers all of them reads every result
import asyncio

import httpx
from wmill import step, task, workflow

RESOLVERS = ["1.1.1.1", "8.8.8.8", "9.9.9.9", "208.67.222.222"]


@task(timeout=30)
async def probe(resolver: str, fqdn: str, expected: str) -> dict:
    r = httpx.get("https://probe.netops.example/dig", params={"server": resolver, "name": fqdn})
    answers = r.json()["answers"]
    return {"resolver": resolver, "ok": expected in answers}


def probes_for(fqdn: str, expected: str, resolvers: list[str]):
    return [probe(resolver=r, fqdn=fqdn, expected=expected) for r in resolvers]


@task()
async def mark_cutover(fqdn: str, ok: int, total: int) -> None:
    httpx.post("https://cmdb.netops.example/cutovers", json={"fqdn": fqdn, "ok": ok, "total": total})


@workflow
async def main(records: dict[str, str]):
    summary = {}
    for fqdn, expected in sorted(records.items()):
        results = await asyncio.gather(*probes_for(fqdn, expected, RESOLVERS))
        ok = sum(1 for r in results if r["ok"])
        await mark_cutover(fqdn=fqdn, ok=ok, total=len(results))
        summary[fqdn] = ok
    return await step("summary", lambda: summary)
