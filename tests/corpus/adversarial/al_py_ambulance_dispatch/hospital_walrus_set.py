# SDK: wmill 1.850.0 keys task calls by name and call order (`_alloc_key`: `score_hospital`, `score_hospital_2`, ...); `{*hospitals}` is a set of str whose iteration order follows str hashing, salted per process, and every round is a new process, so each key gets another hospital on replay
"""Choose a receiving hospital. Ported from a Hatchet workflow that fanned out one
scoring step per candidate hospital (deduplicated) and kept those with capacity."""

import httpx

from wmill import task, workflow


@task(timeout=90)
async def score_hospital(hospital_id: str, incident_id: str) -> float:
    async with httpx.AsyncClient(base_url="https://capacity.ems.example") as client:
        r = await client.get(f"/hospitals/{hospital_id}/score", params={"incident": incident_id})
        r.raise_for_status()
        return float(r.json()["score"])


@task(timeout=90)
async def prenotify(hospital_id: str, incident_id: str) -> dict:
    async with httpx.AsyncClient(base_url="https://capacity.ems.example") as client:
        r = await client.post(f"/hospitals/{hospital_id}/prenotify", json={"incident": incident_id})
        r.raise_for_status()
        return r.json()


@workflow
async def main(incident_id: str, hospitals: list[str]):
    ranked = [(h, s) for h in {*hospitals} if (s := await score_hospital(h, incident_id)) > 0]  # expect: WAC105
    if not ranked:
        return {"incident": incident_id, "hospital": None}
    hospital, score = max(ranked, key=lambda pair: pair[1])  # expect: WAC105
    ack = await prenotify(hospital, incident_id)
    return {"incident": incident_id, "hospital": hospital, "score": score, "ack": ack}
