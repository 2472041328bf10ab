# SDK: wmill 1.850.0 client.py: the body re-runs after every task; a method of a module-level wrapper that posts with requests sends again on each replay.
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


@workflow
async def main(email: str):
    score = await score_lead(email)
    contact_id = crm.upsert_contact(email, {"score": score})  # expect: WAC101
    return {"contact": contact_id, "score": score}
