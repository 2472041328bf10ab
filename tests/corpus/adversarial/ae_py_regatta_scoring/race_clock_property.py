# SDK: wmill 1.850.0 the body replays from the top after each task: a property that reads datetime.now() gives another answer each round, so the branch it decides can change between rounds
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import httpx
from wmill import sleep, task, workflow

log = logging.getLogger("regatta.race")

RC_API = "https://rc.regatta.example/api"
TIME_LIMIT = timedelta(hours=3)


@dataclass
class Race:
    race_id: str
    start: datetime
    finishers: list[dict] = field(default_factory=list)

    @property
    def elapsed(self) -> timedelta:
        return datetime.now(timezone.utc) - self.start

    @property
    def over_time_limit(self) -> bool:
        return self.elapsed > TIME_LIMIT


@task()
async def start_time(race_id: str) -> str:
    r = httpx.get(f"{RC_API}/races/{race_id}")
    r.raise_for_status()
    return r.json()["start"]


@task()
async def finishers(race_id: str) -> list[dict]:
    r = httpx.get(f"{RC_API}/races/{race_id}/finishers")
    r.raise_for_status()
    return r.json()


@task()
async def score_race(race_id: str, finished: list[dict], abandoned: bool) -> dict:
    r = httpx.post(f"{RC_API}/races/{race_id}/score", json={"finished": finished, "abandoned": abandoned})
    r.raise_for_status()
    return r.json()


@workflow
async def main(race_id: str, fleet_size: int):
    race = Race(race_id, datetime.fromisoformat(await start_time(race_id)))
    while len(race.finishers) < fleet_size:
        race.finishers = await finishers(race_id)
        if race.over_time_limit:  # expect: WAC102
            log.warning("race %s: time limit, %d finished", race_id, len(race.finishers))
            break
        await sleep(300)
    return await score_race(race_id, race.finishers, abandoned=not race.finishers)
