# SDK: step() returns the JSON round trip of fn's result (default=str): parsedate_to_datetime's datetime comes back as a str, and str - datetime raises TypeError
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from functools import partial

from wmill import sleep, step, task, workflow


@task()
async def submit_export(dataset: str) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url="https://exports.vendor.com") as http:
        resp = await http.post("/v1/exports", json={"dataset": dataset})
        return {"status": resp.status_code, "retry_after": resp.headers.get("Retry-After"), "id": resp.json().get("id")}


@workflow
async def main(dataset: str):
    first = await submit_export(dataset=dataset)
    if first["status"] != 429:
        return first
    now = await step("now", lambda: datetime.now(timezone.utc).isoformat())
    retry_at = await step("retry_at", partial(parsedate_to_datetime, first["retry_after"]))  # expect: WAC107
    wait = (retry_at - datetime.fromisoformat(now)).total_seconds()
    await sleep(max(1, int(wait)))
    return await submit_export(dataset=dataset)
