# SDK: a @task called from a method the body awaits is still dispatched through the workflow ctx (the wrapper checks _dispatch_ctx), so the push runs once as a child job
import httpx
from wmill import task, workflow


@task(timeout=60)
async def push_contact(token: str, record: dict) -> dict:
    async with httpx.AsyncClient(base_url="https://api.hubapi.com") as http:
        resp = await http.post(
            "/crm/v3/objects/contacts",
            headers={"Authorization": f"Bearer {token}"},
            json={"properties": record},
        )
        return {"email": record["email"], "status": resp.status_code}


class SyncJob:
    batch_size = 50

    async def push(self, record: dict) -> dict:
        raise NotImplementedError

    async def run(self, records: list[dict]) -> list[dict]:
        results = []
        for start in range(0, len(records), self.batch_size):
            for record in records[start : start + self.batch_size]:
                results.append(await self.push(record))
        return results


class HubspotContactSync(SyncJob):
    def __init__(self, token: str) -> None:
        self.token = token

    async def push(self, record: dict) -> dict:
        return await push_contact(token=self.token, record=record)


@task()
async def load_contacts(list_id: str) -> list[dict]:
    return [{"email": f"user{i}@example.com", "list": list_id} for i in range(120)]


@workflow
async def main(list_id: str, hubspot: dict):
    contacts = await load_contacts(list_id=list_id)
    pushed = await HubspotContactSync(hubspot["token"]).run(contacts)
    return {"pushed": len(pushed), "failed": sum(1 for p in pushed if p["status"] >= 400)}
