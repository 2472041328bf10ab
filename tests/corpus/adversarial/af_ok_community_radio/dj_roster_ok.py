# SDK: wmill 1.850.0 a plain script that starts a WAC workflow by path with run_script_by_path_async and returns the job id; a helper class with a method called `step` advances a rotation; random.choice picks a fill-in DJ
import random
from datetime import date, timedelta

import wmill

SLOTS = ("morning", "midday", "drive", "evening", "overnight")


class Rotation:
    def __init__(self, djs: list[str]):
        self.djs = djs
        self.cursor = 0

    def step(self) -> str:
        dj = self.djs[self.cursor % len(self.djs)]
        self.cursor += 1
        return dj


def week_of(start: date) -> list[date]:
    return [start + timedelta(days=i) for i in range(7)]


def main(week_start: str = "", fill_in_pool: list[str] | None = None):
    start = date.fromisoformat(week_start) if week_start else date.today() + timedelta(days=7 - date.today().weekday())
    djs = wmill.get_resource("f/radio/dj_list")["active"]
    rotation = Rotation(sorted(djs))
    roster = []
    for day in week_of(start):
        for slot in SLOTS:
            dj = rotation.step()
            if day.weekday() >= 5 and slot == "overnight" and fill_in_pool:
                dj = random.choice(fill_in_pool)
            roster.append({"day": day.isoformat(), "slot": slot, "dj": dj})

    job_id = wmill.run_script_by_path_async(
        "f/radio/roster_confirmations_wac",
        args={"roster": roster, "week_start": start.isoformat()},
    )
    return {"week_start": start.isoformat(), "slots": len(roster), "confirmation_job": job_id}
