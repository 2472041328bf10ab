# SDK: wmill 1.850.0 a workflow whose randomness comes in as an input: a seeded random.Random(seed) draws the contest winner in the body (same draw on every replay); the winner's details are fetched and the prize is sent in tasks
import random

import httpx
from wmill import task, workflow

PHONE_API = "https://phones.kxrd.example/api"


@task()
async def load_callers(contest_id: str) -> list[dict]:
    async with httpx.AsyncClient(timeout=20) as client:
        resp = await client.get(f"{PHONE_API}/contests/{contest_id}/callers")
        resp.raise_for_status()
        return resp.json()


@task()
async def send_prize(contest_id: str, caller_id: str, prize: str) -> dict:
    async with httpx.AsyncClient(timeout=20) as client:
        resp = await client.post(f"{PHONE_API}/contests/{contest_id}/winners", json={"caller": caller_id, "prize": prize})
        resp.raise_for_status()
        return resp.json()


@workflow
async def main(contest_id: str, prize: str, seed: int, nth_caller: int = 9):
    callers = await load_callers(contest_id)
    eligible = sorted((c for c in callers if not c.get("won_recently")), key=lambda c: c["called_at"])
    if len(eligible) >= nth_caller:
        winner = eligible[nth_caller - 1]
    elif eligible:
        winner = random.Random(seed).choice(eligible)
    else:
        return {"contest": contest_id, "winner": None}
    receipt = await send_prize(contest_id, winner["id"], prize)
    return {"contest": contest_id, "winner": winner["id"], "receipt": receipt.get("id")}
