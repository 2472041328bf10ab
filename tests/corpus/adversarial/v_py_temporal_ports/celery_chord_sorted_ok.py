# SDK: wmill 1.850.0 _alloc_key numbers keys in call order; sorted() gives the same order in every round
"""Ported from a Celery chord: group(enrich.s(d) for d in domains) | summarize.s(), with a stable order."""
import asyncio

from wmill import task, workflow


@task()
async def enrich(domain: str) -> dict:
    import httpx

    r = httpx.get(f"https://company.clearbit.example/v2/companies/find?domain={domain}", timeout=20)
    return {"domain": domain, "status": r.status_code, "body": r.json() if r.is_success else None}


@task()
async def summarize(rows: list[dict]) -> dict:
    found = [r for r in rows if r["body"]]
    return {"found": len(found), "missing": [r["domain"] for r in rows if not r["body"]]}


@workflow
async def main(emails: list[str]):
    domains = sorted({e.split("@", 1)[1].lower() for e in emails if "@" in e})
    rows = await asyncio.gather(*(enrich(d) for d in domains))
    unique = dict.fromkeys(r["domain"] for r in rows)
    return await summarize([r for r in rows if r["domain"] in unique])
