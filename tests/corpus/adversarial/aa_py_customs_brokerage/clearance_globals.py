# SDK: wmill 1.850.0 a task runs as its own child job (_execute_directly in a separate process), so a module global it writes never reaches the parent body
import logging

import requests
from wmill import task, workflow

log = logging.getLogger(__name__)

LAST_HOLD_REASON = None
HOLDS_SEEN = 0


@task()
async def check_hold(entry_no: str) -> dict:
    global LAST_HOLD_REASON
    r = requests.get(f"https://ace.brokerco.example/entries/{entry_no}/status", timeout=30)
    status = r.json()
    if status.get("hold"):
        LAST_HOLD_REASON = status["hold_reason"]  # expect: WAC104
    return status


@task()
async def request_exam(entry_no: str, reason: str) -> str:
    r = requests.post(f"https://ace.brokerco.example/entries/{entry_no}/exam", json={"reason": reason}, timeout=30)
    return r.json()["exam_id"]


@workflow
async def main(entries: list[str]):
    global HOLDS_SEEN
    exams = []
    for entry_no in entries:
        status = await check_hold(entry_no)
        if status.get("hold"):
            HOLDS_SEEN += 1
            log.info("entry %s on hold (%d so far)", entry_no, HOLDS_SEEN)
            exams.append(await request_exam(entry_no, LAST_HOLD_REASON or "unknown"))
    return {"holds": HOLDS_SEEN, "exams": exams}
