# SDK: wmill 1.850.0 client.py task(timeout=...): the job's own timeout bounds the task; a timed-out child job fails, and the failure reaches the body as TaskError.
import httpx
from wmill import TaskError, task, workflow


@task(timeout=20)
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
        score = await score_lead(lead_id)
    except TaskError:
        score = 0.0
    return await route_lead(lead_id, score)
