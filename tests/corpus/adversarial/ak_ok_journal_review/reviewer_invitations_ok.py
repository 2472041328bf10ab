# SDK: wmill 1.850.0: asyncio.gather over a list of task coroutines takes keys in list order; `except Exception` does not catch _StepSuspend; sleep() in a fixed loop
import asyncio
import logging
from datetime import datetime, timezone

from wmill import TaskError, sleep, step, task, workflow

log = logging.getLogger("invites")
REMINDER_DAYS = (3, 4, 7)


@task(timeout=120)
async def invite(manuscript_id: str, reviewer: str) -> dict:
    import requests

    r = requests.post(
        "https://ems.example-press.org/api/invitations",
        json={"manuscript": manuscript_id, "reviewer": reviewer},
        timeout=20,
    )
    r.raise_for_status()
    return {"reviewer": reviewer, "invitation": r.json()["id"]}


@task()
async def responses(manuscript_id: str) -> dict[str, str]:
    import requests

    r = requests.get(f"https://ems.example-press.org/api/manuscripts/{manuscript_id}/invitations", timeout=20)
    r.raise_for_status()
    return {i["reviewer"]: i["status"] for i in r.json()}


@task()
async def remind(manuscript_id: str, reviewers: list[str], round_no: int) -> int:
    import requests

    for rv in reviewers:
        requests.post(
            "https://ems.example-press.org/api/reminders",
            json={"manuscript": manuscript_id, "reviewer": rv, "round": round_no},
            timeout=20,
        )
    return len(reviewers)


@workflow
async def main(manuscript_id: str, reviewers: list[str], needed: int = 2):
    ordered = sorted(dict.fromkeys(r.strip().lower() for r in reviewers))
    try:
        sent = await asyncio.gather(*[invite(manuscript_id, r) for r in ordered])
    except TaskError as e:
        log.error("an invitation failed (%s); continuing with the others", e.step_key)
        sent = []
    except Exception:
        log.exception("unexpected failure while inviting")
        raise

    accepted: list[str] = []
    for round_no, days in enumerate(REMINDER_DAYS, start=1):
        await sleep(days * 24 * 3600)
        status = await responses(manuscript_id)
        accepted = sorted(r for r, s in status.items() if s == "accepted")
        if len(accepted) >= needed:
            break
        pending = [r for r in ordered if status.get(r) == "pending"]
        if pending:
            await remind(manuscript_id, pending, round_no)

    closed_at = await step("closed_at", lambda: datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
    return {"invited": len(sent), "accepted": accepted, "closed_at": closed_at}
