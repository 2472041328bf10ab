# SDK: wmill 1.850.0: min/max/len of a set do not depend on its order; membership tests on a set while looping over a list; dict.fromkeys keeps list order
from statistics import fmean

from wmill import task, workflow


@task()
async def reports_for(reviewer: str) -> list[dict]:
    import requests

    r = requests.get(f"https://ems.example-press.org/api/reviewers/{reviewer}/reports", timeout=30)
    r.raise_for_status()
    return r.json()


@task()
async def store_score(reviewer: str, score: float, journals: list[str]) -> None:
    import requests

    requests.put(
        f"https://ems.example-press.org/api/reviewers/{reviewer}/quality",
        json={"score": score, "journals": journals},
        timeout=30,
    ).raise_for_status()


@workflow
async def main(reviewers: list[str], blocked: list[str] = []):
    blocked_set = {b.lower() for b in blocked}
    queue = list(dict.fromkeys(r.lower() for r in reviewers))
    scored = {}
    for reviewer in queue:
        if reviewer in blocked_set:
            continue
        reports = await reports_for(reviewer)
        if not reports:
            continue
        journals = {r["journal"] for r in reports}
        score = round(fmean(r["editor_rating"] for r in reports), 2)
        await store_score(reviewer, score, sorted(journals))
        scored[reviewer] = {"score": score, "journals": len(journals), "first": min(journals)}
    return {"scored": scored, "skipped": len(blocked_set)}
