# SDK: wmill 1.850.0: an object of a plain class built in the body from inputs only runs pure code; the clock is read in a step and returned as a string
from datetime import datetime, time, timedelta, timezone

from wmill import step, task, workflow

RESURFACE_MINUTES = 15


class SessionPlan:
    def __init__(self, day: str, sessions: list[dict]):
        self.day = datetime.fromisoformat(day).date()
        self.sessions = sorted(sessions, key=lambda s: s["start"])

    def gaps(self) -> list[dict]:
        out = []
        for prev, nxt in zip(self.sessions, self.sessions[1:]):
            end = datetime.combine(self.day, time.fromisoformat(prev["end"]), tzinfo=timezone.utc)
            start = datetime.combine(self.day, time.fromisoformat(nxt["start"]), tzinfo=timezone.utc)
            if start - end >= timedelta(minutes=RESURFACE_MINUTES):
                out.append({"after": prev["name"], "at": end.isoformat()})
        return out


@task()
async def book_machine(machine: str, slots: list[str]) -> list[str]:
    import requests

    r = requests.post(f"https://rink.example-ice.org/api/machines/{machine}/bookings", json={"slots": slots}, timeout=20)
    r.raise_for_status()
    return r.json()["booked"]


@task()
async def post_to_board(day: str, lines: list[str], planned_at: str) -> None:
    import requests

    requests.post("https://signage.example-ice.org/api/boards/staff", json={"day": day, "lines": lines, "planned_at": planned_at}, timeout=20)


@workflow
async def main(day: str, sessions: list[dict], machine: str = "olympia-1"):
    plan = SessionPlan(day, sessions)
    gaps = plan.gaps()
    booked = await book_machine(machine, [g["at"] for g in gaps])
    planned_at = await step("planned_at", lambda: datetime.now(timezone.utc).isoformat())
    lines = [f"{g['at'][11:16]} after {g['after']}" for g in gaps if g["at"] in booked]
    await post_to_board(day, lines, planned_at)
    return {"gaps": len(gaps), "booked": booked}
