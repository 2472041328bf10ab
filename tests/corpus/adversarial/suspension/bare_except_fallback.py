# SDK: wmill 1.850.0 client.py: _StepSuspend derives from BaseException, so a bare `except:` catches the suspension of the awaited task.
from wmill import task, workflow


@task(timeout=600)
async def enrich_company(domain: str) -> dict:
    return {"domain": domain, "employees": 250}


@workflow
async def main(domains: list[str]):
    enriched = []
    for domain in domains:
        try:
            enriched.append(await enrich_company(domain))
        except:  # expect: WAC201
            enriched.append({"domain": domain, "employees": None})
    return enriched
