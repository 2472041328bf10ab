# SDK: wmill 1.850.0 re-runs the workflow body in every round; whichever branch of the `try: import httpx as http / except ImportError: import requests as http` runs, `http.post(...)` is an HTTP request made from the body, again in every round after the first task
"""Confirm a school group's planetarium booking and notify the teacher. The script
kept the import fallback from the box office's shared utilities."""

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


@workflow
async def main(session_id: str, group_id: str, seats: int, teacher_email: str):
    hold = await hold_seats(session_id, group_id, seats)
    http.post(f"{BOX_OFFICE}/notifications", json={"to": teacher_email, "template": "group-hold", "hold": hold["id"]}, timeout=30)  # expect: WAC101
    return {"hold": hold["id"], "seats": seats}
