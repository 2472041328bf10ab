# SDK: wmill 1.850.0 client.py: the body re-runs each round; a for/else branch of the body that reads datetime.now() gets another value in each round
from datetime import datetime, timezone

from wmill import sleep, task, workflow


@task()
async def bracket_status(tournament_id: str) -> dict:
    import httpx

    return httpx.get(f"https://tourney.internal/{tournament_id}/status", timeout=15).json()


@task()
async def forfeit_stragglers(tournament_id: str, round_no: int, deadline: str) -> dict:
    import httpx

    return httpx.post(f"https://tourney.internal/{tournament_id}/rounds/{round_no}/forfeit", json={"at": deadline}, timeout=30).json()


@workflow
async def main(tournament_id: str, round_no: int, checks: int = 6):
    for attempt in range(checks):
        status = await bracket_status(tournament_id)
        if status["rounds"][str(round_no)]["complete"]:
            break
        await sleep(600)
    else:
        deadline = datetime.now(timezone.utc).isoformat()  # expect: WAC102
        return await forfeit_stragglers(tournament_id, round_no, deadline)
    return {"tournament": tournament_id, "round": round_no, "checks": attempt + 1}
