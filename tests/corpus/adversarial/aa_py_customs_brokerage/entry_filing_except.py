# SDK: wmill 1.850.0 _StepSuspend(BaseException) is raised when a task is awaited in the parent round; an except BaseException that raises a new error replaces it
import logging

import requests
from wmill import task, workflow, TaskError

log = logging.getLogger("customs")
ACE = "https://ace-gateway.brokerco.example"


class FilingError(RuntimeError):
    pass


@task(timeout=300)
async def classify_lines(entry: dict) -> list[dict]:
    r = requests.post(f"{ACE}/hts/classify", json=entry["lines"], timeout=60)
    r.raise_for_status()
    return r.json()


@task(timeout=600)
async def transmit_entry(entry_no: str, lines: list[dict]) -> dict:
    r = requests.post(f"{ACE}/entries/{entry_no}/transmit", json={"lines": lines}, timeout=120)
    r.raise_for_status()
    return r.json()


@task()
async def open_exception_case(entry_no: str, reason: str) -> str:
    r = requests.post(f"{ACE}/cases", json={"entry": entry_no, "reason": reason}, timeout=30)
    return r.json()["case_id"]


@workflow
async def main(entry: dict):
    entry_no = entry["entry_no"]
    try:
        lines = await classify_lines(entry)
    except TaskError as exc:
        case_id = await open_exception_case(entry_no, f"classification failed: {exc}")
        return {"entry": entry_no, "case": case_id}

    try:
        ack = await transmit_entry(entry_no, lines)
    except BaseException as exc:  # expect: WAC201
        log.error("transmit failed for %s", entry_no)
        raise FilingError(f"entry {entry_no} not transmitted") from exc

    return {"entry": entry_no, "ack": ack.get("ack_code")}
