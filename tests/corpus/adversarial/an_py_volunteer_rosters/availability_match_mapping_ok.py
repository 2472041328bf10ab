# SDK: wmill 1.850.0 client.py: a task's value is JSON-decoded, so mapping and sequence patterns over it match in every round (dicts and lists), and TaskError is what a failed task raises in the body
"""Offer a shift according to what the availability service says (structural pattern matching)."""

from typing import Literal

import httpx

from wmill import TaskError, task, workflow

type Status = Literal["free", "busy", "unknown"]


@task(timeout=60)
async def check_availability(volunteer_id: str, shift_id: str) -> dict:
    async with httpx.AsyncClient() as http:
        r = await http.get(f"https://roster.foodbank.example/api/volunteers/{volunteer_id}/availability", params={"shift": shift_id})
        r.raise_for_status()
        return r.json()


@task(timeout=60)
async def offer(volunteer_id: str, shift_id: str, slot: str) -> dict:
    async with httpx.AsyncClient() as http:
        r = await http.post("https://roster.foodbank.example/api/offers", json={"volunteer": volunteer_id, "shift": shift_id, "slot": slot})
        r.raise_for_status()
        return r.json()


@workflow
async def main(volunteer_id: str, shift_id: str):
    try:
        answer = await check_availability(volunteer_id, shift_id)
    except TaskError as e:
        return {"status": "unknown", "error": e.result["error"]["message"]}
    match answer:
        case {"status": "free", "slots": [first, *_]}:
            made = await offer(volunteer_id, shift_id, first)
            return {"status": "offered", "offer": made["id"]}
        case {"status": "busy", "until": str(until)}:
            return {"status": "busy", "until": until}
        case _:
            return {"status": "unknown"}
