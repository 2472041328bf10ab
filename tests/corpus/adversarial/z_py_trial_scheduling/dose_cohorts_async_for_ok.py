# SDK: wmill 1.850.0 the async generator's awaited task calls are made in the order the body pulls them; breaking out early makes the same calls every round
from typing import AsyncIterator

from wmill import task, workflow, wait_for_approval, step, get_resume_urls


@task(timeout=3600, tag="clinical")
async def run_cohort(trial_id: str, dose_mg: int, size: int) -> dict:
    import requests

    r = requests.post(
        f"https://ctms.internal/trials/{trial_id}/cohorts",
        json={"dose_mg": dose_mg, "size": size},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()


@task()
async def send_to_committee(trial_id: str, summary: dict, approval_page: str) -> None:
    import requests

    requests.post("https://mail.internal/send", json={"trial": trial_id, "summary": summary, "link": approval_page}, timeout=15)


async def escalate(trial_id: str, doses: list[int], size: int) -> AsyncIterator[dict]:
    for dose in doses:
        result = await run_cohort(trial_id, dose, size)
        yield {"dose_mg": dose, "dlt": result["dose_limiting_toxicities"], "n": size}


@workflow
async def main(trial_id: str, doses: list[int], cohort_size: int = 3):
    tolerated = None
    history = []
    async for cohort in escalate(trial_id, sorted(doses), cohort_size):
        history.append(cohort)
        if cohort["dlt"] >= 2:
            break
        tolerated = cohort["dose_mg"]

    urls = await step("urls", lambda: get_resume_urls())
    await send_to_committee(trial_id, {"mtd_candidate": tolerated, "cohorts": history}, urls["approvalPage"])
    decision = await wait_for_approval(timeout=14 * 86400)
    return {"trial": trial_id, "mtd": tolerated if decision["approved"] else None, "cohorts": history}
