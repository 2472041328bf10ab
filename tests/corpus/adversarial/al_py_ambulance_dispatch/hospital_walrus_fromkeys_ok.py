# SDK: wmill 1.850.0 keys task calls by name and call order (`_alloc_key`); `dict.fromkeys(hospitals)` drops duplicates keeping the input list's order, the same in every round, so each key gets the same hospital on replay
"""Choose a receiving hospital: one scoring task per distinct candidate, in the order
the dispatcher listed them, keeping those with capacity."""

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
    ranked = [(h, s) for h in dict.fromkeys(hospitals) if (s := await score_hospital(h, incident_id)) > 0]
    if not ranked:
        return {"incident": incident_id, "hospital": None}
    hospital, score = max(ranked, key=lambda pair: pair[1])
    ack = await prenotify(hospital, incident_id)
    return {"incident": incident_id, "hospital": hospital, "score": score, "ack": ack}
