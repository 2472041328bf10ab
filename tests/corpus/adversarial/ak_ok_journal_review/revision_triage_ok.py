# SDK: wmill 1.850.0: `match` on a checkpointed task result picks the branch; a NamedTuple stays in the body and crosses to task_script as `_asdict()`; static helpers are pure
from typing import NamedTuple

from wmill import sleep, task, task_script, workflow

open_revision = task_script("f/journal/open_revision_round", timeout=300)


class Deadline(NamedTuple):
    days: int
    reminder_days: int


class Policy:
    DEADLINES = {"minor": Deadline(14, 10), "major": Deadline(60, 45)}

    @staticmethod
    def deadline_for(kind: str) -> Deadline:
        return Policy.DEADLINES.get(kind, Deadline(30, 21))


@task()
async def latest_decision(manuscript_id: str) -> dict:
    import requests

    r = requests.get(f"https://ems.example-press.org/api/manuscripts/{manuscript_id}/decision", timeout=20)
    r.raise_for_status()
    return r.json()


@task()
async def remind_author(manuscript_id: str, days_left: int) -> None:
    import requests

    requests.post(
        f"https://ems.example-press.org/api/manuscripts/{manuscript_id}/reminders",
        json={"days_left": days_left},
        timeout=20,
    ).raise_for_status()


@workflow
async def main(manuscript_id: str):
    decision = await latest_decision(manuscript_id)
    match decision:
        case {"decision": "accept"}:
            return {"status": "accepted"}
        case {"decision": "reject", "appeal": True}:
            return {"status": "appeal_window"}
        case {"decision": "minor_revision" | "major_revision" as kind}:
            d = Policy.deadline_for(kind.split("_")[0])
            round_id = await open_revision(manuscript_id=manuscript_id, deadline=d._asdict())
            await sleep(d.reminder_days * 86400)
            await remind_author(manuscript_id, d.days - d.reminder_days)
            return {"status": "revision", "round": round_id}
        case _:
            return {"status": "unknown", "raw": decision}
