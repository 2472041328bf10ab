# SDK: wmill 1.850.0 returns task results as JSON values (dicts, lists, str, int); mapping, sequence and builtin class patterns (`int(n)`, `str(msg)`) match those types as they come back, the same in every round
"""Handle a sold-out planetarium session: match on the box office's answer and offer
the waitlist a later show."""

import httpx

from wmill import task, workflow


@task(timeout=60)
async def session_status(session_id: str) -> dict:
    async with httpx.AsyncClient(base_url="https://boxoffice.planetarium.example") as client:
        r = await client.get(f"/sessions/{session_id}/status")
        r.raise_for_status()
        return r.json()


@task(timeout=120)
async def offer_later_show(session_id: str, customer_ids: list[str]) -> dict:
    async with httpx.AsyncClient(base_url="https://boxoffice.planetarium.example") as client:
        r = await client.post(f"/sessions/{session_id}/waitlist-offers", json={"customers": customer_ids})
        r.raise_for_status()
        return r.json()


@workflow
async def main(session_id: str, low_water: int = 10):
    match await session_status(session_id):
        case {"status": "sold_out", "waitlist": [first, *rest]}:
            return await offer_later_show(session_id, [first, *rest])
        case {"status": "sold_out"}:
            return {"session": session_id, "action": "none", "reason": "empty waitlist"}
        case {"status": "open", "seats_left": int(n)} if n < low_water:
            return {"session": session_id, "action": "promote", "seats_left": n}
        case {"status": str(other)}:
            return {"session": session_id, "action": "none", "status": other}
        case _:
            return {"session": session_id, "action": "none"}
