# SDK: wmill 1.850.0 keys are allocated in call order; sorted() of a task's dict items and of a set of str gives the same order in every process
import asyncio

from wmill import task, workflow, step


@task(timeout=120)
async def site_capacity(trial_id: str) -> dict:
    import requests

    return requests.get(f"https://ctms.internal/trials/{trial_id}/capacity", timeout=30).json()


@task(timeout=120)
async def book_slots(trial_id: str, site_id: str, slots: int) -> dict:
    import requests

    r = requests.post(
        f"https://ctms.internal/trials/{trial_id}/sites/{site_id}/slots",
        json={"count": slots},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()


@task()
async def notify_coordinator(site_id: str, booked: int) -> str:
    import requests

    requests.post("https://mail.internal/send", json={"site": site_id, "booked": booked}, timeout=10)
    return site_id


@workflow
async def main(trial_id: str, visits_needed: int, blocked_sites: list[str] = []):
    capacity = await site_capacity(trial_id)
    remaining = visits_needed
    bookings = {}
    for site_id, free in sorted(capacity.items()):
        if site_id in blocked_sites or remaining <= 0:
            continue
        take = min(free, remaining)
        bookings[site_id] = await book_slots(trial_id, site_id, take)
        remaining -= take

    coordinators = {b["site_id"] for b in bookings.values()}
    jobs = {s: notify_coordinator(s, bookings[s]["count"]) for s in sorted(coordinators)}
    done = await asyncio.gather(*jobs.values())
    paired = dict(zip(jobs, done))

    shortfall = await step("shortfall", lambda: max(remaining, 0))
    return {"bookings": bookings, "notified": paired, "shortfall": shortfall}
