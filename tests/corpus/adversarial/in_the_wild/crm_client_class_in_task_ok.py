# SDK: wmill 1.850.0 client.py: a module-level client object built without I/O (requests.Session connects on first request) and used only inside a task does its I/O in the task's job.
import requests
from wmill import task, workflow


class CrmClient:
    def __init__(self, base_url: str):
        self.base_url = base_url
        self.session = requests.Session()

    def upsert_contact(self, email: str, fields: dict) -> str:
        r = self.session.post(f"{self.base_url}/contacts", json={"email": email, **fields}, timeout=15)
        r.raise_for_status()
        return r.json()["id"]


crm = CrmClient("https://crm.example.com/api")


@task()
async def score_lead(email: str) -> int:
    return 80 if email.endswith(".com") else 40


@task()
async def upsert(email: str, score: int) -> str:
    return crm.upsert_contact(email, {"score": score})


@workflow
async def main(email: str):
    score = await score_lead(email)
    return {"contact": await upsert(email, score), "score": score, "base": crm.base_url}
