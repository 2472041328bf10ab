# SDK: wmill 1.850.0 _StepSuspend is raised out of the awaited task call; FiringLog.__exit__ returns True for any exception, so the with block suppresses the suspension and the body runs on as if fire_kiln returned
import json
import logging
import time

import httpx
from wmill import task, workflow

log = logging.getLogger("kiln.log")

CONTROLLER = "https://kilns.studio.example/api"


class FiringLog:
    """Context manager ported from the old cron job: collects events, never lets a firing crash the scheduler."""

    def __init__(self, kiln_id: str):
        self.kiln_id = kiln_id
        self.events: list[dict] = []
        self.error: str | None = None

    def __enter__(self):
        self.t0 = time.monotonic()
        return self

    def add(self, kind: str, **data):
        self.events.append({"kind": kind, **data})

    def __exit__(self, exc_type, exc, tb):
        if exc is not None:
            self.error = repr(exc)
            log.error("kiln %s: %s", self.kiln_id, self.error)
        log.info("kiln %s log: %s (%.1fs)", self.kiln_id, json.dumps(self.events), time.monotonic() - self.t0)
        return True


@task(timeout=8 * 3600)
async def fire_kiln(kiln_id: str, program: str) -> dict:
    r = httpx.post(f"{CONTROLLER}/kilns/{kiln_id}/fire", json={"program": program})
    r.raise_for_status()
    return r.json()


@task()
async def unload_checklist(kiln_id: str, pieces: int) -> str:
    r = httpx.post(f"{CONTROLLER}/kilns/{kiln_id}/unload", json={"pieces": pieces})
    r.raise_for_status()
    return r.json()["checklist_id"]


@workflow
async def main(kiln_id: str, program: str, pieces: int):
    with FiringLog(kiln_id) as flog:  # expect: WAC201
        result = await fire_kiln(kiln_id=kiln_id, program=program)
        flog.add("fired", peak=result["peak_c"])
        checklist = await unload_checklist(kiln_id=kiln_id, pieces=pieces)
        flog.add("unload", checklist=checklist)
    return {"kiln": kiln_id, "events": flog.events, "error": flog.error}
