# SDK: wmill 1.850.0 _execute_directly calls the task function and awaits only a coroutine; an async generator task's body never runs and its result is the generator's repr
from wmill import task, workflow, step


@task(timeout=900, tag="etl")
async def screened_candidates(trial_id: str, site_id: str):  # expect: WAC004
    import requests

    page = 1
    while True:
        r = requests.get(
            f"https://ehr.internal/sites/{site_id}/candidates",
            params={"trial": trial_id, "page": page},
            timeout=60,
        )
        batch = r.json()
        if not batch:
            return
        for cand in batch:
            if cand["eligible"]:
                yield cand
        page += 1


@task()
async def enroll(trial_id: str, candidate_id: str) -> dict:
    import requests

    return requests.post(f"https://ctms.internal/trials/{trial_id}/enroll", json={"candidate": candidate_id}, timeout=30).json()


@workflow
async def main(trial_id: str, site_id: str, target: int = 20):
    candidates = await screened_candidates(trial_id, site_id)
    enrolled = []
    for cand in candidates[:target]:
        enrolled.append(await enroll(trial_id, cand["id"]))
    count = await step("count", lambda: len(enrolled))
    return {"site": site_id, "enrolled": count}
