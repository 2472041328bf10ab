# SDK: wmill 1.850.0 re-runs the workflow body in every round; the body's helper is handed a `ConsoleAnnouncer`, whose `announce` only prints, and the PA announcement is a task (`announce_on_pa`) dispatched once
"""Open the dome doors for a session. The `Protocol`-typed announcer handed to the
helper only logs; the speaker announcement is its own task."""

from typing import Protocol

import httpx

from wmill import task, workflow


class Announcer(Protocol):
    def announce(self, hall: str, text: str) -> None: ...


class ConsoleAnnouncer:
    def announce(self, hall: str, text: str) -> None:
        print(f"[{hall}] {text}")


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
async def announce_on_pa(hall: str, text: str) -> None:
    DomeSpeakers("https://pa.planetarium.example").announce(hall, text)


@task(timeout=60)
async def seats_left(session_id: str) -> int:
    async with httpx.AsyncClient(base_url="https://boxoffice.planetarium.example") as client:
        r = await client.get(f"/sessions/{session_id}")
        r.raise_for_status()
        return int(r.json()["seats_left"])


@workflow
async def main(session_id: str, hall: str, title: str):
    seats = await seats_left(session_id)
    door = await open_doors(ConsoleAnnouncer(), hall, title, seats)
    await announce_on_pa(hall, f"Doors are open for {title}.")
    return {"session": session_id, "door": door}
