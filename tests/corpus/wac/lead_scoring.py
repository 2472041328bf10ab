# Score an inbound lead and route it: hot leads go straight to sales, warm ones
# to a nurture sequence, cold ones are only recorded.
from wmill import task, task_flow, workflow
import requests

nurture_sequence = task_flow("f/marketing/nurture_sequence")


@task()
async def enrich_lead(email: str) -> dict:
    return requests.get("https://enrich.example/api/person", params={"email": email}, timeout=30).json()


@task()
async def score_lead(profile: dict) -> int:
    score = 0
    if profile.get("company_size", 0) > 200:
        score += 40
    if profile.get("title", "").lower() in {"cto", "vp engineering", "head of data"}:
        score += 40
    if profile.get("country") in {"US", "DE", "FR", "GB"}:
        score += 20
    return score


@task()
async def create_sales_task(email: str, score: int):
    requests.post("https://crm.example/api/tasks", json={"email": email, "priority": "high", "score": score}, timeout=30)


@task()
async def record_lead(email: str, score: int, segment: str):
    requests.post("https://crm.example/api/leads", json={"email": email, "score": score, "segment": segment}, timeout=30)


@workflow
async def main(email: str):
    profile = await enrich_lead(email)
    score = await score_lead(profile)
    if score >= 80:
        await create_sales_task(email, score)
        segment = "hot"
    elif score >= 40:
        await nurture_sequence(email=email, track="standard")
        segment = "warm"
    else:
        segment = "cold"
    await record_lead(email, score, segment)
    return {"email": email, "score": score, "segment": segment}
