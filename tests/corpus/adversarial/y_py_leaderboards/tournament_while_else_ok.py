# SDK: wmill 1.850.0 client.py: durable sleeps and task results are checkpointed; the deadline is computed from the input and an index, never the clock
from datetime import datetime, timedelta

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
async def main(tournament_id: str, round_no: int, round_opened_at: str, checks: int = 6):
    attempt = 0
    while attempt < checks:
        status = await bracket_status(tournament_id)
        if status["rounds"][str(round_no)]["complete"]:
            break
        attempt += 1
        await sleep(600)
    else:
        opened = datetime.fromisoformat(round_opened_at)
        deadline = (opened + timedelta(seconds=600 * checks)).isoformat()
        return await forfeit_stragglers(tournament_id, round_no, deadline)
    return {"tournament": tournament_id, "round": round_no, "checks": attempt + 1}
