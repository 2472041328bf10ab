# SDK: wmill 1.850.0 client.py: parallel slices `items[i : i + batch_size]`: a list of batches and a range both support len() and slicing; a tuple from batched crosses to the task as a JSON list
"""Text every volunteer of a drive in batches of 25, and ping each site lead."""

import itertools

import httpx

from wmill import parallel, task, workflow

SITE_LEADS = ["+4930111", "+4930222", "+4930333"]


@task(timeout=120)
async def list_volunteers(drive_id: str) -> list[str]:
    async with httpx.AsyncClient() as http:
        r = await http.get(f"https://roster.foodbank.example/api/drives/{drive_id}/volunteers")
        r.raise_for_status()
        return [v["phone"] for v in r.json()]


@task(timeout=300)
async def text_batch(phones: list[str]) -> int:
    async with httpx.AsyncClient() as http:
        r = await http.post("https://sms.example/api/bulk", json={"to": list(phones), "template": "drive-reminder"})
        r.raise_for_status()
        return r.json()["accepted"]


@task(timeout=60)
async def ping_lead(index: int) -> bool:
    async with httpx.AsyncClient() as http:
        r = await http.post("https://sms.example/api/send", json={"to": SITE_LEADS[index], "template": "drive-started"})
        return r.is_success


@workflow
async def main(drive_id: str):
    phones = await list_volunteers(drive_id)
    batches = list(itertools.batched(phones, 25))
    accepted = await parallel(batches, text_batch, concurrency=4)
    pinged = await parallel(range(len(SITE_LEADS)), ping_lead)
    return {"texted": sum(accepted), "leads": sum(pinged)}
