# SDK: wmill 1.850.0 client.py: a task's result crosses `json.dumps(..., default=str)` in the child job; a `frozenset` is not JSON, so it comes back as the string `"frozenset({'B12', ...})"`, and `code in defects` below is a substring test on that string
"""Decide from the magnetic rope test whether the haul rope can stay in service."""

import httpx

from wmill import task, workflow

DISCARD_CODES = ("BW", "LF", "CORR3")


@task(timeout=1800)
async def mrt_defects(line: str, survey_id: str) -> frozenset[str]:
    async with httpx.AsyncClient(base_url="https://mrt.ropeway.example") as client:
        r = await client.get(f"/lines/{line}/surveys/{survey_id}/defects")
        r.raise_for_status()
        return frozenset(d["code"] for d in r.json()["defects"])  # expect: WAC107


@task(timeout=300)
async def take_out_of_service(line: str, reason: str) -> dict:
    async with httpx.AsyncClient(base_url="https://scada.ropeway.example") as client:
        r = await client.post(f"/lines/{line}/state", json={"state": "closed", "reason": reason})
        r.raise_for_status()
        return r.json()


@workflow
async def main(line: str, survey_id: str):
    defects = await mrt_defects(line, survey_id)
    hits = [code for code in DISCARD_CODES if code in defects]
    if hits:
        return await take_out_of_service(line, f"rope discard criteria: {', '.join(hits)}")
    return {"line": line, "in_service": True}
