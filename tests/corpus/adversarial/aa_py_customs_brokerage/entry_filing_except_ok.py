# SDK: wmill 1.850.0 _StepSuspend subclasses BaseException directly (not KeyboardInterrupt), so except (Exception, KeyboardInterrupt) and suppress(Exception) let it through; a bare except that re-raises is fine
import contextlib
import logging

import requests
from wmill import task, workflow, TaskError

log = logging.getLogger("customs")
ACE = "https://ace-gateway.brokerco.example"


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
async def post_isf_note(entry_no: str, note: str) -> bool:
    r = requests.post(f"{ACE}/entries/{entry_no}/notes", json={"note": note}, timeout=30)
    return r.ok


@workflow
async def main(entry: dict):
    entry_no = entry["entry_no"]
    try:
        lines = await classify_lines(entry)
    except (Exception, KeyboardInterrupt) as exc:
        log.warning("classification failed for %s: %s", entry_no, exc)
        lines = entry["lines"]

    try:
        ack = await transmit_entry(entry_no, lines)
    except:  # noqa: E722
        log.exception("transmit failed for %s", entry_no)
        raise

    # a note is nice to have; a failed note must not fail the entry
    with contextlib.suppress(Exception):
        await post_isf_note(entry_no, f"transmitted, ack {ack.get('ack_code')}")

    return {"entry": entry_no, "ack": ack.get("ack_code")}
