# SDK: wmill 1.850.0 task(): "its result is always encoded as JSON and decoded back before the caller sees it" (default=str): a dataclass instance comes back as its str(), so a class pattern on it never matches
import logging
from dataclasses import dataclass

import httpx
from wmill import task, workflow

log = logging.getLogger("glacier.stakes")

STAKES_API = "https://stakes.glaciology.example/api"


@dataclass
class StakeReading:
    stake_id: str
    ablation_cm: float
    tilted: bool


@task()
async def read_stake(stake_id: str, season: str) -> StakeReading:
    r = httpx.get(f"{STAKES_API}/stakes/{stake_id}/readings", params={"season": season})
    r.raise_for_status()
    row = r.json()
    return StakeReading(stake_id=stake_id, ablation_cm=row["ablation"], tilted=row["tilt_deg"] > 15)  # expect: WAC107


@task()
async def schedule_redrill(stake_id: str) -> dict:
    r = httpx.post(f"{STAKES_API}/stakes/{stake_id}/redrill")
    r.raise_for_status()
    return r.json()


@task()
async def flag_for_review(stake_id: str, reason: str) -> None:
    httpx.post(f"{STAKES_API}/review", json={"stake": stake_id, "reason": reason}).raise_for_status()


@workflow
async def main(stake_ids: list[str], season: str):
    actions = []
    for stake_id in stake_ids:
        reading = await read_stake(stake_id, season)
        match reading:
            case StakeReading(tilted=True):  # expect: WAC107
                actions.append(await schedule_redrill(stake_id))
            case StakeReading(ablation_cm=a) if a > 300:  # expect: WAC107
                await flag_for_review(stake_id, f"ablation {a} cm")
                actions.append({"stake": stake_id, "flagged": True})
            case _:
                log.info("stake %s nominal", stake_id)
    return {"season": season, "actions": actions}
