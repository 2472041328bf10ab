# SDK: wmill 1.850.0 re-runs the workflow body in every round; the conditionally imported client (`httpx` or `requests` as `http`) is only used inside tasks, each its own job, dispatched once and replayed from its checkpoint
"""Confirm a school group's planetarium booking and notify the teacher, with the
import fallback of the box office's shared utilities; every request is in a task."""

try:
    import httpx as http
except ImportError:  # older workers
    import requests as http

from wmill import task, workflow

BOX_OFFICE = "https://boxoffice.planetarium.example"


@task(timeout=300)
async def hold_seats(session_id: str, group_id: str, seats: int) -> dict:
    r = http.post(f"{BOX_OFFICE}/sessions/{session_id}/holds", json={"group": group_id, "seats": seats}, timeout=30)
    r.raise_for_status()
    return r.json()


@task(timeout=120)
async def notify_teacher(teacher_email: str, hold_id: str) -> None:
    http.post(f"{BOX_OFFICE}/notifications", json={"to": teacher_email, "template": "group-hold", "hold": hold_id}, timeout=30).raise_for_status()


@workflow
async def main(session_id: str, group_id: str, seats: int, teacher_email: str):
    hold = await hold_seats(session_id, group_id, seats)
    await notify_teacher(teacher_email, hold["id"])
    return {"hold": hold["id"], "seats": seats}
