# SDK: wmill 1.850.0 client.py: `_StepSuspend` derives from `BaseException`, so `except Exception` around a task lets the suspension through and only catches `TaskError` (the guide: "except Exception is safe around WAC calls").
import logging

from wmill import task, workflow

log = logging.getLogger(__name__)


@task()
async def enrich(company: str) -> dict:
    return {"company": company, "employees": 120}


@workflow
async def main(company: str):
    try:
        profile = await enrich(company)
    except Exception as exc:
        log.warning("enrichment failed for %s: %s", company, exc)
        profile = {"company": company, "employees": None}
    return profile
