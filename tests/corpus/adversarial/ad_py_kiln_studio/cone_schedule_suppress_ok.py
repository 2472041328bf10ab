# SDK: wmill 1.850.0 _StepSuspend is a BaseException: contextlib.suppress(Exception) and `except (TaskError, Exception)` leave it alone, and `raise ... from err` re-raises
import contextlib
import logging

import httpx
from wmill import TaskError, sleep, task, workflow

log = logging.getLogger("kiln.schedule")

BOOKINGS = "https://bookings.studio.example/api"
NOTIFY = "https://notify.studio.example/api"


@task()
async def load_shelf(kiln_id: str, day: str) -> list[dict]:
    r = httpx.get(f"{BOOKINGS}/kilns/{kiln_id}/shelf", params={"day": day})
    r.raise_for_status()
    return r.json()


@task()
async def reserve_slot(kiln_id: str, day: str, pieces: int) -> dict:
    r = httpx.post(f"{BOOKINGS}/kilns/{kiln_id}/reserve", json={"day": day, "pieces": pieces})
    r.raise_for_status()
    return r.json()


@task()
async def text_member(member_id: str, message: str) -> None:
    httpx.post(f"{NOTIFY}/sms", json={"member": member_id, "text": message}).raise_for_status()


@workflow
async def main(kiln_id: str, day: str, reminder_delay_s: int = 1800):
    shelf = await load_shelf(kiln_id=kiln_id, day=day)
    pieces = sum(item["pieces"] for item in shelf)
    try:
        slot = await reserve_slot(kiln_id=kiln_id, day=day, pieces=pieces)
    except (TaskError, Exception) as err:
        raise RuntimeError(f"kiln {kiln_id} could not be reserved for {day}") from err

    await sleep(reminder_delay_s)
    texted = 0
    for item in shelf:
        with contextlib.suppress(Exception):
            await text_member(member_id=item["member"], message=f"Your pieces fire on {day} in slot {slot['slot']}")
            texted += 1
    log.info("reserved %s, texted %d/%d", slot["slot"], texted, len(shelf))
    return {"slot": slot, "texted": texted}
