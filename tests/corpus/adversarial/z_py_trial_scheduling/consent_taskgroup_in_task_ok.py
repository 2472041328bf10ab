# SDK: wmill 1.850.0 a task body is one job, never replayed and never suspended, so a TaskGroup inside it only groups its own HTTP calls
import asyncio
from contextvars import ContextVar

from wmill import task, workflow, step

TRIAL: ContextVar[str] = ContextVar("trial")


def log(msg: str) -> None:
    print(f"[{TRIAL.get('-')}] {msg}")


@task(timeout=300)
async def verify_consents(trial_id: str, participant_ids: list[str]) -> dict:
    import httpx

    status: dict[str, bool] = {}
    async with httpx.AsyncClient(timeout=20) as client:

        async def check(pid: str) -> None:
            r = await client.get(f"https://econsent.internal/{trial_id}/{pid}")
            status[pid] = r.json()["signed"]

        async with asyncio.TaskGroup() as tg:
            for pid in participant_ids:
                tg.create_task(check(pid))
    return status


@task()
async def flag_missing(trial_id: str, missing: list[str]) -> dict:
    import httpx

    return httpx.post(f"https://ctms.internal/trials/{trial_id}/consent-gaps", json=missing).json()


@workflow
async def main(trial_id: str, participant_ids: list[str]):
    TRIAL.set(trial_id)
    status = await verify_consents(trial_id, participant_ids)
    missing = sorted(pid for pid, signed in status.items() if not signed)
    log(f"{len(missing)} without consent")
    flagged = await flag_missing(trial_id, missing) if missing else None
    total = await step("total", lambda: len(status))
    return {"checked": total, "missing": missing, "flagged": flagged}
