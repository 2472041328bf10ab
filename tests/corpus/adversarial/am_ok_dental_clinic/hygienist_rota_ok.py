# SDK: wmill 1.850.0: @task(path=...) wraps another script; a class of pure helpers used by the body; itertools.groupby over a sorted list; a match statement on a task result
import itertools
from datetime import date, timedelta

from wmill import task, workflow


@task(path="f/dental/availability_for_week")
async def availability(week_start: str) -> list[dict]:
    ...


@task()
async def publish_rota(week_start: str, rota: dict) -> str:
    import requests

    r = requests.put(f"https://staff.example-smile.io/rota/{week_start}", json=rota, timeout=20)
    r.raise_for_status()
    return r.json()["version"]


class RotaBuilder:
    """Pure: lays shifts over the days of the week from the inputs."""

    def __init__(self, week_start: str, chairs: int):
        self.days = [(date.fromisoformat(week_start) + timedelta(days=i)).isoformat() for i in range(5)]
        self.chairs = chairs

    def build(self, slots: list[dict]) -> dict:
        by_day = {}
        ordered = sorted(slots, key=lambda s: (s["day"], s["name"]))
        for day, group in itertools.groupby(ordered, key=lambda s: s["day"]):
            names = [s["name"] for s in group]
            by_day[day] = names[: self.chairs]
        return {d: by_day.get(d, []) for d in self.days}


@workflow
async def main(week_start: str, chairs: int = 3):
    slots = await availability(week_start=week_start)
    rota = RotaBuilder(week_start, chairs).build(slots)
    gaps = [d for d, names in rota.items() if len(names) < chairs]
    match len(gaps):
        case 0:
            version = await publish_rota(week_start, rota)
            return {"version": version, "gaps": []}
        case n if n <= 2:
            version = await publish_rota(week_start, {**rota, "_gaps": gaps})
            return {"version": version, "gaps": gaps}
        case _:
            return {"version": None, "gaps": gaps}
