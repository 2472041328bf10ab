# SDK: wmill 1.850.0 client.py _next_step: the parent round suspends at once, so wait_for never times out there; the child round runs the task body inside wait_for, and a caught TimeoutError walks on to the next task, which _never_resolve()s (run: the child hangs).
import asyncio

import httpx
from wmill import task, workflow


@task()
async def score_lead(lead_id: str) -> float:
    async with httpx.AsyncClient() as client:
        resp = await client.get(f"https://scoring.example.com/leads/{lead_id}")
        return float(resp.json()["score"])


@task()
async def route_lead(lead_id: str, score: float) -> str:
    return "sales" if score > 0.7 else "nurture"


@workflow
async def main(lead_id: str):
    try:
        score = await asyncio.wait_for(score_lead(lead_id), timeout=20)
    except asyncio.TimeoutError:  # expect: WAC204
        score = 0.0
    return await route_lead(lead_id, score)
