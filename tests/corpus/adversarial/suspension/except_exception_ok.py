# SDK: wmill 1.850.0 client.py: _StepSuspend(BaseException) is not caught by `except Exception`, which only sees TaskError and ordinary errors.
from wmill import TaskError, task, workflow


@task(timeout=600)
async def enrich_company(domain: str) -> dict:
    return {"domain": domain, "employees": 250}


@task()
async def log_failure(domain: str, message: str) -> None:
    print(f"enrichment failed for {domain}: {message}")


@workflow
async def main(domains: list[str]):
    enriched = []
    for domain in domains:
        try:
            enriched.append(await enrich_company(domain))
        except TaskError as e:
            await log_failure(domain, str(e))
        except Exception:
            enriched.append({"domain": domain, "employees": None})
    return enriched
