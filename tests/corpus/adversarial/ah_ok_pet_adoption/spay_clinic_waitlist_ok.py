# SDK: wmill 1.850.0 keyless wait_for_approval() once per clinic slot in a for loop with no break (keys approval, approval_2, ... in call order, client.py wait_for_approval / _alloc_key), a task's list sorted in place in the body, perf_counter durations that only reach log lines through a helper
import time

from wmill import get_resume_urls, step, task, wait_for_approval, workflow


def note(msg: str) -> None:
    print(f"[waitlist] {msg}")


@task()
async def waitlist(clinic_day: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.get("https://clinic.shelter.example/waitlist", params={"day": clinic_day})
        return r.json()


@task()
async def text_owner(phone: str, slot: str, link: str) -> None:
    import httpx

    async with httpx.AsyncClient(timeout=30) as c:
        await c.post("https://sms.shelter.example/send", json={"to": phone, "body": f"Spay/neuter slot {slot}? Confirm: {link}"})


@task()
async def book(entry_id: str, slot: str) -> dict:
    import httpx

    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.post("https://clinic.shelter.example/bookings", json={"entry": entry_id, "slot": slot})
        return r.json()


@workflow
async def main(clinic_day: str, slots: list[str]):
    t0 = time.perf_counter()
    entries = await waitlist(clinic_day)
    entries.sort(key=lambda e: (e["priority"], e["joined"]))
    note(f"loaded {len(entries)} entries in {time.perf_counter() - t0:.1f}s")
    booked = []
    for slot, entry in zip(slots, entries):
        urls = await step("owner_urls", lambda: get_resume_urls())
        await text_owner(entry["phone"], slot, urls["approvalPage"])
        answer = await wait_for_approval(timeout=12 * 3600)
        if answer["approved"]:
            booked.append(await book(entry["id"], slot))
    note(f"booked {len(booked)} of {len(slots)} slots")
    return {"booked": booked, "open": len(slots) - len(booked)}
