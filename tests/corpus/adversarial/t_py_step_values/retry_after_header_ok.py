# SDK: step() round-trips through JSON; the parsed Retry-After date is turned into whole seconds inside the step, so the body gets an int
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from wmill import sleep, step, task, workflow


@task()
async def submit_export(dataset: str) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url="https://exports.vendor.com") as http:
        resp = await http.post("/v1/exports", json={"dataset": dataset})
        return {"status": resp.status_code, "retry_after": resp.headers.get("Retry-After"), "id": resp.json().get("id")}


def seconds_until(http_date: str) -> int:
    return int((parsedate_to_datetime(http_date) - datetime.now(timezone.utc)).total_seconds())


@workflow
async def main(dataset: str):
    first = await submit_export(dataset=dataset)
    if first["status"] != 429:
        return first
    wait = await step("retry_wait", lambda: seconds_until(first["retry_after"]))
    await sleep(max(1, wait))
    return await submit_export(dataset=dataset)
