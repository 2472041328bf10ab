# SDK: wmill 1.850.0 the body re-runs from the top each round with task results replayed, so a counter it keeps itself (global or nonlocal) is recomputed identically; print/logging only write the job log
import logging

import requests
from wmill import task, workflow

log = logging.getLogger(__name__)

HOLDS_SEEN = 0


@task()
async def check_hold(entry_no: str) -> dict:
    r = requests.get(f"https://ace.brokerco.example/entries/{entry_no}/status", timeout=30)
    return r.json()


@task()
async def request_exam(entry_no: str, reason: str) -> str:
    r = requests.post(f"https://ace.brokerco.example/entries/{entry_no}/exam", json={"reason": reason}, timeout=30)
    return r.json()["exam_id"]


@workflow
async def main(entries: list[str]):
    global HOLDS_SEEN
    HOLDS_SEEN = 0
    released = 0

    def mark_released() -> None:
        nonlocal released
        released += 1

    exams = []
    for entry_no in entries:
        status = await check_hold(entry_no)
        if status.get("hold"):
            HOLDS_SEEN += 1
            print(f"entry {entry_no} on hold ({HOLDS_SEEN} so far)")
            exams.append(await request_exam(entry_no, status.get("hold_reason", "unknown")))
        else:
            mark_released()
            log.info("entry %s released", entry_no)
    return {"holds": HOLDS_SEEN, "released": released, "exams": exams}
