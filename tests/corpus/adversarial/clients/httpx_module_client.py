# SDK: wmill 1.850.0 client.py: awaiting a non-SDK coroutine in the body is not checkpointed and repeats on replay.
import httpx
from wmill import task, workflow

client = httpx.AsyncClient(base_url="https://payments.example.com/api", timeout=30)


@task()
async def capture(payment_id: str) -> dict:
    resp = await client.post(f"/payments/{payment_id}/capture")
    resp.raise_for_status()
    return resp.json()


@workflow
async def main(payment_id: str):
    status = await client.get(f"/payments/{payment_id}")  # expect: WAC101
    if status.json()["state"] != "authorized":
        return {"skipped": True}
    return await capture(payment_id)
