# SDK: wmill 1.850.0 sleep() in a polling loop and a keyless wait_for_approval() in a loop that leaves right after it (keys approval, approval_2, ...; client.py wait_for_approval); fetch_from_cache / send_to are pure helpers over a dict and a list
from wmill import get_resume_urls, sleep, step, task, wait_for_approval, workflow

import httpx

ENG = "https://engineering.hotel.example"
ROTATION = {"carpet": 90, "mattress_flip": 120, "drapes": 180, "grout": 60}


def fetch_from_cache(cache: dict[str, dict], room: str) -> dict:
    return cache.get(room) or {"room": room, "last": {}}


def send_to(queue: list[dict], room: str, jobs: list[str]) -> None:
    queue.append({"room": room, "jobs": jobs})


def due_jobs(history: dict, day_index: int) -> list[str]:
    return [job for job, every in ROTATION.items() if day_index - history["last"].get(job, -10_000) >= every]


@task()
async def room_history(property_id: str) -> dict[str, dict]:
    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.get(f"{ENG}/{property_id}/deep-clean/history")
        r.raise_for_status()
        return {row["room"]: row for row in r.json()}


@task()
async def out_of_order_released(property_id: str, rooms: list[str]) -> bool:
    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.post(f"{ENG}/{property_id}/ooo/check", json={"rooms": rooms})
        return r.json()["released"]


@task()
async def notify_supervisor(email: str, rooms: list[str], approve_url: str) -> None:
    async with httpx.AsyncClient(timeout=30) as c:
        await c.post(f"{ENG}/mail", json={"to": email, "rooms": rooms, "link": approve_url})


@workflow
async def main(property_id: str, rooms: list[str], day_index: int, supervisor: str):
    cache = await room_history(property_id)
    queue: list[dict] = []
    for room in rooms:
        jobs = due_jobs(fetch_from_cache(cache, room), day_index)
        if jobs:
            send_to(queue, room, jobs)
    if not queue:
        return {"scheduled": []}
    picked = [q["room"] for q in queue]
    for _ in range(6):
        if await out_of_order_released(property_id, picked):
            break
        await sleep(1800)
    else:
        return {"scheduled": [], "reason": "rooms still out of order"}
    for round_no in range(3):
        urls = await step("resume_urls", lambda: get_resume_urls())
        await notify_supervisor(supervisor, picked, urls["approvalPage"])
        decision = await wait_for_approval(timeout=4 * 3600)
        if decision["approved"]:
            break
        picked = picked[: max(1, len(picked) // 2)]
    return {"scheduled": picked, "jobs": queue}
