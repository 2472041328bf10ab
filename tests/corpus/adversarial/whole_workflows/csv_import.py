# SDK: wmill 1.850.0 client.py: the workflow function is re-run from the top after each _StepSuspend; a requests.post in its body runs again on every replay.
import asyncio
import csv
import io
from typing import TypedDict

import requests
import wmill
from wmill import parallel, step, task, workflow

CRM_URL = "https://crm.example.com/api/v2"
CHUNK = 200


class Contact(TypedDict):
    email: str
    first_name: str
    last_name: str


def parse_rows(text: str) -> list[Contact]:
    reader = csv.DictReader(io.StringIO(text))
    return [
        Contact(email=r["email"].strip().lower(), first_name=r["first"], last_name=r["last"])
        for r in reader
        if r.get("email")
    ]


def chunks(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


@task()
async def download_csv(s3_key: str) -> str:
    data = wmill.load_s3_file({"s3": s3_key})
    return data.decode("utf-8")


@task()
async def upsert_chunk(contacts: list) -> int:
    resp = requests.post(f"{CRM_URL}/contacts/batch", json={"contacts": contacts}, timeout=30)
    resp.raise_for_status()
    return len(contacts)


@workflow
async def main(s3_key: str, notify_url: str = ""):
    text = await download_csv(s3_key)
    contacts = parse_rows(text)
    seen: set[str] = set()
    unique = []
    for c in contacts:
        if c["email"] not in seen:
            seen.add(c["email"])
            unique.append(c)

    counts = await parallel(chunks(unique, CHUNK), upsert_chunk, concurrency=3)
    imported = sum(counts)

    if notify_url:
        requests.post(notify_url, json={"text": f"Imported {imported} contacts from {s3_key}"})  # expect: WAC101

    summary = await step("summary", lambda: {"rows": len(contacts), "unique": len(unique), "imported": imported})
    return summary
