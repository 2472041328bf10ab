# SDK: wmill 1.850.0 re-runs the workflow body in every round; `open_doors` is a plain helper the body awaits, and the `Announcer` it is handed is a `DomeSpeakers`, whose `announce` POSTs to the PA system, so the announcement is made again in every round after the doors task
"""Open the dome doors for a session and announce it. The announcer is typed by a
`Protocol` so the team can swap in a console announcer during rehearsals."""

from typing import Protocol

import httpx

from wmill import task, workflow


class Announcer(Protocol):
    def announce(self, hall: str, text: str) -> None: ...


class DomeSpeakers:
    def __init__(self, base_url: str):
        self.base_url = base_url

    def announce(self, hall: str, text: str) -> None:
        httpx.post(f"{self.base_url}/halls/{hall}/announce", json={"text": text}, timeout=5).raise_for_status()


async def open_doors(announcer: Announcer, hall: str, title: str, seats: int) -> dict:
    door = await unlock_doors(hall)
    announcer.announce(hall, f"Doors are open for {title}. {seats} seats remain.")
    return door


@task(timeout=120)
async def unlock_doors(hall: str) -> dict:
    async with httpx.AsyncClient(base_url="https://building.planetarium.example") as client:
        r = await client.post(f"/halls/{hall}/doors/unlock")
        r.raise_for_status()
        return r.json()


@task(timeout=60)
async def seats_left(session_id: str) -> int:
    async with httpx.AsyncClient(base_url="https://boxoffice.planetarium.example") as client:
        r = await client.get(f"/sessions/{session_id}")
        r.raise_for_status()
        return int(r.json()["seats_left"])


@workflow
async def main(session_id: str, hall: str, title: str):
    seats = await seats_left(session_id)
    door = await open_doors(DomeSpeakers("https://pa.planetarium.example"), hall, title, seats)  # expect: WAC101
    return {"session": session_id, "door": door}
