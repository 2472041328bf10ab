# SDK: a plain async method is not a task: helpers the body awaits run inside the replayed body, only @task functions are dispatched as child jobs
import httpx
from wmill import task, workflow


class SyncJob:
    """Template method: subclasses say how one record is pushed."""

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
        async with httpx.AsyncClient(base_url="https://api.hubapi.com") as http:
            resp = await http.post(
                "/crm/v3/objects/contacts",
                headers={"Authorization": f"Bearer {self.token}"},
                json={"properties": record},
            )
            return {"email": record["email"], "status": resp.status_code}


@task()
async def load_contacts(list_id: str) -> list[dict]:
    return [{"email": f"user{i}@example.com", "list": list_id} for i in range(120)]


@workflow
async def main(list_id: str, hubspot: dict):
    contacts = await load_contacts(list_id=list_id)
    job = HubspotContactSync(hubspot["token"])
    pushed = await job.run(contacts)  # expect: WAC101
    return {"pushed": len(pushed)}
